"""Developer tool, not imported at run time: rebuilds the per-language word lists of `langwords.py`.

A given name that is also a function word of the text's language ("Hoy" in Spanish, "Ela" in
Portuguese, "Jo" in Catalan, "Ima" in Croatian) is no name there without a cue. Source: spaCy's stop
word lists (MIT licence), kept only where the word is also in `names.txt`, so the module stays small;
plus `_EXTRA`, common words of languages spaCy has no list for or that its lists miss. Run:
`python -m consuldesk.pipeline.pii.langwords_build > /tmp/words.py` with spaCy importable, then paste
the dict into `langwords.py`.
"""

from __future__ import annotations

import importlib

from consuldesk.pipeline.pii.gazetteer import gazetteer

_LANGS = frozenset(
    (
        *("bg", "bn", "ca", "cs", "da", "de", "el", "es", "fa", "fi", "fr", "he", "hi", "hr", "hu", "id", "it"),
        *("ja", "ko", "ms", "nb", "ne", "nl", "pl", "pt", "ro", "ru", "sk", "sl", "sr", "sv", "ta", "th", "tl"),
        *("tr", "uk", "ur", "vi", "yo"),
    )
)
# Words that spaCy lists as stop words but that are mostly names in texts of that language.
_KEEP_AS_NAMES = frozenset(("איתי", "איתן", "علي"))


def build() -> dict[str, list[str]]:
    g = gazetteer()
    names = g.given | g.surname
    out: dict[str, list[str]] = {}
    for lang in sorted(_LANGS):
        stop = importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS
        words = sorted(w for w in stop if w[:1].upper() + w[1:] in names and w not in _KEEP_AS_NAMES)
        if words:
            out[lang] = words
    return out


if __name__ == "__main__":
    for lang, words in build().items():
        print(f'    "{lang}": "{" ".join(words)}",')
