"""Correcting a triage label from the case page: the badge changes and the correction is stored."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient

from consuldesk.app import create_app
from consuldesk.bootstrap import Runtime
from consuldesk.inbox.models import Case, Item, LabelCorrection
from factories import PASSWORD, ingest, make_mission, make_user

HX = {"HX-Request": "true"}


@pytest.fixture
def client(sqlite_runtime: Runtime) -> Iterator[TestClient]:
    make_mission(sqlite_runtime, "lisbon")
    make_user(sqlite_runtime, "officer")
    ingest(sqlite_runtime, [{"id": "c1", "platform": "x", "author_handle": "quiet",
                             "text": "Hello, is the consulate open on Saturday morning?"}], mission="lisbon")
    with TestClient(create_app(sqlite_runtime)) as test_client:
        response = test_client.post("/login", data={"username": "officer", "password": PASSWORD},
                                    follow_redirects=False)
        assert response.status_code == 303
        yield test_client


def _ids(runtime: Runtime) -> tuple[int, int]:
    with runtime.sessions() as session:
        item = session.query(Item).one()
        assert item.case_id is not None
        return item.case_id, item.id


def test_officer_corrects_urgency_from_the_case_page(client: TestClient, sqlite_runtime: Runtime) -> None:
    case_id, item_id = _ids(sqlite_runtime)
    page = client.get(f"/cases/{case_id}")
    assert "Correct a label" in page.text
    response = client.post(f"/cases/{case_id}/items/{item_id}/labels", data={"field": "urgency", "value": "critical"},
                           headers=HX)
    assert response.status_code == 200, response.text
    assert "Label corrected" in response.text
    with sqlite_runtime.sessions() as session:
        assert session.get_one(Case, case_id).urgency == "critical"
        assert session.query(LabelCorrection).count() == 1


def test_a_mismatched_value_is_shown_beside_the_form(client: TestClient, sqlite_runtime: Runtime) -> None:
    case_id, item_id = _ids(sqlite_runtime)
    response = client.post(f"/cases/{case_id}/items/{item_id}/labels", data={"field": "urgency", "value": "positive"},
                           headers=HX)
    assert response.status_code == 422
    assert "is not one of the urgency labels" in response.text
    with sqlite_runtime.sessions() as session:
        assert session.query(LabelCorrection).count() == 0
