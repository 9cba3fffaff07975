"""The growth-mindset check from Python: findings, spans as string indices, prompts, rewrites,
goal drafts, guidance, errors, the JSON schema, pickling, HTML, the CLI and batch."""

from __future__ import annotations

import json
import pickle

import jsonschema
import pytest

import goalsmith
from conftest import REPO

TODAY = "2026-11-22"
SCHEMAS = REPO / "docs" / "schemas"


def _validator(name: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_a_fixed_ability_sentence_gets_prompts_a_rewrite_and_a_goal_draft():
    r = goalsmith.check_mindset("The mock went fine. I'm not good at salary talks.", today=TODAY)
    assert isinstance(r, goalsmith.MindsetReport)
    assert r.sentences == 2
    assert r.categories == ["fixed_ability"]
    f = r.findings[0]
    assert f.category == "fixed_ability"
    assert f.text == "I'm not good at salary talks."
    assert r.text[f.span[0]:f.span[1]] == f.text
    assert r.text[f.trigger[0]:f.trigger[1]] == f.trigger_text
    assert 0 < f.confidence <= 1
    assert 1 <= len(f.prompts) <= 3
    assert f.prompts[0].technique == "yet"
    assert "salary talks" in str(f.prompts[0])
    assert f.rewrite == "I'm not good at salary talks yet."
    assert f.skill is not None and f.skill.aspect == "negotiation"
    assert r.text[f.skill.span[0]:f.skill.span[1]] == "salary talks"
    assert f.goal_draft is not None and f.goal_draft.smart
    assert f.goal_draft.verdicts == {"S": "met", "M": "met", "A": "met", "R": "met", "T": "met"}
    assert "2026-12-06" in f.goal_draft.text


def test_spans_are_string_indices_with_non_ascii_text():
    text = "Das Café war laut — ich bin hoffnungslos. 🚀 I'm hopeless at interviews."
    r = goalsmith.check_mindset(text, today=TODAY)
    f = r.findings[0]
    assert f.category == "labeling"
    assert text[f.span[0]:f.span[1]] == f.text
    assert f.text.endswith("I'm hopeless at interviews.")
    assert text[f.trigger[0]:f.trigger[1]] == f.trigger_text


@pytest.mark.parametrize("text, category", [
    ("I'm hopeless.", "labeling"),
    ("I just don't have a coding brain.", "fixed_ability"),
    ("I will never get through an onsite.", "fortune_telling"),
    ("I always ramble.", "overgeneralizing"),
    ("It was a total failure of a day.", "all_or_nothing"),
    ("I've ruined my chances forever.", "catastrophizing"),
    ("They must think I'm incompetent.", "mind_reading"),
    ("I must never make a mistake in an interview.", "should_statements"),
    ("The praise doesn't count, the questions were easy.", "disqualifying_positive"),
    ("My classmates are all ahead of me.", "comparing"),
    ("It was a fluke that I passed the screen.", "impostor"),
    ("I feel like a failure, so I am one.", "emotional_reasoning"),
    ("Why bother preparing at all.", "giving_up"),
])
def test_every_category_is_found_with_prompts(text, category):
    r = goalsmith.check_mindset(text, today=TODAY)
    assert category in r.categories
    for f in r.findings:
        assert f.prompts and all("{" not in p.text for p in f.prompts)


@pytest.mark.parametrize("text", [
    "The recruiter always sends the agenda the day before.",
    "I never code in C# these days.",
    "I can't explain Big-O clearly yet, so I'm drilling it daily.",
    "I got two questions wrong and now I know what to review.",
    "Am I hopeless at this?",
    "My mentor says I always ramble.",
    "\"You're hopeless,\" my brother joked.",
])
def test_look_alikes_are_not_flagged(text):
    assert goalsmith.check_mindset(text, today=TODAY).findings == ()


def test_options_limit_prompts_confidence_and_drafts():
    r = goalsmith.check_mindset("I'm not good at salary talks.", today=TODAY, max_prompts=1,
                                goal_drafts=False)
    assert len(r.findings[0].prompts) == 1
    assert r.findings[0].goal_draft is None
    assert goalsmith.check_mindset("I always ramble.", min_confidence=0.99).findings == ()


def test_bad_arguments_raise_clear_errors():
    with pytest.raises(goalsmith.InvalidUTF8Error) as e:
        goalsmith.check_mindset(b"I'm \xff hopeless")
    assert e.value.where == "byte 4"
    with pytest.raises(goalsmith.InvalidArgumentError, match="empty"):
        goalsmith.check_mindset("   ")
    with pytest.raises(goalsmith.InvalidArgumentError) as big:
        goalsmith.check_mindset("a" * (1024 * 1024 + 1))
    assert big.value.where == "byte 1048576"
    with pytest.raises(TypeError, match="must be str or bytes"):
        goalsmith.check_mindset(42)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="max_prompts"):
        goalsmith.check_mindset("I'm hopeless.", max_prompts=4)
    with pytest.raises(TypeError, match="max_prompts"):
        goalsmith.check_mindset("I'm hopeless.", max_prompts="2")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="min_confidence"):
        goalsmith.check_mindset("I'm hopeless.", min_confidence=2)
    with pytest.raises(ValueError, match="today"):
        goalsmith.check_mindset("I'm hopeless.", today="2026-02-30")
    with pytest.raises(TypeError, match="engine"):
        goalsmith.check_mindset("I'm hopeless.", engine="en")  # type: ignore[arg-type]


def test_the_report_round_trips_pickles_and_matches_the_schema():
    r = goalsmith.check_mindset("I'm not good at salary talks. They must think I'm incompetent.",
                                today=TODAY)
    assert goalsmith.MindsetReport.from_dict(r.to_dict()) == r
    assert pickle.loads(pickle.dumps(r)) == r
    assert repr(r).startswith("MindsetReport(text=")
    html = r._repr_html_()
    assert "<mark>" in html and "fixed ability" in html and "&#x27;" in html
    from goalsmith import _core
    raw = json.loads(_core.check_mindset(goalsmith.Engine()._engine, r.text,
                                         json.dumps({"today": TODAY})))
    errors = list(_validator("mindset_report.schema.json").iter_errors(raw))
    assert not errors, errors
    bad = dict(raw, findings=[dict(raw["findings"][0], confidence=2)])
    assert not _validator("mindset_report.schema.json").is_valid(bad)


def test_feedback_guidance_before_and_after():
    before = goalsmith.feedback_guidance("before")
    after = goalsmith.feedback_guidance("after")
    both = goalsmith.feedback_guidance()
    assert [g.id for g in before][:2] == ["listen", "ask_examples"]
    assert {g.moment for g in before} == {"before"}
    assert {g.moment for g in after} == {"after"}
    assert both == before + after
    with pytest.raises(ValueError, match="moment"):
        goalsmith.feedback_guidance("during")
    from goalsmith import _core
    doc = json.loads(_core.feedback_guidance(goalsmith.Engine()._engine))
    assert _validator("feedback_guidance.schema.json").is_valid(doc)


def test_categories_of_the_pack():
    cats = goalsmith.mindset_categories()
    assert len(cats) == 13
    assert cats[0] == goalsmith.MindsetCategory("labeling", "labeling", cats[0].description)


def test_reframe_command_prints_findings_and_json(cli):
    p = cli("reframe", "--today", TODAY, "I'm", "not", "good", "at", "salary", "talks.")
    assert p.returncode == 0, p.stderr
    assert "1 possible thinking trap in 1 sentence: fixed ability." in p.stdout
    assert "with yet: I'm not good at salary talks yet." in p.stdout
    p = cli("reframe", "--json", "--today", TODAY, "I always ramble. I'm fine.")
    assert p.returncode == 0, p.stderr
    doc = json.loads(p.stdout)
    assert doc["schema"] == "goalsmith.mindset_report/1"
    assert [f["category"] for f in doc["findings"]] == ["overgeneralizing"]
    f = doc["findings"][0]
    assert {"category", "span", "text", "confidence", "prompts"} <= set(f)


def test_reframe_reads_stdin_and_prints_guidance(cli):
    p = cli("reframe", "--today", TODAY, "-", input="I give up on tech interviews.\n")
    assert p.returncode == 0, p.stderr
    assert "giving up" in p.stdout
    p = cli("reframe", "--guidance", "after", "--json")
    doc = json.loads(p.stdout)
    assert doc["before"] == [] and doc["after"]


def test_reframe_reports_bad_input_and_usage(cli):
    p = cli("reframe", "   ")
    assert p.returncode == 1
    assert "reflection text is empty" in p.stderr
    p = cli("reframe")
    assert p.returncode == 2
    p = cli("reframe", "--max-prompts", "5", "I'm hopeless")
    assert p.returncode == 2
    assert "max-prompts" in p.stderr
    p = cli("reframe", "--guidance", "during")
    assert p.returncode == 2


def test_batch_mindset_lines(cli):
    lines = [
        json.dumps({"op": "mindset", "text": "I'm hopeless at interviews.", "today": TODAY}),
        json.dumps({"op": "mindset", "text": "I always ramble.", "options": {"max_prompts": 9}}),
        json.dumps({"op": "mindset", "text": ""}),
        json.dumps({"op": "mindset", "text": "I'm fine.", "colour": 1}),
    ]
    p = cli("batch", input="\n".join(lines) + "\n")
    assert p.returncode == 0, p.stderr
    out = [json.loads(line) for line in p.stdout.splitlines()]
    assert out[0]["schema"] == "goalsmith.mindset_report/1"
    assert out[0]["findings"][0]["category"] == "labeling"
    assert out[1]["error"]["where"] == "/options/max_prompts"
    assert out[2]["error"]["code"] == "invalid_argument"
    assert out[3]["error"]["code"] == "json_schema"
