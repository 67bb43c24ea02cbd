"""The GUI's own words for flow errors whose core message sends the owner to a command line
(`shopnurture flows validate`): in the app, the editor shows the problems on their steps."""

from __future__ import annotations

from PySide6.QtCore import QObject

from shopnurture.errors import UserError


class FlowErrorTexts(QObject):
    """A QObject so that the plural forms are translated."""

    def invalid(self, count: int, *, saving: bool) -> str:
        if saving:
            return self.tr(
                "This automation is active, so it can only be saved without problems. Fix the "
                "%n problem(s) first: each step marked with a red “!” says what is wrong.",
                "",
                count,
            )
        return self.tr(
            "This automation has %n problem(s) and cannot be activated yet. Open it in the "
            "editor: each step marked with a red “!” says what to fix.",
            "",
            count,
        )


def flow_error_text(error: Exception, language: str, *, saving: bool = False) -> str:
    """What to tell the owner about `error` from activating (or, with `saving`, saving) a flow."""
    if not isinstance(error, UserError):
        return str(error)
    if error.code == "flow.invalid":
        return FlowErrorTexts().invalid(int(error.params.get("count") or 0), saving=saving)
    return error.message(language)
