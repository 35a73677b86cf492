"""确认提交: what a repair application will send, shown before it is queued (it cannot be changed afterwards)."""

from __future__ import annotations

from assistant.ui.widgets.confirm import Confirmation


class RepairConfirmation(Confirmation):
    def __init__(self, draft, firm_name: str, slots: list, attached: dict, parent=None):
        super().__init__(parent, width=600, height=480)
        self.draft, self.firm_name, self.slots, self.attached = draft, firm_name, slots, attached
        self.retranslate()

    def retranslate(self) -> None:
        d = self.draft
        lines = [self.tr("申请人：{firm}（{uscc}）").format(firm=self.firm_name, uscc=d.uscc),
                 self.tr("申请修复的失信记录：")]
        lines += [self.tr("　• {summary}（{document}，{authority}）").format(
            summary=r.summary, document=r.document_no, authority=r.authority) for r in d.records]
        lines.append(self.tr("申请理由：{reason}").format(reason=d.reason.strip()))
        lines.append(self.tr("材料："))
        for slot in self.slots:
            files = self.attached.get(slot.key, [])
            if files:
                lines.append(self.tr("　• {name}：{files}").format(name=slot.name,
                                                                 files="、".join(f.name for f in files)))
        lines.append(self.tr("承诺书：{title}，签署人 {signer}").format(title=d.template.title, signer=d.signed_by))
        lines.append(self.tr("联系人：{name}，{phone}").format(name=d.contact_name, phone=d.contact_phone))
        if d.agent:
            lines.append(self.tr("代理人：{name}").format(name=d.agent_name))
        lines.append(self.tr("提交后不能修改。平台受理后按工作日计算办理期限；需要补正材料时会在首页和本页提示。"))
        self.show_summary(self.tr("确认提交信用修复申请"), lines)
