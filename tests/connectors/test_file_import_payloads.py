"""parse_payload rules per payload family that the recorded fixtures do not pin on their own."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from consuldesk.connectors.file_import import NothingToImport, RecordError, iter_import_file, parse_payload
from consuldesk.connectors.file_import.html_text import html_to_text
from consuldesk.connectors.models import RawItem


def one(payload: Any) -> RawItem:
    [parsed] = parse_payload(payload)
    return parsed


def nothing(payload: Any) -> str:
    with pytest.raises(NothingToImport) as caught:
        parse_payload(payload)
    return str(caught.value.reason)


# -- X -----------------------------------------------------------------------------------------


def test_note_tweet_text_wins_over_truncated_text() -> None:
    tweet = {"id": "1", "text": "short…", "note_tweet": {"text": "the whole long text"}}
    assert one({"data": tweet}).text == "the whole long text"


@pytest.mark.parametrize("lang", ["und", "zxx", "qht", "qme", "qam", "qct", "qst", "", None])
def test_x_non_language_codes_give_no_hint(lang: str | None) -> None:
    assert one({"data": {"id": "1", "text": "#tag", "lang": lang}}).lang_hint is None


def test_x_partial_result_imports_data_and_ignores_errors() -> None:
    payload = {
        "data": [{"id": "1", "text": "a"}],
        "errors": [{"title": "Not Found Error", "type": "…/resource-not-found"}],
    }
    assert [i.external_id for i in parse_payload(payload)] == ["1"]


def test_x_empty_result_and_errors_only_are_nothing_to_import() -> None:
    assert nothing({"data": [], "meta": {"result_count": 0}}) == "nothing to import: X response with no posts"
    assert nothing({"errors": [{"title": "operational-disconnect"}]}) == (
        "X error message without data (operational-disconnect)"
    )


def test_bare_tweet_object_is_read_as_x() -> None:
    tweet = {"id": "9", "text": "hi", "author_id": "5", "conversation_id": "8", "edit_history_tweet_ids": ["9"],
             "referenced_tweets": [{"type": "replied_to", "id": "8"}]}  # fmt: skip
    parsed = one(tweet)
    assert (parsed.platform, parsed.kind, parsed.in_reply_to, parsed.thread_ref) == ("x", "reply", "8", "8")


def test_x_account_activity_without_messages() -> None:
    assert nothing({"for_user_id": "1", "favorite_events": [{}]}) == (
        "X account activity event not imported (favorite_events)"
    )
    own = {"type": "message_create", "id": "2", "message_create": {"sender_id": "1", "target": {"recipient_id": "3"},
                                                                   "message_data": {"text": "our reply"}}}  # fmt: skip
    assert nothing({"for_user_id": "1", "direct_message_events": [own]}) == (
        "nothing to import: X DM sent by the account itself"
    )


# -- Meta ----------------------------------------------------------------------------------------


def page(*events: dict[str, Any], key: str = "messaging") -> dict[str, Any]:
    return {"object": "page", "entry": [{"id": "10", "time": 1772450000000, key: list(events)}]}


def test_messenger_receipts_only_is_nothing_to_import_naming_each_skip() -> None:
    delivery = {"sender": {"id": "7"}, "recipient": {"id": "10"}, "delivery": {"mids": ["m"], "watermark": 1}}
    read = {"sender": {"id": "7"}, "recipient": {"id": "10"}, "read": {"watermark": 1}}
    assert nothing(page(delivery, read, delivery)) == (
        "nothing to import: messenger delivery receipt; messenger read receipt"
    )


def test_messenger_standby_events_are_messages_too() -> None:
    event = {"sender": {"id": "7"}, "recipient": {"id": "10"}, "timestamp": 1772450000000,
             "message": {"mid": "m1", "text": "hello"}}  # fmt: skip
    parsed = one(page(event, key="standby"))
    assert (parsed.platform, parsed.thread_ref, parsed.raw["entry"][0]["standby"]) == (
        "messenger", "messenger:10:7", [event],
    )  # fmt: skip


def test_messenger_postback_without_title_is_skipped() -> None:
    event = {"sender": {"id": "7"}, "recipient": {"id": "10"}, "postback": {"payload": "GET_STARTED"}}
    assert nothing(page(event)) == "nothing to import: messenger postback without a title"


def test_messenger_message_without_text_or_attachment_is_an_error() -> None:
    event = {"sender": {"id": "7"}, "recipient": {"id": "10"}, "message": {"mid": "m1"}}
    with pytest.raises(RecordError, match=r"missing required field 'entry\[0\]\.messaging\[0\]\.message\.text'"):
        parse_payload(page(event))


def test_feed_removal_only_is_nothing_to_import() -> None:
    change = {"field": "feed", "value": {"item": "post", "verb": "remove", "post_id": "10_1"}}
    assert nothing(page(change, key="changes")) == "nothing to import: facebook post remove"


def whatsapp(*messages: dict[str, Any], statuses: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    value = {"messaging_product": "whatsapp", "metadata": {"phone_number_id": "55"}, "messages": list(messages)}
    if statuses is not None:
        value["statuses"] = statuses
    return {
        "object": "whatsapp_business_account",
        "entry": [{"id": "1", "changes": [{"field": "messages", "value": value}]}],
    }


@pytest.mark.parametrize(
    ("message", "text"),
    [
        ({"type": "document", "document": {"filename": "form.pdf"}}, "[document]"),
        ({"type": "document", "document": {"caption": "my form"}}, "my form"),
        ({"type": "location", "location": {"latitude": 1, "longitude": 2, "name": "Hotel Fict"}},
         "[location] Hotel Fict"),
        ({"type": "location", "location": {"latitude": 1, "longitude": 2}}, "[location]"),
        ({"type": "button", "button": {"text": "Call me", "payload": "CALL"}}, "Call me"),
        ({"type": "interactive", "interactive": {"type": "list_reply", "list_reply": {"id": "a", "title": "Visa"}}},
         "Visa"),
        ({"type": "unsupported", "errors": [{"code": 131051}]}, "[unsupported]"),
        ({"type": "sticker", "sticker": {"animated": False}}, "[sticker]"),
    ],
)  # fmt: skip
def test_whatsapp_message_types(message: dict[str, Any], text: str) -> None:
    parsed = one(whatsapp({"from": "4", "id": "w1", "timestamp": "1772470000"} | message))
    assert (parsed.text, parsed.author_name, parsed.thread_ref) == (text, None, "whatsapp:55:4")


def test_whatsapp_statuses_only_is_nothing_to_import() -> None:
    status = {"id": "wamid.X", "status": "delivered", "timestamp": "1", "recipient_id": "4"}
    assert nothing(whatsapp(statuses=[status, status])) == "nothing to import: whatsapp status update"


# -- Mastodon ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>one</p><p>two</p>", "one\n\ntwo"),
        ("<p>line<br>break<br/>again</p>", "line\nbreak\nagain"),
        ("<p>&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39; &#x1F600;</p>", "<b> & \"x\" 'y' 😀"),
        ('<p><span class="h-card"><a href="https://a.example/@bo" class="u-url mention">@<span>bo</span></a>'
         "</span> hi</p>", "@bo hi"),
        ('<p><a href="https://a.example/tags/visa" class="mention hashtag">#<span>visa</span></a></p>', "#visa"),
        ("<p>list:</p><ul><li>one</li><li>two</li></ul>", "list:\n\none\ntwo"),
        ("<p></p><p>  </p><p>only</p>", "only"),
        ("plain text, no markup", "plain text, no markup"),
        ("", ""),
    ],
)  # fmt: skip
def test_mastodon_html_to_text(html: str, text: str) -> None:
    assert html_to_text(html) == text


def test_mastodon_direct_reply_is_a_dm() -> None:
    status = {"id": "5", "content": "<p>hi</p>", "visibility": "direct", "in_reply_to_id": "4",
              "account": {"id": "2", "username": "bo", "acct": "bo@a.example"}}  # fmt: skip
    parsed = one(status)
    assert (parsed.kind, parsed.in_reply_to, parsed.thread_ref) == ("dm", "4", "mastodon:dm:bo@a.example")


def test_mastodon_notification_without_status() -> None:
    notification = {"id": "1", "type": "follow_request", "created_at": "2026-01-01T00:00:00Z", "account": {"id": "2"}}
    assert nothing(notification) == "notification of type 'follow_request' has no status"


# -- Telegram ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("extra", "text"),
    [
        ({"sticker": {"file_id": "s", "emoji": "🙏"}}, "[sticker] 🙏"),
        ({"poll": {"id": "p", "question": "Open on Friday?", "options": []}}, "[poll] Open on Friday?"),
        ({"document": {"file_id": "d"}, "caption": "my form"}, "my form"),
        ({"location": {"latitude": 1.0, "longitude": 2.0}}, "[location]"),
    ],
)
def test_telegram_media_text(extra: dict[str, Any], text: str) -> None:
    update = {"update_id": 1, "message": {"message_id": 3, "chat": {"id": 9, "type": "private"}, "date": 1} | extra}
    assert one(update).text == text


def test_telegram_group_message_without_reply_is_a_comment_in_the_group_thread() -> None:
    update = {
        "update_id": 1,
        "message": {"message_id": 3, "chat": {"id": -5, "type": "group"}, "date": 1, "text": "hi"},
    }
    parsed = one(update)
    assert (parsed.kind, parsed.thread_ref, parsed.channel_ref, parsed.author_id) == (
        "comment",
        "telegram:-5",
        "-5",
        None,
    )


# -- generic records, timestamps and generated ids ------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-03-06T10:00:00Z", datetime(2026, 3, 6, 10, tzinfo=UTC)),
        ("2026-03-06T12:00:00+02:00", datetime(2026, 3, 6, 10, tzinfo=UTC)),
        ("2026-03-06T10:00:00", datetime(2026, 3, 6, 10, tzinfo=UTC)),  # naive is read as UTC
        ("2026-03-06", datetime(2026, 3, 6, tzinfo=UTC)),
        (1772791200, datetime(2026, 3, 6, 10, tzinfo=UTC)),
        (1772791200.5, datetime(2026, 3, 6, 10, 0, 0, 500000, tzinfo=UTC)),
        ("1772791200", datetime(2026, 3, 6, 10, tzinfo=UTC)),
        ("1772791200.25", datetime(2026, 3, 6, 10, 0, 0, 250000, tzinfo=UTC)),
        (1772791200000, datetime(2026, 3, 6, 10, tzinfo=UTC)),  # milliseconds, as JavaScript exports them
    ],
)
def test_generic_created_at_forms(value: object, expected: datetime) -> None:
    assert one({"text": "t", "created_at": value}).created_at == expected


def test_generic_defaults_and_aliases() -> None:
    assert (one({"text": "t"}).platform, one({"text": "t"}).kind) == ("other", "post")
    assert one({"text": "t", "in_reply_to": "p"}).kind == "reply"
    assert one({"text": "t", "platform": " Twitter "}).platform == "x"
    assert one({"text": "t", "platform": "WhatsApp", "kind": "DM"}).kind == "dm"
    assert one({"text": "t", "id": 123}).external_id == "123"


def test_generated_id_is_stable_and_content_based() -> None:
    base = {"text": "Where is my passport?", "platform": "x", "author": "Ana", "created_at": "2026-03-06T10:00:00Z"}
    same = {"created_at": 1772791200, "author": "Ana", "platform": "x", "text": "Where is my passport?"}
    generated = one(base).external_id
    assert generated.startswith("gen:")
    assert one(same).external_id == generated  # key order and timestamp spelling do not matter
    assert one(base | {"lang": "en", "thread_ref": "t"}).external_id == generated  # only identity fields count
    for changed in ({"text": "Where is my visa?"}, {"author": "Ben"}, {"platform": "mastodon"},
                    {"created_at": "2026-03-06T10:00:01Z"}, {"author_handle": "ana2"}):  # fmt: skip
        assert one(base | changed).external_id != generated
    assert one(base | {"id": "given"}).external_id == "given"


def test_reimporting_a_file_gives_the_same_ids(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"text": "a", "author": "x"}\n{"text": "b"}\n{"text": "a", "author": "x"}\n')
    first = [r.external_id for r in iter_import_file(path) if isinstance(r, RawItem)]
    second = [r.external_id for r in iter_import_file(path) if isinstance(r, RawItem)]
    assert first == second
    assert first[0] == first[2] != first[1]  # identical records collapse to one id: storage dedupes them


def test_nothing_to_import_is_a_record_error() -> None:
    assert issubclass(NothingToImport, RecordError)
    with pytest.raises(RecordError, match="expected a JSON object, got array"):
        parse_payload([{"text": "x"}])
