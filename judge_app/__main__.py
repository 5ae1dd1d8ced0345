"""Allow `python -m judge_app`."""

from judge_app.cli import main

raise SystemExit(main())
