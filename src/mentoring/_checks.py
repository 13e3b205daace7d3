"""Construction-time checks shared by every model class.

Each frozen class calls :func:`check` from ``__attrs_post_init__``. It checks the
type of every field against the class's annotations (compiled once per class),
then, when the types are right, the class's own local invariants, and raises one
:class:`~mentoring.errors.ValidationError` naming every problem with its path
relative to the value (``$.capacity``).
"""

import datetime as dt
import enum
import math
import types
import typing
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import attrs

from mentoring.errors import Problem, ValidationError

__all__ = ["check", "describe", "non_empty", "type_checker"]

#: A checker returns ``None`` when the value fits, or the expectation it missed.
_Checker = Callable[[object], str | None]

_CACHE: dict[type, tuple[tuple[str, _Checker], ...]] = {}


def check(
    instance: object,
    invariants: Callable[[], Iterable[Problem]] | None = None,
) -> None:
    """Check *instance*'s field types, then its *invariants*; raise on any."""
    cls = type(instance)
    fields = _CACHE.get(cls)
    if fields is None:
        fields = _compile(cls)
    problems: list[Problem] = []
    for name, checker in fields:
        value = getattr(instance, name)
        expected = checker(value)
        if expected is not None:
            problems.append(
                Problem(f"$.{name}", f"expected {expected}, got {describe(value)}")
            )
    if not problems and invariants is not None:
        problems.extend(invariants())
    if problems:
        raise ValidationError(problems, subject=cls.__name__)


def describe(value: object) -> str:
    """A short description of *value* for error messages."""
    text = repr(value)
    if len(text) > 40:
        text = text[:37] + "..."
    return f"{type(value).__name__} {text}"


def non_empty(path: str, value: str) -> Iterator[Problem]:
    """A problem when an identifier-like string is empty or blank."""
    if not value.strip():
        yield Problem(path, "must not be empty")


def _compile(cls: type) -> tuple[tuple[str, _Checker], ...]:
    hints = typing.get_type_hints(cls)
    compiled = tuple((f.name, type_checker(hints[f.name])) for f in attrs.fields(cls))
    _CACHE[cls] = compiled
    return compiled


def type_checker(tp: Any) -> _Checker:  # noqa: C901, PLR0911
    """Build a checker for the annotation *tp* (the subset the model uses)."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        inner = [type_checker(a) for a in args if a is not type(None)]
        optional = type(None) in args
        names = " or ".join(_name(a) for a in args)

        def check_union(v: object) -> str | None:
            if v is None and optional:
                return None
            if any(c(v) is None for c in inner):
                return None
            return names

        return check_union
    if origin is tuple:
        item = type_checker(typing.get_args(tp)[0])
        return _collection(tuple, "tuple", item, typing.get_args(tp)[0])
    if origin is frozenset:
        item = type_checker(typing.get_args(tp)[0])
        return _collection(frozenset, "frozenset", item, typing.get_args(tp)[0])
    if tp is bool:
        return lambda v: None if isinstance(v, bool) else "bool"
    if tp is int:
        return lambda v: (
            None if isinstance(v, int) and not isinstance(v, bool) else "int"
        )
    if tp is float:

        def check_float(v: object) -> str | None:
            if isinstance(v, bool) or not isinstance(v, int | float):
                return "a number"
            if isinstance(v, float) and not math.isfinite(v):
                return "a finite number"
            return None

        return check_float
    if tp is dt.date:
        return lambda v: (
            None
            if isinstance(v, dt.date) and not isinstance(v, dt.datetime)
            else "a date"
        )
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return lambda v: None if isinstance(v, tp) else f"a {tp.__name__}"
    if tp is str:
        return lambda v: None if isinstance(v, str) else "str"
    if isinstance(tp, type):
        return lambda v: None if isinstance(v, tp) else f"a {tp.__name__}"
    msg = f"no checker for annotation {tp!r}"  # pragma: no cover
    raise TypeError(msg)  # pragma: no cover


def _collection(kind: type, label: str, item: _Checker, item_type: Any) -> _Checker:
    expected = f"a {label} of {_name(item_type)}"

    def check_collection(v: object) -> str | None:
        if not isinstance(v, kind):
            return expected
        for element in v:  # type: ignore[attr-defined]
            if item(element) is not None:
                return expected
        return None

    return check_collection


def _name(tp: Any) -> str:
    if tp is type(None):
        return "None"
    return getattr(tp, "__name__", str(tp))
