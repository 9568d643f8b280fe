"""Channel health: expiry warnings, errors after failures, rate limits, fallbacks, and live checks."""

from __future__ import annotations

from datetime import timedelta

import pytest

from consuldesk.bootstrap import Runtime
from consuldesk.channels.service import (
    check_due_health,
    do_connect_channel,
    do_record_failure,
    do_record_success,
    view_channel,
)
from consuldesk.connectors.fakes.server import FakeServer
from consuldesk.connectors.fakes.telegram import FakeTelegram
from consuldesk.connectors.models import PublishError
from consuldesk.inbox.models import Channel
from factories import make_mission


def _channel(**fields: object) -> Channel:
    channel = Channel(id=1, mission_id=1, platform="x", handle="@consulate", name="X", publishing_enabled=True)
    for name, value in fields.items():
        setattr(channel, name, value)
    return channel


def _sibling() -> Channel:
    return Channel(id=2, mission_id=1, platform="mastodon", handle="@consulate@social.example", name="M",
                   publishing_enabled=True)


def test_token_expiring_soon_is_a_warning_with_fallbacks(runtime: Runtime) -> None:
    now = runtime.clock.now()
    view = view_channel(_channel(token_expires_at=now + timedelta(days=2), last_success_at=now), now,
                        warning_days=7, siblings=[_sibling()])
    assert view.status == "warning"
    assert "renew it" in view.problems[0]
    assert view.fallbacks[0] == "publish on mastodon (@consulate@social.example) instead"
    assert any("Atom and CAP" in f for f in view.fallbacks)


def test_expired_token_and_recent_failure_are_errors(runtime: Runtime) -> None:
    now = runtime.clock.now()
    assert view_channel(_channel(token_expires_at=now - timedelta(minutes=1)), now, warning_days=7).status == "error"
    channel = _channel()
    do_record_success(channel, now - timedelta(hours=1))
    do_record_failure(channel, now, PublishError("x", "Unauthorized", status=401))
    view = view_channel(channel, now, warning_days=7)
    assert view.status == "error"
    assert "Unauthorized (HTTP 401)" in view.problems[0]
    do_record_success(channel, now + timedelta(minutes=1))
    assert view_channel(channel, now + timedelta(minutes=2), warning_days=7).status == "ok"


def test_exhausted_rate_limit_warns_until_reset(runtime: Runtime) -> None:
    now = runtime.clock.now()
    channel = _channel(last_success_at=now, rate_limit_remaining=0, rate_limit_reset_at=now + timedelta(minutes=9))
    assert view_channel(channel, now, warning_days=7).status == "warning"
    assert view_channel(channel, now + timedelta(minutes=10), warning_days=7).status == "ok"


@pytest.mark.parametrize("token_ok", [True, False])
def test_live_check_asks_the_platform(runtime: Runtime, token_ok: bool) -> None:
    mission_id = make_mission(runtime)
    bot = FakeTelegram(token="123456:ABC-fake", secret_token="hook_secret")
    with FakeServer(bot.app) as server, runtime.sessions() as session:
        channel = do_connect_channel(
            session, runtime.clock, runtime.credentials, actor_id=None, mission_id=mission_id, platform="telegram",
            handle="@bot", name="Bot", options={"base_url": server.url, "webhook_secret_token": "hook_secret",
                                                "bot_token": "123456:ABC-fake" if token_ok else "123456:revoked"})
        session.commit()
        assert check_due_health(session, runtime.clock, runtime.credentials, every=timedelta(minutes=30)) == 1
        assert check_due_health(session, runtime.clock, runtime.credentials, every=timedelta(minutes=30)) == 0
        view = view_channel(channel, runtime.clock.now(), warning_days=7)
    assert view.status == ("ok" if token_ok else "error")
    assert "ABC-fake" not in repr(view) and "revoked" not in repr(view)
