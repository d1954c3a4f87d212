"""The closing: `Nơi nhận` (the recipients, bottom left) and the signature block (bottom right).

In Word and PDF the two stand side by side; when the reader knows the blocks (FOOTER_LEFT,
FOOTER_RIGHT) they are used, otherwise the recipients are the `- ` items after `Nơi nhận:` up to
`Lưu` (the archive copy, not a recipient) and the signature is what follows them, or what
follows its first line (`TM. ỦY BAN NHÂN DÂN`) up to a `Nơi nhận:` when it comes first.
"""

from __future__ import annotations

import re
from functools import cache

from plan_extract.core.contract import Signer
from plan_extract.core.text import BULLET_CLASS, is_all_caps
from plan_extract.normalize.model import Line
from plan_extract.normalize.patterns import BULLET
from plan_extract.normalize.vocabulary import alternatives, longest_first
from plan_extract.read.layout_cues import recipients_label_at, signature_prefix_at
from plan_extract.read.model import Block
from plan_extract.structure.names import (
    capitalized_run,
    expand_abbreviations,
    sentence_case,
    title_case,
)
from plan_extract.structure.terms import HEADER_TERMS

_ITEM_END = ";.,"
_INLINE_ITEM = re.compile(
    rf"(?<=;)\s+(?={BULLET_CLASS}\s)"
)  # `...; - UBND tỉnh`: the next item on the line
_SUB_ITEM = re.compile(r":\s*\+\s+")
_LONE_BULLET = re.compile(
    rf"(?<=;)\s*{BULLET_CLASS}$"
)  # `...; -` then `Lưu: VT.`: a bullet cut from its item
_NOISE = re.compile(r"^[~_|`'\"^]+\s*")  # specks an OCR reads before a line's first mark
# a note in the signature block where the signature goes: `(Đã ký)`, `(Ký, ghi rõ họ tên)`,
# `[daky]`
_SIGNATURE_NOTE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def split_closing(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """The closing's recipients lines and signature lines."""
    left = [line for line in lines if line.block is Block.FOOTER_LEFT]
    right = [line for line in lines if line.block is Block.FOOTER_RIGHT]
    if left and not right:
        # the reader closed the table after `Nơi nhận`: a signature cell with a blank line for
        # the signature, or `(Đã ký)` set apart, reads as text after the recipients; a
        # signature printed above the recipients, out of any table, as text before them
        rest = [line for line in lines if line.block is not Block.FOOTER_LEFT]
        return left, _by_text(rest)[1]
    if right and not left:
        # the signature's table stands alone and `Nơi nhận` is printed under it as text
        rest = [line for line in lines if line.block is not Block.FOOTER_RIGHT]
        return _by_text(rest)[0], right
    if left or right:
        # a line of the left column after the archive copy is the signature's when the
        # signature has no name (an OCR's columns may set the name, printed lowest, on the
        # left); else it is a filing note (`08 KH`)
        archived = next(
            (
                index
                for index, line in enumerate(left)
                if any(_is_archive(_bare(item)) for item in _items(line.text))
            ),
            None,
        )
        if archived is not None and right and _unnamed(right):
            return left[: archived + 1], right + left[archived + 1 :]
        return left, right
    return _by_text(lines)


def _unnamed(signature: list[Line]) -> bool:
    signer = read_signer(signature)
    return signer is not None and signer.name is None


def _by_text(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """The recipients and signature lines of a closing whose blocks no reader marked."""
    recipients: list[Line] = []
    signature: list[Line] = []
    state = "before"
    for line in lines:
        if state != "recipients" and recipients_label_at(line.text):
            state = "recipients"
        if state == "recipients":
            recipients.append(line)
            if any(_is_archive(_bare(item)) for item in _items(line.text)):
                state = "signature"
            continue
        if state == "signature" or signature_prefix_at(line.text) or _signs_as(line.text):
            signature.append(line)
            state = "signature"
    return recipients, _without_filing_note(signature)


def _without_filing_note(signature: list[Line]) -> list[Line]:
    """The signature without the lines printed before its first line under the archive copy:
    the typist's filing note (the file's path, `Sonnh\\QD556.85b.`), which the signature's own
    lines (`KT. CHỦ TỊCH`, `GIÁM ĐỐC`) follow. A signature with no such line is left whole."""
    opening = next(
        (
            index
            for index, line in enumerate(signature)
            if signature_prefix_at(line.text) or _signs_as(line.text)
        ),
        0,
    )
    return signature[opening:]


def _signs_as(text: str) -> bool:
    """A position in capitals alone on its line (`GIÁM ĐỐC`): a head signing in his own name,
    without `TM.` or `KT.` above."""
    position = position_at(text)
    return position is not None and is_all_caps(text) and not text[len(position) :].strip()


def _is_archive(text: str) -> bool:
    """`Lưu: VT.`: the archive copy, which ends the recipients; also without the colon before
    the office's capitals (`Lưu VT, NC.`; `Lưu trữ lịch sử tỉnh` is a recipient)."""
    match = _archive().match(text)
    if match is None:
        return False
    office = match.group("rest")[:2]
    return bool(match.group("colon")) or (office.isalpha() and office.isupper())


@cache
def _archive() -> re.Pattern[str]:
    labels = alternatives(HEADER_TERMS.load().archive_labels)
    return re.compile(rf"^(?:{labels})(?:(?P<colon>\s*:)|\s+)(?P<rest>.*)", re.I)


def _items(text: str) -> list[str]:
    """The items of a recipients line without their bullets: one, or several when a converter
    set the list on one line (`- Như trên; - UBND tỉnh; - Lưu: VT.`)."""
    text = _LONE_BULLET.sub("", _without_label(_NOISE.sub("", text)))
    return _INLINE_ITEM.split(text)


def _bare(item: str) -> str:
    """An item without its bullet."""
    return BULLET.sub(r"\g<rest>", item)


def read_recipients(lines: list[Line]) -> list[str]:
    """The `Nơi nhận` items up to the archive copy: an item starts at a bullet, or after an item
    that ended with `;`; other lines continue the item they are cut from."""
    items: list[str] = []
    for line in lines:
        for text in _items(line.text):
            if _is_archive(_bare(text)):
                return _cleaned(items)  # the archive copy ends the list
            if not text:
                continue
            bullet = BULLET.match(text)
            if bullet:
                items.append(bullet.group("rest"))
            elif items and not items[-1].rstrip().endswith(";"):
                items[-1] = f"{items[-1]} {text}"
            else:
                items.append(text)
    return _cleaned(items)


def _cleaned(items: list[str]) -> list[str]:
    """Items without their final mark, and without the `+ ` of a sub-item set on its head's
    line (`VPUB: + CVP, các PCVP` → `VPUB: CVP, các PCVP`)."""
    cleaned = [_SUB_ITEM.sub(": ", item).strip().rstrip(_ITEM_END).strip() for item in items]
    return [item for item in cleaned if item and not _is_archive(item)]


def _without_label(text: str) -> str:
    """`text` after a `Nơi nhận:` label it starts with."""
    label = recipients_label_at(text)
    return text[label.end :].lstrip().removeprefix(":").lstrip() if label else text


def read_signer(lines: list[Line]) -> Signer | None:
    """Authority (`TM. Ủy ban nhân dân`, `KT. Chủ tịch`), position and name. A head's deputy
    acting for him (`Q. CHỦ TỊCH`) holds that line as his position. A table reader that joins a
    cell's paragraphs with `;` (`KT. CHỦ TỊCH; PHÓ CHỦ TỊCH; Vi Thị Lan`) gives its lines."""
    parts = [part for line in lines for part in _SIGNATURE_NOTE.sub(" ", line.text).split(";")]
    text = " ".join(_without_note(part) for part in parts)
    authorities: list[str] = []
    acting: str | None = None
    rest = text.strip()
    while prefix := signature_prefix_at(rest):
        rest = rest[prefix.end :].lstrip()
        phrase = position_at(rest) or _caps_run(rest)
        if not phrase:
            break
        signed = f"{prefix.printed} {_spell(phrase)}"
        if prefix.printed.casefold() in _acting_prefixes():
            acting = signed
        else:
            authorities.append(signed)
        rest = rest[len(phrase) :].strip()
    position = position_at(rest)
    if position:
        rest = rest[len(position) :].strip()
    name = _name(rest)
    if not (authorities or position or acting or name):
        return None
    return Signer(
        name=name,
        position=_spell(position) if position else acting,
        authority=", ".join(authorities) or None,
    )


@cache
def _acting_prefixes() -> frozenset[str]:
    return frozenset(prefix.casefold() for prefix in HEADER_TERMS.load().acting_prefixes)


def _without_note(text: str) -> str:
    """A signature line without a note printed bare where the signature goes (`Đã ký`, also
    before the name: `Đã ký: Lê Văn Hùng`)."""
    return _signature_note().sub("", text.strip())


@cache
def _signature_note() -> re.Pattern[str]:
    notes = alternatives(HEADER_TERMS.load().signature_notes)
    return re.compile(rf"^(?:{notes})(?!\w)\s*:?\s*", re.I)


def position_at(text: str) -> str | None:
    folded = text.casefold()
    for position in longest_first(HEADER_TERMS.load().positions):
        if folded.startswith(position) and not folded[len(position) : len(position) + 1].isalpha():
            return text[: len(position)]
    return None


def _caps_run(text: str) -> str:
    """The capitals after `TM.`: the body signed for, up to a position or the next prefix."""
    words: list[str] = []
    rest = text
    for word in text.split():
        if words and position_at(rest):
            break
        if not is_all_caps(word) or signature_prefix_at(word):
            break
        words.append(word)
        rest = rest.lstrip()[len(word) :].lstrip()
    return " ".join(words)


def _spell(phrase: str) -> str:
    spelled = sentence_case(expand_abbreviations(phrase))  # `TM. UBND TỈNH`
    for plain, written in _spellings():
        spelled = plain.sub(written, spelled)
    return spelled[:1].upper() + spelled[1:]


@cache
def _spellings() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each position as a whole word in any case, the longest first, and as running text
    writes it; a body's own board too (`TM. BAN THƯỜNG TRỰC` → `Ban Thường trực`). Compiled
    once per process."""
    terms = HEADER_TERMS.load()
    spelling = terms.position_spelling | {board: board for board in terms.own_boards}
    return tuple(
        (re.compile(rf"(?<!\w){re.escape(plain)}(?!\w)", re.I), spelling[plain])
        for plain in longest_first(spelling)
    )


def _name(text: str) -> str | None:
    words = _without_titles(text).split()
    for index, word in enumerate(words):
        if word[:1].isupper() and not is_all_caps(word):
            run = capitalized_run(words[index:])
            run = [w for w in run if not is_all_caps(w) or len(w) == 1]
            return " ".join(run) or None
    caps = capitalized_run(words)
    return title_case(" ".join(caps)) if caps else None


def _without_titles(text: str) -> str:
    """`text` without the titles printed before a name: a courtesy (`Ông`), a rank (`Đại tá`)
    or degrees, one after another and run together (`ThS.BS.`)."""
    rest = text.strip()
    while title := _title_at(rest):
        rest = rest[len(title) :].lstrip()
    return rest


def _title_at(text: str) -> str | None:
    folded = text.casefold()
    for title in longest_first(HEADER_TERMS.load().honorifics):
        # a degree ends in its dot (`TS.`); a word must end where the title does
        after = folded[len(title) : len(title) + 1]
        if folded.startswith(title.casefold()) and (title.endswith(".") or not after.isalpha()):
            return text[: len(title)]
    return None
