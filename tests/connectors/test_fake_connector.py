"""FakeConnector: paging, one-shot rate limiting, webhook signatures and parsing."""

from __future__ import annotations

import orjson
import pytest

from consuldesk.connectors.base import Capability, Fetches, ReceivesWebhooks
from consuldesk.connectors.fake import FakeConnector
from consuldesk.connectors.file_import import RecordError
from consuldesk.connectors.models import Cursor, RawItem, RetryAfter


def items(n: int) -> list[RawItem]:
    return [RawItem(platform="x", external_id=str(i), kind="post", text=f"t{i}", raw={"i": i}) for i in range(n)]


def test_implements_both_protocols() -> None:
    fake = FakeConnector("x", items(1), "s")
    assert isinstance(fake, Fetches) and isinstance(fake, ReceivesWebhooks)
    assert fake.capabilities == {Capability.FETCHES, Capability.RECEIVES_WEBHOOKS}


def test_fetch_pages_with_a_cursor_and_sees_new_items() -> None:
    fake = FakeConnector("x", items(5), "s", page_size=2)
    seen, cursor = [], None
    for _ in range(3):
        page, cursor = fake.fetch(cursor)
        seen += [i.external_id for i in page]
    assert (seen, cursor) == (["0", "1", "2", "3", "4"], Cursor("5"))
    assert fake.fetch(cursor) == ([], Cursor("5"))
    fake.add(*items(7)[5:])
    assert [i.external_id for i in fake.fetch(cursor)[0]] == ["5", "6"]
    assert fake.fetch_calls[0] is None


def test_retry_after_is_raised_once_then_fetch_resumes() -> None:
    fake = FakeConnector("x", items(3), "s", page_size=10)
    fake.fail_next_fetch(42)
    with pytest.raises(RetryAfter) as caught:
        fake.fetch(None)
    assert caught.value.seconds == 42
    assert len(fake.fetch(None)[0]) == 3


def test_signature_matches_the_meta_vector() -> None:
    # platforms.md §9: app secret test_app_secret over {"object":"page","entry":[]}
    fake = FakeConnector("facebook", secret="test_app_secret")
    body = b'{"object":"page","entry":[]}'
    expected = "sha256=5da47c9c7409e70d7a1851f0cfd9bc27786bd99587a9bf1dd5b51e23a2de03cf"
    assert fake.sign(body)["X-Hub-Signature-256"] == expected
    assert fake.verify({"x-hub-signature-256": expected}, body)  # header names are case-insensitive


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"X-Hub-Signature-256": ""},
        {"X-Hub-Signature-256": "sha256=" + "0" * 64},
        {"X-Hub-Signature-256": "sha1=5da47c9c7409e70d7a1851f0cfd9bc27786bd995"},
        {"X-Hub-Signature-256": "sha256=ünïcödé"},
        {"X-Hub-Signature": "sha256=5da47c9c7409e70d7a1851f0cfd9bc27786bd99587a9bf1dd5b51e23a2de03cf"},
    ],
)
def test_forged_or_missing_signatures_fail(headers: dict[str, str]) -> None:
    fake = FakeConnector("facebook", secret="test_app_secret")
    assert not fake.verify(headers, b'{"object":"page","entry":[]}')


def test_signature_covers_the_exact_body_and_secret() -> None:
    fake = FakeConnector("facebook", secret="right")
    body = b'{"object":"page","entry":[]}'
    headers = fake.sign(body)
    assert not fake.verify(headers, body + b" ")
    assert not FakeConnector("facebook", secret="wrong").verify(headers, body)


def test_parse_uses_the_file_import_mapping() -> None:
    fake = FakeConnector("messenger", secret="s")
    event = {"sender": {"id": "7"}, "recipient": {"id": "10"}, "timestamp": 1772450000000,
             "message": {"mid": "m1", "text": "hello"}}  # fmt: skip
    body = orjson.dumps({"object": "page", "entry": [{"id": "10", "messaging": [event]}]})
    [parsed] = fake.parse(body)
    assert (parsed.platform, parsed.external_id, parsed.text, parsed.thread_ref) == (
        "messenger", "m1", "hello", "messenger:10:7",
    )  # fmt: skip
    receipt = {"sender": {"id": "7"}, "recipient": {"id": "10"}, "read": {"watermark": 1}}
    assert fake.parse(orjson.dumps({"object": "page", "entry": [{"id": "10", "messaging": [receipt]}]})) == []
    with pytest.raises(RecordError, match="invalid JSON"):
        fake.parse(b"{not json")
    with pytest.raises(RecordError, match="unrecognised record shape"):
        fake.parse(b'{"hello": "world"}')
