"""A single word after a weak person cue: when it is a name.

"I am stuck", "je suis français", "my brother Dexter on board", "Akam Moskvada ishlaydi": after an introduction,
a kinship word or a title, one capitalised word is a name only on evidence — it is a known name that is not
also a word or a place, it ends the sentence in English, the sentence runs on after a kinship word, or an age
follows it ("hi i am Lily i am 10"). `names.find_after_cues` asks here.
"""

from __future__ import annotations

import re

from consuldesk.pipeline.pii.gazetteer import gazetteer
from consuldesk.pipeline.pii.langwords import common_word

# What may close an English sentence right after a lone name: "I'm Ethan btw", "this is Ana, …".
_SINGLE_END = re.compile(r"[ \t]*(?:[,.;!)\n]|$| (?:and|from|y|et|und|e|de|aus|z|из) )")
# An age right after the name an introduction gives: "i am Lily i am 10", "this is Joy, 9", "I'm Sunday (12)".
# A child or a frightened writer introduces themselves so; a nationality or a faith also takes an age ("I am
# British, 34"), hence `_NOT_BY_AGE`.
_AGE_AFTER = re.compile(
    r"(?:,[ ]?|[ ](?:and[ ])?|[ ]?\()(?i:(?:i[ ]am|i'm|im|aged|age)[ ])?\d{1,2}(?![\d:/]|[.,]\d)"
    r"(?:[ ]?(?:years?|yrs?|y/?o)(?![^\W\d_]))?"
)
_NOT_BY_AGE = re.compile(
    r"(?:ish|ian|ese|an|ic|ch|i|ino|ina|ist|ed|ing)$|^(?:Muslim|Hindu|Sikh|Jew|Male|Female|Single|Married|Pregnant"
    r"|Disabled|Diabetic|Deaf|Blind|Alone|Here|Okay|Fine|Safe|Ok|Lost|Sick|Stuck|Scared|Trapped|Injured)$"
)
# What follows a name in a running sentence: a lowercase word, a possessive, a bracket.
_KIN_GOES_ON = re.compile(r"(?:[ ][a-z]|['’]s[ ]|[ ]\()")
# English noun endings: after a title such a word is a job or a programme ("Nurse Practitioner")
_NOUN_ENDING = re.compile(
    r"(?:ing|tion|sion|ment|ness|ity|ship|ance|ence|ram|ure|ary|ery|ory|ice|ist|ism|ive|ics|ogy|age|ner|ter|tor"
    r"|ant|ent|al|ion|ies)$"
)
# Turkic locative endings, Latin (with Azerbaijani ə) and Cyrillic: "Kiyevdə", "Екатеринбургте".
TURKIC_LOCATIVE = re.compile(r"(?:[dt][aeə]|д[аеэ]|т[аеэ]|да|де|та|те)$")

# Case endings after an apostrophe that mark a place ("Bingazi'de", "Köln'den", "Van'a"); the others
# (accusative, genitive, with: "Emre'yi", "Serkan'ın", "Ayşe'yle") follow persons as often.
PLACE_SUFFIX = re.compile(r"(?:[dt][ae]n?|[dt][ae]ki|y?[ae]|n[ae]|s[ıiuü]n[ae])$")
# Languages that write a proper noun's case ending after an apostrophe.
_APOSTROPHE_CASE = frozenset(("tr", "az"))


# A case ending glued to a place after a kinship word: "Akam Moskvada ishlaydi", "Onam Ankarada", "Köln'de".
_PLACE_CASE = re.compile(r"..['’]\w{1,4}$")
_LOCATIVE = frozenset(("tr", "az", "uz", "kk", "ky", "tk", "hu", "fi", "et"))
_LOCATIVE_TURKIC = _LOCATIVE - {"hu", "fi", "et"}  # Finno-Ugric locatives are -ssa/-ban, not -da/-te
_LOCATIVE_END = re.compile(r"(?:[dt][ae]|[dt][ae]n|ban|ben|ssa|ssä|st[aä]|s|l[ae]|ga|ge|qa|ka)$")
# Armenian places after a kinship word: the locative, ablative and instrumental endings ("Քույրս Մոսկվայում է",
# "… Ռուսաստանից") and the countries in -ստան; a name after "my sister" is rarely in those cases.
_ARMENIAN_PLACE = re.compile("[\u0531-\u0556][\u0561-\u0587]*(?:ում|ից|ով|ստան[իը]?)")


def kin_name_elsewhere(text: str, word: str, e: int, lang: str | None) -> bool:
    """An unknown word after a kinship word outside English: a name when the sentence runs on (a lowercase
    word or a comma follows: "irmão Edson estudava") and the word carries no place's case ending."""
    if len(word) < 3 or _PLACE_CASE.search(word) or (lang in _LOCATIVE and _LOCATIVE_END.search(word)):
        return False
    if _ARMENIAN_PLACE.fullmatch(word):
        return False
    if lang in _LOCATIVE_TURKIC and len(word) >= 6 and TURKIC_LOCATIVE.search(word) and not gazetteer().is_name(word):
        return False  # "Atam Kiyevdə …", "Әкем Екатеринбургте …": Azerbaijani ə and Cyrillic locatives
    rest = text[e : e + 2]
    return rest[:1] == "," or (rest[:1] == " " and rest[1:2].islower())


def single_ok(text: str, s: int, e: int, lang: str | None = None, kin: bool = False,
               titled: bool = False, adjacent: bool = True) -> bool:
    """A lone word after a weak cue: a known name that is not also a word or a place, or a word
    that ends the sentence ("I'm Ethan btw" but not "meu filho em Boston", "name. Can I"). After
    "my/our … <kinship word>" (`kin`) or an English role title (`titled`: "Officer", "Ambassador"), an
    unknown English-context word also counts when the sentence goes on in lowercase ("my husband Chaminda
    was taken", "Ambassador Oduya said"), and so does a known name that is also a place or a word ("my
    brother Dexter on board") if it follows the cue directly (`adjacent`: not after an article or a
    preposition, "omo mi ni London"). Other languages' kinship cues carry their own possessive ("dada yangu",
    "walaalkay", "meu irmão"), so there any kinship word does, unless the word carries a place's case
    ending ("Akam Moskvada …")."""
    g = gazetteer()
    word = text[s:e]
    if lang in _APOSTROPHE_CASE and ("'" in word or "’" in word):
        return _suffixed_ok(word, lang, kin)
    if common_word(word, lang):
        return False  # "im Oktober"
    known = word in g.given or word in g.surname
    english = lang in (None, "en")
    if word in g.ambiguous or word in g.place:  # "Merhaba, Lagos konsolosluğu …"
        if not known or not (kin or titled) or not adjacent:
            return False
        # after a kinship word the sentence goes on: "mi esposo Byron lo tienen", "mi tía Mercedes es asmática"
        return _KIN_GOES_ON.match(text, e) is not None if english else kin and kin_name_elsewhere(text, word, e, lang)
    if known:
        return True
    if (kin or titled) and word[1:].islower():
        if english:
            if _KIN_GOES_ON.match(text, e) and not (titled and _NOUN_ENDING.search(word)):
                return True
        else:
            return kin_name_elsewhere(text, word, e, lang)
    # An unknown word closing the sentence ("I'm Ethan btw"): English only, where the cues are
    # unambiguous; elsewhere it is as often a nationality or a place ("ich bin Österreicherin.", "я — России").
    return english and _SINGLE_END.match(text, e) is not None


def _suffixed_ok(word: str, lang: str | None, kin: bool) -> bool:
    """A Turkish or Azerbaijani word with its case ending after an apostrophe: a name when the ending is one
    persons take ("oğlum Emre'yi", "muavinim Cengiz'i") and the stem is a known name, or follows a kinship
    word and is no place or common word; "Köln'de", "Ankara'ya" are places."""
    stem, _, suffix = word.replace("’", "'").partition("'")
    if len(stem) < 3 or not suffix.islower() or PLACE_SUFFIX.match(suffix) or common_word(stem, lang):
        return False
    g = gazetteer()
    if stem in g.place:
        return False
    if stem in g.ambiguous:  # "Emir" is also a word: only after a kinship word ("oğlum Emir'in pasaportu")
        return kin
    return stem in g.given or stem in g.surname or (kin and stem[1:].islower())


def introduced_with_age(text: str, s: int, e: int, lang: str | None) -> bool:
    """An English introduction's single word followed by an age ("hi i am Lily i am 10"): a name even when it
    is also a word (Lily, Joy, Sunday); nationalities and faiths ("British", "Muslim") are not."""
    word = text[s:e]
    return (lang in (None, "en") and word[:1].isupper() and word[1:].islower() and len(word) > 2
            and _NOT_BY_AGE.search(word) is None and _AGE_AFTER.match(text, e) is not None)
