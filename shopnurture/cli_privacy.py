"""`shopnurture contacts export-data` and `shopnurture contacts forget` (data protection)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from shopnurture.messages import render_message

if TYPE_CHECKING:
    from shopnurture.cli import CommandContext


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    contacts = commands.add_parser("contacts", parents=[common], help="contacts' personal data")
    actions = contacts.add_subparsers(dest="action", metavar="ACTION", required=True)

    export = actions.add_parser(
        "export-data", parents=[common], help="everything stored about a contact, as JSON"
    )
    export.add_argument("contact_id", type=int, metavar="CONTACT_ID")
    export.add_argument("file", type=Path, metavar="FILE")
    export.set_defaults(handler=_export_data)

    forget = actions.add_parser(
        "forget", parents=[common], help="erase a contact's personal data for good"
    )
    forget.add_argument("contact_id", type=int, metavar="CONTACT_ID")
    forget.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    forget.set_defaults(handler=_forget, usage=forget.format_usage())


def _export_data(context: CommandContext) -> int:
    from shopnurture.services.privacy import export_contact_data

    contact_id = context.arguments.contact_id
    path = export_contact_data(context.database, contact_id, context.arguments.file)
    print(render_message("privacy.exported", context.language, contact_id=contact_id, path=path))
    return 0


def _forget(context: CommandContext) -> int:
    arguments = context.arguments
    if not arguments.yes:
        # A usage error (exit 2) like argparse's own, checked before the shop is opened.
        print(arguments.usage, end="", file=sys.stderr)
        message = render_message("privacy.forget_needs_yes", context.language)
        print(f"shopnurture contacts forget: error: {message}", file=sys.stderr)
        return 2
    from shopnurture.services.privacy import forget_contact

    forget_contact(context.database, arguments.contact_id, now=context.now)
    print(render_message("privacy.forgotten", context.language, contact_id=arguments.contact_id))
    return 0
