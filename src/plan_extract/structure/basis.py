"""The documents a plan rests on: `Căn cứ ...` / `Thực hiện ...` sentences before the body.

A sentence may cite several documents, separated by `;` or listed with `,` / `và`. A document
named inside another one's description (`Kế hoạch số 251/KH-UBND ... về việc triển khai Quyết
định số 2282/QĐ-TTg ...`) is part of that description, not a basis of its own; since a document
can only describe earlier ones, a later-dated document after a description starts a new citation.
A list of one kind (`Các Công điện: số 7 ngày ..., số 8 và số 9 ngày ...; số 10 ... của UBND
tỉnh`) prints a shared date after the last of a `và` pair and the shared issuer once, at its end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from plan_extract.core.contract import BasisDocument, DateParts
from plan_extract.normalize.place_levels import place_levels
from plan_extract.normalize.vocabulary import alternatives
from plan_extract.structure.dates import DATE_WORDS, find_date
from plan_extract.structure.names import expand_abbreviations
from plan_extract.structure.symbols import number_pattern, number_start
from plan_extract.structure.terms import HEADER_TERMS

# the lower-case letters of the words between a kind and its number (`Kế hoạch hành động số ...`)
_LOWER_LETTERS = "a-zà-ỹđ"
_MAX_LEAD = 16  # `Các Công điện: số ...`: a citation starts a clause, after a few words at most


@dataclass(frozen=True, slots=True)
class _Citation:
    kind: str
    start: int  # where the kind word starts
    number: re.Match[str] | None
    listed: bool = False  # a bare `số ...` after a list's kind
    word: str = ""  # the kind word as printed


@cache
def _kind_pattern() -> re.Pattern[str]:
    kinds = alternatives(HEADER_TERMS.load().basis_kinds)
    return re.compile(rf"(?<!\w)(?P<kind>{kinds})(?!\w)", re.IGNORECASE)


@cache
def _opening(words: tuple[str, ...]) -> re.Pattern[str]:
    """One of `words`, as whole words, where a text starts (after its spaces)."""
    return re.compile(rf"\s*(?:{alternatives(words)})\b", re.IGNORECASE)


def names_amendment(text: str) -> bool:
    """Whether `text`, what follows a kind word, opens an amending document's name (`Luật sửa
    đổi, bổ sung một số điều của Luật ...`): its `của` names the law amended, not an issuer."""
    return _opening(tuple(HEADER_TERMS.load().amending_words)).match(text) is not None


@cache
def _number() -> re.Pattern[str]:
    """`số 12/KH-UBND`, `12/KH-UBND`; after the kind also `hành động số`, `phối hợp số`, `: số`
    (a few lower-case words, then the number word)."""
    number_word = alternatives(HEADER_TERMS.load().number_words)
    return re.compile(
        rf"(?:(?:[{_LOWER_LETTERS}]+\s+){{0,3}}?:?\s*(?:{number_word})\s*:?\s*)?"
        rf"{number_pattern()}"
    )


@cache
def _bare_number() -> re.Pattern[str]:
    """`số 8/CĐ-UBND` without a kind before it (a list of one kind)."""
    number_word = alternatives(HEADER_TERMS.load().number_words)
    return re.compile(rf"(?<!\w)(?:{number_word})\s*{number_start()}")


@cache
def _issuer() -> re.Pattern[str]:
    """`của UBND tỉnh An Giang`: the issuer after `của`."""
    return re.compile(rf"\b(?:{alternatives(HEADER_TERMS.load().issuer_words)})\s+(?P<issuer>.+)")


@cache
def _issuer_end() -> re.Pattern[str]:
    """Where an issuer's name ends: a description word (with the rest of `về việc` a writer
    left before it: `việc ban hành`), a council's sitting or term after its name (`của HĐND
    tỉnh khóa X, kỳ họp thứ 9`, `nhiệm kỳ 2021 - 2026`: when the body met, as structure/dates.yaml
    reads them, not part of its name), a comma, a parenthesis or quotes."""
    terms, dates = HEADER_TERMS.load(), DATE_WORDS.load()
    words, topic = alternatives(terms.description_words), alternatives(terms.topic_forms)
    sitting = alternatives([*dates.sitting_words, *dates.term_leads])
    return re.compile(
        rf"\s(?:(?:{topic})\s+)?(?:{words})\b|\s(?:{sitting})(?!\w)|[,;(“\"]", re.IGNORECASE
    )


@cache
def _trailing_joiner() -> re.Pattern[str]:
    """A list joiner (`và`) left at the end of a document's text."""
    return re.compile(rf"\s+(?:{alternatives(HEADER_TERMS.load().list_joiners)})$")


@cache
def _issuer_tail() -> re.Pattern[str]:
    """The end of an issuer's text that is not its name: the date's clause (`, ngày ...`) or a
    list joiner."""
    terms, days = HEADER_TERMS.load(), DATE_WORDS.load().day_words
    return re.compile(
        rf"[\s,]+((?:{alternatives(days)})\s.*|(?:{alternatives(terms.list_joiners)}))$"
    )


@cache
def _lead_pattern() -> re.Pattern[str]:
    leads = alternatives(HEADER_TERMS.load().basis_leads)
    return re.compile(rf"^(?:{leads})\b\s*", re.IGNORECASE)


def is_basis_sentence(text: str) -> bool:
    return _lead_pattern().match(text) is not None


def glued_opening(text: str) -> int | None:
    """Where a basis sentence that a hard wrap glued to the line before starts (`... giai đoạn
    2026 - 2030 Căn cứ Kế hoạch số 12/KH-UBND ...;`): its lead with a capital, after a space,
    citing a numbered document, up to the `;` or `:` a basis sentence ends with (a title ends
    with neither); None when `text` holds none."""
    if not text.rstrip().endswith((";", ":")):
        return None
    for match in _inner_lead().finditer(text):
        if any(document.number for document in read_basis(text[match.start() :])):
            return match.start()
    return None


def cites_before(text: str) -> bool:
    """Whether `text` holds a basis sentence's lead with its capital (`... Căn cứ Nghị định số
    75/2017/NĐ-CP`): a date after it in the same text is the cited document's."""
    return is_basis_sentence(text) or _inner_lead().search(text) is not None


@cache
def _inner_lead() -> re.Pattern[str]:
    leads = alternatives(lead[:1].upper() + lead[1:] for lead in HEADER_TERMS.load().basis_leads)
    return re.compile(rf"(?<=\s)(?:{leads})(?!\w)")


def read_basis(text: str) -> list[BasisDocument]:
    """The documents cited in one basis paragraph."""
    entries: list[_Entry] = []
    kind: str | None = None  # `Các Công điện: số 7/CĐ-UBND ...; số 10/CĐ-UBND ...`: kind carries on
    issuer: str | None = None  # the issuer a list's head names for all its members
    for clause in _clauses(text):
        clause = clause.strip()
        while _lead_pattern().match(clause):
            clause = _lead_pattern().sub("", clause, count=1)
        if _opening(tuple(HEADER_TERMS.load().proposal_words)).match(clause):
            continue  # `Theo đề nghị của Sở ... tại Tờ trình số ...`: a proposal, no basis
        head = _list_head(clause, kind)
        if head is not None:
            issuer, kind, clause = head
        directed_by, clause = _directive(clause)
        citations = _citations(clause, kind)
        cited = _clause_documents(clause, citations)
        # the list's kind is its last document's or the one its head names, not a kind a
        # description names (`số 160/NQ-HĐND ... về kế hoạch đầu tư công ...; số 155/NQ-HĐND ...`:
        # a resolution still)
        if cited:
            kind = cited[-1].document.kind
        elif citations and citations[0].start <= _MAX_LEAD:
            kind = citations[0].kind
        for entry in cited:
            given = issuer or directed_by
            if given and entry.document.issuer is None:
                entry = replace(entry, document=entry.document.model_copy(update={"issuer": given}))
            entries.append(entry)
    return _share_in_lists(entries)


def _directive(clause: str) -> tuple[str | None, str]:
    """`ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại Công văn số ...`: a directive given in a
    document; the issuer the directive names (for a document that prints none after it) and
    the clause from the document on. (None, the clause) when it opens no directive."""
    match = _directive_pattern().match(clause)
    if match is None:
        return None, clause
    named = match.group("issuer")
    return (expand_abbreviations(named.strip()) if named else None), clause[match.end() :]


@cache
def _directive_pattern() -> re.Pattern[str]:
    terms = HEADER_TERMS.load()
    return re.compile(
        rf"(?:{alternatives(terms.directive_leads)})\s+"
        rf"(?:(?:{alternatives(terms.issuer_words)})\s+(?P<issuer>[^;]{{1,80}}?)\s+)?"
        rf"(?:{alternatives(terms.directive_at)})\s+",
        re.IGNORECASE,
    )


def _list_head(clause: str, kind: str | None) -> tuple[str | None, str, str] | None:
    """`các Quyết định của Thủ tướng Chính phủ về ...: Quyết định số 1629/QĐ-TTg ...; Quyết định
    số 790/QĐ-TTg ...`: a kind named without a number, then `:` and the documents of the list;
    the issuer the head prints (for every member that prints none), the kind it names (for a
    member printed as a bare `số ...`) and the clause after `:`. None when the clause opens no
    such list."""
    citations = _citations(clause, kind)
    if not citations or citations[0].number is not None or citations[0].start > _MAX_LEAD:
        return None
    colon = clause.find(":", citations[0].start)
    rest = clause[colon + 1 :] if colon >= 0 else ""
    members = _citations(rest, citations[0].kind)
    if not members or members[0].number is None or members[0].start > _MAX_LEAD:
        return None
    head = clause[:colon]
    return _document(head, citations[0], len(head)).issuer, citations[0].kind, rest


@dataclass(frozen=True, slots=True)
class _Entry:
    document: BasisDocument
    listed: bool  # a bare `số ...` continuing the list of the kind named before
    joined: bool  # nothing after its number but `và` / `,`: its date is printed after the next


def _share_in_lists(entries: list[_Entry]) -> list[BasisDocument]:
    """Give the members of a list of one kind the date and issuer printed once after them."""
    documents = [entry.document for entry in entries]
    for index in range(len(entries) - 2, -1, -1):
        following = entries[index + 1]
        if not following.listed:
            continue
        document, after = documents[index], documents[index + 1]
        update: dict[str, object] = {}
        if document.issuer is None:
            update["issuer"] = after.issuer
        if document.date is None and entries[index].joined:
            update["date"] = after.date
        documents[index] = document.model_copy(update=update)
    return documents


def _clauses(text: str) -> list[str]:
    """Split at `;` and at sentence ends (a full stop after a word, then a capital)."""
    clauses: list[str] = []
    for part in text.split(";"):
        start = 0
        for stop in re.finditer(r"(?<=\w{3})\.\s+(?=\w)", part):
            if part[stop.end()].isupper():
                clauses.append(part[start : stop.start()])
                start = stop.end()
        clauses.append(part[start:])
    return clauses


def _clause_documents(clause: str, citations: list[_Citation]) -> list[_Entry]:
    kept: list[_Citation] = []
    for citation in citations:
        if kept:
            previous = kept[-1]
            between = clause[_end(previous) : citation.start].casefold()
            if citation.number is None:
                continue
            if _in_parenthesis(between):
                continue  # cited inside a parenthesis of the previous document's description
            if _describes(between) and not (
                _joined(between) and _later(clause, citation, previous)
            ):
                continue
        elif citation.start > _MAX_LEAD:
            break  # the clause does not cite a document: it names one in passing
        elif citation.number is None and _plural_before(clause, citation):
            continue  # `các văn bản sau:`: a list's head, its documents follow
        elif citation.number is None and citation.word[:1].islower():
            continue  # `Theo thông báo của Bộ Y tế, ...`: a common noun, no document's title
        kept.append(citation)
    entries = []
    for index, citation in enumerate(kept):
        end = kept[index + 1].start if index + 1 < len(kept) else len(clause)
        between = clause[_end(citation) : end].strip(" ,").casefold()
        joined = between == "" or between in HEADER_TERMS.load().list_joiners
        entries.append(_Entry(_document(clause, citation, end), citation.listed, joined))
    return entries


def _plural_before(clause: str, citation: _Citation) -> bool:
    words = clause[: citation.start].split()
    return bool(words) and words[-1].casefold() in HEADER_TERMS.load().plural_words


def _joined(between: str) -> bool:
    """Whether the text before a citation ends with a list joiner (`... và Quyết định số ...`):
    a later document so joined after a description is a basis of its own; one named after
    `tại`, `theo` ... is part of the description (`được sửa đổi, bổ sung tại Nghị quyết ...`)."""
    words = between.split()
    return bool(words) and words[-1] in HEADER_TERMS.load().list_joiners


def _later(clause: str, citation: _Citation, previous: _Citation) -> bool:
    """Whether `citation` is dated after `previous`, so it cannot be named in its description."""
    own, earlier = _date_after(clause, citation), _date_after(clause, previous)
    return own is not None and earlier is not None and (own.iso or "") > (earlier.iso or "")


def _date_after(clause: str, citation: _Citation) -> DateParts | None:
    tail = clause[_end(citation) :]
    return find_date(_before_issuer_end(tail)) or find_date(tail[:40])


def _citations(clause: str, kind: str | None) -> list[_Citation]:
    """Kind words with their numbers, and bare `số ...` numbers of the last kind named.

    A bare number after a kind without one is that document's (`Luật Bình đẳng giới số ...`),
    unless the kind is plural (`các Quyết định của Thủ tướng Chính phủ: số ...`): a list's head,
    the number its first member's."""
    kinds = HEADER_TERMS.load().basis_kinds
    found: list[_Citation] = []
    for match in _kind_pattern().finditer(clause):
        offset = match.end() + len(clause[match.end() :]) - len(clause[match.end() :].lstrip())
        number = _number().match(clause, offset)
        named = kinds[match.group("kind").casefold()]
        found.append(_Citation(named, match.start(), number, word=match.group("kind")))
    taken = [(c.start, _end(c)) for c in found]
    for bare in _bare_number().finditer(clause):
        if any(start <= bare.start() < end for start, end in taken):
            continue
        before = [c for c in found if c.start < bare.start()]
        bare_kind = before[-1].kind if before else kind
        if bare_kind is None:
            continue
        number = _number().match(clause, bare.start())
        if (
            before
            and before[-1].number is None
            and not _plural_before(clause, before[-1])
            and _names(clause[before[-1].start : bare.start()])
        ):
            found[found.index(before[-1])] = _Citation(bare_kind, before[-1].start, number)
        else:
            found.append(_Citation(bare_kind, bare.start(), number, listed=True))
    return sorted(found, key=lambda citation: citation.start)


def _names(text: str) -> bool:
    """Whether `text`, from a kind word to a `số ...`, is that document's name (`Luật Bình đẳng
    giới số 73/2006/QH11`): no `;`, no `,` but one inside the name (`Luật Phòng, chống thiên
    tai số ...`: a lower-case word after it) and no description word between, so the number
    is its."""
    cut = re.search(rf"[;()]|,(?!\s*[{_LOWER_LETTERS}])", text)
    return not cut and not _describes(text.casefold())


def _end(citation: _Citation) -> int:
    return citation.number.end() if citation.number else citation.start


def _in_parenthesis(between: str) -> bool:
    return between.count("(") > between.count(")")


def _describes(between: str) -> bool:
    return any(word.search(between) for word in _description_words())


@cache
def _description_words() -> tuple[re.Pattern[str], ...]:
    """The description words, each as a whole word (compiled once per process)."""
    words = HEADER_TERMS.load().description_words
    return tuple(re.compile(rf"(?<!\w){re.escape(word)}(?!\w)") for word in words)


def _document(clause: str, citation: _Citation, end: int) -> BasisDocument:
    text = clause[citation.start : end].strip().rstrip(",;. ")
    text = _trailing_joiner().sub("", text)
    tail = clause[_end(citation) : end]
    number = re.sub(r"\s+", "", citation.number.group("number")) if citation.number else None
    if citation.number is None and (
        citation.word.casefold() in HEADER_TERMS.load().named_kinds
        or names_amendment(clause[citation.start + len(citation.word) :])
    ):
        # a law cited by its name (`Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân
        # ngày ...`, `Luật sửa đổi, bổ sung một số điều của Luật ... ngày 22/11/2019`): the
        # name runs to its date, its `của` is the name's, and no issuer is printed
        return BasisDocument(text=text, kind=citation.kind, number=None, date=find_date(tail))
    date = find_date(_before_issuer_end(tail)) or find_date(tail[:40])
    issuer_match = _issuer().search(tail)
    issuer = None
    if issuer_match and not _describes(tail[: issuer_match.start()]):
        # a `của` after the description began is the description's (`... về nâng cao hiệu quả
        # hoạt động của các đơn vị sự nghiệp`), no issuer printed
        joint = _joint(clause[citation.start : _end(citation)])
        issuer_text = _before_issuer_end(issuer_match.group("issuer"), joint=joint)
        issuer_text = _before_next_document(issuer_text)
        issuer_text = _issuer_tail().sub("", issuer_text.strip()).strip(" .,")
        issuer = expand_abbreviations(issuer_text) or None
    return BasisDocument(text=text, kind=citation.kind, number=number, date=date, issuer=issuer)


def _joint(cited: str) -> bool:
    """Whether a citation, its kind word to its number, names a joint document (`Thông tư liên
    tịch số ...`, `.../TTLT-BTC-BNV`)."""
    folded = cited.casefold()
    return any(marker.casefold() in folded for marker in HEADER_TERMS.load().joint_markers)


def _before_issuer_end(text: str, *, joint: bool = False) -> str:
    """`text` up to the description, the date's clause or the next document.

    An issuer's name may hold commas (`Ban Chỉ đạo phát triển khoa học, công nghệ, ...`): a comma
    ends it only before a capital or a figure (the next document, the plan's own sentence). A
    joint document's issuers are listed with commas: one before another ministry goes on.
    """
    for match in _issuer_end().finditer(text):
        following = text[match.end() :].lstrip()[:1]
        if (
            match.group() == ","
            and following.isalpha()
            and following.islower()
            and not _place_ends_name(text[: match.start()], text[match.end() :])
        ):
            continue
        if match.group() == "," and _between_fields(text[: match.start()], text[match.end() :]):
            continue
        if match.group() == "," and joint and _ministry().match(text[match.end() :]):
            continue
        return text[: match.start()]
    return text


@cache
def _place_name_end() -> re.Pattern[str]:
    """The last unit type of a text and the words after it (`... tỉnh Kiên Giang`)."""
    types = alternatives(place_levels())
    return re.compile(rf".*(?<!\w)(?:{types})(?P<name>(?:\s+[^\s,]+)+)$")


def _place_ends_name(before: str, after: str) -> bool:
    """A comma after a body's place, its name in capitals, ends the body's name (`của UBND tỉnh
    Kiên Giang, rà soát hộ nghèo ...`: the description, opened without a description word),
    unless a larger place follows (`UBND huyện Bình Chánh, thành phố Hồ Chí Minh`)."""
    place = _place_name_end().match(before)
    if place is None or not all(word[:1].isupper() for word in place.group("name").split()):
        return False
    return not _opening(tuple(place_levels())).match(after)


@cache
def _ministry() -> re.Pattern[str]:
    """Another ministry opening a text (`Bộ Nội vụ`): a joint document's next issuer."""
    return _opening(tuple(HEADER_TERMS.load().placeless_offices))


_MAX_FIELDS = 4  # `Bộ Văn hóa, Thể thao và Du lịch`: the fields after an office's first one


def _between_fields(before: str, after: str) -> bool:
    """A comma between two fields of an office's name, each opened by a capital (names.
    office_case): `của Bộ Văn hóa, Thể thao và Du lịch`, `Bộ Lao động, Thương binh và Xã hội`.
    Before it an office's kind and its first field; after it fields up to a joiner and the last
    one; not when another body opens after the comma (`của Bộ Y tế, Ủy ban nhân dân tỉnh`)."""
    terms = HEADER_TERMS.load()
    office = _office_field_end().match(before)
    if office is None or not _one_field(office.group("field").split()):
        return False
    folded = f"{' '.join(after.split()).casefold()} "
    bodies = [*terms.office_kinds, *terms.issuing_bodies, *terms.parent_bodies]
    if any(folded.startswith(f"{body.casefold()} ") for body in bodies):
        return False
    joiners = {word for word in terms.field_joiners if word.isalpha()}
    field: list[str] = []
    fields, last = 0, False  # fields closed so far; whether a joiner opened the current one
    for word in after.replace(",", " , ").split():
        if word == "," or word in joiners:
            if not _one_field(field) or fields >= _MAX_FIELDS:
                return False
            fields, field, last = fields + 1, [], word in joiners
            continue
        field.append(word)
        if last and len(field) == 1:
            return word[:1].isupper()  # the joiner's field closes the name
    return False


def _one_field(words: list[str]) -> bool:
    """A field of an office's name: a capital, then small letters (`Thể thao`, `Văn hóa`)."""
    return (
        bool(words)
        and words[0][:1].isupper()
        and all(w.isalpha() and w.islower() for w in words[1:])
    )


@cache
def _office_field_end() -> re.Pattern[str]:
    """An office named by its fields and the field printed after it, at the end of a text (`...
    Bộ Văn hóa`)."""
    kinds = alternatives(HEADER_TERMS.load().field_offices)
    return re.compile(rf".*(?<!\w)(?:{kinds})\s+(?P<field>[^,]+)$")  # the last kind printed


# a bare number after a kind word: a project known by its number (`Đề án 06`), not a document's
# number, which holds its symbol (`Quyết định 1745/QĐ-BYT`)
_PROJECT_NUMBER = re.compile(r"\s+\d+(?!\d|\s?[/-]|[.,]\d|\w)")


def _before_next_document(text: str) -> str:
    """`text` up to a capitalised kind word (`... Quyết định số`); a lower-case one is part of a
    name (`Ban Chỉ đạo ... và đề án 06`), and so is one a bare number follows: the bodies set up
    for a project known by its number are named by it (`Tổ công tác Đề án 06 tỉnh`, `Ban Chỉ
    đạo ... Chuyển đổi số và Đề án 06`), and one an office's kind precedes, the field it manages
    (`Bộ Kế hoạch và Đầu tư`)."""
    for match in _kind_pattern().finditer(text):
        if (
            match.group("kind")[:1].isupper()
            and not _PROJECT_NUMBER.match(text, match.end())
            and not _office_before().search(text[: match.start()])
        ):
            return text[: match.start()]
    return text


@cache
def _office_before() -> re.Pattern[str]:
    """An office named by its fields, at the end of a text: a kind word after it is the field it
    manages (`Bộ Kế hoạch và Đầu tư`, `Sở Kế hoạch và Đầu tư`), no document."""
    kinds = alternatives(HEADER_TERMS.load().field_offices)
    return re.compile(rf"(?<!\w)(?:{kinds})\s+$")
