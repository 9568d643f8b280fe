"""Number-shaped PII: phones, cards, IBANs, passport/ID/case numbers, dates of birth.

Works from the digit runs of a text (`NUMBERISH`), so texts without digits cost nothing here. For
each run: an IBAN, a card number or an ID told by its checksum wins outright (`numbers_checked.py`);
otherwise the nearest cue word before it ("passport", "DNI", "ref", "born" …, within a few filler words:
`numbers_filler.py`) decides the type and the value's format is checked; without a cue, national IDs that
carry a check digit (`national_ids.py`), letter-prefixed references ("AUSPP-7782190", "OB number
OB/14/08/2024") and phone numbers (validated with `phonenumbers`, only on these candidates:
`numbers_phone.py`) remain. A number after "its number" ("рақамаш", "broj") takes the type of the document
named shortly before; Lao, Myanmar and Khmer cues glued to their words come from `numbers_local.py`. Cue
words are never part of a span. All regexes are bounded or possessive: linear on 100k-character input.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from consuldesk.core.types import PiiType
from consuldesk.pipeline.pii.cues_numbers_more import ANAPHORS, WEAK_CASE
from consuldesk.pipeline.pii.dates import (
    BIRTH_DATE,
    BIRTH_RIGHT_AFTER,
    birth_after,
    birth_after_start,
    birth_right_after,
    corrected_birth,
    full_date,
    has_birth_mark,
    hebrew_birth_before,
)
from consuldesk.pipeline.pii.national_ids import CUED_ID
from consuldesk.pipeline.pii.numbers_checked import checked_number, self_validating_at
from consuldesk.pipeline.pii.numbers_filler import FILLER_SEP, filler_only
from consuldesk.pipeline.pii.numbers_local import unspaced_cues
from consuldesk.pipeline.pii.numbers_phone import YEAR_SLASH, is_phone
from consuldesk.pipeline.pii.scan import KINDS, NUMBER, CueHit
from consuldesk.pipeline.text import UPPER

Add = Callable[[int, int, str, int], None]

# Digit runs with their separators. The pattern starts with a digit so the engine jumps from digit to
# digit; a leading "+" or "(" is taken in by `_number_start`.
NUMBERISH = re.compile(r"\d(?:[\d \u00a0.\-/()]{0,30}\d)?")
_NON_DIGIT = re.compile(r"\D+")
_CORE = re.compile(r"\d(?:[\d\-/]|[. \u00a0](?=\d))*")
_DATE_LIKE = re.compile(r"\d{1,4}([./\-])\d{1,2}\1\d{1,4}")

_LOOKBACK = 45
_BACK_REACH = 160  # how far back "its number" looks for the document it names
# The commonest passport format: one or two capitals glued to 6 to 8 digits (A09938127, N1447802).
# Georgian passports: two digits, two capitals, five digits (13AB48217).
_BARE_PASSPORT = re.compile(r"[A-Z]{1,2}\d{6,8}|\d{2}[A-Z]{2}\d{5}")

# Digits include the native ones (Arabic-Indic, Persian, Devanagari, Bengali, Thai): "شماره پرونده ۴۴۸۱۲".
# Also Gurmukhi to Sinhala, Lao, Myanmar, Khmer and Mongolian digits ("PP-៤៥៨៧១២", "၁၂/ဒဂမ(နိုင်)၀၄၅၆၇၈").
_D = (
    "0-9\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0a66-\u0a6f\u0ae6-\u0aef\u0b66-\u0b6f"
    "\u0be6-\u0bef\u0c66-\u0c6f\u0ce6-\u0cef\u0d66-\u0d6f\u0de6-\u0def\u0e50-\u0e59\u0ed0-\u0ed9"
    "\u1040-\u1049\u17e0-\u17e9\u1810-\u1819"
)
_ID_TOKEN = rf"[A-Z{_D}](?:[A-Z{_D}]|[.\-/](?=[A-Z{_D}])|[ ](?=\d)){{3,28}}"
_VALUE: dict[str, re.Pattern[str]] = {
    PiiType.PASSPORT_NUMBER: re.compile(
        r"(?:[A-Z]{1,3}[ -]?\d{5,9}[A-Z]?|\d{2} ?\d{2} ?\d{6}|\d{2} ?\d{7}|[A-Z0-9]{6,10})" + rf"(?![A-Za-z{_D}])"
    ),
    # Also Myanmar NRC numbers ("၁၂/ဒဂမ(နိုင်)၀၄၅၆၇၈", "12/DaGaMa(N)045678") and IDs with Cyrillic capitals.
    PiiType.NATIONAL_ID: re.compile(
        r"(?:" + CUED_ID.pattern + r"|[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z0-9]\d|"
        + rf"[{_D}]{{1,2}}/(?:[\u1000-\u103f]{{2,10}}|[A-Z][a-z]{{1,2}}(?:[A-Z][a-z]{{1,2}}){{1,3}})"
        + rf"\((?:[\u1000-\u104f]{{1,8}}|[A-Z][a-z]{{0,3}})\)[{_D}]{{6}}|"
        + _ID_TOKEN.replace("[A-Z", f"[A-Z{UPPER}")
        + rf")(?![A-Za-z{_D}])"
    ),
    # German court files ("412 Js 8831/24"), references with non-ASCII capitals ("KRPA-118204/TČ-2024"),
    # Kenyan and Nigerian court cases ("E3317 of 2024"), Bosnian court files ("32 0 P 118822 21 P"),
    # Dutch court files ("C/10/658213 / FA RK 23-4471").
    PiiType.CASE_NUMBER: re.compile(
        r"(?:[A-Z]{0,4}\d{1,6} of (?:19|20)\d\d(?!\d)|\d{2,3} \d [A-Z]{1,3} \d{4,7} \d{2} [A-Z]{1,3}(?![\w])|"
        r"[A-Z]/\d{2}/\d{5,7}(?: / [A-Z]{2} [A-Z]{2} \d{2}-\d{1,6})?|"
        r"\d{1,4} (?:[A-Z][a-z]{0,2}s?|[A-Z]{1,3}) \d{1,6}/\d{2,4}|"
        + f"[A-Z{UPPER}{_D}]"  # not a lowercase word: "mahdar … ra2mo 34-7718"
        + _ID_TOKEN[len(f"[A-Z{_D}]") :].replace("[A-Z", f"[A-Za-z{UPPER}")
        + rf"|[A-Z]{{5,8}})(?![A-Za-z{_D}{UPPER}])"
    ),
    # A full stop followed by a space ends the number: "0790 112 334. 100% legit".
    PiiType.PHONE: re.compile(r"\+?\(?\d(?:[\d \u00a0\-/()]|\.(?! )){5,22}\d(?!\d)"),
}
_MIN_DIGITS: dict[str, int] = {
    PiiType.PASSPORT_NUMBER: 5,
    PiiType.NATIONAL_ID: 5,
    PiiType.CASE_NUMBER: 2,
    PiiType.PHONE: 7,
}

# Between two values of one cue: "Passport numbers 123456789 and 987654321", "DNI 1234, 5678".
_LIST_SEP = re.compile(
    r"(?:[ \t]*(?:[,;/&、]|(?i:and|or|y|o|e|et|ou|und|oder|i|и|или|ve|veya|dan|atau|og|en|och|và)(?![^\W\d_]))"
    r"[ \t]*){1,2}"
)

# A capitalised name right before a bracketed date: the date is that person's birth date.
_NAME_BEFORE = re.compile(rf"[{UPPER}][^\W\d_]+[ ]$")
_SERIES = re.compile(r"(?<![^\W\d_])[A-ZΑ-Ω]{1,3} $")
_PASSPORT_SERIES = re.compile(r"(?<![^\W\d_])[A-Z]{1,2} $")
_MIXED_ID = re.compile(r"(?=[A-Z]*\d[A-Z]*\d)(?=\d*[A-Z]\d*[A-Z])[A-Z\d]{7,12}")
_YEAR = re.compile(r"(?:19|20)\d\d")
_ARABIC_SUFFIX = re.compile(r"(?:/[\u0621-\u064a]{1,6})+(?![\u0621-\u064a])")
_FULL_DATE = re.compile(r"(\d{1,2})([./\-])(\d{1,2})\2(?:19|20)\d\d")
_YEAR_GROUP = re.compile(r"-(?:19|20)\d\d-")  # "denuncia numero 08019-2024-003471" (a weak phone cue)
# Names of forms, not references: DS-160, DS-11, I-130, N-400, SF-86, VAF1A.
_FORM = re.compile(r"(?:DS|I|N|SF|G|AR|VAF)-?\d{1,3}[A-Z]?")


@dataclass(frozen=True, slots=True)
class Cue:
    type: str
    start: int
    end: int


class NumberCues:
    """The number cues of one text (from `scan`), searchable by position."""

    __slots__ = ("after", "cues", "ends")

    def __init__(self, hits: list[CueHit], after: list[int] | None = None) -> None:
        self.after = after or []  # starts of birth cues written after the date ("… doğdu", "…生まれ")
        self.cues: list[Cue] = []
        for start, end, term in hits:
            for group, kind in KINDS[term]:
                if group == NUMBER:
                    self.cues.append(Cue(kind, start, end))
                    break
        self.ends = [c.end for c in self.cues]

    def add(self, hits: list[CueHit]) -> None:
        """More number cues (found outside the cue scan), kept in order."""
        if not hits:
            return
        known = {c.start for c in self.cues}
        more = [c for c in NumberCues(hits).cues if c.start not in known]
        if more:
            self.cues = sorted(self.cues + more, key=lambda c: c.end)
            self.ends = [c.end for c in self.cues]

    def before(self, text: str, value_start: int, skip: int = 0) -> Cue | None:
        """The nearest cue before `value_start` with only filler words in between (`skip`: the one
        before the nearest, whose value the nearest may have been a word of)."""
        i = bisect.bisect_right(self.ends, value_start) - 1 - skip
        if i < 0:
            return None
        cue = self.cues[i]
        if value_start - cue.end > _LOOKBACK or text.count(" ", cue.end, value_start) > 6:
            return None
        if cue.type != PiiType.DATE_OF_BIRTH and not filler_only(text, cue.end, value_start):
            return None
        return cue


def _expand_left(text: str, s: int) -> int:
    """Letters and joiners glued before the digits belong to the value ("P7720391A", "RDV-LY-558201",
    "АНТ-4471").

    At most 24 characters back: a value is never longer, and the bound keeps a 100k-character run
    of digits linear (each run is met once per 32-character candidate).
    """
    stop = max(0, s - 24)
    start = s
    while s > stop:
        ch = text[s - 1]
        if (ch.isascii() and ch.isalnum()) or ch.isupper() or (ch in "-/." and s > 1 and text[s - 2].isalnum()):
            s -= 1
        else:
            break
    while s < start and text[s] in "-/.":
        s += 1
    # A lowercase word glued before a capital or a hyphen is no part of it: the Zulu copula in
    # "ngu-8804125123080", the Shona "and" in "naFN551239".
    low = s
    while low < start and text[low].islower():
        low += 1
    if low > s and low < start and (text[low] == "-" or text[low].isupper()):
        s = low + (text[low] == "-")
    return s


# Capitals written before a case number are part of it when they name its register, court or police form:
# "PV 2291/0448", "CAD 4471/12", "FCOP 1184/2024", "DC/OC 1842", "O.P. 1423/2024"; the
# label acronyms are not ("ID 77010238", "PNR 4417", "UCI 1123", "VFS …", Kenyan "OB 45/6/2024").
_CASE_PREFIX = re.compile(r"(?<![\w.])((?:[A-Z]{1,5}[./]){0,2}[A-Z]{1,5}\.?)[ ]$")
_LABEL_ACRONYMS = frozenset((
    "ID", "PNR", "UCI", "GWF", "FIR", "RDV", "TPS", "SFPD", "R.G.", "GPS", "HKD", "TRN", "VFS", "NO", "NR", "REF",
    "UID", "PIN", "N", "NUM", "CASE", "FILE", "NIE", "DS", "ARN", "SIN", "IC", "CNIC", "NIC", "NIN", "BVN", "IBAN",
    "NUIPC", "OB", "TUI", "KLM", "BA", "AF", "LH", "EK", "QR", "TK",  # labels, and carriers before a booking number
))


def _with_case_prefix(text: str, add: Add) -> Add:
    def add_value(start: int, end: int, kind: str, cue_start: int) -> None:
        if kind == PiiType.CASE_NUMBER and text[start].isdigit():
            prefix = _CASE_PREFIX.search(text, max(0, start - 16), start)
            if prefix is not None and prefix.group(1) not in _LABEL_ACRONYMS:
                start = prefix.start(1)
                cue_start = min(cue_start, start)
        add(start, end, kind, cue_start)

    return add_value


def scan_numbers(text: str, cues: NumberCues, lang: str | None, add: Add, covered: Callable[[int, int], bool]) -> None:
    """Report every number-shaped PII span of `text` through `add(start, end, type, cue_start)`."""
    add = _with_case_prefix(text, add)
    cues.add(unspaced_cues(text))  # Lao, Myanmar, Khmer cues glued to the word before them
    has_cues = bool(cues.cues)
    # A text that talks about a passport: a bare passport-shaped number in it is that passport's number,
    # even when the cue word is sentences away.
    passport_context = any(c.type == PiiType.PASSPORT_NUMBER for c in cues.cues)
    chain: Cue | None = None  # the cue of the last cued value, continued by a list ("… and …")
    after = cues.after
    marked_births = has_birth_mark(text)
    births: list[int] = []  # ends of the birth dates found so far, for a date repeated as a correction

    def add_birth(start: int, end: int, cue_start: int) -> None:
        births.append(end)
        add(start, end, PiiType.DATE_OF_BIRTH, cue_start)

    for m in NUMBERISH.finditer(text):
        s, e = m.span()
        if births and not covered(s, e) and (s == 0 or not text[s - 1].isdigit()):
            fixed = corrected_birth(text, s, births[-1])
            if fixed is not None:
                add_birth(fixed[0], fixed[1], fixed[0])  # "… but my passport says 12/03/1988"
                continue
        if after and not covered(s, e):
            end = birth_after(text, s, after)
            if end:
                ds = birth_after_start(text, s)
                add_birth(ds, end, ds)  # "12 Mart 2015 tarihinde doğdu"
                continue
        if marked_births and not covered(s, e) and (s == 0 or not text[s - 1].isdigit()):
            marked = birth_right_after(text, s)
            if marked is not None:
                add_birth(marked[0], marked[1], marked[0])  # "1978년 2월 11일생", "1988 г.р."
                continue
        if s and text[s - 1] in "+(":
            s -= 2 if s > 1 and text[s - 2] == "+" else 1  # "+44 …", "(555) …", "+(44) …"
        glued = s > 0 and (
            text[s - 1].isalnum() or text[s - 1] in "-/" or (text[s - 1] == "." and s > 1 and text[s - 2].isupper())
        )
        if e - s < 5 and not glued:
            # Short numbers ("3 days", "2024", the day of a date): only a cue makes them PII (a date
            # of birth, a short reference). Addresses are found from their street words.
            if has_cues and not covered(s, e):
                cue = cues.before(text, s)
                if cue is not None:
                    end = _cued_value(text, cue, s, add, covered)
                    if end and cue.type == PiiType.DATE_OF_BIRTH:
                        births.append(end)
            continue
        if covered(s, e):
            continue
        raw = text[s:e]
        digits = _NON_DIGIT.sub("", raw)
        checked = checked_number(text, s, e, m.start(), digits, glued)
        if checked is not None and not covered(checked[0], checked[1]):
            add(checked[0], checked[1], checked[2], checked[0])  # an IBAN, a card, an ID by its checksum
            continue
        vs = _expand_left(text, s) if glued else s
        if not glued and s >= 3 and text[s - 1] == " " and _self_validating(text, s, add, prefixed_only=True):
            continue  # "case number CAS 482/11/2024": the prefix belongs to the format
        if has_cues:
            cue = cues.before(text, vs)
            if cue is None and chain is not None and _LIST_SEP.fullmatch(text, chain.end, vs):
                cue = chain
            if cue is not None:
                end = _cued_value(text, cue, vs, add, covered)
                if not end and cue.type != PiiType.DATE_OF_BIRTH:
                    # A cue word that is a word of the value's own label: "dossier passeport bi, numero
                    # 2024/MAD/01187", "jugement, numero 412/2024" ("numero" is also a phone cue).
                    outer = cues.before(text, vs, skip=1)
                    if outer is not None and outer.type not in (cue.type, PiiType.DATE_OF_BIRTH):
                        cue = outer
                        end = _cued_value(text, cue, vs, add, covered)
                if end and cue.type == PiiType.DATE_OF_BIRTH:
                    births.append(end)
                if end:
                    chain = Cue(cue.type, cue.start, end) if cue.type != PiiType.DATE_OF_BIRTH else None
                    continue
        if _DATE_LIKE.fullmatch(raw) and BIRTH_RIGHT_AFTER.match(text, e):
            add_birth(s, e, s)  # "15.03.2010 г.р."
            continue
        if raw[0] == "(" and text[e : e + 1] == ")" and full_date(text, s + 1, e):
            hebrew = hebrew_birth_before(text, s)
            if hebrew is not None:
                add(hebrew[0], hebrew[1], PiiType.DATE_OF_BIRTH, hebrew[0])  # "נולד בכ"ג באדר ב' תשפ"ד (2.4.2024)"
            if hebrew is not None or _NAME_BEFORE.search(text, max(0, s - 25), s):
                add_birth(s + 1, e, s + 1)  # "Тарас Мельник (12.04.1994)"
                continue
        # The run without a sentence that follows it: "EVSA-77420915. 10 gündür" ends at "…915".
        run = _CORE.match(text, m.start())
        core = run.end() if run is not None else e
        if _self_validating(text, vs, add) or _coded_reference(text, vs, core, add):
            continue
        bare = _BARE_PASSPORT.match(text, vs) if passport_context else None
        if bare is not None and bare.end() <= e and not text[bare.end() : bare.end() + 1].isalnum():
            # "… passport … Nomba re ni A09938127": the number told apart (the run may go on: "A09938127. 4 …")
            add(vs, bare.end(), PiiType.PASSPORT_NUMBER, vs)
            continue
        long_enough = len(digits) >= 8 or (raw.startswith("+") and len(digits) >= 7)
        # "N02748163": a code, not a phone number (a CJK word may touch a number: "致電02-2765-4431")
        letter_glued = glued and text[s - 1].isalpha() and (text[s - 1].isascii() or text[s - 1].isupper())
        if long_enough and not letter_glued and not _DATE_LIKE.fullmatch(raw) and is_phone(raw, digits, lang):
            add(s, e, PiiType.PHONE, s)
        elif has_cues:
            _refers_back(text, cues, vs, add, covered)


_ANAPHOR = re.compile(rf"(?i:{ANAPHORS})(?:{FILLER_SEP})*$")
_BACK_TYPES = (PiiType.PASSPORT_NUMBER, PiiType.NATIONAL_ID, PiiType.CASE_NUMBER)


def _refers_back(text: str, cues: NumberCues, vs: int, add: Add, covered: Callable[[int, int], bool]) -> None:
    """A number after "its number" takes the type of the document named shortly before: "Шиносномаамро
    дар метро дуздиданд, рақамаш 400732918", "Putovnica … ali se broj 118230497 još vidi"."""
    i = bisect.bisect_right(cues.ends, vs) - 1
    if i < 0 or cues.cues[i].type not in _BACK_TYPES or vs - cues.ends[i] > _BACK_REACH:
        return
    if _ANAPHOR.search(text, max(cues.ends[i], vs - 24), vs) is not None:
        _cued_value(text, cues.cues[i], vs, add, covered)


# Birth cues that are birth cues only right before their date.
_TOUCHING_CUES = frozenset(("เกิด",))


def _cued_value(text: str, cue: Cue, vs: int, add: Add, covered: Callable[[int, int], bool]) -> int:
    """Add the value a cue announces at `vs`; its end offset, or 0 when there is none."""
    if cue.type == PiiType.DATE_OF_BIRTH:
        date = BIRTH_DATE.match(text, cue.end)
        if date is None or covered(date.start(1), date.end(1)):
            return 0
        if text[cue.start : cue.end] in _TOUCHING_CUES and text[cue.end : date.start(1)].strip(" :"):
            return 0  # Thai "เกิด" is also "happen": "เกิดเหตุวันที่ …" (the incident happened on …)
        add(date.start(1), date.end(1), PiiType.DATE_OF_BIRTH, cue.start)
        return date.end(1)
    kind = cue.type
    if text[vs] == "(" and kind != PiiType.PHONE:
        vs += 1  # "személyim (482917AK)": the bracket taken in for "(555) …" phone numbers is no part
    value = _VALUE[kind].match(text, vs)
    if value is None:
        return 0
    token = value.group().rstrip(" ./-")
    if kind == PiiType.PHONE and (YEAR_SLASH.search(token) or _YEAR_GROUP.search(token)):
        return 0  # "numero 412/2024", "PV numéro 2025/011457": a reference with its year
    n_digits = sum(ch.isdigit() for ch in token)
    mixed = kind == PiiType.PASSPORT_NUMBER and len(token) >= 8 and n_digits >= 3 and not token.isdigit()
    # Short alphanumeric personal codes right after an ID cue: the Azerbaijani FIN "5KQ7R2M".
    mixed = mixed or (kind == PiiType.NATIONAL_ID and _MIXED_ID.fullmatch(token) is not None)
    # A booking code in capitals with a digit ("QX7TLM") is a reference too.
    code = kind == PiiType.CASE_NUMBER and token.isupper() and (token.isalpha() or (len(token) >= 5 and n_digits > 0))
    if n_digits < _MIN_DIGITS[kind] and not mixed and not code:
        return 0
    if kind == PiiType.PASSPORT_NUMBER and re.fullmatch(r"\d{2} ?\d{2} ?\d{6}", token):
        kind = PiiType.NATIONAL_ID  # the 4+6 digit series/number of a Russian internal passport
    if kind == PiiType.NATIONAL_ID and _DATE_LIKE.fullmatch(token):
        return 0
    if kind == PiiType.CASE_NUMBER and (_FORM.fullmatch(token) or _YEAR.fullmatch(token)):
        return 0  # "Application number DS-160 AA00B1C2D3": the form's name; "programare pentru 2025": a year
    weak = kind == PiiType.CASE_NUMBER and text[cue.start : cue.end].lower() in WEAK_CASE
    if weak and token.isdigit() and len(token) <= 4:
        return 0  # "vendo autos 1500": an everyday word before an amount
    if kind == PiiType.PASSPORT_NUMBER and text[vs - 1 : vs] == " " and token.isdigit() and 6 <= len(token) <= 8:
        # A series letter written apart from the number: Indonesian "paspor C 4827193".
        letter = _PASSPORT_SERIES.search(text, max(cue.end, vs - 4), vs)
        if letter is not None:
            add(letter.start(), vs + len(token), kind, cue.start)
            return vs + len(token)
    if kind in (PiiType.NATIONAL_ID, PiiType.CASE_NUMBER) and text[vs - 1 : vs] == " ":
        # A series in capitals written apart from the number belongs to it: Greek identity cards
        # "ΑΚ 482719", station diary references "SD 41/09/2025".
        prefix = _SERIES.search(text, max(cue.end, vs - 5), vs)
        # Only a series of an ID, or a reference whose own format has parts ("SD 41/09/2025"), not a
        # company before a plain number ("Boekingsnummer TUI 48213377").
        # Three capitals for the series of Polish and Azerbaijani identity cards ("CBH 418207", "AZE 14583027").
        if prefix is not None and (len(prefix.group()) <= 4 if kind == PiiType.NATIONAL_ID else "/" in token):
            add(prefix.start(), vs + len(token), kind, cue.start)
            return vs + len(token)
    # A word between a phone cue and its number is often the name of whom to call ("संपर्क: राहुल 98110-22334"):
    # names are then looked for right before the number, not before the cue.
    if kind == PiiType.CASE_NUMBER and _is_date(token):
        return 0  # "Заявка подана 12.03.2024": the application's date (but "ref CR 12/03/2025" above)
    named = kind == PiiType.PHONE and any(ch.isalpha() for ch in text[cue.end : vs])
    end = vs + len(token)
    if kind == PiiType.CASE_NUMBER and text[end : end + 1] == "/":
        suffix = _ARABIC_SUFFIX.match(text, end)  # "رقم البلاغ 2219/ش/ع": the letters are part of the file number
        end = suffix.end() if suffix is not None else end
    add(vs, end, kind, vs if named else cue.start)
    return end


def _is_date(token: str) -> bool:
    """A calendar date with a four-digit year: "12.03.2024", "12/05/2025" (day and month either way)."""
    m = _FULL_DATE.fullmatch(token)
    if m is None:
        return False
    a, b = int(m.group(1)), int(m.group(3))
    return 0 < min(a, b) <= 12 and max(a, b) <= 31


def _self_validating(text: str, vs: int, add: Add, prefixed_only: bool = False) -> bool:
    found = self_validating_at(text, vs, prefixed_only)
    if found is None:
        return False
    add(found[0], found[1], found[2], found[0])
    return True


# An acronym naming the number: "OB number OB/14/08/2024", "NUIPC 842/24.7PBLSB".
_ACRONYM_CUE = re.compile(
    r"(?<![\w])(?:[A-Z]{2,6}[ ](?i:number|no\.?|nr\.?|num|ref\.?|reference|code)[ ]?"
    # police diary and report acronyms of two letters: Kenyan "OB 112/9/5", French "PV 0457/CP"
    r"|(?:[A-Z]{3,6}|OB|PV|SD|IR|RB|CR)[ ]?)[:#]?[ ]?$"
)
_NOT_ACRONYMS = frozenset(
    ("UK", "US", "USA", "EU", "SIM", "SMS", "WA", "PH", "IN", "ID", "MY", "OK", "PIN", "DM", "PM")
)
_CODE = re.compile(rf"[A-Z{UPPER}]{{2,8}}(?:[-/][A-Z0-9{UPPER}]{{1,10}}){{1,4}}")


def _coded_reference(text: str, vs: int, e: int, add: Add) -> bool:
    """Cue-free references: letter-prefixed codes with a joiner and at least four digits
    ("AUSPP-7782190", "CDMX-PP-20240887", "MOL-2024-118833"), or a value named by an acronym."""
    m = _CODE.match(text, vs)
    if (
        m is not None
        and m.end() >= e
        and sum(ch.isdigit() for ch in m.group()) >= 4
        and (m.end() == len(text) or not text[m.end()].isalnum())
    ):
        add(vs, m.end(), PiiType.CASE_NUMBER, vs)
        return True
    cue = _ACRONYM_CUE.search(text, max(0, vs - 20), vs)
    if cue is None or cue.group().split(" ")[0] in _NOT_ACRONYMS:
        return False
    value = _VALUE[PiiType.CASE_NUMBER].match(text, vs)
    if value is None:
        return False
    token = value.group().rstrip(" ./-")
    if not any(ch.isalpha() or ch in "/." for ch in token):
        return False  # plain digits after an acronym are as often a phone number
    add(vs, vs + len(token), PiiType.CASE_NUMBER, cue.start())
    return True
