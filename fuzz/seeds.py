#!/usr/bin/env python3
"""Writes the seed corpus, fuzz/corpus/<target>/, from the samples below and
small slices of the benchmark generator.

    python3 fuzz/seeds.py [PATH/TO/gen.py]

The generator defaults to ../shared/bench-corpus/gen.py beside the
repository; without it only the hand-written samples are written. Every
value is synthetic: test card numbers, example.com/org/net addresses,
555-01xx phones, documentation IP ranges. Re-running overwrites the seeds
and leaves other corpus files alone.
"""
from __future__ import annotations

import pathlib
import subprocess
import sys

FUZZ = pathlib.Path(__file__).resolve().parent
TARGETS = ("detect", "simd_vs_scalar", "reference", "redact", "chunking")


def u(s: str) -> str:
    """Every digit and '@' of s as a JSON \\u00XX escape."""
    return "".join(f"\\u{ord(c):04x}" if c.isdigit() or c == "@" else c for c in s)


def pct(s: str) -> str:
    """Every digit, '@' and space of s percent-encoded."""
    return "".join(f"%{ord(c):02X}" if c.isdigit() or c in "@ " else c for c in s)


SAMPLES: dict[str, bytes] = {
    # Ticket and chat JSON.
    "ticket-card-email-phone.json": (
        '{"ticket":{"subject":"Refund","comment":{"body":"My card is 4111 1111 1111 1111, '
        'exp 12/29. Call me at +1 (415) 555-0132 or mail jane.doe@example.com"},'
        '"requester":{"name":"Jane Doe","email":"jane.doe@example.com"},"priority":"high"}}'
    ).encode(),
    "ticket-dashed-cards.json": (
        '{"comment":{"body":"tried 5555-5555-5555-4444 then 3782-822463-10005, '
        'both declined; old one 6011 1111 1111 1117"},"author_id":946399068570}'
    ).encode(),
    "ticket-escaped-digits.json": (
        '{"comment":{"body":"card ' + u("4111") + '111111111111 and '
        + u("5555 5555 5555 4444") + '"}}'
    ).encode(),
    "ticket-escaped-at.json": (
        '{"requester":{"email":"jane.doe' + u("@") + 'example.com",'
        '"cc":"ops\\u0040example.org","name":"Jos\\u00e9"}}'
    ).encode(),
    "ticket-escapes-mixed.json": (
        '{"body":"line one\\nnumber:\\t4012\\u00208888\\u00208888\\u00201881\\r\\n'
        'mail\\/web: support\\u0040example.net \\"quoted\\" (202) 555-0173"}'
    ).encode(),
    "ticket-newline-escapes.json": (
        '{"body":"4111\\n1111\\n1111\\n1111 and 555\\n0147 and a\\\\u0040b.com"}'
    ).encode(),
    "chat.ndjson": (
        '{"conversation_id":"c_1","seq":1,"ts":1700000037002,"author":"visitor","text":"my card 4111111111111111"}\n'
        '{"conversation_id":"c_1","seq":2,"ts":1700000045904,"author":"agent","text":"please never post cards here"}\n'
        '{"conversation_id":"c_1","seq":3,"ts":1700000068155,"author":"visitor","text":"ok, reach me on +1-415-555-0199 or me+chat@example.com"}\n'
    ).encode(),
    "json-number-card.json": b'{"card":4111111111111111,"amount":1299.99,"phone":4155550132,"id":1716543210123}',
    # Form bodies.
    "form-plus-spaces.txt": (
        b"name=Jane+Doe&email=jane.doe%40example.com&phone=%2B1+415+555+0132"
        b"&card=4111+1111+1111+1111&note=call+after+5pm"
    ),
    "form-pct-digits.txt": (
        "card=" + pct("4111 1111 1111 1111") + "&cvv=123&mail=" + pct("j@example.com")
        + "&tel=%28212%29%20555-0147"
    ).encode(),
    "form-amex-discover.txt": b"cc1=378282246310005&cc2=6011111111111117&cc3=3530111333300000&cc4=30569309025904&exp=01%2F30",
    # Phones.
    "phones.txt": (
        b"(212) 555-0147\n+1-202-555-0173\n202.555.0119\n+1 415 555 0100\n"
        b"555-0123\ntel:+14155550188\n1-800-555-0199 ext. 12\n+1 (650) 555-0111;"
    ),
    # Emails.
    "emails.txt": (
        b"a+tag@sub.example.co.uk, first.last@example.com;<x_y-z@example.org>\n"
        b"\"quoted local\"@example.com user@[192.0.2.1] x@y @@ a@@b.com "
        b"trailing.dot.@example.com .lead@example.com name@example.com. "
        b"UPPER@EXAMPLE.COM mixed%40example.net j\\u0040example.org"
    ),
    "email-long.txt": (
        b"to: " + b"l" * 64 + b"@" + b".".join([b"d" * 60] * 4) + b".example.com end"
    ),
    # Look-alikes: numbers that are not PII.
    "lookalikes-dates-ips.txt": (
        b"2024-05-01T12:34:56.789Z 2024/05/01 01.05.2024 12:34:56 192.0.2.44 "
        b"198.51.100.7:8080 203.0.113.255 10.0.0.1 ::1 2001:db8::1 1716543210123 1716543210"
    ),
    "lookalikes-ids.txt": (
        b"uuid 123e4567-e89b-12d3-a456-426614174000 order #100045678912 "
        b"INV-2021-14124 v2.14.3 ISBN 978-3-16-148410-0 GB82 WEST 1234 5698 7654 32 "
        b"SKU 4006381333931 price $1,299.99 EUR 4.111,11 total 4111.11"
    ),
    "lookalikes-luhn-invalid.txt": (
        b"4111111111111112 4111 1111 1111 1112 5555-5555-5555-4445 41111111111111111111 "
        b"411111111111111 4111-1111-1111 1111 12345678901234567890123456789012345678901234567890"
    ),
    "digits-glued.txt": (
        b"4111111111111111jane@example.com4111111111111111+14155550132(415)555-0132"
        b"4111111111111111,4111111111111111.5555555555554444"
    ),
    # Not UTF-8 / binary.
    "non-utf8.bin": (
        b"\xff\xfe card 4111\xc0 1111 1111 1111 \x80@example.com caf\xe9 jane@example.com "
        b"\x00\x01\x02 4111111111111111\x00 555\xa00132 \xc3\xa9l\xc3\xa8ve@example.com"
    ),
    "utf8-accents.txt": "José Müller: josé@exämple.com, tél. 415 555 0132 — carte 4111 1111 1111 1111 ✓".encode(),
    "multipart.txt": (
        b"--XyZ\r\nContent-Disposition: form-data; name=\"card\"\r\n\r\n4111 1111 1111 1111\r\n"
        b"--XyZ\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\njane@example.com\r\n--XyZ--\r\n"
    ),
    "anchors-only.txt": b"%%%%\\\\\\u00\\u004%4+++((((@@@@0%3\\u0034\\u00400(+@%",
    "empty.txt": b"",
}

GEN_SLICES = [  # (profile, size in MiB, seed)
    ("tickets-json", 0.002, 1),
    ("tickets-json", 0.002, 7),
    ("chat", 0.002, 1),
    ("prose", 0.002, 1),
    ("digits", 0.002, 1),
    ("digits", 0.002, 5),
    ("random", 0.001, 1),
]
# Larger slices for chunking only: longer than the stream's look-ahead, so
# chunk edges fall after the stream has started emitting.
GEN_SLICES_CHUNKING = [("tickets-json", 0.008, 3), ("chat", 0.008, 3), ("digits", 0.008, 3)]

# Chunking headers (see fuzz_targets/common.rs, chunk_plan): the low three
# bits of the first byte count the size bytes that follow.
HEADERS = [
    b"\x00",  # one chunk
    b"\x01\x01",  # byte by byte
    b"\x03\x07\x40\x90",  # 7, 64, 1088 bytes
    b"\x02\x00\x05",  # an empty push, then 5 bytes
    b"\x01\xa0",  # 2112 bytes
    b"\x04\x01\x7f\x02\x85",  # 1, 127, 2, 384
]


def generate(gen: pathlib.Path, profile: str, size: float, seed: int) -> bytes:
    return subprocess.run(
        [sys.executable, str(gen), profile, str(size), "--seed", str(seed)],
        check=True,
        capture_output=True,
    ).stdout


def main() -> None:
    gen = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else FUZZ.parent.parent / "shared" / "bench-corpus" / "gen.py"
    seeds = dict(SAMPLES)
    chunking_only = {}
    if gen.is_file():
        for profile, size, seed in GEN_SLICES:
            seeds[f"gen-{profile}-{seed}.bin"] = generate(gen, profile, size, seed)
        for profile, size, seed in GEN_SLICES_CHUNKING:
            chunking_only[f"gen-{profile}-{seed}-8k.bin"] = generate(gen, profile, size, seed)
    else:
        print(f"{gen} not found: writing the hand-written samples only", file=sys.stderr)
    for target in TARGETS:
        out = FUZZ / "corpus" / target
        out.mkdir(parents=True, exist_ok=True)
        if target == "chunking":
            items = {**seeds, **chunking_only}
            for i, (name, body) in enumerate(sorted(items.items())):
                (out / name).write_bytes(HEADERS[i % len(HEADERS)] + body)
        else:
            for name, body in seeds.items():
                (out / name).write_bytes(body)
    print(f"wrote {len(seeds)} seeds per target (+{len(chunking_only)} for chunking)")


if __name__ == "__main__":
    main()
