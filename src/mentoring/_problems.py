"""The vocabulary of problems (private): every :class:`~mentoring.errors.Problem`
the library reports is built here, so one mistake reads the same wherever it
is found and every problem carries a stable ``code``.

The wording is English for developers; the ``code`` is what a host application
translates or groups by. :data:`CODES` lists every code with what it means
(documented in ``docs/reference/problems.md``; a test keeps the two equal and
checks that no module builds a ``Problem`` by hand).
"""

from collections.abc import Iterable

from mentoring.errors import Problem

__all__ = [
    "CODES",
    "describe",
    "duplicate",
    "empty",
    "missing",
    "not_one_of",
    "out_of_range",
    "problem",
    "unknown_id",
    "unknown_key",
    "wrong_type",
]

#: Every problem code, with what it means.
CODES: dict[str, str] = {
    "type": "a value of the wrong type",
    "choice": "a value that is not one of the allowed values",
    "range": "a number, date or size outside its bounds",
    "missing": "a required field, key or argument is not given",
    "unknown_key": "a key or column that the value does not have",
    "empty": "an empty text or collection where one is needed",
    "duplicate": "an id, code, key or item given twice",
    "unknown_id": "a reference to an id or code that nothing has",
    "date": "text that is not a real date in the expected format",
    "order": "dates or bounds in the wrong order",
    "format": "text that does not parse (JSON, CSV, an RRULE, ...)",
    "version": "a document format or version this library does not read",
    "file": "a file that cannot be read (missing, a folder, not text, ...)",
    "outside": "a date outside the period it must fall in",
    "capacity": "more open pairs than a mentor has places",
    "conflict": "records that cannot hold together (a second open pair of one "
    "function, an avoided mentor, ...)",
    "self": "a person paired with, preferring or leading themself",
    "constraint": "a pair that breaks a hard constraint of the compatibility model",
    "rule": "any other rule of the value; the message says which",
}

_SHOWN = 40


def describe(value: object) -> str:
    """A short description of *value* for messages: its type and a prefix of
    its repr (``int 5``, ``str 'abc'``).
    """
    text = repr(value)
    if len(text) > _SHOWN:
        text = text[: _SHOWN - 3] + "..."
    return f"{type(value).__name__} {text}"


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= _SHOWN else text[: _SHOWN - 3] + "..."


def problem(path: str, code: str, message: str) -> Problem:
    """A problem of the kind *code* (a key of :data:`CODES`) with *message*."""
    return Problem(path, message, code)


def wrong_type(path: str, expected: str, value: object) -> Problem:
    """``expected <what>, got <type> <value>`` (code ``type``)."""
    return Problem(path, f"expected {expected}, got {describe(value)}", "type")


def not_one_of(path: str, choices: Iterable[object], value: object) -> Problem:
    """``must be one of a, b, c; got 'x'`` (code ``choice``)."""
    allowed = ", ".join(_shown(getattr(c, "value", c)) for c in choices)
    return Problem(path, f"must be one of {allowed}; got {_shown(value)}", "choice")


def out_of_range(
    path: str,
    value: object,
    *,
    low: object = None,
    high: object = None,
    what: str = "",
) -> Problem:
    """``must be >= low``, ``must be <= high`` or ``must be within [low,
    high]``, then ``got value`` (code ``range``); *what* names the value
    (``a count must be >= 0``).
    """
    if low is not None and high is not None:
        bound = f"within [{low}, {high}]"
    elif low is not None:
        bound = f">= {low}"
    else:
        bound = f"<= {high}"
    subject = f"{what} " if what else ""
    return Problem(path, f"{subject}must be {bound}, got {_shown(value)}", "range")


def missing(path: str, what: str = "required field") -> Problem:
    """``required field is missing`` (code ``missing``)."""
    return Problem(path, f"{what} is missing", "missing")


def unknown_key(path: str, known: Iterable[str] = ()) -> Problem:
    """``unknown key; expected one of: a, b`` (code ``unknown_key``)."""
    names = ", ".join(sorted(known))
    tail = f"; expected one of: {names}" if names else ""
    return Problem(path, f"unknown key{tail}", "unknown_key")


def empty(path: str) -> Problem:
    """``must not be empty`` (code ``empty``)."""
    return Problem(path, "must not be empty", "empty")


def duplicate(path: str, key: object, what: str = "id") -> Problem:
    """``duplicate id 'x'`` (code ``duplicate``)."""
    return Problem(path, f"duplicate {what} {_shown(key)}", "duplicate")


def unknown_id(
    path: str, kind: str, key: object, *, where: str = "", noun: str = "id"
) -> Problem:
    """``no mentor with id 'x'`` (code ``unknown_id``), worded as
    :class:`~mentoring.errors.NotFoundError` words it; *where* adds ``in the
    catalogue`` and the like, *noun* replaces ``id`` (``no indicator with code
    '9.9'``).
    """
    tail = f" {where}" if where else ""
    text = f"no {kind} with {noun} {_shown(key)}{tail}"
    return Problem(path, text, "unknown_id")
