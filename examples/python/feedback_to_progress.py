"""From a mock interview's feedback to SMART goals to a progress report, in a few calls.

The learner took notes on three questions after a mock interview; goalsmith drafts one SMART
goal per area to improve, the goals go into a journal with the interview and a reflection, the
learner checks in over the next days, and the journal reports progress. Run:
python examples/python/feedback_to_progress.py
"""

import datetime
import pathlib
import tempfile

import goalsmith

TODAY = datetime.date(2026, 12, 5)

session = {
    "schema": "goalsmith.feedback_session/1",
    "id": "mock-7",
    "date": "2026-12-03",
    "kind": "peer_mock",
    "answers": [
        {"question_id": "lc_clarify", "notes": "You started coding before clarifying the requirements."},
        {"question_id": "cm_pace", "notes": "You said um a lot and your answers were full of filler words."},
        {"question_id": "bh_structure", "notes": "Good structure, but the result of your story was vague."},
    ],
}
reflection = "I froze on the coding question. I'm just not a natural at live coding."

# 1. Feedback -> SMART goal drafts, each tied to the note it answers and checked.
drafts = goalsmith.draft_goals(session, reflection=reflection, today=TODAY)
for d in drafts:
    assert d.report.met, d.text
    print(f"- {d.text}\n    ({d.rationale})")

# 2. A journal holds the interview, the reflection and the goals.
with tempfile.TemporaryDirectory() as tmp:
    path = pathlib.Path(tmp) / "journal.json"
    journal = goalsmith.Journal.open(path, learner="Ada")
    analysis = goalsmith.analyze_feedback(session)
    journal.add_interview(session, improve=[a.aspect for a in analysis.areas_to_improve])
    journal.add_reflection(reflection, TODAY, mindset=goalsmith.check_mindset(reflection, today=TODAY))
    goals = [journal.add_goal(d.text, TODAY, source=d.source, origin="draft") for d in drafts]

    # 3. Check-ins over the next days.
    journal.check_in(goals[0], TODAY + datetime.timedelta(days=1), 2, note="two problems, asked first")
    journal.check_in(goals[0], TODAY + datetime.timedelta(days=3), 2)
    journal.check_in(goals[1], TODAY + datetime.timedelta(days=2), 1)
    journal.save()

    # 4. Progress and a report, a week later, from the saved file.
    later = TODAY + datetime.timedelta(days=7)
    reopened = goalsmith.Journal.open(path)
    for p in reopened.progress(later):
        print(f"{p.goal}: {p.done:g}/{p.target.amount:g} ({p.percent:.0f}%) {p.state}")
    print(reopened.report(later))
