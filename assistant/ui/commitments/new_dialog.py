"""新建承诺书: choose the type, then the matter (with a search box); barred simplified procedures are explained."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from assistant.domain.commitments import TYPES, barred_reasons
from assistant.ui.theme import style
from assistant.ui.widgets import Retranslating
from assistant.ui.widgets.screen import fit_to_screen


class NewLetterDialog(Retranslating, QDialog):
    def __init__(self, templates: list, facts: dict, category: str | None, parent=None):
        super().__init__(parent)
        fit_to_screen(self, 760, 480)
        self.templates = templates
        self.facts = facts
        self.category = category
        self.chosen = None
        self.types = QListWidget()
        self.types.setFixedWidth(150)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.matters = QListWidget()
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.warning = QLabel()
        style(self.warning, "errorText")
        self.warning.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        right = QVBoxLayout()
        right.addWidget(self.search)
        right.addWidget(self.matters, 1)
        right.addWidget(self.details)
        right.addWidget(self.warning)
        body = QHBoxLayout()
        body.addWidget(self.types)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.types.currentRowChanged.connect(lambda _: self._fill())
        self.search.textChanged.connect(lambda _: self._fill())
        self.matters.currentItemChanged.connect(lambda *_: self._show_choice())
        self.matters.itemDoubleClicked.connect(lambda _: self._accept())
        self.retranslate()
        self.types.setCurrentRow(0)
        self._fill()  # retranslate() selected row 0 with signals blocked, so nothing filled the list yet

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("新建信用承诺书"))
        self.search.setPlaceholderText(self.tr("搜索事项，例如 食品经营、施工许可"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("开始填写"))
        row = max(self.types.currentRow(), 0)
        self.types.blockSignals(True)
        self.types.clear()
        self.types.addItem(self.tr("全部类型"))
        names = {"approval_substitution": self.tr("审批替代型"), "deficiency_acceptance": self.tr("容缺受理型"),
                 "certification": self.tr("证明事项型"), "credit_repair": self.tr("信用修复型"),
                 "industry_self_discipline": self.tr("行业自律型"), "voluntary": self.tr("主动型"),
                 "other": self.tr("其他")}
        for code in TYPES:
            self.types.addItem(names[code])
        self.types.setCurrentRow(row)
        self.types.blockSignals(False)


    def _fill(self) -> None:
        row = self.types.currentRow()
        kind = list(TYPES)[row - 1] if row > 0 else None
        words = self.search.text().strip()
        self.matters.clear()
        for template in self.templates:
            if kind and template.type != kind:
                continue
            haystack = template.title + template.matter + template.department
            if words and not all(word in haystack for word in words.split()):
                continue
            item = QListWidgetItem(f"{template.title}（{template.department}）")
            item.setData(256, template)
            self.matters.addItem(item)
        if self.matters.count():
            self.matters.setCurrentRow(0)
        else:
            self.details.setText(self.tr("没有找到符合条件的事项。"))
            self.warning.clear()

    def blocked_reason(self, template) -> str | None:
        reasons = barred_reasons(template, self.facts)
        if reasons:
            return self.tr("本企业{reasons}，依照《河南省社会信用条例》第三十二条，不能适用告知承诺或容缺受理，"
                           "请按一般程序提交完整材料。").format(reasons="、".join(reasons))
        if self.category and self.category not in template.applies_to:
            return self.tr("这份承诺书不适用于“{category}”。").format(category=self.category)
        return None

    def _show_choice(self) -> None:
        item = self.matters.currentItem()
        template = item.data(256) if item else None
        if template is None:
            return
        materials = "、".join(f"{m.name}（{m.due_workdays}个工作日内）" for m in template.missing_materials)
        text = self.tr("承诺事由：{matter}\n受理单位：{department}").format(matter=template.matter,
                                                                         department=template.department)
        if materials:
            text += "\n" + self.tr("可以后补的材料：{materials}").format(materials=materials)
        self.details.setText(text)
        reason = self.blocked_reason(template)
        self.warning.setText(reason or "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(reason is None)

    def _accept(self) -> None:
        item = self.matters.currentItem()
        if item is None or self.blocked_reason(item.data(256)):
            return
        self.chosen = item.data(256)
        self.accept()
