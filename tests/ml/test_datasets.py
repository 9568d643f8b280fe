"""Dataset location: a missing shared folder gives one clear message, and the CLI skips cleanly."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from consuldesk.ml.cli import models_app
from consuldesk.ml.datasets import DataMissing, Shared, find_shared


def test_missing_shared_folder_names_what_was_looked_for(tmp_path: Path) -> None:
    with pytest.raises(DataMissing) as info:
        find_shared(tmp_path / "nowhere")
    message = str(info.value)
    assert "nowhere" in message and "--data" in message and "CONSULDESK_SHARED" in message
    assert "shipped models keep working" in message


def test_env_variable_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "datasets").mkdir()
    monkeypatch.setenv("CONSULDESK_SHARED", str(tmp_path))
    assert find_shared() == tmp_path.resolve()


def test_missing_dataset_folder_is_reported(tmp_path: Path) -> None:
    (tmp_path / "datasets").mkdir()
    with pytest.raises(DataMissing, match="humaid_events_set1"):
        Shared(tmp_path).humaid("train")
    with pytest.raises(DataMissing, match=r"consular_dev\.jsonl"):
        Shared(tmp_path).consular()


@pytest.mark.parametrize("command", ["train", "eval"])
def test_cli_without_data_says_so_and_exits_zero(tmp_path: Path, command: str) -> None:
    result = CliRunner().invoke(models_app, [command, "--data", str(tmp_path / "absent"),
                                             "--models", str(tmp_path / "models")])
    assert result.exit_code == 0, result.output
    assert "Training data not available" in result.output
    assert not (tmp_path / "models").exists()
