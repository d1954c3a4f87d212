"""Text folds, one of each: the canonical spelling (tone placement, dashes, spaces), the mark-less
fold (what OCR leaves of a word), the slug, the all-caps and lower-case tests, white space squashed.

Tone placement (`hoà`/`hòa`, `uỷ`/`ủy`) follows underthesea's normalization tables, read directly
from the file underthesea ships (a plain pickle of two dicts) so that the whole library, which
takes a second or more to import, is never imported for it.
"""

from __future__ import annotations

import importlib.util
import pickle
import re
import unicodedata
from functools import cache, lru_cache
from itertools import islice
from pathlib import Path
from typing import TypeAlias

from plan_extract.core.knowledge import KnowledgeError

# The glyphs that open a bulleted item once a text is normalized: the dash and the plus a plan
# types (docs/domain.md, "The parts of the document") and Word's filled bullet. A converter's
# other list glyphs (`o`, `▪`, `●`, `➢`, ...) are mapped onto them by normalize/bullets.py, so
# every later stage reads this one set; `BULLET_CLASS` is the set as a regex character class.
BULLETS = "-+•"
BULLET_CLASS = f"[{re.escape(BULLETS)}]"
VOWELS = frozenset("aeiouy")  # Vietnamese vowel letters, marks stripped (a letter's NFD base)
_UNDERTHESEA_RULES = ("pipeline", "text_normalize", "tn_rules_2023_07_14.bin")
_MAX_TOKEN = 6  # underthesea's token normalizer leaves longer tokens alone
_WORD = re.compile(r"\w+")
_DASHES = re.compile(r"[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]")
_SPACE_CHARS = r" \t\u00a0\u2000-\u200a\u202f\u205f\u3000"
_ODD_SPACE_CHARS = r"\t\u00a0\u2000-\u200a\u202f\u205f\u3000"
# a run of spaces as one ` `: only the runs that change (two or more, or one odd space) are
# matched, not each single ` ` between words (which cost a third of respelling)
_SPACES = re.compile(rf"[{_SPACE_CHARS}]{{2,}}|[{_ODD_SPACE_CHARS}]")
# a text with no odd space and no two spaces in a row has no run `_SPACES` changes: told by a
# scan for one class of characters and a substring test, far cheaper than the alternation
_ODD_SPACE = re.compile(rf"[{_ODD_SPACE_CHARS}]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")


@cache
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    """underthesea's (character map, token map)."""
    spec = importlib.util.find_spec("underthesea")
    if spec is None or spec.origin is None:
        raise KnowledgeError("underthesea is not installed (needed for its normalization tables)")
    path = Path(spec.origin).parent.joinpath(*_UNDERTHESEA_RULES)
    try:
        with path.open("rb") as handle:
            data = pickle.load(handle)  # a file of an installed dependency, not user input
    except OSError as exc:
        raise KnowledgeError(f"underthesea's normalization table is missing: {path}") from exc
    return dict(data["character"]), dict(data["token"])


# asked again and again of the same few words and phrases (a lexicon's, a table's column
# names: nine calls in ten repeat one seen before); bounded, for a long run of many plans
@lru_cache(maxsize=8192)
def respell(text: str) -> str:
    """The canonical spelling of one line: NFC, modern tone placement, `-` for every dash,
    single spaces, invisible characters dropped, no white space at either end."""
    return _respell(text).strip()


def respell_lines(texts: list[str]) -> list[str]:
    """`respell` of each line, done on the whole text at once (one pass instead of one per line;
    the operations never cross a line end)."""
    if not texts:
        return []
    joined = "\n".join(text.replace("\n", " ") for text in texts)
    return [line.strip() for line in _respell(joined).split("\n")]


def _respell(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    for odd, standard in _tables()[0].items():
        text = text.replace(odd, standard)
    text = _DASHES.sub("-", text)
    if "  " in text or _ODD_SPACE.search(text) is not None:
        text = _SPACES.sub(" ", text)
    if not has_old_spelling(text):
        return text  # most texts: the trie's pattern, tried at every character, is not run
    return _old_spellings().sub(lambda found: _modern(found[0], text), text)


def has_old_spelling(text: str) -> bool:
    """Whether a whole word of `text` (a run of `\\w`) is old-spelled (`_old_words`), found
    from the text's distinct pieces between white space (which no word crosses): a piece of
    letters alone is one whole word, another (`(hoà,`, `2026`) is split into its words."""
    old = _old_words()
    for piece in set(text.split()):
        if piece.isalpha():
            if piece in old:
                return True
        elif any(word in old for word in _WORD.findall(piece)):
            return True
    return False


def _modern(word: str, text: str) -> str:
    """The modern spelling of an old-spelled whole word of `text`, as replacing each old-spelled
    word of the text in turn, in sorted order, makes it: a word of the replacement is replaced
    again if it is old-spelled too, comes later in that order and is itself a word of the text
    (underthesea's table has `nghoé` → `nghóe` → `ngóe`)."""
    tokens = _old_words()
    return _WORD.sub(
        lambda piece: (
            _modern(piece[0], text)
            if piece[0] > word and piece[0] in tokens and _whole_word(piece[0]).search(text)
            else piece[0]
        ),
        tokens[word],
    )


@cache
def _old_words() -> dict[str, str]:
    """underthesea's old spellings and their modern ones (`hoà` → `hòa`)."""
    return {old: new for old, new in _tables()[1].items() if len(old) <= _MAX_TOKEN}


_Trie: TypeAlias = dict[str, "_Trie"]  # each next letter's subtree; "" marks a word's end


@cache
def _old_spellings() -> re.Pattern[str]:
    """Any old-spelled whole word of underthesea's table (`hoà`, `thuỷ`): one pattern, its
    words a trie (a branch for each next letter; 2,900 alternatives tried one after another
    would take twenty times as long)."""
    trie: _Trie = {}
    for word in _old_words():
        node = trie
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}
    return re.compile(rf"(?<!\w){_trie_pattern(trie)}(?!\w)")


def _trie_pattern(trie: _Trie) -> str:
    ends = "" in trie
    branches = [
        re.escape(letter) + _trie_pattern(rest) for letter, rest in sorted(trie.items()) if letter
    ]
    if not branches:
        return ""
    pattern = branches[0] if len(branches) == 1 and not ends else f"(?:{'|'.join(branches)})"
    return f"{pattern}?" if ends else pattern


def _whole_word(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")


class _Unmarking(dict[int, str]):
    """A `str.translate` table, each character to itself without its marks (`ộ` → `o`), filled
    as characters are met: a character's canonical decomposition is its own, so the whole
    text's NFD with the marks dropped is each character's."""

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFD", chr(code))
        self[code] = "".join(char for char in decomposed if not unicodedata.combining(char))
        return self[code]


_UNMARKING = _Unmarking()


def unmarked(text: str) -> str:
    """Lower case without tone or vowel marks, `đ` as `d` (`Vĩnh Phong` → `vinh phong`): what
    is left of a word when OCR loses its marks."""
    return text.casefold().replace("đ", "d").translate(_UNMARKING)


def slug(name: str) -> str:
    """`Phòng Văn hóa - Xã hội` → `phong-van-hoa-xa-hoi`."""
    return re.sub(r"[^a-z0-9]+", "-", unmarked(name)).strip("-")


def squash(text: str) -> str:
    """Runs of white space as one space, Markdown emphasis marks dropped, ends stripped.
    (`str.split` splits on the white space of the regex `\\s`, `str.isspace`: it is what a
    substitution of `\\s+` then a strip gives, without a match for every space.)"""
    return " ".join(text.replace("*", "").split())


def is_all_caps(text: str, least: int = 1) -> bool:
    """Every letter in capitals (and at least `least` letters). Stops at the first letter in
    lower case: asked of whole paragraphs as the joiner grows them (filter and map loop in C)."""
    letters = filter(str.isalpha, text)
    first = list(islice(letters, least))
    return len(first) >= least and all(map(str.isupper, first)) and all(map(str.isupper, letters))


def starts_lowercase(text: str) -> bool:
    """The first letter is in lower case."""
    for char in text:
        if char.isalpha():
            return char.islower()
    return False
