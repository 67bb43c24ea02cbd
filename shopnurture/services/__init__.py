"""Orchestration and I/O without Qt: used by both the CLI and the GUI."""
