"""The only package that talks SQL: database file, tables, migrations and queries."""
