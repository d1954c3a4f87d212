"""A ward's or a commune's own bodies under the other names their notices and plans print: the
urban order team as a squad or a team (`Đội` / `Tổ quản lý trật tự đô thị`), the radio station
as a `Trạm truyền thanh`, the Front's committee abbreviated `UBMT`, a village's board by its
initials (`BND`), the public service centre by the names the provinces gave it since 07/2025
(`Trung tâm Dịch vụ tổng hợp`, `Trung tâm Cung ứng dịch vụ công`), a residential group by its
initials (`TDP`); and the work those names describe, which names no body."""

from __future__ import annotations

import pytest

from plan_extract.pipeline import parse_text

_NOTICE = """Ủy ban nhân dân phường Hòa Bình thông báo về việc ra quân tổng vệ sinh môi trường
tháng 5 năm 2026. Ủy ban nhân dân phường giao:
{items}
"""


# each notice's numbered items, and the units they name (canonical name, lead)
_NAMES = {
    "the_urban_order_team_as_squad_and_team": (
        "1. Đội quản lý trật tự đô thị phường: kiểm tra việc lấn chiếm lòng đường.\n"
        "2. Tổ trật tự đô thị phối hợp với Công an phường xử lý vi phạm vỉa hè.",
        {("Tổ quản lý trật tự đô thị", True), ("Công an xã", False)},
    ),
    "the_radio_station_and_the_front_abbreviated": (
        "1. Trạm truyền thanh phường: đưa tin về đợt ra quân.\n"
        "2. Đề nghị UBMT Tổ quốc phường: vận động Nhân dân tham gia.",
        {("Đài truyền thanh xã", True), ("Ủy ban Mặt trận Tổ quốc Việt Nam", True)},
    ),
    "the_quarters_board_by_its_initials": (
        "1. BND các khu phố vận động các hộ gia đình dọn vệ sinh.",
        {("Tổ dân phố", True)},
    ),
    "the_public_service_centre_by_its_provincial_names": (
        "1. Trung tâm Dịch vụ tổng hợp phường: tổ chức ra quân tại các tuyến đường chính.\n"
        "2. Trung tâm Cung ứng dịch vụ công phường thông tin kết quả đến Nhân dân.",
        {("Trung tâm Dịch vụ tổng hợp", True), ("Trung tâm Cung ứng dịch vụ công", True)},
    ),
    "the_residential_group_by_its_initials": (
        "1. Tổ trưởng các TDP vận động các hộ gia đình dọn vệ sinh.",
        {("Tổ dân phố", True)},
    ),
    "the_work_names_no_body": (
        "1. Tăng cường quản lý trật tự đô thị, lắp loa của trạm truyền thanh tại các tổ.",
        set(),
    ),
}


@pytest.mark.parametrize("shape", sorted(_NAMES))
def test_a_ward_body_under_its_other_names(shape: str) -> None:
    items, expected = _NAMES[shape]
    units = parse_text(_NOTICE.format(items=items)).units
    assert {(u.name, u.lead) for u in units} == expected
