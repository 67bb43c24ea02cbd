"""Showing a test contact's path on the canvas: a time label on each step reached ("+1 h ·
today 11:05"), the links followed highlighted, everything else faded; and a one-line summary."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject

from shopnurture.domain.flows.node_description import duration_text
from shopnurture.gui.flow_editor.scene import FlowScene
from shopnurture.messages import render_message
from shopnurture.services.engine.contact_trace import ContactPath, ContactTrace, Visit

FADED = 0.3


class TraceClock:
    """Formats the moments of a trace in the shop's time zone, relative to `now`."""

    def __init__(self, now: datetime, time_zone: str, language: str) -> None:
        try:
            self.zone: ZoneInfo = ZoneInfo(time_zone)
        except (ZoneInfoNotFoundError, ValueError):
            self.zone = ZoneInfo("UTC")
        self.today = now.astimezone(self.zone).date()
        self.locale = QLocale(
            QLocale.Language.Spanish if language == "es" else QLocale.Language.English
        )

    def when(self, moment: datetime) -> str:
        """ "today 11:05", "tomorrow 10:00", "Mon 9 Mar 10:00" (with the year if not this one)."""
        local = moment.astimezone(self.zone)
        clock = local.strftime("%H:%M")
        day = local.date()
        if day == self.today:
            return QCoreApplication.translate("TraceView", "today %1").replace("%1", clock)
        if day == self.today + timedelta(days=1):
            return QCoreApplication.translate("TraceView", "tomorrow %1").replace("%1", clock)
        if day == self.today - timedelta(days=1):
            return QCoreApplication.translate("TraceView", "yesterday %1").replace("%1", clock)
        pattern = "ddd d MMM" if day.year == self.today.year else "d MMM yyyy"
        return f"{self.locale.toString(_qdate(day), pattern)} {clock}"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def offset_text(since: datetime, moment: datetime, language: str) -> str:
    """ "+1 h", "+2 days 3 h", "+45 min" (minutes only within the first day)."""
    minutes = max(int((moment - since).total_seconds() // 60), 0)
    if minutes == 0:
        return QCoreApplication.translate("TraceView", "on entry")
    days, hours = minutes // 1440, minutes % 1440 // 60
    amounts = {"days": days, "hours": hours, "minutes": 0 if days else minutes % 60}
    return "+" + duration_text(amounts, language)


def visit_label(visit: Visit, path: ContactPath, clock: TraceClock, language: str) -> str:
    message = visit.message
    moment = message.due_at if message is not None and message.status != "skipped" else visit.at
    text = f"{offset_text(path.entered_at, moment, language)} · {clock.when(moment)}"
    if message is not None and message.status == "skipped":
        reason = render_message(f"outbox.reason.{message.reason}", language)
        not_sent = QCoreApplication.translate("TraceView", "not sent: %1")
        text += " · " + not_sent.replace("%1", reason)
    return text


def show_path(scene: FlowScene, path: ContactPath, clock: TraceClock, language: str) -> None:
    """Labels and highlights the path; fades the steps and links it does not use."""
    labels = {visit.node_id: visit_label(visit, path, clock, language) for visit in path.visits}
    if path.next_node is not None and path.next_at is not None:
        offset = offset_text(path.entered_at, path.next_at, language)
        labels.setdefault(path.next_node, f"→ {offset} · {clock.when(path.next_at)}")
    for node_id, item in scene.node_items.items():
        item.set_trace(labels.get(node_id, ""))
        item.setOpacity(1.0 if node_id in labels else FADED)
    followed = set(path.links)
    for key, item in scene.link_items.items():
        item.set_highlighted(key in followed)
        item.setOpacity(1.0 if key in followed else FADED)


def clear_path(scene: FlowScene) -> None:
    for item in scene.node_items.values():
        item.set_trace("")
        item.setOpacity(1.0)
    for item in scene.link_items.values():
        item.set_highlighted(False)
        item.setOpacity(1.0)


class TraceSummary(QObject):
    """One line about the path shown (a QObject so that the plural forms are translated)."""

    def text(self, trace: ContactTrace, clock: TraceClock) -> str:
        if not trace.paths:
            text = self.tr(
                "%1 would not enter this automation between %2 and %3: nothing they did "
                "matches its trigger."
            )
            return (
                text.replace("%1", trace.contact_name)
                .replace("%2", clock.when(trace.start))
                .replace("%3", clock.when(trace.end))
            )
        path = trace.paths[-1]  # the last time the contact enters
        enters = self.tr("%1 enters %2")
        parts = [
            enters.replace("%1", trace.contact_name).replace("%2", clock.when(path.entered_at))
        ]
        messages = [visit.message for visit in path.visits if visit.message is not None]
        sent = sum(1 for message in messages if message.status != "skipped")
        parts.append(self.tr("gets %n message(s)", "", sent))
        if len(messages) > sent:
            parts.append(self.tr("%n held back", "", len(messages) - sent))
        if path.exited_at is not None:
            parts.append(self.tr("leaves %1").replace("%1", clock.when(path.exited_at)))
        else:
            inside = self.tr("is still inside on %1")
            parts.append(inside.replace("%1", clock.when(trace.end)))
        if len(trace.paths) > 1:
            parts.append(self.tr("entered %n times; this is the last", "", len(trace.paths)))
        return " · ".join(parts)
