"""One exception class per way a platform call can fail, each with a message a shop owner understands.

The platform's own problem+json detail (already in the user's language) is preferred; our text is the fallback.
Messages never contain tokens, passwords or full ID numbers.
"""

from __future__ import annotations

import email.utils
import time

import httpx
from pydantic import ValidationError

from assistant.api.models import FieldError, Problem
from assistant.errors import UserFacingError
from assistant.i18n import translate

FIELD_LINES = 5  # a message box, not a report: the rest is counted


class PlatformError(UserFacingError):
    """Base class. `message` is for the user; `status` and `code` are for the program."""

    status: int | None = None

    def __init__(self, message: str, *, problem: Problem | None = None, status: int | None = None):
        super().__init__(message)
        self.problem = problem
        if status is not None:
            self.status = status
        elif problem is not None:
            self.status = problem.status

    @property
    def code(self) -> str:
        return self.problem.code if self.problem else ""


class BadCredentials(PlatformError):
    """401 at login: wrong username or password."""


class SessionExpired(PlatformError):
    """401 that a token refresh could not cure: the user must sign in again."""


class NotFound(PlatformError):
    """404 (and 403): the thing does not exist or is not this user's — the platform does not say which."""


class Conflict(PlatformError):
    """409: the request clashes with the platform's state (e.g. an idempotency key reused for another body)."""


class SimplifiedProcedureBarred(Conflict):
    """409 `simplified_procedure_barred`: the firm may not use 告知承诺 / 容缺受理 (on a serious dishonesty list)."""


class TemplateReplaced(Conflict):
    """409 `template_replaced`: the platform has a newer version of the template the draft was made from."""


class IdempotencyConflict(Conflict):
    """409 `idempotency_conflict`: the key was used before for a different request."""


class FileRejected(PlatformError):
    """413 / 415: an uploaded file is too large or not an accepted type."""


class ValidationFailed(PlatformError):
    """422 with every field problem at once."""

    @property
    def field_errors(self) -> list[FieldError]:
        return list(self.problem.errors) if self.problem else []


class RateLimited(PlatformError):
    """429: too many attempts; `retry_after` seconds until the next try is allowed."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs):
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class ServerError(PlatformError):
    """5xx: the platform failed; trying again later may work."""


class BadResponse(PlatformError):
    """The platform answered something that is not the contract (not JSON, wrong shape)."""


class Offline(PlatformError):
    """The platform could not be reached: no network, wrong address, refused connection."""


class PlatformTimeout(Offline):
    """The platform did not answer in time."""


class CertificateError(Offline):
    """The platform's TLS certificate could not be verified (often an office proxy whose root CA is not installed)."""


CONFLICTS: dict[str, type[Conflict]] = {
    "simplified_procedure_barred": SimplifiedProcedureBarred,
    "template_replaced": TemplateReplaced,
    "idempotency_conflict": IdempotencyConflict,
    "idempotency_key_reused": IdempotencyConflict,  # the key was used for another firm or route
}


def default_message(kind: type[PlatformError]) -> str:
    messages = {
        BadCredentials: translate("errors", "用户名或密码不正确。"),
        SessionExpired: translate("errors", "登录已过期，请重新登录。"),
        NotFound: translate("errors", "没有找到相关信息，或您无权查看。"),
        Conflict: translate("errors", "该操作与平台上的现有记录冲突。"),
        FileRejected: translate("errors", "平台没有接受这个文件。"),
        ValidationFailed: translate("errors", "填写的内容有误，请按提示修改。"),
        RateLimited: translate("errors", "操作过于频繁，请稍后再试。"),
        ServerError: translate("errors", "平台暂时出现故障，请稍后再试。"),
        BadResponse: translate("errors", "平台返回了无法识别的数据，请稍后再试或联系平台客服。"),
        Offline: translate("errors", "无法连接到信用平台，请检查网络。已保存的数据不会丢失。"),
        PlatformTimeout: translate("errors", "信用平台响应超时，请稍后再试。已保存的数据不会丢失。"),
        CertificateError: translate(
            "errors", "无法验证信用平台的安全证书。如果单位网络要求，请在“设置”中添加单位的根证书；否则请联系网络管理员。"
        ),
    }
    return messages.get(kind, translate("errors", "与平台通信时出现问题。"))


def error_for_status(status: int, problem: Problem | None, *, retry_after: float | None = None) -> PlatformError:
    kind: type[PlatformError]
    if status == 401:
        kind = SessionExpired
    elif status in (403, 404):
        kind = NotFound
    elif status == 409:
        kind = CONFLICTS.get(problem.code if problem else "", Conflict)
    elif status in (413, 415):
        kind = FileRejected
    elif status == 422:
        kind = ValidationFailed
    elif status == 429:
        kind = RateLimited
    elif status >= 500:
        kind = ServerError
    else:
        kind = PlatformError
    message = default_message(kind)
    if problem is not None and kind is not ServerError:
        message = problem.detail or problem.title or message
        if kind is ValidationFailed:
            message = with_field_messages(message, problem.errors)
    if kind is RateLimited:
        return RateLimited(message, retry_after=retry_after, problem=problem, status=status)
    return kind(message, problem=problem, status=status)


def with_field_messages(message: str, errors: list[FieldError]) -> str:
    """The platform's 422 detail only counts the problems ("有2处内容不符合要求"); where no form marks the fields, the
    user needs each one's own words to know what to change."""
    lines = [f"· {error.message}" for error in errors[:FIELD_LINES]]
    if len(errors) > FIELD_LINES:
        lines.append(translate("errors", "· 另有{count}处").format(count=len(errors) - FIELD_LINES))
    return "\n".join([message, *lines])


def retry_after_seconds(response: httpx.Response) -> float | None:
    """`Retry-After` as seconds (both the delta-seconds and the HTTP-date forms); None when absent or unreadable."""
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def problem_of(response: httpx.Response) -> Problem | None:
    try:
        return Problem.model_validate_json(response.content)
    except ValidationError:
        return None


def raise_for_response(response: httpx.Response) -> None:
    if response.is_success:
        return
    raise error_for_status(
        response.status_code, problem_of(response), retry_after=retry_after_seconds(response)
    )
