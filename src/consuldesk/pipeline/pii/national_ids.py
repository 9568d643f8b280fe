"""National identity numbers and case references that prove themselves: format plus check digit.

A number that matches a country's ID layout *and* its check digit (or embedded birth date) is PII
without any cue word, in any language: Spanish DNI/NIE, Mexican CURP/RFC, Brazilian CPF, Chilean RUT,
US SSN/ITIN, UK NINO, French NIR, Belgian national number, Italian codice fiscale, Polish PESEL,
Romanian CNP, Swedish personnummer, Finnish HETU, Russian SNILS, Chinese resident ID, Taiwan ID,
Hong Kong HKID, Korean RRN, Malaysian MyKad, Singapore NRIC/FIN, Indian Aadhaar (Verhoeff) and PAN,
Pakistani CNIC, Emirati ID, South African ID, Egyptian national ID, Indonesian NIK, the former
Yugoslav JMBG/EMŠO, the Thai citizen ID, Estonian/Lithuanian personal codes, the Kyrgyz PIN and
the Rwandan and Ugandan national IDs. Also the
layouts that only follow a cue ("Cartão de Cidadão 13845720 4 ZY8", "Rentenversicherungsnummer
12 150652 M 014"), and a few case-reference formats (UK GWF, US CEAC, South African CAS).
Pure functions; every pattern is anchored (`match`) at a digit run the caller found.
"""

from __future__ import annotations

import re

from consuldesk.core.types import PiiType
from consuldesk.pipeline.pii import checks

_FORMATS: tuple[tuple[str, str], ...] = (
    ("curp", r"[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z0-9]\d"),
    ("rfc", r"[A-ZÑ&]{4}\d{6}[A-Z0-9]{3}"),
    ("cf", r"[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]"),
    ("cn", r"\d{17}[\dX]"),
    ("cpf", r"\d{3}\.\d{3}\.\d{3}-\d{2}"),
    ("rut", r"\d{1,2}\.\d{3}\.\d{3}-[\dkK]"),
    ("ssn", r"\d{3}-\d{2}-\d{4}"),
    ("nino", r"[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]"),
    ("nir", r"[12] ?\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}"),
    ("be", r"\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}"),
    ("dni", r"\d{8}-?[A-Z]"),
    ("nie", r"[XYZ]-?\d{7}-?[A-Z]"),
    ("hetu", r"\d{6}[-+A]\d{3}[0-9A-Y]"),
    ("mykad", r"\d{6}-\d{2}-\d{4}"),
    ("se", r"\d{6}[-+]\d{4}"),
    ("snils", r"\d{3}-\d{3}-\d{3}[ -]\d{2}"),
    ("tw", r"[A-Z][12]\d{8}"),
    ("hkid", r"[A-Z]{1,2}\d{6}\([0-9A]\)"),
    ("nric", r"[STFGM]\d{7}[A-Z]"),
    ("rrn", r"\d{6}-[1-4]\d{6}"),
    ("aadhaar", r"[2-9]\d{3} \d{4} \d{4}"),
    ("pan", r"[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]"),
    ("cnic", r"\d{5}-\d{7}-\d"),
    ("eid", r"784-?\d{4}-?\d{7}-?\d"),
    ("digits", r"\d{11,16}"),
    ("th", r"\d-\d{4}-\d{5}-\d{2}-\d"),
    ("gwf", r"GWF\d{9,10}"),
    # Rwandan national ID as printed: 1 YYYY G NNNNNNN F CC ("1 1989 8 0113927 0 37")
    ("rw", r"[123] (?:19|20)\d\d [78] \d{7} \d \d{2}"),
    # Ugandan NIN: CM/CF and twelve capitals or digits, most of them digits ("CF92041105T9QK")
    ("ug", r"C[MF](?=[0-9A-Z]{12}(?![0-9A-Z]))\d{6}[0-9A-Z]{6}"),
    ("ceac", r"AA[0-9A-Z]{8}"),
    ("cas", r"CAS \d{1,5}/\d{1,2}/\d{4}"),
)
# Tried one by one (a layout that fits but fails its check must not hide another that passes), split
# by the first character so a digit run only meets the digit layouts.
_DIGIT_FIRST = tuple(
    (k, re.compile(p)) for k, p in _FORMATS if p.startswith(("\\d", "[12]", "[2-9]", "784", "[123]"))
)
_LETTER_FIRST = tuple((k, re.compile(p)) for k, p in _FORMATS if (k, re.compile(p)) not in _DIGIT_FIRST)
_END_OK = re.compile(r"(?![\w]|[-/.]\w)")
# Every layout of a group in one alternation: one `match` rejects a position that starts none of
# them (most do), instead of one `match` per layout. The layouts have no groups, so joining is safe.
_DIGIT_FIRST_ANY = re.compile("|".join(p.pattern for _, p in _DIGIT_FIRST))
_LETTER_FIRST_ANY = re.compile("|".join(p.pattern for _, p in _LETTER_FIRST))
# Layouts with spaces or letters inside, only read after a national-ID cue.
CUED_ID = re.compile(
    r"[A-Z]{1,2}\d{6}\([0-9A]\)"  # Hong Kong identity card, check digit in brackets
    r"|\d{8} ?\d ?[A-Z]{2}\d"  # Portuguese Cartão de Cidadão
    r"|\d{2} ?\d{6} ?[A-Z] ?\d{3}"  # German pension insurance number
    r"|\d{2} ?\d{2} ?\d{6}"  # Russian internal passport (series and number)
    r"|\d{2}-?\d{6,7} ?[A-Z] ?\d{2}"  # Zimbabwean national ID ("63-2234567 F 42")
)
_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
_VERHOEFF_D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5), (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
    (3, 4, 0, 1, 2, 8, 9, 5, 6, 7), (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3), (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
    (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)
_VERHOEFF_P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 5, 7, 6, 2, 8, 3, 0, 9, 4), (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
    (8, 9, 1, 6, 0, 4, 3, 5, 2, 7), (9, 4, 5, 3, 1, 2, 6, 8, 7, 0), (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5), (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)
_CF_ODD = (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23)


def _nums(value: str) -> list[int]:
    return [ord(c) - 48 for c in value if c.isdigit()]


def _date_ok(yy: int, mm: int, dd: int) -> bool:
    return 1 <= mm <= 12 and 1 <= dd <= 31 and yy >= 0


def _mod11_weights(digits: list[int], weights: tuple[int, ...]) -> int:
    return sum(d * w for d, w in zip(digits, weights, strict=False)) % 11


def _verhoeff(digits: list[int]) -> bool:
    c = 0
    for i, d in enumerate(reversed(digits)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[i % 8][d]]
    return c == 0


def _pesel(d: list[int]) -> bool:
    s = sum(x * w for x, w in zip(d, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3), strict=False))
    return (10 - s % 10) % 10 == d[10] and _date_ok(d[0] * 10 + d[1], (d[2] * 10 + d[3]) % 20, d[4] * 10 + d[5])


def _cnp(d: list[int]) -> bool:
    s = sum(x * w for x, w in zip(d, (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9), strict=False)) % 11
    return d[0] != 0 and (1 if s == 10 else s) == d[12] and _date_ok(0, d[3] * 10 + d[4], d[5] * 10 + d[6])


def _za_id(value: str) -> bool:
    d = _nums(value)
    return checks.luhn_valid(value) and _date_ok(0, d[2] * 10 + d[3], d[4] * 10 + d[5]) and d[10] in (0, 1)


def _egypt(d: list[int]) -> bool:
    gov = d[7] * 10 + d[8]
    return d[0] in (2, 3) and _date_ok(0, d[3] * 10 + d[4], d[5] * 10 + d[6]) and (1 <= gov <= 35 or gov == 88)


def _nik(d: list[int]) -> bool:
    day = d[6] * 10 + d[7]
    return 11 <= d[0] * 10 + d[1] <= 94 and (1 <= day <= 31 or 41 <= day <= 71) and 1 <= d[8] * 10 + d[9] <= 12


def _jmbg(d: list[int]) -> bool:
    """Unique master citizen number of the former Yugoslavia (JMBG/EMŠO): DDMMYYY, region, mod-11."""
    s = sum(w * (d[i] + d[i + 6]) for i, w in enumerate((7, 6, 5, 4, 3, 2)))
    m = 11 - s % 11
    return (0 if m > 9 else m) == d[12] and _date_ok(0, d[2] * 10 + d[3], d[0] * 10 + d[1])


def _isikukood(d: list[int]) -> bool:
    """Estonian and Lithuanian personal code: century/sex, YYMMDD, serial, mod-11 with a second pass."""
    check = _mod11_weights(d, (1, 2, 3, 4, 5, 6, 7, 8, 9, 1))
    if check == 10:
        check = _mod11_weights(d, (3, 4, 5, 6, 7, 8, 9, 1, 2, 3)) % 10
    return 1 <= d[0] <= 6 and check == d[10] and _date_ok(0, d[3] * 10 + d[4], d[5] * 10 + d[6])


def _pin14(d: list[int]) -> bool:
    """Kyrgyz PIN: sex (1/2), date of birth DDMMYYYY, five digits."""
    return d[0] in (1, 2) and d[5] * 10 + d[6] in (19, 20) and _date_ok(0, d[3] * 10 + d[4], d[1] * 10 + d[2])


def long_digits_id(value: str) -> str | None:
    """A bare 11–16 digit run: PESEL, Estonian/Lithuanian personal code, Romanian CNP, JMBG, South
    African ID, Egyptian ID, Kyrgyz PIN or Indonesian NIK."""
    d = _nums(value)
    if len(d) == 11 and (_pesel(d) or _isikukood(d)):
        return PiiType.NATIONAL_ID
    if len(d) == 13 and (_cnp(d) or _za_id(value) or _jmbg(d)):
        return PiiType.NATIONAL_ID
    if len(d) == 14 and (_egypt(d) or _pin14(d)):
        return PiiType.NATIONAL_ID
    if len(d) == 16 and _nik(d) and not checks.card_plausible(value):
        return PiiType.NATIONAL_ID
    return None


def _valid(kind: str, value: str) -> bool:
    d = _nums(value)
    compact = re.sub(r"[ .\-()]", "", value)
    if kind == "cn":
        return checks.china_id_valid(value)
    if kind == "cpf":
        return checks.cpf_valid("".join(map(str, d)))
    if kind == "ssn":
        area, group, serial = value[:3], value[4:6], value[7:]
        return checks.ssn_plausible(area, group, serial) or (area[0] == "9" and group[0] in "5678")
    if kind == "rut":
        body, dv = d[:-1] if value[-1].isdigit() else d, value[-1].upper()
        s = sum(x * w for x, w in zip(reversed(body), (2, 3, 4, 5, 6, 7) * 2, strict=False))
        expected = 11 - s % 11
        return dv == {11: "0", 10: "K"}.get(expected, str(expected))
    if kind in ("dni", "nie"):
        num = compact[:-1].replace("X", "0").replace("Y", "1").replace("Z", "2")
        return _DNI_LETTERS[int(num) % 23] == compact[-1]
    if kind == "nir":
        key = 97 - int(compact[:13].replace("2A", "19").replace("2B", "18")) % 97
        return key == int(compact[13:])
    if kind == "be":
        base, key = int(compact[:9]), int(compact[9:])
        return 97 - base % 97 == key or 97 - (2_000_000_000 + base) % 97 == key
    if kind == "hetu":
        return "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(value[:6] + value[7:10]) % 31] == value[10]
    if kind == "se":
        digits = compact[:10].replace("+", "").replace("-", "")
        return checks.luhn_valid(digits) and _date_ok(0, d[2] * 10 + d[3], d[4] * 10 + d[5])
    if kind == "snils":
        s = sum(x * (9 - i) for i, x in enumerate(d[:9])) % 101
        return (0 if s == 100 else s) == d[9] * 10 + d[10]
    if kind == "tw":
        n = "ABCDEFGHJKLMNPQRSTUVXYWZIO".index(compact[0]) + 10
        values = [n // 10, n % 10, *d]
        return sum(x * w for x, w in zip(values, (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1), strict=True)) % 10 == 0
    if kind == "hkid":
        letters = compact[:-1].rjust(8, " ")
        s = sum((36 if c == " " else int(c, 36)) * w for c, w in zip(letters[:8], range(9, 1, -1), strict=True))
        check = (11 - s % 11) % 11
        return compact[-1] == ("A" if check == 10 else str(check))
    if kind == "nric":
        s = sum(x * w for x, w in zip(d, (2, 7, 6, 5, 4, 3, 2), strict=True)) + (4 if compact[0] in "TG" else 0)
        table = "JZIHGFEDCBA" if compact[0] in "ST" else "XWUTRQPNMLK"
        return table[s % 11] == compact[-1]
    if kind == "rrn":
        # the birth date and the sex digit are specific enough: people copy these numbers with typos, and
        # numbers written in examples rarely carry the right check digit
        return _date_ok(0, d[2] * 10 + d[3], d[4] * 10 + d[5])
    if kind == "mykad":
        place = d[6] * 10 + d[7]  # state or country-of-birth code
        return _date_ok(0, d[2] * 10 + d[3], d[4] * 10 + d[5]) and (1 <= place <= 16 or place >= 21)
    if kind == "th":  # Thai citizen ID, 13 digits, mod-11 check
        return (11 - sum(x * (13 - i) for i, x in enumerate(d[:12])) % 11) % 10 == d[12]
    if kind == "aadhaar":
        return _verhoeff(d)
    if kind == "eid":
        return checks.luhn_valid("".join(map(str, d)))
    if kind == "cf":  # the layout (month letter, day 01–31 or 41–71 for women) or the check character
        day = int(compact[9:11])
        if 1 <= day <= 31 or 41 <= day <= 71:
            return True
        s = 0
        for i, ch in enumerate(compact[:15]):
            v = int(ch, 36) - (10 if ch.isalpha() else 0)
            s += _CF_ODD[v] if i % 2 == 0 else v
        return chr(65 + s % 26) == compact[15]
    if kind == "rfc":
        return _date_ok(0, d[2] * 10 + d[3], d[4] * 10 + d[5])
    if kind == "nino":
        return compact[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    if kind == "ug":
        return sum(ch.isdigit() for ch in compact) >= 9
    return True  # curp, pan, cnic, gwf, ceac, cas, rw: the layout is specific enough


_DATED = tuple((k, p) for k, p in _DIGIT_FIRST + _LETTER_FIRST if k in ("rrn", "mykad", "rfc"))


def impossible_birth_date(value: str) -> bool:
    """Whether `value` has the layout of an ID that opens with its holder's birth date (Korean resident number,
    Malaysian MyKad, Mexican RFC) and a date that cannot exist ("991399-1234567": month 13)."""
    return any(p.fullmatch(value) is not None and not _valid(k, value) for k, p in _DATED)


def self_validating(text: str, vs: int) -> tuple[int, str] | None:
    """(end, type) of an ID or reference at `vs` that needs no cue, if its check passes."""
    if vs >= len(text):
        return None
    digit_first = text[vs].isdigit()
    if (_DIGIT_FIRST_ANY if digit_first else _LETTER_FIRST_ANY).match(text, vs) is None:
        return None
    for kind, pattern in _DIGIT_FIRST if digit_first else _LETTER_FIRST:
        m = pattern.match(text, vs)
        if m is None or not _END_OK.match(text, m.end()):
            continue
        value = m.group()
        if kind == "digits":
            found = long_digits_id(value)
            if found:
                return m.end(), found
            continue
        try:
            valid = _valid(kind, value)
        except (ValueError, IndexError):  # a layout the check cannot read is not that ID
            valid = False
        if valid:
            return m.end(), PiiType.CASE_NUMBER if kind in ("gwf", "ceac", "cas") else PiiType.NATIONAL_ID
    return None
