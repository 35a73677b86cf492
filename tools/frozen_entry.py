"""The frozen app's entry point (build.spec). Not `assistant/__main__.py` itself: PyInstaller runs its entry script
as a top-level module outside the package, and that module finds its catalogues next to its own `__file__`."""

import sys

from assistant.__main__ import main

sys.exit(main())
