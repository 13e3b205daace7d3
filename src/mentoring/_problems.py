"""The vocabulary of problems (private): every :class:`~mentoring.errors.Problem`
the library reports is built here, so one mistake reads the same wherever it
is found and every problem carries a stable ``code``.

The wording is English for developers; the ``code`` is what a host application
translates or groups by. :data:`CODES` lists every code with what it means
(documented in ``docs/reference/problems.md``; a test keeps the two equal and
checks that no module builds a ``Problem`` by hand).
"""

import json
import re
import reprlib
from collections.abc import Iterable, Iterator

from mentoring.errors import Problem

__all__ = [
    "CODES",
    "describe",
    "duplicate",
    "empty",
    "key_path",
    "missing",
    "not_one_of",
    "out_of_range",
    "problem",
    "shown",
    "text_problems",
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
    "text": "text that is not valid Unicode, holds control characters or is"
    " far too long",
    "limit": "input nested too deep, a number too large or a file too big to read",
    "rule": "any other rule of the value; the message says which",
}

#: At most this many characters of a value are quoted in a message.
_SHOWN = 40
#: The mark after a value cut short.
ELLIPSIS = "\u2026"
#: Digits of an int beyond which a message says how many, not which.
_DIGITS = 30


def _short_repr(value: object) -> str:
    """The repr of *value*, at most :data:`_SHOWN` characters (then ``…``),
    built without the repr of anything large: a huge int, a long string or
    a deeply nested container is never rendered whole.
    """
    if isinstance(value, bool) or value is None:
        text = repr(value)
    elif isinstance(value, int):
        if value.bit_length() > _DIGITS * 3.33:
            return f"<an int of about {int(value.bit_length() * 0.30103) + 1} digits>"
        text = repr(value)
    elif isinstance(value, str):
        text = repr(value[: _SHOWN + 1])
    elif isinstance(value, float | complex | bytes):
        text = repr(value[: _SHOWN + 1] if isinstance(value, bytes) else value)
    elif isinstance(value, dict | list | tuple | set | frozenset):
        text = _CONTAINERS.repr(value)
    else:
        try:
            text = repr(value)
        except (RecursionError, ValueError):  # pragma: no cover - defensive
            text = f"<{type(value).__name__}>"
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + ELLIPSIS


class _ShortRepr(reprlib.Repr):
    """reprlib with the limits of a message: a few levels and items."""

    def repr_int(self, x: int, level: int) -> str:  # noqa: ARG002
        return _short_repr(x)

    def repr_str(self, x: str, level: int) -> str:  # noqa: ARG002
        return _short_repr(x)


_CONTAINERS = _ShortRepr()
_CONTAINERS.maxlevel = 3
_CONTAINERS.maxlist = _CONTAINERS.maxtuple = _CONTAINERS.maxdict = 6
_CONTAINERS.maxset = _CONTAINERS.maxfrozenset = 6


def shown(value: object) -> str:
    """*value* as a message quotes it: its repr, at most 40 characters."""
    return _short_repr(value)


def describe(value: object) -> str:
    """A short description of *value* for messages: its type and a prefix of
    its repr (``int 5``, ``str 'abc'``), at most 40 characters of it.
    """
    return f"{type(value).__name__} {_short_repr(value)}"


def _shown(value: object) -> str:
    return _short_repr(value)


_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def key_path(path: str, key: object) -> str:
    """*path* with the member *key*: ``$.name`` for a plain name, otherwise
    ``$["a b"]`` with the key escaped as a JSON string (so a newline or a
    quote in a key can never break a line of output) and cut to 40
    characters.
    """
    if isinstance(key, str) and _PLAIN_KEY.fullmatch(key) and len(key) <= _SHOWN:
        return f"{path}.{key}"
    text = key if isinstance(key, str) else _short_repr(key)
    if len(text) > _SHOWN:
        text = text[: _SHOWN - 1] + ELLIPSIS
    quoted = json.dumps(text, ensure_ascii=True)
    return f"{path}[{quoted}]"


#: Control characters: C0, DEL and C1.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
#: Control characters free text may hold: tab, line feed, carriage return.
_TEXT_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def text_problems(path: str, value: str, *, line: bool = False) -> Iterator[Problem]:
    """A ``text`` problem when *value* holds a lone surrogate (it is not
    Unicode text: it cannot be written as UTF-8), or a control character:
    none in a *line* (an id, a name), none but tab and line ends otherwise.
    """
    if value.isprintable():  # no control character, no lone surrogate
        return
    if value.isascii():
        bad = (_CONTROL if line else _TEXT_CONTROL).search(value)
    else:
        if _SURROGATE.search(value):
            yield Problem(
                path,
                "not valid Unicode text (a lone surrogate)",
                "text",
            )
            return
        bad = (_CONTROL if line else _TEXT_CONTROL).search(value)
    if bad is not None:
        where = "a name or id" if line else "text"
        yield Problem(
            path,
            f"{where} must not hold the control character U+{ord(bad.group()):04X}",
            "text",
        )


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
