"""Login, logout, who am I, users and missions."""

from __future__ import annotations

from datetime import datetime, timedelta

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from consuldesk.api.deps import RuntimeDep, SessionDep, UserDep
from consuldesk.auth.http import request_token
from consuldesk.auth.service import check_role, do_create_user, do_login, do_logout, list_missions
from consuldesk.core.types import Role

router = APIRouter(tags=["auth"])


class LoginIn(BaseModel):
    username: str = Field(max_length=80)
    password: str = Field(max_length=1000)


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_at: datetime


class UserOut(BaseModel):
    id: int
    username: str
    display_name: str
    roles: list[str]
    missions: list[str]


class UserIn(BaseModel):
    username: str = Field(min_length=2, max_length=80, pattern=r"^[A-Za-z0-9_.@-]+$")
    password: str = Field(min_length=8, max_length=1000)
    display_name: str | None = Field(default=None, max_length=200)
    roles: list[Role]
    missions: list[str] = Field(default_factory=list)


class MissionOut(BaseModel):
    code: str
    name: str
    timezone: str


@router.post("/auth/login", response_model=TokenOut)
def login(body: LoginIn, runtime: RuntimeDep, session: SessionDep) -> TokenOut:
    """Exchange a username and password for a bearer token."""
    hours = runtime.settings.session_hours
    _user, token = do_login(
        session, runtime.clock, username=body.username, password=body.password, kind="bearer", hours=hours
    )
    session.commit()
    return TokenOut(access_token=token, expires_at=runtime.clock.now() + timedelta(hours=hours))


@router.post("/auth/logout", status_code=204)
def logout(request: Request, session: SessionDep, _user: UserDep) -> None:
    token = request_token(request)
    if token:
        do_logout(session, token)
        session.commit()


@router.get("/me", response_model=UserOut)
def me(user: UserDep) -> UserOut:
    return UserOut(id=user.id, username=user.username, display_name=user.display_name, roles=user.roles,
                   missions=[m.code for m in user.missions])


@router.post("/users", response_model=UserOut, status_code=201)
def create_user(body: UserIn, runtime: RuntimeDep, session: SessionDep, user: UserDep) -> UserOut:
    """Create a user (admin only)."""
    check_role(user, Role.ADMIN)
    created = do_create_user(
        session, runtime.clock, username=body.username, password=body.password,
        roles=[r.value for r in body.roles], missions=body.missions, display_name=body.display_name,
        actor=user,
    )
    session.commit()
    return UserOut(id=created.id, username=created.username, display_name=created.display_name,
                   roles=created.roles, missions=[m.code for m in created.missions])


@router.get("/missions", response_model=list[MissionOut])
def missions(session: SessionDep, user: UserDep) -> list[MissionOut]:
    visible = {m.id for m in user.missions}
    everything = Role.HEADQUARTERS.value in user.roles or user.has_role(Role.ADMIN)
    return [MissionOut(code=m.code, name=m.name, timezone=m.timezone)
            for m in list_missions(session) if everything or m.id in visible]
