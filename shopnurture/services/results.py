"""The results report: what each flow (and each of its nodes) did and earned in a period,
whether it caused it (holdout lift), and the series the dashboard draws. Any thread may call
`build_report`; it only reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import Session

from shopnurture.data import results as queries
from shopnurture.data.database import Database
from shopnurture.data.flows import FlowRecord, list_flows
from shopnurture.data.settings_store import stored_settings
from shopnurture.domain.flows.model import FlowGraph
from shopnurture.domain.flows.node_description import describe_node, steps_in_path_order
from shopnurture.domain.flows.serialization import flow_from_document
from shopnurture.domain.lift import Lift, measure_lift
from shopnurture.domain.report_period import ReportPeriod, local_bucket
from shopnurture.domain.results import (
    CART_RECOVERY_REFERENCE,
    AttributedOrder,
    AttributionWindows,
    CartFigures,
    FlowResult,
    NodeResult,
    apply_credit,
    credit_orders,
    series_by_bucket,
)
from shopnurture.domain.shop_settings import SETTINGS
from shopnurture.errors import UserError

PHASES = ("awareness", "consideration", "customer")


@dataclass
class ResultsReport:
    period: ReportPeriod
    start: datetime
    end: datetime
    time_zone: str
    currency: str
    windows: AttributionWindows
    flows: list[FlowResult]
    shop_orders: int
    shop_revenue_cents: int
    granularity: str
    buckets: list[date]
    revenue_series: dict[int, list[int]]  # flow id -> cents credited per bucket
    message_series: dict[str, list[int]]  # channel -> messages sent per bucket
    cart_weeks: list[date]
    cart_series: list[tuple[int, int]]  # (reminded, recovered) per week
    phases_all: dict[str, int]
    phases_active: dict[str, int]
    attributed: list[AttributedOrder] = field(default_factory=list)

    @property
    def revenue_cents(self) -> int:
        return sum(flow.revenue_cents for flow in self.flows)

    @property
    def carts(self) -> CartFigures:
        total = CartFigures()
        for flow in self.flows:
            if flow.carts is not None:
                total.carts += flow.carts.carts
                total.reminded += flow.carts.reminded
                total.recovered += flow.carts.recovered
        return total

    def flow(self, flow_id: int) -> FlowResult | None:
        return next((flow for flow in self.flows if flow.flow_id == flow_id), None)

    def as_json(self) -> dict[str, Any]:
        """The stable `report --json` shape (README)."""
        carts = self.carts
        return {
            "from": self.period.first.isoformat(), "to": self.period.last.isoformat(),
            "start_utc": self.start.isoformat(), "end_utc": self.end.isoformat(),
            "time_zone": self.time_zone, "currency": self.currency,
            "windows_days": {"email": self.windows.email_days, "sms": self.windows.sms_days},
            "attribution": "last_touch",
            "revenue_cents": self.revenue_cents,
            "shop_orders": self.shop_orders, "shop_revenue_cents": self.shop_revenue_cents,
            "carts": {
                "carts": carts.carts, "reminded": carts.reminded, "recovered": carts.recovered,
                "recovery_rate": None if carts.rate is None else round(carts.rate, 6),
                "reference_rate": CART_RECOVERY_REFERENCE,
            },
            "phases": {"all": self.phases_all, "active": self.phases_active},
            "flows": [flow.as_json() for flow in self.flows],
        }  # fmt: skip


def report_settings(session: Session) -> tuple[ZoneInfo, str, AttributionWindows]:
    stored = stored_settings(session=session)

    def value(key: str) -> str:
        return stored.get(key) or SETTINGS[key].default

    return ZoneInfo(value("timezone")), value("currency"), AttributionWindows.from_settings(stored)


def build_report(database: Database, period: ReportPeriod, language: str = "en") -> ResultsReport:
    """Every figure of the report for `period` (whole local days of the shop); steps are
    described in `language` ("Esperar 1 día") unless the owner named them."""
    with database.read_session() as session:
        zone, currency, windows = report_settings(session)
        start, end = period.bounds(zone)
        records = list_flows(session=session)
        graphs = {record.id: _graph(record) for record in records}
        flows = {
            record.id: FlowResult(flow_id=record.id, name=record.name, status=record.status)
            for record in records
        }
        nodes = {flow_id: _node_results(graph, language) for flow_id, graph in graphs.items()}
        for flow_id, count in queries.entered_counts(session=session, start=start, end=end).items():
            if flow_id in flows:
                flows[flow_id].entered = count
        for row in queries.message_counts(session=session, start=start, end=end):
            if row.flow_id in flows:
                flows[row.flow_id].count(row)
                _node(nodes[row.flow_id], row.node_id).count(row)
        reached = queries.messaged_contacts(session=session, start=start, end=end)
        for flow_id, flow in flows.items():
            flow.messaged_contacts = reached.get((flow_id, None), 0)
            for node in nodes[flow_id].values():
                node.messaged_contacts = reached.get((flow_id, node.node_id), 0)
        for flow_id, node_id, outcome, runs in queries.node_steps(
            session=session, start=start, end=end
        ):
            if flow_id in nodes:
                node = _node(nodes[flow_id], node_id)
                if outcome is None:
                    node.reached = runs
                else:
                    node.steps[outcome] = runs
        attributed = queries.attributed_orders(
            session=session, start=start, end=end, windows=windows
        )
        credit = credit_orders(attributed)
        for flow_id, flow in flows.items():
            apply_credit(flow, credit.get((flow_id, None)))
            for node in nodes[flow_id].values():
                apply_credit(node, credit.get((flow_id, node.node_id)))
        for flow_id, graph in graphs.items():
            flows[flow_id].lift = _lift(session, flow_id, graph, start, end, windows)
        cart_flows = [fid for fid, graph in graphs.items() if _is_cart_flow(graph)]
        cart_rows = queries.cart_runs(
            session=session, flow_ids=cart_flows, start=start, end=end, windows=windows
        )
        for flow_id in cart_flows:
            flows[flow_id].carts = CartFigures()
        for flow_id, _at, reminded, recovered in cart_rows:
            figures = flows[flow_id].carts
            assert figures is not None
            figures.carts += 1
            figures.reminded += reminded
            figures.recovered += recovered
        shop_orders, shop_revenue = queries.order_revenue(session=session, start=start, end=end)
        hours = queries.sent_by_hour(session=session, start=start, end=end)
        phases_all, phases_active = queries.phase_counts(session=session, start=start, end=end)
    for flow_id, flow in flows.items():
        flow.nodes = [node for node in nodes[flow_id].values() if _has_numbers(node)]
    shown = [flow for flow in flows.values() if flow.status == "active" or _has_numbers(flow)]
    shown.sort(key=lambda flow: (-flow.revenue_cents, -flow.sent, flow.name.casefold()))
    granularity = period.granularity
    buckets = period.buckets(granularity)
    weeks = period.buckets("week")
    return ResultsReport(
        period=period, start=start, end=end, time_zone=zone.key, currency=currency,
        windows=windows, flows=shown, shop_orders=shop_orders, shop_revenue_cents=shop_revenue,
        granularity=granularity, buckets=buckets,
        revenue_series={
            flow.flow_id: series_by_bucket(
                [(local_bucket(o.at, zone, granularity), o.value_cents)
                 for o in attributed if o.flow_id == flow.flow_id], buckets)
            for flow in shown
        },
        message_series={
            channel: series_by_bucket(
                [(local_bucket(hour, zone, granularity), count)
                 for hour, kind, count in hours if kind == channel], buckets)
            for channel in ("email", "sms")
        },
        cart_weeks=weeks,
        cart_series=list(zip(
            series_by_bucket([(local_bucket(at, zone, "week"), int(reminded))
                              for _f, at, reminded, _r in cart_rows], weeks),
            series_by_bucket([(local_bucket(at, zone, "week"), int(recovered))
                              for _f, at, _m, recovered in cart_rows], weeks),
            strict=True,
        )),
        phases_all={phase: phases_all.get(phase, 0) for phase in PHASES},
        phases_active={phase: phases_active.get(phase, 0) for phase in PHASES},
        attributed=attributed,
    )  # fmt: skip


def parse_period(first: str, last: str) -> ReportPeriod:
    """A period from two ISO dates (a time part is ignored); raises UserError."""
    try:
        period = ReportPeriod(date.fromisoformat(first[:10]), date.fromisoformat(last[:10]))
    except ValueError:
        raise UserError("report.bad_period", first=first, last=last) from None
    return period


def _graph(record: FlowRecord) -> FlowGraph | None:
    try:
        return flow_from_document(record.document())
    except (UserError, ValueError, KeyError, TypeError):
        return None  # an unreadable definition still has its counts, without node names


def _node_results(graph: FlowGraph | None, language: str) -> dict[str, NodeResult]:
    """A result per step, in the order a contact meets them."""
    if graph is None:
        return {}
    return {
        node_id: NodeResult(
            node_id=node_id,
            kind=graph.nodes[node_id].kind,
            label=describe_node(graph.nodes[node_id], language),
        )  # fmt: skip
        for node_id in steps_in_path_order(graph)
    }


def _node(nodes: dict[str, NodeResult], node_id: str | None) -> NodeResult:
    key = node_id or "?"
    if key not in nodes:
        nodes[key] = NodeResult(node_id=key, label=key)  # a node since removed from the flow
    return nodes[key]


def _has_numbers(outcomes: FlowResult | NodeResult) -> bool:
    reached = outcomes.entered if isinstance(outcomes, FlowResult) else outcomes.reached
    return bool(
        reached or outcomes.sent or outcomes.failed or outcomes.skipped or outcomes.orders
        or outcomes.queued
    )  # fmt: skip


def _is_cart_flow(graph: FlowGraph | None) -> bool:
    return graph is not None and any(
        node.kind == "trigger.cart_abandoned" for node in graph.triggers()
    )


def _lift(
    session: Session, flow_id: int, graph: FlowGraph | None, start: datetime, end: datetime,
    windows: AttributionWindows,
) -> Lift | None:  # fmt: skip
    """Messaged against held back, for a flow with a holdout node. Everyone who passed the
    split counts as messaged (intention to treat): comparing only those who really got a
    message would flatter the flow (whoever bought first gets no reminder)."""
    if graph is None:
        return None
    holdouts = [node.id for node in graph.nodes.values() if node.kind == "logic.holdout"]
    if not holdouts:
        return None
    channels = {node.spec.sends for node in graph.nodes.values() if node.spec and node.spec.sends}
    window = max(
        (windows.days_for(channel) for channel in channels & {"email", "sms"}),
        default=windows.email_days,
    )
    groups = queries.holdout_groups(
        session=session, flow_id=flow_id, node_ids=holdouts, start=start, end=end,
        window_days=window,
    )  # fmt: skip
    return measure_lift(
        groups.treated, groups.treated_converted, groups.control, groups.control_converted, window
    )
