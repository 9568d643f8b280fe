"""Hashed features: batch independence, edge cases and multilingual lexicon matching."""

from __future__ import annotations

import numpy as np

from consuldesk.ml.concept_match import Lexicon
from consuldesk.ml.features import FeatureConfig, featurise

CONFIG = FeatureConfig(bits=12)
LEXICON = Lexicon({
    "distress": ["help", "please help", "trapped", "atrapad*", "救命", "مساعدة", "can not get out"],
    "thanks": ["thank*", "gracias", "谢谢", "ありがとう"],
})
TEXTS = [
    "Help! We are TRAPPED   in the flood 123",
    "",
    "   ",
    "atrapados en el edificio, ayuda por favor 🙏",
    "救命！我们被困了 谢谢",
    "a",
    "please help me http://x.co/abc @someone",
    "line one\nline two",
    "نحتاج مساعدة عاجلة",
    "ありがとうございました",
    "we can not get out",
]


def test_rows_do_not_depend_on_the_rest_of_the_batch() -> None:
    batch = featurise(TEXTS, CONFIG, LEXICON)
    matrix = batch.matrix().toarray()
    for i, text in enumerate(TEXTS):
        alone = featurise([text], CONFIG, LEXICON)
        assert np.allclose(alone.matrix().toarray()[0], matrix[i]), text
        assert np.array_equal(alone.lexicon_hits[0], batch.lexicon_hits[i]), text


def test_rows_are_normalised_and_never_empty() -> None:
    matrix = featurise(TEXTS, CONFIG, LEXICON).matrix()
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    assert np.all(norms > 0.9)
    assert matrix.shape == (len(TEXTS), 1 << CONFIG.bits)


def test_lexicon_matches_words_stems_phrases_and_unspaced_scripts() -> None:
    hits = featurise(TEXTS, CONFIG, LEXICON).lexicon_hits
    distress, thanks = LEXICON.names.index("distress"), LEXICON.names.index("thanks")
    assert hits[0, distress] == 2  # help, trapped
    assert hits[3, distress] == 1  # atrapad* (stem)
    assert hits[4, distress] == 1 and hits[4, thanks] == 1  # substrings in Chinese
    assert hits[6, distress] == 2  # "please help" and "help"
    assert hits[8, distress] == 1  # Arabic word
    assert hits[9, thanks] == 1  # Japanese substring
    assert hits[10, distress] == 1  # four-word phrase
    assert hits[1].sum() == 0 and hits[5].sum() == 0


def test_empty_batch() -> None:
    feats = featurise([], CONFIG, LEXICON)
    assert feats.matrix().shape == (0, 1 << CONFIG.bits)


UNSPACED = FeatureConfig(bits=12, unspaced_orders=(1, 2))


def test_unspaced_ngrams_only_inside_scripts_without_spaces() -> None:
    plain, short = featurise(TEXTS, CONFIG, LEXICON).matrix(), featurise(TEXTS, UNSPACED, LEXICON).matrix()
    extra = short.getnnz(axis=1) - plain.getnnz(axis=1)
    assert extra[0] == 0 and extra[3] == 0 and extra[8] == 0  # Latin and Arabic texts: nothing added
    assert extra[4] > 0 and extra[9] > 0  # Chinese and Japanese: one- and two-character grams
    one = featurise(["溺水"], FeatureConfig(bits=12, unspaced_orders=(1,)), None)
    both = featurise(["溺水"], UNSPACED, None)
    assert both.matrix().getnnz() - one.matrix().getnnz() == 1  # the one two-character gram "溺水"


def test_unspaced_rows_do_not_depend_on_the_rest_of_the_batch() -> None:
    matrix = featurise(TEXTS, UNSPACED, LEXICON).matrix().toarray()
    for i, text in enumerate(TEXTS):
        assert np.allclose(featurise([text], UNSPACED, LEXICON).matrix().toarray()[0], matrix[i]), text


def test_feature_config_round_trip_and_older_models() -> None:
    assert FeatureConfig.from_dict(UNSPACED.as_dict()) == UNSPACED
    older = {k: v for k, v in CONFIG.as_dict().items() if k != "unspaced_orders"}
    assert FeatureConfig.from_dict(older) == CONFIG
