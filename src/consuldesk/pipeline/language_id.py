"""Batch language identification with py3langid's model, vectorised over the batch with numpy.

py3langid walks a byte-level automaton one byte at a time in Python (~100 µs per post). Here the
same automaton is walked for the whole batch at once (one numpy step per byte position), and the
naive-Bayes scores are computed per script group:

* the UTF-8 lead bytes give each text's dominant script in one vectorised pass;
* scripts used by one language decide directly (Hangul → ko, kana → ja, Thai → th, …);
* Latin, Cyrillic, Arabic and Devanagari texts are scored by py3langid's model restricted to the
  languages of that script (fewer columns: faster, and no cross-script confusions).

Latin-script texts whose function words leave no doubt are decided by those first (one set
lookup, see `function_words`): it spares the model for most traffic, and it is what identifies
romanised Hindi and Tagalog, which character n-grams get wrong.

The model (~70 MB in memory) is loaded once per process, lazily, on first use. Pure: no network,
no data downloaded. Must not import stages or storage.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from consuldesk.pipeline.function_words import by_function_words

UNDETERMINED = "und"
# Fewer letters than this cannot be identified; the caller may fall back to a hint.
MIN_LETTERS = 3
# Only the start of a text is used: language is settled long before 400 bytes, and it keeps the
# per-batch automaton walk short even when one post is 100,000 characters long.
MAX_CHARS = 120
MAX_BYTES = 200

# Script codes of the lead-byte histogram.
_NONE, _LATIN, _CYRILLIC, _ARABIC, _DEVANAGARI, _HAN, _KANA, _HANGUL = range(8)
_DIRECT: dict[int, str] = {}  # script code → language, for scripts used by one language
_N_SCRIPTS = 32

# Languages scored by the model, per script. Codes as py3langid names them; _ALIASES maps the few
# that are not ISO 639-1 onto the code the rest of ConsulDesk uses.
_GROUP_LANGS: dict[int, tuple[str, ...]] = {
    _LATIN: (
        *("af", "az", "bs", "ca", "cs", "cy", "da", "de", "en", "es", "et", "eu", "fi", "fr", "ga", "gl"),
        *("ha", "hr", "ht", "hu", "id", "ig", "is", "it", "lb", "lt", "lv", "mg", "ms", "mt", "nl", "no"),
        *("pl", "pt", "ro", "rw", "sk", "sl", "so", "sq", "sv", "sw", "tk", "tl", "tr", "uz", "vi", "xh"),
        *("yo", "zu"),
    ),
    _CYRILLIC: ("ru", "uk", "bg", "be", "mk", "sr", "kk", "ky", "mn", "tg", "tt", "ba"),
    _ARABIC: ("ar", "ary", "arz", "fa", "ur", "ps", "ug", "sdh"),
    _DEVANAGARI: ("hi", "mr", "ne"),
}
_ALIASES = {"ary": "ar", "arz": "ar", "sdh": "ku"}
# Assamese shares the Bengali script but writes its own ra and wa (ৰ, ৱ), which Bengali never uses: in
# the written corpus 157 of 160 Assamese messages carry one, none of 405 Bengali ones.
_ASSAMESE_LETTERS = re.compile("[\u09f0\u09f1]")


def _script_table() -> npt.NDArray[np.uint8]:
    """(lead byte, next byte) → script code. Continuation bytes, digits and symbols map to _NONE."""
    t = np.zeros((256, 256), dtype=np.uint8)
    for b in list(range(0x41, 0x5B)) + list(range(0x61, 0x7B)) + list(range(0xC4, 0xCA)):
        t[b, :] = _LATIN
    t[0xC3, 0x80:0xC0] = _LATIN
    t[0xC3, 0x97] = t[0xC3, 0xB7] = _NONE  # × and ÷
    t[0xE1, 0xB8:0xBC] = _LATIN  # Latin Extended Additional (Vietnamese)
    t[0xD0:0xD4, :] = _CYRILLIC
    t[0xD8:0xDC, :] = _ARABIC
    t[0xDD, :] = _ARABIC
    t[0xE0, 0xA4:0xA6] = _DEVANAGARI
    t[0xE3, 0x81:0x84] = _KANA
    t[0xE3, 0x90:0xC0] = _HAN
    t[0xE4:0xEA, :] = _HAN
    t[0xEA, 0xB0:0xC0] = _HANGUL
    t[0xEB:0xED, :] = _HANGUL
    t[0xED, 0x80:0x9F] = _HANGUL
    t[0xE3, 0x84:0x87] = _HANGUL  # compatibility jamo (ㅠㅠ, ㅋㅋ)
    code = 8
    for lead, lo, hi, lang in (
        (0xCE, 0x80, 0xC0, "el"),
        (0xCF, 0x80, 0xC0, "el"),
        (0xD7, 0x80, 0xC0, "he"),
        (0xD6, 0x90, 0xC0, "he"),
        (0xD4, 0xB0, 0xC0, "hy"),
        (0xD5, 0x80, 0xC0, "hy"),
        (0xE0, 0xA6, 0xA8, "bn"),
        (0xE0, 0xA8, 0xAA, "pa"),
        (0xE0, 0xAA, 0xAC, "gu"),
        (0xE0, 0xAC, 0xAE, "or"),
        (0xE0, 0xAE, 0xB0, "ta"),
        (0xE0, 0xB0, 0xB2, "te"),
        (0xE0, 0xB2, 0xB4, "kn"),
        (0xE0, 0xB4, 0xB6, "ml"),
        (0xE0, 0xB6, 0xB8, "si"),
        (0xE0, 0xB8, 0xBA, "th"),
        (0xE0, 0xBA, 0xBC, "lo"),
        (0xE1, 0x80, 0x82, "my"),
        (0xE1, 0x82, 0x84, "ka"),
        (0xE1, 0x88, 0x8E, "am"),
        (0xE1, 0x9E, 0xA0, "km"),
    ):
        if lang not in _DIRECT.values():
            _DIRECT[code] = lang
            lang_code = code
            code += 1
        else:
            lang_code = next(k for k, v in _DIRECT.items() if v == lang)
        t[lead, lo:hi] = lang_code
    assert code <= _N_SCRIPTS
    return t


_SCRIPT_OF = _script_table()


@dataclass(slots=True)
class _Group:
    labels: list[str]
    ptc: npt.NDArray[np.float32]  # features × languages, contiguous
    pc: npt.NDArray[np.float32]


class _Model:
    """py3langid's automaton and naive-Bayes tables, reshaped for batch scoring."""

    def __init__(self) -> None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        ident: Any = LanguageIdentifier.from_model_file(MODEL_FILE)
        nextmove = ident.tk_nextmove
        self.nextmove: npt.NDArray[Any] = np.frombuffer(nextmove, dtype=f"u{nextmove.itemsize}")
        row = np.frombuffer(ident.tk_row, dtype=f"u{ident.tk_row.itemsize}").astype(np.int32)
        self.rowbase: npt.NDArray[np.int32] = row << 8
        # One extra "no feature" slot at the end: padding positions point there.
        self.output = np.append(np.asarray(ident.tk_output, dtype=np.int32), -1)
        self.idle_state = len(self.output) - 1
        classes: list[str] = list(ident.nb_classes)
        ptc = np.asarray(ident.nb_ptc)
        pc = np.asarray(ident.nb_pc, dtype=np.float32)
        self.groups: dict[int, _Group] = {}
        for script, langs in _GROUP_LANGS.items():
            cols = [classes.index(code) for code in langs if code in classes]
            self.groups[script] = _Group(
                labels=[_ALIASES.get(classes[c], classes[c]) for c in cols],
                ptc=np.ascontiguousarray(ptc[:, cols], dtype=np.float32),
                pc=np.ascontiguousarray(pc[cols]),
            )

    def walk(self, encoded: list[bytes]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """Walk the automaton over every text at once; returns (doc index, feature id) per emission."""
        n = len(encoded)
        lens = np.fromiter(map(len, encoded), dtype=np.int64, count=n)
        order = np.argsort(-lens, kind="stable")
        width = int(lens[order[0]]) if n else 0
        if width == 0:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty
        # Longest first, so at step t the still-running texts are a prefix of the batch.
        padded = b"".join([encoded[i].ljust(width, b"\0") for i in order])
        columns = np.frombuffer(padded, dtype=np.uint8).reshape(n, width).T.astype(np.int32)
        sorted_lens = lens[order]
        running = np.searchsorted(-sorted_lens, -np.arange(width), side="left").tolist()
        state = np.zeros(n, dtype=np.int32)
        visited = np.full((width, n), self.idle_state, dtype=np.int32)
        nextmove, rowbase = self.nextmove, self.rowbase
        for t, k in enumerate(running):
            s = nextmove[rowbase[state[:k]] + columns[t, :k]]
            state[:k] = s
            visited[t, :k] = s
        features = self.output[visited]
        pos, doc = np.nonzero(features >= 0)
        return order[doc], features[pos, doc].astype(np.int64)

    def score(
        self, group: _Group, docs: npt.NDArray[np.int64], feats: npt.NDArray[np.int64], n: int
    ) -> npt.NDArray[np.float32]:
        """Naive-Bayes log scores (n × languages) from (doc, feature) emissions, log1p(count) weighted."""
        n_feat = group.ptc.shape[0]
        keys, counts = np.unique(docs * n_feat + feats, return_counts=True)
        doc_of = keys // n_feat
        feat_of = keys % n_feat
        weights = np.log1p(counts).astype(np.float32)
        per_doc = np.bincount(doc_of, minlength=n)
        starts = np.concatenate(([0], np.cumsum(per_doc)[:-1]))
        scores = np.empty((n, group.ptc.shape[1]), dtype=np.float32)
        # Segment sums as batched matrix products over docs sorted by feature count: padding stays
        # small, and numpy's per-call overhead is paid once per chunk instead of once per text.
        by_count = np.argsort(per_doc, kind="stable")
        for lo in range(0, n, 64):
            chunk = by_count[lo : lo + 64]
            width = int(per_doc[chunk].max()) if len(chunk) else 0
            if width == 0:
                scores[chunk] = 0.0
                continue
            offs = np.arange(width)
            valid = offs[None, :] < per_doc[chunk][:, None]
            idx = np.where(valid, starts[chunk][:, None] + offs[None, :], 0)
            w = np.where(valid, weights[idx], 0.0).astype(np.float32)
            rows = np.take(group.ptc, feat_of[idx], axis=0)
            scores[chunk] = np.matmul(w[:, None, :], rows)[:, 0, :]
        scores += group.pc
        return scores


_model: _Model | None = None
_model_lock = threading.Lock()


def _get_model() -> _Model:
    global _model
    if _model is None:
        with _model_lock:
            if _model is None:
                _model = _Model()
    return _model


# Linear: each [^a-z]* run is bounded by the 120-character window the detector looks at.
_THREE_LETTERS = re.compile(r"[a-zA-Z][^a-zA-Z]*[a-zA-Z][^a-zA-Z]*[a-zA-Z]")


class Py3LangidDetector:
    """LanguageDetector port: ISO 639-1 codes (or 'und') with a confidence in [0, 1], per text.

    Texts should be normalised (casefolded, placeholders stripped); see `strip_placeholders`.
    """

    def detect(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        n = len(texts)
        results: list[tuple[str, float]] = [(UNDETERMINED, 0.0)] * n
        if n == 0:
            return results
        encoded: list[bytes] = [b""] * n
        pending: dict[int, list[int]] = {}
        others: list[int] = []
        for i, text in enumerate(texts):
            # Plain ASCII text is Latin script: no need for the byte histogram.
            if not text.isascii():
                others.append(i)
            elif _THREE_LETTERS.search(text, 0, MAX_CHARS):
                decided = by_function_words(text)
                if decided is not None:
                    results[i] = decided
                else:
                    encoded[i] = text[:MAX_CHARS].encode("ascii")
                    pending.setdefault(_LATIN, []).append(i)
        if others:
            for i in others:
                encoded[i] = texts[i][:MAX_CHARS].encode("utf-8", "replace")[:MAX_BYTES]
            scripts = self._dominant_scripts([encoded[i] for i in others])
            for i, (script, letters, share) in zip(others, scripts, strict=True):
                if letters < MIN_LETTERS:
                    continue
                if script in _DIRECT:
                    lang = _DIRECT[script]
                    if lang == "bn" and _ASSAMESE_LETTERS.search(texts[i], 0, MAX_CHARS):
                        lang = "as"
                    results[i] = (lang, share)
                elif script == _HANGUL:
                    results[i] = ("ko", share)
                elif script in (_HAN, _KANA):
                    results[i] = ("zh" if script == _HAN else "ja", share)
                elif script == _LATIN and (decided := by_function_words(texts[i])) is not None:
                    results[i] = decided
                else:
                    pending.setdefault(script, []).append(i)
        if pending:
            self._score_pending(texts, encoded, pending, results)
        return results

    @staticmethod
    def _dominant_scripts(encoded: list[bytes]) -> list[tuple[int, int, float]]:
        """Per text: (dominant script, letters counted, share of letters in that script)."""
        n = len(encoded)
        lens = np.fromiter(map(len, encoded), dtype=np.int64, count=n)
        flat = np.frombuffer(b"".join(encoded) + b"\0", dtype=np.uint8).astype(np.intp)
        codes = _SCRIPT_OF[flat[:-1], flat[1:]].astype(np.int64)
        doc = np.repeat(np.arange(n, dtype=np.int64), lens)
        hist = np.bincount(doc * _N_SCRIPTS + codes, minlength=n * _N_SCRIPTS).reshape(n, _N_SCRIPTS)
        hist[:, _NONE] = 0
        # Japanese mixes kanji and kana; any real share of kana means Japanese, not Chinese.
        kana = hist[:, _KANA]
        japanese = kana * 5 >= hist[:, _HAN] + kana
        hist[:, _KANA] = np.where(japanese, kana + hist[:, _HAN], kana)
        hist[:, _HAN] = np.where(japanese, 0, hist[:, _HAN])
        best = hist.argmax(axis=1)
        letters = hist.sum(axis=1)
        top = hist[np.arange(n), best]
        share = np.where(letters > 0, top / np.maximum(letters, 1), 0.0)
        return list(zip(best.tolist(), letters.tolist(), share.tolist(), strict=True))

    @staticmethod
    def _score_pending(
        texts: Sequence[str],
        encoded: list[bytes],
        pending: dict[int, list[int]],
        results: list[tuple[str, float]],
    ) -> None:
        model = _get_model()
        members = [i for idxs in pending.values() for i in idxs]
        docs, feats = model.walk([encoded[i] for i in members])
        local = {i: k for k, i in enumerate(members)}
        for script, idxs in pending.items():
            group = model.groups[script]
            pos = np.fromiter((local[i] for i in idxs), dtype=np.int64, count=len(idxs))
            remap = np.full(len(members), -1, dtype=np.int64)
            remap[pos] = np.arange(len(idxs))
            mine = remap[docs]
            keep = mine >= 0
            scores = model.score(group, mine[keep], feats[keep], len(idxs))
            # py3langid's calibration: temperature sqrt(bytes) keeps the softmax honest across lengths.
            nbytes = np.fromiter((len(encoded[i]) or 1 for i in idxs), dtype=np.float32, count=len(idxs))
            z = scores / np.sqrt(nbytes)[:, None]
            z = np.exp(z - z.max(axis=1, keepdims=True))
            best = z.argmax(axis=1)
            conf = z[np.arange(len(idxs)), best] / z.sum(axis=1)
            labels = group.labels
            for i, b, c in zip(idxs, best.tolist(), conf.tolist(), strict=True):
                results[i] = (labels[b], c)
