"""Shared fixtures for the Python API and CLI tests.

The tests run against the installed package (`pip install .`), or against a CMake build when
GOALSMITH_PYTHONPATH-style setups put goalsmith on sys.path; they never build anything.
"""

from __future__ import annotations

import datetime
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import List, Optional

import pytest

REPO = Path(__file__).resolve().parents[2]
TODAY = datetime.date(2026, 11, 22)  # a Sunday; "by Friday" is 2026-11-27

STRONG = "Rehearse 4 STAR stories about teamwork out loud by Friday."
WEAK = "Get better at interviews."


@pytest.fixture(scope="session")
def engine():
    import goalsmith

    return goalsmith.Engine()


def _cli_commands() -> List[List[str]]:
    commands = [[sys.executable, "-m", "goalsmith"]]
    script = shutil.which("goalsmith", path=os.path.dirname(sys.executable) + os.pathsep
                          + os.environ.get("PATH", ""))
    if script:
        commands.append([script])
    return commands


CLI_COMMANDS = _cli_commands()
CLI_IDS = ["python-m" if len(c) == 3 else "script" for c in CLI_COMMANDS]


@pytest.fixture(params=CLI_COMMANDS, ids=CLI_IDS)
def cli(request):
    """Runs the command line (python -m goalsmith, and the goalsmith script when installed)."""

    def run(*args: str, input: Optional[str] = None) -> subprocess.CompletedProcess:
        return subprocess.run([*request.param, *args], input=input, capture_output=True,
                              text=True, encoding="utf-8", timeout=120)

    run.argv = list(request.param)  # type: ignore[attr-defined]
    return run
