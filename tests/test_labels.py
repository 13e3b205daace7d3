"""Labels in en / ru / ro (kk where known) for every enum member and indicator."""

import enum

import pytest

from mentoring import MenteeCategory, PairStatus
from mentoring import indicators as ind
from mentoring.labels import LABELLED_ENUMS, humanize, label, missing_labels
from mentoring.model import enums as model_enums


def test_no_label_is_missing_in_english_russian_or_romanian():
    missing = missing_labels(("en", "ru", "ro"))
    assert missing == (), "missing labels:\n" + "\n".join(missing)


def test_the_registry_covers_every_enum_of_the_model():
    model = {getattr(model_enums, name) for name in model_enums.__all__}
    assert model <= set(LABELLED_ENUMS)


def test_labels_in_each_locale():
    assert label(PairStatus.ACTIVE, "en") == "Active"
    assert label(PairStatus.ACTIVE, "ru") == "Действует"
    assert label(PairStatus.ACTIVE, "ro-MD") == "Activă"
    assert label(MenteeCategory.YOUNG_SPECIALIST, "kk") == "Жас маман"
    assert label("1.2", "ru").startswith("Количество педагогов, подавших запрос")
    assert (
        label(ind.CATALOG.get("conflicts"), "ro")
        == "Conflicte cu colegii și cu părinții"
    )


def test_a_missing_translation_falls_back_to_english():
    assert label(PairStatus.ACTIVE, "kk") == "Active"
    assert label(PairStatus.ACTIVE, "de") == "Active"


def test_an_unknown_member_is_humanized():
    class SignalKind(enum.StrEnum):
        NO_RECENT_ACTIVITY = "no_recent_activity"

    assert label(SignalKind.NO_RECENT_ACTIVITY, "ru") == "No recent activity"
    assert humanize("young_specialist") == "Young specialist"
    assert label("not_an_indicator") == "Not an indicator"


@pytest.mark.parametrize("cls", LABELLED_ENUMS, ids=lambda c: c.__name__)
def test_every_member_has_a_distinct_label_in_each_locale(cls):
    for lang in ("en", "ru", "ro"):
        labels = [label(m, lang) for m in cls]
        assert len(set(labels)) == len(labels), (lang, labels)
