"""Stand-in platforms for the demo: fake X, Mastodon, Telegram and Facebook servers on 127.0.0.1.

`consuldesk demo` connects the scenario's Lisbon channels to them, so the whole publishing loop
(compose, approve, send, see the platform's post id) works offline and nothing leaves the machine.
The servers live as long as the demo process; each start reconnects the channels to the new ports.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from consuldesk.bootstrap import Runtime
from consuldesk.channels.service import do_connect_channel
from consuldesk.connectors.fakes.mastodon import FakeMastodon
from consuldesk.connectors.fakes.meta import FakeGraph
from consuldesk.connectors.fakes.server import FakeServer
from consuldesk.connectors.fakes.telegram import FakeTelegram
from consuldesk.connectors.fakes.x import FakeX
from consuldesk.inbox.models import Channel

__all__ = ["DemoPlatform", "demo_platforms"]


@dataclass(frozen=True)
class DemoPlatform:
    platform: str
    handle: str
    url: str
    fake: Any  # the fake's state (e.g. `.posts`), for tests and for looking at what was "published"


def _options(fake: Any, url: str) -> dict[str, Any]:
    if isinstance(fake, FakeX):
        return {"base_url": url, "access_token": "x-user-token", "consumer_secret": fake.consumer_secret,
                "user_id": "1500000000000000001"}
    if isinstance(fake, FakeMastodon):
        return {"base_url": url, "access_token": "mastodon-token", "account_id": "109000000000000001"}
    if isinstance(fake, FakeTelegram):
        return {"base_url": url, "bot_token": fake.token, "webhook_secret_token": fake.secret_token,
                "channel_chat_id": "@NorvaliaEmbassyPT"}
    return {"base_url": url, "access_token": fake.access_token, "app_secret": fake.app_secret,
            "verify_token": "demo-verify-token", "page_id": fake.page_id}


def _fakes() -> list[tuple[str, str, Any]]:
    """(platform, handle as the scenario names it, fake) for the Lisbon embassy's channels."""
    telegram = FakeTelegram(token="123456:DEMO-token", secret_token="demo_secret")
    telegram.add_chat(-1001000000001, "channel", title="Embassy of Norvalia in Portugal", username="NorvaliaEmbassyPT")
    return [
        ("x", "@NorvaliaInPT", FakeX()),
        ("mastodon", "@norvalia_pt@mastodon.example", FakeMastodon(domain="mastodon.example")),
        ("telegram", "@NorvaliaEmbassyPT", telegram),
        ("facebook", "Embassy of Norvalia in Portugal", FakeGraph(page_name="Embassy of Norvalia in Portugal")),
    ]


@contextmanager
def demo_platforms(runtime: Runtime) -> Iterator[list[DemoPlatform]]:
    """Start the fake servers and connect the matching demo channels to them for publishing."""
    with ExitStack() as stack:
        running = []
        with runtime.sessions() as session:
            for platform, handle, fake in _fakes():
                server = stack.enter_context(FakeServer(fake.app))
                channel = session.scalar(select(Channel).where(Channel.platform == platform, Channel.handle == handle))
                if channel is None:
                    continue
                do_connect_channel(session, runtime.clock, runtime.credentials, actor_id=None,
                                   mission_id=channel.mission_id, platform=platform, handle=handle, name=channel.name,
                                   options=_options(fake, server.url))
                running.append(DemoPlatform(platform, handle, server.url, fake))
            session.commit()
        yield running
