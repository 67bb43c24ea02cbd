"""The synthetic shop's catalogue: ~30 products in six categories, with upgrades and companions.

Kinds follow DOMAIN.md (soft goods, durable goods, consumables with a pack size and daily use).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

from shopnurture.domain.vocabulary import ProductKind

SOFT, DURABLE, CONSUMABLE = (kind.value for kind in ProductKind)


class CatalogueEntry(NamedTuple):
    """One product; the field names are the `product` table's columns."""

    sku: str
    name: str
    category: str
    price_cents: int
    stock: int
    kind: str
    units_per_pack: int | None
    units_per_day: float | None
    shipping_days: int
    upgrade_sku: str | None
    related_skus: str


# sku, name, category, price_cents, stock, kind, units_per_pack, units_per_day, shipping_days,
# upgrade_sku, related_skus
CATALOGUE: tuple[CatalogueEntry, ...] = tuple(
    CatalogueEntry(*entry)
    for entry in (
        ("CAF-CAP-050", "Cápsulas espresso intenso (50 uds)", "Café", 1495, 120, CONSUMABLE,
         50, 1.0, 3, "CAF-CAP-100", "CAF-DES"),
        ("CAF-CAP-100", "Cápsulas espresso intenso (100 uds)", "Café", 2690, 80, CONSUMABLE,
         100, 1.0, 5, None, "CAF-DES,CAF-MAQ-PRO"),
        ("CAF-GRA-1KG", "Café en grano de Colombia 1 kg", "Café", 2290, 45, CONSUMABLE,
         1000, 20.0, 4, None, "CAF-MAQ-PRO"),
        ("CAF-MOL-250", "Café molido de Veracruz 250 g", "Café", 790, 0, CONSUMABLE,
         250, 15.0, 3, "CAF-GRA-1KG", ""),
        ("CAF-MAQ-BAS", "Cafetera de cápsulas Básica", "Café", 7900, 25, DURABLE,
         None, None, 3, "CAF-MAQ-PRO", "CAF-CAP-050,CAF-CAP-100"),
        ("CAF-MAQ-PRO", "Cafetera de cápsulas Pro con espumador", "Café", 14900, 8, DURABLE,
         None, None, 3, None, "CAF-CAP-100,CAF-DES"),
        ("CAF-DES", "Descalcificador para cafeteras (3 uds)", "Café", 990, 60, CONSUMABLE,
         3, 0.02, 3, None, ""),
        ("ROP-CAM", "Camiseta de algodón orgánico", "Ropa", 1990, 150, SOFT,
         None, None, 2, None, "ROP-VAQ,ROP-SUD"),
        ("ROP-SUD", "Sudadera con capucha", "Ropa", 3990, 60, SOFT,
         None, None, 2, None, "ROP-CAM,ROP-VAQ"),
        ("ROP-VAQ", "Pantalón vaquero recto", "Ropa", 4990, 40, SOFT,
         None, None, 2, None, "ROP-CAM,ROP-CHA"),
        ("ROP-CHA", "Chaqueta impermeable ligera", "Ropa", 6990, 0, SOFT,
         None, None, 3, "ROP-PAR", "ROP-SUD"),
        ("ROP-PAR", "Parka acolchada de invierno", "Ropa", 11990, 12, SOFT,
         None, None, 3, None, "ROP-SUD"),
        ("CAL-RUN", "Zapatillas de running Ligera", "Calzado", 6990, 35, SOFT,
         None, None, 3, "CAL-RUN-PRO", "CAL-PLA,CAL-CAL"),
        ("CAL-RUN-PRO", "Zapatillas de running Pro", "Calzado", 11990, 10, SOFT,
         None, None, 3, None, "CAL-PLA,DEP-BOT"),
        ("CAL-BOT", "Botines de piel", "Calzado", 8990, 18, SOFT,
         None, None, 4, None, "CAL-CAL"),
        ("CAL-SAN", "Sandalias de cuero", "Calzado", 3490, 0, SOFT,
         None, None, 3, None, ""),
        ("CAL-CAL", "Pack de 5 pares de calcetines técnicos", "Calzado", 1490, 200, SOFT,
         None, None, 2, None, "CAL-RUN"),
        ("CAL-PLA", "Plantillas ergonómicas", "Calzado", 1890, 70, SOFT,
         None, None, 2, None, "CAL-RUN"),
        ("HOG-LAM", "Lámpara de mesa nórdica", "Hogar", 3990, 22, DURABLE,
         None, None, 4, None, "HOG-VEL,HOG-COJ"),
        ("HOG-COJ", "Juego de 2 cojines de lino", "Hogar", 2990, 30, DURABLE,
         None, None, 4, None, "HOG-LAM"),
        ("HOG-SAR", "Sartén antiadherente 28 cm", "Hogar", 3490, 50, DURABLE,
         None, None, 3, "HOG-SAR-SET", "HOG-ESP"),
        ("HOG-SAR-SET", "Juego de 3 sartenes antiadherentes", "Hogar", 7990, 0, DURABLE,
         None, None, 5, None, "HOG-ESP"),
        ("HOG-ESP", "Espátulas de silicona (4 uds)", "Hogar", 1290, 90, DURABLE,
         None, None, 3, None, "HOG-SAR"),
        ("HOG-VEL", "Vela aromática de soja (40 horas)", "Hogar", 1590, 75, CONSUMABLE,
         40, 1.0, 3, None, "HOG-LAM"),
        ("DEP-ESM", "Esterilla de yoga antideslizante", "Deporte", 2990, 40, DURABLE,
         None, None, 3, "DEP-ESM-PRO", "DEP-BOT"),
        ("DEP-ESM-PRO", "Esterilla de yoga premium 6 mm", "Deporte", 5490, 15, DURABLE,
         None, None, 3, None, "DEP-BOT"),
        ("DEP-MAN", "Mancuernas ajustables 2 × 10 kg", "Deporte", 8990, 6, DURABLE,
         None, None, 5, None, "DEP-PRO"),
        ("DEP-BOT", "Botella térmica de acero 750 ml", "Deporte", 1990, 110, DURABLE,
         None, None, 2, None, "DEP-ESM"),
        ("DEP-PRO", "Proteína whey sabor vainilla 1 kg (33 tomas)", "Deporte", 3290, 55, CONSUMABLE,
         33, 1.0, 3, None, "DEP-BOT"),
        ("COS-CRE", "Crema hidratante facial 50 ml", "Cosmética", 2490, 65, CONSUMABLE,
         50, 1.0, 3, None, "COS-SER,COS-SOL"),
        ("COS-SER", "Sérum de vitamina C 30 ml", "Cosmética", 2990, 0, CONSUMABLE,
         30, 0.5, 3, None, "COS-CRE"),
        ("COS-SOL", "Protector solar SPF 50 200 ml", "Cosmética", 1890, 80, CONSUMABLE,
         200, 5.0, 3, None, "COS-CRE"),
        ("COS-LAB", "Barra de labios mate", "Cosmética", 1290, 90, SOFT,
         None, None, 2, None, "COS-PAL"),
        ("COS-PAL", "Paleta de sombras 12 tonos", "Cosmética", 2790, 25, SOFT,
         None, None, 2, None, "COS-LAB"),
    )
)  # fmt: skip
# How often shoppers are drawn to each category.
CATEGORY_WEIGHTS = {"Café": 25, "Ropa": 20, "Calzado": 15, "Hogar": 15, "Deporte": 12,
                    "Cosmética": 13}  # fmt: skip


def as_utc(moment: datetime) -> datetime:
    """`moment` as aware UTC, the tables' convention; a naive moment is taken to be UTC."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def generate_products(*, now: datetime) -> list[dict[str, Any]]:
    """The catalogue as `product` rows (without `id`), listed well before the activity starts."""
    listed = as_utc(now).replace(microsecond=0) - timedelta(days=400)
    return [{**entry._asdict(), "created_at": listed, "updated_at": listed} for entry in CATALOGUE]
