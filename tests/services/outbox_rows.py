"""Putting contacts and queued outbox rows in a test database, as the engine would."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta

from sqlalchemy import insert

from shopnurture.data import contacts
from shopnurture.data.tables import OutboxMessage

_keys = itertools.count(1)


def add_contact(database, email: str, *, consent: str = "granted", phone: str | None = None,
                sms_consent: str = "granted") -> int:  # type: ignore[no-untyped-def]  # fmt: skip
    with database.write_session() as session:
        return contacts.create_contact(
            session=session,
            values={"first_name": "Lucía", "last_name": "Núñez", "email": email, "phone": phone,
                    "email_consent": consent, "sms_consent": sms_consent},
        )  # fmt: skip


DEFAULT_BODY = "Hola Lucía. Darse de baja: responde BAJA."


def queue(database, contact_id: int, recipient: str, *, due: datetime, channel: str = "email",
          created: datetime | None = None, body: str = DEFAULT_BODY) -> int:  # type: ignore[no-untyped-def]  # fmt: skip
    with database.write_session() as session:
        result = session.connection().execute(
            insert(OutboxMessage.__table__).values(
                contact_id=contact_id, channel=channel, recipient=recipient,
                subject="Tu carrito te espera" if channel == "email" else None,
                body_text=body, body_html="<p>Hola Lucía</p>" if channel == "email" else None,
                status="queued", idempotency_key=f"test-{next(_keys)}", due_at=due,
                created_at=created or due - timedelta(minutes=1), updated_at=due,
            )
        )  # fmt: skip
        return int(result.inserted_primary_key[0])
