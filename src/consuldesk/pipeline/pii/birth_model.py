"""A learned second opinion on dates of birth: a logistic scorer over the dates no rule took.

The rules call a date a DATE_OF_BIRTH only after a birth cue they know ("born on", "DOB", "تاريخ الميلاد").
On writers they were never tuned on, a fifth of the birth dates go without one: the verb is one the cue
lists lack ("nació el doce…", "tug'ildi, 2-avgustda", "تزاد نهار 3 فبراير"), the date is the corrected one
in "it says 03/07/1988, the right one is 07/03/1988", or a newborn's date follows "Baby is Ren, born
January 9". Whether a date is someone's birth is told by the words around it, its form and its year
(a travel date is rarely in 1987), which is learnt better from examples than from more cue lists. The
scorer looks at every date (`dates.DATE`, or a day and month) that no rule span touches, with the words
before and after it, its shape and its year, and adds it as a DATE_OF_BIRTH when it is sure enough.

Trained by `consuldesk models train` (`ml/birth.py`) on consular_dev and the written corpus; the file is
`ml/models/birth.npz` (a weight per feature string seen in training). Without the file, `detect_pii` is
the rules alone.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Iterator
from pathlib import Path

from consuldesk.pipeline.pii.dates import DATE, DAY_MONTH, MONTHS, OTHER_MONTHS
from consuldesk.pipeline.pii.weights import FeatureWeights

MODEL_FILE = Path(__file__).resolve().parents[2] / "ml" / "models" / "birth.npz"
BIRTH = "DATE_OF_BIRTH"
ADD = 0.7  # chosen on out-of-fold figures over five writer folds (0.5 … 0.9), see `ml/birth.py`

_CANDIDATE = re.compile(rf"{DATE.pattern}|{DAY_MONTH}")
# Every date holds a number, and the candidate pattern (a thousand month names) is slow to try: it is
# tried only at a run of digits that a date separator, a month name or a word of another script
# follows ("14.02.", "3 Agasti", "2024年"), and at a month name right before a run ("January 9").
_DIGIT_RUN = re.compile(r"\d+")
_AFTER_RUN = re.compile(r"[./\-]\d|(?:st|nd|rd|th|er|º|°|\.)?[ /\-]?(?:de |of |ga |d['’])?([^\W\d_]+)")
_MONTH_WORDS = frozenset(
    word.lower() for word in f"{MONTHS}|{OTHER_MONTHS}".split("|") if word.isalpha()
)
_WORD = re.compile(r"[^\W\d_][\w\u0300-\u036f\u0900-\u0dff'’\-]*")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_THIS_YEAR = datetime.date.today().year
_LETTERS = re.compile(r"[^\W\d_]+")

Span = tuple[int, int, str]


def _shape(value: str) -> str:
    """The date's written form with digits and words folded: "14.02.2023" → "99.99.9999", "3 فبراير" → "9 a"."""
    value = _LETTERS.sub("a", value)
    return _DIGIT_RUN.sub(lambda m: "9" * min(len(m.group()), 4), value)


def _year_band(value: str) -> str:
    year = _YEAR.search(value)
    if year is None:
        return "none"
    y = int(year.group())
    # recent years one by one (a newborn's), later ones together: a year the training data never saw
    # should read as "the future", where travel dates are, not as no year at all
    return "old" if y < 1960 else str(y // 10 * 10) if y < 2020 else str(y) if y < 2026 else "2026+"


def features(text: str, lang: str | None, start: int, end: int) -> list[str]:
    """A date's feature strings: its form and year, the four words before it and two after."""
    value = text[start:end]
    before = [w.lower() for w in _WORD.findall(text, max(0, start - 80), start)][-4:]
    after = [w.lower() for w in _WORD.findall(text, end, end + 50)][:2]
    # "rule=none" is the same for every date (only dates no rule took are scored); the shipped weights
    # carry it as part of the bias, so it stays.
    out = [f"lang={lang}", "rule=none", f"shape={_shape(value)}", f"yr={_year_band(value)}",
           f"len={min(len(value) // 4, 6)}", f"pc={text[max(0, start - 2):start]}", f"nc={text[end:end + 2]}"]
    out += [f"b{i}={w}" for i, w in enumerate(reversed(before))] + [f"bw={w}" for w in before]
    out += [f"a{i}={w}" for i, w in enumerate(after)]
    return out


def candidates(text: str, spans: list[Span]) -> Iterator[tuple[int, int]]:
    """Every date no rule span touches (the rules' own birth dates included: the scorer never decides on
    them), except those of this year or later."""
    for s, e in _dates(text):
        if not any(a < e and s < b for a, b, _ in spans) and not _in_the_future(text[s:e]):
            yield s, e


def _in_the_future(value: str) -> bool:
    """A date in this year or a later one: mostly a flight, an appointment or an expiry (a newborn's date
    this year is left to the rules' birth cues)."""
    year = _YEAR.search(value)
    return year is not None and int(year.group()) >= _THIS_YEAR


def _word_before(text: str, low: int, at: int) -> int | None:
    """Where the month name right before position `at` starts ("January 9", "Sept. 9"), if it is one."""
    end = at
    while end > low and text[end - 1] in " \t\n.,":
        end -= 1
    start = end
    while start > low and text[start - 1].isalpha():
        start -= 1
    return start if start < end and text[start:end].lower() in _MONTH_WORDS else None


def _may_open_date(text: str, end: int) -> bool:
    after = _AFTER_RUN.match(text, end)
    if after is None:
        return end < len(text) and not text[end].isascii()  # "2024年", "१५ तारीख"
    word = after.group(1)
    return word is None or not word.isascii() or word.lower() in _MONTH_WORDS


def dates_in(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every date the scorer would look at, left to right."""
    return list(_dates(text))


def _dates(text: str) -> Iterator[tuple[int, int]]:
    """Non-overlapping dates, left to right."""
    done = 0
    for run in _DIGIT_RUN.finditer(text):
        at = run.start()
        if at < done:
            continue
        word = _word_before(text, max(done, at - 24), at) if at and text[at - 1].isspace() else None
        found = _CANDIDATE.match(text, word) if word is not None else None
        if (found is None or found.end() <= at) and _may_open_date(text, run.end()):
            found = _CANDIDATE.match(text, at)
        if found is not None:
            done = found.end()
            yield found.span()


class BirthModel(FeatureWeights):
    """Logistic weights by feature string (only features seen in training), the bias and the threshold."""

    __slots__ = ("add",)
    SETTINGS = ("add",)

    def __init__(self, weights: dict[str, float], bias: float, add: float = ADD) -> None:
        super().__init__(weights, bias)
        self.add = add

    def refine(self, text: str, lang: str | None, spans: list[Span]) -> list[Span]:
        """The spans with the dates the scorer is sure are births added (never over another span).

        Without the text's language the rules decide alone: every training text had one, and the
        negatives' language weight ("lang=en") carries much of what tells a flight date from a birth, so
        an unknown language reads as a birth-rich one ("Flight on 12/05/2025" scored 0.72)."""
        if lang is None:
            return spans
        added: list[Span] = []
        for s, e in candidates(text, spans):
            if not any(a < e and s < b for a, b, _ in added) and self.score(features(text, lang, s, e)) >= self.add:
                added.append((s, e, BIRTH))
        return sorted(spans + added) if added else spans


@functools.cache
def birth_model() -> BirthModel | None:
    """The shipped scorer, loaded once; None when the file is absent (the rules then work alone)."""
    return BirthModel.load(MODEL_FILE) if MODEL_FILE.is_file() else None
