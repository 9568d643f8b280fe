"""Multilingual cue lexicons, compiled into a few trie-shaped regexes for fast matching.

Each `lexicons/<lang>.json` maps cue names ("danger", "passport", "thanks", …) to terms::

    {"language": "es", "cues": {"danger": ["atrapad*", "herido", "no podemos salir"], ...}}

Term syntax: lowercase; a trailing `*` matches any continuation (a stem: "atrapad*" matches
"atrapado", "atrapadas"); anything else matches a whole word or phrase. Phrases are single-spaced
and match text whose whitespace was collapsed (see `normalise_text`). Terms in scripts written
without spaces (Chinese, Japanese, Korean, Thai, Burmese, Khmer) match as substrings; Arabic-script
terms may carry the usual proclitics (و ف ب ل ال) and any suffix. Latin terms with diacritics also
match their unaccented spelling, so "policía" matches "policia".

At a position the longest term wins and consumes its words, which is how negations and compounds
are handled: "no one injured" (a safety report) hides "injured" (danger), "death certificate"
(civil registration) hides "death".

Texts are matched in their normalised form (casefolded, placeholders for URLs and mentions). Must
not import stages or storage.
"""

from __future__ import annotations

import bisect
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from importlib import resources
from importlib.resources.abc import Traversable

from consuldesk.pipeline.text import NO_SPACE_SCRIPTS, WORD_CLASS, fold_accents

_NO_SPACE_RE = re.compile(f"[{NO_SPACE_SCRIPTS}]")
_ARABIC_CHARS = "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"
# Arabic proclitics: conjunctions, prepositions and the article (وال, بال, لل …), optional.
_ARABIC_PREFIX = "(?:[وفبلك]?ال|لل|[وفبلك])?"

# Terms are grouped by the script of their first character; each group is one regex, and a group
# other than plain ASCII only runs when its script occurs in the text. Small groups keep the first
# branch of each trie short, which is what the regex engine pays for at every word start.
# (group, presence check, separator-anchored?, end-of-word check)
_GROUPS: tuple[tuple[str, str | None, bool, str | None], ...] = (
    ("ascii", None, True, r"(?!\w)"),
    ("latin", "[\u00c0-\u024f\u1e00-\u1eff]", True, r"(?!\w)"),
    ("cyrillic", "[\u0400-\u052f]", True, r"(?!\w)"),
    ("indic", "[\u0900-\u0dff]", True, f"(?!{WORD_CLASS})"),
    ("other", "[\u0370-\u03ff\u0530-\u05ff\u10a0-\u10ff\u1200-\u137f]", True, f"(?!{WORD_CLASS})"),
    ("arabic", f"[{_ARABIC_CHARS}]", True, None),
    ("nospace", f"[{NO_SPACE_SCRIPTS}]", False, None),
)

# Punctuation that opens a word without a space before it; replaced by spaces before matching.
_OPENERS = ("#", "(", '"', "/", "¿")

# Which conditional groups a text in a known language may need (plain ASCII always runs). Texts of
# other or unknown languages test every group's script for presence instead.
_SCRIPT_GROUPS: dict[str, tuple[str, ...]] = {}
for _langs, _groups in (
    ("ru uk bg be mk sr kk ky mn tg tt ba", ("cyrillic",)),
    ("hi mr ne bn pa gu or ta te kn ml si as sa", ("indic",)),
    ("ar fa ur ps ug ku", ("arabic",)),
    ("zh ja ko th lo my km", ("nospace",)),
    ("el he hy ka am", ("other",)),
    ("en", ()),
):
    for _lang in _langs.split():
        _SCRIPT_GROUPS[_lang] = _groups

_Trie = dict[str, "_Trie"]
_END = "\0"  # trie key marking the end of a term; its value holds "*" when the term is a stem


def trie_pattern(terms: Iterable[tuple[str, bool]], word_end: str | None) -> str:
    """An alternation shaped like a trie, so the regex engine tries one branch per next character.

    `terms` are (term, is_stem) pairs. `word_end` (e.g. `(?!\\w)`) is required after a term unless
    the term is a stem, ends in punctuation, or `word_end` is None (substring matching).
    """
    root: _Trie = {}
    for term, stem in terms:
        node = root
        for ch in term:
            node = node.setdefault(ch, {})
        end = node.setdefault(_END, {})
        # Letters, digits and combining marks (Devanagari vowel signs) end a word; punctuation
        # ("name:", "m.") needs no boundary after it.
        if stem or word_end is None or unicodedata.category(term[-1])[0] not in "LNM":
            end["*"] = {}

    def build(node: _Trie) -> tuple[str, int]:
        """The pattern for `node` and how many terms end below it (computed once per node)."""
        built = {k: build(v) for k, v in node.items() if k != _END}
        # Busier branches first: the engine scans a branch list in order, so the common
        # letters should be near the front.
        children = sorted(built, key=lambda k: (-built[k][1], k))
        alternatives = [re.escape(ch) + built[ch][0] for ch in children]
        if _END in node:
            # Ending here comes last: longer terms are tried first (longest match wins).
            alternatives.append("" if "*" in node[_END] or word_end is None else word_end)
        count = sum(n for _, n in built.values()) + (1 if _END in node else 0)
        if len(alternatives) == 1:
            return alternatives[0], count
        return "(?:" + "|".join(alternatives) + ")", count

    return build(root)[0]


class LexiconMatcher:
    """Matches every lexicon term in one pass per script group and tallies cues."""

    def __init__(self, lexicons: Mapping[str, Mapping[str, Iterable[str]]], cue_names: Iterable[str]) -> None:
        cue_names = tuple(cue_names)
        known = set(cue_names)
        cues_of: dict[str, set[str]] = {}
        buckets: dict[str, dict[str, bool]] = {name: {} for name, *_ in _GROUPS}
        for lang, cues in lexicons.items():
            for cue, terms in cues.items():
                if cue not in known:
                    raise ValueError(f"lexicon {lang!r}: unknown cue {cue!r}")
                for raw in terms:
                    for term, stem in _variants(raw):
                        bucket = _bucket_of(term)
                        if bucket == "arabic" and term.startswith("ال") and len(term) > 4:
                            term = term[2:]  # the article is matched as an optional proclitic
                        buckets[bucket][term] = buckets[bucket].get(term, False) or stem
                        cues_of.setdefault(term, set()).add(cue)
        _inherit_stem_cues(buckets, cues_of)
        self.cue_names: tuple[str, ...] = tuple(cue_names)
        position = {cue: i for i, cue in enumerate(self.cue_names)}
        self._cues_of = {term: tuple(sorted(position[c] for c in cues)) for term, cues in cues_of.items()}
        self._always: re.Pattern[str] | None = None
        self._conditional: dict[str, tuple[re.Pattern[str], re.Pattern[str], bool]] = {}
        for name, present, anchored, word_end in _GROUPS:
            terms = buckets[name]
            if not terms:
                continue
            body = trie_pattern(terms.items(), word_end)
            prefix = _ARABIC_PREFIX if name == "arabic" else ""
            # Anchored on a plain space (see `terms`): the engine then jumps from space to space
            # with a fast literal search instead of testing a character class at every position.
            # Non-ASCII groups first check that the word starts in their script: in a Spanish text
            # most words start with an ASCII letter, and failing that check is cheaper than trying
            # every branch of the group's trie.
            guard = f"(?={present})" if present is not None and anchored and name != "arabic" else ""
            pattern = re.compile(f" {guard}{prefix}({body})" if anchored else f"({body})")
            if present is None:
                self._always = pattern
            else:
                self._conditional[name] = (re.compile(present), pattern, anchored)

    def terms(self, text: str, language: str | None = None) -> list[str]:
        """The lexicon terms found in a normalised text, in order per script group (longest first).

        With a `language`, only the script groups that language uses are tried (besides ASCII, which
        always is): Latin-script languages other than English also get the accented group.
        """
        padded = " " + text  # terms start after a space: the text's start counts as one
        for ch in _OPENERS:
            # Words glued to opening punctuation ("(trapped", "#help", "¿dónde") start after a space too.
            if ch in padded:
                padded = padded.replace(ch, " ")
        found: list[str] = self._always.findall(padded) if self._always is not None else []
        if text.isascii():
            return found
        groups = _SCRIPT_GROUPS.get(language or "", ("latin",)) if language not in (None, "und") else None
        for name, (present, pattern, anchored) in self._conditional.items():
            if groups is None:
                if not present.search(text):
                    continue
            elif name not in groups:
                continue
            found += pattern.findall(padded if anchored else text)
        return found

    def count(self, text: str, language: str | None = None) -> list[int]:
        """Number of matches of each cue (in `cue_names` order) in a normalised text."""
        counts = [0] * len(self.cue_names)
        cues_of = self._cues_of
        for term in self.terms(text, language):
            for cue in cues_of[term]:
                counts[cue] += 1
        return counts


def _inherit_stem_cues(buckets: Mapping[str, Mapping[str, bool]], cues_of: dict[str, set[str]]) -> None:
    """A longer term also carries the cues of every stem it starts with.

    The regex reports the longest term at a position, so "médicaments" (an advisory word) would
    otherwise hide the stem "médicament*" (medical).
    """
    for terms in buckets.values():
        ordered = sorted(terms)
        for stem, is_stem in terms.items():
            if not is_stem:
                continue
            i = bisect.bisect_right(ordered, stem)
            while i < len(ordered) and ordered[i].startswith(stem):
                cues_of[ordered[i]] |= cues_of[stem]
                i += 1


def _variants(raw: str) -> list[tuple[str, bool]]:
    """(term, is_stem) forms of a lexicon entry: casefolded, and unaccented when that is distinctive."""
    stem = raw.endswith("*")
    term = " ".join(unicodedata.normalize("NFKC", raw.rstrip("*")).casefold().replace("\u2019", "'").split())
    if not term:
        return []
    out = [(term, stem)]
    folded = fold_accents(term)
    # Short unaccented forms collide with words of other languages (Vietnamese "mất" → "mat").
    if folded != term and (len(folded.replace(" ", "")) >= 5 or " " in folded):
        out.append((folded, stem))
    return out


def _bucket_of(term: str) -> str:
    first = term[0]
    if first.isascii():
        return "ascii"
    for name, present, _anchored, _end in _GROUPS[1:]:
        if present is not None and re.match(present, first):
            return name
    return "latin" if first.isalpha() else "other"


def _lexicon_dir() -> Traversable:
    return resources.files("consuldesk.pipeline") / "lexicons"


def lexicon_languages() -> list[str]:
    """Languages that have a lexicon file (file names are the language codes)."""
    return sorted(e.name[:-5] for e in _lexicon_dir().iterdir() if e.name.endswith(".json"))


def load_lexicons(languages: Iterable[str] | None = None) -> dict[str, dict[str, list[str]]]:
    """Read the packaged lexicon files: language → cue → terms."""
    root = _lexicon_dir()
    wanted = set(languages) if languages is not None else None
    out: dict[str, dict[str, list[str]]] = {}
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".json"):
            continue
        data = json.loads(entry.read_text(encoding="utf-8"))
        lang = str(data["language"])
        if wanted is None or lang in wanted:
            out[lang] = {str(k): [str(t) for t in v] for k, v in data["cues"].items()}
    return out
