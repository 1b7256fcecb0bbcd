//! The portable twin of the SIMD kernels: a 256-entry class table.

use super::{class, is_anchor_byte, BlockClasses};

const ANCHOR_TABLE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = is_anchor_byte(b as u8);
        b += 1;
    }
    table
};

/// The position of the first anchor byte in `hay[from..]`, if any.
#[inline]
pub fn find(hay: &[u8], from: usize) -> Option<usize> {
    hay.get(from..)?
        .iter()
        .position(|&b| ANCHOR_TABLE[usize::from(b)])
        .map(|i| from + i)
}

/// The classes of the up to 64 bytes from `at`.
#[inline]
pub fn block_classes(hay: &[u8], at: usize) -> BlockClasses {
    let block = hay.get(at..).unwrap_or_default();
    let block = &block[..block.len().min(64)];
    let mut out = BlockClasses {
        len: block.len() as u32,
        ..BlockClasses::default()
    };
    for (i, &b) in block.iter().enumerate() {
        let c = class::TABLE[usize::from(b)];
        let bit = |set: bool| u64::from(set) << i;
        out.anchors |= bit(c & class::ANCHOR != 0);
        out.digits |= bit(c & class::DIGIT != 0);
        out.joiners |= bit(c & class::JOINER != 0);
        out.wildcards |= bit(c & class::WILDCARD != 0);
    }
    out
}
