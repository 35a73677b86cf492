"""What a credit report file itself proves (DESIGN.md §4, Reports): whether the platform signed it and nobody changed
a byte since, and which report number and verification code it carries. `assistant.domain.report_verdict` combines
this with the platform's answer into the verdict the user sees.

The file can be anything a user picks or a tender agency forwards, so nothing here raises on bad input: every file
maps to a state. Validation never touches the network — the trust roots are the platform's published certificates,
there is no revocation check and nothing is fetched.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import datetime as dt
import hashlib
import io
import logging
import re
import struct
import zlib
from collections.abc import Callable, Sequence
from typing import TypeVar

from asn1crypto import parser as asn1_parser
from asn1crypto import pem as asn1_pem
from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.status import PdfSignatureStatus, SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from assistant.domain.report_verdict import SignatureCheck, SignatureState

__all__ = ["SignatureCheck", "check_signature", "read_ids", "sha256_of"]

log = logging.getLogger(__name__)
_T = TypeVar("_T")

INFO_REPORT_NO = "/CreditReportNo"  # written by the platform's signing (assistant.sandbox.platform.signing)
INFO_VERIFY_CODE = "/CreditVerifyCode"
# What a damaged or stripped file still shows of a signature it once had: its signature dictionary's entries.
_SIGNATURE_TRACES = re.compile(rb"/ByteRange\s*\[|/SubFilter\s*/(?:ETSI\.|adbe\.)")
_HEADER_WINDOW = 1024  # ISO 32000-1 allows bytes before %PDF-; readers look this far
# How every file the platform issues ends. pyhanko reads the end backwards a byte at a time, up to the previous line
# break: a file cut short or padded (a broken download, a mail client's NULs) would cost a second per megabyte.
_TAIL = re.compile(rb"[\r\n]startxref[ \t\r\n]+(\d{1,10})[ \t\r\n]+%%EOF[ \t\r\n]*\Z")
_XREF_START = re.compile(rb"xref|\d+[ \t\r\n]+\d+[ \t\r\n]+obj")  # a table or a cross-reference stream
_TAIL_WINDOW = 1024
# Far above any report (tens of pages, subset fonts); a crafted file can still make pyhanko skip whitespace a byte at a
# time, so the cap bounds the worst case to seconds.
MAX_REPORT_BYTES = 16 * 1024 * 1024

# What pyhanko and asn1crypto raise on a malformed file: their own errors derive from these, and a damaged object
# reaches a KeyError or an IndexError before any check of theirs. Found by damaging signed files byte by byte
# (tests/services/test_report_check.py keeps doing so).
_MALFORMED = (PdfError, ValueError, ArithmeticError, KeyError, IndexError, TypeError, AttributeError, AssertionError,
              EOFError, RecursionError, struct.error, zlib.error, NotImplementedError)


def sha256_of(pdf: bytes) -> str:
    return hashlib.sha256(pdf).hexdigest()


def read_ids(pdf: bytes) -> tuple[str, str] | None:
    """(report number, verification code) from the document's Info dictionary; None when absent or unreadable."""
    reader = _reader(pdf)
    return None if reader is None else _ids(reader)


def check_signature(pdf: bytes, trusted_pems: Sequence[bytes]) -> SignatureCheck:
    """The file's signature judged against the platform's certificates (PEM; any that do not parse are skipped)."""
    if len(pdf) > MAX_REPORT_BYTES or not _looks_like_pdf(pdf):
        return SignatureCheck("unreadable")
    reader = _reader(pdf)
    if reader is None:
        return SignatureCheck("modified" if _SIGNATURE_TRACES.search(pdf) else "unreadable")
    ids = _ids(reader) or (None, None)
    try:
        signatures = reader.embedded_signatures
    except _MALFORMED:
        return SignatureCheck("modified", report_no=ids[0], verify_code=ids[1])
    if not signatures:
        # A signature whose field was dropped in a later update still leaves its dictionary in the file.
        state: SignatureState = "modified" if _SIGNATURE_TRACES.search(pdf) else "unsigned"
        return SignatureCheck(state, report_no=ids[0], verify_code=ids[1])
    state, signer, signed_at = _judge_signatures(signatures, pdf, _trust_roots(trusted_pems))
    return SignatureCheck(state, signer, signed_at, ids[0], ids[1])


def _looks_like_pdf(pdf: bytes) -> bool:
    return b"%PDF-" in pdf[:_HEADER_WINDOW]


def _reader(pdf: bytes) -> PdfFileReader | None:
    if len(pdf) > MAX_REPORT_BYTES or not _looks_like_pdf(pdf) or not _well_ended(pdf):
        return None
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        reader.root  # noqa: B018 (the catalogue is read lazily; a file without one is no PDF)
    except _MALFORMED:
        return None
    return reader


def _well_ended(pdf: bytes) -> bool:
    """Ends as written: startxref, an offset that points at a cross-reference section, %%EOF."""
    tail = _TAIL.search(pdf[-_TAIL_WINDOW:])
    return tail is not None and _XREF_START.match(pdf, int(tail[1])) is not None


def _ids(reader: PdfFileReader) -> tuple[str, str] | None:
    try:
        info = reader.trailer["/Info"]
        number, code = info[INFO_REPORT_NO], info[INFO_VERIFY_CODE]
    except _MALFORMED:
        return None
    if not (isinstance(number, generic.TextStringObject) and isinstance(code, generic.TextStringObject)):
        return None
    return str(number), str(code)


def _trust_roots(pems: Sequence[bytes]) -> list[asn1_x509.Certificate]:
    roots = []
    for pem in pems:
        try:
            der = asn1_pem.unarmor(pem)[2] if asn1_pem.detect(pem) else pem
            cert = asn1_x509.Certificate.load(der)
            cert.native  # noqa: B018 (asn1crypto parses lazily; a broken certificate fails here, not mid-validation)
        except _MALFORMED:
            log.warning("a trusted report certificate could not be read; it is ignored")
            continue
        roots.append(cert)
    return roots


def _judge_signatures(signatures: list[EmbeddedPdfSignature], pdf: bytes, roots: list[asn1_x509.Certificate]
                      ) -> tuple[SignatureState, str, dt.datetime | None]:
    """The platform signs once, last: a second signature means the file was signed again after it was issued."""
    first = signatures[0]
    signer, signed_at = _signer_name(first), _claimed_time(first)
    if len(signatures) != 1:
        return "modified", signer, signed_at
    try:
        status = _validated(first, roots)
    except _MALFORMED as exc:
        log.info("a report's signature could not be validated: %s", type(exc).__name__)
        return "modified", signer, signed_at
    return _state(status, first, pdf), signer, status.signer_reported_dt or signed_at


def _validated(signature: EmbeddedPdfSignature, roots: list[asn1_x509.Certificate]) -> PdfSignatureStatus:
    def validate() -> PdfSignatureStatus:
        # trust_roots=[] must stay a list: None would mean the operating system's trust store.
        context = ValidationContext(trust_roots=list(roots), allow_fetching=False, revocation_mode="soft-fail")
        # The diff analysis judges what was added after signing; anything added is already "modified" here.
        return validate_pdf_signature(signature, context, skip_diff=True)

    return _outside_event_loop(validate)


def _outside_event_loop(fn: Callable[[], _T]) -> _T:
    """pyhanko's synchronous API runs its own event loop, which cannot start inside a running one (an async caller)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return fn()
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(fn).result()


def _state(status: PdfSignatureStatus, signature: EmbeddedPdfSignature, pdf: bytes) -> SignatureState:
    if not (status.intact and status.valid):
        return "modified"
    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE or not _gap_untouched(signature, pdf):
        return "modified"
    return "valid" if status.trusted else "untrusted"


def _gap_untouched(signature: EmbeddedPdfSignature, pdf: bytes) -> bool:
    """The one stretch of a signed file that no signature covers is /Contents, and pyhanko judges it by its length
    only: a changed padding digit, or a hex digit switched to the other case, would leave a file with other bytes
    (and another SHA-256) still "valid". Here the stretch must hold exactly the signature as written — hex digits of
    one case, then zeros."""
    try:
        start1, length1, start2, length2 = (int(n) for n in signature.byte_range)
        contents = signature.pkcs7_content
        used = asn1_parser.peek(contents)
    except _MALFORMED:
        return False
    if start1 != 0 or start2 + length2 != len(pdf) or any(contents[used:]):
        return False
    written = pdf[length1:start2]
    return written in (b"<" + contents.hex().upper().encode() + b">", b"<" + contents.hex().encode() + b">")


def _signer_name(signature: EmbeddedPdfSignature) -> str:
    try:
        cert = signature.signer_cert
        return str(cert.subject.native.get("common_name", ""))
    except _MALFORMED:
        return ""


def _claimed_time(signature: EmbeddedPdfSignature) -> dt.datetime | None:
    try:
        return signature.self_reported_timestamp
    except _MALFORMED:
        return None
