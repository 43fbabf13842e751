"""Import time of `bemserver_api_client` against the existing 0.22.0 release and
against `import httpx`; then the CPU of a call against a bare httpx.Client.

Run by `make bench`, with the project's venv: `.venv/bin/python
benchmarks/import_time.py [--runs N] [--refresh]`.

- ours: this repository's package, installed in editable mode with its run-time
  dependencies only in a venv cached under `.cache/bench/` (not the project venv,
  whose dev tools change what httpx imports);
- existing: `bemserver-api-client==0.22.0` from PyPI (requests-based), installed
  with `packaging` (which it imports without declaring it) in a venv cached under
  `.cache/bench/` (gitignored) and made from the same base Python as ours.

Method: every measurement is a fresh interpreter started with `-I` (no user site,
no PYTHON* variables, no current directory on sys.path) in an empty temporary
directory, so that each side imports its own package (checked before measuring).
The sides are run alternately, `--runs` times each (15 by default), in an order
that rotates every round, after one warm-up round that writes the bytecode caches;
medians are reported.

- Main figure: wall clock of `python -I -c "from bemserver_api_client import
  BEMServerApiClient"` (the client's name in both releases) minus the
  median wall clock of the same interpreter running the same program with `pass`
  instead of the import (the baseline): what a script pays, interpreter exit
  included.
- Cross-check: the import statement timed inside the interpreter
  (time.perf_counter() around it), which leaves start-up and exit out.
- `-X importtime` is not used: it does not see modules loaded through
  importlib.import_module (the lazy `__getattr__` of the generated models package
  loads them so), so it undercounts lazy code.

Against httpx: the same import in the venv of ours against `import httpx` in
that venv (the transport no client can avoid), both minus the same baseline:
goal <= 1.15x.

Then, in the same venv, `benchmarks/call_cpu.py`: the CPU of
`client.sites.getall(campaign_id=1).parsed` against the same request made with
a bare `httpx.Client` on the same canned transport (goal <= 1.15x; see there).

For information, the same is measured for eagerly importing the whole generated core
(the models package with every model name touched, and every api module), against
the same baseline. Nothing is asserted: this only prints.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "bemserver_api_client"
EXISTING_VERSION = "0.22.0"
# bemserver-api-client 0.22.0 imports `packaging` but does not declare it.
EXISTING_REQUIREMENTS = (f"bemserver-api-client=={EXISTING_VERSION}", "packaging")
CACHE_DIR = ROOT / ".cache" / "bench"
GOAL = 1.0
# Our import against `import httpx`, and a call against a bare httpx.Client.
HTTPX_GOAL = 1.15
CALL_CPU_SCRIPT = Path(__file__).resolve().with_name("call_cpu.py")
HTTPX_STATEMENT = "import httpx"
RUN_TIMEOUT = 120

MARKER = "@@import-time-bench@@"
# What a user's program writes: the package and its client (ours loads its
# clients on first use, so `import bemserver_api_client` alone would measure less
# than users pay). The existing release has the same name.
IMPORT_STATEMENT = f"from {PACKAGE} import BEMServerApiClient"
# Imported before the timer starts, by the baseline too.
SETUP = "import time"
EAGER_STATEMENT = f"""
import importlib, pkgutil
import {PACKAGE}._generated.api as api
import {PACKAGE}._generated.models as models
for name in models.__all__:
    getattr(models, name)
infos = list(pkgutil.walk_packages(api.__path__, api.__name__ + "."))
for info in infos:
    importlib.import_module(info.name)
print("counts", len(models.__all__), sum(not info.ispkg for info in infos))
"""


@dataclass
class Samples:
    """Measurements of one statement in one interpreter, in milliseconds."""

    wall: list[float] = field(default_factory=list)
    inside: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)


def clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}


def run(python: Path, args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(python), "-I", *args],
        cwd=cwd,
        env=clean_env(),
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
        check=False,
    )


def checked(result: subprocess.CompletedProcess[str], what: str) -> str:
    if result.returncode != 0:
        sys.exit(f"{what} failed ({result.returncode}):\n{result.stderr[-3000:]}")
    return result.stdout


def ensure_venv(name: str, requirements: list[str], refresh: bool) -> Path:
    """A cached venv under .cache/bench/ holding `requirements`; its python."""
    tag = f"py{sys.version_info.major}{sys.version_info.minor}"
    venv = CACHE_DIR / f"{name}-{tag}"
    python = venv / "bin" / "python"
    stamp = venv / ".complete"
    wanted = "\n".join(requirements) + "\n"
    if refresh or not stamp.is_file() or stamp.read_text() != wanted:
        shutil.rmtree(venv, ignore_errors=True)
        venv.parent.mkdir(parents=True, exist_ok=True)
        print(f"creating {venv.relative_to(ROOT)} ...", file=sys.stderr)
        # Run from a venv, `-m venv` makes a venv of the same base interpreter.
        for command in (
            [sys.executable, "-m", "venv", str(venv)],
            [
                str(python),
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                *requirements,
            ],
        ):
            result = subprocess.run(
                command, capture_output=True, text=True, timeout=600, check=False
            )
            if result.returncode != 0:
                sys.exit(
                    f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}"
                )
        stamp.write_text(wanted)
    return python


def ensure_existing_venv(refresh: bool) -> Path:
    """The cached venv holding bemserver-api-client 0.22.0; its python."""
    return ensure_venv(
        f"bemserver-api-client-{EXISTING_VERSION}",
        list(EXISTING_REQUIREMENTS),
        refresh,
    )


def ensure_ours_venv(refresh: bool) -> Path:
    """A cached venv holding this checkout (editable) and its run-time
    dependencies only, as a user installs it: the project's dev venv also
    holds tools (click and rich, which httpx then imports for its own
    command line) that no user of the package pays for."""
    from importlib.metadata import requires

    # As declared by the checkout installed in the running (project) venv.
    dependencies = [
        requirement
        for requirement in requires("bemserver-api-client") or []
        if "extra ==" not in requirement
    ]
    # The dependencies are in the stamp: a change of them rebuilds the venv.
    return ensure_venv("ours", ["-e", str(ROOT), *dependencies], refresh)


def check_origin(python: Path, expected_root: Path, cwd: Path) -> None:
    """Fail unless `python` imports the package from under expected_root."""
    out = checked(
        run(python, ["-c", f"import {PACKAGE}; print({PACKAGE}.__file__)"], cwd),
        f"import {PACKAGE} with {python}",
    )
    origin = Path(out.strip()).resolve()
    if not origin.is_relative_to(expected_root.resolve()):
        sys.exit(f"{python} imports {PACKAGE} from {origin}, not {expected_root}")


def program(statement: str) -> str:
    """Code that runs statement and prints how long it took, in ms: wall
    clock and CPU (time.process_time)."""
    return (
        f"{SETUP}\n_cpu = time.process_time()\n_start = time.perf_counter()\n"
        f"{statement}\n"
        f"print({MARKER!r}, (time.perf_counter() - _start) * 1000, "
        f"(time.process_time() - _cpu) * 1000)\n"
    )


def measure(python: Path, statement: str, cwd: Path) -> tuple[float, float, float, str]:
    """(wall clock of the whole interpreter, time of statement inside it, CPU
    time of statement inside it, stdout)."""
    code = program(statement)
    start = time.perf_counter()
    result = run(python, ["-c", code], cwd)
    wall = (time.perf_counter() - start) * 1000
    stdout = checked(result, f"{python} -c {statement!r}")
    inside, cpu = next(
        (float(line.split()[1]), float(line.split()[2]))
        for line in stdout.splitlines()
        if line.startswith(MARKER)
    )
    return wall, inside, cpu, stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="runs of each (15)")
    parser.add_argument(
        "--refresh", action="store_true", help="rebuild the cached 0.22.0 venv"
    )
    parser.add_argument(
        "--call-args",
        nargs="*",
        default=[],
        help="arguments of benchmarks/call_cpu.py (e.g. --calls 500)",
    )
    args = parser.parse_args(argv)

    ours = ensure_ours_venv(args.refresh)
    existing = ensure_existing_venv(args.refresh)
    # name: (interpreter, statement); the "baseline" ones run no import.
    cases: dict[str, tuple[Path, str]] = {
        "baseline ours": (ours, "pass"),
        "baseline existing": (existing, "pass"),
        "ours": (ours, IMPORT_STATEMENT),
        "existing": (existing, IMPORT_STATEMENT),
        "httpx": (ours, HTTPX_STATEMENT),
        "eager": (ours, EAGER_STATEMENT),
    }
    samples = {name: Samples() for name in cases}
    outputs: dict[str, str] = {}

    with tempfile.TemporaryDirectory(prefix="bemserver-bench-") as tmp:
        cwd = Path(tmp)
        check_origin(ours, ROOT, cwd)
        check_origin(existing, existing.parent.parent, cwd)
        names = list(cases)
        for name in names:  # warm-up: bytecode and file system caches
            outputs[name] = measure(*cases[name], cwd)[3]
        for round_index in range(args.runs):
            # Alternate, rotating the order so that no case always runs first.
            shift = round_index % len(names)
            for name in names[shift:] + names[:shift]:
                wall_ms, inside_ms, cpu_ms, _ = measure(*cases[name], cwd)
                samples[name].wall.append(wall_ms)
                samples[name].inside.append(inside_ms)
                samples[name].cpu.append(cpu_ms)

    wall = {name: statistics.median(s.wall) for name, s in samples.items()}
    inside = {name: statistics.median(s.inside) for name, s in samples.items()}
    cpu = {name: statistics.median(s.cpu) for name, s in samples.items()}
    cost = {
        "ours": wall["ours"] - wall["baseline ours"],
        "existing": wall["existing"] - wall["baseline existing"],
        "eager": wall["eager"] - wall["baseline ours"],
        "httpx": wall["httpx"] - wall["baseline ours"],
    }
    counts = next(
        line.split()[1:]
        for line in outputs["eager"].splitlines()
        if line[:6] == "counts"
    )

    print(
        f"medians of {args.runs} interleaved fresh interpreters each, python "
        f"{sys.version.split()[0]}; wall clock minus the baseline, the same program "
        f"with `pass` instead of the import "
        f"(ours {wall['baseline ours']:.1f} ms, "
        f"existing {wall['baseline existing']:.1f} ms)"
    )
    print(
        f"{IMPORT_STATEMENT}: ours {cost['ours']:.1f} ms, existing "
        f"{EXISTING_VERSION} {cost['existing']:.1f} ms, "
        f"ratio {cost['ours'] / cost['existing']:.2f} (goal <= {GOAL:.1f})"
    )
    print(
        f"  cross-check, the import timed inside the interpreter: ours "
        f"{inside['ours']:.1f} ms, existing {inside['existing']:.1f} ms, "
        f"ratio {inside['ours'] / inside['existing']:.2f}"
    )
    print(
        f"{IMPORT_STATEMENT} against {HTTPX_STATEMENT} (same venv, run-time "
        f"dependencies only): ours {cost['ours']:.1f} ms, httpx "
        f"{cost['httpx']:.1f} ms, ratio {cost['ours'] / cost['httpx']:.2f} "
        f"(goal <= {HTTPX_GOAL:.2f})"
    )
    print(
        f"  the import timed inside the interpreter: ours {inside['ours']:.1f} ms, "
        f"httpx {inside['httpx']:.1f} ms, ratio "
        f"{inside['ours'] / inside['httpx']:.2f}; its CPU (time.process_time): "
        f"ours {cpu['ours']:.1f} ms, httpx {cpu['httpx']:.1f} ms, ratio "
        f"{cpu['ours'] / cpu['httpx']:.2f} (goal <= {HTTPX_GOAL:.2f})"
    )
    print(
        f"eager generated core, for information ({counts[0]} model names touched, "
        f"{counts[1]} api modules imported): {cost['eager']:.1f} ms "
        f"(inside {inside['eager']:.1f} ms), "
        f"ratio {cost['eager'] / cost['existing']:.2f} against existing "
        f"{EXISTING_VERSION}'s import"
    )
    # The CPU of a call, in the same venv (run-time dependencies only).
    result = run(ours, [str(CALL_CPU_SCRIPT), *args.call_args], ROOT)
    print(checked(result, "benchmarks/call_cpu.py"), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
