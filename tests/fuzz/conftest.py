"""The fuzz suite's budget and its count of inputs.

Each fuzz test of a loader given small values runs
``MENTORING_FUZZ_EXAMPLES`` examples (default 20: a few seconds inside
``make test``), the test of whole programmes a fifth of that, the tests of
JSON rosters and of the command a tenth (at least 10 each); ``make fuzz`` sets it high and prints how many
inputs the loaders and the command were given, and how long that took.
"""

import os
import time

import pytest

#: Examples per fuzz test of a loader given a small value.
EXAMPLES = int(os.environ.get("MENTORING_FUZZ_EXAMPLES", "20"))
#: Examples per fuzz test of whole programmes (each input costs as much as
#: several small ones).
LARGE_EXAMPLES = max(EXAMPLES // 5, 10)
#: Examples per fuzz test of the command and of JSON rosters (each run
#: costs several loads).
CLI_EXAMPLES = max(EXAMPLES // 10, 10)

_COUNT = {"inputs": 0}
_STARTED = time.perf_counter()


def count(n: int = 1) -> None:
    """Count *n* inputs given to a loader or the command."""
    _COUNT["inputs"] += n


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _COUNT["inputs"]:
        elapsed = time.perf_counter() - _STARTED
        terminalreporter.write_line(
            f"fuzz: {_COUNT['inputs']} inputs in {elapsed:.1f} s"
            f" ({EXAMPLES} examples per small-value test, {LARGE_EXAMPLES} per"
            f" programme test, {CLI_EXAMPLES} per roster or command test)"
        )
