"""The HTML report: one self-contained page, parsed and (where Chromium is
installed) rendered headless."""

import datetime as dt
import doctest
import shutil
import struct
import subprocess
from html.parser import HTMLParser

import attrs as attrs_lib
import pytest

from mentoring import indicators, report_html, samples
from mentoring.errors import ValidationError
from mentoring.report_html import render_html

START_AND_REVIEW = {
    "ru": (dt.date(2021, 9, 1), dt.date(2022, 5, 27)),
    "md": (dt.date(2024, 9, 1), dt.date(2025, 6, 25)),
    "kz": (dt.date(2021, 9, 1), dt.date(2022, 5, 24)),
}


def _report(name):
    program = samples.load(name)
    start, review = START_AND_REVIEW[name]
    report = indicators.compare(
        indicators.compute(program, on=start), indicators.compute(program, on=review)
    )
    return program, report


class _Page(HTMLParser):
    """Collects the elements, attributes and text of a page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []
        self.stack = []
        self.text = []
        self.rows = {"indicators": [], "pairs": []}
        self.table = None
        self.svg_rects = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag not in ("meta", "br"):
            self.stack.append(tag)
        if tag == "table":
            self.table = (attrs.get("class") or "").split(" ")[0] or None
        if (
            tag == "tr"
            and self.table in self.rows
            and ("data-code" in attrs or "data-pair" in attrs)
        ):
            self.rows[self.table].append(
                attrs.get("data-code") or attrs.get("data-pair")
            )
        if tag == "rect" and "data-which" in attrs:
            self.svg_rects.append(attrs)

    def handle_endtag(self, tag):
        assert self.stack, f"</{tag}> closes nothing"
        assert self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1]}>"
        self.stack.pop()
        if tag == "table":
            self.table = None

    def handle_data(self, data):
        self.text.append(data)


def _parse(page):
    parser = _Page()
    parser.feed(page)
    parser.close()
    assert parser.stack == []
    return parser


@pytest.mark.parametrize("name", ["ru", "md", "kz"])
@pytest.mark.parametrize("lang", ["en", "ru", "ro"])
def test_report_parses_and_holds_the_table_the_charts_and_the_pairs(name, lang):
    program, report = _report(name)
    page = render_html(program, report=report, lang=lang)
    parsed = _parse(page)
    assert ("html", {"lang": lang}) in parsed.tags
    assert parsed.rows["indicators"] == [c.code for c in report]
    assert parsed.rows["pairs"] == [p.id for p in program.pairs]
    assert sum(1 for tag, _ in parsed.tags if tag == "svg") >= 4
    charted = {r["data-code"] for r in parsed.svg_rects}
    assert charted == {
        c.code for c in report if c.start is not None or c.review is not None
    }
    assert {r["data-which"] for r in parsed.svg_rects} == {"start", "review"}


def test_report_is_self_contained():
    program, report = _report("ru")
    page = render_html(program, report=report, lang="ru")
    parsed = _parse(page)
    assert "http" not in page
    assert "//" not in page.replace("<!DOCTYPE html>", "")
    tags = {tag for tag, _ in parsed.tags}
    assert not tags & {"script", "link", "img", "iframe", "object", "embed", "base"}
    for _, attrs in parsed.tags:
        assert "src" not in attrs
        assert "href" not in attrs


def test_report_speaks_the_chosen_language():
    program, report = _report("ru")
    for lang, heading, title in [
        (
            "en",
            "Indicators from the start to the review",
            "Teachers trained in mentoring",
        ),
        (
            "ru",
            "Показатели на начало и на дату подведения итогов",
            "прошедших обучение",
        ),
        ("ro", "Indicatori de la început până la evaluare", "Cadre didactice formate"),
    ]:
        text = "".join(_parse(render_html(program, report=report, lang=lang)).text)
        assert heading in text
        assert title in text


@pytest.mark.parametrize("lang", ["xx", "kk", "de-DE", ""])
def test_a_language_the_report_has_no_text_for_is_refused(lang):
    program, report = _report("kz")
    with pytest.raises(ValidationError) as caught:
        render_html(program, report=report, lang=lang)
    assert caught.value.subject == "arguments of render_html"
    assert [(p.path, p.code, p.message) for p in caught.value.problems] == [
        ("$.lang", "choice", f"must be one of 'en', 'ru', 'ro'; got {lang!r}")
    ]


@pytest.mark.parametrize(
    ("lang", "code"), [("EN", "en"), ("ru-RU", "ru"), ("ro_MD", "ro")]
)
def test_a_language_with_a_region_or_in_capitals_is_its_language(lang, code):
    # As everywhere in the library (mentoring.labels.label): "ru-RU" is "ru".
    program, report = _report("ru")
    page = render_html(program, report=report, lang=lang)
    assert page == render_html(program, report=report, lang=code)
    assert f'<html lang="{code}">' in page


def test_arguments_of_the_wrong_type_are_named():
    program, report = _report("ru")
    with pytest.raises(ValidationError) as caught:
        render_html(report, report=program, lang=5)  # type: ignore[arg-type]
    assert [(p.path, p.message) for p in caught.value.problems] == [
        ("$.program", f"expected a Program or None, got {_describe(report)}"),
        ("$.report", f"expected a Report, got {_describe(program)}"),
        ("$.lang", "expected a str, got int 5"),
    ]


def _describe(value):
    from mentoring._problems import describe

    return describe(value)


@pytest.mark.parametrize("name", ["ru", "md", "kz"])
def test_the_page_does_not_depend_on_the_order_of_the_programme(name):
    program, report = _report(name)
    backwards = attrs_lib.evolve(
        program,
        mentors=program.mentors[::-1],
        mentees=program.mentees[::-1],
        pairs=program.pairs[::-1],
        plans=program.plans[::-1],
    )
    start, review = START_AND_REVIEW[name]
    backwards_report = indicators.compare(
        indicators.compute(backwards, on=start),
        indicators.compute(backwards, on=review),
    )
    assert render_html(backwards, report=backwards_report) == render_html(
        program, report=report
    )


def test_pairs_are_listed_by_id():
    program, report = _report("ru")
    parsed = _parse(render_html(program, report=report))
    assert parsed.rows["pairs"] == sorted(parsed.rows["pairs"])


def test_plan_progress_is_shown_as_a_percentage():
    program, report = _report("ru")
    page = render_html(program, report=report)
    row = page.split('<tr data-code="plan_progress">', 1)[1].split("</tr>", 1)[0]
    assert "%" in row
    assert "0.81" not in row


def test_report_shows_plan_progress_of_every_pair_with_a_plan():
    program, report = _report("ru")
    parsed = _parse(render_html(program, report=report))
    progress = [a for tag, a in parsed.tags if tag == "td" and "data-progress" in a]
    assert len(progress) == len(program.plans)
    assert all(0 <= float(a["data-progress"]) <= 1 for a in progress)


def test_text_from_the_data_is_escaped():
    program, report = _report("ru")
    hostile = program.curator.__class__(
        id=program.curator.id, name="<script>alert(1)</script>"
    )
    import attrs

    program = attrs.evolve(program, curator=hostile, title="A & B <i>")
    page = render_html(program, report=report)
    assert "<script>" not in page
    assert "A &amp; B &lt;i&gt;" in page


def test_report_html_doctests_pass():
    assert doctest.testmod(report_html).failed == 0


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_report_renders_in_headless_chromium(tmp_path):
    program, report = _report("md")
    page = tmp_path / "report.html"
    page.write_text(render_html(program, report=report, lang="ro"), encoding="utf-8")
    png = tmp_path / "report.png"
    result = subprocess.run(  # noqa: S603 - a fixed program and our own file
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--window-size=1200,1600",
            f"--screenshot={png}",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1200, 1600)
    # a page with tables and charts is not a blank image
    assert len(data) > 20_000
