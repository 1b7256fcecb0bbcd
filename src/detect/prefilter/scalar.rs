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

/// The classes of the up to 64 bytes from `at`: one table lookup per
/// byte, then eight bytes' classes at a time, from one word, into each
/// mask.
#[inline]
pub fn block_classes(hay: &[u8], at: usize) -> BlockClasses {
    let block = hay.get(at..).unwrap_or_default();
    let block = &block[..block.len().min(64)];
    let mut out = BlockClasses {
        len: block.len() as u32,
        ..BlockClasses::default()
    };
    const _: () = assert!(class::DIGIT == 1 << 0 && class::JOINER == 1 << 4);
    for (i, eight) in block.chunks(8).enumerate() {
        let classes = classes_of(eight);
        let shift = 8 * i;
        out.anchors |= gather(any_of(classes, class::ANCHOR)) << shift;
        out.digits |= gather(classes) << shift;
        out.joiners |= gather(classes >> 4) << shift;
        out.wildcards |= gather(any_of(classes, class::WILDCARD)) << shift;
    }
    out
}

/// Bit `i` set when `hay[at + i]` is an anchor byte, for the up to 64
/// bytes from `at`: [`block_classes`]' anchors alone.
#[inline]
pub fn block_mask(hay: &[u8], at: usize) -> u64 {
    let block = hay.get(at..).unwrap_or_default();
    let block = &block[..block.len().min(64)];
    block.chunks(8).enumerate().fold(0, |mask, (i, eight)| {
        mask | gather(any_of(classes_of(eight), class::ANCHOR)) << (8 * i)
    })
}

/// The classes of up to eight bytes, one per byte of a word: byte `j` is
/// the class of `eight[j]`.
#[inline]
fn classes_of(eight: &[u8]) -> u64 {
    eight.iter().rev().fold(0u64, |word, &b| {
        (word << 8) | u64::from(class::TABLE[usize::from(b)])
    })
}

/// Bit 0 of each of a word's bytes.
const LOW_BITS: u64 = 0x0101_0101_0101_0101;

/// Bit `j` set when byte `j` of `word` has its bit 0 set: the multiply
/// adds each byte's bit 0, shifted to a place of its own, into the top
/// byte.
#[inline]
fn gather(word: u64) -> u64 {
    (word & LOW_BITS).wrapping_mul(0x0102_0408_1020_4080) >> 56
}

/// Bit 0 of each byte of `word` set when the byte has any of `bits`.
#[inline]
fn any_of(word: u64, bits: u8) -> u64 {
    let masked = word & (LOW_BITS * u64::from(bits));
    // A byte's low seven bits plus 0x7F carry into its top bit when they
    // are not all zero, and never into the next byte.
    let low = 0x7F7F_7F7F_7F7F_7F7F;
    ((((masked & low) + low) | masked) >> 7) & LOW_BITS
}
