"""The exceptions of :mod:`mentoring`: one family under :class:`MentoringError`.

Every exception also subclasses the builtin a caller would catch without knowing
this library (``ValueError`` for a bad value, ``KeyError`` for an unknown id), as
``attrs.exceptions.FrozenError`` subclasses ``AttributeError``. Every one keeps
its data as attributes and survives :mod:`pickle`, so a worker process can send
it back to its parent.

>>> import pickle
>>> err = ValidationError([Problem("$.capacity", "must be >= 0, got -1", "range")])
>>> again = pickle.loads(pickle.dumps(err))
>>> again.problems == err.problems, str(again) == str(err)
(True, True)
"""

from collections.abc import Iterable
from typing import NamedTuple

__all__ = [
    "MatchingError",
    "MentoringError",
    "NotFoundError",
    "Problem",
    "TransitionError",
    "ValidationError",
]


class Problem(NamedTuple):
    """One problem found in a value: where it is, what is wrong, and its kind.

    ``path`` is a JSONPath-like location rooted at ``$``, such as
    ``"$.mentors[2].capacity"``; ``message`` says in English what was found
    and what was expected; ``code`` is a stable machine-readable name of the
    kind of problem (``"type"``, ``"range"``, ``"unknown_id"``, ...: the list
    is in :doc:`/reference/problems`), so that a host application can
    translate or group problems without parsing the message.

    >>> p = Problem("$.capacity", "must be >= 0, got -1", "range")
    >>> str(p)
    '$.capacity: must be >= 0, got -1'

    .. versionadded:: 0.1.0
    """

    path: str
    message: str
    code: str = "invalid"

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"

    def under(self, prefix: str) -> "Problem":
        """Return this problem re-rooted under *prefix* (``$`` becomes it).

        >>> Problem("$.name", "must not be empty", "empty").under("$.mentors[0]").path
        '$.mentors[0].name'
        """
        if prefix == "$":
            return self
        return Problem(prefix + self.path[1:], self.message, self.code)


def _problems(items: Iterable[Problem | tuple[str, ...]]) -> tuple[Problem, ...]:
    return tuple(p if isinstance(p, Problem) else Problem(*p) for p in items)


def _render(head: str, problems: tuple[Problem, ...]) -> str:
    n = len(problems)
    lines = [f"{head}: {n} problem{'s' if n != 1 else ''}"]
    lines += [f"  {p}" for p in problems]
    return "\n".join(lines)


class MentoringError(Exception):
    """The base of every exception raised by :mod:`mentoring`.

    .. versionadded:: 0.1.0
    """


class ValidationError(MentoringError, ValueError):
    """A value, document or programme breaks one or more rules.

    ``problems`` lists **every** problem found, each with its path, message and
    code; nothing half-built is returned alongside. ``subject`` names what was
    checked (``"Mentor"``, ``"arguments of match"``), or is ``None``.

    >>> err = ValidationError([("$.capacity", "must be >= 0, got -1", "range")])
    >>> err.problems[0].path, err.problems[0].code
    ('$.capacity', 'range')

    .. versionadded:: 0.1.0
    """

    problems: tuple[Problem, ...]
    subject: str | None

    def __init__(
        self,
        problems: Iterable[Problem | tuple[str, ...]],
        *,
        subject: str | None = None,
    ) -> None:
        self.problems = _problems(problems)
        self.subject = subject
        what = f"invalid {subject}" if subject else "invalid value"
        super().__init__(_render(what, self.problems))

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_validation, (self.problems, self.subject))

    def under(self, prefix: str) -> "ValidationError":
        """Return the same problems re-rooted under *prefix*."""
        return ValidationError(
            [p.under(prefix) for p in self.problems], subject=self.subject
        )


def _rebuild_validation(
    problems: tuple[Problem, ...], subject: str | None
) -> ValidationError:
    return ValidationError(problems, subject=subject)


class TransitionError(MentoringError, ValueError):
    """A lifecycle transition that the state table does not allow.

    The message names both states; ``source`` and ``target`` hold them and
    ``what`` names the thing that moves (``"pair"``, ``"activity"``).

    >>> str(TransitionError("completed", "active"))
    "a pair cannot go from 'completed' to 'active'"

    .. versionadded:: 0.1.0
    """

    source: object
    target: object
    what: str

    def __init__(self, source: object, target: object, *, what: str = "pair") -> None:
        self.source = source
        self.target = target
        self.what = what
        super().__init__(
            f"a {what} cannot go from {_value(source)!r} to {_value(target)!r}"
        )

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_transition, (self.source, self.target, self.what))


def _rebuild_transition(source: object, target: object, what: str) -> TransitionError:
    return TransitionError(source, target, what=what)


def _value(state: object) -> object:
    return getattr(state, "value", state)


class MatchingError(MentoringError, ValueError):
    """Matching cannot be done as asked (for example a locked pair that breaks
    a hard constraint). ``problems`` lists every reason, with its path.

    .. versionadded:: 0.1.0
    """

    problems: tuple[Problem, ...]

    def __init__(self, problems: Iterable[Problem | tuple[str, ...]]) -> None:
        self.problems = _problems(problems)
        super().__init__(_render("cannot match", self.problems))

    def __reduce__(self) -> tuple[object, ...]:
        return (MatchingError, (self.problems,))


class NotFoundError(MentoringError, KeyError):
    """A look-up by an id (or a code) that nothing has.

    ``kind`` names what was looked for (``"pair"``, ``"term"``,
    ``"indicator"``) and ``key`` the id asked for. It is also a ``KeyError``,
    so code that catches the builtin keeps working; unlike a bare
    ``KeyError`` its message is a sentence.

    >>> err = NotFoundError("pair", "p9")
    >>> str(err), isinstance(err, KeyError)
    ("no pair with id 'p9'", True)

    .. versionadded:: 0.1.0
    """

    kind: str
    key: object

    def __init__(self, kind: str, key: object, *, noun: str = "id") -> None:
        self.kind = kind
        self.key = key
        self.noun = noun
        super().__init__(kind, key)

    def __str__(self) -> str:
        return f"no {self.kind} with {self.noun} {self.key!r}"

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_not_found, (self.kind, self.key, self.noun))


def _rebuild_not_found(kind: str, key: object, noun: str) -> NotFoundError:
    return NotFoundError(kind, key, noun=noun)
