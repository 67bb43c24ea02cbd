"""Starting shopnurture when the owner logs in, so reminders go out without opening it.

Each desktop has its own mechanism: an XDG autostart entry on Linux, a LaunchAgent on macOS,
the `Run` key of the registry on Windows. The app starts minimised to its tray icon.
"""

from __future__ import annotations

import os
import plistlib
import shlex
import sys
from pathlib import Path

ENTRY_NAME = "shopnurture"
TRAY_ARGUMENT = "--start-in-tray"


def launch_command() -> list[str]:
    """How to start this same installation: the bundle's executable, or Python + main.py."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "gui", TRAY_ARGUMENT]
    main = Path(__file__).resolve().parents[2] / "main.py"
    return [sys.executable, str(main), TRAY_ARGUMENT]


def _linux_entry() -> Path:
    config = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return config / "autostart" / f"{ENTRY_NAME}.desktop"


def _mac_entry() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / "com.shopnurture.app.plist"


def is_enabled() -> bool:
    if sys.platform == "win32":
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, _WINDOWS_RUN_KEY) as key:
                winreg.QueryValueEx(key, ENTRY_NAME)
            return True
        except OSError:
            return False
    return (_mac_entry() if sys.platform == "darwin" else _linux_entry()).exists()


_WINDOWS_RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


def set_enabled(enabled: bool) -> None:
    """Add or remove the login entry. Raises OSError when the system refuses."""
    command = launch_command()
    if sys.platform == "win32":
        import subprocess
        import winreg

        with winreg.OpenKey(
            winreg.HKEY_CURRENT_USER, _WINDOWS_RUN_KEY, 0, winreg.KEY_SET_VALUE
        ) as key:
            if enabled:
                winreg.SetValueEx(
                    key, ENTRY_NAME, 0, winreg.REG_SZ, subprocess.list2cmdline(command)
                )
            else:
                try:
                    winreg.DeleteValue(key, ENTRY_NAME)
                except FileNotFoundError:
                    pass
        return
    entry = _mac_entry() if sys.platform == "darwin" else _linux_entry()
    if not enabled:
        entry.unlink(missing_ok=True)
        return
    entry.parent.mkdir(parents=True, exist_ok=True)
    if sys.platform == "darwin":
        entry.write_bytes(plistlib.dumps(
            {"Label": "com.shopnurture.app", "ProgramArguments": command, "RunAtLoad": True}
        ))  # fmt: skip
        return
    entry.write_text(
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=shopnurture\n"
        f"Exec={shlex.join(command)}\n"
        "X-GNOME-Autostart-enabled=true\n",
        encoding="utf-8",
    )
