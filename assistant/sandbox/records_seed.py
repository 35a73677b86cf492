"""The demo firms' adverse records (失信信息): a history across kinds, classes and repair states.

Chosen so that, on the demo's date 2026-11-23, the records page shows every case the issue names: already repaired
(r-hd-1, r-lj-1, r-jg-1), expired (r-zs-1), repairable (r-hd-2, r-zs-2, r-hs-1, r-wzy-2; r-jg-2 from exactly that
day), repairable next month (r-hd-3 from 2026-12-09), blocked by an unpaid fine (r-lj-2), a sector with a longer
minimum (r-wzy-1: a food fine, 1 year instead of 3 months), a 暂扣许可 with its own 6-month term (r-hs-2) and the
serious-list firm (r-hs-1, repairable after its rectification, so a repair can lift its bar end to end).

Only HONGSHENG has a public listing (serious list); every other firm's listings are repaired, so the facts the
policies and commitment checks read are what they were before records had a table of their own.

`class` is what the authority stated; the platform recomputes it from the penalty (domain.repair.classify), and a
`state` of public that has run past its maximum period is shown as expired.
"""

from __future__ import annotations

from assistant.sandbox.seed import HENGDA, HONGSHENG, JINGUO, LIJI, WEIZHIYUAN, ZHISUAN


def record(uscc: str, id_: str, kind: str, klass: str, decided_on: str, authority: str, document_no: str,
           summary: str, *, sector: str = "", types: tuple[str, ...] = (), fine: str | None = None,
           term_months: int | None = None, fine_paid_on: str | None = None, rectified_on: str | None = None,
           state: str = "public") -> dict:
    return {
        "uscc": uscc, "state": state,
        "body": {"id": id_, "kind": kind, "class": klass, "decided_on": decided_on, "authority": authority,
                 "document_no": document_no, "summary": summary, "sector": sector,
                 "penalty": {"types": list(types), "fine": fine, "term_months": term_months},
                 "performed": {"fine_paid_on": fine_paid_on, "rectified_on": rectified_on},
                 "false_material_found_on": None, "corrected": False},
    }


RECORDS: tuple[dict, ...] = (
    # 恒达机械: a repaired environmental fine, a warning repairable now, a product fine repairable in December.
    record(HENGDA, "r-hd-1", "administrative_penalty", "general", "2024-08-12", "新乡市生态环境局", "新环罚〔2024〕57号",
           "未按规定贮存危险废物（废切削液），罚款8万元（已整改并完成信用修复）", sector="environment", types=("fine",),
           fine="80000.00", fine_paid_on="2024-08-30", rectified_on="2024-09-20", state="repaired"),
    record(HENGDA, "r-hd-2", "administrative_penalty", "minor", "2026-10-20", "新乡市牧野区应急管理局",
           "牧应急简罚〔2026〕31号", "焊接作业人员未随身携带特种作业操作证，按简易程序当场警告并罚款200元",
           sector="work_safety", types=("simplified", "warning", "fine"), fine="200.00", fine_paid_on="2026-10-20"),
    record(HENGDA, "r-hd-3", "administrative_penalty", "general", "2026-09-08", "新乡市市场监督管理局",
           "新市监处罚〔2026〕118号", "出厂叉车产品铭牌未标注额定起重量，罚款6万元", sector="market", types=("fine",),
           fine="60000.00", fine_paid_on="2026-09-25", rectified_on="2026-10-10"),
    # 智算软件: a warning whose publication ran out, and a procurement record repairable now.
    record(ZHISUAN, "r-zs-1", "administrative_penalty", "minor", "2025-03-14", "新乡市红旗区市场监督管理局",
           "红市监罚〔2025〕22号", "未按规定通过国家企业信用信息公示系统公示股东出资信息，警告并罚款2000元",
           sector="market", types=("warning", "fine"), fine="2000.00", fine_paid_on="2025-03-28", state="expired"),
    record(ZHISUAN, "r-zs-2", "other", "general", "2026-05-20", "新乡市财政局", "新财采〔2026〕5号",
           "政府采购合同履约验收不合格且未按期整改，记入供应商不良行为记录", sector="procurement",
           rectified_on="2026-07-15"),
    # 李记超市: an abnormal listing removed after the late 年报, and a fine not yet paid.
    record(LIJI, "r-lj-1", "abnormal_list", "minor", "2025-07-01", "三门峡市湖滨区市场监督管理局",
           "三湖市监异〔2025〕0213号", "未按时报送2024年度年度报告，列入经营异常名录（已补报，已移出）", sector="market",
           rectified_on="2025-07-20", state="repaired"),
    record(LIJI, "r-lj-2", "administrative_penalty", "minor", "2026-10-15", "三门峡市湖滨区市场监督管理局",
           "三湖市监罚〔2026〕76号", "销售超过保质期的预包装食品，警告并罚款3000元", sector="food",
           types=("warning", "fine"), fine="3000.00"),
    # 金果合作社: an old abnormal listing, repaired; a land fine whose minimum period ends the day before 2026-11-23.
    record(JINGUO, "r-jg-1", "abnormal_list", "minor", "2024-07-02", "灵宝市市场监督管理局", "灵市监异〔2024〕0158号",
           "未按时报送2023年度年度报告，列入经营异常名录（已补报，已移出）", sector="market", rectified_on="2024-08-15",
           state="repaired"),
    record(JINGUO, "r-jg-2", "administrative_penalty", "general", "2026-08-22", "灵宝市自然资源局",
           "灵自然资罚〔2026〕41号", "未经批准占用耕地建设苹果冷库，责令拆除并罚款6.8万元", sector="land", types=("fine",),
           fine="68000.00", fine_paid_on="2026-09-05", rectified_on="2026-10-30"),
    # 宏盛建材: on the serious list since 2025 (rectified, repairable now) and a 6-month licence suspension.
    record(HONGSHENG, "r-hs-1", "serious_list", "serious", "2025-09-12", "三门峡市市场监督管理局",
           "三市监严失〔2025〕9号", "拒不履行生效行政处罚决定，列入严重违法失信名单", sector="market",
           fine_paid_on="2026-06-30", rectified_on="2026-06-30"),
    record(HONGSHENG, "r-hs-2", "administrative_penalty", "serious", "2026-03-18", "三门峡市市场监督管理局",
           "三市监处罚〔2026〕27号", "生产的水泥制品抽检不合格，罚款12万元并暂扣工业产品生产许可证6个月", sector="market",
           types=("fine", "license_suspension"), fine="120000.00", term_months=6, fine_paid_on="2026-04-10",
           rectified_on="2026-09-20"),
    # 味之源餐饮: a food fine under the sector's 1-year minimum, and a recent warning repairable now.
    record(WEIZHIYUAN, "r-wzy-1", "administrative_penalty", "general", "2026-06-05", "新乡市市场监督管理局",
           "新市监处罚〔2026〕64号", "使用超过保质期的食品原料加工食品，没收违法所得并罚款5万元", sector="food",
           types=("confiscation", "fine"), fine="50000.00", fine_paid_on="2026-06-19", rectified_on="2026-07-01"),
    record(WEIZHIYUAN, "r-wzy-2", "administrative_penalty", "minor", "2026-11-02", "新乡市牧野区市场监督管理局",
           "牧市监简罚〔2026〕108号", "餐具清洗消毒记录不全，按简易程序当场警告", sector="food",
           types=("simplified", "warning")),
)
