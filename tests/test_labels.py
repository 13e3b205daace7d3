"""Labels in en / ru / ro / kk for every enum member and indicator."""

import datetime as dt
import enum
import importlib
import pkgutil
import types

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import mentoring
from mentoring import MenteeCategory, PairStatus, export
from mentoring import _enums as model_enums
from mentoring import indicators as ind
from mentoring.health import Severity, SignalKind
from mentoring.labels import LABELLED_ENUMS, LANGS, humanize, label, missing_labels
from mentoring.labels._registry import TABLES
from mentoring.matching import CriterionKind, UnmatchedReason
from mentoring.model import ActivityTiming
from mentoring.schedule import Frequency, Weekday

_DAY = dt.date(2022, 5, 31)


def test_no_label_is_missing_in_any_language():
    missing = missing_labels(LANGS)
    assert missing == (), "missing labels:\n" + "\n".join(missing)


def test_the_registry_covers_every_enum_of_the_model():
    model = {getattr(model_enums, name) for name in model_enums.__all__}
    assert model <= set(LABELLED_ENUMS)


def test_labels_in_each_language():
    assert label(PairStatus.ACTIVE, "en") == "Active"
    assert label(PairStatus.ACTIVE, "ru") == "Действует"
    assert label(PairStatus.ACTIVE, "ro-MD") == "Activă"
    assert label(MenteeCategory.YOUNG_SPECIALIST, "kk") == "Жас маман"
    assert label("1.2", "ru").startswith("Количество педагогов, подавших запрос")
    assert (
        label(ind.CATALOG["conflicts"], "ro") == "Conflicte cu colegii și cu părinții"
    )
    assert label(PairStatus.ACTIVE, lang="ru") == "Действует"


def test_kazakh_labels_come_from_the_catalogue():
    assert label(PairStatus.ACTIVE, "kk") == "Белсенді"
    assert label(PairStatus.ACTIVE, "KK-kz") == "Белсенді"
    assert label(ind.CATALOG["2.2"], "kk") == (
        "Педагогтер қатарынан шыққан тәлімгерлер саны"
    )


def test_a_label_in_a_context_is_told_apart_from_the_same_english_word():
    from mentoring.model import Approach, Scope

    assert label(Scope.DISTRICT, "ru") == "Муниципальный"
    assert label(ind.Column.DISTRICT, "ru") == "Район"
    assert label(Approach.GROUP, "ro") == "De grup"
    assert label(ind.Column.GROUP, "ro") == "Grup"


@pytest.mark.parametrize("lang", ["de", "fr-FR", "", "english"])
def test_an_unknown_language_is_refused_not_answered_in_english(lang):
    with pytest.raises(mentoring.ValidationError) as err:
        label(PairStatus.ACTIVE, lang)
    assert [(p.path, p.code) for p in err.value.problems] == [("$.lang", "choice")]
    assert err.value.problems[0].message == (
        f"must be one of 'en', 'ru', 'ro', 'kk'; got {lang!r}"
    )
    with pytest.raises(mentoring.ValidationError) as err:
        ind.CATALOG["2.2"].title(lang)
    assert [p.path for p in err.value.problems] == ["$.lang"]
    with pytest.raises(mentoring.ValidationError) as err:
        export.to_table(ind.Snapshot(on=_DAY, values=()), lang=lang)
    assert [p.path for p in err.value.problems] == ["$.lang"]


def test_a_language_that_is_not_a_string_is_refused_with_its_type():
    with pytest.raises(mentoring.ValidationError) as err:
        label(PairStatus.ACTIVE, 5)
    assert [str(p) for p in err.value.problems] == [
        "$.lang: expected a language code (str), got int 5"
    ]
    assert err.value.subject == "arguments of label"


def test_a_kazakh_export_is_kazakh_and_a_bad_lang_is_at_its_path():
    snap = ind.Snapshot(
        on=_DAY,
        values=(
            ind.Value(
                code="2.2",
                kind=ind.Kind.STOCK,
                provenance=ind.Provenance.COMPUTED,
                numerator=3,
            ),
        ),
    )
    row = export.rows(snap, lang="kk")[0]
    assert row["indicator"] == "Педагогтер қатарынан шыққан тәлімгерлер саны"
    assert row["unit"] == "адам"
    assert "kk: indicator 2.2" not in missing_labels(("kk",))
    for write in (export.rows, export.to_csv, export.to_json_rows, export.to_table):
        with pytest.raises(mentoring.ValidationError) as err:
            write(snap, lang="de")
        assert [p.path for p in err.value.problems] == ["$.lang"]


def test_every_known_language_with_or_without_a_region_is_accepted():
    assert LANGS == ("en", "ru", "ro", "kk")
    for lang in (*LANGS, "ru-RU", "ro_MD", "RU", "kk_KZ", "en-GB"):
        assert label(PairStatus.ACTIVE, lang)
        assert ind.CATALOG["2.2"].title(lang)
    assert label(PairStatus.ACTIVE, "ru-RU") == label(PairStatus.ACTIVE, "ru")


def test_an_unknown_member_is_humanized():
    # Shares its name and value with a labelled enum, yet is another enum.
    class SignalKind(enum.StrEnum):
        NO_RECENT_ACTIVITY = "no_recent_activity"

    assert label(SignalKind.NO_RECENT_ACTIVITY, "ru") == "No recent activity"
    assert humanize("young_specialist") == "Young specialist"
    assert label("not_an_indicator") == "Not an indicator"


@pytest.mark.parametrize("cls", LABELLED_ENUMS, ids=lambda c: c.__name__)
def test_every_member_has_a_distinct_label_in_each_language(cls):
    for lang in LANGS:
        labels = [label(m, lang) for m in cls]
        assert len(set(labels)) == len(labels), (lang, labels)


# The public modules named in the contract; every other non-private module of
# the package is walked too.
_PUBLIC_MODULES = (
    "mentoring",
    "mentoring.calendar",
    "mentoring.health",
    "mentoring.indicators",
    "mentoring.matching",
    "mentoring.model",
    "mentoring.model",
    "mentoring.schedule",
)


def _public_modules() -> list[types.ModuleType]:
    names = set(_PUBLIC_MODULES)
    for info in pkgutil.walk_packages(mentoring.__path__, "mentoring."):
        if not any(part.startswith("_") for part in info.name.split(".")):
            names.add(info.name)
    return [importlib.import_module(name) for name in sorted(names)]


def _enums_of(obj: object, seen: set[type]) -> set[type[enum.Enum]]:
    """The mentoring enums *obj* is or whose fields (for attrs classes) hold."""
    found: set[type[enum.Enum]] = set()
    if not isinstance(obj, type) or obj in seen:
        return found
    seen.add(obj)
    if not obj.__module__.startswith("mentoring"):
        return found
    if issubclass(obj, enum.Enum):
        found.add(obj)
    elif attrs.has(obj):
        for field in attrs.fields(obj):
            for tp in _types_in(field.type):
                found |= _enums_of(tp, seen)
    return found


def _types_in(annotation: object) -> list[object]:
    args = getattr(annotation, "__args__", None)
    if not args:
        return [annotation]
    return [annotation, *(t for arg in args for t in _types_in(arg))]


def _public_enums() -> dict[type[enum.Enum], str]:
    """Every enum reachable from a public name of a public module: the name
    of the first module showing it."""
    found: dict[type[enum.Enum], str] = {}
    seen: set[type] = set()
    for module in _public_modules():
        names = getattr(module, "__all__", None) or [
            n for n in vars(module) if not n.startswith("_")
        ]
        for name in names:
            for cls in _enums_of(getattr(module, name), seen):
                found.setdefault(cls, f"{module.__name__}.{name}")
    return found


def test_every_public_enum_is_labelled():
    public = _public_enums()
    unlabelled = sorted(
        f"{cls.__module__}.{cls.__qualname__} (via {where})"
        for cls, where in public.items()
        if cls not in LABELLED_ENUMS
    )
    assert unlabelled == [], "add to LABELLED_ENUMS and label:\n" + "\n".join(
        unlabelled
    )


def test_the_walk_finds_the_enums_outside_the_model():
    public = _public_enums()
    for cls in (SignalKind, Severity, CriterionKind, UnmatchedReason):
        assert cls in public
    for cls in (Weekday, Frequency, ActivityTiming, ind.Verdict, ind.Column):
        assert cls in public


def test_labelled_enums_have_distinct_names():
    names = [cls.__name__ for cls in LABELLED_ENUMS]
    twice = sorted({n for n in names if names.count(n) > 1})
    assert twice == [], f"two labelled enums share a name: {twice}"


def test_no_table_labels_a_member_that_does_not_exist():
    members = {cls.__name__: {str(m.value) for m in cls} for cls in LABELLED_ENUMS}
    stale = sorted(
        f"{name}.{value}"
        for name, table in TABLES.items()
        for value in table
        if value not in members.get(name, set())
    )
    assert stale == []


def test_labels_of_the_matching_health_and_calendar_enums():
    assert label(SignalKind.NO_PLAN, "ru") == "Нет плана наставничества"
    assert label(Severity.CRITICAL, "ro") == "Critic"
    assert label(CriterionKind.MENTEE_CHOICE, "ru") == "Выбор наставляемого"
    assert label(UnmatchedReason.NO_ELIGIBLE_MENTOR, "ro-MD") == (
        "Niciun mentor eligibil"
    )
    assert label(Weekday.MONDAY, "ru") == "Понедельник"
    assert label(Weekday.MONDAY, "kk") == "Дүйсенбі"
    assert label(Frequency.WEEKLY, "ro") == "Săptămânal"
    assert label(ActivityTiming.EACH_TERM, "en") == "At each term's current control"


def test_missing_labels_names_each_gap_of_a_language_and_of_a_custom_indicator():
    assert "kk: PairStatus.active" not in missing_labels(("kk",))
    custom = ind.Indicator(
        code="open_lessons",
        group="custom",
        title_en="Open lessons",
        unit=ind.Unit.EVENTS,
        kind=ind.Kind.CUMULATIVE,
    )
    catalog = ind.CATALOG.with_indicator(custom)
    assert missing_labels(("ru", "ro"), catalog=catalog) == (
        "ru: indicator open_lessons",
        "ro: indicator open_lessons",
    )
    assert label(custom, "ru") == "Open lessons"
    assert label("open_lessons", "ru", catalog=catalog) == "Open lessons"
    assert missing_labels(langs=("kk",), catalog=catalog)[-1] == (
        "kk: indicator open_lessons"
    )


def test_missing_labels_refuses_what_is_not_a_tuple_of_languages():
    with pytest.raises(mentoring.ValidationError) as err:
        missing_labels(("ru", "de", "ro-MD"))
    assert [str(p) for p in err.value.problems] == [
        "$.langs[1]: must be one of 'en', 'ru', 'ro', 'kk'; got 'de'",
        "$.langs[2]: must be one of 'en', 'ru', 'ro', 'kk'; got 'ro-MD'",
    ]
    with pytest.raises(mentoring.ValidationError) as err:
        missing_labels("ru")
    assert [str(p) for p in err.value.problems] == [
        "$.langs: expected a tuple of str, got str 'ru'"
    ]


def test_humanize_refuses_what_is_not_a_string():
    with pytest.raises(mentoring.ValidationError) as err:
        humanize(None)
    assert [str(p) for p in err.value.problems] == [
        "$.value: expected a str, got NoneType None"
    ]


def _every_member() -> list:
    import enum

    from mentoring import _enums, calendar, health, indicators, matching, schedule
    from mentoring.labels import LABELLED_ENUMS

    found = {m for e in LABELLED_ENUMS for m in e}
    for module in (_enums, calendar, health, indicators, matching, schedule):
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, enum.Enum):
                found.update(value)
    return sorted(found, key=lambda m: (type(m).__name__, str(m.value)))


@given(
    member=st.sampled_from(_every_member()),
    lang=st.sampled_from(["en", "ru", "ro", "kk"]),
)
def test_the_demos_member_label_is_label_without_the_checks(member, lang):
    from mentoring.labels import _member_label, label

    assert _member_label(member, lang) == label(member, lang)
