"""`shopnurture segments list|count|export`: saved segments, or rules given as JSON."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from shopnurture.errors import UserError
from shopnurture.messages import render_message

if TYPE_CHECKING:
    from shopnurture.cli import CommandContext
    from shopnurture.domain.segments import Group


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    segments = commands.add_parser("segments", parents=[common], help="groups of contacts")
    actions = segments.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = actions.add_parser("list", parents=[common], help="the saved segments")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=_list)

    for name, handler, help_text in (
        ("count", _count, "how many contacts are in a segment now"),
        ("export", _export, "save a segment's contacts to an Excel file"),
    ):
        action = actions.add_parser(name, parents=[common], help=help_text)
        action.add_argument(
            "segment", nargs="?", metavar="SEGMENT", help="a saved segment's name or id"
        )
        action.add_argument(
            "--rules",
            metavar="JSON",
            help='rules instead of a saved segment, e.g. \'{"match": "all", "rules": '
            '[{"field": "tags", "op": "has", "value": "vip"}]}\'',
        )
        if name == "export":
            action.add_argument("file", type=Path, metavar="FILE.xlsx")
        else:
            action.add_argument("--json", action="store_true", help="print JSON")
        action.set_defaults(handler=handler)


def _rules(context: CommandContext) -> tuple[str | None, Group]:
    from shopnurture.domain.segments import segment_from_json
    from shopnurture.services.segments import find_segment

    arguments = context.arguments
    if arguments.rules:
        return None, segment_from_json(arguments.rules)
    if arguments.segment:
        saved = find_segment(context.database, arguments.segment)
        return saved.name, saved.rules
    raise UserError("segment.needs_rules")


def _list(context: CommandContext) -> int:
    from shopnurture.domain.segments import segment_to_json
    from shopnurture.services.segments import count_contacts_in, list_segments

    found = []
    for saved in list_segments(context.database):
        count = count_contacts_in(context.database, saved.rules, now=context.now)
        found.append((saved, count))
    if context.arguments.json:
        context.print_json(
            [
                {
                    "id": saved.id,
                    "name": saved.name,
                    "contacts": count,
                    "rules": segment_to_json(saved.rules),
                    "updated_at": saved.updated_at,
                }
                for saved, count in found
            ]  # fmt: skip
        )
        return 0
    if not found:
        print(render_message("segment.none_saved", context.language))
    for saved, count in found:
        print(f"{saved.id:>4}  {count:>8}  {saved.name}")
    return 0


def _count(context: CommandContext) -> int:
    import time

    from shopnurture.services.segments import count_contacts_in

    name, rules = _rules(context)
    started = time.perf_counter()
    count = count_contacts_in(context.database, rules, now=context.now)
    elapsed = (time.perf_counter() - started) * 1000
    if context.arguments.json:
        context.print_json({"segment": name, "contacts": count, "ms": round(elapsed, 1)})
    else:
        print(render_message("segment.counted", context.language, count=count))
    return 0


def _export(context: CommandContext) -> int:
    from shopnurture.services.segments import export_segment

    _, rules = _rules(context)
    path = context.arguments.file
    count = export_segment(
        context.database, rules, path, now=context.now, language=context.language
    )
    print(render_message("segment.exported", context.language, count=count, path=path))
    return 0
