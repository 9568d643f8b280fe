"""Initials written before a name in the scripts of South Asia: Tamil "க. சுதாகரன்", "இரா. பாலசுப்ரமணியம்",
Sinhala "ආර්.එම්. තිලිණි රත්නායක", Kannada "ಎಚ್. ಆರ್. ನಾಗರಾಜ್", Bengali "মো. রাকিবুল হাসান", a Latin "K."
before a Tamil name. Writers label the initials with the name (16 of 16 Tamil names with initials in the
corpus), and the name finders stop at the full stop or find no name at all. A single initial counts only
before a Tamil name (elsewhere a short word ends the sentence before it); titles written the same way
("திரு." Mr, "ডা." Dr, "ਸ." Sardar) stay outside. Runs after the name scorer, on its spans.
"""

from __future__ import annotations

import re
import unicodedata

from consuldesk.pipeline.pii.gazetteer import gazetteer

_S = "\u0980-\u0dff"
# One to three initials right before a word of these scripts, each a syllable or a Latin capital and a full
# stop; before them the text's start, a space or an opening punctuation mark.
_INITIALS = re.compile(rf"(?:^|(?<=[\s(,:;]))((?:(?:[{_S}]{{1,4}}|[A-Z])\.[ ]?){{1,3}})(?=[{_S}])")
_WORD = re.compile(rf"[{_S}]+")
_TITLES = frozenset((
    "திரு", "திருமதி", "செல்வி", "ஸ்ரீ", "டாக்டர்", "டா", "ডা", "শ্রী", "শ্রীমতী", "ড", "ਸ", "ਡਾ", "ਸ੍ਰੀ", "ਸ਼੍ਰੀ",
    "ਸ੍ਰ", "ਸ਼੍ਰ", "ਬੀਬੀ", "ശ്രീ", "ഡോ", "ശ്രീമതി", "ಶ್ರೀ", "ಡಾ", "ಶ್ರೀಮತಿ", "శ్రీ", "డా", "శ్రీమతి",
    "ශ්‍රී", "ශ්රී", "වෛද්‍ය", "ආචාර්ය", "ડૉ", "ડો", "શ્રી", "ଶ୍ରୀ", "ଡା", "ডাঃ", "মিসেস", "মি",
))


def _is_initial(part: str) -> bool:
    """A Latin capital, or a syllable of at most two letters ("இரா" is இ + ரா; "ஆகல", a word, has three)."""
    if len(part) == 1 and part.isupper():
        return True
    return part not in _TITLES and sum(unicodedata.category(ch).startswith("L") for ch in part) <= 2


def with_indic_initials(text: str, spans: list[tuple[int, int, str]], person: str) -> list[tuple[int, int, str]]:
    """`spans` with South Asian-script names widened over the initials before them, and an initialled word
    that is a known name, or is followed by one, added as a name ("பா. கலைவாணி", "க. சுப்பையா")."""
    out = list(spans)
    for m in _INITIALS.finditer(text):
        parts = [p.strip() for p in m.group(1).split(".") if p.strip()]
        if not all(_is_initial(p) for p in parts):
            continue
        # one short word and a full stop ends many a sentence ("തീ." fire, "ಕಿಮೀ." km): outside Tamil, where a
        # single initial is the custom, two initials are needed ("ಎಚ್. ಆರ್.", "ආර්.එම්.")
        if len(parts) < 2 and not "\u0b80" <= text[m.end(1)] <= "\u0bff":
            continue
        start, name_start = m.start(1), m.end(1)
        at = next((i for i, (s, _, _) in enumerate(out) if s == name_start), None)
        if at is not None:
            if out[at][2] == person and (at == 0 or out[at - 1][1] <= start):
                out[at] = (start, out[at][1], person)
            continue
        if any(s <= name_start and start < e for s, e, _ in out):  # the initials or the name's start are taken
            continue
        end = _name_end(text, name_start)
        if end is not None and not any(s < end and name_start < e for s, e, _ in out):
            out.append((start, end, person))
            out.sort()
    return out


def _name_end(text: str, start: int) -> int | None:
    """Where the name after initials ends: one word, or two when the second is a known name too."""
    g = gazetteer()
    first = _WORD.match(text, start)
    if first is None:
        return None
    end = first.end()
    second = _WORD.match(text, end + 1) if text[end:end + 1] == " " else None
    if second is not None and g.is_name(second.group()):
        return second.end()
    return end if g.is_name(first.group()) else None
