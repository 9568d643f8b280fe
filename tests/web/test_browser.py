"""The console in a real browser: Debian's Chromium driven by Playwright over a live uvicorn server.

Never downloads a browser. Without chromium or the playwright package the tests skip locally and fail
under CI (require_service). Playwright's locators wait on their own: there are no sleeps here.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from conftest import require_service
from consuldesk.app import create_app
from consuldesk.audit.service import list_events
from consuldesk.auth.service import get_user_by_username
from consuldesk.bootstrap import Runtime
from consuldesk.inbox.queries import get_case_detail
from factories import PASSWORD, ingest, make_mission, make_user

pytestmark = pytest.mark.browser

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DISTRESS = "Help! We are trapped on the roof by the flood water, my daughter is injured, please send rescue"


def _chromium() -> str:
    path = shutil.which("chromium") or ("/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)
    if path is None:
        require_service("Debian's chromium is not installed (apt-get install chromium)")
    assert path is not None
    return path


@pytest.fixture
def browser_page() -> Iterator[Any]:
    """A fresh page in headless Chromium; console errors (CSP violations, JS errors) fail the test."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        require_service("the playwright Python package is not installed")
    executable = _chromium()
    errors: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        context.set_default_timeout(10_000)
        page = context.new_page()
        page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        yield page
        context.close()
        browser.close()
    assert errors == []


@pytest.fixture
def live_desk(sqlite_runtime: Runtime) -> Iterator[tuple[str, Runtime]]:
    """uvicorn in a background thread over create_app(runtime) on a SQLite file; yields its base URL."""
    import uvicorn

    make_mission(sqlite_runtime, "lisbon", "Consulate General in Lisbon")
    make_user(sqlite_runtime, "officer", missions=("lisbon",))
    ingest(
        sqlite_runtime,
        [
            {"id": "t1", "platform": "x", "author": "Tom Baker", "text": DISTRESS},
            {
                "id": "t2",
                "platform": "facebook",
                "author": "Ana Silva",
                "text": "What are the opening hours of the consulate for passport renewals?",
            },
            {"id": "t3", "platform": "x", "author": "Ben Ode", "text": "Thanks to the consulate team for the help!"},
        ],
        mission="lisbon",
    )

    # Binding the socket here (port 0) leaves no window for another process to take the port.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(sqlite_runtime), log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:  # wait for start-up (a condition, not a timing guess)
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}", sqlite_runtime
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def _login(page: Any, base: str, path: str = "/") -> None:
    from playwright.sync_api import expect

    page.goto(base + path)
    expect(page).to_have_url(re.compile(r"/login"))
    page.get_by_label("Username").fill("officer")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Inbox")).to_be_visible()


def test_officer_takes_the_critical_case_and_adds_a_note(browser_page: Any, live_desk: tuple[str, Runtime]) -> None:
    from playwright.sync_api import expect

    base, runtime = live_desk
    page = browser_page
    _login(page, base)

    first_row = page.locator("[data-case-row]").first
    expect(first_row).to_contain_text("trapped on the roof")
    expect(first_row.locator(".badge")).to_have_text(re.compile("Critical"))

    # Keyboard: j selects the first row, Enter opens it.
    page.keyboard.press("j")
    expect(first_row.get_by_role("link")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/cases/\d+$"))
    case_id = int(page.url.rsplit("/", 1)[1])
    expect(page.get_by_role("heading", level=1)).to_contain_text("trapped on the roof")
    expect(page.get_by_role("region", name=re.compile("Conversation"))).to_contain_text("Tom Baker")

    # The forms post through HTMX: the page is updated in place, never reloaded.
    page.evaluate("window.__sameDocument = true")
    page.get_by_role("button", name="Assign to me").click()
    expect(page.locator("#case-assignee")).to_have_text("officer")
    expect(page.locator("#case-status")).to_have_text("Assignment updated.")

    page.get_by_label("Add a note").fill("Called the fire brigade; rescue boat on its way.")
    page.get_by_role("button", name="Add note").click()
    expect(page.locator("#notes-list")).to_contain_text("Called the fire brigade; rescue boat on its way.")
    expect(page.locator("#case-status")).to_have_text("Note added.")
    expect(page.get_by_label("Add a note")).to_have_value("")
    assert page.evaluate("window.__sameDocument") is True

    # An illegal state change is impossible from the buttons; a refused one shows inline instead.
    expect(page.get_by_role("button", name="Mark open")).to_have_count(0)  # assigning opened it
    page.get_by_role("button", name="Mark waiting for reply").click()
    expect(page.locator(".case-head")).to_contain_text("Waiting for reply")

    with runtime.sessions() as session:
        user = get_user_by_username(session, "officer")
        assert user is not None
        case = get_case_detail(session, user, case_id, now=runtime.clock.now())
        actions = [e.action for e in list_events(session, target_type="case", target_id=case_id)]
    assert case.case.assignee == "officer"
    assert case.case.state == "waiting"
    assert [n.body for n in case.notes] == ["Called the fire brigade; rescue boat on its way."]
    assert {"case.assigned", "case.note_added", "case.state_changed"} <= set(actions)


def test_new_cases_are_announced_while_filters_are_applied(browser_page: Any, live_desk: tuple[str, Runtime]) -> None:
    from playwright.sync_api import expect

    base, runtime = live_desk
    page = browser_page
    _login(page, base, "/?platform=x")
    expect(page.get_by_label("Platform")).to_have_value("x")
    expect(page.locator("[data-case-row]")).to_have_count(2)

    page.keyboard.press("/")
    expect(page.get_by_label("Search")).to_be_focused()
    page.keyboard.press("Escape")

    ingest(
        runtime,
        [
            {"id": "t4", "platform": "facebook", "text": "Is the consulate open on Saturday?"},
            {"id": "t5", "platform": "x", "text": "Is the consulate open on Monday morning?"},
        ],
        mission="lisbon",
    )
    banner = page.get_by_role("status").filter(has_text="new case")
    expect(banner).to_contain_text("1 new case", timeout=15_000)  # the poll runs every 5 s
    page.get_by_role("button", name="Show new cases").click()
    expect(page.locator("[data-case-row]")).to_have_count(3)
    expect(page.locator("#case-table")).to_contain_text("Monday morning")
    expect(page.locator("#case-table")).not_to_contain_text("Saturday")
