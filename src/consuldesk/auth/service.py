"""Users, logins and the mission scope of a user. Passwords are hashed with argon2.

Reads: get_user_by_username, get_user_for_token, list_users. Writes: do_create_user, do_login,
do_logout, do_ensure_mission. Permission helpers: check_role, mission_scope, check_mission.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from consuldesk.audit.service import do_record
from consuldesk.auth.models import AuthSession, Membership, Mission, User
from consuldesk.core.clock import Clock
from consuldesk.core.types import Role
from consuldesk.errors import Conflict, InvalidInput, NotAuthenticated, NotFound, PermissionDenied

_hasher = PasswordHasher()
# Verifying against a dummy hash for unknown users keeps login timing uniform.
_DUMMY_HASH = _hasher.hash("consuldesk-not-a-password")
MIN_PASSWORD_LENGTH = 8


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def do_ensure_mission(session: Session, code: str, name: str, timezone: str = "UTC") -> Mission:
    """The mission with `code`, created when missing."""
    mission = session.scalar(select(Mission).where(Mission.code == code))
    if mission is None:
        mission = Mission(code=code, name=name, timezone=timezone)
        session.add(mission)
        session.flush()
    return mission


def list_missions(session: Session) -> Sequence[Mission]:
    return session.scalars(select(Mission).order_by(Mission.code)).all()


def do_create_user(
    session: Session,
    clock: Clock,
    *,
    username: str,
    password: str,
    roles: Sequence[str],
    missions: Sequence[str],
    display_name: str | None = None,
    actor: User | None = None,
) -> User:
    """Create a user with roles and mission memberships (mission codes must exist)."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(f"password must have at least {MIN_PASSWORD_LENGTH} characters")
    unknown_roles = set(roles) - {r.value for r in Role}
    if unknown_roles:
        raise InvalidInput(f"unknown role(s): {', '.join(sorted(unknown_roles))}")
    if session.scalar(select(User).where(User.username == username)) is not None:
        raise Conflict(f"user {username!r} already exists")
    found = session.scalars(select(Mission).where(Mission.code.in_(missions))).all()
    missing = set(missions) - {m.code for m in found}
    if missing:
        raise NotFound(f"unknown mission(s): {', '.join(sorted(missing))}")
    user = User(
        username=username,
        display_name=display_name or username,
        password_hash=_hasher.hash(password),
        roles=sorted(set(roles)),
        created_at=clock.now(),
    )
    session.add(user)
    session.flush()
    session.add_all(Membership(user_id=user.id, mission_id=m.id) for m in found)
    do_record(
        session, clock, actor_id=actor.id if actor else None, mission_id=None,
        action="user.created", target_type="user", target_id=user.id,
        detail={"username": username, "roles": user.roles, "missions": sorted(missions)},
    )
    session.flush()
    session.refresh(user)
    return user


def get_user_by_username(session: Session, username: str) -> User | None:
    return session.scalar(select(User).where(User.username == username))


def list_users(session: Session) -> Sequence[User]:
    return session.scalars(select(User).order_by(User.username)).all()


def do_login(
    session: Session, clock: Clock, *, username: str, password: str, kind: str, hours: int
) -> tuple[User, str]:
    """Check the password and open a session; returns the user and the new secret token."""
    user = get_user_by_username(session, username)
    try:
        _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        user = None
    if user is None or not user.is_active:
        raise NotAuthenticated("wrong username or password")
    token = secrets.token_urlsafe(32)
    now = clock.now()
    session.add(
        AuthSession(
            token_hash=_token_hash(token), user_id=user.id, kind=kind,
            created_at=now, expires_at=now + timedelta(hours=hours),
        )
    )
    do_record(session, clock, actor_id=user.id, mission_id=None, action="user.login",
              target_type="user", target_id=user.id, detail={"kind": kind})
    return user, token


def do_logout(session: Session, token: str) -> None:
    session.execute(delete(AuthSession).where(AuthSession.token_hash == _token_hash(token)))


def get_user_for_token(session: Session, clock: Clock, token: str) -> User | None:
    """The active user behind a live token, else None."""
    row = session.scalar(select(AuthSession).where(AuthSession.token_hash == _token_hash(token)))
    if row is None or row.expires_at <= clock.now():
        return None
    user = session.get(User, row.user_id)
    return user if user is not None and user.is_active else None


def mission_scope(user: User) -> list[int] | None:
    """Mission ids the user may see; None means all (headquarters and admin)."""
    if Role.HEADQUARTERS.value in user.roles or Role.ADMIN.value in user.roles:
        return None
    return [m.id for m in user.missions]


def check_mission(user: User, mission_id: int, thing: str = "case") -> None:
    scope = mission_scope(user)
    if scope is not None and mission_id not in scope:
        # Same answer as a missing object: do not reveal that other missions' cases, posts… exist.
        raise NotFound(f"no such {thing}")


def check_role(user: User, *roles: Role) -> None:
    """Raise PermissionDenied unless the user has one of `roles` (admin has every role)."""
    if not any(user.has_role(role.value) for role in roles):
        wanted = " or ".join(r.value for r in roles)
        raise PermissionDenied(f"this needs the {wanted} role")
