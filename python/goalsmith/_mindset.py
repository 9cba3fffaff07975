"""The growth-mindset check: thinking traps in a reflection, and reframing prompts.

The core hands over a JSON document (schema ``goalsmith.mindset_report/1``) whose spans are
UTF-8 byte offsets; here they become Python string indices, so ``report.text[a:b]`` is the
sentence or trigger. See docs/mindset.md.
"""

from __future__ import annotations

import datetime
import html
import json
from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Optional, Tuple

from . import _core
from ._api import DateLike, Engine, Text, _engine_arg, _today_iso
from ._report import Span, _SpanMap, _byte_span_converter, _plain_span

__all__ = [
    "GoalDraft",
    "GuidancePrompt",
    "MindsetCategory",
    "MindsetFinding",
    "MindsetReport",
    "Prompt",
    "Skill",
    "check_mindset",
    "feedback_guidance",
    "mindset_categories",
]

SCHEMA = "goalsmith.mindset_report/1"
GUIDANCE_SCHEMA = "goalsmith.feedback_guidance/1"
_LETTERS = ("S", "M", "A", "R", "T")


@dataclass(frozen=True)
class Prompt:
    """A reframing prompt and the technique it comes from (``str(prompt)`` is the text)."""

    technique: str  #: technique id from the pack's catalog: "yet", "evidence", "friend", ...
    text: str

    def __str__(self) -> str:
        return self.text

    def to_dict(self) -> Dict[str, Any]:
        return {"technique": self.technique, "text": self.text}


@dataclass(frozen=True)
class Skill:
    """The skill a finding's sentence names: ``text == report.text[span[0]:span[1]]``."""

    text: str
    span: Span
    aspect: Optional[str]  #: SMART aspect id (see Engine.aspect_ids), when one matches

    def to_dict(self) -> Dict[str, Any]:
        return {"text": self.text, "span": list(self.span), "aspect": self.aspect}


@dataclass(frozen=True)
class GoalDraft:
    """A SMART goal draft for a finding's skill, with the SMART check's verdicts on it."""

    text: str
    aspect: Optional[str]  #: the aspect whose goal pattern was used; None for the learner's words
    score: float
    verdicts: Dict[str, str]  #: {"S": "met", ...}

    @property
    def smart(self) -> bool:
        """True when every criterion is met (drafts are only offered when they are)."""
        return all(v == "met" for v in self.verdicts.values())

    def to_dict(self) -> Dict[str, Any]:
        return {"text": self.text, "aspect": self.aspect, "score": self.score, "smart": self.smart,
                "verdicts": dict(self.verdicts)}


@dataclass(frozen=True)
class MindsetFinding:
    """One sentence that may be a thinking trap, with prompts that help reframe it.

    ``span`` is the sentence and ``trigger`` the words that matched, as string indices into
    the checked text; ``text`` is the sentence.
    """

    category: str  #: "labeling", "fixed_ability", "fortune_telling", ...
    title: str     #: the category's title in the pack's language
    span: Span
    text: str
    trigger: Span
    trigger_text: str
    confidence: float
    prompts: Tuple[Prompt, ...]
    rewrite: Optional[str]  #: the sentence with "yet", where it is grammatical
    skill: Optional[Skill]
    goal_draft: Optional[GoalDraft]

    def to_dict(self) -> Dict[str, Any]:
        return {
            "category": self.category,
            "title": self.title,
            "span": list(self.span),
            "text": self.text,
            "trigger": {"span": list(self.trigger), "text": self.trigger_text},
            "confidence": self.confidence,
            "prompts": [p.to_dict() for p in self.prompts],
            "rewrite": self.rewrite,
            "skill": None if self.skill is None else self.skill.to_dict(),
            "goal_draft": None if self.goal_draft is None else self.goal_draft.to_dict(),
        }

    @classmethod
    def _read(cls, d: Mapping[str, Any], span: _SpanMap) -> "MindsetFinding":
        trigger = d.get("trigger") or {}
        skill = d.get("skill")
        draft = d.get("goal_draft")
        return cls(
            category=str(d["category"]),
            title=str(d.get("title", "")),
            span=span(d.get("span")),
            text=str(d.get("text", "")),
            trigger=span(trigger.get("span")),
            trigger_text=str(trigger.get("text", "")),
            confidence=float(d.get("confidence", 0.0)),
            prompts=tuple(Prompt(str(p["technique"]), str(p["text"])) for p in d.get("prompts") or ()),
            rewrite=None if d.get("rewrite") is None else str(d["rewrite"]),
            skill=None if skill is None else Skill(str(skill["text"]), span(skill.get("span")),
                                                   None if skill.get("aspect") is None else str(skill["aspect"])),
            goal_draft=None if draft is None else GoalDraft(
                text=str(draft["text"]),
                aspect=None if draft.get("aspect") is None else str(draft["aspect"]),
                score=float(draft.get("score", 0.0)),
                verdicts={k: str(draft["verdicts"][k]) for k in _LETTERS}),
        )


def _report_from_state(version: int, state: Dict[str, Any]) -> "MindsetReport":
    if version != 1:
        raise ValueError(f"cannot unpickle a goalsmith MindsetReport of state version {version}")
    return MindsetReport.from_dict(state)


@dataclass(frozen=True, repr=False)
class MindsetReport:
    """The thinking traps of one reflection. Immutable; compares equal field by field; pickles."""

    text: str
    today: datetime.date  #: reference date of the goal drafts
    locale: str
    sentences: int
    summary: str
    findings: Tuple[MindsetFinding, ...]

    @property
    def categories(self) -> List[str]:
        """The categories found, in text order, each once."""
        out: List[str] = []
        for f in self.findings:
            if f.category not in out:
                out.append(f.category)
        return out

    def to_dict(self) -> Dict[str, Any]:
        """A JSON-compatible dict in the shape of the report JSON, spans as string indices."""
        return {
            "schema": SCHEMA,
            "text": self.text,
            "locale": self.locale,
            "today": self.today.isoformat(),
            "sentences": self.sentences,
            "summary": self.summary,
            "findings": [f.to_dict() for f in self.findings],
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "MindsetReport":
        """Reads a dict written by :meth:`to_dict` (spans as string indices)."""
        return cls._read(d, _plain_span)

    @classmethod
    def _from_core(cls, d: Mapping[str, Any]) -> "MindsetReport":
        return cls._read(d, _byte_span_converter(str(d.get("text", ""))))

    @classmethod
    def _read(cls, d: Mapping[str, Any], span: _SpanMap) -> "MindsetReport":
        if not isinstance(d, Mapping):
            raise TypeError(f"a mindset report must be a dict, not {type(d).__name__}")
        schema = d.get("schema", SCHEMA)
        if schema != SCHEMA:
            raise ValueError(f"unsupported mindset report schema {schema!r} (expected {SCHEMA!r})")
        try:
            return cls(
                text=str(d["text"]),
                today=datetime.date.fromisoformat(d["today"]),
                locale=str(d.get("locale", "")),
                sentences=int(d.get("sentences", 0)),
                summary=str(d.get("summary", "")),
                findings=tuple(MindsetFinding._read(f, span) for f in d.get("findings") or ()),
            )
        except KeyError as e:
            raise ValueError(f"a mindset report dict lacks the key {e.args[0]!r}") from None

    def __reduce__(self) -> Tuple[Any, Tuple[int, Dict[str, Any]]]:  # versioned pickle state
        return (_report_from_state, (1, self.to_dict()))

    def __repr__(self) -> str:
        return (f"MindsetReport(text={self.text!r}, today={self.today!r}, "
                f"categories={self.categories!r})")

    def _repr_html_(self) -> str:
        e = html.escape
        rows = []
        for f in self.findings:
            a, b = f.trigger
            s0, _ = f.span
            sentence = (e(self.text[s0:a]) + f"<mark>{e(self.text[a:b])}</mark>" + e(self.text[b:f.span[1]])
                        if s0 <= a <= b <= f.span[1] <= len(self.text) else e(f.text))
            prompts = "".join(f"<li>{e(p.text)}</li>" for p in f.prompts)
            extra = ""
            if f.rewrite is not None:
                extra += f"<p>with “yet”: <em>{e(f.rewrite)}</em></p>"
            if f.goal_draft is not None:
                extra += f"<p>goal draft: {e(f.goal_draft.text)}</p>"
            rows.append(
                f'<tr class="goalsmith-trap-{e(f.category)}"><th>{e(f.title)}</th>'
                f"<td>{f.confidence:.2f}</td><td>{sentence}{extra}</td><td><ul>{prompts}</ul></td></tr>")
        return (
            '<table class="goalsmith-mindset">'
            f"<caption>{e(self.summary)}</caption>"
            "<thead><tr><th>trap</th><th>confidence</th><th>sentence</th><th>prompts</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")


@dataclass(frozen=True)
class GuidancePrompt:
    """A prompt for receiving feedback, to show before or after a session."""

    id: str
    moment: str  #: "before" or "after"
    text: str

    def to_dict(self) -> Dict[str, Any]:
        return {"id": self.id, "moment": self.moment, "text": self.text}


@dataclass(frozen=True)
class MindsetCategory:
    """A thinking-trap category of the pack."""

    id: str
    title: str
    description: str


def _options_json(today: DateLike, max_prompts: int, min_confidence: float, goal_drafts: bool) -> str:
    if isinstance(max_prompts, bool) or not isinstance(max_prompts, int):
        raise TypeError(f"max_prompts must be an int, not {type(max_prompts).__name__}")
    if not 1 <= max_prompts <= 3:
        raise ValueError(f"max_prompts must be 1, 2 or 3, got {max_prompts}")
    if isinstance(min_confidence, bool) or not isinstance(min_confidence, (int, float)):
        raise TypeError(f"min_confidence must be a number, not {type(min_confidence).__name__}")
    if not 0.0 <= float(min_confidence) <= 1.0:
        raise ValueError(f"min_confidence must be between 0 and 1, got {min_confidence}")
    if not isinstance(goal_drafts, bool):
        raise TypeError(f"goal_drafts must be a bool, not {type(goal_drafts).__name__}")
    doc: Dict[str, Any] = {"max_prompts": max_prompts, "min_confidence": float(min_confidence),
                           "goal_drafts": goal_drafts}
    iso = _today_iso(today)
    if iso is not None:
        doc["today"] = iso
    return json.dumps(doc)


def check_mindset(text: Text, *, today: DateLike = None, max_prompts: int = 3,
                  min_confidence: float = 0.0, goal_drafts: bool = True,
                  engine: Optional[Engine] = None) -> MindsetReport:
    """Reads a reflection sentence by sentence and reports its possible thinking traps.

    Args:
        text: the reflection (str, or UTF-8 bytes), at most 1 MiB.
        today: reference date of goal drafts; None means today in local time.
        max_prompts: reframing prompts per finding, 1 to 3.
        min_confidence: leave out findings below this confidence.
        goal_drafts: offer a SMART goal draft for findings that name a skill.
        engine: the engine (default: the built-in English pack).

    Raises:
        InvalidUTF8Error: bytes that are not UTF-8 (``where`` names the byte).
        InvalidArgumentError: an empty or blank text, or one over 1 MiB.
        TypeError, ValueError: an argument of the wrong type or out of range.

    >>> r = check_mindset("I'm not good at salary talks.", today="2026-11-22")
    >>> f = r.findings[0]
    >>> f.category, f.rewrite, f.skill.aspect
    ('fixed_ability', "I'm not good at salary talks yet.", 'negotiation')
    """
    options = _options_json(today, max_prompts, min_confidence, goal_drafts)
    core = _engine_arg(engine)._engine
    return MindsetReport._from_core(json.loads(_core.check_mindset(core, text, options)))


def feedback_guidance(moment: Optional[str] = None, *,
                      engine: Optional[Engine] = None) -> List[GuidancePrompt]:
    """Guidance for receiving feedback: prompts to show "before" and "after" a session
    (both when ``moment`` is None), in pack order."""
    if moment is not None and moment not in ("before", "after"):
        raise ValueError(f"moment must be 'before', 'after' or None, not {moment!r}")
    doc = json.loads(_core.feedback_guidance(_engine_arg(engine)._engine, moment or ""))
    if doc.get("schema") != GUIDANCE_SCHEMA:
        raise ValueError(f"unsupported guidance schema {doc.get('schema')!r}")
    return [GuidancePrompt(str(p["id"]), m, str(p["text"])) for m in ("before", "after") for p in doc[m]]


def mindset_categories(engine: Optional[Engine] = None) -> List[MindsetCategory]:
    """The thinking-trap categories of the engine's pack, in pack order."""
    return [MindsetCategory(*c) for c in _core.mindset_categories(_engine_arg(engine)._engine)]
