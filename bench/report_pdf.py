"""The credit report PDF with 1,000 administrative penalties in one section (a multi-page table with its captions
repeated), against a floor of plain reportlab building the same text as paragraphs. Same run, alternated, medians."""

from __future__ import annotations

import datetime as dt
import io
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ROWS = 1_000
REPORT_NO = "2026120211582700017D84"
VERIFY_URL = f"https://credit.example.cn/public/reports/verify?report_no={REPORT_NO}&code=K7M2QX9P"


def sample(rows: int = ROWS):
    """A firm with `rows` penalties in 二、行政管理信息, a few other sections filled, the rest empty."""
    from assistant.api.models.reports import ReportData, ReportFirm, ReportRow, ReportSection, SummaryCount

    firm = ReportFirm(name="新乡市恒达机械制造有限公司", uscc="91410711MA45KX3R23", legal_rep="张建国",
                      established_on=dt.date(2012, 3, 15), address="河南省新乡市牧野区化工路南段188号")
    penalties = []
    for i in range(rows):
        day = dt.date(2020, 1, 1) + dt.timedelta(days=i % 2000)
        penalties.append(ReportRow(cells=[
            f"新市监罚〔{day.year}〕{i + 1}号", "罚款",
            f"第{i + 1}号记录：销售不符合食品安全标准的食品，没收违法所得并罚款{1000 + i}元，已责令改正。",
            f"{day.year}年{day.month:02d}月{day.day:02d}日", "新乡市市场监督管理局"]))
    titles = ["登记注册基础信息", "行政管理信息", "诚实守信相关荣誉信息", "严重失信主体名单信息", "经营（活动）异常名录",
              "信用承诺信息", "信用评价信息", "司法判决及执行信息", "其他信息", "信用状况提升建议"]
    sections = [ReportSection(key=f"s{n}", number="一二三四五六七八九十"[n], title=title) for n, title in enumerate(titles)]
    sections[0] = sections[0].model_copy(update={"columns": ["项目", "内容"], "rows": [
        ReportRow(cells=["企业名称", firm.name]), ReportRow(cells=["统一社会信用代码", firm.uscc])]})
    sections[1] = sections[1].model_copy(update={
        "columns": ["决定文书号", "处罚类别", "处罚内容", "处罚决定日期", "处罚机关"], "rows": penalties})
    summary = [SummaryCount(key=s.key, title=s.title, count=len(s.rows)) for s in sections[:9]]
    explanation = ["本报告客观记录信用主体的公共信用信息，未经任何修改，不包含信用评分或信用评级。"] * 3
    return ReportData(firm=firm, summary=summary, sections=sections, explanation=explanation)


def plain_floor(data) -> bytes:
    """reportlab building the report's text as plain CJK-wrapped paragraphs, one a cell: no tables, no page
    furniture, no QR code."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from assistant.pdf import fonts
    from assistant.pdf.report import report_texts

    fonts.register()
    style = ParagraphStyle("p", fontName=fonts.MAIN, fontSize=9, leading=12, wordWrap="CJK")
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([Paragraph(t, style) for t in report_texts(data) if t])
    return buffer.getvalue()


def ours(data) -> bytes:
    from assistant.pdf.report import render_report

    return render_report(data, report_no=REPORT_NO, verify_code="K7M2QX9P", verify_url=VERIFY_URL,
                         edition="standard", purpose="financing", purpose_note="",
                         issued_at=dt.datetime(2026, 12, 2, 3, 58, tzinfo=dt.UTC), period=None, demo=True)


def report_pdf(runs: int = 5) -> dict[str, float]:
    data = sample()
    plain_floor(data), ours(data)  # warm: fonts parsed, caches filled
    floor_times, our_times = [], []
    for _ in range(runs):
        started = time.perf_counter()
        plain_floor(data)
        floor_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        pdf = ours(data)
        our_times.append(time.perf_counter() - started)
    f, o = statistics.median(floor_times), statistics.median(our_times)
    return {"floor_ms": f * 1000, "report_ms": o * 1000, "ratio": o / f, "kb": len(pdf) / 1024}


if __name__ == "__main__":
    r = report_pdf()
    print(f"report-pdf: credit report with {ROWS:,} penalty rows {r['report_ms']:.0f} ms ({r['kb']:.0f} KB) vs "
          f"plain-paragraph floor {r['floor_ms']:.0f} ms, ratio {r['ratio']:.2f} (target ≤ 2)")
