"""`shopnurture report --from ISO --to ISO [--json]`: what each automation did and earned."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from shopnurture.cli import CommandContext
    from shopnurture.domain.lift import Lift
    from shopnurture.domain.results import FlowResult


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    report = commands.add_parser(
        "report",
        parents=[common],
        help="per-automation results between two dates (last-touch revenue, holdout lift)",
    )
    report.add_argument("--from", dest="first", required=True, metavar="ISO",
                        help="first day, e.g. 2026-03-01 (the shop's time zone)")  # fmt: skip
    report.add_argument("--to", dest="last", required=True, metavar="ISO",
                        help="last day, included, e.g. 2026-03-31")  # fmt: skip
    report.add_argument("--json", action="store_true", help="machine-readable output")
    report.set_defaults(handler=_report)


def _report(context: CommandContext) -> int:
    from shopnurture.services.results import build_report, parse_period

    arguments = context.arguments
    period = parse_period(arguments.first, arguments.last)
    report = build_report(context.database, period, context.language)
    if arguments.json:
        context.print_json(report.as_json())
        return 0
    from shopnurture.domain.results import CART_RECOVERY_REFERENCE
    from shopnurture.messages import render_message
    from shopnurture.services.engine.rendering import money

    language = context.language

    def cents(value: int) -> str:
        return money(value, report.currency, language)

    print(
        render_message(
            "report.heading",
            language,
            first=report.period.first.isoformat(),
            last=report.period.last.isoformat(),
            email=f"{report.windows.email_days:g}",
            sms=f"{report.windows.sms_days:g}",
        )  # fmt: skip
    )
    print(
        render_message(
            "report.totals",
            language,
            won=cents(report.revenue_cents),
            total=cents(report.shop_revenue_cents),
            orders=report.shop_orders,
        )  # fmt: skip
    )
    carts = report.carts
    if carts.carts:
        print(
            render_message(
                "report.carts",
                language,
                carts=carts.carts,
                reminded=carts.reminded,
                recovered=carts.recovered,
                rate=_percent(carts.rate),
                reference=_percent(CART_RECOVERY_REFERENCE),
            )  # fmt: skip
        )
    if not report.flows:
        print(render_message("report.no_flows", language))
        return 0
    print()
    for line in flow_table(report.flows, language, cents):
        print(line)
    return 0


def flow_table(flows: list[FlowResult], language: str, cents: object) -> list[str]:
    """The per-flow table as aligned text lines."""
    from shopnurture.messages import render_message

    columns = ("flow", "entered", "sent", "failed", "skipped", "converted", "orders", "revenue")
    header = [render_message(f"report.column.{name}", language) for name in columns]
    rows = [
        [flow.name, str(flow.entered), str(flow.sent), str(flow.failed),
         str(flow.skipped_total), str(flow.converted), str(flow.orders),
         cents(flow.revenue_cents)]  # type: ignore[operator]
        for flow in flows
    ]  # fmt: skip
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(columns))]
    widths[0] = min(widths[0], 36)

    def line(cells: list[str]) -> str:
        first = cells[0][: widths[0]].ljust(widths[0])
        return "  ".join(
            [first, *(cell.rjust(w) for cell, w in zip(cells[1:], widths[1:], strict=True))]
        )

    lines = [line(header), "  ".join("-" * w for w in widths)]
    lift_title = render_message("report.column.lift", language)
    for flow, row in zip(flows, rows, strict=True):
        lines.append(line(row))
        if flow.skipped:
            reasons = ", ".join(
                f"{render_message(f'outbox.reason.{reason}', language)} {count}"
                for reason, count in sorted(flow.skipped.items())
            )
            lines.append(f"    {render_message('report.column.skipped', language)}: {reasons}")
        if flow.lift is not None:
            lines.append(f"    {lift_title}: {lift_text(flow.lift, language)}")
        for node in flow.nodes:
            if node.sent or node.orders:
                step = render_message(
                    "report.step", language, step=node.label, sent=node.sent,
                    converted=node.converted, revenue=cents(node.revenue_cents),  # type: ignore[operator]
                )  # fmt: skip
                lines.append(f"    {step}")
    return lines


def lift_text(lift: Lift, language: str) -> str:
    """'yes: +6.1 points (95 % CI: 1.2 to 11.0)', or 'not enough data yet', with the rates."""
    from shopnurture.messages import render_message

    rates = (
        f" — {_percent(lift.treated_rate)} ({lift.treated_converted}/{lift.treated}) vs "
        f"{_percent(lift.control_rate)} ({lift.control_converted}/{lift.control})"
    )
    if not lift.significant:
        return render_message("report.lift.not_enough_data", language) + rates
    return (
        render_message(
            f"report.lift.{lift.verdict}",
            language,
            difference=_points(lift.difference),
            low=_points(lift.low),
            high=_points(lift.high),
        )  # fmt: skip
        + rates
    )


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.1f} %"


def _points(value: float) -> str:
    return f"{value * 100:.1f}"
