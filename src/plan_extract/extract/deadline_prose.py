"""A time stated inside a task's sentence: commune and district plans give a task's year in the
prose of its one-paragraph item (`Tổ chức 02 lớp tập huấn cho hội viên trong năm 2026.`,
`..., phấn đấu hoàn thành trước năm 2027`, `Trong năm 2026, rà soát ...`, `... (năm 2026).`),
not after a label; corpus/ANNOTATION.md, Deadlines."""

from __future__ import annotations

from plan_extract.extract.context import CLAUSE_BREAKS, BodyLine, Context
from plan_extract.extract.date_reads import DateRead
from plan_extract.extract.nlp import Hit
from plan_extract.structure.symbols import ends_with_symbol

# where a sentence's year is a task's: the tasks, who does what, the reporting (in the objectives
# it is a target's year, in a review a past one's)
_TASK_PROSE_KINDS = frozenset({"tasks", "implementation", "reporting"})


def prose_year(context: Context, line: BodyLine, date: DateRead) -> bool:
    """A year opened by a year trigger (`trong năm 2026`, `trước năm 2027`, `Từ năm 2027`) or
    alone in the brackets that close a task's clause (`(năm 2026).`), in a task section, its
    clause neither a target's (a figure with `%` or a comparator: `trong năm 2026 tỷ lệ hộ nghèo
    giảm còn dưới 2%`) nor a review's, the plan's own, money's, a baseline's or a birth's, nor
    right after a document's symbol; nor past the year after the plan's last (`trước năm 2027`
    still binds a plan for 2026)."""
    if date.kind != "YEAR":
        return False
    end = context.plan_years[1]
    if end is not None and date.year is not None and date.year > end + 1:
        return False  # a vision's or commitment's year (`... vào năm 2050` in a plan to 2030)
    hit = date.hit
    triggers = [h for h in line.parse.of("YEAR_TRIGGER") if h.last_token == hit.first_token]
    if any(after_symbol(line, h.first_token) for h in triggers):
        return False  # `theo Nghị quyết số 05/2026/NQ-HĐND trong năm 2026`: the document's
    if not triggers and not closing_brackets(line, hit.first_token, hit.last_token):
        return False
    return task_clause(context, line, hit)


def task_clause(context: Context, line: BodyLine, hit: Hit) -> bool:
    """`hit` in a task section, in a clause that is none of a target's (a figure with `%` or a
    comparator), a review's, nor one that names no task's time (the plan's own, money's, a
    baseline's, a birth's): where a time in the prose is a task's."""
    if not states_tasks(context, line, _TASK_PROSE_KINDS):
        return False
    clause = line.clause_bounds(hit.first_token)
    if line.hits_in("NOT_TASK_TIME", *clause) or line.hits_in("DONE", *clause):
        return False
    return not _target_clause(line, clause)


def states_tasks(context: Context, line: BodyLine, kinds: frozenset[str]) -> bool:
    """The line is in a section of `kinds`, or in a decision's articles outside any section
    (`Điều 2. Giao Trạm Y tế xã chủ trì ... trong năm 2026.`): corpus/ANNOTATION.md, What the
    document is, `a time an article sets is one`, as in a task's line. The effective date
    (`IN_FORCE`) and the article issuing the plan (`issues_plan`) are struck out apart."""
    kind = context.structure.kind_at(line.number)
    if kind is not None:
        return kind in kinds
    return _in_articles(context, line)


def issues_plan(context: Context, line: BodyLine, token: int) -> bool:
    """`token` in the clause that opens the article issuing the plan (`Điều 1. Ban hành kèm theo
    Quyết định này Kế hoạch ... năm 2026.`): a time there is the title's of the plan it issues,
    binding no one."""
    start = line.text_start
    if token < start or not _in_articles(context, line):
        return False
    if not any(h.first_token == start for h in line.parse.of("ISSUES_PLAN")):
        return False
    return not any(word in CLAUSE_BREAKS for word in line.parse.words[start:token])


def _in_articles(context: Context, line: BodyLine) -> bool:
    articles = context.structure.articles
    return articles is not None and articles[0] <= line.number <= articles[1]


def after_symbol(line: BodyLine, token: int) -> bool:
    """Right after a document's symbol (`05/2026/NQ-HĐND`, `45/KH-UBND`, `136/2001/QĐ.TTg`):
    the year that follows may be the document's, of no task (`symbols.ends_with_symbol`)."""
    return ends_with_symbol(line.text[: line.parse.offsets[token]])


def cited_date(line: BodyLine, hit: Hit) -> bool:
    """`Quyết định số 12/2026/QĐ-UBND ngày 05/3/2026`: a date right after a document's symbol
    (its day word between) is the document's, binding no one, also where a label or a time
    cell would bind it (`Thời gian thực hiện: theo Quyết định số ... ngày 05/3/2026`)."""
    start = hit.first_token
    day_words = [h.first_token for h in line.parse.of("DATE_NAME") if h.last_token == start]
    return after_symbol(line, min(day_words, default=start))


def _target_clause(line: BodyLine, clause: tuple[int, int]) -> bool:
    """A figure measured in `%`, or right after a comparator (`đạt 60`, `dưới 2`), in the clause:
    its year is the target's."""
    words = line.parse.words
    start, end = clause
    percent = any(
        words[i].isdigit() and i + 1 < len(words) and words[i + 1] == "%" for i in range(start, end)
    )
    compared = any(
        h.last_token < len(words) and words[h.last_token][:1].isdigit()
        for h in line.hits_in("COMPARATOR_BEFORE", start, end)
    )
    return percent or compared


_BRACKET_CLOSERS = frozenset({")", ".", ";", "*"})
_CLAUSE_ENDS = frozenset({".", ";"})


def closing_brackets(line: BodyLine, first: int, last: int) -> bool:
    """Tokens [first, last) alone in brackets that close the line or a clause of its paragraph
    (`1. Xây dựng đề án ... (Quý III/2026).`, `- Xây dựng mô hình (năm 2026); nhân rộng ...`),
    or followed there only by the work going on past them (`(Quý IV/2026 và thường xuyên)`),
    not brackets inside a sentence (`(tháng 8/2026) và tổ chức tập huấn`)."""
    words = line.parse.words
    before = [w for w in words[:first] if w != "*"]
    close = _continued_to(line, last)
    after = [w for w in words[close:] if w != "*"]
    if not before or before[-1] != "(" or after[:1] != [")"]:
        return False
    rest = after[1:]
    return set(rest) <= _BRACKET_CLOSERS or (bool(rest) and rest[0] in _CLAUSE_ENDS)


_CONTINUED_REACH = 8  # tokens of `và kiện toàn thường xuyên hằng năm` after a bracket's time


def _continued_to(line: BodyLine, last: int) -> int:
    """Where the words after a time at `last` end when they only say that the work goes on past
    it (a DATE_JOINER, then up to a CONTINUED phrase right before `)`: `và thường xuyên`, `và
    kiện toàn thường xuyên hằng năm`), else `last`."""
    words = line.parse.words
    if not any(h.first_token == last for h in line.parse.of("DATE_JOINER")):
        return last
    ends = [
        h.last_token
        for h in line.parse.of("CONTINUED")
        if h.last_token < len(words) and words[h.last_token] == ")"
    ]
    end = min((e for e in ends if last < e <= last + _CONTINUED_REACH), default=last)
    if any(any(c.isdigit() for c in w) or w in {"(", ")"} for w in words[last:end]):
        return last
    return end
