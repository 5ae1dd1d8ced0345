"""Qt's own texts that a user meets, listed so that lupdate puts them in our catalogue: Qt
ships no Indonesian translation (qtbase has none), so its standard buttons, the details
button of a message box, the right-click menu of text fields and Qt's own file dialog
(used where the system offers none) come from ours. The sources are Qt's, verbatim."""

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

MESSAGE_BOX = (
    QCoreApplication.translate("QMessageBox", "Show Details..."),
    QCoreApplication.translate("QMessageBox", "Hide Details..."),
)

TEXT_FIELD_MENU = (
    QCoreApplication.translate("QLineEdit", "&Undo"),
    QCoreApplication.translate("QLineEdit", "&Redo"),
    QCoreApplication.translate("QLineEdit", "Cu&t"),
    QCoreApplication.translate("QLineEdit", "&Copy"),
    QCoreApplication.translate("QLineEdit", "&Paste"),
    QCoreApplication.translate("QLineEdit", "Delete"),
    QCoreApplication.translate("QLineEdit", "Select All"),
    QCoreApplication.translate("QWidgetTextControl", "&Undo"),
    QCoreApplication.translate("QWidgetTextControl", "&Redo"),
    QCoreApplication.translate("QWidgetTextControl", "Cu&t"),
    QCoreApplication.translate("QWidgetTextControl", "&Copy"),
    QCoreApplication.translate("QWidgetTextControl", "&Paste"),
    QCoreApplication.translate("QWidgetTextControl", "Delete"),
    QCoreApplication.translate("QWidgetTextControl", "Select All"),
)

FILE_DIALOG = (
    QCoreApplication.translate("QFileDialog", "&Look in:"),
    QCoreApplication.translate("QFileDialog", "File &name:"),
    QCoreApplication.translate("QFileDialog", "Files of &type:"),
    QCoreApplication.translate("QFileDialog", "&Open"),
    QCoreApplication.translate("QFileDialog", "&Save"),
    QCoreApplication.translate("QFileDialog", "&Choose"),
    QCoreApplication.translate("QFileDialog", "Open"),
    QCoreApplication.translate("QFileDialog", "Save As"),
    QCoreApplication.translate("QFileDialog", "Back"),
    QCoreApplication.translate("QFileDialog", "Forward"),
    QCoreApplication.translate("QFileDialog", "Parent Directory"),
    QCoreApplication.translate("QFileDialog", "Create New Folder"),
    QCoreApplication.translate("QFileDialog", "New Folder"),
    QCoreApplication.translate("QFileDialog", "&New Folder"),
    QCoreApplication.translate("QFileDialog", "List View"),
    QCoreApplication.translate("QFileDialog", "Detail View"),
    QCoreApplication.translate("QFileDialog", "Recent Places"),
    QCoreApplication.translate("QFileDialog", "All Files (*)"),
    QCoreApplication.translate("QFileDialog", "Directories"),
    QCoreApplication.translate("QFileDialog", "Directory:"),
    QCoreApplication.translate("QFileDialog", "&Rename"),
    QCoreApplication.translate("QFileDialog", "&Delete"),
    QCoreApplication.translate("QFileDialog", "Show &hidden files"),
    QCoreApplication.translate("QFileDialog", "%1 already exists.\nDo you want to replace it?"),
    QCoreApplication.translate(
        "QFileDialog", "%1\nFile not found.\nPlease verify the correct file name was given."
    ),
    QCoreApplication.translate(
        "QFileDialog",
        "%1\nDirectory not found.\nPlease verify the correct directory name was given.",
    ),
    QCoreApplication.translate("QFileDialog", "Are you sure you want to delete '%1'?"),
    QCoreApplication.translate("QFileSystemModel", "Name"),
    QCoreApplication.translate("QFileSystemModel", "Size"),
    QCoreApplication.translate("QFileSystemModel", "Type"),
    QCoreApplication.translate("QFileSystemModel", "Kind"),
    QCoreApplication.translate("QFileSystemModel", "Date Modified"),
    QCoreApplication.translate("QFileSystemModel", "Computer"),
    QCoreApplication.translate("QFileSystemModel", "My Computer"),
)
