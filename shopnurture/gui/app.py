"""Starting the desktop app: the QApplication, the shop database, the welcome and main window.

GUI thread only. `ShopAppController` owns the open database and its window, and swaps them
when the owner opens another shop, creates an empty one, or changes the language.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from shopnurture.data.contacts import count_contacts
from shopnurture.data.database import Database, open_database
from shopnurture.data.location import data_folder, default_database_path
from shopnurture.errors import DatabaseOpenError, UserError
from shopnurture.gui.i18n import current_language, install_translators, system_ui_language
from shopnurture.gui.main_window import MainWindow, icon
from shopnurture.gui.style import apply_style
from shopnurture.gui.tasks import run_in_background
from shopnurture.services.settings import stored_setting

log = logging.getLogger(__name__)

LAST_SHOP_KEY = "shop/last_opened"
WELCOME_SHOWN_KEY = "shop/welcome_shown"
SMOKE_TEST_LINE = "main window shown"


def demo_database_path() -> Path:
    return data_folder() / "demo-shop.sqlite"


class ShopAppController(QObject):
    """Keeps one shop open at a time, with its main window."""

    def __init__(self, app: QApplication, *, explicit_path: Path | None) -> None:
        super().__init__()
        self.app = app
        self.explicit_path = explicit_path
        self.database: Database | None = None
        self.window: MainWindow | None = None
        self._settings = QSettings()
        self._demo_task = None

    # Choosing the shop -----------------------------------------------------------------
    def initial_path(self) -> tuple[Path, bool]:
        """The shop to open first, and whether the owner should be welcomed (first run)."""
        if self.explicit_path is not None:
            return self.explicit_path, False
        remembered = self._settings.value(LAST_SHOP_KEY, "", str)
        if remembered and Path(remembered).exists():
            return Path(remembered), False
        first_run = not self._settings.value(WELCOME_SHOWN_KEY, False, bool)
        return default_database_path(), first_run

    def open_shop(self, path: Path, *, parent: QWidget | None = None) -> bool:
        """Open `path` and show it; on failure explain and keep what was open. True if opened."""
        try:
            database = open_database(path)
        except DatabaseOpenError as error:
            QMessageBox.critical(
                parent or self.window,
                self.tr("Cannot open the shop"),
                error.message(current_language()),
            )
            return False
        self._switch_to(database)
        return True

    def _switch_to(self, database: Database) -> None:
        old_window, old_database = self.window, self.database
        self.database = database
        language = stored_setting(database, "language") or system_ui_language()
        install_translators(language)
        is_demo = database.path == demo_database_path().resolve()
        self.window = MainWindow(database, is_demo=is_demo)
        self.window.sig_open_shop_requested.connect(lambda path: self.open_shop(Path(path)))
        self.window.sig_new_shop_requested.connect(self._on_window_new_shop_requested)
        self.window.sig_demo_shop_requested.connect(self.open_demo_shop)
        self.window.sig_language_changed.connect(self._on_window_language_changed)
        if old_window is not None:
            self.window.setGeometry(old_window.geometry())
        self.window.show()
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if old_database is not None and old_database is not database:
            old_database.close()
        if self.explicit_path is None:
            self._settings.setValue(LAST_SHOP_KEY, str(database.path))

    def _on_window_new_shop_requested(self, path: str) -> None:
        target = Path(path)
        if target.exists():
            QMessageBox.warning(
                self.window,
                self.tr("Create a new empty shop"),
                self.tr(
                    "A file with that name already exists. "
                    "Choose a new name so that nothing is overwritten."
                ),
            )
            return
        self.open_shop(target)

    def _on_window_language_changed(self, _language: str) -> None:
        if self.database is not None:
            page = self.window.stack.currentIndex() if self.window else 0
            self._switch_to(self.database)
            self.window.navigation.setCurrentRow(page)

    # The demo shop ---------------------------------------------------------------------
    def open_demo_shop(self) -> None:
        """Open the demo shop, filling it first (off the GUI thread) if it is new."""
        try:
            database = open_database(demo_database_path())
        except DatabaseOpenError as error:
            QMessageBox.critical(
                self.window, self.tr("Cannot open the shop"), error.message(current_language())
            )
            return
        with database.read_session() as session:
            empty = count_contacts(session=session) == 0
        if not empty:
            self._switch_to(database)
            return
        progress = QProgressDialog(self.tr("Preparing the demo shop…"), "", 0, 0, self.window)
        progress.setCancelButton(None)
        progress.setWindowTitle("shopnurture")
        progress.setMinimumDuration(300)
        from datetime import UTC, datetime

        from shopnurture.services.demo_shop import load_demo_shop

        def finished(_summary: object) -> None:
            progress.close()
            self._switch_to(database)

        def failed(error: Exception) -> None:
            progress.close()
            database.close()
            message = (
                error.message(current_language()) if isinstance(error, UserError) else str(error)
            )
            QMessageBox.critical(self.window, self.tr("Cannot open the shop"), message)

        self._demo_task = run_in_background(
            lambda: load_demo_shop(database, now=datetime.now(UTC)),
            on_finished=finished,
            on_failed=failed,
        )

    def welcome(self) -> None:
        """First run: offer the demo shop so the owner sees a populated app at once."""
        self._settings.setValue(WELCOME_SHOWN_KEY, True)
        box = QMessageBox(self.window)
        box.setWindowTitle(self.tr("Welcome to shopnurture"))
        box.setIconPixmap(icon("app").pixmap(64, 64))
        box.setText(self.tr("Welcome! Would you like to look around a demo shop first?"))
        box.setInformativeText(
            self.tr(
                "The demo shop has made-up customers, products and activity, kept apart from "
                "your own shop. You can open it again at any time from the File menu."
            )
        )
        demo = box.addButton(self.tr("Explore the demo shop"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Start with my own shop"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(demo)
        box.exec()
        if box.clickedButton() is demo:
            self.open_demo_shop()

    def ask_after_open_failure(self, error: DatabaseOpenError) -> str:
        box = QMessageBox()
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Cannot open the shop"))
        box.setText(error.message(current_language()))
        open_other = box.addButton(self.tr("Open another shop…"), QMessageBox.ButtonRole.AcceptRole)
        create = box.addButton(self.tr("Create a new shop…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is open_other:
            return "open"
        if box.clickedButton() is create:
            return "create"
        return "quit"


def run_gui(*, database_path: Path | None, smoke_test: bool = False) -> int:
    """Run the app until its last window closes; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("shopnurture")
    app.setApplicationName("shopnurture")
    app.setWindowIcon(icon("app"))
    install_translators(system_ui_language())
    apply_style(app)
    controller = ShopAppController(app, explicit_path=database_path)
    path, first_run = controller.initial_path()
    while True:
        try:
            database = open_database(path)
            break
        except DatabaseOpenError as error:
            if smoke_test:
                print(error.message(current_language()), file=sys.stderr)
                return 1
            choice = controller.ask_after_open_failure(error)
            if choice == "quit":
                return 1
            from PySide6.QtWidgets import QFileDialog

            if choice == "open":
                chosen, _ = QFileDialog.getOpenFileName(
                    None, controller.tr("Open a shop"), str(data_folder())
                )
            else:
                chosen, _ = QFileDialog.getSaveFileName(
                    None,
                    controller.tr("Create a new empty shop"),
                    str(data_folder() / "shop.sqlite"),
                )
            if chosen:
                path = Path(chosen)
    controller._switch_to(database)
    if smoke_test:
        QTimer.singleShot(0, lambda: _finish_smoke_test(controller))
    elif first_run:
        with database.read_session() as session:
            empty = count_contacts(session=session) == 0
        if empty:
            QTimer.singleShot(0, controller.welcome)
    code = app.exec()
    if controller.database is not None:
        controller.database.close()
    return code


def _finish_smoke_test(controller: ShopAppController) -> None:
    window = controller.window
    if window is not None and window.isVisible():
        print(f"{SMOKE_TEST_LINE}: {window.windowTitle()}", flush=True)
        controller.app.exit(0)
    else:
        print("main window not visible", file=sys.stderr, flush=True)
        controller.app.exit(1)
