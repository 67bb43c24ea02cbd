"""Old activity is worth less every day: once a day the tick recomputes the scores that still
hold activity points, in short batches, so that contacts with no new activity fade too."""

from __future__ import annotations

from datetime import datetime, timedelta

from shopnurture.data.database import Database
from shopnurture.data.scores import fading_contact_ids, refresh_scores
from shopnurture.data.settings_store import store_setting, stored_settings
from shopnurture.data.sql_values import from_sql_time, sql_time
from shopnurture.domain.scoring import score_rules_from

FADED_AT_KEY = "engine.scores_faded_at"
FADE_EVERY = timedelta(days=1)
FADE_BATCH = 5_000


def fade_due(database: Database, now: datetime) -> bool:
    with database.read_session() as session:
        last = from_sql_time(stored_settings(session=session).get(FADED_AT_KEY) or None)
    return last is None or now - last >= FADE_EVERY


def fade_scores(database: Database, *, now: datetime) -> int:
    """Recompute the fading scores at `now` if the last time was a day ago or more; returns
    how many changed. Each batch is its own short write, so sending is never held up long.
    Fading is not written to the score history (it would add a row per contact and day)."""
    if not fade_due(database, now):
        return 0
    with database.read_session() as session:
        rules = score_rules_from(stored_settings(session=session))
    changed, after = 0, 0
    while True:
        with database.write_session() as session:
            ids = fading_contact_ids(session=session, after_id=after, limit=FADE_BATCH)
            if ids:
                changed += len(
                    refresh_scores(
                        session=session, contact_ids=ids, now=now, rules=rules,
                        record_history=False,
                    )
                )  # fmt: skip
            else:
                store_setting(session=session, key=FADED_AT_KEY, value=sql_time(now))
                return changed
        after = ids[-1]
