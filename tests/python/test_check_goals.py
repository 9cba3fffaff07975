"""check_goals: many goals at once, in order, with the GIL released."""

from __future__ import annotations

import threading

import pytest

import goalsmith

from conftest import TODAY


def _goals(engine):
    return engine.demo_goals() * 5 + ["Répéter 4 STAR stories 🎤 by Friday"]


@pytest.mark.parametrize("threads", [0, 1, 2, 7])
def test_results_are_in_input_order_and_equal_single_checks(engine, threads):
    goals = _goals(engine)
    many = goalsmith.check_goals(goals, today=TODAY, threads=threads)
    assert [r.text for r in many] == goals
    assert many == [goalsmith.check_goal(g, today=TODAY) for g in goals]


def test_empty_list_gives_empty_list():
    assert goalsmith.check_goals([], today=TODAY) == []


def test_accepts_any_iterable_of_goals(engine):
    goals = engine.demo_goals()
    assert goalsmith.check_goals(iter(goals), today=TODAY) == goalsmith.check_goals(
        goals, today=TODAY)


def test_a_bad_goal_raises_with_its_index():
    goals = ["Rehearse 4 STAR stories by Friday", "ok goal by Friday", "   ", b"\xff"]
    with pytest.raises(goalsmith.InvalidArgumentError) as info:
        goalsmith.check_goals(goals, today=TODAY, threads=2)
    assert info.value.index == 2
    assert str(info.value).startswith("goal 2: ")


def test_wrong_item_type_is_a_type_error_naming_the_index():
    with pytest.raises(TypeError, match=r"texts\[1\] must be str or bytes"):
        goalsmith.check_goals(["Rehearse 4 STAR stories by Friday", 3])


def test_a_single_string_is_a_type_error():
    with pytest.raises(TypeError, match="not a single goal"):
        goalsmith.check_goals("Rehearse 4 STAR stories by Friday")


@pytest.mark.parametrize("threads, error", [(-1, ValueError), (1.5, TypeError), (True, TypeError)])
def test_bad_thread_counts_are_rejected(threads, error):
    with pytest.raises(error):
        goalsmith.check_goals(["Rehearse 4 STAR stories by Friday"], threads=threads)


def test_python_threads_can_share_one_engine(engine):
    goals = _goals(engine)
    expected = engine.check_goals(goals, today=TODAY, threads=1)
    results = {}

    def work(k):
        results[k] = engine.check_goals(goals, today=TODAY, threads=2)

    workers = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert all(results[k] == expected for k in range(4))
