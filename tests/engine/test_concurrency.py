"""Two processes (here: two connections on two threads) ticking at once queue nothing twice."""

from __future__ import annotations

import threading
from datetime import timedelta

from shopnurture.data.database import open_database
from shopnurture.services.engine.tick import run_tick
from tests.engine.shop import T0, Shop

H, M = timedelta(hours=1), timedelta(minutes=1)


def test_simultaneous_ticks_from_two_connections(shop: Shop) -> None:
    shop.add_flow("cart_abandonment")
    shop.add_flow("browse_abandonment")
    for number in range(30):
        person = shop.contact(f"P{number}")
        shop.event(person, "add_to_cart", T0 + H, sku="ROP-CAM", quantity=1, value_cents=1990)
        for minutes in (0, 20):
            shop.event(person, "page_view", T0 + minutes * M, sku="ROP-VAQ", duration_seconds=80)
    other = open_database(shop.path)
    failures: list[BaseException] = []

    def tick(database: object) -> None:
        try:
            for minutes in range(0, 240, 30):
                run_tick(database, now=T0 + minutes * M, batch_size=7)  # type: ignore[arg-type]
        except BaseException as error:  # reported below, with the thread's own traceback
            failures.append(error)

    threads = [threading.Thread(target=tick, args=(db,)) for db in (shop.database, other)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    other.close()
    assert failures == []
    rows = shop.sql("SELECT run_id, node_id, count(*) FROM outbox_message GROUP BY 1, 2")
    assert rows and all(count == 1 for _, _, count in rows)
    assert shop.sql("SELECT count(*) FROM flow_run") == [(60,)]  # one run per contact and flow
    # Each got the cart reminder; the browse flow stood back since they had added to the cart.
    assert len(shop.messages(status="queued")) == 30
