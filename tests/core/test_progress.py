from __future__ import annotations

from plan_extract.core.progress import listening, report


def test_a_listener_hears_the_reports_made_while_it_listens_only() -> None:
    heard: list[tuple[str, int, int]] = []
    report("ocr", 0, 3)
    with listening(lambda *args: heard.append(args)):
        report("ocr", 1, 3)
        report("ocr", 2, 3)
    report("ocr", 3, 3)
    assert heard == [("ocr", 1, 3), ("ocr", 2, 3)]
