"""The committed stub goalsmith/_core.pyi matches the compiled module (mypy.stubtest)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ALLOWLIST = Path(__file__).with_name("stubtest-allowlist.txt")
REPO = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None,
                    reason="mypy is not installed (pip install .[test] installs it)")
def test_core_stub_matches_the_extension(tmp_path):
    p = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "goalsmith._core",
         "--mypy-config-file", str(tmp_path / "none.ini"), "--allowlist", str(ALLOWLIST)],
        capture_output=True, text=True, cwd=tmp_path, timeout=600)
    assert p.returncode == 0, p.stdout + p.stderr


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None,
                    reason="mypy is not installed (pip install .[test] installs it)")
def test_package_sources_type_check_strictly():
    # The sources in python/ (mypy reads _core.pyi there instead of the extension).
    p = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "-p", "goalsmith"],
        capture_output=True, text=True, cwd=REPO / "python", timeout=600)
    assert p.returncode == 0, p.stdout + p.stderr


USER_CODE = """
import datetime
from typing import List, Optional
import goalsmith

r: goalsmith.Report = goalsmith.check_goal("Rehearse 4 STAR stories by Friday", today="2026-11-22")
verdict: str = r.time_bound.verdict
deadline: Optional[datetime.date] = r.deadline
spans: List[tuple[int, int]] = [e.span for e in r.specific.evidence]
many: List[goalsmith.Report] = goalsmith.check_goals(["a", "b"], threads=2)
engine = goalsmith.Engine.from_pack_json(goalsmith.Engine().pack_json())
"""


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None,
                    reason="mypy is not installed (pip install .[test] installs it)")
def test_installed_package_is_typed_for_users(tmp_path):
    (tmp_path / "user.py").write_text(USER_CODE, encoding="utf-8")
    p = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "user.py"],
        capture_output=True, text=True, cwd=tmp_path, timeout=600)
    assert p.returncode == 0, p.stdout + p.stderr
