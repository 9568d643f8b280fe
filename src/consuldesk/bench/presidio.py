"""Presidio, set up offline, as the side-by-side reference for our PII detector (optional extra `bench`).

No spaCy NER model is on PyPI, so the analyzer runs a blank spaCy pipeline with its pattern
recognizers; its PERSON and LOCATION findings therefore need NER it does not have here. Its entity
names are mapped onto the TAXONOMY types; entities with no counterpart are ignored.
"""

from __future__ import annotations

from typing import Any

__all__ = ["PRESIDIO_TYPES", "presidio_analyzer", "presidio_spans"]

PRESIDIO_TYPES: dict[str, str] = {
    "PERSON": "PERSON", "PHONE_NUMBER": "PHONE", "EMAIL_ADDRESS": "EMAIL", "CREDIT_CARD": "CREDIT_CARD",
    "IBAN_CODE": "IBAN", "US_PASSPORT": "PASSPORT_NUMBER", "UK_PASSPORT": "PASSPORT_NUMBER",
    "IN_PASSPORT": "PASSPORT_NUMBER", "US_SSN": "NATIONAL_ID", "US_ITIN": "NATIONAL_ID", "ES_NIF": "NATIONAL_ID",
    "ES_NIE": "NATIONAL_ID", "IT_FISCAL_CODE": "NATIONAL_ID", "PL_PESEL": "NATIONAL_ID", "IN_AADHAAR": "NATIONAL_ID",
    "IN_PAN": "NATIONAL_ID", "IN_VOTER": "NATIONAL_ID", "SG_NRIC_FIN": "NATIONAL_ID", "AU_TFN": "NATIONAL_ID",
    "UK_NHS": "NATIONAL_ID", "UK_NINO": "NATIONAL_ID", "FI_PERSONAL_IDENTITY_CODE": "NATIONAL_ID",
    "KR_RRN": "NATIONAL_ID", "TH_TNIN": "NATIONAL_ID", "DATE_TIME": "DATE_OF_BIRTH", "LOCATION": "ADDRESS",
}


def presidio_analyzer() -> Any:
    """An AnalyzerEngine that downloads nothing. Raises ImportError when the extra is not installed."""
    import spacy
    import tldextract

    # Presidio's e-mail check calls tldextract, which fetches the public suffix list by default:
    # use the snapshot bundled with tldextract instead.
    module: Any = tldextract
    module.extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    # A loaded engine is not loaded again, so no model download is attempted.
    engine: Any = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": "blank:en"}])
    engine.nlp = {"en": spacy.blank("en")}
    return AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])


def presidio_spans(analyzer: Any, text: str) -> set[tuple[int, int, str]]:
    """(start, end, TAXONOMY type) for each mapped finding; every text is analysed as English."""
    spans = set()
    for result in analyzer.analyze(text, language="en"):
        kind = PRESIDIO_TYPES.get(result.entity_type)
        if kind is not None:
            spans.add((int(result.start), int(result.end), kind))
    return spans
