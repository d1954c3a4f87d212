"""The knowledge registry: every packaged data file is declared once with its model, loads, and
fails loudly, naming itself, when malformed."""

from __future__ import annotations

import importlib
import pkgutil
from importlib import resources

import pytest
import yaml

import plan_extract
from plan_extract.core import knowledge
from plan_extract.core.knowledge import Knowledge, KnowledgeError, data_file, data_text


def _import_all() -> None:
    for module in pkgutil.walk_packages(plan_extract.__path__, "plan_extract."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)


def _packaged_files() -> set[str]:
    root = resources.files("plan_extract").joinpath("data")
    found: set[str] = set()

    def walk(folder: object, prefix: str) -> None:
        for entry in folder.iterdir():  # type: ignore[attr-defined]
            if entry.is_dir():
                walk(entry, f"{prefix}{entry.name}/")
            elif entry.name.endswith((".yaml", ".csv")):
                found.add(prefix + entry.name)

    walk(root, "")
    return found


def test_every_data_file_is_declared_once_and_loads() -> None:
    _import_all()
    declared = {item.path for item in knowledge.registered()}
    assert declared == _packaged_files()
    for item in knowledge.registered():
        item.load()


def test_yaml_files_read_as_the_python_loader_reads_them() -> None:
    # the data files are parsed by libyaml's loader for speed (issue 15): the same values, types
    # and key order as PyYAML's own; repr tells 1 from True and keeps the order
    for path in sorted(_packaged_files()):
        if path.endswith(".yaml"):
            python = yaml.load(data_text(path), Loader=yaml.SafeLoader)
            assert repr(knowledge._parse(path)) == repr(python), path


def test_missing_data_file_is_a_knowledge_error() -> None:
    with pytest.raises(KnowledgeError, match="missing"):
        data_text("no-such-file.yaml")


def test_malformed_file_names_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    class Strict(Knowledge):
        required: int

    monkeypatch.setattr(knowledge, "_parse", lambda name: {"required": "not a number"})
    broken = knowledge.DataFile("broken.yaml", Strict)
    with pytest.raises(KnowledgeError, match=r"broken\.yaml"):
        broken.load()


def test_unknown_keys_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    class Strict(Knowledge):
        words: list[str]

    monkeypatch.setattr(knowledge, "_parse", lambda name: {"words": [], "wrods": ["typo"]})
    with pytest.raises(KnowledgeError, match="wrods"):
        knowledge.DataFile("typo.yaml", Strict).load()


def test_a_path_is_declared_only_once() -> None:
    _import_all()
    with pytest.raises(KnowledgeError, match="declared twice"):
        data_file("header_terms.yaml", Knowledge)
