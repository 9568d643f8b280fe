"""The public side of publishing: CAP 1.2 alerts, the Atom feed, travel levels and advisory images.

Only variants that were actually sent are public; drafts, pending approvals and failures never
appear here. Builds on the pure feed writers in `feeds/`; reads through the session it is given.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime
from urllib.parse import urlparse

from PIL import Image
from sqlalchemy import select
from sqlalchemy.orm import Session

from consuldesk.auth.models import Mission
from consuldesk.errors import NotFound
from consuldesk.publishing.card import render_card
from consuldesk.publishing.feeds.atom import AtomFeed, AtomLink, AtomPerson, build_atom, entry_for_advisory
from consuldesk.publishing.feeds.cap import (
    CapAlert,
    CapArea,
    CapCircle,
    CapReference,
    Category,
    Certainty,
    MsgType,
    Status,
    Urgency,
    build_cap,
    info_for_advisory,
)
from consuldesk.publishing.models import Publication, Variant
from consuldesk.publishing.outbound import advisory_of
from consuldesk.publishing.queries import list_levels
from consuldesk.settings import Settings

__all__ = ["atom_feed", "cap_alert", "card_image", "get_mission_by_code", "levels_document"]


def get_mission_by_code(session: Session, code: str) -> Mission:
    mission = session.scalar(select(Mission).where(Mission.code == code))
    if mission is None:
        raise NotFound(f"no mission {code!r}")
    return mission


def _host(settings: Settings) -> str:
    return urlparse(settings.public_base_url).hostname or "localhost"


def _sender(settings: Settings, mission: Mission) -> str:
    return f"{mission.code}@{_host(settings)}"


def _identifier(mission: Mission, publication_id: int) -> str:
    return f"{mission.code}-advisory-{publication_id}"


def _sent_variants(publication: Publication) -> list[Variant]:
    return [v for v in publication.variants if v.state == "sent" and v.sent_at is not None]


def _first_sent(publication: Publication) -> datetime:
    return min(v.sent_at for v in _sent_variants(publication) if v.sent_at is not None)


def _public_publication(session: Session, mission: Mission, publication_id: int) -> Publication:
    publication = session.get(Publication, publication_id)
    if (publication is None or publication.mission_id != mission.id or publication.kind != "advisory"
            or not _sent_variants(publication)):
        raise NotFound("no such published advisory")
    return publication


def _areas(publication: Publication) -> tuple[CapArea, ...]:
    cap = publication.cap or {}
    description = cap.get("area_desc") or publication.region or publication.country
    if not description:
        return ()
    polygon = tuple((float(lat), float(lon)) for lat, lon in cap.get("polygon") or ())
    circle = cap.get("circle")
    return (CapArea(
        description=description,
        polygons=(polygon,) if polygon else (),
        circles=(CapCircle(float(circle[0]), float(circle[1]), float(circle[2])),) if circle else (),
        geocodes=tuple(sorted((cap.get("geocodes") or {}).items())),
    ),)


def cap_alert(session: Session, settings: Settings, mission_code: str, publication_id: int) -> bytes:
    """One CAP 1.2 alert: one `<info>` per sent language; updates reference the alerts they replace."""
    mission = get_mission_by_code(session, mission_code)
    publication = _public_publication(session, mission, publication_id)
    cap = publication.cap or {}
    references = []
    for ref_id in cap.get("references") or ():
        earlier = session.get(Publication, int(ref_id))
        if earlier is not None and earlier.mission_id == mission.id and _sent_variants(earlier):
            references.append(CapReference(_sender(settings, mission), _identifier(mission, earlier.id),
                                           _first_sent(earlier)))
    expires = datetime.fromisoformat(cap["expires_at"]) if cap.get("expires_at") else None
    infos = tuple(
        info_for_advisory(
            advisory_of(publication, variant), areas=_areas(publication),
            urgency=Urgency(cap.get("urgency", "Expected")), certainty=Certainty(cap.get("certainty", "Likely")),
            categories=(Category(cap.get("category", "Safety")),), expires=expires, sender_name=mission.name,
        )
        for variant in _sent_variants(publication)
    )
    alert = CapAlert(
        identifier=_identifier(mission, publication.id), sender=_sender(settings, mission),
        sent=_first_sent(publication), status=Status(cap.get("status", "Actual")),
        msg_type=MsgType(cap.get("msg_type", "Alert")), infos=infos, references=tuple(references),
    )
    return build_cap(alert)


def _published(session: Session, mission: Mission, limit: int) -> Sequence[Publication]:
    return session.scalars(
        select(Publication)
        .where(Publication.mission_id == mission.id, Publication.kind == "advisory",
               Publication.variants.any(Variant.state == "sent"))
        .order_by(Publication.id.desc())
        .limit(limit)
    ).all()


def atom_feed(session: Session, settings: Settings, mission_code: str, *, limit: int = 50) -> bytes:
    """The mission's advisories, one entry per sent language, each linking to its CAP alert."""
    mission = get_mission_by_code(session, mission_code)
    base = settings.public_base_url.rstrip("/")
    host = _host(settings)
    entries = []
    for publication in _published(session, mission, limit):
        cap_url = f"{base}/public/{mission.code}/advisories/{publication.id}.cap.xml"
        for variant in _sent_variants(publication):
            assert variant.sent_at is not None
            entries.append(entry_for_advisory(
                advisory_of(publication, variant),
                entry_id=f"tag:{host},2026:{mission.code}/advisory/{publication.id}/{variant.language}",
                updated=variant.updated_at, published=variant.sent_at, cap_url=cap_url,
            ))
    feed = AtomFeed(
        id=f"tag:{host},2026:{mission.code}/advisories", title=f"{mission.name}: travel advisories",
        authors=(AtomPerson(mission.name, uri=base),), entries=tuple(entries),
        links=(AtomLink(f"{base}/public/{mission.code}/advisories.atom", rel="self",
                        type="application/atom+xml"),),
        updated=max((e.updated for e in entries), default=None) or datetime.fromtimestamp(0).astimezone(),
    )
    return build_atom(feed)


def levels_document(session: Session, mission_code: str) -> dict[str, object]:
    mission = get_mission_by_code(session, mission_code)
    return {
        "mission": mission.code,
        "levels": [
            {"country": e.country, "region": e.region or None, "level": e.level,
             "updated": e.updated_at.isoformat()}
            for e in list_levels(session, mission.id)
        ],
    }


def card_image(session: Session, variant_id: int, image_format: str = "png") -> bytes:
    """The advisory card of a scheduled or sent variant, as PNG or JPEG (Instagram fetches JPEG by URL)."""
    variant = session.get(Variant, variant_id)
    if variant is None or variant.state not in {"scheduled", "sent"} or variant.publication.kind != "advisory":
        raise NotFound("no such image")
    advisory = advisory_of(variant.publication, variant)
    png = render_card(title=advisory.title, body=advisory.body, url=advisory.urls[0] if advisory.urls else None,
                      level=advisory.level, place=advisory.place, language=advisory.language)
    if image_format == "png":
        return png
    with Image.open(io.BytesIO(png)) as image:
        out = io.BytesIO()
        image.convert("RGB").save(out, format="JPEG", quality=90)
        return out.getvalue()
