r"""An indicator's value in its unit, as a reader sees it (private).

One formatter for the text table, the HTML report and the command, built on
:mod:`mentoring._format`, so that they cannot disagree: a count is a whole
number, a share a percentage, a score on the 1-5 scale a number on that
scale (a score on 0..1, such as plan progress, a percentage), hours with
one decimal and the hour's sign, a change of a share in percentage points,
a value resting on too few people ``<5``.

>>> from mentoring.indicators import Unit
>>> value(2 / 3, Unit.SHARE, "match_rate", "en")
'66.7%'
>>> value(3.75, Unit.SCORE, "satisfaction", "ru")
'3,75 / 5'
>>> change(0.6, Unit.SHARE, "match_rate", "en")
'+60.0\xa0pp'
>>> value(3, Unit.PERSONS, "2.2", "en", suppressed_below=5)
'<5'
>>> value(12.75, Unit.HOURS, "contact_hours_per_pair", "ru")
'12,8\xa0ч'
>>> change(-1.5, Unit.HOURS, "contact_hours_per_pair", "en")
'−1.5\xa0h'
"""

from mentoring._format import number, percent, signed
from mentoring._i18n import N_, tr
from mentoring._locale import lang_of
from mentoring.indicators._catalog import Unit

__all__ = ["SCALES", "bar_scale", "change", "growth", "is_percent", "value"]

#: The scale of a score, by code: a mean on 1..5 is shown on that scale; a
#: score on 0..1 as a percentage.
SCALES: dict[str, tuple[float, float]] = {
    "satisfaction": (1.0, 5.0),
    "plan_progress": (0.0, 1.0),
}

#: What is shown instead of a missing value.
MISSING = "—"

#: Hours as a reader writes them (``12.8 h``, ``12,8 ч``).
_HOURS = N_("{hours}\u00a0h")


def _hours(text: str, lang: str) -> str:
    return tr(_HOURS, lang).format(hours=text)


def is_percent(unit: Unit, code: str) -> bool:
    """Whether values of *code* are shown as percentages (shares, and scores
    on 0..1).
    """
    if unit is Unit.SHARE:
        return True
    return unit is Unit.SCORE and SCALES.get(code, (0.0, 1.0)) == (0.0, 1.0)


def bar_scale(unit: Unit, code: str) -> float | None:
    """The value a full bar stands for: 1 for a percentage, the top of a
    score's scale, ``None`` for a count (scaled to the largest in its chart).
    """
    if is_percent(unit, code):
        return 1.0
    if unit is Unit.SCORE:
        return SCALES.get(code, (0.0, 1.0))[1]
    return None


def value(
    number_: float | None,
    unit: Unit,
    code: str,
    lang: str,
    *,
    suppressed_below: int = 0,
) -> str:
    """*number_* of *code* in its *unit* as *lang* writes it; ``<N`` when it
    was suppressed (*suppressed_below* N > 0), ``—`` when missing.
    """
    if suppressed_below > 0:
        return f"<{suppressed_below}"
    if number_ is None:
        return MISSING
    if is_percent(unit, code):
        return percent(number_, lang)
    if unit is Unit.SCORE:
        top = SCALES.get(code, (0.0, 1.0))[1]
        return f"{number(number_, lang, 2)} / {number(int(top), lang)}"
    if float(number_).is_integer():
        text = number(int(number_), lang)
    else:
        text = number(number_, lang, 1)
    return _hours(text, lang) if unit is Unit.HOURS else text


#: "Percentage points" until the catalogues say it (mentoring._i18n).
_POINTS = {"ru": "п.\u00a0п.", "kk": "п.\u00a0п.", "ro": "p.p."}


def _points(lang: str) -> str:
    said = tr("pp", lang)
    if said == "pp":
        said = _POINTS.get(lang_of(lang), said)
    return said


def change(delta: float | None, unit: Unit, code: str, lang: str) -> str:
    """A change of *code* from the start to the review: a share's in
    percentage points, a score's on its scale, a count's as a count.
    """
    if delta is None:
        return MISSING
    if is_percent(unit, code):
        # percentage points: the unit of a change of a share
        return f"{signed(delta * 100, lang, 1)}\u00a0{_points(lang)}"
    if unit is Unit.SCORE:
        return signed(delta, lang, 2)
    if unit is Unit.HOURS:
        return _hours(signed(delta, lang, 1), lang)
    if float(delta).is_integer():
        return signed(int(delta), lang)
    return signed(delta, lang, 1)


def growth(share: float | None, unit: Unit, lang: str) -> str:
    """The growth of a count over its start as a percentage; a share or a
    score has no growth (its change says it), so ``—``.
    """
    if share is None or unit in (Unit.SHARE, Unit.SCORE):
        return MISSING
    return percent(share, lang)
