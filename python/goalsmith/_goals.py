"""improve_goal: a weak goal rewritten into a SMART one, with what changed (docs/goals.md)."""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from typing import Any, Dict, Iterable, Mapping, Optional, Tuple

from . import _core
from ._api import DateLike, Engine, Text, _engine_arg, _today_iso
from ._report import Report

__all__ = ["GoalChange", "ImprovedGoal", "improve_goal"]

SCHEMA = "goalsmith.improved_goal/1"


@dataclass(frozen=True)
class GoalChange:
    """One change: the criterion it fixes, its kind, the words replaced and put in, and a
    sentence to the learner."""

    criterion: str
    kind: str
    before: str
    after: str
    description: str

    def to_dict(self) -> Dict[str, Any]:
        return {"criterion": self.criterion, "kind": self.kind, "before": self.before,
                "after": self.after, "description": self.description}


@dataclass(frozen=True, repr=False)
class ImprovedGoal:
    """The rewrite of a goal (``goalsmith.improved_goal/1``)."""

    original: str
    text: str
    all_met: bool
    changes: Tuple[GoalChange, ...]
    before: Report
    after: Report

    def to_dict(self) -> Dict[str, Any]:
        return {"schema": SCHEMA, "original": self.original, "text": self.text, "all_met": self.all_met,
                "changes": [c.to_dict() for c in self.changes], "before": self.before.to_dict(),
                "after": self.after.to_dict()}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "ImprovedGoal":
        """Reads a dict written by :meth:`to_dict`."""
        return cls._read(d, Report.from_dict)

    @classmethod
    def _read(cls, d: Mapping[str, Any], report: Any) -> "ImprovedGoal":
        if not isinstance(d, Mapping):
            raise TypeError(f"an improved goal must be a dict, not {type(d).__name__}")
        if d.get("schema", SCHEMA) != SCHEMA:
            raise ValueError(f"unsupported schema {d.get('schema')!r} (expected {SCHEMA!r})")
        return cls(str(d["original"]), str(d["text"]), bool(d["all_met"]),
                   tuple(GoalChange(str(c["criterion"]), str(c["kind"]), str(c["before"]), str(c["after"]),
                                    str(c["description"])) for c in d["changes"]),
                   report(d["before"]), report(d["after"]))

    def __repr__(self) -> str:
        return (f"ImprovedGoal(original={self.original!r}, text={self.text!r}, all_met={self.all_met!r}, "
                f"changes={len(self.changes)})")

    def _repr_html_(self) -> str:
        e = html.escape
        rows = "".join(f"<li><b>{e(c.criterion)}</b>: {e(c.description)}</li>" for c in self.changes)
        return (f'<div class="goalsmith-improved"><p><s>{e(self.original)}</s></p>'
                f"<p><b>{e(self.text)}</b></p><ul>{rows}</ul><p>{e(self.after.summary)}</p></div>")


def improve_goal(text: Text, today: DateLike = None, *, focus: Iterable[str] = (),
                 deadline: DateLike = None, window_days: Optional[int] = None,
                 engine: Optional[Engine] = None) -> ImprovedGoal:
    """Rewrites a weak goal into one that meets all five SMART criteria, keeping the learner's
    own action and object, and lists what changed.

    ``focus``: aspect ids from feedback (the area a goal is tied to when it names none);
    ``deadline``: the deadline to add when the goal has none; otherwise today + ``window_days`` - 1
    (default 14 days). Raises InvalidArgumentError for an unknown aspect, a deadline before today
    or an empty goal, InvalidUTF8Error for bad bytes.
    """
    if isinstance(focus, (str, bytes)) or not isinstance(focus, Iterable):
        raise TypeError(f"focus must be a list of aspect ids, not {type(focus).__name__}")
    focus_list = list(focus)
    for item in focus_list:
        if not isinstance(item, str):
            raise TypeError(f"focus items must be str aspect ids, not {type(item).__name__}")
    context: Dict[str, Any] = {"focus": focus_list}
    if deadline is not None:
        context["deadline"] = _today_iso(deadline)
    if window_days is not None:
        if isinstance(window_days, bool) or not isinstance(window_days, int):
            raise TypeError(f"window_days must be an int, not {type(window_days).__name__}")
        context["window_days"] = window_days
    raw = _core.improve_goal(_engine_arg(engine)._engine, text, _today_iso(today) or "", json.dumps(context))
    return ImprovedGoal._read(json.loads(raw), Report._from_core)

