"""The administrative level words have one owner (data/normalize/place_levels.yaml): every stage
that reads a level word reads that list, and no other data file may carry a copy of it."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from pydantic import BaseModel, ValidationError

from plan_extract.core.knowledge import data_text
from plan_extract.extract import lexicon
from plan_extract.normalize.cut_places import CutPlaces, names_cut_place
from plan_extract.normalize.dashed_names import DashedNames
from plan_extract.normalize.place_levels import PlaceLevels, level_at, place_levels
from plan_extract.resolve.admin import DistrictWords
from plan_extract.structure.names import parse_body
from plan_extract.structure.terms import HeaderTerms


def _data(path: str, **change: Any) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(data_text(path))
    data.update(change)
    return data


def test_the_unit_lexicon_reads_the_one_list_town_included() -> None:
    # units.yaml's own copy lacked `thị xã`, a district-level town
    levels = lexicon.UNIT_LEXICON.load().lists.level_words
    assert levels == place_levels()
    assert "thị xã" in levels


@pytest.mark.parametrize(
    ("model", "path", "key"),
    [
        (HeaderTerms, "header_terms.yaml", "unit_types"),
        (CutPlaces, "normalize/cut_places.yaml", "levels"),
    ],
)
def test_a_copy_of_the_levels_in_another_file_is_refused(
    model: type[BaseModel], path: str, key: str
) -> None:
    model.model_validate(_data(path))
    with pytest.raises(ValidationError, match="extra"):
        model.model_validate(_data(path, **{key: place_levels()}))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"province_types": ["tỉnh", "vùng"]}, "province types"),
        ({"level_committees": {"Tỉnh ủy": "tỉnh", "Khu ủy": "khu"}}, "level committees"),
    ],
)
def test_the_header_subsets_are_levels(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        HeaderTerms.model_validate(_data("header_terms.yaml", **change))


@pytest.mark.parametrize(
    ("levels", "message"),
    [
        (["tỉnh", "Xã"], "lower case"),
        (["tỉnh", "xã", "tỉnh"], "each once"),
        (["tỉnh", "xã", "hoà"], "normalized spelling"),
    ],
)
def test_a_level_list_out_of_shape_is_refused(levels: list[str], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        PlaceLevels.model_validate(_data("normalize/place_levels.yaml", levels=levels))


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("thị xã Sơn Tây", "thị xã"),
        ("THỊ XÃ SƠN TÂY", "thị xã"),
        ("xã Sơn Tây", "xã"),
        ("thị trấn Vĩnh Tuy", "thị trấn"),
        ("thị trường lao động", None),
        ("xã", None),
    ],
)
def test_the_longest_level_opening_a_text(text: str, level: str | None) -> None:
    found = level_at(text)
    assert (found[0] if found else None) == level


def test_a_town_in_the_header_and_cut_by_a_wrap() -> None:
    body = parse_body("ỦY BAN NHÂN DÂN THỊ XÃ SƠN TÂY")
    assert body is not None
    assert (body.unit_type, body.unit_name) == ("thị xã", "Sơn Tây")
    before = "Giao Phòng Văn hóa - Thông tin phối hợp với Ủy ban nhân dân thị xã"
    assert names_cut_place(before, "Sơn Tây tổ chức tuyên truyền về bình đẳng giới.")


def test_the_subsets_in_other_files_are_levels() -> None:
    with pytest.raises(ValidationError, match="district_words"):
        DistrictWords.model_validate(_data("resolve/admin.yaml", district_words=["huyện", "khu"]))
    with pytest.raises(ValidationError, match="then_words"):
        DashedNames.model_validate(_data("normalize/dashed_names.yaml", then_words=["và", "quận"]))
