"""Allow `python -m judge_app`."""

import multiprocessing

from judge_app.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # merge checks files in worker processes
    raise SystemExit(main())
