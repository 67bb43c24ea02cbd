"""The eleven built-in templates read top to bottom: on the canvas no link runs upwards,
through another step's box, or across a link between other steps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLineF, QPointF

from shopnurture.domain.flows.layout import layered_layout
from shopnurture.domain.flows.model import FlowGraph, Node
from shopnurture.domain.flows.templates import TEMPLATES, build_template
from shopnurture.gui.flow_editor.document import FlowDocument
from shopnurture.gui.flow_editor.items import LinkItem
from shopnurture.gui.flow_editor.scene import FlowScene

SAMPLES = 32


def _points(item: LinkItem) -> list[QPointF]:
    path = item.path()
    return [path.pointAtPercent(step / SAMPLES) for step in range(SAMPLES + 1)]


def _cross(first: list[QPointF], second: list[QPointF]) -> bool:
    bounded = QLineF.IntersectionType.BoundedIntersection
    for a, b in zip(first, first[1:], strict=False):
        for c, d in zip(second, second[1:], strict=False):
            if QLineF(a, b).intersects(QLineF(c, d))[0] == bounded:
                return True
    return False


def diagram_problems(flow: FlowGraph) -> list[str]:
    """What makes the drawn diagram hard to follow, one line per problem."""
    scene = FlowScene(FlowDocument(flow), language="en")
    problems = []
    lines = {key: (item, _points(item)) for key, item in scene.link_items.items()}
    for key, (item, points) in lines.items():
        if points[-1].y() < points[0].y():
            problems.append(f"{key} -> {item.target} runs upwards")
        for node_id, node in scene.node_items.items():
            box = node.mapRectToScene(node.shape().boundingRect())
            if node_id not in (item.source, item.target) and any(map(box.contains, points)):
                problems.append(f"{key} -> {item.target} runs through {node_id}")
    keys = list(lines)
    for index, key in enumerate(keys):
        for other in keys[index + 1 :]:
            (item, points), (other_item, other_points) = lines[key], lines[other]
            shared = item.target == other_item.target or item.source == other_item.source
            apart = not item.boundingRect().intersects(other_item.boundingRect())
            if not shared and not apart and _cross(points, other_points):
                problems.append(f"{key} crosses {other}")
    return problems


@pytest.mark.parametrize("key", list(TEMPLATES))
def test_each_template_diagram_has_no_upward_crossing_or_covered_link(
    qtbot, styled_app, key: str
) -> None:  # type: ignore[no-untyped-def]
    flow = build_template(key, "es")
    assert diagram_problems(flow) == []
    rows = {node.position[1] for node in flow.nodes.values()}
    assert len(rows) > 2  # really laid out, not stacked on one spot


def test_the_checker_sees_a_link_through_a_box_and_the_layout_clears_it(qtbot, styled_app) -> None:  # type: ignore[no-untyped-def]
    flow = FlowGraph(name="Skip")
    for node_id, kind, position in (
        ("start", "trigger.manual", (0.0, 0.0)),
        ("check", "logic.condition", (0.0, 140.0)),
        ("wait", "logic.wait", (0.0, 280.0)),
        ("email", "action.send_email", (0.0, 420.0)),
        ("end", "logic.exit", (0.0, 560.0)),
    ):
        flow.add_node(Node(node_id, kind, {}, position=position))
    flow.connect("start", "next", "check")
    flow.connect("check", "yes", "wait")
    flow.connect("wait", "next", "email")
    flow.connect("email", "next", "end")
    flow.connect("check", "no", "end")  # skips two rows: straight down through wait and email
    assert any("runs through wait" in problem for problem in diagram_problems(flow))
    for node_id, position in layered_layout(flow).items():
        flow.move_node(node_id, position)
    assert diagram_problems(flow) == []
    assert flow.nodes["end"].position[0] > flow.nodes["email"].position[0]


def test_a_second_entry_joining_half_way_sits_just_above_where_it_joins() -> None:
    flow = build_template("nurture_by_phase", "en")
    positions = {node_id: node.position for node_id, node in flow.nodes.items()}
    for entry, joins in (("considering", "phase_two"), ("asked_twice", "help")):
        assert positions[joins][1] - positions[entry][1] == pytest.approx(140.0)
