"""Deleting a flow from the Automations page: only a paused or draft flow (an active one is
paused first, so no run is cut off mid-step by surprise). Any thread."""

from __future__ import annotations

from shopnurture.data.database import Database
from shopnurture.data.flows import delete_flow, get_flow
from shopnurture.errors import UserError


def delete_stopped_flow(database: Database, flow_id: int) -> None:
    with database.write_session() as session:
        record = get_flow(session=session, flow_id=flow_id)
        if record is None:
            raise UserError("flow.not_found", flow_id=flow_id)
        if record.status == "active":
            raise UserError("flow.delete_active", flow=record.name)
        delete_flow(session=session, flow_id=flow_id)
