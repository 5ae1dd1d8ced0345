"""Allow `python -m judge_app` (also the frozen program's entry script)."""

import multiprocessing

from judge_app.base.quiet import quiet_warnings
from judge_app.cli import main

if __name__ == "__main__":
    quiet_warnings()  # before freeze_support: a frozen worker process runs no main()
    multiprocessing.freeze_support()  # merge checks files in worker processes
    raise SystemExit(main())
