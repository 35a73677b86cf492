"""The repair rule table the sandbox publishes (`GET /repair-rules`), dated: 令第36号 from 2026-04-01 and, for records
decided before, 令第58号 (2023). Sources: DOMAIN.md §3, §3a. The app also ships this table, so eligibility for repair
can be judged offline before the first sync.

The fine bands stand for 较大数额 / 巨额 罚款, which each province and sector sets for itself (河南 for 法人: 较大数额
from 5万元 in most sectors); they are data so a platform can publish its own.
"""

from __future__ import annotations

IMAGE_OR_PDF = ["application/pdf", "image/jpeg", "image/png"]
PDF_ONLY = ["application/pdf"]


def slot(key: str, name: str, *, required: bool = True, accepts: list[str] = IMAGE_OR_PDF, max_mb: int = 10,
         note: str = "", example: str = "", template_code: str | None = None, for_agent: bool = False,
         for_fine: bool = False) -> dict:
    return {"key": key, "name": name, "required": required, "accepts": accepts, "max_mb": max_mb, "note": note,
            "example": example, "template_code": template_code, "for_agent": for_agent,
            "for_fine": for_fine}


COMMON = [
    slot("commitment", "信用修复承诺书（签字盖章）", accepts=PDF_ONLY + ["image/jpeg", "image/png"],
         note="由本程序按信用修复型模板生成，打印后签字盖章再扫描上传。", example="信用修复承诺书.pdf",
         template_code="HN-XYXF"),
    slot("license", "营业执照（副本）", required=False, note="复印件加盖公章。", example="营业执照副本.jpg"),
    slot("authorisation", "授权委托书", for_agent=True, note="代理人（如代理记账机构）代为申请时必须提供，写明委托事项和期限。",
         example="授权委托书.pdf"),
    slot("agent_id", "经办人身份证", for_agent=True, note="正反面，可合并为一个PDF。", example="经办人身份证.jpg"),
]
PENALTY = [
    slot("fine_receipt", "罚款缴纳凭证", note="银行缴款书或电子缴款凭证，金额与处罚决定书一致。", example="罚款缴纳凭证.pdf",
         for_fine=True),
    slot("rectification", "整改完成的证明材料", note="整改报告、现场照片、主管部门复查意见等，能说明违法行为已纠正。",
         example="整改报告.pdf"),
    slot("decision", "行政处罚决定书", required=False, note="如有，可一并提供，便于核对。", example="行政处罚决定书.pdf"),
]
ABNORMAL = [
    slot("annual_report", "已补报年度报告的证明", note="国家企业信用信息公示系统中补报成功的页面截图或回执。",
         example="年报补报回执.png"),
]
SERIOUS = [
    slot("performance", "已履行法定义务的证明", note="缴清罚款、履行判决或决定的凭证。", example="履行凭证.pdf"),
    slot("rectification", "整改完成的证明材料", note="整改报告及主管部门的核查意见。", example="整改报告.pdf"),
    slot("training", "信用修复培训或信用报告", required=False, note="参加信用修复专题培训的证明，或近期的公共信用信息报告。",
         example="培训证明.pdf"),
]

CLASSES = {"minor": {"min_months": 0, "max_months": 3},
           "general": {"min_months": 3, "max_months": 12},
           "serious": {"min_months": 12, "max_months": 36}}
PENALTY_CLASSES = {
    "simplified": "minor", "warning": "minor", "criticism": "minor", "fine": "minor",
    "confiscation": "general",
    "license_suspension": "serious", "license_revocation": "serious", "qualification_downgrade": "serious",
    "production_suspension": "serious", "closure": "serious", "practice_restriction": "serious",
    "repeated": "serious", "lifetime_ban": "serious",
}
FINE_BANDS = [{"class": "general", "from": "50000.00"}, {"class": "serious", "from": "1000000.00"}]
SECTOR_OVERRIDES = [
    {"sector": sector, "name": name, "class": "general", "min_months": 12, "max_months": 36,
     "source": "《市场监督管理信用修复管理办法》（国市监信规〔2021〕3号）第六条"}
    for sector, name in (("food", "食品"), ("drug", "药品"), ("special_equipment", "特种设备"))
]
SLOTS = {"administrative_penalty": COMMON + PENALTY, "abnormal_list": COMMON + ABNORMAL,
         "serious_list": COMMON + SERIOUS, "other": COMMON + PENALTY[1:]}

RULES = [
    {
        "id": "ndrc-36-2025", "effective_from": "2026-04-01", "effective_to": None,
        "source": "《信用修复管理办法》（国家发展改革委令第36号）",
        "classes": CLASSES, "penalty_classes": PENALTY_CLASSES, "fine_bands": FINE_BANDS,
        "sector_overrides": SECTOR_OVERRIDES, "slots": SLOTS,
        "time_limits": {"acceptance": 3, "decision": 7, "complex_extension": 10, "overall": 10,
                        "objection_forward": 1, "objection_check": 7},
        "false_material_lock_years": 3, "commitment_template": "HN-XYXF",
    },
    {
        "id": "ndrc-58-2023", "effective_from": "2023-05-01", "effective_to": "2026-03-31",
        "source": "《失信行为纠正后的信用信息修复管理办法（试行）》（国家发展改革委令第58号）",
        "classes": CLASSES, "penalty_classes": PENALTY_CLASSES, "fine_bands": FINE_BANDS,
        "sector_overrides": SECTOR_OVERRIDES, "slots": SLOTS,
        "time_limits": {"acceptance": 2, "decision": 5, "complex_extension": 10, "overall": 7,
                        "objection_forward": 1, "objection_check": 7},
        "false_material_lock_years": 3, "commitment_template": "HN-XYXF",
    },
]
