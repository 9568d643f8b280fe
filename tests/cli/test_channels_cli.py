"""`consuldesk channels`: connect with secrets from the environment, list health, check against a fake."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from consuldesk.cli.main import app
from consuldesk.connectors.fakes.server import FakeServer
from consuldesk.connectors.fakes.telegram import FakeTelegram

runner = CliRunner()


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CONSULDESK_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    monkeypatch.setenv("CONSULDESK_SECRET_KEY_FILE", str(tmp_path / "secret.key"))
    assert runner.invoke(app, ["init", "--mission", "lisbon"]).exit_code == 0
    return tmp_path


def test_connect_list_and_check_a_channel(env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bot = FakeTelegram(token="123456:ABC-fake", secret_token="hook_secret")
    monkeypatch.setenv("CONSULDESK_SECRET_BOT_TOKEN", "123456:ABC-fake")
    monkeypatch.setenv("CONSULDESK_SECRET_WEBHOOK_SECRET_TOKEN", "hook_secret")
    with FakeServer(bot.app) as server:
        result = runner.invoke(app, ["channels", "connect", "telegram", "@norvalia_bot", "-m", "lisbon",
                                     "--set", f"base_url={server.url}", "--set", "channel_chat_id=@norvalia"])
        assert result.exit_code == 0, result.output
        checked = runner.invoke(app, ["channels", "check", "1"])
        assert checked.exit_code == 0, checked.output
        assert "telegram @norvalia_bot: ok" in checked.output
    listed = runner.invoke(app, ["channels", "list", "--json"])
    assert listed.exit_code == 0 and '"status": "ok"' in listed.output
    assert "ABC-fake" not in listed.output and "hook_secret" not in listed.output
    assert b"ABC-fake" not in (env / "cli.db").read_bytes()  # sealed at rest


def test_secrets_are_refused_on_the_command_line(env: Path) -> None:
    result = runner.invoke(app, ["channels", "connect", "telegram", "@bot", "-m", "lisbon",
                                 "--set", "bot_token=123:leak"])
    assert result.exit_code != 0
    assert "is a credential" in result.output


def test_unknown_mission_is_a_clear_error(env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONSULDESK_SECRET_BOT_TOKEN", "1:x")
    monkeypatch.setenv("CONSULDESK_SECRET_WEBHOOK_SECRET_TOKEN", "s")
    result = runner.invoke(app, ["channels", "connect", "telegram", "@bot", "-m", "nowhere"])
    assert result.exit_code == 1
    assert "no mission 'nowhere'" in result.output
