"""Copy and paste within and between flows, refused pastes, and pictures of a flow (PNG, SVG
and the `flows render` command)."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QImage

from shopnurture.domain.flows import FlowGraph, flow_to_json
from shopnurture.domain.flows.templates import build_template
from shopnurture.gui.flow_editor.document import FlowDocument
from shopnurture.gui.flow_editor.editor import FlowEditorWidget
from shopnurture.gui.flow_editor.render import render_flow
from shopnurture.services.engine.flow_service import add_flow_from_template


def _editor(qtbot, flow: FlowGraph) -> FlowEditorWidget:  # type: ignore[no-untyped-def]
    editor = FlowEditorWidget(FlowDocument(flow), language="en")
    qtbot.addWidget(editor)
    editor.resize(1000, 700)
    editor.show()
    return editor


def test_copy_in_one_flow_and_paste_into_another_keeps_steps_and_their_links(
    qtbot, styled_app
) -> None:  # type: ignore[no-untyped-def]
    source = _editor(qtbot, build_template("cart_abandonment", "en"))
    target = _editor(qtbot, build_template("birthday", "en"))
    source.scene.select_nodes(["stock_1", "reminder_1", "wait_1"])
    assert source.edit_actions.copy()
    before = set(target.document.flow.nodes)
    new_ids = target.edit_actions.paste()
    flow = target.document.flow
    assert len(new_ids) == 3 and not set(new_ids) & before
    assert [flow.nodes[node_id].kind for node_id in new_ids] == [
        "logic.condition", "action.send_email", "logic.wait"
    ]  # fmt: skip
    inner = [(link.source, link.port, link.target) for link in flow.links if link.source in new_ids]
    assert len(inner) == 2  # stock yes→reminder, reminder→wait; links leaving the piece stay out
    assert sorted(target.scene.selected_node_ids()) == sorted(new_ids)
    target.document.undo_stack.undo()
    assert set(flow.nodes) == before
    # Within the same flow, a second paste lands beside the first.
    again = source.edit_actions.paste()
    assert len(again) == 3 and len(source.document.flow.nodes) == 19


def test_garbage_or_a_newer_format_on_the_clipboard_changes_nothing_and_says_why(
    qtbot, styled_app
) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot, build_template("offer", "en"))
    original = flow_to_json(editor.document.flow)
    clipboard = QGuiApplication.clipboard()
    newer = {"format": "shopnurture.flow", "version": 99, "nodes": []}
    unknown = {"format": "shopnurture.flow", "version": 2, "nodes": [{"id": "x", "kind": "no"}]}
    for text, expected in (
        ("hello, I am not a flow", "holds no flow steps"),
        (json.dumps(newer), "newer shopnurture"),
        (json.dumps(unknown), "Unknown node kind"),
    ):
        clipboard.setText(text)
        assert editor.edit_actions.paste() == []
        assert expected in editor.message_label.text()
        assert flow_to_json(editor.document.flow) == original
        assert editor.document.undo_stack.count() == 0


def test_duplicate_delete_and_nudge_are_single_steps(qtbot, styled_app) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot, build_template("offer", "en"))
    document = editor.document
    editor.scene.select_nodes(["coupon", "announce"])
    copies = editor.edit_actions.duplicate()
    assert len(copies) == 2 and document.undo_stack.count() == 1
    editor.edit_actions.actions["nudge_right"].trigger()
    editor.edit_actions.actions["nudge_right"].trigger()
    assert document.undo_stack.count() == 2  # the two nudges merged
    x = document.flow.nodes[copies[0]].position[0]
    assert x == document.flow.nodes["coupon"].position[0] + 40 + 40
    editor.edit_actions.delete()
    assert not set(copies) & set(document.flow.nodes)
    document.undo_stack.undo()
    assert set(copies) <= set(document.flow.nodes)


def _check_png(path: Path) -> None:
    image = QImage(str(path))
    assert not image.isNull() and image.width() > 400 and image.height() > 400
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 17)
               for y in range(0, image.height(), 17)}  # fmt: skip
    assert len(colours) > 10  # boxes, text and links, not a blank page


def test_a_flow_renders_to_png_and_svg(styled_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    flow = build_template("cart_abandonment", "en")
    render_flow(flow, tmp_path / "cart.png", language="en")
    _check_png(tmp_path / "cart.png")
    render_flow(flow, tmp_path / "cart.svg", language="en")
    svg = (tmp_path / "cart.svg").read_text(encoding="utf-8")
    root = ElementTree.fromstring(svg)
    assert root.tag.endswith("svg")
    assert "Send email" in svg and "Cart abandonment" in svg
    assert len(svg) > 20_000


def test_the_flows_render_command_draws_a_stored_flow(database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    flow_id = add_flow_from_template(
        database, "birthday", now=datetime(2026, 1, 1, tzinfo=UTC), language="es"
    )
    target = tmp_path / "birthday.pdf"
    command = [
        sys.executable,
        "-m",
        "shopnurture",
        "--db",
        str(database.path),
        "flows",
        "render",
        str(flow_id),
    ]
    done = subprocess.run([*command, str(target)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert target.read_bytes().startswith(b"%PDF") and target.stat().st_size > 5000
    wrong = subprocess.run(
        [*command, str(tmp_path / "x.bmp")], capture_output=True, text=True, timeout=60
    )
    assert wrong.returncode == 1 and ".png, .svg or .pdf" in wrong.stderr


def test_a_flow_prints_on_one_page(styled_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter

    from shopnurture.domain.flows.templates import build_template
    from shopnurture.gui.flow_editor.render import print_flow

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))

    assert print_flow(build_template("cart_abandonment", "es"), printer, language="es")

    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert b"/Type /Page" in data
    assert len(data) > 5_000
