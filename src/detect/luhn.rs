//! The Luhn (mod 10) check digit test used by every card network.

/// Whether `digits` (values 0..=9, check digit last) pass the Luhn test.
#[inline]
pub fn is_valid(digits: &[u8]) -> bool {
    // Doubling a digit and summing the product's digits, precomputed.
    const DOUBLED: [u8; 10] = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9];
    let mut sum: u32 = 0;
    for (i, &d) in digits.iter().rev().enumerate() {
        let d = usize::from(d);
        sum += u32::from(if i % 2 == 1 { DOUBLED[d] } else { d as u8 });
    }
    sum % 10 == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digits(s: &str) -> Vec<u8> {
        s.bytes().map(|b| b - b'0').collect()
    }

    #[test]
    fn known_numbers() {
        assert!(is_valid(&digits("4111111111111111")));
        assert!(is_valid(&digits("79927398713")));
        assert!(!is_valid(&digits("4111111111111112")));
        assert!(!is_valid(&digits("4012888888881882")));
    }
}
