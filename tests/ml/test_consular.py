"""The consular concept lexicon builds deterministically; the concept expert folds into one linear model."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from consuldesk.ml.concept_match import Lexicon
from consuldesk.ml.concepts import base_concepts, build_snapshot
from consuldesk.ml.consular import with_concept_expert
from consuldesk.ml.features import FeatureConfig, featurise
from consuldesk.ml.fit import fit_linear, model_logits, model_proba
from consuldesk.ml.model import LEXICON_PATH

CONFIG = FeatureConfig(bits=12, char_orders=(3,))


def test_lexicon_file_is_valid_and_every_concept_has_terms() -> None:
    data = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))
    concepts = {k: v for k, v in data.items() if not k.startswith("_")}
    assert len(concepts) >= 30
    for name, terms in concepts.items():
        assert terms and all(isinstance(t, str) and t.strip() for t in terms), name


def test_snapshot_is_deterministic(tmp_path: Path) -> None:
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    build_snapshot(a)
    build_snapshot(b)
    assert a.read_bytes() == b.read_bytes()


def test_generic_consular_vocabulary_in_several_languages() -> None:
    lexicon = Lexicon({name: terms for name, terms in base_concepts().items()})
    texts = ["I need to book an appointment to renew my passport",
             "Potrzebuję umówić wizytę w konsulacie",
             "Mio fratello è stato arrestato ieri sera",
             "Kardeşim gözaltına alındı, avukat lazım",
             "هل رسوم تجديد الجواز تغيرت؟",
             "Nimepoteza pasipoti yangu",
             "我们需要撤离，机场关闭了"]
    hits = featurise(texts, CONFIG, lexicon).lexicon_hits
    col = lexicon.names.index
    assert hits[0, col("appointment")] and hits[0, col("passport")]
    assert hits[1, col("appointment")]
    assert hits[2, col("detention")]
    assert hits[3, col("detention")] and hits[3, col("lawyer")]
    assert hits[4, col("fees")] and hits[4, col("passport")]
    assert hits[5, col("documents_lost")] and hits[5, col("passport")]
    assert hits[6, col("evacuation_shelter")]


def test_concept_expert_is_a_plain_linear_model_that_moves_towards_concepts() -> None:
    lexicon = Lexicon({"danger": ["help", "ayuda", "hilfe"], "thanks": ["thanks", "gracias", "danke"],
                       "visa": ["visa", "visado", "visum"]})
    texts = ["help we are trapped", "please help now", "thanks a lot team", "many thanks friends",
             "visa question here", "my visa form"] * 4
    labels = ["emergency", "emergency", "thanks", "thanks", "visa", "visa"] * 4
    feats = featurise(texts, CONFIG, lexicon)
    plain = fit_linear("intent", feats, labels, config=CONFIG, c=1.0, concept_scale=0.25)
    before = model_proba(plain, featurise(["ayuda"], CONFIG, lexicon))[0]
    merged = with_concept_expert(fit_linear("intent", feats, labels, config=CONFIG, c=1.0, concept_scale=0.25),
                                 feats, labels, weight=1.0)
    test = featurise(["ayuda", "gracias", "visado"], CONFIG, lexicon)
    after = model_proba(merged, test)
    assert merged.weights.shape == plain.weights.shape and merged.concept_weights.shape == plain.concept_weights.shape
    assert [merged.classes[i] for i in after.argmax(axis=1)] == ["emergency", "thanks", "visa"]
    assert after[0, merged.classes.index("emergency")] > before[plain.classes.index("emergency")]
    assert np.isfinite(model_logits(merged, test)).all()
