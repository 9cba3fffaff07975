"""Feedback templates, sessions, analysis, recommendation and rendering from Python, the
published JSON Schemas of their documents, and the `template` / `feedback` commands."""

from __future__ import annotations

import datetime
import json
import pickle

import jsonschema
import pytest

import goalsmith
from goalsmith import Session, SessionAnswer, Template
from conftest import REPO

SCHEMAS = REPO / "docs" / "schemas"


def _validator(name: str):
    schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _session() -> Session:
    return Session(
        "mock-1", "2026-11-20",
        [SessionAnswer("lc_clarify", "Café talk first. You started coding before clarifying the requirements.", rating=2),
         SessionAnswer("cm_pace", "Maybe slow down a bit — you rushed the ending."),
         SessionAnswer("bh_structure", "Great STAR structure, but the result was vague.")],
        template="goalsmith.default", interviewer="Sam", overall_rating="no_decision",
        strengths="Calm under pressure.", improvements="Test with edge cases before saying you are done.")


SCHOOL = {
    "schema": "goalsmith.feedback_template/1", "id": "school.review", "version": "1", "locale": "en",
    "title": "Studio review",
    "scale": {"id": "three", "title": "Three levels", "levels": [
        {"value": 1, "label": "needs improvement"}, {"value": 2, "label": "average"}, {"value": 3, "label": "excellent"}],
        "ready_from": 2},
    "aspects": [{"id": "critique", "title": "Taking critique", "words": ["critique", "defensive"]},
                {"id": "communication", "title": "Communication"}],
    "questions": [{"id": "cr_1", "text": "How did I take your critique?", "kind": "open", "aspect": "critique"},
                  {"id": "cm_1", "text": "Was my presentation clear?", "kind": "open", "aspect": "communication"}],
}


def test_default_template_has_every_aspect_with_four_to_eight_questions():
    t = goalsmith.default_template()
    assert t.id == "goalsmith.default"
    ids = [a.id for a in t.aspects]
    assert "live_coding" in ids and "overall" in ids
    assert set(ids) <= set(goalsmith.Engine().aspect_ids())
    for a in t.aspects:
        assert 4 <= len(t.questions_for(a.id)) <= 8, a.id
    assert repr(t).startswith("Template(id='goalsmith.default'")
    assert "<table" in t._repr_html_()
    assert [s.id for s in goalsmith.feedback_scales()] == ["hire_4", "quality_5", "three_level"]
    assert t.scale.label(4) == "strong hire" and t.scale.label("no_decision") == "no decision"


def test_template_round_trips_and_matches_its_schema():
    t = goalsmith.default_template()
    d = t.to_dict()
    assert not list(_validator("feedback_template.schema.json").iter_errors(d))
    assert Template.from_dict(d) == t
    assert Template.from_dict(json.dumps(SCHOOL)).aspects[0].words == ("critique", "defensive")


@pytest.mark.parametrize("change, where", [
    (lambda d: d["aspects"].append(dict(d["aspects"][0])), "/aspects/2/id"),
    (lambda d: d["questions"][0].update(aspect="juggling"), "/questions/0/aspect"),
    (lambda d: d["questions"][1].update(text=""), "/questions/1/text"),
    (lambda d: d["scale"].update(ready_from=9), "/scale/ready_from"),
    (lambda d: d.update(colour="red"), "/colour"),
])
def test_a_bad_template_raises_with_its_json_path(change, where):
    d = json.loads(json.dumps(SCHOOL))
    change(d)
    with pytest.raises(goalsmith.JsonError) as info:
        Template.from_dict(d)
    assert info.value.where == where


def test_session_round_trip_repr_and_schema():
    s = _session()
    d = s.to_dict()
    assert not list(_validator("feedback_session.schema.json").iter_errors(d))
    assert Session.from_dict(d) == s
    assert repr(s).startswith("Session(id='mock-1', date=datetime.date(2026, 11, 20)")
    with pytest.raises(goalsmith.JsonError) as info:
        Session.from_dict({**d, "date": "2026-02-30"})
    assert info.value.where == "/date"
    with pytest.raises(TypeError):
        goalsmith.analyze_feedback(42)  # type: ignore[arg-type]


def test_analysis_finds_findings_with_string_index_spans():
    s = _session()
    a = goalsmith.analyze_feedback(s)
    assert a.top_areas[0] == "live_coding"
    started = next(f for f in a.findings if f.text.startswith("You started coding"))
    assert started.polarity == "improve" and started.aspect == "live_coding"
    notes = s.source_text(started.source, started.question_id)
    assert notes[started.span[0]:started.span[1]] == started.text  # string indices despite "é"
    slow = next(f for f in a.findings if f.text.startswith("Maybe slow down"))
    assert slow.softened and slow.polarity == "improve"
    assert any(c.rule == "softener" for c in slow.cues)
    doc = a.to_dict()
    assert goalsmith.FeedbackAnalysis.from_dict(doc) == a
    assert pickle.loads(pickle.dumps(a)) == a
    assert "live_coding" in repr(a) and "<table>" in a._repr_html_()


def test_analysis_json_from_the_core_matches_the_schema():
    from goalsmith import _core

    raw = _core.feedback_request(goalsmith.Engine()._engine, "analyze", json.dumps({"session": _session().to_dict()}))
    assert not list(_validator("feedback_analysis.schema.json").iter_errors(json.loads(raw)))


def test_a_rating_off_the_scale_names_its_path():
    s = Session("x", "2026-11-20", [SessionAnswer("lc_clarify", rating=9)], template="goalsmith.default")
    with pytest.raises(goalsmith.InvalidArgumentError) as info:
        goalsmith.analyze_feedback(s)
    assert info.value.where == "/session/answers/0/rating"


def test_custom_template_analysis_and_recommendation():
    t = Template.from_dict(SCHOOL)
    s = Session("st-1", datetime.date(2026, 11, 25), [SessionAnswer("cr_1", "You got a bit defensive about the colours.")],
                template="school.review")
    a = goalsmith.analyze_feedback(s, t)
    assert a.findings[0].aspect == "critique" and a.findings[0].softened
    r = goalsmith.recommend_questions(t, ["I get defensive about critique"], n=1)
    assert r.question_ids == ["cr_1"]


def test_recommendation_is_deterministic_and_follows_history():
    r1 = goalsmith.recommend_questions(concerns=["I freeze on coding questions"])
    r2 = goalsmith.recommend_questions(concerns=["I freeze on coding questions"])
    assert r1 == r2 and len(r1.questions) == 3 and len(set(r1.question_ids)) == 3
    assert r1.questions[0].question.aspect == "live_coding"
    assert r1.concerns[0].evidence[0].text == "coding questions"
    history = [Session(f"h{i}", f"2026-11-0{i}", [SessionAnswer("cm_pace", "Too fast, you rambled.")],
                       template="goalsmith.default") for i in (1, 2)]
    r = goalsmith.recommend_questions(history=history, n=2)
    assert r.questions[0].reason_code == "recurring"
    assert "cm_pace" not in r.question_ids
    assert not list(_validator("feedback_recommendation.schema.json").iter_errors(
        json.loads(goalsmith._core.feedback_request(goalsmith.Engine()._engine, "recommend", json.dumps({"n": 2})))))
    with pytest.raises(goalsmith.InvalidArgumentError):
        goalsmith.recommend_questions(n=0)
    with pytest.raises(TypeError):
        goalsmith.recommend_questions(concerns="communication")


def test_history_reports_recurring_aspects():
    sessions = [Session(f"s{i}", f"2026-11-1{i}", [SessionAnswer("cm_pace", "Much too fast again.")],
                        template="goalsmith.default") for i in range(3)]
    h = goalsmith.analyze_history(sessions)
    assert h.recurring == ["communication"]
    assert h.session_ids == ("s0", "s1", "s2")
    assert len(h.analyses) == 3
    raw = goalsmith._core.feedback_request(goalsmith.Engine()._engine, "history",
                                           json.dumps({"sessions": [s.to_dict() for s in sessions]}))
    assert not list(_validator("feedback_history.schema.json").iter_errors(json.loads(raw)))


def test_rendering_escapes_html():
    md = goalsmith.render_worksheet(questions=["lc_clarify", "ov_hire"])
    assert md.startswith("# Feedback after a mock interview") and "strong no hire" in md
    s = Session("x", "2026-11-20", [SessionAnswer("lc_clarify", "<script>alert(1)</script>")])
    html = goalsmith.render_report(s, format="html")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<article" in s._repr_html_()
    with pytest.raises(ValueError):
        goalsmith.render_worksheet(format="pdf")
    with pytest.raises(goalsmith.InvalidArgumentError) as info:
        goalsmith.render_worksheet(questions=["nope"])
    assert info.value.where == "/questions/0"


def test_cli_template_and_feedback(cli, tmp_path):
    p = cli("template", "--json")
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["id"] == "goalsmith.default"
    p = cli("template", "--markdown", "--questions", "lc_clarify,cm_pace")
    assert p.returncode == 0 and "clarifying questions" in p.stdout
    path = tmp_path / "session.json"
    path.write_text(_session().to_json(), encoding="utf-8")
    p = cli("feedback", "analyze", str(path))
    assert p.returncode == 0, p.stderr
    assert "Areas to improve" in p.stdout and "Live coding" in p.stdout
    p = cli("feedback", "analyze", "--json", str(path))
    assert json.loads(p.stdout)["schema"] == "goalsmith.feedback_analysis/1"
    p = cli("feedback", "recommend", "--n", "2", "I freeze on coding questions")
    assert p.returncode == 0 and "[lc_clarify]" in p.stdout
    p = cli("feedback", "history", str(path))
    assert p.returncode == 0, p.stderr
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema": "goalsmith.feedback_session/1", "id": "x", "date": "2026-13-01", "answers": []}')
    p = cli("feedback", "analyze", str(bad))
    assert p.returncode == 1 and "/date" in p.stderr
    assert cli("feedback", "frobnicate").returncode == 2


def test_batch_feedback_op(cli):
    lines = [json.dumps({"op": "feedback", "session": _session().to_dict()}),
             json.dumps({"op": "feedback", "action": "recommend", "concerns": ["communication"], "n": 1}),
             json.dumps({"op": "feedback", "action": "dance"})]
    p = cli("batch", input="\n".join(lines) + "\n")
    out = [json.loads(line) for line in p.stdout.splitlines()]
    assert out[0]["schema"] == "goalsmith.feedback_analysis/1"
    assert out[1]["questions"][0]["question"]["aspect"] == "communication"
    assert out[2]["error"]["where"] == "/action"
