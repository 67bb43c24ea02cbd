"""The lead score's points table (stored in settings), refreshing every score after the owner
changes it, and the reasons behind a contact's score, phase and RFM group."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

from shopnurture.data.database import Database
from shopnurture.data.scores import (
    all_contact_ids,
    refresh_scores,
    score_adjustment,
    score_history,
    scored_events,
)
from shopnurture.data.settings_store import store_setting, stored_settings
from shopnurture.domain.score_explanation import Reason, default_money, explain_contact
from shopnurture.domain.scoring import (
    ScoreRules,
    lead_score,
    phase_from_events,
    score_rules_from,
    score_rules_settings,
)
from shopnurture.domain.shop_settings import clean_setting

REFRESH_BATCH = 5_000


def read_score_rules(database: Database) -> ScoreRules:
    with database.read_session() as session:
        return score_rules_from(stored_settings(session=session))


def save_score_rules(database: Database, rules: ScoreRules) -> ScoreRules:
    """Check and store the whole points table at once; raises UserError (nothing stored) if a
    value is out of range."""
    cleaned = {key: clean_setting(key, value) for key, value in score_rules_settings(rules).items()}
    with database.write_session() as session:
        for key, value in cleaned.items():
            store_setting(session=session, key=key, value=value)
    return read_score_rules(database)


def refresh_all_scores(
    database: Database,
    *,
    now: datetime,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Recompute every contact's score and phase with the stored points table, in batches
    (each its own short write), e.g. after the owner changed the table. Returns how many
    changed."""
    rules = read_score_rules(database)
    changed, after = 0, 0
    while True:
        with database.write_session() as session:
            ids = all_contact_ids(session=session, after_id=after, limit=REFRESH_BATCH)
            if not ids:
                return changed
            changed += len(refresh_scores(session=session, contact_ids=ids, now=now, rules=rules))
        after = ids[-1]
        if progress is not None:
            progress(after)


@dataclass(frozen=True)
class ContactStanding:
    """A contact's score, phase and RFM group with the reasons, for the contact page.

    `lead_score` and `phase` are as of now (what the reasons explain); the stored ones, which
    segments and flows use, catch up at the next tick (new activity) or daily fading."""

    lead_score: int
    phase: str
    rfm_group: str | None
    reasons: list[Reason]
    history: list[tuple[datetime, int, str]]
    stored_score: int = 0
    stored_phase: str = ""

    @property
    def stored_is_stale(self) -> bool:
        return (self.stored_score, self.stored_phase) != (self.lead_score, self.phase)

    def reasons_about(self, topic: str) -> list[Reason]:
        return [reason for reason in self.reasons if reason.topic == topic]


def contact_standing(
    database: Database,
    contact_id: int,
    *,
    now: datetime,
    money: Callable[[int], str] = default_money,
) -> ContactStanding | None:
    """None when there is no such contact."""
    with database.read_session() as session:
        row = (
            session.connection()
            .exec_driver_sql("SELECT lead_score, phase FROM contact WHERE id = ?", (contact_id,))
            .first()
        )
        if row is None:
            return None
        settings: Mapping[str, str] = stored_settings(session=session)
        events = scored_events(session=session, contact_id=contact_id)
        adjustment = score_adjustment(session=session, contact_id=contact_id)
        history = score_history(session=session, contact_id=contact_id)
    rules = score_rules_from(settings)
    reasons = explain_contact(
        events, now, rules, stored_phase=row[1], adjustment=adjustment, money=money
    )
    rfm = next((r.params.get("rfm_group") for r in reasons if r.topic == "rfm"), None)
    past = [event for event in events if event.occurred_at <= now]
    live_score = lead_score(past, now, rules) + adjustment
    live_phase = phase_from_events(past, str(row[1]))
    return ContactStanding(live_score, live_phase, rfm, reasons, history, int(row[0]), str(row[1]))
