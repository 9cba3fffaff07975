"""The Python report: verdicts, spans as string indices, dates, round trips, display."""

from __future__ import annotations

import datetime
import json
import pickle

import pytest

import goalsmith
from goalsmith import Report

from conftest import STRONG, TODAY, WEAK


def test_strong_goal_meets_every_criterion_and_has_a_date_deadline():
    r = goalsmith.check_goal(STRONG, today=TODAY)
    assert r.verdicts == {"S": "met", "M": "met", "A": "met", "R": "met", "T": "met"}
    assert r.met
    assert r.deadline == datetime.date(2026, 11, 27)
    assert isinstance(r.deadline, datetime.date)
    assert r.today == TODAY
    assert r.score > 0.9


def test_weak_goal_is_not_specific_measurable_or_time_bound():
    r = goalsmith.check_goal(WEAK, today=TODAY)
    assert r.specific.verdict != "met"
    assert r.measurable.verdict == "missing"
    assert r.time_bound.verdict == "missing"
    assert r.deadline is None
    assert r.score < 0.7
    for c in (r.specific, r.measurable, r.time_bound):
        assert c.suggestions, c.criterion
        assert c.explanation


def test_deadline_in_the_past_makes_time_bound_missing():
    r = goalsmith.check_goal("Send 10 tailored job applications by 2025-01-15.", today=TODAY)
    assert r.time_bound.verdict == "missing"


def test_recurrence_without_end_is_partially_time_bound():
    r = goalsmith.check_goal("Do 2 mock interviews every week.", today=TODAY)
    assert r.time_bound.verdict == "partial"


def test_today_accepts_an_iso_string_and_a_datetime():
    a = goalsmith.check_goal(STRONG, today="2026-11-22")
    b = goalsmith.check_goal(STRONG, today=datetime.datetime(2026, 11, 22, 15, 30))
    assert a == b
    assert a.today == TODAY


def test_criterion_results_carry_label_letter_score_and_weight():
    r = goalsmith.check_goal(STRONG, today=TODAY)
    assert [c.criterion for c in r.criteria] == list(goalsmith.CRITERIA)
    assert [c.letter for c in r.criteria] == ["S", "M", "A", "R", "T"]
    assert r.time_bound.label == "Time-bound"
    for c in r.criteria:
        assert 0.0 <= c.score <= 1.0
        assert c.weight == 1.0
        assert c.verdict in ("met", "partial", "missing")


@pytest.mark.parametrize("goal", [
    "Répéter 4 STAR stories by Friday",
    "Rehearse 4 STAR stories 🎤 by Friday",
    "Practise my élevator pitch — 3 times a week for the next 4 weeks",
])
def test_spans_are_python_string_indices(goal):
    r = goalsmith.check_goal(goal, today=TODAY)
    spans = [e for c in r.criteria for e in c.evidence] + list(r.time_expressions)
    assert spans, "expected some evidence"
    for item in spans:
        begin, end = item.span
        assert goal[begin:end] == item.text
    assert r.deadline is not None


def test_non_ascii_deadline_evidence_points_at_the_words():
    goal = "Répéter 4 STAR stories 🎤 by Friday"
    r = goalsmith.check_goal(goal, today=TODAY)
    (deadline,) = [t for t in r.time_expressions if t.kind == "deadline"]
    assert deadline.text == "by Friday"
    assert deadline.span == (goal.index("by Friday"), len(goal))


def test_bytes_goal_gives_the_same_report_as_str():
    assert goalsmith.check_goal(STRONG.encode(), today=TODAY) == goalsmith.check_goal(
        STRONG, today=TODAY)


def test_to_dict_is_json_compatible_and_round_trips():
    r = goalsmith.check_goal("Répéter 4 STAR stories 🎤 by Friday", today=TODAY)
    d = r.to_dict()
    assert d["schema"] == "goalsmith.smart_report/1"
    again = Report.from_dict(json.loads(json.dumps(d)))
    assert again == r
    assert d["criteria"]["time_bound"]["verdict"] == r.time_bound.verdict
    assert d["fields"]["deadline"] == r.deadline.isoformat()


def test_from_dict_rejects_another_schema():
    d = goalsmith.check_goal(STRONG, today=TODAY).to_dict()
    d["schema"] = "goalsmith.smart_report/2"
    with pytest.raises(ValueError, match="schema"):
        Report.from_dict(d)


def test_report_pickles():
    r = goalsmith.check_goal(STRONG, today=TODAY)
    assert pickle.loads(pickle.dumps(r)) == r


def test_report_is_immutable():
    r = goalsmith.check_goal(STRONG, today=TODAY)
    with pytest.raises(AttributeError):
        r.score = 0.0  # type: ignore[misc]


def test_repr_reads_like_a_constructor_call():
    r = goalsmith.check_goal(WEAK, today=TODAY)
    text = repr(r)
    assert text.startswith("Report(text='Get better at interviews.', ")
    assert "today=datetime.date(2026, 11, 22)" in text
    assert "verdicts={'S': " in text


def test_repr_html_escapes_the_goal_text():
    r = goalsmith.check_goal("Rehearse 4 <b>STAR</b> stories & notes by Friday", today=TODAY)
    page = r._repr_html_()
    assert page.startswith("<table")
    assert "<b>" not in page
    assert "&lt;b&gt;STAR&lt;/b&gt;" in page
    assert "&amp;" in page
    assert r.time_bound.label in page


def test_fields_hold_dates_and_quantity():
    r = goalsmith.check_goal(STRONG, today=TODAY)
    f = r.fields
    assert f.action == "rehearse"
    assert f.quantity is not None and f.quantity.value == 4
    assert STRONG[f.quantity.span[0]:f.quantity.span[1]] == f.quantity.text
    assert f.deadline == datetime.date(2026, 11, 27)
    assert "behavioral" in f.aspects


def test_engine_reports_locale_aspects_and_demo_goals(engine):
    assert engine.locale == "en"
    assert "communication" in engine.aspect_ids()
    assert len(engine.demo_goals()) >= 4
    assert repr(engine) == "Engine(locale='en')"


def test_version_matches_the_package():
    assert goalsmith.version() == goalsmith.__version__ == "0.1.0"
