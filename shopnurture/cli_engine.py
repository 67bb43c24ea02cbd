"""`shopnurture run [--once]` (engine ticks), `outbox list` and `simulate` (what if)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from shopnurture.cli import CommandContext


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from shopnurture.cli import _iso_moment

    run = commands.add_parser("run", parents=[common], help="run the automations")
    run.add_argument("--once", action="store_true", help="one tick, then exit")
    run.add_argument(
        "--every", type=float, default=5.0, metavar="MINUTES",
        help="minutes between ticks when running continuously (default 5)",
    )  # fmt: skip
    run.add_argument("--json", action="store_true", help="machine-readable output")
    run.set_defaults(handler=_run)

    outbox = commands.add_parser("outbox", parents=[common], help="messages queued by the flows")
    actions = outbox.add_subparsers(dest="outbox_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[common], help="list outbox messages")
    listing.add_argument(
        "--status", choices=("queued", "sending", "sent", "failed", "skipped", "flagged")
    )
    listing.add_argument("--flow", type=int, metavar="ID")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(handler=_outbox_list)

    simulate = commands.add_parser(
        "simulate",
        parents=[common],
        help="what would the flows do between two dates (sends nothing)",
    )
    simulate.add_argument("--from", dest="start", type=_iso_moment, required=True, metavar="ISO")
    simulate.add_argument("--to", dest="end", type=_iso_moment, required=True, metavar="ISO")
    simulate.add_argument(
        "--flow", type=int, action="append", metavar="ID",
        help="simulate this flow (draft or live); repeatable; default: all active flows",
    )  # fmt: skip
    simulate.add_argument("--json", action="store_true", help="machine-readable output")
    simulate.set_defaults(handler=_simulate)


def _run(context: CommandContext) -> int:
    import time
    from datetime import UTC, datetime

    from shopnurture.services.engine.tick import run_tick

    arguments = context.arguments
    while True:
        report = run_tick(context.database, now=context.now)
        if arguments.json:
            context.print_json(report.as_json())
        else:
            summary = report.as_json()
            print(
                f"{summary['now']}: {summary['new_events']} new events, {summary['enrolled']} "
                f"entered, {summary['steps']} steps, {summary['queued']} queued, "
                f"{summary['skipped']} held back"
            )
        if arguments.once:
            return 0
        if arguments.now is not None:  # a fixed --now would tick the same moment forever
            arguments.now = datetime.now(UTC)
        time.sleep(max(arguments.every, 0.1) * 60)


def _outbox_list(context: CommandContext) -> int:
    from shopnurture.data.outbox import list_outbox

    with context.database.read_session() as session:
        rows = list_outbox(
            session=session, status=context.arguments.status, flow_id=context.arguments.flow
        )
    if context.arguments.json:
        context.print_json([row.as_json() for row in rows])
        return 0
    from shopnurture.messages import render_message

    for row in rows:
        reason = (
            render_message(f"outbox.reason.{row.reason}", context.language) if row.reason else ""
        )
        to = row.contact_email if row.channel == "email" else row.contact_phone or ""
        print(
            f"{row.id:>6}  {row.status:<8} {row.channel:<5} {row.due_at:%Y-%m-%d %H:%M}  "
            f"{to or '-':<32} {row.subject or row.template or ''}  {reason}"
        )
    return 0


def _simulate(context: CommandContext) -> int:
    from shopnurture.services.engine.simulator import simulate

    arguments = context.arguments
    report = simulate(
        context.database, start=arguments.start, end=arguments.end, flow_ids=arguments.flow
    )
    if arguments.json:
        context.print_json(report.as_json())
    else:
        for line in report.summary_lines(context.language):
            print(line)
    return 0
