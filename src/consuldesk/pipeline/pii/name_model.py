"""A learned second opinion on PERSON spans: a logistic scorer over candidate name spans.

The rules find a name by its cue ("my brother …", "Mr …") or by a capitalised run that starts with a
known given name. What they miss on writers they were never tuned on is mostly names in caseless
scripts (Arabic, Hebrew, Devanagari, Bengali…) whose words *are* in the gazetteer but carry no cue the
rules know, and capitalised names after prepositions or verbs. The scorer looks at every candidate span
(a capitalised run and its sub-runs; a run of gazetteer words in a caseless spaced script) with its
context words, gazetteer flags, suffixes and what the rules said, and
- adds a candidate the rules did not cover when its score is at least `add`,
- drops a rule PERSON span that is a candidate when its score is below `keep`.
Trained by `consuldesk models train` (`ml/person.py`) on consular_dev and the written corpus; the file
is `ml/models/person.npz` (a weight per feature string seen in training). Without the file,
`detect_pii` is the rules alone.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from consuldesk.pipeline.pii import cues
from consuldesk.pipeline.pii.case_endings import glued_ending_cutter, has_case_script, name_length
from consuldesk.pipeline.pii.caseless import has_caseless
from consuldesk.pipeline.pii.caseless_more import stop_word
from consuldesk.pipeline.pii.cjk_names import (
    JA_SURNAME,
    KIN_JA,
    KIN_ZH_TRIE,
    KO_SURNAMES,
    ZH_FUNCTION_CHARS,
    ZH_PET_NAME,
    ZH_SURNAMES,
)
from consuldesk.pipeline.pii.gazetteer import gazetteer
from consuldesk.pipeline.pii.langwords import common_word
from consuldesk.pipeline.pii.names import place_before
from consuldesk.pipeline.pii.people import CAP_WORD, RUN, family_names, run_start
from consuldesk.pipeline.pii.weights import FeatureWeights
from consuldesk.pipeline.text import LOWER, UPPER, WORD_MARKS

# The shipped models folder of `consuldesk.ml` (named here so the pipeline need not import the ml package).
MODEL_FILE = Path(__file__).resolve().parents[2] / "ml" / "models" / "person.npz"
PERSON = "PERSON"
# What the rules found at a candidate: nothing, exactly this PERSON span, or a PERSON span it overlaps.
NONE = "none"
EXACT = f"{PERSON}=exact"
PART = f"{PERSON}=part"  # may replace the rule span it overlaps
PART_CEILING = 0.9  # a rule name scored this high keeps its boundary

_TOKEN = re.compile(r"\S+")
# Continuation characters include the combining marks (an Indic vowel sign is not `\w` to Python).
_WORD = re.compile(rf"[^\W\d_][\w{WORD_MARKS}'’\-]*")
# A word of a caseless script written with spaces between words (Arabic, Hebrew, Indic, Ethiopic,
# Georgian…): Latin, Greek, Cyrillic, Armenian, kana, CJK, Hangul, Thai, Lao, Myanmar and Khmer are
# left out (cased, or written without spaces).
_CASELESS_WORD = re.compile(
    r"[^\W\d_A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u052f\u0530-\u058f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
    # Thaana writes every vowel as a combining sign ("ޢަލީ"): inside the word like the Indic signs
    rf"\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff][\w{WORD_MARKS}\u07a6-\u07b0]*"
)
_CAPITAL = re.compile(rf"[{UPPER}]")
# Lowercase in a script where case marks names: not Georgian, whose everyday letters Unicode counts as
# lowercase since it added the Mtavruli capitals (str.islower() is True for "ნინო").
_CASED_LOWER = re.compile(rf"[{LOWER}]")
_SENTENCE_START = re.compile(r"(?:^|[.!?:\n]\s*)$")
# A sentence opens a single-word candidate's skip only after a real sentence end: not after a colon
# ("Contact: Ali") or an abbreviation's full stop ("dott. Ferrante", "Dra. Helena", "D. Conceição").
_OPENS_SENTENCE = re.compile(r"""(?:^|[!?:\n]\s*|[^\W\d_]{5}\.\s*|[\d)\]"'”»]\.\s*)$""")
_MAX_RUN = 4
# Hebrew and Arabic letters that glue "and", "to", "in", "from", "that", "the", "as" before a word
_GLUED_PREFIXES = frozenset("ולבמשהכ" "ولبفك")


def _cue_kinds() -> dict[str, str]:
    """The rules' name cues of one or two words, lowercased without a final full stop, by kind.

    A name right after one ("General Mark Johnson", "Дякую Олені Іванівні") is the rules' surest kind,
    but each cue word alone is too rare for the scorer to weigh: the kind is shared by all of them."""
    kinds: dict[str, str] = {}
    # later kinds win: a word that is a sign-off and a title ("sir") is a title
    for kind, words in (("signoff", cues.SIGNOFF), ("label", cues.NAME_LABEL), ("intro", cues.NAME_INTRO),
                        ("relation", cues.RELATION), ("title", cues.TITLE + cues.ROLE_TITLES)):
        for word in words:
            if word.count(" ") <= 1:
                kinds[word.lower().rstrip(".")] = kind
    return kinds


_CUE_KINDS = _cue_kinds()
# An East Slavic patronymic in any case ("Іванівні", "Петровича", "Сергеевной"): a name whose given name may be
# missing from the gazetteer in its case form ("Олені Іванівні").
_PATRONYMIC = re.compile(r"\w+(?:ович|евич|йович|ьович|овн|евн|івн|ївн)(?:а|у|ем|ом|і|е|ы|и|ой|ою)?", re.IGNORECASE)
# Korean: a name is a surname syllable and one to three more, written as one spaced word with at most a
# particle or honorific glued after it ("박준호입니다", "민재가", "강명숙 사모님").
_HANGUL_WORD = re.compile("(?<![가-힣])[가-힣]{2,}")
_KO_SURNAME_SET = frozenset(KO_SURNAMES)
# Chinese and Japanese: a common surname and one or two more characters (Chinese), or a Japanese surname
# alone or with a given name of up to three characters; the characters around it decide.
_HAN = "\u4e00-\u9fff"
_HAN_CHAR = re.compile(f"[{_HAN}]")
_ZH_SURNAME_SET = frozenset(ZH_SURNAMES) - frozenset("向于上任方万")  # everyday words before all else
_JA_SURNAME = re.compile(rf"(?<![{_HAN}]){JA_SURNAME}")
_HAN_OR_KANA = re.compile(f"[{_HAN}\u3040-\u30ff]")
# Given names without a surname: right after a kinship word ("我姐晓雯前天", "室友佳琪刚才", "父 幸雄、母 恵美子"),
# and pet names ("阿強", "小瑜", doubled "乐乐", the surname after 老 in "工友老韦").
_KIN_WORD = rf"(?:{KIN_ZH_TRIE}|{KIN_JA})[ 　]?叫?"
_KIN_HAN = re.compile(rf"{_KIN_WORD}(?=[{_HAN}])")
_KIN_BEFORE = re.compile(rf"{_KIN_WORD}$")
# What follows a name: a function character or the first of a time word or adverb ("在", "上个月", "刚才")
_AFTER_NAME = frozenset(ZH_FUNCTION_CHARS + "上前刚剛现現又都就突昨今有卡嫁跑从從")  # not 一 明 正: "浩一"
_PET_HAN = re.compile(rf"(?<![{_HAN}])(?={ZH_PET_NAME})[阿小]|老(?=[{_HAN}])|([{_HAN}])\1")
_NOT_PET = re.compile(rf"(?!{ZH_PET_NAME})[阿小]")  # "阿姨" (auntie), "小心" (careful)
# characters doubled as ordinary words ("谢谢" thanks, "常常" often, "妈妈" mum), never a doubled pet name
_DOUBLED_WORDS = frozenset(
    "谢謝常刚剛慢好天偷渐漸人个個哈呵嘻嘿妈媽爸哥姐姊弟妹奶爷爺姥叔舅姑伯婆公看想试試等说說走问問听聽仅僅往稍悄默紧緊"
    "大多快早太步年处處时時家明轻輕满滿匆急"
)
_KO_TAILS = frozenset((
    "이", "가", "은", "는", "을", "를", "의", "도", "만", "와", "과", "랑", "이랑",
    "야", "아", "씨", "님", "께", "에게", "한테", "께서", "에게서", "한테서", "로", "으로",
    "이가", "이는", "이를", "이의", "이도", "이와", "이한테", "입니다", "이고", "이며",
    "이에요", "예요", "이에게", "래요", "이래요", "라고", "이라고", "드림", "올림", "씨가",
    "씨는", "씨를", "씨의", "씨랑", "씨도", "씨께", "님이", "님은", "님의", "님께", "님도",
    "님과", "님이랑", "이었어요", "였어요", "이었다", "였다", "이다", "다",
))

# Given names that are far more often everyday words in consular Korean: "현지" local, "하나" one, "철수"
# withdrawal, "지원" support, "연수" training, "여진" aftershock, "명은"/"분이" (persons, minutes + particle)
_KO_EVERYDAY = frozenset((
    "현지", "하나", "철수", "지원", "명은", "분이", "소이", "여진", "은혜", "이슬", "한결", "연수", "수련", "소정",
    "성원", "정주", "대원", "수인", "경선", "선정", "선주", "유선", "미주", "영주", "해준", "남이", "이안", "시아",
    "하늘", "보람", "아름", "슬기", "사랑", "수지", "기수", "동방", "서문", "장곡", "황목", "다운", "미래", "희망",
))

Candidate = tuple[int, int, int, int]  # span start, end; its run's start, end


def _runs(text: str, persons: set[tuple[int, int]], lang: str | None = None
          ) -> Iterator[tuple[int, int, list[tuple[int, int]]]]:
    """Capitalised runs (start, end, word spans) holding a known name word or a rule PERSON span; in
    caseless spaced scripts, runs of known name words.

    Driven by the capitalised words that are names (one C-level scan, then set look-ups), as
    `people.find_cue_free` is: a run without any could only be added against the odds (see below).
    """
    run_end = -1  # runs do not overlap: a start inside the last run belongs to it
    g = gazetteer()
    given, surname = g.given, g.surname  # the rules' own sets, warm in the cache (one merged set was slower)
    cutter = glued_ending_cutter(lang)
    starts = [cap.start() for cap in CAP_WORD.finditer(text) if _known(cap.group(), given, surname)
              or (cutter is not None and cutter(cap.group()) < len(cap.group()))]
    if persons:
        starts = sorted(starts + [a for a, _ in persons if text[a].isupper()])
    for position in starts:
        if position < run_end:
            continue
        m = RUN.match(text, run_start(text, position))
        if m is None or m.end() <= position:
            m = RUN.match(text, position)
            if m is None:
                continue
        rs, re_ = m.span(1)
        run_end = re_
        yield rs, re_, [t.span() for t in _TOKEN.finditer(text, rs, re_)] if " " in text[rs:re_] else [(rs, re_)]
    if text.isascii() or not has_caseless(text):
        return
    yield from _caseless_runs(text, g.is_name)


def _known(word: str, given: frozenset[str], surname: frozenset[str]) -> bool:
    """A known name word; a compound one ("Бат-Эрдэнэ", "Mary-Jane") whole or by its first part."""
    if word in given or word in surname:
        return True
    head, dash, _ = word.partition("-")
    return bool(dash) and (head in given or head in surname)


def _runs_without_endings(text: str, persons: set[tuple[int, int]], lang: str | None = None
                          ) -> Iterator[tuple[int, int, list[tuple[int, int]]]]:
    """The runs, each Armenian, Georgian, Mongolian or Basque word cut back to the name its case ending is glued
    to ("Արմենը", "Энхжаргалд", "Mikeli")."""
    length = glued_ending_cutter(lang)
    if length is None and not has_case_script(text):
        yield from _runs(text, persons)
        return
    length = length or name_length
    for rs, _, words in _runs(text, persons, lang):
        cut = [(a, a + length(text[a:b])) for a, b in words]
        yield rs, cut[-1][1], cut


def _caseless_runs(text: str, is_name: Callable[[str], bool]) -> Iterator[tuple[int, int, list[tuple[int, int]]]]:
    """Runs of known name words in a caseless spaced script, each widened by the one word on either side
    (a surname or given name the gazetteer lacks: "جاسم المهندي"), words joined by single spaces."""
    words = [_without_prefix(m.start(), m.group(), is_name) for m in _CASELESS_WORD.finditer(text)]
    i = 0
    while i < len(words):
        if not words[i][1]:
            i += 1
            continue
        j = i
        while j + 1 < len(words) and words[j + 1][1] and j - i + 1 < _MAX_RUN and _spaced(text, words[j], words[j + 1]):
            j += 1
        # widened by a word that is no stop word ("გვარი მაისურაძე": "surname" is a label, not a name)
        first = i - 1 if i > 0 and _spaced(text, words[i - 1], words[i]) and not _stop(text, words[i - 1]) else i
        last = j + 1 if (j + 1 < len(words) and j - first + 1 < _MAX_RUN and _spaced(text, words[j], words[j + 1])
                         and not _stop(text, words[j + 1])) else j
        run = [span for span, _ in words[first:last + 1]]
        yield run[0][0], run[-1][1], run
        i = last + 1


def _without_prefix(start: int, word: str, is_name: Callable[[str], bool]) -> tuple[tuple[int, int], bool]:
    """A word's span and whether it is a known name, a Hebrew or Arabic one-letter prefix glued before a name
    left out ("לדנה" to Dana, "ודני" and Dani, "ومحمد" and Mohammed), and the Tigrinya "and" glued after one
    ("ሮዛን ሳምሶንን" Roza and Samson): writers label the name without them."""
    end = start + len(word)
    if is_name(word):
        return (start, end), True
    for cut in (1, 2):
        if len(word) - cut >= 3 and all(ch in _GLUED_PREFIXES for ch in word[:cut]) and is_name(word[cut:]):
            return (start + cut, end), True
    if len(word) >= 3 and word[-1] == "ን" and is_name(word[:-1]):
        return (start, end - 1), True
    return (start, end), False


def _stop(text: str, word: tuple[tuple[int, int], bool]) -> bool:
    (a, b), _ = word
    return stop_word(text[a:b])


def _spaced(text: str, left: tuple[tuple[int, int], bool], right: tuple[tuple[int, int], bool]) -> bool:
    return text[left[0][1]:right[0][0]] == " "


def _flags(word: str) -> str:
    g = gazetteer()
    flags = ("g" if word in g.given else "") + ("s" if word in g.surname else "") + (
        "a" if word in g.ambiguous else "") + ("p" if word in g.place else "")
    return flags or "-"


@functools.lru_cache(maxsize=1 << 16)
def _word_features(word: str, pos: str) -> tuple[tuple[str, ...], str]:
    """A word's own features at a position (F first, M middle, L last) and its first gazetteer flag.

    Cached: the same names, places and greetings recur across a stream, and these strings are most of
    a candidate's cost."""
    low = word.lower()
    flags = _flags(word)
    return (f"t={low}", f"g{pos}={flags}", f"suf3{pos}={low[-3:]}", f"suf2{pos}={low[-2:]}"), flags[0]


def features(text: str, lang: str | None, cand: Candidate, rule: str, capitals: int) -> list[str]:
    """The candidate's feature strings: its words, their gazetteer flags and endings, the words around it."""
    s, e, rs, re_ = cand
    words = text[s:e].split()
    out = [f"n={len(words)}", f"lang={lang}", f"rule={rule}", f"capr={capitals}",
           f"runstart={s == rs}", f"runend={e == re_}"]
    pattern = []
    last = len(words) - 1
    for i, word in enumerate(words):
        own, flag = _word_features(word, "F" if i == 0 else ("L" if i == last else "M"))
        out += own
        pattern.append(flag)
    out.append(f"gpat={''.join(pattern)}")
    if len(words) > 1 and any(_PATRONYMIC.fullmatch(word) for word in words):
        out.append("patronymic")
    if "\u4e00" <= text[s] <= "\u9fff":
        out += [f"zp1={text[s - 1] if s else '^'}", f"zp2={text[max(0, s - 2):s]}", f"zn1={text[e:e + 1]}",
                f"zn2={text[e:e + 2]}", f"zlen={e - s}", f"z1={text[s]}"]
        out += [f"zg={char}" for char in text[s + 1:e]]
        # a name cut inside a run of kanji ("石井 浩|一") is rarely the whole name
        han_next = "\u4e00" <= text[e:e + 1] <= "\u9fff"
        out.append(f"zrun={han_next}")
        # the candidates without a surname: doubled pet names ("乐乐") and given names after a kinship word
        kin = _KIN_BEFORE.search(text, max(0, s - 6), s) is not None
        next_char = text[e:e + 1]
        next_class = "end" if not next_char else (
            "fn" if next_char in _AFTER_NAME else ("han" if han_next else "other"))
        out += [f"zdbl={text[s:s + 1] == text[s + 1:s + 2]}", f"zsur={text[s] in _ZH_SURNAME_SET}",
                f"zkin={lang}|{kin}|{e - s}", f"znc={lang}|{next_class}", f"zkinnc={lang}|{kin}|{next_class}"]
    elif "가" <= text[s] <= "힣":
        # one spaced word: its surname syllable, its length and the particle glued after it
        tail = _HANGUL_WORD.match(text, e)
        out += [f"ko1={text[s]}", f"kolen={e - s}", f"kotail={text[e:tail.end()] if tail else ''}",
                f"kowhole={tail is None}|{e - s}"]
        out += [f"kog={syllable}" for syllable in text[s + 1:e]]
    before = [w.lower() for w in _WORD.findall(text, max(0, s - 60), s)[-2:]]
    after = _WORD.search(text, e, e + 40)
    p1 = before[-1] if before else "<s>"
    n1 = after.group().lower() if after else "</s>"
    p2 = " ".join(before)
    out += [f"p1={p1}", f"p2={p2 or '<s>'}", f"n1={n1}", f"p1n1={p1}|{n1}",
            f"pc={text[s - 1] if s else '^'}", f"pc2={text[max(0, s - 2):s].strip() or '^'}",
            f"nc={text[e] if e < len(text) else '$'}",
            f"ss={_SENTENCE_START.search(text, max(0, s - 3), s) is not None}"]
    cue = _CUE_KINDS.get(p2) or _CUE_KINDS.get(p1)
    if cue is not None:
        out.append(f"cue={cue}")  # only when present: "cue=None" on every other candidate blurred the bias
    return out


def capital_share(text: str) -> int:
    """Capital letters per word, in fifths (0–4): headlines and ALL CAPS texts differ from prose."""
    return min(len(_CAPITAL.findall(text)) * 5 // (text.count(" ") + 1), 4)


def scored_candidates(text: str, spans: list[tuple[int, int, str]], lang: str | None = None
                      ) -> Iterator[tuple[Candidate, str]]:
    """Sub-runs that can change the result, with what the rules found there (NONE, EXACT or PART).

    A rule PERSON span that is a sub-run may be dropped, and a sub-run overlapping just that one rule name
    may replace it (PART); a sub-run that overlaps no rule span may be
    added, but only when it starts with a capital (cased scripts), one of its words is a known name, and
    it is not one word opening a sentence: the others were names once in ~360 (25,500 candidates in
    training), and skipping them is most of the scorer's speed. One word that is also a place ("Manila"),
    an ordinary word ("Will", "Gracias") or, in the text's language, a common word ("Juli" in Indonesian)
    is skipped too (scoring the ordinary words gained 0.002 out of fold but took a closing "Gracias" for a
    name); one after an abbreviation's full stop ("dott. Marchetti") is scored.
    """
    g = gazetteer()
    persons = {(a, b) for a, b, kind in spans if kind == PERSON}
    for rs, re_, words in _runs_without_endings(text, persons, lang):
        known = [g.is_name(text[a:b]) for a, b in words]
        touching = [(a, b) for a, b, _ in spans if a < re_ and rs < b]  # rule spans inside or across the run
        if not any(known) and not touching:
            continue
        for i, (s, _) in enumerate(words):
            if _CASED_LOWER.match(text, s):
                continue  # a lowercase word of a cased script ("de", "van") does not open a name
            for j in range(i, len(words)):
                e = words[j][1]
                if (s, e) in persons:
                    yield (s, e, rs, re_), EXACT
                    continue
                if not any(known[i:j + 1]):
                    continue
                crossed = [(a, b) for a, b in touching if a < e and s < b]
                if crossed:
                    # another boundary for one rule name ("ትዕግስት" for "ትዕግስት ቤሩት", Tigist + Beirut)
                    if len(crossed) == 1 and crossed[0] in persons:
                        yield (s, e, rs, re_), PART
                    continue
                if all(text[a:b] in g.place or text[a:b] in g.ambiguous for a, b in words[i:j + 1]):
                    continue  # only places and ordinary words ("Manila Gracias")
                if i == j and ((_OPENS_SENTENCE.search(text, max(0, s - 12), s) is not None and text[s].isupper())
                               or common_word(text[s:e], lang)):
                    continue
                yield (s, e, rs, re_), NONE
    if not text.isascii():
        if _HANGUL_WORD.search(text) is not None:
            yield from _hangul_candidates(text, spans, persons)
        if _HAN_CHAR.search(text) is not None:
            yield from _han_candidates(text, spans, persons)


def _han_candidates(text: str, spans: list[tuple[int, int, str]], persons: set[tuple[int, int]]
                    ) -> Iterator[tuple[Candidate, str]]:
    """Chinese and Japanese name shapes (see `_ZH_SURNAME_SET`, `_JA_SURNAME`) and the rules' Han PERSON spans."""
    for x, y in persons:
        if "\u4e00" <= text[x] <= "\u9fff":
            yield (x, y, x, y), EXACT
    seen: set[tuple[int, int]] = set()
    taken = [(a, b) for a, b, _ in spans]

    def free(a: int, b: int) -> bool:
        return (a, b) not in seen and not any(x < b and a < y for x, y in taken)

    for m in _JA_SURNAME.finditer(text):
        a, end = m.span()
        given = end + 1 if text[end:end + 1] in (" ", "\u3000") else end
        for stop in (end, given + 1, given + 2, given + 3):
            if stop > end and (stop > len(text) or _HAN_OR_KANA.fullmatch(text, stop - 1, stop) is None):
                break
            if free(a, stop):
                seen.add((a, stop))
                yield (a, stop, a, stop), NONE
    for m in _HAN_CHAR.finditer(text):
        a = m.start()
        if text[a] not in _ZH_SURNAME_SET:
            continue
        for end in (a + 2, a + 3):
            if end > len(text) or _HAN_CHAR.fullmatch(text, end - 1, end) is None or text[a + 1] == text[a]:
                break  # a doubled surname character is a word ("谢谢" thanks, "常常" often), not a name
            if free(a, end):
                seen.add((a, end))
                yield (a, end, a, end), NONE
    for a, ends in _given_name_shapes(text):
        for end in ends:
            if end > len(text) or _HAN_CHAR.fullmatch(text, end - 1, end) is None:
                break  # a name is one run of Han characters
            if free(a, end):
                seen.add((a, end))
                yield (a, end, a, end), NONE


def _given_name_shapes(text: str) -> Iterator[tuple[int, tuple[int, ...]]]:
    """Starts and possible ends of Han given names without a surname (`_KIN_HAN`, `_PET_HAN`)."""
    for m in _KIN_HAN.finditer(text):
        a = m.end()
        if _NOT_PET.match(text, a) is None:
            yield a, (a + 1, a + 2, a + 3)
    for m in _PET_HAN.finditer(text):
        a = m.start()
        if m.group(1):
            if m.group(1) not in _DOUBLED_WORDS:
                yield a, (a + 2,)  # "乐乐"
        elif text[a] == "老":
            yield a + 1, (a + 2,)  # "老韦": the surname is the name
        else:
            yield a, (a + 2, a + 3)  # "阿強", "小瑜"


def _hangul_candidates(text: str, spans: list[tuple[int, int, str]], persons: set[tuple[int, int]]
                       ) -> Iterator[tuple[Candidate, str]]:
    """Korean words of a name's shape (surname syllable, 2–4 syllables, a known particle or nothing after),
    and the rules' Korean PERSON spans, which may be dropped."""
    for m in _HANGUL_WORD.finditer(text):
        a, b = m.span()
        inside = [(x, y) for x, y in persons if a <= x < b]
        for x, y in inside:
            yield (x, y, a, b), EXACT
        if inside or any(x < b and a < y for x, y, _ in spans):
            continue
        if text[a] in _KO_SURNAME_SET:
            for length in (2, 3, 4):
                if a + length == b or (a + length < b and text[a + length:b] in _KO_TAILS):
                    yield (a, a + length, a, b), NONE
        elif ((a + 2 == b or text[a + 2:b] in _KO_TAILS) and text[a:a + 2] not in _KO_EVERYDAY
              and gazetteer().is_name(text[a:a + 2])):
            # a known given name alone ("준서가", "룸메 승우"): most are not written after a surname
            yield (a, a + 2, a, b), NONE


class NameModel(FeatureWeights):
    """Logistic weights by feature string (only features seen in training) and the two thresholds."""

    __slots__ = ("add", "keep")
    SETTINGS = ("keep", "add")

    def __init__(self, weights: dict[str, float], bias: float, keep: float, add: float) -> None:
        super().__init__(weights, bias)
        self.keep = keep
        self.add = add

    def _replace_boundaries(self, text: str, lang: str | None, parts: list[Candidate],
                            rule_score: dict[tuple[int, int], float], capitals: int,
                            drop: set[tuple[int, int]], added: list[tuple[float, int, int]]) -> None:
        """A rule name the scorer doubts is replaced by the best other boundary of it that scores higher
        and at least `add`. Parts of confident rule names are not scored: that is most of their cost."""
        best: dict[tuple[int, int], tuple[float, int, int]] = {}
        for cand in parts:
            s, e = cand[0], cand[1]
            rule = next(((a, b) for a, b in rule_score if a < e and s < b), None)
            if rule is None or rule_score[rule] >= PART_CEILING:
                continue
            if capitals < 0:
                capitals = capital_share(text)
            p = self.score(features(text, lang, cand, PART, capitals))
            if p >= self.add and p > rule_score[rule] and p > best.get(rule, (0.0, 0, 0))[0]:
                best[rule] = (p, s, e)
        for rule, found in best.items():
            drop.add(rule)
            added.append(found)

    def refine(self, text: str, lang: str | None, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """The rule spans with weak PERSON spans dropped and confident new ones added (non-overlapping)."""
        capitals = -1
        drop: set[tuple[int, int]] = set()
        added: list[tuple[float, int, int]] = []
        rule_score: dict[tuple[int, int], float] = {}
        parts: list[Candidate] = []
        family: list[tuple[int, int]] | None = None  # `people.family_names`, found once, when first needed
        for cand, rule in scored_candidates(text, spans, lang):
            if rule == PART:
                parts.append(cand)  # scored below, only against a doubtful rule name
                continue
            if capitals < 0:
                capitals = capital_share(text)
            p = self.score(features(text, lang, cand, rule, capitals))
            if rule == NONE:
                # The rules' place veto holds for the scorer too: "the bridge Simón Bolívar", "Hotel Maria Cristina".
                if p >= self.add and not place_before(text, cand[0]):
                    added.append((p, cand[0], cand[1]))
            else:
                rule_score[(cand[0], cand[1])] = p
                if p < self.keep:
                    if family is None:
                        family = family_names(text)
                    # a family word is the surest cue there is (16 of 16 such rule names in the written
                    # corpus are names), too rare for the scorer to learn: "the Pemberton family"
                    if (cand[0], cand[1]) not in family:
                        drop.add((cand[0], cand[1]))
        if parts:
            self._replace_boundaries(text, lang, parts, rule_score, capitals, drop, added)
        if not drop and not added:
            return spans
        out = [span for span in spans if (span[0], span[1]) not in drop]
        taken: list[tuple[int, int]] = []
        for _, s, e in sorted(added, reverse=True):
            if not any(a < e and s < b for a, b in taken):
                taken.append((s, e))
                out.append((s, e, PERSON))
        return sorted(out)


@functools.cache
def name_model() -> NameModel | None:
    """The shipped scorer, loaded once; None when the file is absent (the rules then work alone)."""
    return NameModel.load(MODEL_FILE) if MODEL_FILE.is_file() else None
