"""Any sequence of edits followed by undoing all of them gives back the original flow JSON,
and redoing all of them gives back the edited one."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shopnurture.domain.flows import NODE_KINDS, flow_to_json
from shopnurture.domain.flows.fragments import extract
from shopnurture.domain.flows.templates import build_template
from shopnurture.gui.flow_editor.document import FlowDocument

KINDS = sorted(NODE_KINDS)
EDITS = st.lists(
    st.tuples(
        st.sampled_from(["add", "remove", "connect", "disconnect", "move", "params", "label",
                         "split", "paste", "layout"]),
        st.integers(min_value=0, max_value=10_000),
        st.integers(min_value=0, max_value=10_000),
    ),
    min_size=1,
    max_size=12,
)  # fmt: skip


def _apply(document: FlowDocument, edit: tuple[str, int, int]) -> None:
    action, first, second = edit
    flow = document.flow
    ids = list(flow.nodes)
    pick = ids[first % len(ids)] if ids else None
    other = ids[second % len(ids)] if ids else None
    if action == "add" or pick is None:
        document.add_node(KINDS[first % len(KINDS)], (first % 500, second % 500))
    elif action == "remove":
        document.remove_nodes([pick, other])
    elif action == "connect":
        ports = flow.nodes[pick].ports()
        if ports:
            document.connect(pick, ports[second % len(ports)].name, other)
    elif action == "disconnect" and flow.links:
        link = flow.links[first % len(flow.links)]
        document.disconnect(link.source, link.port)
    elif action == "move":
        document.move_nodes({pick: (first % 700, second % 700), other: (second % 300, 20)})
    elif action == "params" and flow.nodes[pick].kind == "logic.wait":
        document.set_node_params(pick, {"duration": {"days": first % 9, "hours": 1, "minutes": 0}})
    elif action == "split":
        # Fewer branches drop the links of the vanished ports (child commands).
        for node in flow.nodes.values():
            if node.kind == "logic.random_split":
                branches = [{"port": "A", "percent": 60}, {"port": "C", "percent": 40}]
                document.set_node_params(node.id, {"branches": branches})
    elif action == "label":
        document.set_node_label(pick, f"step {first}")
    elif action == "paste":
        document.insert_fragment(extract(flow, [pick, other]), (40, 40), "Paste")
    elif action == "layout":
        document.auto_layout()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(edits=EDITS, template=st.sampled_from(["cart_abandonment", "upsell", "referral"]))
def test_random_edits_then_full_undo_give_back_the_original(qapp, edits, template) -> None:  # type: ignore[no-untyped-def]
    document = FlowDocument(build_template(template, "en"))
    original = flow_to_json(document.flow)
    for edit in edits:
        _apply(document, edit)
    edited = flow_to_json(document.flow)
    stack = document.undo_stack
    while stack.canUndo():
        stack.undo()
    assert flow_to_json(document.flow) == original
    assert not document.is_dirty
    while stack.canRedo():
        stack.redo()
    assert flow_to_json(document.flow) == edited
