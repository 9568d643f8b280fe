"""Read-only public endpoints: advisories as Atom and CAP 1.2, travel levels, advisory images."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response

from consuldesk.api.deps import RuntimeDep, SessionDep
from consuldesk.publishing import public

router = APIRouter(tags=["public"])


@router.get("/{mission}/advisories.atom")
def atom(mission: str, runtime: RuntimeDep, session: SessionDep) -> Response:
    return Response(public.atom_feed(session, runtime.settings, mission), media_type="application/atom+xml")


@router.get("/{mission}/advisories/{publication_id}.cap.xml")
def cap(mission: str, publication_id: int, runtime: RuntimeDep, session: SessionDep) -> Response:
    body = public.cap_alert(session, runtime.settings, mission, publication_id)
    return Response(body, media_type="application/cap+xml")


@router.get("/{mission}/levels.json")
def levels(mission: str, session: SessionDep) -> dict[str, Any]:
    return public.levels_document(session, mission)


@router.get("/media/variant-{variant_id}.png")
def card_png(variant_id: int, session: SessionDep) -> Response:
    return Response(public.card_image(session, variant_id), media_type="image/png",
                    headers={"Cache-Control": "public, max-age=300"})


@router.get("/media/variant-{variant_id}.jpg")
def card_jpeg(variant_id: int, session: SessionDep) -> Response:
    """The same card as JPEG, the only format Instagram's publishing API documents."""
    return Response(public.card_image(session, variant_id, "jpeg"), media_type="image/jpeg",
                    headers={"Cache-Control": "public, max-age=300"})
