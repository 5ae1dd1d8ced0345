"""Draw the application icon (resources/icons/judge-app.png and .ico): a score sheet with
a tick and a star, in the colours of the window. Run once; the files are committed."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZE = 512


def draw() -> Image.Image:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((16, 16, SIZE - 16, SIZE - 16), radius=96, fill=(22, 78, 130))
    pen.rounded_rectangle((112, 88, 400, 440), radius=28, fill=(255, 255, 255))
    for row, y in enumerate((170, 250, 330)):
        pen.rounded_rectangle((150, y, 290, y + 22), radius=11, fill=(190, 204, 220))
        if row < 2:
            pen.line((306, y + 10, 326, y + 30, 362, y - 12), fill=(30, 150, 80), width=18)
    star = [(330, 300), (344, 338), (384, 338), (352, 362), (364, 400), (330, 377),
            (296, 400), (308, 362), (276, 338), (316, 338)]  # fmt: skip
    pen.polygon(star, fill=(240, 180, 30))
    return image


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    image = draw()
    image.resize((256, 256), Image.LANCZOS).save(OUT / "judge-app.png")
    image.save(OUT / "judge-app.ico", sizes=[(16, 16), (32, 32), (48, 48), (64, 64), (256, 256)])
    print(f"icons written to {OUT}")


if __name__ == "__main__":
    main()
