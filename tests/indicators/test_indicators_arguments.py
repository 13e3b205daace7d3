"""Every argument of every public function of :mod:`mentoring.indicators`,
:mod:`mentoring.labels` and :mod:`mentoring.export`, given a wrong type or
value, is refused with a :class:`~mentoring.ValidationError` naming it by its
path, never a ``TypeError`` or an ``AttributeError`` from deep inside."""

import datetime as dt
import math
from collections.abc import Callable

import pytest

import mentoring
from mentoring import AcademicYear, Measurement, PairStatus, Program, export, labels
from mentoring import indicators as ind

ON = dt.date(2022, 5, 31)
PROGRAM = Program(
    id="p", title="t", organization="school", year=AcademicYear.starting(2021)
)
SNAP = ind.compute(PROGRAM, on=ON)
REPORT = ind.compare(ind.compute(PROGRAM, on=dt.date(2021, 9, 1)), SNAP)
MEASUREMENT = Measurement(indicator="2.2", value=1, on=ON)
C = ind.CATALOG

#: (call, the path of the problem it must raise)
CASES: dict[str, tuple[Callable[[], object], str]] = {
    # compute
    "compute-programs-int": (lambda: ind.compute(5, on=ON), "$.programs"),
    "compute-programs-str": (lambda: ind.compute("p", on=ON), "$.programs"),
    "compute-programs-item": (lambda: ind.compute([PROGRAM, 5], on=ON), "$[1]"),
    "compute-on-str": (lambda: ind.compute(PROGRAM, on="2021-09-01"), "$.on"),
    "compute-on-none": (lambda: ind.compute(PROGRAM, on=None), "$.on"),
    "compute-on-datetime": (
        lambda: ind.compute(PROGRAM, on=dt.datetime(2022, 5, 31, tzinfo=dt.UTC)),
        "$.on",
    ),
    "compute-catalog": (lambda: ind.compute(PROGRAM, on=ON, catalog=[]), "$.catalog"),
    # compute_many
    "compute_many-programs-int": (lambda: ind.compute_many(5, on=ON), "$.programs"),
    "compute_many-programs-str": (
        lambda: ind.compute_many("p", on=ON),
        "$.programs",
    ),
    "compute_many-programs-one": (
        lambda: ind.compute_many(PROGRAM, on=ON),
        "$.programs",
    ),
    "compute_many-programs-item": (
        lambda: ind.compute_many([PROGRAM, 5], on=ON),
        "$[1]",
    ),
    "compute_many-on-str": (
        lambda: ind.compute_many([PROGRAM], on="2021-09-01"),
        "$.on",
    ),
    "compute_many-on-datetime": (
        lambda: ind.compute_many([PROGRAM], on=dt.datetime(2022, 5, 31, tzinfo=dt.UTC)),
        "$.on",
    ),
    "compute_many-catalog": (
        lambda: ind.compute_many([PROGRAM], on=ON, catalog=[]),
        "$.catalog",
    ),
    # compare
    "compare-start": (lambda: ind.compare("a", SNAP), "$.start"),
    "compare-review": (lambda: ind.compare(SNAP, "b"), "$.review"),
    "compare-targets-int": (lambda: ind.compare(SNAP, SNAP, targets=5), "$.targets"),
    "compare-targets-item": (
        lambda: ind.compare(SNAP, SNAP, targets=[("2.2", 1)]),
        "$.targets[0]",
    ),
    "compare-targets-nan": (
        lambda: ind.compare(SNAP, SNAP, targets={"2.2": math.nan}),
        "$.targets['2.2']",
    ),
    "compare-targets-inf": (
        lambda: ind.compare(SNAP, SNAP, targets={"2.2": math.inf}),
        "$.targets['2.2']",
    ),
    "compare-targets-str": (
        lambda: ind.compare(SNAP, SNAP, targets={"2.2": "3"}),
        "$.targets['2.2']",
    ),
    "compare-catalog": (lambda: ind.compare(SNAP, SNAP, catalog="c"), "$.catalog"),
    "target-value-nan": (lambda: ind.Target(code="2.2", value=math.nan), "$.value"),
    # effectiveness
    "effectiveness-report": (lambda: ind.effectiveness("x"), "$.report"),
    "effectiveness-weights": (
        lambda: ind.effectiveness(REPORT, weights=[1]),
        "$.weights",
    ),
    "effectiveness-weight-str": (
        lambda: ind.effectiveness(REPORT, weights={"plan_progress": "1"}),
        "$.weights['plan_progress']",
    ),
    "effectiveness-weight-nan": (
        lambda: ind.effectiveness(REPORT, weights={"plan_progress": math.nan}),
        "$.weights['plan_progress']",
    ),
    # merging
    "merge-a": (lambda: ind.merge(1, SNAP), "$.a"),
    "merge-b": (lambda: ind.merge(SNAP, None), "$.b"),
    "merge-keep_ids": (lambda: ind.merge(SNAP, SNAP, keep_ids="no"), "$.keep_ids"),
    "merge_all-snapshots": (lambda: ind.merge_all(5), "$.snapshots"),
    "pseudonymise-snapshot": (
        lambda: ind.pseudonymise(5, b"0123456789abcdef"),
        "$.snapshot",
    ),
    "pseudonymise-key-str": (lambda: ind.pseudonymise(SNAP, "secret"), "$.key"),
    "pseudonymise-key-short": (lambda: ind.pseudonymise(SNAP, b"short"), "$.key"),
    "key_id-key": (lambda: ind.key_id(None), "$.key"),
    "is_small-value": (lambda: ind.is_small(SNAP), "$.value"),
    "is_small-threshold": (
        lambda: ind.is_small(SNAP["2.2"], threshold="5"),
        "$.threshold",
    ),
    "compare-suppress": (lambda: ind.compare(SNAP, SNAP, suppress=-1), "$.suppress"),
    "merge_all-item": (lambda: ind.merge_all([SNAP, "x"]), "$[1]"),
    "merge_all-keep_ids": (lambda: ind.merge_all([SNAP], keep_ids=1), "$.keep_ids"),
    "group_by-snapshots": (lambda: ind.group_by(SNAP), "$.snapshots"),
    "group_by-item": (lambda: ind.group_by([SNAP, 3]), "$[1]"),
    "group_by-key-int": (lambda: ind.group_by([SNAP], 5), "$.key"),
    "group_by-key-name": (lambda: ind.group_by([SNAP], "country"), "$.key"),
    "group_by-key-result": (lambda: ind.group_by([SNAP], lambda s: s.on), "$[0].key"),
    "group_by-keep_ids": (lambda: ind.group_by([SNAP], keep_ids=None), "$.keep_ids"),
    # export
    **{
        f"{name}-{arg}": (
            lambda f=f, kwargs=kwargs: f(**kwargs),
            path,
        )
        for name, f in (
            ("rows", export.rows),
            ("to_csv", export.to_csv),
            ("to_json_rows", export.to_json_rows),
            ("to_table", export.to_table),
        )
        for arg, kwargs, path in (
            ("data", {"data": "x"}, "$.data"),
            ("lang-int", {"data": SNAP, "lang": 5}, "$.lang"),
            ("lang-unknown", {"data": REPORT, "lang": "de"}, "$.lang"),
            ("catalog", {"data": SNAP, "catalog": {}}, "$.catalog"),
        )
    },
    "to_csv-headers": (lambda: export.to_csv(SNAP, headers=5), "$.headers"),
    "to_table-columns": (lambda: export.to_table(SNAP, columns=5), "$.columns"),
    "to_table-column": (
        lambda: export.to_table(SNAP, columns=["code"]),
        "$.columns[0]",
    ),
    "to_table-width-str": (lambda: export.to_table(SNAP, width="wide"), "$.width"),
    "to_table-width-zero": (lambda: export.to_table(SNAP, width=0), "$.width"),
    # measurements
    "measurement_problems-measurement": (
        lambda: ind.measurement_problems("2.2"),
        "$.measurement",
    ),
    "measurement_problems-catalog": (
        lambda: ind.measurement_problems(MEASUREMENT, catalog=()),
        "$.catalog",
    ),
    "measurement_problems-organization": (
        lambda: ind.measurement_problems(MEASUREMENT, organization=5),
        "$.organization",
    ),
    # the catalogue
    "with_indicator": (lambda: C.with_indicator("2.2"), "$.indicators[0]"),
    "without": (lambda: C.without(5), "$.codes[0]"),
    "without-unknown": (lambda: C.without("2.2", "9.9"), "$.codes[1]"),
    "title-lang-unknown": (lambda: C["2.2"].title("de"), "$.lang"),
    "title-lang-int": (lambda: C["2.2"].title(5), "$.lang"),
    # labels
    "label-value": (lambda: labels.label(5, "en"), "$.value"),
    "label-lang-int": (lambda: labels.label(PairStatus.ACTIVE, 5), "$.lang"),
    "label-lang-none": (lambda: labels.label(PairStatus.ACTIVE, None), "$.lang"),
    "label-lang-unknown": (lambda: labels.label("2.2", "de"), "$.lang"),
    "label-lang-keyword": (lambda: labels.label("2.2", lang="de"), "$.lang"),
    "label-catalog": (lambda: labels.label("2.2", "en", catalog=5), "$.catalog"),
    "humanize-value": (lambda: labels.humanize(None), "$.value"),
    "missing_labels-langs": (lambda: labels.missing_labels("ru"), "$.langs"),
    "missing_labels-lang": (
        lambda: labels.missing_labels(("ru", "de")),
        "$.langs[1]",
    ),
    "missing_labels-lang-region": (
        lambda: labels.missing_labels(("ru-RU",)),
        "$.langs[0]",
    ),
    "missing_labels-catalog": (
        lambda: labels.missing_labels(catalog="c"),
        "$.catalog",
    ),
}


@pytest.mark.parametrize(("call", "path"), CASES.values(), ids=list(CASES))
def test_a_wrong_argument_is_refused_with_its_path(call, path):
    with pytest.raises(mentoring.ValidationError) as err:
        call()
    assert path in [p.path for p in err.value.problems], err.value.problems


def test_every_public_function_is_covered():
    covered = {name.split("-", 1)[0] for name in CASES}
    functions = {
        name
        for module in (ind, labels, export)
        for name in module.__all__
        if callable(getattr(module, name))
        and not isinstance(getattr(module, name), type)
    }
    assert functions <= covered, functions - covered


def test_every_wrong_argument_is_listed_at_once():
    with pytest.raises(mentoring.ValidationError) as err:
        ind.compute(5, on="today", catalog=None)
    assert [p.path for p in err.value.problems] == ["$.programs", "$.on", "$.catalog"]
    with pytest.raises(mentoring.ValidationError) as err:
        export.to_table(None, lang="de", width=-1)
    assert [p.path for p in err.value.problems] == ["$.data", "$.lang", "$.width"]


def test_the_same_mistake_reads_the_same_everywhere():
    # One vocabulary: "expected X, got Y" for types, "must be one of" for
    # choices, "must be >= / within" for ranges, each with its code.
    with pytest.raises(mentoring.ValidationError) as err:
        export.to_table(None, lang="de", width=-1, columns=[5])
    assert err.value.subject == "arguments of to_table"
    assert [(str(p), p.code) for p in err.value.problems] == [
        ("$.data: expected a Snapshot or a Report, got NoneType None", "type"),
        ("$.lang: must be one of 'en', 'ru', 'ro', 'kk'; got 'de'", "choice"),
        ("$.columns[0]: expected a Column, got int 5", "type"),
        ("$.width: must be >= 1, got -1", "range"),
    ]
    with pytest.raises(mentoring.ValidationError) as err:
        ind.compute(5, on="today", catalog=None)
    assert err.value.subject == "arguments of compute"
    assert [str(p) for p in err.value.problems] == [
        "$.programs: expected a Program or an iterable of Program, got int 5",
        "$.on: expected a date, got str 'today'",
        "$.catalog: expected a Catalog, got NoneType None",
    ]
    with pytest.raises(mentoring.ValidationError) as err:
        labels.label(5, 7)
    assert [str(p) for p in err.value.problems] == [
        "$.value: expected an Enum or an Indicator or a str, got int 5",
        "$.lang: expected a language code (str), got int 7",
    ]
    with pytest.raises(mentoring.ValidationError) as err:
        ind.merge(SNAP, SNAP, keep_ids="no")
    assert str(err.value.problems[0]) == "$.keep_ids: expected a bool, got str 'no'"
    with pytest.raises(mentoring.ValidationError) as err:
        C.without("2.2", "9.9")
    assert [(str(p), p.code) for p in err.value.problems] == [
        ("$.codes[1]: no indicator with code '9.9' in the catalogue", "unknown_id")
    ]
    with pytest.raises(mentoring.ValidationError) as err:
        ind.group_by([SNAP], "country")
    assert str(err.value.problems[0]) == (
        "$.key: must be one of 'organization', 'district', 'region'; got 'country'"
    )
    with pytest.raises(mentoring.ValidationError) as err:
        ind.effectiveness(REPORT, weights={"speed": 1, "plan_progress": -1})
    assert [(str(p), p.code) for p in err.value.problems] == [
        (
            (
                "$.weights['speed']: unknown key; expected one of:"
                " indicators_improved, outcomes_improved, plan_progress,"
                " targets_attained"
            ),
            "unknown_key",
        ),
        ("$.weights['plan_progress']: a weight must be >= 0, got -1", "range"),
    ]
