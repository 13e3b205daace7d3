"""The programme report as one self-contained HTML file.

:func:`render_html` gives a single page with nothing to fetch: the styles
are inline, the charts are inline SVG, there is no script, no image file and
no link to any other address, so the file can be mailed, archived or opened
offline. It holds the indicator table from the start to the review, a bar
chart per indicator group (start against review), and the pairs with their
plan progress, in English, Russian, Romanian or Kazakh.

>>> import datetime as dt
>>> from mentoring import indicators, samples
>>> program = samples.load("ru")
>>> report = indicators.compare(
...     indicators.compute(program, on=dt.date(2021, 9, 1)),
...     indicators.compute(program, on=dt.date(2022, 5, 27)),
... )
>>> page = render_html(program, report=report, lang="ru")
>>> page.startswith("<!DOCTYPE html>"), "<svg" in page, "http" in page
(True, True, False)

.. versionadded:: 0.1.0
"""

import datetime as dt
import enum
import html
import math
from collections.abc import Iterable, Iterator, Sequence

from mentoring._checks import raise_if, validated
from mentoring._format import date as _date
from mentoring._format import number as _format_number
from mentoring._format import percent as _percent
from mentoring._i18n import N_, tr, tr_text
from mentoring._locale import lang_of, lang_problems
from mentoring.indicators import CATALOG, Comparison, Report, Unit
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
    "generated": N_("Made by the mentoring library"),
}

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;
margin:2rem auto;max-width:64rem;padding:0 1rem;color:#1f2933;line-height:1.4}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2rem;
border-bottom:2px solid #d9e2ec;padding-bottom:.2rem}
dl.meta{display:grid;grid-template-columns:max-content auto;gap:.1rem 1rem}
dl.meta dt{font-weight:600}dl.meta dd{margin:0}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border-bottom:1px solid #e4e7eb;padding:.3rem .5rem;text-align:left;
vertical-align:top}th{background:#f0f4f8}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.improved{color:#1b7a3d}.worsened{color:#b42318}.unchanged,.unknown{color:#52606d}
.legend span{display:inline-block;margin-right:1rem}
.swatch{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(28rem,1fr));gap:1rem}
figure{margin:0}figcaption{font-weight:600;margin-bottom:.3rem}
svg text{font-family:inherit;font-size:12px;fill:#1f2933}
footer{margin-top:2rem;color:#7b8794;font-size:.8rem}
"""

_START_COLOUR = "#9fb3c8"
_REVIEW_COLOUR = "#2f6fb3"


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _label(value: enum.Enum, lang: str) -> str:
    return str(label(value, lang=lang))


def _title(code: str, lang: str) -> str:
    indicator = CATALOG.get(code)
    return code if indicator is None else indicator.title(lang=lang)


def _is_share(comparison: Comparison) -> bool:
    """Whether the values are fractions of 1 shown as percentages: shares,
    and scores such as the average plan progress.
    """
    return comparison.unit in (Unit.SHARE, Unit.SCORE)


def _number(
    value: float | None, *, share: bool, signed: bool = False, lang: str = "en"
) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if share:
        text = _percent(value, lang)
    elif float(value).is_integer():
        text = _format_number(int(value), lang)
    else:
        text = _format_number(value, lang, 2)
    if signed and value > 0:
        text = "+" + text
    return text


def _meta(
    program: Program, report: Report, t: dict[str, str], lang: str
) -> Iterator[str]:
    yield '<dl class="meta">'
    rows = [
        (t["organization"], program.organization),
        (
            t["year"],
            (
                f"{program.year.label} ({_date(program.year.start, lang)}"
                f" – {_date(program.year.end, lang)})"
            ),
        ),
    ]
    if program.curator is not None:
        rows.append((t["curator"], program.curator.name))
    rows.append(
        (
            t["period"],
            f"{_date(report.start_on, lang)} → {_date(report.review_on, lang)}",
        )
    )
    for key, value in rows:
        yield f"<dt>{_e(key)}</dt><dd>{_e(value)}</dd>"
    yield "</dl>"


def _indicator_table(report: Report, t: dict[str, str], lang: str) -> Iterator[str]:
    yield f'<h2 id="indicators">{_e(t["indicators"])}</h2>'
    yield '<table class="indicators">'
    heads = ("code", "indicator", "start", "review", "change", "verdict")
    yield (
        "<thead><tr>" + "".join(f"<th>{_e(t[h])}</th>" for h in heads) + "</tr></thead>"
    )
    yield "<tbody>"
    for c in report:
        share = _is_share(c)
        verdict = c.verdict.value
        yield (
            f'<tr data-code="{_e(c.code)}">'
            f"<td>{_e(c.code)}</td>"
            f"<td>{_e(_title(c.code, lang))}</td>"
            f'<td class="num">{_e(_number(c.start, share=share, lang=lang))}</td>'
            f'<td class="num">{_e(_number(c.review, share=share, lang=lang))}</td>'
            f'<td class="num">'
            f"{_e(_number(c.delta, share=share, signed=True, lang=lang))}</td>"
            f'<td class="{_e(verdict)}">{_e(_label(c.verdict, lang))}</td>'
            "</tr>"
        )
    yield "</tbody></table>"


def _groups(report: Report) -> list[tuple[str, list[Comparison]]]:
    found: dict[str, list[Comparison]] = {}
    for c in report:
        if c.start is None and c.review is None:
            continue
        found.setdefault(c.group, []).append(c)
    return list(found.items())


def _chart(group: str, rows: Sequence[Comparison], t: dict[str, str], lang: str) -> str:
    """One horizontal bar chart: per indicator its title, then a bar for the
    start and a bar for the review.

    Counts are scaled to the largest value of the group, shares to 100%.
    """
    bar_width, value_width = 380, 70
    title_height, bar_height, gap = 16, 11, 10
    row_height = title_height + 2 * (bar_height + 2) + gap
    width = bar_width + value_width
    height = row_height * len(rows)
    counts = [
        v
        for c in rows
        if not _is_share(c)
        for v in (c.start, c.review)
        if v is not None
    ]
    top = max(counts, default=0) or 1
    title = t.get(f"group_{group}", group)
    head = (
        f'<svg role="img" width="{width}" height="{height}"'
        f' viewBox="0 0 {width} {height}" aria-label="{_e(title)}">'
    )
    parts = [head, f"<title>{_e(title)}</title>"]
    for i, c in enumerate(rows):
        y = i * row_height
        share = _is_share(c)
        text = (
            f"{c.code} {_title(c.code, lang)}"
            if len(c.code) <= 4
            else _title(c.code, lang)
        )
        short = text if len(text) <= 68 else text[:67] + "…"
        parts.append(
            f'<text x="0" y="{y + 12}"><title>{_e(text)}</title>{_e(short)}</text>'
        )
        for j, (value, colour) in enumerate(
            ((c.start, _START_COLOUR), (c.review, _REVIEW_COLOUR))
        ):
            scale = 1.0 if share else top
            length = 0.0 if value is None else max(0.0, value) / scale * bar_width
            by = y + title_height + j * (bar_height + 2)
            which = "start" if j == 0 else "review"
            shown = _e(_number(value, share=share, lang=lang))
            parts.append(
                f'<rect x="0" y="{by}" width="{length:.1f}"'
                f' height="{bar_height}" fill="{colour}"'
                f' data-code="{_e(c.code)}" data-which="{which}">'
                f"<title>{shown}</title></rect>"
            )
            parts.append(
                f'<text x="{length + 4:.1f}" y="{by + bar_height - 1}">{shown}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)


def _charts(report: Report, t: dict[str, str], lang: str) -> Iterator[str]:
    yield f'<h2 id="charts">{_e(t["charts"])}</h2>'
    yield (
        '<p class="legend">'
        f'<span><i class="swatch" style="background:{_START_COLOUR}"></i>'
        f"{_e(t['start'])} ({_e(_date(report.start_on, lang))})</span>"
        f'<span><i class="swatch" style="background:{_REVIEW_COLOUR}"></i>'
        f"{_e(t['review'])} ({_e(_date(report.review_on, lang))})</span></p>"
    )
    yield '<div class="charts">'
    for group, rows in _groups(report):
        title = t.get(f"group_{group}", group)
        yield f'<figure data-group="{_e(group)}"><figcaption>{_e(title)}</figcaption>'
        yield _chart(group, rows, t, lang)
        yield "</figure>"
    yield "</div>"


def _progress_cell(
    program: Program, pair: Pair, on: dt.date, t: dict[str, str], lang: str
) -> str:
    plan = program.plan_of(pair.id)
    if plan is None:
        return f"<td>{_e(t['no_plan'])}</td>"
    score = plan_progress(plan, on=on)
    reasons = "; ".join(tr_text(p.reason, lang) for p in score.parts if p.reason)
    shown = _percent(score.value, lang, 0)
    width = 120
    filled = round(score.value * width)
    bar = (
        f'<svg role="img" width="{width}" height="12" viewBox="0 0 {width} 12"'
        f' aria-label="{_e(shown)}">'
        f'<rect x="0" y="0" width="{width}" height="12" fill="#e4e7eb"></rect>'
        f'<rect x="0" y="0" width="{filled}" height="12"'
        f' fill="{_REVIEW_COLOUR}"></rect>'
        "</svg>"
    )
    return (
        f'<td data-progress="{score.value:.4f}">{bar} <strong>{_e(shown)}</strong>'
        f"<br><small>{_e(reasons)}</small></td>"
    )


def _pairs(
    program: Program, pairs: Iterable[Pair], on: dt.date, t: dict[str, str], lang: str
) -> Iterator[str]:
    yield f'<h2 id="pairs">{_e(t["pairs"])}</h2>'
    yield '<table class="pairs">'
    heads = ("pair", "mentor", "mentee", "function", "status", "progress")
    yield (
        "<thead><tr>" + "".join(f"<th>{_e(t[h])}</th>" for h in heads) + "</tr></thead>"
    )
    yield "<tbody>"
    people = program.people()
    for pair in pairs:
        mentor = people.get(pair.mentor_id)
        mentee = people.get(pair.mentee_id)
        status = pair.status_on(on) or pair.status
        yield (
            f'<tr data-pair="{_e(pair.id)}">'
            f"<td>{_e(pair.id)}</td>"
            f"<td>{_e(mentor.name if mentor else pair.mentor_id)}</td>"
            f"<td>{_e(mentee.name if mentee else pair.mentee_id)}</td>"
            f"<td>{_e(_label(pair.function, lang))}</td>"
            f"<td>{_e(_label(status, lang))}</td>"
            f"{_progress_cell(program, pair, on, t, lang)}"
            "</tr>"
        )
    yield "</tbody></table>"


@validated
def render_html(program: Program, *, report: Report, lang: str = "en") -> str:
    """The report of *program* as one self-contained HTML page in *lang*
    (``en``, ``ru``, ``ro`` or ``kk``, with a region or not: ``ru-RU`` is
    ``ru``).

    *report* is a :class:`~mentoring.indicators.Report` of the programme
    (:func:`~mentoring.indicators.compare` of two snapshots); the pairs are
    shown as they stand on its review day, sorted by id, so the page does not
    depend on the order of the programme's tuples.

    Raises:
        ~mentoring.errors.ValidationError: *program* is not a
            :class:`~mentoring.model.Program`, *report* not a
            :class:`~mentoring.indicators.Report`, or *lang* is not one of
            :data:`~mentoring.labels.LANGS` (at ``$.lang``).

    .. versionadded:: 0.1.0
    """
    raise_if(lang_problems(lang), "arguments of render_html")
    code = lang_of(lang)
    t = {key: tr(message, code) for key, message in _TEXT.items()}
    on = report.review_on
    pairs = sorted(
        (p for p in program.pairs if p.proposed_on <= on), key=lambda p: p.id
    )
    body = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(code)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(t['title'])}: {_e(program.title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{_e(program.title)}</h1>",
        f"<p>{_e(t['title'])}</p>",
        *_meta(program, report, t, code),
        "</header>",
        "<main>",
        *_indicator_table(report, t, code),
        *_charts(report, t, code),
        *_pairs(program, pairs, on, t, code),
        "</main>",
        f"<footer>{_e(t['generated'])}</footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(body) + "\n"
