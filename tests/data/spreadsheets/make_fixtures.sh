#!/bin/sh
# Rebuild the .xlsx/.ods fixtures from the CSVs beside this script with LibreOffice, as a
# real spreadsheet program saves them (Spanish locale: dd/mm/yyyy dates and decimal commas
# become real date and number cells). Usage: sh make_fixtures.sh
set -e
cd "$(dirname "$0")"
convert() { # convert FORMAT FILTER-OPTIONS FILE.csv
    soffice --headless --infilter="CSV:$2" --convert-to "$1" --outdir . "$3" >/dev/null
}
# Separator, quote, UTF-8 (76), first line, column formats, language (3082 = es-ES),
# quoted fields as text, detect special numbers (dates, "1.234,56 €").
convert xlsx 44,34,76,1,,1033,false,false shopify_customers.csv
convert xlsx 44,34,76,1,,1033,false,false woocommerce_orders.csv
convert ods 44,34,76,1,,1033,false,false woocommerce_orders.csv
convert xlsx 59,34,76,1,,3082,false,true owner_contacts_es_utf8.csv
convert ods 59,34,76,1,,3082,false,true owner_contacts_es_utf8.csv
convert xlsx 59,34,76,1,,3082,false,true owner_activity_es.csv
convert ods 59,34,76,1,,3082,false,true owner_products_es.csv
# broken/ holds files that must be refused. password_protected.xlsx is shopify_customers.xlsx
# encrypted as Excel does (an OLE2 container with an EncryptionInfo stream), made once with
# msoffcrypto-tool: OOXMLFile(open("shopify_customers.xlsx", "rb")).encrypt("secreto", out).
