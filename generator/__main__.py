"""Command line of the generator: `python -m generator {pull,build,check,bump}`."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from . import build, bump, pull
from .changelog import add_api_diff
from .normalise import normalise
from .paths import GENERATED_DIR, ROOT, SPEC_DIR
from .versions import api_diff, version_key


def _cmd_pull(args: argparse.Namespace) -> int:
    committed = {
        version: json.loads(pull.spec_path(SPEC_DIR, version).read_text())
        for version in pull.spec_versions(SPEC_DIR)
    }
    if args.url:
        path = pull.pull_from_url(args.url, SPEC_DIR)
    else:
        path = pull.pull_from_release(args.api_version, SPEC_DIR)
    print(f"wrote {path.relative_to(SPEC_DIR.parent)} and its provenance")
    document = json.loads(path.read_text())
    version = document["info"]["version"]
    if not committed:
        return 0
    baseline = version if version in committed else max(committed, key=version_key)
    lines = api_diff(normalise(committed[baseline]), normalise(document))
    title = f"API {version} compared with the spec of {baseline}"
    print(f"{title}: {len(lines) or 'no'} change(s)")
    print("\n".join(lines))
    if version not in committed:
        add_api_diff(ROOT / "CHANGELOG.md", title, lines)
        print("added the API diff to CHANGELOG.md")
    return 0


def _cmd_build(args: argparse.Namespace) -> int:
    output = Path(args.output) if args.output else GENERATED_DIR
    warnings = build.generate(pull.current_specs(SPEC_DIR), output)
    for warning in warnings:
        print(warning, file=sys.stderr)
    print(f"generated {output}")
    return 1 if warnings else 0


def _cmd_check(_: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory(prefix="bemserver-check-") as tmp:
        fresh = Path(tmp) / "_generated"
        warnings = build.generate(pull.current_specs(SPEC_DIR), fresh)
        if warnings:
            print("\n".join(warnings), file=sys.stderr)
            print("generation warns: fix the normaliser or the config", file=sys.stderr)
            return 1
        if not GENERATED_DIR.is_dir():
            print(f"{GENERATED_DIR} is missing: run `make generate`", file=sys.stderr)
            return 1
        differences = build.diff_trees(fresh, GENERATED_DIR)
    if differences:
        print("".join(differences))
        print(
            f"the committed core differs from what spec/ and templates/ generate in "
            f"{len(differences)} file(s): run `make generate` and commit",
            file=sys.stderr,
        )
        return 1
    print("generated core is up to date")
    return 0


def _cmd_bump(args: argparse.Namespace) -> int:
    report_path = (
        Path(args.report) if args.report else ROOT / "build" / "api-bump-report.md"
    )
    # A summary left by an earlier run must not pass for this one's (CI reads it).
    report_path.with_name("api-bump.json").unlink(missing_ok=True)
    result = bump.bump(
        bump.Options(
            root=ROOT,
            api_version=args.api_version,
            skip_lint=args.skip_lint,
            skip_tests=args.skip_tests,
        )
    )
    bump.write_outputs(result, report_path)
    if result.outcome == bump.NO_CHANGE:
        print(
            f"bemserver-api {result.api_version}: no API change against the spec of "
            f"{result.baseline}; nothing modified"
        )
    else:
        print(f"API diff: {len(result.diff)} line(s), added to CHANGELOG.md")
        for step in result.steps:
            print(f"  {step.name}: {step.status} {step.summary}".rstrip())
        print(f"{result.outcome}: report in {report_path}")
    print(f"exit code {result.exit_code} ({result.outcome})")
    return result.exit_code


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    pull_parser = commands.add_parser(
        "pull", help="fetch the OpenAPI document of a BEMServer API release into spec/"
    )
    source = pull_parser.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "--api-version", help="bemserver-api release on PyPI, exported with no server"
    )
    source.add_argument(
        "--url", help="base URL of a live server (reads /api-spec.json)"
    )
    pull_parser.set_defaults(func=_cmd_pull)

    build_parser = commands.add_parser(
        "build", help="normalise spec/ and generate the core"
    )
    build_parser.add_argument(
        "--output", help="folder to write (default: the package's)"
    )
    build_parser.set_defaults(func=_cmd_build)

    check_parser = commands.add_parser(
        "check", help="fail, with the diff, if the committed core is not up to date"
    )
    check_parser.set_defaults(func=_cmd_check)

    bump_parser = commands.add_parser(
        "bump",
        help="follow a new API release: pull, diff, regenerate, classify, test, report",
        description="Exit codes: 0 no change, 10 ready to merge, 20 needs work, "
        "2 error.",
    )
    bump_parser.add_argument(
        "--api-version", help="bemserver-api release (default: the newest on the index)"
    )
    bump_parser.add_argument(
        "--skip-lint", action="store_true", help="skip ruff and mypy (for tests)"
    )
    bump_parser.add_argument(
        "--skip-tests",
        action="store_true",
        help="skip the integration tests against the release (for tests)",
    )
    bump_parser.add_argument(
        "--report", help="markdown report to write (default: build/api-bump-report.md)"
    )
    bump_parser.set_defaults(func=_cmd_bump)

    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except (pull.PullError, build.GenerationError, bump.BumpError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
