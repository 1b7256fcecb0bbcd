//! The prefilter: finds the few bytes where a finding can be anchored.
//!
//! Every finding starts at, or is anchored on, one of these bytes:
//! an ASCII digit, `+` or `(` (cards and phones), `@` (emails), the first
//! byte of an escape that may decode to one of them (`%`, `\`, an HTML
//! character reference's `&`), or `0xEF`, which leads a full-width digit,
//! `＋` or `（` in UTF-8. Everything
//! else is skipped at close to memory speed: the kernels classify 16 or 32
//! bytes per step and return the first hit; the verifiers run only there.
//!
//! Kernels, chosen once at runtime (see `README.md` beside this file):
//! AVX2 (nibble lookup, 32 bytes) and SSE2 (compares, 16 bytes) on x86_64,
//! NEON (nibble lookup, 16 bytes) on aarch64, and the portable scalar twin,
//! which every kernel must agree with on every input.
#![allow(unsafe_code)] // SIMD kernels and their dispatch live here and only here.

pub mod scalar;

#[cfg(target_arch = "aarch64")]
mod aarch64;
#[cfg(target_arch = "x86_64")]
mod x86_64;

/// Whether `byte` can anchor a finding; the contract every kernel implements.
#[inline]
pub const fn is_anchor_byte(byte: u8) -> bool {
    matches!(
        byte,
        b'0'..=b'9' | b'+' | b'(' | b'@' | b'%' | b'&' | b'\\' | 0xEF
    )
}

/// Whether `byte` may stand between two digit groups of one number (a
/// separator or a bracket): the bytes a run of a number may cross without
/// a digit. The tokenizer joins groups with no others.
#[inline]
pub const fn is_joiner_byte(byte: u8) -> bool {
    matches!(byte, b' ' | b'-' | b'.' | b'/' | b'+' | b'(' | b')')
}

/// Whether `byte` may make a run of a number read on past what its raw
/// bytes say: a `+`, where a number of fewer digits may start (or which is
/// a space in a form body), and the first byte of an escape (`%`, `\`, an
/// HTML entity's `&`) or of a wide character in UTF-8 (`0xC2`, `0xD9`,
/// `0xDB`, `0xE2`, `0xE3`, `0xEF`; and `0xC3`, which no wide character
/// starts with, but which shares their nibbles, see [`class`]); and `(`,
/// which shares a class with `+`, `%` and `&`.
#[inline]
pub const fn is_wildcard_byte(byte: u8) -> bool {
    matches!(
        byte,
        b'+' | b'%' | b'&' | b'(' | b'\\' | 0xC2 | 0xC3 | 0xD9 | 0xDB | 0xE2 | 0xE3 | 0xEF
    )
}

/// The byte classes of one block of up to 64 bytes: bit `i` of each mask
/// describes the byte `i` places into the block.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BlockClasses {
    /// Bytes in the block: 64, or fewer where the input ends.
    pub len: u32,
    /// [`is_anchor_byte`].
    pub anchors: u64,
    /// ASCII digits.
    pub digits: u64,
    /// [`is_joiner_byte`].
    pub joiners: u64,
    /// [`is_wildcard_byte`].
    pub wildcards: u64,
}

/// One bit per class, so that a byte's classes fit one byte and the AVX2
/// kernel can look them up with two nibble tables (see `README.md`).
pub(crate) mod class {
    pub const DIGIT: u8 = 1 << 0;
    /// `%`, `&`, `(` and `+`: the anchors among the bytes of high nibble 2.
    pub const PUNCTUATION_ANCHOR: u8 = 1 << 1;
    pub const AT: u8 = 1 << 2;
    pub const BACKSLASH: u8 = 1 << 3;
    pub const JOINER: u8 = 1 << 4;
    /// `0xD9` and `0xDB`, which lead the Arabic-Indic digits and their
    /// Persian forms. (A wildcard only: the scan looks for those digits
    /// apart, since the leads also start the commonest Arabic letters.)
    pub const ARABIC_DIGIT_LEAD: u8 = 1 << 5;
    /// `0xEF`, which leads the full-width digits and signs.
    pub const FULL_WIDTH_LEAD: u8 = 1 << 6;
    /// `0xC2`, `0xC3`, `0xE2` and `0xE3`: the other leads of wide
    /// characters, with `0xC3`, which leads none but which a nibble
    /// lookup cannot leave out of the other three.
    pub const WIDE_LEAD: u8 = 1 << 7;
    pub const ANCHOR: u8 = DIGIT | PUNCTUATION_ANCHOR | AT | BACKSLASH | FULL_WIDTH_LEAD;
    /// (`(` is a wildcard too, with the `+`, `%` and `&` it shares a bit
    /// with: it only keeps a few short runs from being dropped.)
    pub const WILDCARD: u8 =
        BACKSLASH | PUNCTUATION_ANCHOR | ARABIC_DIGIT_LEAD | FULL_WIDTH_LEAD | WIDE_LEAD;

    /// The classes of `byte`.
    pub const fn of(byte: u8) -> u8 {
        let mut c = 0;
        if byte.is_ascii_digit() {
            c |= DIGIT;
        }
        if matches!(byte, b'%' | b'&' | b'(' | b'+') {
            c |= PUNCTUATION_ANCHOR;
        }
        if byte == b'@' {
            c |= AT;
        }
        if byte == b'\\' {
            c |= BACKSLASH;
        }
        if super::is_joiner_byte(byte) {
            c |= JOINER;
        }
        if matches!(byte, 0xD9 | 0xDB) {
            c |= ARABIC_DIGIT_LEAD;
        }
        if byte == 0xEF {
            c |= FULL_WIDTH_LEAD;
        }
        if matches!(byte, 0xC2 | 0xC3 | 0xE2 | 0xE3) {
            c |= WIDE_LEAD;
        }
        c
    }

    /// `of` as a table.
    pub const TABLE: [u8; 256] = {
        let mut t = [0u8; 256];
        let mut b = 0;
        while b < 256 {
            t[b] = of(b as u8);
            b += 1;
        }
        t
    };

    /// The nibble tables: `LO[b & 15] & HI[b >> 4] == of(b)` for every
    /// byte, which holds because each bit's bytes are all the pairs of a
    /// set of high nibbles and a set of low ones (checked below, when
    /// the crate is compiled).
    pub const LO: [u8; 16] = {
        let mut t = [0u8; 16];
        let mut b = 0;
        while b < 256 {
            t[b & 15] |= TABLE[b];
            b += 1;
        }
        t
    };
    pub const HI: [u8; 16] = {
        let mut t = [0u8; 16];
        let mut b = 0;
        while b < 256 {
            t[b >> 4] |= TABLE[b];
            b += 1;
        }
        t
    };
    const _: () = {
        let mut b = 0;
        while b < 256 {
            assert!(LO[b & 15] & HI[b >> 4] == TABLE[b]);
            b += 1;
        }
        assert!(TABLE[b'0' as usize] & ANCHOR != 0);
    };

    // The classes say what the contracts above say: anchor and wildcard
    // bytes as `is_anchor_byte` and `is_wildcard_byte` do.
    const _: () = {
        let mut b = 0;
        while b < 256 {
            assert!((TABLE[b] & ANCHOR != 0) == super::is_anchor_byte(b as u8));
            assert!((TABLE[b] & WILDCARD != 0) == super::is_wildcard_byte(b as u8));
            b += 1;
        }
    };
}

/// Which kernel a [`Prefilter`] runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kernel {
    /// Portable byte-at-a-time table lookup.
    Scalar,
    /// 16-byte compares (x86_64 baseline).
    #[cfg(target_arch = "x86_64")]
    Sse2,
    /// 32-byte nibble lookup (x86_64 with AVX2).
    #[cfg(target_arch = "x86_64")]
    Avx2,
    /// 16-byte nibble lookup (aarch64 baseline).
    #[cfg(target_arch = "aarch64")]
    Neon,
}

/// A prefilter bound to one kernel. Only the constructors below can make
/// one, and each SIMD variant is made only after its CPU feature was
/// detected, which is what makes [`Prefilter::find`] safe to call.
#[derive(Clone, Copy, Debug)]
pub struct Prefilter {
    kernel: Kernel,
}

impl Prefilter {
    /// The fastest kernel this CPU supports.
    pub fn detect() -> Self {
        #[cfg(target_arch = "x86_64")]
        {
            if let Some(p) = Self::avx2() {
                return p;
            }
            if let Some(p) = Self::sse2() {
                return p;
            }
        }
        #[cfg(target_arch = "aarch64")]
        {
            if let Some(p) = Self::neon() {
                return p;
            }
        }
        Self::scalar()
    }

    /// The portable scalar kernel, available everywhere.
    pub fn scalar() -> Self {
        Prefilter {
            kernel: Kernel::Scalar,
        }
    }

    /// The SSE2 kernel, if the CPU has SSE2.
    #[cfg(target_arch = "x86_64")]
    pub fn sse2() -> Option<Self> {
        std::is_x86_feature_detected!("sse2").then_some(Prefilter {
            kernel: Kernel::Sse2,
        })
    }

    /// The AVX2 kernel, if the CPU has AVX2.
    #[cfg(target_arch = "x86_64")]
    pub fn avx2() -> Option<Self> {
        std::is_x86_feature_detected!("avx2").then_some(Prefilter {
            kernel: Kernel::Avx2,
        })
    }

    /// The NEON kernel, if the CPU has NEON.
    #[cfg(target_arch = "aarch64")]
    pub fn neon() -> Option<Self> {
        std::arch::is_aarch64_feature_detected!("neon").then_some(Prefilter {
            kernel: Kernel::Neon,
        })
    }

    /// Every kernel this CPU can run, scalar first; for tests and fuzzing.
    pub fn all_available() -> Vec<Self> {
        let mut all = vec![Self::scalar()];
        #[cfg(target_arch = "x86_64")]
        all.extend(Self::sse2().into_iter().chain(Self::avx2()));
        #[cfg(target_arch = "aarch64")]
        all.extend(Self::neon());
        all
    }

    /// The kernel this prefilter runs.
    pub fn kernel(&self) -> Kernel {
        self.kernel
    }

    /// Bit `i` set when `hay[at + i]` is an anchor byte, for the up to 64
    /// bytes from `at` (bits past the end of `hay` are clear).
    #[inline]
    pub fn block_mask(&self, hay: &[u8], at: usize) -> u64 {
        if self.classifies_in_vectors() {
            self.block_classes(hay, at).anchors
        } else {
            scalar::block_mask(hay, at)
        }
    }

    /// Whether [`block_classes`](Self::block_classes) runs a vector
    /// kernel. The scalar twin pays more for the classes than dropping
    /// hopeless digits saves, so [`Anchors`] asks it for anchors alone.
    #[inline]
    fn classifies_in_vectors(&self) -> bool {
        match self.kernel {
            Kernel::Scalar => false,
            #[cfg(target_arch = "x86_64")]
            Kernel::Sse2 | Kernel::Avx2 => true,
            #[cfg(target_arch = "aarch64")]
            Kernel::Neon => false,
        }
    }

    /// The classes of the up to 64 bytes from `at` (bits past the end of
    /// `hay` are clear).
    #[inline(always)]
    pub fn block_classes(&self, hay: &[u8], at: usize) -> BlockClasses {
        if at.saturating_add(64) > hay.len() {
            return scalar::block_classes(hay, at);
        }
        match self.kernel {
            Kernel::Scalar => scalar::block_classes(hay, at),
            #[cfg(target_arch = "x86_64")]
            // SAFETY: a `Prefilter` with this kernel is only built by
            // `sse2()`, after the CPU reported SSE2; `at + 64 <= hay.len()`.
            Kernel::Sse2 => unsafe { x86_64::sse2::block_classes_unchecked(hay, at) },
            #[cfg(target_arch = "x86_64")]
            // SAFETY: only built by `avx2()`, after the CPU reported AVX2;
            // `at + 64 <= hay.len()`.
            Kernel::Avx2 => unsafe { x86_64::avx2::block_classes_unchecked(hay, at) },
            // NEON has no movemask; until a NEON block kernel is measured,
            // the scalar twin classifies blocks.
            #[cfg(target_arch = "aarch64")]
            Kernel::Neon => scalar::block_classes(hay, at),
        }
    }

    /// The position of the first anchor byte in `hay[from..]`, if any.
    #[inline]
    pub fn find(&self, hay: &[u8], from: usize) -> Option<usize> {
        if from >= hay.len() {
            return None;
        }
        match self.kernel {
            Kernel::Scalar => scalar::find(hay, from),
            #[cfg(target_arch = "x86_64")]
            // SAFETY: a `Prefilter` with this kernel is only built by
            // `sse2()`, after the CPU reported SSE2; `from < hay.len()`.
            Kernel::Sse2 => unsafe { x86_64::sse2::find_unchecked(hay, from) },
            #[cfg(target_arch = "x86_64")]
            // SAFETY: only built by `avx2()`, after the CPU reported AVX2;
            // `from < hay.len()`.
            Kernel::Avx2 => unsafe { x86_64::avx2::find_unchecked(hay, from) },
            #[cfg(target_arch = "aarch64")]
            // SAFETY: only built by `neon()`, after the CPU reported NEON;
            // `from < hay.len()`.
            Kernel::Neon => unsafe { aarch64::neon::find_unchecked(hay, from) },
        }
    }
}

/// The anchors in a stretch of input that may start a finding, 64 bytes
/// at a time: one kernel call classifies the block from an anchor, and
/// each anchor in it then costs a `trailing_zeros`, where
/// [`Prefilter::find`] would classify again from every anchor. With a
/// vector kernel, digits from which no number can start
/// (`numeric::hopeless_digits`) are left out. Between blocks, `find`
/// skips ahead. For scans whose positions only move forward.
#[derive(Clone, Copy, Debug, Default)]
pub struct Anchors {
    /// Start of the block `mask` describes.
    base: usize,
    /// Anchors in `hay[base..base + 64]` not yet passed and not dropped;
    /// bit `i` is `base + i`.
    mask: u64,
    /// Whether `mask` describes a block yet.
    loaded: bool,
}

impl Anchors {
    /// The first anchor at or after `pos` that may start a finding (every
    /// anchor skipped is a hopeless digit); `pos` never decreases between
    /// calls on one input.
    #[inline]
    pub fn next(&mut self, prefilter: &Prefilter, hay: &[u8], pos: usize) -> Option<usize> {
        if !self.loaded || pos >= self.base + 64 {
            self.load(prefilter, hay, pos);
        } else if pos > self.base {
            // Drop the anchors the scan has moved past. (A `pos` before
            // `base` lies in blocks already found empty.)
            self.mask &= u64::MAX << (pos - self.base);
        }
        while self.mask == 0 {
            // Past the block, anchors may be far apart (prose): the
            // kernel's own loop gets to the next one fastest, and the
            // block is loaded from there. (All of that block's anchors may
            // be dropped: a year, then prose.)
            let next = prefilter.find(hay, self.base + 64)?;
            self.load(prefilter, hay, next);
        }
        Some(self.base + self.mask.trailing_zeros() as usize)
    }

    #[inline(always)]
    fn load(&mut self, prefilter: &Prefilter, hay: &[u8], at: usize) {
        self.base = at;
        self.mask = if prefilter.classifies_in_vectors() {
            let block = prefilter.block_classes(hay, at);
            // Most numbers in text are years, counts, times and prices:
            // their digits start nothing, and are dropped here, 64 bytes
            // at a time, before any verifier is asked.
            block.anchors & !super::numeric::hopeless_digits(&block)
        } else {
            prefilter.block_mask(hay, at)
        };
        self.loaded = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive(hay: &[u8], from: usize) -> Option<usize> {
        (from..hay.len()).find(|&i| is_anchor_byte(hay[i]))
    }

    #[test]
    fn every_kernel_agrees_with_naive_at_every_offset_and_length() {
        let mut hay = Vec::new();
        for len in 0..100usize {
            for hit in 0..=len {
                hay.clear();
                hay.resize(len, b'x');
                // Bytes that sit next to anchor bytes in the nibble tables.
                for (i, b) in hay.iter_mut().enumerate() {
                    *b = [b'x', b'/', b':', b'A', b'*', b')', b'$', 0xC3, b'P', b' '][i % 10];
                }
                if hit < len {
                    hay[hit] = [b'7', b'+', b'(', b'@', b'%', b'\\', b'&', b'0', b'9'][hit % 9];
                }
                for from in 0..=len {
                    for p in Prefilter::all_available() {
                        assert_eq!(
                            p.find(&hay, from),
                            naive(&hay, from),
                            "{p:?} len={len} from={from}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn block_masks_agree_with_naive_and_the_cursor_skips_only_hopeless_digits() {
        let mut hay = Vec::new();
        for len in [0usize, 1, 63, 64, 65, 100, 127, 128, 129, 200] {
            for seed in 0..12usize {
                hay.clear();
                hay.extend((0..len).map(|i| {
                    let k = (i * 7 + seed * 13) % 23;
                    [
                        b'x', b'7', b'+', b' ', b'(', b'@', b'%', b'\\', 0xC3, b'/', b'0',
                    ][k % 11]
                }));
                for p in Prefilter::all_available() {
                    for at in 0..=len {
                        let want = (0..64)
                            .filter(|i| at + i < len && is_anchor_byte(hay[at + i]))
                            .fold(0u64, |m, i| m | 1 << i);
                        assert_eq!(p.block_mask(&hay, at), want, "{p:?} len={len} at={at}");
                    }
                    // Walking forward by every step size visits what `find`
                    // does, less digits from which no number can start.
                    for step in [1usize, 2, 5, 64] {
                        let mut anchors = Anchors::default();
                        let mut pos = 0;
                        while pos <= len {
                            let got = anchors.next(&p, &hay, pos);
                            let skipped_to = got.unwrap_or(len);
                            for a in (pos..skipped_to).filter(|&a| is_anchor_byte(hay[a])) {
                                assert_starts_nothing(&hay, a);
                            }
                            if let Some(got) = got {
                                assert!(is_anchor_byte(hay[got]), "{p:?} {got}");
                            }
                            pos += step;
                        }
                    }
                }
            }
        }
    }

    /// Asserts that `hay[at]` is a digit whose run no number can start in,
    /// read raw and read through escapes, with and without `+` as a space.
    fn assert_starts_nothing(hay: &[u8], at: usize) {
        use crate::detect::numeric;
        use crate::detect::text::RawText;
        assert!(
            hay[at].is_ascii_digit(),
            "a dropped anchor that is no digit at {at}"
        );
        for plus_is_space in [false, true] {
            let text = RawText::with_plus_as_space(hay, plus_is_space);
            assert!(
                numeric::short_run_end(&text, at).is_some()
                    && numeric::hopeless_digits_end(hay, at, plus_is_space).is_some(),
                "dropped a digit that may start a number at {at}: {:?}",
                String::from_utf8_lossy(hay)
            );
        }
    }

    #[test]
    fn the_cursor_skips_blocks_whose_anchors_are_all_dropped() {
        let mut hay = b"x 2024 ".to_vec();
        hay.extend([b'a'; 100]);
        hay.extend(b" 1999 and then +44 20 7946 0958");
        hay.extend([b'b'; 100]);
        let plus = hay.iter().position(|&b| b == b'+').unwrap_or(0);
        for p in Prefilter::all_available() {
            let mut anchors = Anchors::default();
            let mut pos = 0;
            let mut seen = Vec::new();
            while let Some(a) = anchors.next(&p, &hay, pos) {
                assert!(a < hay.len() && is_anchor_byte(hay[a]), "{p:?} {a}");
                for skipped in (pos..a).filter(|&s| is_anchor_byte(hay[s])) {
                    assert_starts_nothing(&hay, skipped);
                }
                seen.push(a);
                pos = a + 1;
            }
            assert!(seen.contains(&plus), "{p:?} {seen:?}");
        }
    }

    #[test]
    fn hopeless_digits_are_dropped_only_where_no_number_can_start() {
        // Inputs of digits, joiners, wildcards and other bytes, so that
        // stretches of every length meet every kind of neighbour and the
        // block's end.
        // (The leads and last bytes of Arabic-Indic digits among them.)
        const ALPHABET: &[u8] = b"0123456789 -./()+%\\\xC2\xE2x,:*@\xD9\xA3\xDB\xB5";
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut dropped = 0;
        for _ in 0..20_000 {
            let len = (next() % 100) as usize;
            // Mostly digits, so that long stretches occur.
            let hay: Vec<u8> = (0..len)
                .map(|_| {
                    let r = next();
                    if r % 3 == 0 {
                        ALPHABET[(r >> 8) as usize % ALPHABET.len()]
                    } else {
                        b'0' + (r >> 8) as u8 % 10
                    }
                })
                .collect();
            for p in Prefilter::all_available() {
                for at in 0..len {
                    let block = p.block_classes(&hay, at);
                    let hopeless = crate::detect::numeric::hopeless_digits(&block);
                    assert_eq!(hopeless & !block.digits, 0);
                    let mut bits = hopeless;
                    while bits != 0 {
                        let i = bits.trailing_zeros() as usize;
                        assert_starts_nothing(&hay, at + i);
                        bits &= bits - 1;
                        dropped += 1;
                    }
                }
            }
        }
        assert!(
            dropped > 10_000,
            "the inputs drop too few digits to test: {dropped}"
        );
    }

    #[test]
    fn every_kernel_classifies_blocks_like_the_scalar_twin() {
        let hay: Vec<u8> = (0..=255u8)
            .chain((0..=255u8).rev())
            .chain(0..=255u8)
            .collect();
        let scalar = Prefilter::scalar();
        for p in Prefilter::all_available() {
            for at in 0..=hay.len() {
                assert_eq!(
                    p.block_classes(&hay, at),
                    scalar.block_classes(&hay, at),
                    "{p:?} at {at}"
                );
            }
        }
        // And the twin agrees with the classes byte by byte.
        for at in 0..=hay.len() {
            let block = scalar.block_classes(&hay, at);
            let bytes = &hay[at..hay.len().min(at + 64)];
            assert_eq!(block.len as usize, bytes.len());
            for (i, &b) in bytes.iter().enumerate() {
                let has = |mask: u64| mask >> i & 1 == 1;
                let c = class::of(b);
                assert_eq!(has(block.anchors), is_anchor_byte(b), "{b:#x}");
                assert_eq!(has(block.digits), c & class::DIGIT != 0, "{b:#x}");
                assert_eq!(has(block.joiners), is_joiner_byte(b), "{b:#x}");
                assert_eq!(has(block.wildcards), is_wildcard_byte(b), "{b:#x}");
            }
            let beyond = u64::MAX.checked_shl(bytes.len() as u32).unwrap_or(0);
            let all = block.anchors | block.digits | block.joiners | block.wildcards;
            assert_eq!(all & beyond, 0);
        }
        let all = scalar.block_classes(&hay, 0);
        assert_eq!(all.len, 64);
        assert_eq!(all.digits, 0x3FF << b'0');
        assert_eq!(all.joiners & (1 << b' '), 1 << b' ');
    }

    #[test]
    fn every_byte_value_is_classified_like_the_contract() {
        let all: Vec<u8> = (0..=255u8).collect();
        for p in Prefilter::all_available() {
            let mut from = 0;
            let mut hits = Vec::new();
            while let Some(i) = p.find(&all, from) {
                hits.push(i as u8);
                from = i + 1;
            }
            let want: Vec<u8> = (0..=255u8).filter(|&b| is_anchor_byte(b)).collect();
            assert_eq!(hits, want, "{p:?}");
        }
    }
}
