"""Users, passwords, sessions and mission scope."""

from __future__ import annotations

from datetime import timedelta

import pytest

from consuldesk.auth.service import do_login, get_user_for_token, mission_scope
from consuldesk.bootstrap import Runtime
from consuldesk.core.clock import FrozenClock
from consuldesk.errors import Conflict, InvalidInput, NotAuthenticated, NotFound
from factories import PASSWORD, make_mission, make_user


def test_password_is_hashed_with_argon2(runtime: Runtime) -> None:
    make_mission(runtime)
    user = make_user(runtime)
    assert user.password_hash.startswith("$argon2")
    assert PASSWORD not in user.password_hash


def test_login_gives_a_token_that_expires(runtime: Runtime) -> None:
    make_mission(runtime)
    make_user(runtime)
    with runtime.sessions() as session:
        user, token = do_login(session, runtime.clock, username="officer", password=PASSWORD,
                               kind="bearer", hours=1)
        session.commit()
        assert get_user_for_token(session, runtime.clock, token).id == user.id  # type: ignore[union-attr]
        assert isinstance(runtime.clock, FrozenClock)
        runtime.clock.advance(timedelta(hours=2))
        assert get_user_for_token(session, runtime.clock, token) is None


@pytest.mark.parametrize("username,password", [("officer", "wrong password"), ("nobody", PASSWORD)])
def test_login_refuses_wrong_credentials(runtime: Runtime, username: str, password: str) -> None:
    make_mission(runtime)
    make_user(runtime)
    with runtime.sessions() as session, pytest.raises(NotAuthenticated, match="wrong username or password"):
        do_login(session, runtime.clock, username=username, password=password, kind="bearer", hours=1)


def test_create_user_validates_input(runtime: Runtime) -> None:
    make_mission(runtime)
    make_user(runtime)
    with pytest.raises(Conflict):
        make_user(runtime)
    with pytest.raises(InvalidInput, match="at least 8"):
        make_user(runtime, username="short", password="abc")
    with pytest.raises(InvalidInput, match="unknown role"):
        make_user(runtime, username="odd", roles=["pilot"])
    with pytest.raises(NotFound, match="unknown mission"):
        make_user(runtime, username="lost", missions=["atlantis"])


def test_headquarters_sees_every_mission(runtime: Runtime) -> None:
    make_mission(runtime, "lisbon")
    porto = make_mission(runtime, "porto")
    officer = make_user(runtime, missions=["porto"])
    hq = make_user(runtime, username="hq", roles=["headquarters"], missions=[])
    assert mission_scope(officer) == [porto]
    assert mission_scope(hq) is None
