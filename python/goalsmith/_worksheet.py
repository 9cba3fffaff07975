"""The SMART goals worksheet: Worksheet, its grade, and grade_worksheet.

The core reads worksheets (``goalsmith.worksheet/1`` JSON or the Markdown form) and writes
grades (``goalsmith.worksheet_grade/1``); here they become frozen dataclasses. Evidence spans
of a justification become string indices into its text. See docs/worksheet.md.
"""

from __future__ import annotations

import datetime
import html
import json
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Mapping, Optional, Tuple, Union

from . import _core
from ._api import Engine, _engine_arg
from ._report import Evidence, Report, _byte_span_converter, _plain_span

__all__ = [
    "AreaCoverage",
    "GoalGrade",
    "JustificationGrade",
    "Worksheet",
    "WorksheetGoal",
    "WorksheetGrade",
    "blank_worksheet",
    "grade_worksheet",
    "grade_worksheets",
]

WORKSHEET_SCHEMA = "goalsmith.worksheet/1"
GRADE_SCHEMA = "goalsmith.worksheet_grade/1"
LETTERS: Tuple[str, ...] = ("S", "M", "A", "R", "T")

#: A worksheet argument: a Worksheet, its dict (goalsmith.worksheet/1), or its text (JSON or Markdown).
WorksheetLike = Union["Worksheet", Mapping[str, Any], str, bytes]
#: A rubric argument: its dict (goalsmith.grading_rubric/1), its JSON text, or None for the defaults.
RubricLike = Union[Mapping[str, Any], str, None]


def _iso(d: Optional[datetime.date]) -> Optional[str]:
    return None if d is None else d.isoformat()


@dataclass(frozen=True)
class WorksheetGoal:
    """One goal: the statement and the learner's justification per letter ("" = not given)."""

    statement: str
    justifications: Tuple[Tuple[str, str], ...] = ()

    def justification(self, letter: str) -> str:
        """The justification for ``letter`` (S, M, A, R or T), or "" when not given."""
        return dict(self.justifications).get(letter.upper(), "")

    def to_dict(self) -> Dict[str, Any]:
        return {"statement": self.statement,
                "justifications": {k: v for k, v in self.justifications if v}}


@dataclass(frozen=True)
class Worksheet:
    """A SMART goals worksheet. Build it with :meth:`from_markdown`, :meth:`from_dict`,
    :meth:`parse` (JSON or Markdown text) or directly; the core validates it when it is
    graded or converted."""

    goals: Tuple[WorksheetGoal, ...]
    learner: str = ""
    date: Optional[datetime.date] = None
    feedback_text: str = ""
    feedback_aspects: Tuple[str, ...] = ()
    session: Optional[str] = None

    # ------------------------------------------------------------ reading
    @classmethod
    def parse(cls, text: Union[str, bytes], *, engine: Optional[Engine] = None) -> "Worksheet":
        """Reads JSON (text starting with '{') or the Markdown form. Malformed input raises
        InvalidArgumentError (``where == "line N"``) or JsonError (``where`` a JSON path)."""
        raw = _core.worksheet_parse(_engine_arg(engine)._engine, text)
        return cls._from_core(json.loads(raw))

    @classmethod
    def from_markdown(cls, text: Union[str, bytes], *, engine: Optional[Engine] = None) -> "Worksheet":
        """Reads the Markdown form a learner fills in (see :func:`blank_worksheet`)."""
        if isinstance(text, str) and text.lstrip().startswith("{"):
            raise ValueError("from_markdown got JSON text; use Worksheet.parse or Worksheet.from_dict")
        return cls.parse(text, engine=engine)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Worksheet":
        """Reads a ``goalsmith.worksheet/1`` dict; problems raise JsonError naming the path."""
        if not isinstance(d, Mapping):
            raise TypeError(f"a worksheet must be a dict, not {type(d).__name__}")
        doc = dict(d)
        doc.setdefault("schema", WORKSHEET_SCHEMA)
        return cls.parse(json.dumps(doc, ensure_ascii=False))

    @classmethod
    def _from_core(cls, d: Mapping[str, Any]) -> "Worksheet":
        feedback = d.get("feedback") or {}
        date = d.get("date")
        return cls(
            goals=tuple(
                WorksheetGoal(str(g["statement"]),
                              tuple((k, str(v)) for k, v in (g.get("justifications") or {}).items()))
                for g in d["goals"]),
            learner=str(d.get("learner", "")),
            date=None if date is None else datetime.date.fromisoformat(date),
            feedback_text=str(feedback.get("text", "")),
            feedback_aspects=tuple(feedback.get("aspects") or ()),
            session=feedback.get("session"),
        )

    # ------------------------------------------------------------ writing
    def to_dict(self) -> Dict[str, Any]:
        """The ``goalsmith.worksheet/1`` document as a dict."""
        return {
            "schema": WORKSHEET_SCHEMA,
            "learner": self.learner,
            "date": _iso(self.date),
            "feedback": {"text": self.feedback_text, "aspects": list(self.feedback_aspects),
                         "session": self.session},
            "goals": [g.to_dict() for g in self.goals],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_markdown(self, *, engine: Optional[Engine] = None) -> str:
        """The Markdown form of the worksheet (what :meth:`from_markdown` reads back)."""
        return _core.worksheet_markdown(_engine_arg(engine)._engine, self.to_json())

    def grade(self, rubric: RubricLike = None, *, engine: Optional[Engine] = None) -> "WorksheetGrade":
        """Shorthand for :func:`grade_worksheet`."""
        return grade_worksheet(self, rubric, engine=engine)

    def _repr_html_(self) -> str:
        e = html.escape
        goals = []
        for i, g in enumerate(self.goals, 1):
            rows = "".join(f"<tr><th>{e(k)}</th><td>{e(g.justification(k))}</td></tr>" for k in LETTERS)
            goals.append(f"<h4>Goal {i}: {e(g.statement)}</h4><table>{rows}</table>")
        aspects = ", ".join(self.feedback_aspects)
        return (
            '<div class="goalsmith-worksheet">'
            f"<p><b>{e(self.learner)}</b> · {e(_iso(self.date) or '')}"
            f"{' · ' + e(aspects) if aspects else ''}</p>"
            f"<blockquote>{e(self.feedback_text)}</blockquote>{''.join(goals)}</div>")


# ---------------------------------------------------------------- the grade

@dataclass(frozen=True)
class JustificationGrade:
    """How well one justification argues its letter; spans index into ``text``."""

    letter: str
    criterion: str
    label: str
    statement_verdict: str
    statement_score: float
    text: str
    given: bool
    verdict: str
    score: float
    evidence: Tuple[Evidence, ...]
    comment: Optional[str]

    def to_dict(self) -> Dict[str, Any]:
        return {"letter": self.letter, "criterion": self.criterion, "label": self.label,
                "statement_verdict": self.statement_verdict, "statement_score": self.statement_score,
                "text": self.text, "given": self.given, "verdict": self.verdict, "score": self.score,
                "evidence": [ev.to_dict() for ev in self.evidence], "comment": self.comment}

    @classmethod
    def _read(cls, d: Mapping[str, Any], from_core: bool) -> "JustificationGrade":
        text = str(d["text"])
        span = _byte_span_converter(text) if from_core else _plain_span
        return cls(str(d["letter"]), str(d["criterion"]), str(d["label"]), str(d["statement_verdict"]),
                   float(d["statement_score"]), text, bool(d["given"]), str(d["verdict"]),
                   float(d["score"]), tuple(Evidence._read(ev, span) for ev in d.get("evidence") or ()),
                   d.get("comment"))


@dataclass(frozen=True)
class GoalGrade:
    """The grade of one goal: its SMART report, the five justifications and the trace."""

    index: int
    statement: str
    points: float
    max_points: float
    traced: bool
    off_topic: bool
    traced_aspects: Tuple[str, ...]
    aspects: Tuple[str, ...]
    justifications: Tuple[JustificationGrade, ...]
    comments: Tuple[str, ...]
    report: Report

    def to_dict(self) -> Dict[str, Any]:
        return {"index": self.index, "statement": self.statement, "points": self.points,
                "max_points": self.max_points, "traced": self.traced, "off_topic": self.off_topic,
                "traced_aspects": list(self.traced_aspects), "aspects": list(self.aspects),
                "justifications": [j.to_dict() for j in self.justifications],
                "comments": list(self.comments), "report": self.report.to_dict()}

    @classmethod
    def _read(cls, d: Mapping[str, Any], from_core: bool) -> "GoalGrade":
        report = Report._from_core(d["report"]) if from_core else Report.from_dict(d["report"])
        return cls(int(d["index"]), str(d["statement"]), float(d["points"]), float(d["max_points"]),
                   bool(d["traced"]), bool(d["off_topic"]), tuple(d["traced_aspects"]), tuple(d["aspects"]),
                   tuple(JustificationGrade._read(j, from_core) for j in d["justifications"]),
                   tuple(d["comments"]), report)


@dataclass(frozen=True)
class AreaCoverage:
    """A required area of the rubric and the goals that cover it."""

    aspect: str
    title: str
    covered: bool
    goals: Tuple[int, ...]

    def to_dict(self) -> Dict[str, Any]:
        return {"aspect": self.aspect, "title": self.title, "covered": self.covered, "goals": list(self.goals)}


@dataclass(frozen=True, repr=False)
class WorksheetGrade:
    """The grade of a worksheet (``goalsmith.worksheet_grade/1``)."""

    learner: str
    date: datetime.date
    locale: str
    session: Optional[str]
    feedback_aspects: Tuple[str, ...]
    score: float
    points: float
    max_points: float
    passed: bool
    band: str
    min_goals: int
    missing_goals: int
    required_areas: Tuple[AreaCoverage, ...]
    comments: Tuple[str, ...]
    goals: Tuple[GoalGrade, ...] = field(default=())

    def to_dict(self) -> Dict[str, Any]:
        """The grade document as a dict, spans as string indices."""
        return {"schema": GRADE_SCHEMA, "learner": self.learner, "date": self.date.isoformat(),
                "locale": self.locale, "session": self.session, "feedback_aspects": list(self.feedback_aspects),
                "score": self.score, "points": self.points, "max_points": self.max_points,
                "passed": self.passed, "band": self.band, "min_goals": self.min_goals,
                "missing_goals": self.missing_goals,
                "required_areas": [a.to_dict() for a in self.required_areas],
                "comments": list(self.comments), "goals": [g.to_dict() for g in self.goals]}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "WorksheetGrade":
        """Reads a dict written by :meth:`to_dict`."""
        return cls._read(d, from_core=False)

    @classmethod
    def _read(cls, d: Mapping[str, Any], from_core: bool) -> "WorksheetGrade":
        if not isinstance(d, Mapping):
            raise TypeError(f"a grade must be a dict, not {type(d).__name__}")
        if d.get("schema", GRADE_SCHEMA) != GRADE_SCHEMA:
            raise ValueError(f"unsupported grade schema {d.get('schema')!r} (expected {GRADE_SCHEMA!r})")
        try:
            return cls(
                learner=str(d["learner"]), date=datetime.date.fromisoformat(d["date"]),
                locale=str(d["locale"]), session=d.get("session"),
                feedback_aspects=tuple(d["feedback_aspects"]), score=float(d["score"]),
                points=float(d["points"]), max_points=float(d["max_points"]), passed=bool(d["passed"]),
                band=str(d["band"]), min_goals=int(d["min_goals"]), missing_goals=int(d["missing_goals"]),
                required_areas=tuple(AreaCoverage(str(a["aspect"]), str(a["title"]), bool(a["covered"]),
                                                  tuple(int(g) for g in a["goals"]))
                                     for a in d["required_areas"]),
                comments=tuple(d["comments"]),
                goals=tuple(GoalGrade._read(g, from_core) for g in d["goals"]))
        except KeyError as e:
            raise ValueError(f"a grade dict lacks the key {e.args[0]!r}") from None

    def __repr__(self) -> str:
        return (f"WorksheetGrade(learner={self.learner!r}, date={self.date!r}, score={self.score!r}, "
                f"band={self.band!r}, passed={self.passed!r}, goals={len(self.goals)})")

    def _repr_html_(self) -> str:
        e = html.escape
        parts = [f'<div class="goalsmith-grade"><p><b>{e(self.learner)}</b> · {e(self.date.isoformat())} · '
                 f"score {self.score:.2f} ({self.points:g} of {self.max_points:g}) · {e(self.band)} · "
                 f"{'passed' if self.passed else 'not passed'}</p>"]
        parts.append("<ul>" + "".join(f"<li>{e(c)}</li>" for c in self.comments) + "</ul>")
        for g in self.goals:
            rows = "".join(
                f'<tr class="goalsmith-{e(j.verdict)}"><th>{e(j.label)}</th><td>{e(j.statement_verdict)}</td>'
                f"<td>{e(j.verdict)}</td><td>{e(j.text)}</td></tr>" for j in g.justifications)
            comments = "".join(f"<li>{e(c)}</li>" for c in g.comments)
            parts.append(f"<h4>Goal {g.index + 1}: {e(g.statement)} ({g.points:g} of {g.max_points:g})</h4>"
                         "<table><thead><tr><th></th><th>statement</th><th>reasoning</th><th>justification</th>"
                         f"</tr></thead><tbody>{rows}</tbody></table><ul>{comments}</ul>")
        parts.append("</div>")
        return "".join(parts)


# ---------------------------------------------------------------- functions

def _worksheet_text(worksheet: Any, name: str = "worksheet") -> Union[str, bytes]:
    if isinstance(worksheet, Worksheet):
        return worksheet.to_json()
    if isinstance(worksheet, Mapping):
        doc = dict(worksheet)
        doc.setdefault("schema", WORKSHEET_SCHEMA)
        return json.dumps(doc, ensure_ascii=False)
    if isinstance(worksheet, (str, bytes)):
        return worksheet
    raise TypeError(f"{name} must be a Worksheet, a dict or the worksheet's text, not {type(worksheet).__name__}")


def _rubric_json(rubric: Any) -> str:
    if rubric is None:
        return ""
    if isinstance(rubric, str):
        return rubric
    if isinstance(rubric, Mapping):
        return json.dumps(dict(rubric), ensure_ascii=False)
    raise TypeError(f"rubric must be a dict, its JSON text or None, not {type(rubric).__name__}")


def grade_worksheet(worksheet: WorksheetLike, rubric: RubricLike = None, *,
                    engine: Optional[Engine] = None) -> WorksheetGrade:
    """Grades a worksheet on a rubric (``goalsmith.grading_rubric/1``; None for the defaults).

    Deterministic: the worksheet's date is the reference date of every check. Raises
    InvalidArgumentError for a worksheet without a date or with an unknown aspect, JsonError for
    a malformed document (``where`` names the JSON path), and the errors of :meth:`Worksheet.parse`.
    """
    raw = _core.worksheet_grade(_engine_arg(engine)._engine, _worksheet_text(worksheet), _rubric_json(rubric))
    return WorksheetGrade._read(json.loads(raw), from_core=True)


def grade_worksheets(worksheets: Iterable[WorksheetLike], rubric: RubricLike = None, *,
                     threads: int = 0, engine: Optional[Engine] = None) -> List[WorksheetGrade]:
    """Grades a class set in parallel (the GIL is released); grades in input order. A worksheet
    that cannot be graded raises its error with ``.index`` set to its position."""
    texts = [_worksheet_text(w, f"worksheets[{i}]") for i, w in enumerate(worksheets)]
    raws = _core.worksheet_grade_many(_engine_arg(engine)._engine, texts, _rubric_json(rubric), threads)
    return [WorksheetGrade._read(json.loads(r), from_core=True) for r in raws]


def blank_worksheet(goals: int = 2, *, engine: Optional[Engine] = None) -> str:
    """An empty Markdown form with ``goals`` goal sections (1..20) for a learner to fill in."""
    if isinstance(goals, bool) or not isinstance(goals, int):
        raise TypeError(f"goals must be an int, not {type(goals).__name__}")
    return _core.worksheet_blank(_engine_arg(engine)._engine, goals)

