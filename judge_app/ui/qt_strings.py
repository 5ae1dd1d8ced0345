"""Qt's own button texts, listed so that lupdate puts them in our catalogue: Qt ships no
Indonesian translation of its standard buttons (OK, Cancel, Yes, No, Close)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

STANDARD_BUTTONS = (
    QCoreApplication.translate("QPlatformTheme", "OK"),
    QCoreApplication.translate("QPlatformTheme", "Cancel"),
    QCoreApplication.translate("QPlatformTheme", "Close"),
    QCoreApplication.translate("QPlatformTheme", "&Yes"),
    QCoreApplication.translate("QPlatformTheme", "&No"),
    QCoreApplication.translate("QPlatformTheme", "Open"),
    QCoreApplication.translate("QPlatformTheme", "Save"),
    QCoreApplication.translate("QPlatformTheme", "Apply"),
    QCoreApplication.translate("QPlatformTheme", "Help"),
)
