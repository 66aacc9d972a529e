"""Start the desktop client: logging, Qt, language, the shop's database, the window of the role."""

from __future__ import annotations

import argparse
import atexit
import logging
import shutil
import sys
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.settings import Settings
    from app.shop import Shop

log = logging.getLogger("pitlane.ui")

_signal_watch: list[Any] = []  # quit_on_signals' sockets and notifier
_collector: Any = None  # ui.gui_gc.GuiThreadCollector, once the QApplication exists


def load_settings(profile: str | None) -> Settings:
    """The settings of the profile (the default one when `profile` is None)."""
    from app.profiles import load_settings as load

    return load(profile)


@dataclass
class Started:
    """The running client: Qt application, main window, shop (and the translators Qt does not own)."""

    app: Any
    window: Any
    shop: Shop
    translators: list[Any] = field(default_factory=list)


def start(args: argparse.Namespace) -> Started | None:
    """Everything before the event loop; None when the shop cannot be opened (the person has been told why)."""
    from PySide6.QtCore import qVersion
    from PySide6.QtWidgets import QApplication

    from ui import errors, fmt, i18n, theme
    from ui.gui_gc import GuiThreadCollector

    errors.setup_logging()
    # A start writes one line (below); Alembic's INFO lines (plugins, each migration step) would bury
    # the problems the log is for. app.db logs the migration itself.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    # The GIL goes to a waiting thread after 1 ms instead of 5: while the writer thread runs a
    # burst of commands, the GUI thread's calls into Python (painting, slots) wait less.
    sys.setswitchinterval(0.001)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    global _collector
    if _collector is None:  # cycles collected on this thread only (ui.gui_gc says why)
        _collector = GuiThreadCollector(app)
    app.setApplicationName("Pitlane")
    app.setOrganizationName("Pitlane")
    app.setDesktopFileName("pitlane")  # packaging/pitlane.desktop: the menu entry and icon of the window
    lang = args.lang or i18n.system_language()
    translators = i18n.install(app, lang)
    theme.apply(app)
    errors.install_excepthook()

    shop = _open_or_say_why(args)
    if shop is None:
        return None
    translators = use_language(app, translators, args.lang or shop.settings.language or lang)
    role = args.role or getattr(shop.settings, "role", "all") or "all"

    from ui.main_window import ROLE_SCREENS, MainWindow
    from ui.setup.start import offer_first_run

    if role not in ROLE_SCREENS:
        role = "all"
    if offer_first_run(shop, role, i18n.language(), args.profile, demo=args.demo, screenshot=bool(args.screenshot)):
        shop.close()  # opened again with the settings the wizard wrote (VAT, invoice folder, language)
        shop = _open_or_say_why(args)
        if shop is None:
            return None
        translators = use_language(app, translators, args.lang or shop.settings.language or i18n.language())
    fmt.set_currency(shop.settings.currency)
    errors.set_level(shop.settings.log_level)  # the profile's, once it is known
    try:
        window = MainWindow(shop, role)
    except Exception:
        shop.close()
        raise
    log.info(
        "Pitlane %s started: role %s, database %s, Qt %s on %s",
        _version(),
        role,
        _masked(shop.db.url),
        qVersion(),
        app.platformName(),
    )
    if not args.screenshot:
        if role == "board":
            window.showFullScreen()
        else:
            window.showMaximized()
    return Started(app, window, shop, translators)


def _open_or_say_why(args: argparse.Namespace) -> Shop | None:
    """The shop, or None once the person has been told why it cannot be opened."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    try:
        return open_shop(args)
    except Exception as exc:
        log.exception("could not open the shop")
        if args.screenshot:  # nobody to click the dialog away
            print(start_failure_text(exc, args), file=sys.stderr)
        else:
            QMessageBox.critical(
                None, QCoreApplication.translate("App", "Pitlane cannot start"), start_failure_text(exc, args)
            )
        return None


def use_language(app: Any, translators: list[Any], lang: str) -> list[Any]:
    """Switch the screens to `lang` (the profile's `language`, or the wizard's choice) when it is another."""
    from ui import i18n

    if lang == i18n.language():
        return translators
    for translator in translators:
        app.removeTranslator(translator)
    return i18n.install(app, lang)


def run(args: argparse.Namespace) -> int:
    """Open the shop and run the window until it is closed; returns the exit code."""
    started = start(args)
    if started is None:
        return 2
    try:
        if args.screenshot:
            from ui.screenshots import render_all

            written = render_all(started.window, Path(args.screenshot), getattr(args, "size", None))
            print("\n".join(str(p) for p in written))
            code = 0
        else:
            quit_on_signals(started.app)
            code = int(started.app.exec())
        started.window.shutdown()
        return code
    finally:
        started.shop.close()


def quit_on_signals(app: Any) -> None:
    """SIGTERM, SIGINT and SIGHUP close the windows like Ctrl+Q: commands finish, --demo's folder is removed.

    Python runs a signal handler only between bytecodes, which Qt's event loop does not give it;
    the C-level handler writes the signal to a socket that a QSocketNotifier watches instead.
    """
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier

    receive, send = socket.socketpair()
    receive.setblocking(False)
    send.setblocking(False)
    signal.set_wakeup_fd(send.fileno(), warn_on_full_buffer=False)
    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(signum, lambda *_: None)  # the notifier below does the work

    def on_signal() -> None:
        try:
            received = receive.recv(16)
        except BlockingIOError:
            return
        names = ", ".join(signal.Signals(b).name for b in received if b in signal.valid_signals())
        log.info("%s received: closing", names or "a signal")
        app.closeAllWindows()
        app.quit()

    notifier = QSocketNotifier(receive.fileno(), QSocketNotifier.Type.Read, app)
    notifier.activated.connect(on_signal)
    _signal_watch[:] = [receive, send, notifier]  # kept as long as the application


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("pitlane")
    except PackageNotFoundError:
        return "(source)"


def _masked(url: str) -> str:
    from app.redact import mask_url

    return str(mask_url(url))


def open_shop(args: argparse.Namespace) -> Shop:
    """The shop on the profile's (or --database) database; --demo makes a fresh one in a temp folder."""
    from app.bootstrap import bootstrap

    settings = load_settings(args.profile)
    database_url = args.database
    invoice_dir = None
    if args.demo:
        folder = Path(tempfile.mkdtemp(prefix="pitlane-demo-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)  # a demo leaves nothing behind
        database_url = f"sqlite:///{folder / 'demo.db'}"
        invoice_dir = folder / "invoices"
        settings = replace(settings, shop=replace(settings.shop, name="Pitlane Motors (demo)"))
    shop = bootstrap(database_url=database_url, invoice_dir=invoice_dir, settings=settings)
    if args.demo:
        fill_demo(shop)
    return shop


def fill_demo(shop: Shop) -> None:
    from app.demo import fill_demo as fill

    log.info("%s", fill(shop))


def start_failure_text(exc: BaseException, args: argparse.Namespace) -> str:
    from PySide6.QtCore import QCoreApplication

    from app.profiles import ProfileError
    from domain.errors import DomainError
    from ui.domain_text import text_of
    from ui.errors import log_file

    if isinstance(exc, DomainError):  # e.g. a database written by a newer Pitlane: by code, in the screen's language
        reason = text_of(exc)
    else:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if isinstance(exc, ProfileError):  # its message names the file and the key
        return QCoreApplication.translate(
            "App", "Pitlane could not read its settings.\n\n{reason}\n\nCorrect the profile, then start Pitlane again."
        ).format(reason=reason)
    where = args.database or QCoreApplication.translate("App", "the database of your profile")
    return QCoreApplication.translate(
        "App",
        "Pitlane could not open the shop's database ({where}).\n\n"
        "{reason}\n\n"
        "Check that the database server is running and reachable (or that the folder of the database file "
        "exists and is writable), then start Pitlane again. To try it without your data, start it with --demo.\n\n"
        "Details are in {log}.",
    ).format(where=where, reason=reason, log=log_file())
