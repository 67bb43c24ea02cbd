"""The main window: navigation on the left, one page per part of the product on the right."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shopnurture import __version__
from shopnurture.data.database import Database
from shopnurture.gui.activity_page import ActivityPage
from shopnurture.gui.channel_forms import EmailAccountForm, SmsAccountForm
from shopnurture.gui.contacts.contacts_page import ContactsPage
from shopnurture.gui.flows_page import FlowsPage
from shopnurture.gui.icons import icon
from shopnurture.gui.importing.transfer_actions import TransferActions
from shopnurture.gui.outbox_page import OutboxPage
from shopnurture.gui.products_page import ProductsPage
from shopnurture.gui.results.results_page import ResultsPage
from shopnurture.gui.score_rules_editor import ScoreRulesEditor
from shopnurture.gui.sending import SendingController
from shopnurture.gui.settings_page import SettingsPage
from shopnurture.services.settings import read_settings

STATUS_MESSAGE_MS = 6000


class MainWindow(QMainWindow):
    sig_open_shop_requested = Signal(str)
    """The owner chose a shop file to open."""
    sig_new_shop_requested = Signal(str)
    """The owner chose where to create a fresh empty shop."""
    sig_demo_shop_requested = Signal()
    """The owner asked for the demo shop."""
    sig_language_changed = Signal(str)
    """The UI language setting changed; the window must be rebuilt in that language."""

    def __init__(
        self, database: Database, *, is_demo: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.is_demo = is_demo
        self.undo_stack = QUndoStack(self)
        self.sending: SendingController | None = None
        self.quitting = False
        settings = read_settings(database)
        self.setWindowIcon(icon("app"))
        self.resize(1280, 800)
        self.setMinimumSize(900, 560)

        self.contacts_page = ContactsPage(
            database,
            self.undo_stack,
            default_country=settings["country"],
            currency=settings["currency"],
        )
        self.activity_page = ActivityPage(database, settings["currency"])
        self.products_page = ProductsPage(database, settings["currency"])
        self.settings_page = SettingsPage(database)
        self.email_form = EmailAccountForm(database)
        self.sms_form = SmsAccountForm(database)
        self.settings_tabs = QTabWidget()
        self.settings_tabs.setAccessibleName(self.tr("Settings"))
        self.settings_tabs.addTab(self.settings_page, self.tr("Shop"))
        self.settings_tabs.addTab(self.email_form, self.tr("Email account"))
        self.settings_tabs.addTab(self.sms_form, self.tr("SMS account"))
        self.score_rules_editor = ScoreRulesEditor(database)
        self.settings_tabs.addTab(self.score_rules_editor, self.tr("Lead score"))
        self.flows_page = FlowsPage(database)
        self.outbox_page = OutboxPage(database)
        self.results_page = ResultsPage(database)
        self.results_page.sig_status_message.connect(self.show_status)
        self.pages: list[tuple[str, str, QWidget]] = [
            ("contacts", self.tr("Contacts"), self.contacts_page),
            ("activity", self.tr("Activity"), self.activity_page),
            ("products", self.tr("Products"), self.products_page),
            ("flows", self.tr("Automations"), self.flows_page),
            ("outbox", self.tr("Outbox"), self.outbox_page),
            ("results", self.tr("Results"), self.results_page),
            ("settings", self.tr("Settings"), self.settings_tabs),
        ]
        self.transfers = TransferActions(database, self)
        self.transfers.sig_data_changed.connect(self._on_transfers_data_changed)
        self.transfers.sig_status_message.connect(self.show_status)
        self._build_navigation()
        self._build_menus()
        self.contacts_page.sig_status_message.connect(self.show_status)
        self.products_page.sig_status_message.connect(self.show_status)
        self.outbox_page.sig_status_message.connect(self.show_status)
        self.flows_page.sig_status_message.connect(self.show_status)
        self.outbox_page.sig_export_requested.connect(self.transfers.export_outbox)
        self.settings_page.sig_settings_saved.connect(self._on_settings_page_settings_saved)
        self._update_title(settings["shop_name"])
        self.shop_label.setText(str(database.path))

    # Layout ----------------------------------------------------------------------------
    def _build_navigation(self) -> None:
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFixedWidth(200)
        self.stack = QStackedWidget()
        for key, label, page in self.pages:
            item = QListWidgetItem(icon(key), label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(180, 40))
            self.navigation.addItem(item)
            self.stack.addWidget(page)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.navigation.setCurrentRow(0)

        brand = QLabel("shopnurture")
        brand.setObjectName("brand")
        self.demo_badge = QLabel(self.tr("Demo shop"))
        self.demo_badge.setObjectName("badge")
        self.demo_badge.setVisible(self.is_demo)
        sidebar = QWidget()
        sidebar.setObjectName("sidebar")
        sidebar_layout = QVBoxLayout(sidebar)
        sidebar_layout.setContentsMargins(10, 16, 10, 12)
        sidebar_layout.addWidget(brand)
        sidebar_layout.addWidget(self.demo_badge, 0, Qt.AlignmentFlag.AlignLeft)
        sidebar_layout.addSpacing(12)
        sidebar_layout.addWidget(self.navigation, 1)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.sending_label = QLabel()
        self.sending_label.setObjectName("hint")
        self.statusBar().addPermanentWidget(self.sending_label)
        self.shop_label = QLabel()
        self.shop_label.setObjectName("hint")
        self.statusBar().addPermanentWidget(self.shop_label)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for text, shortcut, slot in (
            (self.tr("&New empty shop…"), QKeySequence.StandardKey.New, self._on_new_shop_action),
            (self.tr("&Open shop…"), QKeySequence.StandardKey.Open, self._on_open_shop_action),
            (self.tr("Open the &demo shop"), None, self.sig_demo_shop_requested.emit),
        ):
            action = QAction(text, self)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            file_menu.addAction(action)
        file_menu.addSeparator()
        import_action = QAction(self.tr("&Import from a spreadsheet…"), self)
        import_action.setShortcut(QKeySequence("Ctrl+I"))
        import_action.triggered.connect(self.transfers.open_import_wizard)
        file_menu.addAction(import_action)
        export_menu = file_menu.addMenu(self.tr("&Export to Excel"))
        for text, slot in (
            (self.tr("Contacts (as filtered)…"), self._on_export_contacts_action),
            (self.tr("Activity…"), self.transfers.export_activity),
            (self.tr("Outbox…"), self.transfers.export_outbox),
        ):
            action = QAction(text, self)
            action.triggered.connect(slot)
            export_menu.addAction(action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.quit_app)
        file_menu.addAction(quit_action)

        sending_menu = self.menuBar().addMenu(self.tr("&Sending"))
        self.pause_action = QAction(self.tr("&Pause sending"), self)
        self.pause_action.setCheckable(True)
        self.send_now_action = QAction(self.tr("&Send due messages now"), self)
        sending_menu.addAction(self.pause_action)
        sending_menu.addAction(self.send_now_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Y")])
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About shopnurture"), self)
        about.triggered.connect(self._on_about_action)
        help_menu.addAction(about)

    # Behaviour -------------------------------------------------------------------------
    def show_page(self, key: str) -> None:
        for row, (page_key, _label, _page) in enumerate(self.pages):
            if page_key == key:
                self.navigation.setCurrentRow(row)
                return

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_MESSAGE_MS)

    def _update_title(self, shop_name: str) -> None:
        suffix = f" — {self.tr('Demo shop')}" if self.is_demo else ""
        self.setWindowTitle(f"{shop_name}{suffix} · shopnurture")

    def _on_settings_page_settings_saved(self, changed: dict) -> None:
        if "shop_name" in changed:
            self._update_title(changed["shop_name"])
        self.show_status(self.tr("Settings saved"))
        if any(key.startswith("results.") for key in changed):
            self.results_page.refresh()  # new attribution windows change every figure
        if "language" in changed:
            self.sig_language_changed.emit(changed["language"])

    def _on_export_contacts_action(self) -> None:
        self.transfers.export_contacts(self.contacts_page.search.text())

    def _on_transfers_data_changed(self) -> None:
        self.contacts_page.refresh()
        self.activity_page.model.reload()
        self.products_page.model.reload()

    def _on_new_shop_action(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Create a new empty shop"),
            str(self.database.path.parent / self.tr("new-shop.sqlite")),
            self.tr("Shop database (*.sqlite)"),
        )
        if path:
            self.sig_new_shop_requested.emit(path)

    def _on_open_shop_action(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a shop"),
            str(self.database.path.parent),
            self.tr("Shop database (*.sqlite);;All files (*)"),
        )
        if path:
            self.sig_open_shop_requested.emit(path)

    def _on_about_action(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About shopnurture"),
            self.tr(
                "shopnurture %1\nNurture every customer of your shop automatically, "
                "from your own computer."
            ).replace("%1", __version__),
        )

    def attach_sending(self, sending: SendingController) -> None:
        """Show the scheduler's state in the status bar and let the owner pause it."""
        self.sending = sending
        sending.sig_status_changed.connect(self.sending_label.setText)
        self.sending_label.setText(sending.summary())
        self.pause_action.setChecked(sending.paused)
        self.pause_action.toggled.connect(sending.set_paused)
        self.send_now_action.triggered.connect(sending.run_soon)

    def closeEvent(self, event: QCloseEvent) -> None:
        # With a tray icon the app keeps sending in the background; without one it quits.
        if self.sending is not None and self.sending.tray is not None and not self.quitting:
            event.ignore()
            self.hide()
            self.sending.explain_tray_once()
            return
        event.accept()

    def quit_app(self) -> None:
        self.quitting = True
        self.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()
