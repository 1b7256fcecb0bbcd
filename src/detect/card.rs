//! Card networks: issuer (IIN) ranges and the lengths each network issues.
//!
//! The table is the data the card verifier checks a Luhn-valid digit run
//! against; a run must fall in one network's range *and* have one of its
//! lengths. This is what turns away 13-digit millisecond timestamps (they
//! start with 1), 12-digit record ids (only Maestro issues 12 digits: from a
//! few narrow ranges, or from its wider ones where printed in groups or
//! named by a card word) and most other Luhn-valid look-alikes.

use super::ByteIndex;

/// A card network, as far as the detector needs to know it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)] // the names are the networks'
pub enum Network {
    Visa,
    Mastercard,
    Amex,
    Discover,
    Jcb,
    DinersClub,
    UnionPay,
    Maestro,
    /// Maestro's wider ranges (50, 56 to 58, 6390, Maestro UK's 676770
    /// and 676774), apart from the narrow ones most of its cards are
    /// issued in: shorter than sixteen digits, such a number also reads as
    /// a calling code and a national number (`573001234567`), so it is a
    /// card only printed in a card's groups or named by a card's word.
    MaestroWide,
    Dankort,
    Mir,
    RuPay,
    Troy,
    Uatp,
    Elo,
    Verve,
    Naranja,
    Napas,
    Bancontact,
    Shetab,
    Hipercard,
    InterPayment,
    InstaPayment,
    ChinaTUnion,
    Gpn,
    UzCard,
    Humo,
    Belkart,
    Laser,
    Mada,
    Prostir,
    Carnet,
}

/// One issuer range: numbers whose first `prefix_len` digits, read as an
/// integer, lie in `low..=high`, with a length in `lengths` (bit n set = n
/// digits).
struct IssuerRange {
    prefix_len: u8,
    low: u32,
    high: u32,
    lengths: u32,
    network: Network,
}

const fn lengths(list: &[u8]) -> u32 {
    let mut mask = 0;
    let mut i = 0;
    while i < list.len() {
        mask |= 1 << list[i];
        i += 1;
    }
    mask
}

const fn range(prefix_len: u8, low: u32, high: u32, lens: &[u8], network: Network) -> IssuerRange {
    IssuerRange {
        prefix_len,
        low,
        high,
        lengths: lengths(lens),
        network,
    }
}

const SIXTEEN_TO_NINETEEN: &[u8] = &[16, 17, 18, 19];
const TWELVE_TO_NINETEEN: &[u8] = &[12, 13, 14, 15, 16, 17, 18, 19];
const DINERS_LENGTHS: &[u8] = &[14, 16, 17, 18, 19];

/// The issuer ranges of the networks the detector knows. Sources: the
/// networks' published IIN tables as summarised by ISO/IEC 7812 registries.
const ISSUER_RANGES: &[IssuerRange] = &[
    range(1, 4, 4, &[13, 16, 19], Network::Visa),
    range(2, 51, 55, &[16], Network::Mastercard),
    range(4, 2221, 2720, &[16], Network::Mastercard),
    range(2, 34, 34, &[15], Network::Amex),
    range(2, 37, 37, &[15], Network::Amex),
    range(4, 6011, 6011, SIXTEEN_TO_NINETEEN, Network::Discover),
    range(3, 644, 649, SIXTEEN_TO_NINETEEN, Network::Discover),
    range(2, 65, 65, SIXTEEN_TO_NINETEEN, Network::Discover),
    // JCB's own range is 3528-3589; co-branded JCB/RuPay cards (353x, 356x)
    // and the published test numbers of several acquirers use the rest of 35.
    range(2, 35, 35, SIXTEEN_TO_NINETEEN, Network::Jcb),
    // JCB's older fifteen-digit cards.
    range(4, 2131, 2131, &[15], Network::Jcb),
    // Diners Club: 14 digits, or 16 to 19; never 15, which Amex and UATP
    // use and which French social security numbers and some carriers'
    // tracking numbers have.
    range(3, 300, 305, DINERS_LENGTHS, Network::DinersClub),
    range(4, 3095, 3095, DINERS_LENGTHS, Network::DinersClub),
    range(2, 36, 36, DINERS_LENGTHS, Network::DinersClub),
    range(2, 38, 39, DINERS_LENGTHS, Network::DinersClub),
    range(2, 62, 62, SIXTEEN_TO_NINETEEN, Network::UnionPay),
    range(2, 81, 81, SIXTEEN_TO_NINETEEN, Network::UnionPay),
    range(4, 5018, 5018, TWELVE_TO_NINETEEN, Network::Maestro),
    range(4, 5020, 5020, TWELVE_TO_NINETEEN, Network::Maestro),
    range(4, 5038, 5038, TWELVE_TO_NINETEEN, Network::Maestro),
    range(4, 5893, 5893, TWELVE_TO_NINETEEN, Network::Maestro),
    range(4, 6304, 6304, TWELVE_TO_NINETEEN, Network::Maestro),
    range(4, 6759, 6759, TWELVE_TO_NINETEEN, Network::Maestro),
    range(4, 6761, 6763, TWELVE_TO_NINETEEN, Network::Maestro),
    range(4, 5019, 5019, &[16], Network::Dankort),
    range(4, 2200, 2204, SIXTEEN_TO_NINETEEN, Network::Mir),
    range(2, 60, 60, &[16], Network::RuPay),
    range(3, 508, 508, &[16], Network::RuPay),
    // RuPay's newer series (81 is UnionPay's, above).
    range(2, 82, 82, &[16], Network::RuPay),
    range(4, 9792, 9792, &[16], Network::Troy),
    range(1, 1, 1, &[15], Network::Uatp),
    // Brazil's Elo and Nigeria's Verve, where their ranges fall outside
    // the older networks' (Elo also issues from Visa's 4 and Discover's 65).
    range(6, 504175, 504175, &[16], Network::Elo),
    range(6, 506099, 506198, SIXTEEN_TO_NINETEEN, Network::Verve),
    range(6, 506699, 506778, &[16], Network::Elo),
    range(6, 507865, 507964, SIXTEEN_TO_NINETEEN, Network::Verve),
    range(3, 509, 509, &[16], Network::Elo),
    range(6, 636297, 636297, &[16], Network::Elo),
    range(6, 636368, 636368, &[16], Network::Elo),
    // Argentina's Naranja and Vietnam's domestic NAPAS cards.
    range(6, 589562, 589562, &[16], Network::Naranja),
    range(4, 9704, 9704, &[16, 19], Network::Napas),
    // Belgium's Bancontact, and the Maestro range acquirers publish test
    // cards in (`6771 7980 2100 0008`).
    range(4, 6703, 6703, SIXTEEN_TO_NINETEEN, Network::Bancontact),
    range(4, 6771, 6771, &[16], Network::Maestro),
    // Iran's domestic Shetab cards, by their banks' prefixes where no range
    // above holds them (Sepah, Mellat, Pasargad, Tejarat, Refah, Shahr,
    // Dey, Resalat, Gardeshgari, Iran Zamin, Kosar, Sina, Sarmayeh,
    // Ayandeh, Hekmat, Keshavarzi, Karafarin).
    range(6, 589210, 589210, &[16], Network::Shetab),
    range(6, 610433, 610433, &[16], Network::Shetab),
    range(6, 502229, 502229, &[16], Network::Shetab),
    range(6, 585983, 585983, &[16], Network::Shetab),
    range(6, 589463, 589463, &[16], Network::Shetab),
    range(6, 502806, 502806, &[16], Network::Shetab),
    range(6, 504706, 504706, &[16], Network::Shetab),
    range(6, 502938, 502938, &[16], Network::Shetab),
    range(6, 504172, 504172, &[16], Network::Shetab),
    range(6, 505416, 505416, &[16], Network::Shetab),
    range(6, 505785, 505785, &[16], Network::Shetab),
    range(6, 505801, 505801, &[16], Network::Shetab),
    range(6, 639346, 639347, &[16], Network::Shetab),
    range(6, 639607, 639607, &[16], Network::Shetab),
    range(6, 636214, 636214, &[16], Network::Shetab),
    range(6, 636949, 636949, &[16], Network::Shetab),
    range(6, 639217, 639217, &[16], Network::Shetab),
    range(6, 502910, 502910, &[16], Network::Shetab),
    // Domestic schemes: Brazil's Hipercard at 19 digits (at 16 it shares
    // RuPay's 60), InterPayment and InstaPayment, China's T-Union,
    // Indonesia's GPN, Uzbekistan's UzCard and Humo, Belarus's Belkart,
    // Ireland's Laser (and its 6771 at 17 to 19), and Maestro's 493698,
    // which Visa's 4 holds at 16.
    range(6, 606282, 606282, &[16, 19], Network::Hipercard),
    range(3, 636, 636, SIXTEEN_TO_NINETEEN, Network::InterPayment),
    range(3, 637, 639, &[16], Network::InstaPayment),
    range(2, 31, 31, &[19], Network::ChinaTUnion),
    range(4, 1946, 1946, SIXTEEN_TO_NINETEEN, Network::Gpn),
    range(4, 8600, 8600, &[16], Network::UzCard),
    range(4, 9860, 9860, &[16], Network::Humo),
    range(4, 9112, 9112, &[16], Network::Belkart),
    range(4, 6706, 6706, SIXTEEN_TO_NINETEEN, Network::Laser),
    range(4, 6709, 6709, SIXTEEN_TO_NINETEEN, Network::Laser),
    range(4, 6771, 6771, &[17, 18, 19], Network::Laser),
    range(6, 493698, 493698, &[17, 18], Network::Maestro),
    // Saudi Arabia's mada, in its own 9682 range (its 5888 cards fall in
    // Maestro's wider range below).
    range(4, 9682, 9682, &[16], Network::Mada),
    // Ukraine's PROSTIR, Mexico's Carnet (its 286900; its other ranges lie
    // in Maestro's and InstaPayment's).
    range(4, 9804, 9804, &[16], Network::Prostir),
    range(6, 286900, 286900, &[16], Network::Carnet),
    // Maestro's wider ranges (see `Network::MaestroWide`). Last: the
    // narrower ranges above are looked up first (Naranja's 589562,
    // Shetab's 585983, Elo's and Verve's 50 series).
    range(2, 50, 50, TWELVE_TO_NINETEEN, Network::MaestroWide),
    range(2, 56, 58, TWELVE_TO_NINETEEN, Network::MaestroWide),
    range(4, 6390, 6390, TWELVE_TO_NINETEEN, Network::MaestroWide),
    range(6, 676770, 676770, TWELVE_TO_NINETEEN, Network::MaestroWide),
    range(6, 676774, 676774, TWELVE_TO_NINETEEN, Network::MaestroWide),
];

/// The most digits a card number has.
pub const MAX_DIGITS: usize = 19;

/// The longest issuer prefix in [`ISSUER_RANGES`].
const LONGEST_PREFIX: usize = 6;

/// The network that issues `digits` (values 0..=9) at this length, if any.
pub fn network(digits: &[u8]) -> Option<Network> {
    let len = digits.len();
    if !(12..=MAX_DIGITS).contains(&len) {
        return None;
    }
    // Most long numbers in text (ids, timestamps) start where no network
    // issues at their length: one lookup turns them away.
    let first_two = usize::from(digits[0]) * 10 + usize::from(digits[1]);
    if LENGTHS_BY_FIRST_TWO_DIGITS
        .get(first_two)
        .is_none_or(|lengths| lengths & (1 << len) == 0)
    {
        return None;
    }
    let mut prefix = [0u32; LONGEST_PREFIX + 1];
    for i in 1..=LONGEST_PREFIX {
        prefix[i] = prefix[i - 1] * 10 + u32::from(digits[i - 1]);
    }
    RANGES_BY_FIRST_DIGIT
        .of(digits[0])
        .iter()
        .map(|&i| &ISSUER_RANGES[usize::from(i)])
        .find(|r| {
            let p = prefix[usize::from(r.prefix_len)];
            r.lengths & (1 << len) != 0 && (r.low..=r.high).contains(&p)
        })
        .map(|r| r.network)
}

/// Whether a card of some network may start with the digits `first` and
/// `second` (values 0..=9).
#[inline]
pub fn may_start_with(first: u8, second: u8) -> bool {
    LENGTHS_BY_FIRST_TWO_DIGITS
        .get(usize::from(first) * 10 + usize::from(second))
        .is_some_and(|&lengths| lengths != 0)
}

/// For each two-digit start (`10 * first + second`), the lengths (one bit
/// per length) of the ranges whose numbers may start with it: a superset
/// of what [`network`] accepts, as each range covers every two-digit start
/// its prefixes begin with.
const LENGTHS_BY_FIRST_TWO_DIGITS: [u32; 100] = {
    let mut table = [0u32; 100];
    let mut i = 0;
    while i < ISSUER_RANGES.len() {
        let r = &ISSUER_RANGES[i];
        let (low, high) = if r.prefix_len == 1 {
            (r.low * 10, r.high * 10 + 9)
        } else {
            let mut scale = 1;
            let mut p = r.prefix_len;
            while p > 2 {
                scale *= 10;
                p -= 1;
            }
            (r.low / scale, r.high / scale)
        };
        let mut start = low;
        while start <= high {
            table[start as usize] |= r.lengths;
            start += 1;
        }
        i += 1;
    }
    table
};

/// The first decimal digit of every number in `low..=high` of a range,
/// which both bounds share: no range crosses a leading digit.
const fn first_digit(r: &IssuerRange) -> u8 {
    let mut low = r.low;
    let mut p = r.prefix_len;
    while p > 1 {
        low /= 10;
        p -= 1;
    }
    low as u8
}

/// [`ISSUER_RANGES`] by first digit, so a number is compared only with the
/// ranges it can fall in.
const RANGES_BY_FIRST_DIGIT: ByteIndex<{ ISSUER_RANGES.len() }> = {
    let mut keys = [0u8; ISSUER_RANGES.len()];
    let mut i = 0;
    while i < keys.len() {
        keys[i] = first_digit(&ISSUER_RANGES[i]);
        i += 1;
    }
    ByteIndex::new(keys)
};

/// Whether `groups` (digit counts of the groups a number is written in, in
/// order) is how cards are printed or typed: all fours with a shorter tail
/// (4-4-4-4, 4-4-4-4-3, 4-4-5 …), or a brand layout (Amex 4-6-5, Diners
/// 4-6-4, UnionPay 6-12/6-13, 19-digit 4-4-4-4-3), or how a layout of
/// fours ends when the length is not a multiple of four: a 13-digit Visa
/// or Maestro as embossed, 4-3-3-3, and 17 to 19 digits with the rest in
/// the last group (4-4-4-5, 4-4-4-6, 4-4-4-7).
pub fn is_card_grouping(groups: &[u8]) -> bool {
    match groups {
        [] => false,
        [_] => true,
        [4, 6, 5] | [4, 6, 4] | [4, 4, 5] | [6, 12] | [6, 13] | [5, 5, 5] => true,
        [4, 3, 3, 3] | [4, 4, 4, 5] | [4, 4, 4, 6] | [4, 4, 4, 7] => true,
        [fours @ .., last] => fours.iter().all(|&g| g == 4) && (1..=4).contains(last),
    }
}

/// Whether `groups` is how people type 14 to 19 digits off a card: in two
/// or three groups of four digits or more (8-8, 4-12, 6-10, 4-4-8). Not a
/// layout a longer number is printed in: a group after a card is its
/// expiry or CVV (`501805478275 0229 037`), not more of it.
pub fn is_typed_grouping(groups: &[u8]) -> bool {
    (2..=3).contains(&groups.len())
        && groups.iter().all(|&g| g >= 4)
        && (14..=19).contains(&groups.iter().map(|&g| u32::from(g)).sum::<u32>())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digits(s: &str) -> Vec<u8> {
        s.bytes().map(|b| b - b'0').collect()
    }

    #[test]
    fn networks_by_range_and_length() {
        assert_eq!(network(&digits("4111111111111111")), Some(Network::Visa));
        assert_eq!(network(&digits("4222222222222")), Some(Network::Visa));
        assert_eq!(
            network(&digits("2221000000000009")),
            Some(Network::Mastercard)
        );
        assert_eq!(
            network(&digits("2720990000000000")),
            Some(Network::Mastercard)
        );
        assert_eq!(network(&digits("2721000000000000")), None);
        // Maestro's wider ranges, after the narrower ones.
        for maestro in [
            "5612291417776311",
            "6767702914177762",
            "6390291417776317123",
            "5047570377169335",
            "586905566269",
        ] {
            assert_eq!(
                network(&digits(maestro)),
                Some(Network::MaestroWide),
                "{maestro}"
            );
        }
        assert_eq!(network(&digits("5018291417776311")), Some(Network::Maestro));
        assert_eq!(network(&digits("5895620497935322")), Some(Network::Naranja));
        // Domestic schemes.
        for (card, net) in [
            ("8600123456789012", Network::UzCard),
            ("9860123456789012", Network::Humo),
            ("6062821234567890123", Network::Hipercard),
            ("3112345678901234567", Network::ChinaTUnion),
            ("6371234567890123", Network::InstaPayment),
            ("9682051776554833", Network::Mada),
            ("9804123456789012", Network::Prostir),
            ("2869001234567890", Network::Carnet),
        ] {
            assert_eq!(network(&digits(card)), Some(net), "{card}");
        }
        assert_eq!(network(&digits("213100000000000")), Some(Network::Jcb));
        assert_eq!(network(&digits("378282246310005")), Some(Network::Amex));
        assert_eq!(
            network(&digits("37828224631000")),
            None,
            "Amex is 15 digits"
        );
        assert_eq!(network(&digits("6759649826438453")), Some(Network::Maestro));
        assert_eq!(network(&digits("1700000000000")), None, "ms timestamp");
        assert_eq!(network(&digits("122000000000003")), Some(Network::Uatp));
        assert_eq!(
            network(&digits("360005404739941")),
            None,
            "Diners: 14, 16–19"
        );
    }

    #[test]
    fn the_index_by_first_digit_finds_what_the_table_order_finds() {
        let linear = |digits: &[u8]| {
            let p = |n: u8| {
                digits[..usize::from(n)]
                    .iter()
                    .fold(0u32, |a, &d| a * 10 + u32::from(d))
            };
            ISSUER_RANGES
                .iter()
                .find(|r| {
                    r.lengths & (1 << digits.len()) != 0
                        && (r.low..=r.high).contains(&p(r.prefix_len))
                })
                .map(|r| r.network)
        };
        let check = |prefix: u32| {
            for len in 12..=19 {
                let mut digits = vec![0u8; len];
                for (i, d) in digits[..LONGEST_PREFIX].iter_mut().enumerate() {
                    *d = (prefix / 10u32.pow((LONGEST_PREFIX - 1 - i) as u32) % 10) as u8;
                }
                assert_eq!(network(&digits), linear(&digits), "{prefix} {len}");
            }
        };
        // Every four-digit prefix, then each range's edges at full length.
        for prefix in 0..10_000u32 {
            check(prefix * 100);
            check(prefix * 100 + 99);
        }
        for r in ISSUER_RANGES {
            let scale = 10u32.pow(u32::from(LONGEST_PREFIX as u8 - r.prefix_len));
            for edge in [r.low * scale, (r.high + 1) * scale - 1] {
                check(edge.saturating_sub(1));
                check(edge);
                check(edge + 1);
            }
        }
    }

    #[test]
    fn brazilian_and_nigerian_networks() {
        assert_eq!(network(&digits("5090484783539170")), Some(Network::Elo));
        assert_eq!(network(&digits("6362976604960096")), Some(Network::Elo));
        assert_eq!(network(&digits("5067000000000000")), Some(Network::Elo));
        assert_eq!(network(&digits("5061000000000000")), Some(Network::Verve));
        assert_eq!(
            network(&digits("5078650000000000000")),
            Some(Network::Verve)
        );
        // Verve issues 18 digits too; RuPay's 82 series.
        assert_eq!(network(&digits("507925857813460648")), Some(Network::Verve));
        assert_eq!(network(&digits("5895620497935322")), Some(Network::Naranja));
        assert_eq!(network(&digits("9704277486110707")), Some(Network::Napas));
        assert_eq!(
            network(&digits("9704277486110707123")),
            Some(Network::Napas)
        );
        assert_eq!(network(&digits("97042774861107071")), None);
        assert_eq!(
            network(&digits("6703444444444449")),
            Some(Network::Bancontact)
        );
        assert_eq!(network(&digits("6771798021000008")), Some(Network::Maestro));
        assert_eq!(network(&digits("5892101234567890")), Some(Network::Shetab));
        assert_eq!(network(&digits("61043312345678901")), None);
        assert_eq!(network(&digits("8270106043742866")), Some(Network::RuPay));
        // Next to them, the wider ranges they stand in.
        assert_eq!(
            network(&digits("5066000000000000")),
            Some(Network::MaestroWide)
        );
        assert_eq!(
            network(&digits("6362960000000000")),
            Some(Network::InterPayment)
        );
    }

    #[test]
    fn groupings() {
        assert!(is_card_grouping(&[4, 4, 4, 4]));
        assert!(is_card_grouping(&[4, 4, 4, 4, 3]));
        assert!(is_card_grouping(&[4, 6, 5]));
        assert!(is_card_grouping(&[4, 3, 3, 3]));
        assert!(is_card_grouping(&[4, 4, 4, 6]));
        assert!(!is_card_grouping(&[3, 3, 4]));
        assert!(!is_card_grouping(&[4, 3, 3]));
        assert!(is_card_grouping(&[4, 4, 4, 7]));
        assert!(!is_card_grouping(&[4, 4, 4, 8]));
        assert!(!is_card_grouping(&[9, 6]));
        assert!(is_typed_grouping(&[9, 6]));
        assert!(is_typed_grouping(&[8, 8]));
        assert!(is_typed_grouping(&[4, 12]));
        assert!(is_typed_grouping(&[4, 4, 8]));
        assert!(!is_typed_grouping(&[3, 13]));
        assert!(is_typed_grouping(&[8, 9]));
        assert!(!is_typed_grouping(&[4, 9]));
        assert!(!is_typed_grouping(&[10, 10]));
        assert!(!is_typed_grouping(&[4, 4, 4, 4]));
    }
}
