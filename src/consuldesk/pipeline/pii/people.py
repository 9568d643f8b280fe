"""Cue-free PERSON spans in cased scripts: runs of capitalised words that start with a known given name.

Writers often name people with no cue at all ("Claire Masson et Julien Masson, riad …", "especially
Hannah who answered", "Emily Sandoval, US citizen"). A capitalised run counts when its first word
(after titles and sentence openers) is a given name from the gazetteer and no word in it names an
organisation or a place ("Jose Rizal University", "Victoria Station"). An ambiguous given name
("Will", "Grace", "Rosa") needs a known surname or given name after it; a lone given name must be
unambiguous. Also: "Name, 23" (a name and an age), "the Abernathy family", and the Tagalog personal
articles "si/sina/kay/ni" ("tita kong si Erlinda Cruz"). Linear: one regex pass, set look-ups.
"""

from __future__ import annotations

import functools
import re

from consuldesk.pipeline.pii import cues
from consuldesk.pipeline.pii.gazetteer import gazetteer
from consuldesk.pipeline.pii.langwords import common_word
from consuldesk.pipeline.pii.names import (
    MARKED_LOWER,
    OPENERS,
    PARTICLE,
    SEQ,
    STOP,
    TITLES,
    AddPerson,
    add_with_partners,
    and_particle,
    place_before,
    trim,
    trim_inflected,
)
from consuldesk.pipeline.pii.names_nguni import find_nguni
from consuldesk.pipeline.pii.names_surnamed import find_surnamed
from consuldesk.pipeline.text import LOWER, UPPER

# A capitalised run, not glued to a handle, hashtag, e-mail or word.
RUN = re.compile(rf"(?<![\w@#'’.\-])({SEQ})(?![\w@'’\-])")
_TOKEN = re.compile(r"[^\W\d_][\w\u0300-\u036f'’\-]*")
# The same run where it ends the cue-free way: also before a particle glued in a script without spaces
# ("Valeria Ruiz예요", "Lotte에서") and before a closing quote ("a.n. Bambang Sutrisno'.").
_GLUED = "\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
_RUN_FREE = re.compile(rf"(?<![\w@#'’.\-])({SEQ})(?![^\W{_GLUED}]|[@\-]|['’][^\W\d_])")
# A run that ends in a possessive "'s", without it ("Kevin's hospital bill", "Darren Tan's mother"): only
# for an unambiguous given name, so a shop or a brand ("Wendy's", "McDonald's") does not start one.
_RUN_POSSESSIVE = re.compile(rf"(?<![\w@#'’.\-])({SEQ})(?=['’]s(?![^\W\d_]))")
# The capital comes first and the look-behind checks the character before it: the engine then skips
# to capitals with a character-set scan instead of testing the look-behind at every position.
# A capitalised word, with a hyphenated second part ("Бат-Эрдэнэ", "Anne-Sophie"): a compound name is
# known whole or by its first part (see `find_cue_free` and `name_model._known`).
CAP_WORD = re.compile(rf"[{UPPER}](?<![\w@#'’.\-][{UPPER}])[{MARKED_LOWER}]+(?:-[{UPPER}][{MARKED_LOWER}]+)?")
_BACK_WORD = re.compile(rf"(?:[{UPPER}]['’])?[{UPPER}][{LOWER}]+(?:['’\-][{UPPER}]?[{LOWER}]+)?|{PARTICLE}")
_ARTICLE_LANGS = frozenset(("tl", "en", None))
# si/sina/kay/kina/ni/nina. The first letter comes first and the look-behind checks the character
# before it, so the engine skips to candidate letters instead of testing every position.
_ARTICLE = re.compile(
    rf"[SsKkn](?<![^\W_].)(?:(?<=[Ss])i(?:na)?|(?<=[Kk])(?:ay|ina)|(?<=n)i(?:na)?)[ ]+({SEQ})"
)
_FAMILY = re.compile(
    rf"(?<![^\W_])(?:[Tt]he[ ]({SEQ})[ ](?:[Ff]amily|[Ff]amilies|[Hh]ousehold)"
    rf"|(?:[Ll]a[ ]famille|[Ll]a[ ]familia|[Dd]ie[ ]Familie|[Aa][ ]família|[Dd]e[ ]familie|[Rr]odzina|[Rr]odina"
    rf"|[Сс]емья|[Сс]ім['’]я|[Сс]ям['’]я|[Oo]bitelj|[Pp]orodica|[Пп]ородица|[Ff]amiljen|[Ff]amilien)[ ]({SEQ})"
    # the family word after the name: Hungarian, Turkish, Azerbaijani, Uzbek, Kazakh ("Tóth család")
    rf"|({SEQ})[ ](?:család|családja|családunk|ailesi|ailəsi|oilasi|оиласи|отбасы)(?![\w]))"
)
# Substrings of the family words of `_FAMILY`: a text without any skips the regex. ASCII texts need only
# the ASCII ones (this runs on every cased text).
_FAMILY_WORDS_ASCII = ("amil", "ousehold", "odzina", "odina", "bitelj", "orodica", "ailesi", "oilasi")
_FAMILY_WORDS = (*_FAMILY_WORDS_ASCII, "емья", "ім'я", "ям'я", "ім’я", "ям’я", "ородица", "család", "ailəsi", "оиласи",
                 "отбасы")
# A lowercase place or organisation noun right after a run names what the run is: "Paris Hilton hotel".
_ORG_AFTER = re.compile(
    r"[ ](?:hotel|hostel|hospital|clinic|bridge|street|road|avenue|square|station|airport|mosque|church|temple|"
    r"school|university|college|camp|park|district|area|building|tower|mall|market|beach|island|resort|port|"
    r"border|crossing|highway|foundation|company|group|team|embassy|consulate|office|centre|center)(?![\w'’])"
)
_AGE = re.compile(r",[ ]?\(?\d{1,2}\)?(?![\d:/.,]\d|\d| ?(?:%|km|kg|m\b|h\b|min|days?|people|of|years? ago))")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"“(]|\s[\-–—])\s*$")
# A place preposition right before a run: "in Bali", "to Boston", "em Braga", "à Rome", "từ Hà Nội".
_LOCATIVE = re.compile(
    r"(?<![^\W_])(?:in|at|to|from|near|into|via|around|across|towards|en|em|à|au|aux|a|para|desde|hacia|nach|"
    r"aus|bei|naar|uit|w|we|z|do|в|во|из|на|sa|di|ke|dari|tại|ở|đến|từ|sang|till|på|per|verso|por|no|na)[ ]+$"
)


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in _TOKEN.finditer(text, start, end)]


def _run_person(text: str, start: int, end: int, lang: str | None = None) -> tuple[int, int] | None:
    """The person inside a capitalised run, if its first real word is a usable given name."""
    g = gazetteer()
    words = [(s, e) for s, e in _tokens(text, start, end) if text[s].isupper()]
    if any(text[s:e] in cues.ORG_WORDS for s, e in words):
        return None  # "Queen Mary Hospital", "Maya Bay"
    if place_before(text, start):
        return None
    # Leading titles and sentence openers go ("Dear Maria", "Thanks Anna"); any other non-name
    # word in front makes the run something else ("Costa Rica", "New Jersey", "Hotel Maria").
    # "Ben Kerem Aydın" (tr "I"), "Anne Merve Çelik" (tr "mother"): a common word of the text's language
    while len(words) > 1 and common_word(text[words[0][0] : words[0][1]], lang):
        words.pop(0)
    while words and text[words[0][0] : words[0][1]] in STOP:
        word = text[words[0][0] : words[0][1]]
        if word in cues.ORG_WORDS or not (word in TITLES or word in OPENERS or _at_sentence_start(text, words[0][0])):
            return None
        words.pop(0)
    # A title that is also a given name ("Marwo Hibaaq": Somali "Mrs"): it goes before another given name.
    while len(words) > 1 and text[words[0][0] : words[0][1]] in TITLES and g.is_given(
        text[words[1][0] : words[1][1]], strict=False
    ):
        words.pop(0)
    while len(words) > 1 and text[words[-1][0] : words[-1][1]] in STOP:
        words.pop()
    while len(words) > 2 and g.is_place_only(text[words[-1][0] : words[-1][1]]):
        words.pop()
    if not words:
        return None
    first = text[words[0][0] : words[0][1]]
    if not g.is_given(first, strict=False) or _ORG_AFTER.match(text, end):
        return None  # "the Royal Palm hotel", "King Hussein bridge"
    locative = _LOCATIVE.search(text, max(0, words[0][0] - 12), words[0][0]) is not None
    if len(words) == 1:
        return words[0] if g.is_given(first) and not locative else None
    rest = [text[s:e] for s, e in words[1:]]
    if (locative or not g.is_given(first)) and not any(w in g.surname or g.is_given(w) for w in rest):
        return None  # "in Simón Bolívar"-like runs need a known surname; "Will Embassy" is no name
    return words[0][0], words[-1][1]


def _at_sentence_start(text: str, position: int) -> bool:
    return position == 0 or _SENTENCE_START.search(text, max(0, position - 3), position) is not None


def _words(text: str) -> list[str]:
    """Words with the punctuation that sticks to names removed ("Maria,", "(Tom)"): what a "word" is
    for the given-name pre-check. `has_given_name` answers the same question without building this
    list; this stays as its definition (a test holds the two together)."""
    for ch in _SEPARATORS:
        if ch in text:
            text = text.replace(ch, " ")
    return text.split()


_SEPARATORS = ",.!?:;()\""


@functools.cache
def _name_words() -> re.Pattern[str]:
    """The words of `_words(text)` that start with a character some given name starts with.

    A word starts after whitespace or a separator; the first character comes first in the pattern
    (checked against what precedes it by a look-behind), so the engine skips with a character-set
    scan to the few candidates (capitals, mostly) instead of splitting every word out of the text.
    `\\s` and `str.split()` agree on whitespace (both use Unicode's), so the words are the same."""
    firsts = sorted({name[0] for name in gazetteer().given})
    if any(ch.isspace() or ch in _SEPARATORS for ch in firsts):
        raise ValueError("names.txt: a given name starts with whitespace or punctuation")
    first = "".join(re.escape(ch) for ch in firsts)
    sep = r"\s" + re.escape(_SEPARATORS)
    return re.compile(rf"[{first}](?<![^{sep}][{first}])[^{sep}]*")


def has_given_name(text: str) -> bool:
    """Whether a word of `text` (as `_words` splits it) is a known given name: the cheap pre-check of
    `find_cue_free`. Only words that start like a given name are looked up."""
    given = gazetteer().given
    words = _name_words().findall(text)
    if not given.isdisjoint(words):
        return True
    # a possessive is glued to its word: "Kevin's hospital bill"
    return ("'s" in text or "’s" in text) and any(w[:-2] in given for w in words if w.endswith(("'s", "’s")))


def run_start(text: str, position: int) -> int:
    """Start of the capitalised run that ends with the word at `position` (at most three words back)."""
    start = position
    for _ in range(3):
        if start < 2 or text[start - 1] != " ":
            break
        space = text.rfind(" ", max(0, start - 32), start - 1)
        word_start = space + 1 if space >= 0 else (0 if start <= 32 else -1)
        if word_start < 0 or not _BACK_WORD.fullmatch(text, word_start, start - 1):
            break
        start = word_start
    return start


# Initials before a surname, as South Asian, Sri Lankan and Filipino writers sign and list people: "K. R. Menon",
# "W.A. Kusumawathi", "Md. Rafiqul Islam", "Ma. Cristina Reyes-Santos". The initials are single capitals with a
# full stop (or the abbreviations "Md." Mohammad, "Mohd.", "Ma." Maria); what follows must hold a known name.
_CAPITALISED = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_INITIALLED = re.compile(
    r"(?<![\w.])((?:[A-Z]\.[ ]?){1,3}|(?:Md|Mohd|Ma)\.[ ])"
    rf"({_CAPITALISED}(?:[ ](?:dela |de la |de )?{_CAPITALISED}){{0,2}})"
)
# Not initials: abbreviations, and single letters that are titles ("M." Monsieur, "D." Dona, "H." Haji, "H.E." His
# Excellency) or a sign-off ("T." terveisin): the name after them is found without them.
_NOT_INITIALS = frozenset(("U.S.", "U.K.", "U.N.", "E.U.", "P.O.", "A.M.", "P.M.", "D.C.", "N.Z.", "S.A.",
                           "M.", "D.", "H.", "H.E.", "S.E.", "T."))


def find_initialled(text: str, add: AddPerson) -> None:
    """Names written with initials before the surname ("K. R. Menon", "Md. Rafiqul Islam")."""
    g = gazetteer()
    for m in _INITIALLED.finditer(text):
        initials = m.group(1).replace(" ", "")
        if initials in _NOT_INITIALS:
            continue
        words = m.group(2).replace("-", " ").split()
        if any(g.is_name(w) for w in words) and not any(g.is_place_only(w) for w in words):
            add(m.start(), m.end())


def find_cue_free(text: str, lang: str | None, add: AddPerson) -> None:
    """Report cue-free PERSON spans (see module docstring).

    Driven by the capitalised words that are given names (a set look-up each), so a text costs one
    C-level scan plus work only where a name may be: this runs on every item.
    """
    g = gazetteer()
    find_surnamed(text, lang, add)  # Armenian -յան surnames, Mongolian "Б.Тэмүүлэн"
    find_nguni(text, lang, add)  # "uSandile Khumalo", "noNtombi": checks the language itself
    if not text.isascii() and _CJK_CHAR.search(text) is not None:
        _latin_in_cjk(text, add)  # "我個仔Jason尋晚…": the word split below sees one word
    if any(s in text for s in (" and I", " and me", " & I", " & me", "me and ", "Me and ", "me & ", "Me & ")):
        _with_me(text, add)  # before the given-name check: "me and Rumbi are fine" needs no known name
    if not has_given_name(text):
        return _articles_and_families(text, lang, add)
    done = -1
    for cap in CAP_WORD.finditer(text):
        word = cap.group()
        if "-" in word and word not in g.given:
            word = word.partition("-")[0]  # "Mary-Jane": known by its first part, as before compounds counted
        if cap.start() < done or word not in g.given or common_word(word, lang):
            continue
        if word in g.ambiguous:
            # "in Bali", "Will you…": an ambiguous name only counts before a capitalised word or an age.
            e = cap.end()
            if not (text[e : e + 1] == "," or (text[e : e + 1] == " " and text[e + 1 : e + 2].isupper())):
                continue
        m = _RUN_FREE.match(text, run_start(text, cap.start()))
        if m is None or m.end() <= cap.start():
            m = _RUN_FREE.match(text, cap.start())
        if m is not None and word not in g.ambiguous and text.endswith(("'s", "’s"), m.start(1), m.end(1)):
            m = _RUN_POSSESSIVE.match(text, m.start(1))  # the run without its possessive
        if m is None or m.end() <= cap.start():
            continue
        s, e = m.span(1)
        done = e
        cut = and_particle(text, s, e)
        if cut is not None:
            for a, b in ((s, cut[0]), (cut[1], e)):
                part = _run_person(text, a, b, lang)
                if part is not None:
                    add(*part)
            continue
        found = _run_person(text, s, e, lang)
        if found is not None:
            found = trim_inflected(text, found[0], found[1], lang)
            add_with_partners(text, found[0], found[1], add)
            continue
        # "Jake Whittaker, 23" / "Mia, 14": a run with a known name part, followed by an age.
        if e < len(text) and text[e] == "," and _AGE.match(text, e) and not _LOCATIVE.search(text, max(0, s - 12), s):
            trimmed = trim(text, s, e, drop_leading=True)
            if trimmed is not None and any(g.is_given(text[a:b], strict=False) for a, b in _tokens(text, *trimmed)):
                ts, te = trimmed
                if " " in text[ts:te] or g.is_given(text[ts:te], strict=False):
                    add(ts, te)
    _articles_and_families(text, lang, add)


# A Latin name glued to Chinese, Japanese or Korean text ("我個仔Jason尋晚…", "櫃台的Amy超親切", "佢叫Winnie Lau"):
# the capitalised runs above must not be glued to a word, and a CJK character is one.
_CJK_CHAR = re.compile(f"[{_GLUED}]")
# (the capital first, then the look-behind for the CJK character before it, as in CAP_WORD)
_LATIN_AFTER_CJK = re.compile(
    rf"([{UPPER}](?<=[{_GLUED}].)[{LOWER}]+)(?:[ ]([{UPPER}][{LOWER}]+))?(?![^\W{_GLUED}]|['’@\-])"
)


# The first character of a place word after a Latin name: "Racha島" (island), "Wahiba沙漠" (desert), "Sukhumvit路".
_CJK_PLACE_START = frozenset("島岛山路街道河湖海灣湾站區区省縣县村镇鎮沙城市港機机酒大橋桥駅町")


def _latin_in_cjk(text: str, add: AddPerson) -> None:
    """A known given name right after a CJK character, with the capitalised word after it if one follows
    ("Winnie Lau"); an ambiguous given name only with a known surname, and none before a place word."""
    g = gazetteer()
    for m in _LATIN_AFTER_CJK.finditer(text):
        first, last = m.group(1), m.group(2)
        if first not in g.given or text[m.end() : m.end() + 1] in _CJK_PLACE_START:
            continue
        if last is not None and (last in g.surname or (first not in g.ambiguous and not g.is_place_only(last))):
            add(m.start(1), m.end(2))
        elif first not in g.ambiguous:
            add(m.start(1), m.end(1))


# "Mark and I are safe", "Anna & me": a capitalised word joined to the writer is a person.
_WITH_ME = re.compile(r"[ ](?:and|&)[ ](?:I|me)(?![\w'’])")
_WORD_BEFORE = re.compile(rf"(?<![\w@#'’.\-])[{UPPER}][{LOWER}]+$")
_ME_WITH = re.compile(rf"(?<![\w'’])[Mm]e[ ](?:and|&)[ ]([{UPPER}][{LOWER}]+)(?![\w'’])([ ](?:are|were)(?![\w]))?")


def _with_me(text: str, add: AddPerson) -> None:
    g = gazetteer()
    for m in _WITH_ME.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if before is None:
            continue
        word = before.group()
        if word not in STOP and g.is_given(word, strict=False) and not g.is_place_only(word):
            add(*before.span())
    # the other order: "me and Dan are in Agia Paraskevi", "me and Rumbi are fine": after "me and" a capitalised
    # word before "are"/"were" is a person even when the gazetteer does not know it
    for m in _ME_WITH.finditer(text):
        word = m.group(1)
        if word not in STOP and not g.is_place_only(word) and (g.is_given(word, strict=False) or m.group(2)):
            add(*m.span(1))


# A list of single capitalised words joined by commas and "and" in many languages ("Paweł, Ola, Kuba, Iga i ja",
# "Dimas, Putri, Yoga, Annisa, Bayu"): when two of its items are names already, the others are names too.
_LIST_SEP = r"(?:,[ ]?|[ ](?:and|&|i|y|e|et|und|en|og|och|dan|ve|at|na|sama)[ ])"
_NAME_LIST = re.compile(
    rf"(?<![\w@#'’.\-])[{UPPER}][{LOWER}]+(?:{_LIST_SEP}[{UPPER}][{LOWER}]+)+(?![\w@'’\-]|[ ][{UPPER}])"
)
_LIST_ITEM = re.compile(rf"[{UPPER}][{LOWER}]+")
_WORD_ENDS_BEFORE = re.compile(rf"[{LOWER}][ ]$")


def complete_lists(text: str, persons: list[tuple[int, int]], lang: str | None, add: AddPerson) -> None:
    """Report the other items of a list of which two items are PERSON spans found already (see above)."""
    g = gazetteer()
    known = set(persons)
    for m in _NAME_LIST.finditer(text):
        items = [(i.start(), i.end()) for i in _LIST_ITEM.finditer(text, *m.span())]
        named = sum(1 for item in items if item in known)
        if named < 2 or 2 * named < len(items):
            continue
        # a first item right after a lowercase word is a place as often ("Lawine oberhalb Lyngseidet, Jonas und Marie")
        after_word = _WORD_ENDS_BEFORE.search(text, max(0, m.start() - 20), m.start()) is not None
        for n, (s, e) in enumerate(items):
            word = text[s:e]
            if (s, e) in known or (n == 0 and after_word):
                continue
            if word not in STOP and not g.is_place_only(word) and not common_word(word, lang):
                add(s, e)


def _articles_and_families(text: str, lang: str | None, add: AddPerson) -> None:
    """Tagalog personal articles ("si Erlinda Cruz") and family names ("the Abernathy family")."""
    # Tagalog and Taglish (often labelled English) only: "si"/"ni" are words in other languages.
    if lang in _ARTICLE_LANGS and ("si " in text or "Si " in text or "kay " in text or "ni " in text or "ina " in text):
        for m in _ARTICLE.finditer(text):
            trimmed = trim(text, *m.span(1))
            if trimmed is not None:
                add_with_partners(text, trimmed[0], trimmed[1], add)
    for start, end in family_names(text):
        add(start, end)


def family_names(text: str) -> list[tuple[int, int]]:
    """Names a family word points at ("the Abernathy family", "Tóth család"), trimmed like any rule name."""
    if not any(word in text for word in (_FAMILY_WORDS_ASCII if text.isascii() else _FAMILY_WORDS)):
        return []
    out = []
    for m in _FAMILY.finditer(text):
        group = next(k for k in (1, 2, 3) if m.group(k))
        trimmed = trim(text, *m.span(group))
        if trimmed is not None:
            out.append(trimmed)
    return out
