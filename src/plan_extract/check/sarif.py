"""Verdicts as SARIF 2.1.0, for code scanning (GitHub uploads it with `upload-sarif`).

Every rule carries a short and a full description, help as text and Markdown and a link to the
README's rule table; every result a fingerprint that survives line shifts (GitHub tracks an
alert across commits by it), and a location relative to the repository (`%SRCROOT%`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from plan_extract.check.profile import Lang, Messages, Profile, Severity
from plan_extract.check.report import entries, in_repository, read_rule, repository_path
from plan_extract.check.verdict import Verdict, exit_code
from plan_extract.core.version import REPOSITORY_URL, __version__

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SOURCE_ROOT = "%SRCROOT%"
FINGERPRINT = "planExtractFinding/v1"
RULES_ANCHOR = "check-rules"  # the README's heading "Check rules"


def rules_uri() -> str:
    """The README's rule table, as released with this version."""
    return f"{REPOSITORY_URL}/blob/v{__version__}/README.md#{RULES_ANCHOR}"


def to_sarif(
    verdicts: Sequence[Verdict], profile: Profile, lang: Lang, root: Path
) -> dict[str, Any]:
    """One run: the profile's rules (and `input.readable`) as the driver's rules; a result per
    finding, at the plan file and the item's line (line 1 for the document as a whole)."""
    rules = [
        _descriptor(
            rule.id,
            rule.severity,
            rule.summary_text(lang),
            rule.description_text(lang),
            _text(rule.help, lang),
        )
        for rule in profile.rules
    ]
    unreadable = read_rule()
    rules.append(
        _descriptor(
            unreadable.id,
            "error",
            unreadable.summary.text(lang),
            unreadable.description.text(lang),
            unreadable.help.text(lang),
        )
    )
    index = {rule["id"]: position for position, rule in enumerate(rules)}
    results = [
        {
            "ruleId": entry.rule_id,
            "ruleIndex": index[entry.rule_id],
            "level": entry.severity,
            "message": {"text": entry.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": _artifact(verdict.path, root),
                        "region": {"startLine": entry.line or 1},
                    }
                }
            ],
            "partialFingerprints": {
                FINGERPRINT: entry.fingerprint,
                "primaryLocationLineHash": entry.fingerprint,
            },
        }
        for verdict in verdicts
        for entry in entries(verdict, lang, root)
    ]
    driver = {
        "name": "plan-extract",
        "version": __version__,
        "semanticVersion": __version__,
        "informationUri": REPOSITORY_URL,
        "rules": rules,
    }
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": driver},
                "automationDetails": {"id": f"plan-extract/{profile.name}/"},
                "originalUriBaseIds": {SOURCE_ROOT: {"uri": root.resolve().as_uri() + "/"}},
                "invocations": [{"executionSuccessful": True, "exitCode": exit_code(verdicts)}],
                "results": results,
            }
        ],
    }


def _text(messages: Messages | None, lang: Lang) -> str:
    return messages.text(lang) if messages is not None else ""


def _descriptor(
    rule_id: str, severity: Severity, summary: str, description: str, help_text: str
) -> dict[str, Any]:
    """A reporting descriptor: what the rule asks, why, and how to mend the plan."""
    text = "\n\n".join(part for part in (description, help_text) if part)
    markdown = "\n\n".join(
        [f"**{_markdown(summary)}**", _markdown(description)]
        + ([_markdown(help_text)] if help_text else [])
        + [f"[`{rule_id}`]({rules_uri()})"]
    )
    return {
        "id": rule_id,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": description},
        "help": {"text": text, "markdown": markdown},
        "helpUri": rules_uri(),
        "defaultConfiguration": {"level": severity},
    }


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def _markdown(text: str) -> str:
    """Plain text made literal in Markdown (`<place>` would otherwise vanish as a tag)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _artifact(path: str, root: Path) -> dict[str, str]:
    """A path inside the repository relative to `%SRCROOT%`, any other as an absolute URI."""
    if in_repository(path, root):
        return {"uri": quote(repository_path(path, root)), "uriBaseId": SOURCE_ROOT}
    return {"uri": Path(path).resolve().as_uri()}
