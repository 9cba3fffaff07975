"""Reads a reflection after a mock interview and prints its possible thinking traps with
reframing prompts, "yet" rewrites and SMART goal drafts, then the feedback guidance."""

import goalsmith

reflection = (
    "The mock went better than last week. I'm not good at salary talks. "
    "I always ramble when they ask about conflict. The recruiter always sends the agenda early."
)
report = goalsmith.check_mindset(reflection, today="2026-11-22", max_prompts=2)
print(report.summary)
for f in report.findings:
    print(f"\n[{f.title}] {f.text}  (trigger: {reflection[f.trigger[0]:f.trigger[1]]!r})")
    if f.rewrite:
        print("  with yet:", f.rewrite)
    for p in f.prompts:
        print("  -", p)
    if f.goal_draft:
        print("  goal:", f.goal_draft.text, "| SMART:", f.goal_draft.smart)

print("\nAfter the session:")
for g in goalsmith.feedback_guidance("after"):
    print("  -", g.text)
assert report.categories == ["fixed_ability", "overgeneralizing"], report.categories
