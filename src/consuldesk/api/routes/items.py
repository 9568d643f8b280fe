"""Push items in over HTTP: platform payloads or generic records, stored now, triaged by the worker."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Body
from pydantic import BaseModel

from consuldesk.api.deps import RuntimeDep, SessionDep, UserDep
from consuldesk.auth.service import check_role, mission_scope
from consuldesk.connectors.file_import import RecordError, Rejected, parse_payload
from consuldesk.connectors.models import RawItem
from consuldesk.core.types import Role
from consuldesk.errors import PermissionDenied
from consuldesk.inbox.corrections import check_correct_label
from consuldesk.inbox.schemas import ItemRead
from consuldesk.ingest.service import import_records

router = APIRouter(tags=["items"])

MAX_RECORDS = 5000


class RejectOut(BaseModel):
    record: int
    reason: str


class IngestOut(BaseModel):
    accepted: int
    duplicates: int
    rejected: int
    rejects: list[RejectOut]


@router.post("/items", response_model=IngestOut, status_code=202)
def ingest_items(
    runtime: RuntimeDep,
    user: UserDep,
    records: list[dict[str, Any]] = Body(max_length=MAX_RECORDS),
    mission: str | None = None,
) -> IngestOut:
    """Store records (X v2, Mastodon, Meta webhook or generic `{text, …}` shapes) for triage.

    Each record is checked on its own: bad ones are reported by index and the rest are kept.
    """
    check_role(user, Role.OFFICER, Role.SUPERVISOR, Role.HEADQUARTERS)
    if mission_scope(user) is not None:
        own = [m.code for m in user.missions]
        if mission is None and own:
            mission = own[0]
        if mission not in own:
            raise PermissionDenied("you can only add items to your own missions")
    parsed: list[RawItem | Rejected] = []
    for index, record in enumerate(records, start=1):
        try:
            parsed.extend(parse_payload(record, max_text_chars=runtime.settings.max_text_chars))
        except RecordError as exc:
            parsed.append(Rejected(file="request", line=index, reason=str(exc), raw=""))
    summary = import_records(runtime, parsed, source=None, mission=mission, process=False)
    return IngestOut(
        accepted=summary.accepted, duplicates=summary.duplicates, rejected=summary.rejected,
        rejects=[RejectOut(record=r.line, reason=r.reason) for r in summary.rejections],
    )


class CorrectionIn(BaseModel):
    field: str
    value: str


@router.post("/items/{item_id}/labels", response_model=ItemRead)
def correct_label(
    item_id: int, body: CorrectionIn, runtime: RuntimeDep, session: SessionDep, user: UserDep
) -> ItemRead:
    """Correct one triage label (intent, urgency, sentiment, crisis_category, informative, rumour).

    The item and its case follow the correction at once; it is also stored for retraining.
    """
    item = check_correct_label(session, runtime.clock, runtime.settings, user, item_id, body.field, body.value)
    session.commit()
    return ItemRead.model_validate(item)
