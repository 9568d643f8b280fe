"""The concept lexicon snapshot matches text the way the feature extractor normalises it."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from consuldesk.ml.concept_match import Lexicon
from consuldesk.ml.concepts import base_concepts
from consuldesk.ml.features import FeatureConfig, featurise

CONFIG = FeatureConfig(bits=12)


def _hits(terms: list[str], texts: list[str], tmp_path: Path) -> list[int]:
    path = tmp_path / "lexicon.json"
    path.write_text(json.dumps({"_comment": "test", "c": terms}, ensure_ascii=False), encoding="utf-8")
    lexicon = Lexicon(base_concepts(path))
    hits = featurise(texts, CONFIG, lexicon).lexicon_hits
    return np.asarray(hits).sum(axis=1).astype(int).tolist()


def test_greek_final_sigma_thai_sara_am_and_german_eszett_match_typed_text(tmp_path: Path) -> None:
    texts = ["Είμαστε σε κίνδυνος τώρα", "ตำรวจจับพี่ชายฉัน", "Wir sind in der Fußballhalle"]
    assert _hits(["κίνδυνος", "ตำรวจ", "fußball*"], texts, tmp_path) == [1, 1, 1]


def test_accents_fold_for_latin_but_indic_vowel_signs_stay(tmp_path: Path) -> None:
    # "détenu*" also matches unaccented "detenu"; Telugu "వీసా*" (visa) must not become "వస*" and hit
    # "వస్తుంది" ("comes"), one of the commonest words of the language
    assert _hits(["détenu*", "వీసా*"], ["mon fils est detenu", "అతను రేపు వస్తుంది", "నా వీసా ఆలస్యం"],
                 tmp_path) == [1, 0, 1]
