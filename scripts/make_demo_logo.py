"""Draw the demo competition's letterhead logo (resources/demo/logo.png): a plain shield
with a star and the word DEMO, clearly fictional, so the demo's kop surat shows where an
organiser's emblem goes without borrowing any real coat of arms. Run once; the file is
committed. Drawn four times larger and scaled down, for smooth edges."""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "demo" / "logo.png"
FONT = ROOT / "resources" / "fonts" / "DejaVuSans-Bold.ttf"
HEIGHT = 300  # pixels in the written file; 22 mm on paper is about 270 dpi
SCALE = 4
NAVY, GOLD, WHITE, SKY = (24, 52, 96), (214, 160, 36), (255, 255, 255), (222, 232, 244)


def shield(width: float, height: float, inset: float) -> list[tuple[float, float]]:
    """A heater shield: straight top, straight sides to the shoulder, then each flank an
    arc of a circle centred on the shoulder line, the two meeting in a
    point at the bottom."""
    left, right, top, bottom = inset, width - inset, inset, height - inset
    shoulder, middle = height * 0.42, width / 2
    # the centre (c, shoulder) is as far from (right, shoulder) as from (middle, bottom)
    c = (right**2 - middle**2 - (bottom - shoulder) ** 2) / (2 * (right - middle))
    radius = right - c
    end = math.atan2(bottom - shoulder, middle - c)
    flank = [
        (c + radius * math.cos(end * i / 40), shoulder + radius * math.sin(end * i / 40))
        for i in range(41)
    ]
    mirrored = [(width - x, y) for x, y in reversed(flank)]
    return [(left, top), (right, top), *flank, *mirrored]


def star(cx: float, cy: float, outer: float, inner: float) -> list[tuple[float, float]]:
    points = []
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return points


def draw() -> Image.Image:
    height = HEIGHT * SCALE
    width = round(height * 0.84)
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.polygon(shield(width, height, 8 * SCALE), fill=NAVY)
    pen.polygon(shield(width, height, 22 * SCALE), fill=SKY)
    pen.polygon(star(width / 2, height * 0.33, 70 * SCALE, 28 * SCALE), fill=GOLD)
    band_top, band_bottom = height * 0.55, height * 0.70
    pen.rectangle((22 * SCALE, band_top, width - 22 * SCALE, band_bottom), fill=NAVY)
    font = ImageFont.truetype(str(FONT), round((band_bottom - band_top) * 0.72))
    pen.text((width / 2, (band_top + band_bottom) / 2), "DEMO", font=font, fill=WHITE, anchor="mm")
    return image.resize((width // SCALE, HEIGHT), Image.LANCZOS)


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    draw().save(OUT, optimize=True)
    print(f"{OUT} written ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
