"""Refresh the translation sources: `python tools/update_translations.py [TABLE.tsv ...]`.

1. Runs pyside6-lupdate over icc_desktop/ui, so resources/translations/icc_desktop_{fr,de}.ts
   list every string the UI translates (new ones marked unfinished, vanished ones dropped).
2. With TABLE files (lines `source-json<TAB>fr<TAB>de`, plural forms joined by `||`), fills in
   the translations of the strings they name and marks them finished. English gets only the
   plural forms of its "(s)" strings, made here from the source text.
3. A string that moved to another class (another context) keeps its translation: a message new to
   its context takes the one translation its source text had anywhere before the update (none
   when different contexts translated it differently; those stay unfinished and are listed).
4. Prints how many messages are still unfinished per language (the Makefile's .qm build
   would show those in English).

The .qm files are build outputs (make builds them with pyside6-lrelease).
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "de")


def lupdate() -> None:
    """Update the .ts files from the UI sources."""
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "icc_desktop" / "ui").rglob("*.py"))
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    for language in LANGUAGES:
        subprocess.run([str(tool), "-no-obsolete", "-locations", "none", *sources,
                        "-ts", str(TS_DIR / f"icc_desktop_{language}.ts")], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
    # English is the source language: its file only gives the plural forms ("%n participant(s)").
    subprocess.run([str(tool), "-no-obsolete", "-locations", "none", "-pluralonly", *sources,
                    "-ts", str(TS_DIR / "icc_desktop_en.ts")], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def read_tables(paths: list[str]) -> dict[str, tuple[str, str]]:
    """source text -> (French, German) from the TABLE files."""
    table: dict[str, tuple[str, str]] = {}
    for path in paths:
        for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                raise SystemExit(f"{path}:{number}: expected source, French and German separated by tabs")
            source, french, german = parts
            table[json.loads(source)] = (french.replace("\\n", "\n"), german.replace("\\n", "\n"))
    return table


def fill(language: str, table: dict[str, tuple[str, str]]) -> int:
    """Write the table's translations into one .ts file; return how many stay unfinished."""
    path = TS_DIR / f"icc_desktop_{language}.ts"
    tree = ET.parse(path)
    index = LANGUAGES.index(language)
    unfinished = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if source in table:
            text = table[source][index]
            if message.get("numerus") == "yes":
                for form in list(translation):
                    translation.remove(form)
                translation.text = None
                for form_text in text.split("||"):
                    ET.SubElement(translation, "numerusform").text = form_text
            else:
                translation.text = text
            translation.attrib.pop("type", None)
        elif translation.get("type") == "unfinished":
            unfinished += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return unfinished


Known = dict[str, set[tuple[str | None, tuple[str, ...]]]]
"""source text -> {(translation text, plural forms)} of the finished messages in a file."""


def known_translations(language: str) -> Known:
    """What a .ts file translates now, by source text (any context), before lupdate drops moved strings."""
    known: Known = {}
    for message in ET.parse(TS_DIR / f"icc_desktop_{language}.ts").getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        forms = tuple(form.text or "" for form in translation.iter("numerusform"))
        known.setdefault(message.findtext("source") or "", set()).add((translation.text, forms))
    return known


def carry_over(language: str, known: Known) -> list[str]:
    """Fill the unfinished messages whose source had exactly one translation; return the ambiguous ones."""
    path = TS_DIR / f"icc_desktop_{language}.ts"
    tree = ET.parse(path)
    ambiguous = []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") != "unfinished" or source not in known:
            continue
        if len(known[source]) > 1:
            ambiguous.append(source)
            continue
        ((text, forms),) = known[source]
        for form in list(translation):
            translation.remove(form)
        translation.text = None if forms else text
        for form_text in forms:
            ET.SubElement(translation, "numerusform").text = form_text
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return ambiguous


def english_plurals(source: str) -> tuple[str, str]:
    """The singular and plural of an English plural message: "%n need(s)" -> "%n need", "%n needs";
    one worded for any number ("Cities (%n)") keeps its text in both."""
    singular = source.replace("(s)", "").replace("(es)", "")
    plural = source.replace("(s)", "s").replace("(es)", "es")
    return singular, plural


def fill_english_plurals() -> int:
    """Give every plural message of the English file its two forms; return how many have none."""
    # (Every message gets its forms here, so none stays unfinished; the count guards the file.)
    path = TS_DIR / "icc_desktop_en.ts"
    tree = ET.parse(path)
    unfinished = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") != "unfinished":
            continue
        for form in list(translation):
            translation.remove(form)
        translation.text = None
        for text in english_plurals(source):
            ET.SubElement(translation, "numerusform").text = text
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return unfinished


def main(argv: list[str]) -> int:
    """Update, fill, report."""
    known = {language: known_translations(language) for language in LANGUAGES}
    lupdate()
    table = read_tables(argv)
    for language in LANGUAGES:
        for source in carry_over(language, known[language]):
            print(f"{language}: {source!r} was translated differently in different places; translate it again")
        left = fill(language, table)
        print(f"{language}: {left} messages unfinished")
    print(f"en: {fill_english_plurals()} plural messages unfinished")
    lupdate()  # once more: the files end in lupdate's own layout, so the next run changes nothing
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
