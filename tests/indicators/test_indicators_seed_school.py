"""The seed's school (S004): one young specialist, two newly arrived teachers,
their mentors and the curator, events and achievements; the counts its
indicator definitions imply, at the programme start and at the review."""

import datetime as dt

import pytest

from mentoring import (
    AcademicYear,
    Achievement,
    AchievementKind,
    Activity,
    ActivityStatus,
    Certification,
    CertificationKind,
    Event,
    EventKind,
    Measurement,
    Mentee,
    MenteeCategory,
    Mentor,
    MentorFunction,
    MentoringPlan,
    MentorOrigin,
    Pair,
    Person,
    Program,
    ReviewKind,
    Scope,
    SurveyResponse,
    ValidationError,
    WorkMethod,
    export,
)
from mentoring import indicators as ind
from mentoring.indicators import Provenance, Verdict

SCHOOL = "omsk-school-12"
START = dt.date(2021, 9, 1)
REVIEW = dt.date(2022, 5, 31)
YEAR = AcademicYear.starting(2021)
F = MentorFunction


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def person(pid: str, **kw: object) -> Person:
    kw.setdefault("organization", SCHOOL)
    return Person(id=pid, name=pid.upper(), **kw)  # type: ignore[arg-type]


# The curator heads the district methodical association of technology
# teachers: she works for the district, not the school.
CURATOR = person(
    "curator",
    organization="district-rmo",
    certifications=(
        Certification(
            kind=CertificationKind.MENTORING_TRAINING, obtained_on=d("2020-03-01")
        ),
    ),
)
SUBJECT_MENTOR = person(
    "subject-mentor",
    certifications=(
        Certification(
            kind=CertificationKind.MENTORING_TRAINING, obtained_on=d("2021-11-15")
        ),
    ),
)
PARALLEL = person(
    "parallel",
    certifications=(
        Certification(kind=CertificationKind.NIS_LEVEL_2, obtained_on=d("2019-05-01")),
    ),
)
GRADUATE = person("graduate", origin=MentorOrigin.GRADUATE, organization="")
ENGINEER = person(
    "engineer", origin=MentorOrigin.ENTERPRISE_EMPLOYEE, organization="plant"
)
YOUNG = person("young", experience_years=1)
NEW_1 = person("new-1", experience_years=12)
NEW_2 = person("new-2", experience_years=7)


def pair(
    pid: str, mentor: str, mentee: str, function: F, *steps: tuple[str, str]
) -> Pair:
    p = Pair.propose(
        id=pid, mentor_id=mentor, mentee_id=mentee, on=START, function=function
    )
    for action, day in steps:
        p = getattr(p, action)(on=d(day))
    return p


def school_programme() -> Program:
    mentors = (
        Mentor(person=SUBJECT_MENTOR, capacity=1, functions=frozenset({F.SUBJECT})),
        Mentor(person=CURATOR, capacity=2, functions=frozenset({F.CONSULTANT})),
        Mentor(
            person=PARALLEL, capacity=2, functions=frozenset({F.PARALLEL_COLLEAGUE})
        ),
        Mentor(person=GRADUATE, capacity=1, functions=frozenset({F.CONSULTANT})),
        Mentor(person=ENGINEER, capacity=1, functions=frozenset({F.SUBJECT})),
    )
    mentees = (
        Mentee(person=YOUNG, requested_on=d("2021-08-25")),
        Mentee(
            person=NEW_1,
            category=MenteeCategory.NEWLY_ARRIVED,
            requested_on=d("2021-09-02"),
        ),
        Mentee(person=NEW_2, category=MenteeCategory.NEWLY_ARRIVED),
    )
    g = Pair.propose(
        id="p6", mentor_id="graduate", mentee_id="young", on=d("2021-09-15")
    ).dissolve(on=d("2021-09-20"), reason="declined")
    e = Pair.propose(
        id="p7",
        mentor_id="engineer",
        mentee_id="new-1",
        on=d("2021-10-01"),
        function=F.SUBJECT,
    ).activate(on=d("2021-10-05"))
    pairs = (
        pair(
            "p1",
            "subject-mentor",
            "young",
            F.SUBJECT,
            ("activate", "2021-09-06"),
            ("complete", "2022-05-27"),
        ),
        pair("p2", "curator", "new-1", F.CONSULTANT, ("activate", "2021-09-06")),
        pair("p3", "curator", "new-2", F.CONSULTANT, ("activate", "2021-09-06")),
        pair(
            "p4",
            "parallel",
            "new-1",
            F.PARALLEL_COLLEAGUE,
            ("activate", "2021-09-06"),
            ("pause", "2022-01-10"),
        ),
        pair(
            "p5",
            "parallel",
            "new-2",
            F.PARALLEL_COLLEAGUE,
            ("activate", "2021-09-06"),
            ("dissolve", "2022-02-01"),
        ),
        g,
        e,
    )
    plan = MentoringPlan(
        id="plan-1",
        pair_id="p1",
        goal="выявление приоритетных вопросов",
        start=d("2021-09-06"),
        end=d("2022-05-27"),
        activities=(
            Activity(
                id="a1",
                title="КСП",
                method=WorkMethod.JOINT_LESSON_PLANNING,
                due=d("2021-10-01"),
                status=ActivityStatus.DONE,
                done_on=d("2021-09-30"),
            ),
            Activity(
                id="a2",
                title="Коучинг",
                method=WorkMethod.COACHING,
                due=d("2022-03-01"),
            ),
        ),
    )
    events = (
        Event(
            id="e1",
            kind=EventKind.SCIENTIFIC_PRACTICAL,
            title="Районная НПК",
            on=d("2021-10-20"),
            organizer="district-rmo",
            participant_ids=frozenset({"young", "subject-mentor", "engineer"}),
        ),
        Event(
            id="e2",
            kind=EventKind.SEMINAR,
            title="Школьный семинар",
            on=d("2022-02-10"),
            organizer=SCHOOL,
            participant_ids=frozenset({"new-1", "new-2", "parallel"}),
        ),
        Event(
            id="e3",
            kind=EventKind.PEDAGOGICAL_COUNCIL,
            title="Педсовет",
            on=d("2022-05-20"),
            organizer=SCHOOL,
            participant_ids=frozenset({"young", "new-1", "new-2"}),
        ),
        Event(
            id="e4",
            kind=EventKind.WEBINAR,
            title="Региональный вебинар",
            on=d("2022-03-05"),
            organizer="regional-centre",
            participant_ids=frozenset({"new-2", "curator"}),
        ),
        Event(
            id="e5",
            kind=EventKind.TRAINING,
            title="Курсы",
            on=d("2021-11-15"),
            organizer="iro",
            participant_ids=frozenset({"subject-mentor"}),
        ),
    )
    achievements = (
        Achievement(
            id="a-31",
            person_id="new-1",
            kind=AchievementKind.MANAGEMENT_RESERVE,
            on=d("2022-04-10"),
        ),
        Achievement(
            id="a-32",
            person_id="new-2",
            kind=AchievementKind.PROJECT_LEADERSHIP,
            on=d("2022-03-15"),
        ),
        Achievement(
            id="a-32m",
            person_id="subject-mentor",
            kind=AchievementKind.PROJECT_LEADERSHIP,
            on=d("2022-03-15"),
        ),
        Achievement(
            id="a-33a",
            person_id="young",
            kind=AchievementKind.COMPETITION,
            on=d("2022-02-01"),
        ),
        Achievement(
            id="a-33b",
            person_id="young",
            kind=AchievementKind.COMPETITION,
            on=d("2022-03-01"),
        ),
        Achievement(
            id="a-33c",
            person_id="new-1",
            kind=AchievementKind.COMPETITION,
            on=d("2022-06-15"),
        ),
        Achievement(
            id="pub-1",
            person_id="young",
            kind=AchievementKind.PUBLICATION,
            on=d("2022-01-20"),
        ),
        Achievement(
            id="pub-2",
            person_id="young",
            kind=AchievementKind.METHODICAL_PRACTICE,
            on=d("2022-04-01"),
        ),
        Achievement(
            id="pub-m",
            person_id="subject-mentor",
            kind=AchievementKind.PUBLICATION,
            on=d("2022-01-20"),
        ),
        Achievement(
            id="rev-1",
            person_id="curator",
            kind=AchievementKind.PRACTICE_EXPERT_REVIEW,
            on=d("2022-03-20"),
            scope=Scope.REGIONAL,
        ),
        Achievement(
            id="rev-2",
            person_id="parallel",
            kind=AchievementKind.PRACTICE_EXPERT_REVIEW,
            on=d("2022-03-20"),
            scope=Scope.DISTRICT,
        ),
    )
    base, final = ReviewKind.BASELINE, ReviewKind.FINAL
    surveys = (
        SurveyResponse(
            id="s1",
            person_id="young",
            on=START,
            review=base,
            satisfaction=3,
            intends_to_stay=True,
            conflicts_with_staff=1,
            conflicts_with_parents=2,
        ),
        SurveyResponse(
            id="s2",
            person_id="new-1",
            on=START,
            review=base,
            satisfaction=2,
            intends_to_stay=False,
            conflicts_with_staff=2,
            conflicts_with_parents=1,
        ),
        SurveyResponse(
            id="s3",
            person_id="new-2",
            on=START,
            review=base,
            satisfaction=4,
            intends_to_stay=True,
            conflicts_with_staff=0,
            conflicts_with_parents=0,
        ),
        SurveyResponse(
            id="s4",
            person_id="young",
            on=d("2022-05-25"),
            review=final,
            satisfaction=4,
            intends_to_stay=True,
            conflicts_with_staff=0,
            conflicts_with_parents=1,
        ),
        SurveyResponse(
            id="s5",
            person_id="new-1",
            on=d("2022-05-25"),
            review=final,
            satisfaction=4,
            intends_to_stay=True,
            conflicts_with_staff=1,
            conflicts_with_parents=0,
        ),
        SurveyResponse(
            id="s6",
            person_id="new-2",
            on=d("2022-05-25"),
            review=final,
            satisfaction=5,
            conflicts_with_staff=0,
            conflicts_with_parents=0,
        ),
        # the curator's answers are not a mentee's: not counted
        SurveyResponse(
            id="s7",
            person_id="curator",
            on=d("2022-05-25"),
            review=final,
            satisfaction=1,
        ),
    )
    measurements = (
        Measurement(
            indicator="academic_performance", value=0.52, on=START, review=base
        ),
        Measurement(
            indicator="academic_performance",
            value=0.61,
            on=d("2022-05-30"),
            review=final,
        ),
    )
    program = Program(
        id="omsk-2021",
        title="Программа наставничества 2021-2022",
        organization=SCHOOL,
        district="omsk-district",
        region="omsk-region",
        jurisdiction="ru",
        year=YEAR,
        curator=CURATOR,
        mentors=mentors,
        mentees=mentees,
        pairs=pairs,
        plans=(plan,),
        events=events,
        achievements=achievements,
        measurements=measurements,
        surveys=surveys,
    )
    return program.check()


@pytest.fixture(scope="module")
def programme() -> Program:
    return school_programme()


@pytest.fixture(scope="module")
def start(programme: Program) -> ind.Snapshot:
    return ind.compute(programme, on=START)


@pytest.fixture(scope="module")
def review(programme: Program) -> ind.Snapshot:
    return ind.compute(programme, on=REVIEW)


def ids(snapshot: ind.Snapshot, code: str) -> set[str]:
    return set(snapshot[code].ids)


def test_indicator_1_2_counts_requests_on_file_by_the_date(start, review):
    assert ids(start, "1.2") == {"young"}
    assert ids(review, "1.2") == {"young", "new-1"}
    assert review.value("1.2") == 2


def test_indicator_2_1_counts_mentoring_certificates_held_by_the_date(start, review):
    # the NIS level-2 certificate is not a mentoring training
    assert ids(start, "2.1") == {"curator"}
    assert ids(review, "2.1") == {"curator", "subject-mentor"}


def test_indicators_2_2_to_2_6_count_enrolled_mentors_by_origin(review):
    assert ids(review, "2.2") == {"subject-mentor", "curator", "parallel"}
    assert ids(review, "2.3") == {"graduate"}
    assert ids(review, "2.4") == {"engineer"}
    assert review.value("2.5") == 0
    assert review.value("2.6") == 0


def test_group_3_counts_mentees_with_achievements_in_the_year_up_to_the_date(
    start, review
):
    assert ids(review, "3.1") == {"new-1"}
    assert ids(review, "3.2") == {"new-2"}  # the mentor's project does not count
    assert ids(review, "3.3") == {"young"}  # a person, twice; June is after the review
    assert [start.value(c) for c in ("3.1", "3.2", "3.3")] == [0, 0, 0]


def test_indicator_3_4_is_computed_from_the_year_alone_without_an_earlier_one(
    start, review
):
    # seed 004 asks for 3.4 at the start and at the review of its first year:
    # 0 both times, and the value says no earlier year was given
    for snap in (start, review):
        assert snap["3.4"].provenance is Provenance.COMPUTED
        assert snap.value("3.4") == 0
        assert "no earlier programme year" in snap["3.4"].note


def test_indicator_3_4_counts_a_mentee_who_becomes_a_mentor_within_the_year():

    from mentoring import (
        AcademicYear,
        Mentee,
        Mentor,
        Pair,
        Person,
        Program,
        indicators,
    )

    year = AcademicYear.starting(2021)
    new, old, junior = (Person(id=i, name=i) for i in ("new", "old", "junior"))
    as_mentee = Pair.propose(
        id="p1", mentor_id="old", mentee_id="new", on=dt.date(2021, 9, 1)
    ).activate(on=dt.date(2021, 9, 6))
    as_mentor = Pair.propose(
        id="p2", mentor_id="new", mentee_id="junior", on=dt.date(2022, 2, 1)
    ).activate(on=dt.date(2022, 2, 7))
    program = Program(
        id="p",
        title="t",
        organization="o",
        year=year,
        mentors=(Mentor(person=old), Mentor(person=new)),
        mentees=(Mentee(person=new), Mentee(person=junior)),
        pairs=(as_mentee, as_mentor),
    )
    assert indicators.compute(program, on=dt.date(2021, 12, 1)).value("3.4") == 0
    after = indicators.compute(program, on=dt.date(2022, 5, 31))
    assert after["3.4"].ids == frozenset({"new"})
    assert after.value("3.4") == 1


def test_group_4_counts_scientific_practical_events(start, review):
    # 4.1: teachers of the school at events of other organizations (the
    # curator works for the district; the training is not such an event)
    assert ids(review, "4.1") == {"young", "subject-mentor", "new-2"}
    # 4.2: the enterprise engineer of pair p7 took part in the district's event
    assert ids(review, "4.2") == {"engineer"}
    # 4.3: the school's seminar; the pedagogical council is not counted
    assert ids(review, "4.3") == {"e2"}
    # 4.4: the regional review; a district one is below the seed's levels
    assert ids(review, "4.4") == {"rev-1"}
    assert [start.value(c) for c in ("4.1", "4.2", "4.3", "4.4")] == [0, 0, 0, 0]


def test_expected_outcomes_at_the_start_and_the_review(start, review):
    assert start.value("satisfaction") == 3.0
    assert review.value("satisfaction") == pytest.approx(13 / 3)
    assert start["retention_intent"].numerator == 2
    assert start["retention_intent"].denominator == 3
    # new-2 did not answer in May: her September answer stands
    assert review.value("retention_intent") == 1.0
    assert start.value("conflicts") == 6
    assert review.value("conflicts") == 2
    assert ids(review, "publications") == {"pub-1", "pub-2"}
    perf = review["academic_performance"]
    assert perf.provenance is Provenance.MEASURED
    assert perf.value == 0.61
    assert perf.measured_on == d("2022-05-30")
    assert start.value("academic_performance") == 0.52


def test_programme_metrics_follow_the_pairs_history(start, review):
    assert start.value("pairs_proposed") == 5
    assert start.value("match_rate") == 0
    assert start.value("completion_rate") is None  # no pair had started
    assert [
        review.value(f"pairs_{s}")
        for s in ("proposed", "active", "paused", "completed", "dissolved")
    ] == [
        0,
        3,
        1,
        1,
        2,
    ]
    assert review.value("match_rate") == 1.0
    util = review["mentor_utilization"]
    assert (util.numerator, util.denominator) == (4, 7)
    rate = review["completion_rate"]
    assert (rate.numerator, rate.denominator, rate.ids) == (1, 6, frozenset({"p1"}))
    early = review["early_dissolution_rate"]
    assert (early.numerator, early.denominator, early.ids) == (1, 6, frozenset({"p5"}))
    assert review.value("mentee_retention") == 1.0


def test_plan_progress_is_the_mean_of_the_scoring_function(programme, review):
    from mentoring.progress import plan_progress

    expected = plan_progress(programme.plans[0], on=REVIEW).value
    value = review["plan_progress"]
    assert (value.denominator, value.ids) == (1, frozenset({"plan-1"}))
    assert value.value == pytest.approx(expected)


def test_health_signal_share_counts_active_pairs_with_a_signal(programme, review):
    from mentoring.health import program_signals

    active = {"p2", "p3", "p7"}
    flagged = {s.pair_id for s in program_signals(programme, on=REVIEW)} & active
    value = review["health_signal_share"]
    assert value.denominator == 3
    assert value.ids == frozenset(flagged)


def test_every_computed_value_is_audited_by_its_ids(review):
    for v in review:
        if (
            v.provenance is Provenance.COMPUTED
            and v.kind.is_count
            and v.code != "conflicts"
        ):
            assert v.numerator == len(v.ids), v.code


def test_indicator_3_4_counts_the_mentee_who_became_a_mentor_the_following_year():
    this_year = school_programme()
    last_year = Program(
        id="omsk-2020",
        title="2020-2021",
        organization=SCHOOL,
        year=AcademicYear.starting(2020),
        curator=CURATOR,
        mentors=(Mentor(person=CURATOR, capacity=2),),
        # subject-mentor was a mentee last year and mentors now: counted.
        # new-2 was a mentee last year and is a mentee again: not counted.
        mentees=(Mentee(person=SUBJECT_MENTOR), Mentee(person=NEW_2)),
    )
    two_years_ago = Program(
        id="omsk-2019",
        title="2019-2020",
        organization=SCHOOL,
        year=AcademicYear.starting(2019),
        # parallel was a mentee two years ago: not consecutive, not counted.
        mentees=(Mentee(person=PARALLEL),),
    )
    elsewhere = Program(
        id="other-2020",
        title="2020-2021",
        organization="other-school",
        year=AcademicYear.starting(2020),
        # the engineer was a mentee at another organization: not counted.
        mentees=(Mentee(person=ENGINEER),),
    )
    school = ind.compute([two_years_ago, this_year, last_year], on=REVIEW)
    assert school["3.4"].ids == frozenset({"subject-mentor"})
    assert school.value("3.4") == 1
    # last year's records do not leak into this year's counts
    assert school["2.2"].ids == ind.compute(this_year, on=REVIEW)["2.2"].ids
    both = ind.compute([elsewhere, last_year, this_year, two_years_ago], on=REVIEW)
    assert both["3.4"].ids == frozenset({"subject-mentor"})
    # the other school has no previous year: its 3.4 is of this year alone
    assert both["3.4"].missing == 0
    assert "no earlier programme year" in both["3.4"].note


def test_compare_start_and_review_of_the_seed_school(start, review):
    report = ind.compare(
        start, review, targets={"2.1": 2, "conflicts": 3, "match_rate": 0.9}
    )
    c = report["2.1"]
    assert (c.start, c.review, c.delta, c.growth, c.verdict) == (
        1,
        2,
        1,
        1.0,
        Verdict.IMPROVED,
    )
    assert c.attained is True
    conflicts = report["conflicts"]
    assert conflicts.verdict is Verdict.IMPROVED  # fewer is better
    assert conflicts.attained is True
    assert report["4.3"].growth is None  # the start is 0
    assert report["3.4"].verdict is Verdict.UNCHANGED  # 0 and 0: the first year
    assert report["pairs_dissolved"].verdict is Verdict.WORSENED
    score = ind.effectiveness(report)
    assert 0 < score.value <= 1
    assert {p.criterion for p in score.parts} == {
        "indicators_improved",
        "targets_attained",
        "plan_progress",
        "outcomes_improved",
    }
    outcomes = score.part("outcomes_improved")
    assert outcomes.raw == 1.0  # all five moved the good way
    assert score.part("targets_attained").raw == 1.0


def test_measured_value_wins_over_the_records(programme):
    extra = Measurement(
        indicator="2.2", value=10, on=d("2022-05-01"), review=ReviewKind.INTERMEDIATE
    )
    import attrs

    changed = attrs.evolve(programme, measurements=(*programme.measurements, extra))
    snap = ind.compute(changed, on=REVIEW)
    assert snap.value("2.2") == 10
    assert snap["2.2"].provenance is Provenance.MEASURED
    assert (
        ind.compute(changed, on=d("2022-04-30"))["2.2"].provenance
        is Provenance.COMPUTED
    )


def test_export_in_russian_and_romanian(review):
    rows = export.rows(review, lang="ru")
    first = rows[0]
    assert first["code"] == "1.2"
    assert first["indicator"].startswith("Количество педагогов, подавших запрос")
    assert first["ids"] == ["new-1", "young"]
    table = export.to_table(review, lang="ro")
    assert "Mentori din rândul cadrelor didactice" in table
    csv_text = export.to_csv(review, lang="ro", headers="labels")
    assert csv_text.splitlines()[0].startswith("Data,Instituție")
    assert '"code": "1.2"' in export.to_json_rows(review)


def test_a_review_dated_before_the_start_is_refused(start, review):
    with pytest.raises(ValidationError) as err:
        ind.compare(review, start)
    assert [p.path for p in err.value.problems] == ["$.review.on"]
