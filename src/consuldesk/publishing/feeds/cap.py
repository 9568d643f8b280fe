"""OASIS CAP 1.2 alert messages: typed dataclasses in, schema-valid XML bytes out (pure).

Owns the CAP vocabulary (status, msgType, scope and the `info` enumerations), the element order the
XSD's sequences demand, and the spec rules the XSD cannot check: timestamps with an explicit offset
and no fractional seconds, `references` on Update/Cancel/Ack/Error, `restriction`/`addresses` for
Restricted/Private scope, no spaces, commas, `<` or `&` in `identifier`/`sender`, closed polygons of
at least four points, `ceiling` only with `altitude`, and one `<info>` per language. Layer:
publishing; stdlib only (`xml.etree`), `render.Advisory` only for `info_for_advisory`.

    >>> from datetime import datetime, timezone
    >>> alert = CapAlert("adv-42", "consulate@example.org", datetime(2026, 3, 14, 12, 0, tzinfo=timezone.utc),
    ...                  Status.TEST, MsgType.ALERT,
    ...                  infos=(CapInfo("Travel advisory", Urgency.EXPECTED, Severity.SEVERE, Certainty.LIKELY,
    ...                                 areas=(CapArea("Northern region", circles=(CapCircle(50.45, 30.52, 25),)),)),))
    >>> b"<sent>2026-03-14T12:00:00+00:00</sent>" in build_cap(alert)
    True
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from consuldesk.errors import InvalidInput
from consuldesk.publishing.feeds.levels import TravelLevel
from consuldesk.publishing.feeds.timestamps import offset_timestamp

if TYPE_CHECKING:
    from consuldesk.publishing.render import Advisory

__all__ = [
    "CAP_NAMESPACE",
    "CapAlert",
    "CapArea",
    "CapCircle",
    "CapError",
    "CapInfo",
    "CapReference",
    "CapResource",
    "Category",
    "Certainty",
    "MsgType",
    "ResponseType",
    "Scope",
    "Severity",
    "Status",
    "Urgency",
    "build_cap",
    "cap_timestamp",
    "info_for_advisory",
]

CAP_NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2"
_FORBIDDEN_ID_CHARS = frozenset(" \t\r\n,<&")


class CapError(InvalidInput):
    """The alert breaks a CAP 1.2 rule."""

    title = "Invalid CAP alert"


class Status(StrEnum):
    ACTUAL = "Actual"
    EXERCISE = "Exercise"
    SYSTEM = "System"
    TEST = "Test"
    DRAFT = "Draft"


class MsgType(StrEnum):
    ALERT = "Alert"
    UPDATE = "Update"
    CANCEL = "Cancel"
    ACK = "Ack"
    ERROR = "Error"


class Scope(StrEnum):
    PUBLIC = "Public"
    RESTRICTED = "Restricted"
    PRIVATE = "Private"


class Category(StrEnum):
    GEO = "Geo"
    MET = "Met"
    SAFETY = "Safety"
    SECURITY = "Security"
    RESCUE = "Rescue"
    FIRE = "Fire"
    HEALTH = "Health"
    ENV = "Env"
    TRANSPORT = "Transport"
    INFRA = "Infra"
    CBRNE = "CBRNE"
    OTHER = "Other"


class ResponseType(StrEnum):
    SHELTER = "Shelter"
    EVACUATE = "Evacuate"
    PREPARE = "Prepare"
    EXECUTE = "Execute"
    AVOID = "Avoid"
    MONITOR = "Monitor"
    ASSESS = "Assess"
    ALL_CLEAR = "AllClear"
    NONE = "None"


class Urgency(StrEnum):
    IMMEDIATE = "Immediate"
    EXPECTED = "Expected"
    FUTURE = "Future"
    PAST = "Past"
    UNKNOWN = "Unknown"


class Severity(StrEnum):
    EXTREME = "Extreme"
    SEVERE = "Severe"
    MODERATE = "Moderate"
    MINOR = "Minor"
    UNKNOWN = "Unknown"


class Certainty(StrEnum):
    OBSERVED = "Observed"
    LIKELY = "Likely"
    POSSIBLE = "Possible"
    UNLIKELY = "Unlikely"
    UNKNOWN = "Unknown"


@dataclass(frozen=True)
class CapReference:
    """An earlier message this one updates, cancels or answers."""

    sender: str
    identifier: str
    sent: datetime


@dataclass(frozen=True)
class CapCircle:
    """A point (WGS 84 decimal degrees) and a radius in kilometres."""

    lat: float
    lon: float
    radius_km: float


@dataclass(frozen=True)
class CapArea:
    """`<area>`: a description plus any polygons ((lat, lon) pairs), circles and geocodes (name, value)."""

    description: str
    polygons: tuple[tuple[tuple[float, float], ...], ...] = ()
    circles: tuple[CapCircle, ...] = ()
    geocodes: tuple[tuple[str, str], ...] = ()
    altitude: float | None = None
    ceiling: float | None = None


@dataclass(frozen=True)
class CapResource:
    """`<resource>`: a file that supplements the info (e.g. the advisory card)."""

    description: str
    mime_type: str
    size: int | None = None
    uri: str | None = None
    deref_uri: str | None = None
    digest: str | None = None


@dataclass(frozen=True)
class CapInfo:
    """`<info>` in one language; the fields follow the XSD's order."""

    event: str
    urgency: Urgency
    severity: Severity
    certainty: Certainty
    categories: tuple[Category, ...] = (Category.SAFETY,)
    language: str = "en-US"
    response_types: tuple[ResponseType, ...] = ()
    audience: str | None = None
    event_codes: tuple[tuple[str, str], ...] = ()
    effective: datetime | None = None
    onset: datetime | None = None
    expires: datetime | None = None
    sender_name: str | None = None
    headline: str | None = None
    description: str | None = None
    instruction: str | None = None
    web: str | None = None
    contact: str | None = None
    parameters: tuple[tuple[str, str], ...] = ()
    resources: tuple[CapResource, ...] = ()
    areas: tuple[CapArea, ...] = ()


@dataclass(frozen=True)
class CapAlert:
    """`<alert>`: the message envelope and its `info` blocks (one per language)."""

    identifier: str
    sender: str
    sent: datetime
    status: Status
    msg_type: MsgType
    scope: Scope = Scope.PUBLIC
    infos: tuple[CapInfo, ...] = ()
    source: str | None = None
    restriction: str | None = None
    addresses: str | None = None
    codes: tuple[str, ...] = ()
    note: str | None = None
    references: tuple[CapReference, ...] = ()
    incidents: str | None = None


def cap_timestamp(value: datetime) -> str:
    """CAP dateTime: seconds precision and an explicit offset (`+00:00`, never `Z`)."""
    return offset_timestamp(value, feed="CAP", error=CapError)


def _number(value: float) -> str:
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _point(lat: float, lon: float) -> str:
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise CapError(f"not a WGS 84 point: {lat},{lon}")
    return f"{_number(lat)},{_number(lon)}"


def _polygon(points: tuple[tuple[float, float], ...]) -> str:
    # CAP wants the ring closed; close it for the caller rather than emit an invalid polygon.
    ring = list(points) if points and points[0] == points[-1] else [*points, *points[:1]]
    if len(ring) < 4:
        raise CapError("a CAP polygon needs at least 3 distinct points (4 pairs, first = last)")
    return " ".join(_point(lat, lon) for lat, lon in ring)


def _check_id(name: str, value: str) -> None:
    if not value or _FORBIDDEN_ID_CHARS.intersection(value):
        raise CapError(f"{name} must be non-empty without spaces, commas, '<' or '&': {value!r}")


def _validate(alert: CapAlert) -> None:
    _check_id("identifier", alert.identifier)
    _check_id("sender", alert.sender)
    if alert.msg_type is not MsgType.ALERT and not alert.references:
        raise CapError(f"a {alert.msg_type} message must reference the message(s) it applies to")
    for ref in alert.references:
        _check_id("reference identifier", ref.identifier)
        _check_id("reference sender", ref.sender)
    if alert.scope is Scope.RESTRICTED and not alert.restriction:
        raise CapError("scope Restricted needs a restriction")
    if alert.scope is Scope.PRIVATE and not alert.addresses:
        raise CapError("scope Private needs addresses")
    languages = [info.language.lower() for info in alert.infos]
    if len(set(languages)) != len(languages):
        raise CapError("one <info> per language: languages repeat")
    for info in alert.infos:
        if not info.categories:
            raise CapError("an <info> needs at least one category")
        for area in info.areas:
            if area.ceiling is not None and area.altitude is None:
                raise CapError("an area ceiling needs an altitude")
            for circle in area.circles:
                if circle.radius_km < 0:
                    raise CapError("a circle radius cannot be negative")


def _add(parent: ET.Element, tag: str, text: str | None) -> None:
    if text is not None:
        ET.SubElement(parent, f"{{{CAP_NAMESPACE}}}{tag}").text = text


def _add_pairs(parent: ET.Element, tag: str, pairs: tuple[tuple[str, str], ...]) -> None:
    for name, value in pairs:
        element = ET.SubElement(parent, f"{{{CAP_NAMESPACE}}}{tag}")
        _add(element, "valueName", name)
        _add(element, "value", value)


def _time(value: datetime | None) -> str | None:
    return None if value is None else cap_timestamp(value)


def _info(parent: ET.Element, info: CapInfo) -> None:
    element = ET.SubElement(parent, f"{{{CAP_NAMESPACE}}}info")
    _add(element, "language", info.language)
    for category in info.categories:
        _add(element, "category", str(category))
    _add(element, "event", info.event)
    for response in info.response_types:
        _add(element, "responseType", str(response))
    _add(element, "urgency", str(info.urgency))
    _add(element, "severity", str(info.severity))
    _add(element, "certainty", str(info.certainty))
    _add(element, "audience", info.audience)
    _add_pairs(element, "eventCode", info.event_codes)
    optional: tuple[tuple[str, str | None], ...] = (
        ("effective", _time(info.effective)),
        ("onset", _time(info.onset)),
        ("expires", _time(info.expires)),
        ("senderName", info.sender_name),
        ("headline", info.headline),
        ("description", info.description),
        ("instruction", info.instruction),
        ("web", info.web),
        ("contact", info.contact),
    )
    for tag, text in optional:
        _add(element, tag, text)
    _add_pairs(element, "parameter", info.parameters)
    for resource in info.resources:
        res = ET.SubElement(element, f"{{{CAP_NAMESPACE}}}resource")
        _add(res, "resourceDesc", resource.description)
        _add(res, "mimeType", resource.mime_type)
        _add(res, "size", None if resource.size is None else str(resource.size))
        _add(res, "uri", resource.uri)
        _add(res, "derefUri", resource.deref_uri)
        _add(res, "digest", resource.digest)
    for area in info.areas:
        area_el = ET.SubElement(element, f"{{{CAP_NAMESPACE}}}area")
        _add(area_el, "areaDesc", area.description)
        for polygon in area.polygons:
            _add(area_el, "polygon", _polygon(polygon))
        for circle in area.circles:
            _add(area_el, "circle", f"{_point(circle.lat, circle.lon)} {_number(circle.radius_km)}")
        _add_pairs(area_el, "geocode", area.geocodes)
        _add(area_el, "altitude", None if area.altitude is None else _number(area.altitude))
        _add(area_el, "ceiling", None if area.ceiling is None else _number(area.ceiling))


def build_cap(alert: CapAlert) -> bytes:
    """Serialise `alert` as UTF-8 CAP 1.2 XML (with declaration), after checking the spec's rules."""
    _validate(alert)
    root = ET.Element(f"{{{CAP_NAMESPACE}}}alert")
    _add(root, "identifier", alert.identifier)
    _add(root, "sender", alert.sender)
    _add(root, "sent", cap_timestamp(alert.sent))
    _add(root, "status", str(alert.status))
    _add(root, "msgType", str(alert.msg_type))
    _add(root, "source", alert.source)
    _add(root, "scope", str(alert.scope))
    _add(root, "restriction", alert.restriction)
    _add(root, "addresses", alert.addresses)
    for code in alert.codes:
        _add(root, "code", code)
    _add(root, "note", alert.note)
    references = " ".join(f"{r.sender},{r.identifier},{cap_timestamp(r.sent)}" for r in alert.references)
    _add(root, "references", references or None)
    _add(root, "incidents", alert.incidents)
    for info in alert.infos:
        _info(root, info)
    ET.indent(root)
    xml: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True, default_namespace=CAP_NAMESPACE)
    return xml


def info_for_advisory(
    advisory: Advisory,
    *,
    event: str = "Travel advisory",
    areas: tuple[CapArea, ...] = (),
    urgency: Urgency = Urgency.EXPECTED,
    certainty: Certainty = Certainty.LIKELY,
    categories: tuple[Category, ...] = (Category.SAFETY,),
    expires: datetime | None = None,
    sender_name: str | None = None,
) -> CapInfo:
    """One `<info>` from an advisory: its language, title, body and first URL; severity from its level."""
    severity = Severity.UNKNOWN if advisory.level is None else Severity(TravelLevel(advisory.level).cap_severity)
    return CapInfo(
        event=event,
        urgency=urgency,
        severity=severity,
        certainty=certainty,
        categories=categories,
        language=advisory.language,
        expires=expires,
        sender_name=sender_name,
        headline=advisory.title,
        description=advisory.body or None,
        web=advisory.urls[0] if advisory.urls else None,
        areas=areas,
    )
