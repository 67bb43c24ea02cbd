"""Keep the GUI's translations in step with the code.

    python tools/translations.py update   # collect new GUI texts into the .ts files
    python tools/translations.py release  # compile the .ts files into the .qm files the app loads
    python tools/translations.py check    # fail if a text is untranslated or a .qm is stale
    python tools/translations.py fill F.json  # update, fill from F, release (safe to run at once
                                              # from several shells: it holds a lock)

F.json: {"es": {"Context": {"English source": "traducción" or ["forma 1", "forma 2"]}},
         "en": {"Context": {"%n source(s)": ["%n source", "%n sources"]}}}; only texts still
unfinished are filled, so a translation already in the .ts is never overwritten.

Translate new texts in resources/translations/shopnurture_es.ts with Qt Linguist
(`pyside6-linguist`) or any editor; English needs only the plural forms (%n).
"""

from __future__ import annotations

import json
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


def fill(path: Path) -> int:
    """Runs update, fills unfinished texts from the JSON file `path`, then release."""
    from filelock import FileLock

    wanted = json.loads(path.read_text(encoding="utf-8"))
    filled = 0
    with FileLock(str(TRANSLATIONS / ".fill.lock")):
        for language in LANGUAGES:
            update(language=language)
            by_context = wanted.get(language, {})
            tree = ElementTree.parse(ts_file(language))
            for context in tree.getroot().iter("context"):
                texts = by_context.get(context.findtext("name") or "", {})
                for message in context.iter("message"):
                    translation = message.find("translation")
                    source = message.findtext("source") or ""
                    if translation is None or source not in texts:
                        continue
                    if translation.get("type") != "unfinished":
                        continue
                    _put_translation(translation, texts[source])
                    filled += 1
            tree.write(ts_file(language), encoding="utf-8", xml_declaration=True)
            update(language=language)  # lupdate writes the file back in its own layout
        release()
    return filled


def _put_translation(translation: ElementTree.Element, text: str | list[str]) -> None:
    translation.attrib.pop("type", None)
    forms = translation.findall("numerusform")
    if forms:
        values = text if isinstance(text, list) else [text] * len(forms)
        for form, value in zip(forms, values, strict=False):
            form.text = value
    else:
        translation.text = text if isinstance(text, str) else text[0]


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
    elif command == "fill" and len(sys.argv) == 3:
        print(f"{fill(Path(sys.argv[2]))} texts filled")
    else:
        sys.exit(__doc__)
