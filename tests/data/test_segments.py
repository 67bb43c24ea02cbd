"""Segments compiled to SQL: counts of small hand-built shops, checked rule by rule."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from shopnurture.data.segments import (
    compile_segment,
    count_segment,
    phase_counts,
    rfm_groups,
    segment_contact_ids,
)
from shopnurture.domain.segments import (
    ActivityFilter,
    Group,
    Rule,
    segment_from_json,
    segment_problems,
    segment_to_json,
)
from tests.engine.shop import T0, Shop

D = timedelta(days=1)


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[Shop]:
    built = Shop(tmp_path / "shop.sqlite")
    yield built
    built.close()


def _ids(shop: Shop, group: Group, only: list[int] | None = None) -> list[int]:
    query = compile_segment(group, now=T0, only_contact_ids=only)
    with shop.database.read_session() as session:
        found = segment_contact_ids(session=session, query=query)
        assert count_segment(session=session, query=query) == len(found)
    return found


def _all(*items: Rule | Group) -> Group:
    return Group("all", items)


def _any(*items: Rule | Group) -> Group:
    return Group("any", items)


def _did(event: str | None, at_least: int = 1, days: int | None = None, **extra: object) -> Rule:
    return Rule("activity", "did", activity=ActivityFilter(event, at_least, days, **extra))  # type: ignore[arg-type]


def _did_not(event: str | None, at_least: int = 1, days: int | None = None) -> Rule:
    return Rule("activity", "did_not", activity=ActivityFilter(event, at_least, days))


@pytest.fixture
def people(shop: Shop) -> dict[str, int]:
    """Ana: 3 views of ROP-CAM this week, a 59.70 order 10 days ago (2 lines), tag vip.
    Ben: 1 view 2 days ago, an old 20 € order 200 days ago, no email consent.
    Cris: nothing at all, phase consideration, in Sevilla.
    Dani: 2 orders (149 € and 14.95 €) 40 and 5 days ago, tags vip,wholesale."""
    ana = shop.contact("Ana", city="Madrid", tags="vip", lead_score=40, phase="customer")
    ben = shop.contact("Ben", city="Madrid", email_consent="withdrawn", lead_score=5)
    cris = shop.contact("Cris", city="Sevilla", phase="consideration", lead_score=12)
    dani = shop.contact(
        "Dani", city="Bilbao", tags="vip,wholesale", lead_score=80, phase="customer"
    )
    for hours in (1, 30, 50):
        shop.event(ana, "page_view", T0 - timedelta(hours=hours), sku="ROP-CAM", category="ROP")
    shop.order(ana, T0 - 10 * D, ("ROP-CAM", 1), ("ROP-VAQ", 2), order_id="A1")  # 19.90+99.80
    shop.event(ben, "page_view", T0 - 2 * D, sku="CAF-DES", category="CAF")
    shop.event(ben, "order", T0 - 200 * D, sku="ROP-CAM", value_cents=2000, order_id="B1")
    shop.order(dani, T0 - 40 * D, ("CAF-MAQ-PRO", 1), order_id="D1")  # 149.00
    shop.order(dani, T0 - 5 * D, ("CAF-CAP-050", 1), order_id="D2")  # 14.95
    shop.event(dani, "page_view", T0 + D, sku="ROP-CAM")  # the future: never counts
    return {"ana": ana, "ben": ben, "cris": cris, "dani": dani}


def test_contact_fields_tags_consent_score_and_phase(shop: Shop, people: dict[str, int]) -> None:
    ana, ben, cris, dani = people.values()
    assert _ids(shop, _all()) == [ana, ben, cris, dani]  # no rules: everyone
    assert _ids(shop, _all(Rule("city", "eq", "madrid"))) == [ana, ben]
    assert _ids(shop, _all(Rule("city", "in", ("Sevilla", "Bilbao")))) == [cris, dani]
    assert _ids(shop, _all(Rule("city", "contains", "bil"))) == [dani]
    assert _ids(shop, _all(Rule("tags", "has", "VIP"))) == [ana, dani]
    assert _ids(shop, _all(Rule("tags", "lacks", "wholesale"))) == [ana, ben, cris]
    assert _ids(shop, _all(Rule("tags", "has", "whole"))) == []  # whole tags only
    assert _ids(shop, _all(Rule("accepts_email", "is_false"))) == [ben]
    assert _ids(shop, _all(Rule("score", "ge", 40))) == [ana, dani]
    assert _ids(shop, _all(Rule("phase", "in", ("consideration",)))) == [cris]
    assert _ids(shop, _all(Rule("phase", "not_in", ("customer",)))) == [ben, cris]


def test_and_or_groups_nest(shop: Shop, people: dict[str, int]) -> None:
    ana, ben, cris, dani = people.values()
    madrid_or_vip = _any(Rule("city", "eq", "Madrid"), Rule("tags", "has", "vip"))
    assert _ids(shop, madrid_or_vip) == [ana, ben, dani]
    # (Madrid OR vip) AND NOT (score >= 40 AND phase customer)
    rich_customer = _all(Rule("score", "ge", 40), Rule("phase", "in", ("customer",)))
    assert _ids(shop, _all(madrid_or_vip, _any(Rule("score", "lt", 40)))) == [ben]
    assert _ids(shop, _any(_all(madrid_or_vip, rich_customer), Rule("city", "eq", "Sevilla"))) == [
        ana,
        cris,
        dani,
    ]


def test_activity_counts_time_windows_and_did_not(shop: Shop, people: dict[str, int]) -> None:
    ana, ben, cris, dani = people.values()
    assert _ids(shop, _all(_did("page_view", 3, 7))) == [ana]
    assert _ids(shop, _all(_did("page_view", 3, 1))) == []  # only 1 view in the last day
    assert _ids(shop, _all(_did("page_view", 1, 7))) == [ana, ben]  # Dani's is in the future
    assert _ids(shop, _all(_did_not("page_view", 1, 7))) == [cris, dani]
    assert _ids(shop, _all(_did_not("page_view", 3, 7))) == [ben, cris, dani]  # fewer than 3
    assert _ids(shop, _all(_did(None))) == [ana, ben, dani]  # any activity, ever
    assert _ids(shop, _all(_did_not(None))) == [cris]
    # Orders count once however many lines: Ana's one order has two lines.
    assert _ids(shop, _all(_did("order", 2))) == [dani]
    assert _ids(shop, _all(_did("order", 1, 30))) == [ana, dani]
    assert _ids(shop, _all(_did("order", 1, 30, sku="ROP-VAQ"))) == [ana]
    assert _ids(shop, _all(_did("page_view", 1, None, category="caf"))) == [ben]


def test_value_filters_compare_an_order_s_total(shop: Shop, people: dict[str, int]) -> None:
    ana, ben, cris, dani = people.values()
    # Ana's order: 19.90 + 99.80 = 119.70 in two lines (neither line alone reaches 100).
    assert _ids(shop, _all(_did("order", min_value_cents=10_000))) == [ana, dani]
    assert _ids(shop, _all(_did("order", min_value_cents=12_000))) == [dani]  # D1 is 149.00
    assert _ids(shop, _all(_did("order", max_value_cents=2_000))) == [ben, dani]  # 20.00, 14.95
    assert _ids(shop, _all(_did("order", 2, max_value_cents=20_000))) == [dani]


def test_order_count_and_total_spent(shop: Shop, people: dict[str, int]) -> None:
    ana, ben, cris, dani = people.values()
    assert _ids(shop, _all(Rule("order_count", "eq", 0))) == [cris]
    assert _ids(shop, _all(Rule("order_count", "ge", 2))) == [dani]
    assert _ids(shop, _all(Rule("total_spent", "ge", 11_970))) == [ana, dani]  # 119.70, 163.95
    assert _ids(shop, _all(Rule("total_spent", "gt", 11_970))) == [dani]
    assert _ids(shop, _all(Rule("order_count", "ge", 1, days=30))) == [ana, dani]
    assert _ids(shop, _all(Rule("total_spent", "lt", 2_000, days=30))) == [ben, cris, dani]


def test_rfm_groups_from_orders(shop: Shop, people: dict[str, int]) -> None:
    ana, ben, cris, dani = people.values()
    with shop.database.read_session() as session:
        groups = rfm_groups(session=session, now=T0)
    # Ana: 10 days (R5), 1 order (F1), 119.70 (M3): FM 2 -> potential.
    # Ben: 200 days (R2), 1 order (F1), 20.00 (M1): FM 1 -> hibernating.
    # Dani: 5 days (R5), 2 orders (F2), 163.95 (M3): FM 3 -> loyal.
    assert groups == {ana: "potential", ben: "hibernating", dani: "loyal"}
    assert _ids(shop, _all(Rule("rfm", "in", ("loyal", "potential")))) == [ana, dani]
    assert _ids(shop, _all(Rule("rfm", "not_in", ("loyal",)))) == [ana, ben, cris]


def test_only_some_contacts(shop: Shop, people: dict[str, int]) -> None:
    ana, ben, cris, dani = people.values()
    segment = _all(_did("page_view", 1, 7), Rule("order_count", "ge", 1))
    assert _ids(shop, segment) == [ana, ben]
    assert _ids(shop, segment, only=[ben, cris]) == [ben]
    with shop.database.read_session() as session:
        assert phase_counts(session=session) == {"awareness": 1, "consideration": 1, "customer": 2}


def test_values_are_bound_never_pasted(shop: Shop, people: dict[str, int]) -> None:
    sneaky = "x') OR 1=1 --"
    query = compile_segment(_all(Rule("city", "eq", sneaky), Rule("tags", "has", sneaky)), now=T0)
    assert sneaky not in query.sql and sneaky.lower() in query.params.values()
    assert _ids(shop, _all(Rule("city", "eq", sneaky))) == []


def test_json_round_trip_and_validation() -> None:
    segment = _all(
        Rule("tags", "has", "vip"),
        _any(_did("order", 2, 90, sku="X", min_value_cents=500), Rule("rfm", "in", ("lost",))),
        Rule("total_spent", "ge", 1000, days=365),
    )
    as_json = segment_to_json(segment)
    assert as_json["version"] == 1
    assert segment_from_json(as_json) == segment
    import json

    assert segment_from_json(json.dumps(as_json)) == segment
    bad = _all(Rule("score", "ge", "many"), _any(Rule("rfm", "in", ("kings",))), Rule("x", "eq"))
    codes = [(problem.path, problem.code) for problem in segment_problems(bad)]
    assert codes == [
        ("0", "segment.reason.number"),
        ("1.0", "segment.reason.choice"),
        ("2", "segment.reason.unknown_field"),
    ]
    assert [p.code for p in segment_problems(_all(_did("purchase")))] == ["segment.reason.event"]
