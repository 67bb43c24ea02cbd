"""Starting the desktop app: the QApplication, the shop database, the welcome and main window.

GUI thread only. `ShopAppController` owns the open database and its window, and swaps them
when the owner opens another shop, creates an empty one, or changes the language. Opening a
shop (importing the database code, checking and migrating the file, filling the demo shop)
runs on a worker thread, so a window is on screen at once and never freezes meanwhile.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox

from shopnurture.data.location import data_folder, default_database_path
from shopnurture.errors import DatabaseOpenError, UserError
from shopnurture.gui.i18n import current_language, install_translators, system_ui_language
from shopnurture.gui.icons import icon
from shopnurture.gui.sending import SendingController
from shopnurture.gui.startup_window import StartupWindow
from shopnurture.gui.style import apply_style
from shopnurture.gui.tasks import Task, run_in_background

if TYPE_CHECKING:
    from shopnurture.data.database import Database
    from shopnurture.gui.main_window import MainWindow

log = logging.getLogger(__name__)

LAST_SHOP_KEY = "shop/last_opened"
WELCOME_SHOWN_KEY = "shop/welcome_shown"
FIRST_WINDOW_LINE = "first window shown"
SMOKE_TEST_LINE = "main window shown"


def demo_database_path() -> Path:
    return data_folder() / "demo-shop.sqlite"


@dataclass(frozen=True)
class OpenedShop:
    database: Database
    is_empty: bool
    language: str | None
    """The language the owner chose for this shop, or None to follow the system."""


def _load_core_modules() -> None:
    """Imports every module of the Qt-free core (tests/test_architecture.py keeps it so)."""
    import importlib
    import pkgutil

    import shopnurture

    for package in ("domain", "data", "services"):
        prefix = f"shopnurture.{package}."
        path = [str(Path(shopnurture.__file__).parent / package)]
        for module in pkgutil.walk_packages(path, prefix=prefix):
            importlib.import_module(module.name)


def open_shop_files(path: Path, *, fill_with_demo: bool = False) -> OpenedShop:
    """Worker thread: open (and migrate) the shop at `path`; fill it with the demo if asked
    and empty. Raises DatabaseOpenError / UserError with nothing changed on failure."""
    from datetime import UTC, datetime

    # The pages' Qt-free modules load here, off the GUI thread (most of the start-up work).
    # Never a Qt module: PySide6 creates its types lazily and not thread-safely, and
    # importing the pages here crashed the app now and then while the GUI thread painted.
    _load_core_modules()
    from shopnurture.data.contacts import count_contacts
    from shopnurture.data.database import open_database
    from shopnurture.services.settings import stored_setting

    database = open_database(path)
    try:
        with database.read_session() as session:
            is_empty = count_contacts(session=session) == 0
        if is_empty and fill_with_demo:
            from shopnurture.services.demo_history import add_demo_history
            from shopnurture.services.demo_shop import load_demo_shop

            load_demo_shop(database, now=datetime.now(UTC))
            add_demo_history(database, now=datetime.now(UTC))
            is_empty = False
        return OpenedShop(database, is_empty, stored_setting(database, "language"))
    except BaseException:
        database.close()
        raise


class ShopAppController(QObject):
    """Keeps one shop open at a time, with its main window."""

    sig_shop_opened = Signal(object)
    """A shop was opened and its main window is showing; carries the OpenedShop."""
    sig_open_failed = Signal(object)
    """Opening a shop failed (the current one stays); carries the error."""

    def __init__(self, app: QApplication, *, explicit_path: Path | None) -> None:
        super().__init__()
        self.app = app
        self.explicit_path = explicit_path
        self.database: Database | None = None
        self.window: MainWindow | None = None
        self.startup_window: StartupWindow | None = None
        self.sending: SendingController | None = None
        self._settings = QSettings()
        self._open_task: Task | None = None

    # Choosing and opening the shop -----------------------------------------------------
    def initial_path(self) -> tuple[Path, bool]:
        """The shop to open first, and whether the owner should be welcomed (first run)."""
        if self.explicit_path is not None:
            return self.explicit_path, False
        remembered = self._settings.value(LAST_SHOP_KEY, "", str)
        if remembered and Path(remembered).exists():
            return Path(remembered), False
        first_run = not self._settings.value(WELCOME_SHOWN_KEY, False, bool)
        return default_database_path(), first_run

    def show_startup_window(self) -> StartupWindow:
        self.startup_window = StartupWindow()
        self.startup_window.show()
        return self.startup_window

    def open_shop(
        self,
        path: Path,
        *,
        fill_with_demo: bool = False,
        on_opened: Callable[[OpenedShop], None] | None = None,
        on_failed: Callable[[Exception], None] | None = None,
    ) -> None:
        """Open `path` in the background, then show it. On failure the current shop stays and
        the owner is told why (or `on_failed` decides)."""
        if self.window is not None:
            self.window.show_status(self.tr("Opening %1…").replace("%1", path.name))

        def opened(result: OpenedShop) -> None:
            self._switch_to(result.database, result.language)
            self.sig_shop_opened.emit(result)
            if on_opened is not None:
                on_opened(result)

        def failed(error: Exception) -> None:
            self.sig_open_failed.emit(error)
            if on_failed is not None:
                on_failed(error)
            else:
                self.explain_error(error)

        self._open_task = run_in_background(
            lambda: open_shop_files(path, fill_with_demo=fill_with_demo),
            on_finished=opened,
            on_failed=failed,
        )

    def explain_error(self, error: Exception) -> None:
        if isinstance(error, UserError):
            message = error.message(current_language())
        else:
            log.error("opening a shop failed", exc_info=error)
            message = self.tr("Something went wrong while opening the shop: %1").replace(
                "%1", type(error).__name__
            )
        QMessageBox.critical(self.current_window(), self.tr("Cannot open the shop"), message)

    def current_window(self) -> QMainWindow | None:
        return self.window or self.startup_window

    def _switch_to(self, database: Database, language: str | None) -> None:
        from shopnurture.gui.main_window import MainWindow

        old_window = self.current_window()
        old_database = self.database
        self.database = database
        install_translators(language or system_ui_language())
        is_demo = database.path == demo_database_path().resolve()
        self.window = MainWindow(database, is_demo=is_demo)
        self.window.sig_open_shop_requested.connect(self._on_window_open_shop_requested)
        self.window.sig_new_shop_requested.connect(self._on_window_new_shop_requested)
        self.window.sig_demo_shop_requested.connect(self.open_demo_shop)
        self.window.sig_language_changed.connect(self._on_window_language_changed)
        if old_window is not None:
            self.window.setGeometry(old_window.geometry())
        self.window.show()
        if old_window is not None:
            old_window.quitting = True  # replaced, not closed by the owner: no tray hint
            old_window.close()
            old_window.deleteLater()
        self.startup_window = None
        if old_database is not None and old_database is not database:
            self._stop_sending()
            old_database.close()
        if self.sending is None:
            self.sending = SendingController(database.path, self)
            self.sending.start()
            self.sending.install_tray(self.window)
        self.window.attach_sending(self.sending)
        if self.explicit_path is None:
            self._settings.setValue(LAST_SHOP_KEY, str(database.path))

    def _stop_sending(self) -> None:
        if self.sending is not None:
            self.sending.stop()
            self.sending.deleteLater()
            self.sending = None

    def shutdown(self) -> None:
        """Stop sending (the current message finishes) and close the shop."""
        self._stop_sending()
        if self.database is not None:
            self.database.close()

    def _on_window_open_shop_requested(self, path: str) -> None:
        self.open_shop(Path(path))

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

    def _on_window_language_changed(self, language: str) -> None:
        if self.database is not None and self.window is not None:
            page = self.window.stack.currentIndex()
            self._switch_to(self.database, language)
            self.window.navigation.setCurrentRow(page)

    # The demo shop and the first run ---------------------------------------------------
    def open_demo_shop(self) -> None:
        """Open the demo shop, kept apart from the owner's own shop (filled on first use)."""
        self.open_shop(demo_database_path(), fill_with_demo=True)

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

    def ask_after_open_failure(self, error: Exception) -> Path | None:
        """The first shop could not be opened: explain, and ask for another (None: quit)."""
        while True:
            box = QMessageBox(self.current_window())
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(self.tr("Cannot open the shop"))
            box.setText(
                error.message(current_language()) if isinstance(error, UserError) else str(error)
            )
            open_other = box.addButton(
                self.tr("Open another shop…"), QMessageBox.ButtonRole.AcceptRole
            )
            create = box.addButton(self.tr("Create a new shop…"), QMessageBox.ButtonRole.ActionRole)
            box.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is open_other:
                chosen, _ = QFileDialog.getOpenFileName(
                    self.current_window(), self.tr("Open a shop"), str(data_folder())
                )
            elif box.clickedButton() is create:
                chosen, _ = QFileDialog.getSaveFileName(
                    self.current_window(),
                    self.tr("Create a new empty shop"),
                    str(data_folder() / "shop.sqlite"),
                )
            else:
                return None
            if chosen:
                return Path(chosen)


def run_gui(
    *, database_path: Path | None, smoke_test: bool = False, start_in_tray: bool = False
) -> int:
    """Run the app until its last window closes; returns the exit code.

    With `smoke_test`, print when the first window and then the main window are shown, and
    quit (exit 1 if the shop cannot be opened).
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("shopnurture")
    app.setApplicationName("shopnurture")
    app.setWindowIcon(icon("app"))
    install_translators(system_ui_language())
    apply_style(app)
    controller = ShopAppController(app, explicit_path=database_path)
    path, first_run = controller.initial_path()
    controller.show_startup_window()
    if smoke_test:
        print(FIRST_WINDOW_LINE, flush=True)

    def opened(shop: OpenedShop) -> None:
        if smoke_test:
            window = controller.window
            print(f"{SMOKE_TEST_LINE}: {window.windowTitle() if window else ''}", flush=True)
            app.exit(0 if window is not None and window.isVisible() else 1)
        elif start_in_tray and controller.sending is not None and controller.sending.tray:
            controller.window.hide()  # started at login: keep sending, stay out of the way
        elif first_run and shop.is_empty:
            controller.welcome()

    def failed(error: Exception) -> None:
        if smoke_test:
            message = error.message(current_language()) if isinstance(error, UserError) else error
            print(message, file=sys.stderr, flush=True)
            app.exit(1)
            return
        if not isinstance(error, DatabaseOpenError):
            log.error("opening the first shop failed", exc_info=error)
        chosen = controller.ask_after_open_failure(error)
        if chosen is None:
            app.exit(1)
        else:
            controller.open_shop(chosen, on_opened=opened, on_failed=failed)

    controller.open_shop(path, on_opened=opened, on_failed=failed)
    code = app.exec()
    # Let a worker that is still opening or counting finish before the database closes.
    QThreadPool.globalInstance().waitForDone(10_000)
    controller.shutdown()
    return code
