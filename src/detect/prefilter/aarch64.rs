//! aarch64 kernel.

pub mod neon {
    //! NEON: the same exact nibble-table classification as the AVX2 kernel
    //! (see `x86_64.rs`), 16 bytes per step with `tbl`. NEON has no
    //! `movemask`; narrowing each 16-bit lane by 4 (`shrn`) yields a 64-bit
    //! mask with four bits per byte, so the first hit is `trailing_zeros / 4`.
    use std::arch::aarch64::*;

    const WIDTH: usize = 16;

    const LO: [u8; 16] = [5, 1, 1, 1, 1, 3, 3, 1, 3, 1, 0, 2, 8, 0, 0, 16];
    const HI: [u8; 16] = [0, 0, 2, 1, 4, 8, 0, 0, 0, 0, 0, 0, 0, 0, 16, 0];

    /// # Safety
    /// The CPU must support NEON and `from < hay.len()`.
    #[target_feature(enable = "neon")]
    pub unsafe fn find_unchecked(hay: &[u8], from: usize) -> Option<usize> {
        let len = hay.len();
        if len - from < WIDTH {
            return super::super::scalar::find(hay, from);
        }
        // SAFETY: both tables are 16 bytes, as `vld1q_u8` reads.
        let (lo, hi) = unsafe { (vld1q_u8(LO.as_ptr()), vld1q_u8(HI.as_ptr())) };
        let ptr = hay.as_ptr();
        let mut at = from;
        while at + WIDTH <= len {
            // SAFETY: `at + WIDTH <= len`, so the 16 bytes are in bounds.
            let mask = class_mask(unsafe { vld1q_u8(ptr.add(at)) }, lo, hi);
            if mask != 0 {
                return Some(at + (mask.trailing_zeros() / 4) as usize);
            }
            at += WIDTH;
        }
        if at < len {
            let start = len - WIDTH;
            // SAFETY: `len >= from + WIDTH >= WIDTH`, so `start..len` is in bounds.
            let mask =
                class_mask(unsafe { vld1q_u8(ptr.add(start)) }, lo, hi) >> (4 * (at - start));
            if mask != 0 {
                return Some(at + (mask.trailing_zeros() / 4) as usize);
            }
        }
        None
    }

    #[inline]
    #[target_feature(enable = "neon")]
    fn class_mask(v: uint8x16_t, lo: uint8x16_t, hi: uint8x16_t) -> u64 {
        let lo_class = vqtbl1q_u8(lo, vandq_u8(v, vdupq_n_u8(0x0F)));
        let hi_class = vqtbl1q_u8(hi, vshrq_n_u8::<4>(v));
        // 0xFF where the byte is in the class, else 0.
        let hit = vtstq_u8(lo_class, hi_class);
        let narrowed = vshrn_n_u16::<4>(vreinterpretq_u16_u8(hit));
        vget_lane_u64::<0>(vreinterpret_u64_u8(narrowed))
    }
}
