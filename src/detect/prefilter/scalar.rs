//! The portable twin of the SIMD kernels: a 256-entry class table.

use super::is_anchor_byte;

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

/// Bit `i` set when `hay[at + i]` is an anchor byte, for the up to 64
/// bytes from `at`.
#[inline]
pub fn block_mask(hay: &[u8], at: usize) -> u64 {
    let block = hay.get(at..).unwrap_or_default();
    block.iter().take(64).enumerate().fold(0, |mask, (i, &b)| {
        mask | (u64::from(ANCHOR_TABLE[usize::from(b)]) << i)
    })
}
