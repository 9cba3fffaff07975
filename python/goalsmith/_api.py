"""Engine, check_goal and check_goals: options in Python, checks in C++."""

from __future__ import annotations

import datetime
import json
import math
import os
import re
import threading
from numbers import Real
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, TypeVar, Union

from . import _core
from ._report import Report, TimeExpression, _time_expressions_from_core

_T = TypeVar("_T")

__all__ = ["Engine", "check_goal", "check_goals", "parse_time", "DateLike", "TimeLike", "Text"]

#: A reference date: a ``datetime.date``, an ISO string ``"YYYY-MM-DD"``, or None for today.
DateLike = Union[datetime.date, str, None]
#: A reference time of day: ``datetime.time``, ``"HH:MM[:SS]"``, or None for no reference time.
TimeLike = Union[datetime.time, str, None]
#: Goal text: a ``str``, or ``bytes`` holding UTF-8 (invalid bytes raise InvalidUTF8Error).
Text = Union[str, bytes]

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


def _today_iso(today: Any) -> Optional[str]:
    if today is None:
        return None
    if isinstance(today, datetime.datetime):
        today = today.date()
    if isinstance(today, datetime.date):
        return today.isoformat()
    if isinstance(today, str):
        if _ISO_DATE.match(today):
            try:
                return datetime.date.fromisoformat(today).isoformat()
            except ValueError:
                pass
        raise ValueError(f"today must be a real date written YYYY-MM-DD, got {today!r}")
    raise TypeError(f"today must be a datetime.date, a 'YYYY-MM-DD' str or None, "
                    f"not {type(today).__name__}")


_WEEK_STARTS = ("monday", "sunday")


def _week_start(week_start: Any) -> Optional[str]:
    if week_start is None:
        return None
    if not isinstance(week_start, str):
        raise TypeError(f"week_start must be 'monday', 'sunday' or None, not {type(week_start).__name__}")
    if week_start.lower() not in _WEEK_STARTS:
        raise ValueError(f"week_start must be 'monday' or 'sunday', got {week_start!r}")
    return week_start.lower()


def _now_iso(now: Any) -> Optional[str]:
    if now is None:
        return None
    if isinstance(now, datetime.datetime):
        now = now.time()
    if isinstance(now, datetime.time):
        if now.tzinfo is not None:
            raise ValueError("now must be a time without a time zone (goalsmith has no time zones)")
        return now.replace(microsecond=0).isoformat()
    if isinstance(now, str):
        try:
            parsed = datetime.time.fromisoformat(now)
        except ValueError:
            parsed = None
        if parsed is not None and parsed.tzinfo is None and len(now) in (5, 8):
            return parsed.isoformat()
        raise ValueError(f"now must be a time of day written HH:MM or HH:MM:SS, got {now!r}")
    raise TypeError(f"now must be a datetime.time, an 'HH:MM' str or None, not {type(now).__name__}")


def _criterion_key(option: str, key: Any) -> Optional[str]:
    if not isinstance(key, str):
        raise TypeError(f"{option} keys must be criterion names such as 'T' or 'time-bound', "
                        f"not {type(key).__name__}")
    return _core.criterion_from_name(key)


def _mapping(option: str, value: Any) -> Mapping[Any, Any]:
    if not isinstance(value, Mapping):
        raise TypeError(f"{option} must be a dict keyed by criterion, such as {{'T': 2}}, "
                        f"not {type(value).__name__}")
    return value


def _unknown(option: str, keys: List[str]) -> ValueError:
    names = ", ".join(repr(k) for k in keys)
    return ValueError(f"unknown criteria in {option}: {names} (use S, M, A, R, T, a criterion "
                      f"name such as 'time-bound', or an alias such as 'attainable')")


def _per_criterion(option: str, mapping: Any, convert: Callable[[Any, str, Any], _T]) -> Dict[str, _T]:
    """Reads an option keyed by criterion (letter, name or alias) into {criterion: value}.

    ``convert(key, criterion, value)`` checks and converts one value; keys that name no
    criterion are collected and reported together.
    """
    out: Dict[str, _T] = {}
    unknown: List[str] = []
    for key, value in _mapping(option, mapping).items():
        criterion = _criterion_key(option, key)
        if criterion is None:
            unknown.append(key)
            continue
        out[criterion] = convert(key, criterion, value)
    if unknown:
        raise _unknown(option, unknown)
    return out


def _weight(key: Any, criterion: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, Real):
        raise TypeError(f"weights[{key!r}] must be a number, not {type(value).__name__}")
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"weights[{key!r}] must be a finite number >= 0, got {value!r}")
    return float(value)


def _label(key: Any, criterion: str, value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"labels[{key!r}] must be a str, not {type(value).__name__}")
    if _core.criterion_from_name(value) != criterion:
        raise ValueError(f"labels[{key!r}] = {value!r} is not a name of the {criterion} "
                         f"criterion (for A: 'attainable' or 'actionable', ...)")
    return value


def _weights_doc(weights: Any) -> Dict[str, float]:
    return _per_criterion("weights", weights, _weight)


def _labels_doc(labels: Any) -> Dict[str, str]:
    return _per_criterion("labels", labels, _label)


def _focus_list(focus: Any, known: List[str]) -> List[str]:
    if isinstance(focus, (str, bytes)) or not isinstance(focus, Iterable):
        raise TypeError(f"focus must be a list of aspect ids such as ['communication'], "
                        f"not {type(focus).__name__}")
    out = list(focus)
    for item in out:
        if not isinstance(item, str):
            raise TypeError(f"focus items must be str aspect ids, not {type(item).__name__}")
    unknown = [f for f in out if f not in known]
    if unknown:
        raise ValueError(f"unknown focus aspects: {', '.join(map(repr, unknown))} "
                         f"(known: {', '.join(known)})")
    return out


class Engine:
    """A compiled language pack: checks goals against the SMART criteria.

    Immutable and thread-safe; create one and share it. ``Engine()`` uses the built-in
    English pack; :meth:`from_pack_json` and :meth:`from_pack_file` load another.
    """

    __slots__ = ("_engine", "_aspects")

    def __init__(self, locale: str = "en") -> None:
        if not isinstance(locale, str):
            raise TypeError(f"locale must be a str such as 'en', not {type(locale).__name__}")
        self._init(_core.Engine(locale))

    def _init(self, engine: _core.Engine) -> None:
        self._engine = engine
        self._aspects = engine.aspect_ids()

    @classmethod
    def from_pack_json(cls, pack_json: str) -> "Engine":
        """Engine over a language pack given as a JSON string. A malformed pack raises
        PackError or JsonError whose ``where`` is the JSON path (or byte) of the problem."""
        if not isinstance(pack_json, str):
            raise TypeError(f"pack_json must be a str, not {type(pack_json).__name__}")
        return cls._wrap(_core.Engine.from_pack_json(pack_json))

    @classmethod
    def from_pack_file(cls, path: Union[str, "os.PathLike[str]"]) -> "Engine":
        """Engine over a language pack read from a UTF-8 JSON file."""
        if not isinstance(path, (str, os.PathLike)):
            raise TypeError(f"path must be a str or os.PathLike, not {type(path).__name__}")
        return cls._wrap(_core.Engine.from_pack_file(os.fsdecode(os.fspath(path))))

    @classmethod
    def _wrap(cls, engine: _core.Engine) -> "Engine":
        self = cls.__new__(cls)
        self._init(engine)
        return self

    @property
    def locale(self) -> str:
        return self._engine.locale

    def aspect_ids(self) -> List[str]:
        """Aspect ids of the pack: the valid values of ``focus``."""
        return list(self._aspects)

    def demo_goals(self) -> List[str]:
        """The pack's sample goals, weak and strong."""
        return self._engine.demo_goals()

    def pack_json(self) -> str:
        """The pack's JSON document, pretty-printed: a starting point for a custom pack."""
        return self._engine.pack_json()

    def _options_json(self, today: DateLike, focus: Iterable[str],
                      weights: Optional[Mapping[str, float]],
                      labels: Optional[Mapping[str, str]],
                      week_start: Optional[str] = None) -> str:
        doc: Dict[str, Any] = {}
        iso = _today_iso(today)
        if iso is not None:
            doc["today"] = iso
        start = _week_start(week_start)
        if start is not None:
            doc["week_start"] = start
        focus_ids = _focus_list(focus, self._aspects)
        if focus_ids:
            doc["focus"] = focus_ids
        if weights is not None:
            doc["weights"] = _weights_doc(weights)
        if labels is not None:
            doc["labels"] = _labels_doc(labels)
        return json.dumps(doc) if doc else ""

    def check_goal(self, text: Text, *, today: DateLike = None, focus: Iterable[str] = (),
                   weights: Optional[Mapping[str, float]] = None,
                   labels: Optional[Mapping[str, str]] = None,
                   week_start: Optional[str] = None) -> Report:
        """Checks one goal.

        Args:
            text: the goal (str, or UTF-8 bytes).
            today: reference date for relative times; None means today in local time.
            focus: aspect ids from feedback (see :meth:`aspect_ids`); Relevant is stronger
                when the goal names one.
            weights: weight per criterion in the overall score, keyed by letter, name or
                alias: ``{"T": 2}``.
            labels: label to show per criterion: ``{"A": "attainable"}``.
            week_start: first day of the week for "this week", "end of the week":
                ``"monday"`` or ``"sunday"``; None means the engine's (Monday).

        Raises:
            TypeError: an argument of the wrong type.
            ValueError: a bad option value (unknown criterion or aspect, bad date).
            InvalidArgumentError: an empty or blank goal.
            InvalidUTF8Error: bytes (or a str with lone surrogates) that are not UTF-8.
        """
        options = self._options_json(today, focus, weights, labels, week_start)
        return Report._from_core(json.loads(self._engine.check_goal(text, options)))

    def check_goals(self, texts: Iterable[Text], *, today: DateLike = None,
                    focus: Iterable[str] = (), weights: Optional[Mapping[str, float]] = None,
                    labels: Optional[Mapping[str, str]] = None,
                    threads: int = 0, week_start: Optional[str] = None) -> List[Report]:
        """Checks many goals in parallel, with the GIL released; results in input order.

        ``threads`` is the number of worker threads (0 = one per CPU core). If a goal cannot
        be checked, raises the GoalsmithError subclass for it with ``.index`` set to its
        position (the lowest one when several fail); no partial result is returned.
        """
        if isinstance(threads, bool) or not isinstance(threads, int):
            raise TypeError(f"threads must be an int, not {type(threads).__name__}")
        if isinstance(texts, (str, bytes)):
            raise TypeError("texts must be a list of goals, not a single goal "
                            "(use check_goal for one)")
        options = self._options_json(today, focus, weights, labels, week_start)
        docs = self._engine.check_goals(list(texts), options, threads)
        return [Report._from_core(json.loads(d)) for d in docs]

    def parse_time(self, text: Text, today: DateLike = None, *, now: TimeLike = None,
                   week_start: Optional[str] = None) -> List[TimeExpression]:
        """Every time expression in ``text``, resolved against ``today`` (and ``now``).

        Args:
            text: any text (str, or UTF-8 bytes); it may be empty.
            today: reference date for relative times; None means today in local time.
            now: reference time of day (``datetime.time``, a ``datetime.datetime`` whose time
                is taken, or ``"HH:MM[:SS]"``); with it "in 2 hours" gets a time of day and a
                time of day without a day that has already passed is tomorrow's. None: no
                reference time (a time of day without a day is today's).
            week_start: first day of the week, ``"monday"`` or ``"sunday"``; None means the
                engine's (Monday).

        Returns:
            The expressions in text order; spans are string indices into ``text`` (for bytes,
            into ``text.decode()``), dates are ``datetime.date``, times of day
            ``datetime.time`` (``start_time``/``end_time``, None when the text names none) and
            every end is inclusive.

        Raises:
            TypeError: an argument of the wrong type.
            ValueError: a ``today`` that is not a real date, a bad ``now`` or ``week_start``.
            InvalidUTF8Error: bytes (or a str with lone surrogates) that are not UTF-8.
        """
        if not isinstance(text, (str, bytes)):
            raise TypeError(f"text must be str or bytes, not {type(text).__name__}")
        iso = _today_iso(today)
        options: Dict[str, Any] = {}
        now_iso = _now_iso(now)
        if now_iso is not None:
            options["now"] = now_iso
        start = _week_start(week_start)
        if start is not None:
            options["week_start"] = start
        doc = json.loads(self._engine.parse_time(text, iso or "", json.dumps(options) if options else ""))
        return _time_expressions_from_core(doc)

    def __repr__(self) -> str:
        return f"Engine(locale={self.locale!r})"


_default_lock = threading.Lock()
_default: Optional[Engine] = None


def _default_engine() -> Engine:
    global _default
    with _default_lock:
        if _default is None:
            _default = Engine()
        return _default


def _engine_arg(engine: Optional[Engine]) -> Engine:
    if engine is None:
        return _default_engine()
    if not isinstance(engine, Engine):
        raise TypeError(f"engine must be a goalsmith.Engine, not {type(engine).__name__}")
    return engine


def check_goal(text: Text, *, today: DateLike = None, focus: Iterable[str] = (),
               weights: Optional[Mapping[str, float]] = None,
               labels: Optional[Mapping[str, str]] = None,
               week_start: Optional[str] = None,
               engine: Optional[Engine] = None) -> Report:
    """Checks one goal with ``engine`` (default: the built-in English pack).

    See :meth:`Engine.check_goal` for the arguments and errors.

    >>> r = check_goal("Rehearse 4 STAR stories by Friday", today="2026-11-22")
    >>> r.time_bound.verdict, r.deadline
    ('met', datetime.date(2026, 11, 27))
    """
    return _engine_arg(engine).check_goal(text, today=today, focus=focus, weights=weights,
                                          labels=labels, week_start=week_start)


def check_goals(texts: Iterable[Text], *, today: DateLike = None, focus: Iterable[str] = (),
                weights: Optional[Mapping[str, float]] = None,
                labels: Optional[Mapping[str, str]] = None, threads: int = 0,
                week_start: Optional[str] = None,
                engine: Optional[Engine] = None) -> List[Report]:
    """Checks many goals in parallel with the GIL released; see :meth:`Engine.check_goals`."""
    return _engine_arg(engine).check_goals(texts, today=today, focus=focus, weights=weights,
                                           labels=labels, threads=threads, week_start=week_start)


def parse_time(text: Text, today: DateLike = None, *, now: TimeLike = None,
               week_start: Optional[str] = None,
               engine: Optional[Engine] = None) -> List[TimeExpression]:
    """Every time expression in ``text`` with ``engine`` (default: the built-in English pack).

    See :meth:`Engine.parse_time` for the arguments and errors.

    >>> [(t.text, t.kind, t.end) for t in parse_time("Send the CV by Friday", today="2026-11-22")]
    [('by Friday', 'deadline', datetime.date(2026, 11, 27))]
    """
    return _engine_arg(engine).parse_time(text, today, now=now, week_start=week_start)
