"""Deterministic demo data: fictional firms of Xinxiang (4107xx) and Sanmenxia (4112xx), their people and logins.

Every code is valid by GB 32100 / GB 11643 (a test checks it) but belongs to nobody: the 主体标识码 parts were
made up. The legal representatives' full ID numbers stay inside the sandbox; the API only ever returns them masked.
The firms' adverse records are in records_seed.py (they have a table of their own).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

DEMO_PASSWORD = "Demo@2026"


@dataclass(frozen=True)
class DemoFirm:
    uscc: str
    name: str
    kind: str
    subject_category: str
    legal_rep: str
    legal_rep_id: str
    established_on: dt.date
    region_code: str
    region_name: str
    industry_code: str
    industry_category: str
    industry_name: str
    address: str
    staff: int
    revenue: str
    assets: str
    tax_credit_level: str
    tags: tuple[str, ...]
    facts: dict = field(default_factory=dict)


@dataclass(frozen=True)
class DemoUser:
    id: str
    username: str
    display_name: str
    role: str  # enterprise | agent
    firms: tuple[tuple[str, str], ...]  # (uscc, relation)
    password: str = DEMO_PASSWORD


HENGDA = "91410711MA45KX3R23"
ZHISUAN = "91410702MA46TQ8L57"
LIJI = "92411202MA47BF6D15"
JINGUO = "93411282MA44JN9G39"
HONGSHENG = "91411221MA40HP2W7A"
WEIZHIYUAN = "91410711MA48CE5N83"

FIRMS: tuple[DemoFirm, ...] = (
    DemoFirm(
        HENGDA, "新乡市恒达机械制造有限公司", "有限责任公司", "法人及非法人组织",
        "张建国", "41071119780312031X", dt.date(2009, 4, 16), "410711", "河南省新乡市牧野区",
        "C3435", "工业", "通用设备制造业（物料搬运设备制造）", "新乡市牧野区化工路南段188号",
        186, "58600000.00", "72000000.00", "A", ("规上工业企业", "专精特新中小企业"),
        {"unemployment_insurance_months": 96, "layoff_rate_last_year": "2.7", "insured_staff": 180,
         "unemployment_insurance_paid_last_year": "186000.00", "above_scale_industrial": True,
         "electricity_q1_growth": "6.4", "electricity_q1_ratio_to_peak": "86.5", "revenue_q1_growth": "7.2",
         "specialized_sme": True, "loan_interest_paid_last_year": "156000.00", "first_above_scale_year": 2019,
         "high_tech_enterprise": False},
    ),
    DemoFirm(
        ZHISUAN, "新乡智算软件科技有限公司", "有限责任公司", "法人及非法人组织",
        "刘晓雯", "41070219850617052X", dt.date(2016, 9, 8), "410702", "河南省新乡市红旗区",
        "I6513", "软件和信息技术服务业", "应用软件开发", "新乡市红旗区新二街科技创新园B座6层",
        68, "23500000.00", "31000000.00", "A", ("高新技术企业", "科技型中小企业"),
        {"high_tech_enterprise": True, "high_tech_certified_on": "2025-10-28", "rd_staff_ratio": "31.0",
         "high_tech_revenue_ratio": "72.0", "insured_staff": 66, "unemployment_insurance_months": 74,
         "layoff_rate_last_year": "4.1", "unemployment_insurance_paid_last_year": "52000.00",
         "above_scale_industrial": False},
    ),
    DemoFirm(
        LIJI, "三门峡市湖滨区李记便民超市", "个体工商户", "个体工商户",
        "李秀兰", "411202197209051435", dt.date(2014, 3, 22), "411202", "河南省三门峡市湖滨区",
        "F5212", "零售业", "便利店零售", "三门峡市湖滨区崤山路中段46号",
        4, "860000.00", "320000.00", "B", ("个体工商户",),
        {"insured_staff": 2, "unemployment_insurance_months": 30, "layoff_rate_last_year": "0",
         "unemployment_insurance_paid_last_year": "3600.00"},
    ),
    DemoFirm(
        JINGUO, "灵宝市金果苹果种植农民专业合作社", "农民专业合作社", "法人及非法人组织",
        "赵长河", "411282196604230713", dt.date(2012, 11, 5), "411282", "河南省三门峡市灵宝市",
        "A0151", "农、林、牧、渔业", "苹果种植", "灵宝市寺河乡寺河村二组",
        23, "4100000.00", "6800000.00", "M", ("农民专业合作社", "县级示范社"),
        {"members": 112, "insured_staff": 8, "unemployment_insurance_months": 40, "layoff_rate_last_year": "0",
         "unemployment_insurance_paid_last_year": "7800.00"},
    ),
    DemoFirm(
        HONGSHENG, "渑池县宏盛建材有限公司", "有限责任公司", "法人及非法人组织",
        "孙德明", "411221198001100916", dt.date(2011, 6, 30), "411221", "河南省三门峡市渑池县",
        "C3021", "工业", "水泥制品制造", "渑池县产业集聚区韶州路9号",
        45, "12000000.00", "15600000.00", "D", (),
        {"insured_staff": 40, "unemployment_insurance_months": 60, "layoff_rate_last_year": "3.0",
         "unemployment_insurance_paid_last_year": "31000.00", "above_scale_industrial": False},
    ),
    DemoFirm(
        WEIZHIYUAN, "新乡市味之源餐饮管理有限公司", "有限责任公司", "法人及非法人组织",
        "陈晓燕", "410711198808220621", dt.date(2019, 5, 12), "410711", "河南省新乡市牧野区",
        "H6210", "餐饮业", "正餐服务", "新乡市牧野区胜利路与健康路交叉口东北角",
        32, "6800000.00", "2900000.00", "B", ("食品经营",),
        {"insured_staff": 30, "unemployment_insurance_months": 41, "layoff_rate_last_year": "6.2",
         "unemployment_insurance_paid_last_year": "9800.00"},
    ),
)

USERS: tuple[DemoUser, ...] = (
    DemoUser("u-hengda", "hengda", "张建国（恒达机械）", "enterprise", ((HENGDA, "owner"),)),
    DemoUser("u-zhisuan", "zhisuan", "刘晓雯（智算软件）", "enterprise", ((ZHISUAN, "owner"),)),
    DemoUser("u-liji", "liji", "李秀兰（李记超市）", "enterprise", ((LIJI, "owner"),)),
    DemoUser("u-jinguo", "jinguo", "赵长河（金果合作社）", "enterprise", ((JINGUO, "owner"),)),
    DemoUser("u-hongsheng", "hongsheng", "孙德明（宏盛建材）", "enterprise", ((HONGSHENG, "owner"),)),
    DemoUser("u-weizhiyuan", "weizhiyuan", "陈晓燕（味之源餐饮）", "enterprise", ((WEIZHIYUAN, "owner"),)),
    DemoUser(
        "u-kuaiji", "kuaiji", "王会计（豫信财税代理记账）", "agent",
        ((HENGDA, "agent"), (ZHISUAN, "agent"), (LIJI, "agent"), (HONGSHENG, "agent")),
    ),
)


# Payouts already announced or paid (the platform's 到账记录): policy id, amount, status, announced, paid, account.
GRANTS: tuple[tuple[str, str, str, str, str, str | None, str | None], ...] = (
    (HENGDA, "hn-full-load-10", "100000.00", "已拨付", "2026-05-10", "2026-06-02", "6222 **** **** 1234"),
    (HENGDA, "hn-xyd-subsidy", "46800.00", "公示中", "2026-11-10", None, "6222 **** **** 1234"),
    (ZHISUAN, "xx-hightech-award", "200000.00", "已确认", "2026-04-20", "2026-05-15", "6217 **** **** 8890"),
    (LIJI, "smx-ind-relief", "3000.00", "已拨付", "2026-07-01", "2026-07-15", "6230 **** **** 0456"),
)


def demo_logins() -> list[dict]:
    """What `assistant sandbox --demo-logins` prints and the login dialog offers in demo mode."""
    return [
        {"username": u.username, "password": u.password, "role": u.role, "display_name": u.display_name,
         "firms": [uscc for uscc, _ in u.firms]}
        for u in USERS
    ]
