"""Guard against a PySide6 release that corrupts reference counts in signal delivery:
6.12.0 aborts the interpreter after a few thousand bool signals reach a Python slot, which
would kill a judge's long scoring session. pyproject.toml pins below it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication

    app = QApplication([])

    class Source(QObject):
        changed = Signal(bool)

    received = []
    source = Source()
    source.changed.connect(lambda value: received.append(value))
    for i in range(20000):
        source.changed.emit(i % 2 == 0)
        received.clear()
    print("ok")
    """
)


def test_many_bool_signals_to_a_python_slot_do_not_crash() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "ok"
