"""The application icon for Windows (.ico) and macOS (.icns), drawn from the one scalable SVG.

    python packaging/icons.py OUT.ico|OUT.icns      (the spec runs it on those systems)

The SVG (resources/icons/dpo-workbench.svg) is the only source: Qt renders it at each size the
format holds, Pillow writes the file. Nothing generated is kept in the repository.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

SVG = Path(__file__).resolve().parent.parent / "resources" / "icons" / "dpo-workbench.svg"
SIZES = {".ico": (16, 24, 32, 48, 64, 128, 256), ".icns": (16, 32, 64, 128, 256, 512, 1024)}


def render(size: int):
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def make(out: Path) -> Path:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (Qt needs it to render)
    sizes = SIZES[out.suffix]
    largest = render(max(sizes))
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix == ".ico":
        largest.save(out, sizes=[(s, s) for s in sizes], append_images=[render(s) for s in sizes[:-1]])
    else:
        largest.save(out, append_images=[render(s) for s in sizes[:-1]])
    return out


if __name__ == "__main__":
    if len(sys.argv) != 2 or Path(sys.argv[1]).suffix not in SIZES:
        raise SystemExit("usage: python packaging/icons.py OUT.ico|OUT.icns")
    print(make(Path(sys.argv[1])))
