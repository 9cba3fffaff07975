"""Options from Python: focus, weights and labels, and clear errors for bad ones."""

from __future__ import annotations

import pytest

import goalsmith

from conftest import STRONG, TODAY, WEAK


def test_weights_keyed_by_letter_name_or_alias_change_the_score():
    plain = goalsmith.check_goal(WEAK, today=TODAY)
    heavy_t = goalsmith.check_goal(WEAK, today=TODAY, weights={"T": 5})
    same = goalsmith.check_goal(WEAK, today=TODAY, weights={"timely": 5})
    assert heavy_t.time_bound.weight == 5.0
    assert heavy_t.score < plain.score  # Time-bound is missing for this goal
    assert same == heavy_t


def test_labels_use_the_curriculum_alias():
    r = goalsmith.check_goal(STRONG, today=TODAY, labels={"A": "attainable"})
    assert r.achievable.label.lower() == "attainable"
    assert r.achievable.criterion == "achievable"


def test_focus_on_a_named_aspect_keeps_relevant_met():
    r = goalsmith.check_goal("Record 3 answers and keep each under 2 minutes by December 9.",
                             today=TODAY, focus=["communication"])
    assert r.relevant.verdict == "met"


def test_unknown_weight_keys_are_a_value_error_naming_them():
    with pytest.raises(ValueError, match=r"'Q'.*'speed'|'speed'.*'Q'"):
        goalsmith.check_goal(STRONG, weights={"Q": 1, "speed": 2, "T": 1})


def test_unknown_label_key_is_a_value_error():
    with pytest.raises(ValueError, match="'X'"):
        goalsmith.check_goal(STRONG, labels={"X": "attainable"})


def test_label_that_is_not_an_alias_of_its_criterion_is_a_value_error():
    with pytest.raises(ValueError, match="achievable"):
        goalsmith.check_goal(STRONG, labels={"A": "timely"})


def test_unknown_focus_aspect_is_a_value_error_listing_known_ones():
    with pytest.raises(ValueError, match="'charisma'.*communication"):
        goalsmith.check_goal(STRONG, focus=["charisma"])


def test_bad_today_string_is_a_value_error():
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        goalsmith.check_goal(STRONG, today="22/11/2026")
    with pytest.raises(ValueError, match="2026-02-30"):
        goalsmith.check_goal(STRONG, today="2026-02-30")


def test_negative_weight_is_a_value_error():
    with pytest.raises(ValueError, match="weights"):
        goalsmith.check_goal(STRONG, weights={"S": -1})


@pytest.mark.parametrize("kwargs, message", [
    ({"today": 20261122}, "today must be"),
    ({"focus": "communication"}, "focus must be a list"),
    ({"focus": [1]}, "focus items"),
    ({"weights": [("T", 2)]}, "weights must be a dict"),
    ({"weights": {"T": "2"}}, "must be a number"),
    ({"weights": {"T": True}}, "must be a number"),
    ({"weights": {3: 1}}, "keys must be criterion names"),
    ({"labels": {"A": 1}}, "must be a str"),
    ({"engine": "en"}, "engine must be a goalsmith.Engine"),
])
def test_wrong_option_types_are_type_errors_with_a_clear_message(kwargs, message):
    with pytest.raises(TypeError, match=message):
        goalsmith.check_goal(STRONG, **kwargs)


def test_options_are_keyword_only():
    with pytest.raises(TypeError):
        goalsmith.check_goal(STRONG, TODAY)  # type: ignore[misc]
