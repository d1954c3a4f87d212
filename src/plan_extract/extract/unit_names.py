"""How bodies are named in a line of a plan: the lexicon's names and collectives, bodies missing
from it named by the genre's pattern (a head noun and a proper name), and lists of them (`A, B
và các C`). Each function reads tokens of one parsed line; units.py decides which lists are
assignments.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from plan_extract.core.contract import Span
from plan_extract.core.word_lists import phrase_length_at
from plan_extract.extract import lexicon
from plan_extract.extract.context import CLAUSE_BREAKS, BodyLine, once_per_line
from plan_extract.extract.nlp import Hit

NAME_MAX_TOKENS = 14  # tokens of a body's name missing from the lexicon, at most
_PLACE_MIN_SYLLABLES = 2  # a place's proper name closing a name (`Hà Giang`), at least


def list_words() -> lexicon.UnitListWords:
    return lexicon.UNIT_LEXICON.load().lists


def spell_levels(name: str) -> str:
    """`name` with its level words spelled out where plans abbreviate them (`Ủy ban nhân dân
    TP. Bà Rịa` → `Ủy ban nhân dân thành phố Bà Rịa`: UnitListWords.level_short_forms), the
    longest short form first."""
    forms = list_words().level_short_forms
    if not forms:
        return name
    return _level_short_forms().sub(lambda short: forms[short.group()], name)


@cache
def _level_short_forms() -> re.Pattern[str]:
    """The level words' short forms, one alternation, the longest first (read once: every unit
    name is spelled with it)."""
    forms = sorted(list_words().level_short_forms, key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, forms))})(?!\w)")


def tail_end(line: BodyLine, token: int) -> int:
    """The token after a unit's name and its level word / place name (`xã An Hưng`)."""
    doc = line.parse.doc
    tails = list_words().tails
    while token < len(doc) and (
        doc[token].lower_ in tails
        or (doc[token].is_digit and len(doc[token]) <= 2)
        or (doc[token].text[:1].isupper() and doc[token].is_alpha and not unit_at(line, token))
    ):
        token += 1
    return token


def place_names(line: BodyLine, hit: Hit) -> list[Span]:
    """`UBND các huyện An Lão, Vĩnh Thạnh và Phù Cát`: the places' proper names listed right
    after a collective of places `hit` (or after its colon), one span each; none where a name
    in lower case or another body follows the collective (`UBND các huyện, Sở Y tế`). The
    list ends at the first word that is no place's (`... Phù Cát triển khai thực hiện`)."""
    words = line.parse.words
    token = hit.last_token
    if token < len(words) and words[token] == ":":
        token += 1
    spans: list[Span] = []
    while True:
        end = place_end(line, token)
        if end == token:
            return spans
        spans.append(line.span(token, end))
        joins = end < len(words) and (
            words[end] == "," or words[end].lower() in list_words().conjunction_words
        )
        if not joins:
            return spans
        token = end + 1


def place_end(line: BodyLine, token: int) -> int:
    """The token after the place's proper name opening at `token` (`Vĩnh Thạnh`), `token` where
    none opens there. A name ends where the place's ends, not inside it: a head noun's word
    after the place's first word, no mark between (`Phòng` in `Hải Phòng`), is the place's."""
    end = token
    while end < len(line.parse.words) and _place_word(line, end, inside=end > token):
        end += 1
    return end


def _place_word(line: BodyLine, token: int, inside: bool) -> bool:
    """A word of a place's proper name (`Vĩnh`, `Thạnh`): capitalized, opening no body; `inside`
    the name, a head noun's word too."""
    word = line.parse.words[token]
    return (
        word.isalpha()
        and capitalized(word)
        and unit_at(line, token) is None
        and (inside or token not in org_heads(line))
        and token not in line.hits_from("OFFICE_HOLDER")
    )


# the labels of the phrases every name `unit_list` reads starts with (`unit_at`, `named_at`,
# `_parent_collective`) or `head_members` heads
_BODY_LABELS: frozenset[lexicon.PhraseLabel] = frozenset(
    {"UNIT", "ADDRESSED", "NAMED_ORG", "GENERIC_COLLECTIVE", "ORG_HEAD"}
)


def may_name_bodies(line: BodyLine) -> bool:
    """Whether the line holds a phrase a body's name may start with: on a line holding none,
    `unit_list`, `asked_list`, `cooperating_units` and `head_members` find nothing, wherever
    they start (most of a plan's lines name no body)."""
    return line.parse.holds(_BODY_LABELS)


def unit_at(line: BodyLine, token: int, addressed: bool = False) -> Hit | None:
    """The longest unit name at `token`; with `addressed`, collectives that count only where
    addressed as a whole too (a heading, a label list)."""
    starting = line.hits_from("UNIT").get(token, ())
    if not starting and not addressed:
        return None  # most tokens: no name starts there
    hits = [h for h in starting if not names_no_body(line, h)]
    if addressed:
        hits = [*hits, *addressed_hits(line).get(token, ())]
    if not hits:
        return None
    found = max(hits, key=lambda h: h.last_token)
    if found is not None and found.label == "ADDRESSED":
        # `các Sở Y tế và ...`: a body's name running on past the collective's is the body's
        inner = [
            h
            for h in line.parse.of("UNIT")
            if token < h.first_token < found.last_token < h.last_token
        ]
        return max(inner, key=lambda h: h.last_token, default=found)
    return found


def addressed_hits(line: BodyLine) -> dict[int, list[Hit]]:
    """The line's names of collectives counting where addressed as a whole (label ADDRESSED)
    by the token they start at, less a person's title standing alone (`_unpaired_title`)."""
    return {
        token: kept
        for token, hits in line.hits_from("ADDRESSED").items()
        if (kept := [h for h in hits if not _unpaired_title(line, h)])
    }


def addressed_list(line: BodyLine) -> list[Hit]:
    """`addressed_hits` as one list, by start, longest first."""
    return [h for h in line.parse.of("ADDRESSED") if not _unpaired_title(line, h)]


def paired_titles(line: BodyLine) -> list[Hit]:
    """The collectives `addressed_list` finds under a person's title (`Bộ trưởng` beside
    `Thủ trưởng cơ quan ngang bộ`: UnitListWords.paired_titles)."""
    titles = list_words().paired_title_words
    words = line.parse.words
    return [
        h
        for h in addressed_list(line)
        if tuple(lexicon.fold(w) for w in words[h.first_token : h.last_token]) in titles
    ]


def _unpaired_title(line: BodyLine, hit: Hit) -> bool:
    """Whether a collective's addressed name that is also one person's title (`Bộ trưởng`:
    UnitListWords.paired_titles) stands without the other collective under its head's title
    that must follow it in its list (`Bộ trưởng, Thủ trưởng cơ quan ngang bộ`): before a
    ministry's name (`Bộ trưởng Bộ Y tế`) or another title of one person it names no
    collective."""
    words = line.parse.words
    if tuple(lexicon.fold(w) for w in words[hit.first_token : hit.last_token]) not in (
        list_words().paired_title_words
    ):
        return False
    token = hit.last_token
    while token < len(words) and words[token].lower() in list_words().joiners:
        token += 1
    holders = line.hits_from("OFFICE_HOLDER").get(token, [])
    after = max((h.last_token for h in holders), default=token)
    return not holders or not line.hits_from("ADDRESSED").get(after)


def names_no_body(line: BodyLine, hit: Hit) -> bool:
    """Whether a unit name found in the line names no body there: it closes a common word
    (`_in_compound`), stands inside a document's number and symbol (`_in_symbol`), inside a
    club's name (`_in_club`), after a body as its village (`_body_s_village`), inside the
    name of a body a commune has in a village (`_in_village_body`) or inside a kind of
    body's noun (`_in_kind_noun`). Read once for each hit of the line: the rules ask it of a
    name again at each start a list of units is read from."""
    answers = _no_body_answers(line)
    if hit not in answers:
        answers[hit] = _reads_no_body(line, hit)
    return answers[hit]


@once_per_line
def _no_body_answers(line: BodyLine) -> dict[Hit, bool]:
    """`names_no_body`'s answers for the line's hits read so far."""
    return {}


def _reads_no_body(line: BodyLine, hit: Hit) -> bool:
    return (
        _in_compound(line, hit)
        or _in_kind_noun(line, hit)
        or _in_symbol(line, hit)
        or _in_club(line, hit)
        or _body_s_village(line, hit)
        or _in_village_body(line, hit)
    )


def _in_village_body(line: BodyLine, hit: Hit) -> bool:
    """Whether the name stands inside the name of a body a commune has in a village
    (`village_bodies`): `Hội Phụ nữ` and `thôn` in `Chi hội Phụ nữ thôn 2`, `ấp` in `Tổ Hòa
    giải ấp Bình Minh` name no body of their own."""
    return any(
        body.first_token <= hit.first_token and hit.last_token <= body.last_token
        for body in village_bodies(line)
    )


_VILLAGE_BODY_WORDS = 5  # words of a village body's name between its head and its village
_VILLAGE_NAME_WORDS = 4  # words of a village's own name (`Bình Minh`), at most
# the words that make a sentence of a head and a village (`Tổ chức tập huấn ở thôn Đông`,
# `Tổ trưởng thôn Đông`, `Ban hành quy chế thôn`): no body's name holds them
_NOT_IN_VILLAGE_BODY: tuple[lexicon.PhraseLabel, ...] = (
    "LEAD_WORD",
    "COOPERATE_WORD",
    "REQUEST",
    "STATE_WORD",
    "ACTIVITY_WORD",
    "OFFICE_HOLDER",
    "GENERIC_COLLECTIVE",
)


@once_per_line
def village_bodies(line: BodyLine) -> tuple[Hit, ...]:
    """The bodies a commune has in its villages that the line names (units.yaml
    `village_body_heads`): a head in capitals, at most `_VILLAGE_BODY_WORDS` words, the
    village's bare word in lower case and the village's own name or number (`Tổ Hòa giải ấp
    Bình Minh`, `Chi hội Phụ nữ thôn 2`, `Tổ tự quản khu phố 3`): one body missing from the
    lexicon, named as printed with its place (corpus/ANNOTATION.md, units), as hits of label
    NAMED_ORG. The village alone, or a generic description (`các tổ chức ở thôn Đông`, `nhân
    dân thôn Đông`), names none."""
    villages = lexicon.UNIT_LEXICON.load().villages
    words = line.parse.words
    articles = list_words().article_words
    found: list[Hit] = []
    for village in line.parse.of("UNIT"):
        first = village.first_token
        if village.id not in villages or not words[first].islower() or words[first] in articles:
            continue
        end = _village_name_end(words, village.last_token)
        head = _village_body_head(line, first) if end is not None else None
        if head is not None and end is not None:
            span = line.span(head, end)
            found.append(Hit("NAMED_ORG", "", span[0], span[1], head, end))
    return tuple(found)


def _village_name_end(words: Sequence[str], token: int) -> int | None:
    """Where a village's own name or number after its bare word at `token` ends (`thôn | Đông`,
    `ấp | Bình Minh`, `thôn | 2`, `khu phố | số 3`); None when none follows."""
    if token < len(words) and words[token].isdigit():
        return token + 1
    numbered = token + 1 < len(words) and words[token + 1].isdigit()
    if numbered and lexicon.fold(words[token]) in list_words().village_number_syllables:
        return token + 2
    end = token
    while end < min(len(words), token + _VILLAGE_NAME_WORDS) and capitalized(words[end]):
        end += 1
    return end if end > token else None


def _village_body_head(line: BodyLine, village: int) -> int | None:
    """The token of the head noun in capitals (units.yaml `village_body_heads`) opening a
    village body's name before the village's word at `village`, the words between plain
    (`_NOT_IN_VILLAGE_BODY`, no mark, no figure); None where the lexicon's name, a head's title
    or an activity opens there (`Tổ dân phố`, `Ban nhân dân`, `Tổ chức`: their own readings)."""
    words = line.parse.words
    openers = list_words().village_body_openers
    blocked = {
        at
        for label in _NOT_IN_VILLAGE_BODY
        for h in line.parse.of(label)
        for at in range(h.first_token, h.last_token)
    }
    for at in range(village - 1, max(village - _VILLAGE_BODY_WORDS - 3, -1), -1):
        size = phrase_length_at(words, at, openers)
        if size and at + size <= village and capitalized(words[at]):
            opened = at in line.hits_from("UNIT") or at in blocked
            return None if opened or village - at - size > _VILLAGE_BODY_WORDS else at
        if at in blocked or not words[at].isalpha():
            return None
    return None


def _body_s_village(line: BodyLine, hit: Hit) -> bool:
    """Whether a village's bare word in lower case stands right after a body's name and before
    the village's own name or number (`Hội Nông dân thôn Đông`, `Hội Cựu chiến binh ấp 3`): the
    body's place, as `xã An Hưng` is a commune's (corpus/ANNOTATION.md, units: a body is named
    without its level), no village of its own. Named apart (`Hội Nông dân và các thôn`, `Hội
    Nông dân, thôn Đông`), the village stays one."""
    first = hit.first_token
    words = line.parse.words
    if hit.last_token != first + 1 or first + 1 >= len(words) or not words[first].islower():
        return False
    villages = lexicon.UNIT_LEXICON.load().villages
    after = words[first + 1]
    if hit.id not in villages or not (after[:1].isupper() or after.isdigit()):
        return False
    return any(h.last_token == first and h.id not in villages for h in line.parse.of("UNIT"))


def _in_club(line: BodyLine, hit: Hit) -> bool:
    """Whether the name stands inside the name of a club (`Câu lạc bộ Hội Nông dân phường`,
    `Câu lạc bộ Gia đình hạnh phúc thôn Đông`: units.yaml `club_words`), which runs from the
    club's word to a mark, a conjunction or a role word (`Câu lạc bộ Phụ nữ phối hợp với Hội
    Nông dân`: the association is no part of it)."""
    words = line.parse.words
    lists = list_words()
    stops = lists.conjunction_words | frozenset(lists.marks) | {",", ";", ":", "."}
    first = hit.first_token
    roles = [*line.parse.of("LEAD_WORD"), *line.parse.of("COOPERATE_WORD")]
    for at in range(first - 1, max(first - NAME_MAX_TOKENS, 0) - 1, -1):
        folded = lexicon.fold(words[at])
        if folded in stops or any(r.first_token <= at < r.last_token for r in roles):
            return False
        for club in lists.club_openers:
            if tuple(lexicon.fold(w) for w in words[at : at + len(club)]) == club:
                return at + len(club) <= first
    return False


def _in_symbol(line: BodyLine, hit: Hit) -> bool:
    """Whether the name is part of a document's number and symbol, the run of characters
    without a space that opens with the number (or a draft's blank one) and its slash (`Quy
    chế phối hợp 49/QCPH-UBND-UBMT-HCTĐ`, `Số: /KH-UBND`: docs/domain.md)."""
    start = line.parse.offsets[hit.first_token]
    text = line.parse.text
    run = text[:start].rsplit(maxsplit=1)
    before = run[-1] if run and not text[start - 1 : start].isspace() else ""
    return _SYMBOL_OPENING.match(before) is not None


_SYMBOL_OPENING = re.compile(r"\d*/")  # a symbol's number and its slash (not `xã/phường`)


def _in_compound(line: BodyLine, hit: Hit) -> bool:
    """Whether a one-word unit name closes a common word with the word before it (`thôn` in
    `nông thôn`, units.yaml `alias_compounds`)."""
    first = hit.first_token
    if first == 0 or hit.last_token != first + 1:  # only a one-word name after a word
        return False
    words = line.parse.words
    pair = (lexicon.fold(words[first - 1]), lexicon.fold(words[first]))
    return pair in list_words().alias_compound_pairs


def unspecified(line: BodyLine, hit: Hit, after: int) -> bool:
    """`các sở, ban, ngành liên quan`, `các cơ quan, đơn vị, địa phương có liên quan`: a
    collective left open (after the generic collectives joined to it), not a unit; so is a
    committee of a level's places the restriction follows (`UBND các huyện có liên quan`)."""
    units = lexicon.UNIT_LEXICON.load()
    if hit.id in units.place_committees:
        # only right after it: one ending a list past it (`Chủ tịch UBND các huyện và Thủ
        # trưởng các cơ quan liên quan`, a decision's executing clause) restricts the others
        return after in line.hits_from("OPEN_TAIL")
    if hit.id not in units.collectives:
        return False
    end = past_joined_collectives(line, after, names_no_kind(line, hit))
    return end in line.hits_from("OPEN_TAIL")


def names_no_kind(line: BodyLine, hit: Hit) -> bool:
    """Whether a collective's mention is generic nouns and joiners only (`các cơ quan, đơn
    vị`): it names no kind of body, unlike `các doanh nghiệp viễn thông`."""
    generic = line.hits_from("GENERIC_COLLECTIVE")
    joiners = list_words().joiners
    words = line.parse.words
    token = hit.first_token
    while token < hit.last_token:
        if token in generic:
            token = max(h.last_token for h in generic[token])
        elif words[token].lower() in joiners:
            token += 1
        else:
            return False
    return True


def past_joined_collectives(line: BodyLine, after: int, generic_head: bool = False) -> int:
    """The token after the generic collectives and collectives joined at `after` to one before
    it (`các cơ quan, đơn vị, địa phương`, `..., đoàn thể`), where its restriction stands. A
    collective under a head's title of its own (`Giám đốc các Sở và Thủ trưởng các cơ quan
    liên quan`) opens the next member of an executing clause: its restriction is its own. With
    `generic_head` (the collective before names no kind of body), past the private parties
    joined to it too (`các cơ quan, đơn vị và tổ chức, cá nhân có liên quan`: one open list;
    after `các doanh nghiệp viễn thông`, their restriction is their own)."""
    collectives = lexicon.UNIT_LEXICON.load().collectives
    words = line.parse.words
    joiners = list_words().joiners
    generic = line.hits_from("GENERIC_COLLECTIVE")
    parties = line.hits_from("PRIVATE_PARTIES") if generic_head else {}
    holders = line.hits_from("OFFICE_HOLDER")
    while after < len(words):
        if after in holders:
            break
        joined = unit_at(line, after)
        if words[after].lower() in joiners:
            after += 1
        elif after in parties:
            after = max(h.last_token for h in parties[after])
        elif after in generic:
            after = max(h.last_token for h in generic[after])
        elif joined is not None and joined.id in collectives:  # `..., đoàn thể có liên quan`
            after = tail_end(line, joined.last_token)
        else:
            break
    return after


def unit_list(
    line: BodyLine,
    token: int,
    addressed: bool = False,
    named: bool = True,
    heading: bool = False,
) -> tuple[list[Hit], int]:
    """Unit names listed from `token` on (`A, B và các C`), and the token after the list; with
    `named`, bodies missing from the lexicon named by the genre's pattern too; with `heading`,
    a heading's list, whose names `;` may separate too."""
    doc = line.parse.doc
    joiners = list_words().heading_joiners if heading else list_words().joiners
    found: list[Hit] = []
    while token < len(doc):
        hit = unit_at(line, token, addressed) or (named_at(line, token) if named else None)
        if hit is None and addressed:
            hit = _parent_collective(line, token)
        if hit is not None:
            token = tail_end(line, hit.last_token)
            if not unspecified(line, hit, token):
                found.append(hit)
            continue
        addressed_from = _past_address(line, token, addressed)
        if addressed_from > token:  # `A, các đồng chí Trưởng thôn`: the polite form read past
            token = addressed_from
            continue
        if doc[token].lower_ in joiners:
            token += 1
            continue
        held = _holder_end(line, token, addressed) if found else None
        if held is not None:  # `A, Chủ tịch UBND các xã`: a head standing for his body
            token = held
            continue
        held = _generic_holder_end(line, token) if found else None
        if held is not None:  # `A, trưởng các đơn vị, đoàn thể`: heads of everybody, no body
            token = held
            continue
        break
    while found and token > found[-1].last_token and doc[token - 1].lower_ in joiners:
        token -= 1
    return found, token


def _parent_collective(line: BodyLine, token: int) -> Hit | None:
    """`Các đơn vị thuộc Sở Lao động - Thương binh và Xã hội` at `token`: a plural generic
    collective, a parent link (units.yaml `parent_links`) and the body it belongs to, one
    collective under its printed name, as a hit of label NAMED_ORG; else None."""
    words = line.parse.words
    generic = line.hits_from("GENERIC_COLLECTIVE").get(token)
    if not generic or words[token].lower() not in list_words().article_words:
        return None
    link = max(h.last_token for h in generic)
    for phrase in list_words().parent_link_words:
        if tuple(lexicon.fold(w) for w in words[link : link + len(phrase)]) == phrase:
            parent = unit_at(line, link + len(phrase)) or named_at(line, link + len(phrase))
            if parent is None:
                return None
            span = line.span(token, parent.last_token)
            return Hit("NAMED_ORG", "", span[0], span[1], token, parent.last_token)
    return None


def _past_address(line: BodyLine, token: int, addressed: bool) -> int:
    """The token after a polite form of address at `token` (`các đồng chí`, `các ông, bà`)
    when a unit's name or a head standing for one follows it (`các ông xóm trưởng`), else
    `token`."""
    forms = line.hits_from("ADDRESS_FORM").get(token)
    if not forms:
        return token
    after = max(h.last_token for h in forms)
    follows = unit_at(line, after, addressed) or _holder_end(line, after, addressed)
    return after if follows is not None else token


def asked_list(
    line: BodyLine, token: int, heading: bool = False, addressed: bool = False
) -> tuple[list[Hit], int]:
    """The bodies a request asks, listed from `token` on (`Đề nghị Ủy ban MTTQ phường, tổ tự
    quản môi trường và các đoàn thể phân công ...`): as `unit_list`, read on past a generic
    noun or a proper name neither the lexicon nor the pattern of a head noun reads (naming
    none for it) when more bodies follow; the token after the last body read. With
    `addressed` (a request over the numbered duties it gives), the collectives counting where
    addressed as a whole too, read on past a generic noun opening the list (`đề nghị các đơn
    vị, Mặt trận, các đoàn thể xã, Ban nhân dân các thôn ... một số nội dung sau:`)."""
    found, end = unit_list(line, token, addressed=addressed, heading=heading)
    past = _past_generic(line, token) if addressed and not found else token
    if past > token:
        found, end = unit_list(line, past, addressed=addressed, heading=heading)
    past = past_unread_opening(line, token) if not found else token
    if past > token:  # `Đề nghị Thường trực HĐND, Ủy ban Kiểm tra Đảng ủy xã ...`
        found, end = unit_list(line, past, addressed=addressed, heading=heading)
    while found:
        past = _past_generic(line, end)
        if past == end:
            past = _past_unread_name(line, end)
        if past == end:
            past = _past_headed_member(line, end)
        more, after = (
            unit_list(line, past, addressed=addressed, heading=heading) if past > end else ([], end)
        )
        if not more:
            break
        found, end = found + more, after
    return found, end


def _past_headed_member(line: BodyLine, token: int) -> int:
    """The token after a member of a list at `token` that opens with an organization word and
    runs in lower case to the next comma or conjunction (`tổ tự quản môi trường`, a body the
    lexicon lacks), and the joiner after it; else `token`. An activity (`tổ chức tuyên
    truyền`) or a role word inside it makes it none."""
    words = line.parse.words
    joiners = list_words().joiners
    first = token
    while first < len(words) and words[first].lower() in joiners:
        first += 1
    end = first
    while end < len(words) and words[end].isalpha() and words[end].lower() not in joiners:
        end += 1
    if (
        first == token
        or first not in org_heads(line)
        or first in line.hits_from("ACTIVITY_WORD")
        or not all(w.islower() for w in words[first + 1 : end])
        or end - first > NAME_MAX_TOKENS
        or end >= len(words)
        or words[end].lower() not in joiners
        or line.hits_in("LEAD_WORD", first, end)
        or line.hits_in("COOPERATE_WORD", first, end)
    ):
        return token
    return end


def shared_level_unit(line: BodyLine, first: int, last: int) -> str | None:
    """`Trung tâm Y tế, Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố`: a name the
    lexicon lacks, printed from `first` to `last` without its level, before the next member of
    its list whose level closes the list (`_closing_level`): the level is that of every member,
    and the name with that level names the lexicon's unit (`Trung tâm Y tế huyện`; `Công an,
    Bộ Chỉ huy Quân sự tỉnh`: `Công an tỉnh`); else None."""
    words = line.parse.words
    following = next_member(line, last)
    if following is None:
        return None
    level = _closing_level(words, following)
    if level is None:
        return None
    return lexicon.UNIT_LEXICON.load().canonical(" ".join([*words[first:last], level]))


def next_member(line: BodyLine, last: int) -> Hit | None:
    """The lexicon's unit named after the comma or conjunction at `last`, the next member of a
    list; None where no joiner and unit follow."""
    words = line.parse.words
    conjunctions = list_words().conjunction_words
    token = last
    while token < len(words) and (words[token] == "," or words[token] in conjunctions):
        token += 1
    return unit_at(line, token) if token > last else None


def _closing_level(words: Sequence[str], following: Hit) -> str | None:
    """The level closing a list at its member `following`: the places printed after it (`các
    huyện, thị xã`), else the level word its own name ends with (`Bộ Chỉ huy Quân sự tỉnh`),
    which a bare head before it shares (`Công an, Bộ Chỉ huy Quân sự tỉnh`); else None."""
    lists = list_words()
    article = following.last_token
    if article + 1 < len(words) and words[article].lower() in lists.article_words:
        level = words[article + 1].lower()
        return level if level in lists.level_syllables else None
    own = words[following.last_token - 1]
    return own if own in lists.one_word_levels else None


def _holder_end(line: BodyLine, token: int, addressed: bool, named: bool = False) -> int | None:
    """The token after an office holder at `token` (`Chủ tịch`, `Thủ trưởng`) when a unit's
    name follows it (with `named`, also a body missing from the lexicon the genre's pattern
    names: `các thành viên Ban Chỉ đạo bình đẳng giới tỉnh`), else None."""
    holders = line.hits_from("OFFICE_HOLDER").get(token, [])
    if not holders:
        return None
    end = holder_end(line, token, max(h.last_token for h in holders))
    follows = unit_at(line, end, addressed) or (named_at(line, end) if named else None)
    return end if follows is not None else None


def _generic_holder_end(line: BodyLine, token: int) -> int | None:
    """The token after an office holder at `token` over generic collectives (`trưởng các đơn
    vị`, the heads of everybody: no body named) when a unit's name (`..., đoàn thể`) or a role
    word follows them, so the bodies listed before and after stay one list; else None."""
    holders = line.hits_from("OFFICE_HOLDER").get(token, [])
    if not holders:
        return None
    words, joiners = line.parse.words, list_words().joiners
    generic = line.hits_from("GENERIC_COLLECTIVE")
    end = max(h.last_token for h in holders)
    if end not in generic:
        return None
    while end < len(words) and (end in generic or words[end].lower() in joiners):
        end = max(h.last_token for h in generic[end]) if end in generic else end + 1
    roles = line.hits_from("LEAD_WORD").keys() | line.hits_from("COOPERATE_WORD").keys()
    return end if end in roles or unit_at(line, end) is not None else None


def holder_end(line: BodyLine, token: int, end: int) -> int:
    """Where the body an office holder stands for starts, the holder's words at `token` ending
    before `end`: at `end`, unless a body's name starts inside the holder and runs past it (the
    head's title repeats the body's head noun: `Trưởng phòng Kinh tế` → `Phòng Kinh tế`), or
    at the holder's own start (`Trưởng thôn` is a unit itself): there."""
    names = line.parse.of("UNIT") + line.parse.of("ADDRESSED") + line.parse.of("NAMED_ORG")
    straddling = [h.first_token for h in names if token <= h.first_token < end < h.last_token]
    # a head noun ending the title, a proper name after it: the body missing from the lexicon
    # whose head the title repeats (`Trưởng Ban Chỉ đạo` → `Ban Chỉ đạo`); not where the name
    # printed after the title opens with that head noun again (`Trưởng ban Ban Tôn giáo tỉnh`:
    # the formal title, then the body's whole name)
    words = line.parse.words
    if end < len(words) and capitalized(words[end]):
        straddling += [
            h.first_token
            for h in line.parse.of("NAMED_ORG")
            if token < h.first_token and h.last_token == end and not _repeated(words, h)
        ]
    return min(straddling, default=end)


def _repeated(words: Sequence[str], head: Hit) -> bool:
    """Whether the words after the head noun `head` print the same head noun again."""
    size = head.last_token - head.first_token
    after = words[head.last_token : head.last_token + size]
    return [w.lower() for w in after] == [
        w.lower() for w in words[head.first_token : head.last_token]
    ]


def named_at(line: BodyLine, token: int) -> Hit | None:
    """A body missing from the lexicon named at `token` by the genre's pattern: a head noun
    (`Sở`, `Trung tâm`, ...) and a proper name (its first word capitalized: `Sở Quy hoạch -
    Kiến trúc`), as a hit of label NAMED_ORG. Its end must be plain: a role verb in lower case,
    a `,`/`và` before another body, a clause break or a parenthesis; else the name is not
    taken (where it ends cannot be told)."""
    village = next((h for h in village_bodies(line) if h.first_token == token), None)
    if village is not None:
        return village  # `Tổ Hòa giải ấp Bình Minh`: its village's name closes it
    heads = line.hits_from("NAMED_ORG").get(token, [])
    words = line.parse.words
    if not heads:
        return None
    if plural_single_body(line, token, heads):
        return None  # `các trường Mầm non, Tiểu học`: the schools as a whole, the lexicon's
    if token > 0 and words[token - 1] == "(":
        # a part of the body before, in parentheses (`Sở Y tế (Chi cục Dân số)`), unless a
        # role verb follows the name: the parenthesis assigns the task before it (`Kiểm tra
        # bếp ăn (Phòng Giáo dục và Đào tạo chủ trì, phối hợp với Phòng Y tế)`)
        hit = _named_from(line, token, heads)
        return hit if hit is not None and hit.last_token in verbs_with_objects(line) else None
    return _named_from(line, token, heads)


def board_name(line: BodyLine, token: int) -> Hit | None:
    """A steering board's name opening at `token` whose remit its level word closes
    (`_board_remit`: `Ban Chỉ đạo phòng, chống dịch bệnh xã Tân Hòa`), read whole by
    `named_at`, past the commas and role words in it; else None."""
    return named_at(line, token) if _board_remit(line, token) else None


def plural_single_body(line: BodyLine, token: int, heads: list[Hit]) -> bool:
    """Whether the head at `token` names one body only (UnitListWords.single_body_heads) and a
    plural article stands before it (`Các Trường Đại học, Cao đẳng`)."""
    words = line.parse.words
    single = list_words().single_body_head_words
    return (
        token > 0
        and words[token - 1].lower() in list_words().article_words
        and any(
            lexicon.fold(" ".join(words[h.first_token : h.last_token])) in single for h in heads
        )
    )


def _named_from(line: BodyLine, token: int, heads: list[Hit]) -> Hit | None:
    """The name `named_at` reads from the head noun `heads` at `token`, if its end is plain."""
    words = line.parse.words
    if _inside_phrase(line, token):
        return None  # the end of another phrase: `Trên cơ sở Kế hoạch này`
    first = (
        token - 1 if token > 0 and words[token - 1].lower() in list_words().article_words else token
    )
    name = max(h.last_token for h in heads)
    roles = verbs_with_objects(line)
    kind = _lower_case_kind(words, token, name)
    if (
        name < len(words)
        and not capitalized(words[name])
        and not _abbreviated_kind(words, name)
        and name not in kind
    ):
        return _head_and_level(line, first, token, name)
    if name >= len(words):
        return bare_head(line, first, token, name)
    if any(h.last_token == name for h in line.hits_from("AUTHORITY").get(token, [])):
        return _place_committee(line, first, token, name)
    mirrored = _mirrored_end(line, token, name)
    if mirrored is not None:
        span = line.span(first, mirrored)
        return Hit("NAMED_ORG", "", span[0], span[1], token, mirrored)
    conjunctions = list_words().conjunction_words
    titled = _titled(words, name) | kind | _board_remit(line, token)
    longest = token + NAME_MAX_TOKENS + len(titled)
    for end in range(name + 1, min(len(words), longest) + 1):
        if end in titled:
            continue  # `Ban Chỉ đạo cuộc vận động “... xây dựng ...”`: the title is the name's
        word = words[end].lower() if end < len(words) else "."
        # `, Sở Y tế`, `và các địa phương`: another body, a collective or a plural follows;
        # `Hội Người cao tuổi xã, Câu lạc bộ ...`: a name closed by its level, another opens
        before_body = (
            (word == "," or word in conjunctions)
            and end + 1 < len(words)
            and (
                unit_at(line, end + 1, addressed=True) is not None
                or end + 1 in line.hits_from("NAMED_ORG")
                or _article_and(line, end + 1, "GENERIC_COLLECTIVE")
                or words[end + 1].lower() in list_words().article_words  # `và các hộ dân`
                or (word == "," and closed_by_place(words, end) and _opens_name(words[end + 1]))
            )
        )
        if (
            word in {".", ";", ":"}
            and not _plain_last_word(words[end - 1])
            and end - 1 not in titled  # a title's last word ends it (`... nông thôn mới.`)
        ):
            return None  # `... với Trường Đại học Y Dược đào tạo bác sĩ.`: the name ran on
        plain_end = word in {"(", ")"} or word in {".", ";", ":"} or before_body
        verb = end in roles or _after_level(line, end) or _modal_before(line, end, roles)
        if plain_end or (verb and words[end][:1].islower()) or opens_sentence(line, first, end):
            if _quote_left_open(words[first:end]):
                return None  # `Ban Chỉ đạo phong trào “Toàn dân | xây dựng ...”`: cut in a title
            span = line.span(first, end)
            return Hit("NAMED_ORG", "", span[0], span[1], token, end)
    return None


def _mirrored_end(line: BodyLine, token: int, name: int) -> int | None:
    """`Bộ Văn hóa, Thể thao và Du lịch | chú trọng ...`: where the name of a national body
    whose head has a mirror in the province (UnitListWords.mirrored_heads) ends, its words from
    `name` on naming, with the mirror's head, a body of the lexicon (`Sở Văn hóa, Thể thao và
    Du lịch`), the longest such, when a word in lower case follows that joins no list; else
    None."""
    words = line.parse.words
    mirror = list_words().mirrors.get(lexicon.fold(" ".join(words[token:name])))
    if mirror is None:
        return None
    known = lexicon.UNIT_LEXICON.load()
    last = min(len(words), name + NAME_MAX_TOKENS)
    ends = [
        end
        for end in range(name + 1, last + 1)
        if known.canonical(f"{mirror} {line.span_words(line.span(name, end))}") is not None
    ]
    end = max(ends, default=len(words))
    if end == len(words) or words[end].lower() in list_words().joiners:
        return None  # the line's end, or a list going on (`Văn hóa, Thể thao | và Du lịch`)
    return end if words[end].isalpha() and words[end].islower() else None


_OPENING_QUOTES = frozenset({"“", '"'})
_CLOSING_QUOTES = frozenset({"”", '"'})


def _titled(words: Sequence[str], name: int) -> frozenset[int]:
    """The tokens where a name read from `name` on cannot end: inside a campaign's quoted title
    or a national programme's title (`_programme_title`)."""
    return _quoted_title(words, name) | _programme_title(words, name)


def _lower_case_kind(words: Sequence[str], token: int, name: int) -> frozenset[int]:
    """The tokens after the head, in capitals, of a kind of body whose name's words are a role
    word printed in lower case (`Ban chỉ đạo`: UnitListWords.lower_case_kinds), the head the
    one at `token` (`Ban chỉ đạo tỉnh`) or the name's first word at `name` (`Văn phòng Ban chỉ
    đạo tỉnh`): the name's words, where it cannot end; else none."""
    for first in dict.fromkeys((token, name)):
        if first >= len(words) or not capitalized(words[first]):
            continue
        for kind in list_words().lower_case_kind_words:
            rest = words[first + 1 : first + len(kind)]
            if tuple(
                lexicon.fold(word) for word in words[first : first + len(kind)]
            ) == kind and all(word.islower() for word in rest):
                return frozenset(range(first + 1, first + len(kind)))
    return frozenset()


def _board_remit(line: BodyLine, token: int) -> frozenset[int]:
    """The tokens of a steering board's remit after its kind's words at `token` (`Ban Chỉ đạo
    | thực hiện bình đẳng giới | tỉnh`: UnitListWords.lower_case_kinds), when a level word,
    and the place's name after it if printed (`... xã Tân Hòa`), closes it at the line's end,
    a clause's or a cell's, before a role verb or before the next member of a list (`...,
    Trưởng Trạm Y tế xã`): the board's name, where it cannot end (corpus/ANNOTATION.md,
    units: `Ban Chỉ đạo Chăm sóc sức khỏe nhân dân huyện`), even at a role word in it (`thực
    hiện`) or at the comma of a pair in it (`phòng, chống`). None where no level word closes
    the words after the kind, nor past an article, a tail word or a word placing a duty
    (units.yaml `remit_breaks`): the board's duty (`Ban Chỉ đạo thực hiện các nhiệm vụ được
    giao`, `... kiểm tra trên địa bàn xã`, `... kiểm tra tại xã`)."""
    words = line.parse.words
    folded = [lexicon.fold(word) for word in words]
    lists = list_words()
    kind = next(
        (k for k in lists.lower_case_kind_words if tuple(folded[token : token + len(k)]) == k),
        None,
    )
    if kind is None:
        return frozenset()
    first = stop = token + len(kind)
    while stop < len(words) and (words[stop].isalpha() or _paired_remit(words, stop)):
        if folded[stop] in lists.tails:
            break
        if folded[stop] in lists.article_words or folded[stop] in lists.remit_break_words:
            return frozenset()
        stop += 1
    after = place_end(line, stop + 1)
    closes = (
        first < stop < len(words)
        and stop + 1 - token <= NAME_MAX_TOKENS
        and _level_closes(words, stop + 1)
        and (
            after == len(words)
            or words[after] in CLAUSE_BREAKS
            or after in verbs_with_objects(line)
            or _member_follows(words, after)
        )
    )
    return frozenset(range(first, stop)) if closes else frozenset()


def _paired_remit(words: Sequence[str], token: int) -> bool:
    """Whether the `,` at `token` joins a pair of words in lower case in a board's remit
    (`phòng, chống`), not a list."""
    following = words[token + 1] if token + 1 < len(words) else ""
    return words[token] == "," and following.isalpha() and following.islower()


def _member_follows(words: Sequence[str], token: int) -> bool:
    """Whether the name closed before `token` ends a member of a list, the next opening after a
    `,` or a conjunction with a capitalized word or an abbreviation (`..., Trưởng Trạm Y tế
    xã`)."""
    word = words[token].lower()
    joins = word == "," or word in list_words().conjunction_words
    return joins and token + 1 < len(words) and _opens_name(words[token + 1])


def _abbreviated_kind(words: Sequence[str], token: int) -> bool:
    """Whether the name after a head opens with the abbreviation of a phrase of its kind's name,
    in capitals (`Ban QLDA đầu tư xây dựng ...`: UnitListWords.name_phrases): a proper name,
    its words after the phrase in lower case."""
    phrases = list_words().kind_phrases
    reach = max(map(len, phrases), default=0)
    folded = tuple(lexicon.fold(word) for word in words[token : token + reach])
    return words[token].isupper() and any(folded[: len(p)] == p for p in phrases)


def _programme_title(words: Sequence[str], name: int) -> frozenset[int]:
    """The tokens inside the first national programme's title after `name` (`Ban Chỉ đạo
    Chương trình mục tiêu quốc gia xây dựng nông thôn mới`: UnitListWords.programme_titles), or
    phrase of a kind of body's name (`Ban Quản lý dự án đầu tư xây dựng ...`: name_phrases);
    the name ends at the earliest after it."""
    folded = [lexicon.fold(word) for word in words]
    openers = list_words().programme_openers
    for first in range(name, len(words)):
        if folded[first] not in openers:
            continue  # no title opens here (most tokens): none compared
        for title in list_words().programmes:
            if tuple(folded[first : first + len(title)]) == title:
                return frozenset(range(first + 1, first + len(title)))
    return frozenset()


def _quoted_title(words: Sequence[str], name: int) -> frozenset[int]:
    """The tokens inside a campaign's quoted title: its phrase (`cuộc vận động`, `phong
    trào`: UnitListWords.title_words) and its quotation closed further on (`Ban Chỉ đạo cuộc
    vận động “Toàn dân đoàn kết ...” xã`), the first such title after `name`; the name ends at
    the earliest after its closing quote, and a quotation left open leaves no end (where the
    name ends cannot be told)."""
    for quote in range(name + 1, len(words)):
        if words[quote] not in _OPENING_QUOTES:
            continue
        close = next((t for t in range(quote + 1, len(words)) if words[t] in _CLOSING_QUOTES), None)
        for phrase in list_words().titles:
            first = quote - len(phrase)
            opens_title = first >= name and tuple(w.lower() for w in words[first:quote]) == phrase
            if opens_title:
                return frozenset(range(first + 1, (len(words) if close is None else close) + 1))
        return frozenset()
    return frozenset()


def _modal_before(line: BodyLine, token: int, roles: set[int]) -> bool:
    """`Bộ Công an | sẽ chủ trì`: a state word (a modal, an adverb: roles.yaml STATE_WORD) right
    before a role verb opens what the body does; no name ends with one."""
    states = line.hits_from("STATE_WORD").get(token, [])
    return any(h.last_token in roles for h in states)


def _after_level(line: BodyLine, token: int) -> bool:
    """`Chi cục Quản lý thị trường tỉnh | kiểm tra`: a word in lower case after a level word
    that closes a name (not a level or tail word itself) opens what the body does; not the
    second syllable of a common word the level word opens (`Trung tâm Công tác xã hội`)."""
    words = line.parse.words
    return (
        token < len(words)
        and _level_closes(words, token)
        and words[token].isalpha()
        and words[token].lower() not in list_words().tails
    )


def _level_closes(words: Sequence[str], token: int) -> bool:
    """Whether the word before `token` is a level word of one syllable, printed in lower case,
    that closes a name (`Công an xã`, `Sở Y tế tỉnh`: normalize/place_levels.yaml), not a common
    word's first syllable (`xã hội`: `level_compounds`)."""
    lists = list_words()
    return (
        0 < token <= len(words)
        and words[token - 1] in lists.one_word_levels  # as printed: `Tỉnh ủy` is a name
        and (
            token == len(words)
            or (lexicon.fold(words[token - 1]), lexicon.fold(words[token])) not in lists.compounds
        )
    )


def _after_every_level(line: BodyLine, token: int) -> bool:
    """`UBND các cấp | chịu trách nhiệm ...`: a word after a phrase naming every level
    (units.yaml `every_level`), which closes a name as a level word does."""
    words = line.parse.words
    if not 1 < token < len(words):
        return False
    return any(
        tuple(lexicon.fold(w) for w in words[max(0, token - len(phrase)) : token]) == phrase
        for phrase in list_words().every_level_words
    )


def opens_sentence(line: BodyLine, first: int, token: int) -> bool:
    """`Hội Người cao tuổi xã | Tổ chức tuyên truyền ...`, `Các khu dân cư | Tuyên truyền cho
    nhân dân`: a role phrase (roles.yaml LEAD_WORD, COOPERATE_WORD) printed as a sentence opens,
    its first word capitalized and the rest in lower case, opens what the body named from
    `first` does (its heading run into the duty under it), a name being a noun phrase: right
    after the level word closing the name (normalize/place_levels.yaml, as printed), or after a
    plural collective in common nouns (`Các khu dân cư`). Elsewhere a capitalized word may be
    the name's own (`Ban quản lý Xây dựng nông thôn mới xã`); nor in a line in capitals."""
    words = line.parse.words
    if not first < token < len(words) or not capitalized(words[token]):
        return False
    lists = list_words()
    before = words[token - 1]
    collective = in_common_nouns(words, first, token)
    if before not in lists.one_word_levels and not (
        collective and before.isalpha() and before.islower()
    ):
        return False
    hits = line.hits_from("LEAD_WORD").get(token, []) + line.hits_from("COOPERATE_WORD").get(
        token, []
    )
    return any(
        all(w.islower() for w in words[token + 1 : h.last_token] if w.isalpha()) for h in hits
    )


def in_common_nouns(words: Sequence[str], first: int, stop: int) -> bool:
    """Whether the words from `first` to `stop` describe bodies in common nouns after a plural
    article (`Các khu dân cư`, `Các doanh nghiệp công nghệ số`), no proper name's word in them."""
    return (
        first < len(words)
        and words[first].lower() in list_words().article_words
        and all(w.islower() for w in words[first + 1 : stop] if w.isalpha())
    )


def names_body_kind(words: Sequence[str], article: int) -> bool:
    """Whether the words after the plural article at `article` open with the head noun of a
    kind of body (units.yaml `body_kinds`: `Các hợp tác xã`, `Các doanh nghiệp công nghệ số`),
    not with a word naming something else that opens with one's syllables (`not_body_kinds`:
    `Các hội nghị`, `Các trường hợp vi phạm`) nor with persons (`person_nouns`)."""
    lists = list_words()
    others = (*lists.not_body_kind_phrases, *lists.person_phrases)
    opening = article + 1
    kind = phrase_length_at(words, opening, lists.body_kind_phrases)
    return kind > 0 and not phrase_length_at(words, opening, others)


def _in_kind_noun(line: BodyLine, hit: Hit) -> bool:
    """Whether the name opens inside the head noun of a kind of body after a plural article
    (units.yaml `body_kinds`): `Sở Y tế` in `Các cơ sở y tế:`, `Hội Phụ nữ` in `Các chi hội
    phụ nữ`, a collective's description, no body of its own."""
    words = line.parse.words
    lists = list_words()
    kinds = lists.body_kind_phrases
    reach = max(map(len, kinds), default=0)
    return any(
        words[at].lower() in lists.article_words
        and hit.first_token < at + 1 + phrase_length_at(words, at + 1, kinds)
        for at in range(max(0, hit.first_token - reach), hit.first_token - 1)
    )


def _article_and(line: BodyLine, token: int, label: lexicon.PhraseLabel) -> bool:
    """Whether a phrase of `label` opens at `token`, after a plural article there or not."""
    if token < len(line.parse.words) and line.parse.words[token].lower() in (
        list_words().article_words
    ):
        token += 1
    return token in line.hits_from(label)


def _head_and_level(line: BodyLine, first: int, token: int, name: int) -> Hit | None:
    """`Bưu điện tỉnh phối hợp ...`, `phối hợp với Đảng ủy xã`, `Hạt Kiểm lâm huyện chủ trì
    ...`: a head noun of LEVEL_HEAD and its level word alone name the body of that level; the
    level word ends the name, or the place's proper name after it (`Hạt Kiểm lâm huyện Vị
    Xuyên`: corpus/ANNOTATION.md, units: a name missing from the lexicon keeps its place and
    is never cut inside); a lexicon's name leaves the place to its mention (`Công an huyện`).
    No level word after it: the head alone, where it names a body bare (`bare_head`)."""
    words = line.parse.words
    levels = list_words().level_syllables
    end = name
    if _head_ends(line, "LEVEL_HEAD", token, name):
        while end < len(words) and words[end].lower() in levels:
            end += 1
    if end == name:
        return bare_head(line, first, token, name)
    if unit_at(line, token) is None:
        end = _after_place(line, end) or end
    span = line.span(first, end)
    return Hit("NAMED_ORG", "", span[0], span[1], token, end)


def bare_head(line: BodyLine, first: int, token: int, name: int) -> Hit | None:
    """`Hạt Kiểm lâm phối hợp với ...` in a district's plan, `phối hợp với Đồn Biên phòng`: a
    head noun of BARE_HEAD, capitalised, alone names the body serving the plan's place, under
    its name as printed (corpus/ANNOTATION.md, units: a body missing from the lexicon); not
    after a plural article (`các Đồn Biên phòng`: posts, no one body)."""
    if first != token or not capitalized(line.parse.words[token]):
        return None
    if not _head_ends(line, "BARE_HEAD", token, name):
        return None
    span = line.span(token, name)
    return Hit("NAMED_ORG", "", span[0], span[1], token, name)


def _head_ends(line: BodyLine, label: lexicon.PhraseLabel, token: int, name: int) -> bool:
    """Whether a phrase of `label` opens at `token` and ends before `name`."""
    return any(h.last_token == name for h in line.hits_from(label).get(token, []))


def _place_committee(line: BodyLine, first: int, token: int, name: int) -> Hit | None:
    """`UBND huyện Tây Sơn phải tăng cường ...`: an authority's head with its level word (`Ủy ban
    nhân dân huyện`) and the proper name of a place after it name that place's committee; the
    name ends with the place's, whatever follows it (a modal, a verb, a list). None where a
    role phrase opens on a capital after the head (`Ủy ban nhân dân huyện Xây dựng kế hoạch`):
    the committee of the plan's own level, no place named."""
    end = _after_place(line, name)
    if end is None:
        return None
    span = line.span(first, end)
    return Hit("NAMED_ORG", "", span[0], span[1], token, end)


def _after_place(line: BodyLine, token: int) -> int | None:
    """The token after the place's proper name opening at `token` (`place_end`); None where a
    role phrase opens or runs on a capital there (`Xây dựng kế hoạch`): no place's name."""
    end = place_end(line, token)
    if any(_inside_phrase(line, t) or _opens_phrase(line, t) for t in range(token, end)):
        return None
    return end


def committee_end(line: BodyLine, first: int) -> int | None:
    """Where the name of a place's committee opening at `first` ends, after the place's proper
    name (`UBND huyện Tây Sơn`, as `_place_committee` reads it); None where no authority's head
    with its level word opens there, or no place follows it (the plan's own committee)."""
    authority = {h.last_token for h in line.hits_from("AUTHORITY").get(first, [])}
    heads = [h.last_token for h in line.hits_from("NAMED_ORG").get(first, [])]
    name = max((end for end in heads if end in authority), default=None)
    if name is None:
        return None
    hit = _place_committee(line, first, first, name)
    return None if hit is None or hit.last_token == name else hit.last_token


def ran_into_sentence(line: BodyLine, first: int, stop: int) -> bool:
    """Whether a name missing from the lexicon read from `first` to `stop`, right before the
    stop or semicolon closing its clause, has run on into what the body does: a proper name
    (the word after its head capitalized) ending with a word no name ends with (`3. Báo Khánh
    Hòa mở chuyên mục.`), where it ends cannot be told; or a description (`Các cơ sở giáo dục
    | tổ chức tuyên truyền cho học sinh.`) running on into a duty's verb (`description_verb`).
    A description alone (`Các doanh nghiệp công nghệ số.`) runs on by right."""
    words = line.parse.words
    heads = org_heads(line).get(first, [])
    name = max((h.last_token for h in heads), default=first + 1)
    if not (name < stop < len(words) and words[stop] in {".", ";"}):
        return False
    if capitalized(words[name]):
        return not _plain_last_word(words[stop - 1])
    return description_verb(line, first, stop) is not None


def description_verb(line: BodyLine, first: int, stop: int) -> int | None:
    """Where a description of bodies in common nouns after a plural article (`Các cơ sở giáo
    dục`) ends, read from `first` to `stop`: at the first role verb with words after it in its
    clause (roles.yaml LEAD_WORD, COOPERATE_WORD: `chủ động`, `tổ chức`, `phối hợp` ...), past
    the description's own noun; None when no such verb stands there (`Các cơ sở chế biến hoạt
    động trong lĩnh vực xây dựng`) or the words are no description (`in_common_nouns`)."""
    if not in_common_nouns(line.parse.words, first, stop):
        return None
    verbs = sorted(t for t in verbs_with_objects(line) if first + 1 < t < stop)
    return verbs[0] if verbs else None


def _plain_last_word(word: str) -> bool:
    """Whether a name ending at a clause break may end with `word`: a word of a proper name, a
    level or place word (`tỉnh`), a number. A name running on in lower case to the end of its
    clause has taken the verb after it (where the name ends cannot be told)."""
    return capitalized(word) or word.lower() in list_words().tails or word.isdigit()


_PHRASE_LABELS: tuple[lexicon.PhraseLabel, ...] = (
    "INSERTION",
    "GENERIC_COLLECTIVE",
    "REQUEST",
    "LEAD_WORD",
    "COOPERATE_WORD",
)


def _inside_phrase(line: BodyLine, token: int) -> bool:
    """Whether a phrase of another role that opens before `token` goes on over it."""
    return any(
        h.first_token < token < h.last_token
        for label in _PHRASE_LABELS
        for h in line.parse.of(label)
    )


def _opens_phrase(line: BodyLine, token: int) -> bool:
    """Whether a phrase of a role (_PHRASE_LABELS) opens at `token`."""
    return any(token in line.hits_from(label) for label in _PHRASE_LABELS)


def verbs_with_objects(line: BodyLine) -> set[int]:
    """The tokens opening role verbs that have words after them in their clause: where a name
    missing from the lexicon may end (`phòng Quản lý Công nghiệp | triển khai, ...`); a role
    word ending its clause is the name's own (`Ban Quản lý dự án Đầu tư xây dựng`)."""
    words = line.parse.words
    return {
        h.first_token
        for h in line.parse.of("LEAD_WORD") + line.parse.of("COOPERATE_WORD")
        if h.last_token < len(words) and words[h.last_token] not in CLAUSE_BREAKS
    }


def capitalized(word: str) -> bool:
    """A word of a proper name: capital first, then lower case (`Quy`), not a word of a line in
    capitals (`HỘI NGHỊ`), nor a number or a mark."""
    return word.isalpha() and word[:1].isupper() and (len(word) == 1 or not word.isupper())


@once_per_line
def rest_start(line: BodyLine) -> int:
    """First token of a line's own words: after its `text_start`, a request word (`Đề nghị`) and
    an office holder standing for his body (`Giám đốc` in `Giám đốc Sở Tài chính`); in the
    implementation section, after a word naming the line's topic too (`Đối với Phòng Kinh tế:`
    heads the lines on that body's duties). Read once per line: the unit rules ask for it at
    each of theirs."""
    start = line.text_start
    topic = line.hits_from("TOPIC").get(start, []) if line.kind == "implementation" else []
    if topic:
        start = max(h.last_token for h in topic)
    return clause_subject(line, start)[0]


def clause_subject(line: BodyLine, token: int, authority: bool = True) -> tuple[int, bool]:
    """Where the subject of a clause opening at `token` starts, past a request word and an
    office holder, and whether a request word (`Giao`, `Đề nghị`) opens the clause; the
    authority giving the work (`UBND tỉnh`, `Chủ tịch UBND tỉnh`) may stand before the
    request word (`UBND tỉnh giao Sở Tư pháp ...`), unless `authority` is False."""
    requested = False
    openers = line.hits_from("SUBJECT_OPENER").get(token)
    if openers:  # `Riêng UBND huyện Khánh Sơn khẩn trương ...`: the subject follows it
        token = max(h.last_token for h in openers)
    labels: tuple[lexicon.PhraseLabel, ...] = (
        "REQUEST",
        "OFFICE_HOLDER",
        "AUTHORITY",
        "REQUEST",
        "OFFICE_HOLDER",
    )
    for label in labels if authority else labels[:2]:
        opening = line.hits_from(label).get(token)
        if not opening:
            if label == "OFFICE_HOLDER":  # `Các thành viên Ban Chỉ đạo ... tỉnh theo dõi ...`
                token = _past_plural_members(line, token)
            continue
        end = max(h.last_token for h in opening)
        if label == "OFFICE_HOLDER":
            end = holder_end(line, token, end)
            if end == token:
                break  # the holder's words open a unit's name (`Trưởng thôn`)
        if label == "AUTHORITY":
            end = _past_adverbs(line, _past_place(line, end))
            if requested or end not in line.hits_from("REQUEST"):
                break  # the authority only as the one who asks: its request follows at once
        if label == "REQUEST" and end < len(line.parse.words) and line.parse.words[end] == ":":
            end += 1  # `Giao: Công chức Văn hóa - Xã hội chủ trì ...`
        token = end
        requested = requested or label == "REQUEST"
    return token, requested


def _past_plural_members(line: BodyLine, token: int, stop: int | None = None) -> int:
    """The token where the body starts that its members, after a plural article at `token`,
    stand for (corpus/ANNOTATION.md, units: `Các thành viên Ban Chỉ đạo ...` → `Ban Chỉ đạo
    ...`: units.yaml `member_words`), a body named in full before `stop` (`_named_in_full`); else
    `token`."""
    words, lists = line.parse.words, list_words()
    if token >= len(words) or words[token].lower() not in lists.article_words:
        return token  # most clauses: no plural article opens them
    for phrase in lists.member_phrases:
        end = token + 1 + len(phrase)
        folded = tuple(lexicon.fold(w) for w in words[token + 1 : end])
        if folded == phrase and _named_in_full(line, end, stop):
            return end
    return token


def past_standing_holder(line: BodyLine, token: int, stop: int) -> int:
    """Where the body starts that an office holder or a body's members opening a list at `token`
    stand for (corpus/ANNOTATION.md, units: `Trưởng Ban Chỉ đạo ... tỉnh`, `Thành viên Ban Chỉ
    đạo ... tỉnh`, `Các thành viên Ban Chỉ đạo ... xã` → `Ban Chỉ đạo ...`), a body named in
    full before `stop` (a table cell's end) following them; else `token` (a person, a family's
    members, a board named by its head noun alone)."""
    held = _holder_end(line, token, addressed=False, named=True)
    if held is not None and _named_in_full(line, held, stop):
        return held
    return _past_plural_members(line, token, stop)


def _named_in_full(line: BodyLine, token: int, stop: int | None = None) -> bool:
    """Whether a body is named at `token` to its level, by the lexicon or the genre's pattern
    of a head noun (`Ban Chỉ đạo bình đẳng giới tỉnh`), not by its head noun alone (`Ban Chỉ
    đạo`): which body's members a clause means its name must say. A name read past `stop`
    (the next cell of a table's row) is cut there."""
    body = unit_at(line, token) or named_at(line, token)
    if body is None:
        return False
    end = tail_end(line, body.last_token)
    if stop is not None:
        end = min(end, stop)
    return line.parse.words[end - 1].lower() in list_words().level_syllables


def authority_asks(line: BodyLine, token: int) -> bool:
    """Whether the clause opening at `token` is the authority's request (`UBND tỉnh giao ...`,
    `Chủ tịch UBND tỉnh yêu cầu ...`), its place's name printed or not (`UBND TP. Cần Thơ giao
    ...`: the issuer asking, never a unit)."""
    labels: tuple[lexicon.PhraseLabel, ...] = ("OFFICE_HOLDER", "AUTHORITY")
    for label in labels:
        opening = line.hits_from(label).get(token, [])
        if opening:
            token = max(h.last_token for h in opening)
            if label == "AUTHORITY":
                return _past_adverbs(line, _past_place(line, token)) in line.hits_from("REQUEST")
    return False


def passive_requests(line: BodyLine) -> set[int]:
    """The tokens opening a passive that names the authority giving the work before its request
    word (`được UBND tỉnh giao`, `được Chủ tịch UBND tỉnh phân công`): the bodies before one
    are given the work, as before `được giao`."""
    return {h.first_token for h in line.parse.of("PASSIVE") if authority_asks(line, h.last_token)}


def _past_place(line: BodyLine, token: int) -> int:
    """The token after the place's proper name standing at `token` after an authority's head
    (`Cần Thơ` in `UBND TP. Cần Thơ giao ...`), or `token` where none stands there."""
    return place_end(line, token)


def _past_adverbs(line: BodyLine, token: int) -> int:
    """The token after the adverbs standing at `token` (`cũng`, `đồng thời` in `UBND tỉnh
    cũng giao ...`)."""
    adverbs = line.hits_from("ASK_ADVERB")
    while token in adverbs:
        token = max(h.last_token for h in adverbs[token])
    return token


def after_colon(line: BodyLine, token: int) -> int:
    doc = line.parse.doc
    while token < len(doc) and doc[token].text in {"*", ":", " "}:
        token += 1
    return token


def cooperating_units(line: BodyLine, start: int, end: int) -> list[Hit]:
    """The bodies listed after each cooperation word (`phối hợp với A, các cơ quan chuyên
    môn, B và doanh nghiệp ...`): the list goes on past generic nouns, which name none."""
    return partner_lists(line, start, end)[0]


def partner_lists(line: BodyLine, start: int, end: int) -> tuple[list[Hit], list[Member]]:
    """The bodies listed after each cooperation word (`cooperating_units`), and those a plural
    head noun shares there, listed after its colon (`phối hợp với các Sở: Tài chính, Xây dựng`:
    `Sở Tài chính`, `Sở Xây dựng`; `các sở, ngành: Nội vụ, Công an tỉnh`), as a role cell's
    list under one head gives them (corpus/ANNOTATION.md, units): the members the lexicon
    names, not the head's collective."""
    found: list[Hit] = []
    members: list[Member] = []
    words = line.parse.words
    for coop in line.hits_in("COOPERATE_WORD", start, end):
        token = _past_manner(line, coop.last_token)
        while True:
            shared = _shared_head_partners(line, _past_holder(line, token))
            if shared is not None:  # the list goes on after it (`..., UBND các xã`)
                members.extend(shared[0])
                token = shared[1]
                while token < len(words) and (
                    words[token] == "," or words[token].lower() in list_words().conjunction_words
                ):
                    token += 1
            units, token = unit_list(line, _past_holder(line, token))
            found.extend(units)
            past = _past_generic(line, token)
            if past == token:
                past = _past_unread_name(line, token)
            if past == token:
                break
            token = past
    return found, members


def _shared_head_partners(line: BodyLine, token: int) -> tuple[list[Member], int] | None:
    """The members of a list under one plural head at `token` (`các Sở: Tài chính, Xây dựng`,
    `head_members`) that the lexicon names, and the token where the list ends; None where no
    such list stands there or the lexicon names none of it."""
    words, lists = line.parse.words, list_words()
    first = token
    while first < len(words) and words[first].lower() in lists.joiners - lists.article_words:
        first += 1
    if first >= len(words) or words[first].lower() not in lists.article_words:
        return None
    listed = head_members(line, first)
    if listed is None:
        return None
    known = [member for member in listed[0] if member.in_lexicon]
    return (known, listed[1]) if known else None


def _past_manner(line: BodyLine, token: int) -> int:
    """The token after the partner link that follows the adverbs at `token`, joined by marks or
    conjunctions (`phối hợp chặt chẽ, kịp thời với Sở X`: at `Sở X`), else `token`: without
    the link, the adverbs qualify the work, and no partner follows (`phối hợp kịp thời trong
    ...`)."""
    adverbs, links = line.hits_from("COOPERATE_ADVERB"), line.hits_from("PARTNER_LINK")
    words = line.parse.words
    past = token
    while past in adverbs or (past < len(words) and words[past].lower() in list_words().joiners):
        past = max((h.last_token for h in adverbs.get(past, ())), default=past + 1)
    if past == token or past not in links:
        return token
    return max(h.last_token for h in links[past])


def _past_holder(line: BodyLine, token: int) -> int:
    """The token where the body starts that a head at `token` stands for, past the joining
    words before him, else `token`: a head opens the list (`phối hợp với Ban nhân dân các
    ấp`) or its next part (`... các sở, ngành liên quan và Chủ tịch UBND các huyện ...`)."""
    words = line.parse.words
    first = token
    while first < len(words) and words[first].lower() in list_words().joiners:
        first += 1
    return _holder_end(line, first, addressed=False, named=True) or token


def _past_unread_name(line: BodyLine, token: int) -> int:
    """The token after a proper name of a list at `token` that neither the lexicon nor the
    pattern of a head noun reads (`Viettel Gia Lai`, `Liên hiệp các Hội ...`) and the comma
    after it, when a body the parser reads follows: the list goes on past it (naming none
    for it: where such a name ends cannot be told); else `token`."""
    words = line.parse.words
    first = token
    while first < len(words) and words[first].lower() in list_words().joiners:
        first += 1
    end = first
    while end < len(words) and words[end] not in {",", ";", ".", ":", "(", ")"}:
        end += 1
    opens_name = first < end and words[first][:1].isupper() and words[first].isalpha()
    if (
        not opens_name
        or end - first > NAME_MAX_TOKENS
        or end + 1 >= len(words)
        or words[end] != ","
        or line.hits_in("LEAD_WORD", first, end)
        or line.hits_in("COOPERATE_WORD", first, end)
        or (
            unit_at(line, end + 1) is None
            and named_at(line, end + 1) is None
            and _past_unread_name(line, end) == end  # another such name, then a body
        )
    ):
        return token
    return end


def past_unread_opening(line: BodyLine, token: int) -> int:
    """The token after the pieces opening a list at `token` that neither the lexicon nor the
    pattern of a head noun reads (`Thường trực HĐND, Ủy ban Kiểm tra Đảng ủy xã ...`, a club:
    `Câu lạc bộ Thơ ca xã, Hội Cựu giáo chức xã ...`, a person's title: `Bí thư chi bộ,
    Trưởng thôn ...`), each judged as such a piece inside a list is (`_past_unread_name`: a
    proper name, then a comma, then a body the parser reads or another such piece), so that
    the bodies read after them are kept; else `token`. The pieces passed name no unit."""
    words = line.parse.words
    current = token
    while True:
        first = current
        while first < len(words) and words[first].lower() in list_words().joiners:
            first += 1
        if unit_at(line, first) is not None or named_at(line, first) is not None:
            return current if current > token else token
        past = _past_unread_name(line, current)
        if past == current:
            return token
        current = past


_GENERIC_MAX = 4  # words of a generic noun in a list (`tổ chức, cá nhân`, `các cơ quan chuyên môn`)


def _past_generic(line: BodyLine, token: int) -> int:
    """The token after a generic noun of a list at `token` (`các cơ quan chuyên môn`,
    `doanh nghiệp`, a restriction left by an open collective: `liên quan`) and the joiner
    after it, when another piece of the list follows; else `token`. The noun opening a
    cooperation word's partners may end with a colon before their names (`partners_colon`)."""
    words = line.parse.words
    piece_end = _generic_piece_end(line, token)
    if piece_end is None or piece_end >= len(words):
        return token
    if words[piece_end] == "," or words[piece_end].lower() in list_words().conjunction_words:
        return piece_end + 1
    return piece_end + 1 if partners_colon(line, piece_end) else token


def _generic_piece_end(line: BodyLine, token: int) -> int | None:
    """The token ending the piece of a list at `token` (past the joiners before it) when the
    piece is a generic noun (a few words in lower case, no role word: `các cơ quan`, `đơn vị
    liên quan`), else None."""
    words = line.parse.words
    lists = list_words()
    while token < len(words) and (
        words[token] == "," or words[token].lower() in lists.conjunction_words
    ):
        token += 1
    piece_end = token
    while piece_end < len(words) and words[piece_end] not in {",", ";", ".", ":", "(", ")"}:
        if piece_end > token and words[piece_end].lower() in lists.conjunction_words:
            break
        piece_end += 1
    content = [w for w in words[token:piece_end] if w.lower() not in lists.article_words]
    generic = (
        0 < len(content) <= _GENERIC_MAX
        and all(w.isalpha() and w.islower() for w in content)
        and not line.hits_in("LEAD_WORD", token, piece_end)
        and not line.hits_in("COOPERATE_WORD", token, piece_end)
    )
    return piece_end if generic else None


def partners_colon(line: BodyLine, colon: int) -> bool:
    """Whether the colon at `colon` closes a cooperation word and the generic noun of its
    partners (`phối hợp với các đơn vị: Trung tâm Y tế khu vực, Bệnh viện tỉnh ...`, `phối
    hợp:`): the bodies after it are the partners the word names, no clause's subject (they
    cooperate), and the list of partners goes on past it."""
    words = line.parse.words
    if colon >= len(words) or words[colon] != ":":
        return False
    before = [h for h in line.parse.of("COOPERATE_WORD") if h.last_token <= colon]
    if not before:
        return False
    word_end = max(h.last_token for h in before)
    if any(word_end <= h.first_token < colon for h in line.parse.of("UNIT")):
        return False
    token = _past_manner(line, word_end)
    links = line.hits_from("PARTNER_LINK").get(token, [])
    token = max((h.last_token for h in links), default=token)
    joiners = {","} | list_words().conjunction_words
    while token < colon:
        piece_end = _generic_piece_end(line, token)
        if piece_end is None or (piece_end != colon and words[piece_end].lower() not in joiners):
            return False
        token = piece_end + 1
    return True


def org_heads(line: BodyLine) -> dict[int, list[Hit]]:
    """The organization words opening a body's name, by token, but none where the line's own
    text opens with a word naming an activity that starts with one's syllable (`2. Tổ chức
    kiểm tra ...`, `3. Báo cáo kết quả`: a task heading). Elsewhere the word may be a noun
    (`Các doanh nghiệp, tổ chức, cá nhân`), read as before."""
    heads = line.hits_from("ORG_HEAD")
    opening = line.text_start
    if opening not in heads or opening not in line.hits_from("ACTIVITY_WORD"):
        return heads
    return {token: hits for token, hits in heads.items() if token != opening}


def list_goes_on(line: BodyLine, end: int) -> bool:
    """Whether a list of units ending at `end` goes on with a joiner and an organization word."""
    words = line.parse.words
    joiners = list_words().joiners
    token = end
    while token < len(words) and words[token].lower() in joiners:
        token += 1
    return token > end and token in org_heads(line)


def _after_head(line: BodyLine, first: int) -> int:
    """The token after the organization word opening at `first` (its longest reading)."""
    return max((h.last_token for h in org_heads(line).get(first, [])), default=first + 1)


def proper_name(line: BodyLine, first: int, last: int) -> bool:
    """Whether the name opening at `first` (before `last`) is a proper name, the word after
    its head capitalized (`phòng Quản lý Công nghiệp`), not a group in common nouns (`tổ
    chức`, `các hội`)."""
    name = _after_head(line, first)
    return name < last and line.parse.words[name][:1].isupper()


def name_end(line: BodyLine, first: int, last: int) -> int:
    """Where the name of a body missing from the lexicon that opens at `first` ends, at most
    `last`: before a parenthesis, or, in a proper name (the word after its head capitalized:
    `phòng Quản lý Công nghiệp`), before a role verb in lower case (`... triển khai`), or
    before a role verb right after a level word (`Hội đồng nhân dân tỉnh | bố trí`). A
    description (`Các doanh nghiệp hoạt động trong lĩnh vực xây dựng`) runs on."""
    committee = committee_end(line, first)
    if committee is not None and committee <= last:
        return committee  # `UBND huyện Tây Sơn | chủ trì ...`: the place's name ends it
    words = line.parse.words
    name = _after_head(line, first)
    proper = proper_name(line, first, last)
    opening = first + 1 if words[first].lower() in list_words().article_words else first
    # a steering board's remit is its name's, a role word in it too (`Ban Chỉ đạo thực hiện
    # bình đẳng giới xã`)
    roles = verbs_with_objects(line) - _programme_title(words, name) - _board_remit(line, opening)
    for token in range(first + 1, last):
        if words[token] == "(":
            return token
        if words[token] == "-" and token + 1 < last and words[token + 1][:1].islower():
            return token  # `Sở Giao thông vận tải - cơ quan thường trực ...`: its role follows
        if proper and token > name and token in roles and words[token][:1].islower():
            return token
        if token in roles and (_after_level(line, token) or _after_every_level(line, token)):
            return token  # `Hội đồng nhân dân tỉnh | bố trí ...`: the level word closed it
        if token > name and opens_sentence(line, first, token):
            return token  # `Các khu dân cư | Tuyên truyền ...`: its duty's sentence opens
    return last


def _quote_left_open(words: Sequence[str]) -> bool:
    """Whether `words` open a quotation they do not close (`“` without `”`, an odd `"`)."""
    return words.count("“") > words.count("”") or words.count('"') % 2 == 1


def segments(
    line: BodyLine, start: int, inside: list[Hit] | None = None, end: int | None = None
) -> list[tuple[int, int]]:
    """Token ranges of a list after a label (up to `end`, else the line's end), split at `,`
    `;` `.` and conjunctions (`và`), never inside one of the names `inside`."""
    words = line.parse.words
    last = len(words) if end is None else min(end, len(words))
    conjunctions = list_words().conjunction_words
    kept = {t for h in inside or [] for t in range(h.first_token + 1, h.last_token)}
    pieces: list[tuple[int, int]] = []
    first = start
    for token in range(start, last + 1):
        if token == last or (
            token not in kept
            and (words[token] in {",", ";", "."} or words[token].lower() in conjunctions)
        ):
            if token > first:
                pieces.append((first, token))
            first = token + 1
    return pieces


def continues_name(line: BodyLine, first: int) -> bool:
    """Whether the piece of a list opening at `first` may continue the name before it: joined
    by `,` or a conjunction (not `;`), and not opening with a plural article (`các ...` is an
    item of its own) nor with an abbreviation (`Sở NV, VP UBND tỉnh`: a name's fields go on in
    words, `Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch`; an abbreviation opens another
    body, and a name never holds a list of two), nor after a name its place closed
    (`closed_by_place`)."""
    words = line.parse.words
    lists = list_words()
    opening = words[first] if first < len(words) else ""
    return (
        first > 0
        and words[first - 1] != ";"
        and opening.lower() not in lists.article_words
        and not abbreviation(opening)
        and not closed_by_place(words, first - 1)
    )


def closed_by_place(words: Sequence[str], end: int) -> bool:
    """Whether the name ending before token `end` ends with its level word or its place: a
    level word (`Công an xã`), a place's proper name after one (`Hạt Kiểm lâm huyện Vị
    Xuyên`), or a proper name of two syllables or more, each capitalized (`Viễn thông Hà
    Giang`, `Đồn Biên phòng Thanh Thủy`). A name's fields come before its place
    (corpus/ANNOTATION.md, units: `Hiệp hội Du lịch tỉnh`) and capitalize only their first
    syllable, so the piece after the comma is none of them: `Viễn thông Hà Giang, FPT Hà Giang`
    is no body's name; `Sở Văn hóa, Thể thao và Du lịch` goes on after a field."""
    place = end
    while place > 0 and words[place - 1].istitle() and words[place - 1].isalpha():
        place -= 1
    return _level_closes(words, place) or end - place >= _PLACE_MIN_SYLLABLES


def _opens_name(word: str) -> bool:
    """Whether `word` may open a proper name: capitalized (`Câu lạc bộ`) or an abbreviation
    (`FPT Hà Giang`)."""
    return capitalized(word) or abbreviation(word)


def abbreviation(word: str) -> bool:
    """`TC`, `KH&CN`, `NN-MT`: two letters or more, all capitals (not `IoT`, not `A`)."""
    letters = [char for char in word if char.isalpha()]
    return len(letters) > 1 and word.isupper()


def joins_generic(line: BodyLine, end: int) -> bool:
    """Whether the list of units ending at `end` goes on with a generic collective (`... và
    địa phương`, `..., các đơn vị`): a sentence addressing everybody. A parenthesis after the
    list glosses its last body (`giao Sở Y tế (cơ quan thường trực) chủ trì`): the list ends
    before it."""
    words = line.parse.words
    if end < len(words) and words[end] == "(":
        return False
    joiners = list_words().joiners
    while end < len(words) and words[end].lower() in joiners:
        end += 1
    return end in line.hits_from("GENERIC_COLLECTIVE")


@dataclass(frozen=True)
class Member:
    """A body named by a shared head and its own name (`Sở` + `Tài chính`)."""

    name: str  # the lexicon's canonical name, else the head and the name as printed
    in_lexicon: bool
    span: Span  # where its own name is printed


def head_members_going_on(
    line: BodyLine, token: int, joiners: frozenset[str], stop: int | None = None
) -> tuple[list[Member], int, bool] | None:
    """The members of a list under one shared head at `token` (`head_members`) printed before
    `stop` (the line's end by default), the token where that list ends, and whether the list
    goes on there past the shared head's with one of `joiners` (`1. Các Sở: Tài chính, Nội vụ
    và UBND các xã, phường`): the bodies named after it belong to the same list. None where
    no such list stands at `token`."""
    listed = head_members(line, token)
    if listed is None:
        return None
    words = line.parse.words
    stop = len(words) if stop is None else stop
    printed_end = line.span(token, stop)[1]
    members = [member for member in listed[0] if member.span[1] <= printed_end]
    end = listed[1]
    goes_on = bool(members) and end < stop and words[end].lower() in joiners
    return members, end, goes_on


def head_members(line: BodyLine, token: int) -> tuple[list[Member], int] | None:
    """`các Sở: Tài chính, Tư pháp, Văn hóa, Thể thao và Du lịch;` at `token`: a head noun
    shared by the names listed after its colon, one body each (`Sở Tài chính`, ...), and the
    token where the list ends (`;`, `.`, a second `:`, a name in lower case). Pieces a comma
    or `và` split are joined again where together they name a body of the lexicon (`Sở Văn
    hóa, Thể thao và Du lịch`)."""
    words = line.parse.words
    lists = list_words()
    plural = token < len(words) and words[token].lower() in lists.article_words
    if plural:
        token += 1
    heads = org_heads(line).get(token, [])
    if not heads:
        return None
    head_end = max(h.last_token for h in heads)
    colon = _companions_end(words, head_end) if plural else head_end
    mixed = colon > head_end  # `các Sở, ngành: ...`: whole names of other bodies too
    if colon >= len(words) or (mixed and words[colon] != ":"):
        return None
    # without a colon (`các Sở Y tế, Tài chính`) or with a head in lower case (`các sở: Y tế`),
    # the names must be the lexicon's, each of them
    known_only = words[colon] != ":" or not words[token][:1].isupper()
    if words[colon] != ":" and not (plural and capitalized(words[colon])):
        return None
    head = line.span_words(line.span(token, head_end))
    pieces: list[tuple[int, int]] = []
    first = colon + 1 if words[colon] == ":" else colon
    # the list ends where a decision's answerable clause starts (`..., Tư pháp chịu trách
    # nhiệm thi hành`), or the clause's role word or insertion in lower case (`..., Tư pháp
    # căn cứ chức năng ... hướng dẫn`, `..., Y tế theo chức năng, nhiệm vụ tham mưu`), not at
    # the next mark
    clause_starts = {h.first_token for h in line.parse.of("ANSWERABLE")}
    labels: tuple[lexicon.PhraseLabel, ...] = ("LEAD_WORD", "COOPERATE_WORD", "INSERTION")
    roles = [h for label in labels for h in line.parse.of(label)]
    clause_starts |= {h.first_token for h in roles if words[h.first_token][:1].islower()}
    for at in range(first, len(words) + 1):
        if at in clause_starts:
            if at > first and _opens_member(line, head, first, at, mixed):
                pieces.append((first, at))
            break
        if (
            at == len(words)
            or words[at] in {";", ".", ",", ")", "|", ":"}
            or words[at].lower() in (lists.conjunction_words)
        ):
            if at > first and _opens_member(line, head, first, at, mixed):
                pieces.append((first, at))
            elif at > first:
                break
            first = at + 1
            # `|`: a table cell's end; `:` a second colon, before the members' duties (`- Các
            # Sở: Y tế, Tư pháp: hướng dẫn ...`)
            if at == len(words) or words[at] in {";", ".", ")", "|", ":"}:
                break
    if not pieces:
        return None
    known = lexicon.UNIT_LEXICON.load()
    members: list[Member] = []
    index = 0
    while index < len(pieces):
        for last in range(len(pieces) - 1, index - 1, -1):
            span = line.span(pieces[index][0], pieces[last][1])
            canonical = known.canonical(f"{head} {line.span_words(span)}")
            if canonical is None and mixed:
                canonical = known.canonical(line.span_words(span))
            if canonical is not None or last == index:
                name = canonical or f"{head} {line.span_words(span)}"
                members.append(Member(name, canonical is not None, span))
                index = last + 1
                break
    if mixed:
        # the names the lexicon misses are not read: the list mixes kinds of bodies
        return [m for m in members if m.in_lexicon], pieces[-1][1]
    if known_only and (len(members) < 2 or not all(m.in_lexicon for m in members)):
        return None
    return members, pieces[-1][1]


def _opens_member(line: BodyLine, head: str, first: int, end: int, mixed: bool) -> bool:
    """Whether the piece of a list under the head noun `head` from `first` to `end` may name a
    member: it opens with a proper name (`Tài chính`), or it is an abbreviation that names a
    body of the lexicon with the head (`KH&ĐT`: `Sở KH&ĐT`); an abbreviation it lacks (`UBND
    các huyện`) or a head's title (`Chủ tịch ...`) ends the list."""
    word = line.parse.words[first]
    whole = line.hits_from("UNIT").get(first, [])
    if any(h.last_token > end for h in whole):
        # a body's whole name running past the piece's mark opens another body after the list
        # (`các Sở: Tài chính, Nội vụ và UBND các xã, phường`): the list ends before it
        return False
    if any(h.last_token == end for h in whole):
        # a body's whole name, also where its first word is a holder's (`các ban, ngành: BCH
        # Quân sự tỉnh`: `BCH` abbreviates the command's head noun, `Bộ Chỉ huy`); under a head
        # of one kind (`các Sở:`) only where the head and it name a body of the lexicon, else
        # it is another body after the list (`các Sở: Tài chính và UBND các xã`)
        return mixed or _names_with_head(line, head, first, end)
    if line.hits_from("OFFICE_HOLDER").get(first):
        # the head of another body opens the next member of an executing clause (`Giám đốc
        # các Sở: Tài chính, Xây dựng, Chủ tịch UBND các huyện ...`), not a member of this list
        return False
    if capitalized(word):
        return True
    return word.isalpha() and word.isupper() and _names_with_head(line, head, first, end)


def _names_with_head(line: BodyLine, head: str, first: int, end: int) -> bool:
    """Whether the head noun `head` and the words from `first` to `end` name a body of the
    lexicon (`Sở` + `KH&ĐT`)."""
    known = lexicon.UNIT_LEXICON.load()
    return known.canonical(f"{head} {line.span_words(line.span(first, end))}") is not None


def _companions_end(words: Sequence[str], token: int) -> int:
    """The token after the companions of a plural head ending at `token` (`các Sở, ngành:`:
    the colon's), else `token`."""
    companions = list_words().companion_words
    end = token
    while end + 1 < len(words) and words[end] == "," and words[end + 1].lower() in companions:
        end += 2
    return end
