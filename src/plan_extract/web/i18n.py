"""The pages' words in Vietnamese (default) and English, from `data/web/{vi,en}.yaml`."""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import RootModel

from plan_extract.core.knowledge import KnowledgeError, data_file

Lang = Literal["vi", "en"]
LANGS: tuple[Lang, ...] = get_args(Lang)
DEFAULT_LANG: Lang = "vi"


class Strings(RootModel[dict[str, str]]):
    """One language's strings, keyed by a stable name used in the templates."""


STRINGS = {lang: data_file(f"web/{lang}.yaml", Strings) for lang in LANGS}


def strings(lang: Lang) -> dict[str, str]:
    """The strings of `lang`; every language must define the same keys as the default."""
    table = STRINGS[lang].load().root
    reference = STRINGS[DEFAULT_LANG].load().root
    missing = sorted(set(reference) - set(table))
    if missing:
        raise KnowledgeError(f"web/{lang}.yaml: missing keys {', '.join(missing)}")
    return table


def pick_lang(query: str | None, cookie: str | None) -> Lang:
    """The language asked for in the query, else the one in the cookie, else Vietnamese."""
    for candidate in (query, cookie):
        for lang in LANGS:
            if candidate == lang:
                return lang
    return DEFAULT_LANG
