"""merge_all merges a chunk of snapshots column by column (every snapshot's
value of one code at once); the total must be the one that adding the
snapshots one value at a time gives, and ``functools.reduce(merge)``.
"""

import datetime as dt
import functools

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentoring import indicators as ind
from mentoring.errors import ValidationError
from mentoring.indicators import Kind, Provenance, Snapshot, Value, _aggregate
from mentoring.testing import strategies as ms

ON = dt.date(2022, 5, 31)
SETTINGS = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
        HealthCheck.function_scoped_fixture,  # the chunk size, the same for all
    ],
)
#: one code per kind, so that a column's values share their code and kind
CODES = {"a": Kind.STOCK, "b": Kind.RATE, "c": Kind.AVERAGE, "d": Kind.CUMULATIVE}


@st.composite
def _value(draw: st.DrawFn, code: str) -> Value:
    kind = CODES[code]
    value = draw(ms.indicator_values().filter(lambda v: v.kind is kind))
    return attrs.evolve(value, code=code)


@st.composite
def _snapshot(draw: st.DrawFn) -> Snapshot:
    codes = draw(
        st.sampled_from(
            [sorted(CODES), sorted(CODES), sorted(CODES), ["a", "c"], ["b"]]
        )
    )
    return Snapshot(
        on=ON,
        values=tuple(draw(_value(code)) for code in codes),
        organization=draw(st.sampled_from(["o1", "o2"])),
        district="d",
        organizations=draw(st.integers(1, 3)),
    )


def _one_by_one(snapshots: list[Snapshot], *, keep_ids: bool) -> Snapshot:
    total = _aggregate._Total(keep_ids=keep_ids)
    for snapshot in snapshots:
        total.add(snapshot)
    return total.snapshot()


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_aggregate, "_CHUNK", 3)  # several chunks, and a rest


@SETTINGS
@given(st.lists(_snapshot(), min_size=1, max_size=9), st.booleans())
def test_column_merge_equals_adding_one_value_at_a_time(
    small_chunks: None, snapshots: list[Snapshot], keep_ids: bool
) -> None:
    expected = _one_by_one(snapshots, keep_ids=keep_ids)
    assert ind.merge_all(snapshots, keep_ids=keep_ids) == expected
    assert ind.merge_all(iter(snapshots), keep_ids=keep_ids) == expected
    if keep_ids:
        assert functools.reduce(ind.merge, snapshots) == expected


@SETTINGS
@given(
    st.lists(ms.programs(max_mentors=3, max_mentees=4), min_size=1, max_size=7),
    st.booleans(),
)
def test_column_merge_of_computed_snapshots(
    small_chunks: None, programs: list, keep_ids: bool
) -> None:
    snapshots = [
        ind.compute(attrs.evolve(p, organization=f"s{i}", measurements=()), on=ON)
        for i, p in enumerate(programs)
    ]
    expected = _one_by_one(snapshots, keep_ids=keep_ids)
    assert ind.merge_all(snapshots, keep_ids=keep_ids) == expected
    if keep_ids:
        assert functools.reduce(ind.merge, snapshots) == expected


def test_a_chunk_with_a_problem_reports_it_at_its_path(small_chunks: None) -> None:
    count = Value(code="a", kind=Kind.STOCK, provenance=Provenance.COMPUTED)
    rate = Value(
        code="a", kind=Kind.RATE, provenance=Provenance.COMPUTED, denominator=1
    )
    snaps = [Snapshot(on=ON, values=(count,)) for _ in range(4)]
    snaps.insert(4, Snapshot(on=ON, values=(rate,)))
    snaps.insert(1, Snapshot(on=dt.date(2022, 6, 1), values=(count,)))
    with pytest.raises(ValidationError) as info:
        ind.merge_all(snaps)
    assert [p.path for p in info.value.problems] == ["$[1].on", "$[5].values[0].kind"]
