"""The drawn signature leaves the pad as a PNG the declarations can embed (a wrong format
argument once made every drawn or loaded signature fail at signing)."""

from __future__ import annotations

from PySide6.QtGui import QPainterPath

from judge_app.ui.signature_pad import SignaturePad

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def test_a_drawn_signature_is_a_png_and_loads_back(qtbot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    assert pad.png() is None
    stroke = QPainterPath()
    stroke.moveTo(10, 40)
    stroke.cubicTo(40, 0, 80, 80, 120, 30)
    pad.paths.append(stroke)
    drawn = pad.png()
    assert drawn is not None and drawn.startswith(PNG_MAGIC)
    again = SignaturePad()
    qtbot.addWidget(again)
    assert again.set_image(drawn)
    reloaded = again.png()
    assert reloaded is not None and reloaded.startswith(PNG_MAGIC)
