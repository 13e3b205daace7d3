"""The indicator report as one self-contained HTML file, at every level.

:func:`render_html` gives a single page with nothing to fetch: the styles
are inline, the charts are inline SVG, there is no script, no image file and
no link to any other address, so the file can be mailed, archived or opened
offline. It holds the indicator table from the start to the review and a bar
chart per indicator group (start against review); the report of one
programme also lists its pairs with their plan progress. A district, region
or country report is built from a comparison alone (of merged snapshots):
it names no person, and values resting on fewer than five people read
``<5`` (see :func:`~mentoring.indicators.compare`).

Values are shown in their unit (counts, shares as percentages, the 1-5
satisfaction score on its scale, changes of shares in percentage points),
numbers and dates as the language writes them; the page reads on a phone
(390 px) without sideways scrolling, and prints a chart with its heading.

>>> import datetime as dt
>>> from mentoring import indicators, samples
>>> program = samples.load("ru")
>>> report = indicators.compare(
...     indicators.compute(program, on=dt.date(2021, 9, 1)),
...     indicators.compute(program, on=dt.date(2022, 5, 27)),
... )
>>> page = render_html(program, report=report, lang="ru",
...                    made_on=dt.date(2022, 6, 1))
>>> page.startswith("<!DOCTYPE html>"), "<svg" in page, "http" in page
(True, True, False)

.. versionadded:: 0.1.0
"""

import datetime as dt
import enum
import html
from collections.abc import Iterable, Iterator, Sequence

from mentoring._checks import raise_if, validated
from mentoring._format import date, percent
from mentoring._i18n import N_, tr, tr_text
from mentoring._locale import lang_of, lang_problems
from mentoring.indicators import CATALOG, Comparison, Report
from mentoring.indicators import _display as display
from mentoring.labels import label
from mentoring.model import Pair, Program
from mentoring.progress import plan_progress

__all__ = ["render_html"]

#: The words of the page, in English; shown through the catalogues.
_TEXT: dict[str, str] = {
    "title": N_("Mentoring programme report"),
    "organization": N_("Organization"),
    "year": N_("School year"),
    "curator": N_("Curator"),
    "period": N_("Compared"),
    "indicators": N_("Indicators from the start to the review"),
    "charts": N_("Start against review"),
    "code": N_("Code"),
    "indicator": N_("Indicator"),
    "start": N_("At the start"),
    "review": N_("At the review"),
    "change": N_("Change"),
    "verdict": N_("Verdict"),
    "pairs": N_("Pairs and their plan progress"),
    "pair": N_("Pair"),
    "mentor": N_("Mentor"),
    "mentee": N_("Mentee"),
    "function": N_("Function"),
    "status": N_("Status"),
    "progress": N_("Plan progress"),
    "no_plan": N_("no plan"),
    "group_1": N_("1. Motivated requests for mentors"),
    "group_2": N_("2. The community of mentors"),
    "group_3": N_("3. Results for the teachers"),
    "group_4": N_("4. Contribution to the regional practice"),
    "group_outcomes": N_("Expected outcomes"),
    "group_programme": N_("Programme metrics"),
    "group_induction": N_("Teacher induction"),
    "generated": N_("Made by the mentoring library"),
    "title_many": N_("Mentoring indicators of {n} organizations"),
    "district": N_("District"),
    "region": N_("Region"),
    "organizations": N_("Organizations"),
    "suppressed": N_(
        "A value resting on fewer than {n} people is not shown: it reads <{n}."
    ),
    "made": N_("Made on {date} by the mentoring library {version}"),
    "all": N_("All organizations"),
}

_CSS = """
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;
margin:2rem auto;max-width:64rem;padding:0 1rem;color:#1f2933;line-height:1.4;
overflow-wrap:break-word}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2rem;
border-bottom:2px solid #d9e2ec;padding-bottom:.2rem}
dl.meta{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.1rem 1rem}
dl.meta dt{font-weight:600}dl.meta dd{margin:0;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border-bottom:1px solid #e4e7eb;padding:.3rem .5rem;text-align:left;
vertical-align:top}th{background:#f0f4f8}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.improved{color:#1b7a3d}.worsened{color:#b42318}.unchanged,.unknown{color:#52606d}
.legend span{display:inline-block;margin-right:1rem}
.swatch{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(28rem,100%),1fr));
gap:1rem}
figure{margin:0;min-width:0}figcaption{font-weight:600;margin-bottom:.3rem}
svg.chart{display:block;width:100%;height:auto}
svg text{font-family:inherit;font-size:12px;fill:#1f2933}
footer{margin-top:2rem;color:#7b8794;font-size:.8rem}
@media (max-width:40rem){
body{margin:1rem auto;padding:0 .75rem}
dl.meta{grid-template-columns:minmax(0,1fr)}dl.meta dd{margin-bottom:.3rem}
table.stack thead{display:none}
table.stack,table.stack tbody,table.stack tr{display:block;width:100%}
table.stack tr{border-bottom:1px solid #d9e2ec;padding:.4rem 0}
table.stack td{display:flex;justify-content:space-between;gap:1rem;border:0;
padding:.1rem 0;text-align:right;white-space:normal}
table.stack td::before{content:attr(data-label);font-weight:600;text-align:left;
flex:0 0 40%}
table.stack td.title{display:block;text-align:left;font-weight:600}
table.stack td.title::before{content:none}
}
@media print{
body{margin:0;max-width:none}
h2,figcaption{break-after:avoid;page-break-after:avoid}
figure,tr{break-inside:avoid;page-break-inside:avoid}
.charts{display:block}figure{margin-bottom:1rem}
}
"""

_START_COLOUR = "#9fb3c8"
_REVIEW_COLOUR = "#2f6fb3"


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _t(key: str, lang: str) -> str:
    """The text *key* in *lang*, from the catalogues."""
    return tr(_TEXT[key], lang)


def _label(value: enum.Enum, lang: str) -> str:
    return str(label(value, lang=lang))


def _title(code: str, lang: str) -> str:
    indicator = CATALOG.get(code)
    return code if indicator is None else indicator.title(lang=lang)


def _value(c: Comparison, which: str, lang: str, below: int) -> str:
    hidden = c.start_suppressed if which == "start" else c.review_suppressed
    number = c.start if which == "start" else c.review
    return display.value(
        number, c.unit, c.code, lang, suppressed_below=below if hidden else 0
    )


def _heading(program: Program | None, report: Report, lang: str) -> tuple[str, str]:
    """The page's title and the line under it."""
    if report.organizations > 1:
        many = _t("title_many", lang).format(n=report.organizations)
        place = report.region if not report.district else report.district
        return (place or _t("all", lang)), many
    title = program.title if program is not None else _organization(program, report)
    return title, _t("title", lang)


def _organization(program: Program | None, report: Report) -> str:
    if program is not None:
        return program.organization_name or program.organization
    return report.organization_name or report.organization


def _part_name(report: Report, lang: str) -> str:
    """What a section of the page is of: an organization, a district, ..."""
    if report.organizations == 1:
        return _organization(None, report)
    name = report.district or report.region or _t("all", lang)
    return f"{name} ({report.organizations})"


def _meta(program: Program | None, report: Report, lang: str) -> Iterator[str]:
    yield '<dl class="meta">'
    rows: list[tuple[str, str]] = []
    if report.organizations == 1:
        rows.append((_t("organization", lang), _organization(program, report)))
    else:
        rows.append((_t("organizations", lang), str(report.organizations)))
    if report.district:
        rows.append((_t("district", lang), report.district))
    if report.region:
        rows.append((_t("region", lang), report.region))
    if program is not None:
        year = program.year
        rows.append(
            (
                _t("year", lang),
                f"{year.label} ({date(year.start, lang)} – {date(year.end, lang)})",
            )
        )
        if program.curator is not None and report.organizations == 1:
            rows.append((_t("curator", lang), program.curator.name))
    rows.append(
        (
            _t("period", lang),
            f"{date(report.start_on, lang)} → {date(report.review_on, lang)}",
        )
    )
    for key, value in rows:
        yield f"<dt>{_e(key)}</dt><dd>{_e(value)}</dd>"
    yield "</dl>"
    if report.suppressed_below > 0:
        note = _t("suppressed", lang).format(n=report.suppressed_below)
        yield f'<p class="note">{_e(note)}</p>'


def _indicator_table(
    report: Report, lang: str, heading: str = "", anchor: str = "indicators"
) -> Iterator[str]:
    yield f'<h2 id="{_e(anchor)}">{_e(heading or _t("indicators", lang))}</h2>'
    yield f'<table class="{"indicators " if anchor == "indicators" else "part "}stack">'
    heads = ("code", "indicator", "start", "review", "change", "verdict")
    names = {h: _t(h, lang) for h in heads}
    yield (
        "<thead><tr>"
        + "".join(f"<th>{_e(names[h])}</th>" for h in heads)
        + "</tr></thead>"
    )
    yield "<tbody>"
    below = report.suppressed_below
    for c in report:
        verdict = c.verdict.value
        cells = (
            ("code", "", c.code),
            ("indicator", "title", _title(c.code, lang)),
            ("start", "num", _value(c, "start", lang, below)),
            ("review", "num", _value(c, "review", lang, below)),
            ("change", "num", display.change(c.delta, c.unit, c.code, lang)),
            ("verdict", verdict, _label(c.verdict, lang)),
        )
        yield (
            f'<tr data-code="{_e(c.code)}">'
            + "".join(
                f'<td class="{css}" data-label="{_e(names[h])}">{_e(text)}</td>'
                if css
                else f'<td data-label="{_e(names[h])}">{_e(text)}</td>'
                for h, css, text in cells
            )
            + "</tr>"
        )
    yield "</tbody></table>"


def _groups(report: Report) -> list[tuple[str, list[Comparison]]]:
    found: dict[str, list[Comparison]] = {}
    for c in report:
        if (
            c.start is None
            and c.review is None
            and not (c.start_suppressed or c.review_suppressed)
        ):
            continue
        found.setdefault(c.group, []).append(c)
    return list(found.items())


#: The chart's geometry, in its own units (it scales to the page).
_BAR_WIDTH, _VALUE_WIDTH = 340, 90
_TITLE_HEIGHT, _BAR_HEIGHT, _GAP = 16, 11, 10


def _chart(group: str, rows: Sequence[Comparison], lang: str, below: int) -> str:
    """One horizontal bar chart: per indicator its title, then a bar for the
    start and a bar for the review, never longer than the chart.

    Counts are scaled to the largest count of the group, shares to 100%,
    scores to the top of their scale.
    """
    row_height = _TITLE_HEIGHT + 2 * (_BAR_HEIGHT + 2) + _GAP
    width = _BAR_WIDTH + _VALUE_WIDTH
    height = row_height * len(rows)
    counts = [
        v
        for c in rows
        if display.bar_scale(c.unit, c.code) is None
        for v in (c.start, c.review)
        if v is not None
    ]
    top = max(counts, default=0) or 1
    title = _t(f"group_{group}", lang) if f"group_{group}" in _TEXT else group
    head = (
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}"'
        f' preserveAspectRatio="xMinYMin meet" aria-label="{_e(title)}">'
    )
    parts = [head, f"<title>{_e(title)}</title>"]
    for i, c in enumerate(rows):
        y = i * row_height
        text = (
            f"{c.code} {_title(c.code, lang)}"
            if len(c.code) <= 4
            else _title(c.code, lang)
        )
        # cut at a word: half a word may read as another language's word
        short = text if len(text) <= 56 else text[:55].rsplit(" ", 1)[0] + "…"
        parts.append(
            f'<text x="0" y="{y + 12}"><title>{_e(text)}</title>{_e(short)}</text>'
        )
        scale = display.bar_scale(c.unit, c.code) or top
        for j, (which, colour) in enumerate(
            (("start", _START_COLOUR), ("review", _REVIEW_COLOUR))
        ):
            value = c.start if j == 0 else c.review
            share = 0.0 if value is None else min(1.0, max(0.0, value / scale))
            length = share * _BAR_WIDTH
            by = y + _TITLE_HEIGHT + j * (_BAR_HEIGHT + 2)
            shown = _e(_value(c, which, lang, below))
            parts.append(
                f'<rect x="0" y="{by}" width="{length:.1f}"'
                f' height="{_BAR_HEIGHT}" fill="{colour}"'
                f' data-code="{_e(c.code)}" data-which="{which}"'
                f' data-value="{"" if value is None else value}">'
                f"<title>{shown}</title></rect>"
            )
            parts.append(
                f'<text x="{length + 4:.1f}" y="{by + _BAR_HEIGHT - 1}">{shown}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)


def _charts(report: Report, lang: str) -> Iterator[str]:
    yield f'<h2 id="charts">{_e(_t("charts", lang))}</h2>'
    yield (
        '<p class="legend">'
        f'<span><i class="swatch" style="background:{_START_COLOUR}"></i>'
        f"{_e(_t('start', lang))} ({_e(date(report.start_on, lang))})</span>"
        f'<span><i class="swatch" style="background:{_REVIEW_COLOUR}"></i>'
        f"{_e(_t('review', lang))} ({_e(date(report.review_on, lang))})</span></p>"
    )
    yield '<div class="charts">'
    for group, rows in _groups(report):
        key = f"group_{group}"
        title = _t(key, lang) if key in _TEXT else group
        yield f'<figure data-group="{_e(group)}"><figcaption>{_e(title)}</figcaption>'
        yield _chart(group, rows, lang, report.suppressed_below)
        yield "</figure>"
    yield "</div>"


def _progress_cell(
    program: Program, pair: Pair, on: dt.date, lang: str, name: str
) -> str:
    plan = program.plan_of(pair.id)
    if plan is None:
        return f'<td data-label="{_e(name)}">{_e(_t("no_plan", lang))}</td>'
    score = plan_progress(plan, on=on)
    reasons = "; ".join(tr_text(p.reason, lang) for p in score.parts if p.reason)
    width = 120
    filled = round(min(1.0, max(0.0, score.value)) * width)
    shown = percent(score.value, lang, 0)
    bar = (
        f'<svg role="img" width="{width}" height="12" viewBox="0 0 {width} 12"'
        f' aria-label="{_e(shown)}">'
        f'<rect x="0" y="0" width="{width}" height="12" fill="#e4e7eb"></rect>'
        f'<rect x="0" y="0" width="{filled}" height="12"'
        f' fill="{_REVIEW_COLOUR}"></rect>'
        "</svg>"
    )
    return (
        f'<td data-label="{_e(name)}" data-progress="{score.value:.4f}">{bar}'
        f" <strong>{_e(shown)}</strong><br><small>{_e(reasons)}</small></td>"
    )


def _pairs(
    program: Program, pairs: Iterable[Pair], on: dt.date, lang: str
) -> Iterator[str]:
    yield f'<h2 id="pairs">{_e(_t("pairs", lang))}</h2>'
    yield '<table class="pairs stack">'
    heads = ("pair", "mentor", "mentee", "function", "status", "progress")
    names = {h: _t(h, lang) for h in heads}
    yield (
        "<thead><tr>"
        + "".join(f"<th>{_e(names[h])}</th>" for h in heads)
        + "</tr></thead>"
    )
    yield "<tbody>"
    people = program.people()
    for pair in pairs:
        mentor = people.get(pair.mentor_id)
        mentee = people.get(pair.mentee_id)
        status = pair.status_on(on) or pair.status
        cells = (
            ("pair", pair.id),
            ("mentor", mentor.name if mentor else pair.mentor_id),
            ("mentee", mentee.name if mentee else pair.mentee_id),
            ("function", _label(pair.function, lang)),
            ("status", _label(status, lang)),
        )
        yield (
            f'<tr data-pair="{_e(pair.id)}">'
            + "".join(
                f'<td data-label="{_e(names[h])}">{_e(text)}</td>' for h, text in cells
            )
            + _progress_cell(program, pair, on, lang, names["progress"])
            + "</tr>"
        )
    yield "</tbody></table>"


@validated
def render_html(
    program: Program | None = None,
    *,
    report: Report,
    lang: str = "en",
    made_on: dt.date | None = None,
    sections: Iterable[Report] = (),
) -> str:
    """The indicator *report* as one self-contained HTML page in *lang*
    (``en``, ``ru`` or ``ro``, with a region or not: ``ru-RU`` is ``ru``).

    *report* is a :class:`~mentoring.indicators.Report`
    (:func:`~mentoring.indicators.compare` of two snapshots). With the
    *program* of a one-organization report, the page names its organization,
    school year and curator and lists its pairs as they stand on the review
    day, sorted by id (so the page does not depend on the order of the
    programme's tuples). Without a programme, or for a report of several
    organizations (a district, a region, a country), the page names no
    person. *sections* are the reports of the parts (the organizations of
    a district, the districts of a region), each given as its own table
    after the whole. The footer says when (*made_on*, default today) and by which
    version of the library the page was made.

    Raises:
        ~mentoring.errors.ValidationError: *program* is not a
            :class:`~mentoring.model.Program` (or ``None``), *report* not a
            :class:`~mentoring.indicators.Report`, *made_on* not a date, or
            *lang* is not a language the report has text for (at ``$.lang``).

    .. versionadded:: 0.1.0
    """
    from mentoring._version import __version__

    raise_if(list(lang_problems(lang)), "arguments of render_html")
    code = lang_of(lang)
    made = made_on or dt.date.today()  # noqa: DTZ011 - a calendar day
    on = report.review_on
    title, subtitle = _heading(program, report, code)
    single = program is not None and report.organizations == 1
    body = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(code)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(subtitle)}: {_e(title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{_e(title)}</h1>",
        f"<p>{_e(subtitle)}</p>",
        *_meta(program if single else None, report, code),
        "</header>",
        "<main>",
        *_indicator_table(report, code),
        *_charts(report, code),
    ]
    if single and program is not None:
        pairs = sorted(
            (p for p in program.pairs if p.proposed_on <= on), key=lambda p: p.id
        )
        body.extend(_pairs(program, pairs, on, code))
    for i, part in enumerate(tuple(sections)):
        body.extend(
            _indicator_table(part, code, _part_name(part, code), anchor=f"part-{i + 1}")
        )
    made_text = _t("made", code).format(date=date(made, code), version=__version__)
    body += [
        "</main>",
        f"<footer>{_e(made_text)}</footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(body) + "\n"
