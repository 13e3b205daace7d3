"""Nothing handed above one organization names a person: every export of a
merge of the embedded samples, raw or pseudonymised, is searched for every
name and every raw id of the samples.
"""

import datetime as dt
import json

import pytest

from mentoring import export, indicators, samples, serialization
from mentoring.report_html import render_html

KEY = b"the ministry's key for 2021-2022"
DAYS = (dt.date(2021, 9, 1), dt.date(2022, 5, 27))
PROGRAMS = tuple(samples.load(name) for name in ("ru", "md", "kz"))


def _secrets() -> set[str]:
    """Every name and raw id of the samples' people and records."""
    found: set[str] = set()
    for program in PROGRAMS:
        for person in program.people().values():
            found.update((person.id, person.name))
        if program.curator is not None:
            found.update((program.curator.id, program.curator.name))
        for records in (
            program.pairs,
            program.plans,
            program.events,
            program.achievements,
            program.surveys,
        ):
            found.update(r.id for r in records)
    return {s for s in found if s}


SECRETS = _secrets()


def _exports(pseudonymised: bool) -> dict[str, str]:
    start, review = (indicators.compute(PROGRAMS, on=day) for day in DAYS)
    if pseudonymised:
        # each school pseudonymises before it hands its snapshot upward
        start, review = (
            indicators.merge_all(
                indicators.pseudonymise(indicators.compute(p, on=day), KEY)
                for p in PROGRAMS
            )
            for day in DAYS
        )
    assert review.organizations == 3
    report = indicators.compare(start, review)
    out: dict[str, str] = {}
    for lang in ("en", "ru", "ro"):
        for name, data in (("snapshot", review), ("report", report)):
            out[f"{name}-csv-{lang}"] = export.to_csv(data, lang=lang)
            out[f"{name}-json-{lang}"] = export.to_json_rows(data, lang=lang)
            out[f"{name}-table-{lang}"] = export.to_table(data, lang=lang)
            out[f"{name}-rows-{lang}"] = json.dumps(
                export.rows(data, lang=lang), default=str, ensure_ascii=False
            )
        out[f"html-{lang}"] = render_html(report=report, lang=lang)
        # a programme given with a district's report does not bring its people
        out[f"html-with-program-{lang}"] = render_html(
            PROGRAMS[0], report=report, lang=lang
        )
    if pseudonymised:
        out["document"] = serialization.to_json(review)
    return out


@pytest.mark.parametrize("pseudonymised", [False, True])
def test_no_name_or_raw_id_above_one_organization(pseudonymised: bool) -> None:
    for where, text in _exports(pseudonymised).items():
        leaked = sorted(s for s in SECRETS if s in text)
        assert leaked == [], f"{where} shows {leaked[:5]}"


def test_small_values_read_as_such_above_one_organization() -> None:
    start, review = (indicators.compute(PROGRAMS, on=day) for day in DAYS)
    report = indicators.compare(start, review)
    assert report.suppressed_below == indicators.SMALL_COUNT_THRESHOLD
    hidden = [c for c in report if c.review_suppressed]
    assert hidden
    assert all(c.review is None and c.delta is None for c in hidden)
    rows = {r["code"]: r for r in json.loads(export.to_json_rows(review))}
    small = [code for code, r in rows.items() if r["suppressed"]]
    assert small
    for code in small:
        assert rows[code]["value"] is None
        assert rows[code]["numerator"] is None
    assert "<5" in export.to_table(review)
    assert "&lt;5" in render_html(report=report)
    # 0 turns it off; one school keeps its small values and its ids
    assert not any(
        r["suppressed"] for r in json.loads(export.to_json_rows(review, suppress=0))
    )
    one = indicators.compute(PROGRAMS[0], on=DAYS[1])
    assert not any(r["suppressed"] for r in export.rows(one))
    assert any(r["ids"] for r in export.rows(one))
