"""The import wizard (file → sheet → columns → check → import) and export actions."""
