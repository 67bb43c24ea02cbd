"""`shopnurture import contacts|activity|orders|products FILE` and
`shopnurture export contacts|activity|outbox FILE.xlsx`."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from shopnurture.errors import UserError

if TYPE_CHECKING:
    from shopnurture.cli import CommandContext

IMPORT_KINDS = ("contacts", "activity", "orders", "products")
EXPORT_KINDS = ("contacts", "activity", "outbox")
# Errors listed in the plain-text output; --json lists them all.
_SHOWN_ERRORS = 20


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    importing = commands.add_parser(
        "import", parents=[common], help="import a spreadsheet (.xlsx, .ods, .csv)"
    )
    importing.add_argument("kind", choices=IMPORT_KINDS)
    importing.add_argument("file")
    importing.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: first)")
    importing.add_argument(
        "--map",
        metavar="HEADER=FIELD",
        action="append",
        default=[],
        help='column mapping, repeatable, e.g. --map "Correo=email" (FIELD "-" skips a column)',
    )
    importing.add_argument(
        "--dry-run", action="store_true", help="report what would change, change nothing"
    )
    importing.add_argument("--json", action="store_true", help="machine-readable output")
    importing.set_defaults(handler=_import)

    exporting = commands.add_parser("export", parents=[common], help="export to an .xlsx file")
    exporting.add_argument("kind", choices=EXPORT_KINDS)
    exporting.add_argument("file")
    exporting.add_argument(
        "--search", default="", metavar="TEXT", help="contacts: only those matching TEXT"
    )
    exporting.add_argument("--json", action="store_true", help="machine-readable output")
    exporting.set_defaults(handler=_export)


def _overrides(options: list[str]) -> dict[str, str | None]:
    found: dict[str, str | None] = {}
    for option in options:
        header, separator, field = option.rpartition("=")
        if not separator or not header.strip():
            raise UserError("import.bad_map_option", value=option)
        field = field.strip()
        found[header.strip()] = None if field in ("", "-") else field
    return found


def _import(context: CommandContext) -> int:
    from shopnurture.services.importing import run_import

    arguments = context.arguments
    report = run_import(
        context.database,
        arguments.file,
        kind=arguments.kind,
        sheet=arguments.sheet,
        overrides=_overrides(arguments.map) or None,
        dry_run=arguments.dry_run,
        now=context.now,
    )
    if arguments.json:
        context.print_json(report.as_json(context.language))
        return 0
    counts = report.as_json(context.language)
    for key in ("read", "created", "updated", "skipped"):
        print(f"{key}: {counts[key]}")
    if arguments.kind in ("activity", "orders"):
        print(f"contacts_created: {report.contacts_created}")
        print(f"contacts_updated: {report.contacts_updated}")
    if report.dry_run:
        print("dry_run: true")
    for error in report.errors[:_SHOWN_ERRORS]:
        print(f"row {error.row} {error.column}: {error.message(context.language)}")
    if len(report.errors) > _SHOWN_ERRORS:
        print(f"... {len(report.errors) - _SHOWN_ERRORS} more (--json lists them all)")
    return 0


def _export(context: CommandContext) -> int:
    from shopnurture.services import exporting

    arguments = context.arguments
    database, language = context.database, context.language
    if arguments.kind == "contacts":
        count = exporting.export_contacts(
            database, arguments.file, search=arguments.search, language=language
        )
    elif arguments.kind == "activity":
        count = exporting.export_activity(database, arguments.file, language=language)
    else:
        count = exporting.export_outbox(database, arguments.file, language=language)
    if arguments.json:
        context.print_json({"file": arguments.file, "rows": count})
    else:
        print(f"rows: {count}")
    return 0
