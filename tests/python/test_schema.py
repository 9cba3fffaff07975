"""The report and options documents match the JSON Schemas published in docs/schemas/."""

from __future__ import annotations

import json

import jsonschema  # part of the [test] extra
import pytest

import goalsmith
from conftest import REPO, TODAY

SCHEMAS = REPO / "docs" / "schemas"

GOALS = [
    "Rehearse 4 STAR stories about teamwork out loud by Friday.",
    "Get better at interviews.",
    "Do 2 mock interviews a week for the next 6 weeks.",
    "Do 25 mock interviews in the next two days.",
    "Practice system design 45 minutes a day until December 18",
    "Send 10 tailored job applications by 2025-01-15.",
    "Keep every answer under 90 seconds, at most 3 filler words.",
    "Répéter 4 STAR stories 🚀 by Friday",
]


def _validator(name: str):
    schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("goal", GOALS + goalsmith.Engine().demo_goals())
def test_every_report_matches_the_published_schema(goal: str) -> None:
    from goalsmith import _core

    raw = _core.Engine("en").check_goal(goal, json.dumps({"today": TODAY.isoformat(), "focus": ["communication"]}))
    errors = sorted(_validator("smart_report.schema.json").iter_errors(json.loads(raw)), key=str)
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)


def test_the_report_schema_rejects_a_wrong_verdict() -> None:
    from goalsmith import _core

    doc = json.loads(_core.Engine("en").check_goal(GOALS[0], json.dumps({"today": TODAY.isoformat()})))
    doc["criteria"]["specific"]["verdict"] = "great"
    assert not _validator("smart_report.schema.json").is_valid(doc)


@pytest.mark.parametrize(
    "options",
    [
        {},
        {"today": "2026-11-22", "focus": ["communication"], "weights": {"T": 2, "attainable": 0.5},
         "labels": {"A": "attainable"}},
        {"schema": "goalsmith.check_options/1", "today": None},
    ],
)
def test_options_the_library_accepts_match_the_options_schema(options: dict) -> None:
    from goalsmith import _core

    _core.Engine("en").check_goal(GOALS[0], json.dumps(options))  # accepted by the library
    assert _validator("check_options.schema.json").is_valid(options)


def test_options_the_library_rejects_are_invalid_for_the_schema_too() -> None:
    from goalsmith import _core

    bad = {"colour": "blue"}
    with pytest.raises(goalsmith.GoalsmithError):
        _core.Engine("en").check_goal(GOALS[0], json.dumps(bad))
    assert not _validator("check_options.schema.json").is_valid(bad)
