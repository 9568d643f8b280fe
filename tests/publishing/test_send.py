"""The send worker: exactly once through crashes, dropped connections, rate limits and pauses."""

from __future__ import annotations

from datetime import timedelta

import pytest

from consuldesk.bootstrap import Runtime
from consuldesk.connectors.fake_publisher import FakePublisher, ReconcilingFakePublisher
from consuldesk.core.clock import FrozenClock
from consuldesk.inbox.models import Channel
from consuldesk.publishing.models import Delivery, DeliveryPart, TravelLevelEntry, Variant
from consuldesk.publishing.pause import check_lift_pause, check_pause
from consuldesk.publishing.send import send_due
from publishing_desk import Desk, approve_now, compose, make_desk, use_fake_publishers, whatsapp_dm


@pytest.fixture
def desk(runtime: Runtime) -> Desk:
    return make_desk(runtime)


@pytest.fixture
def platforms(desk: Desk) -> dict[str, ReconcilingFakePublisher]:
    return use_fake_publishers(desk)


def _advance(runtime: Runtime, **delta: float) -> None:
    assert isinstance(runtime.clock, FrozenClock)
    runtime.clock.advance(timedelta(**delta))


def _variant(desk: Desk, variant_id: int) -> Variant:
    with desk.runtime.sessions() as session:
        variant = session.get_one(Variant, variant_id)
        _ = [d.parts for d in variant.deliveries]
        return variant


def test_approved_advisory_is_sent_once_to_each_channel(desk: Desk, platforms: dict[str, FakePublisher]) -> None:
    [variant_id] = compose(desk)
    approve_now(desk, variant_id)
    assert send_due(desk.runtime) == 2
    assert send_due(desk.runtime) == 0  # nothing left: a second pass sends nothing
    assert [len(p.posts) for p in platforms.values()] == [1, 1]
    assert platforms["x"].posts[0].text.startswith("Level 3: Reconsider travel — Border crossing closed")
    variant = _variant(desk, variant_id)
    assert variant.state == "sent"
    assert {d.state for d in variant.deliveries} == {"sent"}
    with desk.runtime.sessions() as session:
        level = session.query(TravelLevelEntry).one()
        assert (level.country, level.level) == ("Portugal", 3)


def test_drafts_and_submitted_posts_are_never_sent(desk: Desk, platforms: dict[str, FakePublisher]) -> None:
    compose(desk)
    assert send_due(desk.runtime) == 0
    assert all(not p.posts for p in platforms.values())


def test_long_advisory_goes_out_as_a_numbered_thread(desk: Desk, platforms: dict[str, FakePublisher]) -> None:
    [variant_id] = compose(desk, body="Stay away from the river banks and follow local instructions. " * 12)
    approve_now(desk, variant_id)
    send_due(desk.runtime)
    x_posts = platforms["x"].posts
    assert len(x_posts) > 1
    assert x_posts[0].in_reply_to is None
    assert [p.in_reply_to for p in x_posts[1:]] == [p.external_id for p in x_posts[:-1]]
    assert x_posts[-1].text.endswith(f"({len(x_posts)}/{len(x_posts)})")


def test_a_dropped_connection_is_reconciled_not_reposted(desk: Desk, platforms: dict[str, FakePublisher]) -> None:
    [variant_id] = compose(desk)
    approve_now(desk, variant_id)
    platforms["x"].fail_next("dropped")  # the post reached X, the answer never came back
    send_due(desk.runtime)
    with desk.runtime.sessions() as session:
        part = session.query(DeliveryPart).join(Delivery).join(Channel).filter(Channel.platform == "x").one()
        assert part.state == "sending"
    _advance(desk.runtime, minutes=1)
    send_due(desk.runtime)
    assert len(platforms["x"].posts) == 1
    assert platforms["x"].calls == 1  # found by reconciling, not by publishing again
    assert _variant(desk, variant_id).state == "sent"


def test_a_crash_after_the_key_was_stored_is_recovered_on_restart(
    desk: Desk, platforms: dict[str, FakePublisher]
) -> None:
    """A worker killed between committing `sending` and hearing back: the next worker reconciles."""
    [variant_id] = compose(desk)
    approve_now(desk, variant_id)
    send_due(desk.runtime)  # creates deliveries and sends
    with desk.runtime.sessions() as session:  # rewind X's part to look like a crash mid-call
        part = session.query(DeliveryPart).join(Delivery).join(Channel).filter(Channel.platform == "x").one()
        part.state, part.external_id = "sending", None
        part_delivery = session.get_one(Delivery, part.delivery_id)
        part_delivery.state = "sending"
        session.get_one(Variant, variant_id).state = "scheduled"
        session.commit()
    send_due(desk.runtime)
    assert len(platforms["x"].posts) == 1
    assert _variant(desk, variant_id).state == "sent"


def test_unknown_outcome_without_read_back_waits_for_an_officer(desk: Desk) -> None:
    telegram = FakePublisher("telegram")
    desk.runtime.connector_factory = lambda channel: telegram
    [variant_id] = compose(desk)
    approve_now(desk, variant_id)
    telegram.fail_next("dropped", "dropped")
    send_due(desk.runtime)
    _advance(desk.runtime, minutes=5)
    send_due(desk.runtime)
    assert len(telegram.posts) <= 2  # one per channel at most: never a blind resend
    variant = _variant(desk, variant_id)
    assert variant.state == "failed"
    assert "cannot be checked automatically" in (variant.failure or "")
    assert {d.state for d in variant.deliveries} == {"unknown"}


def test_rate_limit_waits_for_the_platform_then_sends(desk: Desk, platforms: dict[str, FakePublisher]) -> None:
    [variant_id] = compose(desk)
    approve_now(desk, variant_id)
    platforms["x"].fail_next("rate_limited")
    send_due(desk.runtime)
    assert not platforms["x"].posts
    send_due(desk.runtime)
    assert not platforms["x"].posts  # retry_after (30 s) has not passed
    with desk.runtime.sessions() as session:
        channel = session.get_one(Channel, desk.x)
        assert channel.last_error and "Too Many Requests" in channel.last_error
    _advance(desk.runtime, seconds=31)
    send_due(desk.runtime)
    assert len(platforms["x"].posts) == 1
    assert _variant(desk, variant_id).state == "sent"


def test_a_refusal_fails_with_the_platform_message(desk: Desk, platforms: dict[str, FakePublisher]) -> None:
    [variant_id] = compose(desk)
    approve_now(desk, variant_id)
    platforms["mastodon"].fail_next("refused")
    send_due(desk.runtime)
    variant = _variant(desk, variant_id)
    assert variant.state == "failed"
    assert "Text is too long" in (variant.failure or "")
    assert len(platforms["x"].posts) == 1  # the other channel is unaffected


def test_server_errors_are_retried_with_backoff(desk: Desk, platforms: dict[str, FakePublisher]) -> None:
    [variant_id] = compose(desk)
    approve_now(desk, variant_id)
    platforms["x"].fail_next("server_error", "server_error")
    for _ in range(3):
        send_due(desk.runtime)
        _advance(desk.runtime, minutes=1)
    assert len(platforms["x"].posts) == 1
    assert _variant(desk, variant_id).state == "sent"


def test_emergency_pause_holds_every_send_until_lifted(desk: Desk, platforms: dict[str, FakePublisher]) -> None:
    rt = desk.runtime
    [variant_id] = compose(desk)
    with rt.sessions() as session:
        pause = check_pause(session, rt.clock, session.merge(desk.hq), reason="Account compromise suspected",
                            mission_id=None)
        session.commit()
        pause_id = pause.id
    approve_now(desk, variant_id)
    send_due(rt)
    assert all(not p.posts for p in platforms.values())
    assert _variant(desk, variant_id).state == "scheduled"
    with rt.sessions() as session:
        check_lift_pause(session, rt.clock, session.merge(desk.hq), pause_id, reason="Passwords rotated")
        session.commit()
    send_due(rt)
    assert [len(p.posts) for p in platforms.values()] == [1, 1]


def test_a_mission_supervisor_cannot_pause_the_whole_organisation(desk: Desk) -> None:
    from consuldesk.errors import PermissionDenied

    with desk.runtime.sessions() as session, pytest.raises(PermissionDenied, match="headquarters"):
        check_pause(session, desk.runtime.clock, session.merge(desk.supervisor), reason="test", mission_id=None)


def test_scheduled_posts_wait_for_their_time(desk: Desk, platforms: dict[str, FakePublisher]) -> None:
    from consuldesk.publishing.actions import check_approve, check_submit

    rt = desk.runtime
    [variant_id] = compose(desk)
    with rt.sessions() as session:
        check_submit(session, rt.clock, rt.settings, session.merge(desk.author), variant_id,
                     rt.clock.now() + timedelta(hours=2))
        check_approve(session, rt.clock, rt.settings, session.merge(desk.approver), variant_id)
        session.commit()
    send_due(rt)
    assert not platforms["x"].posts
    _advance(rt, hours=2)
    send_due(rt)
    assert len(platforms["x"].posts) == 1


def test_private_whatsapp_reply_inside_the_window_is_sent_without_approval(desk: Desk) -> None:
    whatsapp = FakePublisher("whatsapp")
    desk.runtime.connector_factory = lambda channel: whatsapp
    variant_id = whatsapp_dm(desk, written_hours_ago=2)
    assert _variant(desk, variant_id).state == "scheduled"  # DMs skip approval by default
    send_due(desk.runtime)
    assert [(p.recipient, p.text) for p in whatsapp.posts] == [("351912345678", "Yes, from 9:00 to 13:00.")]


def test_whatsapp_outside_the_24_hour_window_needs_a_template(desk: Desk) -> None:
    whatsapp = FakePublisher("whatsapp")
    desk.runtime.connector_factory = lambda channel: whatsapp
    variant_id = whatsapp_dm(desk, written_hours_ago=30)
    send_due(desk.runtime)
    assert not whatsapp.posts
    variant = _variant(desk, variant_id)
    assert variant.state == "failed"
    assert "24-hour customer-service window" in (variant.failure or "")


def test_whatsapp_template_goes_out_after_the_window(desk: Desk) -> None:
    whatsapp = FakePublisher("whatsapp")
    desk.runtime.connector_factory = lambda channel: whatsapp
    whatsapp_dm(desk, written_hours_ago=30, template="consular_follow_up")
    send_due(desk.runtime)
    assert [p.template for p in whatsapp.posts] == ["consular_follow_up"]


def test_an_officer_settles_an_unknown_outcome(desk: Desk) -> None:
    from consuldesk.publishing.recovery import check_settle_unknown

    rt = desk.runtime
    telegram = FakePublisher("telegram")
    rt.connector_factory = lambda channel: telegram
    [variant_id] = compose(desk)
    approve_now(desk, variant_id)
    telegram.fail_next("dropped", "dropped")
    send_due(rt)
    _advance(rt, minutes=5)
    send_due(rt)
    deliveries = _variant(desk, variant_id).deliveries
    with rt.sessions() as session:
        # The officer saw the first channel's post on the platform, but not the second one's.
        check_settle_unknown(session, rt.clock, session.merge(desk.author), deliveries[0].id, "mark_sent", "tg-1")
        check_settle_unknown(session, rt.clock, session.merge(desk.author), deliveries[1].id, "resend")
        session.commit()
    assert _variant(desk, variant_id).state == "scheduled"
    send_due(rt)
    variant = _variant(desk, variant_id)
    assert variant.state == "sent"
    assert variant.deliveries[0].parts[0].external_id == "tg-1"
    assert len(telegram.posts) == 3  # two lost attempts the platform kept, one deliberate resend


def test_a_failed_post_is_retried_after_the_fix(desk: Desk, platforms: dict[str, FakePublisher]) -> None:
    from consuldesk.errors import InvalidInput
    from consuldesk.publishing.recovery import check_retry

    rt = desk.runtime
    [variant_id] = compose(desk)
    approve_now(desk, variant_id)
    platforms["mastodon"].fail_next("refused")
    send_due(rt)
    assert _variant(desk, variant_id).state == "failed"
    with rt.sessions() as session:
        check_retry(session, rt.clock, session.merge(desk.author), variant_id)
        session.commit()
        with pytest.raises(InvalidInput, match="only a failed post"):
            check_retry(session, rt.clock, session.merge(desk.author), variant_id)
    send_due(rt)
    assert _variant(desk, variant_id).state == "sent"
    assert [len(p.posts) for p in platforms.values()] == [1, 1]  # X was not sent twice


def test_a_failed_post_withdrawn_fixed_and_reapproved_is_sent(
    desk: Desk, platforms: dict[str, FakePublisher]
) -> None:
    from consuldesk.errors import InvalidInput
    from consuldesk.publishing.actions import check_edit_variant, check_withdraw
    from consuldesk.publishing.schemas import VariantIn

    rt = desk.runtime
    [variant_id] = compose(desk)
    approve_now(desk, variant_id)
    platforms["x"].fail_next("refused")
    platforms["mastodon"].fail_next("refused")
    send_due(rt)
    assert _variant(desk, variant_id).state == "failed"
    with rt.sessions() as session:
        check_withdraw(session, rt.clock, session.merge(desk.author), variant_id)
        check_edit_variant(session, rt.clock, session.merge(desk.author), variant_id,
                           VariantIn(language="en", title="Border crossing closed", body="Shorter text."))
        session.commit()
    approve_now(desk, variant_id)
    send_due(rt)
    assert _variant(desk, variant_id).state == "sent"
    assert [p.posts[0].text.endswith("#TravelAdvice") for p in platforms.values()] == [True, True]
    # Once part of a post is public, withdrawing it is refused: retry or settle instead.
    [second] = compose(desk)
    approve_now(desk, second)
    platforms["mastodon"].fail_next("refused")
    send_due(rt)
    with rt.sessions() as session, pytest.raises(InvalidInput, match="may already be public"):
        check_withdraw(session, rt.clock, session.merge(desk.author), second)
