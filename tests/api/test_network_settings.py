"""Office networks: TLS verified (OS trust store plus an extra CA file from settings) and an HTTP proxy."""

from __future__ import annotations

import datetime as dt
import ipaddress
import json

import pytest

from assistant.api.client import RetryPolicy
from assistant.api.errors import CertificateError
from assistant.sandbox.app import SandboxConfig
from assistant.sandbox.server import SandboxServer
from tests.support.servers import scripted_server


@pytest.fixture
def self_signed(tmp_path):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "测试单位根证书 test office CA")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    certfile, keyfile = tmp_path / "ca.pem", tmp_path / "key.pem"
    certfile.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    keyfile.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                          serialization.NoEncryption()))
    return str(certfile), str(keyfile)


@pytest.fixture
def tls_sandbox(self_signed, seeded_db, tmp_path):
    import shutil

    db = tmp_path / "tls.sqlite3"
    shutil.copy(seeded_db, db)
    server = SandboxServer(SandboxConfig(db_path=db), certfile=self_signed[0], keyfile=self_signed[1]).start()
    yield server
    server.stop()


def test_an_unknown_certificate_is_refused_with_advice(tls_sandbox, make_client):
    client = make_client(tls_sandbox.url, retry=RetryPolicy(attempts=3, base_delay=0.01))
    with pytest.raises(CertificateError) as caught:
        client.calendar.get(2026)
    assert "根证书" in caught.value.message


def test_the_extra_ca_file_from_settings_is_trusted(tls_sandbox, self_signed, make_client):
    client = make_client(tls_sandbox.url, ca_file=self_signed[0])
    assert client.calendar.get(2026).year == 2026


def test_requests_go_through_the_configured_proxy(make_client):
    body = json.dumps({"year": 2026, "published": True, "holidays": [], "working_weekends": [], "source": "x"})
    with scripted_server(lambda n, path: (200, {"Content-Type": "application/json"}, body.encode())) as (proxy, seen):
        client = make_client("http://platform.example.invalid", proxy=proxy)
        assert client.calendar.get(2026).year == 2026
    assert seen == ["http://platform.example.invalid/api/v1/calendar/2026"]
