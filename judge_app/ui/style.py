"""One stylesheet: a visible focus ring everywhere, red for refused input."""

STYLESHEET = """
QLineEdit:focus, QComboBox:focus, QPushButton:focus, QListWidget:focus {
    border: 2px solid #1565c0;
}
QTableView:focus { border: 2px solid #1565c0; }
QTableView { selection-background-color: #cfe3fb; selection-color: black; }
QLineEdit[invalid="true"] { border: 2px solid #b3261e; background: #fdecea; }
QLabel#errorLabel { color: #b3261e; }
QLineEdit[locked="true"]:disabled {
    color: #1f1f1f; background: #f1f4f8; border: 1px solid #b8c4d4;
}
QLabel#conflictBanner {
    background: #fdecea; color: #7f1d1d; padding: 8px; border: 1px solid #f5c2c0;
    border-radius: 4px;
}
QLabel#entryTitle { font-size: 14pt; font-weight: 600; }
QLabel#totalLabel { font-size: 12pt; font-weight: 600; padding: 6px; }
QLabel#hint { color: #616161; }
QFrame#statusBox {
    background: #fff4e5; border: 1px solid #f0c36d; border-radius: 4px;
}
"""
