"""The package's types, as users' type checkers see them: mypy --strict and
pyright accept typed_usage.py and report exactly one error on each line of
bad_usage.py marked `# E:` (and none elsewhere)."""

from __future__ import annotations

import collections
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def run(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, capture_output=True, text=True, timeout=600, check=False, cwd=ROOT
    )


def mypy_errors(path: Path) -> tuple[collections.Counter[int], str]:
    """Errors by line of `mypy --strict` on one file, and its output."""
    result = run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", str(path)]
    )
    lines = collections.Counter(
        int(match.group(1))
        for match in re.finditer(rf"{path.name}:(\d+): error", result.stdout)
    )
    return lines, result.stdout + result.stderr


def pyright_errors(path: Path) -> tuple[collections.Counter[int], str]:
    """Errors by line of pyright on one file (the venv's packages), and its output."""
    # A missing checker fails the test (the dev extra installs it: make venv).
    assert importlib.util.find_spec("pyright") is not None, "pyright is not installed"
    result = run(
        [
            sys.executable,
            "-m",
            "pyright",
            "--outputjson",
            # The oldest Python the package supports, as mypy's config says.
            "--pythonversion",
            "3.10",
            "--pythonpath",
            sys.executable,
            str(path),
        ]
    )
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        pytest.fail(f"pyright did not run: {result.stdout}{result.stderr}")
    lines = collections.Counter(
        diagnostic["range"]["start"]["line"] + 1
        for diagnostic in report["generalDiagnostics"]
        if diagnostic["severity"] == "error"
    )
    return lines, result.stdout


def marked_lines(path: Path) -> collections.Counter[int]:
    source = path.read_text().splitlines()
    return collections.Counter(
        number for number, line in enumerate(source, 1) if "  # E: " in line
    )


CHECKERS = {"mypy": mypy_errors, "pyright": pyright_errors}


@pytest.mark.parametrize("checker", CHECKERS)
def test_typed_usage_passes(checker: str) -> None:
    errors, output = CHECKERS[checker](HERE / "typed_usage.py")
    assert not errors, output


@pytest.mark.parametrize("checker", CHECKERS)
def test_each_misuse_is_one_error(checker: str) -> None:
    path = HERE / "bad_usage.py"
    errors, output = CHECKERS[checker](path)
    assert len(marked_lines(path)) >= 15
    assert errors == marked_lines(path), output


@pytest.mark.parametrize("checker", CHECKERS)
def test_each_wrong_facade_declaration_is_one_error(checker: str) -> None:
    """A facade operation is typed by its generated operation's parser (the
    typed index, `_generated/operations.py`): a declared result that differs,
    or a name the core lacks, is an error."""
    path = HERE / "bad_declarations.py"
    errors, output = CHECKERS[checker](path)
    assert len(marked_lines(path)) == 5
    assert errors == marked_lines(path), output


# -- run time and type checkers agree --------------------------------------------

#: Methods whose signature `inspect` and mypy must agree on: regular and
#: handwritten, blocking and asyncio, a call, an iteration, a plan.
SAMPLE = [
    "client.sites.getall",
    "client.sites.getone",
    "client.sites.get_degree_days",
    "client.users.set_admin",
    "client.timeseries.iter_all",
    "client.timeseries_data.download",
    "aclient.sites.update",
    "aclient.events.iter_all",
    "aclient.timeseries_data.get_stats",
    "aclient.auth.get_tokens",
]


def _split_top_level(text: str) -> list[str]:
    """`text` cut at the commas outside brackets and parentheses."""
    parts, depth, current = [], 0, ""
    for char in text:
        if char in "[(":
            depth += 1
        elif char in "])":
            depth -= 1
        if char == "," and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    if current.strip():
        parts.append(current.strip())
    return parts


def _plain(annotation: str) -> str:
    """An annotation without module qualifiers, `m.` or spaces."""
    return re.sub(r"\b(?:[a-z_][\w]*\.)+(?=[A-Za-z_])", "", annotation).replace(" ", "")


def _revealed(line: str) -> tuple[list[tuple[str, bool]], str]:
    """(parameter, has a default) in order, and the result, of mypy's
    `def (...) -> R` (an awaited R for a coroutine)."""
    match = re.fullmatch(r"def \((.*)\) -> (.*)", line)
    assert match is not None, line
    parameters = []
    for part in _split_top_level(match.group(1)):
        if part == "*":
            continue
        name = re.match(r"\**(\w+)", part)
        assert name is not None, part
        parameters.append((name.group(1), part.endswith("=")))
    result = match.group(2)
    coroutine = re.fullmatch(r"typing\.Coroutine\[Any, Any, (.*)\]", result)
    return parameters, _plain(coroutine.group(1) if coroutine else result)


def test_run_time_signatures_are_what_type_checkers_see(tmp_path: Path) -> None:
    import inspect

    from bemserver_api_client import AsyncBEMServerAPIClient, BEMServerAPIClient

    source = tmp_path / "revealed.py"
    source.write_text(
        "from bemserver_api_client import AsyncBEMServerAPIClient, BEMServerAPIClient\n"
        'client = BEMServerAPIClient("localhost")\n'
        'aclient = AsyncBEMServerAPIClient("localhost")\n'
        + "".join(f"reveal_type({name})\n" for name in SAMPLE)
    )
    result = run([sys.executable, "-m", "mypy", "--strict", str(source)])
    revealed = re.findall(r'Revealed type is "(.*)"', result.stdout)
    assert len(revealed) == len(SAMPLE), result.stdout + result.stderr
    clients = {
        "client": BEMServerAPIClient("localhost"),
        "aclient": AsyncBEMServerAPIClient("localhost"),
    }
    for name, line in zip(SAMPLE, revealed, strict=True):
        client, entry_point, method = name.split(".")
        signature = inspect.signature(
            getattr(getattr(clients[client], entry_point), method)
        )
        parameters, returns = _revealed(line)
        assert parameters == [
            (p.name, p.default is not p.empty) for p in signature.parameters.values()
        ], name
        shown = signature.return_annotation.replace("m.", "")
        assert returns == _plain(shown), name
