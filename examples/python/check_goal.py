"""Check a goal against the SMART criteria and print why each criterion passes or not.

Run: python examples/python/check_goal.py   (after `pip install .`)
"""

import datetime

import goalsmith

goal = "Rehearse 4 STAR stories about teamwork out loud by Friday."
report = goalsmith.check_goal(goal, today=datetime.date(2026, 11, 22), focus=["behavioral"])

print(report)                       # Report(text='...', score=1.0, verdicts={'S': 'met', ...})
print("deadline:", report.deadline)  # 2026-11-27, a datetime.date
for c in report.criteria:
    print(f"{c.label:<12} {c.verdict:<8} {c.explanation}")
    for e in c.evidence:             # spans are string indices: goal[start:end] == e.text
        start, end = e.span
        print(f"{'':12} evidence {goal[start:end]!r} ({e.rule})")
    for s in c.suggestions:
        print(f"{'':12} try: {s}")

# Many goals at once (the GIL is released while they are checked).
weak = ["Get better at interviews.", "Do 2 mock interviews a week for the next 6 weeks."]
for r in goalsmith.check_goals(weak, today="2026-11-22"):
    print(f"{r.score:.2f}  {r.summary}  <- {r.text}")
