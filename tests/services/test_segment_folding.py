"""Segment and flow rules compare text without case or accents, with the same answer in SQL
(the `fold` function every connection registers) and in Python (flow conditions)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from shopnurture.data.triggers import audience_condition
from shopnurture.domain.flows.conditions import compare
from shopnurture.domain.segments import ActivityFilter, Group, Rule
from shopnurture.domain.text_folding import fold_text
from shopnurture.services.segments import contact_ids_in
from tests.engine.shop import T0, Shop


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[Shop]:
    built = Shop(tmp_path / "shop.sqlite")
    yield built
    built.close()


def test_fold_text() -> None:
    assert fold_text("ÁLVAREZ") == "alvarez"
    assert fold_text("Málaga") == "malaga"
    assert fold_text("Straße") == "strasse"
    assert fold_text("Ma\u0301laga") == "malaga"  # an accent typed as a separate mark
    assert fold_text(None) is None


def test_segment_rules_ignore_case_and_accents(shop: Shop) -> None:
    alvarez = shop.contact("Ana", last_name="ÁLVAREZ", city="Málaga", tags="línea-bebé")
    plain = shop.contact("Ben", last_name="Alvarez", city="MALAGA")
    other = shop.contact("Cris", last_name="Núñez", city="Madrid")

    def members(*rules: Rule, match: str = "all") -> set[int]:
        return set(contact_ids_in(shop.database, Group(match, rules), now=T0))

    assert members(Rule("last_name", "eq", "álvarez")) == {alvarez, plain}
    assert members(Rule("city", "eq", "malaga")) == {alvarez, plain}
    assert members(Rule("city", "ne", "málaga")) == {other}
    assert members(Rule("city", "in", ("MÁLAGA", "sevilla"))) == {alvarez, plain}
    assert members(Rule("city", "not_in", "malaga, madrid")) == set()
    assert members(Rule("last_name", "contains", "nun")) == {other}
    assert members(Rule("tags", "has", "LINEA-BEBE")) == {alvarez}
    assert members(Rule("tags", "lacks", "linea-bebe")) == {plain, other}


def test_category_filter_ignores_accents(shop: Shop) -> None:
    ana = shop.contact("Ana")
    shop.event(ana, "category_view", T0 - timedelta(hours=1), category="Decoración")
    rule = Rule("activity", "did", activity=ActivityFilter("category_view", 1, 7,
                                                          category="DECORACION"))  # fmt: skip
    assert contact_ids_in(shop.database, Group("all", (rule,)), now=T0) == [ana]


def test_flow_conditions_agree_in_python_and_in_sql(shop: Shop) -> None:
    ana = shop.contact("Ana", last_name="ÁLVAREZ", city="Málaga", tags="línea-bebé")
    rules = [
        {"field": "contact.city", "op": "eq", "value": "malaga"},
        {"field": "contact.last_name", "op": "contains", "value": "álva"},
        {"field": "contact.city", "op": "in", "value": ["MALAGA", "Cádiz"]},
        {"field": "tags", "op": "has", "value": "Línea-Bebe"},
    ]
    assert compare("eq", "Málaga", "malaga")
    assert compare("contains", "ÁLVAREZ", "álva")
    assert compare("in", "Málaga", ["MALAGA", "Cádiz"])
    assert compare("has", ("línea-bebé",), "Línea-Bebe")
    assert not compare("ne", "ÁLVAREZ", "alvarez")
    for rule in rules:
        where, params = audience_condition([rule], "all")
        found = shop.sql(f"SELECT id FROM contact WHERE {where}", *params)
        assert found == [(ana,)], rule
