"""The window shown the moment the app starts, while the shop file opens in the background.

Deliberately light: it imports no database code, so it appears before SQLAlchemy has even
loaded; the main window replaces it at the same place and size.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QVBoxLayout, QWidget

from shopnurture.gui.icons import icon


class StartupWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("shopnurture")
        self.setWindowIcon(icon("app"))
        self.resize(1280, 800)
        logo = QLabel()
        logo.setPixmap(icon("app").pixmap(72, 72))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        brand = QLabel("shopnurture")
        brand.setObjectName("brand")
        brand.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel(self.tr("Opening your shop…"))
        self.message.setObjectName("hint")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        busy = QProgressBar()
        busy.setRange(0, 0)
        busy.setTextVisible(False)
        busy.setFixedWidth(240)
        busy.setAccessibleName(self.tr("Opening your shop"))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addStretch(2)
        layout.addWidget(logo)
        layout.addWidget(brand)
        layout.addSpacing(8)
        layout.addWidget(self.message)
        layout.addWidget(busy, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.setCentralWidget(central)
