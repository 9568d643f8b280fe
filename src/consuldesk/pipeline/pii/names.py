"""PERSON spans from cues: capitalised words right after a name cue, or right before other PII.

Cues (lowercase, many languages, see `cues.py`): introductions ("my name is", "me llamo"), labels
("Name:", "姓名："), titles (Mr, Herr, Mme, Sra., Pan — the title stays outside the span), relations
("my son Tom", "mi hija Ana"), greetings and sign-offs ("Hi Sarah,", "Regards,\\nMaria"), and the
"Name Surname, DOB …" pattern next to other PII. "X and Y" after a name yields both. Scripts without
letter case (Chinese, Japanese, Korean, Arabic, Devanagari) use their own introduction patterns.
Without a cue a capitalised word is left alone: places and organisations look the same.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from consuldesk.pipeline.pii import cues
from consuldesk.pipeline.text import LOWER, UPPER

AddPerson = Callable[[int, int], None]

_WORD = rf"[{UPPER}][{LOWER}]++(?:['’\-][{UPPER}]?[{LOWER}]++|[{UPPER}][{LOWER}]++)?"
_PARTICLE = r"(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|ter|ten|la|le|el|al|bin|binti|ibn|bint|y|e)"
_SEQ = rf"{_WORD}(?:[ ](?:{_PARTICLE}[ ]){{0,2}}{_WORD}){{0,3}}"
_SEQ2 = rf"{_WORD}(?:[ ](?:{_PARTICLE}[ ]){{0,2}}{_WORD}){{1,3}}"
_AFTER_CUE = re.compile(rf"[ \t]*[,:.!\-–—]{{0,2}}[ \t]*[\-–—]?[ \t]*(?:\r?\n[ \t]*)?\(?({_SEQ})")
# A name signed with a dash at the end of a message: "… Thanks! - Jessica Whitman", "- Owen & Lara".
_DASH_SIGNATURE = re.compile(rf"\s[\-–—]{{1,2}}[ \t]*({_SEQ})[ \t]*(?:[&+][ \t]*({_SEQ})[ \t]*)?[.!]?[ \t]*$")
_COMMA_NAME = re.compile(rf", ({_SEQ2})")
_AND_NAME = re.compile(rf"[ ](?:and|&|y|et|und|e|i|и|dan|at|ve|og|en|och)[ ]({_SEQ})")
_BEFORE_PII = re.compile(rf"(?<![^\W_])({_SEQ2})[ \t]*[,;(]?[ \t]*$")
_WORD_RE = re.compile(_WORD)

# Introductions that also begin ordinary sentences ("I am stuck", "je suis français"): a single
# following word only counts when the sentence ends right after it.
_WEAK = frozenset(
    (
        *("i am", "i'm", "this is", "soy", "je suis", "ich bin", "sono", "eu sou", "sou", "ik ben", "jestem"),
        *("saya", "tôi là", "em là", "named", "called", "я", "name", "names", "nombre", "nom", "nome", "naam"),
        *("nama", "famille", "familia", "família", "familie", "father", "sister", "general", "major"),
    )
)
_SINGLE_END = re.compile(r"[ \t]*(?:[,.;!)\n]|$| (?:and|from|y|et|und|e|de|aus|z|из) )")

_NO_CASE_NAMES = re.compile(
    r"(?:我叫|我的名字是|名字是|名字叫|姓名[：:]\s?|联系人[：:]?\s?|申请人[：:]?\s?)"
    r"(?P<zh>[\u4e00-\u9fff]{2,3}?)(?=[，。,.\s、；;：:（(！!？?]|$)"
    r"|(?:私は|名前は|氏名[：:]\s?)(?P<ja>[\u4e00-\u9fff\u3040-\u30ff]{1,4}[ 　]?[\u4e00-\u9fff\u3040-\u30ff]{1,4}?)"
    r"(?=です|と申します|と言います|[、。,\s]|$)"
    r"|(?:제 이름은|이름은|이름[：:]\s?|성명[：:]\s?)\s?"
    r"(?P<ko>[가-힣]{2,4}?)(?=입니다|이에요|예요|이고|이며|씨|[,.\s]|$)"
    r"|(?:و?اسم(?:ي|ه|ها)|الاسم[:：]?)\s(?P<ar>[\u0621-\u064a]{2,15}(?:\s[\u0621-\u064a]{2,15}){0,2})"
    r"|(?:मेरा नाम|नाम[:：]?)\s(?P<hi>[\u0900-\u097f]+(?:\s[\u0900-\u097f]+){0,2}?)\s?(?=है|हैं|,|।|$)"
    r"|(?:मेरे|मेरी|मेरा)\s(?:भाई|बहन|पिता|पिताजी|माँ|मां|बेटा|बेटी|पति|पत्नी|दोस्त|चाचा|मामा)\s"
    r"(?P<hi2>[\u0900-\u097f]+(?:\s[\u0900-\u097f]+){0,2}?)(?=\s(?:का|की|के|को|ने|से|है|हैं)|,|।|$)"
)
_CASELESS = re.compile("[\u0600-\u06ff\u0900-\u097f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_AR_STOP = frozenset(["من", "في", "انا", "أنا", "وانا", "عمري", "رقم", "هو", "هي"])


def _trim(text: str, start: int, end: int, drop_leading: bool = False) -> tuple[int, int] | None:
    """Drop words that are not names from the ends of a capitalised sequence.

    After a cue the first word decides ("Dear Embassy", "I am British" are no names); before other
    PII, leading non-names are dropped instead ("Hotel Atlantico. Camille Roux, DOB …").
    """
    words = [(m.start(), m.end()) for m in _WORD_RE.finditer(text, start, end)]
    if words and text[words[0][0] : words[0][1]] in cues.NOT_NAMES:
        if not drop_leading:
            return None
        while words and text[words[0][0] : words[0][1]] in cues.NOT_NAMES:
            words.pop(0)
    while words and text[words[-1][0] : words[-1][1]] in cues.NOT_NAMES:
        words.pop()
    if not words:
        return None
    return words[0][0], words[-1][1]


def find_people(text: str, low: str, cues: list[tuple[str, str, int]], add: AddPerson) -> None:
    """Report PERSON spans of names that follow a cue (titles, intros, labels, relations, sign-offs).

    `cues` are (cue term, kind, end offset) of the person cues found by `scan`.
    """
    if cues:
        for cue, kind, cue_end in cues:
            name = _AFTER_CUE.match(text, cue_end)
            if name is None:
                continue
            s, e = name.span(1)
            if kind in ("intro", "label") and cue in _WEAK and " " not in text[s:e] and not _SINGLE_END.match(text, e):
                continue
            trimmed = _trim(text, s, e)
            if trimmed is not None:
                _add_with_partners(text, trimmed[0], trimmed[1], add)
    # A dash signature starts after a space or newline within the last few words of the text.
    dash = max(text.rfind(" -", -80), text.rfind("\n-", -80), text.rfind(" –", -80), text.rfind(" —", -80))
    if dash >= 0 and low != text:
        tail = _DASH_SIGNATURE.match(text, dash)
        if tail is not None:
            for index in (1, 2):
                if tail.group(index):
                    trimmed = _trim(text, *tail.span(index))
                    if trimmed is not None:
                        add(*trimmed)
    if not text.isascii() and _CASELESS.search(text):
        for m in _NO_CASE_NAMES.finditer(text):
            group = m.lastgroup or ""
            s, e = m.span(group)
            if group == "ar":
                words = text[s:e].split(" ")
                while words and (words[-1] in _AR_STOP or words[-1].startswith("و")):
                    words.pop()
                if not words:
                    continue
                e = s + len(" ".join(words))
            add(s, e)


def _add_with_partners(text: str, s: int, e: int, add: AddPerson) -> None:
    add(s, e)
    for _ in range(3):  # "Janet and Phil Cooper", "Ana y Luis", "Jess Palmer, Ravi Palmer"
        partner = _AND_NAME.match(text, e) or _COMMA_NAME.match(text, e)
        if partner is None:
            return
        trimmed = _trim(text, *partner.span(1))
        if trimmed is None:
            return
        s, e = trimmed
        add(s, e)


def name_before(text: str, position: int, add: AddPerson) -> None:
    """A "First Last" name right before other PII ("Martín Sosa, DNI …", "Tom Brennan DOB …")."""
    m = _BEFORE_PII.search(text, max(0, position - 60), position)
    if m is not None:
        trimmed = _trim(text, *m.span(1), drop_leading=True)
        if trimmed is not None and " " in text[trimmed[0] : trimmed[1]]:
            add(*trimmed)
