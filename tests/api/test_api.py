"""The REST API: login, problem+json errors, role checks, the inbox loop and pushing items in."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from consuldesk.app import create_app
from consuldesk.bootstrap import Runtime
from consuldesk.ingest.service import process_pending
from factories import PASSWORD, ingest, make_mission, make_user

DISTRESS = "Help! We are trapped on the roof by the flood water, my daughter is injured, please send rescue"


@pytest.fixture
def client(runtime: Runtime) -> Iterator[TestClient]:
    make_mission(runtime, "lisbon")
    make_mission(runtime, "porto")
    make_user(runtime)
    make_user(runtime, username="approver", roles=["approver"])
    ingest(runtime, [
        {"id": "a1", "platform": "x", "text": DISTRESS},
        {"id": "a2", "platform": "x", "text": "Thanks a lot for your quick help yesterday!"},
    ], mission="lisbon")
    with TestClient(create_app(runtime)) as test_client:
        yield test_client


def _token(client: TestClient, username: str = "officer") -> dict[str, str]:
    response = client.post("/api/v1/auth/login", json={"username": username, "password": PASSWORD})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def test_openapi_document_is_served(client: TestClient) -> None:
    spec = client.get("/api/v1/openapi.json").json()
    assert "/cases" in spec["paths"] and "/auth/login" in spec["paths"]


def test_errors_are_problem_json_with_stable_codes(client: TestClient) -> None:
    response = client.get("/api/v1/cases")
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["code"] == "CD-E1401"
    bad_login = client.post("/api/v1/auth/login", json={"username": "officer", "password": "nope"})
    assert bad_login.json()["code"] == "CD-E1401"
    invalid = client.get("/api/v1/cases?urgency=apocalyptic", headers=_token(client))
    assert invalid.status_code == 422 and invalid.json()["code"] == "CD-E1422"
    missing = client.get("/api/v1/cases/99999", headers=_token(client))
    assert missing.status_code == 404 and missing.json()["code"] == "CD-E1404"


def test_officer_works_a_case_over_the_api(client: TestClient) -> None:
    headers = _token(client)
    cases = client.get("/api/v1/cases", headers=headers).json()
    assert cases["total"] == 2
    top = cases["items"][0]
    assert top["urgency"] == "critical"
    case_url = f"/api/v1/cases/{top['id']}"
    assert client.post(f"{case_url}/assign", json={"assignee": "officer"}, headers=headers).status_code == 200
    note = client.post(f"{case_url}/notes", json={"body": "Rescue services alerted."}, headers=headers)
    assert note.status_code == 201
    detail = client.post(f"{case_url}/state", json={"state": "waiting"}, headers=headers).json()
    assert detail["case"]["assignee"] == "officer"
    assert detail["case"]["state"] == "waiting"
    assert detail["notes"][0]["body"] == "Rescue services alerted."
    assert detail["items"][0]["text"] == DISTRESS
    audit = client.get(f"{case_url}/audit", headers=headers).json()
    assert [e["action"] for e in audit] == ["case.state_changed", "case.note_added", "case.assigned"]


def test_writes_need_the_right_role(client: TestClient) -> None:
    headers = _token(client, "approver")
    case_id = client.get("/api/v1/cases", headers=headers).json()["items"][0]["id"]
    response = client.post(f"/api/v1/cases/{case_id}/notes", json={"body": "hi"}, headers=headers)
    assert response.status_code == 403 and response.json()["code"] == "CD-E1403"
    assert client.post("/api/v1/users", headers=_token(client), json={
        "username": "newbie", "password": "long enough pw", "roles": ["officer"]}).status_code == 403


def test_items_pushed_over_http_are_stored_then_triaged(client: TestClient, runtime: Runtime) -> None:
    headers = _token(client)
    response = client.post("/api/v1/items", headers=headers, json=[
        {"id": "p1", "platform": "telegram", "text": "Is the border with Spain still open?"},
        {"id": "p2"},
    ])
    assert response.status_code == 202
    body = response.json()
    assert (body["accepted"], body["rejected"]) == (1, 1)
    assert body["rejects"][0]["record"] == 2
    assert client.get("/api/v1/cases", headers=headers).json()["total"] == 2  # not triaged yet
    assert process_pending(runtime) == 1
    assert client.get("/api/v1/cases", headers=headers).json()["total"] == 3


def test_logout_ends_the_token(client: TestClient) -> None:
    headers = _token(client)
    assert client.post("/api/v1/auth/logout", headers=headers).status_code == 204
    assert client.get("/api/v1/me", headers=headers).status_code == 401
