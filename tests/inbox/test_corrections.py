"""Label corrections: the item and case follow, the correction is stored and exported for retraining."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import orjson
import pytest
from typer.testing import CliRunner

from consuldesk.bootstrap import Runtime
from consuldesk.errors import InvalidInput, NotFound
from consuldesk.inbox.corrections import check_correct_label, iter_corrections
from consuldesk.inbox.models import Case, Item, LabelCorrection
from factories import ingest, make_mission, make_user

QUIET = "Could you tell me the opening hours of the visa section next week? My name is Ana Silva."


@pytest.fixture
def item_id(runtime: Runtime) -> int:
    make_mission(runtime, "lisbon")
    make_mission(runtime, "porto")
    ingest(runtime, [{"id": "q1", "platform": "x", "text": QUIET}], mission="lisbon")
    with runtime.sessions() as session:
        return session.query(Item).one().id


def test_raising_urgency_moves_the_case_up_and_brings_the_sla_forward(runtime: Runtime, item_id: int) -> None:
    officer = make_user(runtime)
    with runtime.sessions() as session:
        before = session.query(Case).one()
        due_before = before.sla_due_at
        check_correct_label(session, runtime.clock, runtime.settings, session.merge(officer), item_id,
                            "urgency", "critical")
        session.commit()
        case = session.query(Case).one()
        assert (case.urgency, case.priority) == ("critical", 0)
        item = session.get_one(Item, item_id)
        assert case.sla_due_at == item.created_at + timedelta(minutes=15)
        assert due_before is None or case.sla_due_at <= due_before
        row = session.query(LabelCorrection).one()
        assert (row.field, row.new_value) == ("urgency", "critical")


def test_bad_labels_and_other_missions_are_refused(runtime: Runtime, item_id: int) -> None:
    officer = make_user(runtime)
    porto = make_user(runtime, "porto_officer", missions=["porto"])
    with runtime.sessions() as session:
        with pytest.raises(InvalidInput, match="not one of the urgency labels"):
            check_correct_label(session, runtime.clock, runtime.settings, session.merge(officer), item_id,
                                "urgency", "very")
        with pytest.raises(InvalidInput, match="cannot correct"):
            check_correct_label(session, runtime.clock, runtime.settings, session.merge(officer), item_id,
                                "language", "fr")
        with pytest.raises(NotFound):
            check_correct_label(session, runtime.clock, runtime.settings, session.merge(porto), item_id,
                                "intent", "visa_services")


def test_corrections_export_redacted_text(runtime: Runtime, item_id: int, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    officer = make_user(runtime)
    with runtime.sessions() as session:
        for field, value in (("intent", "visa_services"), ("rumour", "true"), ("intent", "passport_services")):
            check_correct_label(session, runtime.clock, runtime.settings, session.merge(officer), item_id,
                                field, value)
        session.commit()
        rows = list(iter_corrections(session))
    assert len(rows) == 1
    assert rows[0]["intent"] == "passport_services" and rows[0]["rumour"] == "true"
    if runtime.settings.database_url.startswith("sqlite"):
        from consuldesk.cli.main import app

        monkeypatch.setenv("CONSULDESK_DATABASE_URL", runtime.settings.database_url)
        out = tmp_path / "corrections.jsonl"
        result = CliRunner().invoke(app, ["models", "corrections", "-o", str(out)])
        assert result.exit_code == 0, result.output
        exported = orjson.loads(out.read_bytes().splitlines()[0])
        assert "Ana Silva" not in exported["text"]
