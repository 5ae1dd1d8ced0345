"""Start the desktop application."""

from __future__ import annotations

import sys
from typing import cast

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication

# plumbing needed before the window shows: the front door loads only this name now
from judge_app.services import resources_dir
from judge_app.ui import i18n
from judge_app.ui.main_window import MainWindow, warm_up
from judge_app.ui.style import STYLESHEET


def create_app(argv: list[str] | None = None) -> QApplication:
    # the application already running is a QApplication (made here, or by pytest-qt)
    app = cast(QApplication, QApplication.instance()) or QApplication(argv or sys.argv[:1])
    if app.property("judge_app_styled"):
        return app  # styled once: a new style would pull the old one from under live widgets
    app.setApplicationName("judge-app")
    app.setOrganizationName("judge-app")
    app.setStyle("Fusion")
    app.setStyleSheet(STYLESHEET)
    icon = resources_dir() / "icons" / "judge-app.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    app.setProperty("judge_app_styled", True)
    return app


class FileOpenEvents(QObject):
    """macOS hands the application the file a user double-clicked in Finder as an event,
    not on the command line: open it in the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QFileOpenEvent) and event.file():
            self.window.open_path(event.file())
            return True
        return super().eventFilter(watched, event)


def window_language() -> str:
    """--lang, then JUDGE_APP_LANG, then the window's own setting (one rule for the
    command line and the window: the core's language())."""
    from judge_app.services import language

    return language()


def quiet_console() -> None:
    """Nothing but judge-app's own words on the console behind the window: Python's
    warnings are filtered as on the command line, and Qt's own debug and warning chatter
    (a missing platform plugin theme, a font substitution) is dropped unless
    JUDGE_APP_DEBUG=1 asks for it. Critical and fatal messages still go through."""
    import os

    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    from judge_app.services import quiet_warnings

    quiet_warnings()
    if os.environ.get("JUDGE_APP_DEBUG"):
        return
    quiet = {QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg, QtMsgType.QtWarningMsg}

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if kind not in quiet:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


QUIT_AFTER_ENV = "JUDGE_APP_QUIT_AFTER_MS"


def quit_later(app: QApplication, window: MainWindow) -> None:
    """A test hook: with JUDGE_APP_QUIT_AFTER_MS=N the window closes itself N ms after it
    is shown, printing the file it had open, so that a test can run a start-up command as
    a user types it (README step 1) and see what the window showed."""
    import os

    value = os.environ.get(QUIT_AFTER_ENV, "")
    if not value.isdigit():
        return
    from PySide6.QtCore import QTimer

    def done() -> None:
        print(f"{QUIT_AFTER_ENV}: {window.current_path or '-'}", flush=True)
        window.close()  # as a program closes it: the file is closed, nothing is asked
        app.exit(0)

    QTimer.singleShot(int(value), done)


def run_gui(path: str | None = None) -> int:
    quiet_console()
    app = create_app()
    language = window_language()
    i18n.install_translator(app, language)
    window = MainWindow(language)
    if sys.platform == "darwin":
        app.installEventFilter(FileOpenEvents(window))
    window.show()
    quit_later(app, window)
    if path:
        window.open_path(path)
    else:
        warm_up()
    return app.exec()
