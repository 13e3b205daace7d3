"""The command as a new user meets it: ``python -m mentoring --help``."""

import json
import subprocess
import sys

import pytest

from mentoring.cli import main


def test_python_dash_m_mentoring_help_lists_every_subcommand():
    result = subprocess.run(
        [sys.executable, "-m", "mentoring", "--help"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0
    for command in ("demo", "match", "indicators", "validate", "schema"):
        assert command in result.stdout
    assert "Exit status: 0 success, 1 invalid input, 2 usage error." in result.stdout


@pytest.mark.parametrize(
    "command", ["demo", "match", "indicators", "validate", "schema"]
)
def test_every_subcommand_has_help(command, capsys):
    assert main([command, "--help"]) == 0
    assert f"usage: mentoring {command}" in capsys.readouterr().out


def test_no_subcommand_is_a_usage_error(capsys):
    assert main([]) == 2
    assert "the following arguments are required: COMMAND" in capsys.readouterr().err


def test_unknown_subcommand_is_a_usage_error(capsys):
    assert main(["teach"]) == 2
    assert "invalid choice: 'teach'" in capsys.readouterr().err


def test_version(capsys):
    import mentoring

    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"mentoring {mentoring.__version__}"


def test_cli_doctests_pass():
    import doctest

    from mentoring import cli

    assert doctest.testmod(cli, optionflags=doctest.ELLIPSIS).failed == 0


class _ClosedPipe:
    def write(self, _text):
        raise BrokenPipeError

    def flush(self):
        raise BrokenPipeError

    def fileno(self):
        raise ValueError("no file")


def test_a_reader_that_goes_away_is_not_an_error(monkeypatch):
    monkeypatch.setattr("sys.stdout", _ClosedPipe())
    assert main(["demo"]) == 0


def test_python_dash_m_mentoring_runs_a_command():
    result = subprocess.run(
        [sys.executable, "-m", "mentoring", "schema", "Person"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["title"] == "Person"


def test_python_dash_m_mentoring_exits_1_on_invalid_input(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text("[]", encoding="utf-8")
    result = subprocess.run(  # noqa: S603 - our interpreter, our temporary file
        [sys.executable, "-m", "mentoring", "validate", str(path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 1
    assert f"{path}: $: expected a programme document (a dict), got list []" in (
        result.stdout
    )


def test_the_public_surface_of_the_command_module_is_main_only():
    from mentoring import cli

    assert cli.__all__ == ["main"]
    defined_here = [
        name
        for name, value in vars(cli).items()
        if not name.startswith("_")
        and getattr(value, "__module__", None) == "mentoring.cli"
    ]
    assert defined_here == ["main"]


def test_the_command_and_its_demo_do_not_import_each_other_both_ways():
    import ast
    from pathlib import Path

    import mentoring

    def imported(name):
        path = Path(mentoring.__file__).parent / f"{name}.py"
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                found.add(node.module)
                found.update(f"{node.module}.{a.name}" for a in node.names)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
        return found

    assert "mentoring.cli" not in imported("_demo")
    assert "mentoring._demo" in imported("cli")  # to run the demo, lazily


def test_the_console_script_is_the_exiting_entry():
    from importlib.metadata import entry_points

    from mentoring.cli import _console

    (script,) = entry_points(group="console_scripts", name="mentoring")
    assert script.load() is _console


@pytest.mark.parametrize(
    ("argv", "status"),
    [(["schema", "Person"], 0), (["validate", "no-such-file.json"], 1), ([], 2)],
)
def test_the_console_entry_exits_with_the_status_of_main(argv, status, monkeypatch):
    import gc

    from mentoring.cli import _console

    monkeypatch.setattr(sys, "argv", ["mentoring", *argv])
    assert gc.get_freeze_count() == 0
    try:
        with pytest.raises(SystemExit) as exit_:
            _console()
        # The run's objects are out of the collector's reach for the exit.
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
    assert exit_.value.code == status


def test_main_leaves_the_collector_alone(capsys):
    import gc

    assert main(["schema", "Person"]) == 0
    assert gc.get_freeze_count() == 0


def test_a_file_written_by_the_command_is_whole_when_the_process_ends(
    ru_file, tmp_path
):
    # The console entry freezes the collector's objects before the exit:
    # whatever the command writes must be flushed and closed by then.
    out = tmp_path / "report.html"
    result = subprocess.run(  # noqa: S603 - our interpreter, our temporary files
        [
            sys.executable,
            "-m",
            "mentoring",
            "indicators",
            str(ru_file),
            "--format",
            "html",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert page.rstrip().endswith("</html>")
