"""The SMART goals worksheet from Python and the command line: reading, the blank form,
grading, the grade document and its schema, errors."""

from __future__ import annotations

import datetime
import json

import jsonschema
import pytest
from referencing import Registry, Resource

import goalsmith
from conftest import REPO

DATA = REPO / "tests" / "data" / "worksheets"
SCHEMAS = REPO / "docs" / "schemas"


def _text(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def _validator(name: str) -> jsonschema.Draft202012Validator:
    registry: Registry = Registry()
    for path in SCHEMAS.glob("*.schema.json"):
        schema = json.loads(path.read_text(encoding="utf-8"))
        registry = registry.with_resource(schema["$id"], Resource.from_contents(schema))
    schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, registry=registry)


SAMPLES = ["strong.md", "strong.json", "missing_letters.md", "weak.md", "off_topic.json"]


# ---------------------------------------------------------------- reading

def test_worksheet_reads_the_markdown_form() -> None:
    w = goalsmith.Worksheet.from_markdown(_text("strong.md"))
    assert w.learner == "Ada Lovelace"
    assert w.date == datetime.date(2026, 11, 22)
    assert w.session == "mock-2026-11-20"
    assert w.feedback_aspects == ("behavioral", "communication")
    assert len(w.goals) == 2
    assert w.goals[0].statement.startswith("Rehearse 4 STAR stories")
    assert w.goals[1].justification("m").startswith("I will count the filler words")
    assert "Worksheet(goals=(WorksheetGoal(" in repr(w)
    assert "<blockquote>" in w._repr_html_()


def test_worksheet_round_trips_through_dict_json_and_markdown() -> None:
    for name in SAMPLES:
        w = goalsmith.Worksheet.parse(_text(name))
        assert goalsmith.Worksheet.from_dict(w.to_dict()) == w
        assert goalsmith.Worksheet.from_markdown(w.to_markdown()) == w
        assert _validator("worksheet.schema.json").is_valid(w.to_dict())


def test_the_sample_json_worksheets_match_the_schema() -> None:
    for name in ("strong.json", "off_topic.json"):
        assert _validator("worksheet.schema.json").is_valid(json.loads(_text(name)))
    assert _validator("grading_rubric.schema.json").is_valid(json.loads(_text("curriculum_rubric.json")))


def test_malformed_markdown_names_the_line() -> None:
    with pytest.raises(goalsmith.InvalidArgumentError) as e:
        goalsmith.Worksheet.from_markdown("Date: 2026-11-22\n\n## Goal 1\nGoal: Rehearse 4 STAR stories.\n"
                                          "- S: a\n- S: b\n")
    assert e.value.where == "line 6"
    assert "already has a justification for S (line 5)" in str(e.value)
    with pytest.raises(ValueError):
        goalsmith.Worksheet.from_markdown('{"schema": "goalsmith.worksheet/1"}')


def test_malformed_dicts_name_the_json_path() -> None:
    with pytest.raises(goalsmith.JsonError) as e:
        goalsmith.Worksheet.from_dict({"goals": [{"statement": "Rehearse 4 STAR stories."},
                                                 {"statement": "x", "justifications": {"Q": "?"}}]})
    assert e.value.where == "/goals/1/justifications/Q"
    with pytest.raises(TypeError):
        goalsmith.Worksheet.from_dict(["not", "a", "dict"])  # type: ignore[arg-type]


def test_invalid_utf8_bytes_give_the_byte_offset() -> None:
    with pytest.raises(goalsmith.InvalidUTF8Error) as e:
        goalsmith.Worksheet.parse(b"## Goal 1\nGoal: a \xff\n")
    assert e.value.where == "byte 18"


def test_blank_worksheet_is_a_form_to_fill_in() -> None:
    form = goalsmith.blank_worksheet(3)
    assert form.startswith("# SMART goals worksheet")
    assert "## Goal 3" in form and "## Goal 4" not in form
    filled = form.replace("Date: <!--", "Date: 2026-11-22 <!--").replace(
        "Goal: <!--", "Goal: Rehearse 4 STAR stories about teamwork by Friday. <!--")
    w = goalsmith.Worksheet.from_markdown(filled)
    assert len(w.goals) == 3 and w.date == datetime.date(2026, 11, 22)
    with pytest.raises(goalsmith.InvalidArgumentError):
        goalsmith.blank_worksheet(0)
    with pytest.raises(TypeError):
        goalsmith.blank_worksheet("2")  # type: ignore[arg-type]


# ---------------------------------------------------------------- grading

def test_samples_are_graded_strong_over_weak_over_off_topic() -> None:
    rubric = json.loads(_text("curriculum_rubric.json"))
    grades = {name: goalsmith.grade_worksheet(_text(name), rubric) for name in SAMPLES}
    assert grades["strong.md"].score > grades["missing_letters.md"].score > grades["weak.md"].score
    assert grades["weak.md"].score > grades["off_topic.json"].score
    assert grades["strong.md"].band == "excellent" and grades["strong.md"].passed
    assert not grades["weak.md"].passed
    assert all(g.off_topic for g in grades["off_topic.json"].goals)
    missing = grades["missing_letters.md"].goals[1]
    assert [j.given for j in missing.justifications] == [False] * 5
    assert any("you have not argued" in c for c in missing.comments)


def test_a_grade_carries_reports_justifications_and_spans_as_string_indices() -> None:
    w = goalsmith.Worksheet.from_dict({
        "learner": "Zoë", "date": "2026-11-22", "feedback": {"aspects": ["behavioral"]},
        "goals": [{"statement": "Rehearse 4 STAR stories about teamwork by December 4.",
                   "justifications": {"S": "Zoë will rehearse exactly 4 stories about teamwork.",
                                      "T": "The deadline is December 4."}}]})
    g = w.grade()
    goal = g.goals[0]
    assert isinstance(goal.report, goalsmith.Report)
    assert goal.report.relevant.score == 1.0  # the statement works on a feedback aspect
    s = goal.justifications[0]
    assert s.verdict == "met"
    for ev in s.evidence:
        assert s.text[ev.span[0]:ev.span[1]] == ev.text  # "Zoë" is 3 characters, 4 bytes
    t = goal.justifications[4]
    assert any(ev.rule == "matches_deadline" for ev in t.evidence)
    assert goal.justifications[1].comment is not None and not goal.justifications[1].given
    assert "WorksheetGrade(learner='Zoë'" in repr(g)
    assert "<h4>Goal 1:" in g._repr_html_()


def test_grade_round_trips_and_matches_the_schema() -> None:
    validator = _validator("worksheet_grade.schema.json")
    for name in SAMPLES:
        raw = json.loads(goalsmith._core.worksheet_grade(goalsmith.Engine()._engine, _text(name), ""))
        errors = sorted(validator.iter_errors(raw), key=str)
        assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)
        g = goalsmith.grade_worksheet(_text(name))
        assert goalsmith.WorksheetGrade.from_dict(g.to_dict()) == g


def test_grading_is_deterministic() -> None:
    engine = goalsmith.Engine()
    for name in SAMPLES:
        a = goalsmith._core.worksheet_grade(engine._engine, _text(name), "")
        b = goalsmith._core.worksheet_grade(goalsmith.Engine()._engine, _text(name), "")
        assert a == b


def test_grade_worksheets_grades_a_class_set_in_order() -> None:
    texts = [_text(name) for name in SAMPLES] * 3
    grades = goalsmith.grade_worksheets(texts, threads=3)
    assert [g.learner for g in grades] == [goalsmith.grade_worksheet(t).learner for t in texts]
    bad = texts[:2] + ["## Goal 1\nGoal: no date here.\n"]
    with pytest.raises(goalsmith.InvalidArgumentError) as e:
        goalsmith.grade_worksheets(bad)
    assert e.value.index == 2
    assert e.value.where == "/date"


def test_rubric_and_argument_errors() -> None:
    with pytest.raises(goalsmith.JsonError) as e:
        goalsmith.grade_worksheet(_text("strong.md"), {"pass_mark": 5})
    assert e.value.where == "/pass_mark"
    with pytest.raises(goalsmith.InvalidArgumentError) as e2:
        goalsmith.grade_worksheet(_text("strong.md"), {"required_areas": ["juggling"]})
    assert e2.value.where == "/required_areas/0"
    with pytest.raises(TypeError):
        goalsmith.grade_worksheet(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        goalsmith.grade_worksheet(_text("strong.md"), 3)  # type: ignore[arg-type]


# ---------------------------------------------------------------- command line

def test_cli_grade_prints_score_and_comments(cli) -> None:
    p = cli("grade", str(DATA / "weak.md"))
    assert p.returncode == 0, p.stderr
    assert "Score: 0.4" in p.stdout
    assert "not passed" in p.stdout
    assert "Goal 1, Time-bound:" in p.stdout


def test_cli_grade_json_with_a_rubric(cli) -> None:
    p = cli("grade", "--json", "--rubric", str(DATA / "curriculum_rubric.json"), str(DATA / "strong.json"))
    assert p.returncode == 0, p.stderr
    doc = json.loads(p.stdout)
    assert doc["schema"] == "goalsmith.worksheet_grade/1"
    assert [a["covered"] for a in doc["required_areas"]] == [False, False]
    assert _validator("worksheet_grade.schema.json").is_valid(doc)


def test_cli_grade_reads_stdin_and_prints_a_blank_form(cli) -> None:
    p = cli("grade", "-", input=_text("strong.md"))
    assert p.returncode == 0 and "excellent" in p.stdout
    p = cli("grade", "--blank", "--goals", "1")
    assert p.returncode == 0 and "## Goal 1" in p.stdout and "## Goal 2" not in p.stdout


def test_cli_grade_errors(cli) -> None:
    p = cli("grade", str(DATA / "no-such-file.md"))
    assert p.returncode == 1 and "cannot open" in p.stderr
    p = cli("grade")
    assert p.returncode == 2
    p = cli("grade", "--blank", "--goals", "zero")
    assert p.returncode == 2
    p = cli("grade", "-", input="## Goal 1\n- S: no statement\n")
    assert p.returncode == 1 and "line 1" in p.stderr


def test_cli_batch_grade_lines(cli) -> None:
    lines = [
        json.dumps({"op": "grade", "worksheet": json.loads(_text("off_topic.json"))}),
        json.dumps({"op": "grade", "markdown": _text("strong.md"), "rubric": {"min_goals": 3}}),
        json.dumps({"op": "grade", "markdown": "## Goal 1\nGoal: a.\n- X: b\n"}),
        json.dumps({"op": "grade", "worksheet": {"schema": "goalsmith.worksheet/1", "goals": []}}),
    ]
    p = cli("batch", input="\n".join(lines) + "\n")
    assert p.returncode == 0, p.stderr
    out = [json.loads(line) for line in p.stdout.splitlines()]
    assert out[0]["schema"] == "goalsmith.worksheet_grade/1" and out[0]["band"] == "beginning"
    assert out[1]["missing_goals"] == 1
    assert out[2]["error"]["where"] == "line 3"
    assert out[3]["error"]["where"] == "/worksheet/goals"
