"""goalsmith.parse_time: typed time expressions with string-index spans and datetime.date."""

from __future__ import annotations

import dataclasses
import datetime
import json
from pathlib import Path

import pytest

import goalsmith
from goalsmith import InvalidUTF8Error, Recurrence, TimeExpression

from conftest import TODAY

SCHEMAS = Path(__file__).resolve().parents[2] / "docs" / "schemas"


def test_a_deadline_is_resolved_to_dates():
    [t] = goalsmith.parse_time("Send the CV by Friday", today=TODAY)
    assert isinstance(t, TimeExpression)
    assert t.text == "by Friday"
    assert t.kind == "deadline" and t.grain == "day"
    assert t.end == datetime.date(2026, 11, 27)
    assert isinstance(t.start, datetime.date)
    assert t.end_inclusive is True
    assert t.past is False and t.year_stated is False
    assert t.recurrence is None
    assert t.span == (12, 21)


def test_a_recurrence_uses_the_report_recurrence_type():
    [t] = goalsmith.parse_time("twice a week until December 18", today="2026-11-22")
    assert t.kind == "recurrence"
    assert isinstance(t.recurrence, Recurrence)
    assert t.recurrence.count == 2 and t.recurrence.per == "week"
    assert t.recurrence.until == datetime.date(2026, 12, 18)
    assert isinstance(t.recurrence.occurrences, int) and t.recurrence.occurrences > 0
    # The one Recurrence class is also the type of a report's frequency.
    report = goalsmith.check_goal("Rehearse 4 STAR stories twice a week until December 18",
                                  today=TODAY)
    assert report.fields.frequency == t.recurrence


def test_a_duration_has_seconds():
    times = goalsmith.parse_time("study 45 minutes a day within 3 weeks", today=TODAY)
    assert any(t.duration_seconds == 2700.0 for t in times)


def test_spans_are_string_indices_in_a_non_ascii_text():
    text = "Répéter l’entretien 🙂 by Friday, then again twice a week"
    times = goalsmith.parse_time(text, today=TODAY)
    assert times
    for t in times:
        assert text[t.span[0]:t.span[1]] == t.text
    assert times[0].text == "by Friday"


def test_bytes_are_read_as_utf8():
    text = "Répéter by Friday"
    [t] = goalsmith.parse_time(text.encode(), today=TODAY)
    assert text[t.span[0]:t.span[1]] == "by Friday"


def test_today_accepts_a_date_a_datetime_and_an_iso_string():
    a = goalsmith.parse_time("by Friday", today=datetime.date(2026, 12, 1))
    b = goalsmith.parse_time("by Friday", today=datetime.datetime(2026, 12, 1, 8, 30))
    c = goalsmith.parse_time("by Friday", "2026-12-01")
    assert a == b == c
    assert a[0].end == datetime.date(2026, 12, 4)


def test_default_today_is_the_local_date():
    [t] = goalsmith.parse_time("tomorrow")
    assert t.start == datetime.date.today() + datetime.timedelta(days=1)


def test_no_expression_gives_an_empty_list():
    assert goalsmith.parse_time("", today=TODAY) == []
    assert goalsmith.parse_time("Rehearse STAR stories", today=TODAY) == []


def test_engine_method_equals_the_function(engine):
    text = "Mock interviews every Monday and Thursday for the next 5 weeks"
    assert engine.parse_time(text, today=TODAY) == goalsmith.parse_time(text, today=TODAY,
                                                                         engine=engine)


def test_expressions_are_frozen_and_round_trip_through_dicts():
    [t] = goalsmith.parse_time("twice a week until December 18", today=TODAY)
    with pytest.raises(dataclasses.FrozenInstanceError):
        t.kind = "date"  # type: ignore[misc]
    d = t.to_dict()
    assert d["end_inclusive"] is True and d["recurrence"]["until"] == "2026-12-18"
    assert json.loads(json.dumps(d)) == d


def test_expressions_equal_the_reports_time_expressions():
    text = "Rehearse 4 STAR stories twice a week until December 18"
    report = goalsmith.check_goal(text, today=TODAY)
    assert list(report.time_expressions) == goalsmith.parse_time(text, today=TODAY)


def test_invalid_utf8_names_the_byte():
    with pytest.raises(InvalidUTF8Error) as info:
        goalsmith.parse_time(b"by \xff Friday", today=TODAY)
    assert info.value.where == "byte 3"
    with pytest.raises(InvalidUTF8Error):
        goalsmith.parse_time("by \udc80 Friday", today=TODAY)


@pytest.mark.parametrize("text", [None, 42, ["by Friday"], bytearray(b"by Friday")])
def test_text_of_the_wrong_type_is_a_type_error(text):
    with pytest.raises(TypeError, match="must be str or bytes"):
        goalsmith.parse_time(text, today=TODAY)  # type: ignore[arg-type]


def test_bad_today_and_engine_arguments():
    with pytest.raises(ValueError):
        goalsmith.parse_time("by Friday", today="2026-02-30")
    with pytest.raises(TypeError):
        goalsmith.parse_time("by Friday", today=20261122)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        goalsmith.parse_time("by Friday", today=TODAY, engine="en")  # type: ignore[arg-type]


def test_the_time_document_matches_its_schema_and_shares_the_report_definitions():
    jsonschema = pytest.importorskip("jsonschema")
    time_schema = json.loads((SCHEMAS / "time.schema.json").read_text(encoding="utf-8"))
    report_schema = json.loads((SCHEMAS / "smart_report.schema.json").read_text(encoding="utf-8"))
    for name, definition in time_schema["$defs"].items():
        assert definition == report_schema["$defs"][name], name
    validator = jsonschema.Draft202012Validator(time_schema)
    validator.check_schema(time_schema)
    engine = goalsmith.Engine()
    for text in ["", "Send the CV by Friday", "twice a week until December 18, 45 minutes a day",
                 "from Feb 20 to Mar 5", "within 3 weeks", "Répéter 🙂 next month"]:
        doc = json.loads(engine._engine.parse_time(text, "2026-11-22"))
        errors = sorted(validator.iter_errors(doc), key=str)
        assert not errors, (text, errors[0])
    assert not validator.is_valid({"schema": "goalsmith.time/1", "text": "", "today": "2026-11-22",
                                   "expressions": [{"text": "x"}]})
