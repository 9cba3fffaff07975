"""goalsmith.draft_goals: SMART goal drafts from a feedback session."""

import json
import pathlib

import pytest

import goalsmith

SESSION_FILE = pathlib.Path(__file__).resolve().parents[1] / "data" / "sessions" / "coding_mock.json"


@pytest.fixture(scope="module")
def session():
    return json.loads(SESSION_FILE.read_text(encoding="utf-8"))


def test_drafts_are_smart_and_tied_to_their_feedback(session):
    drafts = goalsmith.draft_goals(session, today="2026-12-05")
    assert 2 <= len(drafts) <= 3
    assert len({d.aspect for d in drafts}) == len(drafts)
    for d in drafts:
        assert d.report.met, d.text
        assert d.report.today.isoformat() == "2026-12-05"
        assert d.source.kind == "feedback"
        assert d.source.session_id == "mock-7"
        notes = {a["question_id"]: a["notes"] for a in session["answers"]}
        if d.source.field == "notes":
            a, b = d.source.span
            assert notes[d.source.question_id][a:b] == d.source.text
        assert d.source.text in d.rationale
    by_aspect = {d.aspect: d for d in drafts}
    assert "clarifying questions" in by_aspect["live_coding"].text
    assert repr(drafts[0]).startswith("DraftedGoal(text=")
    assert "<strong>" in drafts[0]._repr_html_()
    assert drafts[0].to_dict()["report"]["schema"] == "goalsmith.smart_report/1"


def test_session_as_json_text_and_count(session):
    one = goalsmith.draft_goals(json.dumps(session), today="2026-12-05", count=1)
    assert len(one) == 1
    assert one[0] == goalsmith.draft_goals(session, today="2026-12-05")[0]


def test_reflection_adds_a_draft_for_the_skill_it_names():
    session = {"schema": "goalsmith.feedback_session/1", "id": "calm", "date": "2026-12-01",
               "answers": [{"question_id": "lc_clarify", "notes": "Fine."}]}
    reflection = "Café chat went fine. I'm just not good at salary negotiation and never will be."
    drafts = goalsmith.draft_goals(session, reflection=reflection, today="2026-12-05")
    assert [d.aspect for d in drafts] == ["negotiation"]
    source = drafts[0].source
    assert source.kind == "mindset" and source.field == "reflection"
    # Spans are string indices into the reflection (the "é" is two bytes in UTF-8).
    assert reflection[source.span[0]:source.span[1]] == source.text


def test_bad_input_is_reported_with_its_place(session):
    with pytest.raises(goalsmith.JsonError) as e:
        goalsmith.draft_goals('{"id": ', today="2026-12-05")
    assert e.value.where.startswith("byte ")
    bad = dict(session, answers=[{"question_id": "no_such_question", "notes": "x"}])
    with pytest.raises(goalsmith.InvalidArgumentError) as e:
        goalsmith.draft_goals(bad, today="2026-12-05")
    assert e.value.where == "/answers/0/question_id"
    with pytest.raises(goalsmith.GoalsmithError):
        goalsmith.draft_goals(session, count=0)
    with pytest.raises(TypeError):
        goalsmith.draft_goals(42)
    with pytest.raises(TypeError):
        goalsmith.draft_goals(session, count="3")


def test_cli_draft_json_and_errors(cli):
    p = cli("draft", "--today", "2026-12-05", "--json", str(SESSION_FILE))
    assert p.returncode == 0, p.stderr
    doc = json.loads(p.stdout)
    assert doc["schema"] == "goalsmith.goal_drafts/1"
    assert [d["text"] for d in doc["drafts"]] == [
        d.text for d in goalsmith.draft_goals(SESSION_FILE.read_text(encoding="utf-8"), today="2026-12-05")]
    assert all(d["report"]["schema"] == "goalsmith.smart_report/1" for d in doc["drafts"])
    p = cli("draft", "--count", "many", str(SESSION_FILE))
    assert p.returncode == 2 and "--count" in p.stderr
    p = cli("draft", "--today", "2026-12-05", "/no/such/session.json")
    assert p.returncode == 1 and "cannot open" in p.stderr


def test_documents_match_their_published_schemas():
    import jsonschema

    from conftest import REPO
    from goalsmith import _core

    def validator(name):
        schema = json.loads((REPO / "docs" / "schemas" / name).read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        return jsonschema.Draft202012Validator(schema)

    raw = json.loads(_core.draft_goals(_core.Engine("en"), SESSION_FILE.read_text(encoding="utf-8"), "",
                                       "I'm hopeless at salary negotiation.", '{"today": "2026-12-05"}'))
    assert not list(validator("goal_drafts.schema.json").iter_errors(raw))
    reports = validator("smart_report.schema.json")
    for d in raw["drafts"]:
        assert not list(reports.iter_errors(d["report"]))
    assert not list(validator("draft_options.schema.json").iter_errors({"today": "2026-12-05", "count": 2}))


def test_end_to_end_from_a_session_to_a_progress_report(session, tmp_path):
    """The loop of issue 6: feedback -> SMART goal drafts -> journal -> check-ins -> progress."""
    import datetime

    today = datetime.date(2026, 12, 5)
    drafts = goalsmith.draft_goals(session, today=today)
    path = tmp_path / "journal.json"
    journal = goalsmith.Journal.open(path, learner="Ada")
    analysis = goalsmith.analyze_feedback(session)
    journal.add_interview(session, improve=[a.aspect for a in analysis.areas_to_improve])
    goals = [journal.add_goal(d.text, today, source=d.source, origin="draft") for d in drafts]
    # The journal's targets are the drafts' measured quantities.
    assert [g.target.amount for g in goals] == [d.report.fields.quantity.value for d in drafts]
    first = goals[0]
    journal.check_in(first, today + datetime.timedelta(days=1), first.target.amount)
    journal.check_in(goals[1], today + datetime.timedelta(days=2), 1)
    journal.save()

    later = today + datetime.timedelta(days=7)
    progress = {p.goal: p for p in goalsmith.Journal.open(path).progress(later)}
    assert progress[first.id].state == "done" and progress[first.id].percent == 100
    assert progress[goals[1].id].state == "behind"
    assert progress[goals[2].id].done == 0
    report = goalsmith.Journal.open(path).report(later)
    assert drafts[0].text in report and "Ada" in report
