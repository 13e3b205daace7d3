"""The command as a new user meets it: ``python -m mentoring --help``."""

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
