"""One version and one repository address: the package, its build metadata, the CHANGELOG's
latest release and the tag the README tells users to pin all agree."""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import version
from pathlib import Path

from plan_extract.core.version import REPOSITORY_URL, __version__

ROOT = Path(__file__).resolve().parents[2]


def test_the_installed_metadata_carries_the_package_version() -> None:
    assert version("plan-extract") == __version__
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["dynamic"] == ["version"]
    assert pyproject["project"]["urls"]["Repository"] == REPOSITORY_URL


def test_the_changelog_opens_with_this_release() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    releases = re.findall(r"^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$", changelog, re.M)
    assert releases and releases[0][0] == __version__
    assert f"[{__version__}]: {REPOSITORY_URL}/releases/tag/v{__version__}" in changelog


def test_the_readme_pins_this_release_and_names_this_repository() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "<owner>" not in readme
    pins = re.findall(r"(?:rev: |@)v(\d+\.\d+\.\d+)", readme)
    assert pins and set(pins) == {__version__}
    named = set(re.findall(r"https://github\.com/[\w.-]+/[\w.-]+", readme))
    assert named == {REPOSITORY_URL}
