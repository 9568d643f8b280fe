"""The name inside an Armenian, Georgian, Mongolian or Basque word that carries a case ending or the article.

Armenian glues the article and the case endings to a name ("Արմենը", "Անահիտին", "Սարգսյանից"), Georgian
its case endings ("ნინოს", "ლევანმა"). Writers mostly label the name without them (63 of the 93 Armenian
names with an ending in the corpus and the held-out rounds), so a PERSON span ends where the name does: where
what is left is a known name or has a surname's ending ("-յան", "-შვილი", "-ძე"). A word that is itself a
known name is never cut ("Արմեն" ends in "ն"), nor is the Georgian nominative "-ი" (kept 15 times in 19).
Mongolian and Basque glue their case endings to names too ("Энхжаргалд", "Ганзоригийг", "Mikeli", "Aitorrek");
writers label the name without them (Mongolian 17 of 20, Basque 3 of 3 in the written corpus before round 49),
cut only where a known name is left.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from consuldesk.pipeline.pii.gazetteer import gazetteer

# Longest first, so "Սարգսյանից" loses "ից" and not only "ց".
# After a vowel the dative and genitive take a glide: "Մարինեյին", "Անիի" is rarer than "Անիյի".
_ARMENIAN_ENDINGS = (
    "ներին", "ներից", "ներով", "ներում", "երին", "յին", "յից", "յով", "ներ", "յի",
    "ին", "ից", "ով", "ում", "ը", "ի", "ն",
)
# Not the nominative "-ი": writers keep it ("ლევანი", "თამარი") three times in four.
_GEORGIAN_ENDINGS = ("ისთვის", "თვის", "ისგან", "თან", "ით", "ად", "ის", "მა", "ს", "მ")
_ARMENIAN_SURNAME = re.compile("[\u0531-\u0556][\u0561-\u0587]{1,20}(?:յան|յանց|ունց|ենց|ունի)")
_GEORGIAN_SURNAME = re.compile("[\u10d0-\u10ff]{2,20}(?:შვილი|ძე|ია|ავა|ური|ანი|ელი)")
_VOWELS_HY = frozenset("աեէըիոօու")
# Longest first: comitative with the reflexive ("Сарангэрэлтэйгээ"), ablative, instrumental, directive,
# accusative, genitive, dative-locative. Not the bare reflexive "-аа": hypocoristic names end so ("Сараа").
_MONGOLIAN_ENDINGS = (
    "тайгаа", "тэйгээ", "тойгоо", "гаасаа", "гээсээ", "ыгаа", "ийгээ",
    "гаас", "гээс", "гоос", "гөөс", "гаар", "гээр", "гоор", "гөөр", "гийн",
    "аас", "ээс", "оос", "өөс", "аар", "ээр", "оор", "өөр", "тай", "тэй", "той", "руу", "рүү", "луу", "лүү",
    "ийг", "ын", "ийн", "ыг", "ад", "эд", "од", "өд", "г", "д", "т",
)
# Basque: benefactive, comitative, allative of persons, genitive, dative, ergative ("Unaik", "Mikelek"); not
# the article "-a", which ends given names too ("Maitea").
_BASQUE_ENDINGS = (
    "arentzat", "rentzat", "entzat", "arengana", "rengana", "engana", "arekin", "rekin", "ekin",
    "aren", "ren", "en", "ari", "ri", "ek", "ak", "i", "k",
)
_HAS_SCRIPT = re.compile("[\u0531-\u0587\u10d0-\u10ff]")


def has_case_script(text: str) -> bool:
    """Whether `text` has Armenian or Georgian letters (the only ones this module cuts)."""
    return not text.isascii() and _HAS_SCRIPT.search(text) is not None


def name_length(word: str) -> int:
    """How many characters of `word` are the name: all of them unless an ending can be cut off a name."""
    if not word or not ("\u0531" <= word[0] <= "\u0587" or "\u10d0" <= word[0] <= "\u10ff"):
        return len(word)
    g = gazetteer()
    if g.is_name(word):
        return len(word)
    armenian = word[0] <= "\u0587"
    if not armenian and word[-1] in "სმ" and g.is_name(word[:-1]):
        return len(word) - 1  # "გიორგის": the dative of "გიორგი" is the name and "-ს", not "გიორგ" and "-ის"
    for ending in _ARMENIAN_ENDINGS if armenian else _GEORGIAN_ENDINGS:
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < 2:
            continue
        if armenian and ending == "ն" and stem[-1] not in _VOWELS_HY:
            continue  # the article is "-ն" only after a vowel ("Անին"); "Արմեն" ends in "ն" of its own
        if not armenian and ending in ("ს", "მ") and stem[-1] not in "აეიოუ":
            continue  # the short dative and ergative follow a vowel ("ნინოს", "ნინომ")
        surname = (_ARMENIAN_SURNAME if armenian else _GEORGIAN_SURNAME).fullmatch(stem) is not None
        if g.is_name(stem) or surname or (not armenian and g.is_name(stem + "ი")):  # "ლევანმა": ლევან(ი)
            return len(stem)
    return len(word)


def _glued_name_length(word: str, endings: tuple[str, ...], doubled: str = "") -> int:
    """How many characters of `word` are a known name before one of `endings` (longest first); a consonant
    doubled before the ending ("Aitorrek") belongs to neither. An initial ("Ц.") stays with the name."""
    g = gazetteer()
    initial = word.rfind(".") + 1  # "Ц.Ганбаатарыг"
    name = word[initial:]
    if len(name) < 4 or g.is_name(name):
        return len(word)
    for ending in endings:
        stem = name[: -len(ending)]
        if not name.endswith(ending) or len(stem) < 3:
            continue
        if g.is_name(stem):
            return initial + len(stem)
        if doubled and stem[-1:] == doubled and stem[-2:-1] == doubled and g.is_name(stem[:-1]):
            return initial + len(stem) - 1
    return len(word)


def mongolian_name_length(word: str) -> int:
    """How many characters of a Mongolian `word` are the name: all unless a case ending leaves a known name."""
    return _glued_name_length(word, _MONGOLIAN_ENDINGS)


def basque_name_length(word: str) -> int:
    """How many characters of a Basque `word` are the name ("Mikeli", "Aitorrek", "Arrietaren")."""
    return _glued_name_length(word, _BASQUE_ENDINGS, doubled="r")


def glued_ending_cutter(lang: str | None) -> Callable[[str], int] | None:
    """The name-length function of a language whose writers label names without their glued case ending."""
    return _CUTTERS.get(lang or "")


def cut_person_endings(text: str, spans: list[tuple[int, int, str]], person: str,
                       lang: str | None = None) -> list[tuple[int, int, str]]:
    """`spans` with each PERSON span's last word cut back to the name it carries."""
    length = glued_ending_cutter(lang) or name_length
    out = []
    for s, e, kind in spans:
        if kind == person:
            last = text.rfind(" ", s, e) + 1 or s
            e = last + length(text[last:e])
        out.append((s, e, kind))
    return out


_CUTTERS: dict[str, Callable[[str], int]] = {"mn": mongolian_name_length, "eu": basque_name_length}
