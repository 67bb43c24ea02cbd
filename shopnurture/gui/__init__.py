"""The only package that imports PySide6: windows, pages, models and the task runner."""
