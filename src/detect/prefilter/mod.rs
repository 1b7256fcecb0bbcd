//! The prefilter: finds the few bytes where a finding can be anchored.
//!
//! Every finding starts at, or is anchored on, one of these bytes:
//! an ASCII digit, `+` or `(` (cards and phones), `@` (emails), or the first
//! byte of an escape that may decode to one of them (`%`, `\`). Everything
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
    matches!(byte, b'0'..=b'9' | b'+' | b'(' | b'@' | b'%' | b'\\')
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
        if at.saturating_add(64) > hay.len() {
            return scalar::block_mask(hay, at);
        }
        match self.kernel {
            Kernel::Scalar => scalar::block_mask(hay, at),
            #[cfg(target_arch = "x86_64")]
            // SAFETY: a `Prefilter` with this kernel is only built by
            // `sse2()`, after the CPU reported SSE2; `at + 64 <= hay.len()`.
            Kernel::Sse2 => unsafe { x86_64::sse2::block_mask_unchecked(hay, at) },
            #[cfg(target_arch = "x86_64")]
            // SAFETY: only built by `avx2()`, after the CPU reported AVX2;
            // `at + 64 <= hay.len()`.
            Kernel::Avx2 => unsafe { x86_64::avx2::block_mask_unchecked(hay, at) },
            // NEON has no movemask; until a NEON block kernel is measured,
            // the scalar twin builds the mask.
            #[cfg(target_arch = "aarch64")]
            Kernel::Neon => scalar::block_mask(hay, at),
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

/// The anchors in a stretch of input, 64 bytes at a time: one kernel call
/// classifies the block from an anchor into a bit mask, and each anchor in
/// it then costs a `trailing_zeros`, where [`Prefilter::find`] would
/// classify again from every anchor. Between blocks, `find` skips ahead.
/// For scans whose positions only move forward.
#[derive(Clone, Copy, Debug, Default)]
pub struct Anchors {
    /// Start of the block `mask` describes.
    base: usize,
    /// Anchors in `hay[base..base + 64]` not yet passed; bit `i` is `base + i`.
    mask: u64,
    /// Whether `mask` describes a block yet.
    loaded: bool,
}

impl Anchors {
    /// The first anchor at or after `pos`; `pos` never decreases between
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
        if self.mask == 0 {
            // Past the block, anchors may be far apart (prose): the
            // kernel's own loop gets to the next one fastest, and the
            // block is loaded from there.
            let next = prefilter.find(hay, self.base + 64)?;
            self.load(prefilter, hay, next);
        }
        Some(self.base + self.mask.trailing_zeros() as usize)
    }

    #[inline]
    fn load(&mut self, prefilter: &Prefilter, hay: &[u8], at: usize) {
        self.base = at;
        self.mask = prefilter.block_mask(hay, at);
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
                    hay[hit] = [b'7', b'+', b'(', b'@', b'%', b'\\', b'0', b'9'][hit % 8];
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
    fn block_masks_and_the_anchor_cursor_agree_with_naive() {
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
                    // Walking forward by every step size visits what `find` does.
                    for step in [1usize, 2, 5, 64] {
                        let mut anchors = Anchors::default();
                        let mut pos = 0;
                        while pos <= len {
                            assert_eq!(
                                anchors.next(&p, &hay, pos),
                                naive(&hay, pos),
                                "{p:?} len={len} step={step} {pos}"
                            );
                            pos += step;
                        }
                    }
                }
            }
        }
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
