"""`shopnurture run [--once]` (engine ticks and sending), `outbox list` and `simulate`."""

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
    run.add_argument("--no-send", action="store_true", help="queue messages but do not send them")
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
    if context.arguments.once:
        return _run_once(context)
    return _run_continuously(context)


def _run_once(context: CommandContext) -> int:
    """One tick, then one dispatch (unless --no-send or another process is sending)."""
    from filelock import FileLock, Timeout

    from shopnurture.services.dispatch import Dispatcher
    from shopnurture.services.engine.tick import run_tick
    from shopnurture.services.scheduler import lock_path_for

    arguments = context.arguments
    report = run_tick(context.database, now=context.now)
    summary = report.as_json()
    delivery: dict[str, object] | None = None
    if not arguments.no_send:
        lock = FileLock(str(lock_path_for(context.database.path)))
        try:
            lock.acquire(timeout=0)
        except Timeout:
            delivery = {"skipped_because": "another window or `shopnurture run` is sending"}
        else:
            try:
                dispatcher = Dispatcher(context.database, clock=lambda: context.now)
                flagged = dispatcher.recover_interrupted()
                sent = dispatcher.dispatch_once()
                delivery = {
                    "sent": sent.sent, "retried": sent.retried, "failed": sent.failed,
                    "skipped": sent.skipped, "flagged": flagged,
                    "problems": [problem.message(context.language) for problem in sent.problems],
                }  # fmt: skip
            finally:
                lock.release()
    if arguments.json:
        context.print_json({**summary, "delivery": delivery})
    else:
        _print_tick(summary)
        if delivery is not None:
            _print_delivery(delivery)
    return 0


def _print_tick(summary: dict[str, object]) -> None:
    print(
        f"{summary['now']}: {summary['new_events']} new events, {summary['enrolled']} "
        f"entered, {summary['steps']} steps, {summary['queued']} queued, "
        f"{summary['skipped']} held back"
    )


def _print_delivery(delivery: dict[str, object]) -> None:
    if "skipped_because" in delivery:
        print(f"sending: not now ({delivery['skipped_because']})")
        return
    print(
        f"sending: {delivery['sent']} sent, {delivery['retried']} to retry, "
        f"{delivery['failed']} failed, {delivery['skipped']} not sent, "
        f"{delivery['flagged']} need a decision"
    )
    for problem in delivery["problems"]:  # type: ignore[attr-defined]
        print(f"  {problem}")


def _run_continuously(context: CommandContext) -> int:
    """Tick and send every few minutes until Ctrl-C, as the open app would."""
    import threading

    from shopnurture.errors import UserError
    from shopnurture.services.scheduler import BackgroundScheduler

    arguments = context.arguments
    database_path = context.database.path

    def report(result: object) -> None:
        tick = getattr(result, "tick", None)
        if tick is not None:
            _print_tick(tick.as_json())
        dispatch = getattr(result, "dispatch", None)
        if dispatch is not None:
            _print_delivery({
                "sent": dispatch.sent, "retried": dispatch.retried, "failed": dispatch.failed,
                "skipped": dispatch.skipped, "flagged": 0,
                "problems": [p.message(context.language) for p in dispatch.problems],
            })  # fmt: skip
        for error in getattr(result, "errors", []):
            text = error.message(context.language) if isinstance(error, UserError) else str(error)
            print(f"problem: {text}")

    scheduler = BackgroundScheduler(
        database_path,
        on_cycle=report,
        interval_seconds=max(arguments.every, 0.05) * 60,
        sending_paused=arguments.no_send,
    )
    scheduler.start()  # SchedulerBusy: one clear line, exit 1
    print(f"running for {database_path} (Ctrl-C to stop)", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        scheduler.stop()
    return 0


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
