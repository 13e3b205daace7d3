"""to_dict's writers (one generated function per class) against cattrs' own
functions for the same converter: the same data, key for key and type for
type (a plain ``str`` where a member of a ``StrEnum`` was), for every public
type, and for the surprises the constructors let through (subclasses of
``str`` in a set, sets of every size, members of the library's enums).
"""

import enum
import json

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import mentoring as m
from mentoring import serialization
from mentoring.serialization import _make_converter, to_dict, to_json
from mentoring.testing import strategies as ms

from .testing.test_strategies import RESULTS, STRATEGIES

#: The converter with cattrs' own functions for the classes.
PLAIN = _make_converter(writers=False)
EXAMPLES = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def typed(value: object) -> object:
    """*value* with the type of every leaf beside it (``"a" != Text("a")``
    here, while ``==`` says they are equal)."""
    if isinstance(value, dict):
        return ("dict", [(k, typed(v)) for k, v in value.items()])
    if isinstance(value, list):
        return ("list", [typed(v) for v in value])
    return (type(value), value)


def assert_written_alike(value: object) -> None:
    """to_dict's data (lists) and to_json's (tuples, the same text) are
    cattrs' data."""
    cls = type(value)
    fast = serialization._CONVERTER.unstructure(value, unstructure_as=cls)
    plain = PLAIN.unstructure(value, unstructure_as=cls)
    assert typed(fast) == typed(plain)
    if isinstance(value, m.Program):
        envelope = {
            "format": serialization.PROGRAM_FORMAT,
            "version": serialization.PROGRAM_VERSION,
        }
        plain = {**envelope, **plain}
    text = json.dumps(plain, ensure_ascii=False)
    assert to_json(value) == text
    assert to_json(value, indent=2) == json.dumps(plain, ensure_ascii=False, indent=2)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.slow) if n in RESULTS else n
        for n in sorted(STRATEGIES)
        if attrs.has(STRATEGIES[n])  # pair_histories draws tuples
    ],
)
def test_every_public_type_is_written_as_cattrs_writes_it(name):
    @EXAMPLES
    @given(getattr(ms, name)())
    def check(value):
        assert_written_alike(value)

    check()


class Text(str):
    """A str of the user's own, as a host system may pass."""

    __slots__ = ()


class Colour(enum.StrEnum):
    RED = "red"
    BLUE = "blue"


#: Items a set of texts may hold: plain, a subclass, members of a StrEnum.
texts = st.one_of(
    st.sampled_from(["maths", "physics", "art", "", "Ärger", "b", "a"]),
    st.sampled_from(["maths", "zoology", "a"]).map(Text),
    st.sampled_from(list(Colour)),
    st.sampled_from(list(m.MentorOrigin)),
)


@EXAMPLES
@given(
    subjects=st.frozensets(texts, max_size=4),
    languages=st.frozensets(texts, max_size=3),
    interests=st.frozensets(st.sampled_from(["a", "b"]), max_size=2),
    grades=st.frozensets(st.integers(1, 11), max_size=4),
    name=st.one_of(st.just("Ann"), st.just(Text("Ann"))),
)
def test_sets_of_every_size_and_kind_of_text_are_written_as_cattrs_writes_them(
    subjects, languages, interests, grades, name
):
    # No item, one, two (ordered without a sort) and more; plain str, a
    # subclass of str and StrEnum members: cattrs writes the plain texts.
    person = m.Person(
        id="p1",
        name=name,
        subjects=subjects,
        languages=languages,
        interests=interests,
        grades=grades,
    )
    assert_written_alike(person)
    mentee = m.Mentee(person=person, needs=subjects)
    assert_written_alike(mentee)


def test_a_set_that_is_not_there_is_written_by_cattrs_function():
    # Not a value the constructors allow (set behind their back): the
    # writer cannot take the length of ``None`` and gives up; cattrs'
    # function writes an empty set for it, and so does the converter.
    person = m.Person(id="p1", name="Ann", subjects=frozenset({"art"}))
    object.__setattr__(person, "subjects", None)
    fast = serialization._CONVERTER.unstructure(person, unstructure_as=m.Person)
    plain = PLAIN.unstructure(person, unstructure_as=m.Person)
    assert fast["subjects"] == []
    assert typed(fast) == typed(plain)


def test_a_value_the_writer_does_not_expect_is_written_by_cattrs():
    # Not a value the constructors allow (a nested record replaced behind
    # their back): the writer gives up and cattrs' function writes it,
    # or fails as it fails.
    person = m.Person(id="p1", name="Ann")
    mentee = m.Mentee(person=person)
    object.__setattr__(mentee, "person", {"id": "p1"})
    fast_error = plain_error = None
    try:
        fast = serialization._CONVERTER.unstructure(mentee, unstructure_as=m.Mentee)
    except Exception as err:
        fast_error = type(err)
    try:
        plain = PLAIN.unstructure(mentee, unstructure_as=m.Mentee)
    except Exception as err:
        plain_error = type(err)
    assert fast_error is plain_error
    if fast_error is None:
        assert typed(fast) == typed(plain)


@pytest.mark.parametrize("sample", ["kz", "md", "ro", "ru"])
def test_each_sample_programme_is_written_as_cattrs_writes_it(sample):
    from mentoring import samples

    program = samples.load(sample)
    data = to_dict(program)
    envelope = {"format": data["format"], "version": data["version"]}
    plain = PLAIN.unstructure(program, unstructure_as=m.Program)
    assert typed(data) == typed({**envelope, **plain})
