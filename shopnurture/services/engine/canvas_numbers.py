"""The numbers the flow editor shows on each node, read in one short session (any thread)."""

from __future__ import annotations

from shopnurture.data.database import Database
from shopnurture.data.flow_canvas import node_numbers


def flow_node_numbers(
    database: Database, flow_id: int, goal_ids: list[str]
) -> dict[str, dict[str, int]]:
    with database.read_session() as session:
        return node_numbers(session=session, flow_id=flow_id, goal_ids=goal_ids)
