"""Drawing a flow's scene to a PNG, SVG or PDF file (the format comes from the extension),
for sharing and printing; the same items as the canvas, in light colours, with the name."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem

from shopnurture.domain.flows.model import FlowGraph
from shopnurture.errors import UserError
from shopnurture.gui.flow_editor.document import FlowDocument
from shopnurture.gui.flow_editor.scene import FlowScene

FORMATS = (".png", ".svg", ".pdf")
MARGIN = 40.0
HEADER = 44.0
PNG_SCALE = 2.0


def render_flow(flow: FlowGraph, path: Path, *, language: str) -> None:
    """Renders `flow` (not changed) to `path`; needs a Q(Gui)Application."""
    document = FlowDocument(flow)
    scene = FlowScene(document, language=language, dark=False)
    render_scene(scene, path, title=flow.name)


def print_flow(flow: FlowGraph, printer: QPrinter, *, language: str) -> bool:
    """Prints `flow` on one page of `printer`, scaled to fit; False if it cannot start."""
    scene = FlowScene(FlowDocument(flow), language=language, dark=False)
    source = scene.items_rect()
    if source.isNull():
        source = QRectF(0, 0, 400, 200)
    source = source.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
    size = QSizeF(source.width(), source.height() + HEADER)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    page = printer.pageLayout().paintRectPixels(printer.resolution())
    scale = min(page.width() / size.width(), page.height() / size.height())
    painter.scale(scale, scale)
    scene.set_grid_visible(False)
    _paint(painter, scene, source, size, flow.name)
    painter.end()
    return True


def render_flow_headless(flow: FlowGraph, path: Path, *, language: str) -> None:
    """For the command line: starts Qt if needed (offscreen when there is no display), in the
    owner's language, and renders."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from shopnurture.gui.i18n import install_translators

    app = QApplication.instance() or QApplication(["shopnurture"])
    install_translators(language)
    render_flow(flow, path, language=language)
    app.processEvents()


def render_scene(scene: FlowScene, path: Path, *, title: str = "") -> None:
    """Writes the scene's nodes and links (no grid, no selection) to `path`."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise UserError("flow.render.unknown_format", suffix=suffix or path.name)
    source = scene.items_rect()
    if source.isNull():
        source = QRectF(0, 0, 400, 200)
    source = source.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
    header = HEADER if title else 0.0
    size = QSizeF(source.width(), source.height() + header)
    selected = scene.selectedItems()
    scene.clearSelection()
    grid = scene.show_grid
    scene.set_grid_visible(False)
    # Cached items would be pasted as bitmaps: draw them afresh so SVG and PDF stay vector.
    for item in scene.node_items.values():
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        if suffix == ".png":
            _render_png(scene, path, source, size, title)
        elif suffix == ".svg":
            _render_svg(scene, path, source, size, title)
        else:
            _render_pdf(scene, path, source, size, title)
    finally:
        scene.set_grid_visible(grid)
        for item in scene.node_items.values():
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        for item in selected:
            item.setSelected(True)


def _paint(painter: QPainter, scene: FlowScene, source: QRectF, size: QSizeF, title: str) -> None:
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(QRectF(0, 0, size.width(), size.height()), QColor("#ffffff"))
    header = size.height() - source.height()
    if title:
        font = QFont(scene.item_font)
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.5)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#1d2125"))
        box = QRectF(MARGIN, 8, size.width() - 2 * MARGIN, header - 8)
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
    target = QRectF(0, header, source.width(), source.height())
    scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)


def _fail(path: Path, reason: str) -> UserError:
    return UserError("flow.file_unwritable", path=str(path), reason=reason)


def _render_png(scene: FlowScene, path: Path, source: QRectF, size: QSizeF, title: str) -> None:
    image = QImage(
        QSize(round(size.width() * PNG_SCALE), round(size.height() * PNG_SCALE)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    # The image keeps the screen's logical DPI: fonts are sized as on the canvas, then scaled.
    painter = QPainter(image)
    painter.scale(PNG_SCALE, PNG_SCALE)
    _paint(painter, scene, source, size, title)
    painter.end()
    if not image.save(str(path), "PNG"):
        raise _fail(path, "PNG")


def _render_svg(scene: FlowScene, path: Path, source: QRectF, size: QSizeF, title: str) -> None:
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(size.toSize())
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    painter = QPainter()
    if not painter.begin(generator):
        raise _fail(path, "SVG")
    _paint(painter, scene, source, size, title)
    painter.end()


def _render_pdf(scene: FlowScene, path: Path, source: QRectF, size: QSizeF, title: str) -> None:
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setResolution(96)
    writer.setPageSize(QPageSize(size, QPageSize.Unit.Point))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    painter = QPainter()
    if not painter.begin(writer):
        raise _fail(path, "PDF")
    # The page is in points (1/72 in) and the writer paints at 96 dpi: fit the drawing to it.
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    factor = min(page.width() / size.width(), page.height() / size.height())
    painter.scale(factor, factor)
    _paint(painter, scene, source, size, title)
    painter.end()
