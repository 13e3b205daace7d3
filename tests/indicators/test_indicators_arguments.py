"""Every argument of every public function of :mod:`mentoring.indicators` and
:mod:`mentoring.labels`, given a wrong type or value, is refused with a
:class:`~mentoring.ValidationError` naming it by its path, never a
``TypeError`` or an ``AttributeError`` from deep inside."""

import datetime as dt
import math
from collections.abc import Callable

import pytest

import mentoring
from mentoring import AcademicYear, Measurement, PairStatus, Program, labels
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
            ("rows", ind.rows),
            ("to_csv", ind.to_csv),
            ("to_json", ind.to_json),
            ("to_table", ind.to_table),
        )
        for arg, kwargs, path in (
            ("data", {"data": "x"}, "$.data"),
            ("lang-int", {"data": SNAP, "lang": 5}, "$.lang"),
            ("lang-unknown", {"data": REPORT, "lang": "de"}, "$.lang"),
            ("catalog", {"data": SNAP, "catalog": {}}, "$.catalog"),
        )
    },
    "to_csv-headers": (lambda: ind.to_csv(SNAP, headers=5), "$.headers"),
    "to_table-columns": (lambda: ind.to_table(SNAP, columns=5), "$.columns"),
    "to_table-column": (lambda: ind.to_table(SNAP, columns=["code"]), "$.columns[0]"),
    "to_table-width-str": (lambda: ind.to_table(SNAP, width="wide"), "$.width"),
    "to_table-width-zero": (lambda: ind.to_table(SNAP, width=0), "$.width"),
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
    "without": (lambda: C.without(5), "$.codes"),
    "title-locale-unknown": (lambda: C.get("2.2").title("de"), "$.locale"),
    "title-locale-int": (lambda: C.get("2.2").title(5), "$.locale"),
    # labels
    "label-value": (lambda: labels.label(5, "en"), "$.value"),
    "label-locale-int": (lambda: labels.label(PairStatus.ACTIVE, 5), "$.locale"),
    "label-locale-none": (lambda: labels.label(PairStatus.ACTIVE, None), "$.locale"),
    "label-locale-unknown": (lambda: labels.label("2.2", "de"), "$.locale"),
    "label-catalog": (lambda: labels.label("2.2", "en", catalog=5), "$.catalog"),
    "humanize-value": (lambda: labels.humanize(None), "$.value"),
    "missing_labels-locales": (lambda: labels.missing_labels("ru"), "$.locales"),
    "missing_labels-locale": (
        lambda: labels.missing_labels(("ru", "de")),
        "$.locales[1]",
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
        for module in (ind, labels)
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
        ind.to_table(None, lang="de", width=-1)
    assert [p.path for p in err.value.problems] == ["$.data", "$.lang", "$.width"]
