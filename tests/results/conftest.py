"""Results tests reuse the engine tests' small shop (real file, catalogue, CLI with --now)."""

from __future__ import annotations

from tests.engine.conftest import shop

__all__ = ["shop"]
