"""The command line's parts without a server: names, conversion, output,
the secret file's permissions, completion, and the package's import."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bemserver_api_client._cli import _commands as c
from bemserver_api_client._cli import _profiles as p
from bemserver_api_client._cli._completion import candidates
from bemserver_api_client._cli._convert import (
    ConversionError,
    Kind,
    by_enum_name,
    convert,
    kind_of,
)
from bemserver_api_client._cli._errors import CommandError, ExitCode
from bemserver_api_client._cli._output import write
from bemserver_api_client.enums import DataFormat

from .conftest import run_command


@pytest.mark.parametrize(
    ("annotation", "kind"),
    [
        ("int", Kind.INT),
        ("int | None", Kind.INT),
        ("Optional[int]", Kind.INT),
        ("float", Kind.FLOAT),
        ("bool | None", Kind.BOOL),
        ("str", Kind.STR),
        ("dt.datetime | str", Kind.STR),  # the server judges the text
        ("dt.datetime", Kind.DATETIME),
        ("datetime.date", Kind.DATE),
        ("list[int]", Kind.INT_LIST),
        ("list[int] | None", Kind.INT_LIST),
        ("Sequence[float]", Kind.FLOAT_LIST),
        ("list[str]", Kind.STR_LIST),
        ("DegreeDaysPeriod | str", Kind.STR),
        ("m.SitePut | Mapping[str, Any]", Kind.BODY),
        ("", Kind.STR),
    ],
)
def test_kind_of_annotation(annotation: str, kind: Kind) -> None:
    assert kind_of(annotation) is kind


def test_conversion_of_values() -> None:
    assert convert(Kind.INT, ["12"], "--id") == 12
    assert convert(Kind.FLOAT, ["1.5"], "--base") == 1.5
    assert convert(Kind.BOOL, ["yes"], "--flag") is True
    assert convert(Kind.BOOL, ["0"], "--flag") is False
    # Lists: repeated options and comma-separated values.
    assert convert(Kind.INT_LIST, ["1,2", "3"], "--ids") == [1, 2, 3]
    assert convert(Kind.STR_LIST, ["Power", "Energy,Gas"], "NAMES") == [
        "Power",
        "Energy",
        "Gas",
    ]
    assert convert(Kind.DATETIME, ["2024-01-01T00:00:00Z"], "--at") == dt.datetime(
        2024, 1, 1, tzinfo=dt.timezone.utc
    )
    assert convert(Kind.DATE, ["2024-02-29"], "--on") == dt.date(2024, 2, 29)
    assert convert(Kind.BODY, ['{"name": "HQ"}'], "--json") == {"name": "HQ"}


def test_conversion_errors_name_the_argument() -> None:
    with pytest.raises(ConversionError, match=r"--id: invalid int value: 'x'"):
        convert(Kind.INT, ["x"], "--id")
    with pytest.raises(ConversionError, match="--flag: invalid bool"):
        convert(Kind.BOOL, ["maybe"], "--flag")
    with pytest.raises(ConversionError, match="invalid JSON in --json"):
        convert(Kind.BODY, ["{nope"], "--json")


def test_json_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "payload.json"
    path.write_text('{"a": [1, 2]}')
    assert convert(Kind.BODY, [f"@{path}"], "--json") == {"a": [1, 2]}
    with pytest.raises(ConversionError, match="No such file"):
        convert(Kind.BODY, [f"@{tmp_path / 'missing.json'}"], "--json")


def test_enumeration_members_by_name() -> None:
    assert by_enum_name("DataFormat | str", "csv") is DataFormat.csv
    # Not a member's name: sent as given, the server judges it.
    assert by_enum_name("DataFormat | str", "text/csv") == "text/csv"
    assert by_enum_name("str", "csv") == "csv"


def test_names_take_dashes_or_underscores() -> None:
    assert c.normalise("timeseries-data") == "timeseries_data"
    assert c.normalise("upload_by_names") == "upload_by_names"
    assert c.dashed("upload_by_names") == "upload-by-names"


def test_commands_come_from_the_client() -> None:
    from bemserver_api_client import BEMServerAPIClient

    names = c.entry_point_names()
    assert "sites" in names and "timeseries_data" in names
    assert all(hasattr(BEMServerAPIClient, name) for name in names)
    assert {"getall", "getone", "create", "update", "delete"} <= set(
        c.method_names("sites")
    )
    # Methods answering DataFrames are left to Python.
    assert not [n for n in c.method_names("timeseries_data") if "dataframe" in n]
    getone = c.command("sites", "getone")
    assert [(q.name, q.kind, q.positional) for q in getone.parameters] == [
        ("id", Kind.INT, True),
        ("etag", Kind.STR, False),
    ]
    assert getone.doc  # the method's docstring is the help
    upload = c.command("timeseries_data", "upload_by_names")
    assert [q.name for q in upload.parameters if q.positional] == [
        "campaign_id",
        "data_state",
        "data",
    ]
    assert {q.name for q in upload.parameters if q.kind is Kind.FILE} == {"data"}
    # The command line draws its own progress bar.
    assert "progress" not in {q.name for q in upload.parameters}


def test_completion_candidates() -> None:
    assert "sites" in candidates(["si"])
    assert "timeseries-data" in candidates(["timeseries-d"])
    assert "login" in candidates([""])
    assert candidates(["sites", "get"]) == ["get-degree-days", "getall", "getone"]
    assert "--json" in candidates(["sites", "create", "--"])
    assert "--etag" in candidates(["sites", "update", "1", "--e"])
    assert "--host" in candidates(["--h"])
    assert candidates(["completion", ""]) == ["bash", "fish", "zsh"]


def test_table_and_csv_output() -> None:
    rows = [{"id": 1, "name": "A"}, {"id": 2, "name": "B", "extra": {"x": 1}}]
    table = io.StringIO()
    write(rows, "table", table)
    lines = table.getvalue().splitlines()
    assert lines[0].split() == ["id", "name", "extra"]
    assert lines[3].split() == ["2", "B", '{"x":', "1}"]
    as_csv = io.StringIO()
    write(rows, "csv", as_csv)
    assert as_csv.getvalue().splitlines() == [
        "id,name,extra",
        "1,A,",
        '2,B,"{""x"": 1}"',
    ]
    as_json = io.StringIO()
    write(rows, "json", as_json)
    assert json.loads(as_json.getvalue()) == rows


def test_json_output_is_json_whatever_the_floats() -> None:
    """NaN and infinities (Python's json reads them from a server) have no
    JSON form: they print as null, so that jq and strict parsers read the
    output; finite values are unchanged."""
    data = {"1": {"t0": float("nan"), "t1": 1.5}, "2": [float("inf"), -float("inf")]}

    def refuse(constant: str) -> None:
        raise ValueError(f"not JSON: {constant}")

    as_json = io.StringIO()
    write(data, "json", as_json)
    assert json.loads(as_json.getvalue(), parse_constant=refuse) == {
        "1": {"t0": None, "t1": 1.5},
        "2": [None, None],
    }


def test_table_and_csv_put_the_id_first_then_the_server_order() -> None:
    # API 0.24 sends an item's keys sorted: the id still comes first.
    rows = [{"campaign_id": 3, "id": 1, "name": "A"}]
    for output in ("table", "csv"):
        stream = io.StringIO()
        write(rows, output, stream)
        header = stream.getvalue().splitlines()[0].replace(",", " ").split()
        assert header == ["id", "campaign_id", "name"]


def test_secret_file_others_can_read_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    p.write_secrets(path, {"default": {"access_token": "a", "refresh_token": "r"}})
    assert path.stat().st_mode & 0o777 == 0o600
    assert p.read_secrets(path)["default"]["access_token"] == "a"
    for mode in (0o640, 0o604, 0o660):
        path.chmod(mode)
        with pytest.raises(CommandError, match="readable by others") as refused:
            p.read_secrets(path)
        assert refused.value.code is ExitCode.AUTH
        assert '"a"' not in str(refused.value)
    path.chmod(0o600)
    assert p.read_secrets(path)["default"]["refresh_token"] == "r"


def test_secret_file_is_replaced_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    p.store_tokens("default", "a1", "r1")
    p.store_tokens("lab", "a2", None)
    assert p.stored_tokens("default") == ("a1", "r1")
    assert p.stored_tokens("lab") == ("a2", None)
    assert p.forget_tokens("lab") is True
    assert p.stored_tokens("lab") is None
    assert sorted(os.listdir(p.config_dir())) == ["tokens.json"]  # no temporary left
    assert p.tokens_file().stat().st_mode & 0o777 == 0o600


def test_profile_holds_no_secret(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    p.write_profile(p.Profile("lab", host="h:1", use_ssl=False, email="me@x"))
    assert p.read_profile("lab") == p.Profile(
        "lab", host="h:1", use_ssl=False, email="me@x"
    )
    assert p.read_profile("other") == p.Profile("other")


def test_import_of_the_package_loads_no_cli_module() -> None:
    code = (
        "import sys, bemserver_api_client\n"
        "from bemserver_api_client import BEMServerAPIClient\n"
        "print([m for m in sys.modules if m.split('.')[:2] in ("
        "['bemserver_api_client', '_cli'], ['bemserver_api_client', '__main__'])])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_help_at_every_level(clean_env: dict[str, str]) -> None:
    top = run_command("--help", env=clean_env)
    assert top.returncode == 0
    assert "timeseries-data" in top.stdout and "exit status:" in top.stdout
    group = run_command("sites", "--help", env=clean_env)
    assert group.returncode == 0 and "getall" in group.stdout
    one = run_command("timeseries-data", "upload-by-names", "--help", env=clean_env)
    assert one.returncode == 0
    assert "CAMPAIGN_ID DATA_STATE DATA" in " ".join(one.stdout.split())
    assert "exit status:" in one.stdout
    module = subprocess.run(
        [sys.executable, "-m", "bemserver_api_client", "sites", "getone", "--help"],
        capture_output=True,
        text=True,
        env=clean_env,
    )
    assert module.returncode == 0 and "ID" in module.stdout


def test_no_server_is_a_usage_error(clean_env: dict[str, str]) -> None:
    result = run_command("sites", "getall", env=clean_env)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "bemserver-api-client: no server: give --host, set $BEMSERVER_API_HOST, "
        "or log in a profile"
    ]


def test_completion_scripts(clean_env: dict[str, str]) -> None:
    for shell in ("bash", "zsh", "fish"):
        script = run_command("completion", shell, env=clean_env)
        assert script.returncode == 0
        assert "bemserver-api-client __complete" in " ".join(script.stdout.split())
    words = run_command("__complete", "timeseries-data", "upload", env=clean_env)
    assert words.stdout.split() == ["upload", "upload-by-names"]


def test_timeseries_data_table_has_a_row_per_timestamp() -> None:
    data = {"T1": {"t0": 1.5, "t1": 2.5}, "T2": {"t0": 2.0}}
    as_csv = io.StringIO()
    write(data, "csv", as_csv)
    assert as_csv.getvalue().splitlines() == [",T1,T2", "t0,1.5,2.0", "t1,2.5,"]
    stats = io.StringIO()
    write({"stats": {"T1": {"count": 3}, "T2": {"count": 4}}}, "csv", stats)
    assert stats.getvalue().splitlines() == [",T1,T2", "count,3,4"]


def test_entry_point_names_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bemserver_api_client._entry_points import entry_point_names

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    expected = sorted(entry_point_names())
    assert c.entry_point_names() == expected  # computed, then cached
    cache = tmp_path / "bemserver-api-client" / "cli-entry-points.json"
    stored = json.loads(cache.read_text())
    assert stored["names"] == expected
    # Read from the cache while its key holds...
    cache.write_text(json.dumps({"key": stored["key"], "names": ["only"]}))
    assert c.entry_point_names() == ["only"]
    # ...computed again when the package changes (another key), or when the
    # cache is unreadable.
    cache.write_text(json.dumps({"key": "another", "names": ["only"]}))
    assert c.entry_point_names() == expected
    cache.write_text("{not json")
    assert c.entry_point_names() == expected


def test_cache_key_follows_the_modules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = c._cache_key()
    module = Path(c.__file__).resolve().parent.parent / "_entry_points.py"
    info = module.stat()
    try:
        os.utime(module, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000_000))
        assert c._cache_key() != key
    finally:
        os.utime(module, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert c._cache_key() == key


def test_a_misspelt_filter_is_a_validation_error(clean_env: dict[str, str]) -> None:
    # Refused by the client before any request (no server listens there), as
    # the server would refuse it: exit 5, one line with the suggestion.
    result = run_command(
        "--host",
        "127.0.0.1:9",
        "--no-ssl",
        "sites",
        "getall",
        "--campaign-idd",
        "1",
        env=clean_env,
    )
    assert result.returncode == 5, result.stderr
    assert result.stderr.strip().splitlines() == [
        "bemserver-api-client: unknown filter 'campaign_idd' for sites.getall; "
        "did you mean 'campaign_id'?"
    ]


def test_the_sandbox_command_is_the_testing_one(clean_env: dict[str, str]) -> None:
    result = run_command("sandbox", "serve", "--help", env=clean_env)
    assert result.returncode == 0, result.stderr
    assert (
        "--api-version" in result.stdout and "--access-token-lifetime" in result.stdout
    )


def test_a_profile_named_but_not_stored_is_a_usage_error(
    clean_env: dict[str, str],
) -> None:
    """A misspelt --profile (or $BEMSERVER_API_PROFILE) is not silently an
    empty profile: the command would go on without its host or tokens."""
    directory = Path(clean_env["XDG_CONFIG_HOME"]) / "bemserver-api-client"
    directory.mkdir(parents=True)
    (directory / "config.ini").write_text("[prod]\nhost = 127.0.0.1:1\n")
    where = ("--host", "127.0.0.1:1", "--no-ssl")
    for args, env in (
        (("--profile", "prdo", *where), clean_env),
        (where, {**clean_env, "BEMSERVER_API_PROFILE": "prdo"}),
    ):
        result = run_command(*args, "sites", "getall", env=env)
        assert result.returncode == 2, result.stderr
        assert "unknown profile 'prdo'" in result.stderr
        assert "did you mean 'prod'?" in result.stderr


def test_a_broken_config_file_is_a_usage_error(clean_env: dict[str, str]) -> None:
    directory = Path(clean_env["XDG_CONFIG_HOME"]) / "bemserver-api-client"
    directory.mkdir(parents=True)
    (directory / "config.ini").write_text("[prod\nhost = h\n")
    result = run_command("--host", "127.0.0.1:1", "sites", "getall", env=clean_env)
    assert result.returncode == 2, result.stderr
    assert str(directory / "config.ini") in result.stderr


@pytest.mark.parametrize(
    "content",
    [
        "[]",
        '"a token"',
        '{"default": "a token"}',
        '{"default": {"refresh_token": "r"}}',
        '{"default": {"access_token": 12}}',
    ],
)
def test_malformed_stored_tokens_are_an_error_not_a_logout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str
) -> None:
    """tokens.json that is JSON of another shape is reported (log in again),
    never read as "no tokens", which would send the command unauthenticated."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    p.write_secrets(p.tokens_file(), {})
    p.tokens_file().write_text(content, encoding="utf-8")
    with pytest.raises(CommandError, match="log in again") as refused:
        p.stored_tokens("default")
    assert refused.value.code is ExitCode.AUTH
    assert str(p.tokens_file()) in str(refused.value)


def test_a_profile_without_tokens_still_has_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert p.stored_tokens("default") is None  # no file
    p.store_tokens("lab", "a", None)
    assert p.stored_tokens("default") is None  # another profile's tokens


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
@pytest.mark.parametrize("mode", [0o777, 0o775, 0o757])
def test_a_config_folder_others_can_write_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mode: int
) -> None:
    """Another user who can write the folder could swap config.ini's host and
    receive the stored tokens: neither the profile nor the tokens are read."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    p.write_profile(p.Profile("lab", host="h:1", use_ssl=False))
    p.store_tokens("lab", "a", "r")
    p.config_dir().chmod(mode)
    try:
        for read in (lambda: p.read_profile("lab"), lambda: p.stored_tokens("lab")):
            with pytest.raises(CommandError, match="writable by others") as refused:
                read()
            assert refused.value.code is ExitCode.AUTH
    finally:
        p.config_dir().chmod(0o700)
    assert p.stored_tokens("lab") == ("a", "r")
