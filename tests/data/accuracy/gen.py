#!/usr/bin/env python3
"""Generates cases.jsonl, the labelled accuracy set read by tests/accuracy.rs.

Each case is a request body as a ticket, chat, form or mail platform would
receive it, with every payment card, email address and phone number in it
labelled as a careful annotator would mark it, and the look-alikes around
them (order and tracking ids, timestamps, dates, IPs, versions, prices,
IBANs, barcodes, ...) recorded as `decoys`, `[category, start, end]`: they
must not be found.

    python3 gen.py            # rewrites cases.jsonl beside this file
    python3 gen.py --check    # exits 1 if cases.jsonl is not what it writes

Standard library only, and deterministic: one seeded RNG, drawn from in a
fixed order. A change to a template changes the output; regenerate and
commit both.

Labelling rules (the test holds the detector to them):

* A span covers exactly the raw bytes of the value as sent: escapes
  (`\\u0040`, `%40`, `\\u0034`, `%20`, `+` between groups) included,
  decorations (`<`, `>`, `mailto:`, a sentence-ending period) excluded.
* A phone number's extension (`ext. 204`, `x204`, `poste 12`) is part of
  the number, so part of its span.
* Cards are Luhn-valid numbers in a real issuer range at a length that
  issuer uses; every one is checked here.
* Look-alikes are never labelled, whatever their checksum: an EAN-13 or an
  IMEI is a product or device code even when it happens to pass Luhn.
"""

import json
import random
import re
import sys
from pathlib import Path
from urllib.parse import quote, quote_plus, unquote_plus

SEED = 20240518
CASES = 1700
OUT = Path(__file__).with_name("cases.jsonl")

R = random.Random(SEED)


# --------------------------------------------------------------------------
# Checksums and issuer ranges

def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(body):
    """`body` plus the check digit that makes it Luhn-valid."""
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError("unreachable")


def card_networks(digits):
    """Every network whose published range and lengths admit `digits`.

    Wider than the detector's table on purpose (all of Maestro's 50, 56-69,
    RuPay, Mir, Verve ...): a look-alike must be outside *every* range to
    be a fair negative.
    """
    n = len(digits)
    p = lambda k: int(digits[:k])  # noqa: E731
    nets = []
    if digits[0] == "4" and n in (13, 16, 19):
        nets.append("visa")
    if (51 <= p(2) <= 55 or 2221 <= p(4) <= 2720) and n == 16:
        nets.append("mastercard")
    if p(2) in (34, 37) and n == 15:
        nets.append("amex")
    if (p(4) == 6011 or 644 <= p(3) <= 649 or p(2) == 65) and 16 <= n <= 19:
        nets.append("discover")
    if 3528 <= p(4) <= 3589 and 16 <= n <= 19:
        nets.append("jcb")
    if (300 <= p(3) <= 305 or p(4) == 3095 or p(2) in (36, 38, 39)) and 14 <= n <= 19:
        nets.append("diners")
    if p(2) in (62, 81, 82) and 16 <= n <= 19:
        nets.append("unionpay")
    if (p(2) == 50 or 56 <= p(2) <= 69) and 12 <= n <= 19:
        nets.append("maestro")
    if 2200 <= p(4) <= 2204 and 16 <= n <= 19:
        nets.append("mir")
    if (p(2) == 60 or p(3) in (508, 353, 356)) and n == 16:
        nets.append("rupay")
    if p(4) == 9792 and n == 16:
        nets.append("troy")
    if digits[0] == "1" and n == 15:
        nets.append("uatp")
    return nets


def is_card(digits):
    return luhn_ok(digits) and bool(card_networks(digits))


def ean_complete(body):
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def iban(country, bban):
    moved = bban + country + "00"
    number = "".join(str(int(c, 36)) for c in moved)
    check = 98 - int(number) % 97
    return f"{country}{check:02d}{bban}"


def digits(n, first="0123456789"):
    return R.choice(first) + "".join(R.choice("0123456789") for _ in range(n - 1))


def group(s, sizes, sep):
    out, i = [], 0
    for size in sizes:
        out.append(s[i:i + size])
        i += size
    assert i == len(s), (s, sizes)
    return sep.join(out)


def weighted(pairs):
    total = sum(w for _, w in pairs)
    x = R.random() * total
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


# --------------------------------------------------------------------------
# Cards

CARD_NETWORKS = [
    # (network, prefixes, lengths with weights)
    ("visa", ["4"], [(16, 10), (13, 1), (19, 1)]),
    ("mastercard", ["51", "52", "53", "54", "55"], [(16, 1)]),
    ("mastercard-2", [str(p) for p in range(2221, 2721)], [(16, 1)]),
    ("amex", ["34", "37"], [(15, 1)]),
    ("discover", ["6011"] + [str(p) for p in range(644, 650)] + ["65"], [(16, 6), (19, 1)]),
    ("jcb", [str(p) for p in range(3528, 3590)], [(16, 6), (17, 1), (18, 1), (19, 1)]),
    ("diners", ["36", "38"] + [str(p) for p in range(300, 306)], [(14, 1)]),
    ("unionpay", ["62"], [(16, 4), (17, 1), (18, 1), (19, 3)]),
    ("maestro", ["6759", "5018", "5020", "5038", "6304"],
     [(12, 1), (13, 1), (15, 1), (16, 4), (17, 1), (18, 1), (19, 2)]),
    ("elo", ["509", "636297", "636368", "504175"] + [str(p) for p in range(506699, 506779)],
     [(16, 1)]),
    ("verve", [str(p) for p in range(506099, 506199)] + [str(p) for p in range(507865, 507965)],
     [(16, 3), (19, 1)]),
]
CARD_WEIGHTS = {"visa": 8, "mastercard": 4, "mastercard-2": 3, "amex": 3, "discover": 2,
                "jcb": 2, "diners": 2, "unionpay": 2, "maestro": 3, "elo": 1, "verve": 1}


def card_number():
    name, prefixes, lengths = weighted([((n, p, l), CARD_WEIGHTS[n]) for n, p, l in CARD_NETWORKS])
    prefix = R.choice(prefixes)
    length = weighted(lengths)
    number = luhn_complete(prefix + digits(length - len(prefix) - 1))
    assert is_card(number) and len(number) == length, number
    return name, number


def card_layouts(name, n):
    """The ways a number of this network and length is printed or typed."""
    if name == "amex":
        return [([4, 6, 5], 6), (None, 3)]
    if name == "diners":
        return [([4, 6, 4], 5), (None, 3)]
    if n == 16:
        return [([4, 4, 4, 4], 8), (None, 3)]
    if n == 19:
        if name == "unionpay":
            return [([4, 4, 4, 4, 3], 4), ([6, 13], 1), (None, 3)]
        return [([4, 4, 4, 4, 3], 4), (None, 3)]
    if n == 13:
        return [([4, 4, 5], 1), (None, 3)]
    if n == 12:
        return [([4, 4, 4], 2), (None, 2)]
    if n == 15:
        return [([4, 4, 4, 3], 1), (None, 2)]
    return [(None, 1)]  # 17 and 18 digits: typed as one run


def card_value():
    name, number = card_number()
    layout = weighted(card_layouts(name, len(number)))
    if layout is None:
        return number
    # A doubled space is how text copied from a PDF or a printed form reads.
    sep = weighted([(" ", 12), ("-", 5), (".", 1), ("  ", 1)] if len(layout) >= 4
                   else [(" ", 4), ("-", 1)])
    return group(number, layout, sep)


# --------------------------------------------------------------------------
# Names, emails

NAMES = {
    "en": (["James", "Emily", "Oliver", "Sophie", "Michael", "Sarah", "Daniel", "Grace", "Ryan",
            "Hannah", "Chris", "Megan", "Tom", "Laura", "Aisha", "Jordan"],
           ["Smith", "Johnson", "Brown", "Taylor", "Wilson", "O'Neill", "Clarke", "Patel",
            "Walker", "Hughes", "Murphy", "Evans", "Bennett", "Reid"]),
    "fr": (["Camille", "Léa", "Hugo", "Chloé", "Lucas", "Manon", "Théo", "Inès", "Julien",
            "Élodie", "Mathieu", "Océane", "François", "Amélie"],
           ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Roux", "Faure",
            "Mercier", "Blanc", "Guérin", "Chevalier"]),
    "de": (["Jonas", "Lena", "Lukas", "Anna", "Felix", "Marie", "Maximilian", "Sophie", "Jürgen",
            "Katrin", "Tobias", "Sabine", "Jörg", "Ute"],
           ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
            "Schäfer", "Koch", "Hoffmann", "Groß"]),
    "es": (["Lucía", "Hugo", "Martina", "Pablo", "Sofía", "Javier", "Paula", "Álvaro", "Carmen",
            "Diego", "Elena", "Raúl"],
           ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez",
            "Pérez", "Gómez", "Núñez", "Muñoz"]),
    "it": (["Giulia", "Francesco", "Chiara", "Alessandro", "Sofia", "Lorenzo", "Martina",
            "Matteo", "Federica", "Niccolò", "Elisa"],
           ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
            "Marino", "De Luca", "Galli"]),
    "pt": (["João", "Maria", "Tiago", "Inês", "Rui", "Beatriz", "Gonçalo", "Mariana", "André",
            "Catarina", "Luís"],
           ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues",
            "Martins", "Gonçalves", "Sousa", "Conceição"]),
    "nl": (["Daan", "Emma", "Sem", "Julia", "Lucas", "Sophie", "Bram", "Anouk", "Thijs",
            "Femke", "Joris", "Lotte"],
           ["de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit",
            "Meijer", "de Boer", "Mulder", "van Dijk"]),
    "hi": (["Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Neha", "Arjun", "Kavya", "Rahul",
            "Pooja", "Siddharth", "Divya"],
           ["Sharma", "Verma", "Gupta", "Iyer", "Reddy", "Nair", "Patel", "Singh", "Mehta",
            "Kulkarni", "Banerjee"]),
    "ja": (["Haruto", "Yui", "Sota", "Hina", "Ren", "Aoi", "Yuto", "Sakura", "Kenji",
            "Yuki", "Takumi", "Miku"],
           ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto",
            "Nakamura", "Kobayashi", "Kato"]),
}

# Display names for signatures and JSON name fields, as the person writes them.
NAMES_NATIVE = {
    "hi": (["आरव", "प्रिया", "रोहन", "अनन्या", "विक्रम", "नेहा"], ["शर्मा", "वर्मा", "गुप्ता", "अय्यर"]),
    "ja": (["陽翔", "結衣", "蒼太", "陽菜", "蓮", "葵"], ["佐藤", "鈴木", "高橋", "田中", "渡辺"]),
}

DOMAINS = {
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com",
           "mail.example.co.uk", "acme-corp.com", "us.acme-corp.com", "protonmail.com",
           "sky.com", "comcast.net", "hotmail.co.uk", "cs.uni-example.edu"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "wanadoo.fr", "sfr.fr", "gmail.com",
           "boulangerie-dupont.fr", "mairie-lyon.fr", "club-internet.fr", "univ-paris.fr"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmx.net", "posteo.de", "freenet.de",
           "mail.schmidt-gmbh.de", "gmail.com", "stadtwerke-bonn.de", "uni-heidelberg.de"],
    "es": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es", "movistar.es",
           "ayto-madrid.es", "clinica-salud.es", "correo.ugr.es"],
    "it": ["libero.it", "tiscali.it", "alice.it", "virgilio.it", "gmail.com", "fastwebnet.it",
           "studio-rossi.it", "pec.comune.milano.it", "unimi.it"],
    "pt": ["sapo.pt", "gmail.com", "netcabo.pt", "outlook.pt", "clix.pt", "ulisboa.pt",
           "mail.telepac.pt", "cm-porto.pt"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl", "planet.nl",
           "gemeente-utrecht.nl", "student.uva.nl"],
    "hi": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.in", "tcs-example.co.in",
           "iitb.ac.in", "sify.com"],
    "ja": ["gmail.com", "docomo.ne.jp", "ezweb.ne.jp", "yahoo.co.jp", "i.softbank.jp",
           "example.co.jp", "mail.u-tokyo.ac.jp"],
}

# Internationalized domains, in UTF-8 as users type them (and one A-label).
IDN_DOMAINS = {
    "de": ["müller-bäckerei.de", "bücherstube-köln.de", "schön-reisen.at", "grüne-energie.de",
           "xn--mller-kva.de"],
    "fr": ["café-lumière.fr", "électricité-dupont.fr", "hôtel-bellevue.fr"],
    "es": ["peña-asociados.es", "niño-y-familia.es", "señor-del-café.com"],
    "pt": ["açores-turismo.pt", "pastelaria-belém.pt"],
    "nl": ["café-de-zwaan.nl"],
    "it": ["caffè-roma.it", "città-di-prova.it"],
    "ja": ["お名前.com", "日本語ドメイン.jp", "例え.jp"],
    "en": ["bücher.example", "straße.example"],
    "hi": ["भारत-उदाहरण.com", "डाकघर.भारत"],
    "ru": ["пример.рф", "почта.рф"],
}


def ascii_fold(s):
    table = str.maketrans("áàâäãåçéèêëíìîïñóòôöõúùûüýÿßøæœ'",
                          "aaaaaaceeeeiiiinooooouuuuyysoaoX")
    s = s.lower().translate(table).replace("X", "")
    return "".join(c for c in s if c.isalnum() and c.isascii())


def email_value(lang, first=None, last=None):
    firsts, lasts = NAMES[lang]
    first = ascii_fold(first or R.choice(firsts))
    raw_last = last or R.choice(lasts)
    last = ascii_fold(raw_last)
    if "'" in raw_last and R.random() < 0.5:
        # Some keep the apostrophe of O'Neill or D'Souza: valid atext.
        last = raw_last.lower()
    # A person's own address is built from their name; a free-standing one
    # may also be a team's.
    role = 0 if first else 2
    style = weighted([("f.l", 6), ("fl", 3), ("f_l", 2), ("f-l", 1), ("i.l", 2), ("f+tag", 2),
                      ("fN", 3), ("role", role), ("F.L", 1), ("f.l.N", 1)])
    tag = R.choice(["shop", "news", "support", "amazon", "orders", "2024", "work"])
    local = {
        "f.l": f"{first}.{last}",
        "fl": f"{first}{last}",
        "f_l": f"{first}_{last}",
        "f-l": f"{first}-{last}",
        "i.l": f"{first[0]}.{last}",
        "f+tag": f"{first}.{last}+{tag}",
        "fN": f"{first}{R.randint(1, 99) if R.random() < .6 else R.randint(1950, 2005)}",
        "role": R.choice(["support", "info", "contact", "billing", "kontakt", "service",
                          "facturation", "hello", "ventas", "assistenza", "klantenservice"]),
        "F.L": f"{first.capitalize()}.{last.capitalize()}",
        "f.l.N": f"{first}.{last}.{R.randint(1, 9)}",
    }[style]
    # Names spelt in their script, where words are written with spaces.
    if R.random() < 0.03:
        local = R.choice(["иван", "мария.петрова", "राहुल", "νίκος", "ольга_смирнова"])
    if R.random() < 0.08 and lang in IDN_DOMAINS:
        domain = R.choice(IDN_DOMAINS[lang])
        if lang == "en" and R.random() < 0.3:
            domain = R.choice(IDN_DOMAINS["ru"])
    else:
        domain = R.choice(DOMAINS[lang])
    if style == "F.L" and R.random() < 0.5:
        domain = domain.upper()
    return f"{local}@{domain}"


# --------------------------------------------------------------------------
# Phones: national and international layouts per numbering plan

def phone_us():
    area = R.choice(["212", "213", "310", "312", "415", "617", "646", "202", "303", "503",
                     "206", "512", "404", "305", "702", "416", "604", "514", "613", "403"])
    exch, line = digits(3, "23456789"), digits(4)
    if R.random() < 0.1:
        area = R.choice(["800", "888", "877", "866"])
    fmt = weighted([("({a}) {e}-{l}", 6), ("{a}-{e}-{l}", 6), ("{a}.{e}.{l}", 2),
                    ("+1 {a} {e} {l}", 3), ("+1-{a}-{e}-{l}", 2), ("+1 ({a}) {e}-{l}", 2),
                    ("1-{a}-{e}-{l}", 2), ("{a} {e} {l}", 2), ("+1{a}{e}{l}", 1),
                    ("1 ({a}) {e}-{l}", 1), ("{a}{e}{l}", 1)])
    return fmt.format(a=area, e=exch, l=line)


def phone_uk():
    kind = weighted([("london", 3), ("mobile", 4), ("city", 2), ("freephone", 1)])
    if kind == "london":
        a, b = "20", R.choice(["7946", "3123", "8765", "7123", "3945"])
        c = digits(4)
        fmts = [("0{a} {b} {c}", 5), ("+44 {a} {b} {c}", 4), ("+44 (0){a} {b} {c}", 3),
                ("+44 (0) {a} {b} {c}", 1), ("(0{a}) {b} {c}", 1), ("+44{a}{b}{c}", 1),
                ("0044 {a} {b} {c}", 1)]
    elif kind == "mobile":
        a, b, c = "7" + R.choice(["700", "911", "812", "456", "398", "535"]), digits(6), ""
        fmts = [("0{a} {b}", 6), ("+44 {a} {b}", 4), ("+44 (0){a} {b}", 1), ("0{a}{b}", 2),
                ("+44{a}{b}", 1), ("0{a} {b3} {b4}", 1)]
    elif kind == "city":
        a = R.choice(["161", "113", "121", "131", "141", "117"])
        b, c = digits(3, "2345789"), digits(4)
        fmts = [("0{a} {b} {c}", 5), ("+44 {a} {b} {c}", 3), ("+44 (0){a} {b} {c}", 1)]
    else:
        a, b, c = "800", digits(3, "123456789"), digits(4)
        fmts = [("0{a} {b} {c}", 1)]
    fmt = weighted(fmts)
    return fmt.format(a=a, b=b, c=c, b3=b[:3], b4=b[3:])


def phone_fr():
    first = weighted([("6", 5), ("7", 2), ("1", 2), ("2", 1), ("3", 1), ("4", 1), ("5", 1),
                      ("9", 1)])
    rest = digits(8)
    pairs = [rest[i:i + 2] for i in range(0, 8, 2)]
    fmt = weighted([("sp", 10), ("dot", 3), ("compact", 2), ("intl", 5), ("intl0", 2),
                    ("intlc", 1), ("00", 1), ("dash", 1), ("paren", 1)])
    if fmt == "sp":
        return f"0{first} " + " ".join(pairs)
    if fmt == "dot":
        return f"0{first}." + ".".join(pairs)
    if fmt == "dash":
        return f"0{first}-" + "-".join(pairs)
    if fmt == "compact":
        return f"0{first}{rest}"
    if fmt == "intl":
        return f"+33 {first} " + " ".join(pairs)
    if fmt == "intl0":
        return f"+33 (0){first} " + " ".join(pairs)
    if fmt == "intlc":
        return f"+33{first}{rest}"
    if fmt == "paren":
        return f"(+33) {first} " + " ".join(pairs)
    return f"0033 {first} " + " ".join(pairs)


def phone_de():
    if R.random() < 0.5:
        prefix = R.choice(["151", "152", "157", "159", "160", "162", "170", "171", "172", "173",
                           "175", "176", "177", "178", "179"])
        sub = digits(8 if prefix.startswith("15") or prefix == "176" else 7, "123456789")
        fmt = weighted([("0{p} {s}", 6), ("0{p}/{s}", 2), ("0{p}-{s}", 1), ("+49 {p} {s}", 5),
                        ("+49 (0){p} {s}", 1), ("0{p}{s}", 1), ("+49{p}{s}", 1),
                        ("0049 {p} {s}", 1), ("0{p} {s1} {s2}", 3), ("0{p}-{s1}-{s2}", 1),
                        ("0{p} {s3} {s3b} {s2b}", 1), ("0{p} - {s}", 1), ("0{p}/ {s}", 1)])
    else:
        prefix, n = R.choice([("30", 8), ("89", 7), ("40", 8), ("221", 7), ("69", 8), ("711", 7),
                              ("6221", 6), ("228", 6), ("341", 7), ("911", 7)])
        sub = digits(n, "123456789")
        fmt = weighted([("0{p} {s}", 6), ("0{p}/{s}", 3), ("0{p}-{s}", 1), ("+49 {p} {s}", 5),
                        ("+49 (0){p} {s}", 2), ("+49 (0) {p} {s}", 1), ("(0{p}) {s}", 1),
                        ("0049 {p} {s}", 1), ("0{p} {s3} {s3b} {s2b}", 1), ("0{p} {din}", 1),
                        ("0{p} / {s}", 1), ("0{p} {s}-0", 1)])
    # Grouped within the subscriber number (`0151 2345 6789`, `089 123 456 78`)
    # or with a DIN 5008 extension after a dash (`040 23120-002`).
    half = len(sub) // 2
    if "{s2b}" in fmt and len(sub) != 8:
        fmt = "0{p} {s}"
    return fmt.format(p=prefix, s=sub, s1=sub[:half], s2=sub[half:], s3=sub[:3],
                      s3b=sub[3:6], s2b=sub[6:], din=f"{sub[:-3]}-{sub[-3:]}")


def phone_es():
    if R.random() < 0.65:
        n = R.choice("67") + digits(8)
        fmt = weighted([("a3 b2 c2 d2", 5), ("a3 b3 c3", 4), ("+34 a3 b2 c2 d2", 3),
                        ("+34 a3 b3 c3", 3), ("0034 a3 b3 c3", 1), ("compact", 1),
                        ("+34compact", 1), ("(+34) a3 b3 c3", 2)])
    else:
        n = "9" + R.choice("1356") + digits(7)
        fmt = weighted([("a2 b3 c2 d2", 5), ("a3 b3 c3", 3), ("+34 a2 b3 c2 d2", 3),
                        ("+34 a3 b3 c3", 2), ("(+34) a3 b3 c3", 1)])
    if fmt == "compact":
        return n
    if fmt == "+34compact":
        return "+34" + n
    head, layout = ("", fmt) if fmt.startswith("a") else fmt.split(" ", 1)
    head = head + " " if head else ""
    sizes = [int(t[1]) for t in layout.split()]
    return head + group(n, sizes, " ")


def phone_in():
    if R.random() < 0.7:
        n = R.choice("6789") + digits(9)
        fmt = weighted([("+91 {a} {b}", 6), ("+91-{a}-{b}", 2), ("{a} {b}", 4), ("+91 {n}", 2),
                        ("0{n}", 1), ("+91{n}", 1), ("{a}-{b}", 1), ("{n}", 1),
                        ("(+91) {a} {b}", 2)])
        return fmt.format(a=n[:5], b=n[5:], n=n)
    area, n = R.choice([("22", 8), ("11", 8), ("80", 8), ("44", 8), ("40", 8), ("33", 8)])
    sub = digits(n, "2346")
    fmt = weighted([("+91 {a} {s1} {s2}", 4), ("0{a} {s1} {s2}", 4), ("(0{a}) {s1} {s2}", 1),
                    ("+91-{a}-{s}", 1), ("0{a}-{s}", 1)])
    return fmt.format(a=area, s=sub, s1=sub[:4], s2=sub[4:])


def phone_it():
    if R.random() < 0.6:
        n = "3" + R.choice(["33", "34", "35", "38", "39", "40", "47", "48", "49", "66", "20",
                            "28", "92"]) + digits(7)
        fmt = weighted([("{a} {b} {c}", 4), ("{a} {bc}", 4), ("{n}", 1), ("+39 {a} {b} {c}", 3),
                        ("+39 {a} {bc}", 2), ("+39 {n}", 1), ("0039 {a} {bc}", 1),
                        ("{a}-{bc}", 1), ("{a}.{b}.{c}", 1)])
        return fmt.format(a=n[:3], b=n[3:6], c=n[6:], bc=n[3:], n=n)
    area, n = R.choice([("02", 8), ("06", 8), ("011", 7), ("055", 7), ("081", 7), ("051", 7)])
    sub = digits(n, "123456789")
    if n == 8:
        fmt = weighted([("{a} {s1} {s2}", 4), ("{a} {s}", 2), ("+39 {a} {s1} {s2}", 3),
                        ("+39 {a} {s}", 1), ("{a}/{s}", 1)])
        return fmt.format(a=area, s=sub, s1=sub[:4], s2=sub[4:])
    fmt = weighted([("{a} {s}", 4), ("{a} {s1} {s2}", 2), ("+39 {a} {s}", 2)])
    return fmt.format(a=area, s=sub, s1=sub[:3], s2=sub[3:])


def phone_nl():
    if R.random() < 0.55:
        n = digits(8, "123456789")
        fmt = weighted([("06 {n}", 4), ("06-{n}", 3), ("06 {a} {b}", 2), ("+31 6 {n}", 4),
                        ("+31 (0)6 {n}", 1), ("+31 6 {a} {b}", 1), ("06{n}", 1), ("+316{n}", 1)])
        return fmt.format(n=n, a=n[:4], b=n[4:])
    area = R.choice(["20", "10", "70", "30", "40", "50"])
    sub = digits(7, "23456789")
    fmt = weighted([("0{a} {s1} {s2}", 4), ("0{a}-{s}", 3), ("+31 {a} {s1} {s2}", 3),
                    ("+31 (0){a} {s}", 1), ("0{a} {s}", 1)])
    return fmt.format(a=area, s=sub, s1=sub[:3], s2=sub[3:])


def phone_pt():
    if R.random() < 0.6:
        n = "9" + R.choice("1236") + digits(7)
        fmt = weighted([("{a} {b} {c}", 5), ("+351 {a} {b} {c}", 4), ("{n}", 1),
                        ("+351 {n}", 1), ("00351 {a} {b} {c}", 1)])
        return fmt.format(a=n[:3], b=n[3:6], c=n[6:], n=n)
    # Lisbon and Porto (21, 22) also write 2-3-4; other areas 3-3-3.
    n = "2" + R.choice("12345") + digits(7)
    if n[1] in "12":
        fmt = weighted([("{a} {b} {c}", 3), ("{a2} {b3} {c4}", 2), ("+351 {a} {b} {c}", 3),
                        ("+351 {a2} {b3} {c4}", 2)])
    else:
        fmt = weighted([("{a} {b} {c}", 3), ("+351 {a} {b} {c}", 3)])
    return fmt.format(a=n[:3], b=n[3:6], c=n[6:], a2=n[:2], b3=n[2:5], c4=n[5:], n=n)


def phone_jp():
    if R.random() < 0.55:
        n = R.choice(["90", "80", "70"]) + digits(8)
        fmt = weighted([("0{a}-{b}-{c}", 6), ("+81 {a}-{b}-{c}", 3), ("+81 {a} {b} {c}", 1),
                        ("0{n}", 1)])
        return fmt.format(a=n[:2], b=n[2:6], c=n[6:], n=n)
    area = R.choice(["3", "6", "52", "45", "92", "11"])
    sub = digits(9 - len(area), "23456789")
    fmt = weighted([("0{a}-{s1}-{s2}", 6), ("+81 {a}-{s1}-{s2}", 2), ("+81 {a} {s1} {s2}", 1)])
    return fmt.format(a=area, s1=sub[:-4], s2=sub[-4:])


def phone_other():
    return R.choice([
        lambda: f"+32 2 {digits(3, '23456789')} {digits(2)} {digits(2)}",
        lambda: f"+32 4{digits(2)} {digits(2)} {digits(2)} {digits(2)}",
        lambda: f"+41 44 {digits(3, '23456789')} {digits(2)} {digits(2)}",
        lambda: f"+41 79 {digits(3)} {digits(2)} {digits(2)}",
        lambda: f"+43 1 {digits(3, '23456789')} {digits(4)}",
        lambda: f"+43 664 {digits(7)}",
        lambda: f"+353 1 {digits(3, '23456789')} {digits(4)}",
        lambda: f"+353 87 {digits(3)} {digits(4)}",
        lambda: f"+61 2 {digits(4, '23456789')} {digits(4)}",
        lambda: f"+61 4{digits(2)} {digits(3)} {digits(3)}",
        lambda: f"+55 11 9{digits(4)}-{digits(4)}",
        lambda: f"+52 55 {digits(4, '123456789')} {digits(4)}",
        lambda: f"+45 {digits(2, '23456789')} {digits(2)} {digits(2)} {digits(2)}",
        lambda: f"+46 70 {digits(3)} {digits(2)} {digits(2)}",
        lambda: f"+48 {digits(3, '5678')} {digits(3)} {digits(3)}",
        # National layouts of the same countries and more, as their own
        # customers write them.
        lambda: f"8 ({R.choice(['495', '499', '812', '916', '903'])}) {digits(3, '23456789')}-{digits(2)}-{digits(2)}",
        lambda: f"8-9{digits(2)}-{digits(3)}-{digits(2)}-{digits(2)}",
        lambda: f"{R.choice(['12', '22', '32', '61', '71'])} {digits(3, '23456789')} {digits(2)} {digits(2)}",
        lambda: f"5{R.choice('0137')}{digits(1)} {digits(3)} {digits(3)}",
        lambda: f"0{R.choice(['2', '3', '9'])} {digits(3, '23456789')} {digits(2)} {digits(2)}",
        lambda: f"04{R.choice('789')}{digits(1)} {digits(2)} {digits(2)} {digits(2)}",
        lambda: f"0{R.choice(['44', '43', '31', '61'])}.{digits(3, '23456789')}.{digits(2)}.{digits(2)}",
        lambda: f"08-{digits(3, '23456789')} {digits(3)} {digits(2)}",
        lambda: f"{R.choice(['33', '81', '55'])} {digits(4, '123456789')} {digits(4)}",
        lambda: f"(60{R.choice('14')}) {digits(7, '23456789')}",
        lambda: f"011 15-{digits(4, '23456789')}-{digits(4)}",
        lambda: f"08{R.choice('1235789')}{digits(1)}-{digits(4)}-{digits(4)}",
        lambda: f"0{R.choice(['532', '555', '542', '212'])} {digits(3, '123456789')} {digits(2)} {digits(2)}",
        lambda: f"{R.choice(['11', '21', '31'])} 9{digits(4)}-{digits(4)}",
        lambda: f"210 {digits(7, '23456789')}",
        lambda: f"0{R.choice(['755', '571', '512'])}-{digits(8, '23456789')}",
        # Japan's bracketed exchange, Korea's half-bracketed area code,
        # India's toll-free and 91- numbers, a German spaced slash.
        lambda: f"0{R.choice(['3', '6'])}({digits(4, '23456789')}){digits(4)}",
        lambda: f"0{R.choice(['45', '52', '92'])}({digits(3, '23456789')}){digits(4)}",
        lambda: f"0{R.choice(['2', '31', '32', '51'])}){digits(3, '23456789')}-{digits(4)}",
        lambda: f"1800-{digits(3, '1234')}-{digits(4)}",
        lambda: f"91-{R.choice('6789')}{digits(9)}",
        lambda: f"0{R.choice(['89', '40', '69'])} / {digits(3, '23456789')} {digits(3)} {digits(2)}",
    ])()


PHONE_PLANS = {
    "us": phone_us, "uk": phone_uk, "fr": phone_fr, "de": phone_de, "es": phone_es,
    "in": phone_in, "it": phone_it, "nl": phone_nl, "pt": phone_pt, "jp": phone_jp,
    "other": phone_other,
}
PHONE_MIX = {
    "en": [("us", 6), ("uk", 5), ("in", 1), ("other", 1)],
    "fr": [("fr", 10), ("other", 1)],
    "de": [("de", 10), ("other", 1)],
    "es": [("es", 10), ("other", 1)],
    "it": [("it", 10), ("other", 1)],
    "pt": [("pt", 10), ("other", 1)],
    "nl": [("nl", 10), ("other", 1)],
    "hi": [("in", 10), ("us", 1)],
    "ja": [("jp", 10), ("us", 1)],
}
EXTENSIONS = {
    "en": [(" ext. {n}", 3), (" x{n}", 2), (" ext {n}", 1), (" Ext. {n}", 1)],
    "fr": [(" poste {n}", 1)],
}


def phone_value(lang):
    plan = weighted(PHONE_MIX[lang])
    number = PHONE_PLANS[plan]()
    if plan in ("us", "uk") and lang in EXTENSIONS and R.random() < 0.12:
        number += weighted(EXTENSIONS[lang]).format(n=R.randint(2, 4999))
    elif plan == "fr" and R.random() < 0.05:
        number += weighted(EXTENSIONS["fr"]).format(n=R.randint(10, 499))
    return number


# --------------------------------------------------------------------------
# Look-alikes: generators by category. Each returns the text as a person or
# a system writes it; none may be labelled.

def g_order(lang):
    y, m, dd = R.randint(2023, 2024), R.randint(1, 12), R.randint(1, 28)
    return weighted([
        (f"#{y}{m:02d}{dd:02d}-{R.randint(1000, 9999)}", 3),
        (f"{R.randint(100, 999)}-{digits(7)}-{digits(7)}", 3),
        (f"#{R.randint(100000, 9999999)}", 3),
        (f"ORD-{R.randint(100000, 9999999)}", 2),
        (f"{R.choice(['FR', 'DE', 'ES', 'IT', 'NL', 'PT', 'UK'])}-{y}-{R.randint(100000, 999999)}", 1),
        (digits(10, "123456789"), 2),
        ("00" + digits(8), 1),
        (f"{y}-{digits(6)}", 1),
    ])


def g_ticket(lang):
    return weighted([
        (f"#{R.randint(10000, 9999999)}", 4),
        (f"INC{digits(7)}", 2),
        (f"CS-{R.randint(2023, 2024)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}-{digits(4)}", 2),
        (f"{R.randint(100000, 999999)}", 2),
        (f"SR {digits(4, '123456789')}-{digits(5)}", 1),
    ])


def g_invoice(lang):
    y = R.randint(2023, 2024)
    return weighted([
        (f"INV-{y}-{digits(5)}", 3),
        (f"RE-{y}-{digits(5)}", 2),
        (f"F{y}-{R.randint(1, 12):02d}-{digits(3)}", 2),
        (f"{y}/{digits(6)}", 1),
        (f"{digits(4, '123456789')}-{digits(6)}", 1),
        (f"FA{digits(8)}", 1),
    ])


def g_tracking(lang):
    alnum = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return weighted([
        ("1Z" + "".join(R.choice(alnum) for _ in range(6)) + digits(10), 3),  # UPS
        (group("9400" + digits(18), [4, 4, 4, 4, 4, 2], " "), 1),  # USPS
        ("94001" + digits(17), 1),
        (digits(10, "123456789"), 1),  # DHL Express
        ("JJD" + digits(18), 1),  # DHL Paket
        ("00340434" + digits(12), 1),  # DHL Paket (GS1)
        (group("7" + digits(11), [4, 4, 4], " "), 1),  # FedEx
        ("7" + digits(11), 1),
        (f"6A{digits(11)}", 1),  # Colissimo
        (f"{R.choice('ACELR')}{R.choice('ABCDEFGHJ')}{digits(9)}{R.choice(['GB', 'FR', 'DE', 'ES', 'NL', 'PT', 'IT'])}", 2),
        (f"3S{''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(4))}{digits(7)}", 1),  # PostNL
    ])


def g_epoch_ms(lang):
    return str(R.randint(1_600_000_000_000, 1_750_000_000_000))


def g_epoch_s(lang):
    return str(R.randint(1_600_000_000, 1_750_000_000))


MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus"],
}


def g_date(lang):
    y, m, dd = R.randint(2023, 2024), R.randint(1, 8), R.randint(1, 28)
    hh, mm, ss = R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)
    iso = [(f"{y}-{m:02d}-{dd:02d}", 2), (f"{y}-{m:02d}-{dd:02d}T{hh:02d}:{mm:02d}:{ss:02d}Z", 2),
           (f"{y}-{m:02d}-{dd:02d} {hh:02d}:{mm:02d}:{ss:02d}", 1),
           (f"{y}-{m:02d}-{dd:02d}T{hh:02d}:{mm:02d}:{ss:02d}.{digits(3)}+02:00", 1)]
    local = {
        "en": [(f"{m:02d}/{dd:02d}/{y}", 3), (f"{dd}/{m:02d}/{y}", 2),
               (f"{MONTHS['en'][m - 1]} {dd}, {y}", 2), (f"{dd:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}", 1)],
        "fr": [(f"{dd:02d}/{m:02d}/{y}", 4), (f"{dd} {MONTHS['fr'][m - 1]} {y}", 2),
               (f"{dd:02d}/{m:02d}/{y} à {hh}h{mm:02d}", 1)],
        "de": [(f"{dd:02d}.{m:02d}.{y}", 5), (f"{dd}. {MONTHS['de'][m - 1]} {y}", 2),
               (f"{dd:02d}.{m:02d}.{y}, {hh:02d}:{mm:02d} Uhr", 1), (f"{dd:02d}.{m:02d}.{str(y)[2:]}", 1)],
        "es": [(f"{dd:02d}/{m:02d}/{y}", 4), (f"{dd} de {MONTHS['es'][m - 1]} de {y}", 2),
               (f"{dd:02d}-{m:02d}-{y}", 1)],
        "it": [(f"{dd:02d}/{m:02d}/{y}", 4), (f"{dd} {MONTHS['it'][m - 1]} {y}", 2),
               (f"{dd:02d}.{m:02d}.{y}", 1)],
        "pt": [(f"{dd:02d}/{m:02d}/{y}", 4), (f"{dd} de {MONTHS['pt'][m - 1]} de {y}", 2),
               (f"{dd:02d}-{m:02d}-{y}", 1)],
        "nl": [(f"{dd:02d}-{m:02d}-{y}", 4), (f"{dd} {MONTHS['nl'][m - 1]} {y}", 2),
               (f"{dd:02d}/{m:02d}/{y}", 1)],
        "hi": [(f"{dd:02d}/{m:02d}/{y}", 4), (f"{dd:02d}-{m:02d}-{y}", 2)],
        "ja": [(f"{y}年{m}月{dd}日", 4), (f"{y}/{m:02d}/{dd:02d}", 3),
               (f"{y}/{m:02d}/{dd:02d} {hh:02d}:{mm:02d}", 1)],
    }[lang]
    return weighted(iso + local)


def g_time(lang):
    hh, mm = R.randint(7, 21), R.randint(0, 59)
    return weighted([(f"{hh:02d}:{mm:02d}", 3), (f"{hh}:{mm:02d}:{R.randint(0, 59):02d}", 1),
                     (f"{hh}h{mm:02d}", 1 if lang == "fr" else 0),
                     (f"{hh}:00–{hh + 2}:30", 1)])


def g_expiry(lang):
    return weighted([(f"{R.randint(1, 12):02d}/{R.randint(25, 30)}", 4),
                     (f"{R.randint(1, 12):02d}/20{R.randint(25, 30)}", 1)])


def g_cvv(lang):
    return digits(3)


def g_ip(lang):
    ip = weighted([
        (f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}", 3),
        (f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}", 3),
        (f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}", 1),
        (f"{R.randint(11, 223)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}", 3),
    ])
    if R.random() < 0.2:
        ip += f":{R.choice([8080, 8443, 443, 3306, 5432, 9200])}"
    return ip


def g_version(lang):
    return weighted([
        (f"v{R.randint(1, 5)}.{R.randint(0, 30)}.{R.randint(0, 20)}", 3),
        (f"{R.randint(1, 5)}.{R.randint(0, 30)}.{R.randint(0, 20)}", 2),
        (f"{R.randint(3, 24)}.{R.randint(1, 12)}.{R.randint(0, 3)}.{R.randint(1000, 9999)}", 1),
        (f"{R.randint(110, 126)}.0.{R.randint(5000, 6999)}.{R.randint(10, 250)}", 1),
        (f"{R.randint(14, 17)}.{R.randint(0, 7)}.{R.randint(1, 3)}", 1),
        (f"{R.randint(1, 3)}.{R.randint(0, 9)}.{R.randint(0, 9)}-beta.{R.randint(1, 9)}", 1),
    ])


def g_price(lang):
    whole = weighted([(R.randint(1, 99), 4), (R.randint(100, 999), 4), (R.randint(1000, 4999), 2),
                      (R.randint(10000, 250000), 1)])
    cents = R.randint(0, 99)

    def thousands(n, sep):
        s = str(n)
        parts = []
        while len(s) > 3:
            parts.insert(0, s[-3:])
            s = s[:-3]
        parts.insert(0, s)
        return sep.join(parts)

    def lakh(n):
        s = str(n)
        if len(s) <= 3:
            return s
        head, tail = s[:-3], s[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        groups.insert(0, head)
        return ",".join(groups) + "," + tail

    euro_dot = f"{thousands(whole, '.')},{cents:02d}"
    return {
        "en": weighted([(f"${thousands(whole, ',')}.{cents:02d}", 3),
                        (f"£{thousands(whole, ',')}.{cents:02d}", 2),
                        (f"USD {thousands(whole, ',')}.{cents:02d}", 1),
                        (f"${thousands(whole, ',')}", 1)]),
        "fr": weighted([(f"{thousands(whole, ' ')},{cents:02d} €", 3),
                        (f"{thousands(whole, chr(0x202f))},{cents:02d} €", 1),
                        (f"{whole},{cents:02d}€", 1), (f"CHF {thousands(whole, chr(39))}.{cents:02d}", 1)]),
        "de": weighted([(f"{euro_dot} €", 3), (f"€{euro_dot}", 1), (f"{euro_dot} EUR", 2),
                        (f"CHF {thousands(whole, chr(39))}.–", 1)]),
        "es": weighted([(f"{euro_dot} €", 4), (f"{euro_dot}€", 1), (f"MXN ${thousands(whole, ',')}.{cents:02d}", 1)]),
        "it": weighted([(f"€ {euro_dot}", 3), (f"{euro_dot} €", 2), (f"{euro_dot} euro", 1)]),
        "pt": weighted([(f"{euro_dot} €", 3), (f"€{euro_dot}", 1), (f"R$ {euro_dot}", 2)]),
        "nl": weighted([(f"€ {euro_dot}", 4), (f"€{thousands(whole, '.')},-", 1), (f"EUR {euro_dot}", 1)]),
        "hi": weighted([(f"₹{lakh(whole)}", 3), (f"Rs. {lakh(whole)}.{cents:02d}", 2),
                        (f"INR {lakh(whole)}", 1)]),
        "ja": weighted([(f"¥{thousands(whole, ',')}", 3), (f"{thousands(whole, ',')}円", 3)]),
    }[lang]


def g_uuid(lang):
    bits = R.getrandbits(128)
    h = f"{bits:032x}"
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    u = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return u.upper() if R.random() < 0.1 else u


def g_hash(lang):
    n = weighted([(7, 3), (12, 1), (40, 2), (64, 1), (32, 1)])
    return f"{R.getrandbits(n * 4):0{n}x}"


IBAN_BBAN = {
    "DE": lambda: digits(8, "123456789") + digits(10),
    "FR": lambda: digits(5, "123456789") + digits(5) + digits(11) + digits(2),
    "ES": lambda: digits(4) + digits(4) + digits(2) + digits(10),
    "IT": lambda: R.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + digits(5) + digits(5) + digits(12),
    "NL": lambda: R.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + digits(10),
    "PT": lambda: "0" + digits(20),
    "GB": lambda: R.choice(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) + digits(6) + digits(8),
    "BE": lambda: digits(12),
}
IBAN_COUNTRY = {"en": ["GB", "DE"], "fr": ["FR", "BE"], "de": ["DE"], "es": ["ES"], "it": ["IT"],
                "pt": ["PT"], "nl": ["NL", "BE"], "hi": ["GB"], "ja": ["DE"]}


def g_iban(lang):
    cc = R.choice(IBAN_COUNTRY[lang])
    value = iban(cc, IBAN_BBAN[cc]())
    if R.random() < 0.75:
        value = " ".join(value[i:i + 4] for i in range(0, len(value), 4))
    return value


def g_voucher(lang):
    # Card-shaped, card prefix, fails Luhn: a voucher or serial, not a card.
    _, number = card_number()
    number = number[:-1] + R.choice([c for c in "0123456789" if not luhn_ok(number[:-1] + c)])
    assert not luhn_ok(number)
    if len(number) == 16 and R.random() < 0.6:
        return group(number, [4, 4, 4, 4], R.choice("  -"))
    return number


def g_member(lang):
    # Luhn-valid but in no issuer range (loyalty and member numbers).
    n = weighted([(16, 4), (15, 1), (14, 1), (19, 1)])
    while True:
        body = R.choice(["0", "1", "7", "80", "83", "85", "88", "90", "93", "95", "98"])
        v = luhn_complete(body + digits(n - len(body) - 1))
        if not card_networks(v):
            break
    assert luhn_ok(v) and not card_networks(v)
    if n == 16 and R.random() < 0.5:
        return group(v, [4, 4, 4, 4], " ")
    return v


def g_imei(lang):
    tac = R.choice(["35", "86", "01", "35", "35"]) + digits(6)
    v = luhn_complete(tac + digits(6))
    assert luhn_ok(v) and not card_networks(v)
    if R.random() < 0.3:
        return f"{v[:2]}-{v[2:8]}-{v[8:14]}-{v[14]}"
    return v


def g_siret(lang):
    while True:
        siren = luhn_complete(digits(8, "124789"))
        nic_body = digits(4)
        siret = luhn_complete(siren + nic_body)
        if not card_networks(siret):
            break
    assert luhn_ok(siren) and luhn_ok(siret)
    return weighted([(f"{siren[:3]} {siren[3:6]} {siren[6:]} {siret[9:]}", 3), (siret, 2)])


def g_siren(lang):
    siren = luhn_complete(digits(8, "123456789"))
    return weighted([(f"{siren[:3]} {siren[3:6]} {siren[6:]}", 3), (siren, 1)])


EAN_PREFIX = {"en": ["50", "0"], "fr": ["30", "34", "37"], "de": ["40", "42", "43"],
              "es": ["84"], "it": ["80", "83"], "pt": ["560"], "nl": ["87"], "hi": ["890"],
              "ja": ["45", "49"]}


def g_ean(lang):
    prefix = R.choice(EAN_PREFIX[lang])
    return ean_complete(prefix + digits(12 - len(prefix)))


def g_isbn(lang):
    group_id = {"en": "1", "fr": "2", "de": "3", "es": "84", "it": "88", "pt": "972",
                "nl": "90", "hi": "93", "ja": "4"}[lang]
    pub = digits(R.randint(2, 4), "123456789")
    title = digits(9 - len(group_id) - len(pub))
    full = ean_complete("978" + group_id + pub + title)
    if R.random() < 0.3:
        return full
    return f"978-{group_id}-{pub}-{title}-{full[-1]}"


def g_glued(lang):
    letters = R.choice(["SKU", "INV", "ORD", "REF", "KD", "CUST", "TXN", "SN", "AB", "RMA", "PO"])
    while True:
        n = digits(R.randint(8, 16), "123456789")
        if not is_card(n):
            break
    tail = R.choice(["", "", "X", "B", "-EU", "DE"])
    sep = R.choice(["", "", "", "_"])
    return f"{letters}{sep}{n}{tail}"


def g_handle(lang):
    first, last = R.choice(NAMES[lang][0]), R.choice(NAMES[lang][1])
    return weighted([
        (f"@{ascii_fold(first)}.{ascii_fold(last)[:1]}", 2),
        (f"@{ascii_fold(first)}_{ascii_fold(last)}", 2),
        (f"@{R.choice(['support-team', 'billing', 'devops', 'AcmeSupport', 'here', 'channel'])}", 2),
    ])


def g_asset(lang):
    return weighted([
        (f"{R.choice(['icon', 'logo', 'banner', 'avatar', 'hero', 'btn-close'])}@{R.choice(['2x', '3x'])}.{R.choice(['png', 'jpg', 'webp', 'svg'])}", 1),
    ])


def g_git(lang):
    host = R.choice(["github.com", "gitlab.com", "bitbucket.org", "git.acme-corp.com"])
    org = R.choice(["acme", "shop-team", "infra", "mobile"])
    repo = R.choice(["checkout", "web-app", "api", "ios-client", "payments"])
    return f"git@{host}:{org}/{repo}.git"


def g_pkg(lang):
    return weighted([
        (f"lodash@4.17.{R.randint(15, 21)}", 1),
        (f"react@18.{R.randint(0, 3)}.{R.randint(0, 9)}", 1),
        (f"@angular/core@{R.randint(14, 17)}.{R.randint(0, 3)}.{R.randint(0, 9)}", 1),
        (f"left-pad@1.{R.randint(0, 3)}.0", 1),
    ])


def g_host(lang):
    return weighted([
        ("admin@localhost", 1),
        (f"root@{R.randint(10, 192)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}", 2),
        (f"deploy@{R.choice(['web01', 'db-2', 'build'])}", 1),
    ])


def g_url(lang):
    return weighted([
        (f"https://shop.example.com/orders/{digits(10, '123456789')}/items/{R.randint(1, 40)}", 2),
        (f"https://acme.zendesk.com/agent/tickets/{R.randint(100000, 9999999)}", 2),
        (f"https://www.amazon.{R.choice(['de', 'fr', 'es', 'it', 'nl', 'co.uk', 'co.jp', 'in'])}/dp/B0{''.join(R.choice('ABCDEFGHJKLMNPQRSTVWXYZ0123456789') for _ in range(8))}?ref=ppx_yo2ov_dt_b&th=1", 2),
        (f"https://cdn.example.net/img/{R.randint(2023, 2024)}/{R.randint(1, 12):02d}/{g_epoch_ms(lang)}.jpg", 1),
        (f"https://github.com/acme/web-app/issues/{R.randint(100, 9999)}#issuecomment-{digits(10, '12')}", 1),
        (f"https://maps.google.com/?q={R.uniform(36, 55):.6f},{R.uniform(-9, 20):.6f}", 1),
        (f"https://app.example.com/settings?session={g_epoch_ms(lang)}&page={R.randint(1, 9)}", 1),
        (f"http://{g_ip(lang).split(':')[0]}:{R.choice([8080, 3000, 5601])}/status", 1),
    ])


def g_qty(lang):
    n = R.randint(2, 12)
    return {
        "en": weighted([(f"{n} x {R.randint(1, 5)}.5 kg", 1), (f"{n} units", 1),
                        (f"{R.randint(1, 9)},{R.randint(100, 999)} pcs", 1),
                        (f"{R.randint(50, 200)} x {R.randint(30, 100)} x {R.randint(20, 90)} cm", 1)]),
        "fr": weighted([(f"{n} x {R.randint(1, 5)},5 kg", 1), (f"{n} unités", 1),
                        (f"{R.randint(1, 9)} {R.randint(100, 999)} pièces", 1)]),
        "de": weighted([(f"{n} Stück", 2), (f"{n} x {R.randint(1, 5)},5 kg", 1),
                        (f"{R.randint(1, 9)}.{R.randint(100, 999)} Stück", 1),
                        (f"{R.randint(50, 200)} x {R.randint(30, 100)} x {R.randint(20, 90)} cm", 1)]),
        "es": weighted([(f"{n} unidades", 2), (f"{n} x {R.randint(1, 5)},5 kg", 1)]),
        "it": weighted([(f"{n} pezzi", 2), (f"{n} x {R.randint(1, 5)},5 kg", 1)]),
        "pt": weighted([(f"{n} unidades", 2), (f"{n} x {R.randint(1, 5)},5 kg", 1)]),
        "nl": weighted([(f"{n} stuks", 2), (f"{n} x {R.randint(1, 5)},5 kg", 1)]),
        "hi": weighted([(f"{n} pcs", 1), (f"{R.randint(1, 9)},{R.randint(10, 99)},{R.randint(100, 999)} units", 1)]),
        "ja": weighted([(f"{n}個", 2), (f"{R.randint(1, 9)},{R.randint(100, 999)}枚", 1)]),
    }[lang]


def g_postal(lang):
    return {
        "en": weighted([(f"London SW1A {R.randint(1, 9)}AA", 1), (f"Springfield, IL {digits(5, '6')}", 1),
                        (f"San Francisco, CA 941{digits(2)}-{digits(4)}", 1), (f"Manchester M{R.randint(1, 40)} {R.randint(1, 9)}AB", 1)]),
        "fr": weighted([(f"{R.choice(['75', '69', '13', '33', '59'])}{digits(3)} {R.choice(['Paris', 'Lyon', 'Marseille', 'Bordeaux', 'Lille'])}", 3),
                        (f"CEDEX {R.randint(1, 20)}", 1)]),
        "de": weighted([(f"{digits(5, '12345678')} {R.choice(['Berlin', 'München', 'Köln', 'Hamburg', 'Bonn'])}", 3),
                        (f"A-{digits(4, '1')} Wien", 1)]),
        "es": weighted([(f"{R.choice(['28', '08', '46', '41'])}{digits(3)} {R.choice(['Madrid', 'Barcelona', 'Valencia', 'Sevilla'])}", 1)]),
        "it": weighted([(f"{R.choice(['00', '20', '10', '50'])}1{digits(2)} {R.choice(['Roma', 'Milano', 'Torino', 'Firenze'])}", 1)]),
        "pt": weighted([(f"{R.choice(['1', '4'])}{digits(3)}-{digits(3)} {R.choice(['Lisboa', 'Porto'])}", 1)]),
        "nl": weighted([(f"{digits(4, '123456789')} {R.choice(['AB', 'KL', 'XZ', 'CE'])} {R.choice(['Amsterdam', 'Utrecht', 'Rotterdam'])}", 1)]),
        "hi": weighted([(f"{R.choice(['Mumbai', 'Delhi', 'Pune'])} {R.choice(['4000', '1100', '4110'])}{digits(2)}", 1)]),
        "ja": weighted([(f"〒{digits(3, '1')}-{digits(4)}", 1)]),
    }[lang]


def g_taxid(lang):
    return {
        "en": weighted([(f"GB {digits(3)} {digits(4)} {digits(2)}", 1), (f"EIN {digits(2, '1234')}-{digits(7)}", 1)]),
        "fr": weighted([(f"FR{digits(2)}{digits(9, '1234579')}", 1), (f"FR {digits(2)} {digits(3)} {digits(3)} {digits(3)}", 1)]),
        "de": weighted([(f"DE{digits(9, '123456789')}", 2), (f"{digits(2, '12')}/{digits(3)}/{digits(5)}", 1)]),
        "es": weighted([(f"B{digits(8)}", 1), (f"{digits(8)}{R.choice('TRWAGMYFPDXBNJZSQVHLCKE')}", 1)]),
        "it": weighted([(luhn_complete("0" + digits(6) + R.choice(["001", "015", "037", "058", "096"])), 2),
                        (luhn_complete(digits(7, "123456789") + R.choice(["001", "015", "037", "058", "096"])), 1)]),
        "pt": weighted([(f"PT{digits(9, '125')}", 1), (digits(9, "125"), 1)]),
        "nl": weighted([(f"NL{digits(9)}B01", 1), (digits(8, "123456789"), 1)]),
        "hi": weighted([(f"27{''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(5))}{digits(4)}F1Z{R.choice('ABCDEFGHV')}", 1)]),
        "ja": weighted([(f"T{digits(13, '123456789')}", 1)]),
    }[lang]


def g_aadhaar(lang):
    while True:
        v = digits(12, "23456789")
        if not card_networks(v):
            return f"{v[:4]} {v[4:8]} {v[8:]}"


def g_coords(lang):
    return f"{R.uniform(36, 55):.4f}, {R.uniform(-9, 20):.4f}"


def g_customer(lang):
    # A customer number grouped in threes, as a Spanish mobile is.
    return f"{digits(3, '6789')} {digits(3)} {digits(3)}"


def g_record(lang):
    # A numeric id as a platform writes it (Zendesk field ids, user ids).
    return weighted([(f"360{digits(9)}", 2), (f"{digits(8, '123456789')}", 1), (f"{digits(12, '123456789')}", 1)])


def g_message_id():
    left = weighted([
        (f"CA{''.join(R.choice('ABCDEFGHJKMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789+=_-') for _ in range(40))}", 3),
        (f"{R.randint(20230101, 20241231)}{digits(6)}.{digits(5)}.{digits(5)}", 2),
        (f"{R.getrandbits(48):012x}$${R.getrandbits(32):08x}", 1),
    ])
    host = R.choice(["mail.gmail.com", "mx.example.com", "eurprd04.prod.outlook.com", "smtp.example.net"])
    return f"{left}@{host}"


def g_nhs():
    while True:
        body = digits(9, "3456789")
        total = sum(int(c) * (10 - i) for i, c in enumerate(body))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check != 10:
            n = body + str(check)
            return f"{n[:3]} {n[3:6]} {n[6:]}"


DECOY_GENERATORS = {
    "order": ("order-id", g_order), "ticket": ("ticket-id", g_ticket),
    "invoice": ("invoice-id", g_invoice), "tracking": ("tracking-id", g_tracking),
    "epoch_ms": ("epoch-ms", g_epoch_ms), "epoch_s": ("epoch-s", g_epoch_s),
    "date": ("date-time", g_date), "time": ("date-time", g_time),
    "expiry": ("card-expiry-cvv", g_expiry), "cvv": ("card-expiry-cvv", g_cvv),
    "ip": ("ipv4", g_ip), "version": ("version", g_version), "price": ("price", g_price),
    "uuid": ("uuid", g_uuid), "hash": ("hex-hash", g_hash), "iban": ("iban", g_iban),
    "voucher": ("luhn-invalid-card-prefix", g_voucher),
    "member": ("luhn-valid-no-issuer", g_member), "imei": ("imei", g_imei),
    "siret": ("siren-siret", g_siret), "ean": ("ean-13", g_ean), "isbn": ("isbn", g_isbn),
    "glued": ("glued-id", g_glued), "handle": ("at-mention", g_handle),
    "asset": ("at-asset-name", g_asset), "git": ("scp-git-remote", g_git),
    "pkg": ("at-package-version", g_pkg), "host": ("at-host-no-tld", g_host),
    "siren": ("siren-siret", g_siren), "url": ("url-with-numbers", g_url),
    "qty": ("quantity", g_qty), "postal": ("postal-code", g_postal), "taxid": ("tax-id", g_taxid),
    "aadhaar": ("national-id", g_aadhaar), "coords": ("coordinates", g_coords),
    "record": ("record-id", g_record), "customer": ("customer-id", g_customer),
    "msgid": ("message-id", lambda lang: g_message_id()), "nhs": ("national-id", lambda lang: g_nhs()),
}
PII_GENERATORS = {
    "card": lambda lang: card_value(),
    "email": lambda lang: email_value(lang),
    "phone": lambda lang: phone_value(lang),
}


# --------------------------------------------------------------------------
# Language packs: how people write to support, per language. `{card}`,
# `{email}`, `{phone}` are planted values; `{again}` repeats the previous
# one (Outlook and Slack write an address twice); `{name}` is a person's
# name; every other slot is a look-alike from DECOY_GENERATORS.

PACKS = {}

PACKS["en"] = dict(
    greet=["Hi,", "Hello,", "Hi there,", "Good morning,", "Dear support team,"],
    close=["Thanks,", "Best regards,", "Cheers,", "Kind regards,", "Thank you!"],
    subject=["Double charge", "Refund request", "Can't log in", "Delivery problem",
             "Wrong item received", "Update payment details", "Cancel my subscription",
             "App crashes on start"],
    card=["I was charged twice on my card {card}.", "Card number: {card}",
          "My card {card} was declined at checkout even though it has funds.",
          "Please refund the payment to the card I used, {card}.",
          "Can you update the card on file to {card} (expires {expiry})?",
          "paying with {card} fails every time",
          "Here are the card details: {card}, exp {expiry}, CVV {cvv}.",
          "The charge on {card} from {date} is not mine.",
          "Use my credit card {card} for the renewal.", "card no. {card}",
          "I tried {card} and {card}, both were rejected.",
          "Account number: {card}", "My account number is {card}.", "Card #{card} was declined.",
          "CC#{card} exp {expiry}"],
    email=["You can reach me at {email}.", "My email is {email}",
           "Please send the invoice to {email} instead of my old address.",
           "Contact: {name} <{email}>",
           "I changed my login to {email} last week and now I can't sign in.",
           "Please cc my colleague ({email}) on this.",
           "The password reset link never arrives at {email}.", "Email: {email}",
           "My account is registered under {email}, not {email}.",
           "Could you write to mailto:{email}? I don't check the other inbox.",
           "\"{email}\" is the address on the account."],
    phone=["Call me at {phone}.", "My phone number is {phone}", "The customer called from {phone} about it.",
           "You can reach me on {phone} after 5pm.", "Phone: {phone}", "Mobile: {phone}",
           "Please call me back on {phone}.",
           "Text me at {phone} when the technician is on the way.",
           "Our office line is {phone}, ask for accounts.",
           "I tried calling your hotline from {phone} three times.",
           "Best number to reach me: {phone}", "reach me at {phone} anytime",
           "WhatsApp: {phone}"],
    mixed=["Order {order} was charged to {card} on {date}.",
           "Please call {phone} or write to {email}.",
           "I paid {price} with {card} on {date} at {time}.",
           "Contact {name} at {email} / {phone} regarding invoice {invoice}."],
    decoys=dict(
        order=["My order {order} hasn't arrived yet.",
               "Order {order} was placed on {date} and still says processing.",
               "Re: order {order}"],
        ticket=["This is a follow-up to ticket {ticket}.", "Same issue as in case {ticket}.",
                "Ticket {ticket} was closed without a reply."],
        invoice=["Invoice {invoice} shows {price} but I agreed to {price}.",
                 "Please resend invoice {invoice}."],
        tracking=["The tracking number is {tracking} and it hasn't moved since {date}.",
                  "UPS shows {tracking} as delivered but nothing came.",
                  "Parcel {tracking} is stuck in customs."],
        epoch_ms=["The app log says ts={epoch_ms} error=TIMEOUT.", "Last sync: {epoch_ms}"],
        nhs=["My NHS number: {nhs}", "NHS No. {nhs} for the prescription refund."],
        epoch_s=["The export is stamped {epoch_s}.", "expires_at: {epoch_s}"],
        date=["It happened on {date} around {time}.", "I've been waiting since {date}."],
        time=["The outage started at {time} and lasted two hours."],
        ip=["The requests come from {ip}.", "Our server at {ip} gets a 502 from your API."],
        version=["I'm on app version {version} on Android.",
                 "After updating to {version} the app crashes on start."],
        price=["I was charged {price} instead of {price}.",
               "The total was {price} including shipping."],
        uuid=["Request ID: {uuid}", "Error reference {uuid}"],
        hash=["Build {hash} is the last one that worked.", "SHA of the file: {hash}"],
        iban=["Please refund to my IBAN {iban}."],
        voucher=["The voucher code {voucher} says it is invalid.",
                 "Serial number on the back: {voucher}"],
        member=["My membership number is {member}.", "Loyalty no. {member}"],
        customer=["Customer number {customer}.", "customer no. {customer}"],
        imei=["The phone's IMEI is {imei}.", "IMEI {imei} is blocked after the repair."],
        ean=["The barcode on the box reads {ean}.", "EAN {ean}, colour black, size M."],
        isbn=["The book (ISBN {isbn}) arrived with a torn cover."],
        glued=["The label says {glued} but the item is different.",
               "Return authorisation {glued} was approved."],
        handle=["Thanks {handle} for the quick help!", "{handle} can you take this one?"],
        asset=["The retina image {asset} looks blurry on the product page."],
        git=["Clone {git} and run the tests to reproduce.",
             "Our CI cannot pull from {git} since the update."],
        pkg=["It broke after we upgraded to {pkg}."],
        host=["I can log in with ssh {host} but not through the web panel."],
        url=["See {url}", "The page {url} returns an error."],
        qty=["I ordered {qty} but only received half."],
        postal=["Delivery address: 12 High Street, {postal}."],
        taxid=["Please add our tax number {taxid} to the invoice."],
        coords=["The pickup point is at {coords}."],
        record=["User ID {record} in your system."],
    ),
    sig=dict(phone=["Tel: ", "Mobile: ", "Phone: ", "Direct: ", "Cell: ", "Ph: "],
             email=["Email: ", ""]),
    chat=("Customer", "Agent"),
    quote="On {date}, Support <{email}> wrote:",
    note=["Agent note:", "Call summary:", "Internal note:"],
)

PACKS["fr"] = dict(
    greet=["Bonjour,", "Madame, Monsieur,", "Bonsoir,"],
    close=["Cordialement,", "Merci d'avance,", "Bien à vous,"],
    subject=["Double prélèvement", "Demande de remboursement", "Impossible de me connecter",
             "Colis non reçu", "Changement de carte", "Résiliation"],
    card=["J'ai été débité deux fois sur ma carte {card}.", "Numéro de carte : {card}", "Ma carte de crédit {card} a été refusée.",
          "Ma carte bancaire {card} est refusée alors qu'elle est approvisionnée.",
          "Merci de rembourser sur la carte {card}.",
          "Pouvez-vous remplacer la carte enregistrée par {card} (expire le {expiry}) ?",
          "Le paiement avec {card} échoue à chaque fois.",
          "Voici ma CB : {card}, date d'expiration {expiry}, cryptogramme {cvv}.",
          "Le prélèvement du {date} sur {card} n'est pas de moi."],
    email=["Vous pouvez me joindre à {email}.", "Mon adresse e-mail est {email}",
           "Merci d'envoyer la facture à {email} et non à mon ancienne adresse.",
           "Contact : {name} <{email}>",
           "J'ai changé mon identifiant pour {email} la semaine dernière.",
           "Le lien de réinitialisation n'arrive jamais sur {email}.", "Courriel : {email}",
           "Écrivez-moi plutôt à {email}, merci.", "mail : {email}"],
    phone=["Vous pouvez m'appeler au {phone}.", "Mon numéro de téléphone : {phone}", "Le client a appelé du {phone} ce matin.",
           "Je suis joignable au {phone} après 18h.", "Tél. : {phone}", "Portable : {phone}",
           "Merci de me rappeler au {phone}.",
           "Envoyez-moi un SMS au {phone} quand le technicien arrive.",
           "Le standard de notre agence est le {phone}.",
           "J'ai appelé votre hotline depuis le {phone} trois fois.", "Mon numéro : {phone}"],
    mixed=["La commande {order} a été débitée sur {card} le {date}.",
           "Appelez-moi au {phone} ou écrivez à {email}.",
           "J'ai payé {price} avec la carte {card} le {date}."],
    decoys=dict(
        order=["Ma commande {order} n'est toujours pas arrivée.",
               "Commande n° {order} passée le {date}."],
        ticket=["Suite au ticket {ticket}, rien n'a changé.",
                "Même problème que dans le dossier {ticket}."],
        invoice=["La facture {invoice} indique {price} au lieu de {price}."],
        tracking=["Le numéro de suivi est {tracking}, le colis n'a pas bougé depuis le {date}.",
                  "Colissimo indique {tracking} comme livré."],
        epoch_ms=["Le journal de l'appli affiche ts={epoch_ms} erreur=TIMEOUT."],
        epoch_s=["Horodatage de l'export : {epoch_s}"],
        date=["C'est arrivé le {date} vers {time}.", "J'attends depuis le {date}."],
        ip=["Les requêtes viennent de {ip}."],
        version=["J'utilise la version {version} de l'application."],
        price=["On m'a facturé {price} au lieu de {price}.",
               "Le total était de {price} frais de port compris."],
        uuid=["Identifiant de la requête : {uuid}"],
        hash=["Le build {hash} est le dernier qui fonctionnait."],
        iban=["Merci de me rembourser sur mon IBAN {iban}."],
        voucher=["Le code du bon d'achat {voucher} est refusé."],
        member=["Mon numéro d'adhérent est {member}."],
        customer=["Numéro client {customer}", "n° client : {customer}"],
        imei=["L'IMEI du téléphone est {imei}."],
        siret=["SIRET : {siret}", "Notre numéro SIRET est le {siret}."],
        siren=["RCS Lyon {siren}", "SIREN {siren}"],
        ean=["Le code-barres sur la boîte : {ean}."],
        isbn=["Le livre (ISBN {isbn}) est arrivé abîmé."],
        glued=["L'étiquette indique {glued} mais l'article est différent."],
        handle=["Merci {handle} pour ton aide !"],
        asset=["L'image {asset} est floue sur la fiche produit."],
        git=["Clonez {git} pour reproduire."],
        pkg=["Ça casse depuis la mise à jour vers {pkg}."],
        host=["Je me connecte en ssh {host} sans problème."],
        url=["Voir {url}"],
        qty=["J'ai commandé {qty} mais reçu la moitié."],
        postal=["Adresse de livraison : 12 rue de la Paix, {postal}."],
        taxid=["Notre numéro de TVA intracommunautaire : {taxid}."],
        coords=["Point relais : {coords}."],
    ),
    sig=dict(phone=["Tél. : ", "Portable : ", "Tél : ", "Ligne directe : "], email=["E-mail : ", ""]),
    chat=("Client", "Conseiller"),
    quote="Le {date}, Service client <{email}> a écrit :",
    note=["Note interne :", "Résumé de l'appel :"],
)

PACKS["de"] = dict(
    greet=["Hallo,", "Guten Tag,", "Sehr geehrte Damen und Herren,"],
    close=["Viele Grüße,", "Mit freundlichen Grüßen,", "Danke und Gruß,"],
    subject=["Doppelte Abbuchung", "Erstattung", "Login nicht möglich", "Paket nicht angekommen",
             "Zahlungsdaten ändern", "Kündigung"],
    card=["Mir wurde zweimal von meiner Karte {card} abgebucht.", "Kartennummer: {card}",
          "Meine Kreditkarte {card} wird abgelehnt, obwohl sie gedeckt ist.",
          "Bitte erstatten Sie den Betrag auf die Karte {card}.",
          "Können Sie die hinterlegte Karte auf {card} ändern (gültig bis {expiry})?",
          "Die Zahlung mit {card} schlägt jedes Mal fehl.",
          "Hier die Kartendaten: {card}, Ablauf {expiry}, Prüfziffer {cvv}.",
          "Die Abbuchung vom {date} auf {card} war nicht von mir."],
    email=["Sie erreichen mich unter {email}.", "Meine E-Mail-Adresse lautet {email}",
           "Bitte schicken Sie die Rechnung an {email} und nicht mehr an die alte Adresse.",
           "Kontakt: {name} <{email}>",
           "Ich habe mein Login letzte Woche auf {email} geändert.",
           "Der Link zum Zurücksetzen kommt bei {email} nie an.", "E-Mail: {email}",
           "Schreiben Sie mir bitte an {email}."],
    phone=["Rufen Sie mich gerne unter {phone} an.", "Meine Telefonnummer: {phone}", "Kunde hat angerufen ({phone}), möchte Rückruf.",
           "Ich bin ab 18 Uhr unter {phone} erreichbar.", "Tel.: {phone}", "Handy: {phone}",
           "Bitte um Rückruf unter {phone}.",
           "Schicken Sie mir eine SMS an {phone}, wenn der Techniker kommt.",
           "Unsere Zentrale: {phone}",
           "Ich habe dreimal von {phone} aus bei Ihrer Hotline angerufen.", "Mobil: {phone}"],
    mixed=["Die Bestellung {order} wurde am {date} von {card} abgebucht.",
           "Rufen Sie mich unter {phone} an oder schreiben Sie an {email}."],
    decoys=dict(
        order=["Meine Bestellung {order} ist immer noch nicht angekommen.",
               "Bestellnummer {order} vom {date}."],
        ticket=["Bezug: Ticket {ticket}", "Gleiches Problem wie im Vorgang {ticket}."],
        invoice=["Die Rechnung {invoice} weist {price} statt {price} aus."],
        tracking=["Die Sendungsnummer ist {tracking}, seit dem {date} keine Bewegung.",
                  "DHL zeigt {tracking} als zugestellt an."],
        epoch_ms=["Im App-Log steht ts={epoch_ms} error=TIMEOUT."],
        epoch_s=["Zeitstempel des Exports: {epoch_s}"],
        date=["Es ist am {date} gegen {time} passiert.", "Ich warte seit dem {date}."],
        ip=["Die Anfragen kommen von {ip}."],
        version=["Ich nutze die App-Version {version}."],
        price=["Mir wurden {price} statt {price} berechnet.", "Gesamtbetrag: {price}"],
        uuid=["Request-ID: {uuid}"],
        hash=["Build {hash} war der letzte, der lief."],
        iban=["Bitte überweisen Sie die Erstattung auf meine IBAN {iban}."],
        voucher=["Der Gutscheincode {voucher} wird als ungültig angezeigt."],
        member=["Meine Mitgliedsnummer lautet {member}."],
        customer=["Kundennummer {customer}"],
        imei=["Die IMEI des Geräts ist {imei}."],
        ean=["EAN auf der Verpackung: {ean}", "Artikel mit der EAN {ean} ist defekt angekommen."],
        isbn=["Das Buch (ISBN {isbn}) kam beschädigt an."],
        glued=["Auf dem Etikett steht {glued}, aber der Artikel ist ein anderer."],
        handle=["Danke {handle} für die schnelle Hilfe!"],
        asset=["Das Bild {asset} ist auf der Produktseite unscharf."],
        git=["Klont {git} und startet die Tests."],
        pkg=["Seit dem Update auf {pkg} geht es nicht mehr."],
        host=["Per ssh {host} komme ich drauf, übers Webinterface nicht."],
        url=["Siehe {url}"],
        qty=["Ich habe {qty} bestellt, aber nur die Hälfte bekommen."],
        postal=["Lieferadresse: Hauptstraße 12, {postal}."],
        taxid=["Steuernummer bzw. USt-IdNr.: {taxid}"],
        coords=["Abholpunkt: {coords}"],
    ),
    sig=dict(phone=["Tel.: ", "Mobil: ", "Telefon: ", "Fax: "], email=["E-Mail: ", ""]),
    chat=("Kunde", "Mitarbeiter"),
    quote="Am {date} schrieb Kundenservice <{email}>:",
    note=["Interne Notiz:", "Gesprächsnotiz:"],
)

PACKS["es"] = dict(
    greet=["Hola,", "Buenos días,", "Estimados señores:"],
    close=["Un saludo,", "Gracias de antemano,", "Atentamente,"],
    subject=["Cobro duplicado", "Solicitud de reembolso", "No puedo iniciar sesión",
             "Pedido no recibido", "Cambiar tarjeta"],
    card=["Me han cobrado dos veces en mi tarjeta {card}.", "Número de tarjeta: {card}", "Mi tarjeta de crédito es {card}.",
          "Mi tarjeta {card} es rechazada aunque tiene saldo.",
          "Por favor, devuelvan el importe a la tarjeta {card}.",
          "¿Pueden cambiar la tarjeta guardada por {card} (caduca {expiry})?",
          "El pago con {card} falla siempre.",
          "Datos de la tarjeta: {card}, caducidad {expiry}, CVV {cvv}.",
          "El cargo del {date} en {card} no lo reconozco."],
    email=["Pueden escribirme a {email}.", "Mi correo es {email}",
           "Envíen la factura a {email}, no a la dirección antigua.",
           "Contacto: {name} <{email}>", "Cambié mi usuario a {email} la semana pasada.",
           "El enlace para restablecer la contraseña nunca llega a {email}.",
           "Correo electrónico: {email}"],
    phone=["Pueden llamarme al {phone}.", "Mi teléfono es {phone}", "El cliente llamó desde el {phone}.",
           "Estoy disponible en el {phone} a partir de las 18:00.", "Tel.: {phone}",
           "Móvil: {phone}", "Por favor, llámenme al {phone}.",
           "Mándenme un SMS al {phone} cuando llegue el técnico.",
           "Nuestra centralita: {phone}", "He llamado tres veces desde el {phone}.",
           "WhatsApp: {phone}"],
    mixed=["El pedido {order} se cargó en {card} el {date}.",
           "Llámenme al {phone} o escriban a {email}."],
    decoys=dict(
        order=["Mi pedido {order} todavía no ha llegado.", "Pedido n.º {order} del {date}."],
        ticket=["Referente a la incidencia {ticket}.", "Mismo problema que en el ticket {ticket}."],
        invoice=["La factura {invoice} indica {price} en lugar de {price}."],
        tracking=["El número de seguimiento es {tracking} y no se mueve desde el {date}.",
                  "Correos muestra {tracking} como entregado."],
        epoch_ms=["En el log de la app aparece ts={epoch_ms} error=TIMEOUT."],
        epoch_s=["Marca de tiempo de la exportación: {epoch_s}"],
        date=["Ocurrió el {date} sobre las {time}.", "Llevo esperando desde el {date}."],
        ip=["Las peticiones vienen de {ip}."],
        version=["Uso la versión {version} de la app."],
        price=["Me cobraron {price} en vez de {price}."],
        uuid=["ID de la solicitud: {uuid}"],
        hash=["La compilación {hash} es la última que funcionaba."],
        iban=["Devuelvan el dinero a mi IBAN {iban}."],
        voucher=["El código del vale {voucher} aparece como no válido."],
        member=["Mi número de socio es {member}."],
        customer=["Número de cliente {customer}", "nº cliente {customer}"],
        imei=["El IMEI del móvil es {imei}."],
        ean=["El código de barras de la caja: {ean}."],
        isbn=["El libro (ISBN {isbn}) llegó dañado."],
        glued=["La etiqueta pone {glued} pero el artículo es otro."],
        handle=["¡Gracias {handle} por la ayuda!"],
        asset=["La imagen {asset} se ve borrosa en la ficha del producto."],
        git=["Clonad {git} para reproducirlo."],
        pkg=["Se rompió al actualizar a {pkg}."],
        host=["Por ssh {host} entro sin problema."],
        url=["Ver {url}"],
        qty=["Pedí {qty} pero solo recibí la mitad."],
        postal=["Dirección de entrega: Calle Mayor 12, {postal}."],
        taxid=["Nuestro CIF/NIF: {taxid}"],
        coords=["Punto de recogida: {coords}"],
    ),
    sig=dict(phone=["Tel.: ", "Móvil: ", "Teléfono: "], email=["Correo: ", ""]),
    chat=("Cliente", "Agente"),
    quote="El {date}, Atención al cliente <{email}> escribió:",
    note=["Nota interna:", "Resumen de la llamada:"],
)

PACKS["it"] = dict(
    greet=["Buongiorno,", "Salve,", "Gentile assistenza,"],
    close=["Cordiali saluti,", "Grazie mille,", "Saluti,"],
    subject=["Doppio addebito", "Richiesta di rimborso", "Non riesco ad accedere",
             "Pacco non ricevuto", "Cambio carta"],
    card=["Mi avete addebitato due volte sulla carta {card}.", "Numero carta: {card}",
          "La mia carta di credito {card} viene rifiutata anche se ha fondi.",
          "Vi prego di rimborsare sulla carta {card}.",
          "Potete sostituire la carta salvata con {card} (scadenza {expiry})?",
          "Il pagamento con {card} non va a buon fine.",
          "Dati della carta: {card}, scadenza {expiry}, CVV {cvv}.",
          "L'addebito del {date} su {card} non l'ho fatto io."],
    email=["Potete scrivermi a {email}.", "La mia email è {email}",
           "Inviate la fattura a {email}, non al vecchio indirizzo.",
           "Contatto: {name} <{email}>",
           "La settimana scorsa ho cambiato l'accesso in {email}.",
           "Il link di reimpostazione non arriva mai a {email}.", "E-mail: {email}",
           "PEC: {email}"],
    phone=["Potete chiamarmi al {phone}.", "Il mio numero di telefono è {phone}", "Il cliente ha chiamato dal {phone}.",
           "Sono raggiungibile al {phone} dopo le 18.", "Tel. {phone}", "Cell. {phone}",
           "Vi prego di richiamarmi al {phone}.",
           "Mandatemi un SMS al {phone} quando arriva il tecnico.", "Il centralino: {phone}",
           "Ho chiamato tre volte dal {phone}.", "Cellulare: {phone}", "Fax {phone}"],
    mixed=["L'ordine {order} è stato addebitato su {card} il {date}.",
           "Chiamatemi al {phone} o scrivete a {email}."],
    decoys=dict(
        order=["Il mio ordine {order} non è ancora arrivato.", "Ordine n. {order} del {date}."],
        ticket=["Rif. ticket {ticket}", "Stesso problema della segnalazione {ticket}."],
        invoice=["La fattura {invoice} riporta {price} invece di {price}."],
        tracking=["Il numero di tracciamento è {tracking}, fermo dal {date}.",
                  "BRT indica la spedizione {tracking} come consegnata."],
        epoch_ms=["Nel log dell'app c'è ts={epoch_ms} error=TIMEOUT."],
        epoch_s=["Timestamp dell'esportazione: {epoch_s}"],
        date=["È successo il {date} verso le {time}.", "Aspetto dal {date}."],
        ip=["Le richieste arrivano da {ip}."],
        version=["Uso la versione {version} dell'app."],
        price=["Mi avete addebitato {price} invece di {price}."],
        uuid=["ID richiesta: {uuid}"],
        hash=["La build {hash} è l'ultima che funzionava."],
        iban=["Rimborsate sul mio IBAN {iban}."],
        voucher=["Il codice del buono {voucher} risulta non valido."],
        member=["Il mio numero tessera è {member}."],
        customer=["Codice cliente {customer}"],
        imei=["L'IMEI del telefono è {imei}."],
        ean=["Il codice a barre sulla scatola: {ean}."],
        isbn=["Il libro (ISBN {isbn}) è arrivato danneggiato."],
        glued=["Sull'etichetta c'è scritto {glued} ma l'articolo è diverso."],
        handle=["Grazie {handle} per l'aiuto!"],
        asset=["L'immagine {asset} è sgranata nella scheda prodotto."],
        git=["Clonate {git} per riprodurre."],
        pkg=["Si è rotto dopo l'aggiornamento a {pkg}."],
        host=["Via ssh {host} entro senza problemi."],
        url=["Vedi {url}"],
        qty=["Ho ordinato {qty} ma ne ho ricevuti la metà."],
        postal=["Indirizzo di consegna: Via Roma 12, {postal}."],
        taxid=["P.IVA {taxid}", "Partita IVA: {taxid}"],
        coords=["Punto di ritiro: {coords}"],
    ),
    sig=dict(phone=["Tel. ", "Cell. ", "Tel: ", "Fax "], email=["E-mail: ", ""]),
    chat=("Cliente", "Operatore"),
    quote="Il giorno {date}, Assistenza clienti <{email}> ha scritto:",
    note=["Nota interna:", "Riepilogo chiamata:"],
)

PACKS["pt"] = dict(
    greet=["Olá,", "Bom dia,", "Exmos. Senhores,"],
    close=["Cumprimentos,", "Obrigado,", "Com os melhores cumprimentos,"],
    subject=["Cobrança duplicada", "Pedido de reembolso", "Não consigo entrar",
             "Encomenda não recebida", "Alterar cartão"],
    card=["Fui cobrado duas vezes no meu cartão {card}.", "Número do cartão: {card}", "O meu cartão de crédito {card} foi recusado.",
          "O meu cartão de crédito {card} é recusado apesar de ter saldo.",
          "Por favor, reembolsem para o cartão {card}.",
          "Podem substituir o cartão guardado por {card} (validade {expiry})?",
          "O pagamento com {card} falha sempre.",
          "Dados do cartão: {card}, validade {expiry}, CVV {cvv}.",
          "A cobrança de {date} no cartão {card} não fui eu."],
    email=["Podem escrever-me para {email}.", "O meu email é {email}",
           "Enviem a fatura para {email} e não para o endereço antigo.",
           "Contacto: {name} <{email}>", "Mudei o meu login para {email} na semana passada.",
           "O link de recuperação nunca chega a {email}.", "E-mail: {email}"],
    phone=["Podem ligar-me para o {phone}.", "O meu número de telefone é {phone}", "O cliente ligou do {phone}, pede reembolso.",
           "Estou contactável pelo {phone} depois das 18h.", "Tel.: {phone}",
           "Telemóvel: {phone}", "Por favor, liguem-me de volta para o {phone}.",
           "Enviem-me um SMS para o {phone} quando o técnico estiver a caminho.",
           "A nossa central: {phone}", "Liguei três vezes do {phone}."],
    mixed=["A encomenda {order} foi cobrada no cartão {card} a {date}.",
           "Liguem para o {phone} ou escrevam para {email}."],
    decoys=dict(
        order=["A minha encomenda {order} ainda não chegou.", "Encomenda n.º {order} de {date}."],
        ticket=["Referente ao pedido de suporte {ticket}."],
        invoice=["A fatura {invoice} indica {price} em vez de {price}."],
        tracking=["O número de seguimento é {tracking} e não se mexe desde {date}.",
                  "Os CTT indicam {tracking} como entregue."],
        epoch_ms=["No log da app aparece ts={epoch_ms} error=TIMEOUT."],
        epoch_s=["Marca temporal da exportação: {epoch_s}"],
        date=["Aconteceu a {date} por volta das {time}.", "Estou à espera desde {date}."],
        ip=["Os pedidos vêm de {ip}."],
        version=["Estou a usar a versão {version} da app."],
        price=["Cobraram-me {price} em vez de {price}."],
        uuid=["ID do pedido: {uuid}"],
        hash=["O build {hash} foi o último que funcionou."],
        iban=["Reembolsem para o meu IBAN {iban}."],
        voucher=["O código do vale {voucher} aparece como inválido."],
        member=["O meu número de sócio é {member}."],
        customer=["Número de cliente {customer}"],
        imei=["O IMEI do telemóvel é {imei}."],
        ean=["O código de barras da caixa: {ean}."],
        isbn=["O livro (ISBN {isbn}) chegou danificado."],
        glued=["A etiqueta diz {glued} mas o artigo é outro."],
        handle=["Obrigado {handle} pela ajuda!"],
        asset=["A imagem {asset} aparece desfocada na página do produto."],
        git=["Clonem {git} para reproduzir."],
        pkg=["Deixou de funcionar depois de atualizar para {pkg}."],
        host=["Por ssh {host} entro sem problemas."],
        url=["Ver {url}"],
        qty=["Encomendei {qty} mas só recebi metade."],
        postal=["Morada de entrega: Rua Augusta 12, {postal}."],
        taxid=["NIF: {taxid}"],
        coords=["Ponto de recolha: {coords}"],
    ),
    sig=dict(phone=["Tel.: ", "Telemóvel: ", "Telefone: "], email=["Email: ", ""]),
    chat=("Cliente", "Assistente"),
    quote="Em {date}, Apoio ao Cliente <{email}> escreveu:",
    note=["Nota interna:", "Resumo da chamada:"],
)

PACKS["nl"] = dict(
    greet=["Hallo,", "Goedemiddag,", "Beste klantenservice,"],
    close=["Met vriendelijke groet,", "Groeten,", "Alvast bedankt,"],
    subject=["Dubbele afschrijving", "Terugbetaling", "Kan niet inloggen",
             "Pakket niet ontvangen", "Betaalgegevens wijzigen"],
    card=["Er is twee keer afgeschreven van mijn kaart {card}.", "Kaartnummer: {card}",
          "Mijn creditcard {card} wordt geweigerd terwijl er genoeg saldo is.",
          "Graag het bedrag terugstorten op de kaart {card}.",
          "Kunnen jullie de opgeslagen kaart vervangen door {card} (geldig tot {expiry})?",
          "Betalen met {card} mislukt elke keer.",
          "Kaartgegevens: {card}, vervaldatum {expiry}, CVC {cvv}.",
          "De afschrijving van {date} op {card} heb ik niet gedaan."],
    email=["Jullie kunnen mij mailen op {email}.", "Mijn e-mailadres is {email}",
           "Stuur de factuur alsjeblieft naar {email} en niet naar mijn oude adres.",
           "Contact: {name} <{email}>", "Ik heb vorige week mijn login gewijzigd naar {email}.",
           "De resetlink komt nooit aan op {email}.", "E-mail: {email}"],
    phone=["Bel me gerust op {phone}.", "Mijn telefoonnummer is {phone}", "De klant heeft gebeld vanaf {phone}.",
           "Ik ben na 18.00 uur bereikbaar op {phone}.", "Tel: {phone}", "Mobiel: {phone}",
           "Graag terugbellen op {phone}.",
           "Stuur me een sms op {phone} als de monteur onderweg is.",
           "Onze centrale: {phone}", "Ik heb drie keer gebeld vanaf {phone}."],
    mixed=["Bestelling {order} is op {date} van {card} afgeschreven.",
           "Bel me op {phone} of mail naar {email}."],
    decoys=dict(
        order=["Mijn bestelling {order} is nog steeds niet binnen.",
               "Bestelnummer {order} van {date}."],
        ticket=["Betreft ticket {ticket}.", "Zelfde probleem als in melding {ticket}."],
        invoice=["Factuur {invoice} vermeldt {price} in plaats van {price}."],
        tracking=["De track-and-trace code is {tracking} en staat sinds {date} stil.",
                  "PostNL meldt {tracking} als bezorgd."],
        epoch_ms=["In de app-log staat ts={epoch_ms} error=TIMEOUT."],
        epoch_s=["Tijdstempel van de export: {epoch_s}"],
        date=["Het gebeurde op {date} rond {time}.", "Ik wacht al sinds {date}."],
        ip=["De verzoeken komen van {ip}."],
        version=["Ik gebruik versie {version} van de app."],
        price=["Er is {price} afgeschreven in plaats van {price}."],
        uuid=["Verzoek-ID: {uuid}"],
        hash=["Build {hash} is de laatste die werkte."],
        iban=["Graag terugstorten op mijn IBAN {iban}."],
        voucher=["De kortingscode {voucher} wordt als ongeldig getoond."],
        member=["Mijn lidnummer is {member}."],
        customer=["Klantnummer {customer}"],
        imei=["Het IMEI-nummer van de telefoon is {imei}."],
        ean=["De barcode op de doos: {ean}."],
        isbn=["Het boek (ISBN {isbn}) kwam beschadigd aan."],
        glued=["Op het etiket staat {glued} maar het artikel klopt niet."],
        handle=["Bedankt {handle} voor de snelle hulp!"],
        asset=["De afbeelding {asset} is wazig op de productpagina."],
        git=["Clone {git} om het te reproduceren."],
        pkg=["Het werkt niet meer sinds de update naar {pkg}."],
        host=["Via ssh {host} kom ik er wel in."],
        url=["Zie {url}"],
        qty=["Ik heb {qty} besteld maar de helft ontvangen."],
        postal=["Bezorgadres: Kerkstraat 12, {postal}."],
        taxid=["Ons btw-nummer / KvK: {taxid}"],
        coords=["Afhaalpunt: {coords}"],
    ),
    sig=dict(phone=["Tel: ", "Mobiel: ", "T: "], email=["E-mail: ", ""]),
    chat=("Klant", "Medewerker"),
    quote="Op {date} schreef Klantenservice <{email}>:",
    note=["Interne notitie:", "Samenvatting gesprek:"],
)

PACKS["hi"] = dict(
    greet=["नमस्ते,", "नमस्कार,"],
    close=["धन्यवाद,", "सादर,"],
    subject=["दो बार पैसे कटे", "रिफंड चाहिए", "लॉगिन नहीं हो रहा", "ऑर्डर नहीं मिला"],
    card=["मेरे कार्ड {card} से दो बार पैसे कट गए हैं।", "कार्ड नंबर: {card}",
          "मेरा क्रेडिट कार्ड {card} बार-बार डिक्लाइन हो रहा है।",
          "कृपया रिफंड कार्ड {card} में भेजें।",
          "{date} को {card} से हुआ भुगतान मैंने नहीं किया।", "कार्ड {card}, एक्सपायरी {expiry}"],
    email=["मेरा ईमेल {email} है।", "कृपया इनवॉइस {email} पर भेजें।",
           "आप मुझे {email} पर लिख सकते हैं।", "ईमेल: {email}",
           "पासवर्ड रीसेट लिंक {email} पर नहीं आ रहा।"],
    phone=["मेरा मोबाइल नंबर {phone} है।", "कृपया मुझे {phone} पर कॉल करें।", "फ़ोन: {phone}",
           "मुझसे {phone} पर संपर्क करें।", "व्हाट्सएप: {phone}", "मोबाइल: {phone}"],
    mixed=["मुझे {phone} पर कॉल करें या {email} पर लिखें।"],
    decoys=dict(
        order=["मेरा ऑर्डर {order} अभी तक नहीं आया।", "ऑर्डर आईडी {order}, तारीख {date}।"],
        ticket=["टिकट {ticket} का कोई जवाब नहीं आया।"],
        invoice=["इनवॉइस {invoice} में {price} लिखा है।"],
        tracking=["ट्रैकिंग नंबर {tracking} है, {date} से अपडेट नहीं हुआ।"],
        epoch_ms=["ऐप लॉग: ts={epoch_ms} error=TIMEOUT"],
        date=["यह {date} को {time} बजे हुआ।"],
        ip=["रिक्वेस्ट {ip} से आ रही है।"],
        version=["मैं ऐप का वर्ज़न {version} इस्तेमाल कर रहा हूँ।"],
        price=["मुझसे {price} की जगह {price} लिए गए।"],
        uuid=["रिक्वेस्ट आईडी: {uuid}"],
        aadhaar=["KYC के लिए मेरा आधार नंबर {aadhaar} है।"],
        postal=["पता: एमजी रोड, {postal}"],
        taxid=["हमारा GSTIN {taxid} है।"],
        imei=["फ़ोन का IMEI {imei} है।"],
        member=["मेरा लॉयल्टी नंबर {member} है।"],
        customer=["ग्राहक संख्या {customer}"],
        voucher=["गिफ्ट वाउचर कोड {voucher} काम नहीं कर रहा।"],
        url=["देखें {url}"],
        qty=["मैंने {qty} ऑर्डर किए थे।"],
        glued=["लेबल पर {glued} लिखा है।"],
    ),
    sig=dict(phone=["फ़ोन: ", "मोबाइल: ", "Mob: ", "Ph no. "], email=["ईमेल: ", ""]),
    chat=("ग्राहक", "एजेंट"),
    quote="{date} को Support <{email}> ने लिखा:",
    note=["आंतरिक नोट:"],
)

PACKS["ja"] = dict(
    greet=["お世話になっております。", "こんにちは。"],
    close=["よろしくお願いいたします。", "以上です。"],
    subject=["二重請求について", "返金のお願い", "ログインできません", "商品が届きません"],
    card=["カード番号は{card}です。", "{card}のカードで二重に請求されています。",
          "クレジットカード（{card}）が使えません。", "返金は{card}のカードにお願いします。",
          "カード：{card}　有効期限：{expiry}", "{date}に{card}で決済された覚えのない請求があります。"],
    email=["メールアドレスは{email}です。", "{email}までご連絡ください。",
           "請求書は{email}に送ってください。", "メール：{email}",
           "パスワード再設定のメールが{email}に届きません。", "連絡先：{name} <{email}>"],
    phone=["電話番号は{phone}です。", "{phone}までお電話ください。", "携帯：{phone}",
           "TEL：{phone}", "日中は{phone}に連絡がつきます。", "折り返しは{phone}にお願いします。"],
    mixed=["{phone}または{email}までご連絡ください。"],
    decoys=dict(
        order=["注文番号{order}の商品がまだ届きません。", "注文番号：{order}（{date}）"],
        ticket=["お問い合わせ番号{ticket}の件です。"],
        invoice=["請求書{invoice}の金額が{price}になっています。"],
        tracking=["追跡番号は{tracking}ですが、{date}から更新されていません。"],
        epoch_ms=["アプリのログ：ts={epoch_ms} error=TIMEOUT"],
        date=["{date}の{time}頃に発生しました。"],
        ip=["リクエストは{ip}から来ています。"],
        version=["アプリのバージョンは{version}です。"],
        price=["{price}のはずが{price}請求されました。"],
        uuid=["リクエストID：{uuid}"],
        hash=["最後に動いたビルドは{hash}です。"],
        ean=["箱のバーコードは{ean}です。"],
        imei=["端末のIMEIは{imei}です。"],
        isbn=["書籍（ISBN {isbn}）が破損して届きました。"],
        postal=["お届け先：{postal} 東京都千代田区"],
        taxid=["登録番号：{taxid}"],
        customer=["顧客番号 {customer}"],
        qty=["{qty}注文しましたが半分しか届いていません。"],
        url=["{url} を参照してください。"],
        handle=["{handle} さん、対応ありがとうございます！"],
    ),
    sig=dict(phone=["TEL：", "携帯：", "Tel: "], email=["メール：", "Mail: "]),
    chat=("お客様", "担当"),
    quote="{date} サポート <{email}> のメッセージ:",
    note=["社内メモ："],
)

AGENT_LINES = {
    "en": ["Thanks for reaching out, let me check that for you.",
           "Could you confirm the details, please?", "One moment please.",
           "I've escalated this to our billing team.", "Is there anything else I can help with?"],
    "fr": ["Merci pour votre message, je vérifie.", "Pouvez-vous confirmer ces informations ?",
           "Un instant s'il vous plaît.", "J'ai transmis au service facturation."],
    "de": ["Danke für Ihre Nachricht, ich schaue nach.",
           "Können Sie die Angaben bitte bestätigen?", "Einen Moment bitte.",
           "Ich habe das an die Buchhaltung weitergegeben."],
    "es": ["Gracias por escribirnos, lo reviso.", "¿Puede confirmar los datos, por favor?",
           "Un momento, por favor.", "Lo he escalado al departamento de facturación."],
    "it": ["Grazie per averci scritto, verifico subito.", "Può confermare i dati, per favore?",
           "Un attimo, per favore.", "Ho inoltrato la richiesta all'amministrazione."],
    "pt": ["Obrigado pelo contacto, vou verificar.", "Pode confirmar os dados, por favor?",
           "Um momento, por favor.", "Encaminhei para o departamento de faturação."],
    "nl": ["Bedankt voor uw bericht, ik kijk het na.", "Kunt u de gegevens bevestigen?",
           "Een moment alstublieft.", "Ik heb het doorgezet naar de financiële afdeling."],
    "hi": ["संपर्क करने के लिए धन्यवाद, मैं देखता हूँ।", "कृपया विवरण की पुष्टि करें।", "एक मिनट रुकिए।"],
    "ja": ["お問い合わせありがとうございます。確認いたします。", "内容をご確認いただけますか。",
           "少々お待ちください。"],
}

# Look-alike categories by how often they turn up in support traffic.
DECOY_WEIGHTS = {"order": 4, "date": 4, "price": 4, "ticket": 3, "tracking": 3, "invoice": 2,
                 "version": 2, "ip": 2, "epoch_ms": 2, "voucher": 2, "member": 2, "iban": 2}
LANG_WEIGHTS = [("en", 18), ("fr", 13), ("de", 13), ("es", 12), ("it", 10), ("pt", 10),
                ("nl", 10), ("hi", 6), ("ja", 8)]
CHANNEL_WEIGHTS = [("ticket-json", 30), ("chat", 20), ("form", 20), ("email-body", 15),
                   ("plain", 15)]


# --------------------------------------------------------------------------
# Segments: the logical text of a body, each piece planted (kind), a
# look-alike (decoy) or neither.

class Seg:
    __slots__ = ("text", "kind", "decoy")

    def __init__(self, text, kind=None, decoy=None):
        self.text, self.kind, self.decoy = text, kind, decoy


class Text(list):
    """A string value made of segments."""

    def plain(self):
        return "".join(s.text for s in self)


class Num:
    """A bare JSON number (a look-alike when `seg.decoy` is set)."""

    def __init__(self, seg):
        self.seg = seg


SLOT = re.compile(r"\{(\w+)\}")


class Person:
    def __init__(self, lang):
        firsts, lasts = NAMES[lang]
        self.first, self.last = R.choice(firsts), R.choice(lasts)
        if lang in NAMES_NATIVE and R.random() < 0.6:
            nf, nl = NAMES_NATIVE[lang]
            self.display = f"{R.choice(nl)} {R.choice(nf)}" if lang == "ja" else f"{R.choice(nf)} {R.choice(nl)}"
        else:
            self.display = f"{self.first} {self.last}"
        self.email = email_value(lang, self.first, self.last)


def render(template, lang, ctx):
    segs, pos = Text(), 0
    for m in SLOT.finditer(template):
        if m.start() > pos:
            segs.append(Seg(template[pos:m.start()]))
        name = m.group(1)
        if name == "email" and "named" in ctx:
            # `{name} <{email}>`: the address is that person's.
            value = ctx.pop("named").email
            ctx["last"] = (name, value)
            segs.append(Seg(value, kind=name))
        elif name in PII_GENERATORS:
            value = PII_GENERATORS[name](lang)
            ctx["last"] = (name, value)
            segs.append(Seg(value, kind=name))
        elif name == "again":
            kind, value = ctx["last"]
            segs.append(Seg(value, kind=kind))
        elif name == "name":
            person = Person(lang)
            ctx["named"] = person
            segs.append(Seg(person.display))
        else:
            category, gen = DECOY_GENERATORS[name]
            segs.append(Seg(gen(lang), decoy=category))
        pos = m.end()
    if pos < len(template):
        segs.append(Seg(template[pos:]))
    ctx.pop("named", None)
    return segs


def sentences(lang, ctx, most_pii=4):
    pack = PACKS[lang]
    n_pii = min(most_pii, weighted([(0, 10), (1, 35), (2, 35), (3, 15), (4, 5)]))
    n_decoy = weighted([(1, 25), (2, 40), (3, 25), (4, 10)])
    out = []
    for _ in range(n_pii):
        kind = weighted([("card", 34), ("email", 33), ("phone", 33)])
        out.append(render(R.choice(pack[kind]), lang, ctx))
    if R.random() < 0.15:
        out.append(render(R.choice(pack["mixed"]), lang, ctx))
    keys = sorted(pack["decoys"])
    for _ in range(n_decoy):
        key = weighted([(k, DECOY_WEIGHTS.get(k, 1)) for k in keys])
        out.append(render(R.choice(pack["decoys"][key]), lang, ctx))
    R.shuffle(out)
    return out


def join(parts, sep):
    out = Text()
    for i, p in enumerate(parts):
        if i:
            out.append(Seg(sep))
        out.extend(p)
    return out


def join_ja(parts):
    """Japanese runs sentences together after 。, but a label line such as
    `携帯：…` ends with its value and the next one starts on a new line."""
    out = Text()
    for i, p in enumerate(parts):
        if i and not out[-1].text.endswith(("。", "！", "？")):
            out.append(Seg("\n"))
        out.extend(p)
    return out


def signature(lang, person, ctx, nl):
    pack = PACKS[lang]
    lines = [Text([Seg(person.display)])]
    if R.random() < 0.6:
        label = R.choice(pack["sig"]["phone"])
        lines.append(render(label + "{phone}", lang, ctx))
    if R.random() < 0.3:
        label = R.choice(pack["sig"]["phone"])
        lines.append(render(label + "{phone}", lang, ctx))
    if R.random() < 0.5:
        label = R.choice(pack["sig"]["email"])
        lines.append(Text([Seg(label), Seg(person.email, kind="email")]))
        if R.random() < 0.15:  # Outlook's plain-text rendering of a link
            lines[-1].extend([Seg("<mailto:"), Seg(person.email, kind="email"), Seg(">")])
    return join(lines, nl)


def body_text(lang, ctx, person, sig=True, nl="\n"):
    pack = PACKS[lang]
    parts = sentences(lang, ctx)
    paragraph = join_ja(parts) if lang == "ja" else join(parts, R.choice([" ", nl]))
    pieces = [Text([Seg(R.choice(pack["greet"]))]), paragraph, Text([Seg(R.choice(pack["close"]))])]
    body = join(pieces, nl + nl)
    if sig:
        body.append(Seg(nl))
        body.extend(signature(lang, person, ctx, nl))
    return body


# --------------------------------------------------------------------------
# Channels: the same kind of content as each platform would receive it.

def ticket_json(lang, ctx):
    pack = PACKS[lang]
    person = Person(lang)
    body = body_text(lang, ctx, person, sig=R.random() < 0.5)
    subject = Text([Seg(R.choice(pack["subject"]))])
    email = Text([Seg(person.email, kind="email")])
    shape = weighted([("zendesk", 4), ("freshdesk", 3), ("webhook", 3), ("whatsapp", 1)])
    if shape == "whatsapp":
        # A WhatsApp Cloud API webhook: the customer's number, international
        # without its +, as the contact's wa_id and the message's sender.
        written = phone_other()
        while not written.startswith("+"):
            written = phone_other()
        number = "".join(c for c in written if c.isdigit())
        wa_id = Text([Seg(number, kind="phone")])
        message = {"from": Text([Seg(number, kind="phone")]),
                   "id": Text([Seg(f"wamid.{g_hash(lang)[:24]}", decoy="hex-hash")]),
                   "timestamp": Text([Seg(g_epoch_s(lang), decoy="epoch-s")]),
                   "type": "text", "text": {"body": body}}
        return {"object": "whatsapp_business_account",
                "entry": [{"changes": [{"field": "messages", "value": {
                    "contacts": [{"profile": {"name": person.display}, "wa_id": wa_id}],
                    "messages": [message]}}]}]}
    if shape == "zendesk":
        fields = [{"id": Num(Seg(f"360{digits(9)}", decoy="record-id")),
                   "value": Text([Seg(g_order(lang), decoy="order-id")])}]
        doc = {"ticket": {"subject": subject, "comment": {"body": body, "public": R.random() < .5},
                          "priority": R.choice(["low", "normal", "high"]),
                          "custom_fields": fields}}
        if R.random() < 0.75:
            doc["ticket"]["requester"] = {"name": person.display, "email": email}
        return doc
    if shape == "freshdesk":
        doc = {"description": body, "subject": subject, "email": email,
               "priority": R.randint(1, 4), "status": 2}
        if R.random() < 0.5:
            doc["phone"] = render("{phone}", lang, ctx)
        if R.random() < 0.2:
            doc["cc_emails"] = [render("{email}", lang, ctx)]
        if R.random() < 0.5:
            doc["custom_fields"] = {"cf_order_number": Text([Seg(g_order(lang), decoy="order-id")])}
        return doc
    customer = {"name": person.display}
    if R.random() < 0.8:
        customer["email"] = email
    if R.random() < 0.4:
        customer["phone"] = render("{phone}", lang, ctx)
    return {"event": "ticket.created", "id": Text([Seg(g_uuid(lang), decoy="uuid")]),
            "created_at": Num(Seg(g_epoch_ms(lang), decoy="epoch-ms")),
            "data": {"ticket_id": Num(Seg(str(R.randint(100000, 9999999)), decoy="ticket-id")),
                     "subject": subject, "message": body, "customer": customer}}


def slack_links(text):
    out = Text()
    for s in text:
        if s.kind == "email" and R.random() < 0.5:
            out.extend([Seg("<mailto:"), Seg(s.text, kind="email"), Seg("|"),
                        Seg(s.text, kind="email"), Seg(">")])
        elif s.kind in ("card", "phone") and R.random() < 0.2:
            out.extend([Seg("*"), s, Seg("*")])
        else:
            out.append(s)
    return out


def chat(lang, ctx):
    pack = PACKS[lang]
    customer, agent = pack["chat"]
    parts = sentences(lang, ctx)
    if R.random() < 0.5:
        # A transcript as exported by a chat widget.
        lines = []
        hh, mm = R.randint(8, 20), R.randint(0, 50)
        for i, p in enumerate(parts):
            stamp = f"[{hh:02d}:{mm + i:02d}]"
            lines.append(Text([Seg(stamp, decoy="date-time"), Seg(f" {customer}: ")] + p))
            if R.random() < 0.4:
                lines.append(Text([Seg(f"[{hh:02d}:{mm + i:02d}]", decoy="date-time"),
                                   Seg(f" {agent}: {R.choice(AGENT_LINES[lang])}")]))
        return join(lines, R.choice(["\n", "\r\n"]))
    text = join_ja(parts) if lang == "ja" else join(parts, R.choice([" ", "\n"]))
    if R.random() < 0.5:
        return {"type": "message", "channel": f"C0{R.getrandbits(32):08X}",
                "user": f"U0{R.getrandbits(32):08X}", "text": slack_links(text),
                "ts": Text([Seg(f"{g_epoch_s(lang)}.{digits(6)}", decoy="epoch-s")])}
    person = Person(lang)
    author = {"name": person.display}
    if R.random() < 0.5:
        author["email"] = Text([Seg(person.email, kind="email")])
    return {"conversationId": Text([Seg(g_uuid(lang), decoy="uuid")]), "author": author,
            "message": text, "sentAt": Text([Seg(g_date("en"), decoy="date-time")])}


def form(lang, ctx):
    pack = PACKS[lang]
    person = Person(lang)
    if R.random() < 0.3:
        fields = [("cardholder", Text([Seg(f"{person.first} {person.last}")])),
                  ("cc_number", render("{card}", lang, ctx)),
                  ("cc_exp", render("{expiry}", lang, ctx)),
                  ("cc_cvc", render("{cvv}", lang, ctx)),
                  ("email", Text([Seg(person.email, kind="email")]))]
        if R.random() < 0.5:
            fields.append(("phone", render("{phone}", lang, ctx)))
        fields += [("postal", render("{postal}", lang, ctx)),
                   ("amount", Text([Seg(f"{R.randint(5, 999)}.{digits(2)}", decoy="price")])),
                   ("_token", Text([Seg(g_hash(lang), decoy="hex-hash")]))]
        return fields
    fields = [("name", Text([Seg(person.display)]))]
    if R.random() < 0.85:
        fields.append(("email", Text([Seg(person.email, kind="email")])))
    if R.random() < 0.5:
        fields.append(("phone", render("{phone}", lang, ctx)))
    if R.random() < 0.3:
        fields.append(("order_number", Text([Seg(g_order(lang), decoy="order-id")])))
    fields.append(("subject", Text([Seg(R.choice(pack["subject"]))])))
    fields.append(("message", body_text(lang, ctx, person, sig=False, nl="\r\n")))
    if R.random() < 0.5:
        fields.append(("consent", Text([Seg("on")])))
    return fields


def mail_headers(person, nl):
    """A forwarded message's headers, as a mail client pastes them."""
    out = Text([Seg("From: " + person.display + " <"), Seg(person.email, kind="email"), Seg(">" + nl)])
    out.extend([Seg("Message-ID: <"), Seg(g_message_id(), decoy="message-id"), Seg(">" + nl)])
    if R.random() < 0.5:
        out.extend([Seg("In-Reply-To: <"), Seg(g_message_id(), decoy="message-id"), Seg(">" + nl)])
    out.append(Seg(nl))
    return out


def csv_export(lang, ctx):
    """Customer records exported as comma-separated values."""
    rows = Text([Seg("id,name,email,phone,card,created" + "\n")])
    for _ in range(R.randint(2, 5)):
        person = Person(lang)
        rows.extend([Seg(str(R.randint(1000, 99999)), decoy="record-id"),
                     Seg(f",{person.first} {person.last},"), Seg(person.email, kind="email"),
                     Seg(",")])
        rows.extend(render("{phone}", lang, ctx))
        rows.append(Seg(","))
        if R.random() < 0.6:
            rows.extend(render("{card}", lang, ctx))
        rows.extend([Seg(","), Seg(g_date("en"), decoy="date-time"), Seg("\n")])
    return rows


def email_body(lang, ctx):
    pack = PACKS[lang]
    person = Person(lang)
    nl = R.choice(["\n", "\r\n"])
    body = body_text(lang, ctx, person, sig=True, nl=nl)
    if R.random() < 0.15:
        headers = mail_headers(Person(lang), nl)
        headers.extend(body)
        body = headers
    if R.random() < 0.5:
        body.append(Seg(nl + nl))
        body.extend(render(pack["quote"], lang, ctx))
        body.append(Seg(nl + "> "))
        body.extend(join(sentences(lang, ctx, most_pii=1)[:2], nl + "> "))
    return body


def plain(lang, ctx):
    pack = PACKS[lang]
    if R.random() < 0.1:
        return csv_export(lang, ctx)
    note = Text([Seg(R.choice(pack["note"]) + " ")])
    parts = sentences(lang, ctx)
    note.extend(join_ja(parts) if lang == "ja" else join(parts, R.choice([" ", "\n"])))
    return note


CHANNELS = {"ticket-json": ticket_json, "chat": chat, "form": form, "email-body": email_body,
            "plain": plain}


# --------------------------------------------------------------------------
# Encoders: logical segments to the raw bytes sent, tracking each span.

class Body:
    def __init__(self):
        self.pieces = []  # (raw text, Seg or None, decode function)

    def add(self, raw, seg=None, decode=None):
        self.pieces.append((raw, seg, decode))


def json_escape(s, style):
    out = json.dumps(s, ensure_ascii=style != "utf8")[1:-1]
    return out.replace("/", "\\/") if style == "php" else out


def json_decode(raw):
    return json.loads('"' + raw + '"')


def emit_json_text(body, text, style):
    body.add('"')
    for s in text:
        raw = json_escape(s.text, style)
        if s.kind == "card" and R.random() < 0.15:
            raw = f"\\u{ord(s.text[0]):04x}" + json_escape(s.text[1:], style)
        elif s.kind == "email" and R.random() < 0.12:
            local, _, domain = s.text.partition("@")
            raw = json_escape(local, style) + "\\u0040" + json_escape(domain, style)
        body.add(raw, s, json_decode)
    body.add('"')


def emit_json(body, value, style, pretty):
    colon, comma = (": ", ", ") if pretty else (":", ",")
    if isinstance(value, dict):
        body.add("{")
        for i, (k, v) in enumerate(value.items()):
            if i:
                body.add(comma)
            body.add(json.dumps(k) + colon)
            emit_json(body, v, style, pretty)
        body.add("}")
    elif isinstance(value, list) and not isinstance(value, Text):
        body.add("[")
        for i, v in enumerate(value):
            if i:
                body.add(comma)
            emit_json(body, v, style, pretty)
        body.add("]")
    elif isinstance(value, Text):
        emit_json_text(body, value, style)
    elif isinstance(value, Num):
        body.add(value.seg.text, value.seg, lambda raw: raw)
    elif isinstance(value, str):
        body.add('"' + json_escape(value, style) + '"')
    else:
        body.add(json.dumps(value))


def json_logical(value):
    if isinstance(value, dict):
        return {k: json_logical(v) for k, v in value.items()}
    if isinstance(value, Text):
        return value.plain()
    if isinstance(value, list):
        return [json_logical(v) for v in value]
    if isinstance(value, Num):
        return int(value.seg.text)
    return value


def form_escape(s, style):
    if style == "js":  # encodeURIComponent
        return quote(s, safe="!~*'()")
    if style == "raw-at":  # a client that leaves '@' alone
        return quote_plus(s, safe="*@")
    return quote_plus(s, safe="*")  # what a browser sends


def encode(content):
    body = Body()
    if isinstance(content, dict):
        style = weighted([("utf8", 5), ("python", 3), ("php", 2)])
        emit_json(body, content, style, pretty=R.random() < 0.3)
        check = lambda text: json.loads(text) == json_logical(content)  # noqa: E731
    elif isinstance(content, list) and not isinstance(content, Text):
        style = weighted([("browser", 6), ("js", 3), ("raw-at", 1)])
        for i, (key, text) in enumerate(content):
            if i:
                body.add("&")
            body.add(key + "=")
            for s in text:
                body.add(form_escape(s.text, style), s, unquote_plus)
        expected = [(k, t.plain()) for k, t in content]
        check = lambda text: unquote_pairs(text) == expected  # noqa: E731
    else:
        for s in content:
            body.add(s.text, s, lambda raw: raw)
        check = lambda text: text == content.plain()  # noqa: E731
    return body, check


def unquote_pairs(text):
    pairs = []
    for part in text.split("&"):
        key, _, value = part.partition("=")
        pairs.append((unquote_plus(key), unquote_plus(value)))
    return pairs


# --------------------------------------------------------------------------
# Cases

def make_case(index):
    lang = weighted(LANG_WEIGHTS)
    channel = weighted(CHANNEL_WEIGHTS)
    ctx = {}
    content = CHANNELS[channel](lang, ctx)
    body, check = encode(content)
    text, pos, spans, decoys, written = [], 0, [], [], []
    for raw, seg, decode in body.pieces:
        size = len(raw.encode("utf-8"))
        if seg is not None and (seg.kind or seg.decoy):
            # Re-decode what was written: the span must be exactly the value.
            assert decode(raw) == seg.text, (raw, seg.text)
            assert raw == raw.strip() and raw, raw
            written.append((pos, pos + size, raw))
            if seg.kind:
                if seg.kind == "card":
                    number = "".join(c for c in seg.text if c.isdigit())
                    assert is_card(number), seg.text
                spans.append({"kind": seg.kind, "start": pos, "end": pos + size})
            else:
                decoys.append([seg.decoy, pos, pos + size])
        text.append(raw)
        pos += size
    text = "".join(text)
    assert check(text), f"case {index}: body does not decode to its content"
    raw_bytes = text.encode("utf-8")
    for start, end, raw in written:
        assert raw_bytes[start:end] == raw.encode("utf-8"), (index, start, end)
    ranges = sorted([(s["start"], s["end"]) for s in spans] + [(s, e) for _, s, e in decoys])
    for start, end in ranges:
        raw_bytes[start:end].decode("utf-8")  # on character boundaries
    for a, b in zip(ranges, ranges[1:]):
        assert a[1] <= b[0], (index, a, b)
    return {"id": f"{lang}-{channel}-{index:04d}", "lang": lang, "channel": channel,
            "text": text, "spans": spans, "decoys": decoys}


def generate():
    lines = [json.dumps(make_case(i), ensure_ascii=False, separators=(",", ":"))
             for i in range(CASES)]
    return "\n".join(lines) + "\n"


def main():
    out = generate()
    if sys.argv[1:] == ["--check"]:
        if OUT.read_text(encoding="utf-8") != out:
            print(f"{OUT.name} is stale: run gen.py", file=sys.stderr)
            sys.exit(1)
        return
    OUT.write_text(out, encoding="utf-8")
    cases = [json.loads(line) for line in out.splitlines()]
    kinds, cats = {}, {}
    for c in cases:
        for s in c["spans"]:
            kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
        for category, _, _ in c["decoys"]:
            cats[category] = cats.get(category, 0) + 1
    print(f"{len(cases)} cases, {len(out.encode())} bytes", file=sys.stderr)
    print("spans:", dict(sorted(kinds.items())), file=sys.stderr)
    print(f"decoys: {sum(cats.values())}", dict(sorted(cats.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
