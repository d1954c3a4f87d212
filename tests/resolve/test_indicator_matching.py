from __future__ import annotations

import subprocess
import sys

from plan_extract.resolve.indicators_match import match_indicator


def test_domain_and_unit_must_agree() -> None:
    assert (
        match_indicator("tỷ lệ lao động nữ làm công hưởng lương", "economy", "percent") == "ECO-1"
    )
    assert match_indicator("tỷ lệ lao động nữ làm công hưởng lương", "health", "percent") is None
    assert match_indicator("tỷ lệ lao động nữ làm công hưởng lương", "economy", "ratio") is None


SEGMENTED_WHEN_NEEDED = """
import sys
from plan_extract.resolve.indicators_match import match_indicator
phrase = "tỷ lệ lao động nữ làm công hưởng lương"
assert match_indicator(phrase, "governance", "vnd") is None  # no indicator of that kind
assert not any(name.startswith("underthesea") for name in sys.modules)
assert match_indicator(phrase, "economy", "percent") == "ECO-1"
assert "underthesea.pipeline.word_tokenize" in sys.modules
"""


def test_the_segmenter_loads_only_for_a_target_an_indicator_may_match() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SEGMENTED_WHEN_NEEDED], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
