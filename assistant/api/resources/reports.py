"""The credit report: request one, list and fetch the firm's reports and their signed PDFs, and the public
verification routes anyone may call without signing in."""

from __future__ import annotations

import hashlib

from assistant.api.errors import BadResponse, default_message
from assistant.api.models import Report, ReportList, ReportRequest, ReportVerification
from assistant.api.resources.base import Resource, segment

MAX_PDF_BYTES = 64 * 1024 * 1024  # a report of thousands of records is a few MB; beyond this it is not a report


class ReportsResource(Resource):
    def request(self, uscc: str, body: ReportRequest, *, idempotency_key: str) -> Report:
        """Safe to repeat with the same key: the platform answers with the report it already issued (and counts the
        free quota once)."""
        return self._post(f"/firms/{segment(uscc)}/reports", Report,
                          json=body.model_dump(mode="json", by_alias=True, exclude_none=True),
                          idempotency_key=idempotency_key)

    def list(self, uscc: str) -> ReportList:
        """Every report of the firm (without content) and this year's quota."""
        path = f"/firms/{segment(uscc)}/reports"
        first = self._get(path, ReportList, params={"limit": 100})
        if first.next_cursor is None:
            return first
        return ReportList(items=self._paginate(path, ReportList), quota=first.quota)

    def get(self, uscc: str, report_no: str) -> Report:
        return self._get(f"/firms/{segment(uscc)}/reports/{segment(report_no)}", Report)

    def pdf(self, uscc: str, report_no: str, *, sha256: str) -> bytes:
        """The signed PDF, checked against the hash the platform gave for it: a truncated or swapped download is
        nonsense, not a report."""
        response = self._client.request("GET", f"/firms/{segment(uscc)}/reports/{segment(report_no)}/pdf")
        content = response.content
        if len(content) > MAX_PDF_BYTES or hashlib.sha256(content).hexdigest() != sha256.lower():
            raise BadResponse(default_message(BadResponse), status=response.status_code)
        return content

    def certificate(self) -> bytes:
        """The platform's report-signing certificate (PEM)."""
        response = self._client.request("GET", "/public/reports/certificate", authenticated=False)
        if b"-----BEGIN CERTIFICATE-----" not in response.content[:200] or len(response.content) > 64 * 1024:
            raise BadResponse(default_message(BadResponse), status=response.status_code)
        return response.content

    def verify(self, report_no: str, code: str) -> ReportVerification:
        return self._get("/public/reports/verify", ReportVerification,
                         params={"report_no": report_no, "code": code}, authenticated=False)
