"""Shared setup for publishing tests: a mission, an author, approvers, a supervisor and channels."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from consuldesk.auth.models import User
from consuldesk.bootstrap import Runtime
from consuldesk.connectors.fake_publisher import ReconcilingFakePublisher
from consuldesk.inbox.models import Channel
from consuldesk.publishing.actions import check_approve, check_create_publication, check_submit
from consuldesk.publishing.schemas import PublicationIn, VariantIn
from factories import make_channel, make_mission, make_user


@dataclass
class Desk:
    runtime: Runtime
    mission_id: int
    x: int
    mastodon: int
    author: User
    approver: User
    supervisor: User
    hq: User


def use_fake_publishers(desk: Desk) -> dict[str, ReconcilingFakePublisher]:
    """X and Mastodon stand-ins (which can read back what they posted) as every channel's connector."""
    platforms = {"x": ReconcilingFakePublisher("x"), "mastodon": ReconcilingFakePublisher("mastodon")}

    def factory(channel: Channel) -> ReconcilingFakePublisher:
        return platforms[channel.platform]

    desk.runtime.connector_factory = factory
    return platforms


def make_desk(runtime: Runtime) -> Desk:
    mission_id = make_mission(runtime, "lisbon")
    make_mission(runtime, "porto")
    return Desk(
        runtime=runtime,
        mission_id=mission_id,
        x=make_channel(runtime, mission_id, "x", "@norvalia_lisbon"),
        mastodon=make_channel(runtime, mission_id, "mastodon", "@norvalia@social.example"),
        author=make_user(runtime, "author", ["officer"]),
        approver=make_user(runtime, "approver", ["approver"]),
        supervisor=make_user(runtime, "chief", ["supervisor"]),
        hq=make_user(runtime, "hq", ["headquarters"], missions=[]),
    )


def compose(desk: Desk, *, languages: tuple[str, ...] = ("en",), body: str = "Use the northern crossing.") -> list[int]:
    """A drafted advisory on X and Mastodon; returns the variant ids in language order."""
    with desk.runtime.sessions() as session:
        author = session.merge(desk.author)
        publication = check_create_publication(
            session, desk.runtime.clock, author,
            PublicationIn(mission_id=desk.mission_id, channel_ids=[desk.x, desk.mastodon],
                          urls=["https://lisbon.norvalia.example/advice"], hashtags=["TravelAdvice"], level=3,
                          country="Portugal",
                          variants=[VariantIn(language=lang, title=f"Border crossing closed ({lang})", body=body)
                                    for lang in languages]),
        )
        session.commit()
        return [v.id for v in publication.variants]


def approve_now(desk: Desk, variant_id: int) -> None:
    """Submit as the author and approve as the approver (the default single tier)."""
    with desk.runtime.sessions() as session:
        check_submit(session, desk.runtime.clock, desk.runtime.settings, session.merge(desk.author), variant_id, None)
        check_approve(session, desk.runtime.clock, desk.runtime.settings, session.merge(desk.approver), variant_id)
        session.commit()


def whatsapp_dm(desk: Desk, *, written_hours_ago: float, template: str | None = None,
                new_channel: bool = True) -> int:
    """A citizen's WhatsApp message to channel 15550000001 (made here when `new_channel`) and a
    private reply to it, submitted (DMs skip approval by default); returns the variant id."""
    from consuldesk.inbox.models import Item
    from consuldesk.publishing.actions import check_create_reply
    from consuldesk.publishing.schemas import ReplyIn
    from factories import ingest

    rt = desk.runtime
    if new_channel:
        make_channel(rt, desk.mission_id, "whatsapp", "15550000001")
    written = rt.clock.now() - timedelta(hours=written_hours_ago)
    ingest(rt, [{"id": "wamid.1", "platform": "whatsapp", "kind": "dm", "text": "Is the consulate open tomorrow?",
                 "author_id": "351912345678", "channel": "15550000001", "created_at": written.isoformat()}],
           mission="lisbon")
    with rt.sessions() as session:
        item = session.query(Item).one()
        publication = check_create_reply(session, rt.clock, session.merge(desk.author), ReplyIn(
            item_id=item.id, body="Yes, from 9:00 to 13:00.", visibility="private", whatsapp_template=template))
        variant_id = publication.variants[0].id
        check_submit(session, rt.clock, rt.settings, session.merge(desk.author), variant_id, None)
        session.commit()
    return variant_id
