"""The journal: interviews, reflections, goals and check-ins over many interviews.

The C++ core keeps the journal and does every computation (SMART check of new goals, progress,
trends, report, atomic saves); this module turns its JSON documents into frozen dataclasses.
See docs/journal.md and docs/python.md.
"""

from __future__ import annotations

import datetime
import html
import importlib
import json
import os
from dataclasses import dataclass
from typing import Any, Dict, Iterable, List, Mapping, Optional, Tuple, Union

from . import _core
from ._api import DateLike, Engine, _default_engine, _today_iso

__all__ = [
    "CheckIn",
    "Goal",
    "GoalProgress",
    "JournalSource",
    "Interview",
    "Journal",
    "Period",
    "AspectRating",
    "Reflection",
    "Target",
    "Trends",
]

PathLike = Union[str, "os.PathLike[str]"]


def _date(value: Optional[str]) -> Optional[datetime.date]:
    return None if value is None else datetime.date.fromisoformat(value)


def _req_date(value: str) -> datetime.date:
    return datetime.date.fromisoformat(value)


def _iso(value: Optional[datetime.date]) -> Optional[str]:
    return None if value is None else value.isoformat()


def _document(value: Any, what: str) -> Dict[str, Any]:
    """A JSON object given as a dict, a JSON str, or an object with ``to_dict()``."""
    if value is None:
        return {}
    if hasattr(value, "to_dict") and callable(value.to_dict):
        value = value.to_dict()
    if isinstance(value, str):
        value = json.loads(value)
    if not isinstance(value, Mapping):
        raise TypeError(f"{what} must be a dict, a JSON string or an object with to_dict(), "
                        f"not {type(value).__name__}")
    return dict(value)


def _aspect_list(value: Iterable[str], what: str) -> List[str]:
    if isinstance(value, (str, bytes)):
        raise TypeError(f"{what} must be a list of aspect ids, not a single {type(value).__name__}")
    out = list(value)
    for item in out:
        if not isinstance(item, str):
            raise TypeError(f"{what} items must be str aspect ids, not {type(item).__name__}")
    return out


def _number(value: Any, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{what} must be a number, not {type(value).__name__}")
    return float(value)


# ---------------------------------------------------------------- items of the journal

@dataclass(frozen=True)
class Target:
    """How much a goal asks for: ``amount`` of ``unit`` ("occurrence" for recurring goals,
    "" for a goal that is done or not)."""

    amount: float
    unit: str

    def to_dict(self) -> Dict[str, Any]:
        return {"amount": self.amount, "unit": self.unit}

    @classmethod
    def _read(cls, d: Optional[Mapping[str, Any]]) -> Optional["Target"]:
        return None if d is None else cls(float(d["amount"]), str(d.get("unit", "")))


@dataclass(frozen=True)
class JournalSource:
    """The feedback item a goal comes from: interview (session) id, aspect, note span (UTF-8
    bytes of the note in the session) when known."""

    session_id: str
    aspect: str
    note_span: Optional[Tuple[int, int]] = None

    def to_dict(self) -> Dict[str, Any]:
        return {"session_id": self.session_id, "aspect": self.aspect,
                "note_span": None if self.note_span is None else list(self.note_span)}

    @classmethod
    def _read(cls, d: Optional[Mapping[str, Any]]) -> Optional["JournalSource"]:
        if d is None:
            return None
        span = d.get("note_span")
        return cls(str(d["session_id"]), str(d["aspect"]),
                   None if span is None else (int(span[0]), int(span[1])))


@dataclass(frozen=True)
class Goal:
    """A goal of the journal. ``target``, ``start``, ``deadline`` and ``recurrence`` come from
    the SMART check of ``text`` unless they were given."""

    id: str
    text: str
    created: datetime.date
    origin: str                      #: "manual" or "draft"
    source: Optional[JournalSource]
    target: Target
    per_occurrence: Optional[Target]
    start: Optional[datetime.date]
    deadline: Optional[datetime.date]
    recurrence: Optional[Dict[str, Any]]  #: {"count", "per", "by_day", "until", ...} or None
    aspects: Tuple[str, ...]
    status: str                      #: "active", "done", "dropped" or "paused"
    status_changed: datetime.date

    def to_dict(self) -> Dict[str, Any]:
        return {
            "id": self.id, "text": self.text, "created": self.created.isoformat(),
            "origin": self.origin,
            "source": None if self.source is None else self.source.to_dict(),
            "target": self.target.to_dict(),
            "per_occurrence": None if self.per_occurrence is None else self.per_occurrence.to_dict(),
            "window": {"start": _iso(self.start), "deadline": _iso(self.deadline)},
            "recurrence": None if self.recurrence is None else dict(self.recurrence),
            "aspects": list(self.aspects), "status": self.status,
            "status_changed": self.status_changed.isoformat(),
        }

    @classmethod
    def _read(cls, d: Mapping[str, Any]) -> "Goal":
        window = d.get("window") or {}
        target = Target._read(d["target"])
        assert target is not None
        return cls(
            id=str(d["id"]), text=str(d["text"]), created=_req_date(d["created"]),
            origin=str(d.get("origin", "manual")), source=JournalSource._read(d.get("source")),
            target=target, per_occurrence=Target._read(d.get("per_occurrence")),
            start=_date(window.get("start")), deadline=_date(window.get("deadline")),
            recurrence=None if d.get("recurrence") is None else dict(d["recurrence"]),
            aspects=tuple(d.get("aspects") or ()), status=str(d.get("status", "active")),
            status_changed=_req_date(d.get("status_changed", d["created"])),
        )


@dataclass(frozen=True)
class CheckIn:
    """Work done on a goal on one day."""

    id: str
    goal: str
    date: datetime.date
    amount: float
    note: str

    def to_dict(self) -> Dict[str, Any]:
        return {"id": self.id, "goal": self.goal, "date": self.date.isoformat(),
                "amount": self.amount, "note": self.note}

    @classmethod
    def _read(cls, d: Mapping[str, Any]) -> "CheckIn":
        return cls(str(d["id"]), str(d["goal"]), _req_date(d["date"]), float(d.get("amount", 1)),
                   str(d.get("note", "")))


@dataclass(frozen=True)
class AspectRating:
    """A rating on the session's scale; ``normalized`` maps it to [0, 1]."""

    value: float
    min: float
    max: float

    @property
    def normalized(self) -> float:
        return (self.value - self.min) / (self.max - self.min) if self.max > self.min else 0.0

    def to_dict(self) -> Dict[str, Any]:
        return {"value": self.value, "min": self.min, "max": self.max}


@dataclass(frozen=True)
class Interview:
    """An interview: its feedback session document and what trends read from it."""

    id: str
    date: datetime.date
    session: Dict[str, Any]
    ratings: Dict[str, AspectRating]
    improve: Tuple[str, ...]
    strengths: Tuple[str, ...]

    def to_dict(self) -> Dict[str, Any]:
        return {"id": self.id, "date": self.date.isoformat(), "session": dict(self.session),
                "ratings": {k: r.to_dict() for k, r in self.ratings.items()},
                "improve": list(self.improve), "strengths": list(self.strengths)}

    @classmethod
    def _read(cls, d: Mapping[str, Any]) -> "Interview":
        ratings = {str(k): AspectRating(float(v["value"]), float(v["min"]), float(v["max"]))
                   for k, v in (d.get("ratings") or {}).items()}
        return cls(str(d["id"]), _req_date(d["date"]), dict(d.get("session") or {}), ratings,
                   tuple(d.get("improve") or ()), tuple(d.get("strengths") or ()))


@dataclass(frozen=True)
class Reflection:
    """A reflection and its mindset report (a dict, schema goalsmith.mindset_report/1)."""

    id: str
    date: datetime.date
    text: str
    mindset: Optional[Dict[str, Any]]

    def to_dict(self) -> Dict[str, Any]:
        return {"id": self.id, "date": self.date.isoformat(), "text": self.text,
                "mindset": None if self.mindset is None else dict(self.mindset)}

    @classmethod
    def _read(cls, d: Mapping[str, Any]) -> "Reflection":
        mindset = d.get("mindset")
        return cls(str(d["id"]), _req_date(d["date"]), str(d["text"]),
                   None if mindset is None else dict(mindset))


# ---------------------------------------------------------------- progress and trends

@dataclass(frozen=True)
class Period:
    """One period of a recurring goal (a week of "3 times a week")."""

    start: datetime.date
    end: datetime.date        #: inclusive
    required: float
    done: float
    missed: float
    ended: bool

    def to_dict(self) -> Dict[str, Any]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat(),
                "required": self.required, "done": self.done, "missed": self.missed,
                "ended": self.ended}


@dataclass(frozen=True)
class GoalProgress:
    """Where a goal stands on ``today`` (see docs/journal.md for each field)."""

    goal: str
    text: str
    status: str
    state: str                #: "on_track", "behind", "done", "overdue", "paused", "dropped"
    done: float
    target: Target
    percent: float
    expected: Optional[float]
    deadline: Optional[datetime.date]
    days_left: Optional[int]
    last_check_in: Optional[datetime.date]
    completed: Optional[datetime.date]
    streak: int
    missed: float
    periods: Tuple[Period, ...]

    def to_dict(self) -> Dict[str, Any]:
        return {
            "goal": self.goal, "text": self.text, "status": self.status, "state": self.state,
            "done": self.done, "target": self.target.to_dict(), "percent": self.percent,
            "expected": self.expected, "deadline": _iso(self.deadline),
            "days_left": self.days_left, "last_check_in": _iso(self.last_check_in),
            "completed": _iso(self.completed), "streak": self.streak, "missed": self.missed,
            "periods": [p.to_dict() for p in self.periods],
        }

    @classmethod
    def _read(cls, d: Mapping[str, Any]) -> "GoalProgress":
        target = Target._read(d["target"])
        assert target is not None
        return cls(
            goal=str(d["goal"]), text=str(d["text"]), status=str(d["status"]), state=str(d["state"]),
            done=float(d["done"]), target=target, percent=float(d["percent"]),
            expected=None if d.get("expected") is None else float(d["expected"]),
            deadline=_date(d.get("deadline")),
            days_left=None if d.get("days_left") is None else int(d["days_left"]),
            last_check_in=_date(d.get("last_check_in")), completed=_date(d.get("completed")),
            streak=int(d.get("streak", 0)), missed=float(d.get("missed", 0)),
            periods=tuple(Period(_req_date(p["start"]), _req_date(p["end"]), float(p["required"]),
                                 float(p["done"]), float(p["missed"]), bool(p["ended"]))
                          for p in d.get("periods") or ()),
        )

    def _repr_html_(self) -> str:
        e = html.escape
        due = "" if self.deadline is None else f" · due {e(self.deadline.isoformat())}"
        streak = f" · streak {self.streak}, missed {self.missed:g}" if self.periods else ""
        return (f'<div class="goalsmith-progress goalsmith-{e(self.state)}"><b>{e(self.text)}</b><br>'
                f"{self.done:g} of {self.target.amount:g} {e(self.target.unit)} "
                f"({self.percent:g}%) · {e(self.state)}{due}{streak}</div>")


@dataclass(frozen=True)
class Trends:
    """Trends across interviews on ``today``; each list holds plain dicts, ready to plot
    (the rows of the goalsmith.trends/1 document)."""

    today: datetime.date
    interviews: int
    goals_active: int
    ratings: Tuple[Dict[str, Any], ...]     #: {"aspect", "date", "interview", "value", "min", "max", "normalized"}
    recurring: Tuple[Dict[str, Any], ...]   #: {"aspect", "count", "first", "last", "open"}
    improved: Tuple[Dict[str, Any], ...]    #: {"aspect", "from", "to", "no_longer_flagged"}
    completed: Tuple[Dict[str, Any], ...]   #: {"goal", "text", "date"}

    def to_dict(self) -> Dict[str, Any]:
        return {"schema": "goalsmith.trends/1", "today": self.today.isoformat(),
                "interviews": self.interviews, "goals_active": self.goals_active,
                "ratings": [dict(r) for r in self.ratings],
                "recurring": [dict(r) for r in self.recurring],
                "improved": [dict(r) for r in self.improved],
                "completed": [dict(r) for r in self.completed]}

    @classmethod
    def _read(cls, d: Mapping[str, Any]) -> "Trends":
        return cls(_req_date(d["today"]), int(d["interviews"]), int(d["goals_active"]),
                   tuple(d["ratings"]), tuple(d["recurring"]), tuple(d["improved"]),
                   tuple(d["completed"]))

    def _repr_html_(self) -> str:
        e = html.escape
        recurring = "".join(f"<li>{e(r['aspect'])}: {r['count']} interviews</li>" for r in self.recurring)
        improved = "".join(f"<li>{e(r['aspect'])}</li>" for r in self.improved)
        return (f'<div class="goalsmith-trends">{self.interviews} interviews · '
                f"{len(self.completed)} goals completed"
                f"<ul>{recurring}</ul><ul>{improved}</ul></div>")


# ---------------------------------------------------------------- the journal

_STATUSES = ("active", "done", "dropped", "paused")
_DATAFRAME_KINDS = ("ratings", "check_ins", "progress")


class Journal:
    """A learner's journal, kept by the C++ core and saved atomically.

    >>> j = Journal(learner="Ada", created="2026-11-01")
    >>> g = j.add_goal("Rehearse 4 STAR stories about conflict by Friday", today="2026-11-22")
    >>> j.check_in(g.id, "2026-11-23", amount=2).amount
    2.0
    >>> j.progress("2026-11-25")[0].state
    'on_track'

    Not safe for concurrent changes from several threads (like a list).
    """

    __slots__ = ("_journal", "_engine", "path")

    def __init__(self, learner: Optional[str] = None, created: DateLike = None, *,
                 engine: Optional[Engine] = None) -> None:
        if learner is not None and not isinstance(learner, str):
            raise TypeError(f"learner must be a str or None, not {type(learner).__name__}")
        self._engine = engine if engine is not None else _default_engine()
        self._journal = _core.Journal(learner, _today_iso(created) or "")
        self.path: Optional[str] = None

    # ------------------------------------------------------------ files and documents

    @classmethod
    def open(cls, path: PathLike, *, create: bool = True, learner: Optional[str] = None,
             engine: Optional[Engine] = None) -> "Journal":
        """Reads the journal at ``path`` (an older layout is migrated in memory). When the file
        does not exist and ``create`` is true, returns a new empty journal that :meth:`save`
        will write there. A damaged file raises JsonError (``where`` is the byte offset or JSON
        path) and is left untouched."""
        if not isinstance(path, (str, os.PathLike)):
            raise TypeError(f"path must be a str or os.PathLike, not {type(path).__name__}")
        name = os.fsdecode(os.fspath(path))
        self = cls.__new__(cls)
        self._engine = engine if engine is not None else _default_engine()
        if create and not os.path.exists(name):
            self._journal = _core.Journal(learner, "")
        else:
            self._journal = _core.Journal.load(name, self._engine._engine)
        self.path = name
        return self

    def save(self, path: Optional[PathLike] = None) -> None:
        """Writes the journal atomically (temp file, fsync, rename) to ``path``, or to the path
        it was opened from. A crash leaves the old file or the new one, never a mix."""
        if path is None:
            if self.path is None:
                raise ValueError("no path: give save() a path, or open the journal with Journal.open")
            name = self.path
        elif isinstance(path, (str, os.PathLike)):
            name = os.fsdecode(os.fspath(path))
        else:
            raise TypeError(f"path must be a str or os.PathLike, not {type(path).__name__}")
        self._journal.save(name)
        self.path = name

    @classmethod
    def from_dict(cls, document: Union[Mapping[str, Any], str], *,
                  engine: Optional[Engine] = None) -> "Journal":
        """A journal from its document (a dict or a JSON str; older layouts are migrated)."""
        text = document if isinstance(document, str) else json.dumps(_document(document, "document"))
        self = cls.__new__(cls)
        self._engine = engine if engine is not None else _default_engine()
        self._journal = _core.Journal.from_json(text, self._engine._engine)
        self.path = None
        return self

    def to_json(self) -> str:
        """The goalsmith.journal/1 document as text."""
        return self._journal.to_json()

    def to_dict(self) -> Dict[str, Any]:
        """The goalsmith.journal/1 document as a dict."""
        result: Dict[str, Any] = json.loads(self._journal.to_json())
        return result

    # ------------------------------------------------------------ contents

    @property
    def learner(self) -> Optional[str]:
        return self.to_dict().get("learner")

    @property
    def created(self) -> datetime.date:
        return _req_date(self.to_dict()["created"])

    @property
    def goals(self) -> Tuple[Goal, ...]:
        return tuple(Goal._read(g) for g in self.to_dict()["goals"])

    @property
    def check_ins(self) -> Tuple[CheckIn, ...]:
        return tuple(CheckIn._read(c) for c in self.to_dict()["check_ins"])

    @property
    def interviews(self) -> Tuple[Interview, ...]:
        return tuple(Interview._read(i) for i in self.to_dict()["interviews"])

    @property
    def reflections(self) -> Tuple[Reflection, ...]:
        return tuple(Reflection._read(r) for r in self.to_dict()["reflections"])

    # ------------------------------------------------------------ changes

    def _apply(self, op: Dict[str, Any]) -> Dict[str, Any]:
        result: Dict[str, Any] = json.loads(self._journal.apply(self._engine._engine, json.dumps(op, ensure_ascii=False)))
        return result

    def add_goal(self, text: str, today: DateLike = None, *, target: Optional[float] = None,
                 unit: str = "", start: DateLike = None, deadline: DateLike = None,
                 source: Any = None,
                 origin: str = "manual", id: Optional[str] = None) -> Goal:
        """Adds a goal; its target, window and recurrence come from the SMART check of
        ``text`` against ``today`` unless given. ``source`` ties it to a feedback item: a
        :class:`JournalSource`, {"session_id", "aspect", "note_span"}, or the
        :class:`goalsmith.GoalSource` of a draft."""
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        op: Dict[str, Any] = {"op": "add_goal", "text": text, "today": _today_iso(today),
                              "origin": origin}
        if target is not None:
            op["target"] = {"amount": _number(target, "target"), "unit": unit}
        elif unit:
            raise ValueError("unit needs a target")
        if start is not None:
            op["start"] = _today_iso(start)
        if deadline is not None:
            op["deadline"] = _today_iso(deadline)
        if source is not None:
            if isinstance(source, JournalSource):
                op["source"] = source.to_dict()
            elif hasattr(source, "session_id") and hasattr(source, "aspect"):
                # A draft's goalsmith.GoalSource (draft_goals): its session and aspect.
                op["source"] = {"session_id": source.session_id, "aspect": source.aspect,
                                "note_span": None}
            else:
                op["source"] = _document(source, "source")
        if id is not None:
            op["id"] = id
        return Goal._read(self._apply(op))

    def check_in(self, goal: Union[str, Goal], date: DateLike = None, amount: float = 1,
                 note: str = "") -> CheckIn:
        """Records ``amount`` of work on ``goal`` (its id or the Goal) on ``date`` (default
        today). Recurring goals count occurrences."""
        goal_id = goal.id if isinstance(goal, Goal) else goal
        if not isinstance(goal_id, str):
            raise TypeError(f"goal must be a goal id or a Goal, not {type(goal).__name__}")
        if not isinstance(note, str):
            raise TypeError(f"note must be a str, not {type(note).__name__}")
        return CheckIn._read(self._apply({"op": "check_in", "goal": goal_id, "date": _today_iso(date),
                                          "amount": _number(amount, "amount"), "note": note}))

    def set_status(self, goal: Union[str, Goal], status: str, date: DateLike = None) -> Goal:
        """Sets a goal's status: "active", "done", "dropped" or "paused"."""
        goal_id = goal.id if isinstance(goal, Goal) else goal
        if status not in _STATUSES:
            raise ValueError(f"status must be one of {', '.join(_STATUSES)}, not {status!r}")
        return Goal._read(self._apply({"op": "set_status", "goal": goal_id, "status": status,
                                       "date": _today_iso(date)}))

    def add_interview(self, session: Any, date: DateLike = None, *, id: Optional[str] = None,
                      ratings: Optional[Mapping[str, Any]] = None, improve: Iterable[str] = (),
                      strengths: Iterable[str] = ()) -> Interview:
        """Adds an interview: ``session`` is the feedback session (a dict, JSON str or an
        object with ``to_dict()``); its own "id" and "date" are used unless given. ``ratings``
        maps aspect ids to a :class:`AspectRating`, a dict {"value", "min", "max"} or a
        (value, min, max) tuple."""
        op: Dict[str, Any] = {"op": "add_interview", "session": _document(session, "session")}
        if date is not None:
            op["date"] = _today_iso(date)
        if id is not None:
            op["id"] = id
        if ratings is not None:
            rows: Dict[str, Any] = {}
            for aspect, r in ratings.items():
                if isinstance(r, AspectRating):
                    rows[aspect] = r.to_dict()
                elif isinstance(r, tuple) and len(r) == 3:
                    rows[aspect] = {"value": _number(r[0], "rating"), "min": _number(r[1], "rating min"),
                                    "max": _number(r[2], "rating max")}
                else:
                    rows[aspect] = _document(r, f"ratings[{aspect!r}]")
            op["ratings"] = rows
        op["improve"] = _aspect_list(improve, "improve")
        op["strengths"] = _aspect_list(strengths, "strengths")
        return Interview._read(self._apply(op))

    def add_reflection(self, text: str, date: DateLike = None, *, mindset: Any = None) -> Reflection:
        """Adds a reflection with its mindset report (a dict, JSON str, or the report object
        of :func:`goalsmith.check_mindset`), if any."""
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        op: Dict[str, Any] = {"op": "add_reflection", "text": text, "date": _today_iso(date)}
        if mindset is not None:
            op["mindset"] = _document(mindset, "mindset")
        return Reflection._read(self._apply(op))

    # ------------------------------------------------------------ views

    def progress(self, today: DateLike = None) -> List[GoalProgress]:
        """Progress of every goal on ``today`` (default: the local date), in journal order."""
        doc = json.loads(self._journal.progress_json(_today_iso(today) or ""))
        return [GoalProgress._read(g) for g in doc["goals"]]

    def trends(self, today: DateLike = None) -> Trends:
        """Trends across the interviews dated on or before ``today``."""
        return Trends._read(json.loads(self._journal.trends_json(_today_iso(today) or "")))

    def report(self, today: DateLike = None, format: str = "markdown") -> str:
        """The summary report, ``format`` "markdown" or "html" (text from the journal escaped)."""
        if format not in ("markdown", "html"):
            raise ValueError(f"format must be 'markdown' or 'html', not {format!r}")
        return self._journal.report(self._engine._engine, _today_iso(today) or "", format)

    def to_dataframe(self, kind: str = "ratings", today: DateLike = None) -> Any:
        """Plain data for plotting as a pandas DataFrame (pandas is an optional dependency:
        ``pip install goalsmith[dataframe]``). ``kind``: "ratings" (one row per aspect and
        interview: aspect, date, interview, value, min, max, normalized), "check_ins" (id, goal,
        date, amount, note) or "progress" (one row per goal on ``today``)."""
        if kind not in _DATAFRAME_KINDS:
            raise ValueError(f"kind must be one of {', '.join(_DATAFRAME_KINDS)}, not {kind!r}")
        try:
            # Imported by name so that goalsmith type-checks without pandas or its stubs.
            pandas = importlib.import_module("pandas")
        except ImportError as e:
            raise ImportError("Journal.to_dataframe needs pandas: pip install pandas "
                              "(or goalsmith[dataframe])") from e
        if kind == "ratings":
            rows: List[Dict[str, Any]] = [dict(r) for r in self.trends(today).ratings]
            columns = ["aspect", "date", "interview", "value", "min", "max", "normalized"]
        elif kind == "check_ins":
            rows = [c.to_dict() for c in self.check_ins]
            columns = ["id", "goal", "date", "amount", "note"]
        else:
            rows = []
            for p in self.progress(today):
                row = p.to_dict()
                row.pop("periods")
                target = row.pop("target")
                row["target"] = target["amount"]
                row["unit"] = target["unit"]
                rows.append(row)
            columns = ["goal", "text", "status", "state", "done", "target", "unit", "percent",
                       "expected", "deadline", "days_left", "last_check_in", "completed", "streak",
                       "missed"]
        frame = pandas.DataFrame(rows, columns=columns)
        for column in ("date", "deadline", "last_check_in", "completed"):
            if column in frame.columns:
                frame[column] = pandas.to_datetime(frame[column])
        return frame

    def __repr__(self) -> str:
        if self.path is not None:
            return f"Journal.open({self.path!r})"
        doc = self.to_dict()
        return f"Journal(learner={doc.get('learner')!r}, created={doc['created']!r})"

    def _repr_html_(self) -> str:
        return self.report(format="html")
