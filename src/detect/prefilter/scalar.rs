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
