"""Feedback templates, feedback sessions and feedback analysis (docs/feedback.md).

After a mock interview the learner asks the interviewer two or three questions from a
:class:`Template`, chosen by :func:`recommend_questions`, and takes notes in a :class:`Session`.
:func:`analyze_feedback` finds the strengths and areas to improve per aspect; spans are Python
string indices into the text a finding names (an answer's notes, or the session's
``strengths`` / ``improvements``). Templates and sessions are validated by the core, so a bad
value raises :class:`~goalsmith.JsonError` whose ``where`` is its JSON path.
"""

from __future__ import annotations

import datetime
import html
import json
from dataclasses import dataclass
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, Union

from . import _core
from ._api import Engine, _engine_arg
from ._report import Span, _SpanMap, _byte_span_converter, _plain_span

__all__ = [
    "AreaToImprove",
    "AspectFeedback",
    "AspectHistory",
    "ConcernMatch",
    "Cue",
    "FeedbackAnalysis",
    "FeedbackAspect",
    "FeedbackHistory",
    "Finding",
    "Question",
    "RatingScale",
    "Recommendation",
    "RecommendedQuestion",
    "ScaleLevel",
    "Session",
    "SessionAnswer",
    "Template",
    "analyze_feedback",
    "analyze_history",
    "default_template",
    "feedback_scales",
    "recommend_questions",
    "render_report",
    "render_worksheet",
]

TEMPLATE_SCHEMA = "goalsmith.feedback_template/1"
SESSION_SCHEMA = "goalsmith.feedback_session/1"
ANALYSIS_SCHEMA = "goalsmith.feedback_analysis/1"
HISTORY_SCHEMA = "goalsmith.feedback_history/1"
RECOMMENDATION_SCHEMA = "goalsmith.feedback_recommendation/1"

RatingValue = Union[int, str, None]  #: a level's value, "no_decision", or None


# ---------------------------------------------------------------- templates

@dataclass(frozen=True)
class ScaleLevel:
    value: int
    label: str


@dataclass(frozen=True)
class RatingScale:
    """Ordered levels (worst first); ratings at or above ``ready_from`` count as ready."""

    id: str
    title: str
    levels: Tuple[ScaleLevel, ...]
    ready_from: int
    no_decision: Optional[str] = None

    def label(self, value: RatingValue) -> Optional[str]:
        """The label of a rating (``"no_decision"`` gives the scale's no-decision label)."""
        if value == "no_decision":
            return self.no_decision
        return next((lv.label for lv in self.levels if lv.value == value), None)

    def to_dict(self) -> Dict[str, Any]:
        d: Dict[str, Any] = {"id": self.id, "title": self.title,
                             "levels": [{"value": lv.value, "label": lv.label} for lv in self.levels],
                             "ready_from": self.ready_from}
        if self.no_decision:
            d["no_decision"] = self.no_decision
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "RatingScale":
        return cls(str(d["id"]), str(d["title"]),
                   tuple(ScaleLevel(int(lv["value"]), str(lv["label"])) for lv in d["levels"]),
                   int(d["ready_from"]), d.get("no_decision") or None)


@dataclass(frozen=True)
class FeedbackAspect:
    id: str
    title: str
    description: str = ""
    signals_basic: Tuple[str, ...] = ()
    signals_advanced: Tuple[str, ...] = ()
    words: Tuple[str, ...] = ()

    def to_dict(self) -> Dict[str, Any]:
        return {"id": self.id, "title": self.title, "description": self.description,
                "signals_basic": list(self.signals_basic), "signals_advanced": list(self.signals_advanced),
                "words": list(self.words)}


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    kind: str  #: "open", "rating" or "yes_no"
    aspect: str
    follow_ups: Tuple[str, ...] = ()
    tags: Tuple[str, ...] = ()
    yes_is_good: bool = True

    def to_dict(self) -> Dict[str, Any]:
        d: Dict[str, Any] = {"id": self.id, "text": self.text, "kind": self.kind, "aspect": self.aspect,
                             "follow_ups": list(self.follow_ups), "tags": list(self.tags)}
        if self.kind == "yes_no":
            d["yes_is_good"] = self.yes_is_good
        return d

    @classmethod
    def _read(cls, d: Mapping[str, Any]) -> "Question":
        return cls(str(d["id"]), str(d["text"]), str(d["kind"]), str(d["aspect"]),
                   tuple(d.get("follow_ups") or ()), tuple(d.get("tags") or ()), bool(d.get("yes_is_good", True)))


def _json_text(value: Any, what: str) -> str:
    if isinstance(value, (str, bytes)):
        return value if isinstance(value, str) else value.decode("utf-8", "surrogateescape")
    if isinstance(value, Mapping):
        return json.dumps(value)
    raise TypeError(f"{what} must be a dict or JSON text, not {type(value).__name__}")


@dataclass(frozen=True, repr=False)
class Template:
    """A feedback template: aspects, questions and a rating scale. Build it with
    :meth:`from_dict` (validated by the core) or get the built-in one with
    :func:`default_template`."""

    id: str
    version: str
    locale: str
    title: str
    description: str
    scale: RatingScale
    aspects: Tuple[FeedbackAspect, ...]
    questions: Tuple[Question, ...]
    follow_ups: Tuple[str, ...] = ()

    def aspect(self, aspect_id: str) -> FeedbackAspect:
        for a in self.aspects:
            if a.id == aspect_id:
                return a
        raise KeyError(aspect_id)

    def question(self, question_id: str) -> Question:
        for q in self.questions:
            if q.id == question_id:
                return q
        raise KeyError(question_id)

    def questions_for(self, aspect_id: str) -> List[Question]:
        return [q for q in self.questions if q.aspect == aspect_id]

    def to_dict(self) -> Dict[str, Any]:
        return {"schema": TEMPLATE_SCHEMA, "id": self.id, "version": self.version, "locale": self.locale,
                "title": self.title, "description": self.description, "scale": self.scale.to_dict(),
                "aspects": [a.to_dict() for a in self.aspects], "questions": [q.to_dict() for q in self.questions],
                "follow_ups": list(self.follow_ups)}

    def to_json(self, indent: Optional[int] = None) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls, d: Union[Mapping[str, Any], str, bytes]) -> "Template":
        """Validates a template (a dict or JSON text) in the core and reads it.

        Raises JsonError with ``where`` = the JSON path of the first problem (duplicate ids,
        a question naming an unknown aspect, an empty text, a bad scale, an unknown key)."""
        return cls._read(json.loads(_core.feedback_template_validate(_json_text(d, "template"))))

    from_json = from_dict

    @classmethod
    def _read(cls, d: Mapping[str, Any]) -> "Template":
        return cls(
            id=str(d["id"]), version=str(d["version"]), locale=str(d["locale"]), title=str(d["title"]),
            description=str(d.get("description", "")), scale=RatingScale.from_dict(d["scale"]),
            aspects=tuple(FeedbackAspect(str(a["id"]), str(a["title"]), str(a.get("description", "")),
                                         tuple(a.get("signals_basic") or ()), tuple(a.get("signals_advanced") or ()),
                                         tuple(a.get("words") or ())) for a in d["aspects"]),
            questions=tuple(Question._read(q) for q in d["questions"]),
            follow_ups=tuple(d.get("follow_ups") or ()))

    def __repr__(self) -> str:
        return (f"Template(id={self.id!r}, title={self.title!r}, "
                f"aspects={[a.id for a in self.aspects]!r}, questions={len(self.questions)})")

    def _repr_html_(self) -> str:
        e = html.escape
        rows = []
        for a in self.aspects:
            qs = "".join(f"<li>{e(q.text)} <small>({e(q.kind)})</small></li>" for q in self.questions_for(a.id))
            rows.append(f"<tr><th>{e(a.title)}<br><small>{e(a.id)}</small></th><td>{e(a.description)}</td>"
                        f"<td><ul>{qs}</ul></td></tr>")
        return (f'<table class="goalsmith-feedback-template"><caption>{e(self.title)}</caption>'
                "<thead><tr><th>aspect</th><th>what it covers</th><th>questions</th></tr></thead>"
                f"<tbody>{''.join(rows)}</tbody></table>")


# ---------------------------------------------------------------- sessions

@dataclass(frozen=True)
class SessionAnswer:
    """One question asked and what the interviewer said."""

    question_id: str
    notes: str = ""
    rating: RatingValue = None  #: a level's value, "no_decision" or None
    answer: Optional[bool] = None  #: the answer to a yes/no question
    question: str = ""  #: the question as asked (optional)
    aspect: str = ""    #: optional when the template knows the question

    def to_dict(self) -> Dict[str, Any]:
        d: Dict[str, Any] = {"question_id": self.question_id}
        if self.question:
            d["question"] = self.question
        if self.aspect:
            d["aspect"] = self.aspect
        d["notes"] = self.notes
        if self.rating is not None:
            d["rating"] = self.rating
        if self.answer is not None:
            d["answer"] = self.answer
        return d


def _date_arg(value: Union[datetime.date, str]) -> datetime.date:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        return datetime.date.fromisoformat(value)
    raise TypeError(f"date must be a datetime.date or 'YYYY-MM-DD', not {type(value).__name__}")


@dataclass(frozen=True, repr=False)
class Session:
    """A feedback session: the questions asked, notes, ratings and free texts."""

    id: str
    date: datetime.date
    answers: Tuple[SessionAnswer, ...] = ()
    kind: str = "peer_mock"  #: "peer_mock", "professional_mock" or "real"
    interviewer: Optional[str] = None
    template: Optional[str] = None  #: id of the template the questions come from
    overall_rating: RatingValue = None
    strengths: str = ""
    improvements: str = ""
    scale: Optional[RatingScale] = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "date", _date_arg(self.date))
        object.__setattr__(self, "answers", tuple(self.answers))

    def to_dict(self) -> Dict[str, Any]:
        d: Dict[str, Any] = {"schema": SESSION_SCHEMA, "id": self.id, "date": self.date.isoformat(),
                             "kind": self.kind}
        if self.interviewer:
            d["interviewer"] = self.interviewer
        if self.template:
            d["template"] = self.template
        d["answers"] = [a.to_dict() for a in self.answers]
        if self.overall_rating is not None:
            d["overall_rating"] = self.overall_rating
        d["strengths"] = self.strengths
        d["improvements"] = self.improvements
        if self.scale is not None:
            d["scale"] = self.scale.to_dict()
        return d

    def to_json(self, indent: Optional[int] = None) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls, d: Union[Mapping[str, Any], str, bytes]) -> "Session":
        """Validates a session (a dict or JSON text) in the core and reads it."""
        return cls._read(json.loads(_core.feedback_session_validate(_json_text(d, "session"))))

    from_json = from_dict

    @classmethod
    def _read(cls, d: Mapping[str, Any]) -> "Session":
        return cls(
            id=str(d["id"]), date=datetime.date.fromisoformat(d["date"]),
            answers=tuple(SessionAnswer(str(a["question_id"]), str(a.get("notes") or ""), a.get("rating"),
                                        a.get("answer"), str(a.get("question") or ""), str(a.get("aspect") or ""))
                          for a in d.get("answers") or ()),
            kind=str(d.get("kind", "peer_mock")), interviewer=d.get("interviewer"), template=d.get("template"),
            overall_rating=d.get("overall_rating"), strengths=str(d.get("strengths") or ""),
            improvements=str(d.get("improvements") or ""),
            scale=None if d.get("scale") is None else RatingScale.from_dict(d["scale"]))

    def source_text(self, source: str, question_id: str = "") -> str:
        """The text a finding's span points into."""
        if source == "strengths":
            return self.strengths
        if source == "improvements":
            return self.improvements
        if source == "notes":
            for a in self.answers:
                if a.question_id == question_id:
                    return a.notes
        return ""

    def __repr__(self) -> str:
        return (f"Session(id={self.id!r}, date={self.date!r}, kind={self.kind!r}, "
                f"answers=[{', '.join(repr(a.question_id) for a in self.answers)}])")

    def _repr_html_(self) -> str:
        return render_report(self, format="html")


# ---------------------------------------------------------------- analysis

@dataclass(frozen=True)
class Cue:
    """A word that decided a finding: ``rule`` is "strength_cue", "improve_cue", "softener",
    "negation" or "aspect_word"."""

    text: str
    span: Span
    rule: str

    def to_dict(self) -> Dict[str, Any]:
        return {"text": self.text, "span": list(self.span), "rule": self.rule}


@dataclass(frozen=True)
class Finding:
    """A strength or an area to improve. ``span`` indexes the text named by ``source``:
    ``session.source_text(finding.source, finding.question_id)[a:b] == finding.text``."""

    session_id: str
    question_id: str  #: empty for the session's free texts and the overall rating
    aspect: str       #: aspect id; empty when nothing ties it to an aspect
    polarity: str     #: "strength" or "improve"
    softened: bool    #: said gently ("maybe slow down a bit")
    source: str       #: "notes", "strengths", "improvements", "rating" or "answer"
    span: Span
    text: str
    weight: float
    cues: Tuple[Cue, ...] = ()

    def to_dict(self) -> Dict[str, Any]:
        return {"session_id": self.session_id, "question_id": self.question_id, "aspect": self.aspect,
                "polarity": self.polarity, "softened": self.softened, "source": self.source,
                "span": list(self.span), "text": self.text, "weight": self.weight,
                "cues": [c.to_dict() for c in self.cues]}

    @classmethod
    def _read(cls, d: Mapping[str, Any], span: _SpanMap) -> "Finding":
        return cls(str(d["session_id"]), str(d["question_id"]), str(d["aspect"]), str(d["polarity"]),
                   bool(d["softened"]), str(d["source"]), span(d.get("span")), str(d["text"]), float(d["weight"]),
                   tuple(Cue(str(c["text"]), span(c.get("span")), str(c["rule"])) for c in d.get("cues") or ()))


@dataclass(frozen=True)
class AspectFeedback:
    aspect: str
    title: str
    strengths: Tuple[int, ...]     #: indices into FeedbackAnalysis.findings
    improvements: Tuple[int, ...]  #: indices into FeedbackAnalysis.findings
    rating: Optional[float]        #: mean normalized rating, 0..1
    strength_score: float
    improve_score: float
    priority: float                #: > 0 makes it an area to improve

    def to_dict(self) -> Dict[str, Any]:
        return {"aspect": self.aspect, "title": self.title, "strengths": list(self.strengths),
                "improvements": list(self.improvements), "rating": self.rating,
                "strength_score": self.strength_score, "improve_score": self.improve_score,
                "priority": self.priority}


@dataclass(frozen=True)
class AreaToImprove:
    aspect: str
    title: str
    priority: float
    findings: Tuple[int, ...]  #: its improve findings, indices into FeedbackAnalysis.findings

    def to_dict(self) -> Dict[str, Any]:
        return {"aspect": self.aspect, "title": self.title, "priority": self.priority,
                "findings": list(self.findings)}


def _span_maps(session: Optional[Session]) -> Any:
    cache: Dict[Tuple[str, str], _SpanMap] = {}

    def for_finding(d: Mapping[str, Any]) -> _SpanMap:
        if session is None:
            return _plain_span
        key = (str(d.get("source", "")), str(d.get("question_id", "")))
        if key not in cache:
            cache[key] = _byte_span_converter(session.source_text(*key))
        return cache[key]

    return for_finding


@dataclass(frozen=True, repr=False)
class FeedbackAnalysis:
    """Strengths and areas to improve of one session, per aspect, ranked."""

    session_id: str
    date: datetime.date
    template_id: str
    locale: str
    findings: Tuple[Finding, ...]
    aspects: Tuple[AspectFeedback, ...]
    areas_to_improve: Tuple[AreaToImprove, ...]
    overall_rating: Optional[float]
    summary: str

    @property
    def strengths(self) -> List[Finding]:
        return [f for f in self.findings if f.polarity == "strength"]

    @property
    def improvements(self) -> List[Finding]:
        return [f for f in self.findings if f.polarity == "improve"]

    @property
    def top_areas(self) -> List[str]:
        """Aspect ids of the areas to improve, highest priority first."""
        return [a.aspect for a in self.areas_to_improve]

    def aspect(self, aspect_id: str) -> AspectFeedback:
        for a in self.aspects:
            if a.aspect == aspect_id:
                return a
        raise KeyError(aspect_id)

    def to_dict(self) -> Dict[str, Any]:
        return {"schema": ANALYSIS_SCHEMA, "session_id": self.session_id, "date": self.date.isoformat(),
                "template_id": self.template_id, "locale": self.locale,
                "findings": [f.to_dict() for f in self.findings], "aspects": [a.to_dict() for a in self.aspects],
                "areas_to_improve": [a.to_dict() for a in self.areas_to_improve],
                "overall_rating": self.overall_rating, "summary": self.summary}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "FeedbackAnalysis":
        """Reads a dict written by :meth:`to_dict` (spans as string indices)."""
        if not isinstance(d, Mapping):
            raise TypeError(f"an analysis must be a dict, not {type(d).__name__}")
        if d.get("schema", ANALYSIS_SCHEMA) != ANALYSIS_SCHEMA:
            raise ValueError(f"unsupported analysis schema {d.get('schema')!r} (expected {ANALYSIS_SCHEMA!r})")
        return cls._read(d, _span_maps(None))

    @classmethod
    def _read(cls, d: Mapping[str, Any], maps: Any) -> "FeedbackAnalysis":
        try:
            return cls(
                session_id=str(d["session_id"]), date=datetime.date.fromisoformat(d["date"]),
                template_id=str(d["template_id"]), locale=str(d.get("locale", "")),
                findings=tuple(Finding._read(f, maps(f)) for f in d["findings"]),
                aspects=tuple(AspectFeedback(str(a["aspect"]), str(a["title"]), tuple(a["strengths"]),
                                             tuple(a["improvements"]), a.get("rating"), float(a["strength_score"]),
                                             float(a["improve_score"]), float(a["priority"])) for a in d["aspects"]),
                areas_to_improve=tuple(AreaToImprove(str(a["aspect"]), str(a["title"]), float(a["priority"]),
                                                     tuple(a["findings"])) for a in d["areas_to_improve"]),
                overall_rating=d.get("overall_rating"), summary=str(d.get("summary", "")))
        except KeyError as e:
            raise ValueError(f"an analysis dict lacks the key {e.args[0]!r}") from None

    def __repr__(self) -> str:
        return (f"FeedbackAnalysis(session_id={self.session_id!r}, date={self.date!r}, "
                f"areas_to_improve={self.top_areas!r}, findings={len(self.findings)})")

    def _repr_html_(self) -> str:
        e = html.escape
        rows = []
        for f in self.findings:
            mark = "+" if f.polarity == "strength" else ("~" if f.softened else "−")
            rows.append(f'<tr class="goalsmith-{e(f.polarity)}"><td>{mark}</td><td>{e(f.aspect)}</td>'
                        f"<td>{e(f.text)}</td><td>{e(f.source)}</td></tr>")
        areas = "".join(f"<li>{e(a.title)} ({a.priority:.2f})</li>" for a in self.areas_to_improve)
        return (f'<div class="goalsmith-feedback-analysis"><p>{e(self.summary)}</p><ol>{areas}</ol>'
                "<table><thead><tr><th></th><th>aspect</th><th>finding</th><th>from</th></tr></thead>"
                f"<tbody>{''.join(rows)}</tbody></table></div>")


@dataclass(frozen=True)
class AspectHistory:
    aspect: str
    title: str
    sessions: Tuple[str, ...]  #: sessions where it was an area to improve
    strength_sessions: Tuple[str, ...]
    improve_findings: int
    strength_findings: int
    priority: float
    recurring: bool
    trend: str  #: "new", "improving", "steady" or "worsening"


@dataclass(frozen=True, repr=False)
class FeedbackHistory:
    """Several sessions analyzed together: the aspects that keep coming back."""

    session_count: int
    session_ids: Tuple[str, ...]
    aspects: Tuple[AspectHistory, ...]
    analyses: Tuple[FeedbackAnalysis, ...]
    summary: str

    @property
    def recurring(self) -> List[str]:
        return [a.aspect for a in self.aspects if a.recurring]

    def __repr__(self) -> str:
        return f"FeedbackHistory(session_ids={list(self.session_ids)!r}, recurring={self.recurring!r})"

    def _repr_html_(self) -> str:
        e = html.escape
        rows = "".join(f"<tr><td>{e(a.title)}</td><td>{len(a.sessions)}</td><td>{'yes' if a.recurring else ''}</td>"
                       f"<td>{e(a.trend)}</td></tr>" for a in self.aspects)
        return (f'<table class="goalsmith-feedback-history"><caption>{e(self.summary)}</caption>'
                "<thead><tr><th>aspect</th><th>sessions to improve</th><th>recurring</th><th>trend</th></tr></thead>"
                f"<tbody>{rows}</tbody></table>")


# ---------------------------------------------------------------- recommendation

@dataclass(frozen=True)
class RecommendedQuestion:
    question: Question
    aspect_title: str
    reason_code: str  #: "concern", "recurring", "history", "more" or "coverage"
    reason: str
    score: float


@dataclass(frozen=True)
class ConcernMatch:
    text: str
    aspects: Tuple[str, ...]
    evidence: Tuple[Cue, ...]  #: aspect words, spans as string indices into text


@dataclass(frozen=True, repr=False)
class Recommendation:
    template_id: str
    questions: Tuple[RecommendedQuestion, ...]
    concerns: Tuple[ConcernMatch, ...]

    @property
    def question_ids(self) -> List[str]:
        return [q.question.id for q in self.questions]

    def __repr__(self) -> str:
        return f"Recommendation(template_id={self.template_id!r}, questions={self.question_ids!r})"

    def _repr_html_(self) -> str:
        e = html.escape
        items = "".join(f"<li><strong>{e(q.question.text)}</strong><br><small>{e(q.aspect_title)}: {e(q.reason)}"
                        "</small></li>" for q in self.questions)
        return f'<ol class="goalsmith-feedback-recommendation">{items}</ol>'


# ---------------------------------------------------------------- functions

TemplateLike = Union[Template, Mapping[str, Any], None]
SessionLike = Union[Session, Mapping[str, Any]]


def _template_doc(template: TemplateLike) -> Optional[Dict[str, Any]]:
    if template is None:
        return None
    if isinstance(template, Template):
        return template.to_dict()
    if isinstance(template, Mapping):
        return dict(template)
    raise TypeError(f"template must be a Template, a dict or None, not {type(template).__name__}")


def _session(session: SessionLike) -> Session:
    if isinstance(session, Session):
        return session
    if isinstance(session, Mapping):
        return Session.from_dict(session)
    raise TypeError(f"session must be a Session or a dict, not {type(session).__name__}")


def _request(engine: Optional[Engine], op: str, doc: Mapping[str, Any]) -> str:
    return _core.feedback_request(_engine_arg(engine)._engine, op, json.dumps(doc))


def default_template(engine: Optional[Engine] = None) -> Template:
    """The pack's built-in template (ten interview aspects, 4-8 questions each)."""
    return Template._read(json.loads(_core.feedback_template_default(_engine_arg(engine)._engine)))


def feedback_scales(engine: Optional[Engine] = None) -> List[RatingScale]:
    """The rating scales the pack ships (1-4 hire, 1-5 quality, three levels)."""
    return [RatingScale.from_dict(s) for s in json.loads(_core.feedback_scales(_engine_arg(engine)._engine))]


def analyze_feedback(session: SessionLike, template: TemplateLike = None, *,
                     engine: Optional[Engine] = None) -> FeedbackAnalysis:
    """Strengths and areas to improve of one session, per aspect, with spans into its texts.

    >>> s = Session("mock-1", "2026-11-20", [SessionAnswer("lc_clarify",
    ...     "You started coding before clarifying the requirements.", rating=2)],
    ...     template="goalsmith.default")
    >>> a = analyze_feedback(s)
    >>> a.top_areas[0], a.findings[0].polarity
    ('live_coding', 'improve')
    """
    s = _session(session)
    doc: Dict[str, Any] = {"session": s.to_dict()}
    t = _template_doc(template)
    if t is not None:
        doc["template"] = t
    return FeedbackAnalysis._read(json.loads(_request(engine, "analyze", doc)), _span_maps(s))


def analyze_history(sessions: Iterable[SessionLike], templates: Sequence[TemplateLike] = (), *,
                    engine: Optional[Engine] = None) -> FeedbackHistory:
    """Analyzes several sessions and reports the aspects that keep coming back."""
    if isinstance(sessions, (str, bytes, Mapping)):
        raise TypeError("sessions must be a sequence of sessions")
    ss = [_session(s) for s in sessions]
    by_id = {s.id: s for s in ss}
    doc = {"sessions": [s.to_dict() for s in ss], "templates": [_template_doc(t) for t in templates]}
    d = json.loads(_request(engine, "history", doc))
    analyses = tuple(FeedbackAnalysis._read(a, _span_maps(by_id.get(str(a["session_id"])))) for a in d["analyses"])
    aspects = tuple(AspectHistory(str(a["aspect"]), str(a["title"]), tuple(a["sessions"]),
                                  tuple(a["strength_sessions"]), int(a["improve_findings"]),
                                  int(a["strength_findings"]), float(a["priority"]), bool(a["recurring"]),
                                  str(a["trend"])) for a in d["aspects"])
    return FeedbackHistory(int(d["session_count"]), tuple(d["session_ids"]), aspects, analyses, str(d["summary"]))


def recommend_questions(template: TemplateLike = None, concerns: Sequence[str] = (),
                        history: Iterable[SessionLike] = (), n: int = 3, *,
                        engine: Optional[Engine] = None) -> Recommendation:
    """Chooses ``n`` questions for the learner's most worrying or weakest aspects.

    ``concerns`` are aspect ids or free text ("I freeze on coding questions"); ``history`` are
    earlier sessions. Deterministic; each question comes with a reason.

    >>> r = recommend_questions(concerns=["I freeze on coding questions"], n=2)
    >>> r.questions[0].question.aspect, r.questions[0].reason_code
    ('live_coding', 'concern')
    """
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"n must be an int, not {type(n).__name__}")
    if isinstance(concerns, (str, bytes)):
        raise TypeError("concerns must be a sequence of strings, not a single string")
    for i, c in enumerate(concerns):
        if not isinstance(c, str):
            raise TypeError(f"concerns[{i}] must be a str, not {type(c).__name__}")
    doc: Dict[str, Any] = {"concerns": list(concerns), "history": [_session(s).to_dict() for s in history], "n": n}
    t = _template_doc(template)
    if t is not None:
        doc["template"] = t
    d = json.loads(_request(engine, "recommend", doc))
    questions = tuple(RecommendedQuestion(Question._read(q["question"]), str(q["aspect_title"]), str(q["reason_code"]),
                                          str(q["reason"]), float(q["score"])) for q in d["questions"])
    matches = []
    for c in d["concerns"]:
        conv = _byte_span_converter(str(c["text"]))
        matches.append(ConcernMatch(str(c["text"]), tuple(c["aspects"]),
                                    tuple(Cue(str(e["text"]), conv(e["span"]), str(e["rule"])) for e in c["evidence"])))
    return Recommendation(str(d["template_id"]), questions, tuple(matches))


def _format(format: str) -> str:
    if format not in ("markdown", "html"):
        raise ValueError(f"format must be 'markdown' or 'html', not {format!r}")
    return format


def render_worksheet(template: TemplateLike = None, questions: Optional[Sequence[str]] = None,
                     format: str = "markdown", *, engine: Optional[Engine] = None) -> str:
    """A printable worksheet: the chosen questions (all when None) with room for notes."""
    doc: Dict[str, Any] = {"what": "worksheet", "format": _format(format)}
    t = _template_doc(template)
    if t is not None:
        doc["template"] = t
    if questions is not None:
        if isinstance(questions, (str, bytes)):
            raise TypeError("questions must be a sequence of question ids, not a single string")
        doc["questions"] = [q.question.id if isinstance(q, RecommendedQuestion) else q for q in questions]
    return _request(engine, "render", doc)


def render_report(session: SessionLike, template: TemplateLike = None, format: str = "markdown", *,
                  engine: Optional[Engine] = None) -> str:
    """A session as a report: notes, ratings, strengths and ranked areas to improve."""
    doc: Dict[str, Any] = {"what": "report", "format": _format(format), "session": _session(session).to_dict()}
    t = _template_doc(template)
    if t is not None:
        doc["template"] = t
    return _request(engine, "render", doc)
