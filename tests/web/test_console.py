"""The console over HTTP (Starlette TestClient on create_app): login, inbox, case page and its forms."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient

from consuldesk.app import create_app
from consuldesk.audit.service import list_events
from consuldesk.auth.service import get_user_by_username
from consuldesk.bootstrap import Runtime
from consuldesk.inbox.queries import get_case_detail, list_cases
from consuldesk.inbox.schemas import CaseDetail, CaseFilters, CaseRow
from factories import PASSWORD, ingest, make_mission, make_user

DISTRESS = "Help! We are trapped on the roof by the flood water, my daughter is injured, please send rescue"
RECORDS = [
    {"id": "t1", "platform": "x", "author": "Tom Baker", "author_handle": "tbaker", "text": DISTRESS},
    {
        "id": "t2",
        "platform": "facebook",
        "author": "Ana Silva",
        "author_handle": "anasilva",
        "text": "Good morning, what are the opening hours of the consulate for passport renewals?",
    },
    {
        "id": "t3",
        "platform": "x",
        "author": "Ben Ode",
        "author_handle": "benode",
        "text": "Thank you to the consulate team for the quick help with my visa appointment!",
    },
]
HX = {"HX-Request": "true"}


@pytest.fixture
def desk(sqlite_runtime: Runtime) -> Runtime:
    """Two missions; two Lisbon officers, a Lisbon supervisor, a Porto officer; three items ingested."""
    make_mission(sqlite_runtime, "lisbon", "Consulate General in Lisbon")
    make_mission(sqlite_runtime, "porto", "Consulate in Porto")
    make_user(sqlite_runtime, "officer", missions=("lisbon",))
    make_user(sqlite_runtime, "colleague", missions=("lisbon",))
    make_user(sqlite_runtime, "chief", roles=("supervisor",), missions=("lisbon",))
    make_user(sqlite_runtime, "porto_officer", missions=("porto",))
    ingest(sqlite_runtime, RECORDS, mission="lisbon")
    return sqlite_runtime


@pytest.fixture
def client(desk: Runtime) -> Iterator[TestClient]:
    with TestClient(create_app(desk)) as test_client:
        yield test_client


def login(client: TestClient, username: str = "officer") -> None:
    response = client.post("/login", data={"username": username, "password": PASSWORD}, follow_redirects=False)
    assert response.status_code == 303, response.text


def cases(runtime: Runtime, username: str = "officer") -> list[CaseRow]:
    with runtime.sessions() as session:
        user = get_user_by_username(session, username)
        assert user is not None
        return list_cases(session, user, CaseFilters(), now=runtime.clock.now()).items


def detail(runtime: Runtime, case_id: int, username: str = "officer") -> CaseDetail:
    with runtime.sessions() as session:
        user = get_user_by_username(session, username)
        assert user is not None
        return get_case_detail(session, user, case_id, now=runtime.clock.now())


def distress_case(runtime: Runtime) -> CaseRow:
    return next(row for row in cases(runtime) if "trapped on the roof" in row.title)


def row_titles(html: str) -> list[str]:
    return re.findall(r'class="row-link" href="/cases/\d+"[^>]*>([^<]*)</a>', html)


def audit_actions(runtime: Runtime, case_id: int) -> list[str]:
    with runtime.sessions() as session:
        return [e.action for e in list_events(session, target_type="case", target_id=case_id)]


# --- login ---------------------------------------------------------------------------------------


def test_console_pages_redirect_to_login_when_logged_out(client: TestClient) -> None:
    inbox = client.get("/", follow_redirects=False)
    assert inbox.status_code == 303
    assert inbox.headers["location"] == "/login"

    case_page = client.get("/cases/1", follow_redirects=False)
    assert case_page.status_code == 303
    assert case_page.headers["location"] == "/login?next=%2Fcases%2F1"

    # HTMX requests (the 5-second poll) make the whole page go to the login form.
    poll = client.get("/inbox/poll?since=0", headers={**HX, "HX-Current-URL": "http://testserver/?q=x"})
    assert poll.headers["HX-Redirect"] == "/login?next=%2F%3Fq%3Dx"

    login_page = client.get("/login")
    assert login_page.status_code == 200
    assert '<label for="username">' in login_page.text


def test_wrong_password_rerenders_the_form_with_a_message(client: TestClient) -> None:
    response = client.post("/login", data={"username": "officer", "password": "not the password"})
    assert response.status_code == 401
    assert 'role="alert"' in response.text
    assert "Wrong username or password" in response.text
    assert 'value="officer"' in response.text  # the username is kept
    assert "consuldesk_session" not in response.headers.get("set-cookie", "")


def test_login_sets_a_strict_httponly_cookie_and_logout_ends_the_session(client: TestClient) -> None:
    response = client.post(
        "/login", data={"username": "officer", "password": PASSWORD, "next": "/?q=flood"}, follow_redirects=False
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/?q=flood"
    cookie = response.headers["set-cookie"]
    assert cookie.startswith("consuldesk_session=")
    assert "HttpOnly" in cookie
    assert "SameSite=strict" in cookie
    assert "Max-Age=43200" in cookie  # settings.session_hours = 12
    assert "Secure" not in cookie
    assert client.get("/", follow_redirects=False).status_code == 200

    logout = client.post("/logout", follow_redirects=False)
    assert logout.status_code == 303
    assert logout.headers["location"] == "/login"
    assert client.get("/", follow_redirects=False).status_code == 303


def test_cookie_is_secure_when_configured_and_next_cannot_leave_the_site(desk: Runtime) -> None:
    desk.settings = desk.settings.model_copy(update={"cookie_secure": True, "session_hours": 2})
    with TestClient(create_app(desk)) as client:
        response = client.post(
            "/login",
            data={"username": "officer", "password": PASSWORD, "next": "//evil.example/"},
            follow_redirects=False,
        )
    assert "Secure" in response.headers["set-cookie"]
    assert "Max-Age=7200" in response.headers["set-cookie"]
    assert response.headers["location"] == "/"


# --- inbox ---------------------------------------------------------------------------------------


def test_inbox_lists_the_critical_distress_call_first(client: TestClient) -> None:
    login(client)
    response = client.get("/")
    assert response.status_code == 200
    titles = row_titles(response.text)
    assert len(titles) == 3
    assert "trapped on the roof" in titles[0]
    first_row = response.text.split("data-case-row")[1]
    assert 'class="badge badge-critical"' in first_row
    assert "Critical</span>" in first_row  # urgency in words, not colour alone
    assert "SLA" in first_row or "due" in first_row


def test_breached_sla_is_flagged_in_words(desk: Runtime, client: TestClient) -> None:
    from datetime import timedelta

    from consuldesk.core.clock import FrozenClock

    assert isinstance(desk.clock, FrozenClock)
    desk.clock.advance(timedelta(days=3))
    login(client)
    first_row = client.get("/").text.split("data-case-row")[1]
    assert "SLA breached" in first_row


def test_filters_narrow_the_list(client: TestClient) -> None:
    login(client)
    critical = row_titles(client.get("/?urgency=critical").text)
    assert len(critical) == 1
    assert "trapped on the roof" in critical[0]

    on_facebook = row_titles(client.get("/?platform=facebook").text)
    assert len(on_facebook) == 1
    assert "opening hours" in on_facebook[0]

    assert len(row_titles(client.get("/?q=visa+appointment").text)) == 1
    assert row_titles(client.get("/?assignee=me").text) == []
    assert len(row_titles(client.get("/?assignee=none").text)) == 3

    bad = client.get("/?urgency=apocalyptic")
    assert bad.status_code == 200
    assert "is not valid and was ignored" in bad.text
    assert len(row_titles(bad.text)) == 3


def test_poll_reports_new_cases_matching_the_filters(desk: Runtime, client: TestClient) -> None:
    login(client)
    page = client.get("/?platform=x").text
    poll_url = re.search(r'hx-get="(/inbox/poll\?[^"]+)"', page)
    assert poll_url is not None
    url = poll_url.group(1).replace("&amp;", "&")
    assert "platform=x" in url
    assert client.get(url, headers=HX).status_code == 204  # nothing new

    ingest(
        desk,
        [{"id": "t9", "platform": "facebook", "text": "When is the consulate open on Saturday?"}],
        mission="lisbon",
    )
    assert client.get(url, headers=HX).status_code == 204  # new, but not on X

    ingest(desk, [{"id": "t10", "platform": "x", "text": "Is the consulate open on Monday?"}], mission="lisbon")
    banner = client.get(url, headers=HX)
    assert banner.status_code == 200
    assert "1 new case" in banner.text
    key = re.search(r'data-banner-key="([^"]+)"', banner.text)
    assert key is not None
    # The same banner again is not re-sent (screen readers would announce it every 5 s).
    assert client.get(f"{url}&shown={key.group(1)}", headers=HX).status_code == 204

    refreshed = client.get("/inbox/results?platform=x", headers=HX)
    assert refreshed.status_code == 200
    assert any("Monday" in title for title in row_titles(refreshed.text))


# --- case page -----------------------------------------------------------------------------------


def test_case_page_shows_the_conversation(desk: Runtime, client: TestClient) -> None:
    login(client)
    case = distress_case(desk)
    response = client.get(f"/cases/{case.id}")
    assert response.status_code == 200
    html = response.text
    assert "trapped on the roof by the flood water" in html
    assert "Tom Baker" in html
    assert "@tbaker" in html
    assert "Post on X" in html
    assert "Intent" in html and "Urgency" in html
    for label in ("Assign to me", "Add a note", "Write a reply", "Mark open"):
        assert label in html
    assert '<option value="colleague"' not in html  # officers only assign themselves


def test_assign_note_state_and_draft_work_and_are_audited(desk: Runtime, client: TestClient) -> None:
    login(client)
    case_id = distress_case(desk).id

    assigned = client.post(f"/cases/{case_id}/assign", data={"assignee": "officer"}, headers=HX)
    assert assigned.status_code == 200
    assert 'id="case-assignee">officer<' in assigned.text
    assert "Assignment updated." in assigned.text

    noted = client.post(f"/cases/{case_id}/notes", data={"body": "Called the fire brigade <b>now</b>"}, headers=HX)
    assert noted.status_code == 200
    assert "Called the fire brigade &lt;b&gt;now&lt;/b&gt;" in noted.text  # autoescaped

    waiting = client.post(f"/cases/{case_id}/state", data={"state": "waiting"}, headers=HX)
    assert waiting.status_code == 200
    assert "Waiting for reply" in waiting.text

    drafted = client.post(
        f"/cases/{case_id}/drafts",
        data={"body": "Stay where you are, help is coming.", "visibility": "private", "language": "en"},
        headers=HX,
    )
    assert drafted.status_code == 200
    assert "Stay where you are, help is coming." in drafted.text

    # Without HTMX the same form posts redirect back to the case (post/redirect/get).
    plain = client.post(f"/cases/{case_id}/notes", data={"body": "Second note"}, follow_redirects=False)
    assert plain.status_code == 303
    assert plain.headers["location"] == f"/cases/{case_id}?done=note"
    assert "Note added." in client.get(plain.headers["location"]).text

    after = detail(desk, case_id)
    assert after.case.assignee == "officer"
    assert after.case.state == "waiting"
    assert [n.body for n in after.notes] == ["Called the fire brigade <b>now</b>", "Second note"]
    assert after.drafts[0].visibility == "private"
    actions = audit_actions(desk, case_id)
    for action in ("case.assigned", "case.note_added", "case.state_changed", "case.reply_drafted"):
        assert action in actions


def test_supervisor_assigns_a_colleague_but_an_officer_may_not(desk: Runtime, client: TestClient) -> None:
    case_id = distress_case(desk).id
    login(client, "officer")
    refused = client.post(f"/cases/{case_id}/assign", data={"assignee": "colleague"}, headers=HX)
    assert refused.status_code == 403
    assert 'role="alert"' in refused.text
    assert "only a supervisor may assign" in refused.text.lower()
    assert detail(desk, case_id).case.assignee is None

    login(client, "chief")
    page = client.get(f"/cases/{case_id}").text
    assert '<option value="colleague"' in page
    assert '<option value="porto_officer"' not in page
    assert client.post(f"/cases/{case_id}/assign", data={"assignee": "colleague"}, headers=HX).status_code == 200
    assert detail(desk, case_id).case.assignee == "colleague"


def test_officer_of_another_mission_gets_404(desk: Runtime, client: TestClient) -> None:
    case_id = distress_case(desk).id
    login(client, "porto_officer")
    page = client.get(f"/cases/{case_id}")
    assert page.status_code == 404
    assert "trapped" not in page.text
    assert row_titles(client.get("/").text) == []

    note = client.post(f"/cases/{case_id}/notes", data={"body": "peek"}, headers=HX)
    assert note.status_code == 404
    assert "trapped" not in note.text
    assert detail(desk, case_id).notes == []


def test_invalid_transition_shows_the_error_inline(desk: Runtime, client: TestClient) -> None:
    login(client)
    case_id = distress_case(desk).id
    response = client.post(f"/cases/{case_id}/state", data={"state": "new"}, headers=HX)
    assert response.status_code == 422
    assert '<div class="alert alert-error" role="alert" id="state-error">' in response.text
    assert "cannot become new" in response.text
    assert 'id="case-body"' in response.text  # the case is still shown around the error

    plain = client.post(f"/cases/{case_id}/state", data={"state": "nonsense"})
    assert plain.status_code == 422
    assert "is not a case state" in plain.text
    assert "<html" in plain.text  # the full page, with the error beside the form


def test_empty_note_and_empty_draft_are_refused_inline(desk: Runtime, client: TestClient) -> None:
    login(client)
    case_id = distress_case(desk).id
    note = client.post(f"/cases/{case_id}/notes", data={"body": "   "}, headers=HX)
    assert note.status_code == 422
    assert 'aria-invalid="true" aria-describedby="note-error"' in note.text
    draft = client.post(f"/cases/{case_id}/drafts", data={"body": " ", "visibility": "public"}, headers=HX)
    assert draft.status_code == 422
    assert "write the reply" in draft.text.lower()
    assert detail(desk, case_id).drafts == []


def test_cross_site_posts_are_refused(desk: Runtime, client: TestClient) -> None:
    login(client)
    case_id = distress_case(desk).id
    forged = client.post(f"/cases/{case_id}/notes", data={"body": "forged"}, headers={"Origin": "https://evil.example"})
    assert forged.status_code == 403
    no_origin_cross_site = client.post(
        f"/cases/{case_id}/notes", data={"body": "forged"}, headers={"Sec-Fetch-Site": "cross-site"}
    )
    assert no_origin_cross_site.status_code == 403
    assert detail(desk, case_id).notes == []

    same_site = client.post(
        f"/cases/{case_id}/notes", data={"body": "fine"}, headers={**HX, "Origin": "http://testserver"}
    )
    assert same_site.status_code == 200


def test_pages_carry_security_headers_and_the_api_is_untouched(client: TestClient) -> None:
    login(client)
    page = client.get("/")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["cache-control"] == "no-store"
    assert page.headers["x-frame-options"] == "DENY"
    assert "content-security-policy" not in client.get("/api/v1/health").headers
    assert client.get("/static/console.css").status_code == 200
    missing = client.get("/no-such-page")
    assert missing.status_code == 404
    assert "text/html" in missing.headers["content-type"]


def test_htmx_requests_get_errors_as_a_message_for_the_alert_region(desk: Runtime, client: TestClient) -> None:
    login(client)
    case_id = distress_case(desk).id
    too_long = client.post(f"/cases/{case_id}/notes", data={"body": "x" * 20_001}, headers=HX)
    assert too_long.status_code == 422
    assert too_long.headers["HX-Retarget"] == "#global-alert"
    assert "<html" not in too_long.text
    forged = client.post(f"/cases/{case_id}/notes", data={"body": "x"}, headers={**HX, "Origin": "http://evil"})
    assert forged.status_code == 403
    assert forged.headers["HX-Retarget"] == "#global-alert"
    assert "another site" in forged.text
