"""The ``goalsmith`` console script: the C++ command line, shared with the executable."""

from __future__ import annotations

import os
import sys

from . import _core


def main() -> int:
    """Runs ``goalsmith`` with ``sys.argv[1:]``; returns the exit status."""
    # The C++ side writes to the same file descriptors: flush Python's buffers first.
    sys.stdout.flush()
    sys.stderr.flush()
    # os.fsencode gives back the exact bytes of each argument (Python decoded them with
    # surrogateescape), so invalid UTF-8 on the command line reaches the core and is reported
    # as such, exactly as with the C++ executable.
    return _core.run_cli([os.fsencode(a) for a in sys.argv[1:]])
