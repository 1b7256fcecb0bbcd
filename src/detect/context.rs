//! Context words: what the nearest word before a number says it is.
//!
//! A bare `0612345678` or `4155550132` is a phone number after "call me on"
//! and an order number after "commande n°". The verifiers ask this module
//! for the nearest keyword in the few words before a candidate, in English,
//! French, German and Spanish, and use it only where the digits alone are
//! ambiguous.

use super::text::Text;

/// What a keyword says about the number after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hint {
    /// Phone words: call, tel, mobile, téléphone, Handy, llamar …
    Phone,
    /// Card words: card, carte, Karte, tarjeta, visa …
    Card,
    /// Identifier words: order, ticket, invoice, tracking, commande,
    /// Bestellung, pedido … The number is a record id.
    Identifier,
}

/// How far back, in logical characters, keywords are looked for.
pub const LOOKBACK: usize = 40;

/// Keywords as lowercase UTF-8 bytes. A keyword must start a word; short
/// ones (`whole`) must also end one, so "id" does not match "idea".
struct Keyword {
    word: &'static [u8],
    hint: Hint,
    whole: bool,
}

const fn kw(word: &'static [u8], hint: Hint, whole: bool) -> Keyword {
    Keyword { word, hint, whole }
}

const KEYWORDS: &[Keyword] = &[
    // Phone, EN / FR / DE / ES.
    kw(b"phone", Hint::Phone, false),
    kw(b"telephone", Hint::Phone, false),
    kw(b"tel", Hint::Phone, true),
    kw(b"t\xc3\xa9l", Hint::Phone, false),
    kw(b"mobile", Hint::Phone, false),
    kw(b"mob", Hint::Phone, true),
    kw(b"cell", Hint::Phone, false),
    kw(b"call", Hint::Phone, false),
    kw(b"ring", Hint::Phone, true),
    kw(b"text", Hint::Phone, true),
    kw(b"sms", Hint::Phone, true),
    kw(b"whatsapp", Hint::Phone, false),
    kw(b"fax", Hint::Phone, true),
    kw(b"hotline", Hint::Phone, false),
    kw(b"portable", Hint::Phone, false),
    kw(b"appel", Hint::Phone, false),
    kw(b"rappel", Hint::Phone, false),
    kw(b"joindre", Hint::Phone, false),
    kw(b"joignable", Hint::Phone, false),
    kw(b"fixe", Hint::Phone, true),
    kw(b"telefon", Hint::Phone, false),
    kw(b"handy", Hint::Phone, false),
    kw(b"mobil", Hint::Phone, false),
    kw(b"rufnummer", Hint::Phone, false),
    kw(b"anruf", Hint::Phone, false),
    kw(b"erreichbar", Hint::Phone, false),
    kw(b"durchwahl", Hint::Phone, false),
    kw(b"tel\xc3\xa9fono", Hint::Phone, false),
    kw(b"telefono", Hint::Phone, false),
    kw(b"m\xc3\xb3vil", Hint::Phone, false),
    kw(b"movil", Hint::Phone, false),
    kw(b"celular", Hint::Phone, false),
    kw(b"llam", Hint::Phone, false),
    kw(b"ll\xc3\xa1m", Hint::Phone, false),
    // Card.
    kw(b"card", Hint::Card, false),
    kw(b"carte", Hint::Card, false),
    kw(b"karte", Hint::Card, false),
    kw(b"kreditkarte", Hint::Card, false),
    kw(b"tarjeta", Hint::Card, false),
    kw(b"visa", Hint::Card, true),
    kw(b"mastercard", Hint::Card, false),
    kw(b"amex", Hint::Card, true),
    kw(b"cb", Hint::Card, true),
    kw(b"cc", Hint::Card, true),
    kw(b"pan", Hint::Card, true),
    // Identifiers.
    kw(b"order", Hint::Identifier, false),
    kw(b"ticket", Hint::Identifier, false),
    kw(b"invoice", Hint::Identifier, false),
    kw(b"tracking", Hint::Identifier, false),
    kw(b"track", Hint::Identifier, true),
    kw(b"shipment", Hint::Identifier, false),
    kw(b"parcel", Hint::Identifier, false),
    kw(b"ref", Hint::Identifier, true),
    kw(b"reference", Hint::Identifier, false),
    kw(b"id", Hint::Identifier, true),
    kw(b"sku", Hint::Identifier, true),
    kw(b"serial", Hint::Identifier, false),
    kw(b"account", Hint::Identifier, false),
    kw(b"acct", Hint::Identifier, true),
    kw(b"iban", Hint::Identifier, true),
    kw(b"transaction", Hint::Identifier, false),
    kw(b"txn", Hint::Identifier, true),
    kw(b"booking", Hint::Identifier, false),
    kw(b"confirmation", Hint::Identifier, false),
    kw(b"customer", Hint::Identifier, false),
    kw(b"case", Hint::Identifier, true),
    kw(b"commande", Hint::Identifier, false),
    kw(b"facture", Hint::Identifier, false),
    kw(b"suivi", Hint::Identifier, false),
    kw(b"colis", Hint::Identifier, false),
    kw(b"dossier", Hint::Identifier, false),
    kw(b"r\xc3\xa9f", Hint::Identifier, false),
    kw(b"bestell", Hint::Identifier, false),
    kw(b"rechnung", Hint::Identifier, false),
    kw(b"sendung", Hint::Identifier, false),
    kw(b"auftrag", Hint::Identifier, false),
    kw(b"kunden", Hint::Identifier, false),
    kw(b"vorgang", Hint::Identifier, false),
    kw(b"pedido", Hint::Identifier, false),
    kw(b"factura", Hint::Identifier, false),
    kw(b"seguimiento", Hint::Identifier, false),
    kw(b"referencia", Hint::Identifier, false),
    kw(b"env\xc3\xado", Hint::Identifier, false),
];

/// Whether a byte starts some keyword: most word starts are skipped on
/// this one lookup.
const KEYWORD_INITIAL: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < KEYWORDS.len() {
        table[KEYWORDS[i].word[0] as usize] = true;
        i += 1;
    }
    table
};

/// The hint of the keyword nearest before `pos`, looking back at most
/// [`LOOKBACK`] logical characters and not before `floor` (the end of the
/// previous finding: words inside a finding are masked away, so they must
/// not decide anything either).
pub fn nearest_hint(text: &impl Text, pos: usize, floor: usize) -> Option<Hint> {
    let mut window = [0u8; LOOKBACK];
    let mut n = 0;
    let mut p = pos;
    while n < LOOKBACK && p > floor {
        match text.prev(p) {
            // A keyword speaks for its own clause or field: not across a
            // comma, a semicolon, a form pair or a JSON member
            // (`{"id":360001234568,"value":"4111…"}`: "id" names the
            // sibling, not the value).
            Some((b',' | b';' | b'&' | b'{' | b'}' | b'[' | b']', _)) => break,
            Some((c, q)) => {
                window[LOOKBACK - 1 - n] = c.to_ascii_lowercase();
                n += 1;
                p = q;
            }
            None => break,
        }
    }
    let window = &window[LOOKBACK - n..];
    let is_letter = |b: u8| b.is_ascii_alphabetic() || b >= 0x80;
    // Nearest first: scan word starts from the right.
    for start in (0..window.len()).rev() {
        let initial = window[start];
        if !KEYWORD_INITIAL[usize::from(initial)] || (start > 0 && is_letter(window[start - 1])) {
            continue;
        }
        let rest = &window[start..];
        for k in KEYWORDS {
            if k.word[0] == initial && rest.len() >= k.word.len() && rest[..k.word.len()] == *k.word
            {
                let after = rest.get(k.word.len()).copied();
                if !k.whole || !after.is_some_and(is_letter) {
                    return Some(k.hint);
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::text::RawText;

    fn hint(s: &str) -> Option<Hint> {
        let t = RawText::new(s.as_bytes());
        nearest_hint(&t, s.len(), 0)
    }

    #[test]
    fn nearest_keyword_wins() {
        assert_eq!(hint("call me about order "), Some(Hint::Identifier));
        assert_eq!(hint("order issue, call me on "), Some(Hint::Phone));
        assert_eq!(hint("order issue, "), None, "not across a comma");
        assert_eq!(hint(r#"{"id":360001234568,"value":""#), None);
        assert_eq!(hint(r#"{"order_id":""#), Some(Hint::Identifier));
        assert_eq!(hint("mon téléphone : "), Some(Hint::Phone));
        assert_eq!(hint("Bestellnummer "), Some(Hint::Identifier));
        assert_eq!(hint("my idea is "), None);
        assert_eq!(hint("paid with card "), Some(Hint::Card));
        assert_eq!(hint("n° de pedido "), Some(Hint::Identifier));
    }
}
