"""The README's set-up commands are the ones CI runs, so what it tells a new user is tested."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("## Set up (fresh machine)", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    return [line.strip() for line in block.strip().splitlines()]


def test_readme_has_two_setup_commands_install_and_test():
    commands = setup_commands()
    assert len(commands) == 2
    assert "kg build seeds" in commands[0] and "pytest" in commands[1]


def test_ci_runs_the_readme_commands_verbatim():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    for command in setup_commands():
        assert command in ci
