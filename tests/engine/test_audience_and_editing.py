"""A recurring offer's audience in SQL answers like the conditions in Python; the editor's
save path keeps active flows valid."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shopnurture.data.engine_facts import load_contacts
from shopnurture.data.triggers import audience_condition
from shopnurture.domain.flows import Node
from shopnurture.domain.flows.conditions import contact_rules_hold
from shopnurture.errors import UserError
from shopnurture.services.engine.flow_service import load_flow, save_flow
from tests.engine.shop import T0, Shop

PEOPLE = (
    {"country": "ES", "city": "Sevilla", "language": "es", "tags": "vip,newsletter",
     "email_consent": "granted", "sms_consent": "unknown", "lead_score": 40, "phase": "customer"},
    {"country": "MX", "city": None, "language": "en", "tags": "",
     "email_consent": "withdrawn", "sms_consent": "granted", "lead_score": 5, "phase": "awareness"},
    {"country": None, "city": "Madrid", "language": None, "tags": "newsletter",
     "email_consent": "unknown", "sms_consent": "withdrawn", "lead_score": 12,
     "phase": "consideration"},
)  # fmt: skip
RULES = st.one_of(
    st.fixed_dictionaries({"field": st.sampled_from(["contact.country", "contact.city",
                                                     "contact.language", "phase",
                                                     "consent.email", "consent.sms"]),
                           "op": st.sampled_from(["eq", "ne", "in", "not_in", "is_set",
                                                  "is_empty", "contains"]),
                           "value": st.sampled_from(["ES", "es", "mx,ES", "Madrid", "granted",
                                                     "customer", "", "a"])}),
    st.fixed_dictionaries({"field": st.just("tags"), "op": st.sampled_from(["has", "lacks"]),
                           "value": st.sampled_from(["vip", "newsletter", "VIP", "news"])}),
    st.fixed_dictionaries({"field": st.just("score"),
                           "op": st.sampled_from(["eq", "ne", "ge", "gt", "le", "lt"]),
                           "value": st.sampled_from([5, 12, 40, "12"])}),
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(rules=st.lists(RULES, max_size=3), match=st.sampled_from(["all", "any"]))
def test_the_audience_sql_selects_who_the_rules_accept(
    rules: list[dict[str, Any]], match: str
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        shop = Shop(Path(folder) / "shop.sqlite")
        try:
            ids = [shop.contact(f"P{n}", **person) for n, person in enumerate(PEOPLE)]
            condition, params = audience_condition(rules, match)
            chosen = {
                row[0] for row in shop.sql(f"SELECT id FROM contact WHERE {condition}", *params)
            }
            with shop.database.read_session() as session:
                contacts = load_contacts(session=session, contact_ids=ids)
            expected = {cid for cid, c in contacts.items() if contact_rules_hold(rules, match, c)}
            assert chosen == expected
        finally:
            shop.close()


def test_the_editor_saves_a_draft_freely_but_an_active_flow_only_when_valid(shop: Shop) -> None:
    flow_id = shop.add_flow("birthday")
    record, flow = load_flow(shop.database, flow_id)
    flow.node("gift").params["template"] = "birthday_gift_v2"
    flow.priority = 70
    save_flow(shop.database, flow_id, flow, now=T0)
    saved_record, saved = load_flow(shop.database, flow_id)
    assert saved.node("gift").params["template"] == "birthday_gift_v2"
    assert (saved_record.version, saved_record.priority) == (record.version + 1, 70)
    saved.add_node(Node("orphan", "logic.exit"))
    with pytest.raises(UserError) as refused:
        save_flow(shop.database, flow_id, saved, now=T0)
    assert "validate" in refused.value.message("en")
