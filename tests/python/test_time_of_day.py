"""Times of day and the per-call time options (now, week_start) through Python and the CLI."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

import goalsmith
from goalsmith import TimeExpression

from conftest import TODAY  # 2026-11-22, a Sunday

SCHEMAS = Path(__file__).resolve().parents[2] / "docs" / "schemas"
T = datetime.time
D = datetime.date


def test_a_time_of_day_is_a_datetime_time_on_its_day():
    [t] = goalsmith.parse_time("Call the recruiter tomorrow at 3:30pm", today=TODAY)
    assert t.text == "tomorrow at 3:30pm"
    assert t.kind == "date" and t.grain == "minute"
    assert t.start == t.end == D(2026, 11, 23)
    assert t.start_time == t.end_time == T(15, 30)
    assert isinstance(t.start_time, datetime.time)


def test_ranges_and_parts_of_the_day():
    practise, rest = goalsmith.parse_time("practise from 9 to 11am on Saturday and rest tonight",
                                          today=TODAY)
    assert practise.kind == "interval" and practise.grain == "hour"
    assert practise.start == D(2026, 11, 28)
    assert (practise.start_time, practise.end_time) == (T(9), T(11))
    assert rest.grain == "part_of_day"
    assert (rest.start_time, rest.end_time) == (T(18), T(23, 59, 59))


def test_a_date_without_a_time_has_none():
    [t] = goalsmith.parse_time("Send the CV by Friday", today=TODAY)
    assert t.start_time is None and t.end_time is None


@pytest.mark.parametrize("now", [T(4, 30), "04:30", "04:30:00", datetime.datetime(2026, 11, 22, 4, 30)])
def test_now_moves_a_past_time_to_tomorrow(now):
    [t] = goalsmith.parse_time("at 3am", today=TODAY, now=now)
    assert t.start == D(2026, 11, 23) and t.start_time == T(3)
    [later] = goalsmith.parse_time("at 3am", today=TODAY)
    assert later.start == D(2026, 11, 22)


def test_now_resolves_in_two_hours():
    [t] = goalsmith.parse_time("reply in 2 hours", today=TODAY, now="23:15")
    assert t.kind == "deadline"
    assert (t.start, t.start_time) == (D(2026, 11, 22), T(23, 15))
    assert (t.end, t.end_time) == (D(2026, 11, 23), T(1, 15))


def test_week_start_is_a_keyword_of_parse_time_and_check_goal():
    wednesday = D(2026, 11, 25)
    [monday] = goalsmith.parse_time("this week", today=wednesday)
    [sunday] = goalsmith.parse_time("this week", today=wednesday, week_start="sunday")
    assert (monday.start, monday.end) == (D(2026, 11, 23), D(2026, 11, 29))
    assert (sunday.start, sunday.end) == (D(2026, 11, 22), D(2026, 11, 28))
    goal = "Rehearse 4 STAR stories by the end of the week"
    assert goalsmith.check_goal(goal, today=wednesday).deadline == D(2026, 11, 29)
    assert goalsmith.check_goal(goal, today=wednesday, week_start="sunday").deadline == D(2026, 11, 28)
    [r] = goalsmith.check_goals([goal], today=wednesday, week_start="Sunday")
    assert r.deadline == D(2026, 11, 28)


def test_bad_options_are_clear_errors():
    with pytest.raises(ValueError, match="HH:MM"):
        goalsmith.parse_time("at 3pm", today=TODAY, now="25:00")
    with pytest.raises(ValueError, match="HH:MM"):
        goalsmith.parse_time("at 3pm", today=TODAY, now="3pm")
    with pytest.raises(ValueError, match="time zone"):
        goalsmith.parse_time("at 3pm", today=TODAY, now=T(3, tzinfo=datetime.timezone.utc))
    with pytest.raises(TypeError, match="now must be"):
        goalsmith.parse_time("at 3pm", today=TODAY, now=430)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="monday"):
        goalsmith.parse_time("this week", today=TODAY, week_start="friday")
    with pytest.raises(TypeError, match="week_start"):
        goalsmith.check_goal("Rehearse by Friday", today=TODAY, week_start=1)  # type: ignore[arg-type]


def test_time_expressions_round_trip_through_dicts_and_reports():
    [t] = goalsmith.parse_time("tomorrow at 7", today=TODAY)
    d = t.to_dict()
    assert d["start_time"] == "07:00:00" and d["end_time"] == "07:00:00"
    report = goalsmith.check_goal("Call the recruiter tomorrow at 3:30pm about the offer", today=TODAY)
    [expr] = report.time_expressions
    assert expr.start_time == T(15, 30)
    assert goalsmith.Report.from_dict(report.to_dict()) == report
    assert "start_time=datetime.time(7, 0)" in repr(t)
    assert isinstance(t, TimeExpression)


def test_the_documents_match_their_schemas():
    jsonschema = pytest.importorskip("jsonschema")
    time_schema = json.loads((SCHEMAS / "time.schema.json").read_text(encoding="utf-8"))
    options_schema = json.loads((SCHEMAS / "time_options.schema.json").read_text(encoding="utf-8"))
    check_options_schema = json.loads((SCHEMAS / "check_options.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(time_schema)
    engine = goalsmith.Engine()
    for text in ["at 3pm", "from 9 to 11am", "tonight", "9:01:10 AM", "every morning at 7 until December 18",
                 "in 2 hours"]:
        doc = json.loads(engine._engine.parse_time(text, "2026-11-22", '{"now": "10:00"}'))
        errors = sorted(validator.iter_errors(doc), key=str)
        assert not errors, (text, errors[0])
    options = jsonschema.Draft202012Validator(options_schema)
    assert options.is_valid({"schema": "goalsmith.time_options/1", "today": "2026-11-22", "now": "08:30",
                             "week_start": "sunday"})
    assert not options.is_valid({"now": "8:30"})
    assert not options.is_valid({"week_start": "friday"})
    assert jsonschema.Draft202012Validator(check_options_schema).is_valid({"week_start": "sunday"})


# ---------------------------------------------------------------- CLI

def test_cli_time_prints_times_and_takes_now_and_week_start(cli):
    p = cli("time", "--today", "2026-11-22", "--now", "16:00", "call at 3pm, then practise from 9 to 11am on Saturday")
    assert p.returncode == 0, p.stderr
    assert "Today: 2026-11-22 16:00" in p.stdout
    assert '"at 3pm"  date (hour)  2026-11-23 15:00' in p.stdout
    assert "2026-11-28 09:00 to 11:00" in p.stdout
    p = cli("time", "--json", "--today", "2026-11-25", "--week-start", "sunday", "this week")
    assert p.returncode == 0, p.stderr
    [e] = json.loads(p.stdout)["expressions"]
    assert (e["start"], e["end"]) == ("2026-11-22", "2026-11-28")
    p = cli("time", "--json", "--options", '{"today": "2026-11-22", "now": "04:30"}', "at 3am")
    [e] = json.loads(p.stdout)["expressions"]
    assert e["start"] == "2026-11-23" and e["start_time"] == "03:00:00"
    p = cli("check", "--json", "--today", "2026-11-25", "--week-start", "sunday",
            "Rehearse 4 STAR stories by the end of the week")
    assert json.loads(p.stdout)["fields"]["deadline"] == "2026-11-28"
    for args in (["time", "--now", "25:00", "x"], ["time", "--week-start", "friday", "x"],
                 ["check", "--week-start", "x", "y"], ["time", "--options", '{"now": 1}', "x"]):
        p = cli(*args)
        assert p.returncode == 2, (args, p.stdout, p.stderr)
        assert p.stderr.strip(), args


def test_cli_batch_time_lines_take_now_and_week_start(cli):
    lines = [
        json.dumps({"op": "time", "text": "at 3am", "now": "04:30"}),
        json.dumps({"op": "time", "text": "this week", "today": "2026-11-25", "week_start": "sunday"}),
        json.dumps({"op": "time", "text": "this week", "options": {"today": "2026-11-25", "week_start": "sunday"}}),
        json.dumps({"op": "time", "text": "x", "now": "4:30"}),
        json.dumps({"op": "time", "text": "x", "options": {"now": "4:30"}}),
    ]
    p = cli("batch", "--today", "2026-11-22", input="\n".join(lines) + "\n")
    assert p.returncode == 0, p.stderr
    out = [json.loads(line) for line in p.stdout.splitlines()]
    assert out[0]["expressions"][0]["start"] == "2026-11-23"
    assert out[1]["expressions"][0]["start"] == "2026-11-22"
    assert out[2]["expressions"][0]["start"] == "2026-11-22"
    assert out[3]["error"]["where"] == "/now"
    assert out[4]["error"]["where"] == "/options/now"
