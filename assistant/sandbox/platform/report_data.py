"""The content of a credit report (DOMAIN.md §4) as the platform holds it at one moment: the firm's profile, its
publicly shown records, honours, commitments and evaluations, laid out as the sections of the 信用中国 法人 report
(一 … 十) or of the 专项信用报告 (发改财金〔2025〕565号, in place of 无违法违规记录证明).

Only what is being published counts: a record repaired, expired (publication past its maximum period, worked out by
`records.firm_records`) or removed after an objection never appears; a record in an open repair application is
still published, so it still appears. The content is Chinese whatever the caller's language: it is the platform's
document.

One query per table whatever the number of records: an accountant's client with a thousand records gets its report
as quickly as a clean firm.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from collections.abc import Callable, Iterable

from assistant.api.models import (
    Commitment,
    CreditRecord,
    ReportData,
    ReportFirm,
    ReportRow,
    ReportSection,
    SummaryCount,
)
from assistant.api.models.repair import PENALTY_TYPES_ZH
from assistant.domain import repair as domain
from assistant.domain.commitments import TYPES as COMMITMENT_TYPES
from assistant.sandbox.platform import records as platform_records

NUMBERS = "一二三四五六七八九十"
SPECIAL_POLICY = "发改财金〔2025〕565号"
INTAKE = "“信用中国（河南）”网站"

# Honours (诚实守信相关荣誉) the platform's registers give a firm, by the tag they appear under: the honour's name and
# who confers it ({county} is the firm's county, for honours a county confers). Other tags (规上工业企业, 个体工商户
# …) describe a firm but honour nobody, so they are not listed.
HONOURS: dict[str, tuple[str, str]] = {
    "专精特新中小企业": ("专精特新中小企业", "河南省工业和信息化厅"),
    "高新技术企业": ("高新技术企业", "河南省科学技术厅、河南省财政厅、国家税务总局河南省税务局"),
    "科技型中小企业": ("科技型中小企业（入库）", "河南省科学技术厅"),
    "县级示范社": ("农民专业合作社县级示范社", "{county}农业农村局"),
    "省级示范社": ("农民专业合作社省级示范社", "河南省农业农村厅"),
    "守合同重信用企业": ("守合同重信用企业", "河南省市场监督管理局"),
}
# Commitments a report lists: those the platform has published (公示) and that may be shown to the public.
PUBLISHED_COMMITMENTS = ("published", "fulfilled", "breached")
COMMITMENT_STATES = {"published": "已公示", "fulfilled": "已履行", "breached": "未履行（违诺）"}
PUBLIC_COMMITMENT = "可向社会公开"
KIND_NAMES = {"administrative_penalty": "行政处罚", "serious_list": "严重失信主体名单", "abnormal_list": "经营异常名录",
              "other": "其他失信信息"}
LEADER_TITLES = {"个体工商户": "经营者"}  # whoever answers for the subject, by its kind
SEAT_TITLES = {"个体工商户": "经营场所"}

RECORD_COLUMNS = ["决定日期", "决定机关", "决定文书号", "违法行为及处理内容", "处罚种类", "公示截止日期"]
LISTING_COLUMNS = ["列入日期", "列入机关", "决定文书号", "列入事由", "公示截止日期"]
OTHER_COLUMNS = ["认定日期", "认定单位", "文书号", "内容", "公示截止日期"]


# -- what a record is ------------------------------------------------------------------------------------------------
def category(record: CreditRecord) -> str:
    """Where a published record belongs in a report: penalty | compulsion | serious_list | abnormal_list | criminal |
    judicial | other. Records of kind `other` are told apart by their sector, or failing that by who decided them
    (a court) and their document number (a criminal case number carries 刑)."""
    if record.kind != "other":
        return "penalty" if record.kind == "administrative_penalty" else record.kind
    if record.sector == "compulsion":
        return "compulsion"
    judicial = record.sector in ("judicial", "criminal") or "法院" in record.authority
    if not judicial:
        return "other"
    return "criminal" if record.sector == "criminal" or "刑" in record.document_no else "judicial"


def published(conn: sqlite3.Connection, uscc: str, day: dt.date) -> list[CreditRecord]:
    return [r for r in platform_records.firm_records(conn, uscc, day) if r.publication.state == "public"]


def penalty_words(record: CreditRecord) -> str:
    """罚款（6,000.00元）、暂扣许可证件（6个月）: the penalty's kinds as the decision names them."""
    words = []
    for kind in record.penalty.types:
        word = PENALTY_TYPES_ZH.get(kind, kind)
        if kind == "fine" and record.penalty.fine is not None:
            word += f"（{record.penalty.fine:,.2f}元）"
        elif kind == "license_suspension" and record.penalty.term_months:
            word += f"（{record.penalty.term_months}个月）"
        words.append(word)
    return "、".join(words)


def record_row(record: CreditRecord) -> ReportRow:
    cells = [record.decided_on.isoformat(), record.authority, record.document_no, record.summary,
             penalty_words(record), record.publication.max_until.isoformat()]
    return ReportRow(cells=cells, record_id=record.id)


def listing_row(record: CreditRecord) -> ReportRow:
    cells = [record.decided_on.isoformat(), record.authority, record.document_no, record.summary,
             record.publication.max_until.isoformat()]
    return ReportRow(cells=cells, record_id=record.id)


def special_penalty_row(record: CreditRecord) -> ReportRow:
    procedure = "简易程序" if "simplified" in record.penalty.types else "普通程序"
    row = record_row(record)
    return ReportRow(cells=[*row.cells[:4], procedure, row.cells[4]], record_id=record.id)


# -- sections --------------------------------------------------------------------------------------------------------
def section(index: int, key: str, title: str, columns: list[str], rows: list[ReportRow], *, empty_text: str = "无",
            note: str = "") -> ReportSection:
    return ReportSection(key=key, number=NUMBERS[index], title=title, columns=columns, rows=rows,
                         empty_text=empty_text, note=note)


def registration(firm: sqlite3.Row, profile: dict) -> list[ReportRow]:
    """一 登记注册基础信息: the profile as label / value rows (a register's field the platform lacks is left out)."""
    kind = profile.get("kind", "")
    industry = profile.get("industry_name", "")
    if industry and profile.get("industry_code"):
        industry += f"（{profile['industry_code']}）"
    pairs = [
        ("统一社会信用代码", firm["uscc"]), ("主体名称", firm["name"]), ("主体类型", kind),
        (LEADER_TITLES.get(kind, "法定代表人"), profile.get("legal_rep", {}).get("name", "")),
        ("成立日期", profile.get("established_on", "")), ("登记机关", profile.get("registration_authority", "")),
        (SEAT_TITLES.get(kind, "住所"), profile.get("address", "")), ("所属地区", profile.get("region_name", "")),
        ("所属行业", industry), ("经营范围", profile.get("business_scope", "")),
    ]
    return [ReportRow(cells=[label, str(value)]) for label, value in pairs if value]


def county(region_name: str) -> str:
    """河南省三门峡市灵宝市 → 灵宝市: the last administrative unit of a region's name."""
    parts = re.findall(r".+?(?:省|自治区|市|州|盟|县|区|旗)", region_name)
    return parts[-1] if parts else region_name


def honours(profile: dict) -> list[ReportRow]:
    rows = []
    for tag in profile.get("tags", []):
        if tag in HONOURS:
            name, authority = HONOURS[tag]
            rows.append(ReportRow(cells=[name, authority.format(county=county(profile.get("region_name", "")))]))
    return rows


def commitments(conn: sqlite3.Connection, uscc: str) -> list[ReportRow]:
    """六 信用承诺信息: the published commitments anyone may see (the same ones GET /public/commitments lists)."""
    placeholders = ", ".join("?" for _ in PUBLISHED_COMMITMENTS)
    rows = conn.execute(f"SELECT body FROM commitments WHERE uscc = ? AND status IN ({placeholders}) "
                        "ORDER BY created_at DESC, id", (uscc, *PUBLISHED_COMMITMENTS)).fetchall()
    out = []
    for row in rows:
        c = Commitment.model_validate_json(row["body"])
        if c.publicity == PUBLIC_COMMITMENT:
            out.append(ReportRow(cells=[c.code, COMMITMENT_TYPES.get(c.type, c.type), c.matter, c.department,
                                        c.signed_on.isoformat(), COMMITMENT_STATES.get(c.status, c.status)]))
    return out


def evaluation(profile: dict) -> list[ReportRow]:
    """七 信用评价信息: each level as its evaluator gave it — `{level, scale, source, year}` (DOMAIN.md §8)."""
    level = profile.get("credit_level") or {}
    grade = level.get("level") or profile.get("tax_credit_level")
    if not grade:
        return []
    return [ReportRow(cells=[level.get("scale") or "纳税信用级别", f"{grade}级",
                             level.get("source") or "国家税务总局河南省税务局", str(level.get("year") or "")])]


def _zh(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def advice_for(record: CreditRecord) -> str | None:
    """十 信用状况提升建议 for one published record, from its repair block (the same judgement as its record page)."""
    block = record.repair
    what = f"{KIND_NAMES[record.kind]}“{record.summary}”（{record.document_no}）"
    if block.state == "repairable":
        return f"{what}：该记录已满足信用修复条件，可通过信用修复申请停止公示。"
    if block.state == "in_progress":
        return f"{what}：信用修复申请正在办理中，办结后将停止公示。"
    if block.state == "not_repairable":
        return f"{what}：依法不能申请信用修复，将于{_zh(record.publication.max_until)}公示期满后自动停止公示。"
    if block.state == "not_yet" and block.earliest_on:
        return f"{what}：自{_zh(block.earliest_on)}起可申请信用修复。"
    if block.state == "not_yet":
        reasons = "".join(r.text for r in block.reasons)
        return f"{what}：{reasons or '暂不满足信用修复条件。'}满足条件后可申请信用修复。"
    return None


def advice(public: Iterable[CreditRecord], profile: dict) -> list[ReportRow]:
    rows = [ReportRow(cells=[text], record_id=r.id) for r in public if (text := advice_for(r))]
    grade = (profile.get("credit_level") or {}).get("level") or profile.get("tax_credit_level")
    if grade in ("C", "D"):
        rows.append(ReportRow(cells=[f"纳税信用级别为{grade}级：可向主管税务机关了解纳税信用修复的条件，按规定申请修复。"]))
    rows.append(ReportRow(cells=["保持良好信用：按时报送年度报告、依法诚信纳税、履行作出的信用承诺；"
                                 f"可在{INTAKE}主动作出并公示信用承诺。"]))
    return rows


def explanation_common(day: dt.date) -> list[str]:
    limits = domain.rule_for(platform_records.RULES, day).time_limits
    return [
        "已完成信用修复、公示期满或经异议核实删除的信息，不在本报告中显示；正在办理信用修复的信息仍在公示中，照常显示。",
        f"对报告中的信息有异议的，可通过{INTAKE}或本平台对该条信息提出异议并附证明材料，平台在"
        f"{limits.objection_forward}个工作日内转交认定单位核查，核查期限为{limits.objection_check}个工作日。",
        f"符合条件的失信信息可申请信用修复：申请由{INTAKE}统一受理（{limits.acceptance}个工作日内），由认定单位作出决定"
        "（“谁认定、谁修复”，依据《信用修复管理办法》（国家发展改革委令第36号））。",
        "本报告可凭报告编号和验证码在平台公开验证，扫描报告上的二维码即可核验其真实性及文件摘要（SHA-256）。",
    ]


def standard_explanation(day: dt.date) -> list[str]:
    return [
        "本报告由信用平台依据各认定单位归集、依法公示的公共信用信息自动生成，客观反映报告生成时该主体公示中的信息，"
        "内容按归集原样照录，未经任何编辑或加工。",
        "本报告不作信用评分或评级；第七部分所列等级为相应评价机关按其标准作出的评价，平台仅照录。",
        *explanation_common(day),
    ]


def special_explanation(day: dt.date, start: dt.date, end: dt.date) -> list[str]:
    return [
        f"本报告为专项信用报告，依据{SPECIAL_POLICY}文件出具，可代替无违法违规记录证明使用。",
        f"查询期间为{_zh(start)}至{_zh(end)}。报告列明该期间内作出的行政处罚（含简易程序处罚）、行政强制、"
        "严重失信主体名单和刑事裁判信息；某类信息在期间内没有记录的，注明“查询期间内无……记录”。",
        "本报告内容按归集原样照录，未经任何编辑或加工，不作信用评分或评级。",
        *explanation_common(day),
    ]


# -- the two editions ------------------------------------------------------------------------------------------------
def by_category(public: Iterable[CreditRecord]) -> dict[str, list[CreditRecord]]:
    out: dict[str, list[CreditRecord]] = {}
    for record in public:
        out.setdefault(category(record), []).append(record)
    return out


def summary(sections: list[ReportSection], keys: Iterable[str]) -> list[SummaryCount]:
    """信用信息概要: one count per section named, each the number of its rows (so the two can never disagree)."""
    wanted = set(keys)
    return [SummaryCount(key=s.key, title=s.title, count=len(s.rows)) for s in sections if s.key in wanted]


def standard_sections(conn: sqlite3.Connection, firm: sqlite3.Row, profile: dict, public: list[CreditRecord]
                      ) -> list[ReportSection]:
    groups = by_category(public)

    def rows(make: Callable[[CreditRecord], ReportRow], *keys: str) -> list[ReportRow]:
        chosen = [r for key in keys for r in groups.get(key, [])]
        return [make(r) for r in sorted(chosen, key=lambda r: r.decided_on, reverse=True)]

    return [
        section(0, "registration", "登记注册基础信息", ["项目", "内容"], registration(firm, profile)),
        section(1, "administrative", "行政管理信息", RECORD_COLUMNS,
                rows(record_row, "penalty", "compulsion"),
                note="行政处罚、行政强制等行政管理信息，按决定日期由近及远排列。"),
        section(2, "honours", "诚实守信相关荣誉信息", ["荣誉名称", "认定机关"], honours(profile)),
        section(3, "serious_list", "严重失信主体名单信息", LISTING_COLUMNS, rows(listing_row, "serious_list")),
        section(4, "abnormal_list", "经营（活动）异常名录", LISTING_COLUMNS, rows(listing_row, "abnormal_list")),
        section(5, "commitments", "信用承诺信息", ["承诺编码", "承诺类型", "承诺事项", "受理部门", "承诺日期", "状态"],
                commitments(conn, firm["uscc"])),
        section(6, "evaluation", "信用评价信息", ["评价类型", "等级", "评价机关", "年度"], evaluation(profile),
                note="等级由评价机关按其标准评定，本报告照录，不作评分或评级。"),
        section(7, "judicial", "司法判决及执行信息", OTHER_COLUMNS,
                rows(listing_row, "criminal", "judicial")),
        section(8, "other", "其他信息", OTHER_COLUMNS, rows(listing_row, "other")),
        section(9, "advice", "信用状况提升建议", ["建议"], advice(public, profile),
                note="以下建议由平台根据本报告所列信息生成，仅供参考。"),
    ]


def special_sections(public: list[CreditRecord], start: dt.date, end: dt.date) -> list[ReportSection]:
    # A decision counts when it was made within the period; a listing still in force counts when it was made by the
    # period's end — a firm listed before the period was on the list during it, which is what a tender asks.
    groups = by_category(r for r in public if start <= r.decided_on <= end or
                         r.kind == "serious_list" and r.decided_on <= end)
    note = f"查询期间：{_zh(start)}至{_zh(end)}。"
    penalty_columns = [*RECORD_COLUMNS[:4], "程序", "处罚种类"]
    return [
        section(0, "penalties", "行政处罚（含简易程序）", penalty_columns,
                [special_penalty_row(r) for r in groups.get("penalty", [])],
                empty_text="查询期间内无行政处罚记录", note=note),
        section(1, "compulsion", "行政强制", RECORD_COLUMNS, [record_row(r) for r in groups.get("compulsion", [])],
                empty_text="查询期间内无行政强制记录", note=note),
        section(2, "serious_list", "严重失信主体名单", LISTING_COLUMNS,
                [listing_row(r) for r in groups.get("serious_list", [])],
                empty_text="查询期间内无严重失信主体名单记录", note=note),
        section(3, "criminal", "刑事裁判", OTHER_COLUMNS, [listing_row(r) for r in groups.get("criminal", [])],
                empty_text="查询期间内无刑事裁判记录", note=note),
    ]


def report_firm(firm: sqlite3.Row, profile: dict) -> ReportFirm:
    established = profile.get("established_on")
    return ReportFirm(name=firm["name"], uscc=firm["uscc"], legal_rep=profile.get("legal_rep", {}).get("name", ""),
                      established_on=dt.date.fromisoformat(established) if established else None,
                      address=profile.get("address", ""))


def build(conn: sqlite3.Connection, uscc: str, day: dt.date, *, edition: str,
          period: tuple[dt.date, dt.date] | None = None) -> ReportData:
    """The report's content for the firm as published on `day`; `period` is required for the special edition."""
    firm = conn.execute("SELECT uscc, name, profile FROM firms WHERE uscc = ?", (uscc,)).fetchone()
    profile = json.loads(firm["profile"])
    public = published(conn, uscc, day)
    if edition == "special":
        if period is None:
            raise ValueError("a special report covers a period")
        sections = special_sections(public, *period)
        return ReportData(firm=report_firm(firm, profile), sections=sections,
                          summary=summary(sections, (s.key for s in sections)),
                          explanation=special_explanation(day, *period))
    sections = standard_sections(conn, firm, profile, public)
    counted = [s.key for s in sections[1:9]]  # 二 … 九: 一 is the profile, 十 the platform's own advice
    return ReportData(firm=report_firm(firm, profile), sections=sections, summary=summary(sections, counted),
                      explanation=standard_explanation(day))
