"""shopnurture: a desktop CRM and automation tool for a small online shop."""

__version__ = "0.1.0"
