"""The sandbox's errors as RFC 9457 problem+json, Chinese by default and English when the caller prefers it.

Titles and details exist in both languages. Field messages in `errors[]` are bilingual where the sandbox writes
them itself; those produced by the shared domain checks (assistant.domain) are in the user's language of the
*client*, i.e. Chinese on the platform (README: "The platform's errors and their languages").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from http import HTTPStatus
from typing import NamedTuple

from fastapi import Request
from fastapi.responses import JSONResponse

from assistant.api.models import Problem
from assistant.sandbox.platform.language import negotiate

# An answer describes at most this many field problems, each cut to a sane length: a hostile request with 100,000
# bad entries must not earn a response many times its own size.
MAX_ERRORS = 50
MAX_FIELD_CHARS = 200
MAX_MESSAGE_CHARS = 500
MAX_PARAM_CHARS = 200


class Bilingual(NamedTuple):
    """A text the sandbox writes in both languages; the caller's Accept-Language picks one."""

    zh: str
    en: str


def problem_doc(*statuses: int) -> dict:
    """How a route declares the errors particular to it; contract.py adds the ones every route shares and gives
    each the problem+json media type."""
    return {s: {"model": Problem, "description": HTTPStatus(s).phrase} for s in statuses}


PROBLEMS: dict[str, tuple[int, str, str, str, str]] = {
    # code: (status, title zh, title en, detail zh, detail en)
    "bad_request": (
        400, "请求格式不正确", "Malformed request",
        "平台无法解析这个请求（例如内容不是有效的 JSON，或地址中的参数格式不对）。",
        "The platform could not parse this request (for example, the body is not valid JSON or a parameter in the "
        "address is malformed).",
    ),
    "invalid_cursor": (
        400, "翻页参数无效", "Invalid cursor",
        "翻页参数（cursor）无效或已过期，请从第一页重新获取。",
        "The cursor is invalid or has expired. Fetch the list again from the first page.",
    ),
    "bad_credentials": (401, "登录失败", "Sign-in failed", "用户名或密码不正确。", "Wrong username or password."),
    "too_many_attempts": (
        429, "尝试次数过多", "Too many attempts",
        "登录失败次数过多，请在{minutes}分钟后再试。", "Too many failed sign-ins. Try again in {minutes} minutes.",
    ),
    "invalid_token": (
        401, "登录已失效", "Not signed in",
        "登录已过期或无效，请重新登录。", "Your session has expired or is invalid. Please sign in again.",
    ),
    "not_found": (
        404, "未找到", "Not found", "没有找到该企业或信息，或您无权查看。",
        "No such firm or record, or you may not see it.",
    ),
    "route_not_found": (404, "未找到", "Not found", "平台没有这个接口。", "The platform has no such endpoint."),
    "method_not_allowed": (405, "不支持的操作", "Method not allowed", "该接口不支持此操作。",
                           "This endpoint does not support this method."),
    "calendar_not_found": (
        404, "暂无节假日安排", "No holiday notice",
        "平台尚未收到{year}年的节假日安排通知。", "The platform has no holiday notice for {year} yet.",
    ),
    "validation_failed": (
        422, "填写有误", "Invalid request",
        "有{count}处内容不符合要求，请逐项修改。", "{count} item(s) need correcting.",
    ),
    "template_replaced": (
        409, "承诺书模板已更新", "Template replaced",
        "平台已更新这份承诺书模板（您使用的是第{version}版），请按新版本核对内容后再提交。",
        "The platform has replaced this template (you used version {version}). Check the new version, then submit.",
    ),
    "not_applicable": (
        409, "不适用", "Not applicable", "这份承诺书不适用于“{category}”类主体。",
        "This commitment does not apply to subjects of the kind “{category}”.",
    ),
    "simplified_procedure_barred": (
        409, "不能适用告知承诺或容缺受理", "Simplified procedure barred",
        "该主体{reasons}，依照《河南省社会信用条例》第三十二条，不能适用告知承诺或容缺受理。",
        "This subject is barred from notification-commitment and deficiency acceptance (Henan Social Credit "
        "Regulations, Art. 32): {reasons}.",
    ),
    "idempotency_conflict": (
        409, "重复的提交编号", "Idempotency key reused",
        "同一个提交编号已用于内容不同的另一次提交（承诺书或申请），平台没有受理这次提交。",
        "This idempotency key was already used for a different submission (a commitment or an application); this "
        "request was not accepted.",
    ),
    "idempotency_key_reused": (
        409, "提交编号已用于其他操作", "Idempotency key used elsewhere",
        "这个提交编号已用于另一项操作（另一家企业或另一个接口），平台没有受理这次提交。请为每次提交使用新的编号。",
        "This idempotency key was already used for another operation (another firm or another endpoint); this "
        "request was not accepted. Use a new key for each submission.",
    ),
    "not_withdrawable": (
        409, "不能撤回", "Cannot withdraw", "承诺已被受理或公示，不能再撤回。",
        "The commitment has been accepted or published and can no longer be withdrawn.",
    ),
    "not_fulfillable": (
        409, "不能补交", "Cannot supply materials", "这份承诺已撤回或已全部履行，不需要再补交材料。",
        "This commitment is withdrawn or fulfilled; no materials are due.",
    ),
    "file_too_large": (
        413, "文件过大", "File too large", "单个文件不能超过{limit_mb}MB，请压缩或拆分后再上传。",
        "A file may not exceed {limit_mb} MB. Compress or split it, then upload again.",
    ),
    "request_too_large": (
        413, "请求内容过大", "Request too large", "这个请求的内容超过了平台接受的上限（{limit}）。",
        "The request body exceeds the platform's limit ({limit}).",
    ),
    "unsupported_file_type": (
        415, "文件类型不支持", "Unsupported file type",
        "“{name}”不是 PDF、JPG、PNG 或 OFD 文件（按文件内容判断，而不是扩展名）。",
        "“{name}” is not a PDF, JPG, PNG or OFD file (judged by its content, not its name).",
    ),
    "unsupported_media_type": (
        415, "请求类型不支持", "Unsupported media type", "这个接口只接受{expected}格式的请求内容。",
        "This endpoint accepts only {expected} request bodies.",
    ),
    "grant_not_paid": (
        409, "尚未拨付", "Not paid yet", "这笔资金还在公示期，拨付到账后才能确认。",
        "This payout is still being announced; it can be confirmed once it has been paid.",
    ),
    # 信用修复 (credit repair) and 异议 (objections)
    "repair_not_yet": (
        409, "暂时还不能申请修复", "Not repairable yet",
        "{record}{when}。{reasons}", "{record}{when}. {reasons}",
    ),
    "repair_not_repairable": (
        409, "不能申请修复", "Not repairable",
        "{record}依法不能申请信用修复，公示期满后会自动停止公示。",
        "{record} cannot be repaired by law; its publication stops by itself when its period ends.",
    ),
    "repair_expired": (
        409, "已停止公示", "No longer published",
        "{record}已经停止公示，不需要再申请修复。", "{record} is no longer published; there is nothing to repair.",
    ),
    "repair_already_repaired": (
        409, "已经修复", "Already repaired",
        "{record}已经完成信用修复，不需要再申请。", "{record} has already been repaired.",
    ),
    "repair_in_progress": (
        409, "正在修复中", "Repair in progress",
        "{record}已在修复申请（案件编号{case_no}）中办理，请等办理结果，不要重复申请。",
        "{record} is already part of the open repair application {case_no}. Wait for its result.",
    ),
    "supplement_not_requested": (
        409, "不需要补正", "No supplement requested",
        "这份修复申请目前没有要求补正材料（当前状态：{status}）。",
        "The platform has not asked for more materials for this application (status: {status}).",
    ),
    "objection_in_progress": (
        409, "异议正在核查中", "Objection in progress",
        "对这条记录的异议（案件编号{case_no}）正在核查中，请等核查结果，不要重复提交。",
        "An objection to this record ({case_no}) is being checked. Wait for its result.",
    ),
    "decision_not_allowed": (
        409, "当前状态不能这样处理", "Decision not allowed",
        "案件当前状态为“{status}”，不能作出“{decision}”的处理。",
        "The case is in status “{status}”; the decision “{decision}” is not possible now.",
    ),
    # 信用报告 (credit reports)
    "quota_exhausted": (
        409, "免费报告已用完", "Free reports used up",
        "今年的免费信用报告已用完（每年{free_per_year}份）。已取得的报告仍可随时下载。",
        "This year's free credit reports are used up ({free_per_year} a year). Reports already issued can still be "
        "downloaded at any time.",
    ),
    "report_unprintable": (
        409, "暂时无法出具报告", "Report cannot be printed",
        "平台上该企业的信息含有无法打印的字符（{characters}），暂时无法出具报告。平台会尽快更正，请稍后再试。",
        "The platform's data on this firm contains characters that cannot be printed ({characters}); the report "
        "cannot be issued until the platform corrects them.",
    ),
    "admin_only": (403, "无权操作", "Forbidden", "这是演示平台的管理接口。", "This is a sandbox administration endpoint."),
    "internal_error": (
        500, "平台内部错误", "Internal error", "平台处理请求时出错，请稍后再试。",
        "The platform failed to handle the request. Please try again later.",
    ),
}

FIELD_MESSAGES: dict[str, tuple[str, str]] = {
    "missing": ("此项必填。", "This field is required."),
    "string_too_short": ("不能为空。", "Must not be empty."),
    "string_too_long": ("内容过长，最多{max_length}个字符。", "Too long: at most {max_length} characters."),
    "string_type": ("应为文字。", "Must be text."),
    "string_pattern_mismatch": ("格式不正确。", "Invalid format."),
    "int_parsing": ("应为整数。", "Must be a whole number."),
    "int_type": ("应为整数。", "Must be a whole number."),
    "int_from_float": ("应为整数。", "Must be a whole number."),
    "greater_than_equal": ("不能小于{ge}。", "Must be at least {ge}."),
    "less_than_equal": ("不能大于{le}。", "Must be at most {le}."),
    "finite_number": ("应为有限的数字。", "Must be a finite number."),
    "too_long": ("项目过多，最多{max_length}项。", "Too many items: at most {max_length}."),
    "date_from_datetime_parsing": ("日期格式应为 YYYY-MM-DD。", "Use the date format YYYY-MM-DD."),
    "date_parsing": ("日期格式应为 YYYY-MM-DD。", "Use the date format YYYY-MM-DD."),
    "date_out_of_range": ("日期应在{earliest}至{latest}之间。", "The date must lie between {earliest} and {latest}."),
    "control_character": ("含有控制字符，请删除后重新输入。", "Contains a control character; remove it and try again."),
    "unpaired_surrogate": ("含有无效的字符。", "Contains an invalid character."),
    "string_unicode": ("含有无效的字符。", "Contains an invalid character."),
    "json_invalid": ("请求内容不是有效的 JSON。", "The body is not valid JSON."),
    "model_attributes_type": ("应为 JSON 对象。", "Must be a JSON object."),
    "dict_type": ("应为 JSON 对象。", "Must be a JSON object."),
}
DEFAULT_FIELD_MESSAGE = ("格式不正确。", "Invalid value.")
PROBLEM_MEMBERS = frozenset({"type", "title", "status", "detail", "code", "errors"})


def wants_english(request: Request) -> bool:
    return negotiate(request.headers.get("accept-language")) == "en"


@dataclass
class ProblemError(Exception):
    code: str
    params: dict = field(default_factory=dict)
    errors: list[dict] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    # RFC 9457 extension members a program reads (`earliest_on`, `record_id`), the same in every language.
    extensions: dict = field(default_factory=dict)


def _printable(value: object, limit: int) -> str:
    """Text that is safe to send back: valid UTF-8 (a lone surrogate becomes "?") and not unboundedly long."""
    text = str(value)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text.encode("utf-8", "replace").decode("utf-8")


def _localise(value: object, english: bool) -> object:
    return (value.en if english else value.zh) if isinstance(value, Bilingual) else value


def problem_response(request: Request, problem: ProblemError) -> JSONResponse:
    status, title_zh, title_en, detail_zh, detail_en = PROBLEMS[problem.code]
    english = wants_english(request)
    params = {key: _printable(_localise(value, english), MAX_PARAM_CHARS) for key, value in problem.params.items()}
    errors = [
        {"field": _printable(_localise(e["field"], english), MAX_FIELD_CHARS),
         "message": _printable(_localise(e["message"], english), MAX_MESSAGE_CHARS)}
        for e in problem.errors[:MAX_ERRORS]
    ]
    body = {
        "type": f"urn:credit-platform:problem:{problem.code}",
        "title": title_en if english else title_zh,
        "status": status,
        "detail": (detail_en if english else detail_zh).format(**params),
        "code": problem.code,
        "errors": errors,
        **{key: value for key, value in problem.extensions.items() if key not in PROBLEM_MEMBERS},
    }
    headers = {"Content-Language": "en" if english else "zh-CN", **problem.headers}
    return JSONResponse(body, status_code=status, headers=headers, media_type="application/problem+json")


def field_errors(raw: list[dict]) -> list[dict]:
    """Pydantic's errors as `{field, message}` with bilingual messages (at most MAX_ERRORS of them are built)."""
    out = []
    for error in raw[:MAX_ERRORS]:
        loc = [str(part) for part in error.get("loc", ()) if part not in ("body", "query", "path", "header")]
        zh, en = FIELD_MESSAGES.get(error.get("type", ""), DEFAULT_FIELD_MESSAGE)
        context = error.get("ctx") or {}
        try:
            zh, en = zh.format(**context), en.format(**context)
        except (KeyError, IndexError, ValueError):
            pass
        out.append({"field": ".".join(loc) or "body", "message": Bilingual(zh, en)})
    return out
