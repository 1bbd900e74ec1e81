"""Reproducible installs without registry addresses (see .ci/pin-dependencies)."""

import os
import re
import subprocess
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
#: Addresses of package registries and their indexes; pieced together so that this
#: file does not name them itself.
REGISTRY_ADDRESS = re.compile(
    "|".join(
        [
            r"pypi\." + "org",
            r"files\.python" + r"hosted\.org",
            r"registry\.npm" + r"js\.org",
            r"registry\.yarn" + r"pkg\.com",
            r"(?:extra-)?index-" + r"url",
            r"https?://[^\s\"']+/" + r"simple/",
        ]
    ),
    re.IGNORECASE,
)


def constraints() -> list[Requirement]:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    return [Requirement(r) for r in pyproject["tool"]["uv"]["constraint-dependencies"]]


def test_every_constraint_is_an_exact_pin():
    loose = [
        str(r) for r in constraints() if not re.fullmatch(r"==[^,*]+", str(r.specifier))
    ]

    assert loose == []


def test_every_installed_package_is_pinned_at_its_installed_version():
    pins = {
        canonicalize_name(r.name): str(r.specifier).removeprefix("==")
        for r in constraints()
        if r.marker is None or r.marker.evaluate()
    }
    installed = {
        canonicalize_name(d.metadata["Name"]): d.version
        for d in metadata.distributions()
    }

    unpinned = {name: v for name, v in installed.items() if pins.get(name) != v}

    assert unpinned == {}, "run .ci/pin-dependencies and commit pyproject.toml"


def committed_files() -> list[Path]:
    try:
        listing = subprocess.run(
            ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        if os.environ.get("CI") == "true":
            raise
        pytest.skip("not a git checkout")
    return [ROOT / name for name in listing.decode().split("\0") if name]


def test_no_committed_file_names_a_package_registry():
    named = []
    for path in committed_files():
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, FileNotFoundError, IsADirectoryError):
            continue  # binary files (images, .mo) and files deleted but not committed
        named += [
            f"{path.relative_to(ROOT)}: {match.group(0)}"
            for match in REGISTRY_ADDRESS.finditer(text)
        ]

    assert named == []
