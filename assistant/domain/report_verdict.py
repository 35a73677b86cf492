"""Is this credit report genuine? One verdict from up to three facts (DESIGN.md §4, Reports): the platform's signature
on the file, the public verify route's answer for its number and code, and the file's SHA-256 against the one the
platform registered. A report typed in from a paper copy has only the platform's answer.

The window and `assistant report verify` show the same verdict in the same words, with the same exit code:
0 genuine, 1 not genuine, 2 could not be checked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal, Protocol

from assistant.i18n import translate

SignatureState = Literal["valid", "modified", "untrusted", "unsigned", "unreadable"]
VerdictCode = Literal["valid", "modified", "not_platform", "not_found", "signature_only", "unchecked"]

EXIT_VALID, EXIT_INVALID, EXIT_UNCHECKED = 0, 1, 2


@dataclass(frozen=True)
class SignatureCheck:
    """What the file's signature says (`assistant.services.report_check.check_signature`).

    valid: the platform's signature, intact, over the whole file; modified: the signed bytes changed, bytes were
    added after signing, or the signature is damaged; untrusted: intact, but not signed by the platform; unsigned: a
    PDF without a signature; unreadable: not a PDF."""

    state: SignatureState
    signer: str = ""
    signed_at: dt.datetime | None = None
    report_no: str | None = None
    verify_code: str | None = None


class PlatformAnswer(Protocol):
    """`GET /public/reports/verify` (`assistant.api.models.ReportVerification`)."""

    valid: bool
    firm_name: str | None
    uscc: str | None
    issued_at: dt.datetime | None
    edition: str | None
    sha256: str | None


@dataclass(frozen=True)
class Verdict:
    """`detail` tells apart what one code covers: for "modified" whether the signature broke ("signature"), there is
    none ("unsigned"), the file cannot be read ("unreadable") or it differs from the platform's copy ("hash"); for
    "valid" whether a file ("file") or a paper copy's number and code ("paper") were checked. The firm, issue time and
    edition are the platform's, shown whenever it confirmed the report, so they can be compared with the paper."""

    code: VerdictCode
    exit_code: int
    detail: str = ""
    firm_name: str | None = None
    uscc: str | None = None
    issued_at: dt.datetime | None = None
    edition: str | None = None
    signer: str = ""
    signed_at: dt.datetime | None = None

    @property
    def headline(self) -> str:
        return _words(self.code, self.detail)[0]

    @property
    def explanation(self) -> str:
        return _words(self.code, self.detail)[1]


def judge(signature: SignatureCheck | None, platform: PlatformAnswer | None, *, file_sha256: str | None) -> Verdict:
    """`signature` is None for a paper copy (no file); `platform` is None when the platform could not be reached."""
    facts = _platform_facts(platform)
    if signature is not None:
        facts |= {"signer": signature.signer, "signed_at": signature.signed_at}
        broken = _broken_file(signature)
        if broken is not None:
            return Verdict(*broken, **facts)
    if platform is None:
        if signature is None:
            return Verdict("unchecked", EXIT_UNCHECKED, **facts)
        return Verdict("signature_only", EXIT_UNCHECKED, **facts)
    if not platform.valid:
        return Verdict("not_found", EXIT_INVALID, **facts)
    if signature is None:
        return Verdict("valid", EXIT_VALID, "paper", **facts)
    if _differs(platform.sha256, file_sha256):
        return Verdict("modified", EXIT_INVALID, "hash", **facts)
    return Verdict("valid", EXIT_VALID, "file", **facts)


def _broken_file(signature: SignatureCheck) -> tuple[VerdictCode, int, str] | None:
    """What the file alone proves wrong, whatever the platform answers."""
    if signature.state == "untrusted":
        return "not_platform", EXIT_INVALID, ""
    if signature.state != "valid":
        detail = "signature" if signature.state == "modified" else signature.state
        return "modified", EXIT_INVALID, detail
    return None


def _platform_facts(platform: PlatformAnswer | None) -> dict:
    if platform is None or not platform.valid:
        return {}
    return {"firm_name": platform.firm_name, "uscc": platform.uscc, "issued_at": platform.issued_at,
            "edition": platform.edition}


def _differs(registered: str | None, actual: str | None) -> bool:
    """Only two known hashes can differ: a platform that does not say its hash leaves the signature to vouch."""
    return bool(registered and actual) and registered.strip().lower() != actual.strip().lower()


def _words(code: str, detail: str) -> tuple[str, str]:
    """The headline and one sentence for someone who has never heard of a digital signature. Literal calls, one per
    string, so lupdate finds them."""
    if code == "valid" and detail == "paper":
        return (translate("report_verdict", "平台有这份报告"),
                translate("report_verdict", "报告编号和验证码正确。请核对下面的企业名称、出具时间和报告种类是否与纸质报告一致，一致才是真报告。"))
    if code == "valid":
        return (translate("report_verdict", "报告真实有效"),
                translate("report_verdict", "这份文件由信用平台出具并签章，出具后没有被改动过，与平台登记的报告一致。"))
    if code == "modified" and detail == "unsigned":
        return (translate("report_verdict", "文件没有平台签章"),
                translate("report_verdict", "这份PDF没有信用平台的电子签章，可能经过另存、转换或重新排版，不能当作平台出具的报告。"))
    if code == "modified" and detail == "unreadable":
        return (translate("report_verdict", "无法读取这个文件"),
                translate("report_verdict", "这不是一份能打开的PDF报告，请向对方索要从信用平台下载的原始文件。"))
    if code == "modified" and detail == "hash":
        return (translate("report_verdict", "与平台登记的报告不一致"),
                translate("report_verdict", "这份文件与平台为该报告编号登记的文件不是同一份，请以从信用平台重新下载的报告为准。"))
    if code == "modified":
        return (translate("report_verdict", "报告已被改动"),
                translate("report_verdict", "这份文件在平台签章之后被修改过或已损坏，里面的内容不可信。"))
    if code == "not_platform":
        return (translate("report_verdict", "不是信用平台出具的报告"),
                translate("report_verdict", "文件上的电子签章不是信用平台的，不能证明这份报告由平台出具。"))
    if code == "not_found":
        return (translate("report_verdict", "平台查无此报告"),
                translate("report_verdict", "平台没有这个报告编号，或者验证码不符，请核对编号和验证码后再试。"))
    if code == "signature_only":
        return (translate("report_verdict", "签章有效，未能联网核验"),
                translate("report_verdict", "文件上的平台签章完好、内容未被改动，但现在连不上信用平台，联网后可再核对一次。"))
    return (translate("report_verdict", "暂时无法核验"),
            translate("report_verdict", "现在连不上信用平台，本机也还没有平台的签章证书，暂时无法核验，请联网后再试。"))
