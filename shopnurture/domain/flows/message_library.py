"""Ready-made messages to start from: every email, SMS and owner note of the eleven built-in
automations, found by channel (the editor's message picker)."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from shopnurture.domain.flows.templates import TEMPLATES


@dataclass(frozen=True)
class LibraryMessage:
    automation: str  # the built-in automation's key
    node_id: str
    name: str  # the node's `template` parameter: the message's own name
    channel: str  # email, sms or owner
    texts: tuple[tuple[str, str, str], ...]  # (language, subject, body)

    def message(self) -> dict[str, Any]:
        """A fresh copy in the `message` parameter's shape."""
        return {
            language: ({"subject": subject, "body": body} if subject else {"body": body})
            for language, subject, body in self.texts
        }


@lru_cache(maxsize=1)
def _all_messages() -> tuple[LibraryMessage, ...]:
    found = []
    for key, info in TEMPLATES.items():
        flow = info.build()
        for node in flow.nodes.values():
            channel = node.spec.sends if node.spec is not None else None
            if channel is None:
                continue
            message = copy.deepcopy(node.params.get("message") or {})
            texts = tuple(
                (language, str(part.get("subject") or ""), str(part.get("body") or ""))
                for language, part in sorted(message.items())
                if isinstance(part, dict)
            )
            name = str(node.params.get("template") or node.id)
            found.append(LibraryMessage(key, node.id, name, channel, texts))
    return tuple(found)


def message_library(channel: str) -> list[LibraryMessage]:
    return [message for message in _all_messages() if message.channel == channel]
