"""The package as users install it: build, compare with git, install, smoke test.

    python scripts/check_wheel.py [--dist-dir DIR] [--python PYTHON]
    make check-wheel [DIST_DIR=dir] [CHECK_PYTHON=python3.13]

1. builds the sdist of the checkout, the wheel FROM the sdist, and a wheel from
   the checkout: both wheels must be the same, file for file;
2. the sdist must hold exactly the files git tracks (and its PKG-INFO), the
   wheel exactly the tracked files of bemserver_api_client/ (and its metadata);
3. `twine check --strict` on both (the README is the project page);
4. installs the wheel into a new venv with the run-time dependencies only,
   compares the installed files with `git ls-files bemserver_api_client`, and
   runs scripts/wheel_smoke.py `core` from a folder outside the checkout;
5. adds the extras [testing,pandas,progress,cli] and runs its `full` phase: calls
   against a sandbox server the installed package starts, the pytest plugin,
   the command line.

Needs `build` and `twine` (the dev extra) and git; installs from the package
index with pip. `--dist-dir` keeps the sdist and the wheel (the release
workflow publishes them); `--python` makes the venv of the installed wheel with
another interpreter (default: this one). Exits 1 on the first failure, saying
what it was.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path

import tomllib

REPO = Path(__file__).resolve().parent.parent
PACKAGE = "bemserver_api_client"
EXTRAS = "testing,pandas,progress,cli"
SMOKE = REPO / "scripts" / "wheel_smoke.py"


def console_scripts() -> set[str]:
    """Where the venv's console scripts of [project.scripts] land, as pip
    lists an installed file (relative to site-packages)."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    return {f"../../../bin/{name}" for name in project.get("scripts", {})}


class CheckFailed(Exception):
    pass


def step(message: str) -> None:
    print(f"== {message}", flush=True)


def ok(message: str) -> None:
    print(f"  ok: {message}", flush=True)


def run(args: list[str | Path], cwd: str | Path | None = None) -> str:
    """Run a command; its output is shown only if it fails."""
    result = subprocess.run(
        [str(a) for a in args], cwd=cwd, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise CheckFailed(
            f"{' '.join(str(a) for a in args)} exited {result.returncode}\n"
            f"{result.stdout[-5000:]}{result.stderr[-5000:]}"
        )
    return result.stdout


def tracked_files() -> set[str]:
    listing = run(["git", "-C", REPO, "ls-files", "-z"])
    return {name for name in listing.split("\0") if name}


def difference(what: str, expected: set[str], found: set[str]) -> None:
    """Fail naming the files missing from `found` and those it should not have."""
    missing, extra = sorted(expected - found), sorted(found - expected)
    if missing or extra:
        lines = [f"{what}:"]
        lines += [f"  missing (tracked by git): {name}" for name in missing[:50]]
        lines += [f"  not tracked by git: {name}" for name in extra[:50]]
        if len(missing) > 50 or len(extra) > 50:
            lines.append(f"  ({len(missing)} missing, {len(extra)} extra in all)")
        raise CheckFailed("\n".join(lines))


def build(source: Path, kind: str, outdir: Path) -> Path:
    run([sys.executable, "-m", "build", f"--{kind}", "--outdir", outdir, source])
    [built] = outdir.glob("*.tar.gz" if kind == "sdist" else "*.whl")
    return built


def wheel_members(wheel: Path) -> dict[str, str]:
    """{name: sha256 of its content} of the files of a wheel."""
    with zipfile.ZipFile(wheel) as archive:
        return {
            info.filename: hashlib.sha256(archive.read(info)).hexdigest()
            for info in archive.infolist()
            if not info.is_dir()
        }


def is_metadata(name: str) -> bool:
    return name.split("/", 1)[0].endswith(".dist-info")


def build_and_compare(work: Path, dist_dir: Path) -> Path:
    step("build: the sdist, the wheel from the sdist, a wheel from the checkout")
    tracked = tracked_files()
    package_files = {name for name in tracked if name.startswith(f"{PACKAGE}/")}
    sdist = build(REPO, "sdist", dist_dir)
    with tarfile.open(sdist) as archive:
        names = [m.name for m in archive.getmembers() if m.isfile()]
        top = names[0].split("/", 1)[0]
        archive.extractall(work / "sdist", filter="data")
    in_sdist = {name.split("/", 1)[1] for name in names} - {"PKG-INFO"}
    difference(f"the sdist {sdist.name}", tracked, in_sdist)
    ok(f"{sdist.name}: the {len(tracked)} files git tracks, and PKG-INFO")

    wheel = build(work / "sdist" / top, "wheel", dist_dir)
    members = wheel_members(wheel)
    in_wheel = {name for name in members if not is_metadata(name)}
    difference(f"the wheel {wheel.name}", package_files, in_wheel)
    if f"{PACKAGE}/py.typed" not in in_wheel:
        raise CheckFailed("the wheel has no py.typed")
    ok(
        f"{wheel.name} (from the sdist): the {len(package_files)} files git tracks "
        f"in {PACKAGE}/ (py.typed among them), and its metadata"
    )
    from_tree = wheel_members(build(REPO, "wheel", work / "tree"))
    differing = sorted(
        name
        for name in from_tree.keys() | members.keys()
        if from_tree.get(name) != members.get(name)
    )
    if differing:
        raise CheckFailed(
            "the wheel built from the checkout differs from the one built from "
            f"the sdist in: {', '.join(differing[:20])}"
        )
    ok("the wheel built from the checkout is the same, file for file")

    run([sys.executable, "-m", "twine", "check", "--strict", sdist, wheel])
    ok("twine check --strict: sdist and wheel (metadata, README as the project page)")
    return wheel


def install_and_smoke(work: Path, wheel: Path, interpreter: str) -> None:
    step(
        f"install the wheel into a new venv ({interpreter}): run-time dependencies only"
    )
    venv = work / "venv"
    run([interpreter, "-m", "venv", venv])
    python = venv / "bin" / "python"
    pip = [python, "-m", "pip", "--quiet", "--disable-pip-version-check"]
    run([*pip, "install", wheel])
    run([*pip, "check"])
    installed = installed_files(python)
    package_files = {name for name in tracked_files() if name.startswith(f"{PACKAGE}/")}
    in_package = {
        name
        for name in installed
        if name.startswith(f"{PACKAGE}/") and "/__pycache__/" not in name
    }
    difference("the installed package", package_files, in_package)
    others = sorted(
        name
        for name in installed
        if not name.startswith(f"{PACKAGE}/") and not is_metadata(name)
    )
    missing_scripts = console_scripts() - set(others)
    if missing_scripts:
        raise CheckFailed(f"the wheel installs no console script {missing_scripts}")
    others = [name for name in others if name not in console_scripts()]
    if others:
        raise CheckFailed(f"the wheel installs files outside the package: {others}")
    ok(f"{len(in_package)} files installed, the same as `git ls-files {PACKAGE}`")
    listed = json.loads(run([python, "-m", "pip", "list", "--format=json"]))
    ok("in the venv: " + ", ".join(sorted(d["name"] for d in listed)))

    # Outside the checkout, with the script copied there: nothing but the
    # installed package can be imported.
    outside = work / "run"
    outside.mkdir()
    smoke = outside / SMOKE.name
    shutil.copy(SMOKE, smoke)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    smoke_test(python, smoke, "core", outside, env)

    step(f"add the extras [{EXTRAS}]")
    run([*pip, "install", f"{wheel}[{EXTRAS}]"])
    run([*pip, "check"])
    ok(f"installed {wheel.name}[{EXTRAS}]")
    smoke_test(python, smoke, "full", outside, env)


def smoke_test(
    python: Path, smoke: Path, phase: str, folder: Path, env: dict[str, str]
) -> None:
    step(f"smoke test ({phase}) from {folder}")
    result = subprocess.run(
        [python, "-I", smoke, phase],
        cwd=folder,
        env=env,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        timeout=1200,
        check=False,
    )
    output = result.stdout.strip()
    # The tqdm bars and the sandbox's logs of the full phase stay out of the
    # summary, unless it fails.
    print("\n".join(line for line in output.splitlines() if line.startswith("  ")))
    if result.returncode != 0:
        raise CheckFailed(f"smoke test ({phase}) failed:\n{output[-8000:]}")


def installed_files(python: Path) -> set[str]:
    code = (
        "import importlib.metadata, json; "
        f"print(json.dumps([str(f) for f in importlib.metadata.files({PACKAGE!r})]))"
    )
    return set(json.loads(run([python, "-I", "-c", code], cwd="/")))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--dist-dir", type=Path, help="keep the sdist and the wheel in this folder"
    )
    parser.add_argument(
        "--python",
        default=sys.executable,
        help="the Python of the venv the wheel is installed into",
    )
    args = parser.parse_args()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="bemserver-wheel-check-") as temp:
        work = Path(temp).resolve()
        if REPO in work.parents:
            raise SystemExit(f"the temporary folder {work} is inside the checkout")
        dist_dir = work / "dist"
        try:
            wheel = build_and_compare(work, dist_dir)
            install_and_smoke(work, wheel, args.python)
        except CheckFailed as failure:
            print(f"FAIL: {failure}", flush=True)
            return 1
        if args.dist_dir:
            args.dist_dir.mkdir(parents=True, exist_ok=True)
            for built in dist_dir.iterdir():
                shutil.copy(built, args.dist_dir)
            ok(f"sdist and wheel copied to {args.dist_dir}")
    print(f"check-wheel passed in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
