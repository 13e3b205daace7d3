"""The check plans read the annotations attrs and ``inspect`` keep, and
fall back to ``typing.get_type_hints`` only for a forward reference: the
types they check are get_type_hints' own for every class and function.
"""

import importlib
import inspect
import pkgutil
import typing

import attrs
import pytest

import mentoring
from mentoring import _checks


def _modules():
    for info in pkgutil.walk_packages(mentoring.__path__, "mentoring."):
        if ".testing" not in info.name:
            yield importlib.import_module(info.name)


def _classes():
    found = {}
    for module in _modules():
        for value in vars(module).values():
            if isinstance(value, type) and attrs.has(value):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return [found[k] for k in sorted(found)]


_CHECKED = _checks.validated(lambda: None).__code__


def _validated_functions():
    found = {}
    for module in _modules():
        for value in vars(module).values():
            members = [value]
            if isinstance(value, type):
                members = [getattr(m, "__func__", m) for m in vars(value).values()]
            for member in members:
                if getattr(member, "__code__", None) is _CHECKED:
                    fn = member.__wrapped__
                    found[f"{fn.__module__}.{fn.__qualname__}"] = fn
    return [found[k] for k in sorted(found)]


CLASSES = _classes()
FUNCTIONS = _validated_functions()


def test_the_walks_find_the_model_and_the_checked_functions():
    assert len(CLASSES) > 60
    assert len(FUNCTIONS) > 60


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__qualname__)
def test_a_class_plan_reads_the_types_get_type_hints_gives(cls):
    try:
        hints = typing.get_type_hints(cls)
    except TypeError:  # an annotation Python cannot evaluate: not checked
        return
    expected = {f.name: hints[f.name] for f in attrs.fields(cls)}
    assert _checks._field_types(cls) == expected


@pytest.mark.parametrize("fn", FUNCTIONS, ids=lambda f: f.__qualname__)
def test_a_function_plan_reads_the_types_get_type_hints_gives(fn):
    hints = typing.get_type_hints(fn)
    signature = inspect.signature(fn)
    expected = {n: hints[n] for n in signature.parameters if n in hints}
    assert _checks._parameter_types(fn, signature) == expected


@attrs.frozen
class Node:
    children: "tuple[Node, ...]"


def later(node: "Node", depth: int) -> int:
    return depth


def test_a_forward_reference_falls_back_to_get_type_hints():
    assert _checks._field_types(Node) == {"children": tuple[Node, ...]}
    signature = inspect.signature(later)
    assert _checks._parameter_types(later, signature) == {"node": Node, "depth": int}
