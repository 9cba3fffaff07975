"""The SMART report as frozen dataclasses.

The core hands over a JSON document (schema ``goalsmith.smart_report/1``) whose spans are
UTF-8 byte offsets; here they become Python string indices, so ``text[start:end]`` is the
evidence. :meth:`Report.to_dict` writes the same document shape with string-index spans and
:meth:`Report.from_dict` reads it back.
"""

from __future__ import annotations

import datetime
import html
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple

__all__ = [
    "CRITERIA",
    "CriterionResult",
    "Evidence",
    "GoalFields",
    "Quantity",
    "Recurrence",
    "Report",
    "TimeExpression",
    "Workload",
]

SCHEMA = "goalsmith.smart_report/1"

#: Criterion ids in rubric order (the attribute names of :class:`Report`).
CRITERIA: Tuple[str, ...] = ("specific", "measurable", "achievable", "relevant", "time_bound")

Span = Tuple[int, int]
_SpanMap = Callable[[Any], Span]


# ---------------------------------------------------------------- span conversion

def _byte_span_converter(text: str) -> _SpanMap:
    """Returns a function mapping a UTF-8 byte span of ``text`` to a string-index span."""
    if text.isascii():
        return _plain_span
    # starts[i] = byte offset of code point i; the core's spans fall on code point boundaries,
    # bisect also copes with one that does not (it maps to the code point containing it).
    starts: List[int] = []
    offset = 0
    for ch in text:
        starts.append(offset)
        cp = ord(ch)
        offset += 1 if cp < 0x80 else 2 if cp < 0x800 else 3 if cp < 0x10000 else 4
    starts.append(offset)

    def index(b: int) -> int:
        return max(0, bisect_right(starts, b) - 1)

    def convert(span: Any) -> Span:
        begin, end = _plain_span(span)
        return (index(begin), index(end))

    return convert


def _plain_span(span: Any) -> Span:
    if span is None:
        return (0, 0)
    begin, end = span
    return (int(begin), int(end))


def _date(value: Optional[str]) -> Optional[datetime.date]:
    return None if value is None else datetime.date.fromisoformat(value)


def _iso(value: Optional[datetime.date]) -> Optional[str]:
    return None if value is None else value.isoformat()


def _opt_float(value: Any) -> Optional[float]:
    return None if value is None else float(value)


# ---------------------------------------------------------------- value types

@dataclass(frozen=True)
class Evidence:
    """A piece of the goal that decided a verdict: ``text == goal[span[0]:span[1]]``."""

    span: Span
    text: str
    rule: str

    def to_dict(self) -> Dict[str, Any]:
        return {"span": list(self.span), "text": self.text, "rule": self.rule}

    @classmethod
    def _read(cls, d: Mapping[str, Any], span: _SpanMap) -> "Evidence":
        return cls(span(d.get("span")), str(d.get("text", "")), str(d.get("rule", "")))


@dataclass(frozen=True)
class CriterionResult:
    """The verdict on one SMART criterion."""

    criterion: str          #: "specific", "measurable", "achievable", "relevant", "time_bound"
    letter: str             #: "S", "M", "A", "R", "T"
    label: str              #: the name shown (a curriculum alias if one was chosen)
    verdict: str            #: "met", "partial" or "missing"
    score: float            #: in [0, 1]
    weight: float
    evidence: Tuple[Evidence, ...]
    explanation: str        #: one sentence
    suggestions: Tuple[str, ...]  #: at least one unless the verdict is "met"

    @property
    def met(self) -> bool:
        return self.verdict == "met"

    def to_dict(self) -> Dict[str, Any]:
        return {
            "letter": self.letter,
            "label": self.label,
            "verdict": self.verdict,
            "score": self.score,
            "weight": self.weight,
            "evidence": [e.to_dict() for e in self.evidence],
            "explanation": self.explanation,
            "suggestions": list(self.suggestions),
        }

    @classmethod
    def _read(cls, criterion: str, d: Mapping[str, Any], span: _SpanMap) -> "CriterionResult":
        return cls(
            criterion=criterion,
            letter=str(d.get("letter") or criterion[0].upper()),
            label=str(d.get("label", "")),
            verdict=str(d["verdict"]),
            score=float(d.get("score", 0.0)),
            weight=float(d.get("weight", 1.0)),
            evidence=tuple(Evidence._read(e, span) for e in d.get("evidence") or ()),
            explanation=str(d.get("explanation", "")),
            suggestions=tuple(str(s) for s in d.get("suggestions") or ()),
        )


@dataclass(frozen=True)
class Quantity:
    """A number with what it counts ("4 STAR stories" -> 4.0, "story")."""

    value: float
    unit: str
    comparator: str  #: "at_most", "at_least", "under", ... or "" for an exact count
    span: Span
    text: str

    def to_dict(self) -> Dict[str, Any]:
        return {"value": self.value, "unit": self.unit, "comparator": self.comparator,
                "span": list(self.span), "text": self.text}

    @classmethod
    def _read(cls, d: Mapping[str, Any], span: _SpanMap) -> "Quantity":
        return cls(float(d.get("value", 0.0)), str(d.get("unit", "")),
                   str(d.get("comparator") or ""), span(d.get("span")), str(d.get("text", "")))


@dataclass(frozen=True)
class Recurrence:
    """How often: ``count`` times per ``per`` ("day", "week", "month", "year")."""

    count: float
    count_stated: bool
    per: str
    by_day: Tuple[int, ...]             #: ISO weekdays, 1 = Monday
    until: Optional[datetime.date]
    occurrences: Optional[int]

    def to_dict(self) -> Dict[str, Any]:
        return {"count": self.count, "count_stated": self.count_stated, "per": self.per,
                "by_day": list(self.by_day), "until": _iso(self.until),
                "occurrences": self.occurrences}

    @classmethod
    def _read(cls, d: Mapping[str, Any]) -> "Recurrence":
        occ = d.get("occurrences")
        return cls(float(d.get("count", 1.0)), bool(d.get("count_stated", False)),
                   str(d.get("per", "week")), tuple(int(x) for x in d.get("by_day") or ()),
                   _date(d.get("until")), None if occ is None else int(occ))


@dataclass(frozen=True)
class Workload:
    """The rate the Achievable check compared with the pack's limit."""

    activity: str
    per_day: float
    limit_per_day: float
    unit: str

    def to_dict(self) -> Dict[str, Any]:
        return {"activity": self.activity, "per_day": self.per_day,
                "limit_per_day": self.limit_per_day, "unit": self.unit}

    @classmethod
    def _read(cls, d: Mapping[str, Any]) -> "Workload":
        return cls(str(d.get("activity", "")), float(d.get("per_day", 0.0)),
                   float(d.get("limit_per_day", 0.0)), str(d.get("unit", "")))


@dataclass(frozen=True)
class GoalFields:
    """What the check read out of the goal."""

    action: Optional[str]
    object: Optional[str]
    aspects: Tuple[str, ...]
    quantity: Optional[Quantity]
    frequency: Optional[Recurrence]
    deadline: Optional[datetime.date]
    window_start: Optional[datetime.date]
    window_end: Optional[datetime.date]
    sessions: Optional[float]
    workload: Optional[Workload]

    def to_dict(self) -> Dict[str, Any]:
        window = None
        if self.window_start is not None or self.window_end is not None:
            window = {"start": _iso(self.window_start), "end": _iso(self.window_end)}
        return {
            "action": self.action,
            "object": self.object,
            "aspects": list(self.aspects),
            "quantity": None if self.quantity is None else self.quantity.to_dict(),
            "frequency": None if self.frequency is None else self.frequency.to_dict(),
            "deadline": _iso(self.deadline),
            "window": window,
            "sessions": self.sessions,
            "workload": None if self.workload is None else self.workload.to_dict(),
        }

    @classmethod
    def _read(cls, d: Mapping[str, Any], span: _SpanMap) -> "GoalFields":
        q, f, w = d.get("quantity"), d.get("frequency"), d.get("workload")
        window = d.get("window") or {}
        return cls(
            action=d.get("action"),
            object=d.get("object"),
            aspects=tuple(str(a) for a in d.get("aspects") or ()),
            quantity=None if q is None else Quantity._read(q, span),
            frequency=None if f is None else Recurrence._read(f),
            deadline=_date(d.get("deadline")),
            window_start=_date(window.get("start")),
            window_end=_date(window.get("end")),
            sessions=_opt_float(d.get("sessions")),
            workload=None if w is None else Workload._read(w),
        )


@dataclass(frozen=True)
class TimeExpression:
    """A time expression found in a text, resolved against the reference date.

    ``text == source[span[0]:span[1]]`` (string indices); ``start`` and ``end`` are the first and
    last day (``end`` is inclusive, so ``end_inclusive`` is always True); ``recurrence`` is set
    for kind "recurrence"; ``duration_seconds`` for a duration or the length of each occurrence.
    ``start_time`` and ``end_time`` are the times of day on ``start`` and ``end`` ("from 9 to
    11am": 09:00 and 11:00, "tonight": 18:00 and 23:59:59; the end is inclusive), None when the
    text names no time of day.
    """

    text: str
    span: Span
    kind: str        #: "date", "interval", "deadline", "duration", "recurrence"
    #: "day", "week", "month", "quarter", "year", "hour", "minute", "second", "part_of_day"
    grain: str
    start: Optional[datetime.date]
    end: Optional[datetime.date]    #: inclusive
    end_inclusive: bool             #: always True: ``end`` is the last day of the expression
    past: bool
    year_stated: bool
    recurrence: Optional[Recurrence] = None
    duration_seconds: Optional[float] = None
    start_time: Optional[datetime.time] = None   #: time of day on ``start``
    end_time: Optional[datetime.time] = None     #: time of day on ``end`` (inclusive)

    def to_dict(self) -> Dict[str, Any]:
        return {
            "text": self.text, "span": list(self.span), "kind": self.kind, "grain": self.grain,
            "start": _iso(self.start), "end": _iso(self.end),
            "end_inclusive": self.end_inclusive, "past": self.past,
            "year_stated": self.year_stated,
            "recurrence": None if self.recurrence is None else self.recurrence.to_dict(),
            "duration_seconds": self.duration_seconds,
            "start_time": _time_iso(self.start_time), "end_time": _time_iso(self.end_time),
        }

    @classmethod
    def _read(cls, d: Mapping[str, Any], span: _SpanMap) -> "TimeExpression":
        rec = d.get("recurrence")
        return cls(
            text=str(d.get("text", "")), span=span(d.get("span")), kind=str(d.get("kind", "")),
            grain=str(d.get("grain", "day")), start=_date(d.get("start")),
            end=_date(d.get("end")), end_inclusive=bool(d.get("end_inclusive", True)),
            past=bool(d.get("past", False)),
            year_stated=bool(d.get("year_stated", False)),
            recurrence=None if rec is None else Recurrence._read(rec),
            duration_seconds=_opt_float(d.get("duration_seconds")),
            start_time=_time(d.get("start_time")), end_time=_time(d.get("end_time")),
        )


def _time(value: Any) -> Optional[datetime.time]:
    return None if value is None else datetime.time.fromisoformat(str(value))


def _time_iso(value: Optional[datetime.time]) -> Optional[str]:
    return None if value is None else value.isoformat()


TIME_SCHEMA = "goalsmith.time/1"


def _time_expressions_from_core(d: Mapping[str, Any]) -> List[TimeExpression]:
    """Reads the core's goalsmith.time/1 document (spans as UTF-8 byte offsets)."""
    schema = d.get("schema")
    if schema != TIME_SCHEMA:
        raise ValueError(f"unsupported time schema {schema!r} (expected {TIME_SCHEMA!r})")
    span = _byte_span_converter(str(d.get("text", "")))
    return [TimeExpression._read(t, span) for t in d.get("expressions") or ()]


def _report_from_state(version: int, state: Dict[str, Any]) -> "Report":
    if version != 1:
        raise ValueError(f"cannot unpickle a goalsmith Report of state version {version}")
    return Report.from_dict(state)


@dataclass(frozen=True, repr=False)
class Report:
    """The result of checking one goal against the SMART criteria.

    ``report.time_bound.verdict`` is ``"met"``, ``"partial"`` or ``"missing"``; spans are string
    indices into ``report.text``. Immutable; compares equal field by field; pickles.
    """

    text: str
    today: datetime.date
    locale: str
    score: float
    summary: str
    specific: CriterionResult
    measurable: CriterionResult
    achievable: CriterionResult
    relevant: CriterionResult
    time_bound: CriterionResult
    fields: GoalFields
    time_expressions: Tuple[TimeExpression, ...]

    # ------------------------------------------------------------ convenience

    @property
    def criteria(self) -> Tuple[CriterionResult, ...]:
        """The five results in rubric order S, M, A, R, T."""
        return (self.specific, self.measurable, self.achievable, self.relevant, self.time_bound)

    @property
    def deadline(self) -> Optional[datetime.date]:
        """The last day to finish the goal (inclusive), or None."""
        return self.fields.deadline

    @property
    def verdicts(self) -> Dict[str, str]:
        """Verdict per letter: ``{"S": "met", ...}``."""
        return {c.letter: c.verdict for c in self.criteria}

    @property
    def met(self) -> bool:
        """True when every criterion is met."""
        return all(c.met for c in self.criteria)

    # ------------------------------------------------------------ conversion

    def to_dict(self) -> Dict[str, Any]:
        """A JSON-compatible dict in the shape of the report JSON, spans as string indices."""
        return {
            "schema": SCHEMA,
            "text": self.text,
            "today": self.today.isoformat(),
            "locale": self.locale,
            "score": self.score,
            "summary": self.summary,
            "criteria": {c.criterion: c.to_dict() for c in self.criteria},
            "fields": self.fields.to_dict(),
            "time_expressions": [t.to_dict() for t in self.time_expressions],
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Report":
        """Reads a dict written by :meth:`to_dict` (spans as string indices)."""
        return cls._read(d, _plain_span)

    @classmethod
    def _from_core(cls, d: Mapping[str, Any]) -> "Report":
        """Reads the core's report JSON (spans as UTF-8 byte offsets)."""
        return cls._read(d, _byte_span_converter(str(d.get("text", ""))))

    @classmethod
    def _read(cls, d: Mapping[str, Any], span: _SpanMap) -> "Report":
        if not isinstance(d, Mapping):
            raise TypeError(f"a report must be a dict, not {type(d).__name__}")
        schema = d.get("schema", SCHEMA)
        if schema != SCHEMA:
            raise ValueError(f"unsupported report schema {schema!r} (expected {SCHEMA!r})")
        try:
            criteria = d["criteria"]
            s, m, a, r, t = (CriterionResult._read(name, criteria[name], span)
                             for name in CRITERIA)
            return cls(
                text=str(d["text"]),
                today=datetime.date.fromisoformat(d["today"]),
                locale=str(d.get("locale", "")),
                score=float(d["score"]),
                summary=str(d.get("summary", "")),
                specific=s, measurable=m, achievable=a, relevant=r, time_bound=t,
                fields=GoalFields._read(d.get("fields") or {}, span),
                time_expressions=tuple(
                    TimeExpression._read(t, span) for t in d.get("time_expressions") or ()),
            )
        except KeyError as e:
            raise ValueError(f"a report dict lacks the key {e.args[0]!r}") from None

    def __reduce__(self) -> Tuple[Any, Tuple[int, Dict[str, Any]]]:  # versioned pickle state (the dict form), not the field layout
        return (_report_from_state, (1, self.to_dict()))

    # ------------------------------------------------------------ display

    def __repr__(self) -> str:
        return (f"Report(text={self.text!r}, today={self.today!r}, score={self.score!r}, "
                f"verdicts={self.verdicts!r})")

    def _repr_html_(self) -> str:
        e = html.escape
        rows = []
        for c in self.criteria:
            evidence = ", ".join(f"“{e(ev.text)}”" for ev in c.evidence)
            suggestions = "".join(f"<li>{e(s)}</li>" for s in c.suggestions)
            rows.append(
                f'<tr class="goalsmith-{e(c.verdict)}"><th>{e(c.label)}</th>'
                f"<td>{e(c.verdict)}</td><td>{c.score:.2f}</td>"
                f"<td>{e(c.explanation)}</td><td>{evidence}</td>"
                f"<td><ul>{suggestions}</ul></td></tr>")
        deadline = "" if self.deadline is None else f" · deadline {e(self.deadline.isoformat())}"
        return (
            '<table class="goalsmith-report">'
            f"<caption>{e(self.text)}</caption>"
            "<thead><tr><th></th><th>verdict</th><th>score</th><th>why</th>"
            "<th>evidence</th><th>suggestions</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody>"
            f'<tfoot><tr><td colspan="6">score {self.score:.2f} · {e(self.summary)} '
            f"· checked on {e(self.today.isoformat())}{deadline}</td></tr></tfoot>"
            "</table>")
