"""核验报告: is this credit report genuine? For anyone who receives one — no sign-in needed.

Three checks, one verdict (domain.report_verdict): the platform's signature over the whole file, validated against
the platform's own certificates; the file's SHA-256 against the one the platform holds for that report number;
and the public verify route with the number and verification code. Offline the signature alone is judged.

The certificates are kept per platform (the cache is platform-scoped): every certificate the platform has
published over TLS is trusted for its reports, so a report signed before the platform renewed its certificate
still verifies, offline too, and a PDF carrying any other certificate — however valid in itself — is not the
platform's.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from assistant.api.client import PlatformClient
from assistant.api.errors import NotFound
from assistant.api.models import ReportVerification
from assistant.domain import reports as numbers
from assistant.domain.report_verdict import Verdict, judge
from assistant.errors import UserFacingError
from assistant.i18n import translate
from assistant.services.report_check import SignatureCheck, check_signature, read_ids, sha256_of
from assistant.services.session import UNREACHABLE, Session
from assistant.store.catalogue import CatalogueCache

log = logging.getLogger(__name__)
MAX_BYTES = 64 * 1024 * 1024


class NotAReport(UserFacingError):
    """A file that cannot be a report PDF: say what to do instead of pretending to judge it."""


@dataclass(frozen=True)
class Outcome:
    verdict: Verdict
    signature: SignatureCheck | None  # None when checked by number and code only
    platform: ReportVerification | None  # None when the platform could not be reached
    report_no: str | None
    file_sha256: str | None = None


class ReportVerifier:
    def __init__(self, client: PlatformClient, cache: CatalogueCache):
        self.client, self.cache = client, cache

    @classmethod
    def for_session(cls, session: Session) -> ReportVerifier:
        """Before or after signing in: only the platform's public routes and its cache are used."""
        return cls(session.client, session.cache)

    def certificates(self) -> list[bytes]:
        """The platform's certificates: the one it publishes now (when reachable) and every one kept before."""
        kept = self.cache.get("report_certificates", "all")
        known: list[str] = list(kept.body) if kept else []
        try:
            current = self.client.reports.certificate().decode("ascii", "replace")
        except UNREACHABLE:
            return [pem.encode() for pem in known]
        if current not in known:
            known.append(current)
            self.cache.put("report_certificates", "all", known)
        return [pem.encode() for pem in known]

    def check_file(self, path: Path) -> Outcome:
        try:
            if path.stat().st_size > MAX_BYTES:
                raise NotAReport(translate("report_verify", "文件太大，不是平台签发的信用报告。"))
            content = path.read_bytes()
        except OSError:
            raise NotAReport(translate("report_verify", "无法读取这个文件，请确认它没有被移动或正在被其他程序使用。")) from None
        return self.check_bytes(content)

    def check_bytes(self, content: bytes) -> Outcome:
        if not content[:1024].lstrip().startswith(b"%PDF-"):
            raise NotAReport(translate(
                "report_verify", "这不是 PDF 文件。纸质报告或扫描件请输入报告编号和验证码核验。"))
        trusted = self.certificates()
        # Never online with this platform: nothing to check the signature against, which is "could not check".
        signature = check_signature(content, trusted) if trusted else None
        digest = sha256_of(content)
        report_no, code = read_ids(content) or (None, None)
        platform = self._ask(report_no, code) if report_no and trusted else None
        return Outcome(judge(signature, platform, file_sha256=digest), signature, platform, report_no, digest)

    def check_numbers(self, report_no: str, code: str) -> Outcome:
        """From a paper copy: the number and code as typed (full-width digits, spaces and case forgiven)."""
        report_no, code = numbers.normalise_report_no(report_no), numbers.normalise_code(code)
        if not numbers.valid_report_no(report_no):
            raise NotAReport(translate("report_verify", "报告编号应为 22 位（19 位数字、字母 D 和 2 位校验数字），"
                                                        "请对照报告核对后重新输入。"))
        if not numbers.valid_code(code):
            raise NotAReport(translate("report_verify", "验证码应为 {count} 位字母或数字，请对照报告核对后重新输入。").format(
                count=numbers.CODE_LENGTH))
        platform = self._ask(report_no, code)
        return Outcome(judge(None, platform, file_sha256=None), None, platform, report_no)

    def _ask(self, report_no: str, code: str) -> ReportVerification | None:
        try:
            return self.client.reports.verify(report_no, code)
        except NotFound:
            return ReportVerification(valid=False)  # a platform without the number may say so with a 404
        except UNREACHABLE:
            return None

