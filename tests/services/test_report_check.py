"""A credit report as the platform issues it (signed by `assistant.sandbox.platform.signing` with the key in its
database) and as a user receiving the file has it checked (`assistant.services.report_check`): the genuine file is
valid, any change to it is caught, another key is not the platform's, and no file — empty, damaged, huge — makes the
check raise or reach for the network."""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import io
import random
import socket
import sqlite3
import threading
from pathlib import Path

import pypdf
import pytest
from cryptography import x509
from cryptography.x509.oid import NameOID
from pyhanko.keys import load_certs_from_pemder_data, load_private_key_from_pemder_data
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers
from pyhanko.sign.general import SigningError
from pyhanko_certvalidator.registry import SimpleCertificateStore
from reportlab.pdfgen import canvas

from assistant.sandbox.platform import signing
from assistant.services.report_check import MAX_REPORT_BYTES, check_signature, read_ids, sha256_of

REPORT_NO = "2026110209000000001D12"
CODE = "ABCD2345"
PAGE_TEXT = b"Public credit information report"
SETTINGS = "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"


def platform_db(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, timeout=10)
    conn.execute(SETTINGS.replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS"))
    return conn


def report_pdf() -> bytes:
    """What the PDF builder hands the platform: a page whose content stream is readable text (uncompressed)."""
    out = io.BytesIO()
    page = canvas.Canvas(out, pageCompression=0)
    page.drawString(72, 760, PAGE_TEXT.decode())
    page.drawString(72, 740, "Firm: Henan Hengda Construction Co., Ltd.")
    page.showPage()
    page.save()
    return out.getvalue()


@pytest.fixture(scope="module")
def platform(tmp_path_factory) -> sqlite3.Connection:
    return platform_db(tmp_path_factory.mktemp("platform") / "platform.sqlite3")


@pytest.fixture(scope="module")
def other_platform(tmp_path_factory) -> sqlite3.Connection:
    return platform_db(tmp_path_factory.mktemp("other") / "platform.sqlite3")


@pytest.fixture(scope="module")
def trusted(platform) -> list[bytes]:
    return [signing.certificate_pem(platform)]


@pytest.fixture(scope="module")
def original() -> bytes:
    return report_pdf()


@pytest.fixture(scope="module")
def signed(platform, original) -> bytes:
    return signing.sign_report(platform, original, report_no=REPORT_NO, verify_code=CODE)


def the_signature(pdf: bytes):
    return PdfFileReader(io.BytesIO(pdf)).embedded_signatures[0]


def changed_at(pdf: bytes, position: int, byte: bytes) -> bytes:
    assert pdf[position:position + 1] != byte
    return pdf[:position] + byte + pdf[position + 1:]


def appended(pdf: bytes, change) -> bytes:
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    change(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# The genuine report


def test_a_genuine_report_is_valid_and_says_who_signed_it_when(signed, trusted):
    check = check_signature(signed, trusted)
    assert check.state == "valid"
    assert check.signer == "信用平台演示环境报告签章"
    assert dt.timedelta(0) <= dt.datetime.now(dt.UTC) - check.signed_at < dt.timedelta(minutes=10)
    assert (check.report_no, check.verify_code) == (REPORT_NO, CODE)


def test_the_ids_are_read_back_from_the_signed_file(signed, original):
    assert read_ids(signed) == (REPORT_NO, CODE)
    assert read_ids(original) is None
    assert read_ids(b"") is None and read_ids(b"%PDF-1.7 nothing else") is None


def test_the_signature_is_pades_over_the_original_bytes_in_one_update(signed, original):
    assert signed.startswith(original)  # an incremental update: the builder's bytes are untouched
    reader = PdfFileReader(io.BytesIO(signed))
    assert reader.total_revisions == 2
    signature = reader.embedded_signatures[0]
    assert signature.field_name == signing.FIELD_NAME
    assert signature.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    assert signature.sig_object["/Reason"] == "信用报告签章"
    # The ids were written in the signed revision, so the signature covers them.
    assert signature.signed_revision == 1
    assert reader.get_historical_resolver(1).trailer_view["/Info"]["/CreditReportNo"] == REPORT_NO


def test_the_signed_file_still_opens_elsewhere_with_its_ids(signed):
    reader = pypdf.PdfReader(io.BytesIO(signed))
    assert len(reader.pages) == 1
    assert PAGE_TEXT.decode() in reader.pages[0].extract_text()
    assert reader.metadata["/CreditReportNo"] == REPORT_NO
    assert reader.metadata["/CreditVerifyCode"] == CODE


def test_the_hash_is_the_files_sha256(signed):
    assert sha256_of(signed) == hashlib.sha256(signed).hexdigest()
    assert sha256_of(b"") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def test_a_report_checked_from_async_code_is_judged_the_same(signed, trusted):
    """pyhanko runs an event loop of its own, which cannot start inside a running one."""
    async def caller():
        return check_signature(signed, trusted)

    assert asyncio.run(caller()).state == "valid"


# Changes after signing


def test_a_byte_changed_in_the_page_is_modified(signed, trusted):
    position = signed.index(PAGE_TEXT) + 7
    assert check_signature(changed_at(signed, position, b"X"), trusted).state == "modified"


def test_a_byte_changed_in_the_signed_ids_is_modified(signed, trusted):
    position = signed.rindex(CODE.encode())
    assert check_signature(changed_at(signed, position, b"Z"), trusted).state == "modified"


def signature_value_digit(pdf: bytes) -> int:
    """Where the RSA signature value's first hex digit sits in the file."""
    signature = the_signature(pdf)
    value = signature.signer_info["signature"].native
    return signature.byte_range[1] + 1 + 2 * signature.pkcs7_content.index(value)


def other_hex_digit(pdf: bytes, position: int) -> bytes:
    return b"1" if pdf[position:position + 1] != b"1" else b"2"


def test_a_digit_changed_in_the_signature_value_is_modified(signed, trusted):
    position = signature_value_digit(signed) + 40
    assert check_signature(changed_at(signed, position, other_hex_digit(signed, position)), trusted).state == "modified"


def test_a_changed_padding_digit_after_the_signature_is_modified(signed, trusted):
    """The zeros after the signature are in no byte range; pyhanko alone would call such a file intact."""
    end_of_contents = the_signature(signed).byte_range[2] - 1  # the closing >
    assert signed[end_of_contents - 1:end_of_contents] == b"0"
    assert check_signature(changed_at(signed, end_of_contents - 1, b"7"), trusted).state == "modified"


def test_a_hex_digit_switched_to_lower_case_is_modified(signed, trusted):
    """Same value, other bytes: the file is no longer the one the platform issued."""
    start = signature_value_digit(signed)
    position = next(i for i in range(start, start + 512) if signed[i:i + 1] in b"ABCDEF")
    assert check_signature(changed_at(signed, position, signed[position:position + 1].lower()),
                           trusted).state == "modified"


def set_verify_code(writer: IncrementalPdfFileWriter) -> None:
    info = writer.trailer["/Info"]
    info["/CreditVerifyCode"] = generic.TextStringObject("ZZZZ9999")
    writer.update_container(info)


def add_note(writer: IncrementalPdfFileWriter) -> None:
    page = writer.root["/Pages"]["/Kids"][0]
    note = generic.DictionaryObject({
        generic.NameObject("/Type"): generic.NameObject("/Annot"),
        generic.NameObject("/Subtype"): generic.NameObject("/Text"),
        generic.NameObject("/Rect"): generic.ArrayObject([generic.NumberObject(n) for n in (72, 700, 92, 720)]),
        generic.NameObject("/Contents"): generic.TextStringObject("无违法违规记录"),
    })
    page["/Annots"] = generic.ArrayObject([writer.add_object(note)])
    writer.update_container(page)


@pytest.mark.parametrize("change", [set_verify_code, add_note], ids=["info-changed", "note-added"])
def test_an_update_appended_after_signing_is_modified(signed, trusted, change):
    check = check_signature(appended(signed, change), trusted)
    assert check.state == "modified"
    assert check.signer == "信用平台演示环境报告签章"


def test_a_signature_field_dropped_in_a_later_update_is_modified_not_unsigned(signed, trusted):
    def drop_form(writer: IncrementalPdfFileWriter) -> None:
        del writer.root["/AcroForm"]
        writer.update_root()

    stripped = appended(signed, drop_form)
    assert PdfFileReader(io.BytesIO(stripped)).embedded_signatures == []
    assert check_signature(stripped, trusted).state == "modified"


def test_a_second_signature_after_the_platforms_is_modified(signed, trusted, other_platform):
    cert_pem = signing.certificate_pem(other_platform)
    key_pem = other_platform.execute("SELECT value FROM settings WHERE key = ?", (signing.KEY_SETTING,)).fetchone()[0]
    countersigner = signers.SimpleSigner(
        signing_cert=next(iter(load_certs_from_pemder_data(cert_pem))),
        signing_key=load_private_key_from_pemder_data(key_pem.encode(), None),
        cert_registry=SimpleCertificateStore())
    signed_again = signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(signed)),
                                    signers.PdfSignatureMetadata(field_name="Countersignature"), countersigner).getvalue()
    assert len(PdfFileReader(io.BytesIO(signed_again)).embedded_signatures) == 2
    assert check_signature(signed_again, [*trusted, cert_pem]).state == "modified"


def test_the_platform_does_not_sign_a_report_twice(platform, signed):
    with pytest.raises(SigningError):
        signing.sign_report(platform, signed, report_no=REPORT_NO, verify_code=CODE)


# Whose signature


def test_a_report_signed_with_another_key_is_untrusted(original, trusted, other_platform):
    forged = signing.sign_report(other_platform, original, report_no=REPORT_NO, verify_code=CODE)
    check = check_signature(forged, trusted)
    assert check.state == "untrusted"
    assert check.signer == "信用平台演示环境报告签章"  # the same name: only the key tells them apart
    assert check_signature(forged, [*trusted, signing.certificate_pem(other_platform)]).state == "valid"


def test_without_a_trusted_certificate_nothing_is_valid(signed):
    assert check_signature(signed, []).state == "untrusted"


def test_an_unreadable_trusted_certificate_is_skipped(signed, trusted):
    assert check_signature(signed, [b"not a certificate", trusted[0][:200], *trusted]).state == "valid"


def test_an_unsigned_pdf_is_unsigned(original, trusted):
    check = check_signature(original, trusted)
    assert (check.state, check.signer, check.signed_at, check.report_no) == ("unsigned", "", None, None)


# Anything a user might pick


@pytest.mark.parametrize(("name", "states"), [
    ("empty", {"unreadable"}),
    ("text", {"unreadable"}),
    ("header only", {"unreadable"}),
    ("first half", {"unreadable", "modified"}),
    ("last byte missing", {"modified"}),
    ("padded with zeros", {"modified"}),
    ("over the size cap", {"unreadable"}),
])
def test_a_bad_file_maps_to_a_state(signed, trusted, name, states):
    content = {
        "empty": b"",
        "text": b"hello",
        "header only": b"%PDF-1.7\n",
        "first half": signed[:len(signed) // 2],
        "last byte missing": signed[:-1],
        "padded with zeros": signed + bytes(1_000_000),
        "over the size cap": signed + b"%" * MAX_REPORT_BYTES,
    }[name]
    assert check_signature(content, trusted).state in states


def test_no_damage_to_a_signed_file_makes_the_check_raise_or_pass(signed, trusted):
    """Random damage anywhere the signature covers: never an exception, never "valid"."""
    rnd = random.Random(20261102)
    signature = the_signature(signed)
    covered = [*range(0, signature.byte_range[1]), *range(signature.byte_range[2], len(signed))]
    for _ in range(60):
        damaged = bytearray(signed)
        for _ in range(rnd.randint(1, 3)):
            damaged[rnd.choice(covered)] = rnd.randrange(256)
        cut = rnd.choice([len(damaged), len(damaged), rnd.randrange(len(damaged))])
        assert check_signature(bytes(damaged[:cut]), trusted).state != "valid"
        read_ids(bytes(damaged[:cut]))


def test_checking_reaches_for_no_network(signed, trusted, original, other_platform, monkeypatch):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network blocked in this test")

    for name in ("connect", "connect_ex"):
        monkeypatch.setattr(socket.socket, name, refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    forged = signing.sign_report(other_platform, original, report_no=REPORT_NO, verify_code=CODE)

    assert check_signature(signed, trusted).state == "valid"
    assert check_signature(forged, trusted).state == "untrusted"  # no issuer to fetch, no revocation to look up
    assert attempts == []


# The platform's key


def test_the_key_is_made_once_and_kept_in_settings(tmp_path, original):
    path = tmp_path / "platform.sqlite3"
    first = platform_db(path)
    pem = signing.certificate_pem(first)
    assert signing.certificate_pem(first) == pem
    assert signing.certificate_pem(platform_db(path)) == pem  # another connection, as after a restart
    rows = dict(first.execute("SELECT key, value FROM settings").fetchall())
    assert set(rows) == {signing.KEY_SETTING, signing.CERT_SETTING}
    assert rows[signing.KEY_SETTING].startswith("-----BEGIN PRIVATE KEY-----")  # PKCS#8, unencrypted
    report = signing.sign_report(platform_db(path), original, report_no=REPORT_NO, verify_code=CODE)
    assert check_signature(report, [pem]).state == "valid"


def test_two_first_uses_at_once_make_one_key(tmp_path):
    path = tmp_path / "platform.sqlite3"
    platform_db(path).close()
    start, pems = threading.Barrier(2), []

    def first_use():
        conn = platform_db(path)
        start.wait()
        pems.append(signing.certificate_pem(conn))

    threads = [threading.Thread(target=first_use) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(pems) == 2 and pems[0] == pems[1]


def test_a_pair_that_does_not_belong_together_is_replaced(tmp_path, original):
    conn = platform_db(tmp_path / "platform.sqlite3")
    stale = signing.certificate_pem(platform_db(tmp_path / "other.sqlite3")).decode()
    signing.certificate_pem(conn)
    conn.execute("UPDATE settings SET value = ? WHERE key = ?", (stale, signing.CERT_SETTING))
    pem = signing.certificate_pem(conn)
    assert pem.decode() != stale
    report = signing.sign_report(conn, original, report_no=REPORT_NO, verify_code=CODE)
    assert check_signature(report, [pem]).state == "valid"


def test_the_certificate_names_the_platform_for_ten_years_of_signing(platform):
    cert = x509.load_pem_x509_certificate(signing.certificate_pem(platform))
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "信用平台演示环境报告签章"
    assert cert.subject.get_attributes_for_oid(NameOID.COUNTRY_NAME)[0].value == "CN"
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment and not usage.key_cert_sign
    assert cert.not_valid_after_utc - cert.not_valid_before_utc >= dt.timedelta(days=3650)
    assert cert.not_valid_before_utc <= dt.datetime.now(dt.UTC)
