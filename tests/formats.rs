//! Realistic request bodies through the format pipeline: every planted
//! value masked, every other byte unchanged, for every chunking, plain and
//! gzip-compressed.

// Test helpers panic on failure by design: a panic is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{Read, Write};

use pii_proxy::detect::Detector;
use pii_proxy::format::encoding::{Coding, DecodeLimits};
use pii_proxy::format::{BinaryParts, BodyKind, BodyRedactor, BodySpec, FormatError};
use pii_proxy::redact::{Action, Policy, Redactor};

/// A body written as a template: `{{value|masked}}` marks a planted value
/// and what it must become.
fn expand(template: &str) -> (Vec<u8>, Vec<u8>, Vec<String>) {
    let (mut input, mut expected, mut values) = (String::new(), String::new(), Vec::new());
    let mut rest = template;
    while let Some(open) = rest.find("{{") {
        input.push_str(&rest[..open]);
        expected.push_str(&rest[..open]);
        let close = rest[open..].find("}}").unwrap() + open;
        let (value, masked) = rest[open + 2..close].split_once('|').unwrap();
        input.push_str(value);
        expected.push_str(masked);
        // `{{v|v}}` marks a value kept on purpose (a JSON key).
        if value != masked {
            values.push(value.to_string());
        }
        rest = &rest[close + 2..];
    }
    input.push_str(rest);
    expected.push_str(rest);
    (input.into_bytes(), expected.into_bytes(), values)
}

fn run(spec: &BodySpec, body: &[u8], chunk: usize) -> Result<Vec<u8>, FormatError> {
    run_with(&Redactor::default(), spec, body, chunk)
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

fn gunzip(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(data)
        .read_to_end(&mut out)
        .unwrap();
    out
}

/// Runs a template under a content type at several chunk sizes, plain and
/// gzip-compressed, and checks the exact output.
fn check(content_type: Option<&str>, template: &str) {
    let (input, expected, values) = expand(template);
    let spec = BodySpec::from_headers(content_type, None).unwrap();
    for chunk in [1, 2, 3, 7, 64, 1000, input.len()] {
        let out = run(&spec, &input, chunk).unwrap();
        assert_eq!(
            String::from_utf8_lossy(&out),
            String::from_utf8_lossy(&expected),
            "{content_type:?}, chunks of {chunk}"
        );
    }
    let gz_spec = BodySpec {
        codings: vec![Coding::Gzip],
        ..spec
    };
    let compressed = gzip(&input);
    for chunk in [1, 13, 4096] {
        let out = gunzip(&run(&gz_spec, &compressed, chunk).unwrap());
        assert_eq!(out, expected, "gzip, chunks of {chunk}");
    }
    let out = String::from_utf8_lossy(&expected).into_owned();
    for v in values {
        assert!(!out.contains(&v), "{v} survived");
    }
}

#[test]
fn zendesk_ticket_create() {
    check(
        Some("application/json; charset=utf-8"),
        r#"{"ticket":{"subject":"Refund for order 4417 - card {{4111 1111 1111 1111|**** **** **** 1111}}","comment":{"body":"Hi,\nI was charged twice on {{5500-0000-0000-0004|****-****-****-0004}} (exp 09/27).\nPlease call me on {{+44 20 7946 0958|+** ** **** ****}} or write to {{jane.doe+billing@example.co.uk|****************@*************}}.\nMerci, J.\u00e9","public":false},"requester":{"name":"Jane Doe","email":"{{jane.doe@example.com|********@***********}}","locale_id":1},"custom_fields":[{"id":360001234567,"value":"order-2024-000123"},{"id":360001234568,"value":"{{378282246310005|***********0005}}"},{"id":360001234569,"value":{{4012888888881881|9000000000001881}}}],"created_at":"2024-05-03T12:30:45Z","external_id":"ord-714002953-256230","ip":"192.168.10.24"}}"#,
    );
}

#[test]
fn json_escapes_hide_nothing_and_break_nothing() {
    check(
        Some("application/json"),
        r#"{"msg":"mail {{jane\u0040example.com|****\u0040***********}} card {{\u0034111\u00201111\u00201111\u00201111|*********\u0020****\u0020****\u00201111}} price \u20ac49.90","{{key@example.com|key@example.com}}":1}"#,
    );
    // A form API's fields as name and value members; a link's text
    // after its `tel:` URL.
    check(
        Some("application/json"),
        r#"{"fields":[{"name":"phone","value":"{{9 5493 3426|* **** ****}}"},{"name":"qty","value":"9 1234 5678"}],"html":"<a href=\"tel:{{22330322|********}}\">{{22 33 03 22|** ** ** **}}</a>"}"#,
    );
    // An HTML mail body as .NET writes it into JSON, `&` escaped: the
    // references between the groups are kept whole.
    check(
        Some("application/json"),
        r#"{"html":"\u003Cp\u003Ecarta {{3462\u0026nbsp;983808\u0026nbsp;79133|****\u0026nbsp;******\u0026nbsp;*9133}} tel {{\u0026#x2B;41\u0026nbsp;76\u0026nbsp;948\u0026nbsp;37\u0026nbsp;56|\u0026#x2B;**\u0026nbsp;**\u0026nbsp;***\u0026nbsp;**\u0026nbsp;**}}\u003C/p\u003E"}"#,
    );
}

#[test]
fn chat_message() {
    check(
        Some("application/json"),
        r#"{"conversation_id":"c_7f3a9e10b2c44d5e","seq":12,"ts":1700000112239,"author":"visitor","text":"ok here it is {{06 12 34 56 78|** ** ** ** **}} and my mail {{Marie.Dubois@Example.FR|************@**********}}, ticket #482913"}"#,
    );
}

#[test]
fn browser_encoded_contact_form() {
    check(
        Some("application/x-www-form-urlencoded"),
        "name=Jane+Doe&email={{jane.doe%2Bsupport%40example.com|******************%40***********}}&phone={{%2B1+415+555+0132|%2B*+***+***+****}}&message=Card+{{4111+1111+1111+1111|****+****+****+1111}}+was+declined+on+2024-05-03.&order=482913",
    );
    // A field's own `=` is never part of a value, even after a literal
    // `+`, where a bounce address would keep its `=`; an escaped `=` is.
    check(
        Some("application/x-www-form-urlencoded"),
        "tag=%2B365al={{jane.doe%40example.com|********%40***********}}&rp={{bounces%2B42-jane%3Dexample.org%40mail.example.net|*******************************%40****************}}",
    );
}

#[test]
fn an_inbound_mail_webhook_posts_html_whose_references_are_encoded_again() {
    // Mailgun's route posts a message's HTML as a form field: the
    // signature's `&nbsp;` and `&#43;`, and an address's `&#64;`, are
    // percent-encoded whole; the message's own id is no address.
    check(
        Some("application/x-www-form-urlencoded"),
        "sender=x&Message-Id=%3CAM3PR50MB3538.prod%40eurprd01.prod.outlook.com%3E\
&body-html=%3Cp%3EZentrale%3A+{{%2B49%26nbsp%3B800%26nbsp%3B3907356|%2B**%26nbsp%3B***%26nbsp%3B*******}}%3C%2Fp%3E\
%3Cp%3ET%3A+{{396%26nbsp%3B209%26nbsp%3B212|***%26nbsp%3B***%26nbsp%3B***}}+%E2%80%A2+\
{{frossi%26%2364%3Blogisticapadana.it|******%26%2364%3B******************}}%3C%2Fp%3E\
&ref=INV-2024-0815",
    );
}

#[test]
fn a_form_field_named_for_a_phone_holds_an_international_number_without_its_plus() {
    // MessageBird's SMS webhook, and a contact form whose client left
    // the `+` out.
    check(
        Some("application/x-www-form-urlencoded"),
        "id=1&originator={{493074408572|************}}&recipient={{31699419354|***********}}&body=hi&order_id=447871312600&phone={{447871312628|************}}",
    );
}

#[test]
fn an_unencoded_plus_opens_an_international_number_in_a_form() {
    // `curl -d 'phone=+44…'` sends the `+` as it is, which form decoding
    // reads as a space: the number is still the international one.
    let template = "firstname=Eleni&phone=+{{447871312628|************}}&nps=0\
&alt=+{{44(0)7755655438|**(*)**********}}&order_id=4918835926&q=a+1700000000000";
    check(Some("application/x-www-form-urlencoded"), template);
}

#[test]
fn a_multipart_field_name_labels_its_value() {
    // A contact form's fields hold a number alone: its field's name is
    // all that says it is a phone number.
    let template = "--B\r\nContent-Disposition: form-data; name=\"phone\"\r\n\r\n\
{{42 04 17 59|** ** ** **}}\r\n\
--B\r\nContent-Disposition: form-data; name=\"contactPhone\"\r\n\r\n\
{{(33) 8729 1733|(**) **** ****}}\r\n\
--B\r\nContent-Disposition: form-data; name=\"mobile_number\"\r\n\r\n\
{{691094564|*********}}\r\n\
--B\r\nContent-Disposition: form-data; name=\"customer[phone]\"\r\n\r\n\
{{20 12 34 56|** ** ** **}}\r\n\
--B\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n\
20240822 - called back\r\n\
--B\r\nContent-Disposition: form-data; name=\"qty\"\r\n\r\n\
12345678\r\n\
--B\r\nContent-Disposition: form-data; name=\"phone\"\r\n\r\n\
{{4915179338642|*************}}\r\n\
--B\r\nContent-Disposition: form-data; name=\"order_id\"\r\n\r\n\
4915170000042\r\n--B--\r\n";
    check(Some("multipart/form-data; boundary=B"), template);
}

#[test]
fn multipart_post_with_text_and_file_parts() {
    let template = "--AaB03x\r\nContent-Disposition: form-data; name=\"comment\"\r\n\r\n\
Call {{+33 6 12 34 56 78|+** * ** ** ** **}} or mail {{camille.martin@example.fr|**************@**********}}\r\n\
--AaB03x\r\nContent-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json\r\n\r\n\
{\"card\":\"{{6011000990139424|************9424}}\",\"n\":42}\r\n\
--AaB03x\r\nContent-Disposition: form-data; name=\"shot\"; filename=\"screen.png\"\r\nContent-Type: image/png\r\n\r\n\
\u{1}PNG binary 4111111111111111 stays\r\n--AaB03x--\r\n";
    check(Some("multipart/form-data; boundary=AaB03x"), template);
}

/// A table's cells are read after their column's name: bare numbers are
/// phones in a phone column and ids in an id column, whatever the line
/// holds besides.
#[test]
fn csv_and_tsv_columns_label_their_cells() {
    check(
        Some("text/csv; charset=utf-8"),
        "Name;Teléfono;Nº pedido;Notas\r\nAna;{{612345678|*********}};712345678;\"Llamar al {{+34 912 345 678|+** *** *** ***}}; \"\"urgente\"\"\"\r\n",
    );
    check(
        Some("text/tab-separated-values"),
        "caller\tduration\tmsisdn\n{{+44 20 7946 0018|+** ** **** ****}}\t3600\t{{447700900123|************}}\n",
    );
    // A spreadsheet's text marker, in a quoted cell too.
    check(
        Some("text/csv"),
        "id,msisdn\n1000,\"'{{447911123456|************}}\"\n1001,'{{447911123457|************}}\n",
    );
}

/// A table uploaded in a multipart form is read as one when its type says
/// so or its file's name does, whatever type the browser gave it.
#[test]
fn tables_in_multipart_parts_label_their_cells() {
    check(
        Some("multipart/form-data; boundary=Zz9"),
        "--Zz9\r\nContent-Disposition: form-data; name=\"a\"; filename=\"contacts.csv\"\r\nContent-Type: application/vnd.ms-excel\r\n\r\nname,mobile,order_id\r\nAna,{{3286560910|**********}},3100000077\r\n--Zz9\r\nContent-Disposition: form-data; name=\"b\"\r\nContent-Type: text/tab-separated-values\r\n\r\nsrc\tdst\n{{491721188463|************}}\t100\n\r\n--Zz9--\r\n",
    );
}

/// JSON Lines under its other media types is JSON: a phone written as a
/// number stays a number.
#[test]
fn json_lines_types_are_json() {
    for content_type in [
        "application/jsonl",
        "application/x-jsonlines",
        "application/ndjson",
    ] {
        let spec = BodySpec::from_headers(Some(content_type), None).unwrap();
        assert_eq!(spec.kind, BodyKind::Json, "{content_type}");
    }
}

#[test]
fn plain_text_and_sniffed_bodies() {
    check(
        Some("text/plain; charset=iso-8859-1"),
        "Kreditkarte {{4111111111111111|************1111}}, Telefon {{030 12345678|*** ********}}.",
    );
    check(None, r#"{"t":"{{4111111111111111|************1111}}"}"#);
    check(None, "a=1&b={{jane%40example.com|****%40***********}}");
    check(None, "note: {{jane@example.com|****@***********}}");
}

#[test]
fn sniffing_picks_the_format() {
    use pii_proxy::format::sniff;
    assert_eq!(sniff(b"  {\"a\":1}"), BodyKind::Json);
    assert_eq!(sniff(b"[1,2]"), BodyKind::Json);
    assert_eq!(sniff(b"a=1&b=c%40d.org"), BodyKind::Form);
    assert_eq!(sniff(b"hello, world"), BodyKind::Text);
    // A file of pairs posted as is, with its last line break.
    assert_eq!(sniff(b"a=1&b=c%40d.org\r\n"), BodyKind::Form);
    // Text that only starts with a pair: its `+` is a plus.
    assert_eq!(
        sniff(b"id=ORD-1234\nTel.: +420 731 186 784"),
        BodyKind::Text
    );
    assert_eq!(sniff(b"a=1\n+44 20 8245 3654"), BodyKind::Text);
    assert_eq!(sniff(b"note=call me on +44 20 8245 3654"), BodyKind::Text);
    // The marks encodeURIComponent and jQuery leave unescaped.
    assert_eq!(
        sniff(b"name=x(y)&reason=don't+call!&card=4532043394837495"),
        BodyKind::Form
    );
}

#[test]
fn stacked_and_raw_deflate_encodings_round_trip() {
    let (input, expected, _) = expand("card {{4111 1111 1111 1111|**** **** **** 1111}} ok");
    // deflate (zlib) applied first, then gzip.
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(&input).unwrap();
    let layered = gzip(&z.finish().unwrap());
    let spec = BodySpec::from_headers(Some("text/plain"), Some("deflate, gzip")).unwrap();
    let out = run(&spec, &layered, 5).unwrap();
    let mut plain = Vec::new();
    flate2::read::ZlibDecoder::new(&gunzip(&out)[..])
        .read_to_end(&mut plain)
        .unwrap();
    assert_eq!(plain, expected);

    // Raw deflate, as some clients send for "deflate".
    let mut raw = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
    raw.write_all(&input).unwrap();
    let spec = BodySpec::from_headers(Some("text/plain"), Some("deflate")).unwrap();
    let out = run(&spec, &raw.finish().unwrap(), 3).unwrap();
    let mut plain = Vec::new();
    flate2::read::ZlibDecoder::new(&out[..])
        .read_to_end(&mut plain)
        .unwrap();
    assert_eq!(plain, expected);
}

#[test]
fn what_cannot_be_inspected_is_refused() {
    for (ct, ce) in [
        (Some("text/plain"), Some("br")),
        (Some("text/plain"), Some("zstd")),
        (Some("text/plain"), Some("gzip, gzip, gzip, gzip")),
        (Some("text/plain; charset=shift_jis"), None),
        (Some("text/plain; charset=utf-16"), None),
        (Some("multipart/form-data"), None),
    ] {
        assert!(BodySpec::from_headers(ct, ce).is_err(), "{ct:?} {ce:?}");
    }
}

#[test]
fn corrupt_and_bomb_bodies_fail() {
    let spec = BodySpec::from_headers(Some("text/plain"), Some("gzip")).unwrap();
    let mut truncated = gzip(b"card 4111 1111 1111 1111 and more text to compress");
    truncated.truncate(truncated.len() - 6);
    assert_eq!(
        run(&spec, &truncated, 7).unwrap_err(),
        FormatError::CorruptEncoding
    );
    assert_eq!(
        run(&spec, b"not gzip at all", 4).unwrap_err(),
        FormatError::CorruptEncoding
    );

    // 200 MiB of zeros compress to ~200 KiB: over the 64 MiB decoded cap
    // and far over the expansion ratio; decoding stops early.
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..200 {
        e.write_all(&zeros).unwrap();
    }
    let bomb = e.finish().unwrap();
    let err = run(&spec, &bomb, 64 * 1024).unwrap_err();
    assert!(
        matches!(
            err,
            FormatError::ExpansionTooHigh { .. } | FormatError::DecodedTooLarge { .. }
        ),
        "{err:?}"
    );
    assert!(!err.to_string().contains('\0'));
}

/// The detectors read `\\u0108` as a backslash, then the escape of `Ĉ`;
/// JSON reads an escaped backslash, then `u0108`. A mask that starts on
/// the second backslash keeps it, so the pair stays whole, and writes the
/// escape it opens as an escaped `*`, so a document nested in the string
/// stays whole too.
#[test]
fn a_mask_never_splits_an_escaped_backslash() {
    check(
        Some("application/json"),
        r#"{"t":"a \\{{u0108jane@example.com|u002A****@***********}} b","n":1}"#,
    );
}

/// JSON in a JSON string, as webhooks forward a payload: an escape of the
/// nested document that a finding starts with is masked as an escape, and
/// both documents parse after redaction, whatever the policy.
#[test]
fn documents_nested_in_strings_stay_valid() {
    let body =
        br#"{"payload":"{\"t\":\"E-Mail: j\\u00fcrgen@web.de, Karte \\u0034111111111111111\"}"}"#;
    let spec = BodySpec::from_headers(Some("application/json"), None).unwrap();
    for policy in ["mask", "label", "remove"] {
        let action = Action::from_name(policy).unwrap();
        let policy_for_all = Policy {
            card: action,
            email: action,
            phone: action,
        };
        let redactor = Redactor::new(Detector::default(), policy_for_all, None).unwrap();
        let out = run_with(&redactor, &spec, body, 7).unwrap();
        let outer: serde_json::Value = serde_json::from_slice(&out).unwrap();
        let nested = outer["payload"].as_str().unwrap();
        let inner: serde_json::Value = serde_json::from_str(nested).unwrap();
        let text = inner["t"].as_str().unwrap();
        assert!(
            !text.contains("rgen@web") && !text.contains("1111111111"),
            "{policy}: {text}"
        );
    }
}

/// A bare number a policy replaces with a label, a token or nothing
/// becomes a string. A negative number is no card (a signed 64-bit id is
/// negative half the time) and stays as it is. The document parses either
/// way.
#[test]
fn bare_numbers_stay_valid_json_under_every_policy() {
    let body = br#"{"a":4532182278248963,"b":-4532182278248963,"c":[-4111111111111111]}"#;
    let spec = BodySpec::from_headers(Some("application/json"), None).unwrap();
    for policy in ["mask", "mask-all", "label", "remove", "keep"] {
        let policy_for_all = Policy {
            card: Action::from_name(policy).unwrap(),
            ..Policy::default()
        };
        let redactor = Redactor::new(Detector::default(), policy_for_all, None).unwrap();
        for chunk in [1, 5, body.len()] {
            let out = run_with(&redactor, &spec, body, chunk).unwrap();
            let doc: serde_json::Value = serde_json::from_slice(&out)
                .unwrap_or_else(|e| panic!("{policy}: {e}: {}", String::from_utf8_lossy(&out)));
            let a = &doc["a"];
            match policy {
                "keep" => assert_eq!(a, &serde_json::json!(4532182278248963_i64)),
                "mask" | "mask-all" => assert!(a.is_number(), "{policy}: {a}"),
                "label" => assert_eq!(a, &serde_json::json!("[CARD]")),
                _ => assert_eq!(a, &serde_json::json!("")),
            }
            assert_eq!(
                doc["b"],
                serde_json::json!(-4532182278248963_i64),
                "{policy}"
            );
            assert_eq!(
                doc["c"][0],
                serde_json::json!(-4111111111111111_i64),
                "{policy}"
            );
        }
    }
}

#[test]
fn malformed_json_is_still_scanned_as_text() {
    check(
        Some("application/json"),
        r#"{"a": "x" "b": {{4111111111111111|************1111}} mail {{jane@example.com|****@***********}}"#,
    );
}

#[test]
fn ndjson_stream_equals_each_document_alone() {
    let docs: Vec<String> = (0..300)
        .map(|i| format!(r#"{{"id":{i},"text":"call +33 6 12 34 56 {:02} or mail user{i}@example.com","card":4111111111111111}}"#, i % 100))
        .collect();
    let body = docs.join("\n");
    let spec = BodySpec::from_headers(Some("application/x-ndjson"), None).unwrap();
    let whole = run(&spec, body.as_bytes(), 4096).unwrap();
    let alone: Vec<Vec<u8>> = docs
        .iter()
        .map(|d| run(&spec, d.as_bytes(), 1 << 20).unwrap())
        .collect();
    assert_eq!(whole, alone.join(&b'\n'));
}

fn run_with(
    redactor: &Redactor,
    spec: &BodySpec,
    body: &[u8],
    chunk: usize,
) -> Result<Vec<u8>, FormatError> {
    let mut r = BodyRedactor::new(
        redactor.clone(),
        spec,
        DecodeLimits::default(),
        BinaryParts::Pass,
    );
    let mut out = Vec::new();
    for c in body.chunks(chunk.max(1)) {
        r.push(c, &mut out)?;
    }
    r.finish(&mut out)?;
    Ok(out)
}

#[test]
fn json_field_rules_keep_scan_and_mask_fields() {
    use pii_proxy::redact::{AllowList, FieldAction, FieldRules};
    let mut rules = FieldRules::new();
    rules
        .add("ticket.requester.email", FieldAction::Keep)
        .unwrap();
    rules
        .add("ticket.custom_fields[].value", FieldAction::Mask)
        .unwrap();
    rules.add("user.phone", FieldAction::Mask).unwrap();
    let mut allow = AllowList::new();
    allow.add_email_domains(&["acme.example"]).unwrap();
    let redactor = Redactor::default()
        .with_field_rules(rules)
        .with_allow_list(allow);
    // The requester's address is kept (it identifies the customer); the
    // same address typed in the comment is masked; custom field values and
    // the phone are masked whole, strings and numbers alike; the company's
    // own address is allowed. An escaped key is the field it decodes to.
    let (body, expected, _) = expand(concat!(
        r#"{"ticket":{"requester":{"email":"jane.doe@example.com","name":"Jane"},"#,
        r#""comment":{"body":"reach me at {{jane.doe@example.com|********@***********}} or support@acme.example"},"#,
        r#""custom_fields":[{"id":1,"value":"{{Jörg \"J\" \u00e9 4111 1111 1111 1111|**************************************}}"},"#,
        r#"{"id":2,"value":{{-12345.5|-90000.0}}}]},"#,
        r#""user":{"ph\u006fne":{{4155550132|9000000000}},"name":"n"}}"#,
    ));
    let spec = BodySpec::from_headers(Some("application/json"), None).unwrap();
    let whole = run_with(&redactor, &spec, &body, body.len()).unwrap();
    assert_eq!(
        String::from_utf8_lossy(&whole),
        String::from_utf8_lossy(&expected)
    );
    serde_json::from_slice::<serde_json::Value>(&whole).unwrap();
    for chunk in [1, 2, 3, 5, 8, 13, 64] {
        assert_eq!(
            run_with(&redactor, &spec, &body, chunk).unwrap(),
            whole,
            "chunk {chunk}"
        );
    }
}

#[test]
fn arabic_indic_digits_in_every_format() {
    // Arabic and Persian keyboards type their own digits: raw UTF-8 in
    // text, `\uXXXX` in ASCII-only JSON, percent-encoded UTF-8 in a form.
    // Order numbers, dates, times and amounts in them stay as they are.
    check(
        Some("text/plain; charset=utf-8"),
        "رقم جوالي {{٠٥٠١٢٣٤٥٦٧|********************}} والبطاقة {{٤١١١ ١١١١ ١١١١ ١١١١|******** ******** ******** ١١١١}}، رقم الطلب ١٧٣٢٦٠١٢٣٤٥٦٧، التاريخ ٢٠٢٤/٠٣/١٥ الساعة ١٤:٣٠، المبلغ ١٢٣٫٥٠ ريال. شماره من {{۰۹۱۲ ۳۴۵ ۶۷۸۹|******** ****** ********}} است. اتصل على {{+٩٦٦ ٥٠ ١٢٣ ٤٥٦٧|+****** **** ****** ********}}",
    );
    check(
        Some("application/json"),
        r#"{"text":"\u0631\u0642\u0645\u064a {{\u0660\u0665\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667|************************************************************}} \u0628\u0637\u0627\u0642\u0629 {{\u0664\u0661\u0661\u0661 \u0661\u0661\u0661\u0661 \u0661\u0661\u0661\u0661 \u0661\u0661\u0661\u0661|************************ ************************ ************************ \u0661\u0661\u0661\u0661}}","id":"\u0661\u0667\u0663\u0662"}"#,
    );
    check(
        Some("application/x-www-form-urlencoded"),
        "msg=%D8%B1%D9%82%D9%85%D9%8A+{{%D9%A0%D9%A5%D9%A0%D9%A1%D9%A2%D9%A3%D9%A4%D9%A5%D9%A6%D9%A7|************************************************************}}&order=%D9%A1%D9%A7%D9%A3%D9%A2",
    );
}

#[test]
fn full_width_digits_in_every_format() {
    // Japanese input methods type numbers in full width: raw UTF-8 in
    // text, `\uXXXX` in ASCII-only JSON, percent-encoded UTF-8 in a form
    // (and a no-break space so encoded between groups). Dates, prices,
    // postal codes and ids in full width stay as they are.
    check(
        Some("text/plain; charset=utf-8"),
        "カード番号：{{４２５１-７０８１-００８４-２９６８|************-************-************-２９６８}} 有効期限１２/２７。電話番号は{{０６-４１５６-６９７２|******-************-************}}です。ＴＥＬ：{{（０３）３２４５－６７８９|（******）************－************}}、携帯{{０９０　１２３４　５６７８|*********　************　************}}。注文日２０２４年１２月３日、合計１，２８０円、〒１５０－０００１、注文番号１７３２６０１２３４５６７、会員番号４９８３７９６９７２４９１。",
    );
    check(
        Some("application/json"),
        r#"{"type":"text","text":"\u30ab\u30fc\u30c9\u756a\u53f7\uff1a{{\uff14\uff19\uff16\uff10\uff0d\uff18\uff10\uff11\uff11\uff0d\uff12\uff12\uff15\uff17\uff0d\uff19\uff11\uff17\uff11|************************\uff0d************************\uff0d************************\uff0d\uff19\uff11\uff17\uff11}}","raw":"カード番号{{６０１１-１７５７-６５４１-５７４４|************-************-************-５７４４}}で支払いました","created_at":"２０２４-１２-０３","id":"１７３２６０１２３４５６７"}"#,
    );
    check(
        Some("application/x-www-form-urlencoded"),
        "message=%E3%82%AB%E3%83%BC%E3%83%89+{{%EF%BC%94%EF%BC%98%EF%BC%99%EF%BC%94-%EF%BC%98%EF%BC%94%EF%BC%94%EF%BC%99-%EF%BC%94%EF%BC%96%EF%BC%96%EF%BC%94-%EF%BC%92%EF%BC%91%EF%BC%99%EF%BC%98|************************************-************************************-************************************-%EF%BC%92%EF%BC%91%EF%BC%99%EF%BC%98}}+%E6%9C%89%E5%8A%B9%E6%9C%9F%E9%99%90%EF%BC%90%EF%BC%91%2F%EF%BC%92%EF%BC%98+%E9%9B%BB%E8%A9%B1+{{%EF%BC%90%EF%BC%99%EF%BC%90%EF%BC%8D%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%8D%EF%BC%95%EF%BC%96%EF%BC%97%EF%BC%98|***************************%EF%BC%8D************************************%EF%BC%8D************************************}}+%E3%81%8A%E6%94%AF%E6%89%95%E3%81%84{{%EF%BC%95%EF%BC%91%EF%BC%93%EF%BC%96%E3%80%80%EF%BC%94%EF%BC%96%EF%BC%95%EF%BC%99%E3%80%80%EF%BC%95%EF%BC%93%EF%BC%99%EF%BC%99%E3%80%80%EF%BC%95%EF%BC%95%EF%BC%91%EF%BC%92|************************************%E3%80%80************************************%E3%80%80************************************%E3%80%80%EF%BC%95%EF%BC%95%EF%BC%91%EF%BC%92}}&refund=Remboursez+sur+la+carte+{{5136%C2%A04659%C2%A05399%C2%A05512|****%C2%A0****%C2%A0****%C2%A05512}}+svp&order=482913",
    );
}
