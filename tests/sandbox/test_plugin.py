"""Integration tests of the sandbox's pytest plugin: its session sandbox and
fixtures, the release it serves, its errors (never skips)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import httpx
import pytest

from bemserver_api_client.testing import BEMServerSandbox, Credentials, SandboxInfo
from bemserver_api_client.testing.pytest_plugin import requested_api_version
from tests.support.sandbox import bearer, get_token

pytestmark = pytest.mark.integration


# -- the session sandbox (pytest plugin fixtures) ------------------------------


def test_about_reports_the_requested_version(
    bemserver_sandbox: SandboxInfo, request: pytest.FixtureRequest
) -> None:
    expected = requested_api_version(request.config)
    response = httpx.get(f"{bemserver_sandbox.base_url}/about/", timeout=30)
    assert response.status_code == 200
    versions = response.json()["versions"]
    assert versions["bemserver_api"] == expected
    assert bemserver_sandbox.api_version == expected
    assert bemserver_sandbox.core_version == versions["bemserver_core"]


def test_info_describes_a_loopback_server(bemserver_sandbox: SandboxInfo) -> None:
    port = bemserver_sandbox.port
    assert bemserver_sandbox.host == f"127.0.0.1:{port}"
    assert bemserver_sandbox.base_url == f"http://127.0.0.1:{port}"
    assert bemserver_sandbox.log_path.is_file()
    assert bemserver_sandbox.admin.email != bemserver_sandbox.user.email
    assert bemserver_sandbox.admin.password != bemserver_sandbox.user.password


def test_credentials_repr_hides_the_password(bemserver_sandbox: SandboxInfo) -> None:
    admin = bemserver_sandbox.admin
    assert admin.email in repr(admin)
    assert admin.password not in repr(admin)
    assert admin.password not in repr(bemserver_sandbox)
    assert bemserver_sandbox.user.password not in repr(bemserver_sandbox)


def test_admin_credentials_work_with_basic_auth(bemserver_sandbox: SandboxInfo) -> None:
    admin = bemserver_sandbox.admin
    response = httpx.get(
        f"{bemserver_sandbox.base_url}/users/",
        auth=(admin.email, admin.password),
        timeout=30,
    )
    assert response.status_code == 200
    emails = {user["email"] for user in response.json()}
    assert {admin.email, bemserver_sandbox.user.email} <= emails


def test_admin_credentials_work_with_bearer_tokens(
    bemserver_sandbox: SandboxInfo,
) -> None:
    body = get_token(bemserver_sandbox, bemserver_sandbox.admin)
    assert body["status"] == "success"
    assert body["access_token"]
    assert body["refresh_token"]
    response = httpx.get(
        f"{bemserver_sandbox.base_url}/campaigns/",
        headers=bearer(body["access_token"]),
        timeout=30,
    )
    assert response.status_code == 200


def test_the_user_is_not_an_admin(bemserver_sandbox: SandboxInfo) -> None:
    admin_token = get_token(bemserver_sandbox, bemserver_sandbox.admin)["access_token"]
    users = httpx.get(
        f"{bemserver_sandbox.base_url}/users/",
        headers=bearer(admin_token),
        timeout=30,
    ).json()
    is_admin = {user["email"]: user["is_admin"] for user in users}
    assert is_admin[bemserver_sandbox.admin.email] is True
    assert is_admin[bemserver_sandbox.user.email] is False
    # And the server treats it so: creating a campaign is for admins only.
    user_token = get_token(bemserver_sandbox, bemserver_sandbox.user)["access_token"]
    response = httpx.post(
        f"{bemserver_sandbox.base_url}/campaigns/",
        json={"name": "not allowed", "timezone": "UTC"},
        headers=bearer(user_token),
        timeout=30,
    )
    assert response.status_code == 403


def test_a_wrong_password_gets_a_failure_status(bemserver_sandbox: SandboxInfo) -> None:
    wrong = Credentials(bemserver_sandbox.admin.email, "not-the-password")
    assert get_token(bemserver_sandbox, wrong) == {"status": "failure"}
    response = httpx.get(
        f"{bemserver_sandbox.base_url}/campaigns/",
        auth=(wrong.email, wrong.password),
        timeout=30,
    )
    assert response.status_code == 401
    assert response.json()["errors"]["authentication"] == "invalid_credentials"


def test_new_campaigns_are_distinct(bemserver_sandbox_server: BEMServerSandbox) -> None:
    first = bemserver_sandbox_server.new_campaign()
    second = bemserver_sandbox_server.new_campaign()
    named = bemserver_sandbox_server.new_campaign(name="a campaign of my own")
    assert len({first, second, named}) == 3
    campaign = bemserver_sandbox_server.admin_request("GET", f"/campaigns/{named}")
    assert campaign.json()["name"] == "a campaign of my own"


def test_campaign_fixture_gives_an_existing_campaign(
    bemserver_campaign: int, bemserver_sandbox_server: BEMServerSandbox
) -> None:
    response = bemserver_sandbox_server.admin_request(
        "GET", f"/campaigns/{bemserver_campaign}"
    )
    assert response.status_code == 200


def test_events_can_be_created(
    bemserver_campaign: int, bemserver_sandbox_server: BEMServerSandbox
) -> None:
    # Creating an event enqueues a Celery task: this fails (500) unless the
    # sandbox configured an in-memory broker.
    sandbox = bemserver_sandbox_server
    scope = sandbox.admin_request(
        "POST",
        "/campaign_scopes/",
        json={"name": "scope", "campaign_id": bemserver_campaign},
    )
    assert scope.status_code == 201, scope.text
    category_id = sandbox.admin_request("GET", "/event_categories/").json()[0]["id"]
    event = sandbox.admin_request(
        "POST",
        "/events/",
        json={
            "campaign_scope_id": scope.json()["id"],
            "category_id": category_id,
            "timestamp": "2024-01-01T00:00:00+00:00",
            "source": "test",
            "level": "INFO",
        },
    )
    assert event.status_code == 201, event.text


def test_reset_empties_the_database_but_keeps_users_and_initial_data(
    bemserver_sandbox_server: BEMServerSandbox,
) -> None:
    sandbox = bemserver_sandbox_server
    sandbox.reset()  # other tests of the session may have added categories
    categories = sandbox.admin_request("GET", "/event_categories/").json()
    sandbox.new_campaign()
    sandbox.reset()
    assert sandbox.admin_request("GET", "/campaigns/").json() == []
    assert sandbox.admin_request("GET", "/event_categories/").json() == categories
    # Both users still log in, with the same passwords.
    for credentials in (sandbox.info.admin, sandbox.info.user):
        assert get_token(sandbox.info, credentials)["status"] == "success"
    # Ids start again as in a fresh database.
    assert sandbox.new_campaign() == 1


def test_clean_db_fixture_starts_empty(
    bemserver_clean_db: SandboxInfo, bemserver_sandbox_server: BEMServerSandbox
) -> None:
    assert bemserver_sandbox_server.admin_request("GET", "/campaigns/").json() == []


# -- failures ----------------------------------------------------------------------


def test_the_plugin_errors_instead_of_skipping(tmp_path: Path) -> None:
    test_file = tmp_path / "test_uses_sandbox.py"
    test_file.write_text(
        textwrap.dedent(
            """
            def test_needs_a_server(bemserver_sandbox):
                pass
            """
        )
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            str(test_file),
            "-p",
            "no:cacheprovider",
            "--bemserver-api-version=not-a-version",
            "-q",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1, result.stdout
    assert "1 error" in result.stdout
    assert "skipped" not in result.stdout
    assert "not a bemserver-api release number" in result.stdout


def run_pytest_on_a_sandbox_test(
    directory: Path, *options: str, env_version: str | None = None
) -> subprocess.CompletedProcess[str]:
    """pytest run on a file whose test asks for the sandbox, with an invalid
    release asked for: the error names the release that was chosen."""
    test_file = directory / "test_uses_sandbox.py"
    test_file.write_text("def test_needs_a_server(bemserver_sandbox):\n    pass\n")
    env = {k: v for k, v in os.environ.items() if k != "BEMSERVER_SANDBOX_API_VERSION"}
    if env_version is not None:
        env["BEMSERVER_SANDBOX_API_VERSION"] = env_version
    command = [sys.executable, "-m", "pytest", str(test_file), "-p", "no:cacheprovider"]
    return subprocess.run(
        [*command, *options, "-q"],
        cwd=directory,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_environment_variable_chooses_the_release(tmp_path: Path) -> None:
    result = run_pytest_on_a_sandbox_test(tmp_path, env_version="from-the-env")
    assert "1 error" in result.stdout, result.stdout
    assert "'from-the-env' is not a bemserver-api release number" in result.stdout


def test_the_command_line_option_wins_over_the_environment(tmp_path: Path) -> None:
    result = run_pytest_on_a_sandbox_test(
        tmp_path, "--bemserver-api-version=from-the-option", env_version="from-env"
    )
    assert "1 error" in result.stdout, result.stdout
    assert "'from-the-option' is not a bemserver-api release number" in result.stdout
    assert "from-env" not in result.stdout
