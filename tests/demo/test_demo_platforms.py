"""The demo's stand-in platforms: an advisory goes through the real connectors to local fake servers."""

from __future__ import annotations

from sqlalchemy import select

from consuldesk.auth.models import User
from consuldesk.bootstrap import Runtime
from consuldesk.demo.loader import load_demo
from consuldesk.demo.platforms import demo_platforms
from consuldesk.inbox.models import Channel
from consuldesk.publishing.actions import check_approve, check_create_publication, check_submit
from consuldesk.publishing.models import Variant
from consuldesk.publishing.schemas import PublicationIn, VariantIn
from consuldesk.publishing.send import send_due


def test_demo_advisory_reaches_the_stand_in_platforms_once(sqlite_runtime: Runtime) -> None:
    rt = sqlite_runtime
    rt.migrate()
    load_demo(rt)
    with demo_platforms(rt) as platforms:
        fakes = {p.platform: p.fake for p in platforms}
        assert set(fakes) == {"x", "mastodon", "telegram", "facebook"}
        with rt.sessions() as session:
            channels = session.scalars(select(Channel).where(Channel.publishing_enabled.is_(True))).all()
            officer = session.scalar(select(User).where(User.username == "officer"))
            supervisor = session.scalar(select(User).where(User.username == "supervisor"))
            assert officer is not None and supervisor is not None
            publication = check_create_publication(session, rt.clock, officer, PublicationIn(
                mission_id=channels[0].mission_id, channel_ids=[c.id for c in channels], level=4,
                country="Portugal", region="Serra da Estrela", urls=["https://norvalia.example/pt/wildfire"],
                variants=[VariantIn(language="en", title="Wildfire: leave Serra da Estrela now",
                                    body="Follow the civil protection's evacuation routes. Call +351 21 000 0000.")]))
            variant_id = publication.variants[0].id
            check_submit(session, rt.clock, rt.settings, officer, variant_id, None)
            check_approve(session, rt.clock, rt.settings, supervisor, variant_id)
            session.commit()
        send_due(rt)
        send_due(rt)
        with rt.sessions() as session:
            variant = session.get_one(Variant, variant_id)
            assert variant.state == "sent", variant.failure
        assert len(fakes["x"].posts) == 1
        assert len(fakes["mastodon"].posts) == 1
        assert len(fakes["telegram"].messages) == 1
        assert len(fakes["facebook"].posts) == 1
