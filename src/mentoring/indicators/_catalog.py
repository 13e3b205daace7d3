"""Indicator definitions as data: :class:`Indicator`, :class:`Catalog` and
:data:`CATALOG`.

An indicator is a code (an opaque string: the seed's list has ``1.2`` but no
``1.1``), a group, a title in English, Russian, Romanian (and Kazakh where
known), a unit, a kind (how the value behaves over time and how it merges),
a direction (is more better?) and a source (computed from the programme's
records, supplied as a :class:`~mentoring.model.Measurement`, or
either). :data:`CATALOG` holds the seed's fifteen indicators, its five
expected outcomes and the programme metrics platforms report.

>>> CATALOG["2.2"].title("ru")
'Количество наставников из числа педагогов'
>>> [i.code for i in CATALOG.group("3")]
['3.1', '3.2', '3.3', '3.4']
"""

import enum
from collections.abc import Iterator

import attrs

from mentoring._checks import check, non_empty, raise_if, validated
from mentoring._i18n import tr, translated
from mentoring._locale import lang_of, lang_problems
from mentoring._problems import duplicate, problem, unknown_id
from mentoring.errors import NotFoundError, Problem

__all__ = [
    "CATALOG",
    "GROUPS",
    "Catalog",
    "Direction",
    "Indicator",
    "Kind",
    "Source",
    "Unit",
]


class Unit(enum.StrEnum):
    """What an indicator's value is a number of.

    .. versionadded:: 0.1.0
    """

    PERSONS = "persons"
    PAIRS = "pairs"
    EVENTS = "events"
    ITEMS = "items"  #: practices, publications, conflicts ...
    SHARE = "share"  #: a fraction in [0, 1]
    SCORE = "score"  #: a mean on a scale (satisfaction 1..5, progress 0..1)
    DAYS = "days"
    HOURS = "hours"  #: hours of contact (a mean per pair)


class Kind(enum.StrEnum):
    """How a value is counted as of a date, and how values of several
    organizations merge.

    ``STOCK``: the state on the date (enrolled mentors, open pairs); counts add.
    ``CUMULATIVE``: what happened from the start of the programme year up to
    and including the date; counts add. ``RATE``: a numerator over a
    denominator, both add and the share is recomputed. ``AVERAGE``: a sum over
    a count, both add and the mean is recomputed (means are never averaged).
    ``MEDIAN``: the median of whole numbers (days), which keeps their
    distribution (:attr:`~mentoring.indicators.Value.distribution`, and the
    number of each id in :attr:`~mentoring.indicators.Value.per_id`): the
    distributions merge and the median is recomputed, never averaged.

    .. versionadded:: 0.1.0
    """

    STOCK = "stock"
    CUMULATIVE = "cumulative"
    RATE = "rate"
    AVERAGE = "average"
    MEDIAN = "median"

    @property
    def is_count(self) -> bool:
        """Whether the value is a count (stock or cumulative)."""
        return self in (Kind.STOCK, Kind.CUMULATIVE)


class Direction(enum.StrEnum):
    """Which way an indicator should move.

    ``NEUTRAL`` is for a count with no good direction, such as the pairs in a
    passing state (proposed pairs fall when they start, and rise when new
    mentees are matched): its change is reported as changed or unchanged,
    never as improved or worsened, and it is left out of
    :func:`~mentoring.indicators.effectiveness`.

    .. versionadded:: 0.1.0
    """

    HIGHER_IS_BETTER = "higher_is_better"
    LOWER_IS_BETTER = "lower_is_better"
    NEUTRAL = "neutral"

    @property
    def is_judged(self) -> bool:
        """Whether a change is better or worse (not ``NEUTRAL``)."""
        return self is not Direction.NEUTRAL


class Source(enum.StrEnum):
    """Where a value comes from: the programme's records, a measurement taken
    outside (a survey, the e-journal), or either (a measurement wins).

    .. versionadded:: 0.1.0
    """

    COMPUTED = "computed"
    MEASURED = "measured"
    EITHER = "either"


#: The groups of the catalogue in order. The seed's list has headings for
#: groups 1, 2 and 4 only; group 3 has none.
GROUPS = ("1", "2", "3", "4", "outcomes", "programme", "induction")


@attrs.frozen(kw_only=True)
class Indicator:
    """One indicator: what is counted, in which unit, how, and which way is good.

    >>> ind = Indicator(code="x.1", group="custom", title_en="Open lessons given",
    ...                 unit=Unit.EVENTS, kind=Kind.CUMULATIVE)
    >>> ind.title("ru")  # no Russian title: English
    'Open lessons given'

    .. versionadded:: 0.1.0
    """

    code: str
    group: str
    title_en: str
    unit: Unit
    kind: Kind
    direction: Direction = Direction.HIGHER_IS_BETTER
    source: Source = Source.MEASURED
    title_ru: str = ""
    title_ro: str = ""
    title_kk: str = ""
    description: str = ""

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        yield from non_empty("$.code", self.code)
        yield from non_empty("$.group", self.group)
        yield from non_empty("$.title_en", self.title_en)
        if (self.kind is Kind.RATE) != (self.unit is Unit.SHARE):
            yield problem(
                "$.unit",
                "rule",
                f"a rate is a share and a share is a rate; got kind"
                f" {self.kind.value!r} with unit {self.unit.value!r}",
            )

    def title(self, lang: str = "en") -> str:
        """The title in *lang* (``en``, ``ru``, ``ro``, ``kk``, with a region
        or not): the library's catalogue's translation of ``title_en``, else
        ``title_<lang>``, else English.

        Raises:
            ~mentoring.errors.ValidationError: *lang* is not one of
                :data:`~mentoring.labels.LANGS`.
        """
        raise_if(lang_problems(lang), "arguments of Indicator.title")
        code = lang_of(lang)
        if code != "en" and translated(self.title_en, code):
            return tr(self.title_en, code)
        text = {
            "ru": self.title_ru,
            "ro": self.title_ro,
            "kk": self.title_kk,
        }.get(lang_of(lang), "")
        return text or self.title_en


@attrs.frozen(kw_only=True)
class Catalog:
    """An ordered collection of indicators with unique codes.

    Iterate it in order; look a code up with ``catalog[code]`` (a
    :class:`~mentoring.errors.NotFoundError` when there is none) or
    :meth:`~mentoring.indicators.Catalog.get` (a default); extend with
    :meth:`~mentoring.indicators.Catalog.with_indicator` (a new value; the
    catalogue itself never changes). Its repr counts the indicators
    rather than listing them, so a signature with ``catalog=CATALOG`` stays
    readable.

    >>> custom = Indicator(code="open_lessons", group="custom",
    ...                    title_en="Open lessons", unit=Unit.EVENTS,
    ...                    kind=Kind.CUMULATIVE)
    >>> mine = CATALOG.with_indicator(custom)
    >>> len(mine) == len(CATALOG) + 1, "open_lessons" in CATALOG
    (True, False)
    >>> mine.get("open_lessons") is custom, mine.get("1.1")
    (True, None)
    >>> mine
    Catalog(41 indicators)

    .. versionadded:: 0.1.0
    """

    indicators: tuple[Indicator, ...]

    def __attrs_post_init__(self) -> None:
        check(self, self._problems)

    def _problems(self) -> Iterator[Problem]:
        first: dict[str, int] = {}
        for i, ind in enumerate(self.indicators):
            if ind.code in first:
                found = duplicate(f"$.indicators[{i}].code", ind.code, what="code")
                where = f" (first at $.indicators[{first[ind.code]}])"
                yield found._replace(message=found.message + where)
            else:
                first[ind.code] = i

    def __repr__(self) -> str:
        n = len(self.indicators)
        return f"Catalog({n} indicator{'' if n == 1 else 's'})"

    def __iter__(self) -> Iterator[Indicator]:
        return iter(self.indicators)

    def __len__(self) -> int:
        return len(self.indicators)

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and self.get(code) is not None

    def __getitem__(self, code: str) -> Indicator:
        """The indicator with *code*.

        Raises:
            ~mentoring.errors.NotFoundError: No indicator has *code* (also a
                ``KeyError``).
        """
        found = self.get(code)
        if found is None:
            raise NotFoundError("indicator", code, noun="code")
        return found

    def get(self, code: str, default: Indicator | None = None) -> Indicator | None:
        """The indicator with *code*, or *default* when there is none."""
        for ind in self.indicators:
            if ind.code == code:
                return ind
        return default

    def codes(self) -> tuple[str, ...]:
        """The codes, in order."""
        return tuple(ind.code for ind in self.indicators)

    def group(self, name: str) -> tuple[Indicator, ...]:
        """The indicators of the group *name*, in order."""
        return tuple(ind for ind in self.indicators if ind.group == name)

    @validated
    def with_indicator(self, *indicators: Indicator) -> "Catalog":
        """A catalogue with *indicators* appended.

        Raises:
            ~mentoring.errors.ValidationError: An argument is not an
                :class:`Indicator` (at ``$.indicators[i]``), or a code is
                already taken.
        """
        return Catalog(indicators=(*self.indicators, *indicators))

    @validated
    def without(self, *codes: str) -> "Catalog":
        """A catalogue without the indicators *codes*.

        Raises:
            ~mentoring.errors.ValidationError: A code is not a string or not
                in the catalogue (at ``$.codes[i]``).
        """
        raise_if(
            (
                unknown_id(
                    f"$.codes[{i}]",
                    "indicator",
                    code,
                    noun="code",
                    where="in the catalogue",
                )
                for i, code in enumerate(codes)
                if code not in self
            ),
            "arguments of Catalog.without",
        )
        drop = set(codes)
        return Catalog(
            indicators=tuple(i for i in self.indicators if i.code not in drop)
        )


_P, _PA, _E, _I = Unit.PERSONS, Unit.PAIRS, Unit.EVENTS, Unit.ITEMS
_ST, _CU, _RA, _AV = Kind.STOCK, Kind.CUMULATIVE, Kind.RATE, Kind.AVERAGE
_LOW = Direction.LOWER_IS_BETTER
_NEUTRAL = Direction.NEUTRAL


def _seed(  # noqa: PLR0913, PLR0917
    code: str,
    en: str,
    ru: str,
    ro: str,
    unit: Unit,
    kind: Kind,
    description: str,
) -> Indicator:
    return Indicator(
        code=code,
        group=code.split(".", 1)[0],
        title_en=en,
        title_ru=ru,
        title_ro=ro,
        unit=unit,
        kind=kind,
        source=Source.EITHER,
        description=description,
    )


_SEED = (
    _seed(
        "1.2",
        "Teachers who asked to work in a pair as a mentee",
        "Количество педагогов, подавших запрос на работу в наставляемых парах"
        " в качестве наставляемого",
        "Cadre didactice care au solicitat să lucreze într-o pereche de mentorat"
        " ca mentorați",
        _P,
        _ST,
        "Mentees whose request date (Mentee.requested_on) is on or before the date.",
    ),
    _seed(
        "2.1",
        "Teachers trained in mentoring",
        "Количество педагогов, прошедших обучение по наставничеству",
        "Cadre didactice formate în domeniul mentoratului",
        _P,
        _ST,
        "Enrolled people (curator, mentors, mentees) holding a mentoring-training"
        " or mentor certificate obtained on or before the date.",
    ),
    _seed(
        "2.2",
        "Mentors who are teachers",
        "Количество наставников из числа педагогов",
        "Mentori din rândul cadrelor didactice",
        _P,
        _ST,
        "Enrolled mentors whose origin is TEACHER.",
    ),
    _seed(
        "2.3",
        "Mentors who are graduates",
        "Количество наставников из числа выпускников",
        "Mentori din rândul absolvenților",
        _P,
        _ST,
        "Enrolled mentors whose origin is GRADUATE.",
    ),
    _seed(
        "2.4",
        "Mentors employed at regional enterprises",
        "Количество наставников - сотрудников региональных предприятий",
        "Mentori angajați ai întreprinderilor regionale",
        _P,
        _ST,
        "Enrolled mentors whose origin is ENTERPRISE_EMPLOYEE.",
    ),
    _seed(
        "2.5",
        "Mentors who are successful entrepreneurs or public figures",
        "Количество наставников - успешных предпринимателей/ общественных деятелей",
        "Mentori antreprenori de succes sau personalități publice",
        _P,
        _ST,
        "Enrolled mentors whose origin is ENTREPRENEUR_OR_PUBLIC_FIGURE.",
    ),
    _seed(
        "2.6",
        "Mentors from NGOs or regional social projects",
        "Количество наставников - сотрудников НКО/ участников региональных"
        " социальных проектов",
        "Mentori din ONG-uri sau din proiecte sociale regionale",
        _P,
        _ST,
        "Enrolled mentors whose origin is NGO.",
    ),
    _seed(
        "3.1",
        "Teachers who entered the management reserve through mentoring",
        "Количество педагогов, вошедших в кадровый управленческий резерв в"
        " результате осуществления наставничества",
        "Cadre didactice incluse în rezerva de cadre de conducere ca urmare a"
        " mentoratului",
        _P,
        _CU,
        "Mentees with a MANAGEMENT_RESERVE achievement dated from the start of"
        " the programme year up to the date.",
    ),
    _seed(
        "3.2",
        "Teachers prepared through mentoring to lead projects",
        "Количество педагогов, подготовленные в результате осуществления"
        " наставничества к руководству проектами программы развития"
        " образовательной организации, конкурсными (в том числе грантовыми)"
        " проектами",
        "Cadre didactice pregătite prin mentorat să conducă proiecte de dezvoltare"
        " sau proiecte competitive (inclusiv cu granturi)",
        _P,
        _CU,
        "Mentees with a PROJECT_LEADERSHIP achievement dated from the start of"
        " the programme year up to the date.",
    ),
    _seed(
        "3.3",
        "Teachers prepared by mentors who take part in professional competitions",
        "Количество педагогов, подготовленных наставниками и участвующих в"
        " конкурсах профессионального мастерства",
        "Cadre didactice pregătite de mentori care participă la concursuri de"
        " măiestrie profesională",
        _P,
        _CU,
        "Mentees with a COMPETITION achievement dated from the start of the"
        " programme year up to the date.",
    ),
    _seed(
        "3.4",
        "Teachers who changed from mentee to mentor",
        "Количество педагогов, сменивших статус с наставляемого на наставника",
        "Cadre didactice care au trecut de la statutul de mentorat la cel de mentor",
        _P,
        _ST,
        "Mentors of this programme who were mentees in the same organization's"
        " programme of the previous academic year; missing when that programme"
        " is not given.",
    ),
    _seed(
        "4.1",
        "Staff who took part in mentoring events of other organizations",
        "Количество педагогических работников, принявших участие в"
        " научно-практических мероприятиях по вопросам наставничества в других"
        " организациях",
        "Cadre didactice care au participat la evenimente științifico-practice"
        " despre mentorat organizate de alte instituții",
        _P,
        _CU,
        "Enrolled teachers of the organization who took part in a"
        " scientific-practical event organised by another organization, from"
        " the start of the programme year up to the date.",
    ),
    _seed(
        "4.2",
        "Enterprise, business and NGO members of the pairs who took part in"
        " mentoring events",
        "Количество представителей предприятий, предпринимателей, НКО как"
        " участников наставляемых пар организации, принявших участие в"
        " научно-практических мероприятиях по вопросам наставничества",
        "Reprezentanți ai întreprinderilor, antreprenori și membri ai ONG-urilor"
        " din perechile instituției care au participat la evenimente"
        " științifico-practice despre mentorat",
        _P,
        _CU,
        "Members of the organization's pairs whose origin is an enterprise, an"
        " entrepreneur or public figure, or an NGO, who took part in a"
        " scientific-practical event, from the start of the programme year up"
        " to the date.",
    ),
    _seed(
        "4.3",
        "Scientific-practical mentoring events held by the organization",
        "Количество проведенных образовательной организацией научно-практических"
        " мероприятий по вопросам наставничества",
        "Evenimente științifico-practice despre mentorat organizate de instituție",
        _E,
        _CU,
        "Scientific-practical events organised by the organization, from the"
        " start of the programme year up to the date.",
    ),
    _seed(
        "4.4",
        "Mentoring practices that passed a regional or national expert review",
        "Количество представленных практик наставничества, прошедших"
        " положительную профессионально-общественную экспертизу на региональном,"
        " Всероссийском уровне",
        "Practici de mentorat care au trecut o evaluare profesională pozitivă la"
        " nivel regional sau național",
        _I,
        _CU,
        "PRACTICE_EXPERT_REVIEW achievements of regional or national scope, from"
        " the start of the programme year up to the date.",
    ),
)


def _outcome(  # noqa: PLR0913, PLR0917
    code: str,
    en: str,
    ru: str,
    ro: str,
    unit: Unit,
    kind: Kind,
    description: str,
    *,
    direction: Direction = Direction.HIGHER_IS_BETTER,
    source: Source = Source.EITHER,
) -> Indicator:
    return Indicator(
        code=code,
        group="outcomes",
        title_en=en,
        title_ru=ru,
        title_ro=ro,
        unit=unit,
        kind=kind,
        direction=direction,
        source=source,
        description=description,
    )


_OUTCOMES = (
    _outcome(
        "satisfaction",
        "Mentees' satisfaction with their own work",
        "Удовлетворённость наставляемых собственной работой",
        "Satisfacția mentoraților față de propria activitate",
        Unit.SCORE,
        _AV,
        "Mean of each mentee's latest answered satisfaction (1..5) on or before"
        " the date.",
    ),
    _outcome(
        "retention_intent",
        "Mentees who want to stay at the organization",
        "Доля наставляемых, желающих продолжать работу в данной организации",
        "Ponderea mentoraților care doresc să rămână în instituție",
        Unit.SHARE,
        _RA,
        "Mentees whose latest answer says they intend to stay, over the mentees"
        " who answered.",
    ),
    _outcome(
        "academic_performance",
        "Learning quality in the mentees' classes",
        "Качество успеваемости в классах наставляемых",
        "Calitatea rezultatelor școlare în clasele mentoraților",
        Unit.SHARE,
        _RA,
        "Share of pupils with good or excellent marks in the classes the mentees"
        " teach, measured outside (the e-journal).",
        source=Source.MEASURED,
    ),
    _outcome(
        "conflicts",
        "Conflicts with colleagues and parents",
        "Количество конфликтов с педагогическим и родительским сообществами",
        "Conflicte cu colegii și cu părinții",
        _I,
        _ST,
        "Conflicts with staff plus conflicts with parents in each mentee's"
        " latest answer on or before the date (each answer covers the time since"
        " the previous survey).",
        direction=_LOW,
    ),
    _outcome(
        "publications",
        "Mentees' own professional works",
        "Количество собственных профессиональных работ наставляемых",
        "Lucrări profesionale proprii ale mentoraților",
        _I,
        _CU,
        "PUBLICATION and METHODICAL_PRACTICE achievements of mentees, from the"
        " start of the programme year up to the date.",
    ),
)


def _metric(  # noqa: PLR0913, PLR0917
    code: str,
    en: str,
    ru: str,
    ro: str,
    unit: Unit,
    kind: Kind,
    description: str,
    *,
    direction: Direction = Direction.HIGHER_IS_BETTER,
) -> Indicator:
    return Indicator(
        code=code,
        group="programme",
        title_en=en,
        title_ru=ru,
        title_ro=ro,
        unit=unit,
        kind=kind,
        direction=direction,
        source=Source.COMPUTED,
        description=description,
    )


_METRICS = (
    _metric(
        "match_rate",
        "Mentees matched",
        "Доля наставляемых, получивших наставника",
        "Ponderea mentoraților care au un mentor",
        Unit.SHARE,
        _RA,
        "Enrolled mentees with a pair that is active, paused or completed on the"
        " date, over enrolled mentees.",
    ),
    _metric(
        "mentor_utilization",
        "Mentor places taken",
        "Загрузка наставников",
        "Gradul de ocupare a mentorilor",
        Unit.SHARE,
        _RA,
        "Places taken by pairs active or paused on the date (at most each"
        " mentor's capacity), over the mentors' total capacity.",
    ),
    _metric(
        "pairs_proposed",
        "Pairs proposed",
        "Предложенные пары",
        "Perechi propuse",
        _PA,
        _ST,
        "Pairs in the proposed state on the date (waiting to start).",
        direction=_NEUTRAL,
    ),
    _metric(
        "pairs_active",
        "Pairs active",
        "Действующие пары",
        "Perechi active",
        _PA,
        _ST,
        "Pairs in the active state on the date.",
        direction=_NEUTRAL,
    ),
    _metric(
        "pairs_paused",
        "Pairs paused",
        "Приостановленные пары",
        "Perechi suspendate",
        _PA,
        _ST,
        "Pairs in the paused state on the date.",
        direction=_NEUTRAL,
    ),
    _metric(
        "pairs_completed",
        "Pairs completed",
        "Завершённые пары",
        "Perechi finalizate",
        _PA,
        _ST,
        "Pairs completed on or before the date.",
    ),
    _metric(
        "pairs_dissolved",
        "Pairs dissolved",
        "Распавшиеся пары",
        "Perechi dizolvate",
        _PA,
        _ST,
        "Pairs dissolved (or declined) on or before the date.",
        direction=_LOW,
    ),
    _metric(
        "completion_rate",
        "Pairs completed, of pairs started",
        "Доля завершённых пар",
        "Ponderea perechilor finalizate",
        Unit.SHARE,
        _RA,
        "Pairs completed on or before the date, over pairs that had started"
        " (been active) by the date.",
    ),
    _metric(
        "early_dissolution_rate",
        "Pairs dissolved early, of pairs started",
        "Доля досрочно распавшихся пар",
        "Ponderea perechilor dizolvate înainte de termen",
        Unit.SHARE,
        _RA,
        "Pairs that had started and were dissolved on or before the date, over"
        " pairs that had started by the date.",
        direction=_LOW,
    ),
    _metric(
        "mentee_retention",
        "Mentees still in the programme",
        "Доля наставляемых, оставшихся в программе",
        "Ponderea mentoraților rămași în program",
        Unit.SHARE,
        _RA,
        "Mentees with a started pair that is not dissolved on the date, over"
        " mentees with a started pair.",
    ),
    _metric(
        "plan_progress",
        "Average plan progress",
        "Средний прогресс выполнения планов",
        "Progresul mediu al planurilor",
        Unit.SCORE,
        _AV,
        "Mean of mentoring.progress.plan_progress (0..1) as of the date over the"
        " plans that have started by the date.",
    ),
    _metric(
        "health_signal_share",
        "Active pairs with a health signal",
        "Доля действующих пар с сигналом о проблеме",
        "Ponderea perechilor active cu un semnal de risc",
        Unit.SHARE,
        _RA,
        "Pairs active on the date with at least one signal of"
        " mentoring.health.program_signals, over pairs active on the date.",
        direction=_LOW,
    ),
)


def _induction(  # noqa: PLR0913, PLR0917
    code: str,
    en: str,
    ru: str,
    ro: str,
    unit: Unit,
    kind: Kind,
    description: str,
    *,
    direction: Direction = Direction.HIGHER_IS_BETTER,
) -> Indicator:
    return attrs.evolve(
        _metric(code, en, ru, ro, unit, kind, description, direction=direction),
        group="induction",
    )


#: Teacher-induction indicators, beside the seed's catalogue (sources in
#: docs/explanation/indicators.md).
_INDUCTION = (
    _induction(
        "induction_coverage",
        "New teachers with an active mentor",
        "Доля молодых педагогов с действующим наставником",
        "Ponderea debutanților cu un mentor activ",
        Unit.SHARE,
        _RA,
        "Mentees in an active pair on the date, over the programme's mentees.",
    ),
    _induction(
        "days_to_pair",
        "Days from a mentee's request or hire to their first pair",
        "Дней от запроса или приема на работу наставляемого до первой пары",
        "Zile de la cererea sau angajarea mentoratului până la prima pereche",
        Unit.DAYS,
        Kind.MEDIAN,
        "Median of the days from each mentee's request (requested_on) or"
        " hire (hired_on), the later of the two when both are given, to the"
        " start of their first pair (0 when the pair began first), over the"
        " mentees with a pair started by the date (the days of each mentee"
        " are kept, so that it merges exactly).",
        direction=_LOW,
    ),
    _induction(
        "mentees_per_mentor",
        "Mentees per mentor",
        "Наставляемых на одного наставника",
        "Mentorați per mentor",
        Unit.PERSONS,
        _AV,
        "Open (active or paused) pairs on the date, over the mentors with an"
        " open pair.",
        direction=_NEUTRAL,
    ),
    _induction(
        "reassignment_rate",
        "Dissolved pairs replaced",
        "Доля распавшихся пар, замененных новыми",
        "Ponderea perechilor dizolvate înlocuite",
        Unit.SHARE,
        _RA,
        "Pairs dissolved by the date whose mentee was given another pair"
        " after the dissolution, over pairs dissolved by the date.",
    ),
    _induction(
        "retention_1y",
        "Mentees of last year still in the organization",
        "Доля прошлогодних наставляемых, оставшихся в организации",
        "Ponderea mentoraților de anul trecut rămași în instituție",
        Unit.SHARE,
        _RA,
        "Mentees of the programme of the year before who are among this"
        " year's people (mentors, mentees, curator), over last year's mentees;"
        " missing without the year before.",
    ),
    _induction(
        "contact_hours_per_pair",
        "Contact hours per pair",
        "Часов совместной работы на одну пару",
        "Ore de contact per pereche",
        Unit.HOURS,
        _AV,
        "Hours of contact (the minutes of the activities done by the date,"
        " as mentoring.contact counts them) over the pairs started by the date"
        " whose plans record contact time; missing when no such pair.",
    ),
    _induction(
        "observations_per_mentee",
        "Lesson observations per new teacher",
        "Посещений уроков на одного молодого педагога",
        "Asistențe la ore per cadru didactic debutant",
        _E,
        _AV,
        "Lesson observations done by the date in the plans of the mentees'"
        " pairs started by the date, over the mentees with such a pair whose"
        " plans record the kind of contact; missing when no such mentee.",
    ),
    _induction(
        "retention_3y",
        "Mentees of three years ago still in the organization",
        "Доля наставляемых трехлетней давности, оставшихся в организации",
        "Ponderea mentoraților de acum trei ani rămași în instituție",
        Unit.SHARE,
        _RA,
        "Mentees of the programme whose year started three years before this"
        " one who are among this year's people (mentors, mentees, curator),"
        " over those mentees; missing without that year.",
    ),
)


#: The catalogue of the seed's indicators, its expected outcomes, the
#: programme metrics and the teacher-induction indicators, in that order.
CATALOG = Catalog(indicators=(*_SEED, *_OUTCOMES, *_METRICS, *_INDUCTION))
