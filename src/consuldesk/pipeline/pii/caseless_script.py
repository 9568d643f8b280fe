"""The cue-script engine of the caseless name finders: one `Script` per writing system, a cue pattern
(introduction, "name:" label, title, kinship word) and the words after it that can be a name.

`script()` builds a Script from literals and regexes; `span()` reads the name after one cue match: the
first word unless it is a stop word, a verb or a case-marked place, and following words only with
evidence that they are name parts (the gazetteer, the script's common surnames or surname forms, or
punctuation or a copula right after an introduced name). Used by `caseless_more.py` and
`names_kurdish.py`; data-free, so each script's words stay beside its pattern.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, NamedTuple

from consuldesk.pipeline.pii.gazetteer import gazetteer

# Letters with a nukta have a precomposed and a decomposed spelling: both are matched.
_NUKTA = {c: unicodedata.normalize("NFD", c) for c in "\u0929\u0931\u0934\u0958\u0959\u095a\u095b\u095c\u095d\u095e"
          "\u095f\u09dc\u09dd\u09df\u0a33\u0a36\u0a59\u0a5a\u0a5b\u0a5e\u0b5c\u0b5d"}  # fmt: skip
_NORM = str.maketrans({**_NUKTA, "\u200d": None})


def norm(word: str) -> str:
    return word.translate(_NORM)


def word_set(*parts: str) -> frozenset[str]:
    """A word set from space- or "|"-separated strings, normalised like the words looked up."""
    return frozenset(norm(w) for part in parts for w in part.replace("|", " ").split())


def alt(words: str) -> str:
    """A regex group of "|"-separated literals, longest first."""
    parts = sorted({p for p in words.split("|") if p}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(p) for p in parts) + ")"


def spellings(pattern: str) -> re.Pattern[str]:
    """The pattern with letters with a nukta in both spellings, Sinhala conjuncts with or without ZWJ."""
    pattern = norm(pattern)
    for one, two in _NUKTA.items():
        pattern = pattern.replace(two, f"(?:{two}|{one})")
    return re.compile(pattern.replace("\u0dca", "\u0dca\u200d?"))  # ශ්‍රී and ශ්රී


def kin_pattern(poss: str, kin: str, adj: str = "", honour: str = "", *, least: int = 0) -> str:
    """A possessive, up to two adjectives or honorifics, a kinship word, an optional honorific after it."""
    between = f"(?:(?:{alt(adj)})[ ]){{{least},2}}" if adj else ""
    after = f"(?:[ ]?(?:{alt(honour)}))?" if honour else ""
    return f"(?:{alt(poss)})[ ]{between}(?:{alt(kin)}){after}"


class Script(NamedTuple):
    chars: re.Pattern[str]  # a letter of the script: the pattern runs only then
    cue: re.Pattern[str]  # cue branches i (intro), l (label), t (title), k (kin); n: the words after it
    stop: frozenset[str]  # never a name word: function words, verbs, time, places, common nouns, cue words
    ends: tuple[str, ...] = ()  # glued case and verb endings: stripped from a known name, else no name
    soft: tuple[str, ...] = ()  # endings that names also have: stripped from a known name, else kept
    names: frozenset[str] = frozenset()  # common surnames the gazetteer lacks
    pred: frozenset[str] = frozenset()  # after a lone unknown word (kin, title): a copula or a postposition
    close: frozenset[str] = frozenset()  # copulas and quotatives that close an introduced name
    strip: re.Pattern[str] | None = None  # particles glued after a name (Georgian cases, Burmese)
    namey: re.Pattern[str] | None = None  # surname forms (Georgian -შვილი, Armenian -յան)
    weak: re.Pattern[str] | None = None  # surname forms that end other words too: only mid-sentence
    bad: re.Pattern[str] | None = None  # word starts that are never names (Tigrinya relative verbs)
    inner: tuple[str, ...] = ()  # never inside a name word (scripts written without spaces)
    known_first: bool = False  # after kin, the first word must be in the gazetteer or precede a surname
    two: bool = False  # after kin or a title, two words are needed (one is as often a pronoun and a verb)
    lone_end: bool = True  # a lone unknown word closing the sentence after kin is a predicate ("… is ill.")
    run: bool = False  # two or three clean words closed by punctuation, a `close` or a `run_end` word count whole
    run_end: frozenset[str] = frozenset()  # words that end such a run but not a lone name ("and")
    copula: str = ""  # glued to the last word of such a run: "is" ("ناوی ئەحمەد دڵشادە،": his name is …)
    maxlen: int = 30
    virama: str = ""


_SEP = r"(?:[ \t]*[,՝][ \t]*|[ \t]+)"
_GLUE = "[ \t\u200b]*[:៖]?[ \t\u200b]*"
_SPACE = "[ \t]+"  # after a title: no comma ("ბატონო, გთხოვთ …" is an address)


def script(
    letters: str, stop: str, *, intro: str = "", label: str = "", title: str = "", kin: tuple[str, ...] = (),
    title_re: str = "", kin_re: str = "", words: str = "", lead: str | None = None, word: str = "",
    gap: str = "[ ]", glued: bool = False, title_gap: str = "", **kw: Any,
) -> Script:  # fmt: skip
    """Intro and label are regexes, title and kin (possessives, kinship words, adjectives, honorifics)
    literals, which are no names either. The whole match is a look-ahead, so that cues that overlap
    are all tried ("ჩემს ძმას ჰქვია …", "మా అన్నయ్య పేరు …")."""
    sep = _GLUE if glued else _SEP
    title_re = title_re or (alt(title) if title else "")
    kin_re = kin_re or (kin_pattern(*kin) if kin else "")
    branches = [
        f"(?P<i>{intro}){sep}" if intro else "",
        f"(?P<l>{label})[ \t]*[:：፦៖][ \t]*" if label else "",
        f"(?P<t>{title_re}){title_gap or (_GLUE if glued else _SPACE)}" if title_re else "",
        f"(?P<k>{kin_re}){sep}" if kin_re else "",
    ]
    lead = f"(?<![{letters}])" if lead is None else lead
    word = word or f"[{letters}]{{1,40}}"
    cue = f"{lead}(?=(?:{'|'.join(b for b in branches if b)})(?P<n>{word}(?:{gap}{word}){{0,2}}))"
    chars = re.compile(f"[{letters.replace(chr(0x200C), '').replace(chr(0x200D), '')}]")  # joiners are shared
    return Script(chars, spellings(cue), word_set(stop, title, words, *kin[1:]), **kw)


TOKEN = re.compile("[^ \t\u200b\u1361]+")
_NEXT = re.compile("[ \t\u200b\u1361]*([^ \t\u200b\u1361,.;:!?()\"'\n\r।॥։՝።፣၊။។៕،؛؟]+)")
_CLOSED = re.compile("[ \t\u200b]*(?:[,.;:!?()\"'\n\r।॥։՝።፣፤၊။។៕、，。،؛؟]|$)")


def is_known(sc: Script, word: str) -> bool:
    return gazetteer().is_name(word) or norm(word) in sc.names or bool(sc.namey and sc.namey.fullmatch(word))


def _surname(sc: Script, word: str) -> bool:
    return word in gazetteer().surname or norm(word) in sc.names or bool(sc.namey and sc.namey.fullmatch(word))


def _clean(sc: Script, word: str) -> tuple[int, bool]:
    """How much of a word is a name (0: none) and whether something was cut off after it."""
    full = len(word)
    if sc.strip is not None and len(short := sc.strip.sub("", word)) >= 2:
        word = short
    if norm(word) in sc.stop or not 2 <= len(word) <= sc.maxlen or any(p in word for p in sc.inner):
        return 0, False
    if len(word) == 2 and unicodedata.category(word[1])[0] == "M":  # one syllable: a particle ("ને")
        return 0, False
    if sc.bad is not None and sc.bad.match(word):
        return 0, False
    if is_known(sc, word):
        return len(word), len(word) < full
    for end in sc.ends:
        if word.endswith(end) and len(word) > len(end) + 1:
            stem = word[: -len(end)]
            if is_known(sc, stem):
                return len(stem), True
            if sc.virama and is_known(sc, stem + sc.virama):
                return len(word), True  # "ரமேஷுக்கு": the ending is fused with the name
            return 0, False
    for end in sc.soft:
        if word.endswith(end) and len(word) > len(end) + 1 and is_known(sc, word[: -len(end)]):
            return len(word) - len(end), True
    return len(word), len(word) < full


def _closed(sc: Script, text: str, pos: int) -> bool:
    if _CLOSED.match(text, pos):
        return True
    m = _NEXT.match(text, pos)
    return m is not None and m.group(1) in sc.close


_JOINERS = ("\u200c", "\u200d")
_BLESSING = re.compile(r"(?:ਸਤਿ|ਸਤ|जय|જય|জয়|ಜೈ|జై|ଜୟ|ജയ്)[ ]$")


def _closed_run(sc: Script, text: str, words: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Two or three words after a cue that punctuation or a closing word ends, none of them a stop word:
    names the gazetteer does not know ("ناوی ڕێبوار عومەر عەزیز، ژمارەی …"). None for anything else."""
    for j, (a, b) in enumerate(words[:3]):
        n, cut = _clean(sc, text[a:b])
        if n == 0 or (cut and not _closed(sc, text, b)):
            return None
        nxt = _NEXT.match(text, b)
        if _closed(sc, text, b) or (nxt is not None and nxt.group(1) in sc.run_end):
            if j == 0:
                return None  # one word: the usual rules decide
            end = a + n
            if sc.copula and text.endswith(sc.copula, a, end) and end - a > len(sc.copula) + 2:
                end -= len(sc.copula)
            return words[0][0], end
    return None


def span(sc: Script, text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """The name after one cue: the first word, then following words while they look like name parts."""
    cue = m.groupdict()
    ctx = "t" if cue.get("t") is not None else "k" if cue.get("k") is not None else "i"
    words = [(w.start(), w.end()) for w in TOKEN.finditer(text, *m.span("n"))]
    if sc.run and (whole := _closed_run(sc, text, words)) is not None:
        return whole
    ends: list[int] = []
    first_known = False
    for i, (a, b) in enumerate(words):
        n, cut = _clean(sc, text[a:b])
        if n == 0:
            break
        word = text[a : a + n]
        known = is_known(sc, word)
        if i == 0:
            first_known = known
        elif not (
            known
            or (sc.two and i == 1)
            or (sc.weak is not None and sc.weak.fullmatch(word) and (ctx == "i" or not _closed(sc, text, b)))
            or (ctx == "i" and _closed(sc, text, b))
        ):
            break
        elif ctx == "k" and sc.known_first and not first_known and not _surname(sc, word):
            break  # an unknown first word counts only before a surname ("मेरा भाई अंकुश यादव")
        ends.append(a + n)
        if cut:
            break
    if not ends or text[ends[-1] : ends[-1] + 1] in _JOINERS:
        return None  # nothing, or a word cut at a joiner ("ඕස්ට්‍රේලියානු")
    if ctx == "t" and _BLESSING.search(text, max(0, m.start() - 6), m.start()):
        return None  # "ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ", "જય શ્રી કૃષ્ણ": a greeting, not a title
    if ctx != "i" and len(ends) == 1:
        first = norm(text[words[0][0] : ends[0]])
        # a lone word after a cue in a two-part-name script: a surname, or a given name the lists know
        if (ctx == "k" and sc.known_first and not first_known) or (sc.two and first not in sc.names
                                                                    and not first_known):
            return None
        nxt = _NEXT.match(text, words[0][1])
        closed = ctx == "k" and sc.lone_end and _closed(sc, text, words[0][1])
        if not first_known and (closed or (nxt is not None and nxt.group(1) in sc.pred)):
            return None  # "ਮੇਰਾ ਭਰਾ ਕੈਨੇਡਾ ਵਿੱਚ", "నా భార్య గర్భవతి.": a place or a predicate
    return words[0][0], ends[-1]
