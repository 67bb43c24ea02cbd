"""`shopnurture settings set KEY VALUE` and `settings show [--json]`."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from shopnurture.cli import CommandContext


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    settings = commands.add_parser("settings", parents=[common], help="show or change settings")
    actions = settings.add_subparsers(dest="settings_action", metavar="ACTION", required=True)

    show = actions.add_parser("show", parents=[common], help="print all settings")
    show.add_argument("--json", action="store_true", help="machine-readable output")
    show.set_defaults(handler=_show)

    set_ = actions.add_parser("set", parents=[common], help="change one setting")
    set_.add_argument("key", help="shop_name, timezone, country, language or currency")
    set_.add_argument("value")
    set_.set_defaults(handler=_set)


def _show(context: CommandContext) -> int:
    from shopnurture.services.settings import read_settings

    settings = read_settings(context.database)
    if context.arguments.json:
        context.print_json(settings)
    else:
        width = max(len(key) for key in settings)
        for key, value in settings.items():
            print(f"{key.ljust(width)}  {value}")
    return 0


def _set(context: CommandContext) -> int:
    from shopnurture.services.settings import change_setting

    stored = change_setting(context.database, context.arguments.key, context.arguments.value)
    print(f"{context.arguments.key} = {stored}")
    return 0
