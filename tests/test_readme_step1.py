"""README step 1 exactly as written, in a fresh clone of the repository: it installs
judge-app in a new virtual environment (pip needs PyPI or its cache), builds the demo and
opens the first judge's package; run again, it opens the demo again instead of refusing
its folder. The command is read from the README, so the README cannot rot.

Takes minutes (a new .venv with PySide6); it clones HEAD, so commit before running it.
The window runs offscreen and closes itself through the JUDGE_APP_QUIT_AFTER_MS test hook
(judge_app/ui/app.py), printing the file it had open."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def step_one_command() -> str:
    """The shell code block of step 1 in the README's set-up section."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Set-up on a fresh machine", 1)[1]
    step = section.split("\n1. ", 1)[1].split("\n2. ", 1)[0]
    found = re.search(r"```sh\n(.*?)```", step, re.S)
    assert found, "README step 1 has no ```sh block"
    lines = [line.strip() for line in found.group(1).strip().splitlines()]
    return "\n".join(lines)


def opened_file(stdout: str, cwd: Path) -> Path | None:
    """The file the window had open, from the line the JUDGE_APP_QUIT_AFTER_MS hook prints."""
    prefix = "JUDGE_APP_QUIT_AFTER_MS: "
    for line in stdout.splitlines():
        if line.startswith(prefix):
            return (cwd / line.removeprefix(prefix)).resolve()
    return None


def test_step_one_is_one_command_that_opens_the_demo() -> None:
    command = step_one_command()
    assert "\n" not in command
    assert "demo judge-app-demo --open" in command


@pytest.mark.minutes
@pytest.mark.timeout(1800)
@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_readme_step_one_in_a_fresh_clone(tmp_path: Path) -> None:
    clone = tmp_path / "judge-app"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True, timeout=300)
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME")
    }
    venv_bin = str(ROOT / ".venv" / "bin")
    env["PATH"] = os.pathsep.join(
        part for part in env.get("PATH", "").split(os.pathsep) if part != venv_bin
    )
    env.update(
        QT_QPA_PLATFORM="offscreen",
        JUDGE_APP_QUIT_AFTER_MS="1500",
        JUDGE_APP_HOME=str(tmp_path / "home"),
        PYTHONIOENCODING="utf-8",
    )
    command = step_one_command()

    def step_one() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["bash", "-c", command],
            cwd=clone,
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=1500,
        )

    first = step_one()
    assert first.returncode == 0, first.stdout[-3000:] + first.stderr[-3000:]
    demo = clone / "judge-app-demo"
    packages = sorted((demo / "packages").glob("J*.sqlite"))
    assert (demo / "master.sqlite").is_file()
    assert [p.name[:3] for p in packages] == ["J1-", "J2-", "J3-", "J4-", "J5-"]
    assert opened_file(first.stdout, clone) == packages[0].resolve(), first.stdout[-3000:]
    assert (clone / ".venv" / "bin" / "judge-app").exists()

    again = step_one()
    assert again.returncode == 0, again.stdout[-3000:] + again.stderr[-3000:]
    assert opened_file(again.stdout, clone) == packages[0].resolve(), again.stdout[-3000:]
    assert "not empty" not in again.stderr
    assert "installing Debian packages" not in again.stdout  # all there after the first run
