//! Property tests: every path through the matcher agrees with the reference,
//! masking keeps lengths and is idempotent, planted cards never survive, and
//! streaming in any chunking equals redacting the whole.

// Test helpers panic on failure by design: a panic is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use pii_proxy::detect::prefilter::Prefilter;
use pii_proxy::detect::{card, luhn, reference, Detector, Finding, Kind, KindSet};
use pii_proxy::format::encoding::DecodeLimits;
use pii_proxy::format::{BinaryParts, BodyRedactor, BodySpec};
use pii_proxy::redact::Redactor;
use pii_proxy::stream::StreamRedactor;
use proptest::prelude::*;

/// Fragments that make up PII, its encodings and its look-alikes, so random
/// concatenations exercise the verifiers rather than only the prefilter.
const FRAGMENTS: &[&str] = &[
    "4111 1111 1111 1111",
    "5555555555554444",
    "2221-0000-0000-0009",
    "3782 822463 10005",
    "jane.doe+zd@example.com",
    "a@b.co",
    "\\u0040",
    "%40",
    "%2540",
    "%252B",
    "%25",
    "@",
    "+33 6 12 34 56 78",
    "(415) 555-0132",
    "+44 (0)20 7123 4567",
    "06 12 34 56 78",
    "ext. 204",
    " x",
    " ",
    "-",
    ".",
    "/",
    "(",
    ")",
    "+",
    "0",
    "1",
    "4",
    "9",
    "00",
    "a",
    "Z",
    "_",
    "\\u0034",
    "\\u00e9",
    "%2B",
    "%20",
    "%3",
    "\\n",
    "\\",
    "\n",
    "é",
    "电话",
    ".com",
    "example",
    "call ",
    "order #",
    "1700000000000",
    "2024-05-03",
    "192.168.1.1",
    "€49.90",
    "mailto:",
    "<",
    ">",
    ",",
    ":",
    // Context: sentence ends, speaker labels, JSON keys, words in other
    // scripts (raw and escaped), barcodes, layouts and glued CJK text.
    ". ",
    "Customer: ",
    "\"phone\": \"",
    "\"text\": \"",
    "EAN ",
    "4072703967344",
    "Tel. ",
    "\\u96fb\\u8a71",
    "\\u092b\\u094b\\u0928",
    " पर कॉल",
    "までご連絡ください。",
    "0049 6221 375279",
    "1 (415) 555-0132",
    "0151 23456789",
    "\u{a0}",
    "\u{202f}",
    "\\u00a0",
    "\u{2003}",
    "\u{2013}",
    "\u{2011}",
    "\\u2013",
    "\u{2014}",
    "&nbsp;",
    "WhatsApp",
    "Ring til mig på ",
    "20 12 34 56",
    "412 34 567",
    "9 6418 5192",
    "210-2369767",
    "&#160;",
    "&amp;",
    "&nbsp",
    "(11) 91234-5678",
    "0470 12 34 56",
    "098765 43210",
    "jörg",
    "\\u00f6",
    "×",
    // Country codes in brackets, numbers grouped inside the subscriber
    // number, emphasis around values, apostrophes and TLDs in other
    // scripts.
    "(+34) 612 345 678",
    "+(44) 20 7946 0958",
    "0176 123 456 78",
    "040 23120-002",
    "*",
    "**",
    "o'brien@eircom.net",
    "'",
    "ivan@пример.рф",
    ".рф",
    "Account number: ",
    // CSV rows, `#` labels, keys and VERP addresses, message ids, a
    // spaced dash ending a subject line.
    ",",
    "#",
    "=",
    "bounces+42-jane=example.org@mail.example.net",
    "Message-ID: <",
    " - ",
    "NHS number: ",
    // Links and fields that hold an international number without its +,
    // national layouts, doubled spaces, spaced slashes, extensions in
    // other languages, escaped backslashes, local parts in other scripts.
    "https://wa.me/",
    "send?phone=",
    "{\"wa_id\":\"",
    "\"from\": ",
    "\"msisdn\":",
    "490303852533",
    "5215557619291",
    "447911123456",
    "8 (499) 398-57-73",
    "0 (555) 067 34 78",
    "0813-9928-0057",
    "11 9 4397-0586",
    "  ",
    " / ",
    "/ ",
    " доб. 12",
    " 转12",
    "\\\\",
    "\\u0108",
    "иван",
    "राहुल",
    "！",
    "。",
    "Моб.: ",
    // HTML character references for a `+` and an `@`, cards typed with
    // mixed separators, and JSON nested in a string.
    "&#43;",
    "&#x2B;",
    "&plus;",
    "&#64;",
    "&#x40;",
    "&#4",
    "4687 1798-7247-3115",
    " - ",
    "46960315 84278697",
    "\\u002B",
    "cid:",
    "\n",
    " \r\n> ",
    "<br/>\n",
    "4111 1111",
    // Words glued to cards, before and after.
    "karty",
    "ay",
    "Karte",
    "abgebucht",
    "4266845215421560",
    "3411 111558 48883",
    // Form fields named in brackets.
    "contact[phone]=",
    "%5Bphone%5D=",
    "][",
    // An `@` escaped in JSON nested in a JSON string.
    "tyler.13\\\\u0040gmail.com",
    // Full-width digits and signs, raw, escaped and percent-encoded, and
    // the spaces and dashes typed with them.
    "４２５１",
    "－",
    "０",
    "９",
    "＋８１",
    "（０３）",
    "\u{3000}",
    // The katakana long mark, a dash between digits and a vowel's length
    // elsewhere.
    "ー",
    "メール",
    "\\uff14",
    "\\uff0d",
    "%EF%BC%94",
    "%EF%BC%",
    "%EF%BC%8D",
    "%E3%80%80",
    "%C2%A0",
    "%C2",
    "%A0",
    "\u{ff}",
    "カード番号：",
    // A raw multipart body's part headers, whose field name labels the
    // value after the blank line.
    "Content-Disposition: form-data; name=\"",
    "phone",
    "mobilePhone",
    "\"\r\n\r\n",
    "\"\n\n",
    // HTML character references to letters, an `@` and a full-width
    // digit, and ones that are none.
    "&eacute;",
    "&#xF1;",
    "&commat;",
    "&#65296;",
    "&times;",
    "&#65;",
    // A form builder's phone field: the whole number in a `full` member.
    "\"q5_phoneNumber\":{\"full\":\"",
    // Local parts in scripts written without spaces, the particles and
    // mail words that set them apart, and Hebrew, Arabic and Hangul ones.
    "用户@例子.广告",
    "二ノ宮",
    "李雷",
    "は",
    "是",
    "联系",
    "ผู้ใช้",
    "\\u7528\\u6237",
    "%E7%94%A8",
    "משתמש",
    "سلام",
    "،",
    "홍길동",
    // HTML references behind a JSON-escaped `&`, and their pieces.
    "\\u0026nbsp;",
    "\\u0026#x2B;",
    "\\u0026#64;",
    "\\u0026",
    "nbsp;",
    // HTML references percent-encoded whole, as a webhook posts a mail's
    // HTML, and their pieces.
    "%26nbsp%3B",
    "%26%2343%3B",
    "%26%2364%3B",
    "%26",
    "%3B",
    "nbsp%3B",
    // "Or" between two numbers to call.
    " or ",
    " eller ",
    " / ",
    // Message headers as webhooks write them.
    "Message-Id=%3C",
    "[\"Message-Id\", \"<",
    "{\"Name\": \"Message-ID\",\n  \"Value\": \"<",
    // Currencies and counted things around a number.
    "Rp ",
    " ₫",
    " users",
    // Layouts: a trunk glued to a bracketed area code, a code joined to
    // an area code, a trunk 0 before dots, a slash after an area code.
    "0(570) 138 2654",
    "8(908)556 88 32",
    "+5511 960281831",
    "+33 (0)6.89.74.21.26",
    "+49 (0)30 / 903 31 22",
    " - ",
    // A link's text after its `tel:` URL, a form API's name and value
    // members, a bare international number in a phone part.
    "<a href=\"tel:",
    "\">",
    "{\"name\":\"phone\",\"value\":\"",
    "4915179338642",
    "phone: ",
    // Form keys that name a phone, and an extension after a colon.
    "&originator=",
    "phone=",
    " Ext: ",
    // Signature letters, members naming the value after them, a contact's
    // numbers as objects.
    "\nT | ",
    "> M ",
    "Tfn: ",
    "{\"type\": \"phone\", \"address\": \"",
    "\"phones\": [{\"value\": \"",
    // Arabic-Indic and Persian digits, raw and encoded, and letters that
    // share their leads.
    "٠٥٠١٢٣٤٥٦٧",
    "٤١١١ ١١١١",
    "۰۹۱۲ ۳۴۵",
    "\\u0664",
    "%D9%A5",
    "&#1637;",
    "لی",
    // Extension words, raw and escaped; a URL's user information; call
    // verbs; Markdown's emphasis; a currency glued to markup.
    " loc. ",
    " dahili ",
    " \\u5185\\u7dda ",
    "https://user:",
    "contactarme en el ",
    "når meg på ",
    "Celular: **",
    "<p>₫",
    "mit nummer er ",
    "của tôi là ",
    "dihubungi di nomor ",
    // A phone, then its digits again with nothing naming them.
    "tlf 8702 0297 ",
    " 8702 0297,",
    "+45 87020297",
    "전화: 1588-8286",
    // Record words, numbered ones, a signature's field after a bar, a
    // URL's user.
    "Numer klienta: ",
    "Rezervasyon kodu: ",
    "고객번호: ",
    " | F: ",
    "ssh://git@",
    "1-800-10-307-5522",
    "08-58 08 48",
    "0 800 546 313",
    // Labels and fields that hold an international number without its
    // `+`; CSV fields after a digit; a service desk; more extension
    // words; HL7's components around an address; a SIRET.
    "MSISDN: 447700900123",
    "<tns:Msisdn>",
    "</tns:Msisdn>",
    "customer[msisdn]=",
    "<ns:AgentPhone>",
    "A1,020 7946 0958",
    ",773-943-7302",
    "(554) 006 77 32",
    "Customer Service: ",
    "Service clients : ",
    " ankn. ",
    " wewn. ",
    " p. ",
    " تحويلة ",
    "^NET^Internet^",
    "612 473 860 61892",
    "Carteirinha: ",
    "请拨打",
    "^PRN^PH~",
    "^^^NORDIC^MR",
    "<ns:Tel type=\"home\">",
    "{\"order\":{\"id\":4567218842557,\"number\":\"",
    "\"card\": {\"number\": ",
    "&WaId=",
    "kortnummer ",
    "0819-3473-39843",
    "44 64 9101 1272 0462",
    "κάρτα ",
    "caf\\u0026eacute;",
    "\\u0026#65306;",
    "\\u0026#x0FF14;",
    // Keys in camel case, whose last word labels the value: read with
    // their case from escapes too.
    "{\"externalId\":\"",
    "<crm:itemEan>",
    " requesterPhone=\"",
    "{\"billingPhone\":",
    "\\u0049d\":\"",
    "4062585178128",
    // A country code and a national number run together, after a phone
    // word, a label's colon or CJK text, or as a bare JSON number.
    "WA saya ",
    "6287017900047",
    "MSISDN：",
    "\":",
    "Müşteri ",
    " numarasından aradı",
    "1Z 0EE 9EW ",
];

fn pii_like() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..40)
        .prop_map(|parts| parts.concat().into_bytes())
}

/// The same fragments as separate tokens of running text: joined by spaces
/// and punctuation as people write, rather than glued end to end.
fn pii_text() -> impl Strategy<Value = Vec<u8>> {
    let sep = prop::sample::select(&[" ", ", ", "\n", ". ", " - ", ": ", "\t", " (", ") "][..]);
    prop::collection::vec((prop::sample::select(FRAGMENTS), sep), 0..30).prop_map(|parts| {
        parts
            .into_iter()
            .flat_map(|(f, s)| [f, s])
            .collect::<String>()
            .into_bytes()
    })
}

/// Fragments spread through longer running text with numbers of its own
/// (dates, amounts, ids, escapes, mentions), so that masks stand hundreds
/// of bytes apart, as in a ticket.
fn spread_text() -> impl Strategy<Value = Vec<u8>> {
    const FILLER: &[&str] = &[
        "Order 4830 was shipped on 2023-11-08 at 14:05, tracking 1Z999AA10123456784. ",
        "We charged $7.43 twice; ticket 488612 has the details and the receipt. ",
        "lorem ipsum dolor sit amet, consectetur adipiscing elit sed do eiusmod ",
        "version 1.26.7 crashes at startup\\n see log 1700000037002 ",
        "ping @support and @billing about invoice INV-2021-14124 please ",
        "50% off until 12/31; call centre hours 9-17 ",
        "{\"id\":360001234568,\"qty\":3,\"price\":19.99} ",
    ];
    // Values glued so that masking one frees the next: what re-check
    // passes are for.
    const GLUED: &[&str] = &[
        "a@b.co--4111 1111 1111 1111 ",
        "jane.doe+zd@example.com--5555555555554444 ",
        "+44 (0)20 7123 4567.jörga@b.co ",
        "a@b.co--0612345678,(415) 555-0132 ",
        "(415) 555-0132\\u00f6a@b.co, ",
    ];
    let piece = prop_oneof![
        3 => prop::sample::select(FILLER),
        1 => prop::sample::select(FRAGMENTS),
        1 => prop::sample::select(GLUED),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|parts| parts.concat().into_bytes())
}

fn any_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(any::<u8>(), 0..300)
}

fn findings(d: &Detector, hay: &[u8]) -> Vec<Finding> {
    d.find_iter(hay).collect()
}

fn check_paths_agree(hay: &[u8]) -> Result<(), TestCaseError> {
    let want = reference::find_all(hay, KindSet::ALL);
    for p in Prefilter::all_available() {
        let got = findings(&Detector::builder().prefilter(p).build(), hay);
        prop_assert_eq!(&got, &want, "kernel {:?}", p.kernel());
    }
    for w in want.windows(2) {
        prop_assert!(w[0].end <= w[1].start, "overlap {:?}", w);
    }
    Ok(())
}

fn chunked(hay: &[u8], cuts: &[usize]) -> Vec<u8> {
    let mut s = StreamRedactor::new(Redactor::default());
    let mut out = Vec::new();
    let mut at = 0;
    for &c in cuts {
        let c = c.min(hay.len()).max(at);
        s.push(&hay[at..c], &mut out);
        at = c;
    }
    s.push(&hay[at..], &mut out);
    s.finish(&mut out);
    out
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(512)
}

/// Runs `body` through the format pipeline for `content_type`, cut at
/// `cuts`.
fn body_chunked(content_type: &str, body: &[u8], cuts: &[usize]) -> Vec<u8> {
    let spec = BodySpec::from_headers(Some(content_type), None).unwrap();
    let mut r = BodyRedactor::new(
        Redactor::default(),
        &spec,
        DecodeLimits::default(),
        BinaryParts::Pass,
    );
    let mut out = Vec::new();
    let mut at = 0;
    for &c in cuts {
        let c = c.min(body.len()).max(at);
        r.push(&body[at..c], &mut out).unwrap();
        at = c;
    }
    r.push(&body[at..], &mut out).unwrap();
    r.finish(&mut out).unwrap();
    out
}

/// A Luhn-valid number of `len` digits starting with `prefix`.
fn card_number(prefix: &str, len: usize, body: &[u8]) -> String {
    let mut digits: Vec<u8> = prefix.bytes().map(|b| b - b'0').collect();
    let mut i = 0;
    while digits.len() < len - 1 {
        digits.push(body[i % body.len()] % 10);
        i += 1;
    }
    digits.push(0);
    for check in 0..10 {
        *digits.last_mut().unwrap() = check;
        if luhn::is_valid(&digits) {
            break;
        }
    }
    digits.iter().map(|d| char::from(b'0' + d)).collect()
}

proptest! {
    // 512 cases by default; PROPTEST_CASES=N for a longer run.
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn simd_scalar_and_reference_agree_on_pii_like_text(hay in pii_like()) {
        check_paths_agree(&hay)?;
    }

    #[test]
    fn simd_scalar_and_reference_agree_on_any_bytes(hay in any_bytes()) {
        check_paths_agree(&hay)?;
    }

    #[test]
    fn masking_keeps_length_and_is_idempotent(hay in pii_text()) {
        let r = Redactor::default();
        let once = r.redact_to_vec(&hay);
        prop_assert_eq!(once.len(), hay.len());
        let twice = r.redact_to_vec(&once);
        prop_assert_eq!(twice, once);
    }

    #[test]
    fn a_recheck_finds_in_masked_text_what_a_full_scan_finds(hay in spread_text()) {
        // A re-check pass looks only near masks: elsewhere the first pass
        // decided on the same bytes. On a first pass's output it must find
        // exactly what a scan of every anchor finds.
        let full = Detector::new();
        let recheck = Detector::builder().near_masks_only(true).build();
        let mut masked = Vec::new();
        Redactor::default().apply(&hay, &findings(&full, &hay), &mut masked);
        let found = findings(&full, &masked);
        prop_assert_eq!(findings(&recheck, &masked), found);
    }

    #[test]
    fn masking_keeps_length_on_glued_fragments(hay in pii_like()) {
        prop_assert_eq!(Redactor::default().redact_to_vec(&hay).len(), hay.len());
    }

    #[test]
    fn chunked_stream_equals_whole(hay in pii_like(), mut cuts in prop::collection::vec(0usize..2000, 0..8)) {
        cuts.sort_unstable();
        prop_assert_eq!(chunked(&hay, &cuts), Redactor::default().redact_to_vec(&hay));
    }

    #[test]
    fn every_format_chunked_equals_whole(
        hay in pii_like(),
        mut cuts in prop::collection::vec(0usize..2000, 0..8),
        format in 0usize..7,
    ) {
        cuts.sort_unstable();
        let (content_type, body) = match format {
            // A table whose cells hold the text, quoted and not.
            4 => ("text/csv", [b"id;phone;note\n1;".as_slice(), &hay, b";\"".as_slice(), &hay, b"\"\n2;0612345678;".as_slice(), &hay].concat()),
            5 => ("text/tab-separated-values", [b"msisdn\tnote\n".as_slice(), &hay, b"\t".as_slice(), &hay].concat()),
            // Plain text whose first line names columns: read as a table.
            6 => ("text/plain", [b" id | phone | note \n".as_slice(), &hay, b" | ".as_slice(), &hay].concat()),
            0 => ("application/json", [b"{\"t\":\"".as_slice(), &hay, b"\",\"n\":4111111111111111}"].concat()),
            1 => ("application/x-www-form-urlencoded", [b"a=".as_slice(), &hay, b"&b=1"].concat()),
            2 => (
                "multipart/form-data; boundary=XyZzY77",
                [b"--XyZzY77\r\nContent-Disposition: form-data; name=\"m\"\r\n\r\n".as_slice(), &hay, b"\r\n--XyZzY77--\r\n"]
                    .concat(),
            ),
            _ => ("text/plain", hay.clone()),
        };
        prop_assert_eq!(body_chunked(content_type, &body, &cuts), body_chunked(content_type, &body, &[]));
    }

    #[test]
    fn planted_cards_never_survive(
        network in prop::sample::select(&[("4", 16), ("4", 13), ("4", 19), ("51", 16), ("2221", 16),
            ("2720", 16), ("34", 15), ("37", 15), ("6011", 16), ("3528", 19), ("36", 14), ("62", 18),
            ("6759", 12)][..]),
        body in prop::collection::vec(any::<u8>(), 1..20),
        sep in prop::sample::select(&["", " ", "-"][..]),
        before in prop::sample::select(&["", "card ", "Karte: ", "tarjeta=", "\n", "{\"n\":\"", "卡号"][..]),
        after in prop::sample::select(&["", ".", " exp 12/29", "\"}", ", merci", "\n"][..]),
    ) {
        let number = card_number(network.0, network.1, &body);
        let digits: Vec<u8> = number.bytes().map(|b| b - b'0').collect();
        prop_assume!(card::network(&digits).is_some());
        let written = if sep.is_empty() {
            number.clone()
        } else {
            number.as_bytes().chunks(4).map(|c| std::str::from_utf8(c).unwrap()).collect::<Vec<_>>().join(sep)
        };
        let hay = format!("{before}{written}{after}");
        let found: Vec<Finding> = Detector::new().find_iter(hay.as_bytes()).collect();
        prop_assert!(found.iter().any(|f| f.kind == Kind::Card), "not found in {:?}", hay);
        let out = Redactor::default().redact_to_vec(hay.as_bytes());
        let out_digits: String = String::from_utf8_lossy(&out).chars().filter(char::is_ascii_digit).collect();
        prop_assert!(!out_digits.contains(&number[..number.len() - 4]), "survived in {:?}", String::from_utf8_lossy(&out));
        prop_assert!(Detector::new().find_iter(&out).all(|f| f.kind != Kind::Card));
    }
}

/// A call verb names numbers past other words, and a re-check pass sees
/// the first pass's masks where the first pass saw findings: a mask must
/// count as a number between them, or each pass frees one more.
#[test]
fn numbers_after_a_call_verb_are_masked_once_and_for_all() {
    let r = Redactor::default();
    let hay = b"llama 20123456 o 30123456 o 40123456 o 50123456";
    let once = r.redact_to_vec(hay);
    assert_eq!(r.redact_to_vec(&once), once);
}

/// An address whose local part holds a number (`4111…1111ève@…`): with
/// the body streamed byte by byte the number is found a call before the
/// `@` is reached, and the two must still be weighed as the whole body
/// weighs them (once a panic: two pending findings overlapped).
#[test]
fn an_address_around_a_number_found_a_call_earlier_streams_as_the_whole_body() {
    let mut hay = "card 4111111111111111ève@example.co ".as_bytes().to_vec();
    hay.extend_from_slice(&b"and more words after it. ".repeat(200));
    let whole = Redactor::default().redact_to_vec(&hay);
    let every_byte: Vec<usize> = (1..hay.len()).collect();
    assert_eq!(chunked(&hay, &every_byte), whole);
    assert!(whole.starts_with(b"card ********************@********** and"));
}

/// Findings a caller keeps in the same vector from another input are not
/// weighed against a new input's (their offsets are another input's).
#[test]
fn findings_of_other_inputs_in_the_vector_are_left_alone() {
    let other = Finding {
        kind: Kind::Email,
        start: 0,
        end: 100,
    };
    let mut out = vec![other];
    Detector::new().find_all_into(b"4111111111111111", &mut out);
    assert_eq!(out.len(), 2, "{out:?}");
    assert_eq!(out[0], other);
    assert_eq!(out[1].kind, Kind::Card);
}

/// Inputs property runs once found the fast path and the reference
/// disagree on, kept as fixed cases.
#[test]
fn fixed_cases_read_as_the_reference_does() {
    // The skip over the rest of a word after an escaped digit went past
    // the number glued to "WhatsApp".
    // The early exit for a run that starts with a `(` judged eight digits
    // by the bracket, not by the digit after it, where a number starts.
    for hay in [
        &b"o'brien@eircom.net\\u0034WhatsApp8 (499) 398-57-73_"[..],
        b"WhatsApp(20 12 34 56<",
    ] {
        if let Err(e) = check_paths_agree(hay) {
            panic!("{e}");
        }
    }
    // Form bodies, where `+` is a space: an unencoded `+` opening a value,
    // and a raw space, which reads as one.
    for hay in [
        &b"phone=+447871312628&nps=0"[..],
        b"a=1&phone=+44(0)7755655438&q=a+447871312628",
        b"phone= 447871312628",
    ] {
        let want = reference::find_all_with(hay, KindSet::ALL, true);
        assert!(!want.is_empty());
        for p in Prefilter::all_available() {
            let d = Detector::builder().prefilter(p).plus_as_space(true).build();
            assert_eq!(findings(&d, hay), want, "kernel {:?}", p.kernel());
        }
    }
}

/// An escape or a wide space at every distance before and after a number,
/// inside its verifiers' reach and just past it: the fast path, which
/// reads raw bytes up to the nearest one, finds what the reference finds.
#[test]
fn escapes_at_every_distance_from_a_number_read_as_the_reference_does() {
    const NUMBERS: &[&str] = &[
        "4111 1111 1111 1111",
        "5555555555554444",
        "+33 6 12 34 56 78",
        "(415) 555-0132 ext. 204",
        "0612345678",
        "order 12345678901",
        "1700000037002",
    ];
    const MARKS: &[&str] = &["\\n", "\\u0041", "%20", "\u{a0}", "\\u0034", "%2B"];
    let filler = "word ".repeat(80);
    let mut checked = 0;
    for number in NUMBERS {
        for mark in MARKS {
            for distance in (0..70).chain((70..300).step_by(7)) {
                for mark_after in [false, true] {
                    let (before, after) = filler.split_at(filler.len() / 2);
                    let mut hay = String::from(before);
                    if mark_after {
                        hay.push_str(number);
                        hay.push_str(&after[..distance.min(after.len())]);
                        hay.push_str(mark);
                        hay.push_str(&after[distance.min(after.len())..]);
                    } else {
                        let cut = before.len().saturating_sub(distance);
                        hay = format!(
                            "{}{mark}{} {number} {after}",
                            &before[..cut],
                            &before[cut..]
                        );
                    }
                    let hay = hay.as_bytes();
                    let want = reference::find_all(hay, KindSet::ALL);
                    let got = findings(&Detector::default(), hay);
                    assert_eq!(
                        got, want,
                        "{number:?} with {mark:?} at {distance} (after: {mark_after})"
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 8_000);
}
