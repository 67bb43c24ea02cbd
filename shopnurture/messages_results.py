"""Texts of the results report and recommendations (CLI and core), in Spanish and English."""

from __future__ import annotations


def _both(es: str, en: str) -> dict[str, str]:
    return {"es": es, "en": en}


RESULTS_MESSAGES: dict[str, dict[str, str]] = {
    "report.bad_period": _both(
        "El periodo {first} – {last} no es válido: usa fechas como 2026-03-01 y que la "
        "segunda no sea anterior a la primera.",
        "The period {first} – {last} is not valid: use dates like 2026-03-01, the second "
        "not before the first.",
    ),
    "settings.reason.days": _both(
        "escribe un número de días entre 0 y 90 (por ejemplo 5)",
        "write a number of days between 0 and 90 (e.g. 5)",
    ),
    "settings.reason.url_pattern": _both(
        "escribe una dirección que empiece por https:// y contenga {sku}, o déjalo vacío",
        "write an address starting with https:// that contains {sku}, or leave it empty",
    ),
    "report.heading": _both(
        "Resultados del {first} al {last} (atribución al último mensaje: correo {email} d, "
        "SMS {sms} d)",
        "Results from {first} to {last} (last-touch attribution: email {email} d, SMS {sms} d)",
    ),
    "report.totals": _both(
        "Ingresos ganados por las automatizaciones: {won} de {total} vendidos en el periodo "
        "({orders} pedidos en total).",
        "Revenue won by the automations: {won} of {total} sold in the period "
        "({orders} orders in all).",
    ),
    "report.carts": _both(
        "Carritos: {carts} abandonados, {reminded} recordados, {recovered} recuperados "
        "({rate}; referencia {reference}).",
        "Carts: {carts} abandoned, {reminded} reminded, {recovered} recovered "
        "({rate}; reference {reference}).",
    ),
    "report.no_flows": _both(
        "No hay automatizaciones con actividad en este periodo.",
        "No automation had any activity in this period.",
    ),
    "report.lift.not_enough_data": _both("aún no hay datos suficientes", "not enough data yet"),
    "report.lift.positive": _both(
        "sí: +{difference} puntos (IC 95 %: {low} a {high})",
        "yes: +{difference} points (95 % CI: {low} to {high})",
    ),
    "report.lift.negative": _both(
        "no: {difference} puntos (IC 95 %: {low} a {high})",
        "no: {difference} points (95 % CI: {low} to {high})",
    ),
    "report.column.flow": _both("Automatización", "Automation"),
    "report.column.entered": _both("Entraron", "Entered"),
    "report.column.sent": _both("Enviados", "Sent"),
    "report.column.failed": _both("Fallidos", "Failed"),
    "report.column.skipped": _both("Retenidos", "Held back"),
    "report.column.converted": _both("Compraron", "Bought"),
    "report.column.orders": _both("Pedidos", "Orders"),
    "report.column.revenue": _both("Ingresos", "Revenue"),
    "report.column.lift": _both(
        "¿Lo causó? (vs. grupo de control)", "Did it cause it? (vs control)"
    ),
    "report.step": _both(
        "· {step}: {sent} enviados, {converted} compraron, {revenue}",
        "· {step}: {sent} sent, {converted} bought, {revenue}",
    ),
}
