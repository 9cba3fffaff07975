"""Loading another language pack, and the errors of a malformed one."""

from __future__ import annotations

import json

import pytest

import goalsmith

from conftest import STRONG, TODAY


def test_pack_json_round_trips_into_an_equivalent_engine(engine):
    custom = goalsmith.Engine.from_pack_json(engine.pack_json())
    assert custom.locale == "en"
    assert custom.check_goal(STRONG, today=TODAY) == engine.check_goal(STRONG, today=TODAY)


def test_custom_pack_changes_the_demo_goals(engine):
    pack = json.loads(engine.pack_json())
    pack["demo"]["goals"] = ["Rehearse 2 STAR stories by Friday."]
    custom = goalsmith.Engine.from_pack_json(json.dumps(pack))
    assert custom.demo_goals() == ["Rehearse 2 STAR stories by Friday."]


def test_pack_loads_from_a_file_path(engine, tmp_path):
    path = tmp_path / "pack.json"
    path.write_text(engine.pack_json(), encoding="utf-8")
    assert goalsmith.Engine.from_pack_file(path).locale == "en"
    assert goalsmith.Engine.from_pack_file(str(path)).locale == "en"


def test_missing_pack_file_is_an_error_naming_the_file(tmp_path):
    with pytest.raises(goalsmith.GoalsmithError) as info:
        goalsmith.Engine.from_pack_file(tmp_path / "nope.json")
    assert info.value.code in ("not_found", "io")


def test_malformed_pack_reports_the_json_path(engine):
    pack = json.loads(engine.pack_json())
    pack["smart"]["action_verbs"] = 42
    with pytest.raises((goalsmith.PackError, goalsmith.JsonError)) as info:
        goalsmith.Engine.from_pack_json(json.dumps(pack))
    assert info.value.where.startswith("/smart/action_verbs")
    assert "/smart/action_verbs" in str(info.value)


def test_pack_with_a_syntax_error_reports_the_byte():
    with pytest.raises(goalsmith.JsonError) as info:
        goalsmith.Engine.from_pack_json('{"schema": "goalsmith.pack/1",')
    assert info.value.code == "json_syntax"
    assert info.value.where.startswith("byte ")


def test_pack_of_the_wrong_type_is_a_type_error():
    with pytest.raises(TypeError, match="pack_json must be a str"):
        goalsmith.Engine.from_pack_json(b"{}")  # type: ignore[arg-type]
