"""`signaal serve` as a person starts it: one ASGI process on the embedded SQLite, migrated on
first start, demo accounts printed; and the account commands of the CLI."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from signaal.cli import main
from signaal.web.accounts.models import Organisation, User


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str, Path]]:
    data = tmp_path_factory.mktemp("data")
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SIGNAAL_", "DATABASE_"))}
    env |= {"SIGNAAL_DATA_DIR": str(data), "DJANGO_SETTINGS_MODULE": "signaal.web.settings"}
    process = subprocess.Popen(
        [sys.executable, "-m", "signaal", "serve", "--port", str(port), "--demo"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    lines: list[str] = []
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = process.stdout.readline() if process.stdout else ""
            lines.append(line)
            if line.startswith("Signaal op / at"):
                break
            if process.poll() is not None:
                raise AssertionError("serve stopped: " + "".join(lines))
        for _ in range(100):  # the port opens just after the line is printed
            try:
                urllib.request.urlopen(base + "/", timeout=2)  # noqa: S310 - loopback only
                break
            except OSError:
                time.sleep(0.1)
        yield base, "".join(lines), data
    finally:
        process.terminate()
        process.wait(timeout=20)


def fetch(url: str) -> tuple[int, dict[str, str], str]:
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - loopback only
        return response.status, dict(response.headers), response.read().decode()


def test_it_serves_the_home_page_over_asgi(server: tuple[str, str, Path]) -> None:
    base, _output, _data = server
    status, headers, body = fetch(base + "/")
    assert status == 200
    assert "Signaal: zorgen over online uitbuiting van een kind" in body
    assert headers["Content-Security-Policy"].startswith("default-src 'none'")
    assert "Set-Cookie" not in headers


def test_it_serves_its_own_static_files(server: tuple[str, str, Path]) -> None:
    base, _output, _data = server
    status, headers, body = fetch(base + "/static/signaal/app.js")
    assert status == 200
    assert "quickExit" in body
    assert "no-store" not in headers.get("Cache-Control", "")


def test_it_prints_the_demo_accounts_and_where_it_runs(server: tuple[str, str, Path]) -> None:
    base, output, data = server
    assert f"Signaal op / at {base} (SQLite {data / 'signaal.sqlite3'})" in output
    assert "professional@demo.signaal.test" in output
    assert "Signaal-demo-wachtwoord" in output


def test_it_creates_the_database_and_keys_in_the_data_directory(
    server: tuple[str, str, Path],
) -> None:
    _base, _output, data = server
    assert (data / "signaal.sqlite3").exists()
    for name in ("secret_key", "encryption_keys", "visitor_secret"):
        assert (data / name).stat().st_mode & 0o077 == 0  # readable by the owner only


def test_it_refuses_demo_accounts_on_a_real_database__error() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIGNAAL_")}
    env |= {
        "DATABASE_URL": "postgres://nobody@127.0.0.1:1/none",
        "SIGNAAL_SECRET_KEY": "x" * 50,
        "SIGNAAL_ENCRYPTION_KEYS": "dGVzdC1vbmx5LWtleS0wMTIzNDU2Nzg5YWJjZGVmMDE=",
        "SIGNAAL_VISITOR_SECRET": "y" * 40,
        "DJANGO_SETTINGS_MODULE": "signaal.web.settings",
    }
    done = subprocess.run(
        [sys.executable, "-m", "signaal", "serve", "--demo", "--no-migrate"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "--demo only runs on the embedded SQLite" in done.stderr


@pytest.mark.django_db
def test_it_creates_an_organisation_and_a_user_from_the_command_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["createorg", "Jeugdzorg Oost"]) == 0
    assert capsys.readouterr().out == "organisation created: Jeugdzorg Oost\n"
    assert (
        main(
            ["createuser", "Pro@Example.test", "--org", "Jeugdzorg Oost", "--role", "professional"]
        )
        == 0
    )
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "user created: pro@example.test (professional, Jeugdzorg Oost)"
    assert out[1].startswith("password: ")
    user = User.objects.get(email="pro@example.test")
    assert user.organisation == Organisation.objects.get(name="Jeugdzorg Oost")
    assert user.check_password(out[1].removeprefix("password: "))


@pytest.mark.django_db
def test_it_refuses_a_user_for_an_unknown_organisation__error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(
        [
            "createuser",
            "a@example.test",
            "--org",
            "Nergens",
            "--role",
            "professional",
            "--lang",
            "en",
        ]
    )
    assert code == 1
    err = capsys.readouterr().err
    assert err.startswith("organisation: ")
    assert "Nergens" in err


@pytest.mark.django_db
def test_it_refuses_a_second_organisation_with_the_same_name__error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["createorg", "Dubbel"]) == 0
    capsys.readouterr()
    assert main(["createorg", "Dubbel"]) == 1
    assert "Dubbel" in capsys.readouterr().err


def test_it_refuses_an_unknown_role_as_bad_usage__error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["createuser", "a@example.test", "--org", "X", "--role", "baas"]) == 2
    assert "invalid choice: 'baas'" in capsys.readouterr().err


@pytest.mark.django_db
def test_it_reads_the_password_from_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["createorg", "Org P"]) == 0
    secret = tmp_path / "pw"
    secret.write_text("een-lang-en-sterk-wachtwoord-42\n", encoding="utf-8")
    assert (
        main(
            [
                "createuser",
                "p@example.test",
                "--org",
                "Org P",
                "--role",
                "coordinator",
                "--password-file",
                str(secret),
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "password:" not in out
    assert User.objects.get(email="p@example.test").check_password(
        "een-lang-en-sterk-wachtwoord-42"
    )


@pytest.mark.django_db
def test_it_refuses_a_missing_password_file__error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "none"
    code = main(
        [
            "createuser",
            "p@example.test",
            "--org",
            "X",
            "--role",
            "professional",
            "--password-file",
            str(missing),
            "--lang",
            "en",
        ]
    )
    assert code == 1
    assert capsys.readouterr().err == f"{missing}: file not found. Check the path.\n"


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        (
            "nl",
            "De database is niet bereikbaar of niet bijgewerkt. Voer `signaal migrate` uit en "
            "controleer DATABASE_URL.",
        ),
        (
            "en",
            "The database cannot be reached or is not up to date. Run `signaal migrate` and "
            "check DATABASE_URL.",
        ),
    ],
)
def test_a_command_on_a_database_that_was_never_migrated_says_so_without_a_traceback__error(
    tmp_path: Path, lang: str, message: str
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SIGNAAL_", "DATABASE_"))}
    env |= {"SIGNAAL_DATA_DIR": str(tmp_path), "DJANGO_SETTINGS_MODULE": "signaal.web.settings"}
    command = ["stats", "report", "--org", "X", "--year", "2025", "--lang", lang]
    done = subprocess.run(
        [sys.executable, "-m", "signaal", *command],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (done.returncode, done.stdout, done.stderr) == (1, "", message + "\n")
