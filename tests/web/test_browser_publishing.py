"""The whole publishing loop in a real browser, sent by a real worker process to fake X and Mastodon.

An officer composes an advisory for two channels in Chromium; an approver signs in and approves it.
`consuldesk worker` runs as its own OS process against the test's SQLite file. The fake X holds the
first post it receives (stored, not yet answered) and the worker is SIGKILLed at that moment, the
worst case for exactly-once: a fresh worker must find the post on X's timeline (X has no idempotency
key) instead of posting it again, and Mastodon gets its post once, carrying the Idempotency-Key with
which Mastodon answers a retry. Waits are conditions with generous deadlines, never fixed sleeps.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from consuldesk.app import create_app
from consuldesk.auth.service import get_user_by_username
from consuldesk.bootstrap import Runtime
from consuldesk.channels.service import check_connect_channel
from consuldesk.connectors.fakes.mastodon import FakeMastodon
from consuldesk.connectors.fakes.server import FakeServer
from consuldesk.connectors.fakes.x import FakeX
from consuldesk.core.clock import SystemClock
from factories import PASSWORD, make_mission, make_user
from web.test_browser import browser_page  # noqa: F401 - the shared Chromium fixture

pytestmark = pytest.mark.browser

TITLE = "Flooding: avoid the riverside district"
BODY = "The riverside district is flooded. Use the northern bridge and follow the civil protection advice."
SLOW = 60_000  # ms: this machine is slow, and a worker process takes seconds to start


@dataclass
class LiveDesk:
    base: str
    runtime: Runtime
    x: FakeX
    mastodon: FakeMastodon
    tmp: Path


@pytest.fixture
def live_publishing(sqlite_runtime: Runtime, tmp_path: Path) -> Iterator[LiveDesk]:
    """Fake X and Mastodon servers, channels connected to them, and the console on a free port."""
    import uvicorn

    runtime = sqlite_runtime
    runtime.clock = SystemClock()  # the worker process runs on the real clock: so does the console
    mission_id = make_mission(runtime, "lisbon", "Consulate General in Lisbon")
    make_user(runtime, "officer", ["officer"])
    make_user(runtime, "approver", ["approver"])
    make_user(runtime, "admin", ["admin"])
    x, mastodon = FakeX(), FakeMastodon()
    with FakeServer(x.app) as x_server, FakeServer(mastodon.app) as mastodon_server:
        with runtime.sessions() as session:
            admin = get_user_by_username(session, "admin")
            assert admin is not None
            for platform, handle, options in (
                ("x", "@norvalia_lisbon", {"base_url": x_server.url, "access_token": x.token,
                                           "consumer_secret": x.consumer_secret, "user_id": x.user_id}),
                ("mastodon", "@norvalia@social.example", {"base_url": mastodon_server.url,
                                                          "access_token": mastodon.token,
                                                          "account_id": mastodon.account["id"]}),
            ):
                check_connect_channel(session, runtime.clock, runtime.credentials, admin, mission_id=mission_id,
                                      platform=platform, handle=handle, name=handle, options=options)
            session.commit()

        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(create_app(runtime), log_level="warning", lifespan="on"))
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        deadline = time.monotonic() + 30
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                pytest.fail("uvicorn did not start")
            time.sleep(0.02)
        try:
            yield LiveDesk(f"http://127.0.0.1:{port}", runtime, x, mastodon, tmp_path)
        finally:
            x.release()  # never leave a held request behind
            server.should_exit = True
            thread.join(timeout=10)
            sock.close()


class Workers:
    """`consuldesk worker` processes on the test's database and key file, killed by their own pid."""

    def __init__(self, desk: LiveDesk) -> None:
        settings = desk.runtime.settings
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("CONSULDESK_")}
        self.env.update({
            "CONSULDESK_DATABASE_URL": settings.database_url,
            "CONSULDESK_SECRET_KEY_FILE": str(settings.secret_key_file),
            "CONSULDESK_SEND_LEASE_SECONDS": "1",
            "CONSULDESK_WORKER_POLL_SECONDS": "0.2",
            "CONSULDESK_CLASSIFIER": "lexicon",
        })
        self.tmp = desk.tmp
        self.running: list[subprocess.Popen[bytes]] = []

    def start(self) -> subprocess.Popen[bytes]:
        log = open(self.tmp / f"worker-{len(self.running) + 1}.log", "wb")  # noqa: SIM115 - closed with the process
        process = subprocess.Popen([sys.executable, "-m", "consuldesk", "worker"], env=self.env, stdout=log,
                                   stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        log.close()  # the child has its own descriptor
        self.running.append(process)
        return process

    def logs(self) -> str:
        return "\n".join(path.read_text(errors="replace") for path in sorted(self.tmp.glob("worker-*.log")))

    def stop_all(self) -> None:
        for process in self.running:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(timeout=15)


@pytest.fixture
def workers(live_publishing: LiveDesk) -> Iterator[Workers]:
    pool = Workers(live_publishing)
    try:
        yield pool
    finally:
        pool.stop_all()


def _sign_in(page: Any, base: str, username: str, path: str) -> None:
    from playwright.sync_api import expect

    page.goto(base + path)
    expect(page).to_have_url(re.compile(r"/login"))
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(re.escape(path) + "$"))


def _wait_for_post(event: threading.Event, worker: subprocess.Popen[bytes], workers: Workers) -> None:
    """Until the fake received the post; fails at once (with the worker's log) if the worker died."""
    deadline = time.monotonic() + 120
    while not event.wait(0.5):
        if worker.poll() is not None:
            pytest.fail(f"the worker exited with {worker.returncode} before posting\n{workers.logs()}")
        if time.monotonic() > deadline:
            pytest.fail(f"X received nothing in 120 s\n{workers.logs()}")


def _quiet(page: Any) -> None:
    """Stop the page's polling and leave it, so no request is cut off when the servers stop."""
    page.evaluate("document.querySelectorAll('[hx-trigger^=every]').forEach(function (e) { e.remove(); })")
    page.wait_for_load_state("networkidle")
    page.goto("about:blank")


def _advisory_posts(posts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [p for p in posts if TITLE in p["text"]]


def test_officer_composes_approver_approves_and_a_killed_worker_never_double_posts(
    browser_page: Any,  # noqa: F811 - the imported fixture
    live_publishing: LiveDesk,
    workers: Workers,
) -> None:
    from playwright.sync_api import expect

    desk, page = live_publishing, browser_page
    page.set_default_timeout(SLOW)
    try:
        first = workers.start()  # starting a Python process is slow here: let it boot while we compose

        # The officer composes for two channels; the live preview counts each platform's characters.
        _sign_in(page, desk.base, "officer", "/publishing/new")
        page.get_by_role("checkbox", name=re.compile(r"^X\b")).check()
        page.get_by_role("checkbox", name=re.compile(r"^Mastodon\b")).check()
        page.get_by_label("Title", exact=True).fill(TITLE)
        page.get_by_label("Text", exact=True).fill(BODY)
        page.get_by_label("Links").fill("https://lisbon.norvalia.example/floods")
        page.get_by_label("Hashtags").fill("Lisbon Floods")
        preview = page.locator("#preview")
        expect(preview.locator(".preview-channel")).to_have_count(2)
        expect(preview.locator("[data-platform=x] .counter")).to_contain_text(re.compile(r"\d+ / 280"))
        expect(preview.locator("[data-platform=mastodon] .counter")).to_contain_text(re.compile(r"\d+ / 500"))
        expect(preview).to_contain_text("#Floods")
        page.get_by_role("button", name="Save draft").click()
        expect(page).to_have_url(re.compile(r"/publishing/\d+\?done=created$"))
        post_url = page.url.split("?")[0]
        expect(page.locator("#post-state")).to_have_text("Draft")
        page.get_by_role("button", name="Submit for approval").click()
        expect(page.locator("#post-state")).to_have_text("Awaiting approval")
        expect(page.get_by_role("button", name="Approve", exact=True)).to_have_count(0)  # never your own post

        # A second person approves it from the approval queue.
        page.get_by_role("button", name="Sign out").click()
        _sign_in(page, desk.base, "approver", "/publishing")
        queue = page.get_by_role("region", name=re.compile("Approval queue"))
        expect(queue).to_contain_text("Waiting for tier 1 of 1")
        queue.get_by_role("link", name=TITLE).click()
        expect(page).to_have_url(post_url)
        desk.x.hold_next_post()  # X stores the next post and keeps the worker waiting for the answer
        page.get_by_label("Comment (optional)", exact=True).fill("Checked with civil protection")
        page.get_by_role("button", name="Approve", exact=True).click()
        expect(page.locator("#post-state")).to_have_text(re.compile("Scheduled|Sent"))

        # The worker dies while X holds its request: the post exists on X, the desk never heard back.
        _wait_for_post(desk.x.post_received, first, workers)
        os.kill(first.pid, signal.SIGKILL)
        first.wait(timeout=30)
        second = workers.start()
        desk.x.release()

        # The page polls while the post is being sent; it turns to Sent once the new worker reconciled.
        expect(page.locator("#post-state")).to_have_text("Sent", timeout=180_000)
        deliveries = page.get_by_role("region", name="Deliveries")
        expect(deliveries.locator(".delivery")).to_have_count(2)
        assert second.poll() is None, workers.logs()

        x_posts, mastodon_posts = _advisory_posts(desk.x.posts), _advisory_posts(desk.mastodon.posts)
        assert len(x_posts) == 1, (x_posts, workers.logs())
        assert len(mastodon_posts) == 1, (mastodon_posts, workers.logs())
        assert mastodon_posts[0]["idempotency_key"]  # a retry would have been answered with this status
        assert len(desk.x.seen("POST", "/2/tweets")) == 1  # the fresh worker read the timeline, never re-posted
        expect(deliveries).to_contain_text(x_posts[0]["id"])  # reconciled: X's own id, not a second post
        expect(deliveries).to_contain_text(mastodon_posts[0]["id"])
        audit = page.get_by_role("region", name="Audit trail")
        expect(audit).to_contain_text("approver approved a tier")
    finally:
        _quiet(page)
