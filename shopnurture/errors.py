"""Errors a user can cause, carrying a message code that is shown in the user's language.

The core has no Qt, so its user-facing texts live in `shopnurture.messages` (Spanish and
English); the GUI and the CLI both render a `UserError` with `error.message(language)`.
"""

from __future__ import annotations

from typing import Any

from shopnurture.messages import render_message


class UserError(Exception):
    """A problem the user can fix (bad file, invalid value, database in use...).

    Never wraps a secret: parameters are shown to the user verbatim.
    """

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(render_message(code, "en", **params))

    def message(self, language: str = "en") -> str:
        return render_message(self.code, language, **self.params)


class ValidationError(UserError):
    """An invalid value for one field; `field` names it so a form can point at it."""

    def __init__(self, field: str, code: str, **params: Any) -> None:
        self.field = field
        super().__init__(code, **params)


class DatabaseOpenError(UserError):
    """The shop database cannot be opened; nothing was changed on disk."""
