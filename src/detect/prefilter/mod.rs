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
