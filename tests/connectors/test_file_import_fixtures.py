"""Recorded platform payloads → expected RawItems and rejects (table-driven, one case per fixture file)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
import pytest

from consuldesk.connectors.file_import import Rejected, iter_import_file, parse_payload
from consuldesk.connectors.models import RawItem

FIXTURES = Path(__file__).parents[1] / "fixtures" / "connectors"

FIELDS = (
    "platform", "external_id", "kind", "text", "author_id", "author_name", "author_handle",
    "created_at", "lang_hint", "in_reply_to", "thread_ref", "channel_ref",
)  # fmt: skip


def item(platform: str, external_id: str, kind: str, text: str, **rest: str | None) -> dict[str, Any]:
    """An expected item: every field of FIELDS not given must be None."""
    unknown = set(rest) - set(FIELDS)
    assert not unknown, unknown
    return {name: None for name in FIELDS} | {
        "platform": platform, "external_id": external_id, "kind": kind, "text": text, **rest,
    }  # fmt: skip


def project(raw_item: RawItem) -> dict[str, Any]:
    out = {name: getattr(raw_item, name) for name in FIELDS}
    out["created_at"] = raw_item.created_at.isoformat() if raw_item.created_at else None
    return out


@dataclass
class Case:
    fixture: str
    items: list[dict[str, Any]]
    rejects: list[tuple[int, str]] = field(default_factory=list)


PAGE = "1000000000000001"
POST = f"{PAGE}_2000000000000001"
MIRA_TEXT = (
    "@ConsulateFict My passport was stolen in Porto last night and the police report is only in "
    "Portuguese. What do I need to bring to get an emergency travel document before my flight on Friday? "
    "I am travelling with two children and their passports were in the same bag."
)
OLENA = {"author_id": "700000001", "author_name": "Olena Prykladna", "author_handle": "olena_pryklad"}
TOMAS = {"author_id": "700000002", "author_name": "Tomás"}
GROUP = "-1001000000001"
HANNA = {"author_id": "109000000000000001", "author_name": "Hanna Mustermann", "author_handle": "hanna@social.example"}
LI = {"author_id": "109000000000000002", "author_name": "li", "author_handle": "li"}
WA = {"channel_ref": "106540000000001"}
AIKO = {
    "author_id": "15550000101",
    "author_name": "Aiko Placeholder",
    "thread_ref": "whatsapp:106540000000001:15550000101",
}
BRUNO = {
    "author_id": "15550000102",
    "author_name": "Bruno Exemplo",
    "thread_ref": "whatsapp:106540000000001:15550000102",
}
INES = {"author_id": "4400000003", "author_name": "Ines Ficticia", "author_handle": "ines_ficticia"}

CASES = [
    Case(
        "x/filtered_stream.jsonl",
        [
            # note_tweet wins over the truncated text; replied_to makes a reply; blank keep-alive skipped
            item("x", "1790000000000000101", "reply", MIRA_TEXT, author_id="4400000001",
                 author_name="Mira Testova", author_handle="mira_t_example",
                 created_at="2026-03-02T08:15:30+00:00", lang_hint="en",
                 in_reply_to="1790000000000000001", thread_ref="1790000000000000001"),
            # lang "qme" (media links only) is no language hint
            item("x", "1790000000000000102", "post", "https://t.co/QwErTy9876", author_id="4400000002",
                 author_name="Jonas Beispiel", author_handle="jonas_b_example",
                 created_at="2026-03-02T08:16:00+00:00", thread_ref="1790000000000000102"),
            # a quote is still a post; no includes means no author name
            item("x", "1790000000000000103", "post", "Чи працює консульство у суботу? https://t.co/Zx90PlMn12",
                 author_id="4400000004", created_at="2026-03-02T09:01:12+00:00", lang_hint="uk",
                 thread_ref="1790000000000000103"),
        ],
        [(4, "X error message without data (operational-disconnect: This stream has been disconnected "
             "upstream for operational reasons.)")],
    ),
    Case(
        "x/search_recent.json",
        [
            item("x", "1790000000000000201", "post",
                 "Is anyone else stuck at the airport after the strike? The consulate hotline is busy.",
                 author_id="4400000005", author_name="Traveller Fict", author_handle="traveller_fict",
                 created_at="2026-03-04T17:42:05+00:00", lang_hint="en", thread_ref="1790000000000000201"),
            item("x", "1790000000000000202", "reply", "@traveller_fict Same here, gate B12, nobody from the airline.",
                 author_id="4400000006", author_name="Sam Placeholder", author_handle="sam_placeholder",
                 created_at="2026-03-04T17:45:51+00:00", lang_hint="en",
                 in_reply_to="1790000000000000201", thread_ref="1790000000000000201"),
        ],
    ),
    Case(
        "x/dm_events.json",  # the ParticipantsJoin event carries no message
        [item("x", "1800000000000000001", "dm",
              "Hello, my visa appointment was cancelled by email. Can I rebook online?",
              created_at="2026-03-03T09:00:00+00:00", thread_ref="x:dm:1500000000-4400000003", **INES)],
    ),
    Case(
        "x/account_activity_dm.json",  # our own reply (sender = for_user_id) is skipped; same thread as v2
        [item("x", "1800000000000000003", "dm", "Following up: I still have no new appointment date.",
              created_at="2026-03-03T09:01:00+00:00", thread_ref="x:dm:1500000000-4400000003",
              channel_ref="1500000000", **INES)],
    ),
    Case(
        "facebook/page_feed.json",  # remove verb, the page's own comment and a reaction are skipped
        [
            item("facebook", POST, "post", "Is the consulate open on the national holiday on Monday?",
                 author_id="3000000000000001", author_name="Lea Fictive", created_at="2026-03-02T08:26:40+00:00",
                 thread_ref=POST, channel_ref=PAGE),
            item("facebook", "2000000000000001_4000000000000001", "comment",
                 "Same question here, I need a notarised copy.", author_id="3000000000000002",
                 author_name="Omar Imaginary", created_at="2026-03-02T08:28:20+00:00",
                 in_reply_to=POST, thread_ref=POST, channel_ref=PAGE),
            item("facebook", "2000000000000001_4000000000000002", "reply",
                 "@Omar Imaginary they answered me by phone: closed.", author_id="3000000000000001",
                 author_name="Lea Fictive", created_at="2026-03-02T08:30:00+00:00",
                 in_reply_to="2000000000000001_4000000000000001", thread_ref=POST, channel_ref=PAGE),
            # a photo comment has no message: empty text is allowed with an attachment
            item("facebook", "2000000000000001_4000000000000005", "comment", "", author_id="3000000000000005",
                 author_name="Kim Sample", created_at="2026-03-02T08:36:40+00:00",
                 in_reply_to=POST, thread_ref=POST, channel_ref=PAGE),
        ],
    ),
    Case(
        "messenger/messaging.json",  # echo, delivery and read are skipped
        [
            item("messenger", "m_AAAAfict001", "dm", "Hi, I lost my ID card. Do I need an appointment?",
                 author_id="6100000000000001", created_at="2026-03-02T11:13:20+00:00",
                 in_reply_to="m_AAAAfict000", thread_ref=f"messenger:{PAGE}:6100000000000001", channel_ref=PAGE),
            item("messenger", "m_AAAAfict002", "dm", "[image]", author_id="6100000000000001",
                 created_at="2026-03-02T11:13:25+00:00", thread_ref=f"messenger:{PAGE}:6100000000000001",
                 channel_ref=PAGE),
            item("messenger", "m_AAAAfict004", "dm", "Book an appointment", author_id="6100000000000002",
                 created_at="2026-03-02T11:13:40+00:00", thread_ref=f"messenger:{PAGE}:6100000000000002",
                 channel_ref=PAGE),
        ],
    ),
    Case(
        "instagram/webhooks.jsonl",
        [
            item("instagram", "17850000000000001", "comment",
                 "Where do I send the birth certificate for registration?", author_id="17841400000000001",
                 author_handle="noor.fictional", created_at="2026-03-02T14:00:00+00:00",
                 in_reply_to="17900000000000001", thread_ref="17900000000000001", channel_ref="17840000000000001"),
            item("instagram", "17850000000000002", "reply",
                 "@noor.fictional to the registry office, it says so in the post", author_id="17841400000000002",
                 author_handle="ravi_example", created_at="2026-03-02T14:01:00+00:00",
                 in_reply_to="17850000000000001", thread_ref="17900000000000001", channel_ref="17840000000000001"),
            item("instagram", "aWdfZAG1fict005", "dm", "Bonjour, mon passeport expire le mois prochain.",
                 author_id="17841400000000003", created_at="2026-03-02T14:02:00+00:00",
                 thread_ref="instagram:17840000000000001:17841400000000003", channel_ref="17840000000000001"),
        ],
        [(4, "nothing to import: instagram echo of our own message")],
    ),
    Case(
        "whatsapp/messages.json",  # the reaction and the read status are skipped
        [
            item("whatsapp", "wamid.FICT0001", "dm", "My son was hospitalised in Fictcity, who can help us?",
                 created_at="2026-03-02T16:46:40+00:00", **AIKO, **WA),
            item("whatsapp", "wamid.FICT0002", "dm", "Photo of the damaged passport",
                 created_at="2026-03-02T16:47:10+00:00", **BRUNO, **WA),
            item("whatsapp", "wamid.FICT0003", "dm", "[audio]", created_at="2026-03-02T16:47:40+00:00", **AIKO, **WA),
            item("whatsapp", "wamid.FICT0004", "dm", "Yes, urgent", created_at="2026-03-02T16:48:10+00:00",
                 **BRUNO, **WA),
            item("whatsapp", "wamid.FICT0005", "dm", "Thank you, the hospital is St. Example.",
                 created_at="2026-03-02T16:48:40+00:00", in_reply_to="wamid.FICTOUT01", **AIKO, **WA),
        ],
    ),
    Case(
        "mastodon/statuses.json",
        [
            item("mastodon", "112000000000000001", "post",
                 "Hallo @konsulat,\n\nwo bekomme ich einen Notfallpass?\nMein Flug geht morgen & ich bin in "
                 "Fictstadt.\n\nhttps://example.org/a/very/long/path",
                 created_at="2026-03-05T07:30:00+00:00", lang_hint="de", thread_ref="112000000000000001", **HANNA),
            item("mastodon", "112000000000000002", "reply", "Same situation, following this thread.",
                 created_at="2026-03-05T07:35:10.500000+00:00", in_reply_to="112000000000000001",
                 thread_ref="112000000000000001", **LI),
            item("mastodon", "112000000000000003", "dm",
                 "@konsulat my residence permit number is in the attached scan",
                 created_at="2026-03-05T08:00:00+00:00", lang_hint="en",
                 thread_ref="mastodon:dm:hanna@social.example", **HANNA),
            # a boost imports the boosted status; its content warning leads the text
            item("mastodon", "112000000000000004", "post", "Flood warning\n\nRoads to the north are closed.",
                 created_at="2026-03-05T08:10:00+00:00", lang_hint="en", thread_ref="112000000000000004", **LI),
            item("mastodon", "112000000000000006", "post", "[video]", created_at="2026-03-05T08:20:00+00:00",
                 thread_ref="112000000000000006", **HANNA),
        ],
    ),
    Case(
        "mastodon/notifications.jsonl",
        [item("mastodon", "112000000000000010", "post", "@konsulat is the embassy in Fictcity open?",
              created_at="2026-03-05T09:00:00+00:00", lang_hint="en", thread_ref="112000000000000010", **LI)],
        [(2, "notification of type 'follow' has no status"),
         (3, "notification of type 'favourite' is not a message")],
    ),
    Case(
        "telegram/updates.jsonl",
        [
            item("telegram", "700000001:11", "dm", "Добрий день! Як отримати довідку про несудимість?",
                 created_at="2026-03-02T19:33:20+00:00", thread_ref="telegram:700000001", **OLENA),
            item("telegram", f"{GROUP}:501", "comment", "Does anyone know if the consulate accepts cards?",
                 created_at="2026-03-02T19:35:00+00:00", thread_ref=f"telegram:{GROUP}", channel_ref=GROUP, **TOMAS),
            item("telegram", f"{GROUP}:502", "reply", "Only cash last time I went.",
                 created_at="2026-03-02T19:36:00+00:00", in_reply_to=f"{GROUP}:501",
                 thread_ref=f"telegram:{GROUP}:77", channel_ref=GROUP, **OLENA),
            item("telegram", "-1001000000002:31", "post", "Service notice: the visa section is closed on Friday.",
                 author_id="-1001000000002", author_name="Fictland Consulate News",
                 author_handle="fict_consulate_news", created_at="2026-03-02T19:36:40+00:00",
                 thread_ref="-1001000000002:31", channel_ref="-1001000000002"),
            item("telegram", "700000001:12", "dm", "This is the form they gave me",
                 created_at="2026-03-02T19:38:20+00:00", thread_ref="telegram:700000001", **OLENA),
            item("telegram", "700000001:13", "dm", "[voice]", created_at="2026-03-02T19:39:20+00:00",
                 thread_ref="telegram:700000001", **OLENA),
            # an edit keeps the message's id, so storage sees the same item again
            item("telegram", "700000001:11", "dm",
                 "Добрий день! Як отримати довідку про несудимість? Я у Фіктбурзі.",
                 created_at="2026-03-02T19:33:20+00:00", thread_ref="telegram:700000001", **OLENA),
        ],
        [(8, "telegram update of type 'callback_query' carries no message"), (9, "telegram service message")],
    ),
    Case(
        "telegram/get_updates.json",
        [item("telegram", "700000002:14", "dm", "¿Dónde está el consulado?",
              created_at="2026-03-02T19:43:20+00:00", thread_ref="telegram:700000002", **TOMAS)],
    ),
    Case(
        "generic/records.jsonl",
        [
            item("bluesky", "r-1", "post", "Anyone know the embassy's weekend number?", author_name="Quinn Sample",
                 author_handle="quinn.example.social", created_at="2026-03-06T09:00:00+00:00", lang_hint="en",
                 channel_ref="search:embassy"),
            # generated ids are pinned: changing the hash would duplicate every earlier generic import
            item("linkedin", "gen:e4f058902dddf9ff756afaeff80d9619", "reply",
                 "Great support from the consular team today, thank you!", author_name="Ada Mock",
                 created_at="2026-03-06T10:00:00+00:00", in_reply_to="urn:li:share:7000000000000000001",
                 thread_ref="urn:li:share:7000000000000000001"),
            item("other", "gen:c49f6b43b66a2e55486fd963a28b8697", "dm", "Plain note with no platform", author_id="42"),
        ],
    ),
    Case(
        "generic/records.csv",
        [
            item("x", "c-1", "post", 'Need help: "urgent" passport question', author_name="Bea Test",
                 author_handle="bea_test", created_at="2026-03-06T12:00:00+00:00", lang_hint="en"),
            item("mastodon", "c-2", "reply", "Line one\r\nline two, with a comma\r\n\r\nline four",
                 author_name="Cy Example", author_handle="cy@social.example",
                 created_at="2026-03-06T12:00:00+00:00", in_reply_to="c-1"),
            item("other", "gen:92b35784eacf5c9677deb0dd0a2fc768", "post", "Sin identificador",
                 author_name="Dana Ejemplo", lang_hint="es"),
        ],
    ),
]  # fmt: skip


def _results(fixture: str) -> tuple[list[RawItem], list[Rejected]]:
    results = list(iter_import_file(FIXTURES / fixture))
    return (
        [r for r in results if isinstance(r, RawItem)],
        [r for r in results if isinstance(r, Rejected)],
    )


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.fixture)
def test_fixture_maps_to_expected_items(case: Case) -> None:
    items, rejects = _results(case.fixture)
    assert [project(i) for i in items] == case.items
    assert [(r.line, r.reason) for r in rejects] == case.rejects
    assert all(r.file == str(FIXTURES / case.fixture) for r in rejects)


def test_every_fixture_file_has_a_case() -> None:
    on_disk = {str(p.relative_to(FIXTURES)) for p in FIXTURES.rglob("*") if p.is_file()}
    assert on_disk == {c.fixture for c in CASES}


@pytest.mark.parametrize("case", [c for c in CASES if not c.fixture.endswith(".csv")], ids=lambda c: c.fixture)
def test_raw_is_json_and_reparses_to_the_same_item(case: Case) -> None:
    # raw is stored verbatim before processing; it must survive JSON and still mean the same item.
    for raw_item in _results(case.fixture)[0]:
        stored = orjson.loads(orjson.dumps(raw_item.raw))
        assert parse_payload(stored) == [raw_item]


def test_envelope_raw_holds_only_its_own_message_and_context() -> None:
    items, _ = _results("whatsapp/messages.json")
    value = items[0].raw["entry"][0]["changes"][0]["value"]
    assert value["messages"] == [
        {"from": "15550000101", "id": "wamid.FICT0001", "timestamp": "1772470000", "type": "text",
         "text": {"body": "My son was hospitalised in Fictcity, who can help us?"}}
    ]  # fmt: skip
    assert value["contacts"] == [{"profile": {"name": "Aiko Placeholder"}, "wa_id": "15550000101"}]
    assert value["metadata"]["phone_number_id"] == "106540000000001"
    tweet = _results("x/filtered_stream.jsonl")[0][0]
    assert tweet.raw["includes"]["users"] == [
        {"id": "4400000001", "name": "Mira Testova", "username": "mira_t_example"}
    ]
    assert tweet.raw["matching_rules"][0]["tag"] == "consulate mentions"
