"""The exceptions of :mod:`mentoring`: one family under :class:`MentoringError`.

Every exception also subclasses the builtin a caller would catch without knowing
this library (``ValueError``), as ``attrs.exceptions.FrozenError`` subclasses
``AttributeError``.
"""

from collections.abc import Iterable
from typing import NamedTuple

__all__ = [
    "MatchingError",
    "MentoringError",
    "Problem",
    "TransitionError",
    "ValidationError",
]


class Problem(NamedTuple):
    """One problem found in a value: where it is and what is wrong.

    ``path`` is a JSONPath-like location rooted at ``$``, such as
    ``"$.mentors[2].capacity"``; ``message`` says what was found and what was
    expected.

    .. versionadded:: 0.1.0
    """

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.message} @ {self.path}"

    def under(self, prefix: str) -> "Problem":
        """Return this problem re-rooted under *prefix* (``$`` becomes it)."""
        if prefix == "$":
            return self
        return Problem(prefix + self.path[1:], self.message)


class MentoringError(Exception):
    """The base of every exception raised by :mod:`mentoring`.

    .. versionadded:: 0.1.0
    """


class ValidationError(MentoringError, ValueError):
    """A value, document or programme breaks one or more rules.

    ``problems`` lists **every** problem found, each with its path; nothing
    half-built is returned alongside.

    >>> err = ValidationError([("$.capacity", "must be >= 0, got -1")])
    >>> err.problems[0].path
    '$.capacity'

    .. versionadded:: 0.1.0
    """

    problems: tuple[Problem, ...]

    def __init__(
        self,
        problems: Iterable[Problem | tuple[str, str]],
        *,
        subject: str | None = None,
    ) -> None:
        self.problems = tuple(
            p if isinstance(p, Problem) else Problem(*p) for p in problems
        )
        self.subject = subject
        super().__init__(self._render())

    def _render(self) -> str:
        what = f"invalid {self.subject}" if self.subject else "invalid value"
        n = len(self.problems)
        head = f"{what}: {n} problem{'s' if n != 1 else ''}"
        return "\n".join([head, *(f"  {p.path}: {p.message}" for p in self.problems)])

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_validation_error, (self.problems, self.subject))

    def under(self, prefix: str) -> "ValidationError":
        """Return the same problems re-rooted under *prefix*."""
        return ValidationError(
            [p.under(prefix) for p in self.problems], subject=self.subject
        )


def _rebuild_validation_error(
    problems: tuple[Problem, ...], subject: str | None
) -> ValidationError:
    return ValidationError(problems, subject=subject)


class TransitionError(MentoringError, ValueError):
    """A lifecycle transition that the state table does not allow.

    The message names both states, and ``source`` and ``target`` hold them.

    .. versionadded:: 0.1.0
    """

    def __init__(self, source: object, target: object, *, what: str = "pair") -> None:
        self.source = source
        self.target = target
        super().__init__(
            f"a {what} cannot go from {_value(source)!r} to {_value(target)!r}"
        )


def _value(state: object) -> object:
    return getattr(state, "value", state)


class MatchingError(MentoringError, ValueError):
    """Matching cannot be done as asked (for example a locked pair that breaks a
    hard constraint). ``problems`` lists every reason, with its path.

    .. versionadded:: 0.1.0
    """

    problems: tuple[Problem, ...]

    def __init__(self, problems: Iterable[Problem | tuple[str, str]]) -> None:
        self.problems = tuple(
            p if isinstance(p, Problem) else Problem(*p) for p in problems
        )
        n = len(self.problems)
        lines = [f"cannot match: {n} problem{'s' if n != 1 else ''}"]
        lines += [f"  {p.path}: {p.message}" for p in self.problems]
        super().__init__("\n".join(lines))
