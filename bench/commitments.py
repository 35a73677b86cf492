"""Commitments: autosave write time of a full letter (median, p95), and the letter PDF build time against a floor
of reportlab building the same text as plain paragraphs, in the same run."""

from __future__ import annotations

import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def full_fields(template) -> dict[str, str]:
    sample = {"text": "新乡市牧野区胜利路88号一层至二层", "textarea": "已全额缴纳罚款并完成整改。" * 30,
              "date": "2026-11-20", "money": "1234567.80", "uscc": "91410711MA45KX3R23",
              "id_number": "41071119780312031X", "phone": "13803731234"}
    return {f.key: (f.options[0] if f.kind == "choice" else sample[f.kind]) for f in template.fields}


def autosave(runs: int = 300) -> dict[str, float]:
    """Through the commitments service, as the editor's autosave calls it (no platform is reached)."""
    from assistant.api.client import PlatformClient
    from assistant.services.account import Account
    from assistant.services.commitments import CommitmentsService, bundled_catalogue
    from assistant.services.session import Session
    from assistant.store.db import Database

    template = next(t for t in bundled_catalogue() if t.code == "HN-XYXF")  # the longest form
    with tempfile.TemporaryDirectory() as folder:
        session = Session(PlatformClient("http://127.0.0.1:9"), Database(Path(folder) / "bench.sqlite3"))
        service = CommitmentsService(Account.open(session, Path(folder)))
        draft = service.new_draft("91410711MA45KX3R23", template, None)
        draft.fields.update(full_fields(template))
        times = []
        for n in range(runs):
            draft.fields["correction"] = f"第{n}次修改：" + "已全额缴纳罚款并完成整改。" * 30
            started = time.perf_counter()
            service.save_draft(draft)
            times.append(time.perf_counter() - started)
        session.client.close()
    times.sort()
    return {"median_ms": statistics.median(times) * 1000, "p95_ms": times[int(len(times) * 0.95)] * 1000}


def letter(runs: int = 15) -> dict[str, float]:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from assistant.pdf import fonts
    from assistant.pdf.letter import letter_texts
    from assistant.services.commitments import bundled_catalogue, render_letter

    template = next(t for t in bundled_catalogue() if t.code == "XX-SJ-SPJY-RQ")
    firm = {"name": "新乡市恒达机械制造有限公司", "uscc": "91410711MA45KX3R23", "legal_rep": "张建国",
            "address": "新乡市牧野区化工路南段188号", "contact": "王芳 13803731234"}
    fields = full_fields(template)
    fonts.register()
    style = ParagraphStyle("p", fontName=fonts.MAIN, fontSize=11, leading=18, wordWrap="CJK")
    texts = letter_texts(template, firm, fields)

    def floor() -> None:
        doc = SimpleDocTemplate(io.BytesIO(), pagesize=A4)
        doc.build([Paragraph(text, style) for text in texts])

    def ours() -> None:
        render_letter(template, firm, fields, signed_by="张建国")

    floor(), ours()  # warm: fonts parsed, caches filled
    floor_times, our_times = [], []
    for _ in range(runs):
        started = time.perf_counter()
        floor()
        floor_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        ours()
        our_times.append(time.perf_counter() - started)
    f, o = statistics.median(floor_times), statistics.median(our_times)
    return {"floor_ms": f * 1000, "letter_ms": o * 1000, "ratio": o / f}


if __name__ == "__main__":
    a = autosave()
    print(f"autosave of a full letter: median {a['median_ms']:.2f} ms, p95 {a['p95_ms']:.2f} ms (target p95 ≤ 20 ms)")
    r = letter()
    print(f"letter PDF: {r['letter_ms']:.0f} ms vs plain-paragraph floor {r['floor_ms']:.0f} ms, "
          f"ratio {r['ratio']:.2f} (target ≤ 3)")
