"""The structure stage's data files refuse what would make a rule read one phrase two ways."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from pydantic import BaseModel, ValidationError

from plan_extract.core.knowledge import data_text
from plan_extract.normalize.section_words import SectionKinds
from plan_extract.structure.dates import DateWords
from plan_extract.structure.terms import HeaderTerms


def _data(path: str, **change: Any) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(data_text(path))
    data.update(change)
    return data


@pytest.mark.parametrize(
    ("model", "path"),
    [
        (SectionKinds, "section_kinds.yaml"),
        (DateWords, "structure/dates.yaml"),
        (HeaderTerms, "header_terms.yaml"),
    ],
)
def test_the_packaged_files_pass_and_unknown_keys_are_refused(
    model: type[BaseModel], path: str
) -> None:
    model.model_validate(_data(path))
    with pytest.raises(ValidationError, match="extra"):
        model.model_validate(_data(path, keywords=["mục tiêu"]))


def test_a_phrase_under_two_kinds_is_refused() -> None:
    kinds = _data("section_kinds.yaml")["kinds"]
    with pytest.raises(ValidationError, match="both"):
        SectionKinds.model_validate(
            _data("section_kinds.yaml", kinds={**kinds, "funding": ["kinh phí", "nội dung"]})
        )


def test_two_kinds_phrases_that_differ_only_in_marks_are_refused() -> None:
    """Headings are also read without marks (OCR): `chi tiêu` would read as `chỉ tiêu`."""
    kinds = _data("section_kinds.yaml")["kinds"]
    with pytest.raises(ValidationError, match="both"):
        SectionKinds.model_validate(
            _data("section_kinds.yaml", kinds={**kinds, "funding": ["kinh phí", "chi tiêu"]})
        )


def test_the_default_kind_has_no_phrases() -> None:
    kinds = _data("section_kinds.yaml")["kinds"]
    with pytest.raises(ValidationError, match="default"):
        SectionKinds.model_validate(_data("section_kinds.yaml", kinds={**kinds, "other": ["x"]}))


def test_a_date_word_in_two_roles_is_refused() -> None:
    with pytest.raises(ValidationError, match="both"):
        DateWords.model_validate(_data("structure/dates.yaml", due_words=["đến", "năm"]))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"commune_types": ["xã", "thôn"]}, "commune types"),
        (
            {"position_spelling": {"chủ tịch": "Chủ tịch", "bí thư chi bộ": "Bí thư chi bộ"}},
            "position",
        ),
        ({"position_spelling": {"chủ tịch": "Chủ Tịch Xã"}}, "more than its case"),
        ({"parent_bodies": ["sở", "xã"]}, "both"),
        ({"archive_labels": ["Số"]}, "both"),
        ({"issuing_verbs": ["ban hành", "hoà giải"]}, "normalized spelling"),
    ],
)
def test_header_terms_cross_checks(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        HeaderTerms.model_validate(_data("header_terms.yaml", **change))
