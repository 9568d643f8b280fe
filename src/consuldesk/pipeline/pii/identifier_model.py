"""A learned second opinion on identifier numbers: a logistic scorer over the codes no rule took.

The rules call a number a CASE_NUMBER, PASSPORT_NUMBER or NATIONAL_ID only after a cue word they know
("case no.", "pasaporte", "رقم الهوية") or in a checked national format. On writers they were never tuned
on, about one identifier in seven goes without one: the label is a word the cue lists lack ("dosiye
V318822451", "ফাইল নং USAT04812923", "KUSP № 14822"), or it stands several words before the number. What
makes a code an identifier is its form (letters and digits, a year after a slash) and the words before it,
which is learnt better from examples than from more cue lists. The scorer looks at every code of four or
more digits that no rule span touches, once for each of the three types, with the words before and after
it (and their letter four-grams, so "nambari", "número" and "номер" share what they have in common), its
shape and the rules' number cues nearby, and adds it with its best type when that type is sure enough.

Trained by `consuldesk models train` (`ml/identifier.py`) on consular_dev and the written corpus, with the
codes of the tweet and message datasets as negatives; the file is `ml/models/identifier.npz`. Without the
file, `detect_pii` is the rules alone.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterator
from pathlib import Path

from consuldesk.pipeline.pii.national_ids import impossible_birth_date
from consuldesk.pipeline.pii.scan import KINDS, NUMBER, scan
from consuldesk.pipeline.pii.weights import FeatureWeights

MODEL_FILE = Path(__file__).resolve().parents[2] / "ml" / "models" / "identifier.npz"
TYPES = ("CASE_NUMBER", "PASSPORT_NUMBER", "NATIONAL_ID")
ADD = 0.4  # chosen on out-of-fold figures over five writer folds, see `ml/identifier.py`

Span = tuple[int, int, str]

# A code is a run of characters between spaces and clause punctuation ("№ 14822." → "14822").
_BREAKS = ",;:!?()[]{}<>\"«»“”‘’،؛。，、：；！？।॥۔|*"
_TOKEN = re.compile(f"[^\\s{re.escape(_BREAKS)}]+")
_DIGITS = re.compile(r"\d+")
_CJK = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef"
# Chinese, Japanese and Korean glue the label to the number ("报告号109-07713"): the code is what follows.
_CJK_LEAD = re.compile(f"[{_CJK}]+")
_CJK_TRAIL = re.compile(f"[{_CJK}]+$")
# A case ending glued after a hyphen or an apostrophe in another script ("MB1928374-ൽ", "AB123'ü").
_GLUED_ENDING = re.compile(r"[-'’][^\W\d_]+$")
_EDGE_END = ".-_/'’"
_EDGE_START = ".-_/#№'’"
_MIN_DIGITS = 4
_WORD = re.compile(r"[^\W\d_][\w\u0300-\u036f\u0900-\u0dff'’\-]*")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_LETTER_PREFIX = re.compile(r"[^\W\d_]+")
_CUE_REACH = 60  # characters: a label further back than this is rarely the code's own
# A piece is a short run of capitals and digits spaced into a code ("RG 4471/B", "6834519 LP", "4821 7730").
_PIECE = r"(?:[A-Z\u0391-\u03a9\u0400-\u042f]{1,4}|[IVX]{1,4}|\d{1,4}|[A-Z]{1,3}\d{1,2})"
_PIECE_LONGEST = 5
_PIECE_BEFORE = re.compile(rf"(?<![^\s(])({_PIECE})[ ]$")
_PIECE_AFTER = re.compile(rf"[ ]{_PIECE}(?![^\s.,;:!?)])")
_MAX_BEFORE = 2
_MAX_AFTER = 3


def _code_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in _EDGE_END:  # "14/03に帰国予定です." ends in a full stop first
        end -= 1
    lead = _CJK_LEAD.match(text, start, end)
    if lead is not None:
        start = lead.end()
    trail = _CJK_TRAIL.search(text, start, end)
    if trail is not None:
        end = trail.start()
    ending = _GLUED_ENDING.search(text, start, end)
    if ending is not None and not ending.group()[1:].isascii():
        end = ending.start()
    while end > start and text[end - 1] in _EDGE_END:
        end -= 1
    while start < end and text[start] in _EDGE_START:
        start += 1
    return start, end


def codes(text: str, taken: list[Span] | None = None) -> Iterator[tuple[int, int]]:
    """Every code of the text: a run holding at least four digits, trimmed of glued labels and endings.
    Runs of digits inside a `taken` span (the rules' phone numbers, mostly) are passed over."""
    done = 0
    for run in _DIGITS.finditer(text):
        if run.start() < done or (taken and any(a <= run.start() < b for a, b, _ in taken)):
            continue
        # the token around this run of digits, found from the run: most of a text's tokens hold none
        start, end = run.start(), run.end()
        while start > done and not _is_break(text[start - 1]):
            start -= 1
        token = _TOKEN.match(text, start)
        done = token.end() if token is not None else end
        s, e = _code_bounds(text, start, done)
        if sum(ch.isdigit() for ch in text[s:e]) >= _MIN_DIGITS:
            yield s, e


def _is_break(ch: str) -> bool:
    return ch.isspace() or ch in _BREAKS


def _pieces_before(text: str, start: int) -> list[int]:
    """Starts of up to `_MAX_BEFORE` code pieces right before `start`, nearest first ("RG", "III RC")."""
    out: list[int] = []
    while len(out) < _MAX_BEFORE:
        piece = _PIECE_BEFORE.search(text, max(0, start - _PIECE_LONGEST - 1), start)
        if piece is None:
            break
        start = piece.start(1)
        out.append(start)
    return out


def _pieces_after(text: str, end: int) -> list[int]:
    """Ends of up to `_MAX_AFTER` code pieces right after `end`, nearest first ("LP", "4 ZX7")."""
    out: list[int] = []
    while len(out) < _MAX_AFTER:
        piece = _PIECE_AFTER.match(text, end)
        if piece is None:
            break
        end = piece.end()
        out.append(end)
    return out


def variants(text: str, taken: list[Span] | None = None) -> Iterator[list[tuple[int, int]]]:
    """Each code with the short capital or digit pieces a writer may have spaced into it ("RG 4471/B",
    "14873652 4 ZX9", "4671 2089 3345"): the code alone first, then every longer reading."""
    for s, e in codes(text, taken):
        starts = [s, *_pieces_before(text, s)]
        ends = [e, *_pieces_after(text, e)]
        yield [(a, b) for a in starts for b in ends]


def candidates(text: str, spans: list[Span]) -> Iterator[list[tuple[int, int]]]:
    """Every code's readings (`variants`) that no rule span touches, the codes a rule took left out."""
    for group in variants(text, spans):
        free = [(s, e) for s, e in group if not any(a < e and s < b for a, b, _ in spans)]
        if free and free[0] == group[0]:
            yield free


def _char_class(ch: str) -> str:
    if ch.isdigit():
        return "9"
    if ch.isalpha():
        return ("A" if ch.isupper() else "a") if ch.isascii() else "L"
    return ch


def _shapes(value: str) -> tuple[str, str]:
    """The code's form as runs of a class and their length ("AB1234567" → "A2 97"), and without lengths ("A9")."""
    classes: list[str] = []
    lengths: list[int] = []
    for ch in value:
        cls = _char_class(ch)
        if classes and classes[-1] == cls:
            lengths[-1] += 1
        else:
            classes.append(cls)
            lengths.append(1)
    exact = " ".join(f"{c}{n}" if c in "9AaL" else c for c, n in zip(classes, lengths, strict=True))
    return exact, "".join(classes)


def number_cues(text: str) -> list[tuple[int, str]]:
    """Where each of the rules' number cues ends and the type it announces ("passport" → PASSPORT_NUMBER)."""
    low = text.lower()
    if len(low) != len(text):  # only "İ" lowercases to two characters; offsets would not line up
        return []
    return [(end, str(kind)) for _, end, term in scan(low) for group, kind in KINDS[term] if group == NUMBER]


def features(text: str, lang: str | None, start: int, end: int,
             cues: list[tuple[int, str]] | None = None) -> list[str]:
    """A code's feature strings, for every type alike (`typed` adds the type). `cues` is `number_cues(text)`,
    passed in when the text has several codes."""
    value = text[start:end]
    exact, coarse = _shapes(value)
    digits = sum(ch.isdigit() for ch in value)
    before = [w.lower() for w in _WORD.findall(text, max(0, start - 80), start)][-5:]
    after = [w.lower() for w in _WORD.findall(text, end, end + 40)][:2]
    prefix = _LETTER_PREFIX.match(value)
    out = [f"lang={lang}", f"shape={exact}", f"coarse={coarse}", f"digits={min(digits, 16)}",
           f"len={min(len(value), 24)}", f"pre={prefix.group().lower() if prefix else ''}",
           f"pc={text[max(0, start - 2):start].strip()}", f"nc={text[end:end + 1]}",
           f"year={_YEAR.search(value) is not None}"]
    out += [f"b{i}={w}" for i, w in enumerate(reversed(before))] + [f"bw={w}" for w in before]
    for w in before[-3:]:
        padded = f"<{w}>"
        out += [f"bg={padded[i:i + 4]}" for i in range(max(1, len(padded) - 3))]
    out += [f"a{i}={w}" for i, w in enumerate(after)]
    near = [kind for at, kind in (number_cues(text) if cues is None else cues) if start - _CUE_REACH <= at <= start]
    out.append(f"cue0={near[-1]}" if near else "cue0=none")
    out += [f"cue={kind}" for kind in sorted(set(near))]
    return out


def typed(feats: list[str], kind: str) -> list[str]:
    """The features of one (code, type) pair: each feature and a bias of its own for the type."""
    return [kind, *(f"{kind}|{f}" for f in feats)]


class IdentifierModel(FeatureWeights):
    """Logistic weights by feature string (only features seen in training), the bias and the threshold."""

    __slots__ = ("_by_type", "add")
    SETTINGS = ("add",)

    def __init__(self, weights: dict[str, float], bias: float, add: float = ADD) -> None:
        super().__init__(weights, bias)
        self.add = add
        # the weights split by type once, so scoring a code builds no typed feature strings
        self._by_type = {kind: (bias + weights.get(kind, 0.0),
                                {f[len(kind) + 1:]: w for f, w in weights.items() if f.startswith(f"{kind}|")})
                         for kind in TYPES}

    def best(self, feats: list[str]) -> tuple[str, float]:
        """The likeliest type of a code and its probability."""
        logit, kind = max((start + sum(w.get(f, 0.0) for f in feats), kind)
                          for kind, (start, w) in self._by_type.items())
        return kind, 1.0 / (1.0 + math.exp(-max(min(logit, 50.0), -50.0)))

    def refine(self, text: str, lang: str | None, spans: list[Span]) -> list[Span]:
        """The spans with the codes the scorer is sure are identifiers added: of overlapping readings the
        likeliest one, with its likeliest type."""
        groups = list(candidates(text, spans))
        if not groups:
            return spans
        cues = number_cues(text)
        sure: list[tuple[float, int, int, str]] = []
        for group in groups:
            for s, e in group:
                kind, score = self.best(features(text, lang, s, e, cues))
                if score >= self.add and not (kind == "NATIONAL_ID" and impossible_birth_date(text[s:e])):
                    sure.append((score, s, e, kind))
        added: list[Span] = []
        for _, s, e, kind in sorted(sure, reverse=True):
            if not any(a < e and s < b for a, b, _ in added):
                added.append((s, e, kind))
        return sorted(spans + added) if added else spans


@functools.cache
def identifier_model() -> IdentifierModel | None:
    """The shipped scorer, loaded once; None when the file is absent (the rules then work alone)."""
    return IdentifierModel.load(MODEL_FILE) if MODEL_FILE.is_file() else None
