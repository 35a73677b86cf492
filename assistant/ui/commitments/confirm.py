"""确认提交: what a commitment will send and promise, shown before it is queued, because it cannot be changed after."""

from __future__ import annotations

from assistant.domain.dates import format_date
from assistant.ui.widgets.confirm import Confirmation


class SubmitConfirmation(Confirmation):
    def __init__(self, review, language: str, parent=None):
        super().__init__(parent)
        self.review, self.language = review, language
        self.retranslate()

    def retranslate(self) -> None:
        r = self.review
        lines = [self.tr("承诺人：{firm}（{uscc}）").format(firm=r.firm_name, uscc=r.uscc),
                 self.tr("承诺书：{title}").format(title=r.title),
                 self.tr("承诺事由：{matter}").format(matter=r.matter),
                 self.tr("受理单位：{department}").format(department=r.department),
                 self.tr("签字人：{name}").format(name=r.signed_by)]
        if r.due:
            lines.append(self.tr("容缺材料须按期补交："))
            for item in r.due:
                date = format_date(item.due_on, self.language) + (self.tr("（预计）") if item.estimated else "")
                lines.append(self.tr("　• {name}：{date}前").format(name=item.name, date=date))
        lines.append(self.tr("违诺责任：{text}").format(text=r.breach_liability))
        lines.append(self.tr("提交后不能修改；如需更正，只能在受理前撤回后重新提交。"))
        self.show_summary(self.tr("确认提交"), lines)
