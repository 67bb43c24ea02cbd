"""`shopnurture demo` (load the demo shop into an empty database) and `shopnurture info`."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from shopnurture.cli import CommandContext


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    demo = commands.add_parser("demo", parents=[common], help="fill an empty shop with demo data")
    demo.add_argument("--json", action="store_true", help="machine-readable output")
    demo.set_defaults(handler=_demo)

    info = commands.add_parser("info", parents=[common], help="where the shop is and what it holds")
    info.add_argument("--json", action="store_true", help="machine-readable output")
    info.set_defaults(handler=_info)


def _demo(context: CommandContext) -> int:
    from shopnurture.services.demo_history import add_demo_history
    from shopnurture.services.demo_shop import load_demo_shop

    load_demo_shop(context.database, now=context.now)
    add_demo_history(context.database, now=context.now)
    return _info(context)


def _info(context: CommandContext) -> int:
    from shopnurture.services.shop_summary import shop_summary

    summary = shop_summary(context.database)
    if context.arguments.json:
        context.print_json(summary)
    else:
        for key, value in summary.items():
            print(f"{key}: {value}")
    return 0
