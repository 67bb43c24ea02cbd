"""Starting at login: the desktop's own mechanism, on and off again."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

import pytest

from shopnurture.services import autostart

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="checks the XDG autostart entry")


def test_the_login_entry_starts_this_installation_in_the_tray(private_home: Path) -> None:
    assert not autostart.is_enabled()
    autostart.set_enabled(True)
    entry = private_home / ".config" / "autostart" / "shopnurture.desktop"
    assert autostart.is_enabled() and entry.exists()
    exec_line = next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))
    command = shlex.split(exec_line.removeprefix("Exec="))
    assert command[0] == sys.executable and command[-1] == "--start-in-tray"
    assert Path(command[1]).name == "main.py" and Path(command[1]).exists()
    autostart.set_enabled(False)
    assert not autostart.is_enabled() and not entry.exists()
    autostart.set_enabled(False)  # turning it off twice is fine
