"""A segment compiled into ONE set-based query: each activity or order rule becomes a CTE that
aggregates the matching events once (on ix_activity_type_time / ix_activity_time), and the
contact table is filtered with IN / NOT IN / LEFT JOIN on them. Every value is a bound
parameter (named `:seg_N`; `positional()` gives the `?` form for exec_driver_sql)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Integer, column, literal_column, text
from sqlmodel import Session

from shopnurture.data.sql_values import json_list, sql_time
from shopnurture.domain.rfm import DEFAULT_THRESHOLDS, RFM_GROUP_BY_SCORES, RfmThresholds
from shopnurture.domain.segments import (
    NUMBER_OPERATORS,
    TEXT_FIELDS,
    ActivityFilter,
    Group,
    Rule,
)
from shopnurture.domain.text_folding import folded

_SYMBOLS = {"eq": "=", "ne": "!=", "ge": ">=", "gt": ">", "le": "<=", "lt": "<"}
_PARAMETER = re.compile(r":seg_(\d+)\b")
# Order lines come from their partial index (migration 8), which SQLite only picks for this
# very condition: a constant of the code, not a value of the owner's.
_ORDER_LINES = "activity_event AS e INDEXED BY ix_activity_order_lines"
_IS_ORDER = "e.type = 'order'"


@dataclass(frozen=True)
class SegmentQuery:
    """`SELECT c.id FROM contact AS c ...` for the segment, with its named parameters."""

    sql: str
    params: dict[str, Any]
    # For a long list of ids: walk the contacts in the page's order and keep the members,
    # rather than look every member up and sort them all (members_query).
    walk_contacts: bool = False

    def positional(self, sql: str | None = None) -> tuple[str, list[Any]]:
        """(sql with `?`, parameters in order) for the raw DB-API, of `sql` or the query."""
        values: list[Any] = []

        def replace(match: re.Match[str]) -> str:
            values.append(self.params[f"seg_{match.group(1)}"])
            return "?"

        return _PARAMETER.sub(replace, sql if sql is not None else self.sql), values

    def count_sql(self) -> str:
        head, _, tail = self.sql.rpartition("SELECT c.id FROM contact AS c")
        return f"{head}SELECT count(*) FROM contact AS c{tail}"

    def ids_condition(self) -> Any:
        """`contact.id IN (segment)` for SQLAlchemy statements over the contact table."""
        from shopnurture.data.tables import Contact

        ids = text(self.sql).bindparams(**self.params).columns(column("id", Integer))
        if self.walk_contacts:  # "+" keeps SQLite from driving the query by the id list
            return literal_column("+contact.id").in_(ids)
        return Contact.__table__.c.id.in_(ids)  # type: ignore[attr-defined]


class _Compiler:
    def __init__(self, now: datetime, thresholds: RfmThresholds, only: str | None) -> None:
        self.now = now
        self.thresholds = thresholds
        self.params: dict[str, Any] = {}
        self.ctes: dict[str, str] = {}  # name -> body, in order of creation
        self.joins: dict[str, str] = {}
        self._cte_names: dict[tuple[Any, ...], str] = {}
        self.inner_orders: set[int | None] = set()
        self._only = only  # the parameter holding a JSON id list, or None for every contact

    def bind(self, value: Any) -> str:
        name = f"seg_{len(self.params)}"
        self.params[name] = value
        return f":{name}"

    def restrict(self, id_column: str) -> str:
        if self._only is None:
            return ""
        return f" AND {id_column} IN (SELECT value FROM json_each({self._only}))"

    # Groups and rules --------------------------------------------------------------------
    def group(self, group: Group) -> str:
        parts = [self.group(item) if isinstance(item, Group) else self.rule(item)
                 for item in group.items]  # fmt: skip
        if not parts:
            return "1"
        return "(" + (" OR " if group.match == "any" else " AND ").join(parts) + ")"

    def rule(self, rule: Rule) -> str:
        field, op, value = rule.field, rule.op, rule.value
        if field in TEXT_FIELDS:
            return self._text(f"c.{field}", op, value)
        if field == "tags":
            tags = fold_sql("c.tags", ascii_form="c.tags")  # stored in lower case
            clause = f"instr(',' || {tags} || ',', ',' || {self.bind(_tag(value))} || ',') > 0"
            return clause if op == "has" else f"NOT {clause}"
        if field in ("accepts_email", "accepts_sms"):
            column_name = "c.email_consent" if field == "accepts_email" else "c.sms_consent"
            return f"({column_name} = {self.bind('granted')}) = {int(op == 'is_true')}"
        if field == "score":
            return f"c.lead_score {_SYMBOLS[op]} {self.bind(value)}"
        if field == "phase":
            inside = f"c.phase IN (SELECT value FROM json_each({self.bind(json_list(value))}))"
            return inside if op == "in" else f"NOT {inside}"
        if field == "rfm":
            groups = self.bind(json_list(value))
            members = f"SELECT contact_id FROM {self._rfm()} WHERE rfm_group IN " \
                      f"(SELECT value FROM json_each({groups}))"  # fmt: skip
            return f"c.id {'IN' if op == 'in' else 'NOT IN'} ({members})"
        if field == "activity":
            return self._activity(rule)
        if field in ("order_count", "total_spent") and op in NUMBER_OPERATORS:
            orders = self._orders(rule.days)
            measure = "orders" if field == "order_count" else "spent"
            return f"coalesce({orders}.{measure}, 0) {_SYMBOLS[op]} {self.bind(value)}"
        raise ValueError(f"cannot compile rule {field} {op}")

    def _text(self, column_name: str, op: str, value: Any) -> str:
        """Case and accents do not matter: SQL `fold` on the column, the same fold here on
        the owner's value (domain/text_folding.py)."""
        column_folded = fold_sql(f"coalesce({column_name}, '')")
        if op in ("eq", "ne"):
            symbol = "=" if op == "eq" else "!="
            return f"{column_folded} {symbol} {self.bind(folded(value))}"
        if op in ("in", "not_in"):
            values = value if isinstance(value, list | tuple) else str(value).split(",")
            listed = self.bind(json_list(folded(str(v).strip()) for v in values))
            negate = "NOT " if op == "not_in" else ""
            return f"{column_folded} {negate}IN (SELECT value FROM json_each({listed}))"
        if op == "contains":
            return f"instr({column_folded}, {self.bind(folded(value))}) > 0"
        # Emptiness needs no folding (and no Python call per contact).
        return f"coalesce({column_name}, '') {'!=' if op == 'is_set' else '='} ''"

    # CTEs ---------------------------------------------------------------------------------
    def _cte(self, key: tuple[Any, ...], build: Callable[[], str]) -> str:
        """The CTE for `key` (built once: two rules over the same orders share it)."""
        name = self._cte_names.get(key)
        if name is None:
            body = build()
            name = f"{key[0]}{len(self.ctes)}"
            self.ctes[name] = body
            self._cte_names[key] = name
        return name

    def _window(self, days: int | None) -> str:
        since = ""
        if days is not None:
            since = f" AND e.occurred_at >= {self.bind(sql_time(self.now - timedelta(days=days)))}"
        return f"{since} AND e.occurred_at <= {self.bind(sql_time(self.now))}"

    def _activity(self, rule: Rule) -> str:
        """`c.id IN (contacts who did it)` (or NOT IN), or, for "any activity at least once",
        an EXISTS per contact on ix_activity_contact_time (cheaper than grouping a big window)."""
        activity = rule.activity
        assert activity is not None
        plain = not (activity.sku or activity.category or activity.min_value_cents is not None
                     or activity.max_value_cents is not None)  # fmt: skip
        if activity.event is None and activity.at_least == 1 and plain:
            exists = (
                "EXISTS (SELECT 1 FROM activity_event AS e WHERE e.contact_id = c.id"
                f"{self._window(activity.days)})"
            )
            return exists if rule.op == "did" else f"NOT {exists}"
        cte = self._cte(("activity", activity), lambda: self._activity_body(activity))
        members = f"SELECT contact_id FROM {cte}"
        return f"c.id {'IN' if rule.op == 'did' else 'NOT IN'} ({members})"

    def _activity_body(self, activity: ActivityFilter) -> str:
        source, where = "activity_event AS e", "1"
        if activity.event == "order":
            source, where = _ORDER_LINES, _IS_ORDER
        elif activity.event is not None:
            where = f"e.type = {self.bind(activity.event)}"
        where += self._window(activity.days)
        if activity.sku:
            where += f" AND e.sku = {self.bind(activity.sku)}"
        if activity.category:
            where += f" AND {fold_sql('e.category')} = {self.bind(folded(activity.category))}"
        where += self.restrict("e.contact_id")
        at_least = self.bind(activity.at_least)
        valued = activity.min_value_cents is not None or activity.max_value_cents is not None
        if activity.event != "order" and not valued:
            return (
                f"SELECT e.contact_id AS contact_id FROM {source} WHERE {where} "
                f"GROUP BY e.contact_id HAVING count(*) >= {at_least}"
            )
        # One row per order (its lines summed); an event without an order id is its own.
        having = []
        if activity.min_value_cents is not None:
            having.append(f"sum(e.value_cents) >= {self.bind(activity.min_value_cents)}")
        if activity.max_value_cents is not None:
            having.append(f"sum(e.value_cents) <= {self.bind(activity.max_value_cents)}")
        having_sql = f" HAVING {' AND '.join(having)}" if having else ""
        return (
            f"SELECT contact_id FROM (SELECT e.contact_id AS contact_id FROM {source} "
            f"WHERE {where} GROUP BY e.contact_id, coalesce(e.order_id, e.id)"
            f"{having_sql}) GROUP BY contact_id HAVING count(*) >= {at_least}"
        )

    def _orders(self, days: int | None, *, join: bool = True) -> str:
        """Per contact: distinct orders, money spent and the last order, over `days` (or ever);
        LEFT JOINed to the contact unless `join` is false."""
        name = self._cte(("orders", days), lambda: self._orders_body(days))
        if join:
            # A rule every match must pass that nobody without orders passes lets the
            # customers drive the query (an inner join) instead of a walk over every contact.
            kind = "JOIN" if days in self.inner_orders else "LEFT JOIN"
            self.joins.setdefault(name, f"{kind} {name} ON {name}.contact_id = c.id")
        return name

    def _orders_body(self, days: int | None) -> str:
        return (
            "SELECT e.contact_id AS contact_id, count(DISTINCT coalesce(e.order_id, e.id)) AS "
            "orders, total(e.value_cents) AS spent, max(e.occurred_at) AS last_at "
            f"FROM {_ORDER_LINES} WHERE {_IS_ORDER}{self._window(days)}"
            f"{self.restrict('e.contact_id')} GROUP BY e.contact_id"
        )

    def _rfm(self) -> str:
        orders = self._orders(None, join=False)
        return self._cte(("rfm",), lambda: rfm_select(self, orders))

    def query(self, where: str) -> SegmentQuery:
        restrict = self.restrict("c.id")
        ctes = ", ".join(f"{name} AS ({body})" for name, body in self.ctes.items())
        head = f"WITH {ctes} " if ctes else ""
        joins = "".join(f" {join}" for join in self.joins.values())
        sql = f"{head}SELECT c.id FROM contact AS c{joins} WHERE {where}{restrict}"
        return SegmentQuery(sql, dict(self.params))


def rfm_select(compiler: _Compiler, orders: str) -> str:
    """contact_id, recency, frequency, monetary and rfm_group of everyone in `orders`."""
    t, bind = compiler.thresholds, compiler.bind
    days = f"(julianday({bind(sql_time(compiler.now))}) - julianday(last_at))"
    recency = " ".join(
        f"WHEN {days} <= {bind(float(limit))} THEN {score}"
        for score, limit in zip((5, 4, 3, 2), t.recency_days, strict=True)
    )

    def at_least(measure: str, limits: tuple[int, ...]) -> str:
        cases = " ".join(f"WHEN {measure} >= {bind(limit)} THEN {score}"
                         for score, limit in zip((5, 4, 3, 2), limits, strict=True))  # fmt: skip
        return f"CASE {cases} ELSE 1 END"

    groups = " ".join(
        f"WHEN {key} THEN {bind(group)}" for key, group in RFM_GROUP_BY_SCORES.items()
    )
    return (
        "SELECT contact_id, r, f, m, CASE r * 10 + (f + m + 1) / 2 "
        f"{groups} END AS rfm_group FROM (SELECT contact_id, CASE {recency} ELSE 1 END AS r, "
        f"{at_least('orders', t.min_orders)} AS f, {at_least('spent', t.min_spent_cents)} AS m "
        f"FROM {orders})"
    )


def fold_sql(expression: str, *, ascii_form: str | None = None) -> str:
    """SQL folding `expression` like domain/text_folding.py: plain ASCII text is folded by
    SQLite's own lower() (`ascii_form` if given), and only the rest calls Python's `fold`."""
    plain = ascii_form if ascii_form is not None else f"lower({expression})"
    return f"(CASE WHEN {expression} GLOB '*[^ -~]*' THEN fold({expression}) ELSE {plain} END)"


def _tag(value: Any) -> str:
    return folded(str(value or "").strip())


def compile_segment(
    group: Group,
    *,
    now: datetime,
    thresholds: RfmThresholds = DEFAULT_THRESHOLDS,
    only_contact_ids: Iterable[int] | None = None,
) -> SegmentQuery:
    """The query selecting the ids of the contacts in `group` at `now` (aware); with
    `only_contact_ids`, only among those (each CTE is restricted too)."""
    compiler = _Compiler(now, thresholds, None)
    if only_contact_ids is not None:
        compiler._only = compiler.bind(json_list(only_contact_ids))
    required = group.items if group.match == "all" or len(group.items) == 1 else ()
    compiler.inner_orders = {
        rule.days for rule in required if isinstance(rule, Rule) and _needs_an_order(rule)
    }
    return compiler.query(compiler.group(group))


def _needs_an_order(rule: Rule) -> bool:
    """Does no contact without orders pass `rule` (order count or money spent)?"""
    if rule.field not in ("order_count", "total_spent") or rule.op not in _SYMBOLS:
        return False
    if isinstance(rule.value, bool) or not isinstance(rule.value, int | float):
        return False
    value = rule.value
    return not {"eq": 0 == value, "ne": 0 != value, "ge": 0 >= value, "gt": 0 > value,
                "le": 0 <= value, "lt": 0 < value}[rule.op]  # fmt: skip


# Beyond this many members, a page of the contact list walks the contacts in its order (a
# few thousand index entries at most) instead of sorting every member (measured in
# bench/bench_segment_upkeep.py).
WALK_CONTACTS_FROM = 2_000


def members_query(contact_ids: list[int]) -> SegmentQuery:
    """A "segment" of contacts already found (the Contacts page's filter pages over them)."""
    return SegmentQuery(
        "SELECT value AS id FROM json_each(:seg_0)",
        {"seg_0": json_list(contact_ids)},
        walk_contacts=len(contact_ids) > WALK_CONTACTS_FROM,
    )


# Running ---------------------------------------------------------------------------------
def count_segment(*, session: Session, query: SegmentQuery) -> int:
    sql, params = query.positional(query.count_sql())
    return int(session.connection().exec_driver_sql(sql, tuple(params)).scalar_one())


def segment_contact_ids(
    *, session: Session, query: SegmentQuery, limit: int | None = None
) -> list[int]:
    sql, params = query.positional(query.sql + " ORDER BY c.id")
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [row[0] for row in session.connection().exec_driver_sql(sql, tuple(params))]


def rfm_groups(
    *,
    session: Session,
    now: datetime,
    contact_ids: Iterable[int] | None = None,
    thresholds: RfmThresholds = DEFAULT_THRESHOLDS,
) -> dict[int, str]:
    """Each customer's RFM group at `now` (contacts without orders are absent)."""
    compiler = _Compiler(now, thresholds, None)
    if contact_ids is not None:
        compiler._only = compiler.bind(json_list(contact_ids))
    rfm = compiler._rfm()
    ctes = ", ".join(f"{name} AS ({body})" for name, body in compiler.ctes.items())
    query = SegmentQuery(f"WITH {ctes} SELECT contact_id, rfm_group FROM {rfm}", compiler.params)
    sql, params = query.positional()
    return {row[0]: row[1] for row in session.connection().exec_driver_sql(sql, tuple(params))}


def rfm_group_counts(
    *, session: Session, now: datetime, thresholds: RfmThresholds = DEFAULT_THRESHOLDS
) -> dict[str, int]:
    """How many customers are in each RFM group at `now`."""
    counts: dict[str, int] = {}
    for group in rfm_groups(session=session, now=now, thresholds=thresholds).values():
        counts[group] = counts.get(group, 0) + 1
    return counts


def phase_counts(*, session: Session) -> dict[str, int]:
    """How many contacts are in each journey phase (the funnel by phase)."""
    rows = session.connection().exec_driver_sql(
        "SELECT phase, count(*) FROM contact GROUP BY phase"
    )
    return {row[0]: int(row[1]) for row in rows}


def segment_members(
    *, session: Session, segment_ids: Iterable[int], contact_ids: Iterable[int], now: datetime
) -> dict[int, set[int]]:
    """contact -> the saved segments (of `segment_ids`) they are in at `now`, among
    `contact_ids` only: one restricted query per segment, for a batch of flow steps. A
    segment deleted or unreadable has no members."""
    from shopnurture.data.saved_segments import get_segment_row
    from shopnurture.domain.segments import segment_from_json, segment_problems
    from shopnurture.errors import UserError

    ids = sorted(set(contact_ids))
    found: dict[int, set[int]] = {}
    for segment_id in sorted(set(segment_ids)):
        row = get_segment_row(session=session, segment_id=segment_id)
        if row is None:
            continue
        try:
            rules = segment_from_json(row.definition)
        except UserError:
            continue
        if segment_problems(rules):
            continue
        query = compile_segment(rules, now=now, only_contact_ids=ids)
        for contact_id in segment_contact_ids(session=session, query=query):
            found.setdefault(contact_id, set()).add(segment_id)
    return found
