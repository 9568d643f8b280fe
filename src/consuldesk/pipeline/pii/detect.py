"""detect_pii and redact: PII spans in the original text (Python str offsets) and their redaction.

Detectors propose spans with a type; overlaps are resolved by type priority, then length, so an email
wins over the name inside it and an IBAN over the digits that look like a phone number. The result is
sorted and non-overlapping. Pure and thread-safe; the outbound guard uses the same two functions.
"""

from __future__ import annotations

import bisect
import re

from consuldesk.core.types import PiiType
from consuldesk.pipeline.item import PiiSpan
from consuldesk.pipeline.pii.address import find_addresses, find_labelled, street_positions
from consuldesk.pipeline.pii.address_east import find_east_asian, has_east_asian
from consuldesk.pipeline.pii.address_model import address_model
from consuldesk.pipeline.pii.address_parts import find_unit_chains, lead_after_label
from consuldesk.pipeline.pii.address_script import find_keyword_chains, has_script
from consuldesk.pipeline.pii.aliases import find_bracket_aliases, find_spaced_aliases
from consuldesk.pipeline.pii.birth_model import birth_model
from consuldesk.pipeline.pii.case_endings import cut_person_endings, glued_ending_cutter, has_case_script
from consuldesk.pipeline.pii.caseless import find_caseless, has_caseless, name_before_caseless
from consuldesk.pipeline.pii.caseless_more import find_more_caseless
from consuldesk.pipeline.pii.cues import NOT_CUE_IN, ONLY_CUE_IN, STREET_AFTER, STREET_BEFORE, UNIT_HINTS
from consuldesk.pipeline.pii.dates import SPELLED_DAY, spelled_births, with_birth_date_words
from consuldesk.pipeline.pii.dates_east import han_births, korean_births
from consuldesk.pipeline.pii.identifier_model import identifier_model
from consuldesk.pipeline.pii.name_model import name_model
from consuldesk.pipeline.pii.names import find_after_cues, find_dash_signature, name_after, name_before
from consuldesk.pipeline.pii.names_capitals import find_capital_names, has_capital_run
from consuldesk.pipeline.pii.names_catalan import find_catalan, with_second_surname
from consuldesk.pipeline.pii.names_initials import with_indic_initials
from consuldesk.pipeline.pii.numbers import NumberCues, scan_numbers
from consuldesk.pipeline.pii.oddcase import ODD_KINDS, find_odd_case, odd_head
from consuldesk.pipeline.pii.people import complete_lists, find_cue_free, find_initialled
from consuldesk.pipeline.pii.scan import AFTER, KINDS, PERSON, STREET, scan
from consuldesk.pipeline.pii.suffixed import TURKIC_LANGS, find_suffixed, with_patronymic_word

# Unit words are scanned with the street words; those that are not street words too only open unit chains.
STREET_WORDS = frozenset(STREET_BEFORE) | frozenset(w for w in STREET_AFTER if w not in UNIT_HINTS)
_UNIT_HINTS = frozenset(UNIT_HINTS)
PRIORITY: dict[str, int] = {
    PiiType.EMAIL: 10,
    PiiType.IBAN: 9,
    PiiType.CREDIT_CARD: 9,
    PiiType.PASSPORT_NUMBER: 8,
    PiiType.NATIONAL_ID: 8,
    PiiType.DATE_OF_BIRTH: 7,
    PiiType.CASE_NUMBER: 7,
    PiiType.PHONE: 6,
    PiiType.ADDRESS: 5,
    PiiType.PERSON: 4,
}
# E-mail addresses are found from their "@": the local part is matched backwards from it (bounded
# window), the domain forwards. Each "@" costs one bounded match, so any text is linear.
# A hyphen glued to a word of another script is a prefix, not part of the address: Hebrew "מ-dana@…", and so
# are Zulu and Xhosa "ku-" (to) and "kwa-"; a word of another script glued before or after it is no part of it
# either: "邮箱lihua_uk@outlook.com", "…@gmail.com-ზე".
_LOCAL_CHAR = r"A-Za-z0-9_.+\-\u00c0-\u024f"
_LOCAL = re.compile(
    rf"(?:(?<![{_LOCAL_CHAR}])(?!(?:ku|kwa)-)|(?<=[^\x00-\x7f]-)|(?<=\bku-)|(?<=\bkwa-))"
    rf"[A-Za-z0-9_+\u00c0-\u024f](?:[{_LOCAL_CHAR}]{{0,62}}[A-Za-z0-9_+\-\u00c0-\u024f])?$"
)
_DOMAIN = re.compile(
    r"[\w\-]{1,63}(?:\.[\w\-]{1,63}){0,7}\.(?:[A-Za-z]{2,24}(?![A-Za-z0-9_]|-[A-Za-z0-9])|[^\W\d_A-Za-z]{2,24}(?![\w\-]))"
)
_DIGIT = re.compile(r"\d")
_NOT_LOCAL_END = frozenset(" \t\n\r(@:,;<>[]\"'“")


class _Found:
    """Candidate spans of one text, with the cue position each was found by (for names before PII).

    `covered` asks whether a range overlaps a span found so far; the number detectors ask it for
    every candidate, so spans are also kept sorted by start for a bisect (a 100k-character text can
    have thousands of candidates).
    """

    __slots__ = ("cue_starts", "longest", "sorted_spans", "spans")

    def __init__(self) -> None:
        self.spans: list[tuple[int, int, str]] = []
        self.sorted_spans: list[tuple[int, int]] = []
        self.cue_starts: list[int] = []
        self.longest = 0

    def add(self, start: int, end: int, kind: str, cue_start: int) -> None:
        if end > start:
            self.spans.append((start, end, kind))
            bisect.insort(self.sorted_spans, (start, end))
            self.cue_starts.append(cue_start)
            self.longest = max(self.longest, end - start)

    def add_person(self, start: int, end: int) -> None:
        if end > start:
            self.spans.append((start, end, PiiType.PERSON))

    def covered(self, start: int, end: int) -> bool:
        spans = self.sorted_spans
        # Only spans starting in [start - longest, end) can overlap [start, end).
        i = bisect.bisect_left(spans, (end, -1))
        j = bisect.bisect_left(spans, (start - self.longest, -1))
        return any(spans[k][1] > start for k in range(j, i))


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):
        # Only "İ" lowercases to two characters; keep offsets aligned with the original text.
        low = text.replace("\u0130", "I").lower()
    return low


def detect_pii(text: str, lang: str | None = None) -> list[PiiSpan]:
    """PII spans of `text`, sorted by start and non-overlapping. `lang` (ISO 639-1) helps phone regions."""
    spans = detect_rules(text, lang)
    model = name_model()
    if model is not None and text and not (text.isascii() and text.islower()):
        spans = model.refine(text, lang, spans)
    boundaries = address_model()
    if boundaries is not None and any(kind == PiiType.ADDRESS for _, _, kind in spans):
        spans = boundaries.refine(text, lang, spans)
    if _DIGIT.search(text) is not None:
        births = birth_model()
        if births is not None:
            spans = births.refine(text, lang, spans)
        identifiers = identifier_model()
        if identifiers is not None:
            spans = identifiers.refine(text, lang, spans)
    if "." in text and not text.isascii():
        spans = with_indic_initials(text, spans, PiiType.PERSON)
    if any(kind == PiiType.DATE_OF_BIRTH for _, _, kind in spans):
        spans = with_birth_date_words(text, spans, PiiType.DATE_OF_BIRTH)
    return [PiiSpan(s, e, str(kind)) for s, e, kind in spans]


def detect_rules(text: str, lang: str | None = None) -> list[tuple[int, int, str]]:
    """The rules' spans (start, end, type), sorted and non-overlapping, before the learned name scorer."""
    if not text:
        return []
    low = _lower(text)
    has_digit = _DIGIT.search(text) is not None
    cased = low != text
    # Without a capital letter or a digit, only a lowercase name after a cue remains ("hi its rahul
    # sharma here"): scanned in ASCII texts; caseless scripts have their own name patterns.
    # Dates of birth with the day in words need their cue too ("يوم خمسة وعشرين سبتمبر").
    hits = scan(low) if has_digit or cased or low.isascii() or SPELLED_DAY.search(low) else []
    found = _Found()
    at = text.find("@")
    while at >= 0:
        # An "@" at the start of a word opens a handle ("@UKinTurkey"), not an e-mail: skip it, but
        # keep looking (replies open with handles and can carry an e-mail further on).
        if at > 0 and text[at - 1] not in _NOT_LOCAL_END:
            local = _LOCAL.search(text, max(0, at - 64), at)
            domain = _DOMAIN.match(text, at + 1) if local else None
            if local and domain:
                found.add(local.start(), domain.end(), PiiType.EMAIL, local.start())
        at = text.find("@", at + 1)
    people: list[tuple[str, str, int, int]] = []
    odd: list[tuple[str, str, int, int]] = []  # person cues followed by a word in capitals or lowercase
    streets: list[tuple[int, int]] = []
    labels: list[int] = []  # ends of address labels ("address:", "العنوان:")
    unit_hints: list[int] = []  # starts of unit words ("Building", "Flat") that can open numbered parts
    numbers = []
    births_after: list[int] = []  # birth cues written after the date
    birth_cue_ends: list[int] = []
    for hit in hits:
        start, end, term = hit
        if (term in NOT_CUE_IN and lang in NOT_CUE_IN[term]) or (term in ONLY_CUE_IN and lang not in ONLY_CUE_IN[term]):
            continue
        for group, kind in KINDS[term]:
            if group == PERSON:
                people.append((term, kind, start, end))
                if kind in ODD_KINDS and odd_head(text, kind, end):
                    odd.append((term, kind, start, end))
            elif group == AFTER:
                births_after.append(start)
            elif group == STREET:
                if kind == "address":
                    labels.append(end)
                    continue
                if term in _UNIT_HINTS:
                    unit_hints.append(start)
                    if term not in STREET_WORDS:
                        continue
                streets.append((start, end))
            else:
                numbers.append(hit)
                if kind == PiiType.DATE_OF_BIRTH:
                    birth_cue_ends.append(end)
    if "月" in text:  # dates in Han numerals have no digit to start from: "民國八十七年五月二日生"
        for s, e in han_births(text):
            found.add(s, e, PiiType.DATE_OF_BIRTH, s)
    if "생" in text and ("월" in text or "달" in text):  # Korean number words: "이천이십삼년 십일월 이십이일생"
        for s, e in korean_births(text):
            if not found.covered(s, e):
                found.add(s, e, PiiType.DATE_OF_BIRTH, s)
    if has_digit:
        scan_numbers(text, NumberCues(numbers, births_after), lang, found.add, found.covered)
        _add_addresses(text, low, labels, streets, unit_hints, found)
    for s, e in spelled_births(text, birth_cue_ends):
        if not found.covered(s, e):
            found.add(s, e, PiiType.DATE_OF_BIRTH, s)
    caseless = has_caseless(text)
    if found.spans:
        for (_, end, kind), cue_start in zip(list(found.spans), list(found.cue_starts), strict=True):
            if cased:
                name_before(text, cue_start, found.add_person, lang)
                if kind != PiiType.EMAIL:
                    name_after(text, end, found.add_person)
            if caseless:
                name_before_caseless(text, cue_start, found.add_person)
    if odd:
        find_odd_case(text, odd, found.add_person)
    if cased:
        find_after_cues(text, people, found.add_person, lang)
        find_dash_signature(text, found.add_person)
        find_cue_free(text, lang, found.add_person)
        if lang == "ca":
            find_catalan(text, found.add_person)  # "en Ferran", "l'Arnau"
        if "." in text:  # initials: "K. R. Menon", "W.A. Kusumawathi"
            find_initialled(text, found.add_person)
    if caseless:
        find_caseless(text, found.add_person)
    if not text.isascii():
        find_more_caseless(text, found.add_person)  # checks for its scripts itself
        if cased and has_capital_run(text):
            find_capital_names(text, found.add_person)  # "여권 JANG SEOYEON 1998.07.14"
    if cased or caseless:
        persons = [(s, e) for s, e, kind in found.spans if kind == PiiType.PERSON]
        if cased and len(persons) >= 2 and "," in text:
            complete_lists(text, persons, lang, found.add_person)  # "Paweł, Ola, Kuba, Iga i ja"
        find_suffixed(text, lang, found.add_person, persons, caseless)
        bracket = "(" in text or "（" in text
        if bracket or (caseless and cased):
            persons = [(s, e) for s, e, kind in found.spans if kind == PiiType.PERSON]
            if bracket:  # "石川 浩一（ISHIKAWA KOICHI）"
                find_bracket_aliases(text, persons, found.add_person)
            if caseless and cased:  # a caseless-script name and Latin capitals: "林书瑶 LIN SHUYAO"
                find_spaced_aliases(text, persons, found.add_person)
    resolved = _resolve(found.spans) if len(found.spans) > 1 else [(s, e, str(kind)) for s, e, kind in found.spans]
    if resolved and lang in TURKIC_LANGS:
        resolved = with_patronymic_word(text, resolved, PiiType.PERSON)  # "Quliyev Elnur Kamran oğlu"
    if resolved and lang == "ca":
        resolved = with_second_surname(text, resolved, PiiType.PERSON)  # "Marta Puig i Soler"
    # "Արմենը" → "Արմեն": the name without its case ending, as writers label it (see `case_endings`)
    if resolved and (glued_ending_cutter(lang) is not None or has_case_script(text)):
        return cut_person_endings(text, resolved, PiiType.PERSON, lang)
    return resolved


def _add_addresses(
    text: str, low: str, labels: list[int], streets: list[tuple[int, int]], unit_hints: list[int], found: _Found
) -> None:
    """Address candidates of every finder. Where the street, chain and script finders overlap, they found one
    address, written as their union; a labelled address ("address: …") is taken as found, and what lies
    inside it is dropped."""
    labelled = [(s, e) for s, e in (find_labelled(text, labels) if labels else []) if not found.covered(s, e)]
    for s, e in labelled:
        found.add(s, e, PiiType.ADDRESS, s)
    spans: list[tuple[int, int]] = []
    street_words = street_positions(low, streets)
    if street_words:
        spans += find_addresses(text, street_words)
    if unit_hints:
        spans += find_unit_chains(text, unit_hints)  # "Block 10, Street 5, House 22"
    if has_script(text):
        spans += find_keyword_chains(text)  # "عمارة ٧ شارع الأمير ماجد شقة ١٢", "বাড়ি ১২, রোড ৫"
    if has_east_asian(text):
        spans += find_east_asian(text)  # "那覇市久茂地2-5-8", "우동 1408, 마린시티아파트 103동 1702호"
    if not spans:
        return
    spans.sort()
    merged = [list(spans[0])]
    for s, e in spans[1:]:
        if s < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    for s, e in merged:
        if labels:
            s = lead_after_label(text, s, labels)
        if not any(ls <= s and e <= le for ls, le in labelled):
            found.add(s, e, PiiType.ADDRESS, s)


def _resolve(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Keep the highest-priority (then longest) span wherever candidates overlap.

    Kept spans never overlap, so one bisect over their sorted starts tells whether a candidate
    collides: n log n, where a pairwise check would be quadratic on long adversarial texts.
    """
    ranked = sorted(set(spans), key=lambda s: (-PRIORITY[s[2]], s[0] - s[1], s[0]))
    starts: list[int] = []
    ends: list[int] = []
    kept: list[tuple[int, int, str]] = []
    for s, e, kind in ranked:
        i = bisect.bisect_right(starts, s)
        if (i and ends[i - 1] > s) or (i < len(starts) and starts[i] < e):
            continue
        starts.insert(i, s)
        ends.insert(i, e)
        kept.append((s, e, kind))
    kept.sort()
    return [(s, e, str(kind)) for s, e, kind in kept]


def redact(text: str, spans: list[PiiSpan]) -> str:
    """`text` with each span replaced by `[TYPE]`. Spans must be sorted and non-overlapping."""
    if not spans:
        return text
    parts: list[str] = []
    pos = 0
    for span in spans:
        parts.append(text[pos : span.start])
        parts.append(f"[{span.type}]")
        pos = span.end
    parts.append(text[pos:])
    return "".join(parts)
