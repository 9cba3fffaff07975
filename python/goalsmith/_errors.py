"""Exceptions raised by goalsmith.

Every error from the C++ core arrives as a :class:`GoalsmithError` subclass carrying the
core's stable ``code`` name and ``where`` (``"byte N"`` in a text, a JSON path such as
``"/lexicon/action_verbs/3"`` in a document, or ``""``). Each class also derives from the
matching built-in exception, so ``except ValueError`` keeps working.
"""

from __future__ import annotations

from typing import Any, Dict, Optional, Tuple, Type

__all__ = [
    "GoalsmithError",
    "InvalidArgumentError",
    "InvalidUTF8Error",
    "JsonError",
    "PackError",
    "NotFoundError",
    "GoalsmithIOError",
    "InternalError",
]


class GoalsmithError(Exception):
    """Base class of every error the goalsmith core reports.

    Attributes:
        message: the full sentence (also ``str(exc)``).
        code: stable code name: ``"invalid_argument"``, ``"invalid_utf8"``, ``"json_syntax"``,
            ``"json_schema"``, ``"pack"``, ``"not_found"``, ``"io"`` or ``"internal"``.
        where: ``"byte N"``, a JSON path, or ``""``.
        index: for :func:`goalsmith.check_goals`, the position of the goal that failed
            (the lowest one if several did); otherwise ``None``.
    """

    def __init__(self, message: str, code: str = "internal", where: str = "",
                 index: Optional[int] = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.where = where
        self.index = index

    def __str__(self) -> str:
        if self.index is not None:
            return f"goal {self.index}: {self.message}"
        return self.message

    def __reduce__(self) -> Tuple[Any, Tuple[str, str, str, Optional[int]]]:  # keep code/where/index through pickling (multiprocessing)
        return (type(self), (self.message, self.code, self.where, self.index))


class InvalidArgumentError(GoalsmithError, ValueError):
    """A value is out of range or of the wrong form (an empty goal, an unknown aspect)."""


class InvalidUTF8Error(GoalsmithError, ValueError):
    """The text is not valid UTF-8; ``where`` is ``"byte N"`` of its UTF-8 encoding."""


class JsonError(GoalsmithError, ValueError):
    """A JSON document does not parse (``code == "json_syntax"``, ``where`` a byte offset)
    or holds a wrong value (``code == "json_schema"``, ``where`` a JSON path)."""


class PackError(GoalsmithError, ValueError):
    """A language pack is malformed; ``where`` is the JSON path of the problem."""


class NotFoundError(GoalsmithError, LookupError):
    """An unknown locale or a missing pack file."""


class GoalsmithIOError(GoalsmithError, OSError):
    """A file could not be read or written."""


class InternalError(GoalsmithError, RuntimeError):
    """A bug in goalsmith; please report it."""


_BY_CODE: Dict[str, Type[GoalsmithError]] = {
    "invalid_argument": InvalidArgumentError,
    "invalid_utf8": InvalidUTF8Error,
    "json_syntax": JsonError,
    "json_schema": JsonError,
    "pack": PackError,
    "not_found": NotFoundError,
    "io": GoalsmithIOError,
    "internal": InternalError,
}


def _make_error(code: str, message: str, where: str,
                index: Optional[int] = None) -> GoalsmithError:
    """Called by _core to build the exception for a goalsmith::Error."""
    return _BY_CODE.get(code, GoalsmithError)(message, code, where, index)
