"""Every Python example runs and exits 0."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import REPO

EXAMPLES = sorted((REPO / "examples" / "python").glob("*.py"))


def test_there_are_python_examples():
    assert EXAMPLES


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_example_runs(path, tmp_path):
    p = subprocess.run([sys.executable, str(path)], capture_output=True, text=True,
                       cwd=tmp_path, timeout=120)
    assert p.returncode == 0, p.stdout + p.stderr
    assert p.stdout.strip()
