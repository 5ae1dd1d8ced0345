"""Python's warnings are for developers, not for a secretariat."""

from __future__ import annotations

import os
import sys


def quiet_warnings() -> None:
    """A library's notice (cryptography's "DSA is deprecated" when pyHanko loads) must not
    reach the terminal or the console behind the window. Called by the program's entry
    points only (the command line run as a program, the window), never by main(argv) as
    tests call it, so pytest still sees every warning; -W, PYTHONWARNINGS or
    JUDGE_APP_DEBUG=1 keep them shown. Worker processes started by spawning inherit the
    filter through sys.warnoptions."""
    if sys.warnoptions or os.environ.get("JUDGE_APP_DEBUG"):
        return
    import warnings

    warnings.simplefilter("ignore")
    sys.warnoptions.append("ignore")  # passed on to multiprocessing's spawned workers
