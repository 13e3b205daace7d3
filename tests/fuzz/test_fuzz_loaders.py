"""Fuzzing the loaders: every input gives a valid value or a
:class:`~mentoring.errors.ValidationError`, and whatever is accepted
round-trips and can be written out as UTF-8.
"""

import csv
import io
import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import mentoring as m
from mentoring import rosters, serialization

from ._mutate import LEAVES, NASTY_TEXT, mutated
from ._seeds import programmes, roster_documents, small_values
from .conftest import CLI_EXAMPLES, EXAMPLES, LARGE_EXAMPLES, count

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


LARGE = settings(FUZZ, max_examples=LARGE_EXAMPLES)
ROSTERS = settings(FUZZ, max_examples=CLI_EXAMPLES)


def accepted(cls: type, value: Any, *, strict: bool = True) -> None:
    """What an accepted value must do: round-trip and be written out."""
    text = serialization.to_json(value)
    text.encode("utf-8")  # no lone surrogate
    assert serialization.from_json(cls, text, strict=strict) == value


def load(cls: type, data: object, **kwargs: Any) -> None:
    count()
    try:
        value = serialization.from_dict(cls, data, **kwargs)
    except m.ValidationError as err:
        assert err.problems
        assert all(p.path.startswith("$") for p in err.problems)
        assert all(len(p.message) < 1000 for p in err.problems)
        return
    accepted(cls, value)


@FUZZ
@given(
    st.sampled_from(small_values()).flatmap(
        lambda pair: st.tuples(st.just(pair[0]), mutated(pair[1]))
    )
)
def test_mutated_values_load_or_are_refused(case):
    cls, doc = case
    load(cls, doc)
    # The same document as JSON text, and as UTF-8 bytes (a lone surrogate
    # becomes bytes that are not UTF-8): the parser's paths, not the dict's.
    text = json.dumps(doc, ensure_ascii=False)
    load_json(cls, text)
    load_json(cls, text.encode("utf-8", "surrogatepass"))


def load_json(cls: type, text: str | bytes) -> None:
    count()
    try:
        value = serialization.from_json(cls, text)
    except m.ValidationError as err:
        assert err.problems
        return
    accepted(cls, value)


@LARGE
@given(st.sampled_from(programmes()).flatmap(lambda doc: mutated(doc, 3)))
def test_mutated_programmes_load_or_are_refused(doc):
    count()
    try:
        program = serialization.from_dict(m.Program, doc, strict=False)
    except m.ValidationError as err:
        assert err.problems
        return
    if program.problems():
        accepted(m.Program, program, strict=False)
    else:
        accepted(m.Program, program)


def _text_edits(text: str) -> st.SearchStrategy[str]:
    position = st.integers(0, len(text))
    insert = st.tuples(
        position,
        st.sampled_from(
            [
                "{",
                "}",
                "[",
                "]",
                ",",
                ":",
                '"',
                "\\",
                "\\ud800",
                "1e999",
                "NaN",
                '"id": "x", ',
                "\x00",
                "\ufeff",
                "9" * 30,
            ]
        ),
    ).map(lambda e: text[: e[0]] + e[1] + text[e[0] :])
    cut = st.tuples(position, st.integers(1, 20)).map(
        lambda e: text[: e[0]] + text[e[0] + e[1] :]
    )
    return st.one_of(insert, cut)


@FUZZ
@given(
    st.sampled_from(small_values()).flatmap(
        lambda pair: st.tuples(
            st.just(pair[0]), _text_edits(json.dumps(pair[1], ensure_ascii=False))
        )
    ),
    st.booleans(),
)
def test_mutated_json_text_loads_or_is_refused(case, as_bytes):
    cls, text = case
    load_json(cls, text)
    load_json(cls, text.encode("utf-8", "surrogatepass"))
    del as_bytes


_COLUMNS = [
    "id",
    "name",
    "organization",
    "subjects",
    "grades",
    "experience_years",
    "capacity",
    "functions",
    "languages",
    "certifications",
    "unknown",
]
_CELLS = st.one_of(
    NASTY_TEXT.filter(lambda t: len(t) < 1000),
    st.sampled_from(
        [
            "t1",
            "Ana",
            "5;6",
            "3",
            "-2",
            "99999999999999999999",
            "consultant",
            "x@2021-02-30",
            "a;;b",
            '"',
            "\r",
        ]
    ),
    st.text(max_size=8),
)


@st.composite
def csv_rosters(draw: st.DrawFn) -> str:
    header = draw(st.lists(st.sampled_from(_COLUMNS), min_size=1, max_size=6))
    rows = draw(st.lists(st.lists(_CELLS, max_size=len(header) + 1), max_size=5))
    buffer = io.StringIO()
    writer = csv.writer(
        buffer, lineterminator=draw(st.sampled_from(["\n", "\r\n", "\r"]))
    )
    writer.writerow(header)
    writer.writerows(rows)
    text = buffer.getvalue()
    if draw(st.booleans()):  # a byte-level slip: an unclosed quote, a NUL
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(['"', "\x00", ";", ","])) + text[at:]
    return text


@FUZZ
@given(csv_rosters(), st.booleans())
def test_csv_rosters_load_or_are_refused(text, mentors_first):
    parsers = [rosters.parse_mentors_csv, rosters.parse_mentees_csv]
    for parse in parsers if mentors_first else parsers[::-1]:
        count()
        try:
            values = parse(text)
        except m.ValidationError as err:
            assert err.problems
            continue
        for value in values:
            accepted(type(value), value)


@FUZZ
@given(
    st.booleans().flatmap(
        lambda mentees: st.tuples(
            st.just(mentees), mutated(roster_documents()[int(mentees)], 3)
        )
    ),
    st.booleans(),
)
def test_json_rosters_load_or_are_refused(case, as_text_edit):
    as_mentees, doc = case
    count()
    text = json.dumps(doc, ensure_ascii=True)
    parse = rosters.parse_mentees_json if as_mentees else rosters.parse_mentors_json
    try:
        values = parse(text)
    except m.ValidationError as err:
        assert err.problems
        return
    for value in values:
        accepted(type(value), value)


@FUZZ
@given(LEAVES)
def test_any_value_at_the_root_is_refused_cleanly(value):
    for cls in (m.Person, m.Mentor, m.Program, m.AcademicYear):
        load(cls, value)
