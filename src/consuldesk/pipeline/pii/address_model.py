"""A learned second opinion on where an ADDRESS span starts and ends.

The address rules find an address by its street word, unit word or label, and then guess how far it
reaches. On writers they were never tuned on, a fifth of their addresses overlap the written one but
stop a part short or run a part long: the district after the street ("…, phường An Nghiệp, quận Ninh
Kiều"), the neighbourhood before it ("حي النرجس، …"), a city or a full stop after it. Which parts belong
to an address is a convention learnt better from examples than from more rules, so this scorer looks
at every start and end within a few words of the rules' boundaries, with the words there and around
them, and moves each boundary to its best-scoring place.

Trained by `consuldesk models train` (`ml/address.py`) on consular_dev and the written corpus; the file
is `ml/models/address.npz` (a weight per feature string seen in training). Without the file,
`detect_pii` keeps the rules' boundaries.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from pathlib import Path

from consuldesk.pipeline.pii.weights import FeatureWeights

MODEL_FILE = Path(__file__).resolve().parents[2] / "ml" / "models" / "address.npz"
ADDRESS = "ADDRESS"
# How far a boundary may move, in whitespace tokens: further moves were right too rarely to learn.
OUTWARD = 4
INWARD = 3
# Punctuation that closes a clause: an address token may end with it, the address does not.
_TRAILING = ".,;:!?)]}»”\"'،؛。、，；：！？"
_LEADING = "([{«“\"'"
# Tokens end at spaces and at the punctuation of scripts written without spaces, so a boundary in Chinese or
# Japanese text never moves to the end of a whole clause ("…501室，快递单号查不到…").
_TOKEN = re.compile(r"[^\s，。、！？；：]+")
_DIGIT = re.compile(r"\d")

Boundary = tuple[int, int]  # (position in the text, shift in tokens from the rules' boundary)


def _shape(token: str) -> str:
    """A coarse spelling class: digits, capitalised, lowercase, other script, mixed."""
    core = token.strip(_TRAILING + _LEADING)
    if not core:
        return "p"
    if core.isdigit():
        return "d"
    if _DIGIT.search(core):
        return "x"
    if core[0].isupper():
        return "C"
    if core[0].islower():
        return "l"
    return "o"


def _inside_word(text: str, position: int) -> bool:
    """A boundary between two letters or digits cuts a word ("ул. Шефская 2|А"): the rules, not the writer."""
    return 0 < position < len(text) and text[position].isalnum() and text[position - 1].isalnum()


def _word(token: str) -> str:
    return token.strip(_TRAILING + _LEADING).lower() or token


def starts(text: str, tokens: list[tuple[int, int]], s: int, e: int) -> list[Boundary]:
    """Candidate starts: the rules' start, token starts up to OUTWARD before it and INWARD after it
    (inside the span), and a token start with its opening bracket or quote skipped."""
    first = next((i for i, (a, b) in enumerate(tokens) if b > s), len(tokens))
    out: list[Boundary] = [(s, 0)]
    for k in range(-OUTWARD, INWARD + 1):
        i = first + k
        if k == 0 or not 0 <= i < len(tokens):
            continue
        a = tokens[i][0]
        while a < tokens[i][1] and text[a] in _LEADING:
            a += 1
        if a < e and a != s and a < tokens[i][1]:
            out.append((a, k))
    return out


def ends(text: str, tokens: list[tuple[int, int]], s: int, e: int) -> list[Boundary]:
    """Candidate ends: the rules' end, token ends up to OUTWARD after it and INWARD before it, each also
    without its closing punctuation."""
    last = max((i for i, (a, b) in enumerate(tokens) if a < e), default=-1)
    out: list[Boundary] = [(e, 0)]
    seen = {e}
    for k in range(-INWARD, OUTWARD + 1):
        i = last + k
        if not 0 <= i < len(tokens):
            continue
        a, b = tokens[i]
        for end in (b, a + len(text[a:b].rstrip(_TRAILING))):
            if end > s and end > a and end not in seen:
                seen.add(end)
                out.append((end, k))
    return out


def start_features(text: str, lang: str | None, tokens: list[tuple[int, int]], s: int, at: Boundary) -> list[str]:
    position, shift = at
    i = next((n for n, (a, b) in enumerate(tokens) if b > position), len(tokens) - 1)
    token = text[tokens[i][0]:tokens[i][1]] if tokens else ""
    prev = text[tokens[i - 1][0]:tokens[i - 1][1]] if i > 0 else "<s>"
    moved = text[min(position, s):max(position, s)].split()
    side = "add" if position < s else "cut"
    out = [f"s:k={shift}", f"s:lang={lang}", f"s:w={_word(token)}", f"s:sh={_shape(token)}",
           f"s:p={_word(prev)}", f"s:psh={_shape(prev)}", f"s:pend={prev[-1:] if prev != '<s>' else '^'}",
           f"s:mid={position > tokens[i][0]}",
           f"s:inword={_inside_word(text, position)}", f"s:k={shift}|psh={_shape(prev)}|sh={_shape(token)}"]
    out += [f"s:{side}={_word(w)}" for w in moved]
    out += [f"s:{side}sh={_shape(w)}" for w in moved]
    return out


def end_features(text: str, lang: str | None, tokens: list[tuple[int, int]], e: int, at: Boundary) -> list[str]:
    position, shift = at
    i = max((n for n, (a, b) in enumerate(tokens) if a < position), default=0)
    token = text[tokens[i][0]:position] if tokens else ""
    nxt = text[tokens[i + 1][0]:tokens[i + 1][1]] if i + 1 < len(tokens) else "</s>"
    rest = text[position:tokens[i][1]] if tokens else ""
    moved = text[min(position, e):max(position, e)].split()
    side = "add" if position > e else "cut"
    out = [f"e:k={shift}", f"e:lang={lang}", f"e:w={_word(token)}", f"e:sh={_shape(token)}",
           f"e:n={_word(nxt)}", f"e:nsh={_shape(nxt)}", f"e:rest={rest or '-'}",
           f"e:last={token[-1:] or '-'}", f"e:k={shift}|sh={_shape(token)}|nsh={_shape(nxt)}",
           f"e:nl={text[position:position + 1] == chr(10) or position == len(text)}",
           f"e:inword={_inside_word(text, position)}"]
    out += [f"e:{side}={_word(w)}" for w in moved]
    out += [f"e:{side}sh={_shape(w)}" for w in moved]
    return out


def boundary_candidates(text: str, lang: str | None, span: tuple[int, int]
                        ) -> Iterator[tuple[str, Boundary, list[str]]]:
    """("start" | "end", boundary, feature strings) for every candidate boundary of one ADDRESS span."""
    s, e = span
    tokens = [m.span() for m in _TOKEN.finditer(text)]
    for at in starts(text, tokens, s, e):
        yield "start", at, start_features(text, lang, tokens, s, at)
    for at in ends(text, tokens, s, e):
        yield "end", at, end_features(text, lang, tokens, e, at)


class AddressModel(FeatureWeights):
    """Logistic weights by feature string; each boundary moves to its best-scoring candidate."""

    __slots__ = ()

    def bounds(self, text: str, lang: str | None, span: tuple[int, int]) -> tuple[int, int]:
        """The best-scoring (start, end) of one ADDRESS span; ties keep the rules' boundary."""
        best = {"start": (float("-inf"), span[0]), "end": (float("-inf"), span[1])}
        for side, (position, shift), feats in boundary_candidates(text, lang, span):
            z = self.logit(feats) + (1e-9 if shift == 0 and position == span[side == "end"] else 0.0)
            if z > best[side][0]:
                best[side] = (z, position)
        return best["start"][1], best["end"][1]

    def refine(self, text: str, lang: str | None, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """The spans with each ADDRESS span's boundaries moved where the scorer puts them, as long as the
        moved span stays clear of the other spans."""
        out = list(spans)
        for n, (s, e, kind) in enumerate(spans):
            if kind != ADDRESS:
                continue
            a, b = self.bounds(text, lang, (s, e))
            if (a, b) == (s, e) or a >= b:
                continue
            if any(x < b and a < y for m, (x, y, _) in enumerate(spans) if m != n):
                continue
            out[n] = (a, b, kind)
        return sorted(out)


@functools.cache
def address_model() -> AddressModel | None:
    """The shipped scorer, loaded once; None when the file is absent (the rules' boundaries stay)."""
    return AddressModel.load(MODEL_FILE) if MODEL_FILE.is_file() else None
