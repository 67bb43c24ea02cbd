"""Saved segments (save, rename, delete, list), counting and exporting, and the CLI."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from shopnurture.domain.segments import ActivityFilter, Group, Rule
from shopnurture.errors import UserError
from shopnurture.services.segments import (
    contact_ids_in,
    count_contacts_in,
    delete_segment,
    export_segment,
    find_segment,
    list_segments,
    rename_segment,
    save_segment,
)
from tests.engine.shop import T0, Shop

VIP = Group("all", (Rule("tags", "has", "vip"),))
VIEWED = Group(
    "all", (Rule("activity", "did", activity=ActivityFilter("page_view", 2, 7, sku="ROP-CAM")),)
)


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[Shop]:
    built = Shop(tmp_path / "shop.sqlite")
    ana = built.contact("Ana", tags="vip")
    built.contact("Ben", tags="vip,=cmd")
    cris = built.contact("Cris")
    for hours in (2, 20):
        built.event(ana, "page_view", T0 - timedelta(hours=hours), sku="ROP-CAM")
        built.event(cris, "page_view", T0 - timedelta(days=9, hours=hours), sku="ROP-CAM")
    yield built
    built.close()


def test_save_rename_delete_and_list(shop: Shop) -> None:
    saved = save_segment(shop.database, "  Clientes   VIP ", VIP)
    assert (saved.name, saved.rules, saved.rule_count) == ("Clientes VIP", VIP, 1)
    with pytest.raises(UserError) as taken:
        save_segment(shop.database, "clientes vip", VIEWED)
    assert taken.value.code == "segment.name_taken"
    with pytest.raises(UserError) as empty:
        save_segment(shop.database, " ", VIEWED)
    assert empty.value.code == "segment.name_empty"
    with pytest.raises(UserError) as invalid:
        save_segment(shop.database, "Mal", Group("all", (Rule("score", "ge", "x"),)))
    assert invalid.value.code == "segment.invalid"
    assert "0" in invalid.value.message("es") and "número" in invalid.value.message("es")
    viewed = save_segment(shop.database, "Miraron camisetas", VIEWED)
    assert [s.name for s in list_segments(shop.database)] == ["Clientes VIP", "Miraron camisetas"]
    renamed = rename_segment(shop.database, viewed.id, "Camisetas vistas")
    assert renamed.rules == VIEWED
    assert find_segment(shop.database, "CAMISETAS VISTAS").id == viewed.id
    assert find_segment(shop.database, str(saved.id)).name == "Clientes VIP"
    delete_segment(shop.database, saved.id)
    with pytest.raises(UserError) as gone:
        find_segment(shop.database, saved.id)
    assert gone.value.code == "segment.unknown"
    assert [s.name for s in list_segments(shop.database)] == ["Camisetas vistas"]


def test_count_ids_and_export(shop: Shop, tmp_path: Path) -> None:
    assert count_contacts_in(shop.database, VIP, now=T0) == 2
    assert count_contacts_in(shop.database, VIEWED, now=T0) == 1  # Cris viewed 9 days ago
    assert len(contact_ids_in(shop.database, VIEWED, now=T0)) == 1
    path = tmp_path / "vip.xlsx"
    assert export_segment(shop.database, VIP, path, now=T0, language="es") == 2
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Nombre" and [row[0] for row in rows[1:]] == ["Ana", "Ben"]
    assert rows[2][8] == "vip, =cmd"  # text, never a formula


def test_cli_list_count_export(shop: Shop, tmp_path: Path) -> None:
    save_segment(shop.database, "VIP", VIP)
    listed = json.loads(shop.cli("segments", "list", "--json", now=T0))
    assert [(s["name"], s["contacts"]) for s in listed] == [("VIP", 2)]
    assert listed[0]["rules"]["version"] == 1
    assert json.loads(shop.cli("segments", "count", "VIP", "--json", now=T0))["contacts"] == 2
    rules = json.dumps(
        {
            "match": "any",
            "rules": [
                {"field": "activity", "op": "did", "event": "page_view", "at_least": 2, "days": 10}
            ],
        }  # fmt: skip
    )
    counted = json.loads(shop.cli("segments", "count", "--rules", rules, "--json", now=T0))
    assert counted["contacts"] == 2 and counted["segment"] is None
    assert "1 contactos" in shop.cli(
        "segments", "count", "--rules", rules, now=T0 - timedelta(days=5)
    )  # 5 days earlier, Cris's views are in the window and Ana's in the future
    out = tmp_path / "vip.xlsx"
    assert str(out) in shop.cli("segments", "export", "VIP", str(out), now=T0)
    assert load_workbook(out).active.max_row == 3
    shop.cli("segments", "count", "Nadie", now=T0, expect=1)
    shop.cli("segments", "count", "--rules", "{not json", now=T0, expect=1)
    shop.cli("segments", "count", now=T0, expect=1)
