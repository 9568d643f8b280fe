"""Publishing over the API: compose → approve by a second user → sent once → public Atom and CAP."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from lxml import etree

from consuldesk.app import create_app
from consuldesk.bootstrap import Runtime
from consuldesk.connectors.fake_publisher import ReconcilingFakePublisher
from consuldesk.publishing.send import send_due
from factories import PASSWORD
from publishing_desk import Desk, make_desk, use_fake_publishers

CAP_SCHEMA = etree.XMLSchema(etree.parse(str(Path(__file__).parents[1] / "publishing" / "schemas" / "CAP-v1.2.xsd")))
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def desk(runtime: Runtime) -> Desk:
    return make_desk(runtime)


@pytest.fixture
def fakes(desk: Desk) -> dict[str, ReconcilingFakePublisher]:
    return use_fake_publishers(desk)


@pytest.fixture
def client(desk: Desk) -> Iterator[TestClient]:
    with TestClient(create_app(desk.runtime)) as test_client:
        yield test_client


def _auth(client: TestClient, username: str) -> dict[str, str]:
    response = client.post("/api/v1/auth/login", json={"username": username, "password": PASSWORD})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def _compose(client: TestClient, desk: Desk, headers: dict[str, str], **extra: object) -> list[dict[str, object]]:
    body = {
        "mission_id": desk.mission_id, "channel_ids": [desk.x, desk.mastodon], "level": 3, "country": "Portugal",
        "urls": ["https://lisbon.norvalia.example/advice"], "hashtags": ["TravelAdvice"],
        "cap": {"category": "Fire", "area_desc": "Serra da Estrela", "circle": [40.32, -7.61, 25]},
        "variants": [{"language": "en", "title": "Wildfire: avoid Serra da Estrela", "body": "Roads are closed."},
                     {"language": "pt", "title": "Incêndio: evite a Serra da Estrela", "body": "Estradas fechadas."}],
        **extra,
    }
    response = client.post("/api/v1/posts", json=body, headers=headers)
    assert response.status_code == 201, response.text
    return list(response.json())


def _approve_and_send(client: TestClient, desk: Desk, variant_id: object) -> None:
    author, approver = _auth(client, "author"), _auth(client, "approver")
    assert client.post(f"/api/v1/posts/{variant_id}/submit", json={}, headers=author).status_code == 200
    response = client.post(f"/api/v1/posts/{variant_id}/approve", json={}, headers=approver)
    assert response.status_code == 200, response.text
    assert response.json()["state"] == "scheduled"
    send_due(desk.runtime)


def test_compose_approve_send_and_publish_feeds(
    client: TestClient, desk: Desk, fakes: dict[str, ReconcilingFakePublisher]
) -> None:
    author = _auth(client, "author")
    en, pt = _compose(client, desk, author)
    preview = client.get(f"/api/v1/posts/{en['id']}/preview", headers=author).json()
    assert {p["platform"] for p in preview} == {"x", "mastodon"}
    assert all("parts" in p for p in preview)

    # The author cannot approve: the two-person rule, as problem+json.
    client.post(f"/api/v1/posts/{en['id']}/submit", json={}, headers=author)
    refused = client.post(f"/api/v1/posts/{en['id']}/approve", json={}, headers=author)
    assert refused.status_code == 403 and refused.json()["code"] == "CD-E1403"
    queue = client.get("/api/v1/posts", params={"state": "submitted"}, headers=_auth(client, "approver")).json()
    assert [v["id"] for v in queue] == [en["id"]]

    client.post(f"/api/v1/posts/{en['id']}/approve", json={"comment": "ok"}, headers=_auth(client, "approver"))
    send_due(desk.runtime)
    sent = client.get(f"/api/v1/posts/{en['id']}", headers=author).json()
    assert sent["state"] == "sent"
    assert {d["state"] for d in sent["deliveries"]} == {"sent"}
    assert [len(f.posts) for f in fakes.values()] == [1, 1]
    assert client.get(f"/api/v1/posts/{pt['id']}", headers=author).json()["state"] == "draft"

    # Public feeds, no login: only the sent English variant appears.
    atom = etree.fromstring(client.get("/public/lisbon/advisories.atom").content)
    entries = atom.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == ["Wildfire: avoid Serra da Estrela"]
    cap_link = next(link.get("href") for link in entries[0].findall(f"{ATOM}link")
                    if link.get("type") == "application/cap+xml")
    cap_xml = client.get(cap_link.replace("http://127.0.0.1:8000", "")).content
    CAP_SCHEMA.assertValid(etree.fromstring(cap_xml))
    assert b"<circle>40.32,-7.61 25</circle>" in cap_xml
    levels = client.get("/public/lisbon/levels.json").json()
    assert levels["levels"] == [{"country": "Portugal", "region": None, "level": 3, "updated": levels["levels"][0]
                                 ["updated"]}]
    assert client.get(f"/public/media/variant-{en['id']}.png").headers["content-type"] == "image/png"
    jpeg = client.get(f"/public/media/variant-{en['id']}.jpg")
    assert jpeg.headers["content-type"] == "image/jpeg" and jpeg.content[:3] == b"\xff\xd8\xff"
    assert client.get(f"/public/media/variant-{pt['id']}.png").status_code == 404  # drafts stay private


def test_an_update_references_the_alert_it_replaces(
    client: TestClient, desk: Desk, fakes: dict[str, ReconcilingFakePublisher]
) -> None:
    author = _auth(client, "author")
    first, _ = _compose(client, desk, author)
    _approve_and_send(client, desk, first["id"])
    update, _ = _compose(client, desk, author,
                         cap={"msg_type": "Update", "references": [first["publication_id"]], "status": "Exercise"})
    _approve_and_send(client, desk, update["id"])
    cap_xml = client.get(f"/public/lisbon/advisories/{update['publication_id']}.cap.xml").content
    root = etree.fromstring(cap_xml)
    CAP_SCHEMA.assertValid(root)
    ns = "{urn:oasis:names:tc:emergency:cap:1.2}"
    assert root.findtext(f"{ns}msgType") == "Update"
    assert root.findtext(f"{ns}status") == "Exercise"
    assert f"lisbon-advisory-{first['publication_id']}" in (root.findtext(f"{ns}references") or "")


def test_unpublished_advisories_are_not_public(client: TestClient, desk: Desk) -> None:
    first, _ = _compose(client, desk, _auth(client, "author"))
    assert client.get(f"/public/lisbon/advisories/{first['publication_id']}.cap.xml").status_code == 404
    assert client.get("/public/nowhere/advisories.atom").status_code == 404


def test_pause_over_the_api(client: TestClient, desk: Desk, fakes: dict[str, ReconcilingFakePublisher]) -> None:
    chief = _auth(client, "chief")
    response = client.post("/api/v1/pauses", json={"reason": "Wrong evacuation point", "mission_id": desk.mission_id},
                           headers=chief)
    assert response.status_code == 201, response.text
    first, _ = _compose(client, desk, _auth(client, "author"))
    _approve_and_send(client, desk, first["id"])
    assert not fakes["x"].posts
    pause_id = client.get("/api/v1/pauses", headers=chief).json()[0]["id"]
    lifted = client.post(f"/api/v1/pauses/{pause_id}/lift", json={"reason": "Corrected"}, headers=chief)
    assert lifted.status_code == 200
    send_due(desk.runtime)
    assert len(fakes["x"].posts) == 1
