"""Enrolment of the contacts who entered a saved segment since the last tick: each segment
that triggers an active flow is taken once per tick (one query), whichever flows use it."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from shopnurture.data.segment_entries import forget_unwatched_members, take_segment_entries
from shopnurture.services.engine.active_flows import ActiveFlow
from shopnurture.services.engine.enrolment import Candidate, enrol


def enrol_segment_entries(
    session: Session, flows: dict[int, ActiveFlow], now: datetime
) -> dict[int, int]:
    """flow id -> how many runs started because their contact entered a saved segment (the
    flow's re-entry rule decides who may start again)."""
    watched: dict[int, list[tuple[ActiveFlow, str]]] = {}
    for flow in flows.values():
        for segment_id, node_ids in flow.trigger_segments.items():
            watched.setdefault(segment_id, []).extend((flow, node_id) for node_id in node_ids)
    forget_unwatched_members(session=session, watched=watched)
    candidates: dict[int, list[Candidate]] = {}
    for segment_id in sorted(watched):
        entered, since = take_segment_entries(session=session, segment_id=segment_id, now=now)
        for flow, node_id in watched[segment_id] if entered else ():
            if since is None or since < flow.activated_at:
                continue  # they may have entered before the flow was active: the backlog
            context = {"segment": segment_id}
            candidates.setdefault(flow.id, []).extend(
                Candidate(contact_id, node_id, now, dict(context)) for contact_id in entered
            )
    return {flow_id: enrol(session, flows[flow_id], found) for flow_id, found in candidates.items()}
