"""`python -m generator bump`: follow a new BEMServer API release in one command.

find the release (newest on the package index, or the one asked for)
  -> pull its document into a temporary folder (pull.py, no server)
  -> no change against the newest spec in spec/: say so, touch nothing, exit 0
  -> otherwise: add it to spec/, regenerate the core, read what the facade uses
     and classify the change ("compatible" or "needs work"), run lint, typing and
     the integration tests against a sandbox of the release, raise
     SUPPORTED_API_VERSIONS when the bump is ready to merge, add the API diff to
     CHANGELOG.md, write a markdown report for a pull request.

The outcome is the exit code (see EXIT_CODES) and build/api-bump.json, because
`make` turns every failing exit code into 2.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import build, pull
from .changelog import add_api_diff
from .facade import FacadeUsage, usage_of
from .normalise import NormaliseError, iter_operations, normalise
from .versions import api_diff, operation_key, same_document, version_key

JSON = dict[str, Any]

NO_CHANGE = "no change"
READY = "ready to merge"
NEEDS_WORK = "needs work"
#: Exit code of each outcome (errors, as for every generator command: 2).
EXIT_CODES = {NO_CHANGE: 0, READY: 10, NEEDS_WORK: 20}

VERSIONS_FILE = Path("bemserver_api_client") / "_versions.py"
SUPPORTED_PATTERN = re.compile(
    r'^(SUPPORTED_API_VERSIONS = \()"(\d+\.\d+\.\d+)", "(\d+\.\d+\.\d+)"(\))$',
    re.MULTILINE,
)
RESOURCES_DIR = "bemserver_api_client/resources"
ENTRY_TABLE_FILE = "generator/facade_table.py"
NORMALISER_FILE = "generator/normalise.py"


class BumpError(Exception):
    """The bump cannot go on (exit 2): nothing to classify."""


# Finding the release.


def latest_release(python: str = sys.executable) -> str:
    """The newest final release of bemserver-api that pip's index offers."""
    result = subprocess.run(
        [python, "-m", "pip", "index", "versions", "--json", "bemserver-api"],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    if result.returncode != 0:
        raise BumpError(
            "cannot list the releases of bemserver-api on the package index:\n"
            + result.stderr.strip()[-2000:]
        )
    return newest_version(json.loads(result.stdout).get("versions", []))


def newest_version(versions: Sequence[str]) -> str:
    """The newest x.y.z version (pre-releases and other forms are left out)."""
    finals = [v for v in versions if re.fullmatch(r"\d+\.\d+\.\d+", v)]
    if not finals:
        raise BumpError(f"no release of bemserver-api found (index gave {versions})")
    return max(finals, key=version_key)


# What changed, operation by operation.


@dataclass(frozen=True)
class OperationChange:
    """An operation added (+), removed (-) or changed (~) between two documents."""

    key: str  # as the core and the facade name it: "site.get_site"
    label: str  # as the API diff names it: "GET /sites/{item_id} (get_site)"
    sign: str
    #: for a change: its own definition and/or the schemas it uses that changed
    because: tuple[str, ...] = ()


def _schema_refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            yield ref.rsplit("/", 1)[1]
        for value in node.values():
            yield from _schema_refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _schema_refs(value)


def _schemas_used(document: JSON, operation: JSON) -> set[str]:
    """The schemas an operation refers to, directly or through other schemas."""
    schemas = document.get("components", {}).get("schemas", {})
    seen: set[str] = set()
    pending = list(_schema_refs(operation))
    while pending:
        name = pending.pop()
        if name not in seen:
            seen.add(name)
            pending.extend(_schema_refs(schemas.get(name, {})))
    return seen


def operation_changes(old: JSON, new: JSON) -> list[OperationChange]:
    """The operations of two normalised documents that differ, sorted by key.

    An operation changes when its own definition does, or a schema it uses does
    (its request or response is then different though its text is the same).
    """

    def operations(document: JSON) -> dict[str, tuple[str, JSON]]:
        return {
            operation_key(op): (f"{method.upper()} {path} ({op['operationId']})", op)
            for method, path, op in iter_operations(document)
        }

    def schemas(document: JSON) -> dict[str, str]:
        found = document.get("components", {}).get("schemas", {})
        return {name: json.dumps(s, sort_keys=True) for name, s in found.items()}

    before, after = operations(old), operations(new)
    old_schemas, new_schemas = schemas(old), schemas(new)
    changed_schemas = {
        name
        for name in old_schemas.keys() | new_schemas.keys()
        if old_schemas.get(name) != new_schemas.get(name)
    }
    changes: list[OperationChange] = []
    for key in sorted(before.keys() | after.keys()):
        if key not in before:
            changes.append(OperationChange(key, after[key][0], "+"))
        elif key not in after:
            changes.append(OperationChange(key, before[key][0], "-"))
        else:
            (_, old_op), (label, new_op) = before[key], after[key]
            because = [
                f"schema {name}"
                for name in sorted(
                    (_schemas_used(old, old_op) | _schemas_used(new, new_op))
                    & changed_schemas
                )
            ]
            if json.dumps(old_op, sort_keys=True) != json.dumps(new_op, sort_keys=True):
                because.insert(0, "its parameters, body or responses")
            if because:
                changes.append(OperationChange(key, label, "~", tuple(because)))
    return changes


# Against the facade.


#: Kinds of findings: what a changed operation means for the facade.
REMOVED_USED = "removed, called by the facade"
CHANGED_USED = "changed, called by the facade"
ADDED_UNREACHED = "added, reachable through no entry point"
ADDED_REACHED = "added, already called by the facade"
NOT_USED = "removed or changed, not used by the facade"
NEEDS_WORK_KINDS = (REMOVED_USED, CHANGED_USED, ADDED_UNREACHED)

#: What to do about each kind that needs work (the report says it once).
ADVICE = {
    REMOVED_USED: "The core keeps these operations for the API versions that have "
    "them: on the new release a call raises BEMServerAPIOperationUnavailableError "
    "before any request. Mark their integration tests "
    "`@pytest.mark.api_versions(below=...)` (the first release without them, "
    "{version} at the latest) and say so in the docs, or remove the operations "
    "from the files named.",
    CHANGED_USED: "Check each caller's arguments and how it reads the result.",
    ADDED_UNREACHED: "Declare each one in the facade's table, "
    f"{ENTRY_TABLE_FILE} (a method of the entry point named, or a new entry "
    f"point exported by a module of {RESOURCES_DIR}/), then `make generate`.",
}


@dataclass
class Finding:
    """One changed operation, what it means for the facade, where to look."""

    change: OperationChange
    kind: str
    callers: list[str]
    files: list[str]
    #: for an unreached operation: the entry point and file suggested
    where: str = ""


@dataclass
class Impact:
    findings: list[Finding] = field(default_factory=list)

    @property
    def needs_work(self) -> list[Finding]:
        return [f for f in self.findings if f.kind in NEEDS_WORK_KINDS]

    @property
    def compatible(self) -> list[Finding]:
        return [f for f in self.findings if f.kind not in NEEDS_WORK_KINDS]


def _suggest_entry_point(
    change: OperationChange, usage: FacadeUsage
) -> tuple[str, list[str]]:
    """Where an operation no entry point reaches could go, and the files."""
    tag = change.key.split(".")[0]
    same_tag = sorted(ep for ep, tags in usage.tags.items() if tag in tags)
    if same_tag:
        files = sorted({usage.files.get(ep, "?") for ep in same_tag})
        where = ", ".join(f"`{ep}` ({usage.files.get(ep, '?')})" for ep in same_tag)
        return f"an operation of entry point {where}", files
    # A new entry point: named after the path's first segment, in the file of
    # the entry points whose tags begin with the same word (or a new file).
    path = change.label.split(" ")[1]
    name = path.strip("/").split("/")[0] or tag
    word = tag.split("_")[0]
    related = sorted(
        usage.files.get(ep, "?")
        for ep, tags in usage.tags.items()
        if any(t.split("_")[0] == word for t in tags)
    )
    file = related[0] if related else f"{RESOURCES_DIR}/{name.split('_')[0]}.py"
    return (
        f"a new entry point `{name}` (suggested name) in {file}, with its line in "
        f"{ENTRY_TABLE_FILE}",
        [file, ENTRY_TABLE_FILE],
    )


def classify(changes: list[OperationChange], usage: FacadeUsage) -> Impact:
    """Compatible: added and called, or not used by the facade. Needs work:
    removed or changed while the facade calls it, or added and reached by no
    entry point."""
    impact = Impact()
    for change in changes:
        callers = sorted(usage.operations.get(change.key, []))
        files = sorted({usage.file_of(caller) for caller in callers})
        if change.sign == "+" and not callers:
            where, files = _suggest_entry_point(change, usage)
            impact.findings.append(
                Finding(change, ADDED_UNREACHED, [], files, where=where)
            )
        elif change.sign == "+":
            impact.findings.append(Finding(change, ADDED_REACHED, callers, files))
        elif not callers:
            impact.findings.append(Finding(change, NOT_USED, [], []))
        elif change.sign == "-":
            impact.findings.append(Finding(change, REMOVED_USED, callers, files))
        else:
            impact.findings.append(Finding(change, CHANGED_USED, callers, files))
    return impact


# Checks.


@dataclass
class Step:
    name: str
    command: str
    status: str  # "passed", "failed", "skipped"
    seconds: float = 0.0
    summary: str = ""
    output: str = ""


def _tool(name: str) -> str:
    """A console script of the running environment (the project's venv)."""
    return str(Path(sys.executable).with_name(name))


def check_commands(api_version: str) -> dict[str, list[list[str]]]:
    """The commands of each check, run at the repository's root."""
    return {
        "lint": [
            [_tool("ruff"), "check", "."],
            [_tool("ruff"), "format", "--check", "."],
        ],
        "typing": [[_tool("mypy"), "--strict", "bemserver_api_client"]],
        "integration tests": [
            [
                sys.executable,
                "-m",
                "pytest",
                "-m",
                "integration",
                "--bemserver-api-version",
                api_version,
                "-q",
                "-p",
                "no:cacheprovider",
            ]
        ],
    }


def _display(command: list[str]) -> str:
    shown = [Path(command[0]).name, *command[1:]]
    if shown[0].startswith("python"):
        shown[0] = "python"
    return " ".join(shown)


def run_check(name: str, commands: list[list[str]], root: Path) -> Step:
    started = time.monotonic()
    outputs: list[str] = []
    status = "passed"
    for command in commands:
        print(f"bump: {name}: {_display(command)}", flush=True)
        result = subprocess.run(
            command,
            cwd=root,
            capture_output=True,
            text=True,
            timeout=3600,
            check=False,
        )
        outputs.append(result.stdout + result.stderr)
        if result.returncode != 0:
            status = "failed"
            break
    output = "\n".join(outputs).strip()
    last_lines = [line for line in output.splitlines() if line.strip()]
    return Step(
        name,
        " && ".join(_display(command) for command in commands),
        status,
        time.monotonic() - started,
        summary=last_lines[-1].strip("= ") if last_lines else "",
        output="\n".join(last_lines[-40:]),
    )


# Supported versions.


def raised_supported(current: tuple[str, str], new_version: str) -> tuple[str, str]:
    """SUPPORTED_API_VERSIONS once `new_version` is tested: its upper bound
    (excluded) becomes the next minor version, if that is higher."""
    major, minor, _ = version_key(new_version)
    upper = f"{major}.{minor + 1}.0"
    low, high = current
    return (low, upper if version_key(upper) > version_key(high) else high)


def raise_supported_versions(
    versions_file: Path, new_version: str
) -> tuple[tuple[str, str], tuple[str, str]]:
    """Rewrite the SUPPORTED_API_VERSIONS line only; (before, after)."""
    text = versions_file.read_text()
    match = SUPPORTED_PATTERN.search(text)
    if match is None:
        raise BumpError(f"no `SUPPORTED_API_VERSIONS = (...)` line in {versions_file}")
    before = (match.group(2), match.group(3))
    after = raised_supported(before, new_version)
    if after != before:
        line = f'{match.group(1)}"{after[0]}", "{after[1]}"{match.group(4)}'
        versions_file.write_text(text[: match.start()] + line + text[match.end() :])
    return before, after


# The bump.


@dataclass
class BumpResult:
    outcome: str
    api_version: str
    baseline: str
    diff: list[str] = field(default_factory=list)
    impact: Impact = field(default_factory=Impact)
    steps: list[Step] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # why it needs work, besides
    supported: tuple[tuple[str, str], tuple[str, str]] | None = None

    @property
    def exit_code(self) -> int:
        return EXIT_CODES[self.outcome]


@dataclass
class Options:
    root: Path
    api_version: str | None = None
    skip_lint: bool = False
    skip_tests: bool = False
    #: how a release's document is fetched into a folder (tests give documents)
    export: Callable[[str, Path], Path] = pull.pull_from_release


def bump(options: Options) -> BumpResult:
    root = options.root
    spec_dir = root / "spec"
    committed = pull.spec_versions(spec_dir)
    if not committed:
        raise BumpError(f"no spec in {spec_dir}: pull one first (make spec)")
    baseline = committed[-1]
    version = options.api_version or latest_release()
    print(f"bump: bemserver-api {version}, against the spec of {baseline}", flush=True)
    old = json.loads(pull.spec_path(spec_dir, baseline).read_text())
    with tempfile.TemporaryDirectory(prefix="bemserver-bump-") as tmp:
        pulled = options.export(version, Path(tmp))
        new = json.loads(pulled.read_text())
        if same_document(old, new):
            return BumpResult(NO_CHANGE, version, baseline)
        if version in committed or version_key(version) < version_key(baseline):
            raise BumpError(
                f"bemserver-api {version} is not newer than the spec of {baseline} "
                "and differs from it: bump only goes forward"
            )
        for source in (pulled, pull.provenance_path(Path(tmp), version)):
            if source.exists():
                shutil.copyfile(source, spec_dir / source.name)
    result = BumpResult(NEEDS_WORK, version, baseline)
    try:
        old_normalised, new_normalised = normalise(old), normalise(new)
    except NormaliseError as exc:
        # Typically operations the normaliser cannot name yet: nothing can be
        # generated until a human names them.
        result.problems.append(
            f"the new document cannot be normalised: {exc} (in {NORMALISER_FILE})"
        )
        # No diff to record in CHANGELOG.md until it can be computed.
        result.diff = ["(not computed: the document could not be normalised)"]
        return result
    result.diff = api_diff(old_normalised, new_normalised)
    changes = operation_changes(old_normalised, new_normalised)

    started = time.monotonic()
    print("bump: regenerating the core", flush=True)
    warnings = build.generate(
        pull.current_specs(spec_dir), root / "bemserver_api_client" / "_generated"
    )
    result.steps.append(
        Step(
            "generation",
            "python -m generator build",
            "failed" if warnings else "passed",
            time.monotonic() - started,
            summary="warnings (see below)" if warnings else "no warning",
            output="\n".join(warnings),
        )
    )

    usage = usage_of(root)
    if usage.error:
        # Nothing to classify against: the problem is the finding.
        result.problems.append(
            "the facade cannot be imported with the new core, so the changes are "
            "not classified:\n" + usage.error
        )
    else:
        result.impact = classify(changes, usage)

    commands = check_commands(version)
    for name in ("lint", "typing", "integration tests"):
        skipped = (options.skip_lint and name != "integration tests") or (
            options.skip_tests and name == "integration tests"
        )
        if skipped:
            flag = "--skip-tests" if name == "integration tests" else "--skip-lint"
            result.steps.append(
                Step(name, _display(commands[name][0]), "skipped", summary=flag)
            )
        else:
            result.steps.append(run_check(name, commands[name], root))

    result.outcome = decide(result)
    if result.outcome == READY:
        result.supported = raise_supported_versions(root / VERSIONS_FILE, version)
    add_api_diff(
        root / "CHANGELOG.md",
        f"API {version} compared with the spec of {baseline}",
        result.diff,
    )
    return result


def decide(result: BumpResult) -> str:
    """Ready to merge only if every check ran and passed (a skipped check is not
    a pass) and nothing needs work."""
    all_passed = bool(result.steps) and all(s.status == "passed" for s in result.steps)
    if all_passed and not result.impact.needs_work and not result.problems:
        return READY
    return NEEDS_WORK


# The report.


def report(result: BumpResult) -> str:
    """Markdown for a pull request: outcome, facade impact, API diff, checks."""
    lines = [
        f"# BEMServer API {result.api_version}: {result.outcome}",
        "",
        f"`python -m generator bump` compared bemserver-api {result.api_version} "
        f"with the spec of {result.baseline} (exit code {result.exit_code}).",
        "",
    ]
    if result.outcome == NO_CHANGE:
        lines += ["The API did not change: nothing to do, nothing was modified.", ""]
        return "\n".join(lines)
    lines += ["## Facade impact", ""]
    for problem in result.problems:
        first, _, rest = problem.partition("\n")
        lines += [f"- **{first}**", ""]
        if rest:
            lines += [
                "  ```",
                *(f"  {line}" for line in rest.splitlines()),
                "  ```",
                "",
            ]
    if result.impact.findings or not result.problems:
        lines += _findings_sections(result.impact, result.api_version)
    lines += [
        "## API diff",
        "",
        "Operations and schemas added `+`, removed `-`, changed `~` (also added to "
        "CHANGELOG.md):",
        "",
        "```diff",
        *(
            result.diff
            or ["(no operation or schema changed: the document differs elsewhere)"]
        ),
        "```",
        "",
        "## Checks",
        "",
        "| check | result | time | command |",
        "| --- | --- | --- | --- |",
    ]
    if not result.steps:
        lines.append("| (none) | not run: nothing was generated | | |")
    lines += [
        f"| {s.name} | {s.status}{': ' + s.summary if s.summary else ''} | "
        f"{s.seconds:.0f} s | `{s.command}` |"
        for s in result.steps
    ]
    lines.append("")
    for step in result.steps:
        if step.status == "failed" and step.output:
            lines += [
                f"<details><summary>{step.name}: last lines</summary>",
                "",
                "```",
                step.output,
                "```",
                "",
                "</details>",
                "",
            ]
    lines += ["## Supported versions", ""]
    if result.supported is not None:
        before, after = result.supported
        lines.append(
            f"`SUPPORTED_API_VERSIONS`: `{_pair(before)}` -> `{_pair(after)}`"
            if before != after
            else f"`SUPPORTED_API_VERSIONS = {_pair(after)}` covers "
            f"{result.api_version}."
        )
    else:
        skipped = [s.name for s in result.steps if s.status == "skipped"]
        lines.append(
            "`SUPPORTED_API_VERSIONS` not raised: the bump is not ready to merge"
            + (f" (skipped: {', '.join(skipped)})" if skipped else "")
            + ". Raise it by hand once the work below is done and every check passes."
        )
    if result.outcome == NEEDS_WORK:
        lines += [
            "",
            "## What to do",
            "",
            'See CONTRIBUTING.md, "Following a new API release": fix each '
            "item above, run the checks, raise `SUPPORTED_API_VERSIONS` in "
            f"{VERSIONS_FILE.as_posix()}, and commit on this branch.",
        ]
    return "\n".join(lines) + "\n"


def _pair(versions: tuple[str, str]) -> str:
    return f'("{versions[0]}", "{versions[1]}")'


def _findings_sections(impact: Impact, version: str) -> list[str]:
    if not impact.findings:
        return ["No operation changed (the diff lists what did).", ""]
    lines: list[str] = []
    for title, findings in (
        ("Needs work", impact.needs_work),
        ("Compatible", impact.compatible),
    ):
        if not findings:
            continue
        lines += [f"### {title} ({len(findings)})", ""]
        for kind in (*NEEDS_WORK_KINDS, ADDED_REACHED, NOT_USED):
            of_kind = [f for f in findings if f.kind == kind]
            if not of_kind:
                continue
            lines += [f"**{kind[0].upper()}{kind[1:]}** ({len(of_kind)}).", ""]
            if kind in ADVICE:
                lines += [ADVICE[kind].format(version=version), ""]
            lines += [_finding_line(f) for f in of_kind] + [""]
    return lines


def _finding_line(finding: Finding) -> str:
    change = finding.change
    line = f"- `{change.sign} {change.key}` {change.label}"
    if change.because:
        line += f", through {', '.join(change.because)}"
    if finding.callers:
        callers = ", ".join(f"`{caller}`" for caller in finding.callers)
        line += f": {callers} ({', '.join(finding.files)})"
    if finding.where:
        line += f": {finding.where}"
    return line


def write_outputs(result: BumpResult, report_path: Path) -> None:
    """The report, and build/api-bump.json beside it for scripts (CI)."""
    report_path.parent.mkdir(parents=True, exist_ok=True)
    report_path.write_text(report(result))
    summary = {
        "outcome": result.outcome,
        "exit_code": result.exit_code,
        "api_version": result.api_version,
        "baseline": result.baseline,
        "report": str(report_path),
    }
    report_path.with_name("api-bump.json").write_text(
        json.dumps(summary, indent=2) + "\n"
    )
