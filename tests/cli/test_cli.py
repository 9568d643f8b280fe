"""The command line: init, users, import summary, offline triage contract, help."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from typer.testing import CliRunner

from consuldesk.cli.main import app

runner = CliRunner()


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CONSULDESK_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    return tmp_path


def test_help_lists_the_settings() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "CONSULDESK_DATABASE_URL" in result.output


def test_init_users_and_import(env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert runner.invoke(app, ["init", "--mission", "lisbon"]).exit_code == 0
    monkeypatch.setenv("CONSULDESK_NEW_PASSWORD", "long enough password")
    result = runner.invoke(app, ["users", "add", "ana", "--role", "officer", "--mission", "lisbon"])
    assert result.exit_code == 0, result.output
    source = env / "items.jsonl"
    source.write_bytes(b'{"id": "1", "text": "Where can I renew my passport?"}\nnot json\n')
    result = runner.invoke(app, ["import", str(source)])
    assert result.exit_code == 0, result.output
    assert "accepted" in result.output
    assert "items.jsonl:2" in result.output
    again = runner.invoke(app, ["import", str(source)])
    assert " 1 " in again.output  # one duplicate now


def test_import_of_a_missing_file_fails_clearly(env: Path) -> None:
    runner.invoke(app, ["init"])
    result = runner.invoke(app, ["import", str(env / "nope.jsonl")])
    assert result.exit_code == 1
    assert "nope.jsonl" in result.output


def test_triage_contract(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    long_text = "flood " * 16_666 + "help"
    source.write_text(
        '{"id": "a", "text": "We are trapped by the flood, please help us now"}\n'
        "{broken\n"
        '{"text": ""}\n'
        + orjson.dumps({"id": "long", "text": long_text}).decode() + "\n"
        '{"id": "b", "text": "We are trapped by the flood, please help us now"}\n',
        encoding="utf-8",
    )
    target = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["triage", str(source), "-o", str(target)])
    assert result.exit_code == 0, result.output
    lines = [orjson.loads(line) for line in target.read_bytes().splitlines()]
    assert len(lines) == 5
    assert lines[0]["id"] == "a"
    assert set(lines[0]) == {"id", "language", "intent", "urgency", "sentiment", "crisis_category",
                             "informative", "rumour", "pii", "redacted_text", "duplicate_of",
                             "confidence"}
    assert "error" in lines[1]
    assert "line 2" in result.output
    assert lines[2]["redacted_text"] == ""
    assert lines[3]["id"] == "long"
    assert lines[4]["duplicate_of"] == "a"


def test_render_prints_parts_for_a_platform(tmp_path: Path) -> None:
    advisory = tmp_path / "advisory.md"
    advisory.write_text("Road closures near Coimbra\n" + "The A1 motorway is closed in both directions. " * 12,
                        encoding="utf-8")
    result = runner.invoke(app, ["render", "--platform", "x", "--file", str(advisory)])
    assert result.exit_code == 0, result.output
    rendered = orjson.loads(result.stdout)
    assert rendered["platform"] == "x"
    assert len(rendered["parts"]) > 1
    assert rendered["parts"][0]["text"].startswith("Road closures near Coimbra")


def test_render_of_a_missing_file_fails_clearly(tmp_path: Path) -> None:
    result = runner.invoke(app, ["render", "--platform", "x", "--file", str(tmp_path / "none.md")])
    assert result.exit_code == 1
    assert "cannot read" in result.output
