"""triage.dedupe and the bounded in-memory fingerprint index."""

from __future__ import annotations

import numpy as np

from consuldesk.pipeline.fingerprint_index import InMemoryFingerprintIndex
from consuldesk.pipeline.item import TriageItem
from consuldesk.pipeline.minhash import NUM_PERM, signatures
from consuldesk.pipeline.ports import FingerprintIndex
from consuldesk.pipeline.stages import DedupeStage, NormaliseStage
from consuldesk.pipeline.text import normalise_text

RUMOUR = (
    "URGENT: the embassy in Bali will close its consular section tomorrow and all visa appointments are "
    "cancelled, share with every Indonesian you know"
)


def _run(stage: DedupeStage, *texts: str, start: int = 0) -> list[str | None]:
    batch = [TriageItem(id=f"i{start + k}", text=t) for k, t in enumerate(texts)]
    NormaliseStage()(batch)
    return [item.duplicate_of for item in stage(batch)]


def test_exact_duplicates_point_at_the_first_item() -> None:
    stage = DedupeStage()
    assert _run(stage, RUMOUR, "something else entirely different here today", RUMOUR, RUMOUR) == [
        None,
        None,
        "i0",
        "i0",
    ]


def test_fingerprint_ignores_links_mentions_case_and_spacing() -> None:
    stage = DedupeStage()
    a = TriageItem(id="a", text=f"{RUMOUR} https://t.co/abc", normalised=normalise_text(f"{RUMOUR} https://t.co/abc"))
    b = TriageItem(id="b", text="x", normalised=normalise_text(f"{RUMOUR.upper()}   https://bit.ly/zz"))
    stage([a, b])
    assert a.fingerprint == b.fingerprint and len(a.fingerprint) == 32
    assert b.duplicate_of == "a"


def test_near_duplicates_retweets_edits_and_hashtags() -> None:
    stage = DedupeStage()
    dups = _run(
        stage,
        RUMOUR,
        f"RT @someone: {RUMOUR} #bali #visa #embassy",
        RUMOUR.replace("tomorrow", "tomorow").replace("share", "please share"),
        "Our flight to Bali was moved to tomorrow morning, is the airport open and are taxis running?",
    )
    assert dups == [None, "i0", "i0", None]


def test_duplicates_across_batches_and_chains_resolve_to_the_first() -> None:
    stage = DedupeStage()
    assert _run(stage, RUMOUR, start=0) == [None]
    edited = RUMOUR + " #share"
    assert _run(stage, edited, start=1) == ["i0"]
    assert _run(stage, edited + " pls", start=2) == ["i0"]


def test_short_texts_are_never_duplicates() -> None:
    stage = DedupeStage()
    assert _run(stage, "thanks!", "thanks!", "Thank you!", "help", "help", "any update?", "any update?") == [None] * 7


def test_medium_texts_match_only_exactly() -> None:
    stage = DedupeStage()
    dups = _run(
        stage,
        "is the airport in bali open",
        "is the airport in bali open",
        "is the airport in bali closed",
    )
    assert dups == [None, "i0", None]


def test_bounded_index_evicts_the_oldest_entries() -> None:
    index = InMemoryFingerprintIndex(capacity=8)
    stage = DedupeStage(index)
    rng = np.random.default_rng(3)
    words = ["passport", "office", "visa", "flood", "airport", "embassy", "lyon", "bali", "taxi", "hotel", "river"]
    texts = [" ".join(rng.choice(words, 12)) for _ in range(20)]  # unrelated texts
    assert _run(stage, *texts) == [None] * 20
    assert len(index) == 8
    # The first messages were evicted: a copy of one of them is new again; a recent one is known.
    assert _run(stage, texts[0], start=100) == [None]
    assert _run(stage, texts[19], start=200) == ["i19"]


def test_index_can_be_seeded_and_is_a_port() -> None:
    index = InMemoryFingerprintIndex(capacity=100)
    assert isinstance(index, FingerprintIndex)
    sigs, _ = signatures([normalise_text(RUMOUR)])
    from consuldesk.pipeline.stages.dedupe import fingerprint

    index.add("stored-1", fingerprint(normalise_text(RUMOUR)), sigs[0])
    assert sigs.shape == (1, NUM_PERM) and sigs.dtype == np.uint32
    assert _run(DedupeStage(index), RUMOUR + " #again") == ["stored-1"]


def test_rerun_of_the_same_item_is_not_its_own_duplicate() -> None:
    stage = DedupeStage()
    assert _run(stage, RUMOUR) == [None]
    assert _run(stage, RUMOUR) == [None]


def test_signatures_are_deterministic_and_handle_cjk() -> None:
    texts = ["我的护照在巴厘岛丢了，请问怎么办理旅行证？", "我的护照在巴厘岛丢了，请问怎么办理旅行证？谢谢", ""]
    first, words = signatures(texts)
    again, _ = signatures(list(texts))
    assert np.array_equal(first, again)
    assert (first[0] == first[1]).mean() > 0.75
    assert words[2] == 0


def test_prepare_then_decide_elsewhere_equals_the_stage() -> None:
    """The split used by parallel triage: `prepare` anywhere (its result pickles), `decide` in order."""
    import pickle

    texts = [RUMOUR, "something else entirely different here today", RUMOUR + " #again", "thanks!", RUMOUR]
    batches = [[TriageItem(id=f"{b}-{k}", text=t) for k, t in enumerate(texts)] for b in range(2)]
    for batch in batches:
        NormaliseStage()(batch)
    whole = DedupeStage()
    expected = [[item.duplicate_of for item in whole(list(batch))] for batch in batches]
    preparer, decider = DedupeStage(), DedupeStage()
    prepared = [pickle.loads(pickle.dumps(preparer.prepare(batch))) for batch in batches]
    assert len(preparer.index) == 0  # preparing never touches the index
    assert [decider.decide(p) for p in prepared] == expected
    assert expected[1] == ["0-0", "0-1", "0-0", None, "0-0"]
