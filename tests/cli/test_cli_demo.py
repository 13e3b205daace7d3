"""``mentoring demo``: the whole job on every sample, in every language."""

import pytest

from mentoring.cli import main

SECTIONS = {
    "en": [
        "Programme:",
        "People",
        "Pairs by status",
        "Matching the mentees still waiting",
        "Plan progress",
        "Health signals",
        "Indicators from the start to the review",
        "Effectiveness of the programme",
    ],
    "ru": [
        "Программа:",
        "Участники",
        "Пары по статусу",
        "Подбор наставников для ожидающих",
        "Выполнение планов",
        "Сигналы о состоянии пар",
        "Показатели на начало и на дату подведения итогов",
        "Эффективность программы",
    ],
    "ro": [
        "Programul:",
        "Participanți",
        "Perechi după stare",
        "Repartizarea mentoraților care așteaptă",
        "Progresul planurilor",
        "Semnale despre perechi",
        "Indicatori de la început până la evaluare",
        "Eficiența programului",
    ],
}


@pytest.mark.parametrize("sample", ["ru", "md", "kz"])
@pytest.mark.parametrize("lang", ["en", "ru", "ro"])
def test_demo_prints_every_section_of_the_job(sample, lang, capsys):
    assert main(["demo", "--sample", sample, "--lang", lang]) == 0
    out = capsys.readouterr().out
    positions = [out.index(heading) for heading in SECTIONS[lang]]
    assert positions == sorted(positions)


def test_demo_defaults_to_the_russian_school_in_english(capsys):
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "Берёзовская" in out
    assert "Indicators from the start to the review" in out


def test_demo_explains_every_match_and_adds_the_pairs(capsys):
    assert main(["demo", "--sample", "kz"]) == 0
    out = capsys.readouterr().out
    assert "kazakh_levels" in out
    assert "mentors eligible under the model: 7 / 7" in out
    assert "% match" in out
    assert "same_subject" in out
    assert "2 proposed pairs added, then activated after review" in out


def test_demo_indicators_count_the_pairs_the_matching_added(capsys):
    assert main(["demo", "--sample", "ru"]) == 0
    out = capsys.readouterr().out
    # the 15% match is not proposed: the demo's floor is 25%
    assert "lowest score proposed: 25%" in out
    assert "unmatched, below_min_score: 1" in out
    assert "1 proposed pair added, then activated after review" in out
    assert "Active: 6" in out
    table = out[out.index("Indicators from the start") :].splitlines()
    active = next(line for line in table if line.startswith("pairs_active "))
    matched = next(line for line in table if line.startswith("match_rate "))
    assert active.split()[3:5] == ["0", "6"]  # at the start, at the review
    assert "80.0%" in matched


def test_demo_gives_the_quality_of_its_matching(capsys):
    assert main(["demo", "--sample", "kz"]) == 0
    out = capsys.readouterr().out
    quality = out[out.index("quality of the matching:") :].splitlines()[1:8]
    assert "  0 blocking pairs (stable)" in quality
    assert "  2 mentees matched (stable)" in quality


def test_demo_says_a_mentor_may_offer_several_functions(capsys):
    assert main(["demo", "--sample", "ru"]) == 0
    out = capsys.readouterr().out
    people = out[out.index("People") : out.index("Pairs by status")]
    assert "mentors: 5" in people
    assert "functions offered (a mentor may offer several):" in people


def test_demo_shows_the_stalled_pair_as_a_health_signal(capsys):
    assert main(["demo", "--sample", "ru"]) == 0
    out = capsys.readouterr().out
    health = out[out.index("Health signals") : out.index("Indicators from")]
    assert "ru-p6" in health
    assert "days without activity" in health


def test_demo_reports_indicators_from_the_start_to_the_review(capsys):
    assert main(["demo", "--sample", "ru"]) == 0
    out = capsys.readouterr().out
    table = out[out.index("Indicators from the start") :]
    for code in ("1.2", "2.1", "3.4", "4.4", "satisfaction", "match_rate"):
        assert f"\n{code} " in table


@pytest.mark.parametrize(
    "argv",
    [
        ["demo", "--sample", "fr"],
        ["demo", "--lang", "de"],
        ["demo", "--unknown"],
        ["demo", "extra"],
    ],
)
def test_demo_usage_errors_exit_2_and_name_the_argument(argv, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "usage: mentoring demo" in err
    assert "error:" in err


def test_demo_help_describes_the_samples(capsys):
    assert main(["demo", "--help"]) == 0
    out = capsys.readouterr().out
    assert "--sample {ru,md,kz,ro}" in out
    assert "--lang {en,ru,ro,kk}" in out
