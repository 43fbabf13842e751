"""`python -m generator bump`: diff, classification against the facade, supported
versions, report, and the whole command on copies of this repository.

The classification tests read the two committed specs (0.25.0 and 0.27.0) and the
facade as it is; the slow tests pull releases from PyPI (through the sandbox's
cached server environments: ~40 s the first time, seconds afterwards).
"""

from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator import build, bump
from generator.facade import FacadeUsage, entry_point_files, reached_operations
from generator.normalise import normalise
from generator.paths import GENERATED_DIR, ROOT, SPEC_DIR

JSON = dict[str, Any]
TIMEOUT = 900


def _spec(version: str) -> JSON:
    document: JSON = json.loads(
        (SPEC_DIR / f"bemserver-api-{version}.json").read_text()
    )
    return normalise(document)


@pytest.fixture(scope="module")
def old_spec() -> JSON:
    return _spec("0.25.0")


@pytest.fixture(scope="module")
def new_spec() -> JSON:
    return _spec("0.27.0")


@pytest.fixture(scope="module")
def facade() -> FacadeUsage:
    return FacadeUsage(reached_operations(), entry_point_files(ROOT))


def _keys(changes: list[bump.OperationChange], sign: str) -> set[str]:
    return {change.key for change in changes if change.sign == sign}


# The diff, operation by operation.


def test_changes_from_0_25_to_0_27_are_the_st_and_task_operations(
    old_spec: JSON, new_spec: JSON
) -> None:
    changes = bump.operation_changes(old_spec, new_spec)
    removed, added = _keys(changes, "-"), _keys(changes, "+")
    assert len(removed) == 33
    assert all(key.startswith("st_") for key in removed)
    assert added == {
        "task.list_tasks",
        "task.run_task",
        "task_by_campaign.create_task_by_campaign",
        "task_by_campaign.delete_task_by_campaign",
        "task_by_campaign.get_task_by_campaign",
        "task_by_campaign.list_tasks_by_campaigns",
        "task_by_campaign.update_task_by_campaign",
    }
    assert not _keys(changes, "~")
    # The same operations the generator records as limited to some versions.
    from bemserver_api_client._generated.api_versions import OPERATION_GENERATIONS

    assert removed | added == set(OPERATION_GENERATIONS)


def test_a_changed_schema_changes_the_operations_that_use_it(new_spec: JSON) -> None:
    changed = copy.deepcopy(new_spec)
    changed["components"]["schemas"]["Site"]["properties"]["roof_area"] = {
        "type": "number"
    }
    changes = {c.key: c for c in bump.operation_changes(new_spec, changed)}
    assert changes["site.get_site"].sign == "~"
    assert changes["site.get_site"].because == ("schema Site",)
    assert "site.list_sites" in changes
    assert "campaign.get_campaign" not in changes
    assert not _keys(list(changes.values()), "+") | _keys(list(changes.values()), "-")


def test_an_operation_whose_own_definition_changes_is_changed(new_spec: JSON) -> None:
    changed = copy.deepcopy(new_spec)
    changed["paths"]["/sites/{item_id}"]["get"]["parameters"] = []
    changes = bump.operation_changes(new_spec, changed)
    assert [(c.key, c.sign) for c in changes] == [("site.get_site", "~")]
    assert changes[0].because[0] == "its parameters, body or responses"


# Against the facade.


def test_the_facade_calls_the_removed_st_operations_and_the_added_task_ones(
    old_spec: JSON, new_spec: JSON, facade: FacadeUsage
) -> None:
    impact = bump.classify(bump.operation_changes(old_spec, new_spec), facade)
    needs_work = {f.change.key: f for f in impact.needs_work}
    assert set(needs_work) == _keys(bump.operation_changes(old_spec, new_spec), "-")
    assert {f.kind for f in needs_work.values()} == {bump.REMOVED_USED}
    cleanup = needs_work["st_cleanup_by_campaign.list_st_cleanups_by_campaigns_full"]
    assert cleanup.callers == ["st_cleanup_by_campaign.get_full"]
    assert cleanup.files == ["bemserver_api_client/resources/services.py"]
    compatible = {f.change.key: f for f in impact.compatible}
    assert {f.kind for f in compatible.values()} == {bump.ADDED_REACHED}
    assert compatible["task.run_task"].callers == ["tasks.run_async"]
    assert compatible["task.run_task"].files == [
        "bemserver_api_client/resources/tasks.py"
    ]


def _without(facade: FacadeUsage, *entry_points: str) -> FacadeUsage:
    operations = {
        operation: kept
        for operation, callers in facade.operations.items()
        if (kept := [c for c in callers if c.split(".")[0] not in entry_points])
    }
    files = {ep: f for ep, f in facade.files.items() if ep not in entry_points}
    return FacadeUsage(operations, files)


def test_an_added_operation_no_entry_point_reaches_names_where_it_goes(
    old_spec: JSON, new_spec: JSON, facade: FacadeUsage
) -> None:
    """The facade of before tasks existed: no `tasks` entry point."""
    changes = bump.operation_changes(old_spec, new_spec)
    impact = bump.classify(changes, _without(facade, "tasks"))
    unreached = {
        f.change.key: f for f in impact.needs_work if f.kind == bump.ADDED_UNREACHED
    }
    assert set(unreached) == {"task.list_tasks", "task.run_task"}
    # A new entry point, in the file of the entry points of the same word.
    run = unreached["task.run_task"]
    assert "entry point `tasks`" in run.where
    assert run.files == [
        "bemserver_api_client/resources/tasks.py",
        "generator/facade_table.py",
    ]
    # The other task operations are still called by task_by_campaign.
    assert {f.change.key for f in impact.compatible if f.change.sign == "+"} == {
        key for key in _keys(changes, "+") if key.startswith("task_by_campaign.")
    }


def test_an_added_operation_of_a_known_tag_goes_to_its_entry_point(
    old_spec: JSON, new_spec: JSON, facade: FacadeUsage
) -> None:
    """An entry point that lacks one operation of its tag."""
    usage = FacadeUsage(
        {k: v for k, v in facade.operations.items() if k != "task.run_task"},
        facade.files,
    )
    impact = bump.classify(bump.operation_changes(old_spec, new_spec), usage)
    [finding] = [f for f in impact.needs_work if f.kind == bump.ADDED_UNREACHED]
    assert finding.change.key == "task.run_task"
    assert finding.where == (
        "an operation of entry point `tasks` (bemserver_api_client/resources/tasks.py)"
    )


def test_a_changed_operation_matters_only_if_the_facade_calls_it(
    new_spec: JSON, facade: FacadeUsage
) -> None:
    changed = copy.deepcopy(new_spec)
    changed["components"]["schemas"]["Site"]["required"] = ["name", "roof_area"]
    changes = bump.operation_changes(new_spec, changed)
    impact = bump.classify(changes, facade)
    get_site = next(f for f in impact.needs_work if f.change.key == "site.get_site")
    assert get_site.kind == bump.CHANGED_USED
    assert get_site.callers == ["sites.getone"]
    assert get_site.files == ["bemserver_api_client/resources/structural_elements.py"]
    # Unused by the facade: compatible.
    unused = bump.classify(changes, _without(facade, "sites"))
    assert {f.change.key for f in unused.compatible if f.kind == bump.NOT_USED} >= {
        "site.get_site"
    }
    assert all(f.change.key.split(".")[0] != "site" for f in unused.needs_work)


def test_the_facade_of_another_tree_is_read_there(
    tmp_path: Path, facade: FacadeUsage
) -> None:
    """usage_of reads the tree it is given, not the package imported here."""
    repo = _copy_repository(tmp_path / "repo")
    assert bump.usage_of(repo).operations == facade.operations
    assert bump.usage_of(repo).files == facade.files
    tasks = repo / "bemserver_api_client" / "resources" / "tasks.py"
    tasks.write_text('raise ImportError("facade broken for the test")\n')
    broken = bump.usage_of(repo)
    assert "facade broken for the test" in broken.error
    assert broken.operations == {}


# Outcome, supported versions, release lookup.


def _result(steps: list[str], impact: bump.Impact | None = None) -> bump.BumpResult:
    result = bump.BumpResult(bump.NEEDS_WORK, "0.28.0", "0.27.0")
    result.steps = [bump.Step(f"step {i}", "x", s) for i, s in enumerate(steps)]
    result.impact = impact or bump.Impact()
    return result


def test_ready_to_merge_only_when_every_check_ran_and_passed(
    old_spec: JSON, new_spec: JSON, facade: FacadeUsage
) -> None:
    assert bump.decide(_result(["passed"] * 4)) == bump.READY
    assert bump.decide(_result(["passed", "failed", "passed"])) == bump.NEEDS_WORK
    assert bump.decide(_result(["passed", "skipped"])) == bump.NEEDS_WORK
    impact = bump.classify(bump.operation_changes(old_spec, new_spec), facade)
    assert bump.decide(_result(["passed"] * 4, impact)) == bump.NEEDS_WORK
    problem = _result(["passed"] * 4)
    problem.problems.append("the facade cannot be imported")
    assert bump.decide(problem) == bump.NEEDS_WORK
    codes = [bump.EXIT_CODES[o] for o in (bump.NO_CHANGE, bump.READY, bump.NEEDS_WORK)]
    assert codes == [0, 10, 20]


def test_supported_versions_end_before_the_next_minor_of_the_tested_release() -> None:
    assert bump.raised_supported(("0.24.0", "0.28.0"), "0.28.1") == (
        "0.24.0",
        "0.29.0",
    )
    assert bump.raised_supported(("0.24.0", "0.28.0"), "0.27.0") == (
        "0.24.0",
        "0.28.0",
    )
    assert bump.raised_supported(("0.24.0", "0.28.0"), "1.0.0") == ("0.24.0", "1.1.0")


def test_raising_supported_versions_rewrites_that_line_only(tmp_path: Path) -> None:
    original = (ROOT / bump.VERSIONS_FILE).read_text()
    versions_file = tmp_path / "_versions.py"
    versions_file.write_text(original)
    before, after = bump.raise_supported_versions(versions_file, "0.30.2")
    assert after == (before[0], "0.31.0")
    old_lines, new_lines = original.splitlines(), versions_file.read_text().splitlines()
    assert len(old_lines) == len(new_lines)
    different = [
        i for i, (a, b) in enumerate(zip(old_lines, new_lines, strict=True)) if a != b
    ]
    assert len(different) == 1
    assert new_lines[different[0]] == (
        f'SUPPORTED_API_VERSIONS = ("{before[0]}", "0.31.0")'
    )


def test_newest_version_compares_numerically_and_skips_pre_releases() -> None:
    assert bump.newest_version(["0.9.0", "0.27.0", "0.100.0rc1", "0.28.0"]) == "0.28.0"
    assert bump.newest_version(["0.27.0", "0.100.0"]) == "0.100.0"
    with pytest.raises(bump.BumpError):
        bump.newest_version(["1.0.0a1"])


def test_latest_release_is_read_from_pips_index() -> None:
    """Asks the real package index (bemserver-api has 0.27.0, never withdrawn)."""
    version = bump.latest_release()
    assert re.fullmatch(r"\d+\.\d+\.\d+", version)
    assert bump.version_key(version) >= (0, 27, 0)


# The workflow.

WORKFLOW = ROOT / ".github" / "workflows" / "api-bump.yml"


def _validate_workflow(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            str(Path(sys.executable).with_name("check-jsonschema")),
            "--builtin-schema",
            "vendor.github-workflows",
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_workflow_passes_the_published_schema() -> None:
    result = _validate_workflow(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr


def test_schema_validation_rejects_a_broken_workflow(tmp_path: Path) -> None:
    """The check can fail: a job without `runs-on` is not a workflow."""
    broken = tmp_path / "broken.yml"
    broken.write_text(WORKFLOW.read_text().replace("runs-on: ubuntu-latest", ""))
    assert broken.read_text() != WORKFLOW.read_text()
    result = _validate_workflow(broken)
    assert result.returncode != 0


def test_workflow_runs_make_bump_and_opens_a_pull_request_with_the_report() -> None:
    text = WORKFLOW.read_text()
    assert "make bump" in text
    assert "cron:" in text
    assert "body-path: build/api-bump-report.md" in text
    assert "build/api-bump.json" in text


# The whole command on copies of the repository (slow: pulls from PyPI).


def _git(cwd: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-c", "user.name=test", "-c", "user.email=test@example.com", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout


def _copy_repository(target: Path) -> Path:
    """The files of this worktree (tracked or not ignored) in a new repository."""
    listed = _git(ROOT, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def _commit_all(repo: Path, message: str) -> None:
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", message)


def _run(cwd: Path, *command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        list(command),
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


def _bump(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return _run(cwd, sys.executable, "-m", "generator", "bump", *args)


@pytest.mark.slow
def test_bump_from_0_25_to_0_27(tmp_path: Path) -> None:
    """A tree set back to API 0.25.0 (only its document in spec/, the core
    generated from it) bumped to 0.27.0. The integration tests are skipped
    (--skip-tests): they take many minutes; lint and typing run."""
    repo = _copy_repository(tmp_path / "repo")
    for path in (repo / "spec").glob("bemserver-api-0.27.0.*"):
        path.unlink()
    generated = _run(repo, sys.executable, "-m", "generator", "build")
    assert generated.returncode == 0, generated.stderr
    assert not (repo / "bemserver_api_client/_generated/api/task").exists()
    _commit_all(repo, "API 0.25.0")
    versions_before = (repo / bump.VERSIONS_FILE).read_text()

    result = _bump(repo, "--api-version", "0.27.0", "--skip-tests")
    assert result.returncode == bump.EXIT_CODES[bump.NEEDS_WORK], (
        result.stdout + result.stderr
    )
    report = (repo / "build" / "api-bump-report.md").read_text()
    summary = json.loads((repo / "build" / "api-bump.json").read_text())
    assert summary["outcome"] == bump.NEEDS_WORK
    assert (summary["api_version"], summary["baseline"]) == ("0.27.0", "0.25.0")

    # The report: removed st_* operations need work (the facade calls them),
    # added task operations are compatible (already declared by entry points).
    needs_work, _, compatible = report.partition("### Compatible")
    needs_work = needs_work.partition("### Needs work")[2]
    removed = re.findall(r"^- `- (\S+)`", needs_work, re.MULTILINE)
    assert len(removed) == 33
    assert all(key.startswith("st_") for key in removed)
    assert (
        "- `- st_cleanup_by_campaign.list_st_cleanups_by_campaigns_full` GET "
        "/st_cleanups_by_campaigns/full (list_st_cleanups_by_campaigns_full): "
        "`st_cleanup_by_campaign.get_full` (bemserver_api_client/resources/"
        "services.py)"
    ) in needs_work
    added = re.findall(r"^- `\+ (\S+)`", compatible, re.MULTILINE)
    assert sorted(added) == [
        "task.list_tasks",
        "task.run_task",
        "task_by_campaign.create_task_by_campaign",
        "task_by_campaign.delete_task_by_campaign",
        "task_by_campaign.get_task_by_campaign",
        "task_by_campaign.list_tasks_by_campaigns",
        "task_by_campaign.update_task_by_campaign",
    ]
    assert (
        "- `+ task.run_task` POST /tasks/run (run_task): `tasks.run_async` "
        "(bemserver_api_client/resources/tasks.py)"
    ) in compatible
    assert re.search(r"\| lint \| passed", report)
    assert re.search(r"\| typing \| passed", report)
    assert re.search(r"\| integration tests \| skipped: --skip-tests", report)
    assert "not raised" in report

    # The tree: the new spec, the core of both releases (the one committed
    # here), the diff in the CHANGELOG, the supported versions untouched.
    assert (repo / "spec" / "bemserver-api-0.27.0.json").read_bytes() == (
        SPEC_DIR / "bemserver-api-0.27.0.json"
    ).read_bytes()
    assert not build.diff_trees(repo / "bemserver_api_client/_generated", GENERATED_DIR)
    changelog = (repo / "CHANGELOG.md").read_text()
    assert "### API 0.27.0 compared with the spec of 0.25.0" in changelog
    assert "    + operation POST /tasks/run (run_task)" in changelog
    assert (repo / bump.VERSIONS_FILE).read_text() == versions_before
    changed = _git(repo, "status", "--porcelain")
    assert " M CHANGELOG.md" in changed
    assert "?? spec/bemserver-api-0.27.0.json" in changed

    # ...which passes `make check-generated` and lint.
    check = _run(repo, sys.executable, "-m", "generator", "check")
    assert check.returncode == 0, check.stdout[-3000:] + check.stderr[-3000:]
    bin_dir = Path(sys.executable).parent
    for command in (
        [str(bin_dir / "ruff"), "check", "."],
        [str(bin_dir / "ruff"), "format", "--check", "."],
        [str(bin_dir / "mypy"), "--strict", "bemserver_api_client"],
    ):
        lint = _run(repo, *command)
        assert lint.returncode == 0, lint.stdout[-3000:] + lint.stderr[-3000:]


@pytest.mark.slow
@pytest.mark.parametrize("version", ["0.26.0", "0.27.0"])
def test_no_change_leaves_the_tree_clean(tmp_path: Path, version: str) -> None:
    """0.26.0 publishes the document of 0.27.0 (the newest spec here); 0.27.0
    is that spec itself."""
    repo = _copy_repository(tmp_path / "repo")
    _commit_all(repo, "as it is")
    result = _bump(repo, "--api-version", version, "--skip-tests", "--skip-lint")
    assert result.returncode == bump.EXIT_CODES[bump.NO_CHANGE], (
        result.stdout + result.stderr
    )
    assert f"bemserver-api {version}: no API change" in result.stdout
    assert _git(repo, "status", "--porcelain") == ""
    summary = json.loads((repo / "build" / "api-bump.json").read_text())
    assert summary["outcome"] == bump.NO_CHANGE


def _release_exporting(document: JSON) -> Any:
    """An `Options.export` giving this document as a release's (no PyPI)."""

    def export(version: str, folder: Path) -> Path:
        released = copy.deepcopy(document)
        released["info"]["version"] = version
        path = folder / f"bemserver-api-{version}.json"
        path.write_text(json.dumps(released))
        return path

    return export


def _raw_spec(version: str) -> JSON:
    document: JSON = json.loads(
        (SPEC_DIR / f"bemserver-api-{version}.json").read_text()
    )
    return document


def test_a_release_the_normaliser_cannot_name_needs_work(tmp_path: Path) -> None:
    """A new endpoint outside the naming rule: the report says where to name
    it; the spec is added, nothing is generated, CHANGELOG.md is untouched."""
    repo = _copy_repository(tmp_path / "repo")
    _commit_all(repo, "as it is")
    document = _raw_spec("0.27.0")
    document["paths"]["/sites/{item_id}/frobnicate"] = {
        "post": {"tags": ["Sites"], "responses": {"204": {"description": "done"}}}
    }
    result = bump.bump(
        bump.Options(
            root=repo,
            api_version="0.28.0",
            skip_lint=True,
            skip_tests=True,
            export=_release_exporting(document),
        )
    )
    assert (result.outcome, result.exit_code) == (bump.NEEDS_WORK, 20)
    [problem] = result.problems
    assert "POST /sites/{item_id}/frobnicate" in problem
    assert "OPERATION_NAMES" in problem
    assert "generator/normalise.py" in problem
    assert problem in bump.report(result)
    assert _git(repo, "status", "--porcelain") == "?? spec/bemserver-api-0.28.0.json\n"


@pytest.mark.slow
def test_a_new_collection_no_entry_point_reaches_needs_work(tmp_path: Path) -> None:
    """A release adding `GET /widgets/`: generated, then reported as reachable
    through no entry point, with the entry point and the files to touch."""
    repo = _copy_repository(tmp_path / "repo")
    _commit_all(repo, "as it is")
    document = _raw_spec("0.27.0")
    document["paths"]["/widgets/"] = {
        "get": {
            "tags": ["Widgets"],
            "responses": {
                "200": {
                    "description": "the widgets",
                    "content": {
                        "application/json": {
                            "schema": {"type": "array", "items": {"type": "string"}}
                        }
                    },
                }
            },
        }
    }
    result = bump.bump(
        bump.Options(
            root=repo,
            api_version="0.28.0",
            skip_lint=True,
            skip_tests=True,
            export=_release_exporting(document),
        )
    )
    assert (result.outcome, result.exit_code) == (bump.NEEDS_WORK, 20)
    assert result.diff == ["+ operation GET /widgets/ (list_widgets)"]
    [finding] = result.impact.findings
    assert (finding.change.key, finding.kind) == (
        "widgets.list_widgets",
        bump.ADDED_UNREACHED,
    )
    assert finding.files == [
        "bemserver_api_client/resources/widgets.py",
        "generator/facade_table.py",
    ]
    assert "a new entry point `widgets`" in finding.where
    assert (
        repo / "bemserver_api_client/_generated/api/widgets/list_widgets.py"
    ).exists()
    assert "### API 0.28.0 compared with the spec of 0.27.0" in (
        (repo / "CHANGELOG.md").read_text()
    )
    assert [s.status for s in result.steps] == [
        "passed",
        "skipped",
        "skipped",
        "skipped",
    ]
