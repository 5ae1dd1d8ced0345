"""Allow `python -m judge_app` (also the frozen program's entry script)."""

import multiprocessing

from judge_app.cli import main
from judge_app.quiet import quiet_warnings

if __name__ == "__main__":
    quiet_warnings()  # before freeze_support: a frozen worker process runs no main()
    multiprocessing.freeze_support()  # merge checks files in worker processes
    raise SystemExit(main())
