"""The GUI's own words for flow errors whose core message sends the owner to a command line
(`shopnurture flows validate`): in the app, the editor shows the problems on their steps."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from shopnurture.errors import UserError


def flow_error_text(error: Exception, language: str, *, saving: bool = False) -> str:
    """What to tell the owner about `error` from activating (or, with `saving`, saving) a flow."""
    if not isinstance(error, UserError):
        return str(error)
    if error.code == "flow.invalid":
        count = int(error.params.get("count") or 0)
        if saving:
            return QCoreApplication.translate(
                "FlowErrors",
                "This automation is active, so it can only be saved without problems. Fix the "
                "%n problem(s) first: each step marked with a red “!” says what is wrong.",
                "",
                count,
            )
        return QCoreApplication.translate(
            "FlowErrors",
            "This automation has %n problem(s) and cannot be activated yet. Open it in the "
            "editor: each step marked with a red “!” says what to fix.",
            "",
            count,
        )
    return error.message(language)
