"""The synthetic shop: valid contacts, a coherent catalogue, plausible journeys, loadable rows."""

from __future__ import annotations

import importlib.util
import random
import sqlite3
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any
from zoneinfo import ZoneInfo

import phonenumbers
import pytest
from email_validator import validate_email
from phonenumbers import timezone as phone_time_zones
from sqlalchemy import func, insert, select

from shopnurture.data.activity import page_activity
from shopnurture.data.contacts import page_contacts, search_text_for
from shopnurture.data.database import Database, open_database
from shopnurture.data.tables import ActivityEvent, Contact, Product
from shopnurture.domain.vocabulary import Consent, EventType, Phase, ProductKind
from shopnurture.services.synthetic import Journey, generate_journeys, generate_products
from shopnurture.services.synthetic_people import COUNTRIES

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
DAYS = 365
CONTACTS, EVENTS = 1_500, 15_000
CONTACT_TABLE = Contact.__table__  # type: ignore[attr-defined]
EVENT_TABLE = ActivityEvent.__table__  # type: ignore[attr-defined]
PRODUCT_TABLE = Product.__table__  # type: ignore[attr-defined]
KNOWN_TAGS = {"vip", "newsletter", "mayorista", "instagram", "sorteo"}
ROOT = Path(__file__).resolve().parents[2]


def _generate(seed: int = 11) -> list[Journey]:
    return list(
        generate_journeys(seed=seed, contact_count=CONTACTS, event_count=EVENTS, now=NOW, days=DAYS)
    )


@pytest.fixture(scope="module")
def journeys() -> list[Journey]:
    return _generate()


@pytest.fixture(scope="module")
def contacts(journeys: list[Journey]) -> list[dict[str, Any]]:
    return [journey.contact for journey in journeys]


@pytest.fixture(scope="module")
def events(journeys: list[Journey]) -> list[dict[str, Any]]:
    return [event for journey in journeys for event in journey.events]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory, journeys: list[Journey]) -> Iterator[Database]:
    """The generated rows bulk-inserted into a real, migrated SQLite file."""
    database = open_database(tmp_path_factory.mktemp("synthetic") / "shop.sqlite")
    with database.write_session() as session:
        connection = session.connection()
        connection.execute(insert(PRODUCT_TABLE), generate_products(now=NOW))
        connection.execute(insert(CONTACT_TABLE), [journey.contact for journey in journeys])
        connection.execute(insert(EVENT_TABLE), [e for journey in journeys for e in journey.events])
    yield database
    database.close()


def _visits(events: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """One contact's events split into visits the way web analytics does: 30 idle minutes."""
    visits: list[list[dict[str, Any]]] = []
    for event in events:
        if not visits or event["occurred_at"] - visits[-1][-1]["occurred_at"] > timedelta(
            minutes=30
        ):
            visits.append([])
        visits[-1].append(event)
    return visits


def test_catalogue_is_a_coherent_shop() -> None:
    products = generate_products(now=NOW)
    skus = {product["sku"] for product in products}
    assert 28 <= len(products) <= 36 and len(skus) == len(products)
    assert len({product["category"] for product in products}) == 6
    assert sum(product["stock"] == 0 for product in products) >= 2
    for product in products:
        assert product["kind"] in {kind.value for kind in ProductKind}
        assert product["price_cents"] > 0 and product["shipping_days"] > 0
        assert product["upgrade_sku"] in skus | {None}
        assert product["upgrade_sku"] != product["sku"]
        related = [sku for sku in product["related_skus"].split(",") if sku]
        assert set(related) <= skus - {product["sku"]}
        consumable = product["kind"] == ProductKind.CONSUMABLE
        assert (product["units_per_pack"] is not None) == consumable
        assert (product["units_per_day"] is not None) == consumable
    capsules = next(p for p in products if p["units_per_pack"] == 100)
    assert capsules["units_per_day"] == 1.0  # DOMAIN.md's example: reminder near day 97


def test_rows_have_exactly_the_tables_columns(journeys: list[Journey]) -> None:
    contact_columns = {column.name for column in CONTACT_TABLE.columns}
    event_columns = {column.name for column in EVENT_TABLE.columns} - {"id"}
    product_columns = {column.name for column in PRODUCT_TABLE.columns} - {"id"}
    assert all(set(journey.contact) == contact_columns for journey in journeys)
    assert all(set(e) == event_columns for journey in journeys for e in journey.events)
    assert all(set(product) == product_columns for product in generate_products(now=NOW))


def test_counts_are_exact_and_the_seed_decides_everything(journeys: list[Journey]) -> None:
    assert len(journeys) == CONTACTS
    assert sum(len(journey.events) for journey in journeys) == EVENTS
    assert [journey.contact["id"] for journey in journeys] == list(range(1, CONTACTS + 1))
    assert all(journey.events for journey in journeys)
    assert _generate() == journeys
    assert _generate(seed=12)[0] != journeys[0]


def test_every_phone_pattern_gives_valid_mobile_numbers() -> None:
    rng = random.Random(5)
    patterns = {phone for c in COUNTRIES for city in c.cities for phone in city.phones}
    for pattern in patterns:
        edges = [0, 10**pattern.rest - 1] + [rng.randrange(10**pattern.rest) for _ in range(50)]
        for first in pattern.first_digits:
            for rest in edges:
                number = f"{pattern.prefix}{first}{rest:0{pattern.rest}d}"
                parsed = phonenumbers.parse(number, None)
                assert phonenumbers.is_valid_number(parsed), number
                assert phonenumbers.number_type(parsed) in (
                    phonenumbers.PhoneNumberType.MOBILE,
                    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
                ), number


def test_phones_are_valid_e164_of_the_contacts_country(contacts: list[dict[str, Any]]) -> None:
    with_phone = [contact for contact in contacts if contact["phone"]]
    assert 0.8 < len(with_phone) / len(contacts) < 0.95
    assert {contact["country"] for contact in with_phone} == {"ES", "MX", "AR", "CO", "CL", "PE"}
    for contact in with_phone:
        parsed = phonenumbers.parse(contact["phone"], None)
        assert phonenumbers.is_valid_number(parsed), contact["phone"]
        e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
        assert e164 == contact["phone"]
        assert phonenumbers.region_code_for_number(parsed) == contact["country"]


def test_time_zone_matches_the_phone(contacts: list[dict[str, Any]]) -> None:
    """Same UTC offsets, winter and summer, as a zone phonenumbers gives for the number."""
    instants = (datetime(2025, 1, 15, tzinfo=UTC), datetime(2025, 7, 15, tzinfo=UTC))

    def offsets(zone: str) -> tuple[Any, ...]:
        return tuple(instant.astimezone(ZoneInfo(zone)).utcoffset() for instant in instants)

    for contact in contacts:
        if not contact["phone"]:
            continue
        parsed = phonenumbers.parse(contact["phone"], None)
        expected = {offsets(zone) for zone in phone_time_zones.time_zones_for_number(parsed)}
        assert offsets(contact["time_zone"]) in expected, contact


def test_emails_are_unique_valid_and_from_the_name(contacts: list[dict[str, Any]]) -> None:
    emails = [contact["email"] for contact in contacts]
    assert all(emails) and len(set(emails)) == len(emails)
    for contact in contacts:
        result = validate_email(contact["email"], check_deliverability=False)
        assert result.normalized.lower() == contact["email"]
        assert contact["email"].isascii()
    folded = [search_text_for({"first_name": c["first_name"]}).split()[0] for c in contacts]
    from_name = sum(
        name in contact["email"] for name, contact in zip(folded, contacts, strict=True)
    )
    assert from_name / len(contacts) > 0.6


def test_contacts_look_like_a_spanish_speaking_shop(contacts: list[dict[str, Any]]) -> None:
    today = NOW.date()
    spanish = [contact for contact in contacts if contact["language"] == "es"]
    assert 0.9 < len(spanish) / len(contacts) < 1.0
    assert {contact["language"] for contact in contacts} == {"es", "en"}
    assert all(len(contact["last_name"].split()) >= 2 for contact in spanish)
    names = " ".join(f"{c['first_name']} {c['last_name']}" for c in contacts)
    assert all(letter in names for letter in "áéíóúñÁÓ")
    birthdays = [contact["birthday"] for contact in contacts if contact["birthday"]]
    assert 0.63 < len(birthdays) / len(contacts) < 0.77
    assert all(isinstance(day, date) and (today - day).days >= 18 * 365 for day in birthdays)
    tags = Counter(tag for contact in contacts for tag in contact["tags"].split(",") if tag)
    assert set(tags) == KNOWN_TAGS
    assert all(
        contact["tags"] == ",".join(sorted(contact["tags"].split(","))) for contact in contacts
    )
    assert all(contact["search_text"] == search_text_for(contact) for contact in contacts)


def test_consent_is_mostly_granted_and_timestamped(contacts: list[dict[str, Any]]) -> None:
    email = Counter(contact["email_consent"] for contact in contacts)
    assert set(email) == {status.value for status in Consent}
    assert email[Consent.GRANTED] / len(contacts) > 0.6
    for contact in contacts:
        for channel in ("email", "sms"):
            given = contact[f"{channel}_consent"] != Consent.UNKNOWN
            assert (contact[f"{channel}_consent_at"] is not None) == given
            assert (contact[f"{channel}_consent_source"] == "synthetic") == given
        if contact["phone"] is None:
            assert contact["sms_consent"] == Consent.UNKNOWN
        assert contact["created_at"] <= contact["updated_at"] < NOW


def test_phase_follows_the_activity(journeys: list[Journey]) -> None:
    phases = Counter(journey.contact["phase"] for journey in journeys)
    assert set(phases) == {phase.value for phase in Phase}
    for journey in journeys:
        types = {event["type"] for event in journey.events}
        bought = EventType.ORDER in types
        assert (journey.contact["phase"] == Phase.CUSTOMER) == bought
        if types & {EventType.ADD_TO_CART, EventType.INQUIRY} and not bought:
            assert journey.contact["phase"] == Phase.CONSIDERATION


def test_events_are_recent_ordered_and_complete(journeys: list[Journey]) -> None:
    types: Counter[str] = Counter()
    for journey in journeys:
        times = [event["occurred_at"] for event in journey.events]
        assert times == sorted(times)
        assert journey.contact["created_at"] == times[0]
        assert NOW - timedelta(days=DAYS) <= times[0] and times[-1] < NOW
        for event in journey.events:
            types[event["type"]] += 1
            assert event["contact_id"] == journey.contact["id"]
            assert event["created_at"] == event["occurred_at"]
            assert event["occurred_at"].tzinfo is not None
            if event["type"] in (EventType.PAGE_VIEW, EventType.CATEGORY_VIEW):
                assert event["duration_seconds"] > 0
            if event["type"] == EventType.CATEGORY_VIEW:
                assert event["category"] and not event["sku"]
            if event["type"] == EventType.REVIEW:
                assert event["rating"] in range(1, 6) and event["sku"]
    assert set(types) == {event_type.value for event_type in EventType}


def test_orders_carry_what_was_bought(journeys: list[Journey]) -> None:
    prices = {product["sku"]: product for product in generate_products(now=NOW)}
    order_owner: dict[str, int] = {}
    for journey in journeys:
        for visit in _visits(journey.events):
            lines = [event for event in visit if event["type"] == EventType.ORDER]
            if not lines:
                continue
            carted = {event["sku"] for event in visit if event["type"] == EventType.ADD_TO_CART}
            assert any(event["type"] == EventType.CHECKOUT_STARTED for event in visit)
            assert len({line["order_id"] for line in lines}) == 1
            for line in lines:
                product = prices[line["sku"]]
                assert line["sku"] in carted
                assert line["quantity"] >= 1
                assert line["value_cents"] == product["price_cents"] * line["quantity"]
                assert (line["product"], line["category"]) == (product["name"], product["category"])
                owner = order_owner.setdefault(line["order_id"], journey.contact["id"])
                assert owner == journey.contact["id"]  # order ids are never shared


def test_about_three_carts_in_four_are_abandoned(journeys: list[Journey]) -> None:
    carts = paid = 0
    for journey in journeys:
        for visit in _visits(journey.events):
            types = {event["type"] for event in visit}
            if EventType.ADD_TO_CART in types:
                carts += 1
                paid += EventType.ORDER in types
    assert carts > 500
    assert 0.70 < 1 - paid / carts < 0.82  # DOMAIN.md: about 76 of 100 carts


def test_rows_load_into_a_real_database(shop: Database) -> None:
    with shop.read_session() as session:
        connection = session.connection()
        assert (
            connection.execute(select(func.count()).select_from(CONTACT_TABLE)).scalar() == CONTACTS
        )
        assert connection.execute(select(func.count()).select_from(EVENT_TABLE)).scalar() == EVENTS
        orphans = connection.execute(
            select(func.count())
            .select_from(EVENT_TABLE.outerjoin(CONTACT_TABLE))
            .where(CONTACT_TABLE.c.id.is_(None))
        ).scalar()
        assert orphans == 0
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        found = page_contacts(session=session, search="nunez", limit=5).rows
        assert found and all("Núñez" in row.last_name for row in found)
        timeline = page_activity(session=session, contact_id=1, limit=5)
        assert timeline and timeline[0].occurred_at < NOW


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_make_shop_writes_times_as_the_app_does(tmp_path: Path, shop: Database) -> None:
    make_shop = _script("make_shop")
    path = tmp_path / "bench.sqlite"
    make_shop.fill_shop(path, contacts=300, events=3_000, seed=3, now=NOW, days=90)
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT count(*) FROM contact").fetchone() == (300,)
    assert raw.execute("SELECT count(*) FROM activity_event").fetchone() == (3_000,)
    assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    schema = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    reference = sqlite3.connect(shop.path)
    assert raw.execute(schema).fetchall() == reference.execute(schema).fetchall()
    written = raw.execute("SELECT occurred_at, created_at FROM activity_event LIMIT 1").fetchone()
    by_app = reference.execute(
        "SELECT occurred_at, created_at FROM activity_event LIMIT 1"
    ).fetchone()
    assert [len(text) for text in written] == [len(text) for text in by_app] == [26, 26]
    birthdays = "SELECT birthday FROM contact WHERE birthday IS NOT NULL LIMIT 1"
    assert len(raw.execute(birthdays).fetchone()[0]) == len(
        reference.execute(birthdays).fetchone()[0]
    )
    raw.close()
    reference.close()
    database = open_database(path)
    with database.read_session() as session:
        latest = page_activity(session=session, limit=1)[0]
        assert NOW - timedelta(days=90) < latest.occurred_at < NOW
        since = page_activity(
            session=session, contact_id=latest.contact_id, since=latest.occurred_at
        )
        assert latest.id in {row.id for row in since}  # stored text compares like the app's
        contact = session.get(Contact, latest.contact_id)
        assert contact is not None and contact.email
        found = page_contacts(session=session, search=contact.email, limit=5).rows
        assert [row.id for row in found] == [contact.id]  # search works on the bulk-filled rows
    database.close()


@pytest.mark.parametrize("country", [c.code for c in COUNTRIES])
def test_each_country_has_cities_with_valid_zones(country: str) -> None:
    (spec,) = [c for c in COUNTRIES if c.code == country]
    for city in spec.cities:
        ZoneInfo(city.time_zone)
        assert all(phone.prefix.startswith("+") for phone in city.phones)
    assert sum(spec.email_domain_weights) > 0
