"""The command line over flows, ticks and the outbox: shapes of --json and exit codes."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from shopnurture.cli import main
from tests.engine.shop import T0, Shop

H = timedelta(hours=1)
OUTBOX_FIELDS = {
    "id", "flow_id", "flow_name", "template", "node_id", "contact_email", "contact_phone",
    "channel", "status", "reason", "due_at", "sent_at", "subject",
}  # fmt: skip


def test_templates_add_list_show(shop: Shop) -> None:
    templates = json.loads(shop.cli("flows", "templates", "--json", now=T0))
    assert [t["key"] for t in templates][:2] == ["browse_abandonment", "cart_abandonment"]
    assert len(templates) == 11 and templates[1]["name"] == "Carrito abandonado"
    assert shop.cli("flows", "add", "birthday", now=T0).strip() == "1"
    added = json.loads(
        shop.cli("flows", "add", "offer", "--name", "Rebajas", "--activate", "--json", now=T0)
    )
    assert added == {"id": 2}
    listed = json.loads(shop.cli("flows", "list", "--json", now=T0))
    assert [(f["id"], f["name"], f["status"], f["template"]) for f in listed] == [
        (1, "Cumpleaños", "draft", "birthday"), (2, "Rebajas", "active", "offer"),
    ]  # fmt: skip
    assert set(listed[0]) == {
        "id", "name", "template", "status", "priority", "version", "activated_at", "live_runs",
        "entered", "messages",
    }  # fmt: skip
    shown = json.loads(shop.cli("flows", "show", "2", "--json", now=T0))
    assert shown["definition"]["version"] == 2 and shown["priority"] == 40
    assert "announce" in shop.cli("flows", "show", "2", now=T0)


def test_export_import_round_trip_and_unknown_ids(shop: Shop, tmp_path: Path) -> None:
    flow_id = shop.add_flow("cart_abandonment", activate=False)
    path = tmp_path / "cart.json"
    shop.cli("flows", "export", str(flow_id), str(path), now=T0)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "shopnurture.flow" and document["template"] == "cart_abandonment"
    copy = json.loads(shop.cli("flows", "import", str(path), "--json", now=T0))["id"]
    original = json.loads(shop.cli("flows", "show", str(flow_id), "--json", now=T0))["definition"]
    imported = json.loads(shop.cli("flows", "show", str(copy), "--json", now=T0))["definition"]
    assert original == imported
    shop.cli("flows", "show", "99", now=T0, expect=1)


def test_an_invalid_flow_cannot_be_activated_one_line_on_stderr(
    shop: Shop, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bad.json"
    nodes = [{"id": "end", "kind": "logic.exit"}]
    path.write_text(
        json.dumps({"format": "shopnurture.flow", "version": 2, "name": "x", "nodes": nodes})
    )
    flow_id = shop.cli("flows", "import", str(path), now=T0).strip()
    code = main(["--db", str(shop.path), "flows", "activate", flow_id])
    error = capsys.readouterr().err
    assert code == 1 and error.count("\n") == 1 and "flows validate" in error


def test_pause_stops_new_runs_and_activate_resumes_without_the_backlog(shop: Shop) -> None:
    flow_id = shop.add_flow("cart_abandonment")
    lucia, ana = shop.contact(), shop.contact("Ana")
    shop.cli("flows", "pause", str(flow_id), now=T0 + H)
    shop.event(lucia, "add_to_cart", T0 + 2 * H, sku="ROP-CAM", quantity=1, value_cents=1990)
    shop.tick(T0 + 4 * H)
    shop.cli("flows", "activate", str(flow_id), now=T0 + 5 * H)
    shop.event(ana, "add_to_cart", T0 + 6 * H, sku="ROP-CAM", quantity=1, value_cents=1990)
    shop.tick(T0 + 8 * H)
    assert [m["email"][:3] for m in shop.messages()] == ["ana"]


def test_run_once_and_outbox_list_shapes(shop: Shop) -> None:
    shop.add_flow("cart_abandonment")
    lucia = shop.contact()
    shop.event(lucia, "add_to_cart", T0 + H, sku="ROP-CAM", quantity=1, value_cents=1990)
    report = shop.tick(T0 + 3 * H)
    assert set(report) == {
        "now", "new_events", "enrolled", "enrolled_by_flow", "woken", "runs_advanced", "steps",
        "exited", "queued", "skipped", "skipped_by_reason", "more_due", "duration_ms",
        "delivery",
    }  # fmt: skip
    assert (report["enrolled"], report["queued"]) == (1, 1)
    # No email account yet: nothing is sent, and the owner is told why.
    assert report["delivery"]["sent"] == 0
    assert report["delivery"]["problems"] and "SMTP" in report["delivery"]["problems"][0]
    rows = shop.outbox()
    assert len(rows) == 1 and set(rows[0]) == OUTBOX_FIELDS
    assert (rows[0]["flow_name"], rows[0]["template"], rows[0]["status"]) == (
        "Carrito abandonado", "cart_reminder_1", "queued",
    )  # fmt: skip
    assert shop.outbox(status="skipped") == []
    assert "Carrito" not in shop.cli("outbox", "list", now=T0)  # text lists subjects
    assert "tu carrito" in shop.cli("outbox", "list", now=T0)


def test_enrol_by_hand_and_coupon_lists(shop: Shop, tmp_path: Path) -> None:
    from shopnurture.domain.flows import FlowGraph, Node, flow_to_json
    from shopnurture.domain.flows.templates.builder import email

    flow = FlowGraph(name="VIP")
    for node in (
        Node("t", "trigger.manual"),
        Node("code", "action.assign_coupon", {"source": "list", "list": "vip", "valid_days": 10}),
        Node(
            "mail", "action.send_email", {"message": email(("{{ coupon_code }}", "x"), ("c", "x"))}
        ),
        Node("end", "logic.exit"),
    ):
        flow.add_node(node)
    for first, second in (("t", "code"), ("code", "mail"), ("mail", "end")):
        flow.connect(first, "next", second)
    path = tmp_path / "vip.json"
    path.write_text(flow_to_json(flow), encoding="utf-8")
    flow_id = shop.cli("flows", "import", str(path), now=T0).strip()
    shop.cli("flows", "activate", flow_id, now=T0)
    codes = tmp_path / "codes.txt"
    codes.write_text("VIP-001\nVIP-002\nVIP-001\n", encoding="utf-8")
    assert json.loads(shop.cli("flows", "coupons", "vip", str(codes), "--json", now=T0)) == {
        "added": 2
    }
    people = [shop.contact(), shop.contact("Ana"), shop.contact("Pedro")]
    entered = shop.cli("flows", "enrol", flow_id, *map(str, people), "--json", now=T0 + H)
    assert json.loads(entered) == {"enrolled": 3}
    shop.tick(T0 + H)
    subjects = sorted(m["subject"] for m in shop.messages())
    assert subjects[1:] == ["VIP-001", "VIP-002"] and subjects[0].startswith("DESC-")  # ran out
