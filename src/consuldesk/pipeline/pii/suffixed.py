"""PERSON spans marked after the name or by its form, not by a cue before it.

- A name and its transcription in brackets: "佐藤健太 (Kenta Sato)", "김민지 (Kim Minji)",
  "Chen Meiling (陈美玲)", "Youssef (يوسف العلوي)": a Han/Hangul name starting with a common surname
  and a bracketed run of two or three capitalised words, or a found Latin name and a bracketed name
  in another script.
- East Slavic full names with a patronymic: "Смирнова Ольга Викторовна", "Денис Игоревич".
- Honorifics written after the name: "Selin Hanım", "Chaudhry sahib", "Nusrat apu", "Ahmet Bey".
Only tried when the text has the characters these need. Linear: bounded regexes, set look-ups.
"""

from __future__ import annotations

import re

from consuldesk.pipeline.pii import cues
from consuldesk.pipeline.pii.cjk_names import JA_NAME_FULL, KO_NAME, ZH_NAME
from consuldesk.pipeline.pii.gazetteer import gazetteer
from consuldesk.pipeline.pii.names import SEQ, STOP, AddPerson, trim
from consuldesk.pipeline.pii.names_cjk import find_cjk_more

# also in capitals, as passports write it: "张建国（ZHANG JIANGUO）"
_LATIN_PAIR = r"[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){1,2}|[A-Z]{2,}(?:[ \-][A-Z]{2,}){1,2}"
_CJK_FIRST = re.compile(
    rf"(?P<cjk>{ZH_NAME}|{KO_NAME}|{JA_NAME_FULL})[ ]?[(（]"
    # a Latin transcription, or the katakana reading of a Japanese name ("吉田美咲（ヨシダ ミサキ）")
    rf"(?P<latin>{_LATIN_PAIR}|[\u30a1-\u30fa\u30fc]{{2,10}}[ 　][\u30a1-\u30fa\u30fc]{{2,10}})[)）]"
    rf"|(?P<latin2>{SEQ})[ ]?[(（]"
    rf"(?P<cjk2>{ZH_NAME}|{KO_NAME}|[\u0621-\u064a]{{2,15}}(?:[ ][\u0621-\u064a]{{2,15}}){{0,2}})[)）]"
)
_CJK_CHAR = re.compile("[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
_CYR = "А-ЯЁІЇЄҐЎ"
_cyr = "а-яёіїєґў'’"
_PATRONYMIC = re.compile(
    rf"(?<![{_CYR}{_cyr}])(?:[{_CYR}][{_cyr}]+[ ]){{0,2}}[{_CYR}][{_cyr}]+"
    rf"(?:ович|евич|ьевич|іч|ич|овна|евна|ьевна|ична|инична|івна|ївна)(?![{_cyr}])"
    rf"(?:[ ][{_CYR}][{_cyr}]+(?![{_cyr}]))?"
)
_HONORIFIC_AFTER = re.compile(
    r"[ ](?:Hanım|Hanim|Bey|Beyefendi|Hanımefendi|sahib|sahab|saab|sahiba|apu|apa|bhaiya|didi|bhabhi|ji|san|sama)"
    r"(?![\w])"
)
_NAME_BACK = re.compile(rf"(?<![\w@#'’.\-])({SEQ})$")


# Languages whose writers put an honorific after the name (Turkish, romanised South Asian, Japanese),
# and those that write patronymics: the only texts where those patterns are tried.
_HONORIFIC_LANGS = frozenset(("tr", "az", "ur", "hi", "bn", "ne", "pa", "ja"))
_PATRONYMIC_LANGS = frozenset(("ru", "uk", "be", "bg", "kk", "ky", "uz", "tg", None))
_PATRONYMIC_ENDS = ("вич", "вна", "ична", "івна", "ївна", "іч")
TURKIC_LANGS = frozenset(("az", "tr", "tk", "uz", "kk", "ky", "tt", "ba", None))


def find_suffixed(
    text: str, lang: str | None, add: AddPerson, persons: list[tuple[int, int]], caseless: bool
) -> None:
    """Report the PERSON spans of the module docstring; `persons` are the names found so far.
    `caseless`: the text has characters of a script without case (a bracketed name needs one)."""
    if caseless and ("(" in text or "（" in text):
        for m in _CJK_FIRST.finditer(text):
            if m.group("cjk"):
                latin = m.span("latin")
                glued = m.start() > 0 and _CJK_CHAR.match(text, m.start() - 1) is not None
                if glued and m.span("cjk") not in persons:
                    continue  # inside a longer run ("丈夫王建军（…"): only a name found by a cue
                words = [w.title() for w in m.group("latin").split()]
                if not any(w in STOP or w in cues.ORG_WORDS for w in words):
                    add(*m.span("cjk"))
                    add(*latin)
            elif m.span("latin2") in persons or any(s <= m.start("latin2") < e for s, e in persons):
                add(*m.span("cjk2"))
    if lang in _PATRONYMIC_LANGS and not text.isascii() and any(end in text for end in _PATRONYMIC_ENDS):
        for m in _PATRONYMIC.finditer(text):
            if " " in m.group():
                add(*m.span())
    if caseless and _CJK_CHAR.search(text):
        find_cjk_more(text, add)
    if caseless and _INDIC_CHAR.search(text) and _INDIC_HONORIFIC_GATE.search(text):
        _indic_honorifics(text, add)
    if lang not in _HONORIFIC_LANGS:
        return
    for m in _HONORIFIC_AFTER.finditer(text):
        if not text[m.start() - 1 : m.start()].islower():
            continue
        before = _NAME_BACK.search(text, max(0, m.start() - 60), m.start())
        if before is not None:
            trimmed = trim(text, *before.span(1), drop_leading=True)
            if trimmed is not None:
                add(*_from_known(text, *trimmed))


def _from_known(text: str, s: int, e: int) -> tuple[int, int]:
    """The name before an honorific starts at its first known name word ("Konsoloslukta Serkan Bey":
    the consulate in the locative goes); with none known, it is the last word (a surname: "Yılmaz Bey"). A word
    with a case ending after an apostrophe ends a proper noun, so the name starts after it."""
    g = gazetteer()
    words = text[s:e].split(" ")
    while len(words) > 1 and any(mark in word for word in words[:-1] for mark in "'’"):
        s += len(words.pop(0)) + 1  # "Başkonsolosluğu'ndaki Ayşe Hanım": a case ending closes the word before
    for word in words:
        if g.is_name(word):
            return s, e
        s += len(word) + 1
    return e - len(words[-1]), e


# Honorifics written after a name in South Asian scripts and Urdu ("थापा सर", "রশিদ ভাইকে", "லட்சுமி அம்மா",
# "ഷബ്ന മാഡത്തിന്"): the words before count only when the name lists know them. Honorifics of three or
# more letters may carry a case ending ("ভাইকে", "அம்மாவுக்கு"); shorter ones ("सर", "जी") only a
# Hindi/Nepali postposition ("सरले"), so that "सरकार" (government) is no honorific.
_INDIC = "\u0900-\u0dff\u0600-\u06ff"
_INDIC_TITLES = (
    "जी|सर|साहब|साब|भाई|भैया|दीदी|दाजु|दाइ|बहिनी|मैडम|ভাই|দা|আপা|আপু|দিদি|স্যার|ম্যাডাম|ভাবি|ਜੀ|ਭਾਜੀ|ਸਾਹਿਬ|ਵੀਰ|ભાઈ|બેન|"
    "ભાભી|અમ્મા|அம்மா|அண்ணா|அக்கா|சார்|மேடம்|ஐயா|గారు|అన్న|అక్క|సార్|ಅವರು|ಸರ್|ಮೇಡಂ|ಅಣ್ಣ|ಅಕ್ಕ|സാർ|മാഡം|മാഡത്ത|ചേട്ടൻ|"
    "ചേച്ചി|ഇക്ക|ഇത്ത|මහත්තයා|මහත්මිය|අයියා|අක්කා|සර්|صاحب|بھائی|باجی|آپا|صاحبہ"
)
_INDIC_CHAR = re.compile(f"[{_INDIC}]")
_INDIC_HONORIFIC_GATE = re.compile(_INDIC_TITLES)
_INDIC_HONORIFIC = re.compile(
    rf"(?<![{_INDIC}])((?:[{_INDIC}]+[ ])?[{_INDIC}]+)[ ](?:{_INDIC_TITLES})"
    rf"(?:(?<=[{_INDIC}]{{3}})[{_INDIC}]{{0,7}}|ले|लाई|को|का|की|के|ने|से)?(?![{_INDIC}])"
)


def _indic_honorifics(text: str, add: AddPerson) -> None:
    g = gazetteer()
    for m in _INDIC_HONORIFIC.finditer(text):
        s, e = m.span(1)
        words = text[s:e].split(" ")
        while words and not g.is_name(words[0]):
            s += len(words.pop(0)) + 1
        if words and all(g.is_name(w) for w in words):
            add(s, e)


# Turkic patronymics written after the father's name: "Quliyev Elnur Kamran oğlu", "Hüseynova Zərəfşan Oktay
# qızı", "Асанов Бакыт Нурлан уулу": writers label the word as part of the name.
_PATRONYMIC_WORDS = "oğlu|qızı|oglu|qizi|ogly|gyzy|uulu|kyzy|o[‘'’]g[‘'’]li|оглы|кызы|улы|ұлы|қызы|угли|қизи|уулу"
_TURKIC_PATRONYMIC = re.compile(rf"[ ](?:{_PATRONYMIC_WORDS})(?![^\W\d_])")
_PATRONYMIC_GATE = re.compile(_PATRONYMIC_WORDS)


def with_patronymic_word(text: str, spans: list[tuple[int, int, str]], person: str) -> list[tuple[int, int, str]]:
    """`spans` with each PERSON span running on over a Turkic patronymic word right after it (see above)."""
    if _PATRONYMIC_GATE.search(text) is None:
        return spans
    out = []
    for s, e, kind in spans:
        if kind == person and " " in text[s:e] and (m := _TURKIC_PATRONYMIC.match(text, e)) is not None:
            e = m.end()
        out.append((s, e, kind))
    return out
