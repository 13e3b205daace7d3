"""The embedding tutorial shows, after each block that prints, the output
that block really prints."""

import contextlib
import io
import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TUTORIAL = ROOT / "docs" / "tutorial" / "embed.md"
BLOCK = re.compile(
    r"^```(?P<info>python|text)\n(?P<body>.*?)^```$", re.MULTILINE | re.DOTALL
)


def test_every_printing_block_of_the_tutorial_shows_its_real_output(tmp_path):
    text = TUTORIAL.read_text(encoding="utf-8")
    namespace = {"__name__": "tutorial"}
    printed = None
    checked = 0
    old = Path.cwd()
    os.chdir(tmp_path)
    try:
        for block in BLOCK.finditer(text):
            if block.group("info") == "python":
                assert not printed, f"no output shown for a block printing {printed!r}"
                out = io.StringIO()
                with contextlib.redirect_stdout(out):
                    exec(block.group("body"), namespace)  # noqa: S102 - our docs
                printed = out.getvalue()
            elif printed:
                assert block.group("body") == printed
                printed = None
                checked += 1
    finally:
        os.chdir(old)
    assert not printed
    assert checked >= 6
