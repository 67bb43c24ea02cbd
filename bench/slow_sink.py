"""An SMTP sink that answers each envelope command after a delay, as a server across a
network does (`bench_dispatch.py --reply-delay-ms`): aiosmtpd's Sink replies at once,
which no real provider does.

    python -m aiosmtpd -n -l 127.0.0.1:PORT -c slow_sink.SlowSink 2
"""

from __future__ import annotations

import asyncio
from typing import Any


class SlowSink:
    def __init__(self, delay_ms: str = "2") -> None:
        self.delay = float(delay_ms) / 1000

    @classmethod
    def from_cli(cls, _parser: Any, *arguments: str) -> SlowSink:
        """How aiosmtpd's command line passes the arguments after the class name."""
        return cls(*arguments)

    async def handle_MAIL(  # noqa: N802 - aiosmtpd's hook names
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        await asyncio.sleep(self.delay)
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(  # noqa: N802
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        await asyncio.sleep(self.delay)
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(options)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        await asyncio.sleep(self.delay)
        return "250 OK"
