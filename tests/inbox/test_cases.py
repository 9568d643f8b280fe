"""The inbox: ordering, filters, mission scope, and every write with its audit event."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from consuldesk.audit.service import list_events
from consuldesk.auth.models import User
from consuldesk.bootstrap import Runtime
from consuldesk.core.clock import FrozenClock
from consuldesk.core.types import CaseState
from consuldesk.errors import InvalidTransition, NotFound, PermissionDenied
from consuldesk.inbox import actions, queries
from consuldesk.inbox.models import Case
from consuldesk.inbox.schemas import CaseFilters, DraftIn
from factories import ingest, make_mission, make_user

DISTRESS = "Help! We are trapped on the roof by the flood water, my daughter is injured, please send rescue"
RECORDS = [
    {"id": "i1", "platform": "facebook", "text": "Thank you so much to the consular team, you were wonderful!"},
    {"id": "i2", "platform": "x", "text": DISTRESS},
    {"id": "i3", "platform": "mastodon",
     "text": "¿Cuánto tarda la renovación del pasaporte? Hice la solicitud hace un mes."},
    {"id": "i4", "platform": "x",
     "text": "My passport was stolen last night and I fly home tomorrow morning, what do I do?"},
]


@pytest.fixture
def desk(runtime: Runtime) -> Runtime:
    make_mission(runtime, "lisbon")
    make_mission(runtime, "porto")
    ingest(runtime, RECORDS, mission="lisbon")
    return runtime


def _user(runtime: Runtime, name: str) -> User:
    with runtime.sessions() as session:
        user = session.scalars(select(User).where(User.username == name)).one()
        session.expunge(user)
        return user


def _list(runtime: Runtime, user: User, **filters: object) -> list[str]:
    with runtime.sessions() as session:
        page = queries.list_cases(session, user, CaseFilters(**filters), now=runtime.clock.now())  # type: ignore[arg-type]
        return [row.title for row in page.items]


def test_most_urgent_first_then_nearest_deadline(desk: Runtime) -> None:
    officer = make_user(desk)
    with desk.sessions() as session:
        rows = queries.list_cases(session, officer, CaseFilters(), now=desk.clock.now()).items
    assert rows[0].urgency == "critical"
    assert "trapped" in rows[0].title
    priorities = [r.priority for r in rows]
    assert priorities == sorted(priorities)
    assert rows[-1].urgency == "low"


def test_filters_narrow_the_list(desk: Runtime) -> None:
    officer = make_user(desk)
    assert len(_list(desk, officer, platform="mastodon")) == 1
    assert len(_list(desk, officer, language="es")) == 1
    assert len(_list(desk, officer, urgency="critical")) == 1
    assert _list(desk, officer, q="STOLEN")[0].startswith("My passport was stolen")
    assert len(_list(desk, officer, assignee="none")) == 4
    assert _list(desk, officer, assignee="me") == []
    assert _list(desk, officer, state="closed") == []


def test_users_see_only_their_missions(desk: Runtime) -> None:
    outsider = make_user(desk, username="porto", missions=["porto"])
    hq = make_user(desk, username="hq", roles=["headquarters"], missions=[])
    assert _list(desk, outsider) == []
    assert len(_list(desk, hq)) == 4
    with desk.sessions() as session:
        case_id = session.scalars(select(Case.id)).first()
        assert case_id is not None
        with pytest.raises(NotFound):
            queries.get_case_detail(session, outsider, case_id, now=desk.clock.now())
        with pytest.raises(NotFound):
            actions.check_add_note(session, desk.clock, outsider, case_id, "hello")


def _critical_case(runtime: Runtime) -> int:
    with runtime.sessions() as session:
        return session.scalars(select(Case.id).where(Case.urgency == "critical")).one()


def test_officer_takes_a_case_but_only_a_supervisor_assigns_others(desk: Runtime) -> None:
    officer = make_user(desk)
    make_user(desk, username="colleague")
    supervisor = make_user(desk, username="boss", roles=["supervisor"])
    case_id = _critical_case(desk)
    with desk.sessions() as session:
        case = actions.check_assign(session, desk.clock, officer, case_id, "officer")
        assert case.state == CaseState.OPEN
        with pytest.raises(PermissionDenied):
            actions.check_assign(session, desk.clock, officer, case_id, "colleague")
        actions.check_assign(session, desk.clock, supervisor, case_id, "colleague")
        session.commit()
        events = list_events(session, target_type="case", target_id=case_id)
    assert [e.action for e in events] == ["case.assigned", "case.assigned"]
    assert events[0].detail["assignee"] == "colleague"


def test_state_changes_follow_the_allowed_transitions(desk: Runtime) -> None:
    officer = make_user(desk)
    case_id = _critical_case(desk)
    with desk.sessions() as session:
        actions.check_change_state(session, desk.clock, officer, case_id, CaseState.CLOSED)
        with pytest.raises(InvalidTransition, match="closed case cannot become waiting"):
            actions.check_change_state(session, desk.clock, officer, case_id, CaseState.WAITING)
        actions.check_change_state(session, desk.clock, officer, case_id, CaseState.OPEN)
        session.commit()
        assert [e.detail["state"] for e in list_events(session, target_type="case")] == ["open", "closed"]


def test_notes_and_drafts_are_kept_and_audited(desk: Runtime) -> None:
    officer = make_user(desk)
    approver_only = make_user(desk, username="approver", roles=["approver"])
    case_id = _critical_case(desk)
    with desk.sessions() as session:
        actions.check_add_note(session, desk.clock, officer, case_id, "Called the fire brigade liaison.")
        actions.check_draft_reply(session, desk.clock, officer, case_id, DraftIn(body="We are on it.",
                                                                               visibility="public"))
        with pytest.raises(PermissionDenied):
            actions.check_add_note(session, desk.clock, approver_only, case_id, "not my job")
        session.commit()
        detail = queries.get_case_detail(session, officer, case_id, now=desk.clock.now())
        actions_logged = [e.action for e in list_events(session, target_type="case", target_id=case_id)]
    assert detail.notes[0].body == "Called the fire brigade liaison."
    assert detail.drafts[0].visibility == "public"
    assert actions_logged == ["case.reply_drafted", "case.note_added"]


def test_sla_breach_is_flagged_until_the_desk_answers(desk: Runtime) -> None:
    officer = make_user(desk)
    case_id = _critical_case(desk)
    assert isinstance(desk.clock, FrozenClock)
    with desk.sessions() as session:
        assert not queries.get_case_detail(session, officer, case_id, now=desk.clock.now()).case.sla_breached
        desk.clock.advance(timedelta(minutes=16))
        assert queries.get_case_detail(session, officer, case_id, now=desk.clock.now()).case.sla_breached
        actions.check_change_state(session, desk.clock, officer, case_id, CaseState.WAITING)
        session.commit()
        assert not queries.get_case_detail(session, officer, case_id, now=desk.clock.now()).case.sla_breached
