"""Construction-time checks shared by every model class.

Each frozen class calls :func:`check` from ``__attrs_post_init__``. It checks the
type of every field against the class's annotations (compiled once per class),
then, when the types are right, the class's own local invariants, and raises one
:class:`~mentoring.errors.ValidationError` naming every problem with its path
relative to the value (``$.capacity``).
"""

import collections.abc
import contextlib
import contextvars
import datetime as dt
import enum
import functools
import inspect
import math
import types
import typing
from collections.abc import Callable, Iterable, Iterator
from typing import Any, ParamSpec, TypeVar

import attrs

from mentoring._problems import empty, text_problems, wrong_type
from mentoring.errors import Problem, ValidationError

__all__ = [
    "a",
    "check",
    "expect",
    "non_empty",
    "raise_if",
    "text_unknown",
    "type_checker",
    "types_known",
    "validated",
]

#: A checker returns ``None`` when the value fits, or the expectation it missed.
_Checker = Callable[[object], str | None]
_P = ParamSpec("_P")
_R = TypeVar("_R")

_CACHE: dict[type, tuple[tuple[str, _Checker], ...]] = {}
#: The fields of each class that hold text (a str, or a collection of them).
_TEXT_FIELDS: dict[type, tuple[str, ...]] = {}


def check(
    instance: object,
    invariants: Callable[[], Iterable[Problem]] | None = None,
) -> None:
    """Check *instance*'s field types, then its *invariants*; raise on any."""
    trust = _TRUST.get()
    if trust is not None and trust.text:  # types and text vouched for
        if invariants is not None:
            found = [*invariants()]
            if found:
                raise ValidationError(found, subject=type(instance).__name__)
        return
    cls = type(instance)
    problems = _field_problems(instance, cls, check_types=trust is None)
    if not problems and invariants is not None:
        problems.extend(invariants())
    if problems:
        raise ValidationError(problems, subject=cls.__name__)


def _field_problems(instance: object, cls: type, *, check_types: bool) -> list[Problem]:
    """The wrong types (if *check_types*), else the text problems, of the
    fields of *instance*.
    """
    problems: list[Problem] = []
    fields = _CACHE.get(cls)
    if fields is None:
        fields = _compile(cls)
    if check_types:
        for name, checker in fields:
            value = getattr(instance, name)
            expected = checker(value)
            if expected is not None:
                problems.append(wrong_type(f"$.{name}", expected, value))
    if not problems:
        for name in _TEXT_FIELDS[cls]:
            value = getattr(instance, name)
            if not _printable(value):
                problems.extend(_field_text_problems(name, value))
    return problems


def _printable(value: object) -> bool:
    """Whether the text of a field is printable through and through (then
    it has no problem of :func:`_field_text_problems`), checked at C speed.
    """
    if isinstance(value, str):
        return value.isprintable()
    if isinstance(value, tuple | frozenset):
        try:
            return "".join(value).isprintable()
        except TypeError:  # not all text: item by item
            return False
    return True


def _field_text_problems(name: str, value: object) -> Iterator[Problem]:
    """Lone surrogates and stray control characters in a text field."""
    if isinstance(value, str):
        yield from text_problems(f"$.{name}", value)
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            if isinstance(item, str):
                yield from text_problems(f"$.{name}[{i}]", item, line=True)
    elif isinstance(value, frozenset):
        for item in sorted(v for v in value if isinstance(v, str)):
            yield from text_problems(f"$.{name}", item, line=True)


class _Trust:
    """What the library vouches for while it builds values itself: the field
    types always; the text too while :attr:`text` holds.
    """

    __slots__ = ("text",)

    def __init__(self, *, text: bool) -> None:
        self.text = text


#: Set while the library builds values from fields whose types it has just
#: checked itself (the strict structuring of a document): :func:`check` then
#: checks the invariants only (and the text, unless that is vouched for too).
#: Public constructors never set it.
_TRUST: contextvars.ContextVar[_Trust | None] = contextvars.ContextVar(
    "mentoring_trust", default=None
)


@contextlib.contextmanager
def types_known(*, printable: bool = False) -> Iterator[None]:
    """Within this block, :func:`check` trusts the field types (library use
    only: the caller has checked them, as the strict converter does).

    With *printable*, it trusts the text fields too, until
    :func:`text_unknown` is called: the caller sees every string before it
    reaches a constructor and calls that on the first that is not
    printable (``str.isprintable``), so from then on the text is checked.
    """
    token = _TRUST.set(_Trust(text=printable))
    try:
        yield
    finally:
        _TRUST.reset(token)


def text_unknown() -> None:
    """Stop trusting the text fields within the current :func:`types_known`
    block (a string that is not printable has been seen).
    """
    trust = _TRUST.get()
    if trust is not None:
        trust.text = False


def non_empty(path: str, value: str) -> Iterator[Problem]:
    """A problem when an identifier-like string (an id, a name) is empty or
    blank, or holds a control character.
    """
    if not value.strip():
        yield empty(path)
    else:
        yield from text_problems(path, value, line=True)


def _compile(cls: type) -> tuple[tuple[str, _Checker], ...]:
    hints = _field_types(cls)
    compiled = tuple((f.name, type_checker(hints[f.name])) for f in attrs.fields(cls))
    _TEXT_FIELDS[cls] = tuple(
        f.name for f in attrs.fields(cls) if _holds_text(hints[f.name])
    )
    _CACHE[cls] = compiled
    return compiled


def _field_types(cls: type) -> dict[str, Any]:
    """The annotation of each field of the attrs class *cls*: the types attrs
    kept, or ``typing.get_type_hints`` (which costs far more) when one of
    them is still a string.
    """
    found = {f.name: f.type for f in attrs.fields(cls)}
    if any(_unresolved(tp) for tp in found.values()):
        hints = typing.get_type_hints(cls)
        return {name: hints[name] for name in found}
    return found


def _unresolved(tp: Any) -> bool:
    """Whether the annotation *tp* is or holds a forward reference (a string)."""
    if tp is None or isinstance(tp, str | typing.ForwardRef):
        return True
    if typing.get_origin(tp) is typing.Literal:
        return False
    return any(_unresolved(arg) for arg in typing.get_args(tp))


def _holds_text(tp: Any) -> bool:
    """Whether the annotation *tp* is or contains ``str``."""
    if tp is str:
        return True
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return False
    return any(_holds_text(arg) for arg in typing.get_args(tp))


def type_checker(tp: Any) -> _Checker:  # noqa: C901, PLR0911
    """Build a checker for the annotation *tp* (the subset the model uses)."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        inner = [type_checker(a) for a in args if a is not type(None)]
        optional = type(None) in args
        names = _phrase(tp)

        def check_union(v: object) -> str | None:
            if v is None and optional:
                return None
            if any(c(v) is None for c in inner):
                return None
            return names

        return check_union
    if origin is tuple and typing.get_args(tp)[-1] is not Ellipsis:
        return _fixed(tp, type_checker)
    if origin is tuple:
        item = type_checker(typing.get_args(tp)[0])
        return _collection(tuple, "tuple", item, typing.get_args(tp)[0])
    if origin is frozenset:
        item = type_checker(typing.get_args(tp)[0])
        return _collection(frozenset, "frozenset", item, typing.get_args(tp)[0])
    if tp is bool:
        return lambda v: None if isinstance(v, bool) else "a bool"
    if tp is int:
        return lambda v: (
            None if isinstance(v, int) and not isinstance(v, bool) else "an int"
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
        return lambda v: None if isinstance(v, tp) else a(tp.__name__)
    if tp is str:
        return lambda v: None if isinstance(v, str) else "a str"
    if isinstance(tp, type):
        return lambda v: None if isinstance(v, tp) else a(tp.__name__)
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


def a(name: str) -> str:
    """*name* with its indefinite article: ``a Mentor``, ``an Indicator``."""
    return f"{'an' if name[:1] in 'AEIOUaeiou' else 'a'} {name}"


def _name(tp: Any) -> str:
    if tp is type(None):
        return "None"
    return getattr(tp, "__name__", str(tp))


# -- the arguments of public functions ---------------------------------------


def validated(fn: Callable[_P, _R]) -> Callable[_P, _R]:
    """Check the arguments of *fn* against its annotations on every call.

    A wrong type raises one :class:`~mentoring.errors.ValidationError` naming
    every bad argument (``$.<name>``, ``$.<name>[i]`` for ``*args``) instead
    of a ``TypeError`` or ``AttributeError`` from deep inside. Parameters
    without an annotation (``self``, ``cls``) are not checked. The
    signature and annotations are read at the first call (forward references
    work, and an import does not pay for functions it never calls); the
    arguments are matched to parameters by position and name without
    ``inspect.Signature.bind``, which costs more than most checked functions.
    """
    subject = f"arguments of {fn.__qualname__}"
    plan: list[_Plan] = []

    @functools.wraps(fn)
    def checked(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        if not plan:  # the signature too is read at the first call, not at import
            plan.append(_Plan.of(fn, inspect.signature(fn)))
        problems = plan[0].problems(args, kwargs)
        if problems:
            raise ValidationError(problems, subject=subject)
        return fn(*args, **kwargs)

    return checked


class _Plan:
    """Which checker applies to each position and keyword of one function."""

    __slots__ = ("by_name", "positional", "star", "star_name")

    def __init__(
        self,
        positional: list[tuple[str, _Checker | None]],
        star: _Checker | None,
        star_name: str,
        by_name: dict[str, _Checker],
    ) -> None:
        self.positional = positional
        self.star = star
        self.star_name = star_name
        self.by_name = by_name

    @classmethod
    def of(cls, fn: Callable[..., object], signature: inspect.Signature) -> "_Plan":
        hints = _parameter_types(fn, signature)
        positional: list[tuple[str, _Checker | None]] = []
        by_name: dict[str, _Checker] = {}
        star: _Checker | None = None
        star_name = ""
        kinds = inspect.Parameter
        for name, param in signature.parameters.items():
            checker = _argument_checker(hints[name]) if name in hints else None
            if param.kind is kinds.VAR_POSITIONAL:
                star, star_name = checker, name
            elif param.kind is kinds.VAR_KEYWORD:
                continue
            else:
                if param.kind is not kinds.KEYWORD_ONLY:
                    positional.append((name, checker))
                if checker is not None and param.kind is not kinds.POSITIONAL_ONLY:
                    by_name[name] = checker
        return cls(positional, star, star_name, by_name)

    def problems(
        self, args: tuple[object, ...], kwargs: dict[str, object]
    ) -> list[Problem]:
        found: list[Problem] = []
        n = len(self.positional)
        for i, value in enumerate(args):
            checker = self.positional[i][1] if i < n else self.star
            if checker is not None and (expected := checker(value)) is not None:
                # the path is written only for an argument that fails
                path = (
                    f"$.{self.positional[i][0]}"
                    if i < n
                    else f"$.{self.star_name}[{i - n}]"
                )
                found.append(wrong_type(path, expected, value))
        for name, value in kwargs.items():
            checker = self.by_name.get(name)
            if checker is not None and (expected := checker(value)) is not None:
                found.append(wrong_type(f"$.{name}", expected, value))
        return found


def _parameter_types(
    fn: Callable[..., object], signature: inspect.Signature
) -> dict[str, Any]:
    """The annotation of each annotated parameter of *fn*: the ones
    *signature* kept, or ``typing.get_type_hints`` (which costs far more)
    when one of them is still a string.
    """
    found = {
        name: p.annotation
        for name, p in signature.parameters.items()
        if p.annotation is not inspect.Parameter.empty
    }
    if any(_unresolved(tp) for tp in found.values()):
        hints = typing.get_type_hints(fn)
        return {name: hints[name] for name in found}
    return found


def _fixed(tp: Any, checker: Callable[[Any], _Checker]) -> _Checker:
    """A checker of a fixed-length tuple (``tuple[str, int]``), each item
    checked by *checker* of its type.
    """
    items = [checker(a) for a in typing.get_args(tp)]
    name = _phrase(tp)

    def check_fixed(v: object) -> str | None:
        if not isinstance(v, tuple) or len(v) != len(items):
            return name
        ok = all(c(x) is None for c, x in zip(items, v, strict=True))
        return None if ok else name

    return check_fixed


def _argument_checker(tp: Any) -> _Checker:
    """:func:`~mentoring._checks.type_checker`, plus what arguments use:
    fixed-length tuples (``tuple[date, date]``) and any ``Iterable``.
    """
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [_argument_checker(a) for a in args if a is not type(None)]
        optional = type(None) in args
        names = _phrase(tp)

        def check_union(v: object) -> str | None:
            if v is None and optional:
                return None
            return None if any(c(v) is None for c in inner) else names

        return check_union
    if origin is tuple and args and args[-1] is not Ellipsis:
        return _fixed(tp, _argument_checker)
    if origin is collections.abc.Iterable:
        what = _phrase(tp)
        return lambda v: (
            None if isinstance(v, Iterable) and not isinstance(v, str | bytes) else what
        )
    return type_checker(tp)


_PLAIN = {bool: "bool", int: "int", float: "number", str: "str", dt.date: "date"}


def _bare(tp: Any) -> str:
    """The name of *tp* without an article, as it reads after "of"."""
    if tp is type(None):
        return "None"
    if tp in _PLAIN:
        return _PLAIN[tp]
    origin = typing.get_origin(tp)
    if origin is None:
        return getattr(tp, "__name__", str(tp))
    return _phrase(tp).split(" ", 1)[1]


_KINDS = {
    tuple: "a tuple",
    frozenset: "a frozenset",
    list: "a list",
    set: "a set",
    collections.abc.Iterable: "an iterable",
    collections.abc.Sequence: "a sequence",
}


def _phrase(tp: Any) -> str:
    """How a message names what *tp* expects: ``a str``, ``an int or None``,
    ``a tuple of Mentor``, ``an iterable of Program``, ``a (date, date) tuple``.
    """
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if tp is type(None):
        text = "None"
    elif origin in (typing.Union, types.UnionType):
        text = " or ".join(_phrase(x) for x in args)
    elif origin is tuple and args and args[-1] is not Ellipsis:
        text = f"a ({', '.join(_bare(x) for x in args)}) tuple"
    elif origin in _KINDS:
        text = f"{_KINDS[origin]} of {_bare(args[0])}" if args else _KINDS[origin]
    elif origin is typing.Literal:
        text = "one of " + ", ".join(repr(x) for x in args)
    elif origin is not None:
        text = a(str(tp).replace("datetime.", "").replace("collections.abc.", ""))
    else:
        text = a(_bare(tp))
    return text


# -- checks by hand, in the same words ----------------------------------------

_ARGUMENT_CHECKERS: dict[Any, _Checker] = {}


def expect(problems: list[Problem], path: str, value: object, annotation: Any) -> bool:
    """Add a ``type`` problem at *path* unless *value* fits *annotation* (a
    class, ``int | None``, ``tuple[str, ...]``, ``Iterable[Mentor]``, ...);
    say whether it fits. The checkers are the ones :func:`validated` uses,
    built once per annotation.
    """
    checker = _ARGUMENT_CHECKERS.get(annotation)
    if checker is None:
        checker = _ARGUMENT_CHECKERS[annotation] = _argument_checker(annotation)
    expected = checker(value)
    if expected is None:
        return True
    problems.append(wrong_type(path, expected, value))
    return False


def raise_if(problems: Iterable[Problem], subject: str) -> None:
    """Raise one :class:`~mentoring.errors.ValidationError` if there is any
    problem.
    """
    found = tuple(problems)
    if found:
        raise ValidationError(found, subject=subject)
