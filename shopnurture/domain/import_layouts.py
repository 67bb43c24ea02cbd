"""The export layouts of Shopify and WooCommerce, recognised by their headers, so that their
files import with no mapping by hand. Headers are compared folded (see `fold_header`)."""

from __future__ import annotations

from dataclasses import dataclass

from shopnurture.domain.import_fields import ImportKind, fold_header


@dataclass(frozen=True)
class Layout:
    name: str
    kind: ImportKind
    signature: frozenset[str]
    """Folded headers that must all be present for the file to be of this layout."""
    columns: dict[str, str | None]
    """Folded header -> field; None means "known, and deliberately not imported"."""


def _layout(
    name: str, kind: ImportKind, signature: tuple[str, ...], columns: dict[str, str | None]
) -> Layout:
    return Layout(
        name=name,
        kind=kind,
        signature=frozenset(fold_header(header) for header in signature),
        columns={fold_header(header): field for header, field in columns.items()},
    )


# Shopify, Customers > Export (the 2023 layout and the older one).
SHOPIFY_CUSTOMERS = _layout(
    "Shopify customers",
    ImportKind.CONTACTS,
    ("First Name", "Last Name", "Email", "Total Spent", "Total Orders"),
    {
        "Customer ID": "external_id",
        "First Name": "first_name",
        "Last Name": "last_name",
        "Email": "email",
        "Accepts Email Marketing": "accepts_email",
        "Accepts Marketing": "accepts_email",
        "Accepts SMS Marketing": "accepts_sms",
        "Default Address City": "city",
        "Default Address Country Code": "country",
        "City": "city",
        "Country Code": "country",
        "Country": None,  # the name; the code beside it is unambiguous
        "Phone": "phone",
        "Default Address Phone": None,
        "Tags": "tags",
        "Note": None,
        "Total Spent": None,
        "Total Orders": None,
    },
)

# Shopify, Orders > Export: one row per line item; only the first row of an order carries
# the order's fields.
SHOPIFY_ORDERS = _layout(
    "Shopify orders",
    ImportKind.ORDERS,
    ("Name", "Lineitem quantity", "Lineitem name", "Financial Status"),
    {
        "Name": "order_id",
        "Email": "email",
        "Phone": "phone",
        "Financial Status": "status",
        "Accepts Marketing": "accepts_email",
        "Created at": "timestamp",
        "Paid at": None,
        "Lineitem quantity": "quantity",
        "Lineitem name": "product",
        "Lineitem price": "price",
        "Lineitem sku": "sku",
        "Billing Name": "full_name",
        "Billing City": "city",
        "Billing Country": "country",
        "Billing Phone": None,
        "Source": "source",
        "Id": None,
        "Total": None,
        "Subtotal": None,
        "Vendor": None,
        "Tags": None,
        "Notes": None,
    },
)

# WooCommerce > Customers (Analytics) > Download.
WOOCOMMERCE_ANALYTICS_CUSTOMERS = _layout(
    "WooCommerce customers",
    ImportKind.CONTACTS,
    ("Name", "Username", "Email", "Total spend"),
    {
        "Name": "full_name",
        "Username": None,
        "Last active": None,
        "Date registered": None,
        "Email": "email",
        "Orders": None,
        "Total spend": None,
        "AOV": None,
        "Country / Region": "country",
        "City": "city",
        "Region": None,
        "Postal code": None,
    },
)

# WooCommerce "Customer/Order CSV Export", customers in its default format.
WOOCOMMERCE_CUSTOMERS = _layout(
    "WooCommerce customers",
    ImportKind.CONTACTS,
    ("customer_id", "user_login", "billing_email"),
    {
        "customer_id": "external_id",
        "first_name": "first_name",
        "last_name": "last_name",
        "email": "email",
        "user_login": None,
        "user_pass": None,
        "billing_first_name": None,
        "billing_last_name": None,
        "billing_email": None,
        "billing_phone": "phone",
        "billing_city": "city",
        "billing_country": "country",
        "total_spent": None,
        "order_count": None,
    },
)

# WooCommerce "Customer/Order CSV Export", orders one row per line item (default format).
WOOCOMMERCE_ORDERS = _layout(
    "WooCommerce orders",
    ImportKind.ORDERS,
    ("order_number", "order_date", "item_name", "item_quantity"),
    {
        "order_id": None,  # the database id; customers see order_number
        "order_number": "order_id",
        "order_number_formatted": None,
        "order_date": "timestamp",
        "status": "status",
        "customer_id": None,  # 0 for guests: the email identifies them
        "billing_first_name": "first_name",
        "billing_last_name": "last_name",
        "billing_full_name": None,
        "billing_email": "email",
        "billing_phone": "phone",
        "billing_city": "city",
        "billing_country": "country",
        "item_name": "product",
        "item_sku": "sku",
        "item_quantity": "quantity",
        "item_total": "value",
        "item_subtotal": None,
        "order_total": None,
    },
)

# "Advanced Order Export For WooCommerce", its default columns (one row per product; by
# default only the first row of an order fills the order's columns).
WOOCOMMERCE_ADVANCED_ORDERS = _layout(
    "WooCommerce orders",
    ImportKind.ORDERS,
    ("Order Number", "Order Date", "Email (Billing)", "Item Name"),
    {
        "Order Number": "order_id",
        "Order Status": "status",
        "Order Date": "timestamp",
        "First Name (Billing)": "first_name",
        "Last Name (Billing)": "last_name",
        "City (Billing)": "city",
        "Country Code (Billing)": "country",
        "Email (Billing)": "email",
        "Phone (Billing)": "phone",
        "SKU": "sku",
        "Item #": None,
        "Item Name": "product",
        "Quantity": "quantity",
        "Item Cost": "price",
        "Order Total Amount": None,
        "Order Subtotal Amount": None,
    },
)

LAYOUTS: tuple[Layout, ...] = (
    SHOPIFY_ORDERS,
    SHOPIFY_CUSTOMERS,
    WOOCOMMERCE_ORDERS,
    WOOCOMMERCE_ADVANCED_ORDERS,
    WOOCOMMERCE_CUSTOMERS,
    WOOCOMMERCE_ANALYTICS_CUSTOMERS,
)


def recognise_layout(folded_headers: set[str]) -> Layout | None:
    """The known export layout whose signature headers are all present, if any."""
    for layout in LAYOUTS:
        if layout.signature <= folded_headers:
            return layout
    return None
