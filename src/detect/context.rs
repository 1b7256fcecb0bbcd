//! Context words: what the nearest word before a number says it is.
//!
//! A bare `0612345678` or `4155550132` is a phone number after "call me on"
//! and an order number after "commande n°". The verifiers ask this module
//! for the nearest keyword before a candidate, in the languages the proxy
//! sees most, and use it only where the digits alone are ambiguous.
//!
//! A keyword speaks for its own clause: the look-back stops at sentence and
//! line ends, clause separators and JSON or form member boundaries. Within
//! the clause it either labels the number itself ("Order #…", "n° de
//! pedido : …", `"phone": "…"`) or stands earlier, before other words
//! ("Order 123 was charged to …"); [`Nearest::labels`] tells which, so a
//! verifier can let strong evidence (a valid card) override all but a label.

use super::text::Text;
use super::ByteIndex;

/// What a keyword says about the number after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hint {
    /// Phone words: call, tel, mobile, téléphone, Handy, llamar …
    Phone,
    /// Card words: card, carte, Karte, tarjeta, visa …
    Card,
    /// Identifier words: order, ticket, invoice, tracking, commande,
    /// Bestellung, pedido, EAN, SIRET … The number is a record id.
    Identifier,
    /// Account words: account, acct. A record id where a phone could
    /// stand, but on a card statement the card number is the account
    /// number: they name a card as readily as a record.
    Account,
    /// Words for what is not a card and is often near a phone: a booking,
    /// a parcel, a customer, a device's id (reservation, Paket, 客户, IMEI
    /// …). They veto a card they label, as an
    /// identifier word does, but say nothing of a phone ("Reservations:
    /// 212-555-0134").
    NotCard,
    /// A card word qualified as a card that pays for nothing: a loyalty,
    /// gift, member or health insurance card (`Loyalty card`, `tarjeta
    /// regalo`, `ギフトカード`), or a voucher. It vetoes a card it labels, as
    /// [`Hint::NotCard`] does, even one printed in a card's groups, which
    /// such cards are printed in too.
    OtherCard,
}

impl Hint {
    /// Whether the word says the number is a record's (an identifier, an
    /// account, a loyalty or gift card's, a voucher's), not a phone.
    pub fn names_record(self) -> bool {
        matches!(self, Hint::Identifier | Hint::Account | Hint::OtherCard)
    }
}

/// The keyword nearest before a number, within its clause.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Nearest {
    /// What the keyword says.
    pub hint: Hint,
    /// Only label filler (`number`, `n°`, `:`, `#`, a JSON key's `":"` …)
    /// stands between the keyword and the number: the keyword names this
    /// number, not another one earlier in the clause.
    pub labels: bool,
    /// Another number stands between the keyword and this one ("Order 123
    /// was charged to …"): that is the number the keyword names.
    pub past_number: bool,
    /// The keyword asks to be called ("ring me on", "llámenme al"), so
    /// the number after it is where, even past other words.
    pub asks_to_call: bool,
    /// The keyword names a customer, without a word for "number" ("the
    /// customer called from …", "Müşteri … numarasından aradı"): a
    /// person, whose phone the number may be, where a phone word after it
    /// says so; "customer number" names a record.
    pub customer: bool,
    /// The keyword is a "my number" phrase.
    pub my_number: bool,
}

impl Nearest {
    /// A phone word (or a field's name, or a service desk's) that labels
    /// the number right after it, and says nothing more.
    const PHONE_LABEL: Nearest = Nearest {
        hint: Hint::Phone,
        labels: true,
        past_number: false,
        asks_to_call: false,
        customer: false,
        my_number: false,
    };

    /// A record's word that labels the number right after it.
    const RECORD_LABEL: Nearest = Nearest {
        hint: Hint::Identifier,
        ..Nearest::PHONE_LABEL
    };
}

/// What follows a phone word in the names of phone accessories (a case, a
/// cover, a screen film, a stand, a charger), lowercased.
const ACCESSORIES: &[&[u8]] = &[
    "壳".as_bytes(),
    "套".as_bytes(),
    "膜".as_bytes(),
    "支架".as_bytes(),
    "充电".as_bytes(),
    "ケース".as_bytes(),
    "カバー".as_bytes(),
    "케이스".as_bytes(),
    "h\u{fc}lle".as_bytes(),
    b"huelle",
    b"tasche",
    b"case",
    b"cover",
    b"hoesje",
    b"funda",
    b"capa",
];

/// Phone words that also name a message: as a JSON key (`"text": "…"`)
/// they name the message the number is in, not the number.
const MESSAGE_WORDS: &[&[u8]] = &[b"text", b"sms"];

/// How far back, in logical characters, keywords are looked for.
pub const LOOKBACK: usize = 40;

/// Bytes the look-back window holds: a character decoded from a `\uHHHH`
/// escape is matched as its UTF-8 encoding, at most three bytes (escapes
/// outside the BMP are surrogate pairs, which stay opaque).
const WINDOW: usize = LOOKBACK * 3;

/// Keywords as lowercase UTF-8 bytes. A keyword must start a word, unless
/// it is written in a script that uses no spaces (`infix`); short ones
/// (`whole`) must also end one, so "id" does not match "idea".
struct Keyword {
    word: &'static [u8],
    hint: Hint,
    whole: bool,
    infix: bool,
    /// Followed by a colon, the word is a transcript's speaker label
    /// ("Customer: …"), which names a person, not a record.
    speaker: bool,
    /// The word speaks for a number only where it labels it ("numéro
    /// client 804 663 110"), not from further back in the clause
    /// ("rappeler le client au 06 31 77 21 38").
    labels_only: bool,
    /// See [`Nearest::asks_to_call`].
    asks_to_call: bool,
    /// The word labels a number only when a colon, a `#` or a word for
    /// "number" marks it as a label (`SIN: 282 908 854`).
    marked: bool,
    /// A "my number" phrase: a record's word after it makes it that
    /// record's number (`mój numer klienta`).
    my_number: bool,
    /// A signature's one-letter label (`T 466 14 539`, `M | 3351 0482`):
    /// it labels only what opens its line, a quoted reply's `>` aside.
    opens_line: bool,
    /// A customer's word in a language that glues words together: it
    /// names a record only with a word for "number" (`Ügyfélszám`,
    /// `Nomor pelanggan`), and says nothing in "customer service"
    /// (`Ügyfélszolgálat 06 1 234 5678`, `שירות לקוחות 03-1234567`).
    numbered_only: bool,
}

const fn kw(word: &'static [u8], hint: Hint, whole: bool) -> Keyword {
    Keyword {
        word,
        hint,
        whole,
        infix: false,
        speaker: false,
        labels_only: false,
        asks_to_call: false,
        marked: false,
        my_number: false,
        opens_line: false,
        numbered_only: false,
    }
}

/// A customer's word that names a record only when numbered (see
/// [`Keyword::numbered_only`]); a transcript's speaker label otherwise.
const fn numbered_speaker(word: &'static [u8]) -> Keyword {
    Keyword {
        numbered_only: true,
        ..speaker(word)
    }
}

/// A signature's one-letter label (see [`Keyword::opens_line`]).
const fn line_label(word: &'static [u8]) -> Keyword {
    Keyword {
        opens_line: true,
        ..kw(word, Hint::Phone, false)
    }
}

/// A "my number" phrase (see [`Keyword::my_number`]).
const fn my_number(word: &'static [u8]) -> Keyword {
    Keyword {
        my_number: true,
        ..kw(word, Hint::Phone, false)
    }
}

/// A phone word that asks to be called ("ring me on", "llámenme al"):
/// the number after it, past "me" and "on", is the caller's. A noun (tel,
/// phone) names a number only as its label; message words (text, SMS) name
/// a message as often.
const fn call_verb(word: &'static [u8], whole: bool) -> Keyword {
    Keyword {
        asks_to_call: true,
        ..kw(word, Hint::Phone, whole)
    }
}

/// A call verb in a script written without spaces (see [`call_verb`],
/// [`kw_infix`]): `请拨打…`, `折り返し…`.
const fn call_verb_infix(word: &'static [u8]) -> Keyword {
    Keyword {
        asks_to_call: true,
        ..kw_infix(word, Hint::Phone)
    }
}

/// A word for a customer: followed by a colon, a transcript's speaker
/// label ("Client: …"); otherwise it names a customer number only where
/// it labels one.
const fn speaker(word: &'static [u8]) -> Keyword {
    Keyword {
        speaker: true,
        labels_only: true,
        ..kw(word, Hint::Identifier, false)
    }
}

/// An identifier word that is also a common word (`tin`, a metal): it
/// speaks for a number only where it labels it (`TIN 027-531-972-000`).
const fn label_only(word: &'static [u8], hint: Hint) -> Keyword {
    Keyword {
        labels_only: true,
        ..kw(word, hint, true)
    }
}

/// [`label_only`] for a word that may start a compound of its own
/// (`Belegnummer`, `receipt_no`).
const fn label_only_prefix(word: &'static [u8], hint: Hint) -> Keyword {
    Keyword {
        labels_only: true,
        ..kw(word, hint, false)
    }
}

/// An identifier word that is also a common word in another language
/// (Canada's `SIN` is Spanish for "without", which may stand right before
/// a phone): it speaks for a number only where a mark makes it a label
/// (`SIN: 282 908 854`, `SIN # …`, `SIN number …`, a JSON key `"sin":`).
const fn marked_label(word: &'static [u8], hint: Hint) -> Keyword {
    Keyword {
        marked: true,
        ..label_only(word, hint)
    }
}

/// A keyword in a script written without spaces between words (Chinese,
/// Japanese): it may start anywhere.
const fn kw_infix(word: &'static [u8], hint: Hint) -> Keyword {
    assert!(word[0] >= 0x80, "infix keywords are in non-Latin scripts");
    Keyword {
        infix: true,
        ..kw(word, hint, false)
    }
}

const KEYWORDS: &[Keyword] = &[
    // Phone, EN / FR / DE / ES.
    kw(b"phone", Hint::Phone, false),
    kw(b"telephone", Hint::Phone, false),
    kw(b"tel", Hint::Phone, true),
    // (A toll transponder's badge, `badge télépéage 7687 …`, opens as
    // "tél" does: looked up first.)
    kw("télépéage".as_bytes(), Hint::Identifier, false),
    kw(b"t\xc3\xa9l", Hint::Phone, false),
    kw(b"mobile", Hint::Phone, false),
    kw(b"mob", Hint::Phone, true),
    kw(b"cell", Hint::Phone, false),
    kw(b"cel", Hint::Phone, true),
    call_verb(b"call", false),
    call_verb(b"ring", true),
    // ("Text me at …" asks to be texted at the number, as "call me on"
    // asks to be called; before the noun, which only labels.)
    call_verb(b"text me", true),
    call_verb(b"txt me", true),
    kw(b"text", Hint::Phone, true),
    kw(b"sms", Hint::Phone, true),
    // Portuguese "landline", Spanish "tfno.", British "direct dial in",
    // and an office's line in a signature (`Office: …`, with its colon
    // only: `post office (94129-0226)`).
    kw(b"fixo", Hint::Phone, true),
    kw(b"telm", Hint::Phone, true),
    kw(b"tfno", Hint::Phone, true),
    kw(b"ddi", Hint::Phone, true),
    kw(b"office:", Hint::Phone, false),
    kw(b"whatsapp", Hint::Phone, false),
    kw(b"ph", Hint::Phone, true),
    kw(b"gsm", Hint::Phone, true),
    // Signature labels: "T: …", "M: …", "P: …", "T. …", with their colon
    // or period only.
    kw(b"t:", Hint::Phone, false),
    kw(b"m:", Hint::Phone, false),
    kw(b"p:", Hint::Phone, false),
    kw(b"t.", Hint::Phone, true),
    kw(b"m.", Hint::Phone, true),
    // …and where one opens a signature's line, set off by a bar or a
    // space alone, or standing for fax, direct, cell, office, work or
    // home: `T | 36 94 75 36`, `M 31 18 20 42`, `F: 88 79 40 60`.
    line_label(b"t |"),
    line_label(b"m |"),
    line_label(b"p |"),
    line_label(b"t "),
    line_label(b"m "),
    line_label(b"p "),
    line_label(b"f:"),
    line_label(b"f |"),
    line_label(b"d:"),
    line_label(b"d |"),
    line_label(b"c:"),
    line_label(b"c |"),
    line_label(b"o:"),
    line_label(b"o |"),
    line_label(b"w:"),
    line_label(b"w |"),
    line_label(b"h:"),
    line_label(b"h |"),
    // Emoji that stand for the word: 📞, 📱, ☎.
    kw_infix("\u{1f4de}".as_bytes(), Hint::Phone),
    kw_infix("\u{1f4f1}".as_bytes(), Hint::Phone),
    kw_infix("\u{260e}".as_bytes(), Hint::Phone),
    kw(b"fax", Hint::Phone, true),
    kw(b"faks", Hint::Phone, true),
    // "Fax it to me": `Bitte faxen Sie das Rezept an …`, `faxer
    // l'ordonnance au …`, `faxear la receta al …`, `faksem na numer …`,
    // `faxem na …`.
    call_verb(b"faxen", true),
    call_verb(b"faxer", false),
    call_verb(b"faxez", true),
    call_verb(b"faxear", true),
    call_verb(b"faksem", true),
    call_verb(b"faxem", true),
    kw(b"faxnummer", Hint::Phone, false),
    // "(Does not) answer at": `no contesta al …`, `atende pelo …`.
    call_verb(b"contesta", true),
    call_verb(b"contestan", true),
    call_verb(b"atiende", true),
    call_verb(b"atende", true),
    call_verb(b"atendem", true),
    // Malay "(telefon) bimbit", a mobile.
    kw(b"bimbit", Hint::Phone, true),
    kw(b"tlf", Hint::Phone, true),
    kw(b"fone", Hint::Phone, true),
    kw(b"hotline", Hint::Phone, false),
    // (German glues the desk's name on: `Servicehotline: 0900 1 515191`.)
    kw(b"servicehotline", Hint::Phone, false),
    kw(b"kundenhotline", Hint::Phone, false),
    kw(b"servicetelefon", Hint::Phone, false),
    // Free and direct lines, and switchboards: `Numéro vert : 0 805 …`,
    // `Línea gratuita: 01 8000 …`, `Línea directa: (81) …`, `Direkte: 48
    // 77 52 63`, `Hovednummer: 80 12 96 49`, `Santral: 0216 …`, `总机:
    // 4008-…`, `מרכזיה: 1-800-…`, `الرقم الموحد: 920000379`.
    kw("numéro vert".as_bytes(), Hint::Phone, false),
    kw(b"numero vert", Hint::Phone, false),
    kw(b"numero verde", Hint::Phone, false),
    kw("número verde".as_bytes(), Hint::Phone, false),
    kw("línea gratuita".as_bytes(), Hint::Phone, false),
    kw(b"linea gratuita", Hint::Phone, false),
    kw("línea directa".as_bytes(), Hint::Phone, false),
    kw(b"linea directa", Hint::Phone, false),
    kw("línea de atención".as_bytes(), Hint::Phone, false),
    // Another number to reach the writer at (`My alternate number is 9951
    // 6358`, `nomor alternatif`, Hinglish `dusra number`).
    kw(b"alternate number", Hint::Phone, false),
    kw(b"alternative number", Hint::Phone, false),
    kw(b"nomor alternatif", Hint::Phone, false),
    kw(b"dusra number", Hint::Phone, false),
    // Which line a writer gives: "my work number", "home number".
    kw(b"work number", Hint::Phone, false),
    kw(b"home number", Hint::Phone, false),
    kw(b"office number", Hint::Phone, false),
    kw(b"doosra number", Hint::Phone, false),
    // A carrier's "line number" is the subscriber's phone number.
    kw("número de línea".as_bytes(), Hint::Phone, false),
    kw(b"numero de linea", Hint::Phone, false),
    kw(b"linha direta", Hint::Phone, false),
    kw(b"linha gratuita", Hint::Phone, false),
    // (Only where they label: "Ring direkte til mig på …" is a call
    // verb's number, which the adverb must not hide.)
    label_only(b"direto", Hint::Phone),
    label_only(b"directo", Hint::Phone),
    label_only(b"direkte", Hint::Phone),
    label_only(b"direkt", Hint::Phone),
    kw(b"switchboard", Hint::Phone, false),
    kw("přímá linka".as_bytes(), Hint::Phone, false),
    kw("البدالة".as_bytes(), Hint::Phone, false),
    // A company's main line, where the word is also an everyday one:
    // `Geral: 3003-6250` ("in general"), `Standard : 0 800 …`.
    label_only(b"geral", Hint::Phone),
    label_only(b"standard", Hint::Phone),
    // A vCard's `TEL;TYPE=WORK,VOICE:…`, a signature's `Voice: …`.
    kw(b"voice", Hint::Phone, true),
    kw(b"hovednummer", Hint::Phone, false),
    kw(b"sentralbord", Hint::Phone, false),
    kw("växel".as_bytes(), Hint::Phone, true),
    kw(b"vaihde", Hint::Phone, true),
    kw(b"santral", Hint::Phone, false),
    kw_infix("总机".as_bytes(), Hint::Phone),
    kw_infix("總機".as_bytes(), Hint::Phone),
    kw("מרכזיה".as_bytes(), Hint::Phone, false),
    kw("الرقم الموحد".as_bytes(), Hint::Phone, false),
    // A service desk's name labels its line (`Customer service: 1800 …`,
    // `고객센터: 1577-8125`): ahead of the customer's word it starts with,
    // which would name a record.
    kw(b"helpline", Hint::Phone, false),
    kw(b"help line", Hint::Phone, false),
    kw(b"call center", Hint::Phone, false),
    kw(b"call centre", Hint::Phone, false),
    kw(b"callcenter", Hint::Phone, false),
    kw(b"customer service", Hint::Phone, false),
    kw(b"customer care", Hint::Phone, false),
    kw(b"customer support", Hint::Phone, false),
    kw(b"service client", Hint::Phone, false),
    kw(b"kundenservice", Hint::Phone, false),
    kw(b"kundendienst", Hint::Phone, false),
    kw(b"kundeservice", Hint::Phone, false),
    kw(b"kundservice", Hint::Phone, false),
    kw(b"klantenservice", Hint::Phone, false),
    kw(b"asiakaspalvelu", Hint::Phone, false),
    kw(b"klienditugi", Hint::Phone, false),
    kw("klientų aptarnavim".as_bytes(), Hint::Phone, false),
    kw(b"klientu atbalst", Hint::Phone, false),
    kw(b"klicni cent", Hint::Phone, false),
    kw(b"layanan pelanggan", Hint::Phone, false),
    kw(b"khidmat pelanggan", Hint::Phone, false),
    kw("tổng đài".as_bytes(), Hint::Phone, false),
    kw("Tổng đài".as_bytes(), Hint::Phone, false),
    kw("ہیلپ لائن".as_bytes(), Hint::Phone, false),
    kw("உதவி எண்".as_bytes(), Hint::Phone, false),
    kw("מוקד שירות".as_bytes(), Hint::Phone, false),
    kw("שירות לקוחות".as_bytes(), Hint::Phone, false),
    kw("שירות הלקוחות".as_bytes(), Hint::Phone, false),
    // (Arabic glues its prepositions to the word: `بخدمة العملاء`, "with
    // customer service".)
    kw_infix("خدمة العملاء".as_bytes(), Hint::Phone),
    // Swahili "phone", "mobile phone"; "call me", "contact me".
    kw(b"simu ya mkononi", Hint::Phone, false),
    kw(b"simu", Hint::Phone, true),
    call_verb(b"nipigie", true),
    call_verb(b"wasiliana", true),
    // Finnish "(please) call" (`soittakaa minulle numeroon …`).
    call_verb(b"soittakaa", true),
    call_verb(b"soita", true),
    kw("מוקד".as_bytes(), Hint::Phone, false),
    kw_infix("고객센터".as_bytes(), Hint::Phone),
    kw_infix("客服".as_bytes(), Hint::Phone),
    kw(b"infolinia", Hint::Phone, false),
    kw("горячая линия".as_bytes(), Hint::Phone, false),
    kw("Горячая линия".as_bytes(), Hint::Phone, false),
    kw(b"central de atendimento", Hint::Phone, false),
    kw(b"line", Hint::Phone, true),
    kw(b"direct", Hint::Phone, true),
    call_verb(b"reach", true),
    // (Of someone else: `Customer can be reached on …`; not "we reached
    // … users".)
    call_verb(b"be reached", true),
    call_verb(b"reachable", true),
    // A delivery's driver, labelled so on a carrier's note (`Driver:
    // 07700 900123`, `Kierowca: 509371909`, `Motorista: (62) 97896
    // 0484`): the number of the person who will call.
    label_only(b"driver", Hint::Phone),
    label_only(b"kierowca", Hint::Phone),
    label_only(b"conductor", Hint::Phone),
    label_only(b"motorista", Hint::Phone),
    label_only(b"chofer", Hint::Phone),
    label_only(b"fahrer", Hint::Phone),
    // Spanish "contact me (at)", `contactarme en el …`, `contácteme al
    // …` (before "contact", which would take the same start).
    call_verb(b"contactar", false),
    call_verb(b"cont\xc3\xa1ct", false),
    kw(b"contact", Hint::Phone, false),
    // Portuguese "contact me (at)": `podem me contatar no …`.
    call_verb(b"contatar", false),
    // (Not an Italian meter, `contatore`, which opens as "contact" does:
    // looked up first.)
    kw(b"contatore", Hint::Identifier, false),
    kw(b"contato", Hint::Phone, false),
    kw(b"contatt", Hint::Phone, false),
    kw(b"kontakt", Hint::Phone, false),
    kw(b"telepon", Hint::Phone, false),
    kw(b"hubungi", Hint::Phone, false),
    // Indonesian and Malay "can be reached" (`bisa dihubungi di nomor …`).
    call_verb(b"dihubungi", true),
    // Hungarian "I am reachable" (`elérhető vagyok a … számon`; not
    // `elérhető egyenleg`, "available balance"), Greek "find me" (`μπορείτε
    // να με βρείτε στο …`).
    call_verb("elérhető vagyok".as_bytes(), true),
    call_verb("βρείτε".as_bytes(), true),
    call_verb("Βρείτε".as_bytes(), true),
    kw(b"portable", Hint::Phone, false),
    call_verb(b"appel", false),
    call_verb(b"rappel", false),
    call_verb(b"joindre", false),
    // "Reach me (at)" (`Rejoignez-moi au …`, `Joignez-moi au …`).
    call_verb(b"rejoignez", true),
    call_verb(b"joignez", true),
    // "Reachable at" asks to be called as much as "call me at" does.
    call_verb(b"joignable", false),
    kw(b"fixe", Hint::Phone, true),
    kw(b"telefon", Hint::Phone, false),
    // Turkish "from the number", after it: `505 219 71 91 numarasından geri
    // arayın` ("call back from the number …").
    kw("numarasından".as_bytes(), Hint::Phone, false),
    kw(b"numaradan", Hint::Phone, false),
    kw("numarasını".as_bytes(), Hint::Phone, false),
    // …and "to the number" (`530 467 54 26 numarasına SMS atın`).
    kw("numarasına".as_bytes(), Hint::Phone, false),
    // Latvian "telephone" (`Tālrunis`, `Tālr.`).
    kw("tālr".as_bytes(), Hint::Phone, false),
    kw(b"handy", Hint::Phone, false),
    kw(b"mobil", Hint::Phone, false),
    kw(b"rufnummer", Hint::Phone, false),
    call_verb(b"ruf", false),
    kw(b"r\xc3\xbcckruf", Hint::Phone, false),
    call_verb(b"anruf", false),
    call_verb(b"erreichbar", false),
    call_verb(b"erreichen", true),
    kw(b"durchwahl", Hint::Phone, false),
    kw(b"festnetz", Hint::Phone, false),
    kw(b"zentrale", Hint::Phone, false),
    kw(b"tel\xc3\xa9fono", Hint::Phone, false),
    kw(b"telefono", Hint::Phone, false),
    kw(b"m\xc3\xb3vil", Hint::Phone, false),
    kw(b"movil", Hint::Phone, false),
    kw(b"celular", Hint::Phone, false),
    kw(b"celu", Hint::Phone, true),
    kw(b"tlm", Hint::Phone, true),
    call_verb(b"llam", false),
    call_verb(b"marcar", true),
    // "I called" (`Hablé al 871 852 61 23 y nadie contesta`), and Costa
    // Rica's payments to a mobile number (`Le hice el SINPE al 6824 7501`,
    // `SINPE Móvil 8449 9158`).
    call_verb(b"habl\xc3\xa9 al", true),
    call_verb(b"sinpe al", true),
    kw(b"sinpe m\xc3\xb3vil", Hint::Phone, true),
    kw(b"sinpe movil", Hint::Phone, true),
    call_verb(b"ll\xc3\xa1m", false),
    // Phone, IT / PT / NL / HI / JA. (telefono, telefone, cellulare,
    // centralino are matched by the words above or below as prefixes.)
    // (Whole words: `Chiamaka` is a name.)
    call_verb(b"chiama", true),
    call_verb(b"chiamami", true),
    call_verb(b"chiamaci", true),
    call_verb(b"chiamare", true),
    call_verb(b"chiamarmi", true),
    call_verb(b"chiamarci", true),
    call_verb(b"chiamata", true),
    call_verb(b"chiamate", true),
    call_verb(b"chiamateci", true),
    call_verb(b"chiamatemi", true),
    call_verb(b"chiamato", true),
    call_verb(b"chiamo", true),
    call_verb(b"chiamando", true),
    call_verb("chiamerò".as_bytes(), true),
    call_verb(b"richiam", false),
    call_verb(b"raggiungibile", false),
    call_verb(b"reperibile", false),
    // Spanish "reachable" and "reach me", Swedish "rang" and "call",
    // Turkish "called" (after the number: `… numarasından aradı`).
    call_verb(b"localizable", false),
    call_verb(b"localizar", false),
    // Spanish "available at" (`estoy disponible en el …`).
    call_verb(b"disponible en el", true),
    call_verb(b"disponible al", true),
    // Norwegian and Danish "reach me", "catch me", "can be reached".
    call_verb("når meg".as_bytes(), true),
    call_verb("nå meg".as_bytes(), true),
    call_verb("når mig".as_bytes(), true),
    call_verb("nå mig".as_bytes(), true),
    call_verb(b"fange mig", true),
    call_verb(b"treffes", true),
    call_verb("træffes".as_bytes(), true),
    call_verb(b"ringde", true),
    call_verb(b"ringa", true),
    // Danish and Norwegian "call" (`I kan ringe til mig på …`).
    call_verb(b"ringe", true),
    // Latvian and Lithuanian "call", "call back" (`Zvaniet man`,
    // `perskambinti numeriu`).
    call_verb(b"zvan", false),
    call_verb(b"piezvan", false),
    call_verb(b"skambin", false),
    call_verb(b"perskambin", false),
    call_verb("aradı".as_bytes(), true),
    call_verb("arayın".as_bytes(), true),
    call_verb("ulaşabilir".as_bytes(), false),
    call_verb("ulaşın".as_bytes(), true),
    kw(b"central", Hint::Phone, false),
    kw(b"telem\xc3\xb3vel", Hint::Phone, false),
    // (Its abbreviation in a signature: `Telem.: 933974818`.)
    kw(b"telem", Hint::Phone, true),
    kw(b"telemovel", Hint::Phone, false),
    call_verb(b"ligar", false),
    call_verb(b"falar comigo", true),
    call_verb(b"ligue", false),
    // Portuguese, German and Dutch "called" (`o cliente ligou do …`,
    // `Kunde hat angerufen (…)`, `klant heeft gebeld vanaf …`).
    call_verb(b"ligou", true),
    call_verb(b"liguei", true),
    call_verb(b"angerufen", true),
    call_verb(b"gebeld", true),
    kw(b"telefoon", Hint::Phone, false),
    kw(b"mobiel", Hint::Phone, false),
    call_verb(b"bel", true),
    call_verb(b"bellen", false),
    kw(b"bereikbaar", Hint::Phone, false),
    // Hindi: phone (with a combining nukta, precomposed, and without),
    // mobile, call, WhatsApp.
    kw(
        "\u{92b}\u{93c}\u{94b}\u{928}".as_bytes(),
        Hint::Phone,
        false,
    ),
    kw("\u{95e}\u{94b}\u{928}".as_bytes(), Hint::Phone, false),
    kw("फोन".as_bytes(), Hint::Phone, false),
    kw("मोबाइल".as_bytes(), Hint::Phone, false),
    // Phone, mobile and contact words and call verbs of a review's less
    // common languages: Marathi, Malayalam, Tamil, Telugu, Georgian,
    // Armenian, Greek ("contact"), Burmese, Thai ("contact"), Kazakh
    // ("contact"); Slovenian, Latvian and Lithuanian "call (me back)",
    // Spanish "reach (me) at", Georgian "call me".
    kw("मोबाईल".as_bytes(), Hint::Phone, false),
    kw("ഫോൺ".as_bytes(), Hint::Phone, false),
    kw("മൊബൈൽ".as_bytes(), Hint::Phone, false),
    kw("தொலைபேசி".as_bytes(), Hint::Phone, false),
    kw("கைபேசி".as_bytes(), Hint::Phone, false),
    kw("ఫోన్".as_bytes(), Hint::Phone, false),
    kw("ტელეფონ".as_bytes(), Hint::Phone, false),
    kw("მობილურ".as_bytes(), Hint::Phone, false),
    kw("հեռախոս".as_bytes(), Hint::Phone, false),
    kw("επικοινων".as_bytes(), Hint::Phone, false),
    kw("Επικοινων".as_bytes(), Hint::Phone, false),
    kw_infix("ဖုန်း".as_bytes(), Hint::Phone),
    kw_infix("မိုဘိုင်း".as_bytes(), Hint::Phone),
    kw_infix("ဆက်သွယ်ရန်".as_bytes(), Hint::Phone),
    kw_infix("ติดต่อ".as_bytes(), Hint::Phone),
    kw("байланыс".as_bytes(), Hint::Phone, false),
    kw("Байланыс".as_bytes(), Hint::Phone, false),
    call_verb("poklič".as_bytes(), false),
    call_verb("Poklič".as_bytes(), false),
    call_verb(b"atzvan", false),
    call_verb(b"paskambin", false),
    call_verb(b"comunicarse", true),
    call_verb("comuníquese".as_bytes(), true),
    call_verb("დამირეკ".as_bytes(), false),
    call_verb("გადმომირეკ".as_bytes(), false),
    call_verb("զանգ".as_bytes(), false),
    call_verb("कॉल".as_bytes(), false),
    kw("संपर्क".as_bytes(), Hint::Phone, false),
    kw("व्हाट्सएप".as_bytes(), Hint::Phone, false),
    // Japanese: telephone, mobile.
    kw_infix("電話".as_bytes(), Hint::Phone),
    kw_infix("携帯".as_bytes(), Hint::Phone),
    // "(Is) reachable (at)" (`日中は17668625921につながります`).
    kw_infix("つながり".as_bytes(), Hint::Phone),
    // "Call back" (`折り返しは0312345678にお願いします`).
    call_verb_infix("折り返し".as_bytes()),
    kw_infix("連絡先".as_bytes(), Hint::Phone),
    // Chinese: telephone, mobile, contact.
    kw_infix("电话".as_bytes(), Hint::Phone),
    // "(Please) dial", "call": `请拨打13812345678`.
    call_verb_infix("拨打".as_bytes()),
    // The same in traditional characters, and "please dial" (`請撥…`).
    call_verb_infix("撥打".as_bytes()),
    call_verb_infix("請撥".as_bytes()),
    call_verb_infix("请拨".as_bytes()),
    // "Can call", "call (him/her)": `快递员可以打155…`, `打给我`; not 打
    // alone, which opens "discount" and "open" too.
    call_verb_infix("可以打".as_bytes()),
    call_verb_infix("打给".as_bytes()),
    call_verb_infix("打電話".as_bytes()),
    call_verb_infix("打电话".as_bytes()),
    call_verb_infix("致电".as_bytes()),
    // "Call back" (`请回电19347532818`).
    call_verb_infix("回电".as_bytes()),
    call_verb_infix("回電".as_bytes()),
    // "Incoming call" (`客户来电13812345678`: the customer called from).
    kw_infix("来电".as_bytes(), Hint::Phone),
    kw_infix("手机".as_bytes(), Hint::Phone),
    // Traditional Chinese "mobile", and Cantonese "handheld" (`手提：…`).
    kw_infix("手機".as_bytes(), Hint::Phone),
    kw_infix("手提".as_bytes(), Hint::Phone),
    // "Call" right before the number (`打28695276搵我`); only there, as 打
    // opens "discount" and "open" too (`打折 …`).
    Keyword {
        labels_only: true,
        ..call_verb_infix("打".as_bytes())
    },
    kw_infix("联系".as_bytes(), Hint::Phone),
    kw_infix("传真".as_bytes(), Hint::Phone),
    // Traditional "contact" and "fax", Cantonese as Hong Kong writes it
    // (`唔該盡快聯絡96627640`); "hotline" and "direct line" in both.
    kw_infix("聯絡".as_bytes(), Hint::Phone),
    kw_infix("联络".as_bytes(), Hint::Phone),
    kw_infix("聯繫".as_bytes(), Hint::Phone),
    kw_infix("傳真".as_bytes(), Hint::Phone),
    kw_infix("熱線".as_bytes(), Hint::Phone),
    kw_infix("热线".as_bytes(), Hint::Phone),
    kw_infix("直线".as_bytes(), Hint::Phone),
    kw_infix("直線".as_bytes(), Hint::Phone),
    // WeChat, whose id is often the phone number (`微信同号 2839 0635`).
    kw_infix("微信".as_bytes(), Hint::Phone),
    // Korean: telephone, mobile, contact.
    // (Also inside a compound: `대표전화`, the main line, `휴대전화`.)
    kw_infix("전화".as_bytes(), Hint::Phone),
    kw("휴대".as_bytes(), Hint::Phone, false),
    kw("핸드폰".as_bytes(), Hint::Phone, false),
    kw("연락처".as_bytes(), Hint::Phone, false),
    // "Contact (me)" (`…로 연락 주세요`).
    kw("연락".as_bytes(), Hint::Phone, false),
    kw("팩스".as_bytes(), Hint::Phone, false),
    // Russian and Ukrainian (either case: only ASCII is lowercased):
    // tel., mob., telephone, cellular, call.
    kw("тел".as_bytes(), Hint::Phone, true),
    kw("Тел".as_bytes(), Hint::Phone, true),
    kw("моб".as_bytes(), Hint::Phone, false),
    kw("Моб".as_bytes(), Hint::Phone, false),
    kw("телефон".as_bytes(), Hint::Phone, false),
    kw("Телефон".as_bytes(), Hint::Phone, false),
    kw("сотов".as_bytes(), Hint::Phone, false),
    kw("Сотов".as_bytes(), Hint::Phone, false),
    call_verb("звон".as_bytes(), false),
    // "Get in touch" (`связаться по …`, `свяжитесь со мной по …`; not
    // `в связи с`, "due to").
    call_verb("связаться".as_bytes(), true),
    call_verb("свяж".as_bytes(), false),
    call_verb("Свяж".as_bytes(), false),
    kw("факс".as_bytes(), Hint::Phone, false),
    call_verb("перезвон".as_bytes(), false),
    call_verb("Перезвон".as_bytes(), false),
    call_verb("позвон".as_bytes(), false),
    call_verb("Позвон".as_bytes(), false),
    kw("т.".as_bytes(), Hint::Phone, true),
    kw("Факс".as_bytes(), Hint::Phone, false),
    call_verb("Звон".as_bytes(), false),
    // Greek: tel., mobile.
    kw("τηλ".as_bytes(), Hint::Phone, false),
    kw("Τηλ".as_bytes(), Hint::Phone, false),
    call_verb("καλέστε".as_bytes(), false),
    call_verb("Καλέστε".as_bytes(), false),
    kw("κιν".as_bytes(), Hint::Phone, false),
    kw("Κιν".as_bytes(), Hint::Phone, false),
    // Arabic and Hebrew: telephone, mobile.
    kw("هاتف".as_bytes(), Hint::Phone, false),
    kw("الهاتف".as_bytes(), Hint::Phone, false),
    kw("جوال".as_bytes(), Hint::Phone, false),
    kw("الجوال".as_bytes(), Hint::Phone, false),
    kw("موبايل".as_bytes(), Hint::Phone, false),
    kw("טלפון".as_bytes(), Hint::Phone, false),
    kw("נייד".as_bytes(), Hint::Phone, false),
    // Turkish, Indonesian, Vietnamese, Thai, Polish.
    kw(b"cep", Hint::Phone, true),
    kw(b"hp", Hint::Phone, true),
    kw(b"telp", Hint::Phone, true),
    kw(b"wa", Hint::Phone, true),
    kw("sđt".as_bytes(), Hint::Phone, false),
    // (Typed without its diacritic, as keys and quick chats write it.)
    kw(b"sdt", Hint::Phone, true),
    kw("điện thoại".as_bytes(), Hint::Phone, false),
    // …capitalised (only ASCII is lowercased), shortened (`ĐT:`), and a
    // direct line's `trực tiếp`.
    kw("Điện thoại".as_bytes(), Hint::Phone, false),
    kw("ĐT".as_bytes(), Hint::Phone, true),
    kw("đt".as_bytes(), Hint::Phone, true),
    kw("trực tiếp".as_bytes(), Hint::Phone, false),
    kw("Trực tiếp".as_bytes(), Hint::Phone, false),
    kw_infix("โทร".as_bytes(), Hint::Phone),
    kw_infix("เบอร์".as_bytes(), Hint::Phone),
    kw(b"zalo", Hint::Phone, true),
    // Messengers named for the number they reach: Viber, and Brazil's
    // WhatsApp by its nicknames (`me chama no whats`, `zap`).
    kw(b"viber", Hint::Phone, true),
    kw(b"whats", Hint::Phone, true),
    kw(b"zap", Hint::Phone, true),
    // …and Spanish-speaking America's and Russia's (`mi wasap`, `wsp`,
    // `вотсап`).
    kw(b"wasap", Hint::Phone, true),
    kw(b"guasap", Hint::Phone, true),
    kw(b"wsp", Hint::Phone, true),
    kw(b"wpp", Hint::Phone, true),
    kw("вотсап".as_bytes(), Hint::Phone, false),
    kw("Вотсап".as_bytes(), Hint::Phone, false),
    kw("ватсап".as_bytes(), Hint::Phone, false),
    kw("Ватсап".as_bytes(), Hint::Phone, false),
    kw("вацап".as_bytes(), Hint::Phone, false),
    kw("Вацап".as_bytes(), Hint::Phone, false),
    kw(b"kom\xc3\xb3rk", Hint::Phone, false),
    // Uppercase Vietnamese (`SĐT`: only ASCII is lowercased), Polish
    // `tel. kom.`, Czech, Chilean `fono`, Brazilian `me liga`, Mexican
    // `márqueme`, Polish and Czech "call", Arabic "call" and "my number",
    // Swahili and Filipino.
    kw("s\u{110}t".as_bytes(), Hint::Phone, false),
    kw(b"kom", Hint::Phone, true),
    call_verb(b"zavolej", false),
    call_verb(b"zavolat", false),
    // Czech "a call (at)" (`zavolání na číslo …`), Croatian and Serbian
    // "call" (`nazovite me`, `nazovete na broj …`).
    call_verb(b"zavol\xc3\xa1n\xc3\xad", false),
    call_verb(b"nazov", false),
    call_verb(b"volejte", false),
    call_verb(b"zadzwo", false),
    call_verb(b"dzwo", false),
    call_verb(b"skontaktowa", false),
    // "Call back" (`proszę oddzwonić na …`).
    call_verb(b"oddzwo", false),
    kw(b"fono", Hint::Phone, true),
    call_verb(b"me liga", true),
    // Czech "reach me at number", Greek "TEL." and "call me",
    // the English past of "ring", and a call centre's caller line
    // identity.
    call_verb(b"zastihn", false),
    call_verb("na čísle".as_bytes(), true),
    kw("ΤΗΛ".as_bytes(), Hint::Phone, false),
    call_verb("καλέσ".as_bytes(), false),
    call_verb(b"rang", true),
    label_only(b"cli", Hint::Phone),
    call_verb(b"m\xc3\xa1rqueme", true),
    call_verb(b"marqueme", true),
    call_verb(b"m\xc3\xa1rcame", true),
    call_verb(b"marcame", true),
    // (Asked of more than one: `Por favor márquenme al …`.)
    call_verb(b"m\xc3\xa1rquenme", true),
    call_verb(b"marquenme", true),
    call_verb("اتصل".as_bytes(), false),
    // Its verbal noun, "calling (me on)": `يرجى الاتصال بي على`.
    call_verb("الاتصال".as_bytes(), false),
    // Egyptian "call me" (`كلمني على …`), and "(does not) answer on"
    // (`لا يرد على …`).
    call_verb("كلمني".as_bytes(), true),
    call_verb("كلمنى".as_bytes(), true),
    call_verb("كلموني".as_bytes(), true),
    call_verb("يرد على".as_bytes(), true),
    call_verb("ترد على".as_bytes(), true),
    kw("رقمي".as_bytes(), Hint::Phone, false),
    call_verb(b"tawag", false),
    call_verb(b"pakitawag", false),
    kw(b"namba yangu", Hint::Phone, false),
    // Swahili and Luganda "meter", isiXhosa "(at the) meter" (`ku mita
    // 01436548842`, `kwimitha …`): a prepaid meter's number.
    kw(b"mita", Hint::Identifier, true),
    kw(b"imitha", Hint::Identifier, true),
    kw(b"kwimitha", Hint::Identifier, true),
    // isiZulu and isiXhosa "call me" (`Ngishayele ku-062 …`,
    // `Unditsalele ku-27833292175`).
    call_verb(b"ngishayele", true),
    call_verb(b"ungishayele", true),
    call_verb(b"shayela", true),
    call_verb(b"unditsalele", true),
    call_verb(b"nditsalele", true),
    call_verb(b"ndifowunele", true),
    // Luganda, isiZulu and Afrikaans "my number", and Afrikaans "cell
    // phone" (`Ennamba yange eri …`, `Inombolo yami ngu …`, `selfoon`).
    my_number(b"ennamba yange"),
    // Shona, Chichewa, Twi, Krio, Hausa and Igbo "my (phone) number"
    // (`Nhamba yangu ndi …`, `Nambala yanga ndi …`, `Me fon nɔma ne …`,
    // `Mi nɔmba na …`, `lambar waya ta`, `Nọmba ekwentị m bụ …`).
    my_number(b"nhamba yangu"),
    my_number(b"nambala yanga"),
    my_number("fon nɔma".as_bytes()),
    my_number("mi nɔmba".as_bytes()),
    my_number(b"lambar waya"),
    my_number("nọmba ekwentị".as_bytes()),
    // "Call me (at)", "reach me at", "I can be found at" in Swahili,
    // Kinyarwanda, Chichewa, Twi and Shona (`Tafadhali piga …`,
    // `Unaweza kunipata kwa …`, `Mwampamagara kuri …`, `ndiimbireni pa
    // …`, `frɛ me wɔ …`, `Ndinowanikwa pa …`).
    call_verb(b"piga", true),
    call_verb(b"kunipata", true),
    call_verb(b"mwampamagara", true),
    call_verb(b"ndiimbireni", true),
    call_verb("frɛ me".as_bytes(), true),
    call_verb(b"ndinowanikwa", true),
    // Money sent to a wrong number: a mobile money account's, a phone's
    // (`I sent to the wrong number 2349026472411`, Swahili `kwa namba
    // isiyo sahihi`, Luganda `ku namba enkyamu`, Shona `kunhamba
    // isiriyo`).
    kw(b"wrong number", Hint::Phone, false),
    kw(b"namba isiyo sahihi", Hint::Phone, false),
    kw(b"namba enkyamu", Hint::Phone, false),
    kw(b"nhamba isiriyo", Hint::Phone, false),
    my_number(b"inombolo yami"),
    my_number(b"my nommer"),
    kw(b"selfoon", Hint::Phone, false),
    call_verb("gọi".as_bytes(), true),
    // Romanian, Hungarian and Finnish: call; Finnish: telephone.
    call_verb(b"suna", false),
    call_verb(b"sun\xc4\x83", false),
    call_verb(b"h\xc3\xadv", false),
    call_verb(b"soita", false),
    // Finnish "reach" (`Minut tavoittaa numerosta …`; not `tavoite`, a
    // target).
    call_verb(b"tavoitta", false),
    kw(b"puhelin", Hint::Phone, false),
    kw(b"matkapuhelin", Hint::Phone, false),
    kw(b"puh", Hint::Phone, true),
    // Estonian: mobile, and "call (at the number)"; Latvian: telephone,
    // abbreviated `Tālr.`.
    kw(b"mobiil", Hint::Phone, false),
    call_verb(b"helistage", false),
    call_verb(b"helista", true),
    kw("tālr".as_bytes(), Hint::Phone, true),
    kw("tālrun".as_bytes(), Hint::Phone, false),
    kw(b"talrunis", Hint::Phone, false),
    // A second line offered: `landline`, `alt. 41 22 54 43`.
    kw(b"landline", Hint::Phone, false),
    label_only(b"alt", Hint::Phone),
    // A subscriber number's name in telecom systems.
    kw(b"msisdn", Hint::Phone, true),
    // "My number": in a message, the writer's own number is a phone
    // number. ("Number" alone also names orders and invoices.)
    my_number(b"my number"),
    my_number(b"my phone"),
    my_number(b"best number"),
    // A new number is a phone's, where a customer says so: "my new
    // number is …", "Nomor baru saya …", "Naya number … hai".
    my_number(b"new number"),
    my_number(b"nytt nummer"),
    my_number(b"nyt nummer"),
    my_number(b"nuevo n\xc3\xbamero"),
    my_number(b"novo n\xc3\xbamero"),
    my_number(b"nouveau num\xc3\xa9ro"),
    my_number(b"neue nummer"),
    my_number(b"nuovo numero"),
    my_number(b"nieuwe nummer"),
    my_number(b"nowy numer"),
    my_number(b"nomor baru"),
    my_number(b"naya number"),
    my_number(b"mera number"),
    // Nepali and Bengali "my number", in Roman script; a bank's
    // "registered mobile number"; Bengali "call (me)".
    my_number(b"mero number"),
    // A telecom customer's "my line", Spanish "(call) at number",
    // French "incoming call from", Arabic "WhatsApp" (with its article
    // glued: `على الواتساب`).
    my_number("mi línea".as_bytes()),
    my_number(b"mi linea"),
    kw("al número".as_bytes(), Hint::Phone, false),
    kw(b"appel entrant", Hint::Phone, false),
    kw_infix("واتساب".as_bytes(), Hint::Phone),
    my_number(b"amar number"),
    kw(b"rmn", Hint::Phone, true),
    kw("কল করুন".as_bytes(), Hint::Phone, false),
    kw("새 번호".as_bytes(), Hint::Phone, false),
    my_number("yeni numaram".as_bytes()),
    my_number("новый номер".as_bytes()),
    my_number("Новый номер".as_bytes()),
    kw_infix("新号码".as_bytes(), Hint::Phone),
    kw_infix("新しい番号".as_bytes(), Hint::Phone),
    my_number(b"mi n\xc3\xbamero"),
    my_number(b"mi numero"),
    // (And their plural, for the numbers a writer gives: `mis números 33
    // 30 11 18 63 / 3315975345`.)
    my_number(b"mis n\xc3\xbameros"),
    my_number(b"mis numeros"),
    my_number(b"meus n\xc3\xbameros"),
    my_number(b"mes num\xc3\xa9ros"),
    my_number(b"miei numeri"),
    my_number(b"meu n\xc3\xbamero"),
    my_number(b"meu numero"),
    my_number(b"mon num\xc3\xa9ro"),
    my_number(b"mon numero"),
    my_number(b"mio numero"),
    my_number(b"meine nummer"),
    my_number(b"mijn nummer"),
    my_number(b"mitt nummer"),
    // (Danish; German's "mit Nummer" is "with number".)
    my_number(b"mit nummer er"),
    my_number(b"m\xc3\xb3j numer"),
    my_number(b"moje \xc4\x8d\xc3\xadslo"),
    my_number(b"numero ko"),
    my_number("мій номер".as_bytes()),
    my_number("Мій номер".as_bytes()),
    // Russian "at the number" (`перезвоните мне, пожалуйста, по номеру
    // …`; `по номеру заказа` names an order's).
    my_number("по номеру".as_bytes()),
    // "To the number", as a transfer or a call is made (`blik na numer …`,
    // `по СБП на номер …`).
    my_number(b"na numer"),
    my_number("на номер".as_bytes()),
    // Portuguese "call me", Spanish "send me (a message)", German "get in
    // touch", French "my line", and mobile money wallets named for the
    // number they hold (`mon numéro Orange Money`, `Numéro Wave :`).
    call_verb(b"me chama", true),
    call_verb(b"m\xc3\xa1ndame", true),
    call_verb(b"mandame", true),
    call_verb(b"meld dich", true),
    my_number(b"ma ligne"),
    // A second number, and "my number" in Tunisian and Moroccan Arabic
    // written in Latin letters; Wolof "call me (at)".
    my_number(b"deuxi\xc3\xa8me num\xc3\xa9ro"),
    my_number(b"noumrou"),
    my_number(b"ra9mi"),
    call_verb(b"woo ma", true),
    // An office's line in a signature (`Bureau : 27 23 30 05 16`).
    label_only(b"bureau", Hint::Phone),
    kw(b"orange money", Hint::Phone, false),
    my_number(b"num\xc3\xa9ro wave"),
    // A voicemail's caller (`Voicemail from 2019296679 received …`).
    kw(b"voicemail from", Hint::Phone, false),
    // Callback number (`Rückrufnummer`, `rueckrufnummer=…`).
    kw(b"r\xc3\xbcckruf", Hint::Phone, false),
    kw(b"rueckruf", Hint::Phone, false),
    // Russian "for contact" (`Номер для связи — …`, `телефон для связи`).
    kw("для связи".as_bytes(), Hint::Phone, false),
    // Belarusian "tel.", and Georgian "tel.", "mob." and "at the number".
    kw("тэл".as_bytes(), Hint::Phone, false),
    kw("Тэл".as_bytes(), Hint::Phone, false),
    kw("ტელ".as_bytes(), Hint::Phone, false),
    kw("მობ".as_bytes(), Hint::Phone, false),
    my_number("ნომერზე".as_bytes()),
    kw("Для связи".as_bytes(), Hint::Phone, false),
    my_number("мой номер".as_bytes()),
    // Norwegian "my number" as it is said, and Indonesian's (`ini
    // nomorku`).
    my_number(b"nummeret mitt"),
    my_number(b"nomorku"),
    my_number("Мой номер".as_bytes()),
    // Card.
    // Cards that pay for nothing, named in one word (see
    // `OTHER_CARD_BEFORE`): before the customer's and the card's words
    // they start with.
    kw(b"geschenkkarte", Hint::OtherCard, false),
    kw(b"gutscheinkarte", Hint::OtherCard, false),
    kw(b"kundenkarte", Hint::OtherCard, false),
    kw(b"treuekarte", Hint::OtherCard, false),
    kw(b"bonuskarte", Hint::OtherCard, false),
    kw(b"mitgliedskarte", Hint::OtherCard, false),
    kw(b"clubcard", Hint::OtherCard, false),
    kw(b"giftcard", Hint::OtherCard, false),
    kw(b"cadeaukaart", Hint::OtherCard, false),
    kw(b"klantenkaart", Hint::OtherCard, false),
    kw(b"bonuskaart", Hint::OtherCard, false),
    kw(b"presentkort", Hint::OtherCard, false),
    kw(b"gavekort", Hint::OtherCard, false),
    kw(b"lahjakortti", Hint::OtherCard, false),
    kw("ajándékkártya".as_bytes(), Hint::OtherCard, false),
    kw(b"medlemskort", Hint::OtherCard, false),
    kw(b"kundkort", Hint::OtherCard, false),
    kw(b"kundekort", Hint::OtherCard, false),
    kw(b"bonuskort", Hint::OtherCard, false),
    kw(b"klubbkort", Hint::OtherCard, false),
    kw(b"vale-presente", Hint::OtherCard, false),
    kw(b"vale presente", Hint::OtherCard, false),
    kw("cartão-presente".as_bytes(), Hint::OtherCard, false),
    kw_infix("บัตรของขวัญ".as_bytes(), Hint::OtherCard),
    kw_infix("บัตรสมาชิก".as_bytes(), Hint::OtherCard),
    kw(b"card", Hint::Card, false),
    // (Before `carte`: a health plan's member card names its number.)
    kw(b"carteirinha", Hint::Identifier, false),
    kw(b"carte", Hint::Card, false),
    kw(b"karte", Hint::Card, false),
    kw(b"kreditkarte", Hint::Card, false),
    kw(b"tarjeta", Hint::Card, false),
    kw(b"carta", Hint::Card, true),
    kw(b"cart\xc3\xa3o", Hint::Card, false),
    kw(b"kaart", Hint::Card, false),
    kw(b"visa", Hint::Card, true),
    kw(b"mastercard", Hint::Card, false),
    kw(b"amex", Hint::Card, true),
    kw(b"uatp", Hint::Card, true),
    kw(b"cb", Hint::Card, true),
    kw(b"cc", Hint::Card, true),
    kw(b"pan", Hint::Card, true),
    kw("कार्ड".as_bytes(), Hint::Card, false),
    kw_infix("カード".as_bytes(), Hint::Card),
    // Scandinavian, Indonesian, Slavic, Turkish, Hungarian, Greek, Hebrew,
    // Korean, Thai, Vietnamese, Chinese and Arabic words for a card.
    // ("Kart" alone is also a map.)
    kw(b"kortnummer", Hint::Card, false),
    kw(b"kortnr", Hint::Card, false),
    kw(b"betalingskort", Hint::Card, false),
    kw(b"kartu", Hint::Card, true),
    kw(b"karta", Hint::Card, true),
    kw(b"karty", Hint::Card, true),
    kw("kartą".as_bytes(), Hint::Card, true),
    kw("kartı".as_bytes(), Hint::Card, false),
    kw("kártya".as_bytes(), Hint::Card, false),
    kw("карт".as_bytes(), Hint::Card, false),
    kw("Карт".as_bytes(), Hint::Card, false),
    kw("κάρτα".as_bytes(), Hint::Card, false),
    kw("כרטיס".as_bytes(), Hint::Card, false),
    kw_infix("카드".as_bytes(), Hint::Card),
    kw_infix("บัตรเครดิต".as_bytes(), Hint::Card),
    kw("thẻ".as_bytes(), Hint::Card, true),
    kw_infix("卡号".as_bytes(), Hint::Card),
    kw_infix("信用卡".as_bytes(), Hint::Card),
    kw("بطاقة".as_bytes(), Hint::Card, false),
    // Arabic WhatsApp.
    kw("واتساب".as_bytes(), Hint::Phone, false),
    kw("واتس".as_bytes(), Hint::Phone, true),
    // Credit and bank cards in words of their own, glued or after an
    // article: Dutch, Scandinavian, Finnish, Hungarian, South Slavic,
    // Malay, Thai ("card number", but not "เลขบัตรประชาชน", an id card's),
    // Arabic ("the card", "my card"). Danish "kort" alone, a card's
    // word before a number in a card's length that passes Luhn, is
    // seldom "short" there.
    kw(b"creditcard", Hint::Card, false),
    kw(b"kreditkort", Hint::Card, false),
    kw(b"kort", Hint::Card, true),
    kw(b"kortti", Hint::Card, true),
    kw(b"pankkikortti", Hint::Card, false),
    kw(b"luottokortti", Hint::Card, false),
    kw("bankkártya".as_bytes(), Hint::Card, false),
    kw("hitelkártya".as_bytes(), Hint::Card, false),
    kw(b"kartica", Hint::Card, true),
    kw(b"kartice", Hint::Card, true),
    kw(b"kad", Hint::Card, true),
    kw("เลขบัตร".as_bytes(), Hint::Card, true),
    kw("البطاقة".as_bytes(), Hint::Card, false),
    kw("بطاقتي".as_bytes(), Hint::Card, false),
    // Identifiers.
    kw(b"order", Hint::Identifier, false),
    kw(b"ticket", Hint::Identifier, false),
    kw(b"invoice", Hint::Identifier, false),
    kw(b"tracking", Hint::Identifier, false),
    kw(b"track", Hint::Identifier, true),
    kw(b"shipment", Hint::Identifier, false),
    kw(b"parcel", Hint::Identifier, false),
    // Land parcels: an assessor's parcel number, a German cadastral one.
    kw(b"apn", Hint::Identifier, true),
    kw("flurstück".as_bytes(), Hint::Identifier, false),
    kw(b"flurstueck", Hint::Identifier, false),
    // Pakistan's and Turkey's identity numbers, Chile's tax roll; a
    // tracking number in Russian (`Трек-номер`).
    kw(b"cnic", Hint::Identifier, true),
    // An identity card (`CNI`), a Dutch foreign national's number
    // (`V-nummer`), German broadcasting fees' (`Beitragsnummer`), Austrian
    // policies and social security (`Polizzennummer`, `SV-Nummer`),
    // Belgium's national register, a Luxembourg client's number and a Dutch
    // payment reference (`betalingskenmerk`).
    kw(b"cni", Hint::Identifier, true),
    kw(b"v-nummer", Hint::Identifier, false),
    kw(b"beitragsnummer", Hint::Identifier, false),
    kw(b"polizze", Hint::Identifier, false),
    kw(b"sv-nummer", Hint::Identifier, false),
    kw(b"sv_nummer", Hint::Identifier, false),
    // (As a field's name reads: `{"label":"SV-Nummer",…}`.)
    kw(b"sv nummer", Hint::Identifier, false),
    kw(b"registre national", Hint::Identifier, false),
    kw(b"clientsnummer", Hint::Identifier, false),
    // (Sixteen digits, printed in fours, that may pass Luhn in RuPay's
    // range: vetoed as a voucher's number is.)
    kw(b"betalingskenmerk", Hint::OtherCard, false),
    // French "(insurance) policy": `Numéro de police 798.106.579`; English
    // calls the police, so only where it labels the number.
    label_only(b"police", Hint::Identifier),
    kw(b"tckn", Hint::Identifier, true),
    kw(b"rut", Hint::Identifier, true),
    kw("трек".as_bytes(), Hint::Identifier, false),
    kw("Трек".as_bytes(), Hint::Identifier, false),
    // A service request (`SR 645-708-7064`); only where it labels: `Sr.`
    // is also a title before a name.
    label_only(b"sr", Hint::Identifier),
    // Loans (where they label: a loan officer has a phone), Mexico's
    // interbank account number, an XRP destination tag, an identity
    // document.
    label_only_prefix(b"loan", Hint::Identifier),
    kw(b"kreditnummer", Hint::Identifier, false),
    kw(b"clabe", Hint::Identifier, true),
    kw(b"interbancari", Hint::Identifier, false),
    // A payment service provider's reference (`pspReference`, sixteen
    // digits that may fall in a card range).
    kw(b"psp", Hint::Identifier, false),
    kw(b"destination tag", Hint::Identifier, false),
    label_only_prefix(b"document", Hint::Identifier),
    kw(b"ref", Hint::Identifier, true),
    kw(b"reference", Hint::Identifier, false),
    kw(b"id", Hint::Identifier, true),
    kw(b"sku", Hint::Identifier, true),
    kw(b"serial", Hint::Identifier, false),
    kw(b"account", Hint::Account, false),
    // Its abbreviation in South Asian and British banking (`A/c No.`).
    kw(b"a/c", Hint::Account, false),
    kw(b"acct", Hint::Account, true),
    kw(b"kto", Hint::Account, true),
    // (Before `konto`: a Scandinavian bank account's number, which no
    // statement calls a card's, as English ones call it the account
    // number; so too Hungary's, and Denmark's bank registration number.)
    kw(b"kontonummer", Hint::Identifier, false),
    kw(b"kontonr", Hint::Identifier, false),
    kw("számlaszám".as_bytes(), Hint::Identifier, false),
    kw(b"reg.nr", Hint::Identifier, false),
    kw(b"konto", Hint::Account, false),
    kw(b"routing", Hint::Identifier, false),
    kw(b"trace", Hint::Identifier, true),
    kw(b"iban", Hint::Identifier, true),
    kw(b"transaction", Hint::Identifier, false),
    kw(b"txn", Hint::Identifier, true),
    // Transactions, insurance policies, prescriptions and orders in other
    // languages: their numbers pass Luhn's check as often as any.
    kw(b"transacci", Hint::Identifier, false),
    kw("transaç".as_bytes(), Hint::Identifier, false),
    kw(b"transacao", Hint::Identifier, false),
    kw(b"transazion", Hint::Identifier, false),
    kw(b"transaktion", Hint::Identifier, false),
    kw("אסמכתא".as_bytes(), Hint::Identifier, false),
    kw(b"vakuutus", Hint::Identifier, false),
    kw(b"versicherten", Hint::Identifier, false),
    kw(b"versicherung", Hint::Identifier, false),
    kw(b"polisy", Hint::Identifier, true),
    kw(b"polisa", Hint::Identifier, true),
    kw(b"polisnummer", Hint::Identifier, false),
    kw("poliçe".as_bytes(), Hint::Identifier, false),
    kw("apólice".as_bytes(), Hint::Identifier, false),
    kw(b"apolice", Hint::Identifier, false),
    kw("الوثيقة".as_bytes(), Hint::Identifier, false),
    kw(b"rx", Hint::Identifier, true),
    kw(b"rezept", Hint::Identifier, false),
    kw(b"prescription", Hint::Identifier, false),
    kw(b"receta", Hint::Identifier, false),
    kw(b"receita", Hint::Identifier, false),
    kw(b"ricetta", Hint::Identifier, false),
    kw(b"ordonnance", Hint::Identifier, false),
    kw_infix("处方".as_bytes(), Hint::Identifier),
    kw_infix("処方".as_bytes(), Hint::Identifier),
    // A prescriber's NPI; Canada's provincial health numbers (`BC PHN`,
    // `OHIP`, Québec's `RAMQ`).
    kw(b"npi", Hint::Identifier, true),
    kw(b"phn", Hint::Identifier, true),
    kw(b"ohip", Hint::Identifier, true),
    kw(b"ramq", Hint::Identifier, true),
    // Health care's records: a drug's National Drug Code (`NDC
    // 01976-7857-80`), a patient's file (`N. cartella`), a
    // policy in Hindi and Japanese (`पॉलिसी नंबर`, `証券番号`).
    kw(b"ndc", Hint::Identifier, true),
    // An insurer's approval of a treatment (`N° d'accord préalable`,
    // `Genehmigungsnr.`, `N.º de autorización`, `Senha de autorização`,
    // `Číslo schválení`, `승인번호`, `承認番号`, `رقم الموافقة`).
    kw("accord préalable".as_bytes(), Hint::Identifier, false),
    kw(b"genehmigung", Hint::Identifier, false),
    kw("autorización".as_bytes(), Hint::Identifier, false),
    kw(b"autorizacion", Hint::Identifier, false),
    kw("autorização".as_bytes(), Hint::Identifier, false),
    kw("schválení".as_bytes(), Hint::Identifier, false),
    kw_infix("승인번호".as_bytes(), Hint::Identifier),
    kw_infix("承認番号".as_bytes(), Hint::Identifier),
    kw("رقم الموافقة".as_bytes(), Hint::Identifier, false),
    kw(b"cartella", Hint::Identifier, false),
    kw("पॉलिसी".as_bytes(), Hint::Identifier, false),
    kw_infix("証券番号".as_bytes(), Hint::Identifier),
    // Tax assessments and payment slips: `Aanslagnummer`, `N° d'avis`,
    // `Kassenzeichen`, `Codice tributo`, `N.º de justificante`, `Nr
    // deklaracji`, `Tahakkuk no`, `납부번호`, `納付番号`, `कर संदर्भ`.
    kw(b"aanslag", Hint::Identifier, false),
    label_only(b"avis", Hint::Identifier),
    kw(b"kassenzeichen", Hint::Identifier, false),
    kw(b"tributo", Hint::Identifier, true),
    kw(b"justificante", Hint::Identifier, false),
    kw(b"deklaracj", Hint::Identifier, false),
    kw(b"tahakkuk", Hint::Identifier, false),
    kw_infix("납부".as_bytes(), Hint::Identifier),
    kw_infix("納付".as_bytes(), Hint::Identifier),
    kw("कर संदर्भ".as_bytes(), Hint::Identifier, false),
    kw("užsakym".as_bytes(), Hint::Identifier, false),
    kw_infix("คำสั่งซื้อ".as_bytes(), Hint::Identifier),
    kw(b"booking", Hint::Identifier, false),
    kw(b"confirmation", Hint::Identifier, false),
    // Bookings, references, vouchers and parcels in other languages, and
    // device ids: IMEI and ICCID are Luhn-valid by design, and a
    // reference or voucher code can start like a card and pass Luhn.
    kw(b"reservation", Hint::NotCard, false),
    kw(b"r\xc3\xa9servation", Hint::NotCard, false),
    kw(b"reserva", Hint::NotCard, false),
    kw(b"reservierung", Hint::NotCard, false),
    kw(b"prenotazion", Hint::NotCard, false),
    kw(b"rezervasyon", Hint::NotCard, false),
    kw(b"referenz", Hint::Identifier, false),
    kw(b"zahlungsref", Hint::Identifier, false),
    kw(b"referentie", Hint::Identifier, false),
    kw(b"riferimento", Hint::Identifier, false),
    kw(b"refer\xc3\xaancia", Hint::Identifier, false),
    kw(b"imei", Hint::NotCard, true),
    kw(b"imeisv", Hint::NotCard, true),
    kw(b"iccid", Hint::NotCard, true),
    kw(b"meid", Hint::NotCard, true),
    kw(b"voucher", Hint::OtherCard, false),
    // The codes a TV or a console shows to pair it with an account
    // (`"tv_code": "037 091 880 949"`), in groups a phone may have.
    kw(b"activation", Hint::Identifier, false),
    kw(b"pairing", Hint::Identifier, false),
    kw(b"tv code", Hint::Identifier, false),
    kw(b"tv_code", Hint::Identifier, false),
    kw(b"tvcode", Hint::Identifier, false),
    kw(b"gutschein", Hint::OtherCard, false),
    kw(b"coupon", Hint::NotCard, false),
    kw(b"promo", Hint::NotCard, false),
    kw(b"authori", Hint::NotCard, false),
    kw(b"auth", Hint::NotCard, true),
    kw(b"paket", Hint::NotCard, false),
    kw(b"paquete", Hint::NotCard, false),
    kw(b"pacco", Hint::NotCard, false),
    kw(b"pakket", Hint::NotCard, false),
    kw(b"przesy\xc5\x82k", Hint::NotCard, false),
    kw(b"kargo", Hint::NotCard, false),
    kw(b"pesanan", Hint::Identifier, false),
    kw("đơn hàng".as_bytes(), Hint::Identifier, false),
    kw("tham chiếu".as_bytes(), Hint::Identifier, false),
    // Memberships, and Australian and Russian bank details (account, BIK).
    kw(b"mitglied", Hint::OtherCard, false),
    // Order in Danish and Norwegian, Finnish, Hungarian, Ukrainian.
    kw(b"ordre", Hint::Identifier, false),
    kw(b"tilaus", Hint::Identifier, false),
    kw(b"rendel", Hint::NotCard, false),
    kw("замовлен".as_bytes(), Hint::Identifier, false),
    kw("Замовлен".as_bytes(), Hint::Identifier, false),
    kw(b"acc", Hint::Account, true),
    kw("бик".as_bytes(), Hint::Identifier, true),
    kw("БИК".as_bytes(), Hint::Identifier, true),
    kw("टिकट".as_bytes(), Hint::Identifier, false),
    // Chinese: customer, serial number, identity card.
    kw_infix("客户".as_bytes(), Hint::NotCard),
    kw_infix("编号".as_bytes(), Hint::Identifier),
    kw_infix("身份证".as_bytes(), Hint::Identifier),
    kw("vận đơn".as_bytes(), Hint::Identifier, false),
    // Korea's business registration number (`사업자등록번호 027-68-57950`).
    kw_infix("사업자".as_bytes(), Hint::Identifier),
    // A Turkish meter's number, an Arabic shipment's, a bank account's
    // RIB (`sayaç no: 0279200614`, `رقم الشحنة`, `RIB: 279 894 …`).
    kw("sayaç".as_bytes(), Hint::Identifier, false),
    kw("الشحنة".as_bytes(), Hint::Identifier, false),
    kw(b"rib", Hint::Identifier, true),
    // A utility's meter (`Matricola contatore`), a transit pass
    // (`Navigo`, `abonnement`), an invoice (`Laskun numero`), a case
    // (`Saksnummer`, `Número do processo`).
    kw(b"matricola", Hint::Identifier, false),
    // A car's spare part (`Das Ersatzteil 7701 026 198`, `reservdelen`,
    // `onderdeel`, `ricambio`, `repuesto`), a toll transponder (`toll
    // transponder 09246619628`, `badge télépéage`), a parcel (Czech
    // `číslo zásilky`).
    kw(b"ersatzteil", Hint::Identifier, false),
    kw(b"teilenummer", Hint::Identifier, false),
    kw(b"reservdel", Hint::Identifier, false),
    kw(b"onderdeel", Hint::Identifier, false),
    kw(b"ricambio", Hint::Identifier, false),
    kw(b"repuesto", Hint::Identifier, false),
    kw(b"recambio", Hint::Identifier, false),
    kw(b"transponder", Hint::Identifier, false),
    kw(b"telepeage", Hint::Identifier, false),
    kw(b"toll tag", Hint::Identifier, false),
    kw("zásilk".as_bytes(), Hint::Identifier, false),
    kw(b"navigo", Hint::Identifier, true),
    kw(b"abonnement", Hint::Identifier, false),
    kw(b"lasku", Hint::Identifier, false),
    kw(b"saksnummer", Hint::Identifier, false),
    kw(b"processo", Hint::Identifier, true),
    // Customers, bank accounts, bookings, frequent flyers, meetings,
    // tickets, tracking, confirmations, part numbers and invoices in the
    // languages a held-out review wrote them in. Words that are common
    // words too speak only as labels (`número de cuenta: …`).
    numbered_speaker(b"pelanggan"),
    numbered_speaker("לקוח".as_bytes()),
    numbered_speaker("العميل".as_bytes()),
    numbered_speaker(b"asiakas"),
    numbered_speaker("ügyfél".as_bytes()),
    numbered_speaker("Ügyfél".as_bytes()),
    numbered_speaker("zákaznick".as_bytes()),
    numbered_speaker(b"kliento"),
    numbered_speaker(b"kliendi"),
    numbered_speaker("клієнт".as_bytes()),
    numbered_speaker("مشتری".as_bytes()),
    numbered_speaker("کسٹمر".as_bytes()),
    // Members' numbers in South Slavic languages.
    kw("člansk".as_bytes(), Hint::Identifier, false),
    kw("Člansk".as_bytes(), Hint::Identifier, false),
    kw("членск".as_bytes(), Hint::Identifier, false),
    kw("Членск".as_bytes(), Hint::Identifier, false),
    label_only(b"cuenta", Hint::Account),
    label_only(b"conta", Hint::Account),
    label_only(b"compte", Hint::Account),
    label_only(b"conto", Hint::Account),
    kw(b"konta", Hint::Account, true),
    kw(b"hesap", Hint::Account, false),
    kw("účtu".as_bytes(), Hint::Account, true),
    kw("الحساب".as_bytes(), Hint::Account, false),
    kw(b"tilinumero", Hint::Account, false),
    // A subscriber's account, whose number an operator may make the
    // line's: Finnish, Romanian, Malay, Ukrainian, Hebrew, Hindi and
    // Japanese (`Asiakastili 0461339745:`, `Cont 0746685567:`, `מספר
    // חשבון 0574424637`, `アカウント番号09022700378`).
    kw(b"asiakastili", Hint::Account, false),
    label_only(b"tili", Hint::Account),
    label_only(b"cont", Hint::Account),
    kw(b"akaun", Hint::Account, true),
    kw("акаунт".as_bytes(), Hint::Account, false),
    kw("Акаунт".as_bytes(), Hint::Account, false),
    // (An invoice before an account, which its word starts with.)
    kw("חשבונית".as_bytes(), Hint::Identifier, false),
    kw("חשבון".as_bytes(), Hint::Account, false),
    kw("अकाउंट".as_bytes(), Hint::Account, false),
    kw_infix("アカウント".as_bytes(), Hint::Account),
    kw_infix("口座".as_bytes(), Hint::Account),
    kw_infix("账号".as_bytes(), Hint::Account),
    kw_infix("账户".as_bytes(), Hint::Account),
    kw("tài khoản".as_bytes(), Hint::Account, false),
    kw("számlaszám".as_bytes(), Hint::Account, false),
    kw("계좌".as_bytes(), Hint::Account, false),
    kw("खाता".as_bytes(), Hint::Account, false),
    kw("λογαριασμ".as_bytes(), Hint::Account, false),
    kw("Λογαριασμ".as_bytes(), Hint::Account, false),
    kw("référence".as_bytes(), Hint::Identifier, false),
    kw(b"rezervac", Hint::NotCard, false),
    kw(b"rezervare", Hint::NotCard, false),
    kw("foglalás".as_bytes(), Hint::NotCard, false),
    kw("κράτησ".as_bytes(), Hint::NotCard, false),
    kw("Κράτησ".as_bytes(), Hint::NotCard, false),
    kw("đặt chỗ".as_bytes(), Hint::NotCard, false),
    kw("Đặt chỗ".as_bytes(), Hint::NotCard, false),
    kw(b"varaus", Hint::NotCard, false),
    kw("الحجز".as_bytes(), Hint::NotCard, false),
    kw("הזמנה".as_bytes(), Hint::Identifier, false),
    kw(b"bestilling", Hint::Identifier, false),
    kw(b"skywards", Hint::Identifier, false),
    kw(b"access code", Hint::Identifier, false),
    kw(b"etkt", Hint::Identifier, true),
    kw(b"e-ticket", Hint::Identifier, false),
    kw("מעקב".as_bytes(), Hint::Identifier, false),
    kw(b"takip", Hint::Identifier, false),
    kw(b"tracciamento", Hint::Identifier, false),
    kw(b"sporing", Hint::Identifier, false),
    // (Numbered only: "zur Bestätigung" is "to confirm", which an agent
    // says before reading a card back.)
    kw("bestätigungsn".as_bytes(), Hint::Identifier, false),
    kw(b"mpn", Hint::Identifier, true),
    kw("számla".as_bytes(), Hint::Identifier, false),
    // (Glued to its article or preposition too: `للفاتورة`.)
    kw_infix("فاتورة".as_bytes(), Hint::Identifier),
    // Korean "invoice".
    kw_infix("인보이스".as_bytes(), Hint::Identifier),
    label_only(b"aba", Hint::Identifier),
    // A voucher's PIN, sixteen digits that may fall in a card's range
    // (`paysafecard, PIN 8239 4413 4297 2512`): a card's own PIN has four.
    label_only(b"pin", Hint::OtherCard),
    // A SIM's unblocking code, a number's porting code, a device's MAC
    // address (`The PUK 74536716 on the card`, `Port code: 0627461410`,
    // `"wifiMac": "57-59-55-76-13-56"`).
    kw(b"puk", Hint::Identifier, true),
    kw(b"port code", Hint::Identifier, false),
    kw(b"porting code", Hint::Identifier, false),
    kw(b"mac", Hint::Identifier, true),
    // Vietnam's tax code (`mã số thuế`; its abbreviation, `MST`, is also
    // a time zone before a phone) and Indonesia's virtual accounts
    // (`"va_number"`), whose sixteen digits may pass Luhn.
    kw("mã số thuế".as_bytes(), Hint::Identifier, false),
    kw(b"va number", Hint::Identifier, false),
    kw(b"va_number", Hint::Identifier, false),
    kw(b"virtual account", Hint::Identifier, false),
    Keyword {
        speaker: true,
        ..kw(b"customer", Hint::Identifier, false)
    },
    speaker(b"client"),
    // A log's or a platform's user, numbered by an id as long as a card
    // (`user 628459485305307073 joined`, a Discord snowflake), or the
    // platform named before its id (`ID de Discord 5018…`); a chat
    // transcript's speaker where a colon follows "user".
    Keyword {
        whole: true,
        ..speaker(b"user")
    },
    kw(b"discord", Hint::Identifier, true),
    speaker(b"klient"),
    speaker("клиент".as_bytes()),
    speaker("Клиент".as_bytes()),
    speaker(b"m\xc3\xbc\xc5\x9fteri"),
    speaker("고객".as_bytes()),
    speaker("khách hàng".as_bytes()),
    speaker(b"klant"),
    // Members and donors, whose desks are named after them as customers'
    // are (`Atención al socio: …`, `Medlemsservice: …`, `Service
    // donateurs : …`), and whose numbers are records (`Skenkernommer:`).
    speaker(b"socio"),
    speaker(b"medlem"),
    speaker(b"donateur"),
    speaker(b"donor"),
    speaker(b"skenker"),
    speaker("ग्राहक".as_bytes()),
    kw_infix("顧客".as_bytes(), Hint::Identifier),
    kw("hóa đơn".as_bytes(), Hint::Identifier, false),
    kw_infix("发票".as_bytes(), Hint::Identifier),
    kw_infix("税号".as_bytes(), Hint::Identifier),
    kw_infix("代码".as_bytes(), Hint::Identifier),
    kw("счёт".as_bytes(), Hint::Identifier, false),
    kw("Счёт".as_bytes(), Hint::Identifier, false),
    kw("счет".as_bytes(), Hint::Identifier, false),
    kw("Счет".as_bytes(), Hint::Identifier, false),
    kw(b"rezerwacj", Hint::Identifier, false),
    kw(b"localizador", Hint::Identifier, false),
    kw(b"awb", Hint::Identifier, true),
    // An air waybill in French (`lettre de transport aérien`), a pallet's
    // serial shipping container code, receipts (Dutch `bonnummer`, a
    // terminal's `TC#`, Japanese `レシート`), a card terminal's merchant
    // contract (`VU-Nr.`) and a tax id's key.
    kw(b"lta", Hint::Identifier, true),
    kw(b"sscc", Hint::Identifier, true),
    kw(b"bonnummer", Hint::Identifier, false),
    kw(b"bonnr", Hint::Identifier, false),
    // (With its `#` only: Spanish `TC` is a credit card, `la TC 5101…`.)
    kw(b"tc#", Hint::Identifier, false),
    kw_infix("レシート".as_bytes(), Hint::Identifier),
    kw(b"vu-nr", Hint::Identifier, false),
    kw(b"taxid", Hint::Identifier, true),
    kw(b"dhl", Hint::Identifier, true),
    kw(b"zending", Hint::Identifier, false),
    kw(b"gu\xc3\xada", Hint::Identifier, true),
    kw(b"guia", Hint::Identifier, true),
    kw(b"rastreio", Hint::Identifier, false),
    kw(b"momsnr", Hint::Identifier, false),
    kw(b"ausweis", Hint::Identifier, false),
    kw(b"case", Hint::Identifier, true),
    kw(b"commande", Hint::Identifier, false),
    kw(b"facture", Hint::Identifier, false),
    kw(b"suivi", Hint::Identifier, false),
    kw(b"colis", Hint::Identifier, false),
    kw(b"dossier", Hint::Identifier, false),
    kw(b"r\xc3\xa9f", Hint::Identifier, false),
    kw(b"bestel", Hint::Identifier, false),
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
    kw(b"ordine", Hint::Identifier, false),
    kw(b"fattura", Hint::Identifier, false),
    kw(b"spedizione", Hint::Identifier, false),
    kw(b"encomenda", Hint::Identifier, false),
    kw(b"fatura", Hint::Identifier, false),
    kw(b"factuur", Hint::Identifier, false),
    // (`Faktura`, `Fakturanummer`, Indonesian `Faktur`.)
    kw(b"faktur", Hint::Identifier, false),
    kw(b"vertrag", Hint::Identifier, false),
    // Leases: `Mietvertrag Nr.`, `Lease #` (but not a leasing office,
    // whose number is a phone's).
    kw(b"mietvertrag", Hint::Identifier, false),
    label_only(b"lease", Hint::Identifier),
    kw(b"contract", Hint::Identifier, false),
    kw(b"contrat", Hint::Identifier, false),
    // Contracts and agreements in more languages, and insurance claims:
    // their numbers are a customer's, often a phone's length.
    kw(b"agreement", Hint::Identifier, false),
    // Post office boxes, whose number and postal code may read as an
    // Indian mobile (`P.O. Box 72287-00100`, Nairobi).
    label_only(b"box", Hint::Identifier),
    kw(b"p.o.box", Hint::Identifier, false),
    kw(b"po box", Hint::Identifier, false),
    kw(b"postfach", Hint::Identifier, false),
    kw(b"caixa postal", Hint::Identifier, false),
    label_only(b"apartado", Hint::Identifier),
    kw(b"avtal", Hint::Identifier, false),
    kw(b"kontrak", Hint::Identifier, false),
    kw("договор".as_bytes(), Hint::Identifier, false),
    kw("Договор".as_bytes(), Hint::Identifier, false),
    kw(b"umow", Hint::Identifier, false),
    kw("sözleşme".as_bytes(), Hint::Identifier, false),
    kw("Sözleşme".as_bytes(), Hint::Identifier, false),
    kw("hợp đồng".as_bytes(), Hint::Identifier, false),
    kw("חוזה".as_bytes(), Hint::Identifier, false),
    kw("العقد".as_bytes(), Hint::Identifier, false),
    kw_infix("계약".as_bytes(), Hint::Identifier),
    kw_infix("合同".as_bytes(), Hint::Identifier),
    kw_infix("契約".as_bytes(), Hint::Identifier),
    // Invoices and bills in Japanese, Chinese and Korean.
    kw_infix("請求書".as_bytes(), Hint::Identifier),
    kw_infix("账单".as_bytes(), Hint::Identifier),
    kw_infix("帳單".as_bytes(), Hint::Identifier),
    kw_infix("청구서".as_bytes(), Hint::Identifier),
    kw_infix("สัญญา".as_bytes(), Hint::Identifier),
    label_only(b"claim", Hint::Identifier),
    kw(b"schaden", Hint::Identifier, false),
    kw(b"sinistro", Hint::Identifier, false),
    kw(b"siniestro", Hint::Identifier, false),
    kw(b"sinistre", Hint::Identifier, false),
    kw(b"policy", Hint::Identifier, false),
    kw(b"p\xc3\xb3liza", Hint::Identifier, false),
    kw(b"polizza", Hint::Identifier, false),
    kw(b"membership", Hint::OtherCard, false),
    // A club's or a cooperative's member, in Portuguese and Spanish
    // (`número de sócio é …`, `n.º de socio`).
    kw("sócio".as_bytes(), Hint::OtherCard, true),
    kw(b"socio", Hint::OtherCard, true),
    kw(b"best\xc3\xa4llning", Hint::Identifier, false),
    kw(b"zam\xc3\xb3wieni", Hint::Identifier, false),
    kw(b"zamowieni", Hint::Identifier, false),
    kw(b"sipari\xc5\x9f", Hint::Identifier, false),
    kw(b"siparis", Hint::Identifier, false),
    // Health and social security numbers: an NHS number is written 3-3-4,
    // as a US phone is.
    kw(b"nhs", Hint::Identifier, true),
    kw(b"ssn", Hint::Identifier, true),
    // Product codes: an EAN-13 barcode can pass Luhn and start like a Visa.
    // (By its length too, `Ean13:`, `"ean13"`, `EAN-13`: before "ean",
    // which would read the length as another number.)
    kw(b"ean13", Hint::Identifier, true),
    kw(b"ean-13", Hint::Identifier, true),
    kw(b"ean", Hint::Identifier, true),
    kw(b"gtin", Hint::Identifier, false),
    kw(b"upc", Hint::Identifier, true),
    kw(b"isbn", Hint::Identifier, true),
    kw(b"barcode", Hint::Identifier, false),
    kw(b"code-barre", Hint::Identifier, false),
    kw(b"code barre", Hint::Identifier, false),
    kw(b"codice a barre", Hint::Identifier, false),
    kw(b"c\xc3\xb3digo de barras", Hint::Identifier, false),
    kw(b"strichcode", Hint::Identifier, false),
    // Company and tax numbers: SIREN `732 829 320` reads as a 3-3-3 phone,
    // an Italian VAT number as a trunk-0 one.
    kw(b"siren", Hint::Identifier, true),
    kw(b"siret", Hint::Identifier, true),
    kw(b"rcs", Hint::Identifier, true),
    kw(b"p.iva", Hint::Identifier, false),
    kw(b"partita iva", Hint::Identifier, false),
    kw(b"partita_iva", Hint::Identifier, false),
    kw(b"vat", Hint::Identifier, true),
    kw(b"tva", Hint::Identifier, true),
    // Vietnamese and Arabic tax numbers: a Vietnamese company's has ten
    // digits from 0, as a mobile has (`Mã số thuế công ty 0985646583`,
    // `MST: 0736970147`; MST also being a time zone, only as a label).
    kw("mã số thuế".as_bytes(), Hint::Identifier, false),
    marked_label(b"mst", Hint::Identifier),
    kw("الضريبي".as_bytes(), Hint::Identifier, false),
    kw(b"ust-id", Hint::Identifier, false),
    kw(b"steuernummer", Hint::Identifier, false),
    kw(b"codice fiscale", Hint::Identifier, false),
    // Thai: an id card, whose number has 13 digits, Visa's old length.
    kw_infix("บัตรประชาชน".as_bytes(), Hint::Identifier),
    // Japanese: order, tracking, barcode.
    kw_infix("注文".as_bytes(), Hint::Identifier),
    kw_infix("追跡".as_bytes(), Hint::Identifier),
    kw_infix("バーコード".as_bytes(), Hint::Identifier),
    // Chinese: order, waybill number.
    kw_infix("订单".as_bytes(), Hint::Identifier),
    kw_infix("运单".as_bytes(), Hint::Identifier),
    // …in traditional characters; confirmation numbers; an air waybill's
    // master and house numbers (主单, 分单).
    kw_infix("訂單".as_bytes(), Hint::Identifier),
    kw_infix("單號".as_bytes(), Hint::Identifier),
    kw_infix("确认号".as_bytes(), Hint::Identifier),
    kw_infix("確認號".as_bytes(), Hint::Identifier),
    kw_infix("主单".as_bytes(), Hint::Identifier),
    kw_infix("分单".as_bytes(), Hint::Identifier),
    // Japanese product numbers: a JAN barcode's thirteen digits may pass
    // Luhn in Visa's range.
    kw_infix("商品番号".as_bytes(), Hint::NotCard),
    // Any "… number" of a record (快递单号, a courier's; 運單號, 订单号).
    kw_infix("单号".as_bytes(), Hint::Identifier),
    // Transactions in Japanese, Chinese, Thai, Arabic, Vietnamese,
    // Indonesian, Hebrew and Turkish.
    kw_infix("取引".as_bytes(), Hint::Identifier),
    kw_infix("交易".as_bytes(), Hint::Identifier),
    kw_infix("流水号".as_bytes(), Hint::Identifier),
    kw_infix("ธุรกรรม".as_bytes(), Hint::Identifier),
    kw("العملية".as_bytes(), Hint::Identifier, false),
    kw("giao dịch".as_bytes(), Hint::Identifier, false),
    kw(b"transaksi", Hint::Identifier, false),
    kw("עסקה".as_bytes(), Hint::Identifier, false),
    kw("işlem".as_bytes(), Hint::Identifier, false),
    kw("İşlem".as_bytes(), Hint::Identifier, false),
    kw_infix("單號".as_bytes(), Hint::Identifier),
    // Russian: order (either case: only ASCII is lowercased), request.
    kw("заказ".as_bytes(), Hint::Identifier, false),
    kw("Заказ".as_bytes(), Hint::Identifier, false),
    kw("заявк".as_bytes(), Hint::Identifier, false),
    kw("Заявк".as_bytes(), Hint::Identifier, false),
    // National ids and tax numbers that share a phone's shape, and meter
    // numbers: SNILS, INN, PESEL, NIP, TFN, CPF, CNPJ, NIK, MPAN … (Not
    // "sin", "nie" or "inn", which are common words in Spanish, Polish
    // and English; the Russian INN is matched in Cyrillic, lowercase too.)
    kw("снилс".as_bytes(), Hint::Identifier, false),
    kw("СНИЛС".as_bytes(), Hint::Identifier, false),
    kw("ИНН".as_bytes(), Hint::Identifier, true),
    kw("инн".as_bytes(), Hint::Identifier, true),
    kw(b"pesel", Hint::Identifier, true),
    // Hungary's social security number, Vietnam's citizen id, Israel's id
    // (ת.ז.), Ukraine's tax number, Czechia's company number. (Not
    // Vietnam's tax code, MST, which is also a time zone.)
    kw(b"taj", Hint::Identifier, true),
    kw(b"cccd", Hint::Identifier, true),
    kw("ת.ז".as_bytes(), Hint::Identifier, false),
    kw("рнокпп".as_bytes(), Hint::Identifier, false),
    kw("РНОКПП".as_bytes(), Hint::Identifier, false),
    kw("ičo".as_bytes(), Hint::Identifier, true),
    kw("IČO".as_bytes(), Hint::Identifier, true),
    // Shipments: Indonesian `no resi`, Scandinavian `pakkenummer`, Greek
    // "shipment", Hebrew "shipment", Ukrainian "waybill" and "tracking
    // number", and a Romanian order (`comanda nr.`).
    kw(b"resi", Hint::Identifier, true),
    // Random ids webhooks carry: a message's token (Viber), Google Forms'
    // submission id.
    kw(b"token", Hint::Identifier, false),
    kw(b"fbzx", Hint::Identifier, true),
    kw(b"pakkenummer", Hint::Identifier, false),
    kw("αποστολ".as_bytes(), Hint::Identifier, false),
    kw("משלוח".as_bytes(), Hint::Identifier, false),
    kw("накладн".as_bytes(), Hint::Identifier, false),
    kw("трек".as_bytes(), Hint::Identifier, false),
    kw(b"comand", Hint::Identifier, false),
    kw(b"nip", Hint::Identifier, true),
    kw(b"regon", Hint::Identifier, true),
    kw(b"tfn", Hint::Identifier, true),
    // National and company numbers: the Dutch citizen's (`BSN`), the
    // Colombian identity card (`C.C.`, `Cédula`), Mexico's and Spain's
    // social security (`NSS`), Israel's identity number (`ת"ז`), an
    // Australian company's (`ACN`), D&B's (`D-U-N-S`), the American
    // employer's (`EIN`: German "a", so only as a label).
    kw(b"bsn", Hint::Identifier, true),
    kw(b"c.c.", Hint::Identifier, true),
    kw("cédula".as_bytes(), Hint::Identifier, false),
    kw(b"cedula", Hint::Identifier, false),
    kw(b"nss", Hint::Identifier, true),
    kw("ת\"ז".as_bytes(), Hint::Identifier, true),
    kw("ת\"\"ז".as_bytes(), Hint::Identifier, true),
    kw("ת״ז".as_bytes(), Hint::Identifier, true),
    kw("ת.ז".as_bytes(), Hint::Identifier, false),
    kw(b"acn", Hint::Identifier, true),
    kw(b"d-u-n-s", Hint::Identifier, true),
    kw(b"duns", Hint::Identifier, true),
    label_only(b"ein", Hint::Identifier),
    // A relay's id in a `Received:` header (`with SMTP mgrt 4647…`).
    kw(b"mgrt", Hint::Identifier, true),
    kw(b"cpf", Hint::Identifier, true),
    kw(b"nif", Hint::Identifier, true),
    kw(b"dni", Hint::Identifier, true),
    kw(b"cif", Hint::Identifier, true),
    kw(b"cnpj", Hint::Identifier, true),
    kw(b"nik", Hint::Identifier, true),
    kw(b"nuban", Hint::Identifier, true),
    kw(b"rekening", Hint::Identifier, false),
    kw(b"mpan", Hint::Identifier, true),
    kw(b"mprn", Hint::Identifier, true),
    kw(b"meter", Hint::Identifier, false),
    // Utilities' and shops' customer records in a messaging review's
    // languages: Vietnamese "account no." and "customer code" (`stk`,
    // `mã kh`), Thai "customer code" and "electricity user no.", Turkish
    // "subscriber", Arabic "the meter", India's "consumer no.", Spanish
    // "supply", Ukrainian "contract", Russian "personal account" (`л/с`),
    // traditional Chinese "account" and "serial number", and the delivery
    // point of French electricity (`PDL`; not Italy's `POD`, which is
    // Polish for "at": `dzwonić pod 785 …`).
    // (Only as a label: Danish, Norwegian and German "pieces", `3 stk.`,
    // `§ 3, stk. 2`.)
    label_only(b"stk", Hint::Account),
    kw("mã kh".as_bytes(), Hint::Identifier, true),
    kw_infix("รหัสลูกค้า".as_bytes(), Hint::Identifier),
    kw_infix("ผู้ใช้ไฟ".as_bytes(), Hint::Identifier),
    kw(b"abone", Hint::Identifier, false),
    kw_infix("العداد".as_bytes(), Hint::Identifier),
    kw(b"consumer no", Hint::Identifier, true),
    kw(b"consumer number", Hint::Identifier, false),
    kw(b"suministro", Hint::Identifier, false),
    kw("договір".as_bytes(), Hint::Identifier, false),
    kw("Договір".as_bytes(), Hint::Identifier, false),
    kw("л/с".as_bytes(), Hint::Account, false),
    kw("Л/с".as_bytes(), Hint::Account, false),
    kw_infix("帳號".as_bytes(), Hint::Account),
    kw_infix("帳戶".as_bytes(), Hint::Account),
    kw_infix("編號".as_bytes(), Hint::Identifier),
    kw(b"pdl", Hint::Identifier, true),
    // Invoices, members', customers' and identity numbers in a forms
    // review's languages: Hindi and Thai invoices (and Thai tax invoices),
    // Chinese member numbers, Greek customer codes and numbers, Arabic
    // identity. (Not Portuguese "fidelidade" alone: it would take a
    // loyalty card's number, `Cartão fidelidade: 4389 …`, from the card
    // word that vetoes it even printed in a card's groups.)
    kw("इनवॉइस".as_bytes(), Hint::Identifier, false),
    kw_infix("ใบแจ้งหนี้".as_bytes(), Hint::Identifier),
    kw_infix("ใบกำกับ".as_bytes(), Hint::Identifier),
    kw_infix("会员号".as_bytes(), Hint::Identifier),
    kw_infix("會員號".as_bytes(), Hint::Identifier),
    kw("κωδικός πελάτη".as_bytes(), Hint::Identifier, false),
    kw("Κωδικός πελάτη".as_bytes(), Hint::Identifier, false),
    kw("αριθμός πελάτη".as_bytes(), Hint::Identifier, false),
    kw("Αριθμός πελάτη".as_bytes(), Hint::Identifier, false),
    kw("الهوية".as_bytes(), Hint::Identifier, false),
    // Contracts, shipments, invoices, personal codes, postal codes and
    // bank accounts in a review's less common languages: Swahili, Zulu,
    // Hungarian, Estonian, Latvian, Slovenian, Croatian and Serbian,
    // Slovak, Czech, Azerbaijani, Bengali, Yoruba, Amharic, Georgian,
    // Hindi, Tamil, Persian, Khmer; Lithuanian and South Slavic shipments,
    // Czech tracking, Hindi and Burmese parcels; Estonian invoices and
    // Chilean and Peruvian receipts (`boleta`), Hindi bills; Latvian
    // personal codes, Persian postal codes, Khmer accounts.
    kw(b"mkataba", Hint::Identifier, false),
    kw(b"inkontileka", Hint::Identifier, false),
    kw(b"yenkontileka", Hint::Identifier, false),
    kw("szerződés".as_bytes(), Hint::Identifier, false),
    kw(b"leping", Hint::Identifier, false),
    kw("līgum".as_bytes(), Hint::Identifier, false),
    kw(b"pogodb", Hint::Identifier, false),
    kw(b"ugovor", Hint::Identifier, false),
    kw(b"zmluv", Hint::Identifier, false),
    kw(b"smlouv", Hint::Identifier, false),
    kw("müqavil".as_bytes(), Hint::Identifier, false),
    kw("চুক্তি".as_bytes(), Hint::Identifier, false),
    kw("àdéhùn".as_bytes(), Hint::Identifier, false),
    kw("የውል".as_bytes(), Hint::Identifier, false),
    kw("ხელშეკრულებ".as_bytes(), Hint::Identifier, false),
    kw("समझौता".as_bytes(), Hint::Identifier, false),
    kw("ஒப்பந்த".as_bytes(), Hint::Identifier, false),
    kw("قرارداد".as_bytes(), Hint::Identifier, false),
    kw_infix("កិច្ចសន្យា".as_bytes(), Hint::Identifier),
    kw(b"siuntos", Hint::Identifier, false),
    kw("pošiljk".as_bytes(), Hint::Identifier, false),
    kw("sledování".as_bytes(), Hint::Identifier, false),
    kw("पार्सल".as_bytes(), Hint::Identifier, false),
    kw_infix("ပါဆယ်".as_bytes(), Hint::Identifier),
    kw(b"arve", Hint::Identifier, false),
    kw(b"boleta", Hint::Identifier, false),
    kw("बिल".as_bytes(), Hint::Identifier, true),
    kw(b"personas kods", Hint::Identifier, false),
    kw("کد پستی".as_bytes(), Hint::Identifier, false),
    kw_infix("គណនី".as_bytes(), Hint::Account),
    kw(b"z\xc3\xa4hler", Hint::Identifier, false),
    kw(b"compteur", Hint::Identifier, false),
    kw(b"contador", Hint::Identifier, false),
    kw(b"nota fiscal", Hint::Identifier, false),
    kw(b"buchung", Hint::Identifier, false),
    // (A whole word: "Callback requested on …" asks for a call.)
    kw(b"request", Hint::Identifier, true),
    kw(b"art.-nr", Hint::Identifier, false),
    kw(b"artikel", Hint::Identifier, false),
    kw(b"entreprise", Hint::Identifier, false),
    kw(b"ondernemingsnummer", Hint::Identifier, false),
    kw(b"ondernemingsnr", Hint::Identifier, false),
    kw(b"kbo", Hint::Identifier, true),
    // …and its French name, the Banque-Carrefour des Entreprises.
    kw(b"bce", Hint::Identifier, true),
    // Debtors' and clients' numbers at collection desks: German, Dutch,
    // Afrikaans, Finnish, Swedish.
    kw(b"schuldner", Hint::Identifier, false),
    kw(b"debiteur", Hint::Identifier, false),
    kw("kliëntnommer".as_bytes(), Hint::Identifier, false),
    kw(b"klientnommer", Hint::Identifier, false),
    kw(b"asiakasnro", Hint::Identifier, false),
    kw(b"asiakasnumero", Hint::Identifier, false),
    kw(b"kundnr", Hint::Identifier, false),
    // Italy's pagoPA notices: eighteen digits that may pass for a card's.
    kw(b"codice avviso", Hint::NotCard, false),
    // Dutch gift vouchers.
    kw(b"cadeaubon", Hint::OtherCard, false),
    // Members (French), key fobs, lab accessions, Indian importer codes,
    // Dutch bookings, customs tariff codes.
    kw("adhérent".as_bytes(), Hint::Identifier, false),
    kw(b"adherent", Hint::Identifier, false),
    kw(b"fob", Hint::OtherCard, true),
    kw(b"keyfob", Hint::OtherCard, false),
    kw(b"accession", Hint::Identifier, false),
    // Classified ads by their number (`anuncio n.º 5778628827`, `annonce
    // n° …`, `Anzeigennr. …`), and Italy's tax code abbreviated (`C.F.
    // 01120508117`, a company's, eleven digits from 0).
    kw(b"anuncio", Hint::Identifier, false),
    kw(b"annonce", Hint::Identifier, false),
    kw(b"anzeige", Hint::Identifier, false),
    kw(b"annuncio", Hint::Identifier, false),
    kw(b"advertentie", Hint::Identifier, false),
    // (Only as a label: a listing's agent gives a phone.)
    label_only_prefix(b"listing", Hint::Identifier),
    kw(b"c.f.", Hint::Identifier, false),
    // German grant and case files, Polish court registers, Dutch grid
    // connections, Danish and Norwegian metering points.
    kw(b"bafa", Hint::Identifier, true),
    kw(b"aktenzeichen", Hint::Identifier, false),
    kw(b"krs", Hint::Identifier, true),
    kw(b"aansluit", Hint::Identifier, false),
    kw("målepunkt".as_bytes(), Hint::NotCard, false),
    kw(b"maalepunkt", Hint::NotCard, false),
    // A satellite TV box's viewing card (`VC No`), citizenship
    // certificates.
    kw(b"vc no", Hint::Identifier, false),
    kw(b"vc_no", Hint::Identifier, false),
    kw(b"vc number", Hint::Identifier, false),
    kw(b"citizenship", Hint::Identifier, false),
    // Identity cards in Spanish (`No. identidad`, `céd.`, `C.I.`), money
    // transfers' control numbers and withdrawal codes, Dubai's Makani
    // building numbers, Arabic "customer number".
    kw(b"identidad", Hint::Identifier, false),
    kw("céd".as_bytes(), Hint::Identifier, false),
    kw(b"c.i.", Hint::Identifier, false),
    kw(b"mtcn", Hint::Identifier, true),
    kw(b"code de retrait", Hint::Identifier, false),
    kw(b"makani", Hint::Identifier, false),
    kw_infix("رقم العميل".as_bytes(), Hint::Identifier),
    // A patient's file: Polish `numer kartoteki`, Spanish `historia
    // clínica`.
    kw(b"kartotek", Hint::Identifier, false),
    kw("historia clínica".as_bytes(), Hint::Identifier, false),
    // Passports, a pet's as much as a person's.
    kw(b"passport", Hint::Identifier, false),
    kw(b"pasaporte", Hint::Identifier, false),
    kw(b"passeport", Hint::Identifier, false),
    kw(b"reisepass", Hint::Identifier, false),
    kw(b"paspoort", Hint::Identifier, false),
    kw(b"passaport", Hint::Identifier, false),
    kw(b"iec", Hint::Identifier, true),
    kw(b"boeking", Hint::Identifier, false),
    kw(b"mawb", Hint::Identifier, true),
    kw(b"hawb", Hint::Identifier, true),
    kw(b"hs code", Hint::Identifier, false),
    kw(b"hs_code", Hint::Identifier, false),
    kw(b"hscode", Hint::Identifier, false),
    kw(b"commodity", Hint::Identifier, false),
    kw(b"taric", Hint::Identifier, false),
    kw(b"btw", Hint::Identifier, true),
    // Arabic: order, invoice. Korean: order, waybill.
    kw("الطلب".as_bytes(), Hint::Identifier, false),
    kw("طلب".as_bytes(), Hint::Identifier, false),
    // (Arabic glues its prepositions to the word: `فالفاتورة`, `بالفاتورة`.)
    kw_infix("الفاتورة".as_bytes(), Hint::Identifier),
    kw("주문".as_bytes(), Hint::Identifier, false),
    kw("송장".as_bytes(), Hint::Identifier, false),
    kw("운송장".as_bytes(), Hint::Identifier, false),
    // Hindi: order, tracking (written as English loans).
    kw("ऑर्डर".as_bytes(), Hint::Identifier, false),
    kw("ट्रैकिंग".as_bytes(), Hint::Identifier, false),
    // Hungarian tax numbers, the Turkish national id, Ukrainian and
    // Russian waybills and bookings, Arabic tracking, Chinese booking
    // numbers: ten- and eleven-digit runs a phone's shape.
    kw(
        b"ad\xc3\xb3azonos\xc3\xadt\xc3\xb3",
        Hint::Identifier,
        false,
    ),
    kw(b"ad\xc3\xb3sz\xc3\xa1m", Hint::Identifier, false),
    kw(b"kimlik", Hint::Identifier, false),
    kw("ТТН".as_bytes(), Hint::Identifier, true),
    kw("ттн".as_bytes(), Hint::Identifier, true),
    kw("брони".as_bytes(), Hint::Identifier, false),
    kw("Брони".as_bytes(), Hint::Identifier, false),
    kw("التتبع".as_bytes(), Hint::Identifier, false),
    kw("تتبع".as_bytes(), Hint::Identifier, false),
    kw_infix("预订".as_bytes(), Hint::Identifier),
    kw_infix("予約".as_bytes(), Hint::Identifier),
    // Tax and social security numbers of New Zealand (IRD), Argentina
    // (CUIT, CUIL), the Philippines (TIN, SSS, PhilHealth), Nigeria (NIN),
    // Saudi Arabia (Iqama), Australia (Medicare, only as a label) and the
    // UAE (TRN, which a UATP card range shares). Not Vietnam's MST, which
    // is also Mountain Standard Time before a US phone (`9-5 MST
    // 303-555-0132`).
    kw(b"ird", Hint::Identifier, true),
    kw(b"cuit", Hint::Identifier, true),
    kw(b"cuil", Hint::Identifier, true),
    label_only(b"tin", Hint::Identifier),
    kw(b"sss", Hint::Identifier, true),
    kw(b"philhealth", Hint::Identifier, false),
    kw(b"nin", Hint::Identifier, true),
    kw(b"iqama", Hint::Identifier, false),
    label_only(b"medicare", Hint::Identifier),
    kw(b"trn", Hint::Identifier, true),
    // Greece (AMKA, AFM), Turkey (VKN, vergi no), Portugal (número de
    // contribuinte), Germany (Steuer-ID, Steueridentifikationsnummer),
    // Italy (P. IVA), Canada (SIN, only as a marked label), Australia (tax
    // file number); members, and direct deposits (a routing number, after
    // "direct", which is also a phone word).
    kw(b"amka", Hint::Identifier, true),
    kw("ΑΜΚΑ".as_bytes(), Hint::Identifier, true),
    kw("αμκα".as_bytes(), Hint::Identifier, true),
    kw(b"afm", Hint::Identifier, true),
    kw("ΑΦΜ".as_bytes(), Hint::Identifier, true),
    kw("αφμ".as_bytes(), Hint::Identifier, true),
    kw(b"vkn", Hint::Identifier, true),
    kw(b"vergi", Hint::Identifier, false),
    kw(b"contribuinte", Hint::Identifier, false),
    kw(b"steuer", Hint::Identifier, false),
    kw(b"p. iva", Hint::Identifier, true),
    marked_label(b"sin", Hint::Identifier),
    // Its French name, numéro d'assurance sociale.
    marked_label(b"nas", Hint::Identifier),
    kw(b"social insurance", Hint::Identifier, false),
    // Social security numbers by name, as a field (`social_security`) too,
    // and Austria's (`SV-Nummer`, four digits and six).
    kw(b"social security", Hint::Identifier, false),
    kw(b"social_security", Hint::Identifier, false),
    kw(b"sv-nummer", Hint::Identifier, false),
    kw(b"sozialversicherung", Hint::Identifier, false),
    // Certificates and their numbers (`Cert. 0867-2786-3562`,
    // `certificado n.º`).
    kw(b"cert", Hint::Identifier, true),
    kw(b"certific", Hint::Identifier, false),
    kw(b"tax file", Hint::Identifier, false),
    // A tax registration number (`tax reg. 222-082-677`, Egypt's).
    kw(b"tax reg", Hint::Identifier, false),
    // A member's number is a record's, as a member card's is, even printed
    // in a card's groups (`Membership number: 4389 3568 4200 8558`,
    // `Honors # …`, `Bonvoy member …`).
    // (But a health plan's member services are a department, called at
    // its number: `Call Member Services at 504-606-8739`.)
    kw(b"member service", Hint::Phone, false),
    kw(b"member care", Hint::Phone, true),
    kw(b"member", Hint::OtherCard, false),
    // Health plans' and clubs' member numbers (`Carteirinha: 896 379 968`,
    // `Nr członkowski 827 003 192`, `N° adhérent`, `Nº de socio:`).
    kw("członkowsk".as_bytes(), Hint::Identifier, false),
    kw("adhérent".as_bytes(), Hint::Identifier, false),
    kw(b"afiliad", Hint::Identifier, false),
    marked_label(b"socio", Hint::Identifier),
    kw(b"lidnummer", Hint::Identifier, false),
    kw(b"medlemsn", Hint::Identifier, false),
    kw(b"tessera", Hint::Identifier, false),
    marked_label("üye".as_bytes(), Hint::Identifier),
    // Medical record and taxpayer reference numbers.
    kw(b"mrn", Hint::Identifier, true),
    kw(b"medical record", Hint::Identifier, false),
    kw("prontuário".as_bytes(), Hint::Identifier, false),
    kw("historia clínica".as_bytes(), Hint::Identifier, false),
    kw(b"utr", Hint::Identifier, true),
    // Waybills (`"waybill": "81 9883 7286"`) and Brazilian bank slips.
    kw(b"waybill", Hint::Identifier, false),
    kw(b"frachtbrief", Hint::Identifier, false),
    kw(b"vrachtbrief", Hint::Identifier, false),
    kw(b"przewozow", Hint::Identifier, false),
    kw(b"boleto", Hint::Identifier, false),
    kw("linha digitável".as_bytes(), Hint::Identifier, false),
    kw(b"deposit", Hint::Identifier, false),
    // Returns, part and serial numbers.
    kw(b"rma", Hint::Identifier, true),
    kw(b"p/n", Hint::Identifier, true),
    kw(b"s/n", Hint::Identifier, true),
    label_only(b"sn", Hint::Identifier),
    label_only(b"part", Hint::Identifier),
    label_only(b"model", Hint::Identifier),
    // Nordic person and company numbers (the Norwegian fødselsnummer and
    // organisasjonsnummer, the Swedish personnummer, the Danish CPR and
    // CVR), airline tickets in other languages, and bank accounts in
    // Indonesian (`rek BCA`) and Thai.
    kw(b"f\xc3\xb8dsels", Hint::Identifier, false),
    kw(b"fnr", Hint::Identifier, true),
    kw(b"personnummer", Hint::Identifier, false),
    kw(b"personnr", Hint::Identifier, false),
    kw(b"cpr", Hint::Identifier, true),
    kw(b"cvr", Hint::Identifier, true),
    kw(b"org.nr", Hint::Identifier, false),
    kw(b"org nr", Hint::Identifier, false),
    kw(b"org. nr", Hint::Identifier, false),
    kw(b"orgnr", Hint::Identifier, false),
    kw(b"org_nr", Hint::Identifier, false),
    kw(b"organisasjonsnummer", Hint::Identifier, false),
    kw(b"organisationsnummer", Hint::Identifier, false),
    kw(b"fodselsnummer", Hint::Identifier, false),
    // Iceland's person and company number (`kennitala`, `kennitalan
    // mín`), a customer's number in Icelandic and Latvian, a company's
    // registration, and Polish "personal" (`mój numer osobowy`).
    kw(b"kennitala", Hint::Identifier, false),
    // Finnish "contract" (`Sopimusnumero: …`).
    kw(b"sopimus", Hint::Identifier, false),
    // A personal (identity) number: `"personal_no"`, Georgian `პირადი
    // ნომერი`, Bulgarian `ЕГН`, and Russia's tax registration code, `КПП`.
    kw(b"personal_no", Hint::Identifier, false),
    kw(b"personal_code", Hint::Identifier, false),
    kw(b"personal code", Hint::Identifier, false),
    kw(b"personennummer", Hint::Identifier, false),
    kw("įmonės kod".as_bytes(), Hint::Identifier, false),
    kw(b"personal no", Hint::Identifier, false),
    kw(b"personal number", Hint::Identifier, false),
    kw("პირადი".as_bytes(), Hint::Identifier, false),
    kw("ЕГН".as_bytes(), Hint::Identifier, true),
    kw("егн".as_bytes(), Hint::Identifier, true),
    kw("КПП".as_bytes(), Hint::Identifier, true),
    kw("viðskiptanúmer".as_bytes(), Hint::Identifier, false),
    kw(b"vidskiptanumer", Hint::Identifier, false),
    kw(b"klienta numurs", Hint::Identifier, false),
    kw(b"reg. no", Hint::Identifier, false),
    kw(b"osobowy", Hint::Identifier, true),
    // Nordic and Baltic payment references and what they pay into: a
    // Swedish OCR number, a Norwegian KID, a Finnish or Estonian
    // reference (`viitenumero`, `viitenumber`), a bankgiro, a Danish
    // metering point (`aftagenummer`, its GSRN) and an agreement
    // (`aftale`, Danish; also "to arrange", so only as a label). Luhn
    // checks most of them, at a card's length as often as not.
    kw(b"ocr", Hint::Identifier, true),
    label_only(b"kid", Hint::Identifier),
    kw(b"viite", Hint::Identifier, false),
    kw(b"bankgiro", Hint::Identifier, false),
    // A bank's name before an account it holds (`First Bank 0468755539`,
    // `Fidelity Bank …`), and Kinyarwanda's "order" (`Komande yanjye
    // 341574506`).
    label_only(b"bank", Hint::Account),
    // Nigerian banks, whose ten-digit account numbers (NUBAN) people name
    // by the bank alone: `send am to GTBank 0738901421`.
    label_only(b"gtbank", Hint::Account),
    label_only(b"gtb", Hint::Account),
    label_only(b"uba", Hint::Account),
    label_only(b"zenith", Hint::Account),
    label_only(b"fcmb", Hint::Account),
    label_only(b"ecobank", Hint::Account),
    label_only(b"wema", Hint::Account),
    label_only(b"stanbic", Hint::Account),
    kw(b"komande", Hint::Identifier, true),
    // Balkan and Greek utilities' records: Bulgarian and Macedonian
    // invoices (`фактура № …`), Croatian and Serbian customer codes,
    // meters and payment references (`šifra kupca`, `broj brojila`,
    // `poziv na broj`), a Bulgarian payment code (`Код за плащане`), a
    // Greek supply number (`Αρ. παροχής`, `Ar paroxis`).
    kw("фактур".as_bytes(), Hint::Identifier, false),
    kw("Фактур".as_bytes(), Hint::Identifier, false),
    kw("šifr".as_bytes(), Hint::Identifier, false),
    kw(b"sifra", Hint::Identifier, false),
    kw(b"brojil", Hint::Identifier, false),
    kw(b"poziv na broj", Hint::Identifier, false),
    kw("код за плащане".as_bytes(), Hint::Identifier, false),
    kw("Код за плащане".as_bytes(), Hint::Identifier, false),
    kw("παροχ".as_bytes(), Hint::Identifier, false),
    kw(b"paroxi", Hint::Identifier, false),
    // Greek "telephone" and "mobile" as exports and forms transliterate
    // them (`<th>Tilefono</th>`, `name="kinito"`).
    kw(b"tilefono", Hint::Phone, false),
    kw(b"kinito", Hint::Phone, true),
    // Macedonian and Bulgarian "reach me (at)" (`да ме добиете на …`), a
    // Spanish mobile's abbreviation (`Mov. 669812591`).
    call_verb("добиете".as_bytes(), true),
    label_only(b"mov", Hint::Phone),
    // A meeting's or a conference's id in Polish and Spanish
    // (`Identyfikator spotkania: 913 321 0448`, `Id. de reunión: …`,
    // `Id. de conferencia: 504 157 401#`); a dial-in and a call back in
    // Portuguese and Dutch (`Discagem 11 3336-8155`, `Terugbellen graag
    // op …`).
    kw(b"identyfikator", Hint::Identifier, false),
    kw("id. de reunión".as_bytes(), Hint::Identifier, false),
    kw("id de reunión".as_bytes(), Hint::Identifier, false),
    kw(b"id. de conferencia", Hint::Identifier, false),
    kw(b"id de conferencia", Hint::Identifier, false),
    kw(b"discagem", Hint::Phone, false),
    call_verb(b"terugbellen", true),
    // Invoices and claims in the languages an Asia-Pacific review wrote
    // them in (`發票`, `invois`, `no. klaim`, `ইনভয়েস`, `انوائس`, `رقم
    // المطالبة`, `תביעה`, `เลขเคลม`), and New Zealand's GST number.
    kw_infix("發票".as_bytes(), Hint::Identifier),
    kw(b"invois", Hint::Identifier, false),
    kw(b"klaim", Hint::Identifier, false),
    kw("ইনভয়েস".as_bytes(), Hint::Identifier, false),
    kw("انوائس".as_bytes(), Hint::Identifier, false),
    kw_infix("المطالبة".as_bytes(), Hint::Identifier),
    kw("תביעה".as_bytes(), Hint::Identifier, false),
    kw_infix("เคลม".as_bytes(), Hint::Identifier),
    kw(b"gst", Hint::Identifier, true),
    // "Please call" in Chinese and "for enquiries" in Arabic (`請致電 6280
    // 4086`, `للاستفسار …`).
    call_verb_infix("致電".as_bytes()),
    call_verb_infix("致电".as_bytes()),
    kw("للاستفسار".as_bytes(), Hint::Phone, false),
    // A US immigrant's alien registration number (`A-Number: A 804 614
    // 990`).
    kw(b"a-number", Hint::Identifier, false),
    kw(b"alien number", Hint::Identifier, false),
    kw(b"alien registration", Hint::Identifier, false),
    // Postal codes (`"postal_code":"65953-00100"`, `ZIP/postcode …`).
    kw(b"postal", Hint::Identifier, false),
    kw(b"postcode", Hint::Identifier, false),
    kw(b"zip", Hint::Identifier, true),
    // A Turkish wallet's account (`Papara no 0911219530 hesabıma`).
    kw(b"papara", Hint::Identifier, true),
    // A Brazilian Pix key given as a phone number (`Minha chave Pix é
    // (62) 99896 6486`): a phone's layout reads as one after it.
    kw(b"chave pix", Hint::Phone, false),
    my_number(b"meu pix"),
    kw(b"plusgiro", Hint::Identifier, false),
    kw(b"aftagenummer", Hint::Identifier, false),
    kw(b"gsrn", Hint::Identifier, true),
    label_only_prefix(b"aftale", Hint::Identifier),
    kw(b"bilhete", Hint::Identifier, false),
    kw(b"bilet", Hint::Identifier, false),
    label_only(b"billet", Hint::Identifier),
    kw(b"biljett", Hint::Identifier, false),
    kw(b"tiket", Hint::Identifier, false),
    kw("số vé".as_bytes(), Hint::Identifier, false),
    kw(b"rek", Hint::Account, true),
    // Customer and member numbers, and Brazil's electronic invoice.
    kw(b"kundnummer", Hint::Identifier, false),
    kw(b"klantnummer", Hint::Identifier, false),
    kw_infix("お客様番号".as_bytes(), Hint::Identifier),
    kw_infix("会員番号".as_bytes(), Hint::Identifier),
    kw(b"nf-e", Hint::Identifier, true),
    kw(b"nfe", Hint::Identifier, true),
    // Frequent-flyer programmes.
    label_only(b"flyer", Hint::Identifier),
    kw(b"flying blue", Hint::Identifier, false),
    kw(b"krisflyer", Hint::Identifier, false),
    kw(b"eurobonus", Hint::Identifier, false),
    kw(b"aeroplan", Hint::Identifier, false),
    kw(b"aadvantage", Hint::Identifier, false),
    kw(b"skymiles", Hint::Identifier, false),
    kw(b"lifemiles", Hint::Identifier, false),
    kw(b"avios", Hint::Identifier, true),
    kw(b"miles&more", Hint::Identifier, false),
    label_only(b"miles", Hint::Identifier),
    // (Marked: a hex id may end in "ff".)
    marked_label(b"ff", Hint::Identifier),
    kw(b"honors", Hint::OtherCard, true),
    kw(b"bonvoy", Hint::OtherCard, true),
    kw_infix("บัญชี".as_bytes(), Hint::Account),
    // Receipts and credit notes, a traveller's records (a bag tag, a
    // hotel folio, a ticket's number), a transfer's purpose and a
    // declaration's: records, some of which open with a 0 and run as
    // long as a national number (`Bag tag 0176 123456`, `Receipt no.
    // 01306347512`, `Credit note NC 0650-00404439`). Where a receipt's
    // or a declaration's word only stands in the clause, a number may be
    // one written on the record ("rider's number on the receipt was
    // 0795128436").
    label_only_prefix(b"receipt", Hint::Identifier),
    label_only_prefix(b"beleg", Hint::Identifier),
    label_only_prefix(b"quittung", Hint::Identifier),
    label_only_prefix(b"recibo", Hint::Identifier),
    label_only_prefix(b"ricevuta", Hint::Identifier),
    label_only(b"re\xc3\xa7u", Hint::Identifier),
    label_only(b"re\xc3\xa7u fiscal", Hint::Identifier),
    label_only_prefix(b"kvitto", Hint::Identifier),
    kw(b"credit note", Hint::Identifier, false),
    kw(b"credit memo", Hint::Identifier, false),
    kw(b"gutschrift", Hint::Identifier, false),
    kw(b"nota de cr\xc3\xa9dito", Hint::Identifier, false),
    kw(b"nota de credito", Hint::Identifier, false),
    kw(b"nota di credito", Hint::Identifier, false),
    kw(b"creditnota", Hint::Identifier, false),
    kw(b"bag tag", Hint::Identifier, false),
    kw(b"bag_tag", Hint::Identifier, false),
    kw(b"bagtag", Hint::Identifier, false),
    kw(b"baggage tag", Hint::Identifier, false),
    // A bag's own number is its tag's, written as a national number is
    // (a 0, the airline's code, six digits): after the bag, its tag or a
    // word for luggage, in the languages a travel desk reads.
    kw(b"tag number", Hint::Identifier, false),
    kw(b"bag", Hint::Identifier, true),
    kw(b"baggage", Hint::Identifier, true),
    kw(b"luggage", Hint::Identifier, true),
    kw(b"suitcase", Hint::Identifier, true),
    kw(b"etiqueta", Hint::Identifier, true),
    kw(b"koffer", Hint::Identifier, true),
    kw(b"gep\xc3\xa4ck", Hint::Identifier, false),
    kw(b"bagage", Hint::Identifier, false),
    kw(b"equipaje", Hint::Identifier, true),
    kw_infix("行李".as_bytes(), Hint::Identifier),
    kw_infix("手荷物".as_bytes(), Hint::Identifier),
    kw_infix("タグ".as_bytes(), Hint::Identifier),
    kw_infix("태그".as_bytes(), Hint::Identifier),
    kw_infix("수하물".as_bytes(), Hint::Identifier),
    // A complaint's case or protocol number, in brackets after the word
    // (`(caso 267-6695607)`, `(zaaknummer 338-3161053)`, `受理号`): three
    // digits, a dash and seven, a national layout too.
    kw(b"caso", Hint::Identifier, true),
    kw(b"protocolo", Hint::Identifier, false),
    kw(b"pratica", Hint::Identifier, true),
    kw("başvuru".as_bytes(), Hint::Identifier, false),
    kw(b"zaaknummer", Hint::Identifier, false),
    kw_infix("受理".as_bytes(), Hint::Identifier),
    // A GDS's ticketing line names the passenger before the ticket's
    // number (`FA PAX 001-3404760832/ETAA/…`), whose airline code may read
    // as an exit code.
    kw(b"pax", Hint::Identifier, true),
    label_only_prefix(b"folio", Hint::Identifier),
    label_only_prefix(b"verwendungszweck", Hint::Identifier),
    label_only_prefix(b"declaration", Hint::Identifier),
    // A registration number in a field's name (`"charity_reg_no"`).
    kw(b"reg_no", Hint::Identifier, true),
    kw_infix("券番号".as_bytes(), Hint::Identifier),
    // A merchant's id on a payment receipt (`MID 349456441609603`: fifteen
    // digits, Amex's length and range).
    label_only(b"mid", Hint::NotCard),
    kw(b"merchant", Hint::NotCard, false),
    kw(b"loyalty", Hint::OtherCard, false),
    // Account recovery's one-time codes, printed in groups of five as an
    // Indian mobile is (`backup code 73259-59471`), and an Xbox user id,
    // whose sixteen digits open as Mastercard's 2-series does.
    kw(b"backup code", Hint::Identifier, false),
    kw(b"recovery code", Hint::Identifier, false),
    kw(b"backup-code", Hint::Identifier, false),
    kw(b"wiederherstellungscode", Hint::Identifier, false),
    kw(b"xuid", Hint::Identifier, true),
    // India's Aadhaar, twelve digits printed 4-4-4 as a short Maestro is.
    kw(b"aadhaar", Hint::Identifier, false),
    kw(b"aadhar", Hint::Identifier, false),
    kw("आधार".as_bytes(), Hint::Identifier, false),
];

/// Words before "id" that make it name a phone line, not a record:
/// "Caller ID: 415-555-0134", "Anrufer-ID".
const PHONE_ID_QUALIFIERS: &[&[u8]] = &[b"caller", b"anrufer"];

/// Words before "id" that make it name a card, whose number an id field
/// then holds (`"card_id":"4532…"`): a card word's number is not masked
/// less for an "id" after it.
const CARD_ID_QUALIFIERS: &[&[u8]] = &[b"card", b"karte", b"carte", b"tarjeta"];

/// Words before a card word that make the card one that pays for nothing:
/// a loyalty, gift, member or health insurance card, whose number may pass
/// Luhn's check in a payment network's range (`Loyalty card: 5146 …`,
/// `"gift_card_number"`, `подарочная карта`, `hediye kartı`).
const OTHER_CARD_BEFORE: &[&[u8]] = &[
    b"loyalty",
    b"access",
    b"key",
    b"gift",
    b"member",
    b"members",
    b"membership",
    b"club",
    b"reward",
    b"rewards",
    b"bonus",
    b"points",
    b"payback",
    b"fidelity",
    b"insurance",
    b"health",
    b"medical",
    b"library",
    b"student",
    b"sim",
    b"discount",
    b"store",
    "подарочная".as_bytes(),
    "Подарочная".as_bytes(),
    "подарочной".as_bytes(),
    "подарочную".as_bytes(),
    "бонусная".as_bytes(),
    "Бонусная".as_bytes(),
    "бонусной".as_bytes(),
    "клубная".as_bytes(),
    "дисконтная".as_bytes(),
    "накопительная".as_bytes(),
    b"hediye",
    b"sadakat",
    "üyelik".as_bytes(),
    "dárková".as_bytes(),
    "věrnostní".as_bytes(),
    "गिफ्ट".as_bytes(),
];

/// The same words where a script writes no spaces, glued before the card
/// word (`ギフトカード番号`, `会员卡号`, `기프트카드`).
const OTHER_CARD_GLUED_BEFORE: &[&[u8]] = &[
    "ギフト".as_bytes(),
    "ポイント".as_bytes(),
    "会員".as_bytes(),
    "会员".as_bytes(),
    "礼品".as_bytes(),
    "积分".as_bytes(),
    "购物".as_bytes(),
    "储值".as_bytes(),
    "医保".as_bytes(),
    "社保".as_bytes(),
    "기프트".as_bytes(),
    "포인트".as_bytes(),
    "멤버십".as_bytes(),
    "회원".as_bytes(),
];

/// Words after a card word that make it such a card, as Romance, Slavic,
/// Semitic and South-East Asian languages qualify it (`tarjeta regalo`,
/// `carte de fidélité`, `karta podarunkowa`, `بطاقة العضوية`, `thẻ thành
/// viên`), after "de", "di" or "d'" where there is one.
const OTHER_CARD_AFTER: &[&[u8]] = &[
    b"regalo",
    b"cadeau",
    "fidélité".as_bytes(),
    b"fidelite",
    b"fidelidad",
    b"fidelidade",
    "fedeltà".as_bytes(),
    b"fedelta",
    b"socio",
    "sócio".as_bytes(),
    b"membre",
    b"membro",
    b"miembro",
    b"presente",
    b"vitale",
    b"sanitaria",
    "saúde".as_bytes(),
    b"sus",
    b"puntos",
    b"points",
    b"bonus",
    b"club",
    b"member",
    b"anggota",
    b"ahli",
    b"hadiah",
    b"podarunkowa",
    b"podarunkowej",
    "lojalnościowa".as_bytes(),
    "członkowska".as_bytes(),
    "лояльности".as_bytes(),
    "постоянного".as_bytes(),
    "מתנה".as_bytes(),
    "מועדון".as_bytes(),
    "هدية".as_bytes(),
    "الولاء".as_bytes(),
    "العضوية".as_bytes(),
    "التأمين".as_bytes(),
    "quà tặng".as_bytes(),
    "thành viên".as_bytes(),
    "bảo hiểm".as_bytes(),
    "สมาชิก".as_bytes(),
];

/// Payment networks' names: a network's gift or prepaid card (`Visa gift
/// card`) is a payment card.
const NETWORK_NAMES: &[&[u8]] = &[
    b"visa",
    b"mastercard",
    b"master card",
    b"amex",
    b"american express",
    b"discover",
    b"maestro",
    // (Whose own name holds a qualifier: `Diners Club card 3611 …`.)
    b"diners",
    b"jcb",
    b"unionpay",
];

/// How far before a card word a network's name is looked for: the
/// qualifier and a name or two before it (`American Express gift `).
const NETWORK_REACH: usize = 30;

/// Whether a qualifier makes the card word `k` a card that pays for
/// nothing ([`Hint::OtherCard`]), with `before` the window before it and
/// `rest` what follows its word: what then follows the qualifier after
/// it, or `rest` if it stands before. A network's name before the
/// qualifier makes the words a card's (`Visa gift card`).
fn other_card<'r>(k: &Keyword, before: &[u8], rest: &'r [u8]) -> Option<&'r [u8]> {
    if k.infix {
        // (Or a space apart: `멤버십 카드`.)
        let before = before.trim_ascii_end();
        return OTHER_CARD_GLUED_BEFORE
            .iter()
            .any(|q| before.ends_with(q))
            .then_some(rest);
    }
    if OTHER_CARD_BEFORE.iter().any(|q| qualifies_id(before, &[q])) {
        // (A network's name among the words just before the qualifier.)
        let near = &before[before.len().saturating_sub(NETWORK_REACH)..];
        let network = NETWORK_NAMES.iter().any(|n| names_word(near, n));
        return (!network).then_some(rest);
    }
    // (Only "de", "di" or "d'" before it: `carte de fidélité`, but not
    // `tarjeta del socio`, "the member's card", which may be any card.)
    let mut after = rest
        .strip_prefix(b" ")
        .or_else(|| rest.strip_prefix(b"_"))?;
    for linking in [&b"de "[..], b"di ", b"d'"] {
        if let Some(next) = after.strip_prefix(linking) {
            after = next;
            break;
        }
    }
    OTHER_CARD_AFTER.iter().find_map(|q| {
        let next = after.strip_prefix(*q)?;
        (!next.first().is_some_and(|&b| is_letter(b))).then_some(next)
    })
}

/// Whether `text` holds `word` as a word of its own (`visa`, not
/// `revisado`).
fn names_word(text: &[u8], word: &[u8]) -> bool {
    text.windows(word.len()).enumerate().any(|(i, w)| {
        w == word
            && word_starts_after(&text[..i])
            && !text.get(i + word.len()).is_some_and(|&b| is_letter(b))
    })
}

/// [`KEYWORDS`] by their first two bytes (see [`pair_key`]), so a
/// position is compared only with the keywords that can start there.
const KEYWORD_INDEX: ByteIndex<{ KEYWORDS.len() }> = {
    let mut keys = [0u8; KEYWORDS.len()];
    let mut i = 0;
    while i < keys.len() {
        let word = KEYWORDS[i].word;
        assert!(word.len() >= 2, "keywords are two bytes or longer");
        keys[i] = pair_key(word[0], word[1]);
        i += 1;
    }
    ByteIndex::new(keys)
};

/// The bytes a keyword starts with: no other position is worth a lookup
/// (digits, spaces and punctuation, most of a clause around numbers).
const STARTS_KEYWORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < KEYWORDS.len() {
        t[KEYWORDS[i].word[0] as usize] = true;
        i += 1;
    }
    t
};

/// A byte for two: words that share a first letter (`t`: tel, text, ticket,
/// tracking, tva …) mostly differ in the second.
#[inline]
const fn pair_key(first: u8, second: u8) -> u8 {
    first.rotate_left(3) ^ second
}

/// Abbreviations written with a period that does not end the sentence:
/// "Tel. 030 …", "Bestellung Nr. 123", "Cell. 335 …", "C.C. 284…" (a
/// Colombian identity card), "ת.ז. 229…" (an Israeli one).
const ABBREVIATIONS: &[&[u8]] = &[
    b"t",
    b"m",
    b"p",
    b"c",
    // (A fax's `F.`, the end of Italy's `C.F.` and of `C.I.`, a Spanish
    // identity card's `céd.`.)
    b"f",
    b"i",
    "céd".as_bytes(),
    "ז".as_bytes(),
    "т".as_bytes(),
    b"tel",
    b"t\xc3\xa9l",
    b"tlf",
    b"tfno",
    b"mob",
    b"mov",
    // (Spanish `Id. de reunión`.)
    b"id",
    b"cel",
    b"cell",
    b"fax",
    b"ph",
    b"kom",
    b"ref",
    b"r\xc3\xa9f",
    b"acct",
    b"telp",
    b"hp",
    "тел".as_bytes(),
    "Тел".as_bytes(),
    "тэл".as_bytes(),
    "Тэл".as_bytes(),
    "моб".as_bytes(),
    "Моб".as_bytes(),
    "ტელ".as_bytes(),
    "მობ".as_bytes(),
    "τηλ".as_bytes(),
    "Τηλ".as_bytes(),
    "κιν".as_bytes(),
    "Κιν".as_bytes(),
    b"kto",
    // Norway's organisation number (`Org. nr. 816 170 330`).
    b"org",
    b"no",
    b"nr",
    b"n",
    b"num",
    b"n\xc3\xbam",
    // Finnish "puhelin"; an alternative line; a certificate.
    b"puh",
    b"alt",
    b"cert",
    // Latvian "tālrunis"; a registration (`Company reg. no.`).
    "tālr".as_bytes(),
    b"reg",
];

/// The abbreviations of "telephone" whose period may be glued to the
/// number (`tél.06 12 34 56 78`, `T.0612345678`), as a word before a `.`
/// reads with ASCII lowercased (hence `TÉL` apart).
pub(crate) const PHONE_ABBREVIATIONS: &[&[u8]] = &[
    b"t",
    b"m",
    b"tel",
    b"t\xc3\xa9l",
    b"t\xc3\x89l",
    b"tlf",
    b"tfno",
    b"fax",
    b"mob",
    b"cel",
    b"cell",
    "тел".as_bytes(),
    "Тел".as_bytes(),
];

/// Words that may stand between a keyword and the number it labels:
/// "order number: …", "n° de pedido …", "SIRET est le …".
/// Words for "number" and "code" ([`NUMBER_WORDS`]) are fillers too.
const FILLERS: &[&[u8]] = &[
    // A full-width colon, as CJK text writes a label's (`SIN：625-078-027`).
    "：".as_bytes(),
    // …and the closing bracket of a label that mail templates set in
    // brackets (`【联系电话】8619 5302`, `「電話」…`).
    "】".as_bytes(),
    "」".as_bytes(),
    "』".as_bytes(),
    // Japanese and Korean topic and subject particles glued to a Latin
    // label (`Discord IDは…`, `ID는 …`).
    "は".as_bytes(),
    "が".as_bytes(),
    "는".as_bytes(),
    "은".as_bytes(),
    "가".as_bytes(),
    "이".as_bytes(),
    // A form's optional field, as a column's name says it (`Phone number
    // (optional)`, `Teléfono (opcional)`, `Téléphone (facultatif)`), and a
    // form builder's whole value (`q3_phoneNumber[full]=…`).
    b"full",
    b"optional",
    b"opcional",
    b"facultatif",
    // Chinese "is" (`Discord ID是…`), Cantonese "is" and "me" (`我Tel係
    // …`, `WhatsApp我 …`), Swahili "is" (`simu ni …`).
    "是".as_bytes(),
    "係".as_bytes(),
    "我".as_bytes(),
    b"ni",
    b"codice",
    b"kod",
    b"is",
    b"es",
    b"est",
    b"ist",
    // "is" in Danish and Norwegian, Swedish, Romanian, Polish, Czech,
    // Malay and Indonesian, Filipino.
    b"er",
    "är".as_bytes(),
    b"este",
    // (Greek "my" and "is": `Το κινητό μου είναι …`.)
    "μου".as_bytes(),
    "είναι".as_bytes(),
    // (Luganda's and isiZulu's: `Ennamba yange eri …`, `… ngu …`.)
    b"eri",
    b"ngu",
    b"jest",
    b"je",
    b"adalah",
    b"ay",
    // "my", said after the word in Malay and Indonesian, Filipino
    // (`nomor hp saya adalah …`, `number ko po ay …`).
    b"saya",
    b"ko",
    b"po",
    // Vietnamese "of me", "is" (`số điện thoại của tôi là …`).
    "của".as_bytes(),
    "tôi".as_bytes(),
    "là".as_bytes(),
    // Indonesian and Malay "number".
    b"nomor",
    b"nombor",
    // "My", said after the word in Norwegian, Swedish and Danish
    // (`telefonnummeret mitt er …`, `nummeret mit er …`).
    b"mitt",
    b"min",
    b"mit",
    // Turkish "my number", "its number" after the word.
    b"numaram",
    "numarası".as_bytes(),
    b"\xc3\xa8",
    b"\xc3\xa9",
    b"of",
    b"de",
    b"du",
    b"del",
    b"di",
    b"do",
    b"da",
    b"the",
    b"le",
    b"la",
    b"el",
    // What kind of card: credit, debit, bank (`carte de crédit`,
    // `kartu kredit`, `כרטיס אשראי`, `thẻ tín dụng`, `بطاقة الائتمان`);
    // Vietnamese "me" (`thẻ visa của em`).
    b"credit",
    "crédit".as_bytes(),
    "crédito".as_bytes(),
    b"credito",
    b"kredit",
    b"kredytowa",
    b"kredytowej",
    b"debit",
    "débito".as_bytes(),
    b"debito",
    b"bancaire",
    b"bancaria",
    "bancária".as_bytes(),
    "אשראי".as_bytes(),
    "tín".as_bytes(),
    "dụng".as_bytes(),
    b"em",
    "الائتمان".as_bytes(),
];

/// A letter of any script, as the detectors read words: an ASCII letter
/// or any byte of a character beyond ASCII.
#[inline]
pub(crate) fn is_letter(b: u8) -> bool {
    b.is_ascii_alphabetic() || b >= 0x80
}

/// Whether `rest` begins with a letter, so that a word before it goes on:
/// not with CJK or full-width punctuation (`TEL：045…`), which other
/// non-ASCII bytes are taken to be.
#[inline]
fn word_goes_on(rest: &[u8]) -> bool {
    match rest {
        // Full-width letters go on a word; other full-width forms
        // (`：，（）`, digits) and CJK punctuation (U+3000..U+303F,
        // `、。「」`) do not.
        [0xEF, 0xBC, 0xA1..=0xBA, ..] | [0xEF, 0xBD, 0x81..=0x9A, ..] => true,
        [0xE3, 0x80, ..] | [0xEF, 0xBC, ..] | [0xEF, 0xBD, 0x80..=0xA5, ..] => false,
        [b, ..] => is_letter(*b),
        [] => false,
    }
}

/// The keywords that match `window` at `start`: starting a word there (or
/// written in a script without spaces), and ending one if they must.
#[inline]
fn keywords_at(window: &[u8], start: usize) -> impl Iterator<Item = &'static Keyword> + '_ {
    let initial = window[start];
    let word_start = start == 0
        || !is_letter(window[start - 1])
        || hebrew_prefixes_end_at(&window[..start])
        || initial < 0x80 && ends_in_spaceless_script(&window[..start]);
    let rest = &window[start..];
    // Inside a word only infix keywords, all of which are in non-Latin
    // scripts, can start.
    let candidates: &[u16] = match rest.get(1) {
        Some(&second) if word_start || initial >= 0x80 => {
            KEYWORD_INDEX.of(pair_key(initial, second))
        }
        _ => &[],
    };
    candidates
        .iter()
        .map(|&i| &KEYWORDS[usize::from(i)])
        .filter(move |k| {
            rest.starts_with(k.word)
                && (word_start || k.infix)
                && !(k.whole && word_goes_on(&rest[k.word.len()..]) && !ends_latin_word(k, rest))
        })
}

/// Whether the Latin keyword `k`, at the start of `rest`, ends its word
/// where a script written without spaces glues a particle to it (`Discord
/// IDは…`, `ID는 …`), as such a script's word before it starts one
/// ([`ends_in_spaceless_script`]).
#[inline]
fn ends_latin_word(k: &Keyword, rest: &[u8]) -> bool {
    k.word[0] < 0x80
        && matches!(
            rest[k.word.len()..],
            [0xE3..=0xED, 0x80..=0xBF, 0x80..=0xBF, ..]
        )
}

/// Whether a word starts after `before`: it is empty, ends with no letter,
/// or ends with a character of a script written without spaces
/// ([`ends_in_spaceless_script`]).
fn word_starts_after(before: &[u8]) -> bool {
    !before.last().is_some_and(|&b| is_letter(b)) || ends_in_spaceless_script(before)
}

/// Whether `before` ends with a character of a script written without
/// spaces between words (kana, CJK ideographs and punctuation, and Hangul,
/// U+3000 to U+D7FF): a Latin keyword right after it starts a word of its
/// own (`注文番号Ref. 84 7368 5585`, `注文番号Gift card no. …`).
fn ends_in_spaceless_script(before: &[u8]) -> bool {
    matches!(before, [.., 0xE3..=0xED, 0x80..=0xBF, 0x80..=0xBF])
}

/// Whether `before` ends with one or two of the letters Hebrew glues to
/// the word after them, and nothing of the word before: "in", "to", "the",
/// "and", "from", "that", "as" (`בטלפון`, "by phone"; `ולהזמנה`, "and to
/// the order"). A keyword starts after them as at a word's start.
fn hebrew_prefixes_end_at(before: &[u8]) -> bool {
    // ב ל ה ו מ ש כ, each `0xD7` and one of these.
    const PREFIXES: [u8; 7] = [0x91, 0x9C, 0x94, 0x95, 0x9E, 0xA9, 0x9B];
    let is_prefix = |at: usize| before[at] == 0xD7 && PREFIXES.contains(&before[at + 1]);
    let word_starts_at = |at: usize| at == 0 || !is_letter(before[at - 1]);
    let n = before.len();
    (n >= 2 && is_prefix(n - 2))
        && (word_starts_at(n - 2) || n >= 4 && is_prefix(n - 4) && word_starts_at(n - 4))
}

/// The keyword nearest before `pos` in its clause, looking back at most
/// [`LOOKBACK`] logical characters and not before `floor` (the end of the
/// previous finding: words inside a finding are masked away, so they must
/// not decide anything either).
pub fn nearest(text: &impl Text, pos: usize, floor: usize) -> Option<Nearest> {
    if after_capitalised_sin(text, pos) {
        return Some(Nearest::RECORD_LABEL);
    }
    if after_country_code_member(text, pos, floor) {
        return Some(Nearest::PHONE_LABEL);
    }
    if after_vcard_tel(text, pos) {
        return Some(Nearest::PHONE_LABEL);
    }
    if brazilian_postal_code(text, pos) {
        return Some(Nearest::RECORD_LABEL);
    }
    let mut buf = [0u8; WINDOW];
    let label = multipart_field_label(text, pos, floor, &mut buf)
        .or_else(|| parent_key_label(text, pos, floor, &mut buf))
        .or_else(|| enclosing_key_label(text, pos, floor, &mut buf, false))
        .or_else(|| name_value_label(text, pos, floor, &mut buf))
        .or_else(|| attribute_value_label(text, pos, floor, &mut buf))
        .or_else(|| enclosing_key_label(text, pos, floor, &mut buf, true));
    let window = match label {
        Some(len) => &buf[WINDOW - len..],
        None => {
            // A link's text right after its `tel:` URL, which was taken
            // itself (`<a href="tel:22330322">22 33 03 22`): the URL's
            // words are read through it.
            let len = clause_before(text, pos, floor, &mut buf).len();
            let after_link = floor > 0 && matches!(&buf[WINDOW - len..], b"\">" | b"'>");
            if after_link {
                clause_before(text, pos, 0, &mut buf)
            } else {
                &buf[WINDOW - len..]
            }
        }
    };
    // A key in camel case names its value by its last word, which no
    // keyword lookup sees (`"customerMobile"` would read as "customer").
    let key = key_ending(window);
    if let Some(found) = key.and_then(phone_key_ending) {
        return Some(found);
    }
    // The same holds for every other word: `"externalId"` names an id as
    // `"external_id"` does. Its words are looked up apart first; a key
    // that is one word in camel case (`"whatsApp"`) is read whole after.
    // (A label from a field's name is split into words already; a
    // device's name, `headPhone`, is one word.)
    let device = |key: &[u8]| NOT_PHONE_KEY_ENDINGS.iter().any(|e| key.ends_with(e));
    if let (None, Some(key)) = (label, key.filter(|k| !device(k))) {
        let mut split = [0u8; WINDOW];
        if let Some(words) = with_camel_key_split(text, pos, window, key, &mut split) {
            if let Some(found) = nearest_keyword(text, pos, words) {
                return Some(found);
            }
        }
    }
    nearest_keyword(text, pos, window)
}

/// Whether Canada's social insurance number's abbreviation, in capitals
/// and bare, stands right before `pos` (`SIN 046 454 286`, `NAS …`). The
/// keyword lookup, which reads lower case, takes the word only as a marked
/// label (see [`marked_label`]); Spanish "sin" is not written in capitals
/// before a number.
/// Whether "my number" stands right before `pos` as a label, with no verb
/// between (`My Number 3876 8727 6516`, `my My Number (…)`), as Japan's
/// individual number, "My Number", is named: not a writer's "my number is
/// …", which is a phone's.
pub(crate) fn after_my_number_label(text: &impl Text, pos: usize) -> bool {
    let mut p = pos;
    while let Some((b' ' | b':' | b'(' | b'#', q)) = text.prev(p) {
        p = q;
    }
    step_back_over(text, &mut p, 0, b"my number")
}

/// Whether the value at `pos` is an object's `"address"` member right
/// after a `"country_code"` member with a number: a contact method's phone
/// (`{"type":"phone_contact_method","country_code":33,"address":
/// "697308919"}`, PagerDuty's), its national part.
fn after_country_code_member(text: &impl Text, pos: usize, floor: usize) -> bool {
    let mut p = pos;
    let mut spare = NAME_VALUE_SPACE;
    if !(back_over_json_tokens(text, &mut p, floor, &mut spare, &[b"\"", b":"])
        && step_back_over(text, &mut p, floor, b"\"address\"")
        && {
            skip_json_space(text, &mut p, floor, &mut spare);
            back_over_json_tokens(text, &mut p, floor, &mut spare, &[b","])
        })
    {
        return false;
    }
    let mut digits = 0;
    while let Some((c, q)) = text.prev(p) {
        if q < floor || !c.is_ascii_digit() || digits == 3 {
            break;
        }
        p = q;
        digits += 1;
    }
    digits > 0
        && {
            skip_json_space(text, &mut p, floor, &mut spare);
            back_over_json_tokens(text, &mut p, floor, &mut spare, &[b":"])
        }
        && step_back_over(text, &mut p, floor, b"\"country_code\"")
}

/// Whether a payee's name in capitals, after "to", stands right before
/// `pos`, as mobile money receipts write whom they paid and the number
/// they paid (`sent to KWAME BOATENG (233206154365)`, `to MARTHA VAN WYK
/// 264810207242`, Swahili `kwa …`).
pub(crate) fn after_payee_name(text: &impl Text, pos: usize) -> bool {
    let mut p = pos;
    if let Some((b'(', q)) = text.prev(p) {
        p = q;
    }
    let Some((b' ', q)) = text.prev(p) else {
        return false;
    };
    p = q;
    for words in 1..=4 {
        let mut len = 0;
        while let Some((c, q)) = text.prev(p) {
            if !(c.is_ascii_uppercase() || len > 0 && matches!(c, b'\'' | b'-')) || len == 20 {
                break;
            }
            p = q;
            len += 1;
        }
        if len < 2 {
            return false;
        }
        let Some((b' ', q)) = text.prev(p) else {
            return false;
        };
        p = q;
        for payee_word in [&b"to"[..], b"kwa"] {
            let mut r = p;
            if step_back_over(text, &mut r, 0, payee_word)
                && !text.prev(r).is_some_and(|(c, _)| is_letter(c))
            {
                return words >= 2;
            }
        }
    }
    false
}

/// Whether a payee's name in capitals follows the number that ends at
/// `end`, after a spaced dash, to the end of its field, as M-Pesa's
/// statements write the other party (`254786184975 - OTIENO KIPTOO`).
pub(crate) fn payee_name_after(text: &impl Text, end: usize) -> bool {
    let mut p = end;
    for want in [b' ', b'-', b' '] {
        match text.next(p) {
            Some((c, q)) if c == want => p = q,
            _ => return false,
        }
    }
    let mut words = 0;
    loop {
        let mut len = 0;
        while let Some((c, q)) = text.next(p) {
            if !(c.is_ascii_uppercase() || len > 0 && matches!(c, b'\'' | b'-')) {
                break;
            }
            p = q;
            len += 1;
        }
        if len < 2 || words == 4 {
            return false;
        }
        words += 1;
        match text.next(p) {
            Some((b' ', q)) => p = q,
            None | Some((b'"' | b',' | b';' | b'\n' | b'\r' | b'\t', _)) => return words >= 2,
            Some(_) => return false,
        }
    }
}

fn after_capitalised_sin(text: &impl Text, pos: usize) -> bool {
    let Some((b' ', mut p)) = text.prev(pos) else {
        return false;
    };
    let mut word = [0u8; 3];
    for slot in word.iter_mut().rev() {
        let Some((c, q)) = text.prev(p) else {
            return false;
        };
        *slot = c;
        p = q;
    }
    matches!(&word, b"SIN" | b"NAS") && !text.prev(p).is_some_and(|(c, _)| is_letter(c))
}

/// Whether the number at `pos` is a Brazilian postal code: eight digits
/// (or five, a dash and three) after `CEP`, as a word, a JSON key or a
/// form field (`CEP 84325064`, `"cep":"84325064"`, `cep=84325064`).
/// Turkish `cep`, a mobile, is a phone word; a Turkish mobile has ten or
/// eleven digits, never eight.
fn brazilian_postal_code(text: &impl Text, pos: usize) -> bool {
    let mut p = pos;
    let mut digits = 0;
    while let Some((c, next)) = text.next(p) {
        match c {
            b'0'..=b'9' => digits += 1,
            b'-' if digits == 5 => {}
            _ => break,
        }
        p = next;
    }
    if digits != 8 || text.peek(p).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return false;
    }
    // Back over what stands between a label and its value: `: `, `":"`,
    // `=`.
    let mut q = pos;
    for _ in 0..4 {
        match text.prev(q) {
            Some((b' ' | b':' | b'"' | b'=', r)) => q = r,
            _ => break,
        }
    }
    step_back_over(text, &mut q, 0, b"cep") && !text.prev(q).is_some_and(|(c, _)| is_letter(c))
}

/// Whether a vCard's `TEL` property, its parameters and its colon stand
/// right before `pos` (`TEL;TYPE=WORK:…`, `item1.TEL;type=pref:…`):
/// whatever the types say, its value is a phone number. (The keyword
/// lookup sees only the last parameter, the clause after the `;`.)
fn after_vcard_tel(text: &impl Text, pos: usize) -> bool {
    let Some((b':', mut p)) = text.prev(pos) else {
        return false;
    };
    // The longest parameters worth reading back over.
    for _ in 0..64 {
        let Some((c, q)) = text.prev(p) else {
            return false;
        };
        if c == b';' && property_tel_ends_at(text, q) {
            return true;
        }
        if !(c.is_ascii_alphanumeric() || matches!(c, b'=' | b';' | b',' | b'"' | b'-' | b'.')) {
            return false;
        }
        p = q;
    }
    false
}

/// Whether a vCard property named `TEL` ends at `end`: it opens a line or
/// the text, or follows a group's name (`item1.TEL`).
fn property_tel_ends_at(text: &impl Text, mut end: usize) -> bool {
    step_back_over(text, &mut end, 0, b"tel")
        && text
            .prev(end)
            .is_none_or(|(c, _)| matches!(c, b'\n' | b'\r' | b'.'))
}

/// The keyword nearest the end of `window`, the clause before `pos`, with
/// what it says of the number there.
fn nearest_keyword(text: &impl Text, pos: usize, window: &[u8]) -> Option<Nearest> {
    // Nearest first: scan from the right, and only where a keyword can
    // start (a word's first letter, or any non-ASCII byte for the infix
    // ones): most positions are the middle of a word and cost one test.
    for start in (0..window.len()).rev() {
        let c = window[start];
        if !STARTS_KEYWORD[usize::from(c)] || c < 0x80 && !word_starts_after(&window[..start]) {
            continue;
        }
        let found = keywords_at(window, start).find_map(|k| {
            let mut nearest = labelling(k, &window[..start], &window[start..])?;
            if k.labels_only && !nearest.labels {
                return None;
            }
            // A record named as what a card paid for yields to the card's
            // word before it (`Card used for the booking: 5370 …`,
            // `Kreditkarte für die Buchung: …`), and one a phone is linked
            // with to the phone's (`mobile linked with Aadhaar: 84920 …`).
            if nearest.hint == Hint::Identifier {
                let yields_to = if ends_with_phrase(&window[..start], PURPOSE_PHRASES) {
                    Some(Hint::Card)
                } else if ends_with_phrase(&window[..start], LINK_PHRASES) {
                    Some(Hint::Phone)
                } else {
                    None
                };
                if let Some(hint) = yields_to {
                    let before = nearest_keyword(text, pos, &window[..start])
                        .filter(|before| before.hint == hint);
                    if before.is_some() {
                        return before;
                    }
                }
            }
            if k.word == b"id" && qualifies_id(&window[..start], PHONE_ID_QUALIFIERS) {
                nearest.hint = Hint::Phone;
            }
            if k.word == b"id" && qualifies_id(&window[..start], CARD_ID_QUALIFIERS) {
                nearest.hint = Hint::Card;
            }
            // Australia's tax file number is Sweden's "telefon": Swedish
            // numbers open with their trunk 0 or a country code, a tax
            // file number with neither (`Tfn: 070-740 48 03`).
            // (But a tax file number keeps its own groups of three, `TFN 010
            // 639 655`, which no Swedish number is written in.)
            if k.word == b"tfn"
                && matches!(text.peek(pos), Some(b'0' | b'+'))
                && !in_three_groups_of_three(text, pos)
            {
                nearest.hint = Hint::Phone;
            }
            Some(nearest)
        });
        if found.is_some() {
            return found;
        }
    }
    None
}

/// Words that make the record word after them what something was for
/// (`for the booking`, `für die Buchung`, `pour la réservation`).
const PURPOSE_PHRASES: &[&[u8]] = &[
    b"for the ",
    b"for my ",
    b"for this ",
    "für die ".as_bytes(),
    "für den ".as_bytes(),
    "für das ".as_bytes(),
    "für meine ".as_bytes(),
    b"pour la ",
    b"pour le ",
    b"pour ma ",
    b"pour mon ",
    b"para la ",
    b"para el ",
    b"para mi ",
    b"per la ",
    b"per il ",
    b"voor de ",
    b"voor het ",
    // (Polish and Czech: `Dane karty do zamówienia`, `dla …`, `pro …`.)
    b"do ",
    b"dla ",
    b"pro ",
];

/// Words that make the record word after them what a phone is linked or
/// registered with (`mobile linked with Aadhaar`).
const LINK_PHRASES: &[&[u8]] = &[
    b"linked with ",
    b"linked to ",
    b"registered with ",
    b"registered to ",
    b"seeded with ",
];

/// Whether `before` ends with one of `phrases` after a word of its own
/// ([`PURPOSE_PHRASES`], [`LINK_PHRASES`]).
fn ends_with_phrase(before: &[u8], phrases: &[&[u8]]) -> bool {
    phrases
        .iter()
        .any(|p| before.ends_with(p) && word_starts_after(&before[..before.len() - p.len()]))
}

/// Whether the number at `pos` is nine digits in three groups of three,
/// one space or dash between each (`010 639 655`, `010-639-655`).
fn in_three_groups_of_three(text: &impl Text, mut pos: usize) -> bool {
    for group in 0..3 {
        if group > 0 {
            match text.next(pos) {
                Some((b' ' | b'-', next)) => pos = next,
                _ => return false,
            }
        }
        for _ in 0..3 {
            match text.next(pos) {
                Some((c, next)) if c.is_ascii_digit() => pos = next,
                _ => return false,
            }
        }
    }
    !text.peek(pos).is_some_and(|c| c.is_ascii_digit())
}

/// Moves `p` back over white space between JSON tokens, at most `spare`
/// characters in all (which it counts down), not before `floor`.
fn skip_json_space(text: &impl Text, p: &mut usize, floor: usize, spare: &mut usize) {
    while *spare > 0 {
        match text.prev(*p) {
            Some((b' ' | b'\n' | b'\r' | b'\t', q)) if q >= floor => {
                *p = q;
                *spare -= 1;
            }
            _ => break,
        }
    }
}

/// Moves `p` back over `tokens`, each read back in turn and the white
/// space before it with it (see [`skip_json_space`]); `false`, with `p`
/// somewhere among them, if one is not there.
fn back_over_json_tokens(
    text: &impl Text,
    p: &mut usize,
    floor: usize,
    spare: &mut usize,
    tokens: &[&[u8]],
) -> bool {
    tokens.iter().all(|token| {
        let found = step_back_over(text, p, floor, token);
        if found {
            skip_json_space(text, p, floor, spare);
        }
        found
    })
}

/// When the value at `pos` is the `"value"` member of a JSON object whose
/// `"name"` member comes right before it, the label that name gives it, as
/// [`multipart_field_label`] writes one: form APIs send each field so
/// (`{"name":"phone","value":"0151-4526 5492"}`), and the comma between the
/// members would end the clause.
fn name_value_label(
    text: &impl Text,
    pos: usize,
    floor: usize,
    buf: &mut [u8; WINDOW],
) -> Option<usize> {
    let mut spare = NAME_VALUE_SPACE;
    let mut p = pos;
    let value_key = |p: &mut usize| VALUE_KEYS.iter().any(|k| step_back_over(text, p, floor, k));
    if !(back_over_json_tokens(text, &mut p, floor, &mut spare, &[b"\"", b":"])
        && value_key(&mut p))
    {
        return None;
    }
    skip_json_space(text, &mut p, floor, &mut spare);
    if !back_over_json_tokens(text, &mut p, floor, &mut spare, &[b","]) {
        return None;
    }
    let mut name = [0u8; MAX_MEMBER_NAME];
    let name = quoted_name_before(text, &mut p, floor, &mut name)?;
    // Whose line it is says nothing of what the value is: the key of the
    // list it is in may (see `enclosing_key_label`).
    if CHANNEL_OWNERS.iter().any(|o| name.eq_ignore_ascii_case(o)) {
        return None;
    }
    skip_json_space(text, &mut p, floor, &mut spare);
    if !(back_over_json_tokens(text, &mut p, floor, &mut spare, &[b":"])
        && NAME_KEYS
            .iter()
            .any(|k| step_back_over(text, &mut p, floor, k)))
    {
        return None;
    }
    write_label(name, buf)
}

/// The labels a contact's channel has for whose it is, not what it is
/// (`{"label":"work","value":…}`, Pipedrive's).
const CHANNEL_OWNERS: &[&[u8]] = &[
    b"work",
    b"home",
    b"other",
    b"main",
    b"personal",
    b"business",
];

/// When the value at `pos` is an HTML form control's `value` attribute
/// and its `name` attribute comes right before it, the label that name
/// gives it, as [`name_value_label`] reads a form API's members: `<input
/// name="msisdn" value="393377918472">`.
fn attribute_value_label(
    text: &impl Text,
    pos: usize,
    floor: usize,
    buf: &mut [u8; WINDOW],
) -> Option<usize> {
    let mut p = pos;
    if !step_back_over(text, &mut p, floor, b"value=\"") {
        return None;
    }
    let value_at = p;
    let mut spare = NAME_VALUE_SPACE;
    skip_json_space(text, &mut p, floor, &mut spare);
    if p == value_at {
        return None;
    }
    let mut name = [0u8; MAX_MEMBER_NAME];
    let name = quoted_name_before(text, &mut p, floor, &mut name)?;
    let opens_attribute = step_back_over(text, &mut p, floor, b"name=")
        && matches!(text.prev(p), Some((b' ' | b'\t' | b'\n' | b'\r', q)) if q >= floor);
    opens_attribute.then(|| write_label(name, buf))?
}

/// The members that hold a value whose kind the member before names
/// ([`NAME_KEYS`]): `{"name":"phone","value":"…"}` (form APIs),
/// `{"type":"phone","address":"…"}` (a contact's channels),
/// `{"label":"Mobile","number":"…"}`, a survey's answers
/// (`{"type":"Phone","answer":"…"}`).
const VALUE_KEYS: &[&[u8]] = &[
    b"\"value\"",
    b"\"address\"",
    b"\"number\"",
    b"\"answer\"",
    b"\"partyid\"",
    b"\"propertyvalue\"",
];

/// The members that name the kind of the value after them (see
/// [`VALUE_KEYS`]); `"title"` as Slack's attachment fields and Teams'
/// fact sets write them (`{"title":"Phone","value":"…"}`), `"field"` as
/// form and CRM exports do (`{"field":"phone","value":"…"}`).
const NAME_KEYS: &[&[u8]] = &[
    b"\"name\"",
    b"\"type\"",
    b"\"label\"",
    b"\"title\"",
    b"\"field\"",
    // Mobile money APIs' parties (`{"partyIdType":"MSISDN","partyId":…}`,
    // MTN MoMo's).
    b"\"partyidtype\"",
    // CRM properties (`{"property":"phone","value":…}`, HubSpot's;
    // `{"propertyName":"phone","propertyValue":…}`, its webhooks').
    b"\"property\"",
    b"\"propertyname\"",
    // An order's meta data (`{"key":"_shipping_phone","value":…}`,
    // WooCommerce's).
    b"\"key\"",
    // FHIR's contact points and identifiers (`{"system":"phone","value":…}`,
    // `{"system":"https://fhir.nhs.uk/Id/nhs-number","value":…}`).
    b"\"system\"",
];

/// Whether `after`, what follows a phone word, is the rest of a link's
/// `tel:` URL up to the link's text: `:+4722330322">`.
fn closes_tel_link(after: &[u8]) -> bool {
    let Some(rest) = after.strip_prefix(b":") else {
        return false;
    };
    let url = rest
        .iter()
        .take_while(|&&b| b.is_ascii_digit() || matches!(b, b'+' | b'-' | b'.' | b'%'))
        .count();
    url > 0 && matches!(&rest[url..], b"\">" | b"'>")
}

/// Whether the value at `pos` opens a raw multipart part whose field name
/// labels it a phone number (`name="phone"`, a blank line): a contact
/// form's phone field holds the number alone, its `+` often left out
/// (`4915179338642`).
pub(crate) fn opens_phone_part(text: &impl Text, pos: usize) -> bool {
    let labelled = || nearest(text, pos, 0).is_some_and(|n| n.hint == Hint::Phone && n.labels);
    let mut p = pos;
    match text.prev(p) {
        Some((b'\n', _)) => {
            let mut buf = [0u8; WINDOW];
            return multipart_field_label(text, pos, 0, &mut buf).is_some() && labelled();
        }
        Some((b' ', _)) => {}
        _ => return false,
    }
    // As `redact` reads a part, the label its field's name gives it is all
    // the text before it (`phone: `, see `StreamRedactor::with_context`).
    if !step_back_over(text, &mut p, 0, b": ") {
        return false;
    }
    // (Such a label keeps at most the last 40 bytes of a long name.)
    for _ in 0..=LOOKBACK {
        match text.prev(p) {
            None => return labelled(),
            Some((c, q)) if is_letter(c) || c.is_ascii_digit() || c == b' ' => p = q,
            Some(_) => return false,
        }
    }
    false
}

/// Fields whose value is a message, which a number in it is not labelled
/// by: `text`, `sms`, `message`, `body`.
const MESSAGE_FIELDS: &[&[u8]] = &[b"text", b"sms", b"message", b"body"];

/// The longest field name [`multipart_field_label`] and
/// [`parent_key_label`] read: the look-back
/// ([`numeric::REACH_BEHIND`](super::numeric::REACH_BEHIND) characters)
/// also holds what stands around the name.
const MAX_FIELD_NAME: usize = 32;

/// How much white space, in all, [`parent_key_label`] reads between the
/// tokens before a value: the line break and indentation of a
/// pretty-printed array (`"Telefone": [⏎            "…`, as Google Forms'
/// responses are exported).
const JSON_LABEL_SPACE: usize = 20;

/// How much white space, in all, [`name_value_label`] reads between the
/// tokens before a value: the line break and indentation of a
/// pretty-printed member (`"name": "account_no",⏎          "value": "…`,
/// as Discord's embeds and Teams' fact sets are sent).
const NAME_VALUE_SPACE: usize = 20;

/// The longest name [`name_value_label`] reads in a member's value
/// (`"Mobile Phone"`): its keys take more of the look-back than a key of
/// its own would.
const MAX_MEMBER_NAME: usize = 28;

// Every read of the three stays within the look-back the escape-free
// path relies on: the name, its quotes and one read past a name too long,
// after the blank line and `form-data; name=` (multipart), after `"`,
// `:"value"{[:` and the white space (JSON), or after `":"address",:"label"`
// and the white space (a form API's members).
const _: () = {
    let name = MAX_FIELD_NAME + 3;
    assert!(4 + name + "form-data; name=".len() <= super::numeric::REACH_BEHIND);
    assert!(1 + ":\"value\"{[:".len() + JSON_LABEL_SPACE + name <= super::numeric::REACH_BEHIND);
    assert!(
        "\":\"address\",:\"label\"".len() + NAME_VALUE_SPACE + MAX_MEMBER_NAME + 3
            <= super::numeric::REACH_BEHIND
    );
    assert!(
        " name=\"value=\"".len() + NAME_VALUE_SPACE + MAX_MEMBER_NAME + 3
            <= super::numeric::REACH_BEHIND
    );
};

/// Passes the words of a form field's name to `push`, split where camel
/// case and `_ - . [ ]` split them (`mobile Phone` for `mobilePhone`,
/// `customer phone ` for `customer[phone]`): its ASCII letters, spaces
/// between words, and its UTF-8 as it is. Nothing else of the name is
/// kept: no digit or symbol of it may start a finding's look-back. `None`
/// (nothing passed) for a field named for a message (`text`, `sms`),
/// whose number no name labels.
pub(crate) fn field_name_words(name: &[u8], mut push: impl FnMut(u8)) -> Option<()> {
    if MESSAGE_FIELDS.iter().any(|m| name.eq_ignore_ascii_case(m)) {
        return None;
    }
    let mut prev_lower = false;
    for &b in name {
        if b.is_ascii_alphabetic() || b >= 0x80 {
            if b.is_ascii_uppercase() && prev_lower {
                push(b' ');
            }
            push(b);
            prev_lower = b.is_ascii_lowercase();
        } else if matches!(b, b'_' | b'-' | b' ' | b'.' | b'[' | b']') {
            push(b' ');
            prev_lower = false;
        }
    }
    Some(())
}

/// When the value at `pos` opens a multipart part, the label its field's
/// name gives it, as [`field_name_words`] and a colon (`phone: `), at the
/// end of `buf`; returns its length. The part's headers end right before
/// the value: `Content-Disposition: form-data; name="phone"`, a blank
/// line. This is how a raw multipart body reads; a part streamed on its
/// own is handed the same bytes as context.
fn multipart_field_label(
    text: &impl Text,
    pos: usize,
    floor: usize,
    buf: &mut [u8; WINDOW],
) -> Option<usize> {
    let back = |p: &mut usize, want: &[u8]| step_back_over(text, p, floor, want);
    let mut p = pos;
    // The blank line, with or without carriage returns.
    for _ in 0..2 {
        if !back(&mut p, b"\n") {
            return None;
        }
        back(&mut p, b"\r");
    }
    let mut name = [0u8; MAX_FIELD_NAME];
    let name = quoted_name_before(text, &mut p, floor, &mut name)?;
    // `; name=` (the space optional, as some clients leave it out) after
    // `form-data`.
    if !back(&mut p, b"name=") {
        return None;
    }
    back(&mut p, b" ");
    if !back(&mut p, b"form-data;") {
        return None;
    }
    // JotForm sends a phone field's whole number as its `[full]` member
    // (`q5_phoneNumber[full]`): the field's own name labels it.
    write_label(name.strip_suffix(b"[full]").unwrap_or(name), buf)
}

/// When the value at `pos` is a JSON object's `"full"` member, or the
/// first string in an array, the label the key of the object or array
/// gives it, as [`multipart_field_label`] writes one: form builders store a
/// phone field's whole number so (`"q5_phoneNumber":{"full":"96710232"}`),
/// and Google Forms each answer as an array (`"Phone": ["6467963523"]`,
/// pretty-printed across lines); the member's name says nothing, and the
/// bracket would end the clause.
fn parent_key_label(
    text: &impl Text,
    pos: usize,
    floor: usize,
    buf: &mut [u8; WINDOW],
) -> Option<usize> {
    // White space between tokens, a pretty-printed line break and its
    // indent included, but no more in all than the look-back can spare.
    let mut spare = JSON_LABEL_SPACE;
    let mut p = pos;
    // `"`, then `[`, `{"full":` or `[{"value":`, then the key's `:`,
    // read back.
    if !back_over_json_tokens(text, &mut p, floor, &mut spare, &[b"\""]) {
        return None;
    }
    let openings: [&[&[u8]]; 3] = [
        &[b"["],
        &[b":", b"\"full\"", b"{"],
        &[b":", b"\"value\"", b"{", b"["],
    ];
    let from = (p, spare);
    let opened = openings.iter().any(|opening| {
        (p, spare) = from;
        back_over_json_tokens(text, &mut p, floor, &mut spare, opening)
    });
    if !(opened && back_over_json_tokens(text, &mut p, floor, &mut spare, &[b":"])) {
        return None;
    }
    let mut name = [0u8; MAX_FIELD_NAME];
    let name = quoted_name_before(text, &mut p, floor, &mut name)?;
    write_label(name, buf)
}

/// Member names that say only that their value is "the number" or "the
/// value" of what the object's own key names.
const GENERIC_MEMBERS: &[&[u8]] = &[b"\"number\"", b"\"value\""];

/// The keys of arrays of a contact's numbers, each an object with its
/// label and its value (see [`enclosing_key_label`]).
const PHONE_ARRAY_KEYS: &[&[u8]] = &[b"phone", b"phones", b"phone_numbers", b"phoneNumbers"];

/// The longest object key [`enclosing_key_label`] joins to its member's
/// name: the two make one name [`write_label`] can take.
const MAX_ENCLOSING_KEY: usize = MAX_FIELD_NAME - "_number".len();

/// When the value at `pos` is a JSON object's `"number"` or `"value"`
/// member, the label the object's key and the member's name give it
/// together, as [`multipart_field_label`] writes one: `"order":
/// {"id":5571153900980,"number":"…"` reads as "order number", `"card":
/// {"number":…` as "card number", `"phone":{"type":"mobile","value":…` as
/// "phone value". Members before it with plain values (a string without
/// escapes, a number, a literal) are stepped over to the object's `{`.
/// Nothing is read further back than the look-back the escape-free path
/// relies on: a pretty-printed object with long members before the value
/// names nothing.
/// How far back [`enclosing_key_label`] reads, in characters: the
/// verifiers' reach before the name/value reader needed more of it.
const ENCLOSING_KEY_REACH: usize = LOOKBACK + 16;

const _: () = assert!(ENCLOSING_KEY_REACH <= super::numeric::REACH_BEHIND);

fn enclosing_key_label(
    text: &impl Text,
    pos: usize,
    floor: usize,
    buf: &mut [u8; WINDOW],
    through_array: bool,
) -> Option<usize> {
    // Reads stop one character before this: within the reach, whatever
    // the escapes (a character is at least a byte).
    let floor = floor.max(pos.saturating_sub(ENCLOSING_KEY_REACH - 1));
    // (So white space needs no budget of its own: pretty-printing's
    // indents count against the floor.)
    let mut spare = ENCLOSING_KEY_REACH;
    let mut p = pos;
    // A string value's quote, or a bare number.
    if !back_over_json_tokens(text, &mut p, floor, &mut spare, &[b"\""]) {
        skip_json_space(text, &mut p, floor, &mut spare);
    }
    if !back_over_json_tokens(text, &mut p, floor, &mut spare, &[b":"]) {
        return None;
    }
    let member = GENERIC_MEMBERS
        .iter()
        .find(|m| step_back_over(text, &mut p, floor, m))?;
    skip_json_space(text, &mut p, floor, &mut spare);
    loop {
        if back_over_json_tokens(text, &mut p, floor, &mut spare, &[b"{"]) {
            break;
        }
        if !back_over_json_tokens(text, &mut p, floor, &mut spare, &[b","]) {
            return None;
        }
        // The member before: a plain value, then `:` and its key.
        let mut scratch = [0u8; MAX_FIELD_NAME];
        if quoted_name_before(text, &mut p, floor, &mut scratch).is_none() {
            let mut len = 0;
            while let Some((c, q)) = text.prev(p) {
                if q < floor || !(c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-' | b'+')) {
                    break;
                }
                p = q;
                len += 1;
            }
            if len == 0 {
                return None;
            }
        }
        skip_json_space(text, &mut p, floor, &mut spare);
        if !back_over_json_tokens(text, &mut p, floor, &mut spare, &[b":"]) {
            return None;
        }
        quoted_name_before(text, &mut p, floor, &mut scratch)?;
        skip_json_space(text, &mut p, floor, &mut spare);
    }
    // (Or the first object of a phone key's array: `"phone":[{"label":
    // "work","value":…`, as Pipedrive lists a person's numbers. Other
    // arrays hold fields the object's own members name: `"fields":[{"name":
    // "phone","value":…`.)
    // (Asked last: the object's own members name the value first.)
    if through_array && !back_over_json_tokens(text, &mut p, floor, &mut spare, &[b"["]) {
        return None;
    }
    if !back_over_json_tokens(text, &mut p, floor, &mut spare, &[b":"]) {
        return None;
    }
    let mut key = [0u8; MAX_ENCLOSING_KEY];
    let key = quoted_name_before(text, &mut p, floor, &mut key)?;
    if through_array && !PHONE_ARRAY_KEYS.iter().any(|k| key.eq_ignore_ascii_case(k)) {
        return None;
    }
    // A key holding a record's id names a field by it, not by a word
    // (`"dynamic_8431890":{"label":"Mobile phone","value":…}`, Personio's):
    // the object's own members may name the value (see `name_value_label`).
    if key.windows(3).any(|w| w.iter().all(u8::is_ascii_digit)) {
        return None;
    }
    // A value is what its key names: `"phone":{"value":…}` labels it as
    // `"phone":…` would.
    if *member == b"\"value\"" {
        return write_label(key, buf);
    }
    // `order` and `"number"` make `order_number`.
    let mut name = [0u8; MAX_FIELD_NAME];
    let member = &member[1..member.len() - 1];
    let len = key.len() + 1 + member.len();
    name[..key.len()].copy_from_slice(key);
    name[key.len()] = b'_';
    name[key.len() + 1..len].copy_from_slice(member);
    write_label(&name[..len], buf)
}

/// Steps `p` back over `want` (lowercase; ASCII case ignored in the text)
/// if the text before `p` ends with it, not past `floor`.
pub(crate) fn step_back_over(text: &impl Text, p: &mut usize, floor: usize, want: &[u8]) -> bool {
    let mut at = *p;
    for &w in want.iter().rev() {
        match text.prev(at) {
            Some((c, q)) if q >= floor && c.to_ascii_lowercase() == w => at = q,
            _ => return false,
        }
    }
    *p = at;
    true
}

/// The name in quotes that ends at `p` (`"phone"`), at most `N`
/// characters, copied into the end of `name`; `p` moves to its opening
/// quote.
fn quoted_name_before<'n, const N: usize>(
    text: &impl Text,
    p: &mut usize,
    floor: usize,
    name: &'n mut [u8; N],
) -> Option<&'n [u8]> {
    if !step_back_over(text, p, floor, b"\"") {
        return None;
    }
    let mut len = 0;
    loop {
        match text.prev(*p) {
            Some((b'"', q)) if q >= floor => {
                *p = q;
                return Some(&name[N - len..]);
            }
            Some((c, q)) if q >= floor && len < N && c >= b' ' => {
                name[N - 1 - len] = c;
                len += 1;
                *p = q;
            }
            _ => return None,
        }
    }
}

/// Writes the label a field's name gives its value (its words and a
/// colon, lowercased) at the end of `buf`; returns its length.
fn write_label(name: &[u8], buf: &mut [u8; WINDOW]) -> Option<usize> {
    let mut label = [0u8; MAX_FIELD_NAME * 2 + 2];
    let mut n = 0;
    field_name_words(name, |b| {
        label[n] = b.to_ascii_lowercase();
        n += 1;
    })?;
    label[n..n + 2].copy_from_slice(b": ");
    n += 2;
    buf[WINDOW - n..].copy_from_slice(&label[..n]);
    Some(n)
}

/// The endings of JSON keys in camel case that name a phone number
/// (`"SuppliedPhone"`, `"homePhone"`, `"customerMobile"`), lowercased:
/// inside a word, no keyword is looked for.
const PHONE_KEY_ENDINGS: &[&[u8]] = &[b"phone", b"mobile", b"phonenumber", b"mobilenumber"];

/// Words that end in a phone word without naming a phone number
/// (`"headphone"`, `"smartphoneModel"` aside, which ends otherwise).
const NOT_PHONE_KEY_ENDINGS: &[&[u8]] = &[
    b"headphone",
    b"earphone",
    b"microphone",
    b"smartphone",
    b"iphone",
    b"automobile",
    b"immobile",
];

/// When `key`, the name that ends the clause (see [`key_ending`]: a JSON
/// key alone, `"SuppliedPhone": "`, an XML element's start tag,
/// `<ns:AgentPhone>`, or an attribute's name, `<Ticket requesterPhone="`),
/// ends in a phone word, the label it is.
#[inline]
fn phone_key_ending(key: &[u8]) -> Option<Nearest> {
    let named = key == b"tel"
        || PHONE_KEY_ENDINGS.iter().any(|e| key.ends_with(e))
            && !NOT_PHONE_KEY_ENDINGS.iter().any(|e| key.ends_with(e));
    named.then_some(Nearest::PHONE_LABEL)
}

/// The name that ends the clause and names the value after it: a JSON
/// key alone, an XML element's start tag or an attribute's name. A slice
/// of `window`.
fn key_ending(window: &[u8]) -> Option<&[u8]> {
    json_key_alone(window)
        .or_else(|| element_opened_last(window))
        .or_else(|| attribute_named_last(window))
}

/// The name of the XML or HTML attribute whose value the clause opens
/// (`<call callee="`, `<t requesterphone='`).
fn attribute_named_last(window: &[u8]) -> Option<&[u8]> {
    let name = window
        .strip_suffix(b"=\"")
        .or_else(|| window.strip_suffix(b"='"))?;
    let len = name
        .iter()
        .rev()
        .take_while(|&&b| b.is_ascii_alphabetic() || b == b'_')
        .count();
    let (before, name) = name.split_at(name.len() - len);
    let spaced = before
        .last()
        .is_some_and(|&b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'));
    (len > 0 && spaced).then_some(name)
}

/// The longest key [`with_camel_key_split`] splits.
const MAX_CAMEL_KEY: usize = 48;

/// When a key in camel case ends the clause (see [`key_ending`]), the
/// clause again at the end of `buf` with a space between the key's words
/// (`"external id":`, `<crm:item ean>`), so that its last word is looked
/// up as a word, as in a key written in snake case. A word starts at an
/// upper-case letter after two lower-case ones: `iPhone` and `eBay` stay
/// whole. `window` is the clause as [`clause_before`] reads it, up to
/// `pos`; the key's case is read from `text`, one character per byte of
/// the key and of what follows it (where something beyond ASCII follows,
/// an attribute's escaped text, the characters do not match the key in
/// any view, and nothing is split).
fn with_camel_key_split<'b>(
    text: &impl Text,
    pos: usize,
    window: &[u8],
    key: &[u8],
    buf: &'b mut [u8; WINDOW],
) -> Option<&'b [u8]> {
    if key.len() < 4 || key.len() > MAX_CAMEL_KEY {
        return None;
    }
    // (The key is a slice of the window: its offset, in safe arithmetic.)
    let key_start = key.as_ptr() as usize - window.as_ptr() as usize;
    let key_end = key_start + key.len();
    let mut written = [0u8; MAX_CAMEL_KEY];
    let after_key = window.len() - key_end;
    // Where every byte is a character, the key is read where it lies.
    let raw = pos
        .checked_sub(after_key + key.len())
        .and_then(|from| text.plain_bytes(from, pos - after_key));
    match raw {
        Some((raw, _)) => written[..key.len()].copy_from_slice(raw),
        None => {
            let mut p = pos;
            for _ in 0..after_key {
                p = text.prev(p)?.1;
            }
            for slot in written[..key.len()].iter_mut().rev() {
                let (c, q) = text.prev(p)?;
                *slot = c;
                p = q;
            }
        }
    }
    let written = &written[..key.len()];
    if !written
        .iter()
        .zip(key)
        .all(|(c, k)| c.to_ascii_lowercase() == *k)
    {
        return None;
    }
    let starts_word = |i: usize| {
        i >= 2
            && written[i].is_ascii_uppercase()
            && written[i - 1].is_ascii_lowercase()
            && written[i - 2].is_ascii_lowercase()
    };
    let humps = (0..written.len()).filter(|&i| starts_word(i)).count();
    let len = window.len() + humps;
    if humps == 0 || len > WINDOW {
        return None;
    }
    let out = &mut buf[WINDOW - len..];
    out[..key_start].copy_from_slice(&window[..key_start]);
    let mut n = key_start;
    for (i, &c) in written.iter().enumerate() {
        if starts_word(i) {
            out[n] = b' ';
            n += 1;
        }
        out[n] = c.to_ascii_lowercase();
        n += 1;
    }
    out[n..].copy_from_slice(&window[key_end..]);
    Some(out)
}

/// The key of a clause that is a JSON key alone and the start of its
/// value (`"suppliedphone": "`).
fn json_key_alone(window: &[u8]) -> Option<&[u8]> {
    let rest = window.trim_ascii_start().strip_prefix(b"\"")?;
    let key_len = rest
        .iter()
        .take_while(|&&b| b.is_ascii_alphabetic() || b == b'_')
        .count();
    let (key, after) = rest.split_at(key_len);
    let value = json_value_after_key(after)?;
    value
        .iter()
        .all(|&b| matches!(b, b' ' | b'"'))
        .then_some(key)
}

/// The name, its namespace prefix and attributes aside, of the XML
/// element whose start tag ends the clause (`…</ns:iban><ns:agentphone>`,
/// `<ws:phonenumber type="home">`): the element the number is the content
/// of. The clause may hold the elements before it, which name other
/// values.
fn element_opened_last(window: &[u8]) -> Option<&[u8]> {
    let tag = window.strip_suffix(b">")?;
    let tag = &tag[tag.iter().rposition(|&b| b == b'<')? + 1..];
    let name = tag.split(|&b| b == b' ').next()?;
    let name = name.rsplit(|&b| b == b':').next()?;
    (!name.is_empty() && name.iter().all(|&b| b.is_ascii_alphabetic() || b == b'_')).then_some(name)
}

/// Whether `before`, the window up to an "id", ends with one of
/// `qualifiers` (a word that makes it a phone line's or a card's id) and a
/// space, dash or underscore.
fn qualifies_id(before: &[u8], qualifiers: &[&[u8]]) -> bool {
    let Some((&joint, rest)) = before.split_last() else {
        return false;
    };
    matches!(joint, b' ' | b'-' | b'_')
        && qualifiers.iter().any(|q| {
            let Some(word_start) = rest.len().checked_sub(q.len()) else {
                return false;
            };
            rest.ends_with(q) && word_starts_after(&rest[..word_start])
        })
}

/// The ASCII letters that end `text`, and what stands before them.
fn last_word(text: &[u8]) -> (&[u8], &[u8]) {
    let letters = text
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    text.split_at(text.len() - letters)
}

/// Whether `before` ends with the word "id" and a space, or "id" and a
/// Romance "of" (`id de `, `id du `, `id di `).
fn after_id_word(before: &[u8]) -> bool {
    if !matches!(before.last(), Some(b' ' | b'_')) {
        return false;
    }
    let (rest, word) = last_word(&before[..before.len() - 1]);
    match word {
        b"id" => true,
        b"de" | b"du" | b"di" => last_word(rest.trim_ascii_end()).1 == b"id",
        _ => false,
    }
}

/// Whether `before` ends with an English preposition and a possessive or
/// an article ("on my ", "to your ", "in the "), before a word for where
/// something is kept.
fn after_kept_in(before: &[u8]) -> bool {
    const PREPOSITIONS: &[&[u8]] = &[b"on", b"to", b"in", b"with", b"for", b"from", b"under"];
    const POSSESSIVES: &[&[u8]] = &[b"my", b"your", b"our", b"the", b"his", b"her", b"their"];
    let mut words = before.trim_ascii_end().rsplit(|&b| b == b' ');
    let (Some(possessive), Some(preposition)) = (words.next(), words.next()) else {
        return false;
    };
    POSSESSIVES.contains(&possessive) && PREPOSITIONS.contains(&preposition)
}

/// Whether `before` ends with a preposition of where money goes or comes
/// from and a possessive or an article ("to my ", "from your ").
fn after_moved_from_or_to(before: &[u8]) -> bool {
    let mut words = before.trim_ascii_end().rsplit(|&b| b == b' ');
    words.next();
    words
        .next()
        .is_some_and(|w| matches!(w, b"to" | b"into" | b"from"))
}

/// What keyword `k`, matched at the start of `from` (the window from it
/// on; `before` is the window before it), says about the number at the end
/// of the window, if it speaks for it at all.
fn labelling(k: &Keyword, before: &[u8], from: &[u8]) -> Option<Nearest> {
    // What follows the rest of the word the keyword starts
    // ("Bestellnummer", "order_id", "電話番号は").
    let after = &from[k.word.len()..];
    let tail = if ends_latin_word(k, from) {
        0
    } else {
        word_rest_len(after)
    };
    // An abbreviation's period glued to letters is a host name's dot
    // (`https://t.example.com/…?c=2530033927`), no label.
    if k.word.ends_with(b".") && after.first().is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    // A customer to be called at a number names no record: "call the
    // customer on 01865 953225" is the call verb's number.
    if k.speaker
        && matches!(
            after[tail..].trim_ascii(),
            b"on" | b"at" | b"au" | b"al" | b"op"
        )
    {
        return None;
    }
    // A contact's id names a record (`ID contact;…`, `ID de contacto:`).
    if k.hint == Hint::Phone && after_id_word(before) {
        return Some(Nearest::RECORD_LABEL);
    }
    // A phone accessory is a product, and the number after it a product
    // code ("手机壳 39682755", "Handyhülle 4241-0051").
    if k.hint == Hint::Phone && ACCESSORIES.iter().any(|a| after[..tail].starts_with(a)) {
        return None;
    }
    // A conversation held on the phone ("as discussed on the phone: …")
    // says how something was said, not whose number follows: a card read
    // out then is still a card.
    if k.hint == Hint::Phone
        && tail == 0
        && (before.ends_with(b"on the ") || before.ends_with(b"over the "))
    {
        return None;
    }
    // An account after a preposition and a possessive ("the number on my
    // account is …", "linked to your account") is where the number is
    // kept, not what it numbers: the word says nothing of it.
    // (But money sent to or from an account names it, where the number
    // follows the word: "transfer it to my account 0664345543".)
    if k.hint == Hint::Account
        && tail == 0
        && after_kept_in(before)
        && !(after_moved_from_or_to(before)
            && after.iter().all(|&b| matches!(b, b' ' | b':' | b'#')))
    {
        return None;
    }
    if glued_to_id(k, &after[..tail]) || names_a_message_field(&after[..tail]) {
        return None;
    }
    // (A call verb in a script without spaces that labels only, 打, is
    // one only right before the number: not in 打折, "discount".)
    if k.infix && k.labels_only && tail > 0 {
        return None;
    }
    // A form key's parent object (`ticket[comment][body]=…`) names what the
    // value belongs to, not the value; but for a form builder's `full`
    // part, the whole value of the field it names (`q3_phoneNumber[full]=…`).
    let rest_of_word = &after[tail..];
    if rest_of_word.first() == Some(&b'[') && !rest_of_word.starts_with(b"[full]") {
        return None;
    }
    // The rest of the word says it is a number ("Bestillingsnummer",
    // "고객번호", "Ügyfélszám"), as a word for "number" before it does
    // ("Číslo rezervace", "Nomor pelanggan") or after it ("Rezervasyon
    // kodu", "Foglalási szám").
    // (Asked of speaker and booking words only: most keywords need not
    // know.)
    let rest = &after[tail..];
    let numbered = || {
        ends_in_number_word(&after[..tail])
            || ends_with_number_word(before)
            || starts_with_number_word(rest)
    };
    // A customer's word in "customer service" names the line to call, not
    // a record ("Customer Service: 020 7946 0958", "Service clients : 01
    // 33 58 65 17", "Kundenservice: 030 …", "Atención al cliente: …").
    // (Customer words are speakers, but for German's glued one.)
    let customer = k.speaker || k.word == b"kunden";
    if customer && names_service(before, &after[..tail], rest) {
        // The desk's name labels its line where only fillers follow it
        // (`Atención al cliente al 01 800 …`, `Kundenservice: 030 …`);
        // elsewhere it says nothing, and an earlier word may.
        return desk_labels(rest).then_some(Nearest::PHONE_LABEL);
    }
    let after = rest;
    // "My number" followed by a customer's or an order's word names that
    // record's number ("mój numer klienta to …", "mi número de cliente").
    if k.my_number && tail == 0 {
        if let Some(rest) = record_word_after(after) {
            return Some(Nearest {
                hint: Hint::Identifier,
                labels: is_label_filler(rest),
                past_number: names_past_number(rest),
                asks_to_call: false,
                customer: false,
                my_number: false,
            });
        }
    }
    // ("Customer: …", "Client : …" opening a line; not "n° client : 804 …"
    // nor "N° client: 2387…", where a word for "number" makes it a label.)
    let speaks = || {
        (after.first() == Some(&b':')
            || before.iter().all(u8::is_ascii_whitespace)
                && after.trim_ascii_start().first() == Some(&b':'))
            && !numbered()
    };
    if k.speaker && speaks() || k.numbered_only && !numbered() {
        return None;
    }
    // (Or a field of a signature's line set off by a bar: `T: 6061 2386 |
    // F: 6333 9872`.)
    let line_field = before.trim_ascii_end().ends_with(b"|")
        || before.iter().all(|&b| b.is_ascii_whitespace() || b == b'>');
    if k.opens_line && !line_field {
        return None;
    }
    // (Or a table's header cell: `<th>SIN</th><td>209-192-962`, or a JSON
    // key: `"sin":"…"`, `"sin_ca":"…"`.)
    if k.marked
        && !after
            .trim_ascii_start()
            .first()
            .is_some_and(|&b| matches!(b, b':' | b'#') || is_letter(b))
        && !after.starts_with(b"</th>")
        && !after.starts_with(b"\":")
    {
        return None;
    }
    // A link's text after its `tel:` URL (`<a href="tel:22330322">22 33
    // 03 22</a>`): the number the URL dials, as it is shown.
    if k.hint == Hint::Phone && closes_tel_link(after) {
        return Some(Nearest::PHONE_LABEL);
    }
    // A loyalty, gift or member card's number is a record's.
    let other_card = if k.hint == Hint::Card {
        other_card(k, before, after)
    } else {
        None
    };
    let after = other_card.unwrap_or(after);
    let after = past_label_cell(after);
    let labels = match json_value_after_key(after) {
        // `"phone": "…` names the value that follows it; `"text":
        // "… 3428132133` names a message, not the number in it.
        Some(value) if value.iter().all(|&b| matches!(b, b' ' | b'"')) => {
            !MESSAGE_WORDS.contains(&k.word)
        }
        Some(_) => return None,
        None if k.hint == Hint::Phone => is_filler_of(after, FILLERS_AFTER_A_PHONE_WORD),
        None => is_label_filler(after),
    };
    // A booking's or a customer's number is a record's, where the word
    // alone may name a line to call ("Reservations: 212-555-0134").
    // (A prior authorisation's number is an insurer's record, where the
    // words label it: `"cf_prior_auth": "84794 31503"`; not "fax the
    // prior authorization form to …".)
    let prior_authorisation = || {
        let qualifier = before.trim_ascii_end();
        let qualifier = qualifier.strip_suffix(b"_").unwrap_or(qualifier);
        k.word.starts_with(b"auth")
            && (qualifier.ends_with(b"prior") || qualifier.ends_with(b"pre"))
    };
    let hint = match k.hint {
        Hint::NotCard if numbered() || labels && prior_authorisation() => Hint::Identifier,
        Hint::Card if other_card.is_some() => Hint::OtherCard,
        hint => hint,
    };
    // A record sent to a number is sent to a line, not numbered by it:
    // `Bitte faxen Sie das Rezept an 030 …`, `fax the prescription to …`;
    // an earlier word may speak for it.
    if hint.names_record() && !labels && sent_to(after) {
        return None;
    }
    Some(Nearest {
        hint,
        labels,
        past_number: names_past_number(after),
        asks_to_call: k.asks_to_call,
        customer: k.speaker && !numbered() && !opens_with_any_number_word(after),
        my_number: k.my_number,
    })
}

/// What follows a table's label cell, past the cell's end and the value
/// cell's start (`<th>Mobile number</th><td>61495353109`, `<td>Phone:</td>
/// <td>…`): a row that labels its value, as a key does.
fn past_label_cell(after: &[u8]) -> &[u8] {
    let Some(rest) = after
        .strip_prefix(b"</th>")
        .or_else(|| after.strip_prefix(b"</td>"))
    else {
        return after;
    };
    let rest = rest.trim_ascii_start();
    match rest.strip_prefix(b"<td") {
        Some(cell) if matches!(cell.first(), Some(b'>' | b' ')) => cell
            .iter()
            .position(|&b| b == b'>')
            .map_or(after, |end| &cell[end + 1..]),
        _ => after,
    }
}

/// Whether `after`, what stands between a word and the number after it,
/// ends in a preposition of direction, at most two words after the word:
/// the number is where the thing the word names is sent (`to`, `an`, `au`,
/// `al`, `na`, `naar`, `till` …; `the form to`, `bitte an`).
fn sent_to(after: &[u8]) -> bool {
    const TO: &[&[u8]] = &[
        b"to",
        b"an",
        b"au",
        b"\xc3\xa0",
        b"al",
        b"ao",
        b"para",
        b"na",
        b"naar",
        b"till",
        b"til",
    ];
    if !after.first().is_some_and(u8::is_ascii_whitespace) {
        return false;
    }
    let mut words = after.trim_ascii().rsplit(|&b| b == b' ');
    words.next().is_some_and(|last| TO.contains(&last)) && words.count() <= 2
}

/// How long the rest of a keyword's word is, in `after` (what follows
/// the keyword): letters of any script and `_` (`Bestellnummer`,
/// `order_id`, `電話番号は`).
fn word_rest_len(after: &[u8]) -> usize {
    // (Not past full-width or CJK punctuation: `SIN：625…`.)
    let mut len = 0;
    while len < after.len() && (after[len] == b'_' || word_goes_on(&after[len..])) {
        len += 1;
    }
    len
}

/// Whether the rest of a keyword's word (`tail`) makes it a field that
/// holds a message (`customer_note`, `ticket_subject`): the number is
/// somewhere in what someone wrote, which the keyword does not name.
fn names_a_message_field(tail: &[u8]) -> bool {
    const MESSAGE_FIELDS: &[&[u8]] = &[
        b"_note",
        b"_notes",
        b"_message",
        b"_comment",
        b"_comments",
        b"_subject",
        b"_body",
        b"_description",
    ];
    MESSAGE_FIELDS.iter().any(|field| tail.ends_with(field))
}

/// Whether `k` is a phone word glued to "id", the rest of its word
/// (`tail`): a cell's id (`<CellId>`), a device's, which names no phone.
fn glued_to_id(k: &Keyword, tail: &[u8]) -> bool {
    k.hint == Hint::Phone && matches!(tail, b"id" | b"_id")
}

/// Words for "number" or "code": they may stand between a keyword and
/// the number it labels, and make a record word after them a label (`N°
/// client:`, `n.º de cliente:`, `номер клиента:`); a confirmation or
/// voucher code is the record's number.
const NUMBER_WORDS: &[&[u8]] = &[
    b"number",
    b"num",
    b"no",
    b"nr",
    b"nro",
    b"n",
    b"n\xc2\xb0",
    b"n\xc2\xba",
    b"n.\xc2\xba",
    b"\xe2\x84\x96",
    b"nummer",
    // (Afrikaans: `selfoon nommer`.)
    b"nommer",
    b"num\xc3\xa9ro",
    b"numero",
    b"n\xc3\xbamero",
    b"n\xc3\xbam",
    "номер".as_bytes(),
    "Номер".as_bytes(),
    b"code",
    b"c\xc3\xb3digo",
    b"codigo",
    b"id",
    // Polish, Czech, Indonesian and Malay, Hungarian, Greek, Hebrew,
    // Arabic, Korean, Vietnamese ("number", "code"), Italian, Romanian,
    // Polish and Turkish "code"; Polish "number" as "at" and "of" take it
    // (`pod numerem`, `numeru`).
    b"numer",
    b"numerem",
    b"numeru",
    "číslo".as_bytes(),
    "Číslo".as_bytes(),
    b"nomor",
    b"nombor",
    "szám".as_bytes(),
    "αριθμός".as_bytes(),
    "Αριθμός".as_bytes(),
    "מספר".as_bytes(),
    "رقم".as_bytes(),
    "번호".as_bytes(),
    "số".as_bytes(),
    "mã".as_bytes(),
    b"codice",
    b"cod",
    b"kod",
    b"kodu",
    b"nummeret",
    "κωδικός".as_bytes(),
    "Κωδικός".as_bytes(),
    // Hindi "number" (`ग्राहक संख्या`, customer number).
    "संख्या".as_bytes(),
    "नंबर".as_bytes(),
    // Lithuanian, Slovenian, Persian and Urdu "number".
    b"numeris",
    "številka".as_bytes(),
    "شماره".as_bytes(),
    "نمبر".as_bytes(),
    // (A booking's reference: `Référence de réservation`.)
    "référence".as_bytes(),
    b"reference",
];

/// The first word of `after`, past white space, without a final period.
fn first_word(after: &[u8]) -> &[u8] {
    let after = after.trim_ascii_start();
    let len = after
        .iter()
        .position(|&b| !(is_letter(b) || b == b'.'))
        .unwrap_or(after.len());
    let word = &after[..len];
    word.strip_suffix(b".").unwrap_or(word)
}

/// Whether the first word of `after` is a word for "number".
fn starts_with_number_word(after: &[u8]) -> bool {
    let word = first_word(after);
    // (Not `no`, `nr` or `n`: `reserva no hotel` is "booking at the
    // hotel".)
    word.len() >= 3 && NUMBER_WORDS.contains(&word)
}

/// [`starts_with_number_word`], short words (`no.`, `nr`, `n°`) and `#`
/// too: where a customer's word is followed by one, it names a record
/// (`customer no. 858 421 736`).
fn opens_with_any_number_word(after: &[u8]) -> bool {
    after.trim_ascii_start().starts_with(b"#") || NUMBER_WORDS.contains(&first_word(after))
}

/// Whether the rest of a word after a keyword ends in a word for "number"
/// (`snummer` of "Bestillingsnummer", `번호` of "고객번호", `szám` of
/// "Ügyfélszám"). Only words of four bytes or more: shorter ones end too
/// many words.
fn ends_in_number_word(rest: &[u8]) -> bool {
    NUMBER_WORDS
        .iter()
        .any(|w| w.len() >= 4 && rest.ends_with(w))
}

/// Whether `before`, the window up to a record word, ends with a word for
/// "number", with `de`, `do`, `du` or `of` after it (`n.º de cliente`).
fn ends_with_number_word(before: &[u8]) -> bool {
    let last_word = |text: &[u8]| -> (usize, usize) {
        let text = text.trim_ascii_end();
        let start = text
            .iter()
            .rposition(|&b| b.is_ascii_whitespace())
            .map_or(0, |i| i + 1);
        (start, text.len())
    };
    let (start, end) = last_word(before);
    let mut word = &before[start..end];
    if matches!(word, b"de" | b"do" | b"du" | b"da" | b"of") {
        let (start, end) = last_word(&before[..start]);
        word = &before[start..end];
    }
    let word = word.strip_suffix(b".").unwrap_or(word);
    NUMBER_WORDS.contains(&word)
}

/// Words of records that may follow a generic "my number" (`mój numer
/// klienta`, `mi número de cliente`, `mon numéro de commande`), in the
/// cases these languages put them in.
const RECORD_WORDS_AFTER_NUMBER: &[&[u8]] = &[
    b"klienta",
    b"zam\xc3\xb3wienia",
    b"client",
    b"cliente",
    b"commande",
    b"pedido",
    b"encomenda",
    b"ordine",
    b"kunde",
    b"kunden",
    b"klant",
    b"customer",
    b"order",
    b"account",
    b"conta",
    b"cuenta",
    b"compte",
    b"konta",
    // Polish "personal" (`mój numer osobowy`: a national id).
    b"osobowy",
    // A member's or a donor's (`mon numéro de donateur`, `mi número de
    // socio`).
    b"donateur",
    b"donante",
    b"donor",
    b"socio",
    b"membre",
    "adhérent".as_bytes(),
    // A patient's file (`mi número de historia`).
    b"historia",
    b"membro",
    // Russian records "by the number of" names (`по номеру договора`).
    "заказа".as_bytes(),
    "договора".as_bytes(),
    "полиса".as_bytes(),
    "накладной".as_bytes(),
    "паспорта".as_bytes(),
    "карты".as_bytes(),
    "счета".as_bytes(),
    "клиента".as_bytes(),
];

/// The rest of `after` (what follows a "my number" keyword) past a record
/// word of [`RECORD_WORDS_AFTER_NUMBER`], with `de`, `do`, `of` before it,
/// if one stands there.
fn record_word_after(after: &[u8]) -> Option<&[u8]> {
    let mut rest = after.trim_ascii_start();
    // (French and Italian elide "de" before a vowel: `numéro d'adhérent`,
    // `numéro d’adhérent`.)
    for joint in [
        &b"de "[..],
        b"do ",
        b"du ",
        b"of ",
        b"di ",
        b"del ",
        b"d'",
        "d’".as_bytes(),
    ] {
        if let Some(r) = rest.strip_prefix(joint) {
            rest = r.trim_ascii_start();
            break;
        }
    }
    let len = rest.iter().take_while(|&&b| is_letter(b)).count();
    RECORD_WORDS_AFTER_NUMBER
        .contains(&&rest[..len])
        .then(|| &rest[len..])
}

/// Whether another number stands in `between` (the clause between a
/// keyword and a number): a digit, or a mask a re-check pass sees where
/// the first pass masked one, three `*` or more in a row, or two runs of
/// them one separator apart (`** ** ** **`). One or two `*` before a word
/// or a number are emphasis (`Tel: **20 12 34 56**`).
fn names_past_number(between: &[u8]) -> bool {
    let mut run = 0;
    let mut runs_joined = false;
    let mut time_until = 0;
    for (i, &b) in between.iter().enumerate() {
        if i < time_until {
            continue;
        }
        if b.is_ascii_digit() {
            // (A time of day says when to call, not another number: `call
            // after 18:45 713-483-1381`, `дзвоніть після 18:45 …`.)
            match time_of_day_at(between, i) {
                Some(end) => {
                    time_until = end;
                    continue;
                }
                None => return true,
            }
        }
        if b == b'*' {
            run += 1;
            if run >= 3 || runs_joined {
                return true;
            }
        } else {
            let separator = matches!(b, b' ' | b'-' | b'.');
            runs_joined = run > 0 && separator && between.get(i + 1) == Some(&b'*');
            run = 0;
        }
    }
    false
}

/// Where a time of day written `H:MM` or `HH:MM` that starts at `at` in
/// `text` ends, if one does (no digit glued to either end).
fn time_of_day_at(text: &[u8], at: usize) -> Option<usize> {
    if at > 0 && text[at - 1].is_ascii_digit() {
        return None;
    }
    let hours = text[at..].iter().take_while(|b| b.is_ascii_digit()).count();
    let colon = at + hours;
    let minutes = text.get(colon + 1..colon + 3)?;
    let end = colon + 3;
    let shaped = (1..=2).contains(&hours)
        && text[colon] == b':'
        && minutes.iter().all(u8::is_ascii_digit)
        && !text.get(end).is_some_and(u8::is_ascii_digit);
    shaped.then_some(end)
}

/// How far a phone word is looked for after a number, in bytes of UTF-8
/// (about twelve characters of an Indic or CJK script): past a
/// postposition, not into the next clause ("9419390326 पर संपर्क करें",
/// contact me on …).
pub const LOOKAHEAD: usize = 36;

/// Whether a phone word follows the number ending at `end` in its clause,
/// after at most a short word: "मुझे 3035213290 पर कॉल करें" (call me on
/// …), "052-482-9876までお電話ください". Languages that put the verb last
/// name the number's purpose after it.
pub fn phone_word_after(text: &impl Text, end: usize) -> bool {
    phone_word_after_where(text, end, |_| true)
}

/// Whether an HL7 v2 telecom field's use code follows the number that
/// ends at `end`: `0827 1863 7012^PRN^PH`, `792600759^WPN^CP` (home, work,
/// other, vacation, answering, emergency and beeper numbers).
pub fn hl7_phone_use_after(text: &impl Text, end: usize) -> bool {
    const USES: &[&[u8]] = &[b"prn", b"wpn", b"orn", b"vhn", b"asn", b"emr", b"bpn"];
    if text.peek(end) != Some(b'^') {
        return false;
    }
    let mut read = [0u8; 5];
    let mut p = end;
    for slot in &mut read {
        let Some((c, q)) = text.next(p) else {
            return false;
        };
        *slot = c.to_ascii_lowercase();
        p = q;
    }
    read[0] == b'^' && read[4] == b'^' && USES.contains(&&read[1..4])
}

/// [`phone_word_after`], for the phone words `accept` takes.
fn phone_word_after_where(text: &impl Text, end: usize, accept: impl Fn(&Keyword) -> bool) -> bool {
    let mut buf = [0u8; LOOKAHEAD];
    let window = clause_after(text, end, &mut buf);
    (0..window.len()).any(|start| {
        keywords_at(window, start).any(|k| {
            let rest = &window[start + k.word.len()..];
            let tail = &rest[..word_rest_len(rest)];
            // (A word with a colon after it labels what follows it, not the
            // number before: `Sopimus: 4170616115 – Matkapuhelin: 040 …`.)
            let labels_next = rest[tail.len()..].trim_ascii_start().starts_with(b":");
            // (Nor is an attribute's name a word: `… width="1" alt="">`.)
            let attribute = rest[tail.len()..].starts_with(b"=");
            k.hint == Hint::Phone
                && accept(k)
                && !glued_to_id(k, tail)
                && !labels_next
                && !attribute
        })
    })
}

/// The characters of the clause after `end`, as [`matched_as`], up to
/// [`LOOKAHEAD`] bytes of them.
fn clause_after<'b>(text: &impl Text, end: usize, buf: &'b mut [u8; LOOKAHEAD]) -> &'b [u8] {
    let mut n = 0;
    let mut p = end;
    while let Some((c, q)) = text.next(p) {
        if ends_clause(c) || matches!(c, b'.' | b'!' | b'?') {
            break;
        }
        let mut utf8 = [0u8; 4];
        let bytes = matched_as(text, c, p, &mut utf8);
        if n + bytes.len() > LOOKAHEAD {
            break;
        }
        buf[n..n + bytes.len()].copy_from_slice(bytes);
        n += bytes.len();
        p = q;
    }
    &buf[..n]
}

/// Turkish records named after their number (`5090524589 numaralı
/// siparişim`, "my order numbered …"): an order's, an invoice's, a
/// shipment's, a return's, a ticket's, a booking's, a customer's.
const TURKISH_RECORDS: &[&[u8]] = &[
    "sipariş".as_bytes(),
    b"fatura",
    b"kargo",
    "iade".as_bytes(),
    b"talep",
    b"bilet",
    b"rezervasyon",
    "müşteri".as_bytes(),
    b"hesap",
];

/// Whether the number ending at `end` is named a record's by the words
/// after it, as Turkish names it (`… numaralı siparişim`, `… nolu
/// fatura`).
pub fn record_named_after(text: &impl Text, end: usize) -> bool {
    let mut buf = [0u8; LOOKAHEAD];
    let after = clause_after(text, end, &mut buf).trim_ascii_start();
    // …and as Norway writes a company registered for VAT, its number
    // before `MVA` (`984 597 029 MVA`).
    if after
        .strip_prefix(b"mva")
        .is_some_and(|rest| !rest.first().is_some_and(|&c| is_letter(c)))
    {
        return true;
    }
    let Some(rest) = ["numaralı".as_bytes(), b"nolu ", b"no'lu "]
        .iter()
        .find_map(|w| after.strip_prefix(*w))
    else {
        return false;
    };
    let rest = rest.trim_ascii_start();
    TURKISH_RECORDS.iter().any(|r| rest.starts_with(r))
}

/// [`phone_word_after`], where no other number follows in the clause,
/// which the word would label instead (`OTP 56686577 cellulare: 210 …`),
/// and for a word that names a phone (`(WhatsApp)`, `telefondan`): not a
/// verb, nor a word as often said of other things (line, text, direct,
/// contact).
pub fn phone_word_after_alone(text: &impl Text, end: usize) -> bool {
    let mut p = end;
    let mut read = 0;
    while let Some((c, q)) = text.next(p) {
        if ends_clause(c) || matches!(c, b'.' | b'!' | b'?') || read == LOOKAHEAD {
            break;
        }
        // (A mask is a number a re-check pass sees where the first pass
        // masked one.)
        if c.is_ascii_digit() || matches!(c, b'+' | b'*') {
            return false;
        }
        read += 1;
        p = q;
    }
    const SAID_OF_OTHER_THINGS: &[&[u8]] = &[b"line", b"text", b"direct", b"contact"];
    phone_word_after_where(text, end, |k| {
        !k.asks_to_call && !SAID_OF_OTHER_THINGS.contains(&k.word)
    })
}

/// Words that close a letter before the writer's name, lowercased (`Kind
/// regards,`, `Un saludo,`, `Pozdrawiam,`, `Mvh.`, `Hilsen`).
const SIGN_OFFS: &[&[u8]] = &[
    b"regards",
    b"best",
    b"cheers",
    b"thanks",
    b"thank you",
    b"sincerely",
    b"saludo",
    b"saludos",
    b"atentamente",
    b"gracias",
    b"cordialement",
    b"salutations",
    b"merci",
    "grüße".as_bytes(),
    "grüßen".as_bytes(),
    b"danke",
    b"atenciosamente",
    b"abra\xc3\xa7os",
    b"obrigado",
    b"obrigada",
    b"saluti",
    b"cordiali",
    b"grazie",
    b"groeten",
    b"pozdrawiam",
    "dziękuję".as_bytes(),
    b"hilsen",
    b"mvh",
    b"med venlig",
    b"tack",
    b"tak",
    "hälsningar".as_bytes(),
    b"groet",
    b"abrazo",
    b"abrazos",
    b"cumprimentos",
    "saudações".as_bytes(),
    b"pozdrav",
    b"pozdravem",
    "üdvözlettel".as_bytes(),
    b"kiitos",
    "saygılarımla".as_bytes(),
    "teşekkürler".as_bytes(),
    "с уважением".as_bytes(),
    "з повагою".as_bytes(),
    b"terima kasih",
    b"salamat",
];

/// Whether the number from `start` to `end` stands alone on its line,
/// right under a name (two to four capitalised words) that a letter's
/// sign-off line comes before ([`SIGN_OFFS`]): a signature's phone,
/// written bare (`Un saludo,⏎Ximena Martínez⏎4424235108`). Reads at most
/// [`super::numeric::REACH_BEHIND`] characters back, and none before
/// `floor`.
pub(crate) fn signature_number(text: &impl Text, start: usize, end: usize, floor: usize) -> bool {
    let mut p = end;
    while let Some((b' ' | b'\t', q)) = text.next(p) {
        p = q;
    }
    if !matches!(
        text.next(p),
        None | Some((b'\n' | b'\r' | b'<' | b'"' | b'&', _))
    ) {
        return false;
    }
    let mut budget = super::numeric::REACH_BEHIND - 8;
    let mut p = start;
    let mut prev = |p: &mut usize| -> Option<u8> {
        let (c, q) = text.prev(*p)?;
        if q < floor || budget == 0 {
            return None;
        }
        budget -= 1;
        *p = q;
        Some(c)
    };
    // The line break before the number, past spaces and a `\r`.
    loop {
        match prev(&mut p) {
            Some(b' ' | b'\t' | b'\r') => {}
            Some(b'\n') => break,
            _ => return false,
        }
    }
    // The name's line: words of letters, each opening with a capital or
    // a letter outside ASCII.
    const MOST: usize = 40;
    let mut line = [0u8; MOST];
    let mut n = 0;
    loop {
        match prev(&mut p) {
            Some(b'\n') => break,
            Some(b'\r') if n == 0 => {}
            Some(c) if n < MOST && (is_letter(c) || matches!(c, b' ' | b'.' | b'-' | b'\'')) => {
                n += 1;
                line[MOST - n] = c;
            }
            _ => return false,
        }
    }
    // (A surname's particles are written small: `Jan de Vries`, `Maria
    // dos Santos`.)
    const PARTICLES: &[&[u8]] = &[
        b"de", b"da", b"di", b"do", b"dos", b"das", b"del", b"della", b"van", b"von", b"der",
        b"den", b"la", b"le", b"du", b"y", b"e", b"ter", b"zu",
    ];
    let name = line[MOST - n..].trim_ascii();
    let words = name.split(|&c| c == b' ').filter(|w| !w.is_empty());
    let capitalised = |w: &&[u8]| w[0].is_ascii_uppercase() || w[0] >= 0x80;
    let count = words.clone().filter(capitalised).count();
    let all_name = words
        .into_iter()
        .all(|w| capitalised(&w) || PARTICLES.contains(&w));
    if !(2..=4).contains(&count) || !all_name {
        return false;
    }
    // The sign-off's line.
    let mut n = 0;
    loop {
        match prev(&mut p) {
            Some(b'\n') => break,
            None if text.prev(p).is_none() => break,
            Some(b'\r') if n == 0 => {}
            Some(c) if n < MOST => {
                n += 1;
                line[MOST - n] = c.to_ascii_lowercase();
            }
            _ => return false,
        }
    }
    // (Whole words: not the `tak` of "mistake".)
    let sign_off = &line[MOST - n..];
    SIGN_OFFS.iter().any(|w| {
        (0..=sign_off.len().saturating_sub(w.len())).any(|at| {
            sign_off[at..].starts_with(w)
                && !sign_off[..at].last().is_some_and(|&c| is_letter(c))
                && !sign_off.get(at + w.len()).is_some_and(|&c| is_letter(c))
        })
    })
}

/// Currencies written before or after an amount, lowercased: codes,
/// symbols and local abbreviations (`Rp 802.349.700`, `R$ 1.234.567`,
/// `700.871.000 ₫`).
const CURRENCIES: &[&[u8]] = &[
    b"$",
    b"us$",
    b"r$",
    "€".as_bytes(),
    "£".as_bytes(),
    "¥".as_bytes(),
    "₹".as_bytes(),
    "₫".as_bytes(),
    "₽".as_bytes(),
    "₩".as_bytes(),
    "₺".as_bytes(),
    "₱".as_bytes(),
    "฿".as_bytes(),
    "đ".as_bytes(),
    b"rp",
    b"idr",
    b"vnd",
    b"usd",
    b"eur",
    b"gbp",
    b"chf",
    b"jpy",
    b"inr",
    b"brl",
    b"rub",
    b"pln",
    b"sek",
    b"nok",
    b"dkk",
    b"aud",
    b"cad",
    b"mxn",
    b"cop",
    b"clp",
    b"ars",
    b"sar",
    b"aed",
    b"krw",
    b"thb",
    b"myr",
    b"rm",
    b"sgd",
    b"hkd",
    b"cny",
    b"rmb",
    b"kr",
    "zł".as_bytes(),
    "руб".as_bytes(),
    "kč".as_bytes(),
    b"czk",
    b"huf",
    b"ft",
    b"ron",
    b"lei",
    b"bgn",
    b"try",
    b"zar",
    b"ngn",
    "₦".as_bytes(),
    b"kes",
    b"ksh",
    b"egp",
    b"pkr",
    b"php",
    b"ils",
    "₪".as_bytes(),
    b"nzd",
];

/// What a count is of, written after it, lowercased (`928 452 738 users
/// affected`, `balance: 782.695.469 miles`), and currencies by name.
const COUNTED: &[&[u8]] = &[
    b"users",
    b"points",
    b"pts",
    b"miles",
    b"views",
    b"requests",
    b"items",
    b"units",
    b"records",
    b"rows",
    b"bytes",
    b"visits",
    b"followers",
    b"downloads",
    b"messages",
    b"clicks",
    b"impressions",
    b"subscribers",
    b"members",
    b"tokens",
    b"customers",
    b"orders",
    b"utilisateurs",
    b"usuarios",
    b"usu\xc3\xa1rios",
    b"nutzer",
    b"punkte",
    b"puntos",
    b"pontos",
    b"meilen",
    b"millas",
    b"milhas",
    b"euros",
    b"euro",
    b"dollars",
    b"reais",
    b"rupiah",
    b"rupees",
    b"dong",
    b"pesos",
    b"yen",
    b"won",
    b"lira",
    "рублей".as_bytes(),
    "đồng".as_bytes(),
    "円".as_bytes(),
    "元".as_bytes(),
    "원".as_bytes(),
];

/// Whether the number from `start` to `end` is an amount or a count: a
/// currency right before it, or a currency or what is counted right after
/// it (`Rp 802.349.700`, `913 488 838 points`). Such a number is no phone
/// unless a phone word labels it.
pub fn amount_around(text: &impl Text, start: usize, end: usize) -> bool {
    const MOST: usize = 16;
    let mut utf8 = [0u8; 4];
    // The word before, read back over at most one space.
    let mut word = [0u8; MOST];
    let mut n = 0;
    let mut p = start;
    if let Some((b' ', q)) = text.prev(p) {
        p = q;
    }
    while let Some((c, q)) = text.prev(p) {
        if c == b' ' || ends_clause(c) || c.is_ascii_digit() {
            break;
        }
        let bytes = matched_as(text, c, q, &mut utf8);
        // (Longer, the word's end is kept: a currency after markup,
        // `<td>Amount</td><td>Rp 711.833.300`, is in it.)
        if n + bytes.len() > MOST {
            break;
        }
        word.copy_within(..n, bytes.len());
        word[..bytes.len()].copy_from_slice(bytes);
        n += bytes.len();
        p = q;
    }
    // (Past any punctuation glued before the currency: `<p>₫225.953.300`,
    // `"€1.234.567`; and an abbreviation's period, `Rp. 709.025.300`.)
    let before = word[..n].strip_suffix(b".").unwrap_or(&word[..n]);
    let glued = before
        .rsplit(|&b| b.is_ascii_punctuation() && b != b'$')
        .next()
        .unwrap_or_default();
    if !before.is_empty() && CURRENCIES.contains(&glued) {
        return true;
    }
    // The word after, past the amount's cents (`250 000 000,00 €`) and
    // at most one space.
    n = 0;
    let mut p = end;
    if let Some((b',' | b'.', mut q)) = text.next(p) {
        let mut cents = 0;
        while let Some((c, r)) = text.next(q) {
            if !c.is_ascii_digit() || cents == 2 {
                break;
            }
            cents += 1;
            q = r;
        }
        if cents == 2 && !text.peek(q).is_some_and(|c| c.is_ascii_digit()) {
            p = q;
        }
    }
    if let Some((b' ', q)) = text.next(p) {
        p = q;
    }
    while let Some((c, q)) = text.next(p) {
        if !(c.is_ascii_alphabetic() || c >= 0x80 || c == b'$') {
            break;
        }
        let bytes = matched_as(text, c, p, &mut utf8);
        if n + bytes.len() > MOST {
            return false;
        }
        word[n..n + bytes.len()].copy_from_slice(bytes);
        n += bytes.len();
        p = q;
    }
    let after = &word[..n];
    // A word that goes on is no unit: an address's local part (`orders@`),
    // a contraction (`won't`), a name (`users_2`, `euro.shop`).
    let goes_on = match text.next(p) {
        Some((b'@' | b'_' | b'\'' | b'0'..=b'9', _)) => true,
        Some((b'.', q)) => text.peek(q).is_some_and(|c| c.is_ascii_alphanumeric()),
        _ => false,
    };
    n > 0 && !goes_on && (COUNTED.contains(&after) || CURRENCIES.contains(&after))
}

/// Whether `c` ends the clause or field a keyword speaks for: a line end,
/// a comma, a semicolon, a form pair or a JSON member
/// (`{"id":360001234568,"value":"4111…"}`: "id" names the sibling, not
/// the value).
#[inline]
fn ends_clause(c: u8) -> bool {
    matches!(
        c,
        b',' | b';' | b'&' | b'{' | b'}' | b'[' | b']' | b'\n' | b'\r'
    )
}

/// The bytes the character `c` at `at` is matched as: lowercased if ASCII,
/// the UTF-8 of what a `\uHHHH` escape or an HTML reference stands for,
/// else as it is.
#[inline(always)]
pub(crate) fn matched_as<'u>(
    text: &impl Text,
    c: u8,
    at: usize,
    utf8: &'u mut [u8; 4],
) -> &'u [u8] {
    // Only a non-ASCII logical character can stand for an escape.
    if let Some(wide) = (c >= 0x80).then(|| text.escaped_char(at)).flatten() {
        return wide.encode_utf8(utf8).as_bytes();
    }
    utf8[0] = c.to_ascii_lowercase();
    &utf8[..1]
}

/// Fills the end of `buf` with the characters of the clause before `pos`,
/// as [`matched_as`], and returns them.
fn clause_before<'b>(
    text: &impl Text,
    pos: usize,
    floor: usize,
    buf: &'b mut [u8; WINDOW],
) -> &'b [u8] {
    // Where every byte is a character, the clause is a slice of the input.
    let low = pos.saturating_sub(LOOKBACK).max(floor).min(pos);
    if let Some((raw, plus_is_space)) = text.plain_bytes(low, pos) {
        let clause_end = |raw: &[u8]| {
            let mut end = raw.len();
            loop {
                let i = raw[..end].iter().rposition(|&c| ends_clause(c))?;
                let before = i.checked_sub(1).map(|j| raw[j]);
                if !names_form_field(raw[i], before, raw.get(i + 1).copied()) {
                    return Some(i);
                }
                end = i;
            }
        };
        let start = match clause_end(raw) {
            Some(i) if raw[i] == b'\n' && label_line_before(&raw[..i], &raw[i + 1..]) => {
                let line_end = raw[..i].strip_suffix(b"\r").map_or(i, <[u8]>::len);
                clause_end(&raw[..line_end]).map_or(0, |j| j + 1)
            }
            i => i.map_or(0, |i| i + 1),
        };
        let clause = &raw[start..];
        let window = &mut buf[WINDOW - clause.len()..];
        for (w, &c) in window.iter_mut().zip(clause) {
            *w = if c == b'+' && plus_is_space {
                b' '
            } else {
                c.to_ascii_lowercase()
            };
        }
        return &window[sentence_start(window)..];
    }
    let mut n = 0;
    let mut chars = 0;
    let mut p = pos;
    let mut crossed_line = false;
    while chars < LOOKBACK && p > floor {
        let Some((c, q)) = text.prev(p) else {
            break;
        };
        // (The `\r` of a crossed `\r\n`.)
        let ends_line = c == b'\r' && crossed_line && buf[WINDOW - n..].first() == Some(&b'\n');
        // (What the raw path sees around a bracket: nothing before the
        // window's first character.)
        let in_form_field = || {
            let before = (chars + 1 < LOOKBACK && q > floor)
                .then(|| text.peek_back(q))
                .flatten();
            names_form_field(c, before, buf[WINDOW - n..].first().copied())
        };
        if ends_clause(c) && !ends_line && !in_form_field() {
            let label_before = || {
                let mut before = q;
                if let Some((b'\r', r)) = text.prev(before) {
                    before = r;
                }
                // (Past a label's closing emphasis, as `without_emphasis`.)
                for _ in 0..2 {
                    match text.prev(before) {
                        Some((b'*' | b'_', r)) => before = r,
                        _ => break,
                    }
                }
                // (No further back than the raw path reads: `floor`.)
                text.prev(before)
                    .is_some_and(|(c, at)| c == b':' && at >= floor)
                    || copula_ends_at(text, before, floor)
            };
            let value_starts_line = buf[WINDOW - n..].iter().all(|&c| is_line_lead(c));
            if c == b'\n' && !crossed_line && value_starts_line && label_before() {
                crossed_line = true;
            } else {
                break;
            }
        }
        if !prepend_matched(text, c, q, &mut buf[..], &mut n) {
            break;
        }
        chars += 1;
        p = q;
    }
    let window = &buf[WINDOW - n..];
    &window[sentence_start(window)..]
}

/// Writes the character `c` at `at`, as [`matched_as`] reads it, right
/// before the last `n` bytes of `buf`, and counts it in `n`; `false`,
/// writing nothing, where it does not fit.
fn prepend_matched(text: &impl Text, c: u8, at: usize, buf: &mut [u8], n: &mut usize) -> bool {
    let mut utf8 = [0u8; 4];
    let bytes = matched_as(text, c, at, &mut utf8);
    let Some(from) = buf.len().checked_sub(*n + bytes.len()) else {
        return false;
    };
    buf[from..from + bytes.len()].copy_from_slice(bytes);
    *n += bytes.len();
    true
}

/// [`ends_with_copula`] on the characters of `text` before `end`, none of
/// them before `floor`.
fn copula_ends_at(text: &impl Text, end: usize, floor: usize) -> bool {
    const LEN: usize = 8;
    let mut tail = [0u8; LEN];
    let mut n = 0;
    let mut pos = end;
    while let Some((c, q)) = text.prev(pos) {
        if q < floor {
            break;
        }
        if !prepend_matched(text, c, q, &mut tail, &mut n) {
            break;
        }
        pos = q;
        if c == b' ' {
            break;
        }
    }
    ends_with_copula(&tail[LEN - n..])
}

/// Whether a bracket `c`, between `before` and `after`, is part of a
/// form field's name (`contact[phone]=`, `order[billing][phone]=`, as
/// Rails, PHP and Shopify name fields) rather than opening or closing a
/// clause: a `[` right after a name's character, a `]` right before `=` or
/// another `[`.
fn names_form_field(c: u8, before: Option<u8>, after: Option<u8>) -> bool {
    match c {
        b'[' => before.is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b']')),
        b']' => matches!(after, Some(b'=' | b'[')),
        _ => false,
    }
}

/// Whether a number after a line break, with only `after` before it on
/// its line, is the value of a label that ends the line before (`before`
/// ends with `:`): a form mail's "Phone:" and the number on the next line.
fn label_line_before(before: &[u8], after: &[u8]) -> bool {
    let before = before.strip_suffix(b"\r").unwrap_or(before);
    let before = without_emphasis(before);
    (before.ends_with(b":") || ends_with_copula(before)) && after.iter().all(|&c| is_line_lead(c))
}

/// Words for "is" that end a line whose number follows on the next
/// (`il mio numero è⏎349 …`, `meu número é⏎…`, `my number is⏎…`), as a
/// colon does.
const LINE_END_COPULAS: &[&[u8]] = &[
    b"is",
    b"es",
    b"est",
    b"ist",
    b"to",
    b"er",
    b"jest",
    "è".as_bytes(),
    "é".as_bytes(),
    "är".as_bytes(),
];

/// Whether `line` ends with one of [`LINE_END_COPULAS`] as a word of its
/// own, in any case.
fn ends_with_copula(line: &[u8]) -> bool {
    LINE_END_COPULAS.iter().any(|word| {
        line.len() > word.len()
            && line[line.len() - word.len()..].eq_ignore_ascii_case(word)
            && line[line.len() - word.len() - 1] == b' '
    })
}

/// `label` without the Markdown emphasis that closes it (`*Phone:*`,
/// `**Member ID:**`, `_Tel:_`), as chat apps' messages and webhooks write
/// a label on the line before its value.
fn without_emphasis(label: &[u8]) -> &[u8] {
    let marks = label
        .iter()
        .rev()
        .take(2)
        .take_while(|&&c| matches!(c, b'*' | b'_'))
        .count();
    &label[..label.len() - marks]
}

/// What may stand before a value at the start of its line.
fn is_line_lead(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'(' | b'+')
}

/// Where the last sentence in `window` starts: after the last `.`, `!` or
/// `?` followed by a space (a period after an abbreviation aside), after
/// a CJK or Devanagari full stop, after an HTML line or block break (see
/// [`html_break_end`]), or after a spaced dash that words follow
/// (a subject line's "Invoice question - my number …"; not "Tel - …").
fn sentence_start(window: &[u8]) -> usize {
    const FULL_STOPS: &[&[u8]] = &[
        "\u{3002}".as_bytes(), // 。
        "\u{ff01}".as_bytes(), // ！
        "\u{ff1f}".as_bytes(), // ？
        "\u{0964}".as_bytes(), // ।
    ];
    // Most clauses hold no sentence end at all: find the last byte that
    // could be one, and look only from there.
    let could_end = |b: &u8| {
        matches!(
            b,
            b'.' | b'!' | b'?' | b'-' | b'<' | 0xe0 | 0xe2 | 0xe3 | 0xef
        )
    };
    const LONG_DASHES: &[&[u8]] = &["\u{2013}".as_bytes(), "\u{2014}".as_bytes()];
    let Some(last) = window.iter().rposition(could_end) else {
        return 0;
    };
    for i in (0..=last).rev() {
        let ends = match window[i] {
            b'.' => window.get(i + 1) == Some(&b' ') && !is_abbreviation(&window[..i]),
            b'!' | b'?' => window.get(i + 1) == Some(&b' '),
            b'-' | 0xe2 => {
                // A dash, spaced: `-`, or an en or em dash.
                let len = if window[i] == b'-' { 1 } else { 3 };
                let dash = len == 1 || LONG_DASHES.iter().any(|d| window[i..].starts_with(d));
                let spaced = i > 0 && window[i - 1] == b' ' && window.get(i + len) == Some(&b' ');
                // (`spaced` makes `i + len + 1` at most the window's end.)
                if dash && spaced && window[i + len + 1..].iter().any(|&c| is_letter(c)) {
                    return i + len + 1;
                }
                false
            }
            b'<' => {
                if let Some(end) = html_break_end(&window[i..]) {
                    return i + end;
                }
                false
            }
            // The lead bytes of the full stops' UTF-8.
            0xe0 | 0xe3 | 0xef => {
                if let Some(stop) = FULL_STOPS.iter().find(|s| window[i..].starts_with(s)) {
                    return i + stop.len();
                }
                false
            }
            _ => false,
        };
        if ends {
            return i + 1;
        }
    }
    0
}

/// Where the HTML line or block break that `tag` starts with ends (`<br>`,
/// `<br />`, `<p>`, `</div>`, `</li>`, `</tr>` …): the text after it is a
/// new line, as after a line break. Inline tags (`<b>Tel:</b> …`) and
/// table cells (`<td>Phone</td><td>…`) do not end a clause.
fn html_break_end(tag: &[u8]) -> Option<usize> {
    const BREAKS: &[&[u8]] = &[
        b"<br", b"<p", b"</p", b"<div", b"</div", b"<li", b"</li", b"<tr", b"</tr",
    ];
    // (The tag's whole name: not `<link>`, `<track>` or `<divider>`.)
    let is_break = BREAKS
        .iter()
        .any(|b| tag.starts_with(b) && matches!(tag.get(b.len()), Some(b'>' | b' ' | b'/')));
    if !is_break {
        return None;
    }
    tag.iter().position(|&c| c == b'>').map(|i| i + 1)
}

/// Whether `before` ends in an abbreviation whose period does not end a
/// sentence.
fn is_abbreviation(before: &[u8]) -> bool {
    // (A word glued to a script written without spaces starts after it:
    // `注文番号Ref.`.)
    let mut word_start = before.len();
    while !word_starts_after(&before[..word_start]) {
        word_start -= 1;
    }
    let letters = before.len() - word_start;
    let word = &before[word_start..];
    // A letter after an apostrophe ends a contraction ("can't.", "I'm."),
    // not a signature's "T." or "M.".
    let contraction =
        letters == 1 && before.len() >= 2 && matches!(before[before.len() - 2], b'\'' | 0x99);
    // German compounds end in one: "Telefonnr.", "Bestellnr.".
    !contraction && (ABBREVIATIONS.contains(&word) || word.ends_with(b"nr"))
}

/// Stems of the words that, with a customer's word, name a service desk
/// (`service`, `servicio`, `serviço`, `servizio`, `servis`, `Dienst`,
/// `support`, `care`, `atención al`, `atendimento ao`, `assistenza`,
/// `obsługa`, `hizmetleri`, `служба`), lowercased.
const SERVICE_STEMS: &[&[u8]] = &[
    b"servi",
    b"dienst",
    b"support",
    b"care",
    b"relations",
    b"atenci",
    b"atendimento",
    b"assistenza",
    "obsług".as_bytes(),
    b"hizmet",
    "служб".as_bytes(),
];

/// Whether a customer's word, with `glued` the rest of its word, `before`
/// the clause before it and `after` what follows, is part of the name of a
/// service desk: `Kundenservice`, `customer care`, `service client`,
/// `Atención al cliente`.
fn names_service(before: &[u8], glued: &[u8], after: &[u8]) -> bool {
    let next = after.trim_ascii_start();
    let next_word = &next[..next.iter().take_while(|&&b| is_letter(b)).count()];
    // The two words before it: `servicio al`, `Biuro obsługi`.
    let mut words = before
        .trim_ascii_end()
        .rsplit(|&b| !is_letter(b))
        .filter(|w| !w.is_empty());
    let earlier = [words.next(), words.next()];
    has_service_stem(glued)
        || has_service_stem(next_word)
        || earlier.into_iter().flatten().any(has_service_stem)
}

/// Whether `word` holds one of the [`SERVICE_STEMS`].
fn has_service_stem(word: &[u8]) -> bool {
    SERVICE_STEMS
        .iter()
        .any(|stem| word.windows(stem.len()).any(|w| w == *stem))
}

/// Whether only fillers stand in `after`, what follows a customer's word
/// that names a service desk, once the service's own word after it
/// (`service`, `hizmetlerimize`) is passed.
fn desk_labels(after: &[u8]) -> bool {
    let next = after.trim_ascii_start();
    let word_len = next.iter().take_while(|&&b| is_letter(b)).count();
    let rest = if has_service_stem(&next[..word_len]) {
        &next[word_len..]
    } else {
        after
    };
    is_filler_of(rest, FILLERS_AFTER_A_PHONE_WORD)
}

/// If `after` (what follows a keyword's word) closes a JSON key (`":`),
/// the value part after the colon.
fn json_value_after_key(after: &[u8]) -> Option<&[u8]> {
    let rest = after.strip_prefix(b"\"")?.trim_ascii_start();
    rest.strip_prefix(b":")
}

/// Whether only label filler stands in `between`: spaces, `: # = " ' ( )
/// - . /` and the words of [`FILLERS`].
fn is_label_filler(between: &[u8]) -> bool {
    is_filler_of(between, &[])
}

/// Prepositions and a call verb's object: "at the", "to" (Spanish,
/// French, Portuguese, Indonesian and Malay), "on", "at", "via",
/// Indonesian and Malay "our" after the noun (`layanan pelanggan kami di
/// …`), Polish "at" (`telefoniczny pod numerem …`), Arabic "on the number"
/// (`خدمة العملاء على الرقم …`), "me" and "us": a phone word labels the
/// number past them (`WhatsApp al …`, `telepon ke …`,
/// `call our customer service on …`), a customer's word does not
/// (`rappeler le client au 06 …`).
const FILLERS_AFTER_A_PHONE_WORD: &[&[u8]] = &[
    b"al",
    b"au",
    b"ao",
    // French "from the" (`Appel entrant du …`).
    b"du",
    b"ke",
    b"on",
    b"at",
    b"via",
    // Danish, Norwegian and Swedish "on" and "to" (`send mig en sms på
    // …`, `Send en sms til …`).
    "på".as_bytes(),
    b"til",
    b"kami",
    b"pod",
    // "Me" and "us", as a call verb's object: `Appelez-moi au …`, `call me
    // on …`, `ring mig på …`.
    b"me",
    b"moi",
    b"mich",
    b"mig",
    b"meg",
    b"mij",
    b"mnie",
    b"us",
    b"nous",
    // Czech and Slovak: `zavolejte mi na …`.
    b"mi",
    b"na",
    "على".as_bytes(),
    "الرقم".as_bytes(),
    // Swahili "at", "with me", "via" (`Nipigie kwa …`, `Wasiliana nami
    // kupitia …`).
    b"kwa",
    b"nami",
    b"kupitia",
    // Finnish "to me", "at the number", "me" and "from the number"
    // (`Minut tavoittaa numerosta …`).
    b"minulle",
    b"numeroon",
    b"minut",
    b"numerosta",
    // "To", where a number is changed to: `cambié mi teléfono a (33) 5426
    // 1236`. (Not English "to", which is Polish "is" too: `mój numer to
    // …` is a "my number" phrase.)
    b"a",
    "à".as_bytes(),
    // "Call you back on …", French "it's the" (`Mon numéro c'est le …`),
    // "office" (`Tél. bureau : …`), "on" (`rappeler sur le …`) and "our
    // agency" (`contactez notre agence au …`, `call our branch on …`).
    b"you",
    b"back",
    b"c",
    b"bureau",
    b"sur",
    b"notre",
    b"agence",
    b"our",
    b"branch",
    // Macedonian, Bulgarian and Serbian "at, on" (`добиете на …`).
    "на".as_bytes(),
    // isiZulu's and isiXhosa's "at, to" and "it is" (`ku-…`, `ngu …`),
    // Shona's, Chichewa's, Twi's, Krio's, Hausa's and Igbo's "is", "at"
    // (`ndi`, `pa`, `ne`, `na`, `ta`, `bụ`, `wɔ`), Kinyarwanda's "on"
    // (`kuri`).
    b"ku",
    b"ngu",
    b"ndi",
    b"pa",
    b"ne",
    b"ta",
    "bụ".as_bytes(),
    "wɔ".as_bytes(),
    b"kuri",
    b"m",
    // Which line: landline, business, home, office (`Tel fixo: …`,
    // `Fone comercial: …`, `Teléfono de la casa …`, `Mi teléfono fijo es
    // …`, `telefono fisso`).
    b"fixo",
    b"fijo",
    b"fisso",
    b"comercial",
    b"residencial",
    b"particular",
    b"casa",
    b"oficina",
    "escritório".as_bytes(),
    b"escritorio",
    b"trabajo",
    b"trabalho",
];

/// [`is_label_filler`], with the words of `more` as filler too.
fn is_filler_of(between: &[u8], more: &[&[u8]]) -> bool {
    let mut i = 0;
    while i < between.len() {
        let b = between[i];
        if is_letter(b) {
            let len = between[i..].iter().take_while(|&&c| is_letter(c)).count();
            let word = &between[i..i + len];
            if !(FILLERS.contains(&word) || NUMBER_WORDS.contains(&word) || more.contains(&word)) {
                return false;
            }
            i += len;
        } else if matches!(
            b,
            b' ' | b'\t'
                | b'\r'
                | b'\n'
                | b':'
                | b'#'
                | b'='
                | b'"'
                | b'\''
                | b'('
                | b')'
                | b'-'
                | b'.'
                | b'/'
                | b'>'
                | b'['
                | b']'
                // (A signature's `M | 583-523-081`.)
                | b'|'
                // (Markdown's emphasis: `Celular: **33 2286-8660**`.)
                | b'*'
        ) {
            i += 1;
        } else if let Some(len) = markup_tag_len(&between[i..]) {
            // The end of an element the word names and the cell after it
            // (`<phone>`, `Phone:</td><td>`).
            i += len;
        } else {
            return false;
        }
    }
    true
}

/// The length of the HTML or XML tag that opens `rest` (`<td>`, `</b>`,
/// `<span>`): a name of up to ten letters and digits, no attributes.
fn markup_tag_len(rest: &[u8]) -> Option<usize> {
    let name = rest.strip_prefix(b"<")?;
    let name = name.strip_prefix(b"/").unwrap_or(name);
    let len = name
        .iter()
        .take(11)
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    ((1..=10).contains(&len) && name.get(len) == Some(&b'>'))
        .then(|| rest.len() - name.len() + len + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::text::{DecodedText, RawText};

    fn hint(s: &str) -> Option<Hint> {
        let t = RawText::new(s.as_bytes());
        nearest(&t, s.len(), 0).map(|n| n.hint)
    }

    /// The nearest keyword and whether it labels the number, the same in
    /// the lazy and the decoded view.
    fn near(s: &str) -> Option<(Hint, bool)> {
        let raw = nearest(&RawText::new(s.as_bytes()), s.len(), 0);
        let decoded = DecodedText::new(s.as_bytes());
        assert_eq!(raw, nearest(&decoded, decoded.end(), 0), "{s:?}");
        raw.map(|n| (n.hint, n.labels))
    }

    #[test]
    fn qualified_card_words_name_other_cards() {
        for label in [
            "Loyalty card: ",
            "SIM card ",
            "carte de fidélité ",
            "cartão de sócio ",
            "بطاقة العضوية ",
            "thẻ thành viên ",
            "Kundenkarte: ",
            "Clubcard ",
            "Medlemskort - ",
            "멤버십 카드: ",
        ] {
            assert_eq!(hint(label), Some(Hint::OtherCard), "{label}");
        }
        // Gift cards and vouchers; a network's prepaid card sold as one
        // is named by the network.
        for label in [
            "Voucher code ",
            "\"gift_card_number\":\"",
            "tarjeta regalo: ",
            "ギフトカード番号 ",
            "기프트카드 ",
            "Geschenkkarte ",
            "Подарочная карта №: ",
            "บัตรของขวัญ: ",
            "Thẻ quà tặng ",
            "Vale-presente: ",
        ] {
            assert_eq!(hint(label), Some(Hint::OtherCard), "{label}");
        }
        for label in [
            "Visa gift card ",
            "card number ",
            "tarjeta de crédito ",
            "carte de crédit ",
        ] {
            assert_eq!(hint(label), Some(Hint::Card), "{label}");
        }
    }

    /// A label on the line before its value, closed by Markdown emphasis
    /// (`*Phone:*`), and a fact's title, name its value.
    #[test]
    fn emphasised_labels_and_titles_name_values() {
        assert_eq!(near("*Phone:*\n"), Some((Hint::Phone, true)));
        assert_eq!(near("**Member ID:**\r\n"), Some((Hint::Identifier, true)));
        assert_eq!(
            near(r#"{"title":"loyalty_card_number","value":""#),
            Some((Hint::OtherCard, true))
        );
    }

    /// A pretty-printed member names the value after it across its line
    /// break and indentation, as Discord's embeds and Teams' facts send
    /// them.
    #[test]
    fn pretty_printed_names_name_values() {
        let discord = "{\"fields\": [\n        {\n          \"name\": \"account_no\",\n          \"value\": \"";
        assert_eq!(near(discord), Some((Hint::Account, true)));
        let teams = "{\"facts\": [{\n                \"title\": \"customer_number\",\n                \"value\": \"";
        assert_eq!(near(teams), Some((Hint::Identifier, true)));
    }

    #[test]
    fn contracts_claims_and_transactions_are_named_in_more_languages() {
        for label in [
            "Avtalsnummer: ",
            "Numer umowy ",
            "계약번호: ",
            "رقم العقد: ",
            "合同号：",
            "Sözleşme no ",
            "Số hợp đồng: ",
            "מספר חוזה: ",
            "Agreement no.: ",
            "Schadennummer: ",
            "Claim number ",
            "取引ID：",
            "交易流水号：",
            "รหัสธุรกรรม - ",
            "رقم العملية: ",
            "Mã giao dịch: ",
            "ID transaksi: ",
            "מזהה עסקה: ",
            "İşlem no: ",
        ] {
            assert_eq!(hint(label), Some(Hint::Identifier), "{label}");
        }
    }

    /// Canada's social insurance number by its French name too, after a
    /// full-width colon or as a JSON key; customers' and members' numbers
    /// in Lithuanian, Estonian, Ukrainian, Persian, Urdu and South Slavic.
    #[test]
    fn more_records_share_a_phones_shape() {
        for label in [
            "SIN：",
            "NAS: ",
            "\"sin_ca\":\"",
            "\"sin\":\"",
            "Kliento numeris ",
            "Kliendinumber: ",
            "Номер клієнта: ",
            "شماره مشتری ",
            "کسٹمر نمبر ",
            "Članska številka ",
            "Членски номер ",
        ] {
            assert_eq!(
                near(label).map(|(h, _)| h.names_record()),
                Some(true),
                "{label}"
            );
        }
        // Spanish "sin" and Portuguese "nas" stay words.
        assert_eq!(hint("Estoy sin "), None);
        assert_eq!(hint("liga nas "), None);
        // A customer's phone is a phone.
        assert_eq!(hint("телефон клієнта "), Some(Hint::Phone));
    }

    #[test]
    fn generic_members_are_named_by_their_objects_key() {
        assert_eq!(
            hint(r#"{"order":{"id":4567218842557,"number":""#),
            Some(Hint::Identifier)
        );
        assert_eq!(hint(r#""order": {"number": "#), Some(Hint::Identifier));
        assert_eq!(
            hint("\"order\": {\n      \"id\": 5571153900980,\n      \"number\": \""),
            Some(Hint::Identifier)
        );
        assert_eq!(
            hint(r#"{"card":{"brand":"visa","number":""#),
            Some(Hint::Card)
        );
        assert_eq!(
            hint(r#"{"phone":{"type":"mobile","value":""#),
            Some(Hint::Phone)
        );
        // Only plain members are stepped over, and only within the reach.
        assert_eq!(hint(r#"{"order":{"items":[1,2],"number":""#), None);
        assert_eq!(
            hint(
                r#"{"order": {"id": 5117039919353, "reference": "R-000000000000000001", "number": ""#
            ),
            None
        );
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
        assert_eq!(hint("Caller ID: "), Some(Hint::Phone));
        assert_eq!(hint("\"card_id\":\""), Some(Hint::Card));
        assert_eq!(hint("\"payment_id\":\""), Some(Hint::Identifier));
        assert_eq!(hint("Anrufer-ID "), Some(Hint::Phone));
        assert_eq!(hint("recaller ID: "), Some(Hint::Identifier));
        assert_eq!(hint("Заказ № "), Some(Hint::Identifier));
        assert_eq!(hint("номер заказа: "), Some(Hint::Identifier));
        assert_eq!(hint("رقم الطلب: "), Some(Hint::Identifier));
        assert_eq!(hint("주문번호: "), Some(Hint::Identifier));
        assert_eq!(hint("订单号："), Some(Hint::Identifier));
        assert_eq!(hint("Kto. "), Some(Hint::Account));
        assert_eq!(hint("Моб.: "), Some(Hint::Phone));
        assert_eq!(hint("Κιν.: "), Some(Hint::Phone));
        assert_eq!(hint("请拨打"), Some(Hint::Phone));
        assert_eq!(hint("手机："), Some(Hint::Phone));
        assert_eq!(hint("휴대폰: "), Some(Hint::Phone));
        assert_eq!(hint("Telp. "), Some(Hint::Phone));
        assert_eq!(hint("СНИЛС "), Some(Hint::Identifier));
        assert_eq!(hint("MPAN S 01 801 101 68 "), Some(Hint::Identifier));
        assert_eq!(hint("Nota fiscal "), Some(Hint::Identifier));
        assert_eq!(hint("Was mich interessiert: "), None);
        // Common words that are also id labels elsewhere stay words.
        assert_eq!(hint("Nie mogę się dodzwonić "), None);
        assert_eq!(hint("Estoy sin saldo "), None);
        assert_eq!(hint("Routing "), Some(Hint::Identifier));
        assert_eq!(hint("Track & trace: "), Some(Hint::Identifier));
        assert_eq!(hint("Hei fødselsnummer "), Some(Hint::Identifier));
        assert_eq!(hint("org.nr. "), Some(Hint::Identifier));
        assert_eq!(hint("bilhete "), Some(Hint::Identifier));
        assert_eq!(hint("numer biletu "), Some(Hint::Identifier));
        assert_eq!(hint("my frequent flyer no is "), Some(Hint::Identifier));
        assert_eq!(hint("Flying Blue "), Some(Hint::Identifier));
        assert_eq!(near("Müşteri numaram "), Some((Hint::Identifier, true)));
        assert_eq!(
            near("Mój numer klienta to "),
            Some((Hint::Identifier, false))
        );
        assert_eq!(near("Mój numer klienta: "), Some((Hint::Identifier, true)));
        assert_eq!(
            near("mi número de cliente es "),
            Some((Hint::Identifier, true))
        );
        assert_eq!(near("mój numer to "), Some((Hint::Phone, false)));
        // Only after "my number": a phone word before a customer's word
        // still names the phone.
        assert_eq!(near("Teléfono del cliente: "), Some((Hint::Phone, false)));
        assert_eq!(near("Telefon Kunde: "), Some((Hint::Phone, false)));
        // Everyday words among record words speak only where they label.
        assert_eq!(near("saw your flyer and want a quote "), None);
        assert_eq!(near("Only 10 miles from you "), None);
        assert_eq!(near("Telefon numaram "), Some((Hint::Phone, true)));
        assert_eq!(near("Mitt kundnummer är "), Some((Hint::Identifier, true)));
        assert_eq!(hint("お客様番号は"), Some(Hint::Identifier));
        assert_eq!(hint("a nota NF-e "), Some(Hint::Identifier));
        // A form field named in brackets, plain and percent-encoded.
        assert_eq!(near("contact[phone]="), Some((Hint::Phone, true)));
        assert_eq!(near("order[billing][phone]="), Some((Hint::Phone, true)));
        assert_eq!(near("contact%5Bphone%5D="), Some((Hint::Phone, true)));
        assert_eq!(near(r#""tags":["phone","#), None);
        assert_eq!(hint("mã đặt chỗ E2AWE3, số vé "), Some(Hint::Identifier));
        assert_eq!(hint("sudah tf ke rek BCA "), Some(Hint::Account));
        assert_eq!(hint("เลขบัญชีกสิกร "), Some(Hint::Account));
        // Hebrew glues "by", "to", "and" … to the word after them.
        assert_eq!(hint("להשיג אותי בטלפון "), Some(Hint::Phone));
        assert_eq!(hint("ולטלפון "), Some(Hint::Phone));
        assert_eq!(hint("אבטלפון "), None);
        // Direct lines and switchboards; a main line's everyday words
        // only as labels.
        assert_eq!(hint("Přímá linka: "), Some(Hint::Phone));
        assert_eq!(hint("البدالة: "), Some(Hint::Phone));
        assert_eq!(near("Geral: "), Some((Hint::Phone, true)));
        assert_eq!(near("Standard : "), Some((Hint::Phone, true)));
        assert_eq!(hint("the standard plan costs "), None);
    }

    #[test]
    fn context_stops_at_sentence_and_line_ends() {
        assert_eq!(hint("the address on the account. The charge on "), None);
        assert_eq!(hint("Order 123 arrived! Paid with "), None);
        assert_eq!(hint("Ticket 7? Call "), Some(Hint::Phone));
        assert_eq!(
            hint("IBAN BE93 7588 7408 7765.\\nCard number: "),
            Some(Hint::Card)
        );
        assert_eq!(
            hint("Betreft ticket INC98.\r\nRef "),
            Some(Hint::Identifier)
        );
        assert_eq!(hint("ticket INC98\n"), None);
        // A label ending the line before its value (a form mail) is read
        // across the line break, in the raw and the decoded view.
        assert_eq!(near("Téléphone:\n"), Some((Hint::Phone, true)));
        // "is" and "my" after the word, as other languages say them.
        assert_eq!(near("mit tlf nr er "), Some((Hint::Phone, true)));
        // Markup: an element named for the value, a table's cells.
        assert_eq!(near("<phone>"), Some((Hint::Phone, true)));
        assert_eq!(near("<td>Phone:</td><td>"), Some((Hint::Phone, true)));
        assert_eq!(near("<b>Telefon</b> "), Some((Hint::Phone, true)));
        // (Its attributes aside: `<ws:PhoneNumber type="home">`.)
        assert_eq!(near("<phone x=\"1\">"), Some((Hint::Phone, true)));
        assert_eq!(near("mitt mobilnummer är "), Some((Hint::Phone, true)));
        assert_eq!(near("nomor hp saya adalah "), Some((Hint::Phone, true)));
        assert_eq!(near("numărul de telefon este "), Some((Hint::Phone, true)));
        assert_eq!(near("Phone:\r\n("), Some((Hint::Phone, true)));
        assert_eq!(
            near(r"hotline\nT\u00e9l\u00e9phone:\n"),
            Some((Hint::Phone, true))
        );
        assert_eq!(near("Phone: 1\nOrder:\n"), Some((Hint::Identifier, true)));
        assert_eq!(near("Phone:\nOrder:\n"), Some((Hint::Identifier, true)));
        assert_eq!(near("Phone:\n\n"), None);
        assert_eq!(near("Phone\n"), None);
        assert_eq!(near("Phone:\nsee "), None);
        assert_eq!(hint("追跡番号はT123です。ご連絡は"), None);
        // A period after an abbreviation ends no sentence.
        assert_eq!(hint("Tel. "), Some(Hint::Phone));
        assert_eq!(hint("Bestellung Nr. "), Some(Hint::Identifier));
        assert_eq!(hint("Cell. "), Some(Hint::Phone));
        assert_eq!(hint("T. "), Some(Hint::Phone));
        assert_eq!(hint("Order 1234 can't. "), None);
    }

    #[test]
    fn html_line_and_block_breaks_end_a_clause_inline_tags_do_not() {
        // ("Me" and "on" are a call verb's object and preposition: it
        // labels what follows them.)
        assert_eq!(
            near("Order no. 123<br>call me on "),
            Some((Hint::Phone, true))
        );
        assert_eq!(
            near("call me on<br>Order no. "),
            Some((Hint::Identifier, true))
        );
        assert_eq!(hint("call me<br />"), None);
        assert_eq!(hint("call me<link rel=x>"), Some(Hint::Phone));
        assert_eq!(hint("call me</p><p>"), None);
        assert_eq!(hint("<b>Tel:</b> "), Some(Hint::Phone));
        assert_eq!(hint("<td>Phone</td><td>"), Some(Hint::Phone));
    }

    #[test]
    fn identifier_labels_only_what_follows_it() {
        assert_eq!(near("Order #"), Some((Hint::Identifier, true)));
        assert_eq!(near("order number: "), Some((Hint::Identifier, true)));
        assert_eq!(near("n° de pedido : "), Some((Hint::Identifier, true)));
        assert_eq!(near("pedido n° "), Some((Hint::Identifier, true)));
        assert_eq!(near("Bestellnummer "), Some((Hint::Identifier, true)));
        assert_eq!(
            near("numéro de commande : "),
            Some((Hint::Identifier, true))
        );
        assert_eq!(
            near("Order 123 was charged to "),
            Some((Hint::Identifier, false))
        );
        assert_eq!(
            near("El pedido #6093967 se cargó en "),
            Some((Hint::Identifier, false))
        );
        assert_eq!(
            near("shop.example.com/orders/4117798650/items/3 "),
            Some((Hint::Identifier, false))
        );
        assert_eq!(near(r#"{"order_id":""#), Some((Hint::Identifier, true)));
        assert_eq!(near(r#"{"phone": ""#), Some((Hint::Phone, true)));
        // Codes, bookings, vouchers, parcels and device ids, which Luhn
        // and a card's first digits may not tell from a card.
        // …and a booking's, a parcel's or a device's, which veto a card
        // but say nothing of a phone.
        for label in ["reservation ", "IMEI: ", "ICCID ", "Paket "] {
            assert_eq!(near(label), Some((Hint::NotCard, true)), "{label}");
        }
        // A voucher's code is a record's, and vetoes any card.
        assert_eq!(near("Gutscheincode "), Some((Hint::OtherCard, true)));
        // A word for "number" or "code" with one makes it a record's.
        for label in [
            "código de reserva ",
            "promo code ",
            "auth code ",
            "Číslo rezervace: ",
            "Rezervasyon kodu: ",
            "Bestillingsnummer: ",
            "Référence de réservation: ",
        ] {
            assert_eq!(near(label), Some((Hint::Identifier, true)), "{label}");
        }
        for label in [
            "confirmation code ",
            "booking code: ",
            "Referenz ",
            "Zahlungsreferenz: ",
            "nomor pesanan ",
            "mã đơn hàng ",
            "mã tham chiếu: ",
            "टिकट #",
            "客户编号: ",
            "身份证号：",
            // A customer's word after a word for "number" labels it, even
            // with a colon right after it.
            "N° client: ",
            "n.º de cliente: ",
            "código do cliente: ",
            "номер клиента: ",
        ] {
            assert_eq!(near(label), Some((Hint::Identifier, true)), "{label}");
        }
        // A gift card is a shop's, unless a network's name says it is a
        // prepaid card of that network.
        assert_eq!(near("gift card "), Some((Hint::OtherCard, true)));
        assert_eq!(near("Visa gift card "), Some((Hint::Card, true)));
        assert_eq!(
            near("my corporate Diners Club card "),
            Some((Hint::Card, true))
        );
    }

    #[test]
    fn speaker_labels_and_json_keys_are_no_keywords() {
        assert_eq!(near("[16:06] Customer: paying with "), None);
        assert_eq!(near("[16:06] Customer : "), None);
        assert_eq!(near("customer number: "), Some((Hint::Identifier, true)));
        // The key names a message; the number is somewhere in it.
        assert_eq!(near(r#"{"user": "U06", "text": "Bitte um "#), None);
        // A message that is only a number is a phone number, but "text"
        // names the message, not the number: it is no label.
        assert_eq!(near(r#""text": ""#), Some((Hint::Phone, false)));
        assert_eq!(near(r#""sms": ""#), Some((Hint::Phone, false)));
        // A key in camel case that ends in a phone word names the value.
        assert_eq!(near(r#"{"SuppliedPhone": ""#), Some((Hint::Phone, true)));
        assert_eq!(near(r#"{"customerMobile":""#), Some((Hint::Phone, true)));
        assert_eq!(near(r#"{"hotelName": ""#), None);
        assert_eq!(near(r#"{"headphone": ""#), None);
    }

    #[test]
    fn keywords_in_other_scripts_and_escapes() {
        assert_eq!(near("फ़ोन: "), Some((Hint::Phone, true)));
        assert_eq!(near("मेरा मोबाइल नंबर "), Some((Hint::Phone, true)));
        assert_eq!(
            near(r"\u092b\u093c\u094b\u0928: "),
            Some((Hint::Phone, true))
        );
        assert_eq!(
            near(r"\u96fb\u8a71\u756a\u53f7\u306f"),
            Some((Hint::Phone, true))
        );
        assert_eq!(
            near("%E9%9B%BB%E8%A9%B1%E3%81%AF"),
            Some((Hint::Phone, true))
        );
        assert_eq!(
            near("Il mio numero di cellulare: "),
            Some((Hint::Phone, true))
        );
        assert_eq!(near("O meu telemóvel é "), Some((Hint::Phone, true)));
        assert_eq!(
            near("T&eacute;l&eacute;phone : "),
            Some((Hint::Phone, true))
        );
    }

    #[test]
    fn a_raw_multipart_part_is_labelled_by_its_field_name() {
        // As a part streamed on its own is labelled by its name: read from
        // the raw body, the part's headers give the same label.
        let part = |headers: &str| format!("--XyZ\r\n{headers}\r\n\r\n");
        for headers in [
            r#"Content-Disposition: form-data; name="phone""#,
            r#"content-disposition: form-data;name="mobilePhone""#,
            r#"Content-Disposition: form-data; name="contact[phone]""#,
        ] {
            assert_eq!(near(&part(headers)), Some((Hint::Phone, true)), "{headers}");
            assert_eq!(
                near(&part(headers).replace("\r\n", "\n")),
                Some((Hint::Phone, true))
            );
        }
        assert_eq!(
            near(&part(r#"Content-Disposition: form-data; name="order_id""#)),
            Some((Hint::Identifier, true))
        );
        // A message's field labels nothing, and neither does a name
        // longer than the look-back holds, a file's name or a header
        // that is no part's.
        for headers in [
            r#"Content-Disposition: form-data; name="text""#,
            r#"Content-Disposition: form-data; name="customer_contact_preferred_mobile_phone""#,
            r#"Content-Disposition: form-data; name="f"; filename="phone""#,
            r#"X-Note: name="phone""#,
        ] {
            assert_eq!(near(&part(headers)), None, "{headers}");
        }
        // The value must open the part: not after a line of its own.
        assert_eq!(
            near(&(part(r#"Content-Disposition: form-data; name="phone""#) + "see below\n")),
            None
        );
    }

    #[test]
    fn a_full_member_is_labelled_by_its_object_key() {
        assert_eq!(
            near(r#"{"q5_phoneNumber":{"full":""#),
            Some((Hint::Phone, true))
        );
        assert_eq!(
            near(r#""mobile" : { "full" : ""#),
            Some((Hint::Phone, true))
        );
        assert_eq!(
            near(r#"{"q7_orderId":{"full":""#),
            Some((Hint::Identifier, true))
        );
        assert_eq!(near(r#"{"q6_amount":{"full":""#), None);
        assert_eq!(near(r#"{"q5_phoneNumber":{"area":""#), None);
        // Google Forms' answers, each an array, pretty-printed or not.
        assert_eq!(near(r#"{"phone":[""#), Some((Hint::Phone, true)));
        assert_eq!(
            near("\"Bestellnummer\": [\n      \""),
            Some((Hint::Identifier, true))
        );
        // (Exported with a deeper indent.)
        assert_eq!(
            near("\"Telefone\":[\n            \""),
            Some((Hint::Phone, true))
        );
        assert_eq!(near(r#"{"tags":["a",""#), None);
        // A contact's numbers, each an object whose first member is it.
        assert_eq!(near(r#""phones": [{"value": ""#), Some((Hint::Phone, true)));
        assert_eq!(near(r#""tags": [{"value": ""#), None);
    }

    #[test]
    fn a_member_naming_the_value_after_it_labels_it() {
        for (members, hint) in [
            (r#"{"name":"phone","value":""#, Some((Hint::Phone, true))),
            (
                r#"{"type": "phone", "address": ""#,
                Some((Hint::Phone, true)),
            ),
            (r#"{"label":"Mobile","number":""#, Some((Hint::Phone, true))),
            (
                r#"{"type":"order","number":""#,
                Some((Hint::Identifier, true)),
            ),
            // Other members say nothing of it.
            (r#"{"kind":"phone","value":""#, None),
            (r#"{"type":"phone","note":""#, None),
        ] {
            assert_eq!(near(members), hint, "{members}");
        }
    }

    #[test]
    fn a_signature_letter_labels_what_opens_its_line() {
        for label in [
            "T | ", "M | ", "M ", "T ", "> M ", "F: ", "D | ", "C: ", "W: ", "H | ",
        ] {
            assert_eq!(near(label), Some((Hint::Phone, true)), "{label:?}");
        }
        assert_eq!(near("T: 6061 2386 | F: "), Some((Hint::Phone, true)));
        // Not inside a line: a word's last letter, or after other words.
        for text in ["I'm ", "Team ", "vitamin D ", "size M ", "plan B: "] {
            assert_eq!(near(text), None, "{text:?}");
        }
    }

    #[test]
    fn tfn_is_a_swedish_phone_before_a_trunk_or_a_code() {
        let hint_at = |s: &str| {
            let text = RawText::new(s.as_bytes());
            nearest(&text, s.find('|').map_or(s.len(), |i| i + 1), 0).map(|n| n.hint)
        };
        assert_eq!(hint_at("Tfn: |070-740 48 03"), Some(Hint::Phone));
        assert_eq!(hint_at("Tfn: |+46 8 112 99 20"), Some(Hint::Phone));
        assert_eq!(hint_at("TFN: |123 456 782"), Some(Hint::Identifier));
    }

    #[test]
    fn phone_words_after_a_number() {
        let after = |s: &str| phone_word_after(&RawText::new(s.as_bytes()), 0);
        assert!(after(" पर कॉल करें"));
        assert!(after(r" \u092a\u0930 \u0915\u0949\u0932"));
        assert!(after("までお電話ください"));
        assert!(!after(" regarding invoice 12"));
        assert!(!after(". Call me tomorrow"), "not into the next sentence");
    }
}
