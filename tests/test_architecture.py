"""The core (domain, data, services, CLI) must import and work without Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
import textwrap
from pathlib import Path

import shopnurture

ROOT = Path(shopnurture.__file__).resolve().parent


def core_modules() -> list[str]:
    names = []
    for module in pkgutil.walk_packages([str(ROOT)], prefix="shopnurture."):
        if module.name.startswith("shopnurture.gui") or module.name.endswith("__main__"):
            continue
        names.append(module.name)
    return names


def test_there_is_a_core_to_check() -> None:
    names = core_modules()
    assert "shopnurture.data.database" in names
    assert "shopnurture.domain.contact_fields" in names
    assert "shopnurture.cli" in names


def test_core_imports_with_pyside6_blocked(tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import importlib, sys

        class BlockQt:
            def find_spec(self, name, path=None, target=None):
                if name == "PySide6" or name.startswith("PySide6.") or name == "shiboken6":
                    raise ImportError("Qt is not allowed in the core: " + name)
                return None

        sys.meta_path.insert(0, BlockQt())
        for name in {core_modules()!r}:
            importlib.import_module(name)
        from shopnurture.cli import main
        code = main(["--db", {str(tmp_path / "core.sqlite")!r}, "settings", "show", "--json"])
        assert code == 0, code
        assert not any(m.startswith("PySide6") for m in sys.modules)
        print("core ok")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "core ok" in result.stdout


def test_only_the_gui_package_mentions_pyside6() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in ROOT.rglob("*.py")
        if "gui" not in path.relative_to(ROOT).parts and "PySide6" in path.read_text("utf-8")
    ]
    assert offenders == []
