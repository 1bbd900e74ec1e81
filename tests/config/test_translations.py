"""The Vietnamese catalogue is complete, compiled, and covers every marked string."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = sorted(
    path
    for path in ROOT.glob("**/vi/LC_MESSAGES/*.po")
    if not {".venv", "node_modules"} & set(path.parts)
)


def test_there_are_vietnamese_catalogues():
    assert CATALOGUES


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: str(p.relative_to(ROOT)))
def test_catalogue_has_no_untranslated_or_fuzzy_entries(po_path):
    catalogue = polib.pofile(str(po_path))

    missing = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]

    assert not missing, f"untranslated in {po_path}: {missing[:10]}"
    assert not fuzzy, f"fuzzy in {po_path}: {fuzzy[:10]}"


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: str(p.relative_to(ROOT)))
def test_compiled_catalogue_matches_its_source(po_path):
    mo_path = po_path.with_suffix(".mo")
    assert mo_path.exists(), f"{mo_path} is missing: run manage.py compilemessages"
    source = {
        (e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural.get(0, "")
        for e in polib.pofile(str(po_path)).translated_entries()
    }
    compiled = {
        (e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural.get(0, "")
        for e in polib.mofile(str(mo_path))
        if e.msgid
    }

    assert compiled == source, f"{mo_path} is stale: run manage.py compilemessages"


@pytest.mark.skipif(not shutil.which("xgettext"), reason="gettext tools not installed")
def test_every_marked_string_is_in_the_catalogue(tmp_path):
    """Extract the strings afresh in a copy of the tree; nothing new may appear."""
    copy = tmp_path / "tree"
    shutil.copytree(
        ROOT,
        copy,
        ignore=shutil.ignore_patterns(
            ".venv",
            ".git",
            "media",
            "staticfiles",
            "*.sqlite3",
            "test-artifacts",
            "__pycache__",
        ),
    )
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "-l",
            "vi",
            "--no-location",
            "--no-obsolete",
            "-v",
            "0",
        ],
        cwd=copy,
        check=True,
        capture_output=True,
    )
    for fresh in copy.glob("**/locale/vi/LC_MESSAGES/django.po"):
        committed = ROOT / fresh.relative_to(copy)
        fresh_ids = {(e.msgctxt, e.msgid) for e in polib.pofile(str(fresh))}
        committed_ids = (
            {(e.msgctxt, e.msgid) for e in polib.pofile(str(committed))}
            if committed.exists()
            else set()
        )
        new = fresh_ids - committed_ids
        assert not new, f"{committed} lacks {sorted(m for _, m in new)[:10]}"
