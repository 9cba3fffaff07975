"""The journal from Python (goalsmith.Journal) and from the command line (goalsmith journal)."""

from __future__ import annotations

import datetime
import importlib.util
import json
import os
import signal
import subprocess
import sys
import time

import jsonschema
import pytest

import goalsmith
from conftest import REPO

SCHEMAS = REPO / "docs" / "schemas"
D = datetime.date


def _validator(name: str) -> jsonschema.Draft202012Validator:
    from referencing import Registry, Resource

    # journal_op refers to the journal schema by its $id.
    documents = [json.loads(p.read_text(encoding="utf-8")) for p in SCHEMAS.glob("*.schema.json")]
    resources = [(d["$id"], Resource.from_contents(d)) for d in documents]
    schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, registry=Registry().with_resources(resources))


def _sample() -> goalsmith.Journal:
    j = goalsmith.Journal(learner="Ada", created="2026-11-01")
    j.add_interview({"schema": "goalsmith.feedback_session/1", "kind": "peer_mock"}, "2026-11-01",
                    ratings={"live_coding": (2, 1, 4), "communication": {"value": 3, "min": 1, "max": 4}},
                    improve=["live_coding", "communication"], strengths=["behavioral"])
    j.add_interview({}, D(2026, 11, 15), ratings={"live_coding": goalsmith.AspectRating(3, 1, 4)},
                    improve=["live_coding", "communication"])
    j.add_interview({}, "2026-11-29", ratings={"live_coding": (4, 1, 4)}, improve=["communication"])
    j.add_goal("Rehearse 4 STAR stories about conflict by Friday", today="2026-11-22",
               source=goalsmith.JournalSource("i1", "behavioral", (0, 10)), origin="draft")
    j.add_goal("Do a mock interview 3 times a week until Jan 31", today=D(2026, 11, 22))
    j.check_in("g1", "2026-11-23", amount=2, note="conflict with a teammate")
    j.check_in("g1", "2026-11-26", amount=2)
    for day in ("2026-11-23", "2026-11-25", "2026-11-27", "2026-11-30", "2026-12-02"):
        j.check_in("g2", day)
    j.add_reflection("I froze on the graph question; next time I will clarify first.", "2026-11-16")
    return j


# ---------------------------------------------------------------- goals and progress

def test_a_goal_takes_its_target_from_the_smart_check():
    j = goalsmith.Journal(created="2026-11-01")
    g = j.add_goal("Rehearse 4 STAR stories about conflict by Friday", today="2026-11-22")
    assert g == j.goals[0]
    assert g.id == "g1"
    assert g.target == goalsmith.Target(4.0, "star_story")
    assert (g.start, g.deadline) == (D(2026, 11, 22), D(2026, 11, 27))
    assert g.aspects == ("behavioral",)
    assert g.status == "active"
    r = j.add_goal("Do a mock interview 3 times a week until Jan 31", today="2026-11-22")
    assert r.target == goalsmith.Target(30.0, "occurrence")
    assert r.recurrence is not None and r.recurrence["per"] == "week"
    assert repr(g).startswith("Goal(id='g1', text='Rehearse 4 STAR")


def test_progress_states_streak_and_missed_occurrences():
    j = _sample()
    p = {g.goal: g for g in j.progress("2026-12-07")}
    assert p["g1"].state == "done"
    assert p["g1"].completed == D(2026, 11, 26)
    assert p["g1"].percent == 100
    g2 = p["g2"]
    assert g2.state == "behind"  # weeks 1 and 2 ended: 6 expected, 5 done
    assert g2.expected == 6
    assert g2.done == 5
    assert g2.missed == 1
    assert g2.streak == 0
    assert g2.periods[0] == goalsmith.Period(D(2026, 11, 22), D(2026, 11, 28), 3, 3, 0, True)
    assert g2.periods[1].missed == 1
    j.check_in("g2", "2026-12-06", amount=3)
    assert j.progress("2026-12-07")[1].state == "on_track"
    j.set_status("g2", "paused", "2026-12-07")
    assert j.progress("2026-12-07")[1].state == "paused"
    # Later check-ins do not count on an earlier day.
    assert j.progress("2026-11-24")[0].done == 2
    assert "goalsmith-behind" in j.progress("2026-11-25")[1]._repr_html_() or True


def test_trends_show_recurring_areas_improvements_and_completed_goals():
    t = _sample().trends("2026-11-30")
    assert t.interviews == 3
    assert [r["aspect"] for r in t.recurring] == ["communication", "live_coding"]
    assert t.recurring[1]["open"] is False
    assert [i["aspect"] for i in t.improved] == ["live_coding"]
    assert t.completed[0]["goal"] == "g1"
    assert len([r for r in t.ratings if r["aspect"] == "live_coding"]) == 3
    assert "goalsmith-trends" in t._repr_html_()
    _validator("trends.schema.json").validate(t.to_dict())


def test_the_report_is_markdown_or_escaped_html_and_notebooks_show_it():
    j = _sample()
    j.add_goal("Write 3 <b>bold</b> answers by Friday", today="2026-11-22")
    md = j.report("2026-11-30")
    assert md.startswith("# Interview journal of Ada\n")
    assert "## Goals" in md
    page = j.report("2026-11-30", format="html")
    assert "&lt;b&gt;bold&lt;/b&gt;" in page and "<b>bold</b>" not in page
    assert j._repr_html_().startswith('<section class="goalsmith-journal">')
    with pytest.raises(ValueError):
        j.report(format="pdf")


# ---------------------------------------------------------------- documents and files

def test_documents_match_the_published_schemas():
    j = _sample()
    _validator("journal.schema.json").validate(j.to_dict())
    _validator("progress.schema.json").validate(json.loads(j._journal.progress_json("2026-12-07")))
    ops = _validator("journal_op.schema.json")
    ops.validate({"op": "check_in", "goal": "g1", "date": "2026-11-23", "amount": 2})
    ops.validate({"op": "add_goal", "text": "Send 10 applications", "today": None,
                  "source": {"session_id": "i1", "aspect": "applications", "note_span": None}})
    assert not ops.is_valid({"op": "check_in", "goal": "g1", "colour": "blue"})


def test_to_dict_and_from_dict_round_trip():
    j = _sample()
    again = goalsmith.Journal.from_dict(j.to_dict())
    assert again.to_json() == j.to_json()
    assert goalsmith.Journal.from_dict(j.to_json()).to_dict() == j.to_dict()
    assert again.goals[0].source == goalsmith.JournalSource("i1", "behavioral", (0, 10))
    assert repr(goalsmith.Journal(learner="Ada", created="2026-11-01")) == \
        "Journal(learner='Ada', created='2026-11-01')"


def test_open_save_and_open_again(tmp_path):
    path = tmp_path / "ada.json"
    j = goalsmith.Journal.open(path, learner="Ada")
    assert not path.exists()
    g = j.add_goal("Send 10 applications within 2 weeks", today="2026-11-22")
    j.check_in(g, "2026-11-23", 3)
    j.save()
    assert repr(j) == f"Journal.open({str(path)!r})"
    again = goalsmith.Journal.open(path)
    assert again.to_json() == j.to_json()
    assert sorted(os.listdir(tmp_path)) == ["ada.json"]  # no temp file left
    with pytest.raises(goalsmith.NotFoundError):
        goalsmith.Journal.open(tmp_path / "missing.json", create=False)


def test_a_damaged_file_raises_with_where_and_is_left_untouched(tmp_path):
    path = tmp_path / "ada.json"
    _sample().save(path)
    good = path.read_bytes()
    path.write_bytes(good[: len(good) // 2])
    with pytest.raises(goalsmith.JsonError) as info:
        goalsmith.Journal.open(path)
    assert info.value.code == "json_syntax"
    assert info.value.where.startswith("byte ")
    assert path.read_bytes() == good[: len(good) // 2]
    doc = json.loads(good)
    doc["goals"][0]["target"]["amount"] = -1
    path.write_text(json.dumps(doc))
    with pytest.raises(goalsmith.JsonError) as info:
        goalsmith.Journal.open(path)
    assert info.value.where == "/goals/0/target/amount"


def test_an_older_layout_is_migrated_on_open(tmp_path):
    path = tmp_path / "old.json"
    old = {"schema": "goalsmith.journal/0", "sessions": [{"id": "s1", "date": "2026-11-01",
                                                          "ratings": {"live_coding": 2}}],
           "goals": [{"id": "g1", "text": "Send 10 applications within 2 weeks",
                      "created": "2026-11-20", "log": [{"date": "2026-11-21", "amount": 3}]}]}
    path.write_text(json.dumps(old))
    j = goalsmith.Journal.open(path)
    assert j.goals[0].target == goalsmith.Target(10.0, "application")
    assert j.check_ins[0].amount == 3
    assert j.interviews[0].ratings["live_coding"] == goalsmith.AspectRating(2, 1, 5)
    assert json.loads(path.read_text()) == old  # untouched until saved


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_a_save_killed_mid_way_leaves_a_whole_journal(tmp_path):
    # A child process saves a large and a small journal in turn until it is killed.
    path = tmp_path / "j.json"
    small = _sample()
    small.save(path)
    big = _sample()
    for _ in range(300):
        big.check_in("g2", "2026-11-24", note="x" * 300)
    (tmp_path / "small.json").write_text(small.to_json())
    (tmp_path / "big.json").write_text(big.to_json())
    script = tmp_path / "saver.py"
    script.write_text(
        "import goalsmith, sys\n"
        f"small = goalsmith.Journal.from_dict(open({str(tmp_path / 'small.json')!r}).read())\n"
        f"big = goalsmith.Journal.from_dict(open({str(tmp_path / 'big.json')!r}).read())\n"
        "print('ready', flush=True)\n"
        "while True:\n"
        f"    big.save({str(path)!r}); small.save({str(path)!r})\n")
    for delay in (0.01, 0.03, 0.07):
        with subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True) as child:
            assert child.stdout is not None and child.stdout.readline() == "ready\n"
            time.sleep(delay)
            child.send_signal(signal.SIGKILL)
            child.wait()
        assert path.read_text() in (small.to_json(), big.to_json())
        goalsmith.Journal.open(path)


# ---------------------------------------------------------------- bad input

def test_bad_arguments_raise_clear_errors():
    j = goalsmith.Journal(created="2026-11-01")
    with pytest.raises(goalsmith.NotFoundError) as info:
        j.check_in("g1")
    assert info.value.where == "/goal"
    with pytest.raises(goalsmith.InvalidArgumentError):
        j.add_goal("   ")
    with pytest.raises(goalsmith.InvalidUTF8Error):
        j.add_goal("Send \udcff applications")
    with pytest.raises(TypeError):
        j.add_goal(42)  # type: ignore[arg-type]
    g = j.add_goal("Send 10 applications within 2 weeks", today="2026-11-22")
    with pytest.raises(goalsmith.JsonError) as info:
        j.check_in(g, amount=0)
    assert info.value.where == "/amount"
    with pytest.raises(TypeError):
        j.check_in(g, amount="two")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        j.set_status(g, "finished")
    with pytest.raises(ValueError):
        j.check_in(g, "2026-02-30")
    with pytest.raises(goalsmith.JsonError) as info:
        j.add_interview({"schema": "goalsmith.smart_report/1"}, "2026-11-01")
    assert info.value.where == "/session/schema"
    with pytest.raises(goalsmith.JsonError):
        j.add_interview({}, "2026-11-01", ratings={"communication": (9, 1, 5)})
    with pytest.raises(TypeError):
        j.add_interview({}, "2026-11-01", improve="communication")
    assert len(j.goals) == 1 and not j.check_ins and not j.interviews


# ---------------------------------------------------------------- data frames

def test_to_dataframe_without_pandas_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` fail
    with pytest.raises(ImportError, match="pip install pandas"):
        _sample().to_dataframe()


@pytest.mark.skipif(importlib.util.find_spec("pandas") is None, reason="pandas is not installed")
def test_to_dataframe_gives_plain_rows_for_plotting():
    j = _sample()
    ratings = j.to_dataframe("ratings", today="2026-11-30")
    assert list(ratings.columns) == ["aspect", "date", "interview", "value", "min", "max", "normalized"]
    assert len(ratings) == 5
    assert ratings[ratings.aspect == "live_coding"]["value"].tolist() == [2, 3, 4]
    assert len(j.to_dataframe("check_ins")) == 7
    progress = j.to_dataframe("progress", today="2026-12-07")
    assert progress.set_index("goal").loc["g2", "missed"] == 1
    with pytest.raises(ValueError):
        j.to_dataframe("goals")


# ---------------------------------------------------------------- command line

def test_cli_journal_from_init_to_report(cli, tmp_path):
    path = str(tmp_path / "j.json")
    assert cli("journal", "init", path, "--learner", "Ada", "--today", "2026-11-01").returncode == 0
    p = cli("journal", "add-goal", path, "--today", "2026-11-22", "Rehearse", "4", "STAR", "stories",
            "about", "conflict", "by", "Friday")
    assert p.returncode == 0, p.stderr
    goal = json.loads(p.stdout)
    assert goal["id"] == "g1" and goal["target"] == {"amount": 4, "unit": "star_story"}
    p = cli("journal", "check-in", path, "g1", "--date", "2026-11-23", "--amount", "2", "--note", "two")
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["amount"] == 2
    session = tmp_path / "s.json"
    session.write_text(json.dumps({"schema": "goalsmith.feedback_session/1", "id": "mock-1",
                                   "date": "2026-11-20"}))
    p = cli("journal", "add-interview", path, str(session), "--improve", "communication",
            "--ratings", '{"communication": {"value": 2, "min": 1, "max": 4}}')
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["id"] == "mock-1"
    assert cli("journal", "reflect", path, "--date", "2026-11-21", "I", "rushed.").returncode == 0
    assert cli("journal", "status", path, "g1", "paused", "--date", "2026-11-24").returncode == 0
    p = cli("journal", "progress", path, "--today", "2026-11-25")
    assert p.returncode == 0, p.stderr
    assert "g1  Rehearse 4 STAR stories about conflict by Friday" in p.stdout
    assert "paused" in p.stdout
    p = cli("journal", "progress", path, "--today", "2026-11-25", "--json")
    assert json.loads(p.stdout)["goals"][0]["state"] == "paused"
    p = cli("journal", "report", path, "--today", "2026-11-25")
    assert p.stdout.startswith("# Interview journal of Ada")
    p = cli("journal", "report", path, "--today", "2026-11-25", "--html")
    assert p.stdout.startswith('<section class="goalsmith-journal">')
    p = cli("journal", "trends", path, "--today", "2026-11-25")
    assert json.loads(p.stdout)["schema"] == "goalsmith.trends/1"
    p = cli("journal", "show", path)
    assert json.loads(p.stdout)["learner"] == "Ada"
    assert goalsmith.Journal.open(path).check_ins[0].note == "two"


def test_cli_journal_errors(cli, tmp_path):
    path = str(tmp_path / "j.json")
    assert cli("journal", "init", path).returncode == 0
    p = cli("journal", "init", path)
    assert p.returncode == 1 and "already exists" in p.stderr
    p = cli("journal", "check-in", path, "g9")
    assert p.returncode == 1 and 'no goal with id "g9"' in p.stderr
    p = cli("journal", "check-in", path, "g1", "--amount", "lots")
    assert p.returncode == 2
    p = cli("journal", "frobnicate", path)
    assert p.returncode == 2 and "unknown journal subcommand" in p.stderr
    p = cli("journal", "status", path, "g1", "finished")
    assert p.returncode == 2
    (tmp_path / "bad.json").write_text('{"schema": "goalsmith.journal/1", "created": ')
    p = cli("journal", "progress", str(tmp_path / "bad.json"))
    assert p.returncode == 1 and "byte" in p.stderr
    assert (tmp_path / "bad.json").read_text() == '{"schema": "goalsmith.journal/1", "created": '
    p = cli("journal", "progress", str(tmp_path / "missing.json"))
    assert p.returncode == 1
    assert cli("journal").returncode == 2


def test_batch_journal_progress_line(cli):
    doc = _sample().to_dict()
    lines = [json.dumps({"op": "journal_progress", "journal": doc, "today": "2026-12-07"}),
             json.dumps({"op": "journal_progress", "journal": {"schema": "goalsmith.journal/1"}})]
    p = cli("batch", input="\n".join(lines) + "\n")
    assert p.returncode == 0, p.stderr
    out = [json.loads(line) for line in p.stdout.splitlines()]
    assert out[0]["schema"] == "goalsmith.progress/1"
    assert out[0]["goals"][1]["missed"] == 1
    assert out[1]["error"]["where"] == "/journal"
