"""Keep the GUI's translations in step with the code.

    python tools/translations.py update   # collect new GUI texts into the .ts files
    python tools/translations.py release  # compile the .ts files into the .qm files the app loads
    python tools/translations.py check    # fail if a text is untranslated or a .qm is stale

Translate new texts in resources/translations/shopnurture_es.ts with Qt Linguist
(`pyside6-linguist`) or any editor; English needs only the plural forms (%n).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted(
    str(path.relative_to(ROOT)) for path in (ROOT / "shopnurture" / "gui").rglob("*.py")
)
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("es", "en")


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"shopnurture_{language}.ts"


def update(target: Path | None = None, language: str = "es") -> None:
    destination = target or ts_file(language)
    extra = ["-pluralonly"] if language == "en" else []
    subprocess.run(
        [
            "pyside6-lupdate",
            *SOURCES,
            "-ts",
            str(destination),
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            f"{language}_{'ES' if language == 'es' else 'US'}",
            *extra,
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def release() -> None:
    for language in LANGUAGES:
        subprocess.run(
            [
                "pyside6-lrelease",
                str(ts_file(language)),
                "-qm",
                str(ts_file(language).with_suffix(".qm")),
            ],
            check=True,
            capture_output=True,
        )


def unfinished(path: Path) -> list[str]:
    """Source texts in `path` that still lack a translation."""
    missing = []
    for message in ElementTree.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        forms = translation.findall("numerusform") if translation is not None else []
        empty = translation is None or translation.get("type") in {
            "unfinished",
            "vanished",
            "obsolete",
        }
        if forms:
            empty = empty or any(not (form.text or "").strip() for form in forms)
        elif translation is not None and not (translation.text or "").strip():
            empty = True
        if empty:
            missing.append(message.findtext("source") or "")
    return missing


def check() -> list[str]:
    """Problems: texts in the code but not translated, and .qm files that differ from their .ts."""
    problems = []
    for language in LANGUAGES:
        with tempfile.TemporaryDirectory() as folder:
            fresh = Path(folder) / ts_file(language).name
            fresh.write_bytes(ts_file(language).read_bytes())
            update(fresh, language)
            problems += [f"{language}: not translated: {text!r}" for text in unfinished(fresh)]
            fresh_qm = Path(folder) / "fresh.qm"
            subprocess.run(
                ["pyside6-lrelease", str(ts_file(language)), "-qm", str(fresh_qm)],
                check=True,
                capture_output=True,
            )
            compiled = ts_file(language).with_suffix(".qm")
            if not compiled.exists() or compiled.read_bytes() != fresh_qm.read_bytes():
                problems.append(f"{language}: {compiled.name} differs from its .ts: run release")
    return problems


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "update":
        for language in LANGUAGES:
            update(language=language)
    elif command == "release":
        release()
    elif command == "check":
        found = check()
        print("\n".join(found) or "translations complete")
        sys.exit(1 if found else 0)
    else:
        sys.exit(__doc__)
