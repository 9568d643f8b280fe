"""The publishing console over HTTP (TestClient): compose with live preview, the two-person rule,
sending with an injected connector, the emergency pause, break glass and the channel-health panel."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import timedelta

import pytest
from starlette.testclient import TestClient

from consuldesk.app import create_app
from consuldesk.auth.service import get_user_by_username
from consuldesk.bootstrap import Runtime
from consuldesk.channels.service import check_connect_channel
from consuldesk.connectors.fake_publisher import FakePublisher, ReconcilingFakePublisher
from consuldesk.core.clock import FrozenClock
from consuldesk.inbox.models import Channel
from consuldesk.publishing.actions import check_create_publication
from consuldesk.publishing.queries import get_variant_out
from consuldesk.publishing.render import DEFAULT_LIMITS, advisory_from_dict, render
from consuldesk.publishing.schemas import PublicationIn, VariantIn, VariantOut
from consuldesk.publishing.send import send_due
from factories import PASSWORD, make_channel, make_user
from publishing_desk import Desk, approve_now, compose, make_desk, use_fake_publishers

HX = {"HX-Request": "true"}
LINK = "https://lisbon.norvalia.example/advice"


@pytest.fixture
def desk(sqlite_runtime: Runtime) -> Desk:
    """make_desk's mission, people and X + Mastodon channels, plus a Telegram channel."""
    desk = make_desk(sqlite_runtime)
    make_channel(sqlite_runtime, desk.mission_id, "telegram", "@norvalia_tg")
    return desk


@pytest.fixture
def fakes(desk: Desk) -> dict[str, ReconcilingFakePublisher]:
    return use_fake_publishers(desk)


@pytest.fixture
def client(desk: Desk) -> Iterator[TestClient]:
    with TestClient(create_app(desk.runtime)) as test_client:
        yield test_client


def login(client: TestClient, username: str) -> None:
    client.post("/logout")
    response = client.post("/login", data={"username": username, "password": PASSWORD}, follow_redirects=False)
    assert response.status_code == 303, response.text


def text_of(page: str) -> str:
    """The page as a reader sees it: tags dropped, entities decoded, whitespace collapsed."""
    page = re.sub(r"<script.*?</script>", " ", page, flags=re.S)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page)))


def telegram_id(desk: Desk) -> int:
    with desk.runtime.sessions() as session:
        channel = session.query(Channel).filter_by(platform="telegram").one()
        return channel.id


def post(desk: Desk, variant_id: int, username: str = "author") -> VariantOut:
    with desk.runtime.sessions() as session:
        user = get_user_by_username(session, username)
        assert user is not None
        return get_variant_out(session, desk.runtime.settings, user, variant_id)


def form(desk: Desk, *channels: int, **fields: str) -> dict[str, object]:
    return {
        "mission": str(desk.mission_id), "channel": [str(c) for c in channels], "language": "en",
        "title": "Border crossing closed", "body": "Use the northern crossing.", "urls": LINK,
        "hashtags": "#TravelAdvice", "level": "3", "country": "Portugal", **fields,
    }


# --- pages and login ------------------------------------------------------------------------------


def test_publishing_pages_need_a_login(client: TestClient) -> None:
    for path in ("/publishing", "/publishing/new", "/publishing/calendar", "/publishing/1", "/channels"):
        response = client.get(path, follow_redirects=False)
        assert response.status_code == 303, path
        assert response.headers["location"].startswith("/login")


def test_nav_links_and_empty_lists(client: TestClient) -> None:
    login(client, "author")
    page = client.get("/publishing").text
    assert 'href="/publishing" aria-current="page"' in page
    assert 'href="/channels"' in page and 'href="/publishing/calendar"' in page
    assert "Nothing is waiting for approval." in page
    assert "Pause all sending" not in page  # officers cannot pause


# --- compose, preview, approve, send --------------------------------------------------------------


def test_preview_counts_per_platform_and_shows_the_renderers_error(client: TestClient, desk: Desk) -> None:
    login(client, "author")
    compose_page = client.get("/publishing/new").text
    assert 'hx-post="/publishing/preview"' in compose_page
    assert 'hx-trigger="load, input changed delay:300ms, change delay:300ms"' in compose_page
    assert '<label for="title">Title</label>' in compose_page
    assert "@norvalia_lisbon" in compose_page and "@norvalia_tg" in compose_page

    telegram = telegram_id(desk)
    preview = client.post("/publishing/preview", data=form(desk, desk.x, desk.mastodon), headers=HX)
    assert preview.status_code == 200
    expected = render(advisory_from_dict({"title": "Border crossing closed", "body": "Use the northern crossing.",
                                          "urls": [LINK], "hashtags": ["TravelAdvice"], "level": 3,
                                          "country": "Portugal"}), "x").parts[0].text
    x_length = DEFAULT_LIMITS["x"].measure(expected)  # type: ignore[index]
    shown = text_of(preview.text)
    assert f"{x_length} / 280" in shown
    assert re.search(r"\b\d+ / 500\b", shown)  # Mastodon's instance limit
    assert expected.splitlines()[0] in shown

    long_body = "Use the northern crossing, not the coastal road. " * 100
    preview = client.post("/publishing/preview", data=form(desk, desk.x, telegram, body=long_body), headers=HX)
    shown = text_of(preview.text)
    assert "Cannot be sent: The text is too long for telegram" in shown
    parts = re.findall(r"(\d+) / 280 · part \d+ of (\d+)", shown)  # X threads it instead
    assert len(parts) > 1 and all(int(n) <= 280 for n, _ in parts)

    hint = client.post("/publishing/preview", data=form(desk, desk.x, title=""), headers=HX)
    assert "Write a title to see the preview." in hint.text
    bad = client.post("/publishing/preview", data=form(desk, desk.x, urls="not-a-url"), headers=HX)
    assert "Not an http(s) URL" in text_of(bad.text)


def test_saving_a_post_that_cannot_be_rendered_keeps_what_was_typed(client: TestClient, desk: Desk) -> None:
    login(client, "author")
    long_body = "Roads closed. " * 400
    response = client.post("/publishing/new", data=form(desk, desk.x, telegram_id(desk), body=long_body))
    assert response.status_code == 422
    assert 'role="alert"' in response.text and "too long for telegram" in response.text
    assert "Roads closed. Roads closed." in response.text
    missing = client.post("/publishing/new", data=form(desk, desk.x, mission=""))
    assert missing.status_code == 422 and "Choose the mission" in missing.text


def test_compose_submit_approve_send_and_watch_it_go_out(
    client: TestClient, desk: Desk, fakes: dict[str, ReconcilingFakePublisher]
) -> None:
    login(client, "author")
    saved = client.post("/publishing/new", data=form(desk, desk.x, desk.mastodon, language2="pt",
                                                     title2="Fronteira fechada", body2="Use a passagem norte."),
                        follow_redirects=False)
    assert saved.status_code == 303, saved.text
    variant_id = int(saved.headers["location"].split("/")[2].split("?")[0])
    page = client.get(saved.headers["location"]).text
    assert "Draft saved." in page and 'id="post-state">Draft<' in page
    assert "PT</abbr></a>" in page  # the Portuguese draft is linked
    assert "What each channel will receive" in page

    submitted = client.post(f"/publishing/{variant_id}/submit", data={"scheduled_at": ""}, headers=HX)
    assert submitted.status_code == 200
    assert 'id="post-state">Awaiting approval<' in submitted.text
    assert 'hx-swap-oob="innerHTML:#post-status">Submitted for approval.' in submitted.text

    # Two-person rule: the author's own approval is refused, and the reason is shown on the page.
    refused = client.post(f"/publishing/{variant_id}/approve", data={"comment": "looks fine"})
    assert refused.status_code == 403
    assert "Two-person rule: the author cannot approve their own post." in refused.text
    assert post(desk, variant_id).state == "submitted"

    login(client, "approver")
    queue = client.get("/publishing").text
    row = queue.split('id="queue"')[1].split("</section>")[0]
    assert "Border crossing closed" in row and "Waiting for tier 1 of 1" in row
    assert f'action="/publishing/{variant_id}/approve"' in row
    from_queue = client.post(f"/publishing/{variant_id}/approve", data={"comment": "ok", "from": "list"},
                             follow_redirects=False)
    assert from_queue.headers["location"] == "/publishing?done=approve"
    assert "Approved." in client.get("/publishing?done=approve").text
    approved = client.get(f"/publishing/{variant_id}")
    assert 'id="post-state">Scheduled<' in approved.text
    assert 'id="post-poller"' in approved.text  # the page watches the send

    signature = re.search(r"poll\?sig=(\w+)", approved.text)
    assert signature is not None
    assert client.get(f"/publishing/{variant_id}/poll?sig={signature[1]}", headers=HX).status_code == 204

    send_due(desk.runtime)
    assert [len(f.posts) for f in fakes.values()] == [1, 1]
    changed = client.get(f"/publishing/{variant_id}/poll?sig={signature[1]}", headers=HX)
    assert changed.status_code == 200 and 'id="post-state">Sent<' in changed.text
    assert 'id="post-poller"' not in changed.text
    page = client.get(f"/publishing/{variant_id}").text
    deliveries = text_of(page.split('id="deliveries"')[1].split("</section>")[0])
    assert "X @norvalia_lisbon Sent" in deliveries and "x-1" in deliveries and "mastodon-1" in deliveries
    audit = text_of(page.split('id="audit-heading"')[1].split("</section>")[0])
    assert "approver approved a tier" in audit and "Send worker sent it on every channel" in audit

    listing = client.get("/publishing").text
    assert "Border crossing closed" in listing.split('id="sent"')[1].split("</section>")[0]
    calendar = text_of(client.get("/publishing/calendar?week=2026-03-14").text)
    assert "Sat 14 Mar Today 12:00 Sent Border crossing closed" in calendar
    assert "Nothing." in text_of(client.get("/publishing/calendar?week=2026-03-21").text)
    assert "is not a date" in client.get("/publishing/calendar?week=soon").text


def test_reject_needs_a_reason_then_the_author_edits_and_withdraws(client: TestClient, desk: Desk) -> None:
    (variant_id,) = compose(desk)
    login(client, "author")
    client.post(f"/publishing/{variant_id}/submit", data={"scheduled_at": "2026-03-20T09:30"})
    assert post(desk, variant_id).scheduled_at is not None

    login(client, "approver")
    missing = client.post(f"/publishing/{variant_id}/reject", data={"comment": " "}, headers=HX)
    assert missing.status_code == 422 and "Say why the post is rejected" in missing.text
    assert 'aria-invalid="true" aria-describedby="reject-error"' in missing.text
    from_list = client.post(f"/publishing/{variant_id}/reject", data={"comment": "Wrong crossing", "from": "list"},
                            follow_redirects=False)
    assert from_list.headers["location"] == "/publishing?done=reject"
    drafts = client.get("/publishing?done=reject").text
    assert "Rejected and returned to the author." in drafts
    assert "Wrong crossing" in drafts.split('id="drafts"')[1].split("</section>")[0]

    login(client, "author")
    edited = client.post(f"/publishing/{variant_id}/edit", data={"title": "Southern crossing open", "body": "Go."},
                         headers=HX)
    assert edited.status_code == 200 and "Southern crossing open" in edited.text
    assert post(desk, variant_id).title == "Southern crossing open"
    empty = client.post(f"/publishing/{variant_id}/edit", data={"title": "", "body": "x"}, headers=HX)
    assert empty.status_code == 422 and "Title:" in empty.text
    client.post(f"/publishing/{variant_id}/submit", data={"scheduled_at": "soon"}, headers=HX)
    assert post(desk, variant_id).state == "draft"  # a bad time is refused before the service
    client.post(f"/publishing/{variant_id}/submit", data={}, headers=HX)
    withdrawn = client.post(f"/publishing/{variant_id}/withdraw", headers=HX)
    assert "Withdrawn: the post is a draft again." in withdrawn.text
    assert post(desk, variant_id).state == "draft"


def test_other_missions_posts_are_not_found(client: TestClient, desk: Desk) -> None:
    (variant_id,) = compose(desk)
    make_user(desk.runtime, "porto_officer", missions=("porto",))
    login(client, "porto_officer")
    assert client.get(f"/publishing/{variant_id}").status_code == 404
    assert "Border crossing closed" not in client.get("/publishing").text


# --- emergency pause and break glass --------------------------------------------------------------


def test_pause_banner_on_every_publishing_page_and_lifting_it(
    client: TestClient, desk: Desk, fakes: dict[str, ReconcilingFakePublisher]
) -> None:
    (variant_id,) = compose(desk)
    login(client, "chief")
    assert "Pause all sending" in client.get("/publishing").text
    no_reason = client.post("/publishing/pauses", data={"mission": str(desk.mission_id), "reason": " "})
    assert no_reason.status_code == 422 and "A pause needs a reason." in no_reason.text
    org_wide = client.post("/publishing/pauses", data={"mission": "all", "reason": "Everything"})
    assert org_wide.status_code == 403 and "org-wide pause needs headquarters" in org_wide.text

    paused = client.post("/publishing/pauses", data={"mission": str(desk.mission_id), "reason": "Account hacked",
                                                     "back": f"/publishing/{variant_id}"}, follow_redirects=False)
    assert paused.headers["location"] == f"/publishing/{variant_id}?done=paused"

    approve_now(desk, variant_id)
    send_due(desk.runtime)
    assert not fakes["x"].posts  # nothing goes out while paused

    login(client, "author")
    for path in ("/publishing", "/publishing/new", f"/publishing/{variant_id}", "/publishing/calendar", "/channels"):
        banner = client.get(path).text.split('id="pause-banner"')
        assert len(banner) == 2, path
        shown = text_of(banner[1].split("</section>")[0])
        assert "Sending is paused" in shown and "Account hacked" in shown and "paused by chief" in shown
        assert "Lift pause" not in shown  # officers see the pause but cannot lift it

    login(client, "chief")
    page = client.get("/publishing").text
    pause_id = re.search(r'action="/publishing/pauses/(\d+)/lift"', page)
    assert pause_id is not None
    refused = client.post(f"/publishing/pauses/{pause_id[1]}/lift", data={"reason": ""})
    assert refused.status_code == 422 and "Lifting a pause needs a reason." in refused.text
    lifted = client.post(f"/publishing/pauses/{pause_id[1]}/lift", data={"reason": "Password reset"})
    assert lifted.status_code == 200 and "The pause is lifted; sending resumes." in lifted.text
    assert 'id="pause-banner"' not in lifted.text
    send_due(desk.runtime)
    assert len(fakes["x"].posts) == 1


def test_break_glass_is_flagged_and_reviewed_by_someone_else(
    client: TestClient, desk: Desk, fakes: dict[str, ReconcilingFakePublisher]
) -> None:
    (variant_id,) = compose(desk)
    login(client, "author")
    assert "Publish now (break glass)" not in client.get(f"/publishing/{variant_id}").text
    refused = client.post(f"/publishing/{variant_id}/break-glass", data={"reason": "now"})
    assert refused.status_code == 403

    login(client, "chief")
    no_reason = client.post(f"/publishing/{variant_id}/break-glass", data={"reason": ""}, headers=HX)
    assert "Breaking glass needs a reason." in no_reason.text
    done = client.post(f"/publishing/{variant_id}/break-glass", data={"reason": "Evacuation now"}, headers=HX)
    assert 'id="post-state">Scheduled<' in done.text and "Break glass" in done.text
    send_due(desk.runtime)
    listing = client.get("/publishing").text.split('id="review"')[1].split("</section>")[0]
    assert "Border crossing closed" in listing and "chief broke glass: Evacuation now" in text_of(listing)
    own = client.post(f"/publishing/{variant_id}/review", data={"from": "list"})
    assert own.status_code == 403 and "someone other than who broke glass" in own.text

    login(client, "approver")
    reviewed = client.post(f"/publishing/{variant_id}/review", data={"comment": "Justified"}, headers=HX)
    assert "Marked as reviewed." in reviewed.text
    assert post(desk, variant_id).needs_review is False


# --- channel health -------------------------------------------------------------------------------


def test_channel_panel_warns_about_tokens_and_shows_failures_but_never_secrets(client: TestClient, desk: Desk) -> None:
    secret = "sekret-token-0123456789"
    clock = desk.runtime.clock
    assert isinstance(clock, FrozenClock)
    with desk.runtime.sessions() as session:
        chief = get_user_by_username(session, "chief")
        assert chief is not None
        alerts = check_connect_channel(
            session, clock, desk.runtime.credentials, chief, mission_id=desk.mission_id, platform="x",
            handle="@norvalia_alerts", name="Alerts",
            options={"access_token": secret, "consumer_secret": secret + "-c", "base_url": "http://127.0.0.1:9",
                     "token_expires_at": (clock.now() + timedelta(days=2)).isoformat()},
        )
        session.commit()
        alerts_id = alerts.id

    login(client, "author")
    page = client.get("/channels").text
    card = page.split(f'id="channel-{alerts_id}"')[1].split("</article>")[0]
    assert 'data-status="warning">Warning<' in card
    assert "Token expires 16 Mar 2026" in text_of(card) and "renew it before then" in card
    assert secret not in page and "Check now" not in page  # officers do not check health

    failing = FakePublisher("x")
    failing.fail_next("refused")
    desk.runtime.connector_factory = lambda channel: failing
    with desk.runtime.sessions() as session:
        publication = check_create_publication(
            session, clock, session.merge(desk.author),
            PublicationIn(mission_id=desk.mission_id, channel_ids=[alerts_id],
                          variants=[VariantIn(language="en", title="Storm warning", body="Stay indoors.")]))
        session.commit()
        variant_id = publication.variants[0].id
    approve_now(desk, variant_id)
    send_due(desk.runtime)

    page = client.get("/channels").text
    card = text_of(page.split(f'id="channel-{alerts_id}"')[1].split("</article>")[0])
    assert "Error" in card and "Last error Text is too long (HTTP 422)" in card
    assert "Publish on mastodon (@norvalia@social.example) instead" in card  # a fallback suggestion
    assert secret not in page
    failed = text_of(client.get("/publishing").text.split('id="failed"')[1].split("</section>")[0])
    assert "Storm warning" in failed
    assert re.search(r"X @norvalia_alerts ?: x: Text is too long \(HTTP 422\)", failed)  # the platform's own error

    # Check now: supervisors only; a channel without credentials reports why it cannot be checked.
    assert client.post(f"/channels/{desk.mastodon}/check").status_code == 403
    login(client, "chief")
    checked = client.post(f"/channels/{desk.mastodon}/check", follow_redirects=False)
    assert checked.headers["location"] == f"/channels?done=check#channel-{desk.mastodon}"
    page = client.get("/channels?done=check").text
    assert "Health check done." in page
    mastodon_card = text_of(page.split(f'id="channel-{desk.mastodon}"')[1].split("</article>")[0])
    assert "not fully configured" in mastodon_card
    assert secret not in page
