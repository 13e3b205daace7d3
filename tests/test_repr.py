"""The shared ``__repr__`` (mentoring._repr.value_repr) reads exactly as the
one attrs would have generated for each class that uses it.
"""

import importlib
import pkgutil

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import mentoring
from mentoring import samples
from mentoring._repr import value_repr


def _classes_with_the_shared_repr() -> list[type]:
    found = {}
    for info in pkgutil.walk_packages(mentoring.__path__, "mentoring."):
        if ".testing" in info.name:
            continue
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, type) and value.__dict__.get("__repr__") is value_repr:
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return [found[k] for k in sorted(found)]


CLASSES = _classes_with_the_shared_repr()


def _attrs_repr(value: object) -> str:
    """What attrs writes for *value*: the repr of a twin class that attrs
    builds with the same fields (called on *value* itself).
    """
    cls = type(value)
    twin = attrs.make_class(
        cls.__name__,
        {f.name: attrs.field(repr=f.repr) for f in attrs.fields(cls)},
        init=False,
        eq=False,
        slots=False,
    )
    shown: str = twin.__dict__["__repr__"](value)
    return shown


def _values(value: object):
    if attrs.has(type(value)):
        yield value
        for field in attrs.fields(type(value)):
            yield from _values(getattr(value, field.name))
    elif isinstance(value, tuple | frozenset):
        for item in value:
            yield from _values(item)


def test_the_model_and_the_calendar_use_the_shared_repr():
    names = {c.__name__ for c in CLASSES}
    assert {"Program", "Person", "Pair", "MentoringPlan", "AcademicYear"} <= names
    assert len(CLASSES) >= 40


@pytest.mark.parametrize("name", ["ru", "md", "kz", "ro"])
def test_every_value_of_a_sample_reads_as_attrs_would_write_it(name):
    program = samples.load(name)
    seen = 0
    for value in _values(program):
        if type(value).__dict__.get("__repr__") is value_repr:
            assert repr(value) == _attrs_repr(value)
            seen += 1
    assert seen > 50


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
@pytest.mark.parametrize(
    "cls",
    [c for c in CLASSES if c.__module__.split(".")[1] in {"model", "calendar"}],
    ids=lambda c: c.__name__,
)
def test_drawn_values_read_as_attrs_would_write_them(cls, data):
    value = data.draw(st.from_type(cls))
    assert repr(value) == _attrs_repr(value)


def _box(*, shared: bool) -> type:
    @attrs.frozen
    class Box:
        items: list[object]

    if not shared:
        return Box

    @attrs.frozen
    class Box:  # type: ignore[no-redef]
        __repr__ = value_repr

        items: list[object]

    return Box


def test_a_value_shown_inside_itself_reads_as_an_ellipsis_as_with_attrs():
    shown = []
    for shared in (True, False):
        box = _box(shared=shared)(items=[1])
        box.items.append(box)
        shown.append(repr(box))
    assert shown == ["Box(items=[1, ...])"] * 2
