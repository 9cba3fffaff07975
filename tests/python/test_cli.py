"""The goalsmith command line, through `python -m goalsmith` and the installed script."""

from __future__ import annotations

import json
import subprocess

from conftest import STRONG, WEAK

TODAY = "2026-11-22"


def test_check_prints_a_readable_report(cli):
    p = cli("check", "--today", TODAY, *STRONG.split())
    assert p.returncode == 0, p.stderr
    out = p.stdout
    assert STRONG in out
    for label in ("Specific", "Measurable", "Achievable", "Relevant", "Time-bound"):
        assert label in out
    assert "Score: 0.9" in out or "Score: 1.00" in out
    assert "Summary: " in out
    assert "Deadline: 2026-11-27" in out
    assert '"by Friday"' in out  # evidence


def test_check_shows_suggestions_for_a_weak_goal(cli):
    p = cli("check", "--today", TODAY, WEAK)
    assert p.returncode == 0, p.stderr
    assert "Suggestions:" in p.stdout
    assert "missing" in p.stdout


def test_check_json_prints_the_report_document(cli):
    p = cli("check", "--today=2026-11-22", "--json", "--focus", "behavioral", STRONG)
    assert p.returncode == 0, p.stderr
    doc = json.loads(p.stdout)
    assert doc["schema"] == "goalsmith.smart_report/1"
    assert doc["today"] == TODAY
    assert doc["text"] == STRONG
    assert set(doc["criteria"]) == {"specific", "measurable", "achievable", "relevant",
                                    "time_bound"}
    for c in doc["criteria"].values():
        assert c["verdict"] in ("met", "partial", "missing")
        assert 0 <= c["score"] <= 1
        assert isinstance(c["evidence"], list) and isinstance(c["suggestions"], list)
    assert doc["fields"]["deadline"] == "2026-11-27"


def test_check_options_document_sets_weights_and_labels(cli):
    options = json.dumps({"weights": {"T": 3}, "labels": {"A": "attainable"}})
    p = cli("check", "--today", TODAY, "--json", "--options", options, WEAK)
    assert p.returncode == 0, p.stderr
    doc = json.loads(p.stdout)
    assert doc["criteria"]["time_bound"]["weight"] == 3
    assert doc["criteria"]["achievable"]["label"].lower() == "attainable"


def test_empty_goal_is_a_goal_error_with_exit_1(cli):
    p = cli("check", "--today", TODAY, "")
    assert p.returncode == 1
    assert "goalsmith: error:" in p.stderr
    assert p.stdout == ""


def test_invalid_utf8_argument_is_a_goal_error_with_exit_1(cli):
    p = subprocess.run([*cli.argv, "check", "--today", TODAY, b"Rehearse \xff stories"],
                       capture_output=True, timeout=120)
    assert p.returncode == 1, p.stderr
    assert b"UTF-8" in p.stderr and b"byte 9" in p.stderr


def test_goal_may_start_with_a_dash_after_double_dash(cli):
    p = cli("check", "--today", TODAY, "--json", "--", "-", "Rehearse", "4", "STAR", "stories")
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["text"] == "- Rehearse 4 STAR stories"


def test_batch_answers_each_line_in_order_and_reports_bad_lines(cli):
    lines = [
        json.dumps({"text": STRONG}),
        "{not json",
        json.dumps({"today": TODAY}),
        json.dumps({"text": WEAK, "today": "2026-12-01", "focus": ["communication"]}),
        json.dumps({"text": 5}),
        "",
        json.dumps({"text": "   "}),
        json.dumps({"text": STRONG, "options": {"weights": {"Q": 1}}}),
        json.dumps([1, 2]),
        json.dumps({"text": STRONG, "focus": ["charisma"]}),
    ]
    p = cli("batch", "--today", TODAY, input="\n".join(lines) + "\n")
    assert p.returncode == 0, p.stderr
    out = [json.loads(line) for line in p.stdout.splitlines()]
    assert len(out) == 9  # the blank line is skipped
    assert out[0]["text"] == STRONG and out[0]["today"] == TODAY
    assert out[3]["text"] == WEAK and out[3]["today"] == "2026-12-01"
    errors = {i: o["error"] for i, o in enumerate(out) if "error" in o}
    assert sorted(errors) == [1, 2, 4, 5, 6, 7, 8]
    assert [e["line"] for e in errors.values()] == [2, 3, 5, 7, 8, 9, 10]
    assert errors[1]["code"] == "json_syntax" and errors[1]["where"].startswith("byte ")
    assert errors[2]["code"] == "json_schema" and errors[2]["where"] == "/text"
    assert errors[4]["code"] == "json_schema" and errors[4]["where"] == "/text"
    assert errors[5]["code"] == "invalid_argument"
    assert errors[6]["where"].startswith("/options")
    assert errors[7]["code"] == "json_schema"
    assert errors[8]["code"] == "invalid_argument" and "charisma" in errors[8]["message"]
    for e in errors.values():
        assert set(e) == {"code", "message", "where", "line"}
        assert e["message"]


def test_batch_reports_invalid_utf8_with_the_byte(cli):
    good = json.dumps({"text": STRONG}).encode()
    bad = b'{"text": "Rehearse \xff stories"}'
    p = subprocess.run([*cli.argv, "batch", "--today", TODAY],
                       input=good + b"\n" + bad + b"\n" + good + b"\n", capture_output=True,
                       timeout=120)
    assert p.returncode == 0, p.stderr
    out = [json.loads(line) for line in p.stdout.decode().splitlines()]
    assert len(out) == 3
    assert out[1]["error"]["code"] == "invalid_utf8"
    assert out[1]["error"]["where"] == "byte " + str(bad.index(b"\xff"))
    assert out[1]["error"]["line"] == 2
    assert out[0] == out[2]


def test_demo_checks_every_demo_goal_and_exits_0(cli, engine):
    p = cli("demo", "--today", TODAY)
    assert p.returncode == 0, p.stderr
    for goal in engine.demo_goals():
        assert goal in p.stdout
    assert "passes" in p.stdout and "fails" in p.stdout
    passing = sum(1 for g in engine.demo_goals() if engine.check_goal(g, today=TODAY).met)
    last = p.stdout.rstrip().splitlines()[-1]
    assert last.startswith(f"{passing} of {len(engine.demo_goals())} ")


def test_version_and_help(cli):
    p = cli("version")
    assert p.returncode == 0 and p.stdout.strip() == "goalsmith 0.1.0"
    for args in (["help"], ["--help"], ["-h"]):
        p = cli(*args)
        assert p.returncode == 0 and "usage: goalsmith" in p.stdout
    p = cli("help", "batch")
    assert p.returncode == 0 and "goalsmith batch" in p.stdout
    p = cli("check", "--help")
    assert p.returncode == 0 and "--focus" in p.stdout


def test_usage_errors_exit_2_with_a_message_on_stderr(cli):
    for args in ([], ["frobnicate"], ["check"], ["check", "--bogus", "x"],
                 ["check", "--today"], ["check", "--today", "2026-02-30", "x"],
                 ["check", "--focus", "charisma", "x"], ["check", "--options", "{", "x"],
                 ["batch", "extra"], ["demo", "--json"], ["help", "nope"]):
        p = cli(*args)
        assert p.returncode == 2, (args, p.stdout, p.stderr)
        assert p.stderr.strip(), args


# ---------------------------------------------------------------- goalsmith time

def test_time_lists_the_expressions_readably(cli):
    p = cli("time", "--today", TODAY, "Practise", "twice a week until December 18",
            "and send the CV by Friday")
    assert p.returncode == 0, p.stderr
    out = p.stdout
    assert "Today: 2026-11-22" in out
    assert '1. "twice a week until December 18"  recurrence (week)' in out
    assert "until 2026-12-18" in out and "occurrences" in out
    assert '"by Friday"  deadline (day)' in out and "2026-11-27" in out


def test_time_without_expressions_says_so(cli):
    p = cli("time", "--today", TODAY, "Rehearse STAR stories")
    assert p.returncode == 0, p.stderr
    assert "No time expression found." in p.stdout


def test_time_json_prints_the_time_document(cli):
    text = "Send the CV by Friday"
    p = cli("time", "--json", "--today=2026-11-22", text)
    assert p.returncode == 0, p.stderr
    doc = json.loads(p.stdout)
    assert doc["schema"] == "goalsmith.time/1"
    assert doc["text"] == text and doc["today"] == TODAY
    [e] = doc["expressions"]
    assert e["text"] == "by Friday" and e["kind"] == "deadline" and e["end"] == "2026-11-27"
    assert text.encode()[e["span"][0]:e["span"][1]] == b"by Friday"
    assert e["end_inclusive"] is True


def test_time_errors(cli):
    p = subprocess.run([*cli.argv, "time", "--today", TODAY, b"by \xff Friday"],
                       capture_output=True, timeout=120)
    assert p.returncode == 1, p.stderr
    assert b"byte 3" in p.stderr
    for args in (["time"], ["time", "--focus", "x", "y"], ["time", "--today", "2026-02-30", "x"],
                 ["time", "--today"]):
        p = cli(*args)
        assert p.returncode == 2, (args, p.stdout, p.stderr)
        assert p.stderr.strip(), args
    p = cli("help", "time")
    assert p.returncode == 0 and "goalsmith time" in p.stdout


def test_batch_answers_time_lines_and_rejects_unknown_ops(cli):
    lines = [
        json.dumps({"op": "time", "text": "Send the CV by Friday"}),
        json.dumps({"op": "check", "text": STRONG}),
        json.dumps({"op": "time", "text": "by Friday", "today": "2026-12-01"}),
        json.dumps({"op": "frobnicate", "text": STRONG}),
        json.dumps({"op": "time", "text": "by Friday", "focus": ["communication"]}),
        json.dumps({"op": 3, "text": STRONG}),
        json.dumps({"op": "time"}),
        json.dumps({"text": STRONG}),
    ]
    p = cli("batch", "--today", TODAY, input="\n".join(lines) + "\n")
    assert p.returncode == 0, p.stderr
    out = [json.loads(line) for line in p.stdout.splitlines()]
    assert len(out) == len(lines)
    assert out[0]["schema"] == "goalsmith.time/1" and out[0]["today"] == TODAY
    assert out[0]["expressions"][0]["end"] == "2026-11-27"
    assert out[1]["schema"] == "goalsmith.smart_report/1"
    assert out[2]["today"] == "2026-12-01" and out[2]["expressions"][0]["end"] == "2026-12-04"
    assert out[3]["error"]["where"] == "/op" and "frobnicate" in out[3]["error"]["message"]
    assert out[3]["error"]["code"] == "json_schema" and out[3]["error"]["line"] == 4
    assert out[4]["error"]["where"] == "/focus"
    assert out[5]["error"]["where"] == "/op"
    assert out[6]["error"]["where"] == "/text"
    assert out[7] == out[1]
