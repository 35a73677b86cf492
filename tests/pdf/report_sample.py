"""A realistic credit report's data (sections 一 to 十, some empty) for the report PDF's tests."""

from __future__ import annotations

import datetime as dt

from assistant.api.models.reports import ReportData, ReportFirm, ReportRow, ReportSection, SummaryCount

FIRM = ReportFirm(name="新乡市恒达机械制造有限公司", uscc="91410711MA45KX3R23", legal_rep="张建国",
                  established_on=dt.date(2012, 3, 15), address="河南省新乡市牧野区化工路南段188号")
REPORT_NO = "2026120211582700017D84"
VERIFY_CODE = "K7M2QX9P"
VERIFY_URL = f"http://127.0.0.1:8765/public/reports/verify?report_no={REPORT_NO}&code={VERIFY_CODE}"
ISSUED_AT = dt.datetime(2026, 12, 2, 3, 58, 27, tzinfo=dt.UTC)  # 11:58 in China
PENALTY_COLUMNS = ["决定文书号", "处罚类别", "处罚内容", "处罚决定日期", "处罚机关"]
PENALTIES = [
    ["新环罚〔2024〕57号", "罚款", "未按规定贮存危险废物（废切削液），罚款8万元（已整改并完成信用修复）", "2024年08月12日",
     "新乡市生态环境局"],
    ["牧应急简罚〔2026〕31号", "警告；罚款", "焊接作业人员未随身携带特种作业操作证，按简易程序当场警告并罚款200元",
     "2026年10月20日", "新乡市牧野区应急管理局"],
    ["新市监处罚〔2026〕118号", "罚款", "出厂叉车产品铭牌未标注额定起重量，违反《中华人民共和国特种设备安全法》第二十一条"
     "的规定，依据该法第七十六条责令改正，罚款6万元。统一社会信用代码91410711MA45KX3R23。", "2026年09月08日",
     "新乡市市场监督管理局"],
]
EXPLANATION = [
    "本报告由信用中国（河南）依据各地区、各部门归集的公共信用信息生成，客观记录信用主体的公共信用信息，"
    "未经任何修改，不包含信用评分或信用评级。",
    "报告内容截至报告生成时间。信用主体对报告所载信息有异议的，可向信用中国（河南）提出异议申请；失信信息符合修复条件的，"
    "可依法申请信用修复。",
    "本报告可扫描二维码，或在信用中国（河南）网站凭报告编号和验证码核验真伪。",
]


def section(key: str, number: str, title: str, columns: list[str] | None = None,
            rows: list[list[str]] | None = None, note: str = "") -> ReportSection:
    return ReportSection(key=key, number=number, title=title, columns=columns or [],
                         rows=[ReportRow(cells=cells) for cells in rows or []], note=note)


def penalty_rows(n: int) -> list[list[str]]:
    """`n` administrative penalties: the three above, then more of the same shape, each numbered."""
    rows = [list(row) for row in PENALTIES[:n]]
    for i in range(len(rows), n):
        day = dt.date(2020, 1, 1) + dt.timedelta(days=i % 2000)
        rows.append([f"新市监罚〔{day.year}〕{i + 1}号", "罚款",
                     f"第{i + 1}号记录：销售不符合食品安全标准的食品，没收违法所得并罚款{1000 + i}元，已责令改正。",
                     f"{day.year}年{day.month:02d}月{day.day:02d}日", "新乡市市场监督管理局"])
    return rows


def report_data(firm: ReportFirm = FIRM, penalties: int = 3, **replace_cells: str) -> ReportData:
    """Sections 一 to 十 as the platform sends them; 四, 八 and 九 are empty. `replace_cells` puts text in the first
    penalty's cells by column name (a tricky or rare string to look for)."""
    rows = penalty_rows(penalties)
    for column, text in replace_cells.items():
        rows[0][PENALTY_COLUMNS.index(column)] = text
    sections = [
        section("registration", "一", "登记注册基础信息", ["项目", "内容"], [
            ["企业名称", firm.name], ["统一社会信用代码", firm.uscc], ["企业类型", "有限责任公司（自然人投资或控股）"],
            ["注册资本", "500万元人民币"], ["登记机关", "新乡市市场监督管理局"], ["登记状态", "存续（在营、开业、在册）"],
            ["经营范围", "一般项目：通用设备制造（不含特种设备制造）；机械零件、零部件加工；金属切削加工服务；"
                     "技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广。（除依法须经批准的项目外，"
                     "凭营业执照依法自主开展经营活动）"]]),
        section("administrative", "二", "行政管理信息", PENALTY_COLUMNS, rows,
                note="行政处罚信息的公示期限依照《失信行为纠正后的信用信息修复管理办法（试行）》确定。"),
        section("honours", "三", "诚实守信相关荣誉信息", ["荣誉名称", "授予单位", "授予日期"],
                [["2025年度河南省守合同重信用企业", "河南省市场监督管理局", "2025年06月30日"]]),
        section("serious_list", "四", "严重失信主体名单信息"),
        section("abnormal_list", "五", "经营（活动）异常名录", ["列入原因", "列入日期", "作出决定机关", "移出原因", "移出日期"],
                [["未按规定期限公示年度报告", "2023年07月03日", "新乡市牧野区市场监督管理局", "补报未报年份的年度报告并公示",
                  "2023年08月15日"]]),
        section("commitments", "六", "信用承诺信息", ["承诺类型", "承诺事由", "承诺日期", "履约状态"],
                [["审批替代型", "申请食品经营许可（容缺受理）", "2026年03月02日", "已履约"],
                 ["信用修复型", "申请信用修复（结束失信信息公示）", "2024年09月20日", "履约中"]]),
        section("evaluations", "七", "信用评价信息", ["评价类别", "评价结果", "评价单位", "评价年度"],
                [["纳税信用等级", "A级", "国家税务总局新乡市税务局", "2025"]]),
        section("judicial", "八", "司法判决及执行信息"),
        section("other", "九", "其他信息"),
        section("advice", "十", "信用状况提升建议", ["建议"],
                [["建议对已整改完毕且符合条件的行政处罚信息及时申请信用修复。"],
                 ["建议按时公示年度报告，避免被列入经营（活动）异常名录。"]]),
    ]
    summary = [SummaryCount(key=s.key, title=s.title, count=len(s.rows)) for s in sections if s.number != "十"]
    return ReportData(firm=firm, summary=summary, sections=sections, explanation=EXPLANATION)
