"""spaCy loads without its CLI, and the CLI is still there when asked for."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
from plan_extract.extract.lean_imports import load_spacy
spacy = load_spacy()
assert "spacy.cli" not in sys.modules and "weasel" not in sys.modules
nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
assert nlp.lang == "vi"
assert "spaCy version" in str(spacy.info(markdown=True, silent=True))
import spacy.cli
assert callable(spacy.cli.download)
"""


def test_spacy_loads_without_its_cli_and_keeps_it_available() -> None:
    result = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


SEGMENTER = """
import sys
from plan_extract.extract.lean_imports import word_segmenter
segment = word_segmenter()
assert "underthesea.pipeline.classification" not in sys.modules
assert "underthesea" not in sys.modules
import underthesea
text = "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi"
assert segment(text) == underthesea.word_tokenize(text)
assert any(" " in word for word in segment(text))  # syllables grouped into words
"""


def test_the_word_segmenter_loads_alone_and_matches_underthesea() -> None:
    result = subprocess.run([sys.executable, "-c", SEGMENTER], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
