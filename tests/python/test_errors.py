"""Bad input gives Python exceptions carrying the core's code, where and message."""

from __future__ import annotations

import pytest

import goalsmith
from goalsmith import GoalsmithError, InvalidArgumentError, InvalidUTF8Error

from conftest import TODAY


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_or_blank_goal_is_an_invalid_argument_error(text):
    with pytest.raises(InvalidArgumentError) as info:
        goalsmith.check_goal(text, today=TODAY)
    assert isinstance(info.value, ValueError)
    assert info.value.code == "invalid_argument"
    assert str(info.value)


def test_invalid_utf8_bytes_name_the_byte_offset():
    with pytest.raises(InvalidUTF8Error) as info:
        goalsmith.check_goal(b"Rehearse 4 \xff stories by Friday", today=TODAY)
    err = info.value
    assert isinstance(err, ValueError) and isinstance(err, GoalsmithError)
    assert err.code == "invalid_utf8"
    assert err.where == "byte 11"
    assert "byte 11" in str(err)


def test_lone_surrogate_in_a_str_is_invalid_utf8_not_a_crash():
    with pytest.raises(InvalidUTF8Error):
        goalsmith.check_goal("Rehearse \udc80 stories by Friday", today=TODAY)


@pytest.mark.parametrize("text", [None, 42, ["Rehearse"], bytearray(b"Rehearse")])
def test_goal_of_the_wrong_type_is_a_type_error(text):
    with pytest.raises(TypeError, match="must be str or bytes"):
        goalsmith.check_goal(text)  # type: ignore[arg-type]


def test_unknown_locale_is_a_not_found_error():
    with pytest.raises(goalsmith.NotFoundError) as info:
        goalsmith.Engine("xx")
    assert isinstance(info.value, LookupError)
    assert info.value.code == "not_found"


def test_locale_of_the_wrong_type_is_a_type_error():
    with pytest.raises(TypeError, match="locale must be a str"):
        goalsmith.Engine(1)  # type: ignore[arg-type]


def test_a_10_mb_goal_is_refused_with_a_clear_error():
    with pytest.raises(InvalidArgumentError) as info:
        goalsmith.check_goal("Rehearse 4 STAR stories by Friday. " * 300000, today=TODAY)
    assert info.value.where.startswith("byte ")


def test_a_long_goal_under_the_limit_is_checked():
    r = goalsmith.check_goal("Rehearse 4 STAR stories by Friday. " * 1000, today=TODAY)
    assert r.specific.verdict == "met"
