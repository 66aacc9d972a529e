"""Status pills as cached pixmaps: drawn once per status and size, then painted by Qt's own delegate.

A Python item delegate would be called for every status cell on every repaint;
while a burst of commands keeps the writer thread busy, each of those calls has
to win the GIL first. An icon in the model's DecorationRole costs nothing to paint.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QIcon, QPainter, QPainterPath, QPixmap

from ui import theme

_cache: dict[tuple[str, str, str, float, float], QIcon] = {}


def pill(status: str, text: str, font: QFont, scale: float = 1.0) -> QIcon:
    """A rounded label in the status colour with white bold text (the same when its row is selected)."""
    app = QGuiApplication.instance()
    dpr = app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0
    key = (status, text, font.key(), scale, dpr)
    cached = _cache.get(key)
    if cached is not None:
        return cached
    bold = QFont(font)
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    pad_x, pad_y = 11 * scale, 3 * scale
    width = metrics.horizontalAdvance(text) + 2 * pad_x
    height = metrics.height() + 2 * pad_y
    pixmap = QPixmap(int(width * dpr) + 1, int(height * dpr) + 1)
    pixmap.setDevicePixelRatio(dpr)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    rect = QRectF(0, 0, width, height)
    path.addRoundedRect(rect, height / 2, height / 2)
    painter.fillPath(path, theme.status_colour(status))
    painter.setPen(QColor("#FFFFFF"))
    painter.setFont(bold)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    icon = QIcon()
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
        icon.addPixmap(pixmap, mode)  # no selection tint: the colour is the status
    _cache[key] = icon
    return icon
