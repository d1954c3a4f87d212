from __future__ import annotations

import pytest
from pydantic import BaseModel

from plan_extract.core.knowledge import KnowledgeError, data_text, load_yaml


def test_missing_data_file_is_a_knowledge_error() -> None:
    with pytest.raises(KnowledgeError, match="missing"):
        data_text("no-such-file.yaml")


def test_malformed_file_names_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    from plan_extract.core import knowledge

    class Strict(BaseModel):
        required: int

    monkeypatch.setattr(knowledge, "_yaml", lambda name: {"required": "not a number"})
    with pytest.raises(KnowledgeError, match=r"broken\.yaml"):
        load_yaml("broken.yaml", Strict)
