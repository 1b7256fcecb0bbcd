//! The Luhn (mod 10) check digit test used by every card network.

/// Whether `digits` (values 0..=9, check digit last) pass the Luhn test.
#[inline]
pub fn is_valid(digits: &[u8]) -> bool {
    // Doubling a digit and summing the product's digits, precomputed; the
    // table covers every byte so the lookup needs no bounds check.
    const DOUBLED: [u8; 256] = {
        let mut t = [0u8; 256];
        let mut d = 0;
        while d < 10 {
            let twice = d * 2;
            t[d] = (twice / 10 + twice % 10) as u8;
            d += 1;
        }
        t
    };
    // Pairs from the end: the check digit as it is, the one before doubled.
    let mut sum: u32 = 0;
    let mut pairs = digits.rchunks_exact(2);
    for pair in &mut pairs {
        sum += u32::from(pair[1]) + u32::from(DOUBLED[usize::from(pair[0])]);
    }
    if let [first] = pairs.remainder() {
        sum += u32::from(*first);
    }
    sum % 10 == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digits(s: &str) -> Vec<u8> {
        s.bytes().map(|b| b - b'0').collect()
    }

    /// The textbook definition: from the right, every second digit doubled
    /// and its digits summed.
    fn by_definition(digits: &[u8]) -> bool {
        let sum: u32 = digits
            .iter()
            .rev()
            .enumerate()
            .map(|(i, &d)| {
                let d = u32::from(d) * if i % 2 == 1 { 2 } else { 1 };
                d / 10 + d % 10
            })
            .sum();
        sum % 10 == 0
    }

    #[test]
    fn agrees_with_the_definition() {
        let mut random = crate::TestRandom::new(0x2545_F491_4F6C_DD1D);
        for _ in 0..20_000 {
            let state = random.next_u64();
            let len = 1 + (state % 19) as usize;
            let digits: Vec<u8> = (0..len).map(|i| ((state >> (i * 3)) % 10) as u8).collect();
            assert_eq!(is_valid(&digits), by_definition(&digits), "{digits:?}");
        }
    }

    #[test]
    fn known_numbers() {
        assert!(is_valid(&digits("4111111111111111")));
        assert!(is_valid(&digits("79927398713")));
        assert!(!is_valid(&digits("4111111111111112")));
        assert!(!is_valid(&digits("4012888888881882")));
        assert!(is_valid(&digits("378282246310005")), "odd length");
        assert!(!is_valid(&digits("378282246310006")));
    }
}
