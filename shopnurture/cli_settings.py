"""`shopnurture settings set KEY VALUE`, `settings show [--json]` (and email / sms)."""

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

    from shopnurture.cli_channels import register_settings_actions

    register_settings_actions(actions, common)


def _show(context: CommandContext) -> int:
    from shopnurture.services.channels import channels_summary
    from shopnurture.services.credentials import Credentials
    from shopnurture.services.settings import read_settings

    settings: dict[str, object] = dict(read_settings(context.database))
    settings.update(channels_summary(context.database, Credentials()))
    if context.arguments.json:
        context.print_json(settings)
    else:
        width = max(len(key) for key in settings)
        for key, value in settings.items():
            shown = "-" if value is None else value
            if isinstance(value, dict):
                shown = ", ".join(f"{name}={item}" for name, item in value.items())
            print(f"{key.ljust(width)}  {shown}")
    return 0


def _set(context: CommandContext) -> int:
    from shopnurture.services.settings import change_setting

    stored = change_setting(context.database, context.arguments.key, context.arguments.value)
    print(f"{context.arguments.key} = {stored}")
    return 0
