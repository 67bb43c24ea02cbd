"""Per-node numbers the flow editor shows on its canvas: contacts waiting at each node now,
contacts that went through it, messages sent, and runs that reached a goal after the node."""

from __future__ import annotations

from sqlmodel import Session

from shopnurture.data.sql_values import json_list


def node_numbers(
    *, session: Session, flow_id: int, goal_ids: list[str]
) -> dict[str, dict[str, int]]:
    """node id -> {"waiting", "passed", "sent", "converted"} (missing numbers are 0).

    A run waits at the node that logged its "waiting" step (a timed wait hands the run on to
    the next node with a due time, but the contact is still in the wait); "passed" counts the
    runs that reached the node and are no longer waiting there.
    """
    numbers: dict[str, dict[str, int]] = {}

    def add(node_id: str | None, key: str, count: int) -> None:
        if node_id:
            numbers.setdefault(node_id, {"waiting": 0, "passed": 0, "sent": 0, "converted": 0})
            numbers[node_id][key] += int(count)

    connection = session.connection()
    for node_id, count in connection.exec_driver_sql(
        "SELECT CASE WHEN step.outcome = 'waiting' THEN step.node_id ELSE run.current_node END "
        "AS node, count(*) FROM flow_run AS run LEFT JOIN flow_step AS step "
        "ON step.id = (SELECT max(id) FROM flow_step WHERE run_id = run.id) "
        "WHERE run.flow_id = ? AND run.status IN ('active', 'waiting') GROUP BY node",
        (flow_id,),
    ):
        add(node_id, "waiting", count)
    for node_id, count in connection.exec_driver_sql(
        "SELECT node_id, count(DISTINCT run_id) FROM flow_step WHERE flow_id = ? GROUP BY node_id",
        (flow_id,),
    ):
        waiting = numbers.get(node_id, {}).get("waiting", 0)
        add(node_id, "passed", max(int(count) - waiting, 0))
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
