"""首页: the firm at a glance."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from assistant.domain.dates import format_date, format_datetime
from assistant.domain.money import format_wan
from assistant.ui.context import AppContext
from assistant.ui.ops import next_turn
from assistant.ui.theme import style
from assistant.ui.widgets import Retranslating


class FirmCard(Retranslating, QFrame):
    FIELDS = ("uscc", "legal_rep", "kind", "industry", "size", "established", "revenue", "tax_credit", "tags",
              "address", "as_of")

    def __init__(self, parent=None):
        super().__init__(parent)
        style(self, "firmCard")
        self.name = QLabel()
        style(self.name, "firmName")
        self.name.setWordWrap(True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.labels = {key: QLabel() for key in self.FIELDS}
        self.values = {key: QLabel() for key in self.FIELDS}
        form = QFormLayout()
        for key in self.FIELDS:
            self.values[key].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key].setWordWrap(True)
            form.addRow(self.labels[key], self.values[key])
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addLayout(form)
        self.retranslate()

    def retranslate(self) -> None:
        captions = {
            "uscc": self.tr("统一社会信用代码"), "legal_rep": self.tr("法定代表人"), "kind": self.tr("组织形式"),
            "industry": self.tr("所属行业"), "size": self.tr("企业规模"), "established": self.tr("成立日期"),
            "revenue": self.tr("上年营业收入"), "tax_credit": self.tr("纳税信用级别"), "tags": self.tr("标签"),
            "address": self.tr("住所"), "as_of": self.tr("数据截至"),
        }
        for key, caption in captions.items():
            self.labels[key].setText(caption)

    def show_view(self, view, locale: str) -> None:
        p = view.profile.value
        self.name.setText(p.name)
        self.values["uscc"].setText(p.uscc)
        self.values["legal_rep"].setText(
            self.tr("{name}（身份证 {id}）").format(name=p.legal_rep.name, id=p.legal_rep.id_masked)
        )
        self.values["kind"].setText(p.kind)
        self.values["industry"].setText(
            self.tr("{name}（行业代码 {code}）").format(name=p.industry_name, code=p.industry_code)
        )
        sizes = {"大型": self.tr("大型企业"), "中型": self.tr("中型企业"), "小型": self.tr("小型企业"),
                 "微型": self.tr("微型企业")}
        self.values["size"].setText(sizes.get(p.size, p.size or self.tr("暂无法判断")))
        self.values["established"].setText(format_date(p.established_on, locale))
        self.values["revenue"].setText(format_wan(p.revenue, locale))
        self.values["tax_credit"].setText(p.tax_credit_level or self.tr("暂无"))
        self.values["tags"].setText("、".join(p.tags) if p.tags else self.tr("无"))
        self.values["address"].setText(p.address)
        as_of = format_datetime(view.profile.synced_at, locale)
        self.values["as_of"].setText(
            as_of if view.profile.live else self.tr("{time}（离线，显示的是上次保存的数据）").format(time=as_of)
        )


class Reminders(QFrame):
    """Deferred materials overdue or due within three working days, with a way to go and supply them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        style(self, "reminders")
        self.heading = QLabel()
        style(self.heading, "remindersHeading")
        self.lines = QLabel()
        self.lines.setWordWrap(True)
        self.go = QPushButton()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.lines)
        layout.addWidget(self.go, 0, Qt.AlignmentFlag.AlignLeft)
        self.items: list = []
        self.hide()

    def show_items(self, reminders, locale: str) -> None:
        self.items = list(reminders)
        self.heading.setText(self.tr("需要补交的材料（{count}项）").format(count=len(self.items)))
        self.go.setText(self.tr("去补交材料"))
        lines = []
        for r in self.items:
            date = format_date(r.due_on, locale) + (self.tr("（预计）") if r.estimated else "")
            if r.workdays_left < 0:
                when = self.tr("已逾期 {days} 个工作日（{date}前）").format(days=-r.workdays_left, date=date)
            elif r.workdays_left == 0:
                when = self.tr("今天截止（{date}）").format(date=date)
            else:
                when = self.tr("还有 {days} 个工作日（{date}前）").format(days=r.workdays_left, date=date)
            lines.append(self.tr("• {item} — {title}：{when}").format(item=r.item_name, title=r.commitment.title,
                                                                     when=when))
        self.lines.setText("\n".join(lines))
        self.setVisible(bool(self.items))


class CreditStanding(Retranslating, QFrame):
    """信用状况: the firm's adverse records at a glance (from the 信用记录与修复 view), and what changed in its
    applications since the user last looked — 补正 requested first."""

    def __init__(self, parent=None):
        super().__init__(parent)
        style(self, "firmCard")
        self.heading = QLabel()
        style(self.heading, "dialogHeading")
        self.serious = QLabel()
        style(self.serious, "errorText")
        self.serious.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.supplement = QLabel()
        style(self.supplement, "errorText")
        self.supplement.setWordWrap(True)
        self.changes = QLabel()
        self.changes.setWordWrap(True)
        self.go = QPushButton()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.serious)
        layout.addWidget(self.counts)
        layout.addWidget(self.supplement)
        layout.addWidget(self.changes)
        layout.addWidget(self.go, 0, Qt.AlignmentFlag.AlignLeft)
        self._view = None
        self.hide()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("信用状况"))
        self.go.setText(self.tr("查看信用记录与修复"))
        if self._view is not None:
            self.show_view(self._view)

    def show_view(self, view) -> None:
        from assistant.ui.repair.words import case_kind, case_status

        self._view = view
        standing = view.standing
        self.serious.setText(self.tr("已列入严重失信主体名单：不能适用告知承诺和容缺受理。") if standing.on_serious_list else "")
        self.serious.setVisible(standing.on_serious_list)
        if standing.public:
            self.counts.setText(self.tr("公示中的失信记录 {public} 条：现在可以申请修复 {now} 条，修复办理中 {busy} 条。")
                                .format(public=standing.public, now=standing.repairable_now, busy=standing.in_repair))
        else:
            self.counts.setText(self.tr("信用平台上没有公示中的失信记录。"))
        numbers = {row.case.id: row.case.case_no for row in view.cases}
        asked, changed = [], []
        for notice in view.notices:
            number = numbers.get(notice.case_id, "")
            if notice.supplement:
                asked.append(self.tr("申请 {number} 需要补正材料{note}").format(
                    number=number, note=self.tr("：{note}").format(note=notice.text) if notice.text else ""))
            else:
                changed.append(self.tr("{kind} {number}：{status}").format(
                    kind=case_kind(notice.kind), number=number, status=case_status(notice.kind, notice.status)))
        self.supplement.setText("\n".join(asked))
        self.supplement.setVisible(bool(asked))
        self.changes.setText(self.tr("自上次查看以来有新进展：") + "\n" + "\n".join(changed) if changed else "")
        self.changes.setVisible(bool(changed))
        self.go.setText(self.tr("去补正材料") if asked else self.tr("查看信用记录与修复"))
        self.show()

    def clear(self) -> None:
        self._view = None
        self.hide()


class ReportLine(Retranslating, QFrame):
    """信用报告 in one line: when the latest report was issued and how many free ones are left this year."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.go = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.go)
        self._view = None
        self.hide()

    def retranslate(self) -> None:
        self.go.setText(self.tr("查看信用报告"))
        if self._view is not None:
            self.show_view(self._view)

    def show_view(self, view) -> None:
        self._view, language = view, self.context.language
        if view.quota is None:  # offline and never listed here
            self.text.setText(self.tr("信用报告：联网后显示"))
            self.go.setText(self.tr("查看信用报告"))
            return
        left = view.quota.left
        if view.reports:
            latest = view.reports[0].issued_at.astimezone()
            text = self.tr("信用报告：最近一份 {date} · 今年免费剩余 {left} 份").format(
                date=format_date(latest.date(), language), left=left)
        else:
            text = self.tr("信用报告：还没有取得过 · 今年免费剩余 {left} 份").format(left=left)
        self.text.setText(text)
        self.go.setText(self.tr("查看信用报告"))
        self.show()

    def clear(self) -> None:
        self._view = None
        self.hide()


class HomePage(Retranslating, QWidget):
    open_feature = Signal(str)  # a feature key, e.g. "commitments"

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.title = QLabel()
        style(self.title, "pageTitle")
        self.placeholder = QLabel()
        self.placeholder.setWordWrap(True)
        self.card = FirmCard()
        self.card.hide()
        self.reminders = Reminders()
        self.reminders.go.clicked.connect(lambda: self.open_feature.emit("commitments"))
        self.matches = QLabel()
        style(self.matches, "newMatches")
        self.matches.setWordWrap(True)
        self.matches.hide()
        self.matches_button = QPushButton()
        self.matches_button.hide()
        self.matches_button.clicked.connect(lambda: self.open_feature.emit("policies"))
        self.credit = CreditStanding()
        self.credit.go.clicked.connect(lambda: self.open_feature.emit("repair"))
        self.report_line = ReportLine(context)
        self.report_line.go.clicked.connect(lambda: self.open_feature.emit("reports"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.reminders)
        layout.addWidget(self.matches)
        layout.addWidget(self.matches_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.credit)
        layout.addWidget(self.report_line)
        layout.addWidget(self.card)
        layout.addStretch(1)
        self._view = None
        self._placeholder_text = "waiting"
        context.firm_loaded.connect(self.show_view)
        context.firm_failed.connect(self.show_failure)
        context.signed_out.connect(self.clear)
        context.view_loaded.connect(self._view_loaded)
        self._reminders = []
        self._new_matches: list[str] = []
        self.retranslate()
        for key, view in context.views.items():
            self._view_loaded(key, view)

    def _view_loaded(self, key: str, view) -> None:
        if key == "commitments":
            self._commitments(view)
        elif key == "policies":
            self._policies(view)
        elif key == "repair":
            self.credit.show_view(view)
        elif key == "reports":
            self.report_line.show_view(view)

    def _commitments(self, view) -> None:
        self._reminders = view.reminders
        self.reminders.show_items(view.reminders, self.context.language)

    def _policies(self, view) -> None:
        if view.new_matches:  # kept until the user leaves: the next load no longer counts them as new
            titles = {row.policy.id: row.policy.title for row in view.rows}
            self._new_matches = [titles[p] for p in view.new_matches if p in titles]
        self._show_matches()

    def _show_matches(self) -> None:
        self.matches.setText(self.tr("自上次查看以来，新发现 {count} 项可享受的政策：{titles}").format(
            count=len(self._new_matches), titles="、".join(self._new_matches)))
        self.matches_button.setText(self.tr("查看惠企政策"))
        self.matches.setVisible(bool(self._new_matches))
        self.matches_button.setVisible(bool(self._new_matches))

    def retranslate(self) -> None:
        self.title.setText(self.tr("首页"))
        self._show_matches()
        self.card.retranslate()
        self.credit.retranslate()
        self.report_line.retranslate()
        if self._reminders:
            self.reminders.show_items(self._reminders, self.context.language)
        if self._view is not None:
            self.show_view(self._view)
        elif self._placeholder_text == "waiting":
            self.placeholder.setText(self.tr("登录后，这里显示企业的基本信息。"))


    def show_view(self, view) -> None:
        self._view = view
        self.placeholder.hide()
        self.card.show_view(view, self.context.language)
        if self.card.isHidden():
            # A turn of its own: laying out its two dozen labels the first time is 10 ms, and the answer that
            # brings the firm also starts loading every page.
            next_turn(self._show_card)

    def _show_card(self) -> None:
        if self._view is not None:
            self.card.show()

    def show_failure(self, message: str) -> None:
        self._placeholder_text = "failed"
        self.placeholder.setText(self.tr("无法显示企业信息：{reason}").format(reason=message))
        self.placeholder.show()
        if self._view is None:
            self.card.hide()

    def clear(self) -> None:
        self._view, self._placeholder_text, self._reminders, self._new_matches = None, "waiting", [], []
        self.reminders.hide()
        self.credit.clear()
        self.report_line.clear()
        self.card.hide()
        self.placeholder.show()
        self.retranslate()
