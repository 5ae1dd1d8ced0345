"""Which key signs, in every signing dialog: judge-app's own key, a certificate file
(PKCS#12, .p12/.pfx) or a token or smart card (PKCS#11), with the secret that opens it.

A PSrE/BSrE certificate lives outside judge-app, so the signer names where it is once and
the box remembers it (per user, for the judge's and the secretariat's signing apart) in the
window's settings. The secret (passphrase, password or PIN) is never remembered."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from judge_app import services
from judge_app.ui import i18n

OWN, PKCS12, PKCS11 = "own", "pkcs12", "pkcs11"  # services.KEY_KINDS, in the order shown

# where the usual token modules install themselves: OpenSC (most smart cards and the
# Indonesian e-KTP-style cards), SafeNet eToken and Feitian ePass (common PSrE/BSrE
# tokens), SoftHSM (a token in software, for trying it out); the first found is offered
_MODULES = {
    "linux": (
        "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so",
        "/usr/lib/x86_64-linux-gnu/pkcs11/opensc-pkcs11.so",
        "/usr/lib64/opensc-pkcs11.so",
        "/usr/lib/opensc-pkcs11.so",
        "/usr/lib/libeTPkcs11.so",
        "/usr/lib/softhsm/libsofthsm2.so",
        "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
        "/usr/lib64/softhsm/libsofthsm2.so",
    ),
    "win32": (
        r"C:\Windows\System32\eTPKCS11.dll",
        r"C:\Windows\System32\eps2003csp11.dll",
        r"C:\Windows\System32\opensc-pkcs11.dll",
        r"C:\Program Files\OpenSC Project\OpenSC\pkcs11\opensc-pkcs11.dll",
        r"C:\SoftHSM2\lib\softhsm2-x64.dll",
    ),
    "darwin": (
        "/Library/OpenSC/lib/opensc-pkcs11.so",
        "/usr/local/lib/libeTPkcs11.dylib",
        "/opt/homebrew/lib/softhsm/libsofthsm2.so",
        "/usr/local/lib/softhsm/libsofthsm2.so",
    ),
}


def default_module() -> str:
    """A PKCS#11 module installed on this computer, or "" when none of the usual is."""
    platform = "linux" if sys.platform.startswith("linux") else sys.platform
    return next((p for p in _MODULES.get(platform, ()) if Path(p).is_file()), "")


def fit_height(dialog: QWidget) -> None:
    """A small signing dialog as tall as its fields: a certificate's or token's rows
    appear and go as the choice changes, and squeezed they would be cut short."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # rows shown or hidden
    layout = dialog.layout()
    if layout is not None and layout.hasHeightForWidth():  # wrapped text: as tall as it wraps
        height = layout.totalHeightForWidth(dialog.width())
    else:
        height = dialog.sizeHint().height()
    dialog.resize(dialog.width(), height)


class KeySourceBox(QGroupBox):
    """The key to sign with and its secret. `scope` keeps the judge's remembered choice
    apart from the secretariat's; `new_key` asks the own key's passphrase twice (it is
    made at this signing); `notes` are shown under the fields for a kind ("own", "pkcs12",
    "pkcs11"); `wide` puts the certificate file or the token's module beside the choice,
    a row less where the height is short (under the declarations' text)."""

    kind_changed = Signal(str)

    def __init__(
        self,
        scope: str,
        *,
        new_key: bool = False,
        own_tooltip: str = "",
        notes: dict[str, str] | None = None,
        wide: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Signing key"))
        self.scope = scope
        self.new_key = new_key
        self.own_tooltip = own_tooltip
        self.notes = notes or {}
        self.wide = wide
        self.form = QFormLayout(self)
        # built in the order they are filled in: Qt's default tab order follows it
        self.kind = QComboBox()
        self.kind.setObjectName("keyKind")
        self.kind.addItem(self.tr("judge-app's own key (default)"), OWN)
        self.kind.addItem(self.tr("Certificate file (.p12/.pfx)"), PKCS12)
        self.kind.addItem(self.tr("Token or smart card (PKCS#11)"), PKCS11)
        self.kind.setToolTip(
            self.tr(
                "Sign with judge-app's own key, or with a certificate from a PSrE or BSrE: "
                "a certificate file or a token or smart card"
            )
        )
        kind_label = QLabel(self.tr("Si&gn with"))
        kind_label.setBuddy(self.kind)
        kind_row = QWidget()
        self.kind_line = QHBoxLayout(kind_row)
        self.kind_line.setContentsMargins(0, 0, 0, 0)
        self.kind_line.addWidget(self.kind)
        self.kind_stretch = QWidget()  # takes the width the file or module does not
        self.kind_line.addWidget(self.kind_stretch, 1)
        self.form.addRow(kind_label, kind_row)
        self._file_row()
        self._token_rows()
        self._secret_row()
        self.note = QLabel()
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.form.addRow(self.note)
        self._restore()
        self.kind.currentIndexChanged.connect(self._show_kind)
        self._show_kind()

    # -- building --------------------------------------------------------------------------

    def _browse_button(self) -> QPushButton:
        browse = QPushButton(self.tr("Brows&e…"))
        browse.setAutoDefault(False)  # Enter in the dialog signs; it does not browse
        return browse

    def _file_row(self) -> None:
        self.file = QLineEdit()
        self.file.setObjectName("certificateFile")
        self.file.setToolTip(self.tr("The .p12 or .pfx file your PSrE or BSrE gave you"))
        browse = self._browse_button()
        browse.setToolTip(self.tr("Choose the certificate file"))
        browse.clicked.connect(self._browse_file)
        self.file_row = QWidget()
        row = QHBoxLayout(self.file_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        self.file_label = QLabel(self.tr("Certificate &file"))
        self.file_label.setBuddy(self.file)
        self._add_detail(self.file_label, self.file_row)

    def _add_detail(self, label: QLabel, field: QWidget) -> None:
        """The file or the module: a row of its own, or beside the choice when wide."""
        if self.wide:
            self.kind_line.insertWidget(self.kind_line.count() - 1, label)
            self.kind_line.insertWidget(self.kind_line.count() - 1, field, 1)
        else:
            self.form.addRow(label, field)

    def _show_detail(self, label: QLabel, field: QWidget, visible: bool) -> None:
        if self.wide:
            label.setVisible(visible)
            field.setVisible(visible)
        else:
            self.form.setRowVisible(field, visible)

    def _token_rows(self) -> None:
        """The token's module with Browse…, then its label and the key's on one line."""
        self.module = QLineEdit()
        self.module.setObjectName("pkcs11Module")
        self.module.setToolTip(
            self.tr(
                "The PKCS#11 module that came with the token or card reader (a .so or .dll "
                "file, e.g. opensc-pkcs11)"
            )
        )
        browse = self._browse_button()
        browse.setToolTip(self.tr("Choose the token's PKCS#11 module"))
        browse.clicked.connect(self._browse_module)
        self.module_row = QWidget()
        row = QHBoxLayout(self.module_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.module, 1)
        row.addWidget(browse)
        self.module_label = QLabel(self.tr("PKCS#11 mod&ule"))
        self.module_label.setBuddy(self.module)
        self._add_detail(self.module_label, self.module_row)
        self.token = QLineEdit()
        self.token.setObjectName("tokenLabel")
        self.token.setToolTip(
            self.tr("The token's label; leave it empty when only one token is plugged in")
        )
        self.key_label = QLineEdit()
        self.key_label.setObjectName("keyLabel")
        self.key_label.setPlaceholderText(self.tr("optional"))
        self.key_label.setToolTip(
            self.tr("The key's label, needed only when the token holds several keys")
        )
        self.token_row = QWidget()
        labels = QHBoxLayout(self.token_row)
        labels.setContentsMargins(0, 0, 0, 0)
        labels.addWidget(self.token, 1)
        key_label_label = QLabel(self.tr("&Key label"))
        key_label_label.setBuddy(self.key_label)
        labels.addWidget(key_label_label)
        labels.addWidget(self.key_label, 1)
        token_label = QLabel(self.tr("&Token label"))
        token_label.setBuddy(self.token)
        self.form.addRow(token_label, self.token_row)

    def _secret_row(self) -> None:
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setObjectName("passphrase")
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setObjectName("repeat")
        self.repeat.setToolTip(self.tr("The same passphrase again, to rule out a typing slip"))
        self.repeat_label = QLabel(self.tr("Repeat passphrase"))
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.secret, 1)
        line.addWidget(self.repeat_label)
        line.addWidget(self.repeat, 1)
        self.secret_label = QLabel()
        self.secret_label.setBuddy(self.secret)
        self.form.addRow(self.secret_label, row)

    # -- the choice ------------------------------------------------------------------------

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def _show_kind(self) -> None:
        """Only the fields of the chosen kind, the secret named as that kind names it."""
        kind = self.current_kind()
        self._show_detail(self.file_label, self.file_row, kind == PKCS12)
        self._show_detail(self.module_label, self.module_row, kind == PKCS11)
        self.kind_stretch.setVisible(kind == OWN or not self.wide)
        self.form.setRowVisible(self.token_row, kind == PKCS11)
        asks_twice = kind == OWN and self.new_key
        self.repeat_label.setVisible(asks_twice)
        self.repeat.setVisible(asks_twice)
        if kind == PKCS12:
            self.secret_label.setText(self.tr("File pass&word"))
            self.secret.setToolTip(self.tr("The password that protects the certificate file"))
        elif kind == PKCS11:
            self.secret_label.setText(self.tr("&PIN"))
            self.secret.setToolTip(
                self.tr("The token's PIN; several wrong PINs in a row lock the token")
            )
        else:
            self.secret_label.setText(self.tr("Pass&phrase"))
            self.secret.setToolTip(self.own_tooltip)
        note = self.notes.get(kind, "")
        self.note.setText(note)
        self.form.setRowVisible(self.note, bool(note))
        self.kind_changed.emit(kind)

    def _browse_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Certificate file"),
            self.file.text(),
            self.tr("Certificate files (*.p12 *.pfx);;All files (*)"),
        )
        if path:
            self.file.setText(path)

    def _browse_module(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("PKCS#11 module"),
            self.module.text(),
            self.tr("PKCS#11 modules (*.so *.dll *.dylib);;All files (*)"),
        )
        if path:
            self.module.setText(path)

    # -- remembered per user -------------------------------------------------------------

    def _key(self, name: str) -> str:
        return f"signing/{self.scope}/{name}"

    def _restore(self) -> None:
        settings = i18n.settings()
        kind = str(settings.value(self._key("kind"), OWN) or OWN)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.file.setText(str(settings.value(self._key("file"), "") or ""))
        module = str(settings.value(self._key("module"), "") or "")
        self.module.setText(module or default_module())
        self.token.setText(str(settings.value(self._key("token"), "") or ""))
        self.key_label.setText(str(settings.value(self._key("key_label"), "") or ""))

    def remember(self) -> None:
        """The choice for the next signing: the kind and where the key is, no secret."""
        settings = i18n.settings()
        settings.setValue(self._key("kind"), self.current_kind())
        settings.setValue(self._key("file"), self.file.text().strip())
        settings.setValue(self._key("module"), self.module.text().strip())
        settings.setValue(self._key("token"), self.token.text().strip())
        settings.setValue(self._key("key_label"), self.key_label.text().strip())

    # -- what signs ----------------------------------------------------------------------

    def problem(self) -> str | None:
        """What is missing before signing can be tried, or None."""
        kind = self.current_kind()
        if kind == OWN:
            if self.new_key and self.secret.text() != self.repeat.text():
                return self.tr("The two passphrases differ.")
            return None
        if kind == PKCS12 and not self.file.text().strip():
            return self.tr("Choose the certificate file (.p12/.pfx).")
        if kind == PKCS11 and not self.module.text().strip():
            return self.tr("Give the token's PKCS#11 module (the .so or .dll file).")
        if not self.secret.text():
            return (
                self.tr("Type the certificate file's password.")
                if kind == PKCS12
                else self.tr("Type the token's PIN.")
            )
        return None

    def unlock(self) -> str | services.Unlock:
        """The own key's passphrase as a plain string, or the certificate with its secret."""
        kind = self.current_kind()
        if kind == OWN:
            return self.secret.text()
        if kind == PKCS12:
            path = str(Path(self.file.text().strip()).expanduser())
            return services.Unlock(self.secret.text(), services.KeySource(PKCS12, path))
        source = services.KeySource(
            PKCS11,
            str(Path(self.module.text().strip()).expanduser()),
            self.token.text().strip(),
            self.key_label.text().strip(),
        )
        return services.Unlock(self.secret.text(), source)

    def focus_first(self) -> None:
        """The first field still empty (the file or module the first time), else the secret."""
        kind = self.current_kind()
        if kind == PKCS12 and not self.file.text().strip():
            self.file.setFocus()
        elif kind == PKCS11 and not self.module.text().strip():
            self.module.setFocus()
        else:
            self.secret.setFocus()

    def focus_secret(self) -> None:
        """After a refusal: the secret selected, to type again."""
        self.secret.selectAll()
        self.secret.setFocus()
