"""The how-to's ``python`` blocks run as written, in order (``py`` blocks are
sketches for Spark and Dask, which are not installed)."""

import pathlib
import re

DOC = pathlib.Path(__file__).parents[2] / "docs" / "how-to" / "district-indicators.md"
EXPLANATION = (
    pathlib.Path(__file__).parents[2] / "docs" / "explanation" / "indicators.md"
)


def test_the_district_how_to_runs(capsys):
    blocks = re.findall(
        r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.DOTALL
    )
    assert len(blocks) >= 6
    namespace: dict[str, object] = {"__name__": "how_to"}
    for block in blocks:
        exec(compile(block, str(DOC), "exec"), namespace)  # noqa: S102
    out = capsys.readouterr().out
    assert "0.8571428571428571 18 21" in out
    assert "{'north': 6, 'south': 15}" in out
    assert "$.lang: must be one of 'en', 'ru', 'ro', 'kk'; got 'de'" in out


def test_the_explanation_defines_every_code_of_the_catalogue():
    from mentoring import indicators

    text = EXPLANATION.read_text(encoding="utf-8")
    missing = [c for c in indicators.CATALOG.codes() if f"| `{c}` |" not in text]
    assert missing == []
