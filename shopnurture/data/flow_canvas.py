"""Per-node numbers the flow editor shows on its canvas: runs waiting at each node now, steps
passed, messages sent, and runs that reached a goal after passing the node."""

from __future__ import annotations

from sqlmodel import Session

from shopnurture.data.sql_values import json_list


def node_numbers(
    *, session: Session, flow_id: int, goal_ids: list[str]
) -> dict[str, dict[str, int]]:
    """node id -> {"waiting", "passed", "sent", "converted"} (missing numbers are 0)."""
    numbers: dict[str, dict[str, int]] = {}

    def add(node_id: str | None, key: str, count: int) -> None:
        if node_id:
            numbers.setdefault(node_id, {"waiting": 0, "passed": 0, "sent": 0, "converted": 0})
            numbers[node_id][key] += int(count)

    connection = session.connection()
    for node_id, count in connection.exec_driver_sql(
        "SELECT current_node, count(*) FROM flow_run WHERE flow_id = ? "
        "AND status IN ('active', 'waiting') GROUP BY current_node",
        (flow_id,),
    ):
        add(node_id, "waiting", count)
    for node_id, count in connection.exec_driver_sql(
        "SELECT node_id, count(*) FROM flow_step WHERE flow_id = ? GROUP BY node_id", (flow_id,)
    ):
        add(node_id, "passed", count)
    for node_id, count in connection.exec_driver_sql(
        "SELECT node_id, count(*) FROM outbox_message WHERE flow_id = ? AND status = 'sent' "
        "GROUP BY node_id",
        (flow_id,),
    ):
        add(node_id, "sent", count)
    for node_id, count in connection.exec_driver_sql(
        "SELECT node_id, count(DISTINCT run_id) FROM flow_step WHERE flow_id = ? AND run_id IN "
        "(SELECT run_id FROM flow_step WHERE flow_id = ? AND node_id IN "
        "(SELECT value FROM json_each(?))) GROUP BY node_id",
        (flow_id, flow_id, json_list(goal_ids)),
    ):
        add(node_id, "converted", count)
    return numbers
