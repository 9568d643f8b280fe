"""triage.language: ISO 639-1 language code and confidence per item, via the LanguageDetector port.

Policy on the caller's hint (`lang_hint`, e.g. the platform's language field): the detector decides
when it can; the hint wins when the text has too few letters to tell (the detector says 'und') or
when the detector's confidence is below `min_confidence`. Empty text is 'und' whatever the hint.
"""

from __future__ import annotations

from consuldesk.pipeline.item import TriageItem
from consuldesk.pipeline.language_id import UNDETERMINED, Py3LangidDetector
from consuldesk.pipeline.ports import LanguageDetector
from consuldesk.pipeline.text import strip_placeholders

# Hints arrive as BCP 47 tags, ISO 639-2/3 codes or legacy codes; the rest of ConsulDesk uses 639-1.
_HINT_ALIASES = {
    "fil": "tl",
    "tgl": "tl",
    "iw": "he",
    "in": "id",
    "ji": "yi",
    "jw": "jv",
    "nb": "no",
    "nn": "no",
    "eng": "en",
    "spa": "es",
    "fra": "fr",
    "fre": "fr",
    "deu": "de",
    "ger": "de",
    "por": "pt",
    "ara": "ar",
    "zho": "zh",
    "chi": "zh",
    "cmn": "zh",
    "yue": "zh",
    "jpn": "ja",
    "kor": "ko",
    "rus": "ru",
    "hin": "hi",
    "ind": "id",
    "vie": "vi",
    "pol": "pl",
    "nld": "nl",
    "dut": "nl",
    "ita": "it",
    "tur": "tr",
    "ukr": "uk",
    "fas": "fa",
    "per": "fa",
    "urd": "ur",
    "ben": "bn",
    "tha": "th",
    "msa": "ms",
    "may": "ms",
}


def normalise_hint(hint: str | None) -> str | None:
    """'en-US' → 'en', 'fil' → 'tl', 'ZH_hant' → 'zh'; None for anything that is not a language code."""
    if not hint:
        return None
    code = hint.strip().replace("_", "-").split("-")[0].lower()
    code = _HINT_ALIASES.get(code, code)
    if len(code) == 2 and code.isalpha() and code.isascii() and code != "un":
        return code
    return None


class LanguageStage:
    id = "triage.language"
    reads = ("text", "normalised", "lang_hint")
    writes = ("language", "language_confidence")

    def __init__(self, detector: LanguageDetector | None = None, min_confidence: float = 0.5) -> None:
        self.detector: LanguageDetector = detector if detector is not None else Py3LangidDetector()
        self.min_confidence = min_confidence

    def __call__(self, batch: list[TriageItem]) -> list[TriageItem]:
        results = self.detector.detect([strip_placeholders(item.normalised) for item in batch])
        for item, (lang, confidence) in zip(batch, results, strict=True):
            hint = normalise_hint(item.lang_hint)
            if not item.text.strip():
                lang, confidence = UNDETERMINED, 0.0
            elif hint is not None and (lang == UNDETERMINED or confidence < self.min_confidence):
                lang, confidence = hint, max(confidence, self.min_confidence)
            item.language = lang
            item.language_confidence = round(confidence, 3)
        return batch
