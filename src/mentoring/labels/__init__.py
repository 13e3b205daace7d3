"""Labels in English, Russian, Romanian and Kazakh for every enum member
and every indicator: :func:`label`.

>>> from mentoring.model import MenteeCategory
>>> label(MenteeCategory.YOUNG_SPECIALIST, "ru")
'Молодой специалист'
>>> label("2.2", lang="ro")
'Mentori din rândul cadrelor didactice'
>>> label(MenteeCategory.YOUNG_SPECIALIST, "kk")
'Жас маман'

The English labels are in the code; their translations are in the gettext
catalogues of the package (``mentoring/locale/<lang>/LC_MESSAGES``), which
translators edit with their own tools.

A member no table knows is humanized (``"young_specialist"`` becomes
``"Young specialist"``), so enums added later show a readable English label
until they are translated. :func:`missing_labels` lists what is missing.

The English fallback is for a missing *translation*: a language outside
:data:`LANGS` (``"de"``) is refused with a
:class:`~mentoring.errors.ValidationError` at ``$.lang``, never answered in
English as if it were known.
"""

import enum

from mentoring._checks import expect, raise_if, validated
from mentoring._i18n import tr, tr_ctx, translated
from mentoring._locale import LANGS, lang_of, lang_problems
from mentoring._problems import not_one_of
from mentoring.errors import Problem
from mentoring.indicators import CATALOG, Catalog, Indicator
from mentoring.labels._registry import CONTEXTS, LABELLED_ENUMS, TABLE_OF
from mentoring.labels._types import Labels

__all__ = [
    "LABELLED_ENUMS",
    "LANGS",
    "Labels",
    "humanize",
    "label",
    "missing_labels",
]


@validated
def humanize(value: str) -> str:
    """``"young_specialist"`` -> ``"Young specialist"``: the English fallback.

    Raises:
        ~mentoring.errors.ValidationError: *value* is not a string.

    .. versionadded:: 0.1.0
    """
    text = value.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def _context(member: enum.Enum) -> str:
    return CONTEXTS.get((type(member).__name__, str(member.value)), "")


def _pick(member: enum.Enum, english: str, lang: str) -> str:
    context = _context(member)
    return tr_ctx(context, english, lang) if context else tr(english, lang)


def _has_title(indicator: Indicator, lang: str) -> bool:
    explicit = getattr(indicator, f"title_{lang}", "")
    return bool(explicit) or translated(indicator.title_en, lang)


def _member_label(member: enum.Enum, language: str) -> str:
    """The label of *member* in *language*, a bare language code the caller
    has checked (``"ru"``): :func:`label` without its argument checks, for
    the library's own callers that show many members (``mentoring demo``).
    """
    english = TABLE_OF.get(type(member), {}).get(str(member.value))
    if english is None:
        return humanize(str(member.value))
    return _pick(member, english, language)


def label(
    value: enum.Enum | Indicator | str,
    lang: str = "en",
    *,
    catalog: Catalog = CATALOG,
) -> str:
    """The label of an enum member, an indicator or an indicator code in
    *lang* (``"ru"``, ``"ru-RU"``, ``"ro_MD"``, ...).

    A missing translation falls back to English; an unknown member or code
    to its humanized value.

    >>> label("2.2", "de")
    Traceback (most recent call last):
    ...
    mentoring.errors.ValidationError: invalid arguments of label: 1 problem
      $.lang: must be one of 'en', 'ru', 'ro', 'kk'; got 'de'

    Raises:
        ~mentoring.errors.ValidationError: *value* is not an enum member, an
            indicator or a string; *lang* is not one of :data:`LANGS`
            (with a region or not); *catalog* is not a
            :class:`~mentoring.indicators.Catalog`.

    .. versionadded:: 0.1.0
    """
    problems: list[Problem] = []
    expect(problems, "$.value", value, enum.Enum | Indicator | str)
    problems.extend(lang_problems(lang))
    expect(problems, "$.catalog", catalog, Catalog)
    raise_if(problems, "arguments of label")
    language = lang_of(lang)
    if isinstance(value, Indicator):
        return value.title(language)
    if isinstance(value, enum.Enum):
        return _member_label(value, language)
    indicator = catalog.get(value)
    return humanize(value) if indicator is None else indicator.title(language)


def missing_labels(
    langs: tuple[str, ...] = ("en", "ru", "ro"),
    *,
    catalog: Catalog = CATALOG,
) -> tuple[str, ...]:
    """Every label missing in *langs*, as ``"ru: MentorOrigin.ngo"`` or
    ``"ro: indicator 1.2"``; ``()`` when none is.

    Covers the members of the enums in ``LABELLED_ENUMS`` and the indicators of
    *catalog*.

    >>> missing_labels(("ru", "ro"))
    ()

    Raises:
        ~mentoring.errors.ValidationError: *langs* is not a tuple of
            :data:`LANGS` (``"en"``, ``"ru"``, ``"ro"``, ``"kk"``), or
            *catalog* is not a :class:`~mentoring.indicators.Catalog`.

    .. versionadded:: 0.1.0
    """
    problems: list[Problem] = []
    if expect(problems, "$.langs", langs, tuple[str, ...]):
        problems.extend(
            not_one_of(f"$.langs[{i}]", LANGS, lang)
            for i, lang in enumerate(langs)
            if lang not in LANGS
        )
    expect(problems, "$.catalog", catalog, Catalog)
    raise_if(problems, "arguments of missing_labels")
    found: list[str] = []
    for lang in langs:
        for cls in LABELLED_ENUMS:
            table = TABLE_OF.get(cls, {})
            for member in cls:
                english = table.get(str(member.value))
                if english is None or not translated(english, lang, _context(member)):
                    found.append(f"{lang}: {cls.__name__}.{member.value}")
        found.extend(
            f"{lang}: indicator {ind.code}"
            for ind in catalog
            if not _has_title(ind, lang)
        )
    return tuple(found)
