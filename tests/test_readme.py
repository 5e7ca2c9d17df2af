"""The README's set-up commands are the ones CI runs, so what it tells a new user is tested."""

import re
import subprocess
from pathlib import Path

import pytest

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


def tour_blocks(language: str) -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8").split("## A short tour", 1)[1]
    return re.findall(rf"```{language}\n(.*?)```", text, re.S)


@pytest.mark.model
def test_every_tour_command_and_example_runs_as_written(tmp_path):
    venv = ROOT / ".venv"
    if not (venv / "bin" / "kg").exists():
        pytest.skip("the README's .venv is not installed in this checkout")
    (tmp_path / ".venv").symlink_to(venv)
    (tmp_path / "seeds").symlink_to(ROOT / "seeds")
    subprocess.run([".venv/bin/kg", "build", "seeds", "--out", "out"], cwd=tmp_path, check=True, capture_output=True)
    for block in tour_blocks("sh"):
        for command in block.strip().splitlines():
            run = subprocess.run(command, shell=True, cwd=tmp_path, capture_output=True, text=True, timeout=300)
            assert run.returncode == 0, f"{command}\n{run.stderr[-500:]}"
    for block in tour_blocks("python"):
        run = subprocess.run([str(venv / "bin" / "python"), "-c", block], cwd=tmp_path, capture_output=True,
                             text=True, timeout=300)
        assert run.returncode == 0, f"{block}\n{run.stderr[-800:]}"
