"""``python -m goalsmith``: the same command line as the ``goalsmith`` script."""

from ._cli import main

raise SystemExit(main())
