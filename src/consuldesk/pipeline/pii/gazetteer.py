"""Name gazetteer: given names and surnames of many languages, read once from `names.txt`.

A known given name is what lets a capitalised word be a person without a cue ("especially Hannah
who…", "Claire Masson et Julien Masson"), and what keeps a cue from turning a place or an adjective
into a name ("ma mère, Française de 81 ans"). Names that are also ordinary words or places ("Will",
"Grace", "Victoria") are flagged ambiguous: they count only next to a surname or after a cue.
Built by `gazetteer_build.py` (Faker's lists) and `names_written_build.py` (hand-written lists of the
regions Faker covers thinly); data only, loaded lazily so importing the package stays cheap.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

_FILE = Path(__file__).with_name("names.txt")
_WRITTEN = Path(__file__).with_name("names_written.txt")


class Gazetteer:
    """Set look-ups over the name list. Keys are the names as written (title case)."""

    __slots__ = ("ambiguous", "given", "place", "surname")

    def __init__(self, lines: list[str]) -> None:
        given: set[str] = set()
        surname: set[str] = set()
        ambiguous: set[str] = set()
        place: set[str] = set()
        for line in lines:
            if not line or line[0] == "#":
                continue
            name, _, flags = line.partition("\t")
            if "g" in flags:
                given.add(name)
            if "s" in flags:
                surname.add(name)
            if "a" in flags:
                ambiguous.add(name)
            if "p" in flags:
                place.add(name)
        self.given = frozenset(given)
        self.surname = frozenset(surname)
        self.ambiguous = frozenset(ambiguous)
        self.place = frozenset(place)

    def is_given(self, word: str, strict: bool = True) -> bool:
        """A given name; with `strict`, not one that is also an ordinary word or a place."""
        word = word.partition("-")[0] if "-" in word else word
        return word in self.given and not (strict and word in self.ambiguous)

    def is_place_only(self, word: str) -> bool:
        """A place name that is no name part ("Sharjah", "Marrakech")."""
        return word in self.place and word not in self.given and word not in self.surname

    def is_name(self, word: str) -> bool:
        """Any name part (given or surname), ambiguous ones included."""
        return word in self.given or word in self.surname or word.partition("-")[0] in self.given


# The Brahmic scripts share one Unicode layout (inherited from ISCII): the same offset in each block is the
# same letter, so a name written in one is spelt letter for letter in the others. Tamil is left out: its
# alphabet lacks the voiced and aspirated letters, so a mapped name is a misspelling. Names are spelt into
# the Dravidian scripts only, whose lists were thinnest: spelt into all of them, recall out of fold rose
# in Kannada (+0.05) and Telugu but fell in Bengali, Punjabi and Gujarati (−0.01 to −0.02), whose lists
# were written in their own spelling.
_BRAHMIC = {"DEVANAGARI": 0x0900, "BENGALI": 0x0980, "GURMUKHI": 0x0A00, "GUJARATI": 0x0A80, "ORIYA": 0x0B00,
            "TELUGU": 0x0C00, "KANNADA": 0x0C80, "MALAYALAM": 0x0D00}
# Dravidian scripts often close a consonant-final name with a virama ("प्रकाश" is "ಪ್ರಕಾಶ್" in Kannada).
_DRAVIDIAN = ("TELUGU", "KANNADA", "MALAYALAM")
_VIRAMA = 0x4D  # the same offset in every block


@functools.cache
def _brahmic_letters() -> dict[str, dict[int, str]]:
    """Per script: block offset → the letter's name without the script prefix, for assigned code points."""
    return {script: {i: name.partition(" ")[2] for i in range(128)
                     if (name := unicodedata.name(chr(base + i), "")).startswith(script + " ")}
            for script, base in _BRAHMIC.items()}


def _brahmic_script(name: str) -> str | None:
    code = ord(name[0])
    for script, base in _BRAHMIC.items():
        if base <= code < base + 128:
            return script
    return None


def brahmic_spellings(name: str) -> list[str]:
    """`name` (in one Brahmic script) spelt letter for letter in the Dravidian scripts (with a final virama
    as a variant when the source script has none)."""
    source = _brahmic_script(name)
    letters = _brahmic_letters()
    if source is None or any(not 0 <= ord(ch) - _BRAHMIC[source] < 128 for ch in name):
        return []
    offsets = [ord(ch) - _BRAHMIC[source] for ch in name]
    if any(letters[source].get(i) is None for i in offsets):
        return []
    out = []
    for script in _DRAVIDIAN:
        if script == source or any(letters[script].get(i) != letters[source][i] for i in offsets):
            continue
        base = _BRAHMIC[script]
        spelt = "".join(chr(base + i) for i in offsets)
        out.append(spelt)
        if source not in _DRAVIDIAN and letters[script][offsets[-1]].startswith("LETTER"):
            out.append(spelt + chr(base + _VIRAMA))
    return out


def _with_brahmic(lines: list[str]) -> list[str]:
    """The name lines plus each Brahmic-script name's Dravidian spellings (same flags): the lists were written
    per language, so a Hindi name the Kannada list lacks is still known in Kannada."""
    known = {line.partition("\t")[0] for line in lines}
    extra: dict[str, str] = {}
    for line in lines:
        name, _, flags = line.partition("\t")
        if name and "\u0900" <= name[0] <= "\u0d7f":
            for spelt in brahmic_spellings(name):
                if spelt not in known:
                    extra[spelt] = "".join(sorted(set(extra.get(spelt, "")) | set(flags)))
    return lines + [f"{name}\t{flags}" for name, flags in extra.items()]


# Case endings of Cyrillic given names (Russian, Ukrainian, Belarusian; the Central Asian names in Cyrillic
# decline the same way in Russian text): a name is in the lists in the nominative, but a message says "тётю Зою",
# "Алину, Вову и Серёжу", "спасибо Марине", "вчера Рустама били", "Олені Іванівні".
_FEMININE_ENDINGS = {"а": ("у", "ы", "и", "е", "ой", "ей", "ою", "і", "ай"), "я": ("ю", "и", "е", "ей", "ї", "і", "єю")}
_MASCULINE_ENDINGS = ("а", "у", "ом", "ем", "е", "ові", "ам")
_SOFT_ENDINGS = {"й": ("я", "ю", "ем", "е"), "ь": ("я", "ю", "ем", "е")}
_CYRILLIC_CAPITAL = re.compile("[А-ЯЁІЇЄҐЎӘҒҚҢӨҰҮҺ][а-яёіїєґўәғқңөұүһ]{2,}")


def slavic_cases(name: str) -> list[str]:
    """The oblique case forms of a Cyrillic given name (nominative in; the name itself not out)."""
    last, stem = name[-1], name[:-1]
    if last in _FEMININE_ENDINGS:
        return [stem + ending for ending in _FEMININE_ENDINGS[last]]
    if last in _SOFT_ENDINGS:
        return [stem + ending for ending in _SOFT_ENDINGS[last]]
    if last in "бвгджзклмнпрстфхцчшщ":
        return [name + ending for ending in _MASCULINE_ENDINGS]
    return []


def _with_slavic_cases(lines: list[str]) -> list[str]:
    """The name lines plus the case forms of each Cyrillic given name that is no everyday word (flag `g`); forms
    that are names or words already listed keep their own line."""
    known = {line.partition("\t")[0] for line in lines}
    extra: set[str] = set()
    for line in lines:
        name, _, flags = line.partition("\t")
        if "g" in flags and "a" not in flags and _CYRILLIC_CAPITAL.fullmatch(name):
            extra.update(form for form in slavic_cases(name) if form not in known)
    return lines + [f"{form}\tg" for form in sorted(extra)]


@functools.cache
def gazetteer() -> Gazetteer:
    lines = _FILE.read_text(encoding="utf-8").split("\n")
    if _WRITTEN.is_file():
        lines += _WRITTEN.read_text(encoding="utf-8").split("\n")
    return Gazetteer(_with_slavic_cases(_with_brahmic(lines)))
