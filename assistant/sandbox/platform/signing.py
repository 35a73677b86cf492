"""The platform's seal on the credit reports it issues (DESIGN.md §4, Reports): a PAdES signature (ETSI.CAdES.detached)
over the whole file, with the report number and verification code written into the document's Info dictionary in
the same incremental update, so the signature covers them and a verifier reads them back from a signed place.

The key is the sandbox's own: an RSA-2048 key and a self-signed certificate made at first use and kept in the
`settings` table, so every report a sandbox ever issued verifies against the certificate it publishes at
`/public/reports/certificate`. A real platform keeps its key in a signing device and has its certificate issued by a
CA; the client pins whichever certificate the platform publishes.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import sqlite3
from functools import lru_cache

from asn1crypto import algos
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.x509.oid import NameOID
from pyhanko.keys.internal import translate_pyca_cryptography_key_to_asn1
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.sign.general import SigningError
from pyhanko_certvalidator.registry import SimpleCertificateStore
from pyhanko_certvalidator.util import get_pyca_cryptography_hash

log = logging.getLogger(__name__)

KEY_SETTING = "report_signing_key"
CERT_SETTING = "report_signing_cert"
INFO_REPORT_NO = "/CreditReportNo"
INFO_VERIFY_CODE = "/CreditVerifyCode"
FIELD_NAME = "PlatformSignature"
REASON = "信用报告签章"
LOCATION = "河南省"
SIGNER_NAME = "信用平台演示环境报告签章"
ORGANISATION = "信用平台演示环境"
VALID_YEARS = 10
# The signature's placeholder, in hex digits: the CMS container (a 2048-bit signature, the certificate, fixed-size
# signed attributes) takes about 3,300. Giving it saves pyhanko's size estimate, which signs a dummy first; keeping it
# tight matters to every verifier, whose PDF parser reads /Contents a hex digit at a time (about 5 ms per 1,000).
RESERVED_HEX_DIGITS = 4096


class _PlatformSigner(signers.SimpleSigner):
    """pyhanko's SimpleSigner re-reads the private key from DER on every signature (about 40 ms for RSA, most of a
    report's signing time); this one keeps the parsed key."""

    def __init__(self, key: rsa.RSAPrivateKey, cert: asn1_x509.Certificate):
        super().__init__(signing_cert=cert, signing_key=translate_pyca_cryptography_key_to_asn1(key),
                         cert_registry=SimpleCertificateStore(),
                         signature_mechanism=algos.SignedDigestAlgorithm({"algorithm": "sha256_rsa"}))
        self._key = key

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        return self._key.sign(data, PKCS1v15(), get_pyca_cryptography_hash(digest_algorithm))


def certificate_pem(conn: sqlite3.Connection) -> bytes:
    """The certificate the platform publishes and signs with; made, with its key, on first use."""
    return _stored_pair(conn)[1].encode("ascii")


def sign_report(conn: sqlite3.Connection, pdf: bytes, *, report_no: str, verify_code: str) -> bytes:
    """The issued report: `pdf` with its identifiers in the Info dictionary and the platform's signature, both
    appended as one incremental update (the original bytes stay as they were)."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    _write_ids(writer, report_no, verify_code)
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME, reason=REASON, location=LOCATION, md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
    )
    out = signers.sign_pdf(writer, meta, _signer(*_stored_pair(conn)), bytes_reserved=RESERVED_HEX_DIGITS)
    return out.getvalue()


def _write_ids(writer: IncrementalPdfFileWriter, report_no: str, verify_code: str) -> None:
    try:
        info = writer.trailer["/Info"]
    except KeyError:
        info = None
    ids = {INFO_REPORT_NO: report_no, INFO_VERIFY_CODE: verify_code}
    if isinstance(info, generic.DictionaryObject):
        info.update({generic.NameObject(k): generic.TextStringObject(v) for k, v in ids.items()})
        writer.update_container(info)
    else:
        writer.set_info(generic.DictionaryObject(
            {generic.NameObject(k): generic.TextStringObject(v) for k, v in ids.items()}))


def _stored_pair(conn: sqlite3.Connection) -> tuple[str, str]:
    """(key PEM, certificate PEM) from `settings`, made if absent. Two first uses at once each make a pair, but one
    statement inserts both rows and ignores them when present, so everyone re-reads the same winner."""
    pair = _read_pair(conn)
    if pair is not None and _matching(*pair):
        return pair
    if pair is not None:
        # Half a pair (or a key and a certificate that do not belong together) can only come from a hand edit: the
        # reports it signed could not verify anyway, so a fresh pair replaces it.
        log.warning("the report signing key and certificate in settings do not match; making a new pair")
    key_pem, cert_pem = _new_pair()
    verb = "INSERT OR REPLACE" if pair is not None else "INSERT OR IGNORE"
    conn.execute(f"{verb} INTO settings (key, value) VALUES (?, ?), (?, ?)",
                 (KEY_SETTING, key_pem, CERT_SETTING, cert_pem))
    pair = _read_pair(conn)
    if pair is None:
        raise SigningError("the report signing key could not be stored")
    return pair


def _read_pair(conn: sqlite3.Connection) -> tuple[str, str] | None:
    rows = dict(conn.execute("SELECT key, value FROM settings WHERE key IN (?, ?)",
                             (KEY_SETTING, CERT_SETTING)).fetchall())
    if not rows:
        return None
    return rows.get(KEY_SETTING, ""), rows.get(CERT_SETTING, "")


@lru_cache(maxsize=8)
def _matching(key_pem: str, cert_pem: str) -> bool:
    try:
        key, cert = _loaded(key_pem, cert_pem)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        return False
    return key.public_key().public_numbers() == cert.public_key().public_numbers()


def _new_pair() -> tuple[str, str]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    cert_pem = _self_signed(key).public_bytes(serialization.Encoding.PEM)
    return key_pem.decode("ascii"), cert_pem.decode("ascii")


def _self_signed(key: rsa.RSAPrivateKey) -> x509.Certificate:
    name = x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, ORGANISATION),
        x509.NameAttribute(NameOID.COMMON_NAME, SIGNER_NAME),
    ])
    # A day back, so a client whose clock runs a little behind the sandbox's does not see a certificate from the future.
    start = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(days=1)
    usage = x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                          data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
                          encipher_only=False, decipher_only=False)
    return (x509.CertificateBuilder()
            .subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(start + dt.timedelta(days=365 * VALID_YEARS))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(usage, critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256()))


@lru_cache(maxsize=8)
def _loaded(key_pem: str, cert_pem: str) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    """Parsed once per pair: loading an RSA key checks it, which costs tens of milliseconds."""
    key = serialization.load_pem_private_key(key_pem.encode("ascii"), password=None)
    if not isinstance(key, rsa.RSAPrivateKey):
        raise ValueError("the report signing key is not an RSA key")
    return key, x509.load_pem_x509_certificate(cert_pem.encode("ascii"))


@lru_cache(maxsize=8)
def _signer(key_pem: str, cert_pem: str) -> _PlatformSigner:
    """One signer per stored pair, not per database path: a pair replaced in the database (a hand edit, a database
    swapped under a running sandbox) is picked up at the next report instead of signing with a key nobody publishes."""
    key, cert = _loaded(key_pem, cert_pem)
    return _PlatformSigner(key, asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)))
