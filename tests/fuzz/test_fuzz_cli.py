"""Fuzzing the command in-process: every run exits 0 or 1, never with a
traceback, and a report it says it wrote is there whole.
"""

import contextlib
import io
import json
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from mentoring.cli import main

from ._mutate import mutated
from ._seeds import programmes
from .conftest import CLI_EXAMPLES, count
from .test_fuzz_loaders import FUZZ, csv_rosters

COMMAND = settings(FUZZ, max_examples=CLI_EXAMPLES)


def run(argv: list[str]) -> tuple[int, str, str]:
    count()
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    assert code in (0, 1), (argv, code, err.getvalue())
    assert "Traceback" not in err.getvalue()
    return code, out.getvalue(), err.getvalue()


@COMMAND
@given(
    st.sampled_from(programmes()).flatmap(lambda doc: mutated(doc, 2)),
    st.sampled_from(["validate", "csv", "json", "html", "table"]),
    st.booleans(),
)
def test_the_command_on_mutated_programmes(doc, command, ascii_only):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "prog.json"
        text = json.dumps(doc, ensure_ascii=ascii_only)
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        if command == "validate":
            code, out, err = run(["validate", str(path)])
            # The verdict (or every problem) on stdout; a file that cannot
            # be read as text, on stderr.
            assert (out if code == 0 else out or err).strip()
            return
        target = Path(folder) / f"report.{command}"
        code, _, err = run(
            ["indicators", str(path), "--format", command, "--out", str(target)]
        )
        if code == 0:
            target.read_text(encoding="utf-8")
        else:
            assert not target.exists()
            assert err.strip()


@COMMAND
@given(csv_rosters(), csv_rosters())
def test_the_command_on_fuzzed_rosters(mentors, mentees):
    with tempfile.TemporaryDirectory() as folder:
        a = Path(folder) / "mentors.csv"
        b = Path(folder) / "mentees.csv"
        # A lone surrogate becomes bytes that are not UTF-8, as in a bad file.
        a.write_bytes(mentors.encode("utf-8", "surrogatepass"))
        b.write_bytes(mentees.encode("utf-8", "surrogatepass"))
        out = Path(folder) / "pairs.csv"
        code, _, _ = run(["match", str(a), str(b), "--out", str(out)])
        assert out.exists() == (code == 0)
