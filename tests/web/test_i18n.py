from __future__ import annotations

import re

from plan_extract.web.i18n import LANGS, pick_lang, strings


def test_every_language_has_the_same_keys_and_placeholders() -> None:
    reference = strings("vi")
    for lang in LANGS:
        table = strings(lang)
        assert table.keys() == reference.keys()
        for key, text in table.items():
            assert set(re.findall(r"\{\w+\}", text)) == set(re.findall(r"\{\w+\}", reference[key]))


def test_vietnamese_is_the_default_and_the_query_beats_the_cookie() -> None:
    assert pick_lang(None, None) == "vi"
    assert pick_lang("en", "vi") == "en"
    assert pick_lang(None, "en") == "en"
    assert pick_lang("fr", "de") == "vi"
