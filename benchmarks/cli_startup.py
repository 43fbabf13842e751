"""Start-up of the command line, and what its extra costs `import bemserver_api_client`.

Run with the project's venv: `.venv/bin/python benchmarks/cli_startup.py [--runs N]`.

1. `bemserver-api-client --help` (the installed console script: it lists the
   client's entry points, from its cache once the warm-up round made it)
   against `python -c "import bemserver_api_client"`, both in this venv, each
   whole (what a shell user waits for): goal <= 1.5x. Also
   `bemserver-api-client sites getall --help` (one command's parser, from the
   method's signature).
2. The import cost of the package with the packages httpx's own command line
   imports at `import httpx` when installed (click, rich, pygments: this venv has
   them, brought by the docs tools) and without them (blocked in sys.modules,
   as in a venv that lacks them), each minus an empty interpreter's start-up;
   and the requirements of the [cli] extra: if it brings none of them,
   installing it does not change the import cost.

Every measurement is a fresh process run from an empty directory; the sides
alternate, medians of `--runs` (15 by default) after a warm-up round.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

BIN = Path(sys.executable).parent
HTTPX_CLI_PACKAGES = ("click", "rich", "pygments")
BLOCK = f"import sys; sys.modules.update(dict.fromkeys({HTTPX_CLI_PACKAGES!r})); "


def commands() -> dict[str, list[str]]:
    python = [sys.executable, "-I", "-c"]
    script = str(BIN / "bemserver-api-client")
    return {
        "empty interpreter": [*python, "pass"],
        "import bemserver_api_client": [*python, "import bemserver_api_client"],
        "import, without click/rich/pygments": [
            *python,
            BLOCK + "import bemserver_api_client",
        ],
        "bemserver-api-client --help": [script, "--help"],
        "bemserver-api-client sites getall --help": [
            script,
            "sites",
            "getall",
            "--help",
        ],
    }


#: The environment without PYTHON* variables, as `python -I` runs (the console
#: script cannot take -I): PYTHONDONTWRITEBYTECODE would make the command
#: compile its modules at every start, which an installed package never does.
ENVIRONMENT = {
    key: value for key, value in os.environ.items() if not key.startswith("PYTHON")
}


def run_once(command: list[str], cwd: str) -> float:
    start = time.perf_counter()
    subprocess.run(
        command, cwd=cwd, check=True, stdout=subprocess.DEVNULL, env=ENVIRONMENT
    )
    return time.perf_counter() - start


def cli_requirements() -> list[str]:
    requires = metadata.requires("bemserver-api-client") or []
    return [r for r in requires if 'extra == "cli"' in r.replace("'", '"')]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    table = commands()
    times: dict[str, list[float]] = {name: [] for name in table}
    with tempfile.TemporaryDirectory() as cwd:
        for command in table.values():  # warm-up: bytecode caches
            run_once(command, cwd)
        names = list(table)
        for round_ in range(runs):
            shift = round_ % len(names)
            for name in names[shift:] + names[:shift]:
                times[name].append(run_once(table[name], cwd))
    median = {name: statistics.median(values) * 1000 for name, values in times.items()}
    print(f"medians of {runs} runs (ms, wall clock, process start to exit):")
    for name, value in median.items():
        print(f"  {name:<44} {value:7.1f}")
    base = median["import bemserver_api_client"]
    print()
    for name in (
        "bemserver-api-client --help",
        "bemserver-api-client sites getall --help",
    ):
        ratio = median[name] / base
        print(f"{name} / import bemserver_api_client: {ratio:.2f}x (goal <= 1.5x)")
    empty = median["empty interpreter"]
    with_them = base - empty
    without = median["import, without click/rich/pygments"] - empty
    print()
    print(f"import cost with click/rich/pygments installed:  {with_them:6.1f} ms")
    print(f"import cost without them:                        {without:6.1f} ms")
    print(f"  (httpx's command line at `import httpx`: {with_them - without:+.1f} ms)")
    requirements = cli_requirements()
    brought = [
        r for r in requirements if r.split()[0].lower().startswith(HTTPX_CLI_PACKAGES)
    ]
    print(
        "[cli] extra requires: "
        + (", ".join(r.split(";")[0] for r in requirements) or "nothing")
        + (
            "; brings " + ", ".join(brought)
            if brought
            else "; none of click/rich/pygments: the import cost stays as is"
        )
    )


if __name__ == "__main__":
    main()
