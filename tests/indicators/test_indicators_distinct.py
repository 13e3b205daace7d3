"""A merge counts every person once: the Moldovan network of national
mentors (seeds 001/002), pseudonymised snapshots, and the merge laws with
people shared between organizations.
"""

import datetime as dt
import functools

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentoring import AcademicYear, Mentee, Mentor, Person, Program, indicators
from mentoring._enums import CertificationKind
from mentoring.errors import ValidationError
from mentoring.model import Certification
from mentoring.testing import strategies as ms

YEAR = AcademicYear.starting(2024)
ON = dt.date(2025, 6, 27)  # the certification sessions of 23-27 June 2025
KEY = b"the district office's secret key"


def _national(i: int) -> Mentor:
    """A national mentor: one person, with one id, in every district."""
    person = Person(
        id=f"md-national-{i}",
        name=f"Mentor național {i}",
        certifications=(
            Certification(
                kind=CertificationKind.NATIONAL_MENTOR, obtained_on=dt.date(2023, 6, 1)
            ),
        ),
    )
    return Mentor(person=person, capacity=15)


def _trainee(district: str, i: int) -> Mentee:
    person = Person(
        id=f"{district}-institutional-{i}",
        name=f"Mentor instituțional {district} {i}",
        certifications=(
            Certification(
                kind=CertificationKind.INSTITUTIONAL_MENTOR,
                obtained_on=dt.date(2025, 6, 25),
            ),
        ),
    )
    return Mentee(person=person)


NATIONALS = tuple(_national(i) for i in range(1, 4))


def _district(name: str, trainees: int = 15) -> Program:
    return Program(
        id=f"inel-{name}",
        title=f"Formarea mentorilor instituționali, {name}",
        organization=f"inel-{name}",
        district=name,
        region="md",
        year=YEAR,
        mentors=NATIONALS,
        mentees=tuple(_trainee(name, i) for i in range(1, trainees + 1)),
    )


def _as_one(*programs: Program) -> Program:
    mentors = {m.id: m for p in programs for m in p.mentors}
    mentees = {m.id: m for p in programs for m in p.mentees}
    return Program(
        id="inel",
        title="Formarea mentorilor instituționali",
        organization="inel",
        year=YEAR,
        mentors=tuple(mentors.values()),
        mentees=tuple(mentees.values()),
    )


def test_three_national_mentors_in_two_districts_count_once() -> None:
    briceni, taraclia = _district("briceni"), _district("taraclia")
    merged = indicators.merge(
        indicators.compute(briceni, on=ON), indicators.compute(taraclia, on=ON)
    )
    one = indicators.compute(_as_one(briceni, taraclia), on=ON)
    assert (merged.value("2.1"), merged.value("2.2")) == (33, 3)
    assert (one.value("2.1"), one.value("2.2")) == (33, 3)
    for code in ("2.1", "2.2"):
        assert merged[code].value == len(merged[code].ids)
        assert merged[code].ids == one[code].ids
    # computed together, the two districts are the same merge
    together = indicators.compute([briceni, taraclia], on=ON)
    assert together.value("2.1") == 33


def test_pseudonymised_snapshots_merge_exactly_and_hide_the_ids() -> None:
    snaps = [
        indicators.pseudonymise(indicators.compute(_district(d), on=ON), KEY)
        for d in ("briceni", "taraclia")
    ]
    merged = indicators.merge(*snaps)
    assert (merged.value("2.1"), merged.value("2.2")) == (33, 3)
    assert merged.key_id == indicators.key_id(KEY)
    every_id = {i for v in merged for i in v.ids | v.denominator_ids}
    assert every_id
    assert not any(i.startswith(("md-", "briceni", "taraclia")) for i in every_id)


def test_dropped_ids_add_and_say_so() -> None:
    snaps = [indicators.compute(_district(d), on=ON) for d in ("briceni", "taraclia")]
    merged = indicators.merge(*snaps, keep_ids=False)
    assert (merged.value("2.1"), merged.value("2.2")) == (36, 6)
    assert merged["2.1"].ids_dropped
    assert not merged["2.1"].ids


def test_different_keys_do_not_merge() -> None:
    a = indicators.pseudonymise(indicators.compute(_district("a"), on=ON), KEY)
    b = indicators.pseudonymise(
        indicators.compute(_district("b"), on=ON), b"another district's key!"
    )
    raw = indicators.compute(_district("c"), on=ON)
    for other in (b, raw):
        with pytest.raises(ValidationError, match="key_id"):
            indicators.merge(a, other)


def test_a_key_too_short_or_twice_is_refused() -> None:
    snap = indicators.compute(_district("a", trainees=1), on=ON)
    with pytest.raises(ValidationError, match=r"\$\.key"):
        indicators.pseudonymise(snap, b"short")
    once = indicators.pseudonymise(snap, KEY)
    with pytest.raises(ValidationError, match="already pseudonymised"):
        indicators.pseudonymise(once, KEY)


def test_shares_of_shared_people_are_counted_over_distinct_people() -> None:
    # one mentee on the books of two schools is one mentee of the district
    person = Person(id="shared-mentee", name="Ana")
    schools = [
        Program(
            id=f"p{i}",
            title="t",
            organization=f"school-{i}",
            year=YEAR,
            mentees=(Mentee(person=person),),
        )
        for i in (1, 2)
    ]
    merged = indicators.compute(schools, on=ON)
    assert merged["match_rate"].denominator == 1
    assert merged["match_rate"].denominator_ids == frozenset({"shared-mentee"})


# -- the merge laws, with people shared between organizations --------------------

POOL = tuple(
    Mentor(
        person=Person(
            id=f"t{i}",
            name=f"Teacher {i}",
            certifications=(
                Certification(
                    kind=CertificationKind.MENTORING_TRAINING,
                    obtained_on=dt.date(2024, 1, 1),
                ),
            )
            if i % 2
            else (),
        )
    )
    for i in range(8)
)


def _school(index: int, chosen: frozenset[int]) -> Program:
    return Program(
        id=f"p{index}",
        title="t",
        organization=f"school-{index}",
        district="d",
        year=YEAR,
        mentors=tuple(POOL[i] for i in sorted(chosen)),
    )


_schools = st.lists(
    st.frozensets(st.integers(0, len(POOL) - 1), max_size=len(POOL)),
    min_size=1,
    max_size=5,
).map(lambda picks: [_school(i, c) for i, c in enumerate(picks)])

_CODES = ("2.1", "2.2", "match_rate")


def _numbers(snapshot: indicators.Snapshot) -> dict[str, tuple[object, ...]]:
    return {
        c: (v.numerator, v.denominator, v.ids, v.denominator_ids)
        for c in _CODES
        if (v := snapshot[c]) is not None
    }


@settings(max_examples=40, deadline=None)
@given(schools=_schools, key=st.sampled_from((None, KEY)), data=st.data())
def test_merge_laws_with_shared_people(
    schools: list[Program], key: bytes | None, data: st.DataObject
) -> None:
    snaps = [indicators.compute(p, on=ON) for p in schools]
    if key is not None:
        snaps = [indicators.pseudonymise(s, key) for s in snaps]
    shuffled = data.draw(st.permutations(snaps))
    left = functools.reduce(indicators.merge, snaps)
    right = functools.reduce(lambda a, b: indicators.merge(b, a), reversed(shuffled))
    assert _numbers(left) == _numbers(right)  # commutative and associative
    # equal to computing on the union of the schools' people
    union = {m.id: m for p in schools for m in p.mentors}
    one = Program(
        id="u", title="u", organization="u", year=YEAR, mentors=tuple(union.values())
    )
    whole = indicators.compute(one, on=ON)
    if key is not None:
        whole = indicators.pseudonymise(whole, key)
    for code in ("2.1", "2.2"):
        assert left[code].numerator == whole[code].numerator == len(left[code].ids)
        assert left[code].ids == whole[code].ids


@settings(max_examples=60, deadline=None)
@given(ms.snapshots())
def test_a_pseudonymised_snapshot_passes_the_checks_it_skips(snapshot) -> None:
    # pseudonymise renames ids one for one without re-running the checks
    # (values and snapshot): the public constructors must accept its result
    if snapshot.key_id:
        return
    hidden = indicators.pseudonymise(snapshot, KEY)
    rebuilt = indicators.Snapshot(
        on=hidden.on,
        values=tuple(attrs.evolve(v) for v in hidden.values),
        organization=hidden.organization,
        district=hidden.district,
        region=hidden.region,
        organizations=hidden.organizations,
        key_id=hidden.key_id,
        organization_name=hidden.organization_name,
    )
    assert rebuilt == hidden
    assert attrs.evolve(hidden, values=snapshot.values, key_id="") == snapshot
    assert [v.code for v in hidden] == [v.code for v in snapshot]
    for before, after in zip(snapshot, hidden, strict=True):
        assert len(after.ids) == len(before.ids)
        assert len(after.denominator_ids) == len(before.denominator_ids)
        assert {n for _, n in after.per_id} == {n for _, n in before.per_id}
        assert after.numerator == before.numerator
