//! Numbering plans: country calling codes and national number lengths.
//!
//! A compact table derived from libphonenumber's metadata
//! (`PhoneNumberMetadata.xml`): for each ITU-T E.164 country calling code,
//! the shortest and longest *national significant number* (digits after the
//! country code, without a trunk prefix) of the fixed-line and mobile number
//! types, plus whether the country dials a trunk `0` that international
//! notation drops. The full `phonenumber` crate parses with regexes and
//! allocates per call; the verifier needs only these facts, and needs them
//! in a few nanoseconds for every digit run in a body.

/// What the verifier knows of one country calling code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plan {
    /// The calling code (1 to 3 digits).
    pub code: u16,
    /// Digits in the code.
    pub code_len: u8,
    /// Shortest national significant number.
    pub min_len: u8,
    /// Longest national significant number.
    pub max_len: u8,
    /// Whether a national `0` trunk prefix exists, which people also write
    /// after the code (`+44 (0)20 …`, `+33 06 …`) and which is then dropped.
    pub trunk_zero: bool,
}

/// (code, min, max, trunk 0). Codes are prefix-free by ITU design, so a
/// digit string has at most one code.
const PLANS: &[(u16, u8, u8, bool)] = &[
    (1, 10, 10, false),
    (7, 10, 10, false),
    (20, 8, 10, true),
    (27, 9, 9, true),
    (30, 10, 10, false),
    // (And the Netherlands' free and premium lines, `+31 800 3962617`.)
    (31, 7, 10, true),
    (32, 8, 9, true),
    (33, 9, 9, true),
    (34, 9, 9, false),
    (36, 8, 9, false),
    (39, 6, 11, false),
    (40, 9, 9, true),
    (41, 9, 9, true),
    (43, 7, 13, true),
    (44, 9, 10, true),
    (45, 8, 8, false),
    (46, 7, 10, true),
    (47, 8, 8, false),
    (48, 9, 9, false),
    (49, 6, 13, true),
    (51, 8, 9, true),
    (52, 10, 10, false),
    (53, 6, 8, true),
    (54, 10, 11, true),
    (55, 10, 11, true),
    (56, 9, 9, false),
    (57, 10, 10, false),
    (58, 10, 10, true),
    (60, 8, 10, true),
    (61, 9, 9, true),
    (62, 8, 12, true),
    (63, 8, 10, true),
    (64, 8, 10, true),
    (65, 8, 8, false),
    (66, 8, 9, true),
    (81, 9, 10, true),
    (82, 8, 10, true),
    (84, 9, 10, true),
    (86, 10, 11, true),
    (90, 10, 10, true),
    (91, 10, 10, true),
    (92, 9, 10, true),
    (93, 9, 9, true),
    (94, 9, 9, true),
    (95, 7, 10, true),
    (98, 10, 10, true),
    (211, 9, 9, true),
    (212, 9, 9, true),
    (213, 8, 9, true),
    (216, 8, 8, false),
    (218, 9, 9, true),
    (220, 7, 7, false),
    (221, 9, 9, false),
    (222, 8, 8, false),
    (223, 8, 8, false),
    (224, 8, 9, false),
    (225, 8, 10, false),
    (226, 8, 8, false),
    (227, 8, 8, false),
    (228, 8, 8, false),
    (229, 8, 10, false),
    (230, 7, 8, false),
    (231, 7, 9, true),
    (232, 8, 8, true),
    (233, 9, 9, true),
    (234, 8, 10, true),
    (235, 8, 8, false),
    (236, 8, 8, false),
    (237, 8, 9, false),
    (238, 7, 7, false),
    (239, 7, 7, false),
    (240, 9, 9, false),
    (241, 7, 8, false),
    (242, 9, 9, false),
    (243, 9, 9, true),
    (244, 9, 9, false),
    (245, 7, 9, false),
    (246, 7, 7, false),
    (248, 7, 7, false),
    (249, 9, 9, true),
    (250, 9, 9, true),
    (251, 9, 9, true),
    (252, 7, 9, true),
    (253, 8, 8, false),
    (254, 9, 10, true),
    (255, 9, 9, true),
    (256, 9, 9, true),
    (257, 8, 8, false),
    (258, 8, 9, false),
    (260, 9, 9, true),
    (261, 9, 9, true),
    (262, 9, 9, true),
    (263, 9, 10, true),
    (264, 8, 10, true),
    (265, 7, 9, true),
    (266, 8, 8, false),
    (267, 7, 8, false),
    (268, 8, 8, false),
    (269, 7, 7, false),
    (290, 4, 5, false),
    (291, 7, 7, true),
    (297, 7, 7, false),
    (298, 6, 6, false),
    (299, 6, 6, false),
    (350, 8, 8, false),
    (351, 9, 9, false),
    (352, 6, 11, false),
    (353, 7, 10, true),
    (354, 7, 9, false),
    (355, 8, 9, true),
    (356, 8, 8, false),
    (357, 8, 8, false),
    (358, 6, 12, true),
    (359, 8, 9, true),
    (370, 8, 8, true),
    (371, 8, 8, false),
    (372, 7, 8, false),
    (373, 8, 8, true),
    (374, 8, 8, true),
    (375, 9, 10, true),
    (376, 6, 9, false),
    (377, 8, 9, true),
    (378, 6, 10, false),
    (380, 9, 9, true),
    (381, 8, 12, true),
    (382, 8, 9, true),
    (383, 8, 9, true),
    (385, 8, 9, true),
    (386, 8, 8, true),
    (387, 8, 9, true),
    (389, 8, 8, true),
    (420, 9, 9, false),
    (421, 9, 9, true),
    (423, 7, 9, false),
    (500, 5, 5, false),
    (501, 7, 7, false),
    (502, 8, 8, false),
    (503, 8, 8, false),
    (504, 8, 8, false),
    (505, 8, 8, false),
    (506, 8, 8, false),
    (507, 7, 8, false),
    (508, 6, 6, false),
    (509, 8, 8, false),
    (590, 9, 9, true),
    (591, 8, 8, true),
    (592, 7, 7, false),
    (593, 8, 9, true),
    (594, 9, 9, true),
    // (Asunción's landlines: 21 and six digits, `+595 21 536 374`.)
    (595, 8, 9, true),
    (596, 9, 9, true),
    (597, 6, 7, false),
    (598, 8, 8, true),
    (599, 7, 8, false),
    (670, 7, 8, false),
    (672, 6, 6, false),
    (673, 7, 7, false),
    (674, 7, 7, false),
    (675, 7, 8, false),
    (676, 5, 7, false),
    (677, 5, 7, false),
    (678, 5, 7, false),
    (679, 7, 7, false),
    (680, 7, 7, false),
    (681, 6, 9, false),
    (682, 5, 5, false),
    (683, 4, 7, false),
    (685, 5, 7, false),
    (686, 5, 8, false),
    (687, 6, 6, false),
    (688, 5, 6, false),
    (689, 8, 8, false),
    (690, 4, 4, false),
    (691, 7, 7, false),
    (692, 7, 7, false),
    (850, 8, 10, true),
    (852, 8, 8, false),
    (853, 8, 8, false),
    (855, 8, 9, true),
    (856, 8, 10, true),
    (880, 8, 10, true),
    (886, 8, 9, true),
    (960, 7, 7, false),
    (961, 7, 8, true),
    (962, 8, 9, true),
    (963, 8, 9, true),
    (964, 8, 10, true),
    (965, 8, 8, false),
    (966, 9, 9, true),
    (967, 7, 9, true),
    (968, 8, 8, false),
    (970, 8, 9, true),
    (971, 8, 9, true),
    (972, 8, 9, true),
    (973, 8, 8, false),
    (974, 8, 8, false),
    (975, 7, 8, false),
    (976, 8, 8, true),
    (977, 8, 10, true),
    (992, 9, 9, false),
    (993, 8, 8, true),
    (994, 9, 9, true),
    (995, 9, 9, true),
    (996, 9, 9, true),
    (998, 9, 9, false),
];

/// The plan whose calling code starts `digits` (values 0..=9), if any.
pub fn plan_for(digits: &[u8]) -> Option<Plan> {
    if digits.first() == Some(&0) {
        return None;
    }
    let mut code: u16 = 0;
    for (i, &d) in digits.iter().take(3).enumerate() {
        code = code * 10 + u16::from(d);
        if let Some(index) = PLAN_BY_CODE[usize::from(code)].checked_sub(1) {
            let (c, min, max, trunk) = PLANS[usize::from(index)];
            return Some(Plan {
                code: c,
                code_len: i as u8 + 1,
                min_len: min,
                max_len: max,
                trunk_zero: trunk,
            });
        }
    }
    None
}

/// One more than the index in [`PLANS`] of each calling code, 0 for none.
/// Codes never start with 0, so codes of one, two and three digits have
/// different values and share the table.
const PLAN_BY_CODE: [u8; 1000] = {
    let mut table = [0u8; 1000];
    let mut i = 0;
    while i < PLANS.len() {
        // The first entry for a code wins, as a search of the list would.
        if table[PLANS[i].0 as usize] == 0 {
            table[PLANS[i].0 as usize] = i as u8 + 1;
        }
        i += 1;
    }
    table
};

/// Digits in a calling code (codes never start with 0).
const fn digits_of(code: u16) -> usize {
    if code >= 100 {
        3
    } else if code >= 10 {
        2
    } else {
        1
    }
}

/// The fewest digits an international number has, calling code included
/// (`+683 1234`, Niue).
pub const MIN_INTERNATIONAL_DIGITS: usize = {
    let mut min = usize::MAX;
    let mut i = 0;
    while i < PLANS.len() {
        let (code, min_len, _, _) = PLANS[i];
        let code_len = digits_of(code);
        if code_len + (min_len as usize) < min {
            min = code_len + min_len as usize;
        }
        i += 1;
    }
    min
};

/// The most digits an international number has, calling code included.
pub const MAX_INTERNATIONAL_DIGITS: usize = {
    let mut max = 0;
    let mut i = 0;
    while i < PLANS.len() {
        let (code, _, max_len, _) = PLANS[i];
        let code_len = digits_of(code);
        if code_len + (max_len as usize) > max {
            max = code_len + max_len as usize;
        }
        i += 1;
    }
    max
};

// Indices fit in the table's bytes.
const _: () = assert!(PLANS.len() < 255);

/// Country-specific checks beyond length on a national significant number
/// (trunk prefix already dropped) for the countries whose numbers the
/// verifier sees most; others pass on length alone.
pub fn is_plausible_national(plan: &Plan, nsn: &[u8]) -> bool {
    let len = nsn.len();
    if len < usize::from(plan.min_len) || len > usize::from(plan.max_len) {
        return false;
    }
    let first = nsn.first().copied().unwrap_or(0);
    match plan.code {
        // NANP: area code NXX.
        1 => first >= 2,
        // Spain: 6/7 mobile, 8/9 fixed.
        34 => first >= 6,
        // The Netherlands: nine digits, but for the free and premium lines
        // (800, 900, 906, 909 and four to seven digits).
        31 => len == 9 || matches!(nsn, [8, 0, 0, ..] | [9, 0, 0 | 6 | 9, ..]),
        // Italy keeps its leading 0 (fixed) or starts with 3 (mobile); so
        // do San Marino's, and the ten-digit plans Côte d'Ivoire (2021)
        // and Benin (2024) moved to, whose numbers open with 01, 05, 07 or
        // 2x, and Congo-Brazzaville's (06, 05, 22).
        39 | 225 | 229 | 242 | 378 => true,
        // Most plans: a national significant number never starts with 0.
        _ => first != 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_prefix_free() {
        for &(a, ..) in PLANS {
            for &(b, ..) in PLANS {
                if a != b {
                    let (sa, sb) = (a.to_string(), b.to_string());
                    assert!(!sb.starts_with(&sa), "{a} is a prefix of {b}");
                }
            }
        }
    }

    #[test]
    fn finds_codes_of_each_length() {
        assert_eq!(plan_for(&[1, 4, 1, 5]).map(|p| p.code), Some(1));
        assert_eq!(plan_for(&[4, 4, 7, 9]).map(|p| p.code), Some(44));
        assert_eq!(plan_for(&[3, 5, 3, 1]).map(|p| p.code), Some(353));
        assert_eq!(plan_for(&[2, 8, 0]), None);
    }
}
