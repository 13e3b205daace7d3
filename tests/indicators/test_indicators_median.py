"""``days_to_pair`` is a median that merges exactly: each school keeps the
days of each mentee, a district unites them (a mentee on the books of two
schools counted once), so the district's median is the median computed on
the union of the schools' records.
"""

import datetime as dt
import functools
import statistics

import attrs
import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentoring import (
    AcademicYear,
    Measurement,
    Mentee,
    Mentor,
    Pair,
    Person,
    Program,
    ValidationError,
    export,
    indicators,
    serialization,
)
from mentoring.indicators import Kind, Provenance, Source, Value

YEAR = AcademicYear.starting(2021)
ASKED = dt.date(2021, 9, 1)
ON = dt.date(2022, 5, 31)
KEY = b"the district office's secret key"
MENTOR = Mentor(person=Person(id="mentor", name="Mentor"), capacity=20)


def _mentee(i: int) -> Mentee:
    # one record per person, the same in every school that lists them
    return Mentee(person=Person(id=f"e{i}", name=f"Mentee {i}"), requested_on=ASKED)


def _school(org: str, waits: dict[int, int]) -> Program:
    """A school whose mentee ``e<i>`` got a pair ``waits[i]`` days after
    asking.
    """
    pairs = tuple(
        Pair.propose(
            id=f"{org}/p{i}", mentor_id=MENTOR.id, mentee_id=f"e{i}", on=ASKED
        ).activate(on=ASKED + dt.timedelta(days=days))
        for i, days in sorted(waits.items())
    )
    return Program(
        id=org,
        title="t",
        organization=org,
        district="d",
        year=YEAR,
        mentors=(MENTOR,),
        mentees=tuple(_mentee(i) for i in sorted(waits)),
        pairs=pairs,
    )


def _union(schools: list[Program]) -> Program:
    """The schools' records as one programme: each person once, every pair."""
    mentees = {m.id: m for p in schools for m in p.mentees}
    return Program(
        id="union",
        title="t",
        organization="union",
        year=YEAR,
        mentors=(MENTOR,),
        mentees=tuple(mentees.values()),
        pairs=tuple(pair for p in schools for pair in p.pairs),
    )


def _median_of(value: Value) -> tuple[object, ...]:
    return (
        value.value,
        value.numerator,
        value.denominator,
        value.distribution,
        value.per_id,
        value.ids,
    )


def test_the_median_is_the_middle_wait_not_the_mean() -> None:
    snap = indicators.compute(_school("s", {1: 2, 2: 3, 3: 40}), on=ON)
    value = snap["days_to_pair"]
    assert value.kind is Kind.MEDIAN
    assert value.value == 3  # the mean would be 15
    assert (value.numerator, value.denominator) == (45, 3)
    assert value.distribution == ((2, 1), (3, 1), (40, 1))
    assert value.per_id == (("e1", 2), ("e2", 3), ("e3", 40))
    assert value.ids == frozenset({"e1", "e2", "e3"})
    # an even count: the mean of the two middle waits
    even = indicators.compute(_school("s", {1: 2, 2: 3, 3: 8, 4: 40}), on=ON)
    assert even.value("days_to_pair") == 5.5


def test_two_schools_median_is_not_the_mean_of_their_medians() -> None:
    a = indicators.compute(_school("a", {1: 1, 2: 1, 3: 1}), on=ON)
    b = indicators.compute(_school("b", {4: 30}), on=ON)
    merged = indicators.merge(a, b)
    assert merged.value("days_to_pair") == 1  # not (1 + 30) / 2
    assert merged["days_to_pair"].distribution == ((1, 3), (30, 1))


def test_a_mentee_of_two_schools_counts_once_with_the_shorter_wait() -> None:
    a = _school("a", {1: 4, 2: 10})
    b = _school("b", {2: 6, 3: 20})
    merged = indicators.merge(
        indicators.compute(a, on=ON), indicators.compute(b, on=ON)
    )
    value = merged["days_to_pair"]
    assert value.per_id == (("e1", 4), ("e2", 6), ("e3", 20))
    assert (value.value, value.denominator) == (6, 3)
    union = indicators.compute(_union([a, b]), on=ON)["days_to_pair"]
    assert _median_of(value) == _median_of(union)
    # without the ids nothing tells the two e2 apart: their days add
    dropped = indicators.merge(
        indicators.compute(a, on=ON), indicators.compute(b, on=ON), keep_ids=False
    )["days_to_pair"]
    assert dropped.ids_dropped
    assert not dropped.per_id
    assert dropped.distribution == ((4, 1), (6, 1), (10, 1), (20, 1))
    assert (dropped.value, dropped.denominator) == (8, 4)


# -- the merge laws, with ties and people shared between schools ---------------------

_WAITS = st.dictionaries(
    st.integers(0, 7),  # eight mentees shared among the schools
    st.sampled_from((0, 1, 3, 3, 7, 14, 30)),  # few distinct waits: many ties
    max_size=6,
)


def _schools(least: int) -> st.SearchStrategy[list[Program]]:
    return st.lists(_WAITS, min_size=least, max_size=5).map(
        lambda picks: [_school(f"school-{i}", w) for i, w in enumerate(picks)]
    )


_SCHOOLS = _schools(1)


@settings(max_examples=60, deadline=None)
@given(schools=_SCHOOLS, key=st.sampled_from((None, KEY)), data=st.data())
def test_merged_median_equals_the_median_of_the_union(
    schools: list[Program], key: bytes | None, data: st.DataObject
) -> None:
    snaps = [indicators.compute(p, on=ON) for p in schools]
    whole = indicators.compute(_union(schools), on=ON)
    if key is not None:
        snaps = [indicators.pseudonymise(s, key) for s in snaps]
        whole = indicators.pseudonymise(whole, key)
    shuffled = data.draw(st.permutations(snaps))
    left = functools.reduce(indicators.merge, snaps)["days_to_pair"]
    right = functools.reduce(lambda a, b: indicators.merge(b, a), shuffled)
    # commutative and associative, whatever the order and grouping
    assert _median_of(left) == _median_of(right["days_to_pair"])
    assert left == indicators.merge_all(reversed(snaps))["days_to_pair"]
    # equal to computing on the union of the schools' records
    assert _median_of(left) == _median_of(whole["days_to_pair"])
    # and to the median of every person's shortest wait, each person once
    shortest: dict[str, int] = {}
    for p in schools:
        for pair in p.pairs:
            days = (pair.started_on - ASKED).days
            shortest[pair.mentee_id] = min(days, shortest.get(pair.mentee_id, days))
    expected = statistics.median(shortest.values()) if shortest else None
    assert left.value == expected
    assert left.denominator == len(shortest) == len(left.ids)


@settings(max_examples=40, deadline=None)
@given(schools=_schools(2), data=st.data())
def test_without_ids_the_distributions_add_in_any_order(
    schools: list[Program], data: st.DataObject
) -> None:
    snaps = [indicators.compute(p, on=ON) for p in schools]
    shuffled = data.draw(st.permutations(snaps))

    def drop(a: indicators.Snapshot, b: indicators.Snapshot) -> indicators.Snapshot:
        return indicators.merge(a, b, keep_ids=False)

    left = functools.reduce(drop, snaps)
    right = functools.reduce(lambda a, b: drop(b, a), shuffled)
    total = indicators.merge_all(snaps, keep_ids=False)["days_to_pair"]
    assert (
        _median_of(left["days_to_pair"])
        == _median_of(right["days_to_pair"])
        == _median_of(total)
    )
    every = [
        n for s in snaps for n, c in s["days_to_pair"].distribution for _ in range(c)
    ]
    assert total.value == (statistics.median(every) if every else None)
    assert total.denominator == len(every)
    assert total.ids_dropped
    assert not total.ids
    assert not total.per_id


@settings(max_examples=30, deadline=None)
@given(schools=_SCHOOLS)
def test_group_by_district_keeps_the_median_exact(schools: list[Program]) -> None:
    schools = [attrs.evolve(p, district=f"d{i % 2}") for i, p in enumerate(schools)]
    snaps = [indicators.compute(p, on=ON) for p in schools]
    groups = indicators.group_by(snaps, "district")
    assert indicators.merge_all(groups.values()) == indicators.merge_all(snaps)
    for name, snap in groups.items():
        own = [p for p in schools if p.district == name]
        union = indicators.compute(_union(own), on=ON)["days_to_pair"]
        assert _median_of(snap["days_to_pair"]) == _median_of(union)


# -- privacy, display, comparison and documents ---------------------------------------


def test_a_median_of_fewer_than_five_is_suppressed_above_one_school() -> None:
    a = indicators.compute(_school("a", {1: 2, 2: 3}), on=ON)
    b = indicators.compute(_school("b", {3: 9}), on=ON)
    district = indicators.merge(a, b)
    assert indicators.is_small(district["days_to_pair"])
    row = next(r for r in export.rows(district) if r["code"] == "days_to_pair")
    assert (row["value"], row["numerator"], row["denominator"]) == (None,) * 3
    assert row["suppressed"] is True
    assert "<5" in export.to_table(district)
    report = indicators.compare(district, district)
    assert report["days_to_pair"].review is None
    assert report["days_to_pair"].review_suppressed
    # five mentees: shown
    c = indicators.compute(_school("c", {4: 1, 5: 1}), on=ON)
    shown = indicators.merge_all([a, b, c])
    assert not indicators.is_small(shown["days_to_pair"])
    row = next(r for r in export.rows(shown) if r["code"] == "days_to_pair")
    assert (row["value"], row["numerator"], row["denominator"]) == (2, 16, 5)


def test_pseudonymised_medians_name_nobody_and_keep_each_wait() -> None:
    snap = indicators.compute(_school("a", {1: 2, 2: 3}), on=ON)
    hidden = indicators.pseudonymise(snap, KEY)["days_to_pair"]
    assert sorted(n for _, n in hidden.per_id) == [2, 3]
    assert {i for i, _ in hidden.per_id} == hidden.ids
    assert not hidden.ids & {"e1", "e2"}
    assert hidden.value == snap.value("days_to_pair")
    text = serialization.to_json(indicators.pseudonymise(snap, KEY))
    assert '"e1"' not in text


def test_the_median_is_written_as_the_language_writes_it() -> None:
    snap = indicators.compute(_school("s", {1: 2, 2: 3}), on=ON)
    (row,) = (
        line
        for line in export.to_table(snap, lang="ru").splitlines()
        if "days_to" in line
    )
    assert "2,5" in row
    report = indicators.compare(
        indicators.compute(_school("s", {1: 2, 2: 3}), on=dt.date(2021, 9, 2)), snap
    )
    assert report["days_to_pair"].start is None  # nobody paired yet
    assert report["days_to_pair"].review == 2.5


def test_a_snapshot_with_medians_reads_back_and_its_schema_says_how() -> None:
    merged = indicators.merge(
        indicators.compute(_school("a", {1: 2, 2: 3}), on=ON),
        indicators.compute(_school("b", {2: 1}), on=ON),
    )
    text = serialization.to_json(merged)
    assert serialization.from_json(indicators.Snapshot, text) == merged
    document = serialization.to_dict(merged)
    jsonschema.Draft202012Validator(
        serialization.json_schema(indicators.Snapshot)
    ).validate(document)
    (value,) = (v for v in document["values"] if v["code"] == "days_to_pair")
    value["per_id"][0].append(1)  # an (id, number) of three items
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(
            serialization.json_schema(indicators.Snapshot)
        ).validate(document)
    schema = serialization.json_schema(Value)["properties"]
    pair = {"type": "array", "items": False, "minItems": 2}
    assert schema["distribution"]["items"] == {
        **pair,
        "prefixItems": [{"type": "integer"}, {"type": "integer"}],
    }
    assert schema["per_id"]["items"] == {
        **pair,
        "prefixItems": [{"type": "string"}, {"type": "integer"}],
    }
    bad = {
        "code": "days_to_pair",
        "kind": "median",
        "provenance": "computed",
        "distribution": [[3], [4, "1"]],
        "per_id": [["e1", 1.5]],
    }
    with pytest.raises(ValidationError) as caught:
        serialization.from_dict(Value, bad)
    paths = {p.path for p in caught.value.problems}
    assert paths == {"$.distribution[0]", "$.distribution[1][1]", "$.per_id[0][1]"}


def _median(**fields: object) -> Value:
    return Value(code="days_to_pair", kind=Kind.MEDIAN, **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fields", "path"),
    [
        # the numbers are the distribution's sum and count
        ({"numerator": 5, "denominator": 1, "distribution": ((4, 1),)}, "$.numerator"),
        # sorted by number, each once, at least once
        ({"numerator": 8, "denominator": 2, "distribution": ((5, 1), (3, 1))}, None),
        ({"distribution": ((3, 0),)}, "$.distribution[0]"),
        # each id's number makes the distribution, and the ids are the per_id's
        (
            {
                "numerator": 3,
                "denominator": 1,
                "distribution": ((3, 1),),
                "per_id": (("e1", 4),),
                "ids": frozenset({"e1"}),
            },
            "$.distribution",
        ),
        (
            {
                "numerator": 3,
                "denominator": 1,
                "distribution": ((3, 1),),
                "per_id": (("e1", 3),),
            },
            "$.per_id",
        ),
        (
            {
                "numerator": 6,
                "denominator": 2,
                "distribution": ((3, 2),),
                "per_id": (("e2", 3), ("e1", 3)),
                "ids": frozenset({"e1", "e2"}),
            },
            "$.per_id[1]",
        ),
        # a median that counts distinct ids keeps each id's number
        (
            {
                "numerator": 3,
                "denominator": 1,
                "distribution": ((3, 1),),
                "ids": frozenset({"e1"}),
                "distinct": True,
            },
            "$.per_id",
        ),
    ],
)
def test_a_median_that_does_not_add_up_is_refused(
    fields: dict[str, object], path: str | None
) -> None:
    with pytest.raises(ValidationError) as caught:
        _median(provenance=Provenance.COMPUTED, **fields)
    paths = {p.path for p in caught.value.problems}
    assert path in paths if path else paths == {"$.distribution[1]"}


def test_only_a_median_has_a_distribution_and_a_missing_one_has_none() -> None:
    with pytest.raises(ValidationError, match=r"\$\.distribution"):
        Value(
            code="satisfaction",
            kind=Kind.AVERAGE,
            provenance=Provenance.COMPUTED,
            numerator=3,
            denominator=1,
            distribution=((3, 1),),
        )
    with pytest.raises(ValidationError, match=r"\$\.provenance"):
        _median(provenance=Provenance.MISSING, reported=0, distribution=((3, 1),))
    with pytest.raises(ValidationError, match="dropped"):
        _median(
            provenance=Provenance.COMPUTED,
            numerator=3,
            denominator=1,
            distribution=((3, 1),),
            per_id=(("e1", 3),),
            ids_dropped=True,
        )


def test_a_measured_median_is_kept_alone_and_never_averaged() -> None:
    measured = _median(
        provenance=Provenance.MEASURED, numerator=12, denominator=1, measured_on=ON
    )
    assert (measured.value, measured.distribution) == (12, ())
    computed = indicators.compute(_school("s", {1: 2}), on=ON)
    alone = indicators.Snapshot(on=ON, values=(measured,), organization="m")
    nothing = indicators.Snapshot(on=ON, values=(), organization="n")
    assert indicators.merge(alone, nothing)["days_to_pair"].value == 12
    both = indicators.merge(alone, computed)["days_to_pair"]
    assert both.is_unmerged
    assert both.reported == 2
    assert both == indicators.merge(computed, alone)["days_to_pair"]
    with pytest.raises(ValidationError, match="a measured median has no"):
        _median(
            provenance=Provenance.MEASURED,
            numerator=3,
            denominator=1,
            distribution=((3, 1),),
        )


def test_a_measured_number_of_days_is_not_negative() -> None:
    either = attrs.evolve(indicators.CATALOG["days_to_pair"], source=Source.EITHER)
    catalog = indicators.CATALOG.without("days_to_pair").with_indicator(either)
    for days, paths in ((-1, ["$.value"]), (0, []), (12.5, [])):
        m = Measurement(indicator="days_to_pair", value=days, on=ON)
        found = indicators.measurement_problems(m, catalog=catalog)
        assert [p.path for p in found] == paths


def test_the_command_reports_the_median_of_each_school(tmp_path, capsys) -> None:
    from mentoring.cli import main

    path = tmp_path / "s.json"
    path.write_text(
        serialization.to_json(_school("s", {1: 2, 2: 3, 3: 40})), encoding="utf-8"
    )
    argv = ["indicators", str(path), "--format", "json", "--on", "2022-05-31"]
    assert main(argv) == 0
    import json

    rows = {r["code"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["days_to_pair"]["review"] == 3
