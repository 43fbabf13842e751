"""The installed `bemserver-api-client` command against a real sandbox server."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bemserver_api_client.testing import SandboxInfo

from .conftest import Run, run_command

pytestmark = pytest.mark.integration


def ok_json(result: object) -> object:
    assert result.returncode == 0, result.stderr  # type: ignore[attr-defined]
    return json.loads(result.stdout)  # type: ignore[attr-defined]


def one_line_error(result: object, code: int, text: str) -> None:
    assert result.returncode == code, (result.stdout, result.stderr)  # type: ignore[attr-defined]
    lines = result.stderr.strip().splitlines()  # type: ignore[attr-defined]
    assert len(lines) == 1, lines
    assert text in lines[0], lines


def test_list_get_create_update_delete(cli: Run, bemserver_campaign: int) -> None:
    created = ok_json(
        cli(
            "sites",
            "create",
            "--json",
            json.dumps({"name": "CLI site", "campaign_id": bemserver_campaign}),
        )
    )
    assert isinstance(created, dict)
    site_id = created["id"]
    # Piped: JSON, one document; a filter by keyword option.
    listed = ok_json(cli("sites", "getall", "--campaign-id", str(bemserver_campaign)))
    assert [site["name"] for site in listed] == ["CLI site"]  # type: ignore[union-attr,index]
    got = ok_json(cli("sites", "getone", str(site_id), "--include-etag"))
    assert got["data"] == created  # type: ignore[index]
    etag = got["etag"]  # type: ignore[index]
    assert etag
    # A read with the current ETag: 304, nothing printed, exit 8.
    unchanged = cli("sites", "getone", str(site_id), "--etag", etag)
    one_line_error(unchanged, 8, f"GET /sites/{site_id} -> 304")
    assert unchanged.stdout == ""
    # An update without the ETag is refused (as the server would, 428): exit 6.
    refused = cli("sites", "update", str(site_id), "--json", '{"name": "HQ"}')
    one_line_error(refused, 6, "ETag")
    updated = ok_json(
        cli("sites", "update", str(site_id), "--json", '{"name": "HQ"}', "--etag", etag)
    )
    assert updated["name"] == "HQ"  # type: ignore[index]
    # The old ETag no longer matches: 412, exit 6.
    stale = cli("sites", "delete", str(site_id), "--etag", etag)
    one_line_error(stale, 6, f"DELETE /sites/{site_id} -> 412")
    new_etag = ok_json(cli("sites", "getone", str(site_id), "--include-etag"))["etag"]  # type: ignore[index]
    deleted = cli("sites", "delete", str(site_id), "--etag", new_etag)
    assert deleted.returncode == 0, deleted.stderr
    assert deleted.stdout == ""
    one_line_error(
        cli("sites", "getone", str(site_id)),
        3,
        f"GET /sites/{site_id} -> 404: Not found",
    )


def test_underscored_names_and_json_from_file_and_stdin(
    cli: Run, bemserver_campaign: int, tmp_path: Path
) -> None:
    payload = tmp_path / "site.json"
    payload.write_text(
        json.dumps({"name": "From file", "campaign_id": bemserver_campaign})
    )
    from_file = ok_json(cli("sites", "create", "--json", f"@{payload}"))
    from_stdin = ok_json(
        cli(
            "sites",
            "create",
            "--json",
            "-",
            input=json.dumps({"name": "From stdin", "campaign_id": bemserver_campaign}),
        )
    )
    listed = ok_json(
        cli("structural_element_properties", "getall")  # underscores work too
    )
    assert isinstance(listed, list)
    names = {
        s["name"]
        for s in ok_json(
            cli("sites", "getall", "--campaign_id", str(bemserver_campaign))
        )
    }  # type: ignore[union-attr,index]
    assert names == {from_file["name"], from_stdin["name"]}  # type: ignore[index]


def test_not_found_validation_and_wrong_password(
    cli: Run, bemserver_sandbox: SandboxInfo
) -> None:
    one_line_error(
        cli("sites", "getone", "999999"), 3, "GET /sites/999999 -> 404: Not found"
    )
    one_line_error(
        cli("sites", "create", "--json", '{"nam": "typo"}'),
        5,
        "POST /sites/ -> 422",
    )
    wrong = cli("sites", "getall", env={"BEMSERVER_API_PASSWORD": "not-the-password"})
    one_line_error(wrong, 4, "Authentication failed (invalid_credentials)")
    assert "not-the-password" not in wrong.stdout + wrong.stderr


def test_usage_errors_exit_2_on_one_line(cli: Run) -> None:
    one_line_error(cli("sitez", "getall"), 2, "did you mean 'sites'?")
    one_line_error(cli("sites", "getal"), 2, "did you mean 'getall'?")
    one_line_error(cli("sites", "getone", "abc"), 2, "ID: invalid int value: 'abc'")
    one_line_error(cli("sites", "create", "--json", "{nope"), 2, "invalid JSON")


def test_output_formats(cli: Run, bemserver_campaign: int) -> None:
    for name in ("Alpha", "Beta, with a comma"):
        ok_json(
            cli(
                "sites",
                "create",
                "--json",
                json.dumps({"name": name, "campaign_id": bemserver_campaign}),
            )
        )
    query = (
        "sites",
        "getall",
        "--campaign-id",
        str(bemserver_campaign),
        "--sort",
        "+name",
    )
    as_json = ok_json(cli(*query, "--output", "json"))
    as_csv = cli(*query, "-o", "csv")
    assert as_csv.returncode == 0, as_csv.stderr
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert rows == [
        {key: str(value) for key, value in site.items()}
        for site in as_json  # type: ignore[union-attr]
    ]
    table = cli(*query, "-o", "table")
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    # The id first, then the keys in the order the server sends them (API 0.24
    # sorts them, 0.27 does not).
    header = lines[0].split()
    assert header[0] == "id" and sorted(header) == ["campaign_id", "id", "name"]
    assert set(lines[1]) <= {"-", " "}
    assert "Alpha" in lines[2] and "Beta, with a comma" in lines[3]


def test_csv_upload_by_names_and_download_point_for_point(
    cli: Run, bemserver_campaign: int, tmp_path: Path
) -> None:
    campaign = str(bemserver_campaign)
    scope = ok_json(
        cli(
            "campaign-scopes",
            "create",
            "--json",
            json.dumps({"name": "s", "campaign_id": bemserver_campaign}),
        )
    )
    for name in ("Power", "Energy"):
        ok_json(
            cli(
                "timeseries",
                "create",
                "--json",
                json.dumps(
                    {
                        "name": name,
                        "campaign_id": bemserver_campaign,
                        "campaign_scope_id": scope["id"],
                    }
                ),
            )  # type: ignore[index]
        )
    states = ok_json(cli("timeseries-datastates", "getall"))
    state = str(next(s["id"] for s in states if s["name"] == "Raw"))  # type: ignore[union-attr,index]
    lines = ["Datetime,Power,Energy"] + [
        f"2024-03-01T{hour:02}:00:00+00:00,{hour * 1.5},{hour * 10}"
        for hour in range(24)
    ]
    upload = tmp_path / "in.csv"
    upload.write_text("\n".join(lines) + "\n")
    sent = cli("timeseries-data", "upload-by-names", campaign, state, str(upload))
    assert sent.returncode == 0, sent.stderr
    assert sent.stdout == "" and sent.stderr == ""  # piped: no progress bar
    period = ("2024-03-01T00:00:00+00:00", "2024-03-02T00:00:00+00:00")
    target = tmp_path / "out.csv"
    got = cli(
        "timeseries_data",
        "download_by_names",
        campaign,
        *period,
        state,
        "Power,Energy",
        "--to",
        str(target),
        "--quiet",
    )
    assert got.returncode == 0, got.stderr
    rows = list(csv.reader(target.read_text().splitlines()))
    assert rows[0] == ["Datetime", "Power", "Energy"]
    assert [(float(p), float(e)) for _, p, e in rows[1:]] == [
        (hour * 1.5, float(hour * 10)) for hour in range(24)
    ]
    # The same as JSON, to a file and to stdout.
    as_json = tmp_path / "out.json"
    got = cli(
        "timeseries-data",
        "download-by-names",
        campaign,
        *period,
        state,
        "Power",
        "Energy",
        "--to",
        str(as_json),
        "--quiet",
    )
    assert got.returncode == 0, got.stderr
    data = json.loads(as_json.read_text())
    assert list(data["Power"].values()) == [hour * 1.5 for hour in range(24)]
    printed = ok_json(
        cli("timeseries-data", "download-by-names", campaign, *period, state, "Power")
    )
    assert printed == {"Power": data["Power"]}


def test_no_secret_in_any_output_with_debug_logging(
    cli: Run, bemserver_sandbox: SandboxInfo, clean_env: dict[str, str]
) -> None:
    password = bemserver_sandbox.admin.password
    env = {"BEMSERVER_API_CLIENT_LOG": "debug"}
    outputs = [
        cli("--debug", "sites", "getall", env=env),
        cli("--debug", "sites", "getone", "999999", env=env),
        cli(
            "--debug",
            "sites",
            "getall",
            env={**env, "BEMSERVER_API_PASSWORD": "wrong-" + password},
        ),
        # login: the password on stdin, the tokens stored, never shown.
        cli(
            "--debug",
            "login",
            "--password-stdin",
            input=password + "\n",
            env={**env, "BEMSERVER_API_PASSWORD": ""},
        ),
    ]
    assert outputs[0].returncode == 0 and "GET /sites/" in outputs[0].stderr
    assert outputs[3].returncode == 0, outputs[3].stderr
    tokens = json.loads(
        (
            Path(clean_env["XDG_CONFIG_HOME"]) / "bemserver-api-client" / "tokens.json"
        ).read_text()
    )["default"]
    secrets = [password, tokens["access_token"], tokens["refresh_token"]]
    for result in outputs:
        for secret in secrets:
            assert secret not in result.stdout + result.stderr


def test_login_stores_tokens_its_owner_only_reads(
    bemserver_sandbox: SandboxInfo, clean_env: dict[str, str]
) -> None:
    env = {**clean_env, "BEMSERVER_API_EMAIL": bemserver_sandbox.admin.email}
    login = run_command(
        "--host",
        bemserver_sandbox.host,
        "--no-ssl",
        "--profile",
        "lab",
        "login",
        "--password-stdin",
        input=bemserver_sandbox.admin.password + "\n",
        env=env,
    )
    assert login.returncode == 0, login.stderr
    directory = Path(clean_env["XDG_CONFIG_HOME"]) / "bemserver-api-client"
    tokens = directory / "tokens.json"
    assert tokens.stat().st_mode & 0o777 == 0o600
    assert bemserver_sandbox.admin.password not in tokens.read_text()
    assert (
        bemserver_sandbox.admin.password not in (directory / "config.ini").read_text()
    )
    # The profile alone reaches the server: host, SSL and tokens stored.
    about = run_command("--profile", "lab", "users", "getall", env=clean_env)
    assert about.returncode == 0, about.stderr
    assert bemserver_sandbox.admin.email in {
        u["email"] for u in json.loads(about.stdout)
    }
    # A token file others can read is refused, with its exit code.
    tokens.chmod(0o644)
    refused = run_command("--profile", "lab", "users", "getall", env=clean_env)
    one_line_error(refused, 4, "readable by others")
    tokens.chmod(0o600)
    logout = run_command("--profile", "lab", "logout", env=clean_env)
    assert logout.returncode == 0
    anonymous = run_command("--profile", "lab", "users", "getall", env=clean_env)
    one_line_error(anonymous, 4, "-> 401")


def test_wrong_password_at_login(
    bemserver_sandbox: SandboxInfo, clean_env: dict[str, str]
) -> None:
    login = run_command(
        "--host",
        bemserver_sandbox.host,
        "--no-ssl",
        "--email",
        bemserver_sandbox.admin.email,
        "login",
        "--password-stdin",
        input="wrong\n",
        env=clean_env,
    )
    one_line_error(login, 4, "wrong email or password")
    assert not (
        Path(clean_env["XDG_CONFIG_HOME"]) / "bemserver-api-client" / "tokens.json"
    ).exists()


def test_parquet_upload_and_download(
    cli: Run, bemserver_campaign: int, tmp_path: Path
) -> None:
    import pandas as pd  # the [parquet] extra, in [dev]

    campaign = str(bemserver_campaign)
    scope = ok_json(
        cli(
            "campaign-scopes",
            "create",
            "--json",
            json.dumps({"name": "s", "campaign_id": bemserver_campaign}),
        )
    )
    ok_json(
        cli(
            "timeseries",
            "create",
            "--json",
            json.dumps(
                {
                    "name": "Flow",
                    "campaign_id": bemserver_campaign,
                    "campaign_scope_id": scope["id"],  # type: ignore[index]
                }
            ),
        )
    )
    states = ok_json(cli("timeseries-datastates", "getall"))
    state = str(next(s["id"] for s in states if s["name"] == "Raw"))  # type: ignore[union-attr,index]
    index = pd.date_range("2024-05-01", periods=48, freq="h", tz="UTC")
    frame = pd.DataFrame({"Flow": [i / 4 for i in range(48)]}, index=index)
    source = tmp_path / "in.parquet"
    frame.to_parquet(source)
    sent = cli("timeseries-data", "upload-by-names", campaign, state, str(source))
    assert sent.returncode == 0, sent.stderr
    target = tmp_path / "out.parquet"
    got = cli(
        "timeseries-data",
        "download-by-names",
        campaign,
        "2024-05-01T00:00Z",
        "2024-05-03T00:00Z",
        state,
        "Flow",
        "--to",
        str(target),
    )
    assert got.returncode == 0, got.stderr
    back = pd.read_parquet(target)
    assert list(back["Flow"]) == list(frame["Flow"])
    assert list(back.index) == list(index)


def test_parquet_without_pyarrow_names_the_extra(
    sandbox_env: dict[str, str], tmp_path: Path
) -> None:
    source = tmp_path / "in.parquet"
    source.write_bytes(b"PAR1")
    code = (
        "import sys; sys.modules['pyarrow'] = None\n"
        "from bemserver_api_client._cli import main\n"
        "sys.exit(main(['timeseries-data', 'upload-by-names', '1', '1', "
        f"{str(source)!r}]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=sandbox_env, capture_output=True, text=True
    )
    one_line_error(result, 2, "pip install 'bemserver-api-client[parquet]'")


def test_an_operations_option_wins_over_a_global_one(
    cli: Run, bemserver_sandbox: SandboxInfo
) -> None:
    # `users getall --email` is the filter; the connection's email comes from
    # $BEMSERVER_API_EMAIL.
    users = ok_json(cli("users", "getall", "--email", bemserver_sandbox.user.email))
    assert [user["email"] for user in users] == [bemserver_sandbox.user.email]  # type: ignore[union-attr,index]


def test_a_download_into_a_missing_folder_is_a_usage_error(
    cli: Run, tmp_path: Path
) -> None:
    target = tmp_path / "missing" / "out.csv"
    result = cli(
        "timeseries-data",
        "download",
        "2024-01-01T00:00Z",
        "2024-02-01T00:00Z",
        "1",
        "1",
        "--to",
        str(target),
    )
    one_line_error(result, 2, str(target))
