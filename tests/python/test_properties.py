"""Properties over arbitrary text: a report or a GoalsmithError, never a crash, and every
span slices the text it reports."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

import goalsmith

from conftest import TODAY

WORDS = st.sampled_from([
    "Rehearse", "4", "STAR", "stories", "by", "Friday", "every", "week", "twice", "a", "for",
    "the", "next", "3", "weeks", "December", "9", "mock", "interviews", "é", "🎤", "über",
    "within", "days", "until", "2026-12-09", "never", "perfectly", "\u00a0", "—",
])


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.lists(WORDS, min_size=1, max_size=14).map(" ".join), st.text(max_size=60)))
def test_any_text_gives_a_report_whose_spans_slice_the_text(text):
    try:
        r = goalsmith.check_goal(text, today=TODAY)
    except goalsmith.GoalsmithError as e:
        assert e.code in ("invalid_argument", "invalid_utf8")
        return
    assert r.text == text
    items = [e for c in r.criteria for e in c.evidence] + list(r.time_expressions)
    for item in items:
        begin, end = item.span
        assert 0 <= begin <= end <= len(text)
        assert text[begin:end] == item.text
    assert goalsmith.Report.from_dict(r.to_dict()) == r
