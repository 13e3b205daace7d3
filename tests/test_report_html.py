"""The HTML report: one self-contained page, parsed and (where Chromium is
installed) rendered headless."""

import datetime as dt
import doctest
import html as htmllib
import json
import os
import re
import shutil
import struct
import subprocess
from html.parser import HTMLParser
from pathlib import Path

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


@pytest.mark.parametrize("lang", ["xx", "de-DE", ""])
def test_a_language_the_report_has_no_text_for_is_refused(lang):
    program, report = _report("kz")
    with pytest.raises(ValidationError) as caught:
        render_html(program, report=report, lang=lang)
    assert caught.value.subject == "arguments of render_html"
    assert [(p.path, p.code, p.message) for p in caught.value.problems] == [
        ("$.lang", "choice", f"must be one of 'en', 'ru', 'ro', 'kk'; got {lang!r}")
    ]


def test_the_kazakh_report_is_in_kazakh_with_its_numbers_and_dates():
    program, report = _report("kz")
    text = "".join(_parse(render_html(program, report=report, lang="kk")).text)
    assert "Басындағы және қорытынды күнгі көрсеткіштер" in text
    assert "Педагогтер қатарынан шыққан тәлімгерлер саны" in text
    assert "01.09.2021" in text


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

#: Measures what a reader sees and writes it into the page, for --dump-dom.
_MEASURE = """<script>
(function () {
  var doc = document.documentElement;
  var width = window.innerWidth;
  var bars = [];
  document.querySelectorAll("svg.chart").forEach(function (svg) {
    var box = svg.getBoundingClientRect();
    svg.querySelectorAll("rect[data-which]").forEach(function (r) {
      var b = r.getBoundingClientRect();
      bars.push({code: r.getAttribute("data-code"), left: b.left, right: b.right,
                 chartLeft: box.left, chartRight: box.right});
    });
  });
  var wide = [];
  document.querySelectorAll("body *").forEach(function (e) {
    var b = e.getBoundingClientRect();
    if (b.width > 0 && b.right > width + 1) { wide.push(e.tagName); }
  });
  var row = document.querySelector('tr[data-code="satisfaction"]');
  var out = document.createElement("pre");
  out.id = "measured";
  out.textContent = JSON.stringify({
    width: width, scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth,
    bars: bars, wide: wide.slice(0, 10),
    satisfaction: row ? Array.from(row.cells).map(function (c) {
      return c.textContent; }) : null,
    text: document.body.innerText
  });
  document.body.appendChild(out);
})();
</script>"""


def _chromium_or_skip():
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing in CI: .ci/run installs it")
        pytest.skip("Chromium is not installed (CI installs it)")
    return CHROMIUM


def _chromium(tmp_path, page, *extra):
    result = subprocess.run(  # noqa: S603 - a fixed program and our own file
        [
            _chromium_or_skip(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
            f"--user-data-dir={tmp_path / 'profile'}",
            *extra,
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def _framed(html, width, height):
    """A page showing *html* in a frame *width* pixels wide: a headless
    window is at least 500 pixels wide, a phone's viewport is 390.
    """
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><style>'
        "body{margin:0}iframe{border:0;display:block}</style></head><body>"
        f'<iframe id="f" width="{width}" height="{height}"'
        f' srcdoc="{htmllib.escape(html, quote=True)}"></iframe>'
        "<script>window.addEventListener('load', function () {"
        "var m = document.getElementById('f').contentDocument"
        ".getElementById('measured');"
        "if (m) { document.body.appendChild(m.cloneNode(true)); }});</script>"
        "</body></html>"
    )


def _seen(tmp_path, html, width):
    """What a reader sees of *html* in a window *width* pixels wide."""
    page = tmp_path / f"measure-{width}.html"
    measured = html.replace("</body>", _MEASURE + "</body>")
    page.write_text(_framed(measured, width, 900), encoding="utf-8")
    dom = _chromium(
        tmp_path,
        page,
        f"--window-size={max(width, 500)},900",
        "--virtual-time-budget=5000",
        "--dump-dom",
    )
    found = re.search(r'<pre id="measured">(.*?)</pre>', dom, re.DOTALL)
    assert found, dom[-2000:]
    return json.loads(htmllib.unescape(found.group(1)))


def _country_report():
    programs = [samples.load(n) for n in ("ru", "md", "kz")]
    start, review = START_AND_REVIEW["ru"]
    return indicators.compare(
        indicators.compute(programs, on=start), indicators.compute(programs, on=review)
    )


@pytest.mark.parametrize("width", [390, 1200])
def test_a_reader_sees_every_report_whole_at_phone_and_desktop_width(tmp_path, width):
    program, report = _report("ru")
    pages = {
        "school": render_html(program, report=report, lang="ru"),
        "country": render_html(report=_country_report(), lang="ru"),
    }
    names = {
        p.name for n in ("ru", "md", "kz") for p in samples.load(n).people().values()
    }
    for which, html in pages.items():
        seen = _seen(tmp_path, html, width)
        assert seen["width"] == width
        # no sideways scrolling, no element wider than the window
        assert seen["scrollWidth"] <= seen["clientWidth"], (which, seen["wide"])
        assert seen["wide"] == [], which
        # every bar inside its chart
        assert seen["bars"]
        for bar in seen["bars"]:
            assert bar["chartLeft"] - 0.5 <= bar["left"] <= bar["right"], bar
            assert bar["right"] <= bar["chartRight"] + 0.5, bar
        if which == "school":
            # satisfaction on its 1-5 scale, not as a percentage
            cells = seen["satisfaction"]
            assert cells is not None
            assert "%" not in "".join(cells)
            assert any(c.endswith("/ 5") for c in cells), cells
        else:
            assert not [n for n in names if n in seen["text"]]


def test_report_screenshots_at_phone_and_desktop_width(tmp_path):
    # the country page a ministry would mail; MENTORING_SCREENSHOTS=DIR keeps
    # the PNGs to look at
    for name, html in (("country", render_html(report=_country_report(), lang="ro")),):
        for width, height in ((390, 2400), (1200, 1600)):
            page = tmp_path / f"{name}-{width}.html"
            page.write_text(_framed(html, width, height), encoding="utf-8")
            png = tmp_path / f"{name}-{width}.png"
            _chromium(
                tmp_path, page, f"--window-size={width},{height}", f"--screenshot={png}"
            )
            data = png.read_bytes()
            assert data[:8] == b"\x89PNG\r\n\x1a\n"
            assert struct.unpack(">II", data[16:24]) == (width, height)
            shots = os.environ.get("MENTORING_SCREENSHOTS")
            if shots:
                (Path(shots) / png.name).write_bytes(data)
