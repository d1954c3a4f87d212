"""spaCy loads without its CLI, and the CLI is still there when asked for."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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


PARSE = """
import sys
from pathlib import Path
from plan_extract.pipeline import parse_path
plan = parse_path(Path(sys.argv[1]))
assert plan.targets and plan.units  # the token layer and the matchers ran
assert "spacy.cli" not in sys.modules and "weasel" not in sys.modules, "spaCy's CLI loaded"
"""


def test_parsing_a_plan_never_loads_spacys_cli() -> None:
    seed = Path(__file__).resolve().parents[2] / "corpus/plans/seeds/001_d694d18c5a7d837d.txt"
    command = [sys.executable, "-c", PARSE, str(seed)]
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
