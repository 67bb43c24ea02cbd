"""A big import cleans its rows in a helper process (services/importing/clean_worker.py):
the shop and the report are exactly what cleaning in the importing process gives, also
when the helper cannot start or dies half-way, and a cancelled import leaves no helper."""

from __future__ import annotations

import logging
import multiprocessing
import os
import re
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shopnurture.data.contacts import search_text_for
from shopnurture.data.database import open_database
from shopnurture.domain.contact_search_text import search_key
from shopnurture.services.importing import ImportCancelled, clean_worker, pipeline, run_import
from shopnurture.services.importing.contact_merge import ContactMerger
from tests.importing.helpers import snapshot, write_csv, write_xlsx

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
_LOGGER = "shopnurture.services.importing.clean_worker"


def _contact_rows() -> list[list[Any]]:
    """A messy owner's sheet: duplicates, bad cells, blank rows, notes-only rows."""
    rows: list[list[Any]] = [
        ["Nombre", "Apellidos", "Correo", "Móvil", "Cumpleaños", "Acepta publicidad", "Notas"]
    ]
    for number in range(260):
        email = f"cliente{number % 200}@example.es"  # the last 60 update earlier rows
        phone = f"6{number:08d}" if number % 3 else ""
        birthday: Any = date(1980 + number % 30, 1 + number % 12, 1 + number % 27)
        if number % 17 == 0:
            email = "no-es-un-correo"
        if number % 23 == 0:
            phone = "12"
        if number % 29 == 0:
            birthday = "31/02/1990"
        consent = ("sí", "no", "", "x")[number % 4]
        rows.append([f"Nombre{number}", "García", email, phone, birthday, consent, ""])
        if number % 41 == 0:
            rows.append([""] * 7)
        if number % 43 == 0:
            rows.append(["", "", "", "", "", "", "llamar el lunes"])
    return rows


def _order_rows() -> list[list[Any]]:
    """Orders where only each order's first line carries the customer and the date."""
    rows: list[list[Any]] = [
        ["Pedido", "Correo", "Fecha", "Referencia", "Cantidad", "Precio", "Estado"]
    ]
    for order in range(90):
        email = f"cliente{order % 30}@example.es"
        day = f"2026-10-0{1 + order % 9} 10:00:00"
        rows.append([f"#{1000 + order}", email, day, f"SKU-{order % 7}", "1", "19,90", "paid"])
        for line in range(order % 3):
            rows.append([f"#{1000 + order}", "", "", f"SKU-{line}", "2", "5,00", ""])
    return rows


def _import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, *, helper: bool
) -> tuple[dict, list]:
    monkeypatch.setattr(pipeline, "CHUNK_ROWS", 40)  # many blocks, several for the helper
    monkeypatch.setattr(clean_worker, "_PIECE_ROWS", 15)  # several pieces per block
    if not helper:
        monkeypatch.setattr(pipeline, "helper_is_worthwhile", lambda *_: False)
    contacts, orders = tmp_path / "clientes.xlsx", tmp_path / "pedidos.csv"
    if not contacts.exists():  # the same bytes each time: the consent log names their hash
        write_xlsx(contacts, _contact_rows())
        write_csv(orders, _order_rows(), delimiter=";")
    database_path = tmp_path / f"{name}.sqlite"
    database = open_database(database_path)
    reports = [
        run_import(database, contacts, kind="contacts", now=NOW).as_json(),
        run_import(database, orders, kind="orders", now=NOW).as_json(),
        run_import(database, contacts, kind="contacts", now=NOW).as_json(),
    ]
    database.close()
    shop = snapshot(database_path)
    shop.pop("import_mapping", None)
    return shop, reports


def _pieces_in_helper(caplog: pytest.LogCaptureFixture) -> int:
    found = [
        int(match[1])
        for record in caplog.records
        if (match := re.match(r"import: (\d+) pieces", record.getMessage()))
    ]
    return sum(found)


@pytest.fixture
def expected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[dict, list]:
    """The shop and reports when every row is cleaned in the importing process."""
    with monkeypatch.context() as patch:
        return _import(tmp_path, patch, "local", helper=False)


def test_the_helper_cleans_exactly_as_the_importing_process(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    expected: tuple[dict, list],
) -> None:
    caplog.set_level(logging.INFO, logger=_LOGGER)
    shop, reports = _import(tmp_path, monkeypatch, "helper", helper=True)
    assert _pieces_in_helper(caplog) > 10
    assert reports == expected[1]
    assert shop == expected[0]
    first_contacts, first_orders, again = reports
    assert first_contacts["created"] == 182  # 200 addresses, 18 of them only on refused rows
    assert {error["column"] for error in first_contacts["errors"]} >= {"Correo", "Móvil"}
    assert first_orders["created"] > 90
    assert again["created"] == 0  # (rows 200+ rename customers of rows 0-59, so they update)


def test_a_helper_that_cannot_start_changes_nothing(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    expected: tuple[dict, list],
) -> None:
    def no_processes(_method: str) -> Any:
        raise ValueError("no process support here")

    monkeypatch.setattr(clean_worker.multiprocessing, "get_context", no_processes)
    caplog.set_level(logging.INFO, logger=_LOGGER)
    assert _import(tmp_path, monkeypatch, "no-helper", helper=True) == expected
    assert "no helper process" in caplog.text
    assert _pieces_in_helper(caplog) == 0


def _die(*_: object) -> bytes:
    os._exit(3)  # what the out-of-memory killer would do to the helper


def test_a_helper_that_dies_half_way_changes_nothing(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    expected: tuple[dict, list],
) -> None:
    monkeypatch.setattr(clean_worker, "_clean_in_helper", _die)
    caplog.set_level(logging.INFO, logger=_LOGGER)
    assert _import(tmp_path, monkeypatch, "dying-helper", helper=True) == expected
    assert "the helper process failed" in caplog.text


def test_a_cancelled_import_leaves_the_shop_and_no_helper(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(pipeline, "CHUNK_ROWS", 40)
    caplog.set_level(logging.INFO, logger=_LOGGER)
    database_path = tmp_path / "shop.sqlite"
    database = open_database(database_path)
    before = snapshot(database_path)
    progress: list[int] = []
    with pytest.raises(ImportCancelled):
        run_import(
            database,
            write_xlsx(tmp_path / "clientes.xlsx", _contact_rows()),
            kind="contacts",
            now=NOW,
            progress=lambda done, _total: progress.append(done),
            is_cancelled=lambda: len(progress) >= 3,
        )
    database.close()
    assert len(progress) == 3
    assert snapshot(database_path) == before
    deadline = time.monotonic() + 10
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert multiprocessing.active_children() == []


_names = st.sampled_from(["Ana", "Luis", "José"])
_record = st.fixed_dictionaries(
    {"email": st.sampled_from(["ana@example.es", "luis@example.es"])},
    optional={
        "phone": st.sampled_from(["+34600000001", "+34600000002"]),
        "external_id": st.just("C1"),
        "first_name": _names,
        "last_name": _names,
        "full_name": st.tuples(_names, st.sampled_from(["", "Núñez"])),
        "city": st.sampled_from(["Sevilla", "Bogotá"]),
        "tags": st.lists(st.sampled_from(["vip", "b2b"]), max_size=3),
        "accepts_email": st.booleans(),
    },
)


@settings(max_examples=200, deadline=None)
@given(_record)
def test_a_search_hint_matches_the_contact_the_merge_makes(record: dict[str, Any]) -> None:
    """The helper's idea of a new contact is the merge's, so its texts are used."""
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "shop.sqlite")
        with database.write_session() as session:
            merger = ContactMerger(session, now=NOW, consent_detail="test")
            hints = clean_worker.search_hints(2, [(record, [])])
            [contact_id] = merger.resolve([(2, dict(record))], hints)
            row = merger._new_rows[contact_id]
            assert hints[2][0] == search_key(row)
            merger.flush()
            stored = session.connection().exec_driver_sql(
                "SELECT search_text FROM contact WHERE id = ?", (contact_id,)
            )
            assert stored.scalar_one() == search_text_for(row) == hints[2][1]
        database.close()
