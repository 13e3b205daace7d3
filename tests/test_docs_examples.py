"""Every ```python block in the docs and the README runs.

Each page's blocks run in order in one fresh namespace, as a reader would
type them into one session. A block whose first line is a comment holding
``doctest: skip`` (``# doctest: +SKIP`` works too) is left out; use it only
for code that cannot run in a test (a network call, a long benchmark).
"""

import contextlib
import io
import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FENCE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^\n`]*)\n"
    r"(?P<body>.*?)"
    r"^(?P=indent)(?P=fence)[ \t]*$",
    re.MULTILINE | re.DOTALL,
)
SKIP = re.compile(r"^\s*#.*doctest:\s*\+?skip", re.IGNORECASE)


def _pages():
    pages = sorted((ROOT / "docs").rglob("*.md"))
    pages = [p for p in pages if "_build" not in p.parts]
    readme = ROOT / "README.md"
    if readme.exists():
        pages.append(readme)
    return pages


def python_blocks(text):
    """The python blocks of a Markdown page: (line number, code)."""
    found = []
    for match in FENCE.finditer(text):
        info = match.group("info").strip().split()
        language = info[0].strip("{}") if info else ""
        if language not in ("python", "py", "python3"):
            continue
        body = match.group("body")
        indent = match.group("indent")
        if indent:
            body = "\n".join(line.removeprefix(indent) for line in body.splitlines())
        first_line = body.lstrip("\n").splitlines()[0] if body.strip() else ""
        if SKIP.match(first_line):
            continue
        line = text.count("\n", 0, match.start()) + 2
        found.append((line, body))
    return found


PAGES = [p for p in _pages() if python_blocks(p.read_text(encoding="utf-8"))]


def test_block_finder_reads_fences_and_skips_marked_blocks():
    text = (
        "intro\n"
        "```python\nx = 1\n```\n"
        "```bash\nrm -rf /\n```\n"
        "````{code-block} python\ny = 2\n````\n"
        "```python\n# doctest: +SKIP\nraise SystemExit\n```\n"
        "  ```python\n  z = 3\n  ```\n"
    )
    assert [code for _, code in python_blocks(text)] == ["x = 1\n", "z = 3"]


def test_the_docs_have_examples_to_run():
    assert PAGES, "no page in docs/ has a python block"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_python_block_of_the_page_runs(page, tmp_path):
    text = page.read_text(encoding="utf-8")
    namespace = {"__name__": f"docs_example_{page.stem.replace('-', '_')}"}
    old = Path.cwd()
    os.chdir(tmp_path)  # examples that write files write them here
    try:
        for line, code in python_blocks(text):
            compiled = compile(code, f"{page.relative_to(ROOT)}:{line}", "exec")
            with contextlib.redirect_stdout(io.StringIO()):
                try:
                    exec(compiled, namespace)  # noqa: S102 - our own documentation
                except Exception as exc:
                    pytest.fail(
                        f"{page.relative_to(ROOT)}, the block at line {line} raised"
                        f" {type(exc).__name__}: {exc}"
                    )
    finally:
        os.chdir(old)
