"""信用修复: (a) repairability of 10,000 records (an accountant's whole portfolio history) with `domain.repair.assess`,
against a floor that only reads the same dates from the same record objects; (b) the application PDF with 20
attachments listed, against a floor of plain reportlab building the same text as paragraphs. Same run, alternated,
medians."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TODAY = dt.date(2026, 11, 21)
# (kind, penalty types, fine band, own term) mixes seen in a portfolio's history
SHAPES = [
    ("administrative_penalty", ["simplified"], None, None),
    ("administrative_penalty", ["warning"], None, None),
    ("administrative_penalty", ["fine"], (500, 49_999), None),
    ("administrative_penalty", ["fine"], (50_000, 999_999), None),
    ("administrative_penalty", ["warning", "fine", "confiscation"], (1_000, 200_000), None),
    ("administrative_penalty", ["fine"], (1_000_000, 3_000_000), None),
    ("administrative_penalty", ["license_suspension", "fine"], (10_000, 300_000), 6),
    ("administrative_penalty", ["practice_restriction"], None, 24),
    ("administrative_penalty", ["production_suspension", "fine"], (50_000, 500_000), 3),
    ("administrative_penalty", ["lifetime_ban"], None, None),
    ("abnormal_list", [], None, None),
    ("serious_list", [], None, None),
    ("other", [], None, None),
]


def records(n: int = 10_000) -> list:
    """Built once from the rule table's own vocabulary (penalty types, fine bands, sectors)."""
    from assistant.api.models import CreditRecord
    from assistant.sandbox.repair_rules import RULES

    rng = random.Random(2026)
    sectors = ["", "", "", *(o["sector"] for o in RULES[0]["sector_overrides"])]
    out = []
    for i in range(n):
        kind, types, band, term = SHAPES[i % len(SHAPES)]
        decided = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(1420))  # both rules in force
        fine = f"{rng.randint(*band)}.00" if band else None
        paid = decided + dt.timedelta(days=rng.randrange(60)) if fine and rng.random() < 0.8 else None
        rectified = decided + dt.timedelta(days=rng.randrange(90)) if rng.random() < 0.7 else None
        state = rng.choices(["public", "repaired", "expired"], [0.8, 0.15, 0.05])[0]
        out.append(CreditRecord.model_validate({
            "id": f"r{i}", "kind": kind, "class": rng.choice(["minor", "general", "serious"]), "decided_on": decided,
            "authority": "新乡市市场监督管理局", "document_no": f"新市监罚〔{decided.year}〕{i}号", "summary": "记录",
            "sector": rng.choice(sectors), "penalty": {"types": types, "fine": fine, "term_months": term},
            "performed": {"fine_paid_on": paid, "rectified_on": rectified},
            "false_material_found_on": decided + dt.timedelta(days=200) if rng.random() < 0.02 else None,
            "publication": {"from": decided, "min_until": decided, "max_until": decided, "state": state},
            "repair": {"state": "not_yet", "rule_id": "x"},
        }))
    return out


def floor(items: list) -> int:
    """Read what `assess` reads from each record (its dates, its state), decide nothing."""
    seen = 0
    for r in items:
        dates = (r.decided_on, r.performed.fine_paid_on, r.performed.rectified_on, r.false_material_found_on)
        seen += sum(d is not None for d in dates) + (r.publication.state == "public") + bool(r.penalty.term_months)
    return seen


def forget() -> None:
    """Empty what `assess` keeps between calls (rules read, periods and words put together): a cold start."""
    from assistant.domain import repair

    repair._facts_cache.clear()
    repair._books.clear()
    repair._said.clear()
    repair._last_book = None


def repairability(runs: int = 9) -> dict[str, float]:
    """Warm: the page judging the same portfolio again (what it keeps is reused); cold: with it emptied before
    each run (the first look after start-up)."""
    from assistant.api.models import RepairRule
    from assistant.domain.repair import assess
    from assistant.sandbox.repair_rules import RULES

    rules = [RepairRule.model_validate(r) for r in RULES]
    items = records()
    floor(items), [assess(r, rules, TODAY) for r in items]  # warm
    floor_times, our_times, cold_times = [], [], []
    for _ in range(runs):
        started = time.perf_counter()
        floor(items)
        floor_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        states = [assess(r, rules, TODAY).state for r in items]
        our_times.append(time.perf_counter() - started)
        forget()
        started = time.perf_counter()
        cold = [assess(r, rules, TODAY).state for r in items]
        cold_times.append(time.perf_counter() - started)
        assert cold == states
    f, o, c = (statistics.median(t) for t in (floor_times, our_times, cold_times))
    counts = {s: states.count(s) for s in sorted(set(states))}
    return {"floor_ms": f * 1000, "assess_ms": o * 1000, "cold_ms": c * 1000, "ratio": o / f, "cold_ratio": c / f,
            "records": len(items), "states": counts}


def application_form(n_materials: int = 20):
    from assistant.pdf.repair import Applicant, CommitmentPart, MaterialLine, RecordLine, RepairForm
    from assistant.services.commitments import bundled_catalogue

    template = next(t for t in bundled_catalogue() if t.code == "HN-XYXF")
    slots = ["罚款缴纳凭证", "整改完成的证明材料", "信用修复承诺书（签字盖章）", "营业执照（副本）", "授权委托书"]
    return RepairForm(
        Applicant("新乡市恒达机械制造有限公司", "91410711MA45KX3R23", "张建国", "新乡市牧野区化工路南段188号"),
        [RecordLine("新乡市市场监督管理局", "新市监罚〔2026〕123号", dt.date(2026, 5, 10), "销售不符合食品安全标准的食品",
                    "一般", "行政处罚")],
        "本单位已于2026年5月20日全额缴纳罚款，并按处罚决定书的要求完成整改，经复查整改到位。" * 6, "王芳", "13803731234",
        CommitmentPart(template, {"document_no": "新市监罚〔2026〕123号", "decided_on": "2026年5月10日",
                                  "authority": "新乡市市场监督管理局", "correction": "已缴纳罚款并完成整改。" * 5,
                                  "contact_name": "王芳", "contact_phone": "13803731234"}, "张建国", dt.date(2026, 11, 21)),
        [MaterialLine(slots[i % len(slots)], f"附件{i + 1:02d}-扫描件.pdf", hashlib.sha256(bytes([i])).hexdigest(),
                      180_000 * (i + 1)) for i in range(n_materials)],
        prepared_on=dt.date(2026, 11, 21), agent_name="李会计")


def form_pdf(runs: int = 9) -> dict[str, float]:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from assistant.pdf import fonts
    from assistant.pdf.letter import letter_texts
    from assistant.pdf.repair import _letter_firm, form_texts, render_repair_form

    form = application_form()
    fonts.register()
    style = ParagraphStyle("p", fontName=fonts.MAIN, fontSize=10, leading=15, wordWrap="CJK")
    c = form.commitment
    texts = [*form_texts(form), *letter_texts(c.template, _letter_firm(form), dict(c.fields))]

    def plain() -> None:
        SimpleDocTemplate(io.BytesIO(), pagesize=A4).build([Paragraph(t, style) for t in texts])

    def ours() -> int:
        return render_repair_form(form).pages

    plain(), ours()  # warm: fonts parsed, caches filled
    floor_times, our_times = [], []
    for _ in range(runs):
        started = time.perf_counter()
        plain()
        floor_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        pages = ours()
        our_times.append(time.perf_counter() - started)
    f, o = statistics.median(floor_times), statistics.median(our_times)
    return {"floor_ms": f * 1000, "form_ms": o * 1000, "ratio": o / f, "pages": pages}


if __name__ == "__main__":
    a = repairability()
    print(f"repair: repairability of {a['records']:,} records {a['assess_ms']:.0f} ms vs date-reading floor "
          f"{a['floor_ms']:.1f} ms, ratio {a['ratio']:.2f} (target ≤ 3); cold (nothing kept yet) {a['cold_ms']:.0f} ms, "
          f"ratio {a['cold_ratio']:.2f}; states {a['states']}")
    p = form_pdf()
    print(f"repair: application PDF with 20 attachments ({p['pages']} pages) {p['form_ms']:.0f} ms vs plain-paragraph "
          f"floor {p['floor_ms']:.0f} ms, ratio {p['ratio']:.2f} (target ≤ 2)")
