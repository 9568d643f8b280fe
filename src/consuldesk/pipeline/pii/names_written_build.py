"""Developer tool, not imported at run time: builds `names_written.txt` from hand-written name lists.

Why: Faker's lists (`names.txt`) miss many names of South Asia, Africa, the Caribbean, Ireland, Eastern
Europe and Southeast Asia ("Sanjay", "Siobhán", "Oksana", "Tigist"). Contributors wrote common given names
and surnames per region from their own knowledge (CC0), in Latin and native scripts. This tool keeps the
names `names.txt` lacks and flags as ambiguous every Latin-script name whose lowercase form is an everyday
word: a lowercase entry of Debian's English word lists (as `gazetteer_build.py` does: "sunny", "bank",
"golf", "grace") or a word with wordfreq Zipf ≥ 4.5 in one of 21 major languages ("sota" in Catalan); an
Arabic-script name that frequent in Arabic, Persian or Urdu is left out.
Ambiguous names count only beside a surname or a cue, as in `names.txt`. Word frequency alone cannot
decide: names are frequent tokens too ("sanjay" has Zipf 4.05 in Malay text).

Run: `python -m consuldesk.pipeline.pii.names_written_build LIST.tsv [LIST.tsv ...]` with wordfreq and
Debian's wamerican and wbritish installed; each list holds `name<TAB>g|s|gs` lines.
"""

from __future__ import annotations

import functools
import sys
import unicodedata
from pathlib import Path

from consuldesk.pipeline.pii.gazetteer import _FILE as FAKER_NAMES

OUT = Path(__file__).with_name("names_written.txt")
# English lists only: those of inflected languages hold too many rare forms ("kurien", "sojan", "upali")
DICTS = ("american-english", "british-english")
LANGS = ("en", "es", "fr", "pt", "de", "it", "nl", "id", "ms", "tr", "pl", "sv", "ro", "da", "nb", "fi", "cs",
         "hu", "fil", "ca", "sw")
ZIPF_WORD = 4.5
HEADER = (
    "# name<TAB>flags: g given, s surname, a ambiguous (also an everyday word)\n"
    "# hand-written per region by ConsulDesk contributors (CC0); built by names_written_build.py\n"
)


@functools.cache
def _dictionary() -> frozenset[str]:
    words: set[str] = set()
    for name in DICTS:
        path = Path("/usr/share/dict") / name
        if path.is_file():
            words.update(w for w in path.read_text(encoding="utf-8", errors="ignore").split("\n") if w.islower())
    return frozenset(words)


def _ambiguous(name: str) -> bool:
    from wordfreq import zipf_frequency

    low = name.lower()
    if low in _dictionary():
        return True
    # wordfreq splits "Min-ji" into two tokens: hyphenated names are judged by the word lists only
    return low.isascii() and "-" not in low and any(zipf_frequency(low, lang) >= ZIPF_WORD for lang in LANGS)


# Letters only Vietnamese uses: its name syllables are everyday words ("Cho", "Văn", "Công") and names.py
# reads Vietnamese names from their surname instead.
_VIETNAMESE = frozenset("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")


# Names that are far more often something else in consular traffic: a mountain, a satellite phone, Shona
# "we thank" / "thank you" opening a sentence.
_NOT_ALONE = frozenset(("Annapurna", "Thuraya", "Tinotenda", "Tatenda", "Everest", "Kailash"))


# Arabic-script names that are everyday words in Arabic, Persian or Urdu ("دولت" state, "وکیل" lawyer, "چند"
# some, "بخش" ward) are left out: even flagged ambiguous, one would run on from a surname ("کریمی بخش").
_ARABIC_LANGS = ("ar", "fa", "ur")


def _too_weak(name: str) -> bool:
    """Short Latin-script names are syllables of places and words in some language ("Hong Kong", "Ho Chi
    Minh", "Phi Phi", Estonian "Minu", Hungarian "Jó"): the written lists add nothing under five letters."""
    if any(ch in _VIETNAMESE for ch in name.lower()) or name in _NOT_ALONE:
        return True
    if "\u0600" <= name[0] <= "\u06ff":
        from wordfreq import zipf_frequency

        return any(zipf_frequency(name, lang) >= ZIPF_WORD for lang in _ARABIC_LANGS)
    return len(name) <= 4 and all(ch.isalpha() and ord(ch) < 0x250 for ch in name)


def build(paths: list[Path]) -> dict[str, str]:
    known = {line.partition("\t")[0] for line in FAKER_NAMES.read_text(encoding="utf-8").split("\n")}
    flags: dict[str, set[str]] = {}
    for path in paths:
        for line in path.read_text(encoding="utf-8").split("\n"):
            if not line.strip() or line.startswith("#"):
                continue
            name, _, kind = line.partition("\t")
            name = unicodedata.normalize("NFC", name.strip())
            kind = kind.strip()
            if not name or " " in name or kind not in ("g", "s", "gs") or name in known or _too_weak(name):
                continue
            flags.setdefault(name, set()).update(kind)
    return {name: "".join(sorted(f, key="gsa".index)) + ("a" if _ambiguous(name) else "")
            for name, f in flags.items()}


def main(argv: list[str]) -> None:
    entries = build([Path(p) for p in argv])
    OUT.write_text(HEADER + "".join(f"{n}\t{f}\n" for n, f in sorted(entries.items())), encoding="utf-8")
    print(f"{len(entries)} names written to {OUT.name}")


if __name__ == "__main__":
    main(sys.argv[1:])
