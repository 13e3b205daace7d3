"""Dicts, JSON and JSON Schema for every public type, strictly.

A private cattrs converter (never the global one) turns values into plain
JSON-ready data and back: dates as ISO 8601 strings, enums by value, sets as
sorted lists so output is deterministic. Reading is strict: unknown keys are
refused, nothing is coerced (``"1"`` is not an int, ``1`` is not a string,
``true`` is not a number), and **every** problem is reported with its path in
one :class:`~mentoring.errors.ValidationError`; nothing is returned.

A whole programme travels in a versioned envelope::

    {"format": "mentoring.program", "version": 1, "id": ..., ...}

>>> import mentoring as m
>>> from mentoring import serialization
>>> mentor = m.Mentor(person=m.Person(id="t1", name="Ana"), capacity=2)
>>> text = serialization.to_json(mentor)
>>> serialization.from_json(m.Mentor, text) == mentor
True
>>> try:
...     serialization.from_dict(m.Mentor, {"person": {"id": "t1", "name": 5},
...                                       "capacity": "2"})
... except m.ValidationError as err:
...     for problem in err.problems:
...         print(problem.path, "-", problem.message)
$.person.name - expected a str, got int 5
$.capacity - expected an int, got str '2'

Every problem carries the ``code`` of its kind (``type``, ``missing``,
``unknown_key``, ``date``, ``range``, ``choice``, ``duplicate``, ``format``,
``version``), so a host application can translate it. A wrong argument (a
value or a class that is not one of the library's public types) is a
:class:`~mentoring.errors.ValidationError` too, naming the argument:

>>> serialization.to_dict(1)
Traceback (most recent call last):
...
mentoring.errors.ValidationError: invalid arguments of to_dict: 1 problem
  $.obj: expected a value of a public mentoring type, got int 1
"""

import collections
import contextlib
import datetime as dt
import enum
import functools
import itertools
import json
import math
import re
import sys
import types
import typing
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError
from cattrs.errors import IterableValidationError as _IterableError
from cattrs.gen import make_dict_structure_fn

from mentoring._checks import a, expect, raise_if, text_unknown, types_known
from mentoring._problems import (
    duplicate,
    empty,
    key_path,
    missing,
    not_one_of,
    out_of_range,
    problem,
    shown,
    text_problems,
    unknown_key,
)
from mentoring._problems import wrong_type as _python_wrong_type
from mentoring.errors import Problem, ValidationError

# Imported for its effect: the indicators register the rules of measurements
# that Program.problems() applies, so loading refuses what compute refuses.
from mentoring.indicators import _compute as _measurement_rules  # noqa: F401
from mentoring.model import Program
from mentoring.model._people import MAX_CAPACITY, MAX_EXPERIENCE_YEARS, MAX_GRADE

__all__ = [
    "PROGRAM_FORMAT",
    "PROGRAM_VERSION",
    "from_dict",
    "from_json",
    "json_schema",
    "to_dict",
    "to_json",
]

T = TypeVar("T")

#: The ``format`` tag of a programme document.
PROGRAM_FORMAT = "mentoring.program"
#: The version of the programme document this library writes and reads.
PROGRAM_VERSION = 1

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

#: Numeric bounds the model enforces, stated in the schema too.
_BOUNDS: dict[tuple[str, str], dict[str, int]] = {
    ("Mentor", "capacity"): {"minimum": 0, "maximum": MAX_CAPACITY},
    ("Activity", "minutes"): {"minimum": 0},
    ("TemplateActivity", "minutes"): {"minimum": 0},
    ("MentorAgreement", "notice_days"): {"minimum": 0},
    ("MentorAgreement", "extra_pay_amount"): {"minimum": 0},
    ("Person", "experience_years"): {"minimum": 0, "maximum": MAX_EXPERIENCE_YEARS},
    ("SurveyResponse", "satisfaction"): {"minimum": 1, "maximum": 5},
    ("SurveyResponse", "conflicts_with_staff"): {"minimum": 0},
    ("SurveyResponse", "conflicts_with_parents"): {"minimum": 0},
    ("Score", "value"): {"minimum": 0, "maximum": 1},
    ("ScorePart", "raw"): {"minimum": 0, "maximum": 1},
    ("ScorePart", "contribution"): {"minimum": 0, "maximum": 1},
    ("ScorePart", "weight"): {"minimum": 0},
}


# -- strict leaf hooks ---------------------------------------------------------
#
# Each hook raises a ValidationError of one problem at ``$``; the converter's
# errors are then re-rooted at the field's path (see ``_problems``). The words
# are those of the constructors' checks (``expected a str, got int 5``).


def _fail(found: Problem) -> ValidationError:
    return ValidationError([found])


def _json_value(value: object) -> str:
    """*value* as a document shows it: ``true``, ``null``, ``5``, ``'a'``."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return shown(value)


def wrong_type(path: str, expected: str, value: object) -> Problem:
    """``expected <what>, got <value>`` with the value as a document shows it."""
    if value is None or isinstance(value, bool):
        words = _json_value(value)
        if value is not None:
            words = f"bool {words}"
        return problem(path, "type", f"expected {expected}, got {words}")
    return _python_wrong_type(path, expected, value)


# The leaf hooks also refuse what breaks a limit of a document (see
# ``_limit_problems``), with the same words: a document that structures
# without a problem then breaks no limit, and is never walked a second time.


def _structure_str(value: object, tp: type) -> str:
    if tp is not str:  # a StrEnum reaches the str hook first
        return _enum_structurer(tp)(value, tp)  # type: ignore[return-value]
    if type(value) is not str:
        raise _fail(wrong_type("$", "a str", value))
    if len(value) > MAX_TEXT or not value.isascii():
        over = list(_string_problems("$", value))
        if over:
            raise ValidationError(over)
    if not value.isprintable():
        text_unknown()  # the constructors check text from now on
    return value


def _structure_int(value: object, _: type) -> int:
    if type(value) is not int:
        raise _fail(wrong_type("$", "an int", value))
    if not -MAX_INT <= value <= MAX_INT:
        raise _fail(_too_big("$", f"an int of {_digits(value)} digits"))
    return value


def _structure_float(value: object, _: type) -> float:
    if type(value) not in (int, float):
        raise _fail(wrong_type("$", "a number", value))
    if type(value) is int and not -MAX_INT <= value <= MAX_INT:
        raise _fail(_too_big("$", f"an int of {_digits(value)} digits"))
    number = float(typing.cast("float", value))
    if not math.isfinite(number):
        raise _fail(wrong_type("$", "a finite number", value))
    return number


def _structure_bool(value: object, _: type) -> bool:
    if type(value) is not bool:
        raise _fail(wrong_type("$", "a bool", value))
    return value


def _structure_date(value: object, _: type) -> dt.date:
    if type(value) is not str:
        raise _fail(wrong_type("$", "a date as YYYY-MM-DD", value))
    if not _DATE.fullmatch(value):
        raise _fail(
            problem("$", "date", f"expected a date as YYYY-MM-DD, got {shown(value)}")
        )
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _fail(problem("$", "date", f"{value!r} is not a calendar date")) from None


def _plain_str(value: object) -> object:
    if type(value) is str:
        return value
    return value._value_ if isinstance(value, enum.Enum) else value


@functools.cache
def _enum_structurer(cls: type[enum.Enum]) -> Callable[[object, type], enum.Enum]:
    by_value = {m.value: m for m in cls}

    def structure_enum(value: object, _: type) -> enum.Enum:
        if type(value) is str and value in by_value:
            return by_value[value]
        raise _fail(not_one_of("$", by_value, value))

    return structure_enum


#: Rules of one field checked on the raw document when a sibling field does
#: not read (so that every problem is reported at once): each item of a list
#: of numbers within bounds, and names and ids not blank.
_ITEM_BOUNDS: dict[tuple[str, str], tuple[int, int]] = {
    ("Person", "grades"): (0, MAX_GRADE),
}
_LINES: frozenset[tuple[str, str]] = frozenset(
    {
        ("Person", "id"),
        ("Person", "name"),
        ("Program", "id"),
        ("Program", "organization"),
    }
)


def _field_problems(cls_name: str, value: dict[str, Any]) -> Iterator[Problem]:
    for (c, name), (low, high) in _ITEM_BOUNDS.items():
        items = value.get(name) if c == cls_name else None
        if type(items) is list:
            for item in items:
                if type(item) is int and not low <= item <= high:
                    yield out_of_range(
                        f"$.{name}", item, low=low, high=high, what="a grade"
                    )
    for c, name in _LINES:
        text = value.get(name) if c == cls_name else None
        if type(text) is str:
            if not text.strip():
                yield empty(f"$.{name}")
            else:
                yield from text_problems(f"$.{name}", text, line=True)


def _bound_problems(
    value: dict[str, Any], bounds: list[tuple[str, dict[str, int]]]
) -> Iterator[Problem]:
    for name, limits in bounds:
        number = value.get(name)
        if not isinstance(number, int | float) or isinstance(number, bool):
            continue
        low, high = limits.get("minimum"), limits.get("maximum")
        if (low is not None and number < low) or (high is not None and number > high):
            if name in _SANITY_CAPPED:  # worded as the model words it
                if low is not None and number < low:
                    high = None
                else:
                    low = None
            yield out_of_range(f"$.{name}", number, low=low, high=high)


#: Fields whose upper bound is a sanity limit, reported apart from the lower.
_SANITY_CAPPED = frozenset({"capacity", "experience_years"})


# -- collections ----------------------------------------------------------------


def _is_tuple(tp: Any) -> bool:
    return typing.get_origin(tp) is tuple


def _is_frozenset(tp: Any) -> bool:
    return typing.get_origin(tp) is frozenset


def _is_fixed(tp: Any) -> bool:
    """Whether *tp* is a tuple of a fixed length (``tuple[str, int]``), not
    of any length (``tuple[str, ...]``).
    """
    args = typing.get_args(tp)
    return typing.get_origin(tp) is tuple and Ellipsis not in args


def _tuple_structurer(
    converter: cattrs.Converter, tp: Any
) -> Callable[[object, Any], tuple[Any, ...]]:
    args = typing.get_args(tp)
    if _is_fixed(tp):
        return lambda v, _: _structure_fixed(converter, v, args)
    item = args[0]
    return lambda v, _: _structure_items(converter, v, item, tuple)


#: What the converter writes a JSON array as: a list for :func:`to_dict`
#: (data the caller may change), a tuple for :func:`to_json`.
_Array = type[list[Any]] | type[tuple[Any, ...]]


def _tuple_unstructurer(
    converter: cattrs.Converter, tp: Any, array: _Array = list
) -> Callable[[tuple[Any, ...]], Sequence[Any]]:
    args = typing.get_args(tp)
    if _is_fixed(tp):
        handlers = [converter.get_unstructure_hook(a) for a in args]
        return lambda v: array([h(x) for h, x in zip(handlers, v, strict=True)])
    handler = converter.get_unstructure_hook(args[0])
    return lambda v: array(map(handler, v))


def _frozenset_unstructurer(
    converter: cattrs.Converter, tp: Any, array: _Array = list
) -> Callable[[frozenset[Any]], Sequence[Any]]:
    """A set as the list (or tuple) of its items' plain values, sorted by
    :func:`_sort_key` (so the output is deterministic).
    """
    item = typing.get_args(tp)[0]
    handler = converter.get_unstructure_hook(item)
    plain = frozenset({item}) if item is str or item is int else _STR

    def sorted_list(v: frozenset[Any]) -> list[Any]:
        if not v:
            return []
        # Plain str or int items are written as they are, in the order
        # _sort_key gives them.
        if plain.issuperset(map(type, v)):
            return sorted(v)
        values = list(map(handler, v))
        if _STR.issuperset(map(type, values)):
            values.sort()
        else:
            values.sort(key=_sort_key)
        return values

    if array is list:
        return sorted_list
    return lambda v: tuple(sorted_list(v)) if v else ()


def _structure_fixed(
    converter: cattrs.Converter, value: object, types_: tuple[Any, ...]
) -> tuple[Any, ...]:
    """A list of ``len(types_)`` items, each of its type, as a tuple."""
    names = ", ".join(_type_name(t) for t in types_)
    if type(value) is not list or len(value) != len(types_):
        raise _fail(wrong_type("$", f"a list of {len(types_)} items ({names})", value))
    out: list[Any] = []
    problems: list[Problem] = []
    for i, (item, tp) in enumerate(zip(value, types_, strict=True)):
        try:
            out.append(converter.structure(item, tp))
        except Exception as exc:  # noqa: BLE001 - every failure becomes a problem
            problems.extend(_problems(exc, f"$[{i}]"))
    if problems:
        raise ValidationError(problems)
    return tuple(out)


def _structure_items(
    converter: cattrs.Converter,
    value: object,
    item_type: Any,
    kind: type[tuple[Any, ...]] | type[frozenset[Any]],
) -> Any:
    """*value* (a list) as a *kind* of *item_type*; a frozenset refuses an
    item given twice.
    """
    if type(value) is not list:
        raise _fail(wrong_type("$", f"a list of {_type_name(item_type)}", value))
    done = _plain_items(value, item_type, kind)
    if done is not None:
        return done
    unique = kind is frozenset
    hook = _item_hook(converter, item_type)
    out: list[Any] = []
    problems: list[Problem] = []
    seen: set[Any] = set()
    for i, item in enumerate(value):
        try:
            structured = hook(item, item_type)
        except Exception as exc:  # noqa: BLE001 - every failure becomes a problem
            problems.extend(_problems(exc, f"$[{i}]"))
            continue
        if unique:
            if structured in seen:
                problems.append(duplicate(f"$[{i}]", item, what="item"))
                continue
            seen.add(structured)
        out.append(structured)
    if problems:
        raise ValidationError(problems)
    return kind(out)


def _plain_items(
    value: list[Any],
    item_type: Any,
    kind: type[tuple[Any, ...]] | type[frozenset[Any]],
) -> Any:
    """*value* as a *kind* when it is empty, or when its items are all plain
    *item_type* (str or int), distinct for a frozenset, within the limits:
    checked at C speed; else ``None`` (then item by item).
    """
    if not value:
        return () if kind is tuple else _NO_ITEMS  # shared: no new object
    if item_type is not str and item_type is not int:
        return None
    if not {item_type}.issuperset(map(type, value)):
        return None
    done = kind(value)
    if len(done) == len(value) and _within_limits(value, item_type):
        return done
    return None


def _text_set(value: object) -> frozenset[str] | None:
    """*value* as a frozenset when it is a list of distinct plain strings
    that break no limit, checked at C speed; else ``None`` (then the items
    are structured one by one, naming every problem).
    """
    if type(value) is not list:
        return None
    if not value:
        return _NO_ITEMS
    if not _STR.issuperset(map(type, value)):
        return None
    done = frozenset(value)
    text = "".join(value)
    if len(done) < len(value) or not text.isascii():
        return None
    if len(text) > MAX_TEXT and max(map(len, value)) > MAX_TEXT:
        return None
    if not text.isprintable():
        text_unknown()  # the constructors check text from now on
    return done


_NO_ITEMS: frozenset[Any] = frozenset()  # one empty frozenset for every field
_STR = frozenset({str})
_INT = frozenset({int})

_ITEM_HOOKS: dict[Any, Callable[[object, Any], Any]] = {}


def _item_hook(
    converter: cattrs.Converter, item_type: Any
) -> Callable[[object, Any], Any]:
    """The converter's structure hook of *item_type*, looked up once (not
    per item, as ``converter.structure`` does).
    """
    hook = _ITEM_HOOKS.get(item_type)
    if hook is None:
        hook = _ITEM_HOOKS[item_type] = converter.get_structure_hook(item_type)
    return hook


def _within_limits(items: list[Any], item_type: type) -> bool:
    """Whether the plain items (all of *item_type*, str or int) break no
    limit of a document, checked at C speed (text that is not printable is
    then checked by the constructors).
    """
    if not items:
        return True
    if item_type is int:
        return bool(min(items) >= -MAX_INT and max(items) <= MAX_INT)
    text = "".join(items)
    if not text.isascii() or max(map(len, items)) > MAX_TEXT:
        return False  # item by item
    if not text.isprintable():
        text_unknown()  # the constructors check text from now on
    return True


def _type_name(tp: Any) -> str:
    return tp.__name__ if isinstance(tp, type) else str(tp)


def _sort_key(value: Any) -> tuple[int, Any]:
    if isinstance(value, bool | int | float):
        return (0, value)
    if isinstance(value, str):
        return (1, value)
    return (2, json.dumps(value, sort_keys=True))


# -- the converter ----------------------------------------------------------------


def _make_converter(*, writers: bool = True, array: _Array = list) -> cattrs.Converter:
    """The library's converter; *writers* off gives cattrs' own functions
    for the classes (the reference of the tests of the writers); *array* is
    what it writes a JSON array as.
    """
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    # Leaf hooks first, so class hooks generated later pick them up.
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(float, _structure_float)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(dt.date, _structure_date)
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_unstructure_hook(float, float)  # 1 given for a float field
    conv.register_structure_hook_factory(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum), _enum_structurer
    )
    # A StrEnum is a str: the str hook must give plain values for both.
    # (``str.__str__`` gives the plain text of any str, at C speed.)
    conv.register_unstructure_hook(str, str.__str__)
    conv.register_unstructure_hook(enum.Enum, _plain_str)

    def tuple_hook(tp: Any) -> Callable[[object, Any], tuple[Any, ...]]:
        return _tuple_structurer(conv, tp)

    def frozenset_hook(tp: Any) -> Callable[[object, Any], frozenset[Any]]:
        item = typing.get_args(tp)[0]
        if item is str:

            def text_set(v: object, _: Any) -> frozenset[str]:
                done = _text_set(v)
                if done is None:
                    done = _structure_items(conv, v, str, frozenset)
                return done

            return text_set
        return lambda v, _: _structure_items(conv, v, item, frozenset)

    conv.register_structure_hook_factory(_is_tuple, tuple_hook)
    conv.register_structure_hook_factory(_is_frozenset, frozenset_hook)

    def unstructure_tuple(tp: Any) -> Callable[[tuple[Any, ...]], Sequence[Any]]:
        return _tuple_unstructurer(conv, tp, array)

    def unstructure_frozenset(tp: Any) -> Callable[[frozenset[Any]], Sequence[Any]]:
        return _frozenset_unstructurer(conv, tp, array)

    conv.register_unstructure_hook_factory(_is_tuple, unstructure_tuple)
    conv.register_unstructure_hook_factory(_is_frozenset, unstructure_frozenset)

    conv.register_structure_hook_factory(
        attrs.has, functools.partial(_class_structurer, conv)
    )
    if writers:
        conv.register_unstructure_hook_factory(attrs.has, _Writers(conv, array).hook)
    return conv


def _whole_structure_fn(
    cls: type, conv: cattrs.Converter
) -> Callable[[dict[str, Any]], Any]:
    """A function that builds a *cls* from a document giving every field
    (as :func:`to_dict` writes them), with the converter's hooks: one call
    of the constructor, no intermediate dict, list or set. It raises on any
    problem without saying what: the caller then structures the document
    with cattrs' generated function, which names every problem.
    """
    hints = typing.get_type_hints(cls)
    namespace: dict[str, Any] = {
        "cls": cls,
        "str": str,
        "MAX_TEXT": MAX_TEXT,
        "each_text": _each_text,
        "text_unknown": text_unknown,
    }
    lines = []
    texts = []  # the plain text fields, checked together
    arguments = []
    for i, field in enumerate(attrs.fields(cls)):
        tp = hints[field.name]
        lines.append(f"    v{i} = o[{field.name!r}]")
        if tp is str:
            texts.append(f"v{i}")
            arguments.append(f"{field.alias}=v{i}")
            continue
        namespace[f"hook{i}"] = conv.get_structure_hook(tp)
        namespace[f"type{i}"] = tp
        arguments.append(f"{field.alias}=hook{i}(v{i}, type{i})")
    if texts:
        lines += [
            f"    if {' or '.join(f'type({v}) is not str' for v in texts)}:",
            "        raise TypeError",
            f"    text = {' + '.join(texts)}",
            "    if len(text) > MAX_TEXT or not text.isascii():",
            f"        each_text({', '.join(texts)})",
            "    elif not text.isprintable():",
            "        text_unknown()",
        ]
    lines.append(f"    return cls({', '.join(arguments)})")
    source = "def structure(o):\n" + "\n".join(lines) + "\n"
    exec(  # noqa: S102 - source made above from the class's field names
        compile(source, f"<mentoring structure {cls.__qualname__}>", "exec"),
        namespace,
    )
    structure: Callable[[dict[str, Any]], Any] = namespace["structure"]
    return structure


def _each_text(*texts: str) -> None:
    """Each of *texts* through the str hook (a limit, a lone surrogate)."""
    for text in texts:
        _structure_str(text, str)


def _class_structurer(
    conv: cattrs.Converter, cls: type
) -> Callable[[object, Any], Any]:
    """The structure hook of the attrs class *cls*."""
    generated: Any = make_dict_structure_fn(cls, conv)

    bounds = [(f, b) for (c, f), b in _BOUNDS.items() if c == cls.__name__]
    fields = attrs.fields(cls)
    every_key = frozenset(f.name for f in fields)
    whole: list[Callable[[dict[str, Any]], Any]] = []  # built at first use
    if not all(f.init for f in fields):
        every_key = frozenset({""})  # never a document's keys: no fast path

    def structure_class(value: object, tp: Any) -> Any:
        if type(value) is not dict:
            raise _fail(wrong_type("$", a(cls.__name__), value))
        if value.keys() == every_key:
            if not whole:
                whole.append(_whole_structure_fn(cls, conv))
            with contextlib.suppress(Exception):
                return whole[0](value)
        try:
            return generated(value, tp)
        except Exception as exc:
            # The class's own checks never ran: report its bounds and
            # single-field rules anyway.
            early = list(_bound_problems(value, bounds))
            early += _field_problems(cls.__name__, value)
            if not early:
                raise
            found = list(_problems(exc, "$"))
            seen = {p.path for p in found}
            raise ValidationError(
                found + [p for p in dict.fromkeys(early) if p.path not in seen]
            ) from None

    return structure_class


# -- the writer of a class: one function per class ---------------------------------
#
# cattrs writes a class by calling a hook per field (for a text, a set, an
# optional date), about two thirds of ``to_json``'s time before this writer.
# The writer of a class is generated once from its fields: it calls exactly
# the hooks the converter would, written inline (a text as it is, a member's
# value, a set sorted as ``_frozenset_unstructurer`` sorts it, a nested
# record by its own writer). On any surprise (a value not of its field's
# type) it raises, and the converter's own function writes the value, so
# both give the same data.


_Writer = Callable[[Any], dict[str, Any]]


class _Writers:
    """The writers of one converter's classes, each made at first use."""

    def __init__(self, conv: cattrs.Converter, array: _Array) -> None:
        self.conv = conv
        self.array = array
        #: ``None`` while a class's writer is being made: a class that
        #: contains itself is then written by the converter's hook.
        self.made: dict[type, _Writer | None] = {}

    def hook(self, cls: type) -> _Writer:
        """The converter's hook for the attrs class *cls*: its writer, and
        cattrs' generated function when the writer meets a surprise.
        """
        plain: _Writer = self.conv.gen_unstructure_attrs_fromdict(cls)
        fast = self.of(cls)
        if fast is None:
            return plain

        def write(value: Any) -> dict[str, Any]:
            try:
                return fast(value)
            except Exception:  # noqa: BLE001 - the plain path writes it, or says why not
                return plain(value)

        return write

    def of(self, cls: type) -> _Writer | None:
        if cls not in self.made:
            self.made[cls] = None
            self.made[cls] = self._make(cls)
        return self.made[cls]

    def _make(self, cls: type) -> _Writer | None:
        """Generate the writer of *cls* (see the top of this section), or
        ``None`` when cattrs' function does more than write every field.
        """
        if self.conv.omit_if_default or self.conv.type_overrides:
            return None
        hints = typing.get_type_hints(cls)
        fields = attrs.fields(cls)
        ns: dict[str, Any] = {"Enum": enum.Enum}
        lines = ["def write(o):"]
        for i, field in enumerate(fields):
            lines.append(f"    x{i} = o.{field.name}")
            body = self._lines(f"x{i}", hints[field.name], ns, str(i))
            lines += ["    " + line for line in body]
        items = ", ".join(f"{f.name!r}: x{i}" for i, f in enumerate(fields))
        lines.append(f"    return {{{items}}}")
        write: _Writer = _defined(lines, f"write {cls.__qualname__}", ns)
        return write

    def _lines(  # noqa: PLR0911
        self, x: str, tp: Any, ns: dict[str, Any], tag: str
    ) -> list[str]:
        """Lines that set *x* to the plain value of *x*, a value of *tp*, as
        the converter's hook for *tp* gives it; names they use go in *ns*
        under *tag*.
        """
        inner = _optional(tp)
        if inner is not None:
            body = self._lines(x, inner, ns, tag)
            return [f"if {x} is not None:", *("    " + b for b in body)] if body else []
        hook = ns[f"H{tag}"] = self.conv.get_unstructure_hook(tp)
        if tp is int or tp is bool:  # written as they are (cattrs' identity)
            return []
        inline = {
            _plain_str: f"{x} = {x}._value_ if isinstance({x}, Enum) else {x}",
            str.__str__: f"{x} = {x} if type({x}) is str else H{tag}({x})",
            float: f"{x} = {x} if type({x}) is float else float({x})",
        }
        if hook in inline:
            return [inline[hook]]
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if origin is frozenset and args[0] in (str, int):
            return _set_lines(x, args[0], ns, tag, tuples=self.array is tuple)
        if origin is tuple and args[-1] is Ellipsis and attrs.has(args[0]):
            item = self.of(args[0])
            if item is not None:
                ns[f"W{tag}"] = item
                if self.array is tuple:
                    return [f"{x} = tuple([W{tag}(i) for i in {x}])"]
                return [f"{x} = [W{tag}(i) for i in {x}]"]
        if isinstance(tp, type) and attrs.has(tp):
            nested = self.of(tp)
            if nested is not None:
                ns[f"W{tag}"] = nested
                return [f"{x} = W{tag}({x})"]
        return [f"{x} = H{tag}({x})"]  # the converter's own hook


def _set_lines(
    x: str, item: type, ns: dict[str, Any], tag: str, *, tuples: bool
) -> list[str]:
    """``_frozenset_unstructurer``'s case of plain str or int items, inline:
    most sets of a record hold no item, one or two, and those are checked
    and ordered without building a map and a sort.
    """
    ns[f"P{tag}"] = frozenset({item})
    name = item.__name__
    if tuples:
        empty, one, ab, ba, many = (
            "()",
            "(a,)",
            "(a, b)",
            "(b, a)",
            f"tuple(sorted({x}))",
        )
    else:
        empty, one, ab, ba, many = "[]", "[a]", "[a, b]", "[b, a]", f"sorted({x})"
    return [
        f"n = len({x})",
        "if n == 0:",
        f"    {x} = {empty}",
        "elif n == 1:",
        f"    [a] = {x}",
        f"    {x} = {one} if type(a) is {name} else H{tag}({x})",
        "elif n == 2:",
        f"    a, b = {x}",
        f"    if type(a) is {name} and type(b) is {name}:",
        f"        {x} = {ab} if a < b else {ba}",
        "    else:",
        f"        {x} = H{tag}({x})",
        f"elif P{tag}.issuperset(map(type, {x})):",
        f"    {x} = {many}",
        "else:",
        f"    {x} = H{tag}({x})",
    ]


_CONVERTER = _make_converter()


# -- the fast reader of a document parsed for one call ----------------------------
#
# ``from_json`` reads a document first with one function per class, generated
# once: it checks each field inline, builds each object in one call of its
# constructor (types known, see ``mentoring._checks``), and builds a value it
# has already built from the same raw values only once (a date, a set, a
# transition). It gives up on the first doubt (a wrong type, a rule of a
# constructor, a key given twice): the document is then read again from its
# text by the converter, which names every problem. So it accepts exactly
# what the converter accepts, and its problems are the converter's.


class _Doubt(Exception):  # noqa: N818 - a signal, never seen by a caller
    """The fast reader gives up: the converter reads the document instead."""


class _Reading:
    """What the objects of one fast read share: how many keys they had, and
    the values built so far from the same raw values (a date from its text,
    a set from its items, a small record from its fields).
    """

    __slots__ = ("dates", "keys", "made", "sets")

    def __init__(self) -> None:
        self.keys = 0
        self.dates: dict[str, dt.date] = {}
        self.sets: collections.defaultdict[Any, dict[tuple[Any, ...], Any]] = (
            collections.defaultdict(dict)
        )
        self.made: collections.defaultdict[type, dict[tuple[Any, ...], Any]] = (
            collections.defaultdict(dict)
        )


_Reader = Callable[[object, _Reading], Any]
_READERS: dict[type, _Reader] = {}


def _reader(cls: type) -> _Reader:
    """The fast reader of the attrs class *cls*, made at first use."""
    found = _READERS.get(cls)
    if found is None:
        found = _READERS[cls] = _make_reader(cls)
    return found


def _optional(tp: Any) -> Any:
    """The type *tp* allows besides ``None``, or ``None`` when it is not
    ``X | None``.
    """
    args = typing.get_args(tp)
    if typing.get_origin(tp) in (typing.Union, types.UnionType) and len(args) == 2:
        if args[1] is type(None):
            return args[0]
        if args[0] is type(None):
            return args[1]
    return None


def _is_enum(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, enum.Enum)


def _keyed_by_value(tp: Any) -> bool:
    """Whether the raw values of a *tp* are equal only when they are the
    same value of the same type (a str or ``None``, while ``1 == 1.0 ==
    True``): then what an equal raw value built can be shared.
    """
    inner = _optional(tp)
    if inner is not None:
        return _keyed_by_value(inner)
    return tp is str or tp is dt.date or _is_enum(tp)


def _field_lines(  # noqa: C901, PLR0911
    v: str, x: str, tp: Any, ns: dict[str, Any], tag: str
) -> list[str]:
    """Lines that check the raw value *v* as a *tp* and set *x* to its value
    (or raise); names the lines use are put in *ns* under *tag*.
    """
    inner = _optional(tp)
    if inner is not None:
        body = _field_lines(v, x, inner, ns, tag)
        return [f"if {v} is None:", f"    {x} = None", "else:"] + [
            "    " + line for line in body
        ]
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if _is_enum(tp):
        ns[f"E{tag}"] = {m.value: m for m in tp}
        return [f"{x} = E{tag}[{v}]"]
    if tp is str:
        return [
            f"if type({v}) is not str:",
            "    raise Doubt",
            f"if len({v}) > MAX_TEXT or not {v}.isprintable():",
            f"    each_text({v})",
            f"{x} = {v}",
        ]
    if tp is bool:
        return [f"if type({v}) is not bool:", "    raise Doubt", f"{x} = {v}"]
    if tp is int:
        return [
            f"if type({v}) is not int or not -MAX_INT <= {v} <= MAX_INT:",
            "    raise Doubt",
            f"{x} = {v}",
        ]
    if tp is float:
        return [
            f"if type({v}) is float and isfinite({v}):",
            f"    {x} = {v}",
            f"elif type({v}) is int and -MAX_INT <= {v} <= MAX_INT:",
            f"    {x} = float({v})",
            "else:",
            "    raise Doubt",
        ]
    if tp is dt.date:
        return [
            f"{x} = r.dates.get({v}) if type({v}) is str else None",
            f"if {x} is None:",
            f"    {x} = r.dates[{v}] = read_date({v}, None)",
        ]
    ns[f"T{tag}"] = tp
    ns[f"H{tag}"] = _CONVERTER.get_structure_hook(tp)
    if origin is frozenset and (args[0] is int or _keyed_by_value(args[0])):
        # the sets of one item type share what they built (hashing the
        # item type is cheap, hashing ``frozenset[str]`` is not)
        ns[f"I{tag}"] = args[0]
        lines = [
            f"if type({v}) is not list:",
            "    raise Doubt",
            f"if not {v}:",
            f"    {x} = NO_ITEMS",
            "else:",
        ]
        if args[0] is int:  # 1 == 1.0 == True: the types first
            lines += [
                f"    if not INTS.issuperset(map(type, {v})):",
                "        raise Doubt",
            ]
        return [
            *lines,
            f"    k = tuple({v})",
            f"    built = r.sets[I{tag}]",
            f"    {x} = built.get(k)",
            f"    if {x} is None:",
            f"        {x} = built[k] = H{tag}({v}, T{tag})",
        ]
    if origin is tuple and args[-1] is Ellipsis:
        lines = [f"if type({v}) is not list:", "    raise Doubt", f"if not {v}:"]
        lines.append(f"    {x} = ()")
        if attrs.has(args[0]):
            ns[f"R{tag}"] = _reader(args[0])
            return [*lines, "else:", f"    {x} = tuple(map(R{tag}, {v}, repeat(r)))"]
        return [*lines, "else:", f"    {x} = H{tag}({v}, T{tag})"]
    if isinstance(tp, type) and attrs.has(tp):
        ns[f"R{tag}"] = _reader(tp)
        return [f"{x} = R{tag}({v}, r)"]
    return [f"{x} = H{tag}({v}, T{tag})"]  # the converter's own hook


def _raw_defaults(cls: type, hints: dict[str, Any]) -> dict[str, Any] | None:
    """The default of each field of *cls* that has one, as a document gives
    it (``[]`` for an empty set); ``None`` if one depends on the others.
    """
    found: dict[str, Any] = {}
    for field in attrs.fields(cls):
        default = field.default
        if default is attrs.NOTHING:
            continue
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            if default.takes_self:
                return None
            default = default.factory()
        found[field.name] = _CONVERTER.unstructure(
            default, unstructure_as=hints[field.name]
        )
    return found


def _make_reader(cls: type) -> _Reader:
    """Generate the fast reader of *cls* (see the top of this section)."""
    hints = typing.get_type_hints(cls)
    fields = attrs.fields(cls)
    types_ = [hints[f.name] for f in fields]
    ns: dict[str, Any] = {
        "cls": cls,
        "Doubt": _Doubt,
        "every": frozenset(f.name for f in fields),
        "converter_hook": _CONVERTER.get_structure_hook(cls),
        "each_text": _each_text,
        "read_date": _structure_date,
        "isfinite": math.isfinite,
        "MAX_TEXT": MAX_TEXT,
        "MAX_INT": MAX_INT,
        "NO_ITEMS": _NO_ITEMS,
        "INTS": frozenset({int}),
        "repeat": itertools.repeat,
    }
    if not all(f.init for f in fields):
        return lambda o, _: ns["converter_hook"](o, cls)
    n = len(fields)
    # Every key there (as many keys, each found): read. Else fields left
    # out get their defaults as a document gives them, or the converter
    # reads the value.
    lines = [
        "def other(o, r):",
        "    if type(o) is dict and defaults and required <= o.keys() <= every:",
        f"        r.keys += len(o) - {n}",
        "        return read({**defaults, **o}, r)",
        "    return converter_hook(o, cls)",
        "def read(o, r):",
        f"    if type(o) is not dict or len(o) != {n}:",
        "        return other(o, r)",
        "    try:",
        *[f"        v{i} = o[{f.name!r}]" for i, f in enumerate(fields)],
        "    except KeyError:",
        "        return other(o, r)",
        f"    r.keys += {n}",
    ]
    defaults = _raw_defaults(cls, hints)
    ns["defaults"] = defaults
    ns["required"] = ns["every"] - (defaults or {}).keys()
    # A small record (no id) of raw values that are equal only when the
    # same is built once per read: a transition, a certification.
    memo = "id" not in ns["every"] and all(_keyed_by_value(t) for t in types_)
    if memo:
        key = ", ".join(f"v{i}" for i in range(len(fields)))
        lines += [
            f"    key = ({key},)",
            "    made = r.made[cls]",
            "    x = made.get(key)",
            "    if x is not None:",
            "        return x",
        ]
    texts = [f"v{i}" for i, t in enumerate(types_) if t is str]
    if texts:
        lines += [
            f"    if {' or '.join(f'type({v}) is not str' for v in texts)}:",
            "        raise Doubt",
            f"    text = {' + '.join(texts)}",
            "    if len(text) > MAX_TEXT or not text.isprintable():",
            f"        each_text({', '.join(texts)})",
        ]
    for i, tp in enumerate(types_):
        if tp is not str:
            body = _field_lines(f"v{i}", f"x{i}", tp, ns, str(i))
            lines += ["    " + line for line in body]
    arguments = ", ".join(
        f"{f.alias}={'v' if tp is str else 'x'}{i}"
        for i, (f, tp) in enumerate(zip(fields, types_, strict=True))
    )
    if memo:
        lines += [f"    x = made[key] = cls({arguments})", "    return x"]
    else:
        lines.append(f"    return cls({arguments})")
    read: _Reader = _defined(lines, f"read {cls.__qualname__}", ns)
    return read


def _defined(lines: list[str], name: str, ns: dict[str, Any]) -> Any:
    """The one function the source *lines* define (made by the reader or
    writer of a class from its field names), its globals *ns*.
    """
    code = compile("\n".join(lines) + "\n", f"<mentoring {name}>", "exec")
    exec(code, ns)  # noqa: S102 - source made from a class's field names
    return ns[name.split(maxsplit=1)[0]]


def _read_fast(cls: type[T], text: str | bytes) -> T | None:
    """*text* as a *cls* through the fast readers, or ``None`` on any doubt
    (the caller then reads it the slow way, which names the problems).
    """
    if not _nested_within_limit(typing.cast("type", cls)):
        return None
    try:
        decoded = _decode(text)
        data = json.loads(decoded, parse_constant=_refuse_constant)
    except (ValidationError, ValueError, RecursionError):
        return None
    reading = _Reading()
    try:
        with types_known(printable=True):
            if cls is Program:
                if type(data) is not dict or not (
                    data.pop("format", None) == PROGRAM_FORMAT
                    and type(data.get("version")) is int
                    and data.pop("version") == PROGRAM_VERSION
                ):
                    return None
                reading.keys += 2
            built: T = _reader(cls)(data, reading)
    except Exception:  # noqa: BLE001 - the converter reads it and says why
        return None
    # Every key is followed by a colon, and json keeps the last of a key
    # given twice: as many colons as keys read means no key was repeated.
    # More colons (in text, or repeated keys): ask the strict parser.
    if reading.keys != decoded.count(":"):
        try:
            _load_json(decoded, limits=False)
        except ValidationError:
            return None
    return built


# -- errors as problems with paths ------------------------------------------------


def _problems(exc: BaseException, path: str) -> Iterator[Problem]:  # noqa: C901
    if isinstance(exc, ValidationError):
        for p in exc.problems:
            yield p.under(path)
    elif isinstance(exc, ClassValidationError):
        with_notes, without = exc.group_exceptions()
        for sub, note in with_notes:
            yield from _problems(sub, f"{path}.{note.name}")
        for sub in without:
            yield from _problems(sub, path)
    elif isinstance(exc, _IterableError):
        with_notes_i, without_i = exc.group_exceptions()
        for sub, inote in with_notes_i:
            index = inote.index
            where = f"{path}[{index}]" if type(index) is int else key_path(path, index)
            yield from _problems(sub, where)
        for sub in without_i:
            yield from _problems(sub, path)
    elif isinstance(exc, ForbiddenExtraKeysError):
        known = [f.name for f in attrs.fields(exc.cl)]
        for key in sorted(exc.extra_fields, key=str):
            yield unknown_key(key_path(path, key), known)
    elif isinstance(exc, KeyError):
        yield missing(path)
    else:  # pragma: no cover - every hook raises a ValidationError
        yield problem(path, "rule", str(exc) or type(exc).__name__)


# -- limits of a document ----------------------------------------------------------

#: How deep a document may nest lists and objects (a programme needs about 8).
MAX_DEPTH = 64
#: The largest magnitude of an integer in a document (a 64-bit integer).
MAX_INT = 2**63 - 1
#: The longest string (or key) of a document, in characters.
MAX_TEXT = 100_000
#: At most this many problems of the limits are listed.
_MAX_LISTED = 100


class _BigNumber:
    """An integer literal too long to convert, kept as its digit count."""

    __slots__ = ("digits",)

    def __init__(self, digits: int) -> None:
        self.digits = digits


def _limit_problems(data: object) -> list[Problem]:  # noqa: C901
    """Whatever in *data* is nested too deep, too large or not text, each
    with its path; found without recursion, so any depth is safe.
    """
    found: list[Problem] = []
    stack: list[tuple[object, str, int]] = [(data, "$", 0)]
    while stack and len(found) < _MAX_LISTED:
        value, path, depth = stack.pop()
        kind = type(value)
        if kind is str:
            found.extend(_string_problems(path, typing.cast("str", value)))
        elif kind is int:
            number = typing.cast("int", value)
            if not -MAX_INT <= number <= MAX_INT:
                found.append(_too_big(path, f"an int of {_digits(number)} digits"))
        elif kind is _BigNumber:
            digits = typing.cast("_BigNumber", value).digits
            found.append(_too_big(path, f"a number of {digits} digits"))
        elif kind is dict or kind is list:
            if depth >= MAX_DEPTH:
                found.append(
                    problem(
                        path,
                        "limit",
                        f"nested deeper than {MAX_DEPTH} lists and objects",
                    )
                )
                continue
            if kind is list:
                items = typing.cast("list[object]", value)
                stack.extend(
                    (item, f"{path}[{i}]", depth + 1)
                    for i, item in reversed(list(enumerate(items)))
                )
                continue
            members = typing.cast("dict[object, object]", value)
            for key, item in reversed(list(members.items())):
                if type(key) is not str:
                    found.append(wrong_type(path, "an object with text keys", key))
                    continue
                where = key_path(path, key)
                bad = list(_string_problems(where, key, what="key"))
                if bad:
                    found.extend(bad)
                    continue
                stack.append((item, where, depth + 1))
        elif isinstance(value, list | dict | tuple | set | frozenset):
            # Not a JSON value: the type hooks say so, without walking it.
            continue
    return found


def _string_problems(path: str, text: str, what: str = "text") -> Iterator[Problem]:
    if len(text) > MAX_TEXT:
        yield problem(
            path,
            "text",
            f"a {what} of {len(text)} characters is longer than {MAX_TEXT}",
        )
    elif not text.isascii():
        yield from (p for p in text_problems(path, text) if "surrogate" in p.message)


def _digits(number: int) -> int:
    return int(abs(number).bit_length() * 0.30103) + 1


def _too_big(path: str, what: str) -> Problem:
    return problem(path, "limit", f"{what} is too large (at most {MAX_INT})")


def _parse_int(text: str) -> object:
    digits = len(text.lstrip("-"))
    return int(text) if digits <= 19 else _BigNumber(digits)


def _decode(text: str | bytes) -> str:
    """*text* as a str; bytes must be UTF-8 (a byte order mark is allowed)."""
    if isinstance(text, str):
        return text
    try:
        return text.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError(
            [
                problem(
                    "$",
                    "format",
                    f"not UTF-8 text (byte 0x{text[exc.start]:02x} at offset"
                    f" {exc.start})",
                )
            ]
        ) from None


def _load_json(text: str | bytes, root: str = "$", *, limits: bool = True) -> object:
    """Parse JSON strictly: UTF-8 only; no NaN or Infinity; no key given
    twice in an object; no nesting deeper than :data:`MAX_DEPTH`; no integer
    beyond :data:`MAX_INT`; no string longer than :data:`MAX_TEXT` nor
    holding a lone surrogate. Every problem is rooted at *root*.

    Without *limits*, the caller checks the limits (an integer too long to
    convert is then a ``_BigNumber``), unless a key is given twice.
    """
    try:
        decoded = _decode(text)
    except ValidationError as err:
        raise ValidationError([p.under(root) for p in err.problems]) from None
    repeated: dict[int, list[str]] = {}

    def keep_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(pairs)
        if len(obj) < len(pairs):
            counts = collections.Counter(k for k, _ in pairs)
            repeated[id(obj)] = [k for k, n in counts.items() if n > 1]
        return obj

    try:
        data = json.loads(
            decoded,
            parse_constant=_refuse_constant,
            parse_int=_parse_int,
            object_pairs_hook=keep_pairs,
        )
    except RecursionError:
        raise ValidationError(
            [
                problem(
                    root, "limit", f"nested deeper than {MAX_DEPTH} lists and objects"
                )
            ]
        ) from None
    except (ValueError, TypeError) as exc:
        raise ValidationError(
            [problem(root, "format", f"malformed JSON: {_short(str(exc))}")]
        ) from None
    found = _limit_problems(data) if limits or repeated else []
    if not found and repeated:
        found = list(_repeated_keys(data, "$", repeated))
    if found:
        raise ValidationError([p.under(root) for p in found])
    return data


def _short(text: str) -> str:
    limit = 200
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


# -- cross-object problems of a programme that does not read whole -----------

#: Which collection an ``unknown_id`` problem looks in, by the end of its path.
_LOOKS_IN: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("preferred_mentor_ids", ("mentors",)),
    (".mentor_id", ("mentors",)),
    (".mentee_id", ("mentees",)),
    (".mentee_ids", ("mentees",)),
    (".pair_id", ("pairs",)),
    (".person_id", ("curator", "mentors", "mentees")),
)
_INDEXED = re.compile(r"\$\.(\w+)\[(\d+)\]")


def _partial_problems(  # noqa: C901, PLR0912
    data: dict[str, Any], found: list[Problem]
) -> list[Problem]:
    """The cross-object problems of the parts of a programme document that
    read cleanly, when other parts did not (listed in *found*): the parts
    that do not read are left out, and a reference into a collection that
    lost a part is not reported (its target may be the part left out).
    """
    if type(data) is not dict:
        return []
    hints = typing.get_type_hints(Program)
    clean: dict[str, Any] = {}
    kept: dict[str, list[int]] = {}
    incomplete: set[str] = set()
    for field in attrs.fields(Program):
        if field.name not in data:
            continue
        raw, tp = data[field.name], hints[field.name]
        if _is_tuple(tp) and type(raw) is list:
            item_type = typing.get_args(tp)[0]
            items: list[Any] = []
            kept[field.name] = []
            for i, item in enumerate(raw):
                try:
                    items.append(_CONVERTER.structure(item, item_type))
                except Exception:  # noqa: BLE001 - already reported
                    incomplete.add(field.name)
                    continue
                kept[field.name].append(i)
            clean[field.name] = tuple(items)
            continue
        try:
            clean[field.name] = _CONVERTER.structure(raw, tp)
        except Exception:  # noqa: BLE001 - already reported
            incomplete.add(field.name)
    placeholders = {"id": "?", "title": "?", "organization": "?"}
    for name, value in placeholders.items():
        clean.setdefault(name, value)
    if "year" not in clean:
        return []  # dates and every rule of the year cannot be checked
    try:
        partial = Program(**clean)
    except (ValidationError, TypeError):
        return []
    reported = set(found)
    out: list[Problem] = []
    for p in partial.problems():
        if p.code == "unknown_id" and any(
            p.path.endswith(end) and incomplete.intersection(where)
            for end, where in _LOOKS_IN
        ):
            continue
        moved = _reindexed(p, kept)
        if moved not in reported:
            out.append(moved)
    return out


def _reindexed(p: Problem, kept: dict[str, list[int]]) -> Problem:
    """*p* with the index of its collection item as in the document."""

    def back(match: re.Match[str]) -> str:
        name, index = match.group(1), int(match.group(2))
        where = kept.get(name)
        if where is None or index >= len(where):
            return match.group(0)
        return f"$.{name}[{where[index]}]"

    return problem(
        _INDEXED.sub(back, p.path, count=1), p.code, _INDEXED.sub(back, p.message)
    )


# -- the arguments -------------------------------------------------------------

_A_TYPE = "a public mentoring type"


def _is_public_type(cls: object) -> bool:
    """Whether *cls* is an attrs class of the library exported by its public
    module (:class:`~mentoring.model.Mentor` from :mod:`mentoring.model`):
    the classes the converter is made for.
    """
    if not isinstance(cls, type) or not attrs.has(cls):
        return False
    parts = cls.__module__.split(".")
    if parts[0] != "mentoring":
        return False
    # The public home is the module path up to its first private part.
    public = list(itertools.takewhile(lambda p: not p.startswith("_"), parts))
    home = sys.modules.get(".".join(public))
    return (
        home is not None
        and cls.__name__ in getattr(home, "__all__", ())
        and getattr(home, cls.__name__, None) is cls
    )


def _class_problems(problems: list[Problem], name: str, cls: object) -> None:
    if not _is_public_type(cls):
        problems.append(wrong_type(f"$.{name}", _A_TYPE, cls))


# -- the public functions ------------------------------------------------------


def to_dict(obj: object) -> dict[str, Any]:
    """The value as JSON-ready data (a programme in its versioned envelope).

    Raises:
        ~mentoring.errors.ValidationError: *obj* is not a value of one of the
            library's public types (at ``$.obj``).

    .. versionadded:: 0.1.0
    """
    if not _is_public_type(type(obj)):
        raise ValidationError(
            [wrong_type("$.obj", f"a value of {_A_TYPE}", obj)],
            subject="arguments of to_dict",
        )
    return _data(_CONVERTER, obj)


def _data(conv: cattrs.Converter, obj: object) -> dict[str, Any]:
    data: dict[str, Any] = conv.unstructure(obj, unstructure_as=type(obj))
    if isinstance(obj, Program):
        return {"format": PROGRAM_FORMAT, "version": PROGRAM_VERSION, **data}
    return data


@functools.cache
def _json_converter() -> cattrs.Converter:
    """The converter of :func:`to_json`: arrays as tuples, which the
    collector stops tracking once their items are plain, so a large
    document's data do not make it walk every object of the process.
    """
    return _make_converter(array=tuple)


def from_dict(cls: type[T], data: object, *, strict: bool = True) -> T:
    """Build a *cls* from JSON-ready *data*, or raise
    :class:`~mentoring.errors.ValidationError` naming every problem.

    For a :class:`~mentoring.model.Program`, the envelope is checked first,
    and with *strict* (the default) the cross-object problems of
    :meth:`~mentoring.model.Program.problems` are refused too.

    Raises:
        ~mentoring.errors.ValidationError: *data* is not a document of a
            *cls*, with every problem and its path; or *cls* is not one of
            the library's public types or *strict* is not a bool (at
            ``$.cls``, ``$.strict``).

    .. versionadded:: 0.1.0
    """
    problems: list[Problem] = []
    _class_problems(problems, "cls", cls)
    expect(problems, "$.strict", strict, bool)
    raise_if(problems, "arguments of from_dict")
    return _structure(cls, data, strict=strict)


def _structure(cls: type[T], data: object, *, strict: bool) -> T:
    """*data* as a *cls*, or the problems of the document: those of its
    limits first (as :func:`_limit_problems` finds them), else every other.

    The leaf hooks refuse what breaks a limit, and a class nested within
    :data:`MAX_DEPTH` cannot hold a document nested deeper: so a document
    that structures is walked once, and only a failing one a second time.
    """
    subject = cls.__name__
    if not _nested_within_limit(typing.cast("type", cls)):
        raise_if(_limit_problems(data), subject)
    return _structured(cls, data, strict=strict)


def _checked(value: T, *, strict: bool) -> T:
    """*value*, after the cross-object checks of a programme if *strict*."""
    if strict and isinstance(value, Program):
        value.check()
    return value


def _structured(cls: type[T], data: object, *, strict: bool) -> T:
    """*data* as a *cls*, or every problem of it (its limits' first)."""
    subject = cls.__name__
    document = data
    try:
        if cls is Program:
            data = _open_envelope(data)
        # The hooks check every field's type and see every string first.
        with types_known(printable=True):
            value: T = _CONVERTER.structure(data, cls)
    except (
        ValidationError,
        cattrs.BaseValidationError,
        TypeError,
        ValueError,
        OverflowError,
    ) as exc:
        limits = _limit_problems(document)
        if limits:
            raise ValidationError(limits, subject=subject) from None
        if isinstance(exc, ValidationError) and exc.subject == _ENVELOPE:
            raise
        found = list(_problems(exc, "$"))
        if strict and cls is Program:
            found += _partial_problems(typing.cast("dict[str, Any]", data), found)
        raise ValidationError(found, subject=subject) from None
    return _checked(value, strict=strict)


@functools.cache
def _nested_within_limit(cls: type) -> bool:
    """Whether every document of *cls* nests at most :data:`MAX_DEPTH`
    lists and objects (a class that holds itself, at any depth, does not).
    """
    return _nesting(cls, frozenset()) <= MAX_DEPTH


def _nesting(tp: Any, seen: frozenset[type]) -> float:
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        return max(_nesting(arg, seen) for arg in typing.get_args(tp))
    if _is_tuple(tp) or _is_frozenset(tp):
        return 1 + _nesting(typing.get_args(tp)[0], seen)
    if isinstance(tp, type) and attrs.has(tp):
        if tp in seen:
            return math.inf
        hints = typing.get_type_hints(tp)
        inner = [_nesting(hints[f.name], seen | {tp}) for f in attrs.fields(tp)]
        return 1 + max(inner, default=0)
    return 0


_ENVELOPE = "programme document"


def _open_envelope(data: object) -> dict[str, Any]:
    subject = _ENVELOPE
    if type(data) is not dict:
        raise ValidationError(
            [wrong_type("$", "a programme document (a dict)", data)], subject=subject
        )
    problems: list[Problem] = []
    if "format" not in data:
        problems.append(missing("$.format"))
    elif data["format"] != PROGRAM_FORMAT:
        problems.append(
            problem(
                "$.format",
                "version",
                f"unsupported format {_json_value(data['format'])}; this library"
                f" reads {PROGRAM_FORMAT!r}",
            )
        )
    if "version" not in data:
        problems.append(missing("$.version"))
    elif type(data["version"]) is not int or data["version"] != PROGRAM_VERSION:
        problems.append(
            problem(
                "$.version",
                "version",
                f"unsupported version {_json_value(data['version'])}; this library"
                f" reads version {PROGRAM_VERSION}",
            )
        )
    raise_if(problems, subject)
    return {k: v for k, v in data.items() if k not in ("format", "version")}


def to_json(obj: object, *, indent: int | None = None) -> str:
    """The value as a JSON document (UTF-8 text, non-ASCII kept as is).

    Raises:
        ~mentoring.errors.ValidationError: *obj* is not a value of one of the
            library's public types, or *indent* is not an int or ``None``.

    .. versionadded:: 0.1.0
    """
    problems: list[Problem] = []
    if not _is_public_type(type(obj)):
        problems.append(wrong_type("$.obj", f"a value of {_A_TYPE}", obj))
    expect(problems, "$.indent", indent, int | None)
    raise_if(problems, "arguments of to_json")
    return json.dumps(_data(_json_converter(), obj), ensure_ascii=False, indent=indent)


def from_json(cls: type[T], text: str | bytes, *, strict: bool = True) -> T:
    """Parse a JSON document into a *cls*; malformed JSON is a
    :class:`~mentoring.errors.ValidationError` too.

    Raises:
        ~mentoring.errors.ValidationError: as for :func:`from_dict`; *text*
            is not JSON (code ``format``), repeats a key in an object (code
            ``duplicate``), or is neither a str nor bytes (at ``$.text``).

    .. versionadded:: 0.1.0
    """
    problems: list[Problem] = []
    _class_problems(problems, "cls", cls)
    expect(problems, "$.text", text, str | bytes)
    expect(problems, "$.strict", strict, bool)
    raise_if(problems, "arguments of from_json")
    built = _read_fast(cls, text)
    if built is not None:
        return _checked(built, strict=strict)
    return _read_plainly(cls, text, strict=strict)


def _read_plainly(cls: type[T], text: str | bytes, *, strict: bool) -> T:
    """*text* as a *cls* through the converter, or every problem of it (what
    :func:`from_json` does when the fast reader gives up).
    """
    try:
        data = _load_json(text, limits=False)  # _structure checks them
    except ValidationError as err:
        raise ValidationError(err.problems, subject=cls.__name__) from None
    return _structure(cls, data, strict=strict)


def _repeated_keys(
    data: object, path: str, repeated: dict[int, list[str]]
) -> Iterator[Problem]:
    """Where a JSON object repeats a key (``json`` would keep the last one)."""
    if isinstance(data, dict):
        for key in repeated.get(id(data), ()):
            yield duplicate(key_path(path, key), key, what="key")
        for key, value in data.items():
            yield from _repeated_keys(value, key_path(path, key), repeated)
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _repeated_keys(value, f"{path}[{i}]", repeated)


def _refuse_constant(name: str) -> float:
    raise ValueError(f"{name} is not valid JSON")


# -- JSON Schema -------------------------------------------------------------------


def json_schema(cls: type) -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) of the documents :func:`from_dict` reads.

    Every document :func:`from_dict` accepts is valid against it, and what it
    rejects, :func:`from_dict` rejects too. Rules that span several fields
    (an end after a start, references between objects) are checked by
    :func:`from_dict` only.

    Raises:
        ~mentoring.errors.ValidationError: *cls* is not one of the library's
            public types (at ``$.cls``).

    .. versionadded:: 0.1.0
    """
    problems: list[Problem] = []
    _class_problems(problems, "cls", cls)
    raise_if(problems, "arguments of json_schema")
    defs: dict[str, Any] = {}
    root = dict(_class_schema(cls, defs))
    defs.pop(cls.__name__, None)
    if cls is Program:
        root["properties"] = {
            "format": {"const": PROGRAM_FORMAT},
            "version": {"const": PROGRAM_VERSION},
            **root["properties"],
        }
        root["required"] = ["format", "version", *root["required"]]
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": cls.__name__,
        **root,
    }
    if defs:
        schema["$defs"] = dict(sorted(defs.items()))
    return schema


def _class_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(cls):
        prop = _type_schema(hints[field.name], defs)
        bounds = _BOUNDS.get((cls.__name__, field.name))
        if bounds:
            prop = _with_bounds(prop, bounds)
        properties[field.name] = prop
        if field.default is attrs.NOTHING:
            required.append(field.name)
    schema: dict[str, Any] = {
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }
    doc = (cls.__doc__ or "").strip().split("\n\n")[0]
    if doc:
        schema["description"] = " ".join(doc.split())
    return schema


def _with_bounds(prop: dict[str, Any], bounds: dict[str, int]) -> dict[str, Any]:
    if "anyOf" in prop:
        return {"anyOf": [_with_bounds(p, bounds) for p in prop["anyOf"]]}
    if prop.get("type") in ("integer", "number"):
        return {**prop, **bounds}
    return prop


def _tuple_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    """A tuple of any length as an array of its items; one of a fixed length
    (``tuple[str, int]``) as an array of exactly its items, in order.
    """
    args = typing.get_args(tp)
    if not _is_fixed(tp):
        return {"type": "array", "items": _type_schema(args[0], defs)}
    return {
        "type": "array",
        "prefixItems": [_type_schema(a, defs) for a in args],
        "items": False,
        "minItems": len(args),
    }


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [_type_schema(a, defs) for a in typing.get_args(tp)]}
    if origin is tuple:
        return _tuple_schema(tp, defs)
    if origin is frozenset:
        return {
            "type": "array",
            "items": _type_schema(typing.get_args(tp)[0], defs),
            "uniqueItems": True,
        }
    simple = {
        type(None): {"type": "null"},
        str: {"type": "string"},
        int: {"type": "integer"},
        float: {"type": "number"},
        bool: {"type": "boolean"},
        dt.date: {"type": "string", "format": "date", "pattern": _DATE.pattern},
    }
    if tp in simple:
        return dict(simple[tp])
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"type": "string", "enum": [m.value for m in tp]}
    if attrs.has(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # placeholder against recursion
            defs[name] = _class_schema(tp, defs)
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"no JSON Schema for {tp!r}")
