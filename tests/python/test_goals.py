"""improve_goal from Python and the command line: SMART rewrites, the changes, the document
and its schema, errors."""

from __future__ import annotations

import datetime
import json

import jsonschema
import pytest
from referencing import Registry, Resource

import goalsmith
from conftest import REPO, TODAY

SCHEMAS = REPO / "docs" / "schemas"


def _validator(name: str) -> jsonschema.Draft202012Validator:
    registry: Registry = Registry()
    for path in SCHEMAS.glob("*.schema.json"):
        schema = json.loads(path.read_text(encoding="utf-8"))
        registry = registry.with_resource(schema["$id"], Resource.from_contents(schema))
    schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, registry=registry)


WEAK = ["Get better at interviews.", "Be more confident.", "Never use filler words.", "Do mock interviews.",
        "Land a job at Google.", "Run a half marathon by June.", "Do 25 mock interviews in the next two days."]


@pytest.mark.parametrize("text", WEAK + goalsmith.Engine().demo_goals())
def test_every_rewrite_meets_all_five_criteria(text: str) -> None:
    g = goalsmith.improve_goal(text, TODAY)
    assert g.all_met, g.text
    assert goalsmith.check_goal(g.text, today=TODAY).met
    assert g.before.text == text and g.after.text == g.text
    if g.text != text:
        assert g.changes and all(c.description for c in g.changes)


def test_the_learners_words_stay_and_changes_are_named() -> None:
    g = goalsmith.improve_goal("Improve my communication skills soon.", TODAY, focus=["communication"])
    assert "my communication skills" in g.text
    kinds = [c.kind for c in g.changes]
    assert "verb" in kinds and "vague_time" in kinds
    assert {c.criterion for c in g.changes} <= set(goalsmith.CRITERIA)
    assert g.after.relevant.score == 1.0
    assert "ImprovedGoal(original='Improve my" in repr(g)
    assert "<s>Improve my communication skills soon.</s>" in g._repr_html_()


def test_context_deadline_and_window() -> None:
    g = goalsmith.improve_goal("Do mock interviews.", TODAY, deadline=datetime.date(2026, 12, 18))
    assert g.after.deadline == datetime.date(2026, 12, 18)
    g = goalsmith.improve_goal("Do mock interviews.", TODAY, window_days=28)
    assert g.after.deadline == datetime.date(2026, 12, 19)


def test_document_round_trips_and_matches_the_schema() -> None:
    raw = json.loads(goalsmith._core.improve_goal(goalsmith.Engine()._engine, "Get better at interviews.",
                                                  TODAY.isoformat(), ""))
    errors = sorted(_validator("improved_goal.schema.json").iter_errors(raw), key=str)
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)
    g = goalsmith.improve_goal("Get better at interviews.", TODAY)
    assert goalsmith.ImprovedGoal.from_dict(g.to_dict()) == g
    assert _validator("improve_context.schema.json").is_valid({"focus": ["behavioral"], "deadline": "2026-12-18",
                                                              "window_days": 10})


def test_errors() -> None:
    with pytest.raises(goalsmith.InvalidArgumentError):
        goalsmith.improve_goal("Do mock interviews.", TODAY, focus=["juggling"])
    with pytest.raises(goalsmith.InvalidArgumentError) as e:
        goalsmith.improve_goal("Do mock interviews.", TODAY, deadline="2026-01-01")
    assert e.value.where == "/deadline"
    with pytest.raises(goalsmith.InvalidUTF8Error):
        goalsmith.improve_goal(b"Do \xff", TODAY)
    with pytest.raises(goalsmith.InvalidArgumentError):
        goalsmith.improve_goal("   ", TODAY)
    with pytest.raises(TypeError):
        goalsmith.improve_goal("Do mock interviews.", TODAY, focus="behavioral")
    with pytest.raises(TypeError):
        goalsmith.improve_goal("Do mock interviews.", TODAY, window_days="3")  # type: ignore[arg-type]


def test_cli_improve(cli) -> None:
    p = cli("improve", "--today", TODAY.isoformat(), "Improve", "my", "communication", "skills", "soon.")
    assert p.returncode == 0, p.stderr
    assert "Improved: Practise my communication skills" in p.stdout
    assert "Changes:" in p.stdout and "Time-bound:" in p.stdout
    p = cli("improve", "--today", TODAY.isoformat(), "--json", "--focus", "behavioral", "--deadline", "2026-12-18",
            "Run a half marathon by June.")
    assert p.returncode == 0, p.stderr
    doc = json.loads(p.stdout)
    assert doc["schema"] == "goalsmith.improved_goal/1" and doc["all_met"]
    p = cli("improve", "--today", TODAY.isoformat(), "Rehearse 4 STAR stories about teamwork out loud by Friday.")
    assert "No change needed" in p.stdout
    assert cli("improve").returncode == 2
    assert cli("improve", "--focus", "juggling", "x").returncode == 2
    assert cli("improve", "--window", "many", "x").returncode == 2


def test_cli_batch_improve(cli) -> None:
    lines = [json.dumps({"op": "improve", "text": "Do mock interviews.", "today": "2026-11-22",
                         "context": {"deadline": "2026-12-18"}}),
             json.dumps({"op": "improve", "text": "Do mock interviews.", "today": "2026-11-22",
                         "context": {"deadline": "2026-01-18"}}),
             json.dumps({"op": "improve", "text": "", "today": "2026-11-22"})]
    p = cli("batch", input="\n".join(lines) + "\n")
    assert p.returncode == 0, p.stderr
    out = [json.loads(line) for line in p.stdout.splitlines()]
    assert out[0]["text"] == "Do 8 mock interviews by 2026-12-18."  # 2 a week for about 4 weeks
    assert out[1]["error"]["where"] == "/context/deadline"
    assert out[2]["error"]["code"] == "invalid_argument"
