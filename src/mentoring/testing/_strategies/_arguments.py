"""The checks of the strategies' arguments, in the library's words.

Hypothesis expects a strategy to refuse a bad argument with
:class:`~hypothesis.errors.InvalidArgument` as soon as it is built, not at the
first draw. The problems are the library's own (the vocabulary of
:mod:`mentoring._problems` and the type checks of :mod:`mentoring._checks`),
so a mistake reads as it does in any function of :mod:`mentoring`, every
problem of one call at once::

    invalid arguments of programs: 2 problems
      $.min_mentors: must be <= max_mentors (2), got 3
      $.with_plans: expected a bool, got str 'yes'
"""

from collections.abc import Collection
from typing import TypeVar, cast

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from mentoring._checks import a, expect, non_empty
from mentoring._problems import empty, not_one_of, out_of_range, problem, wrong_type
from mentoring.calendar import AcademicYear
from mentoring.errors import Problem, ValidationError

_T = TypeVar("_T")


def _message(subject: str, problems: list[Problem], hints: list[str]) -> str:
    text = str(ValidationError(problems, subject=subject))
    return "\n".join([text, *(f"hint: {h}" for h in hints)])


class Arguments:
    """The arguments of one strategy, checked one by one.

    Each method records the problems of one argument and returns the value
    the strategy goes on with (a harmless stand-in when the argument is bad);
    :meth:`check` then raises one
    :class:`~hypothesis.errors.InvalidArgument` naming every problem.
    """

    def __init__(self, strategy: str) -> None:
        self.strategy = strategy
        self.problems: list[Problem] = []
        self.hints: list[str] = []

    @property
    def ok(self) -> bool:
        """Whether every argument checked so far is good."""
        return not self.problems

    def check(self) -> None:
        """Raise :class:`~hypothesis.errors.InvalidArgument` if any argument
        is bad.
        """
        if self.problems:
            subject = f"arguments of {self.strategy}"
            raise InvalidArgument(_message(subject, self.problems, self.hints))

    def count(self, name: str, value: object) -> int:
        """*value*, an int >= 0 (a size, a capacity)."""
        path = f"$.{name}"
        if not expect(self.problems, path, value, int):
            return 0
        number = cast("int", value)
        if number < 0:
            self.problems.append(out_of_range(path, number, low=0))
            return 0
        return number

    def sizes(
        self, min_name: str, min_value: object, max_name: str, max_value: object
    ) -> tuple[int, int]:
        """Two counts, the first at most the second."""
        before = len(self.problems)
        low = self.count(min_name, min_value)
        high = self.count(max_name, max_value)
        if len(self.problems) == before and low > high:
            message = f"must be <= {max_name} ({high}), got {low}"
            self.problems.append(problem(f"$.{min_name}", "order", message))
            return high, high
        return low, high

    def between(self, name: str, value: int, low: int, high: int) -> None:
        """A problem when the int *value* is outside ``low..high``."""
        if not low <= value <= high:
            self.problems.append(out_of_range(f"$.{name}", value, low=low, high=high))

    def flag(self, name: str, value: object) -> bool:
        """*value*, a bool."""
        return expect(self.problems, f"$.{name}", value, bool) and bool(value)

    def jurisdiction(self, value: object) -> str | None:
        """*value*, a jurisdiction code or ``None``."""
        if not expect(self.problems, "$.jurisdiction", value, str | None):
            return None
        return cast("str | None", value)

    def year(self, value: object) -> AcademicYear | None:
        """*value* (the ``within`` argument), an academic year or ``None``."""
        if not expect(self.problems, "$.within", value, AcademicYear | None):
            return None
        return cast("AcademicYear | None", value)

    def strategy_of(
        self, name: str, value: object, kind: type[_T]
    ) -> st.SearchStrategy[_T] | None:
        """*value*, a strategy or ``None``; each value it draws is checked
        to be a *kind* (a non-blank one for ``str``), so a wrong one names the
        argument instead of failing deep inside a draw.
        """
        if value is None:
            return None
        path = f"$.{name}"
        if not isinstance(value, st.SearchStrategy):
            self.problems.append(wrong_type(path, "a SearchStrategy or None", value))
            self.hints.append(f"wrap a fixed {name} in st.just(...)")
            return None
        want = "a non-blank str" if kind is str else a(kind.__name__)
        subject = f"draw from the arguments of {self.strategy}"

        def checked(item: object) -> _T:
            if not isinstance(item, kind) or (
                isinstance(item, str) and not item.strip()
            ):
                found = [wrong_type(path, want, item)]
                raise InvalidArgument(_message(subject, found, []))
            return item

        return cast("st.SearchStrategy[object]", value).map(checked)

    def _collection(
        self, name: str, value: object, what: str, default: str
    ) -> tuple[object, ...]:
        """The items of *value*, a collection of *what* (not a str) that is
        not empty; *default* says what ``None`` stands for.
        """
        path = f"$.{name}"
        if isinstance(value, str) or not isinstance(value, Collection):
            expected = f"a collection of {what} or None"
            self.problems.append(wrong_type(path, expected, value))
            return ()
        items = tuple(value)
        if not items:
            self.problems.append(empty(path))
            self.hints.append(f"pass {name}=None for {default}")
        return items

    def ids(self, name: str, value: object, default_prefix: str) -> tuple[str, ...]:
        """*value*, a collection of non-blank ids, sorted without repeats;
        ``"<default_prefix>-1"`` to ``"<default_prefix>-9"`` when ``None``.
        """
        if value is None:
            return tuple(f"{default_prefix}-{i}" for i in range(1, 10))
        before = len(self.problems)
        items = self._collection(name, value, "str", "any ids")
        for i, item in enumerate(items):
            path = f"$.{name}[{i}]"
            if expect(self.problems, path, item, str):
                self.problems.extend(non_empty(path, cast("str", item)))
        if len(self.problems) > before:
            return ()
        return tuple(sorted(set(cast("tuple[str, ...]", items))))

    def members(
        self, name: str, value: object, kind: type[_T]
    ) -> tuple[_T, ...] | None:
        """*value*, a collection of *kind* (an enum), or ``None``."""
        if value is None:
            return None
        before = len(self.problems)
        what = kind.__name__
        items = self._collection(name, value, what, f"any {what}")
        for i, item in enumerate(items):
            expect(self.problems, f"$.{name}[{i}]", item, kind)
        if len(self.problems) > before:
            return None
        return cast("tuple[_T, ...]", items)

    def choices(
        self, name: str, value: object, allowed: tuple[str, ...]
    ) -> tuple[str, ...]:
        """*value*, a collection of some of *allowed*, in *allowed*'s order;
        all of them when ``None``.
        """
        if value is None:
            return allowed
        before = len(self.problems)
        items = self._collection(name, value, "str", "all of them")
        for i, item in enumerate(items):
            if item not in allowed:
                self.problems.append(not_one_of(f"$.{name}[{i}]", allowed, item))
        if len(self.problems) > before:
            return allowed
        return tuple(x for x in allowed if x in items)
