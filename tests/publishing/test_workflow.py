"""The publishing workflow: two-person rule, tiers, per-language approval, break glass, audit."""

from __future__ import annotations

from datetime import timedelta

import pytest

from consuldesk.audit.service import list_events
from consuldesk.bootstrap import Runtime
from consuldesk.errors import InvalidInput, InvalidTransition, NotFound, PermissionDenied
from consuldesk.publishing.actions import (
    check_approve,
    check_break_glass,
    check_edit_variant,
    check_reject,
    check_review,
    check_submit,
    check_withdraw,
)
from consuldesk.publishing.models import Variant
from consuldesk.publishing.schemas import VariantIn
from factories import make_user
from publishing_desk import Desk, approve_now, compose, make_desk


@pytest.fixture
def desk(runtime: Runtime) -> Desk:
    return make_desk(runtime)


def _state(desk: Desk, variant_id: int) -> str:
    with desk.runtime.sessions() as session:
        return session.get_one(Variant, variant_id).state


def _submit(desk: Desk, variant_id: int) -> None:
    with desk.runtime.sessions() as session:
        rt = desk.runtime
        check_submit(session, rt.clock, rt.settings, session.merge(desk.author), variant_id, None)
        session.commit()


def test_author_cannot_approve_their_own_post(desk: Desk) -> None:
    [variant_id] = compose(desk)
    _submit(desk, variant_id)
    rt = desk.runtime
    # Even an author who holds the approver role is refused: the rule is about people, not roles.
    both = make_user(rt, "both", ["officer", "approver"])
    with rt.sessions() as session:
        from consuldesk.publishing.actions import check_create_publication
        from consuldesk.publishing.schemas import PublicationIn

        own = check_create_publication(session, rt.clock, session.merge(both), PublicationIn(
            mission_id=desk.mission_id, channel_ids=[desk.x], variants=[VariantIn(language="en", title="Mine")]))
        session.commit()
        own_id = own.variants[0].id
    with rt.sessions() as session:
        check_submit(session, rt.clock, rt.settings, session.merge(both), own_id, None)
        with pytest.raises(PermissionDenied, match="two-person rule"):
            check_approve(session, rt.clock, rt.settings, session.merge(both), own_id)


def test_second_person_approves_and_post_is_scheduled_now(desk: Desk) -> None:
    [variant_id] = compose(desk)
    approve_now(desk, variant_id)
    with desk.runtime.sessions() as session:
        variant = session.get_one(Variant, variant_id)
        assert variant.state == "scheduled"
        assert variant.scheduled_at == desk.runtime.clock.now()
    actions = [e.action for e in list_events(desk.runtime.sessions(), target_type="publication_variant")]
    assert {"publication.drafted", "publication.submitted", "publication.tier_approved", "publication.approved",
            "publication.scheduled"} <= set(actions)


def test_an_officer_cannot_approve(desk: Desk) -> None:
    [variant_id] = compose(desk)
    _submit(desk, variant_id)
    other = make_user(desk.runtime, "other", ["officer"])
    with desk.runtime.sessions() as session, pytest.raises(PermissionDenied, match="approver"):
        check_approve(session, desk.runtime.clock, desk.runtime.settings, session.merge(other), variant_id)


def test_two_tiers_need_two_different_people(desk: Desk) -> None:
    rt = desk.runtime
    rt.settings.approval_tiers = "approver,supervisor"
    [variant_id] = compose(desk)
    _submit(desk, variant_id)
    both = make_user(rt, "senior", ["approver", "supervisor"])
    with rt.sessions() as session:
        check_approve(session, rt.clock, rt.settings, session.merge(both), variant_id)
        session.commit()
    assert _state(desk, variant_id) == "submitted"
    with rt.sessions() as session, pytest.raises(PermissionDenied, match="different person"):
        check_approve(session, rt.clock, rt.settings, session.merge(both), variant_id)
    with rt.sessions() as session:
        check_approve(session, rt.clock, rt.settings, session.merge(desk.supervisor), variant_id)
        session.commit()
    assert _state(desk, variant_id) == "scheduled"


def test_each_language_is_approved_on_its_own(desk: Desk) -> None:
    en, pt = compose(desk, languages=("en", "pt"))
    approve_now(desk, en)
    assert _state(desk, en) == "scheduled"
    assert _state(desk, pt) == "draft"


def test_rejection_returns_to_draft_and_resubmission_needs_fresh_approval(desk: Desk) -> None:
    rt = desk.runtime
    [variant_id] = compose(desk)
    _submit(desk, variant_id)
    with rt.sessions() as session:
        with pytest.raises(InvalidInput, match="say why"):
            check_reject(session, rt.clock, session.merge(desk.approver), variant_id, " ")
        check_reject(session, rt.clock, session.merge(desk.approver), variant_id, "Wrong crossing name")
        session.commit()
    assert _state(desk, variant_id) == "draft"
    with rt.sessions() as session:
        check_edit_variant(session, rt.clock, session.merge(desk.author), variant_id,
                           VariantIn(language="en", title="Border crossing closed", body="Use the eastern crossing."))
        session.commit()
    _submit(desk, variant_id)
    assert _state(desk, variant_id) == "submitted"


def test_only_drafts_are_edited_and_sent_posts_cannot_move_back(desk: Desk) -> None:
    rt = desk.runtime
    [variant_id] = compose(desk)
    _submit(desk, variant_id)
    with rt.sessions() as session, pytest.raises(InvalidInput, match="only a draft"):
        check_edit_variant(session, rt.clock, session.merge(desk.author), variant_id,
                           VariantIn(language="en", title="Changed after submission"))
    with rt.sessions() as session:
        check_withdraw(session, rt.clock, session.merge(desk.author), variant_id)
        session.commit()
    assert _state(desk, variant_id) == "draft"
    with rt.sessions() as session:
        session.get_one(Variant, variant_id).state = "sent"
        session.commit()
    with rt.sessions() as session, pytest.raises(InvalidTransition):
        check_withdraw(session, rt.clock, session.merge(desk.author), variant_id)


def test_scheduled_time_is_kept_when_in_the_future(desk: Desk) -> None:
    rt = desk.runtime
    [variant_id] = compose(desk)
    later = rt.clock.now() + timedelta(hours=3)
    with rt.sessions() as session:
        check_submit(session, rt.clock, rt.settings, session.merge(desk.author), variant_id, later)
        check_approve(session, rt.clock, rt.settings, session.merge(desk.approver), variant_id)
        session.commit()
        assert session.get_one(Variant, variant_id).scheduled_at == later


def test_break_glass_publishes_at_once_and_is_flagged_for_review(desk: Desk) -> None:
    rt = desk.runtime
    [variant_id] = compose(desk)
    with rt.sessions() as session:
        with pytest.raises(PermissionDenied):
            check_break_glass(session, rt.clock, session.merge(desk.author), variant_id, "flood")
        check_break_glass(session, rt.clock, session.merge(desk.supervisor), variant_id, "Flash flood, no approver")
        session.commit()
        variant = session.get_one(Variant, variant_id)
        assert (variant.state, variant.break_glass) == ("scheduled", True)
    with rt.sessions() as session:
        with pytest.raises(PermissionDenied, match="someone other"):
            check_review(session, rt.clock, session.merge(desk.supervisor), variant_id, "ok")
        check_review(session, rt.clock, session.merge(desk.approver), variant_id, "Text was right")
        session.commit()
        assert session.get_one(Variant, variant_id).reviewed_at is not None


def test_other_missions_posts_are_invisible(desk: Desk) -> None:
    [variant_id] = compose(desk)
    _submit(desk, variant_id)
    porto_approver = make_user(desk.runtime, "porto_approver", ["approver"], missions=["porto"])
    with desk.runtime.sessions() as session, pytest.raises(NotFound):
        check_approve(session, desk.runtime.clock, desk.runtime.settings, session.merge(porto_approver), variant_id)


def test_a_post_that_cannot_be_rendered_is_refused_with_the_reason(desk: Desk) -> None:
    rt = desk.runtime
    [variant_id] = compose(desk)
    with rt.sessions() as session, pytest.raises(InvalidInput, match=r"hashtag|URL|too long|cannot"):
        check_edit_variant(session, rt.clock, session.merge(desk.author), variant_id,
                           VariantIn(language="en", title="T", body="https://" + "a" * 400 + ".example"))


def test_a_public_reply_with_personal_data_is_refused(desk: Desk) -> None:
    from consuldesk.inbox.models import Item
    from consuldesk.publishing.actions import check_create_reply
    from consuldesk.publishing.schemas import ReplyIn
    from factories import ingest

    rt = desk.runtime
    ingest(rt, [{"id": "t1", "platform": "x", "text": "Lost my passport in Lisbon, call me on +351 912 345 678",
                 "author_handle": "@traveller", "channel": "@norvalia_lisbon"}], mission="lisbon")
    with rt.sessions() as session:
        item_id = session.query(Item).one().id
        reply = ReplyIn(item_id=item_id, body="We will call you back on +351 912 345 678 today.", visibility="public")
        with pytest.raises(InvalidInput, match="phone of someone in this case"):
            check_create_reply(session, rt.clock, session.merge(desk.author), reply)
        passport = reply.model_copy(update={"body": "Your new passport number is X1234567, valid from Monday."})
        with pytest.raises(InvalidInput, match="passport number"):
            check_create_reply(session, rt.clock, session.merge(desk.author), passport)
        ours = check_create_reply(session, rt.clock, session.merge(desk.author), reply.model_copy(
            update={"body": "Please call our emergency line on +351 213 000 000, open day and night."}))
        assert ours.kind == "reply"  # the consulate's own number is not the citizen's data
        private = check_create_reply(session, rt.clock, session.merge(desk.author),
                                     reply.model_copy(update={"visibility": "private"}))
        assert private.kind == "dm"
        public = check_create_reply(session, rt.clock, session.merge(desk.author), ReplyIn(
            item_id=item_id, body="Please send us a direct message with your details.", visibility="public"))
        assert public.kind == "reply" and public.channel_ids == [desk.x]


def test_a_supervisor_may_approve_an_approver_tier(desk: Desk) -> None:
    [variant_id] = compose(desk)
    _submit(desk, variant_id)
    with desk.runtime.sessions() as session:
        check_approve(session, desk.runtime.clock, desk.runtime.settings, session.merge(desk.supervisor), variant_id)
        session.commit()
    assert _state(desk, variant_id) == "scheduled"


def test_an_advisory_never_publishes_identity_documents(desk: Desk) -> None:
    rt = desk.runtime
    [variant_id] = compose(desk)
    leak = VariantIn(language="en", title="Found passport", body="Passport number X1234567 was handed in.")
    with rt.sessions() as session, pytest.raises(InvalidInput, match="passport number"):
        check_edit_variant(session, rt.clock, session.merge(desk.author), variant_id, leak)
