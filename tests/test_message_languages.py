"""Every text a user reads is written to be translated: the core's messages go through
judge_app.base.text.translate and the windows' through tr(), so that lupdate collects them and
test_translations can insist each one has its Indonesian. This test finds the texts that
would slip past both: words in a literal handed straight to a message, a print or a
widget."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from judge_app.base import errors

PACKAGE = Path(__file__).resolve().parents[1] / "judge_app"
MARKERS = {"translate", "tr", "QT_TRANSLATE_NOOP"}
WORD = re.compile(r"[A-Za-z]{3,}")
PROBLEM_LISTS = {"problems", "errors", "warnings", "reasons", "lines", "notes"}
WIDGET_TEXT = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setPlaceholderText",
    "setLabelText",
    "setTitle",
    "addAction",
    "addMenu",
    "addTab",
    "setHorizontalHeaderLabels",
    "showMessage",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "information",
    "warning",
    "critical",
    "question",
}
# literals with words that are not prose: commands a user types, names of things
NOT_PROSE = re.compile(
    r"judge-app(\s+[\w./*&-]+)*|\{[^}]*\}|--?[a-z][a-z-]*|<[^>]*>?|[\w*]+\.(sqlite|pdf|csv)\b"
    r"|sha256|NIP/NIK"
)
ALLOWED = {
    # the source of a problem list: the command it came from, as typed
    ("panel.py", "judges add"),
    ("officials.py", "letterhead"),
    ("officials.py", "official"),
}


def _subclass_names(cls: type) -> set[str]:
    found = set()
    for sub in cls.__subclasses__():
        found |= {sub.__name__} | _subclass_names(sub)
    return found


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def _literals(node: ast.expr):
    """The literal pieces of a message as it is built: through f-strings, + and a if b
    else c, but not into calls (a translate() call, a lookup) or subscripts."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node
    elif isinstance(node, ast.JoinedStr):
        yield from (v for v in node.values if isinstance(v, ast.Constant))
    elif isinstance(node, ast.BinOp):
        yield from _literals(node.left)
        yield from _literals(node.right)
    elif isinstance(node, ast.IfExp):
        yield from _literals(node.body)
        yield from _literals(node.orelse)


def _untranslated(path: Path, sinks: set[str]) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        listed = (
            name == "append"
            and isinstance(node.func, ast.Attribute)
            and _name(node.func.value) in PROBLEM_LISTS
        )
        if name not in sinks and not listed:
            continue
        for arg in [*node.args, *(k.value for k in node.keywords if k.arg != "objectName")]:
            for literal in _literals(arg):
                if (path.name, literal.value) in ALLOWED:
                    continue
                if WORD.search(NOT_PROSE.sub("", literal.value)):
                    where = (
                        path.relative_to(PACKAGE.parent)
                        if path.is_relative_to(PACKAGE)
                        else path.name
                    )
                    found.append(f"{where}:{literal.lineno}: {name}({literal.value!r})")
    return found


def _modules(ui: bool) -> list[Path]:
    return [p for p in sorted(PACKAGE.rglob("*.py")) if (p.parent.name == "ui") == ui]


def test_core_messages_go_through_translate() -> None:
    import judge_app.services  # noqa: F401 - every error class of the core is defined

    sinks = {"print", "say", "JudgeAppError"} | _subclass_names(errors.JudgeAppError)
    found = [line for path in _modules(ui=False) for line in _untranslated(path, sinks)]
    assert not found, "untranslatable messages:\n" + "\n".join(found)


def test_window_texts_go_through_tr() -> None:
    found = [line for path in _modules(ui=True) for line in _untranslated(path, WIDGET_TEXT)]
    assert not found, "texts without tr():\n" + "\n".join(found)


def test_the_check_finds_a_bare_message(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "raise JudgeAppError(f'{path}: the file is damaged')\n"
        "raise JudgeAppError(translate('x', '{path}: the file is damaged').format(path=p))\n"
        "problems.append('row ' + str(n) + ': empty')\n"
        "label.setText(self.tr('Ready'))\n"
        "label.setText('Ready')\n",
        encoding="utf-8",
    )
    found = _untranslated(sample, {"JudgeAppError", "setText"})
    assert [line.split(": ", 1)[1] for line in found] == [
        "JudgeAppError(': the file is damaged')",
        "append('row ')",
        "append(': empty')",
        "setText('Ready')",
    ]
