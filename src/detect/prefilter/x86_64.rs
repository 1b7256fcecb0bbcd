//! x86_64 kernels.
//!
//! Both return the first anchor byte at or after `from`:
//!
//! ```text
//! for each full vector V at i (i = from, from + W, ...):
//!     m = movemask(class(V))            // one bit per byte
//!     if m != 0: return i + trailing_zeros(m)
//! last partial vector: load the final W bytes (overlapping what was
//! already checked), drop the bits of bytes before i, same test
//! shorter than W in total: the scalar twin
//! ```

pub mod sse2 {
    //! SSE2, the x86_64 baseline: a digit range test and equality tests
    //! (seven for anchors; the block classes add joiners and wildcards).
    use super::super::BlockClasses;
    use std::arch::x86_64::*;

    const WIDTH: usize = 16;

    /// # Safety
    /// The CPU must support SSE2 and `from < hay.len()`.
    #[target_feature(enable = "sse2")]
    pub unsafe fn find_unchecked(hay: &[u8], from: usize) -> Option<usize> {
        let len = hay.len();
        if len - from < WIDTH {
            return super::super::scalar::find(hay, from);
        }
        let ptr = hay.as_ptr();
        let mut at = from;
        while at + WIDTH <= len {
            // SAFETY: `at + WIDTH <= len`, so the 16 bytes are in bounds;
            // `loadu` has no alignment requirement.
            let mask = unsafe { class_mask(_mm_loadu_si128(ptr.add(at).cast())) };
            if mask != 0 {
                return Some(at + mask.trailing_zeros() as usize);
            }
            at += WIDTH;
        }
        if at < len {
            let start = len - WIDTH;
            // SAFETY: `len >= from + WIDTH > WIDTH`, so `start..len` is in bounds.
            let mask =
                unsafe { class_mask(_mm_loadu_si128(ptr.add(start).cast())) } >> (at - start);
            if mask != 0 {
                return Some(at + mask.trailing_zeros() as usize);
            }
        }
        None
    }

    /// The classes of the 64 bytes from `at`.
    ///
    /// # Safety
    /// The CPU must support SSE2 and `at + 64 <= hay.len()`.
    #[target_feature(enable = "sse2")]
    pub unsafe fn block_classes_unchecked(hay: &[u8], at: usize) -> BlockClasses {
        let ptr = hay.as_ptr();
        let mut out = BlockClasses {
            len: 64,
            ..BlockClasses::default()
        };
        for part in 0..4 {
            // SAFETY: `at + 64 <= len`, so each of the four 16-byte loads
            // is in bounds; `loadu` has no alignment requirement.
            let v = unsafe { _mm_loadu_si128(ptr.add(at + part * WIDTH).cast()) };
            let is = |byte: u8| _mm_cmpeq_epi8(v, _mm_set1_epi8(byte as i8));
            let d = _mm_sub_epi8(v, _mm_set1_epi8(b'0' as i8));
            let digit = _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(9)), d);
            let (plus, paren, pct, bslash) = (is(b'+'), is(b'('), is(b'%'), is(b'\\'));
            let (amp, full_width) = (is(b'&'), is(0xEF));
            let anchors = _mm_or_si128(
                _mm_or_si128(_mm_or_si128(digit, plus), _mm_or_si128(amp, full_width)),
                _mm_or_si128(_mm_or_si128(paren, is(b'@')), _mm_or_si128(pct, bslash)),
            );
            let joiners = _mm_or_si128(
                _mm_or_si128(
                    _mm_or_si128(is(b' '), is(b'-')),
                    _mm_or_si128(is(b'.'), is(b'/')),
                ),
                _mm_or_si128(_mm_or_si128(plus, paren), is(b')')),
            );
            // 0xC2, 0xC3, 0xE2 and 0xE3 in one test: clear bit 0 and bit 5.
            let wide_lead = _mm_cmpeq_epi8(
                _mm_and_si128(v, _mm_set1_epi8(!0x21u8 as i8)),
                _mm_set1_epi8(0xC2u8 as i8),
            );
            // 0xD9 and 0xDB, the Arabic-Indic digits' leads: clear bit 1.
            let arabic_digit_lead = _mm_cmpeq_epi8(
                _mm_and_si128(v, _mm_set1_epi8(!0x02u8 as i8)),
                _mm_set1_epi8(0xD9u8 as i8),
            );
            let wildcards = _mm_or_si128(
                _mm_or_si128(_mm_or_si128(plus, full_width), _mm_or_si128(pct, bslash)),
                _mm_or_si128(
                    _mm_or_si128(amp, wide_lead),
                    _mm_or_si128(paren, arabic_digit_lead),
                ),
            );
            let shift = part * WIDTH;
            let bits = |m: __m128i| u64::from(_mm_movemask_epi8(m) as u16) << shift;
            out.anchors |= bits(anchors);
            out.digits |= bits(digit);
            out.joiners |= bits(joiners);
            out.wildcards |= bits(wildcards);
        }
        out
    }

    #[inline]
    #[target_feature(enable = "sse2")]
    fn class_mask(v: __m128i) -> u32 {
        // Digits: (v - '0') as unsigned <= 9, tested as min(d, 9) == d.
        let d = _mm_sub_epi8(v, _mm_set1_epi8(b'0' as i8));
        let digit = _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(9)), d);
        let plus = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'+' as i8));
        let paren = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'(' as i8));
        let at = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'@' as i8));
        let pct = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'%' as i8));
        let bslash = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'\\' as i8));
        let amp = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'&' as i8));
        let full_width = _mm_cmpeq_epi8(v, _mm_set1_epi8(0xEFu8 as i8));
        let any = _mm_or_si128(
            _mm_or_si128(_mm_or_si128(digit, plus), _mm_or_si128(amp, full_width)),
            _mm_or_si128(_mm_or_si128(paren, at), _mm_or_si128(pct, bslash)),
        );
        _mm_movemask_epi8(any) as u32
    }
}

pub mod avx2 {
    //! AVX2: each byte is classified by two 16-entry nibble tables,
    //! `LO[b & 15] & HI[b >> 4] != 0`, one `vpshufb` each. The bit
    //! assignment makes the lookup exact (no false hits):
    //!
    //! ```text
    //! bit 0  high nibble 3, low 0-9    digits
    //! bit 1  high nibble 2, low 5/6/8/B  % & ( +
    //! bit 2  high nibble 4, low 0      @
    //! bit 3  high nibble 5, low C      \
    //! bit 4  high nibble E, low F      0xEF (full-width digits and signs)
    //! ```
    use super::super::{class, BlockClasses};
    use std::arch::x86_64::*;

    const WIDTH: usize = 32;

    const LO: [u8; 16] = {
        let mut t = [0u8; 16];
        let mut i = 0;
        while i <= 9 {
            t[i] |= 1;
            i += 1;
        }
        t[0x5] |= 2;
        t[0x6] |= 2;
        t[0x8] |= 2;
        t[0xB] |= 2;
        t[0x0] |= 4;
        t[0xC] |= 8;
        t[0xF] |= 16;
        t
    };
    const HI: [u8; 16] = {
        let mut t = [0u8; 16];
        t[3] = 1;
        t[2] = 2;
        t[4] = 4;
        t[5] = 8;
        t[0xE] = 16;
        t
    };

    /// # Safety
    /// The CPU must support AVX2 and `from < hay.len()`.
    #[target_feature(enable = "avx2")]
    pub unsafe fn find_unchecked(hay: &[u8], from: usize) -> Option<usize> {
        let len = hay.len();
        if len - from < WIDTH {
            // SAFETY: AVX2 implies SSE2; `from < len`.
            return unsafe { super::sse2::find_unchecked(hay, from) };
        }
        // SAFETY: both tables are 16 bytes, as `loadu` reads.
        let (lo, hi) = unsafe {
            (
                _mm256_broadcastsi128_si256(_mm_loadu_si128(LO.as_ptr().cast())),
                _mm256_broadcastsi128_si256(_mm_loadu_si128(HI.as_ptr().cast())),
            )
        };
        let ptr = hay.as_ptr();
        let mut at = from;
        while at + WIDTH <= len {
            // SAFETY: `at + WIDTH <= len`, so the 32 bytes are in bounds.
            let v = unsafe { _mm256_loadu_si256(ptr.add(at).cast()) };
            let mask = class_mask(v, lo, hi);
            if mask != 0 {
                return Some(at + mask.trailing_zeros() as usize);
            }
            at += WIDTH;
        }
        if at < len {
            let start = len - WIDTH;
            // SAFETY: `len >= from + WIDTH >= WIDTH`, so `start..len` is in bounds.
            let v = unsafe { _mm256_loadu_si256(ptr.add(start).cast()) };
            let mask = class_mask(v, lo, hi) >> (at - start);
            if mask != 0 {
                return Some(at + mask.trailing_zeros() as usize);
            }
        }
        None
    }

    /// The classes of the 64 bytes from `at`: the same nibble lookup with
    /// the tables of `class` (one bit per class), then one movemask per
    /// class.
    ///
    /// # Safety
    /// The CPU must support AVX2 and `at + 64 <= hay.len()`.
    #[target_feature(enable = "avx2")]
    pub unsafe fn block_classes_unchecked(hay: &[u8], at: usize) -> BlockClasses {
        // SAFETY: both tables are 16 bytes, as `loadu` reads; `at + 64 <=
        // len`, so both 32-byte loads are in bounds.
        let (low, high) = unsafe {
            let lo = _mm256_broadcastsi128_si256(_mm_loadu_si128(class::LO.as_ptr().cast()));
            let hi = _mm256_broadcastsi128_si256(_mm_loadu_si128(class::HI.as_ptr().cast()));
            let ptr = hay.as_ptr().add(at);
            (
                classes(_mm256_loadu_si256(ptr.cast()), lo, hi),
                classes(_mm256_loadu_si256(ptr.add(WIDTH).cast()), lo, hi),
            )
        };
        let join = |i: usize| u64::from(low[i]) | (u64::from(high[i]) << WIDTH);
        BlockClasses {
            len: 64,
            anchors: join(0),
            digits: join(1),
            joiners: join(2),
            wildcards: join(3),
        }
    }

    /// Anchor, digit, joiner and wildcard masks of one vector.
    #[inline]
    #[target_feature(enable = "avx2")]
    fn classes(v: __m256i, lo: __m256i, hi: __m256i) -> [u32; 4] {
        let nibble = _mm256_set1_epi8(0x0F);
        let lo_class = _mm256_shuffle_epi8(lo, _mm256_and_si256(v, nibble));
        let hi_class = _mm256_shuffle_epi8(hi, _mm256_and_si256(_mm256_srli_epi16(v, 4), nibble));
        let class = _mm256_and_si256(lo_class, hi_class);
        let zero = _mm256_setzero_si256();
        let none_of = |bits: u8| {
            let masked = _mm256_and_si256(class, _mm256_set1_epi8(bits as i8));
            _mm256_movemask_epi8(_mm256_cmpeq_epi8(masked, zero)) as u32
        };
        // A single-bit class is moved to each byte's top bit, which
        // movemask reads (a 16-bit shift carries nothing into it).
        const _: () = assert!(class::DIGIT == 1 << 0 && class::JOINER == 1 << 4);
        [
            !none_of(class::ANCHOR),
            _mm256_movemask_epi8(_mm256_slli_epi16(class, 7)) as u32,
            _mm256_movemask_epi8(_mm256_slli_epi16(class, 3)) as u32,
            !none_of(class::WILDCARD),
        ]
    }

    #[inline]
    #[target_feature(enable = "avx2")]
    fn class_mask(v: __m256i, lo: __m256i, hi: __m256i) -> u32 {
        let nibble = _mm256_set1_epi8(0x0F);
        let lo_class = _mm256_shuffle_epi8(lo, _mm256_and_si256(v, nibble));
        let hi_class = _mm256_shuffle_epi8(hi, _mm256_and_si256(_mm256_srli_epi16(v, 4), nibble));
        let class = _mm256_and_si256(lo_class, hi_class);
        let none = _mm256_cmpeq_epi8(class, _mm256_setzero_si256());
        !(_mm256_movemask_epi8(none) as u32)
    }
}
