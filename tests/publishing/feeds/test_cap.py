"""CAP 1.2: every message we build validates against the OASIS XSD, and the spec's prose rules hold."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from lxml import etree

from consuldesk.publishing.feeds.cap import (
    CAP_NAMESPACE,
    CapAlert,
    CapArea,
    CapCircle,
    CapError,
    CapInfo,
    CapReference,
    CapResource,
    Category,
    Certainty,
    MsgType,
    ResponseType,
    Scope,
    Severity,
    Status,
    Urgency,
    build_cap,
    info_for_advisory,
)
from consuldesk.publishing.render import Advisory

SCHEMA = etree.XMLSchema(etree.parse(str(Path(__file__).parents[1] / "schemas" / "CAP-v1.2.xsd")))
NS = {"cap": CAP_NAMESPACE}
KYIV = timezone(timedelta(hours=2))
SENT = datetime(2026, 3, 14, 12, 0, 30, 123456, tzinfo=KYIV)
SENDER = "consulate.kyiv@mfa.example"
ORIGINAL = CapReference(SENDER, "ua-2026-0042", datetime(2026, 3, 14, 9, 0, tzinfo=KYIV))

POLYGON = ((50.52, 30.24), (50.52, 30.83), (50.21, 30.83), (50.21, 30.24), (50.52, 30.24))
AREAS = (
    CapArea("Kyiv city", polygons=(POLYGON,)),
    CapArea("Around the airport", circles=(CapCircle(50.345, 30.8947, 15.5),)),
    CapArea("Kharkiv oblast", geocodes=(("ISO3166-2", "UA-63"),), altitude=0, ceiling=3000),
)


def _info(language: str, headline: str) -> CapInfo:
    return CapInfo(
        "Travel advisory",
        Urgency.IMMEDIATE,
        Severity.EXTREME,
        Certainty.OBSERVED,
        categories=(Category.SAFETY, Category.SECURITY),
        language=language,
        response_types=(ResponseType.AVOID, ResponseType.MONITOR),
        audience="Nationals in Ukraine",
        event_codes=(("TRAVEL_LEVEL", "4"),),
        effective=SENT,
        expires=SENT + timedelta(days=7),
        sender_name="Consulate General in Kyiv",
        headline=headline,
        description="Air raid alerts <tonight> & tomorrow.",
        instruction="Shelter when sirens sound.",
        web="https://consulate.gov.uk/ua",
        contact="+380 44 000 0000",
        parameters=(("level", "4"),),
        resources=(CapResource("Advisory card", "image/png", size=1234, uri="https://consulate.gov.uk/ua.png"),),
        areas=AREAS,
    )


def _alert(msg_type: MsgType, status: Status = Status.ACTUAL, **kwargs: object) -> CapAlert:
    references = () if msg_type is MsgType.ALERT else (ORIGINAL,)
    infos = (_info("en-GB", "Do not travel to Kyiv"), _info("uk-UA", "Не подорожуйте до Києва"))
    return CapAlert(
        kwargs.pop("identifier", "ua-2026-0043"),
        SENDER,
        SENT,
        status,
        msg_type,
        references=references,
        infos=infos,
        **kwargs,
    )


def _minimal_alert(**info_fields: object) -> CapAlert:
    """An Alert with one minimal <info>, varied by `info_fields` (areas, categories…)."""
    info = CapInfo("E", Urgency.PAST, Severity.MINOR, Certainty.LIKELY, **info_fields)  # type: ignore[arg-type]
    return CapAlert("a", SENDER, SENT, Status.ACTUAL, MsgType.ALERT, infos=(info,))


def _validate(xml: bytes) -> etree._Element:
    document = etree.fromstring(xml)
    SCHEMA.assertValid(document)
    return document


@pytest.mark.parametrize("msg_type", [MsgType.ALERT, MsgType.UPDATE, MsgType.CANCEL])
@pytest.mark.parametrize("status", [Status.ACTUAL, Status.EXERCISE, Status.TEST])
def test_alert_update_cancel_validate_against_the_oasis_schema(msg_type: MsgType, status: Status) -> None:
    document = _validate(build_cap(_alert(msg_type, status)))
    assert document.findtext("cap:msgType", namespaces=NS) == str(msg_type)
    assert document.findtext("cap:status", namespaces=NS) == str(status)


def test_references_and_timestamps_have_explicit_offsets() -> None:
    document = _validate(build_cap(_alert(MsgType.UPDATE)))
    assert document.findtext("cap:sent", namespaces=NS) == "2026-03-14T12:00:30+02:00"
    assert document.findtext("cap:references", namespaces=NS) == f"{SENDER},ua-2026-0042,2026-03-14T09:00:00+02:00"
    utc = _validate(build_cap(CapAlert("a1", SENDER, datetime(2026, 1, 1, tzinfo=UTC), Status.TEST, MsgType.ALERT)))
    assert utc.findtext("cap:sent", namespaces=NS) == "2026-01-01T00:00:00+00:00"


def test_one_info_per_language_with_areas_as_polygon_circle_geocode() -> None:
    document = _validate(build_cap(_alert(MsgType.ALERT)))
    infos = document.findall("cap:info", namespaces=NS)
    assert [i.findtext("cap:language", namespaces=NS) for i in infos] == ["en-GB", "uk-UA"]
    assert infos[1].findtext("cap:headline", namespaces=NS) == "Не подорожуйте до Києва"
    assert infos[0].findtext("cap:description", namespaces=NS) == "Air raid alerts <tonight> & tomorrow."
    areas = infos[0].findall("cap:area", namespaces=NS)
    assert (
        areas[0].findtext("cap:polygon", namespaces=NS) == "50.52,30.24 50.52,30.83 50.21,30.83 50.21,30.24 50.52,30.24"
    )
    assert areas[1].findtext("cap:circle", namespaces=NS) == "50.345,30.8947 15.5"
    assert areas[2].findtext("cap:geocode/cap:value", namespaces=NS) == "UA-63"


def test_open_polygons_are_closed() -> None:
    info = CapInfo(
        "E", Urgency.FUTURE, Severity.MINOR, Certainty.POSSIBLE, areas=(CapArea("A", polygons=(POLYGON[:4],)),)
    )
    document = _validate(build_cap(CapAlert("a1", SENDER, SENT, Status.TEST, MsgType.ALERT, infos=(info,))))
    assert document.findtext("cap:info/cap:area/cap:polygon", namespaces=NS).endswith("50.52,30.24")


def test_restricted_and_private_scopes_validate() -> None:
    _validate(build_cap(_alert(MsgType.ALERT, scope=Scope.RESTRICTED, restriction="Consular staff only")))
    _validate(build_cap(_alert(MsgType.ALERT, scope=Scope.PRIVATE, addresses="desk@consulate.example")))


def test_info_for_advisory_maps_level_to_severity() -> None:
    advisory = Advisory(
        title="Reconsider travel to Lima",
        body="Protests.",
        urls=("https://consulate.gov.uk/pe",),
        language="es-PE",
        level=3,
    )
    info = info_for_advisory(advisory, areas=(CapArea("Lima", geocodes=(("ISO3166-2", "PE-LIM"),)),))
    assert (info.severity, info.language, info.headline, info.web) == (
        Severity.SEVERE,
        "es-PE",
        "Reconsider travel to Lima",
        "https://consulate.gov.uk/pe",
    )
    _validate(build_cap(CapAlert("pe-1", SENDER, SENT, Status.ACTUAL, MsgType.ALERT, infos=(info,))))


def test_the_schema_itself_rejects_a_z_timestamp() -> None:
    # Proves the validation is live: CAP forbids "Z", which is why build_cap writes "+00:00".
    xml = build_cap(CapAlert("a1", SENDER, datetime(2026, 1, 1, tzinfo=UTC), Status.TEST, MsgType.ALERT))
    assert not SCHEMA.validate(etree.fromstring(xml.replace(b"+00:00", b"Z")))


@pytest.mark.parametrize(
    ("alert", "message"),
    [
        pytest.param(lambda: _alert(MsgType.ALERT, identifier="has space"), "identifier", id="space-in-identifier"),
        pytest.param(lambda: _alert(MsgType.ALERT, identifier="a,b"), "identifier", id="comma-in-identifier"),
        pytest.param(
            lambda: CapAlert("a", SENDER, SENT, Status.ACTUAL, MsgType.CANCEL),
            "reference",
            id="cancel-without-references",
        ),
        pytest.param(
            lambda: CapAlert("a", SENDER, SENT.replace(tzinfo=None), Status.ACTUAL, MsgType.ALERT),
            "time zone",
            id="naive",
        ),
        pytest.param(lambda: _alert(MsgType.ALERT, scope=Scope.RESTRICTED), "restriction", id="restricted"),
        pytest.param(lambda: _alert(MsgType.ALERT, scope=Scope.PRIVATE), "addresses", id="private"),
        pytest.param(
            lambda: CapAlert(
                "a", SENDER, SENT, Status.ACTUAL, MsgType.ALERT, infos=(_info("en", "A"), _info("EN", "B"))
            ),
            "per language",
            id="two-infos-one-language",
        ),
        pytest.param(
            lambda: _minimal_alert(areas=(CapArea("A", polygons=(POLYGON[:2],)),)), "polygon", id="short-polygon"
        ),
        pytest.param(
            lambda: _minimal_alert(areas=(CapArea("A", ceiling=10),)), "altitude", id="ceiling-without-altitude"
        ),
        pytest.param(
            lambda: _minimal_alert(areas=(CapArea("A", circles=(CapCircle(95, 0, 1),)),)), "WGS 84",
            id="latitude-out-of-range",
        ),
        pytest.param(lambda: _minimal_alert(categories=()), "category", id="no-category"),
    ],
)
def test_spec_rules_the_schema_cannot_check_are_enforced(alert: object, message: str) -> None:
    with pytest.raises(CapError, match=message):
        build_cap(alert())  # type: ignore[operator]
