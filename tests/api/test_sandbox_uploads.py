"""Uploads at the edge: multipart limits (file count, names, media type) and OFD files checked as zip containers,
so a small upload that unpacks to gigabytes (a zip bomb) is refused."""

from __future__ import annotations

import io
import zipfile

import httpx
import pytest

from assistant.sandbox.platform.uploads import MAX_FILES, sniff
from assistant.sandbox.seed import DEMO_PASSWORD, WEIZHIYUAN
from tests.support.files import ofd_bytes, pdf_bytes

FOOD = {"template_code": "XX-SJ-SPJY-RQ", "template_version": 1, "signed_by": "陈晓燕", "signed_on": "2026-11-02",
        "fields": {"business_premises": "新乡市牧野区胜利路88号", "business_items": "热食类食品制售",
                   "contact_name": "陈晓燕", "contact_phone": "13803730001"}}


def zip_of(entries: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=method) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def bomb(expanded: int) -> bytes:
    """An OFD-looking zip whose one large entry of zeros deflates about 1000:1."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("OFD.xml", "<ofd:OFD xmlns:ofd='http://www.ofdspec.org/2016'/>")
        with archive.open("Doc_0/Res/zeros.bin", "w", force_zip64=True) as entry:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(expanded // len(chunk)):
                entry.write(chunk)
    return buffer.getvalue()


@pytest.fixture
def fulfil(sandbox):
    http = httpx.Client(base_url=f"{sandbox.url}/api/v1")
    login = http.post("/auth/login", json={"username": "weizhiyuan", "password": DEMO_PASSWORD})
    http.headers["Authorization"] = f"Bearer {login.json()['access_token']}"
    made = http.post(f"/firms/{WEIZHIYUAN}/commitments", json=FOOD)
    assert made.status_code == 201, made.text
    url = f"/firms/{WEIZHIYUAN}/commitments/{made.json()['id']}/fulfil"

    def send(files=None, **kwargs) -> httpx.Response:
        return http.post(url, files=files, **kwargs)

    yield send
    http.close()


def test_a_sound_ofd_is_an_ofd():
    assert sniff(ofd_bytes()) == "application/ofd"


@pytest.mark.parametrize("content", [
    bomb(64 * 1024 * 1024),  # 64 MiB of zeros in ~64 KB: far beyond any real document's expansion
    zip_of({"OFD.xml": b"<ofd:OFD/>", **{f"Doc_0/{n}.xml": b"<x/>" for n in range(1500)}}),  # too many entries
    zip_of({"Doc_0/Document.xml": b"<x/>"}),  # no entry point
    zip_of({"OFD.xml": b"not xml at all"}),
    zip_of({"OFD.xml": b"<" + b" " * (2 * 1024 * 1024)}, zipfile.ZIP_STORED),  # an entry point of megabytes
    b"PK\x03\x04" + b"\0" * 100,  # a broken container
], ids=["bomb", "entries", "no-root", "not-xml", "huge-root", "broken"])
def test_unsound_zip_containers_are_not_ofd(content):
    assert sniff(content) is None


def test_a_zip_bomb_upload_is_refused(fulfil):
    content = bomb(64 * 1024 * 1024)
    assert len(content) < 1024 * 1024
    reply = fulfil({"safety_rules": ("发票.ofd", content, "application/ofd")})
    assert reply.status_code == 415 and reply.json()["code"] == "unsupported_file_type"
    assert "发票.ofd" in reply.json()["detail"]


def test_a_real_ofd_is_accepted(fulfil):
    reply = fulfil({"safety_rules": ("制度.ofd", ofd_bytes(), "application/ofd")})
    assert reply.status_code == 200, reply.text


def test_too_many_files_are_one_clear_field_error(fulfil):
    files = [(f"item{n}", (f"{n}.pdf", pdf_bytes(), "application/pdf")) for n in range(MAX_FILES + 1)]
    reply = fulfil(files)
    assert reply.status_code == 422
    assert any(e["field"] == "files" and str(MAX_FILES) in e["message"] for e in reply.json()["errors"])


def test_a_flood_of_parts_is_a_bad_request(fulfil):
    files = [(f"item{n}", (f"{n}.pdf", b"%PDF", "application/pdf")) for n in range(5 * MAX_FILES)]
    reply = fulfil(files)
    assert reply.status_code == 400 and reply.json()["code"] == "bad_request"


def test_an_overlong_file_name_is_a_field_error(fulfil):
    reply = fulfil({"safety_rules": ("名" * 300 + ".pdf", pdf_bytes(), "application/pdf")})
    assert reply.status_code == 422
    assert reply.json()["errors"][0]["field"] == "safety_rules" and "255" in reply.json()["errors"][0]["message"]


def test_an_odd_part_name_is_a_field_error(fulfil):
    reply = fulfil({"safety rules!": ("a.pdf", pdf_bytes(), "application/pdf")})
    assert reply.status_code == 422 and reply.json()["errors"][0]["field"] == "files"


def test_a_body_that_is_not_multipart_is_unsupported(fulfil):
    reply = fulfil(json={"safety_rules": "a file"})
    assert reply.status_code == 415 and reply.json()["code"] == "unsupported_media_type"
    assert "multipart/form-data" in reply.json()["detail"]


def test_a_broken_multipart_body_is_a_bad_request_not_a_missing_route(fulfil):
    reply = fulfil(content=b"--zz\r\nContent-Disposition: form-data; name=\"a\"; filename=\"a.pdf\"\r\n\r\nxx",
                   headers={"Content-Type": "multipart/form-data; boundary=zz"})
    assert reply.status_code in (400, 422), reply.text
    assert reply.json()["code"] != "route_not_found"


def test_an_upload_over_the_request_cap_is_refused_before_reading(make_sandbox):
    sandbox = make_sandbox(max_upload_bytes=1024)
    reply = httpx.post(f"{sandbox.url}/api/v1/firms/{WEIZHIYUAN}/commitments/x/fulfil",
                       files={"a": ("a.pdf", b"%PDF" + b"0" * (11 * 1024 + 1024 * 1024), "application/pdf")})
    assert reply.status_code == 413 and reply.json()["code"] == "request_too_large"
