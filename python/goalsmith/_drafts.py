"""SMART goal drafts from interview feedback (goalsmith.draft_goals).

The core analyzes a feedback session, takes its top areas to improve and writes one SMART goal
per area from the language pack's goal patterns; every draft comes with its SMART check and the
feedback item it answers. See docs/drafts.md.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Optional, Tuple, Union

from . import _core
from ._api import DateLike, Engine, Text, _engine_arg, _today_iso
from ._report import Report, Span, _byte_span_converter, _plain_span

SCHEMA = "goalsmith.goal_drafts/1"

#: A feedback session: a dict in the goalsmith.feedback_session/1 shape, its JSON text, or an
#: object with ``to_dict()`` (goalsmith's Session).
SessionLike = Union[Mapping[str, Any], str, Any]


@dataclass(frozen=True)
class GoalSource:
    """The feedback item a draft answers."""

    kind: str         #: "feedback" (a finding of the session) or "mindset" (the reflection)
    session_id: str
    question_id: str  #: the question whose notes hold the evidence ("" for free texts)
    aspect: str
    field: str        #: "notes", "strengths", "improvements", "rating", "answer" or "reflection"
    span: Span        #: string indices into that text (notes / free text / reflection)
    text: str         #: the evidence

    def to_dict(self) -> Dict[str, Any]:
        return {"kind": self.kind, "session_id": self.session_id, "question_id": self.question_id,
                "aspect": self.aspect, "field": self.field, "span": list(self.span), "text": self.text}


@dataclass(frozen=True, repr=False)
class DraftedGoal:
    """One SMART goal draft with its SMART check (all five criteria met)."""

    text: str
    aspect: str
    aspect_title: str
    source: GoalSource
    rationale: str
    report: Report

    def to_dict(self) -> Dict[str, Any]:
        return {"text": self.text, "aspect": self.aspect, "aspect_title": self.aspect_title,
                "source": self.source.to_dict(), "rationale": self.rationale,
                "report": self.report.to_dict()}

    def __repr__(self) -> str:
        return f"DraftedGoal(text={self.text!r}, aspect={self.aspect!r})"

    def _repr_html_(self) -> str:
        e = html.escape
        return (f'<div class="goalsmith-draft"><p><strong>{e(self.text)}</strong></p>'
                f"<p><em>{e(self.rationale)}</em></p></div>")


def _document(value: Any, what: str) -> Tuple[str, Dict[str, Any]]:
    """A session or template as JSON text for the core, and as a dict (to find the texts that
    source spans point into). JSON text goes to the core as given, so its errors keep their
    byte offsets."""
    if isinstance(value, str):
        try:
            d = json.loads(value)
        except ValueError:
            return value, {}
        return value, d if isinstance(d, dict) else {}
    if isinstance(value, Mapping):
        d = dict(value)
    elif hasattr(value, "to_dict"):
        d = value.to_dict()
    else:
        raise TypeError(f"{what} must be a dict, a JSON str or an object with to_dict(), "
                        f"not {type(value).__name__}")
    return json.dumps(d), d


def _source_text(session: Mapping[str, Any], reflection: Optional[str], field: str,
                 question_id: str) -> str:
    if field == "reflection":
        return reflection or ""
    if field == "notes":
        for a in session.get("answers") or ():
            if isinstance(a, Mapping) and a.get("question_id") == question_id:
                return str(a.get("notes", ""))
        return ""
    value = session.get(field)
    return value if isinstance(value, str) else ""


def draft_goals(session: SessionLike, *, template: Optional[Any] = None,
                reflection: Optional[Text] = None, today: DateLike = None, count: int = 3,
                engine: Optional[Engine] = None) -> List[DraftedGoal]:
    """SMART goal drafts for the top areas to improve of a feedback session.

    Args:
        session: the session (dict / JSON str in the goalsmith.feedback_session/1 shape, or a
            goalsmith Session).
        template: the template its questions come from (dict, JSON str or a Template with
            ``to_dict()``); None means the built-in one.
        reflection: the learner's reflection text; skills its thinking traps name get drafts
            too when areas are still missing.
        today: reference date of the deadlines; None means today in local time.
        count: how many drafts at most (1 to the pack's maximum, 10 for "en").
        engine: the engine (default: the built-in English pack).

    Raises:
        JsonError: a malformed session or template (``where`` is the JSON path).
        InvalidArgumentError: a question the template lacks, a count out of range.
        TypeError: an argument of the wrong type.

    >>> s = {"schema": "goalsmith.feedback_session/1", "id": "m1", "date": "2026-12-03",
    ...      "answers": [{"question_id": "lc_clarify",
    ...                   "notes": "You started coding before clarifying the requirements."}]}
    >>> d = draft_goals(s, today="2026-12-05")[0]
    >>> d.aspect, d.report.met
    ('live_coding', True)
    """
    if isinstance(count, bool) or not isinstance(count, int):
        raise TypeError(f"count must be an int, not {type(count).__name__}")
    session_json, session_dict = _document(session, "session")
    template_json = "" if template is None else _document(template, "template")[0]
    if reflection is not None and not isinstance(reflection, (str, bytes)):
        raise TypeError(f"reflection must be str or bytes, not {type(reflection).__name__}")
    options: Dict[str, Any] = {"count": count}
    iso = _today_iso(today)
    if iso is not None:
        options["today"] = iso
    core = _engine_arg(engine)._engine
    doc = json.loads(_core.draft_goals(core, session_json, template_json, reflection, json.dumps(options)))
    reflection_text = reflection.decode("utf-8") if isinstance(reflection, bytes) else reflection
    out: List[DraftedGoal] = []
    for d in doc["drafts"]:
        s = d["source"]
        text = _source_text(session_dict, reflection_text, s["field"], s["question_id"])
        span = _byte_span_converter(text)(s["span"]) if text else _plain_span(s["span"])
        out.append(DraftedGoal(
            text=d["text"], aspect=d["aspect"], aspect_title=d["aspect_title"],
            source=GoalSource(kind=s["kind"], session_id=s["session_id"], question_id=s["question_id"],
                              aspect=s["aspect"], field=s["field"], span=span, text=s["text"]),
            rationale=d["rationale"], report=Report._from_core(d["report"])))
    return out


__all__ = ["DraftedGoal", "GoalSource", "draft_goals", "SCHEMA"]
