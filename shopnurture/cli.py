"""The `shopnurture` command line: global options, sub-commands, and user-friendly errors.

Exit codes: 0 success; 1 a problem the user can fix (one line on stderr, in their
language); 2 a usage error (argparse's own message).
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from shopnurture import __version__
from shopnurture.data.location import resolve_database_path
from shopnurture.errors import UserError
from shopnurture.messages import render_message, system_language
from shopnurture.services.logging_setup import configure_logging, log_file_path

if TYPE_CHECKING:
    from shopnurture.data.database import Database

# Each module adds its sub-commands with `register(commands, common_options)`.
COMMAND_MODULES = (
    "shopnurture.cli_settings",
    "shopnurture.cli_shop",
    "shopnurture.cli_channels",
    "shopnurture.cli_import",
    "shopnurture.cli_flows",
    "shopnurture.cli_engine",
    "shopnurture.cli_privacy",
    "shopnurture.cli_segments",
    "shopnurture.cli_report",
)

log = logging.getLogger(__name__)


class CommandContext:
    """What a sub-command gets: its arguments, the database (opened on first use), the time."""

    def __init__(self, arguments: argparse.Namespace) -> None:
        self.arguments = arguments
        self.language = system_language()
        self._database: Database | None = None

    @property
    def database(self) -> Database:
        # Imported here: `shopnurture gui` must not pay for SQLAlchemy before its first window.
        from shopnurture.data.database import open_database

        if self._database is None:
            self._database = open_database(resolve_database_path(self.arguments.db))
            from shopnurture.services.settings import stored_setting

            self.language = stored_setting(self._database, "language") or self.language
        return self._database

    @property
    def now(self) -> datetime:
        """The moment the command acts at: `--now`, else the real clock (aware, UTC)."""
        return self.arguments.now or datetime.now(UTC)

    def print_json(self, value: object) -> None:
        print(json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True, default=str))

    def close(self) -> None:
        if self._database is not None:
            self._database.close()


def _iso_moment(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            render_message("cli.bad_date", system_language(), value=text)
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the shop database file (default: $SHOPNURTURE_DB, else the user data folder)",
    )
    common.add_argument(
        "--now",
        metavar="ISO8601",
        type=_iso_moment,
        default=argparse.SUPPRESS,
        help="act as if it were this moment (for checks and tests)",
    )
    parser = argparse.ArgumentParser(
        prog="shopnurture",
        description="Nurture every customer of your shop automatically.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"shopnurture {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser("gui", parents=[common], help="open the app window (default)")
    gui.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the main window, print 'main window shown' and quit (for CI)",
    )
    gui.add_argument(
        "--start-in-tray",
        action="store_true",
        help="start with only the tray icon (used when starting at login)",
    )
    gui.set_defaults(handler=_run_gui)

    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(commands, common)
    return parser


def _run_gui(context: CommandContext) -> int:
    from shopnurture.gui.app import run_gui

    return run_gui(
        database_path=resolve_database_path(context.arguments.db),
        smoke_test=context.arguments.smoke_test,
        start_in_tray=context.arguments.start_in_tray,
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    arguments = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    for name in ("db", "now"):
        if not hasattr(arguments, name):
            setattr(arguments, name, None)
    if arguments.command is None:
        arguments = parser.parse_args(["gui", *(argv if argv is not None else sys.argv[1:])])
        for name in ("db", "now"):
            if not hasattr(arguments, name):
                setattr(arguments, name, None)
    configure_logging()
    handler: Callable[[CommandContext], int] = arguments.handler
    context = CommandContext(arguments)
    try:
        return handler(context)
    except UserError as error:
        print(error.message(context.language), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`… | head`): not an error, and nothing more to say.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as error:  # a bug, not the user's fault: log it, say where
        log.exception("command %s failed", arguments.command)
        print(
            render_message(
                "cli.unexpected",
                context.language,
                reason=type(error).__name__,
                log=str(log_file_path()),
            ),
            file=sys.stderr,
        )
        return 1
    finally:
        context.close()
