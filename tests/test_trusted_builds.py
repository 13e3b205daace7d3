"""The samples, and the term systems the calendar builds on import, are
built on the library's trusted construction path: the constructors skip
the type and text checks there, so these tests make those checks of every
value of them, and rebuild each sample with every check on to compare.
"""

import attrs
import pytest

from mentoring import Person, calendar, samples
from mentoring._checks import _field_problems, types_known
from mentoring.errors import ValidationError

BUILDERS = (
    "russian_school",
    "moldovan_network",
    "kazakh_school",
    "romanian_project",
    "romanian_network",
)


def _values(value: object, path: str = "$"):
    """Every attrs instance in *value* (itself, its fields, their items),
    with its path.
    """
    if attrs.has(type(value)):
        yield path, value
        for field in attrs.fields(type(value)):
            yield from _values(getattr(value, field.name), f"{path}.{field.name}")
    elif isinstance(value, tuple | frozenset):
        for i, item in enumerate(value):
            yield from _values(item, f"{path}[{i}]")


def _type_and_text_problems(value: object) -> list[tuple[str, str]]:
    """The problems :func:`mentoring._checks.check` finds in the field types
    and text of every value in *value*, by path.
    """
    return [
        (f"{path}{problem.path[1:]}", problem.code)
        for path, item in _values(value)
        for problem in _field_problems(item, type(item), check_types=True)
    ]


@pytest.mark.parametrize("name", BUILDERS)
def test_every_value_of_every_sample_has_the_types_and_text_its_class_asks(name):
    program = getattr(samples, name)()
    assert len(list(_values(program))) > 50
    assert _type_and_text_problems(program) == []


@pytest.mark.parametrize("name", BUILDERS)
def test_a_sample_built_with_every_check_is_the_same_programme(name):
    builder = getattr(samples, name)
    assert builder.__wrapped__() == builder()


def test_every_term_system_and_fixed_holiday_has_the_types_and_text_its_class_asks():
    systems = tuple(calendar.TERM_SYSTEMS.values())
    assert len(list(_values(systems))) > 100
    assert _type_and_text_problems(systems) == []
    years = tuple(s.year(2024) for s in systems)
    assert _type_and_text_problems(years) == []


def test_the_walk_finds_a_wrong_type_and_bad_text_the_trusted_path_let_through():
    with types_known(printable=True):
        person = Person(
            id="p1",
            name="Ann",
            district="Nord\x00",
            region=3,  # type: ignore[arg-type]
            subjects=frozenset({"maths", 7}),  # type: ignore[arg-type]
        )
    assert sorted(_type_and_text_problems(person)) == [
        ("$.region", "type"),
        ("$.subjects", "type"),
    ]
    with types_known(printable=True):
        person = Person(id="p1", name="Ann", district="Nord\x00")
    assert _type_and_text_problems(person) == [("$.district", "text")]


def test_the_sample_builders_and_the_calendar_leave_nothing_trusted_behind():
    samples.load("ru")
    with pytest.raises(ValidationError, match="month"):
        calendar.MonthDay(month="9", day=1)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="experience_years"):
        Person(id="p1", name="Ann", experience_years="3")  # type: ignore[arg-type]


def test_the_term_systems_load_when_first_asked_for():
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from mentoring.calendar import AcademicYear\n"
        "import mentoring.model, mentoring._demo\n"
        "print(sorted(m for m in sys.modules if m.endswith(('_systems', '_jurisdictions'))))\n"
        "print(AcademicYear.for_jurisdiction('kz', 2021).system)\n"
        "print(sorted(m for m in sys.modules if m.endswith(('_systems', '_jurisdictions'))))\n"
    )
    out = subprocess.run(  # noqa: S603 (this interpreter, a fixed script)
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    loaded = ["mentoring.calendar._jurisdictions", "mentoring.calendar._systems"]
    assert out == ["[]", "kz-quarters", repr(loaded)]
