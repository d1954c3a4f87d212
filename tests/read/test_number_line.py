"""`is_number_line` folds only the text up to the first colon (issue 15: the joiner asks it of
every line). Its answer must be the one the whole line's fold gives, whatever follows."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from plan_extract.read.layout_cues import LAYOUT_CUES, _fold, _patterns, is_number_line

_LABELS = LAYOUT_CUES.load().number_labels
# what folding acts on (case, white space, emphasis stars, dashes, a dot after spaces), colons,
# and the label in the cases a document prints it
_PIECES = st.sampled_from(
    [
        *_LABELS,
        *(label.upper() for label in _LABELS),
        *(label.lower() for label in _LABELS),
        ":",
        " ",
        "  ",
        "\t",
        "*",
        "**",
        "-",
        " – ",
        "—",
        " .",
        ".",
        "12/KH-UBND",
        "/KH-UBND",
        "x",
    ]
)


def _whole_line_reading(text: str) -> bool:
    return _patterns()["number"].match(_fold(text)) is not None


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=10).map("".join))
def test_number_line_reads_as_the_whole_fold(text: str) -> None:
    assert is_number_line(text) == _whole_line_reading(text)


def test_number_line_with_text_after_its_colon() -> None:
    label = _LABELS[0]
    assert is_number_line(f"**{label}** : 12/KH-UBND - x: y")
    assert is_number_line(f"  {label.upper()}:")
    assert not is_number_line(f"{label} 12/KH-UBND")
    assert not is_number_line(f"x {label}: 12")
