#!/usr/bin/env python3
"""Update i18n/gpsu_<lang>.ts from every tr("literal") call in gpsu_plugin/.

pylupdate5 gives each call the context of its enclosing class; GPS-U translates with one fixed
context (gpsu_plugin.core.i18n.CONTEXT), so the strings are collected here with Python's ast.
Existing translations are kept; new strings are added as unfinished; strings no longer in the
code are marked obsolete. `--check` reports, without writing, what is missing or unfinished.

    /usr/bin/python3 scripts/update_translations.py            # update the .ts files
    /usr/bin/python3 scripts/update_translations.py --check    # exit 1 if French is incomplete
"""

import argparse
import ast
import os
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGE = os.path.join(ROOT, "gpsu_plugin")
I18N = os.path.join(ROOT, "i18n")
CONTEXT = "gpsu"
LANGUAGES = {"fr": "fr_FR", "nl": "nl_BE"}
TR_NAMES = {"tr"}


class NonLiteralTr(Exception):
    pass


def extract(package=PACKAGE):
    """{source: [(relative path, line), …]} for every tr("…") call; raises on tr(non-literal)."""
    found = {}
    for folder, dirs, files in os.walk(package):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        for name in sorted(files):
            if not name.endswith(".py") or name == "resources_rc.py":
                continue
            path = os.path.join(folder, name)
            with open(path, encoding="utf-8") as handle:
                tree = ast.parse(handle.read(), path)
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Call) and _called_name(node.func) in TR_NAMES):
                    continue
                if len(node.args) != 1 or not isinstance(node.args[0], ast.Constant) \
                        or not isinstance(node.args[0].value, str):
                    raise NonLiteralTr("{}:{}: tr() needs one literal string".format(path, node.lineno))
                rel = os.path.relpath(path, I18N)
                found.setdefault(node.args[0].value, []).append((rel, node.lineno))
    return found


def _called_name(func):
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "self":
        return func.attr
    return None


def read_ts(path):
    """{source: (translation, finished)} from an existing .ts file."""
    if not os.path.exists(path):
        return {}
    result = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = translation.text or "" if translation is not None else ""
        finished = translation is not None and translation.get("type") not in ("unfinished", "obsolete",
                                                                                 "vanished") and bool(text)
        result[source] = (text, finished)
    return result


def write_ts(path, language, sources, existing):
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source in sorted(set(sources) | set(existing)):
        message = ET.SubElement(context, "message")
        for rel, line in sources.get(source, []):
            ET.SubElement(message, "location", filename=rel, line=str(line))
        ET.SubElement(message, "source").text = source
        text, finished = existing.get(source, ("", False))
        translation = ET.SubElement(message, "translation")
        translation.text = text
        if source not in sources:
            translation.set("type", "obsolete" if text else "vanished")
        elif not finished:
            translation.set("type", "unfinished")
    ET.indent(root)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        handle.write(ET.tostring(root, encoding="unicode"))
        handle.write("\n")


def missing(lang, sources=None):
    """Sources with no finished translation in gpsu_<lang>.ts."""
    sources = extract() if sources is None else sources
    existing = read_ts(os.path.join(I18N, "gpsu_{}.ts".format(lang)))
    return sorted(s for s in sources if not existing.get(s, ("", False))[1])


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="report missing translations, write nothing")
    args = parser.parse_args(argv)
    sources = extract()
    status = 0
    for lang, language in LANGUAGES.items():
        path = os.path.join(I18N, "gpsu_{}.ts".format(lang))
        if not args.check:
            write_ts(path, language, sources, read_ts(path))
        todo = missing(lang, sources)
        print("{}: {} strings, {} to translate".format(os.path.relpath(path, ROOT), len(sources), len(todo)))
        if todo and lang == "fr" and args.check:
            status = 1
            for source in todo:
                print("  missing: " + source)
    return status


if __name__ == "__main__":
    sys.exit(main())
