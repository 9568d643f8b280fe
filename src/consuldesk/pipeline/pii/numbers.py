"""Number-shaped PII: phones, cards, IBANs, passport/ID/case numbers, dates of birth.

Works from the digit runs of a text (`NUMBERISH`), so texts without digits cost nothing here. For
each run: an IBAN or a Luhn-valid card number wins outright; otherwise the nearest cue word before it
("passport", "DNI", "ref", "born" …, within a few filler words) decides the type and the value's
format is checked; without a cue, self-validating formats (CURP, Chinese ID, CPF, SSN) and phone
numbers (validated with `phonenumbers`, only on these candidates) remain. Cue words are never part
of a span. All regexes are bounded or possessive: linear on 100k-character input.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

import phonenumbers

from consuldesk.core.types import PiiType
from consuldesk.pipeline.pii import checks
from consuldesk.pipeline.pii.scan import KINDS, NUMBER, CueHit

Add = Callable[[int, int, str, int], None]

# Digit runs with their separators. The pattern starts with a digit so the engine jumps from digit to
# digit; a leading "+" or "(" is taken in by `_number_start`.
NUMBERISH = re.compile(r"\d(?:[\d \u00a0.\-/()]{0,30}\d)?")
_NON_DIGIT = re.compile(r"\D+")
_DATE_LIKE = re.compile(r"\d{1,4}([./\-])\d{1,2}\1\d{1,4}")

_FILLER_WORDS = (
    r"n[°º]|no|nr|num|nbr|number|nummer|numer|n[úu]mero|num[ée]ro|nomor|номер|is|was|es|est|ist|é|è|of|"
    r"do|de|da|du|di|der|des|del|my|mi|mon|ma|the|code|kode|card|am|on|le|el|il|op|in|dia|ngày|号码|号|番号|번호|رقم"
)
_SEP = r"[\s:#№=\-–—.,(/：]"
# Between a cue and its value: separators and filler words, and at most one other short word
# ("Passeport français 22AF81934", "Boekingsnummer TUI 48213377").
_FILLER = re.compile(
    rf"(?:{_SEP}|(?i:{_FILLER_WORDS})(?![^\W\d_]))*(?:[^\W\d_]{{1,12}}(?:{_SEP}|(?i:{_FILLER_WORDS})(?![^\W\d_]))*)?"
)
_LOOKBACK = 45

_ID_TOKEN = r"[A-Z0-9](?:[A-Z0-9]|[.\-/](?=[A-Z0-9])|[ ](?=\d)){3,28}"
_VALUE: dict[str, re.Pattern[str]] = {
    PiiType.PASSPORT_NUMBER: re.compile(
        r"(?:[A-Z]{1,3}[ -]?\d{5,9}[A-Z]?|\d{2} ?\d{2} ?\d{6}|\d{2} ?\d{7}|[A-Z0-9]{6,10})(?![A-Za-z0-9])"
    ),
    PiiType.NATIONAL_ID: re.compile(r"(?:[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z0-9]\d|" + _ID_TOKEN + r")(?![A-Za-z0-9])"),
    PiiType.CASE_NUMBER: re.compile(r"(?:" + _ID_TOKEN.replace("A-Z0-9", "A-Za-z0-9") + r"|[A-Z]{5,8})(?![A-Za-z0-9])"),
    PiiType.PHONE: re.compile(r"\+?\(?\d[\d \u00a0.\-/()]{5,22}\d(?!\d)"),
}
_MIN_DIGITS: dict[str, int] = {
    PiiType.PASSPORT_NUMBER: 5,
    PiiType.NATIONAL_ID: 5,
    PiiType.CASE_NUMBER: 2,
    PiiType.PHONE: 7,
}

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|"
    "apr|jun|jul|aug|sep|sept|oct|nov|dec|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|"
    "setiembre|octubre|noviembre|diciembre|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|"
    "septembre|octobre|novembre|décembre|decembre|janeiro|fevereiro|março|marco|maio|junho|julho|"
    "setembro|outubro|novembro|dezembro|januar|februar|märz|maerz|juni|juli|oktober|dezember|gennaio|"
    "febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|mei|augustus|"
    "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|"
    "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|січня|лютого|"
    "березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|maret|agustus|desember|"
    "enero|pebrero|marso|abril|hunyo|hulyo|agosto|setyembre|oktubre|nobyembre|disyembre|ocak|şubat|mart|"
    "nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık"
)
_M = rf"(?i:{_MONTHS})\.?"
DATE = re.compile(
    r"\d{4}[./\-]\d{1,2}[./\-]\d{1,2}(?!\d)"
    r"|\d{1,2}[./\-]\d{1,2}[./\-](?:\d{4}|\d{2})(?!\d)"
    rf"|\d{{1,2}}(?:st|nd|rd|th|er|º|°|\.)?(?:\s+(?:de|of))?\s+{_M}(?:\s+de|,)?\s+\d{{4}}"
    rf"|{_M}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    r"|\d{4}\s?[年년]\s?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일]?"
    r"|\d{1,2}\s+tháng\s+\d{1,2}(?:,|\s+năm)?\s+\d{4}"
)
_DATE_LEAD = re.compile(r"[\s:,\-–(：]*(?:(?i:on|the|le|el|am|em|il|op|dia|is|was|de|del|ngày|le\s+)\s+){0,2}")

_REGIONS: dict[str, tuple[str, ...]] = {
    "en": ("GB", "US", "IN", "PH", "AU", "NG", "ZA", "IE", "CA", "KE"),
    "es": ("ES", "MX", "AR", "CO", "CL", "PE"),
    "fr": ("FR", "BE", "CH", "CA", "MA", "SN"),
    "pt": ("PT", "BR"),
    "de": ("DE", "AT", "CH"),
    "it": ("IT",),
    "nl": ("NL", "BE"),
    "pl": ("PL",),
    "ru": ("RU", "KZ"),
    "uk": ("UA",),
    "hi": ("IN",),
    "bn": ("BD", "IN"),
    "ur": ("PK",),
    "fa": ("IR",),
    "ar": ("EG", "SA", "AE", "MA", "JO", "LB", "QA", "KW"),
    "zh": ("CN", "TW", "HK"),
    "ja": ("JP",),
    "ko": ("KR",),
    "th": ("TH",),
    "vi": ("VN",),
    "id": ("ID",),
    "ms": ("MY",),
    "tl": ("PH",),
    "tr": ("TR",),
}
_DEFAULT_REGIONS = ("US", "GB", "FR", "DE", "ES", "IN")
_SELF_VALIDATING = re.compile(
    r"(?P<curp>[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z0-9]\d)|(?P<cn>\d{17}[\dX])|(?P<cpf>\d{3}\.\d{3}\.\d{3}-\d{2})"
    r"|(?P<ssn>(\d{3})-(\d{2})-(\d{4}))|(?P<gwf>GWF\d{9})|(?P<ceac>AA[0-9A-Z]{8})"
)
_IBAN = re.compile(r"[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){10,32}")
_CARD = re.compile(r"\d(?:[ \-]?\d){12,18}")


@dataclass(frozen=True, slots=True)
class Cue:
    type: str
    start: int
    end: int


class NumberCues:
    """The number cues of one text (from `scan`), searchable by position."""

    __slots__ = ("cues", "ends")

    def __init__(self, hits: list[CueHit]) -> None:
        self.cues: list[Cue] = []
        for start, end, term in hits:
            for group, kind in KINDS[term]:
                if group == NUMBER:
                    self.cues.append(Cue(kind, start, end))
                    break
        self.ends = [c.end for c in self.cues]

    def before(self, text: str, value_start: int) -> Cue | None:
        """The nearest cue before `value_start` with only filler words in between."""
        i = bisect.bisect_right(self.ends, value_start) - 1
        if i < 0:
            return None
        cue = self.cues[i]
        if value_start - cue.end > _LOOKBACK or text.count(" ", cue.end, value_start) > 6:
            return None
        if cue.type != PiiType.DATE_OF_BIRTH and not _FILLER.fullmatch(text, cue.end, value_start):
            return None
        return cue


def _expand_left(text: str, s: int) -> int:
    """Letters and joiners glued before the digits belong to the value ("P7720391A", "RDV-LY-558201").

    At most 24 characters back: a value is never longer, and the bound keeps a 100k-character run
    of digits linear (each run is met once per 32-character candidate).
    """
    stop = max(0, s - 24)
    while s > stop:
        ch = text[s - 1]
        if not ch.isascii() or not (ch.isalnum() or (ch in "-/" and s > 1 and text[s - 2].isalnum())):
            break
        s -= 1
    return s


_FORMATTED = re.compile(r"\(?0|\d+[ .\-/()]+\d")


@functools.cache
def _possible_lengths(country_code: int) -> frozenset[int]:
    """National number lengths possible for a country calling code (phonenumbers metadata)."""
    lengths: set[int] = set()
    for region in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(country_code, ()):
        if region == "001":
            meta = phonenumbers.PhoneMetadata.metadata_for_nongeo_region(country_code)
        else:
            meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
        if meta is not None and meta.general_desc is not None:
            lengths.update(meta.general_desc.possible_length or ())
    return frozenset(lengths)


def _international(digits: str) -> bool:
    """ "+" numbers: a known country calling code and a length possible for it.

    The same test as `phonenumbers.is_possible_number`, straight from its metadata: a parse per
    candidate would cost more than the rest of the PII stage.
    """
    for size in (1, 2, 3):
        code = int(digits[:size])
        if code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            return len(digits) - size in _possible_lengths(code)
    return False


@functools.lru_cache(maxsize=4096)
def _national(raw: str, lang: str | None) -> bool:
    """A national number: written like one (a trunk "0", brackets or grouped digits: an unformatted
    run is more often an ID) and valid for a likely region. Cached: numbers recur in copies and threads.
    """
    if not _FORMATTED.match(raw):
        return False
    for region in _REGIONS.get(lang or "", ())[:2] or _DEFAULT_REGIONS[:3]:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(raw, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def _phone(raw: str, digits: str, lang: str | None) -> bool:
    if raw.startswith("+") or raw.startswith("(+"):
        return _international(digits)
    if raw.startswith("00") and len(digits) > 9:
        return _international(digits[2:])
    return _national(raw, lang)


def scan_numbers(text: str, cues: NumberCues, lang: str | None, add: Add, covered: Callable[[int, int], bool]) -> None:
    """Report every number-shaped PII span of `text` through `add(start, end, type, cue_start)`."""
    has_cues = bool(cues.cues)
    for m in NUMBERISH.finditer(text):
        s, e = m.span()
        if s and text[s - 1] in "+(":
            s -= 2 if s > 1 and text[s - 2] == "+" else 1  # "+44 …", "(555) …", "+(44) …"
        glued = s > 0 and (text[s - 1].isalnum() or text[s - 1] in "-/")
        if e - s < 5 and not glued:
            # Short numbers ("3 days", "2024", the day of a date): only a cue makes them PII (a date
            # of birth, a short reference). Addresses are found from their street words.
            if has_cues and not covered(s, e):
                cue = cues.before(text, s)
                if cue is not None:
                    _cued_value(text, cue, s, add, covered)
            continue
        if covered(s, e):
            continue
        raw = text[s:e]
        # IBAN: two capital letters glued before the check digits.
        prefix = text[s - 2 : s] if glued and s >= 2 else ""
        if prefix.isupper() and prefix.isalpha() and (s < 3 or not text[s - 3].isalnum()):
            iban = _iban_at(text, s - 2)
            if iban is not None:
                add(s - 2, iban, PiiType.IBAN, s - 2)
                continue
        digits = _NON_DIGIT.sub("", raw)
        if len(digits) >= 13 and _CARD.fullmatch(raw.strip()) and checks.card_plausible(digits):
            add(s, e, PiiType.CREDIT_CARD, s)
            continue
        vs = _expand_left(text, s) if glued else s
        if has_cues:
            cue = cues.before(text, vs)
            if cue is not None and _cued_value(text, cue, vs, add, covered):
                continue
        if _self_validating(text, vs, add):
            continue
        long_enough = len(digits) >= 8 or (raw.startswith("+") and len(digits) >= 7)
        if long_enough and not _DATE_LIKE.fullmatch(raw) and _phone(raw, digits, lang):
            add(s, e, PiiType.PHONE, s)


def _cued_value(text: str, cue: Cue, vs: int, add: Add, covered: Callable[[int, int], bool]) -> bool:
    if cue.type == PiiType.DATE_OF_BIRTH:
        lead = _DATE_LEAD.match(text, cue.end)
        start = lead.end() if lead else cue.end
        date = DATE.match(text, start)
        if date is None or covered(date.start(), date.end()):
            return False
        add(date.start(), date.end(), PiiType.DATE_OF_BIRTH, cue.start)
        return True
    kind = cue.type
    value = _VALUE[kind].match(text, vs)
    if value is None:
        return False
    token = value.group().rstrip(" ./-")
    n_digits = sum(ch.isdigit() for ch in token)
    if n_digits < _MIN_DIGITS[kind] and not (kind == PiiType.CASE_NUMBER and token.isalpha() and token.isupper()):
        return False
    if kind == PiiType.PASSPORT_NUMBER and re.fullmatch(r"\d{2} ?\d{2} ?\d{6}", token):
        kind = PiiType.NATIONAL_ID  # the 4+6 digit series/number of a Russian internal passport
    if kind == PiiType.NATIONAL_ID and _DATE_LIKE.fullmatch(token):
        return False
    add(vs, vs + len(token), kind, cue.start)
    return True


def _self_validating(text: str, vs: int, add: Add) -> bool:
    m = _SELF_VALIDATING.match(text, vs)
    if m is None or (m.end() < len(text) and text[m.end()].isalnum()):
        return False
    kind = m.lastgroup
    value = m.group()
    if kind == "cn" and not checks.china_id_valid(value):
        return False
    if kind == "cpf" and not checks.cpf_valid(_NON_DIGIT.sub("", value)):
        return False
    if kind == "ssn" and not checks.ssn_plausible(m.group(5), m.group(6), m.group(7)):
        return False
    pii_type = PiiType.CASE_NUMBER if kind in ("gwf", "ceac") else PiiType.NATIONAL_ID
    add(vs, m.end(), pii_type, vs)
    return True


def _iban_at(text: str, start: int) -> int | None:
    """End offset of a valid IBAN starting at `start` (spaced or not), else None."""
    m = _IBAN.match(text, start)
    if m is None:
        return None
    length = checks.IBAN_LENGTHS.get(text[start : start + 2])
    if length is None:
        return None
    compact: list[str] = []
    end = start
    for i in range(start, m.end()):
        if text[i] != " ":
            compact.append(text[i])
            end = i + 1
            if len(compact) == length:
                break
    if len(compact) != length or (end < len(text) and text[end].isalnum()):
        return None
    return end if checks.iban_valid("".join(compact)) else None
