//! The `scan` and `redact` commands, run as a user would: the built binary.

// Test helpers panic on failure by design: a panic is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pii-proxy"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .env_remove("PII_PROXY_TOKEN_KEY")
        .spawn()
        .expect("start pii-proxy");
    // Write from another thread: the child's stdout must be drained while
    // a large input is still going in, or both sides block.
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || pipe.write_all(&input));
    let output = child.wait_with_output().unwrap();
    // A command that refuses its arguments exits before reading its input.
    match writer.join().unwrap() {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => panic!("writing stdin: {e}"),
        _ => {}
    }
    output
}

const BODY: &[u8] = b"card 4111 1111 1111 1111, mail jane@example.com, tel +33 6 12 34 56 78\n";

#[test]
fn scan_prints_offsets_never_values() {
    let out = run(&["scan"], BODY);
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        stdout,
        "{\"kind\":\"card\",\"start\":5,\"end\":24}\n\
         {\"kind\":\"email\",\"start\":31,\"end\":47}\n\
         {\"kind\":\"phone\",\"start\":53,\"end\":70}\n"
    );
    assert!(!stdout.contains("4111") && !stdout.contains("jane"));
}

/// The `(start, end)` spans `scan` prints for `body`.
fn scanned(args: &[&str], body: &[u8]) -> Vec<(usize, usize)> {
    let out = run(&[&["scan"], args].concat(), body);
    assert!(out.status.success());
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|line| {
            let field = |name: &str| -> usize {
                let at = line.find(&format!("\"{name}\":")).unwrap() + name.len() + 3;
                line[at..]
                    .split(|c: char| !c.is_ascii_digit())
                    .next()
                    .unwrap()
                    .parse()
                    .unwrap()
            };
            (field("start"), field("end"))
        })
        .collect()
}

/// `scan` reports what `redact` masks: a number the re-check passes find
/// once its neighbour is masked, the values of a form body sent without a
/// type, which both sniff, bare numbers in multipart fields whose names
/// label them, and bare numbers in a table's phone column.
#[test]
fn scan_reports_what_redact_masks() {
    const MULTIPART: &[u8] = b"--XyZ\r\nContent-Disposition: form-data; name=\"phone\"\r\n\r\n7027884504\r\n--XyZ\r\nContent-Disposition: form-data;name=\"contact[mobilePhone]\"\r\n\r\n015948705246\r\n--XyZ\r\nContent-Disposition: form-data; name=\"order_id\"\r\n\r\n7027884504\r\n--XyZ\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nTel/Fax: (305) 345-5307 / 6464187548 ok\r\n--XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"export.CSV\"\r\nContent-Type: application/vnd.ms-excel\r\n\r\nname;msisdn;order_id\r\nJane;919424202078;919424202078\r\n--XyZ--\r\n";
    for (args, body) in [
        (&[][..], &b"Tel/Fax: (305) 345-5307 / 6464187548 ok"[..]),
        (
            &["--content-type", "multipart/form-data; boundary=XyZ"],
            MULTIPART,
        ),
        (
            &[],
            b"name=Jane+Doe&email=jane%40example.com&msg=card+4111+1111+1111+1111",
        ),
        (&["--content-type", "text/plain"], BODY),
        (
            &["--content-type", "text/csv"],
            b"name,msisdn,order_id\r\nJane,919424202078,919424202078\r\n\"Doe, J.\",\"0612345678\",5790456407\r\n",
        ),
    ] {
        let spans = scanned(args, body);
        let masked = run(&[&["redact"], args].concat(), body).stdout;
        assert_eq!(masked.len(), body.len());
        let changed: Vec<usize> = (0..body.len()).filter(|&i| masked[i] != body[i]).collect();
        assert!(!changed.is_empty());
        for i in &changed {
            assert!(
                spans.iter().any(|&(s, e)| (s..e).contains(i)),
                "byte {i} masked outside every reported span: {spans:?}"
            );
        }
        for &(s, e) in &spans {
            assert!(
                changed.iter().any(|i| (s..e).contains(i)),
                "{s}..{e} reported, not masked"
            );
        }
        assert!(
            spans.windows(2).all(|w| w[0].1 <= w[1].0),
            "sorted, apart: {spans:?}"
        );
    }
}

#[test]
fn redact_masks_and_keeps_length() {
    let out = run(&["redact"], BODY);
    assert!(out.status.success());
    assert_eq!(
        out.stdout,
        b"card **** **** **** 1111, mail ****@***********, tel +** * ** ** ** **\n"
    );
}

#[test]
fn redact_reads_a_file_and_accepts_non_utf8() {
    let dir = std::env::temp_dir().join(format!("pii-proxy-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("body.bin");
    // (Not a UTF-16 byte order mark, which is refused: see below.)
    let mut body = vec![0xff, 0x80, 0x00];
    body.extend_from_slice(BODY);
    std::fs::write(&file, &body).unwrap();
    let out = run(&["redact", file.to_str().unwrap()], b"");
    assert!(out.status.success());
    assert_eq!(out.stdout.len(), body.len());
    assert_eq!(&out.stdout[..3], &[0xff, 0x80, 0x00]);
    assert!(!String::from_utf8_lossy(&out.stdout).contains("4111 1111 1111"));
    // UTF-16 text is not read as bytes: it is refused, not passed on.
    let mut utf16 = vec![0xff, 0xfe];
    utf16.extend(BODY.iter().flat_map(|&b| [b, 0]));
    std::fs::write(&file, &utf16).unwrap();
    let out = run(&["redact", file.to_str().unwrap()], b"");
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("utf-16"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn policies_from_flags() {
    let out = run(
        &[
            "redact",
            "--card",
            "mask-first6-last4",
            "--email",
            "label",
            "--phone",
            "remove",
        ],
        BODY,
    );
    assert!(out.status.success());
    assert_eq!(
        out.stdout,
        b"card 4111 11** **** 1111, mail [EMAIL], tel \n"
    );
}

#[test]
fn token_policy_reads_the_key_from_a_file_only() {
    let out = run(&["redact", "--card", "token"], BODY);
    assert_eq!(out.status.code(), Some(2), "no key: configuration error");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("key"), "{err}");

    let dir = std::env::temp_dir().join(format!("pii-proxy-key-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let key = dir.join("key");
    std::fs::write(&key, "a-test-key-of-enough-length\n").unwrap();
    let out = run(
        &[
            "redact",
            "--card",
            "token",
            "--token-key-file",
            key.to_str().unwrap(),
        ],
        BODY,
    );
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.starts_with("card [card:") && !stdout.contains("4111"),
        "{stdout}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn usage_errors_exit_2_and_missing_files_exit_1() {
    assert_eq!(
        run(&["redact", "--card", "blur"], b"").status.code(),
        Some(2)
    );
    assert_eq!(
        run(&["scan", "--kinds", "iban"], b"").status.code(),
        Some(2)
    );
    assert_eq!(run(&["frobnicate"], b"").status.code(), Some(2));
    assert_eq!(
        run(&["scan", "/nonexistent/input"], b"").status.code(),
        Some(1)
    );
}

#[test]
fn help_documents_every_flag() {
    let out = run(&["redact", "--help"], b"");
    assert!(out.status.success());
    let help = String::from_utf8(out.stdout).unwrap();
    for flag in [
        "--kinds",
        "--scalar",
        "--card",
        "--email",
        "--phone",
        "--token-key-file",
    ] {
        assert!(help.contains(flag), "{flag} missing from help");
    }
}

#[test]
fn large_input_streams_through_fixed_buffers() {
    // 8 MiB with a card every ~100 KiB, including ones split across the
    // 64 KiB read buffer.
    let mut body = Vec::new();
    let mut i = 0u32;
    while body.len() < 8 << 20 {
        body.extend_from_slice(
            format!("line {i} nothing to see here, 2024-05-03 12:30 ").as_bytes(),
        );
        if i % 2000 == 0 {
            body.extend_from_slice(b"card 4111111111111111 ");
        }
        i += 1;
    }
    let out = run(&["redact"], &body);
    assert!(out.status.success());
    assert_eq!(out.stdout.len(), body.len());
    assert!(!out.stdout.windows(16).any(|w| w == b"4111111111111111"));
}
