"""信用修复 for one signed-in user: the firm's adverse records with when each can be repaired (judged on this PC by
the same rules the platform uses, so it works offline), repair applications drafted with files by material slot and
sent exactly once through the outbox, the cases followed to the decision with their working-day due dates, 补正,
objections (异议), and what changed since the user last looked. Qt-free.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from assistant.api.models import (
    CommitmentTemplate,
    CreditRecord,
    FirmProfile,
    Objection,
    ObjectionRequest,
    Repair,
    RepairApplication,
    RepairRule,
)
from assistant.domain import commitments as letter_rules
from assistant.domain import repair as domain
from assistant.domain.workdays import WorkCalendar
from assistant.errors import UserFacingError
from assistant.i18n import translate
from assistant.infra import clock
from assistant.services.account import Account
from assistant.services.commitments import template_catalogue
from assistant.services.session import UNREACHABLE, Snapshot
from assistant.store.attachments import Attachment
from assistant.store.drafts import Draft
from assistant.store.outbox import Entry

KIND = "repair"  # drafts and outbox entries of a repair application
OBJECTION = "objection"  # … of an objection
EVIDENCE = "evidence"  # an objection's one material slot
OPEN_REPAIR = frozenset({"submitted", "accepted", "supplement_requested", "supplemented"})
OPEN_OBJECTION = frozenset({"submitted", "forwarded"})
SOON_DAYS = 30  # the accountant's queue: "becoming repairable soon"


def status_names() -> dict[str, str]:
    """A case's status (and a timeline step's) in words: 已提交 → 已受理 → 补正材料 → 已修复 / 不予修复; 异议 likewise."""
    return {"submitted": translate("repair", "已提交"), "accepted": translate("repair", "已受理"),
            "supplement_requested": translate("repair", "需补正材料"), "supplemented": translate("repair", "已补正"),
            "repaired": translate("repair", "已修复"), "rejected": translate("repair", "不予修复"),
            "forwarded": translate("repair", "已转交认定单位"), "upheld": translate("repair", "异议成立"),
            "dismissed": translate("repair", "异议不成立")}


# The application is a Chinese government form: its words stay Chinese whatever the language of the window.
FORM_CLASS = {"minor": "轻微", "general": "一般", "serious": "严重"}
FORM_KIND = {"administrative_penalty": "行政处罚", "serious_list": "严重失信主体名单", "abnormal_list": "经营异常名录",
             "other": "其他失信信息"}


def bundled_rules() -> list[RepairRule]:
    """The rule table shipped with the app (the demo platform's), for judging records before the first sync."""
    from assistant.sandbox.repair_rules import RULES

    return [RepairRule.model_validate(r) for r in RULES]


class ApplicationIncomplete(UserFacingError):
    """Everything an application still lacks, at once (一次性告知): the draft is saved and nothing is sent."""

    def __init__(self, missing: list[domain.Missing], saved_at: dt.datetime):
        lines = "\n".join(f"· {m.text}" for m in missing)
        super().__init__(translate("repair", "申请还缺 {count} 项，补齐后才能提交（草稿已保存）：\n{lines}").format(
            count=len(missing), lines=lines))
        self.missing, self.saved_at = missing, saved_at


class SlotRefused(UserFacingError):
    """A file this material slot does not take (wrong kind or over the slot's own size limit)."""

    def __init__(self, name: str, slot: Any, *, too_large: bool):
        kinds = "、".join(KIND_NAMES.get(m, m) for m in slot.accepts)
        text = (translate("repair", "“{name}”超过本项材料 {limit}MB 的上限，请压缩后再选择。") if too_large else
                translate("repair", "“{name}”不是本项材料接受的文件（接受：{kinds}）。"))
        super().__init__(text.format(name=name, limit=slot.max_mb, kinds=kinds))


KIND_NAMES = {"application/pdf": "PDF", "image/jpeg": "JPG", "image/png": "PNG", "application/ofd": "OFD"}


# -- drafts ---------------------------------------------------------------------------------------------------------
@dataclass
class RepairDraft:
    """A repair application being prepared: the records (kept as they were, so it renders offline), the reason,
    contact and agent, and the 信用修复承诺书 (its template kept with it, like a letter draft)."""

    id: str
    uscc: str
    records: list[CreditRecord]
    reason: str
    contact_name: str
    contact_phone: str
    agent_name: str | None  # None: the firm applies itself; a name (maybe blank yet): an agent applies for it
    template: CommitmentTemplate
    fields: dict[str, str]
    signed_by: str
    signed_on: dt.date | None
    created_at: dt.datetime
    updated_at: dt.datetime

    @property
    def agent(self) -> bool:
        return self.agent_name is not None

    @property
    def title(self) -> str:
        first = self.records[0] if self.records else None
        return translate("repair", "信用修复申请：{what}").format(what=first.document_no or first.summary) if first \
            else translate("repair", "信用修复申请")

    @classmethod
    def of(cls, draft: Draft) -> RepairDraft:
        p = draft.payload
        commitment = p.get("commitment") or {}
        return cls(
            draft.id, draft.uscc, [CreditRecord.model_validate(r) for r in p.get("records") or []],
            p.get("reason") or "", (p.get("contact") or {}).get("name") or "",
            (p.get("contact") or {}).get("phone") or "",
            (p["agent"] or {}).get("name", "") if p.get("agent") is not None else None,
            CommitmentTemplate.model_validate(commitment["template"]), dict(commitment.get("fields") or {}),
            commitment.get("signed_by") or "",
            dt.date.fromisoformat(commitment["signed_on"]) if commitment.get("signed_on") else None,
            draft.created_at, draft.updated_at)

    def payload(self) -> dict[str, Any]:
        return {
            "records": [r.model_dump(mode="json", by_alias=True) for r in self.records],
            "reason": self.reason, "contact": {"name": self.contact_name, "phone": self.contact_phone},
            "agent": {"name": self.agent_name} if self.agent_name is not None else None,
            "commitment": {"template": self.template.model_dump(mode="json"), "fields": self.fields,
                           "signed_by": self.signed_by,
                           "signed_on": self.signed_on.isoformat() if self.signed_on else None},
        }

    def as_draft(self) -> Draft:
        return Draft(self.id, KIND, self.uscc, self.payload(), self.created_at, self.updated_at)

    def commitment_values(self) -> dict[str, str]:
        """The commitment's fields, its contact fields being the application's contact (typed once, not twice)."""
        known = {f.key for f in self.template.fields}
        contact = {"contact_name": self.contact_name, "contact_phone": self.contact_phone}
        return {**self.fields, **{k: v for k, v in contact.items() if k in known}}


def _day(day: dt.date) -> str:
    return f"{day:%Y-%m-%d}"


def commitment_fields(record: CreditRecord) -> dict[str, str]:
    """The 信用修复承诺书's fields from the record: nothing the platform already knows is typed again."""
    # Words of the letter, which is a Chinese document whatever the language of the window.
    done = []
    if record.performed.fine_paid_on and record.penalty.fine:
        done.append(f"已于{_day(record.performed.fine_paid_on)}缴清罚款{record.penalty.fine:,.2f}元")
    if record.performed.rectified_on:
        done.append(f"已于{_day(record.performed.rectified_on)}完成整改")
    return {"document_no": record.document_no, "decided_on": _day(record.decided_on), "authority": record.authority,
            "correction": "；".join(done) + ("。" if done else "")}


# -- what the page shows --------------------------------------------------------------------------------------------
@dataclass
class RecordRow:
    record: CreditRecord
    assessment: domain.Assessment  # judged here, today, by the platform's own rules
    case: Repair | None  # the open application covering it
    objection: Objection | None  # its open objection


@dataclass
class CaseRow:
    """A repair application or an objection followed to its decision, with the deadlines as this PC counts them."""

    kind: str  # KIND | OBJECTION
    case: Repair | Objection
    due: domain.Due

    @property
    def open(self) -> bool:
        return self.case.status in (OPEN_REPAIR if self.kind == KIND else OPEN_OBJECTION)

    @property
    def next_due(self) -> dt.date | None:
        return self.due.acceptance_on or self.due.decision_on


@dataclass(frozen=True)
class Standing:
    """The firm's credit standing at a glance (首页)."""

    on_serious_list: bool
    public: int  # records counting against the firm
    repairable_now: int
    in_repair: int


@dataclass(frozen=True)
class Notice:
    """A change since the user last looked, or 补正 waiting for them."""

    case_id: str
    kind: str
    status: str
    text: str
    supplement: bool


@dataclass
class RepairView:
    uscc: str
    rows: list[RecordRow]
    cases: list[CaseRow]
    drafts: list[RepairDraft]
    outbox: list[Entry]
    rules: list[RepairRule]
    synced_at: dt.datetime | None
    live: bool
    notices: list[Notice] = field(default_factory=list)
    today: dt.date = field(default_factory=dt.date.today)

    @property
    def standing(self) -> Standing:
        counting = [r for r in self.rows if domain.counts_against(r.assessment.state)]
        return Standing(
            any(r.record.kind == "serious_list" for r in counting), len(counting),
            sum(r.assessment.state == "repairable" for r in counting),
            sum(r.assessment.state == "in_progress" for r in counting))

    def row(self, record_id: str) -> RecordRow | None:
        return next((r for r in self.rows if r.record.id == record_id), None)


def case_steps(case: Repair | Objection) -> list[domain.Step]:
    return [domain.Step(step.at.astimezone(clock.CHINA).date(), step.status) for step in case.timeline]


class RepairService:
    def __init__(self, account: Account):
        self.account = account
        self.session = account.session
        account.register_sender(KIND, self._send_application)
        account.register_sender(OBJECTION, self._send_objection)

    # -- what the platform knows, live or cached ------------------------------------------------------------------------
    def rules(self) -> Snapshot[list[RepairRule]]:
        """Online (revalidated by ETag), else the cached copy, else the table shipped with the app."""
        try:
            return self.session.revalidated("repair_rules", self.session.client.repair.rules, RepairRule)
        except UNREACHABLE:
            return Snapshot(bundled_rules(), dt.datetime.fromtimestamp(0, dt.timezone.utc), live=False)

    def records(self, uscc: str) -> Snapshot[list[CreditRecord]]:
        return self.session.fetch_or_cached("records", uscc, lambda: self.session.client.repair.records(uscc),
                                            list[CreditRecord])

    def repairs(self, uscc: str) -> Snapshot[list[Repair]]:
        return self.session.fetch_or_cached("repairs", uscc, lambda: self.session.client.repair.repairs(uscc),
                                            list[Repair])

    def objections(self, uscc: str) -> Snapshot[list[Objection]]:
        return self.session.fetch_or_cached("objections", uscc,
                                            lambda: self.session.client.repair.objections(uscc), list[Objection])

    def calendar(self, today: dt.date) -> WorkCalendar:
        return self.session.work_calendar(range(today.year - 1, today.year + 2))

    def view(self, uscc: str, today: dt.date | None = None) -> RepairView:
        """Everything the 信用记录与修复 page shows for one firm. Offline, the cached records are judged again for
        today (a record may have become repairable since the last sync)."""
        today = today or clock.today()
        table = self.rules()
        snapshots: list[Snapshot] = [table]
        try:
            records = self.records(uscc)
            snapshots.append(records)
        except UNREACHABLE:
            records = None
        cases: list[CaseRow] = []
        calendar = self.calendar(today)
        limits = domain.rule_for(table.value, today).time_limits
        for kind, fetch, due in ((KIND, self.repairs, domain.repair_due), (OBJECTION, self.objections,
                                                                          domain.objection_due)):
            try:
                snap = fetch(uscc)
            except UNREACHABLE:
                continue
            snapshots.append(snap)
            cases += [CaseRow(kind, c, due(case_steps(c), limits, calendar, today)) for c in snap.value]
        rows = self.judge(records.value if records else [], table.value, cases, today)
        live = all(s.live for s in snapshots) and records is not None
        synced = min((s.synced_at for s in snapshots), default=None)
        waiting = [e for e in self.account.outbox.entries(uscc) if e.kind in (KIND, OBJECTION)]
        return RepairView(uscc, rows, cases, self.drafts(uscc), waiting,
                          table.value, synced, live, self._notices(uscc, cases), today)

    @staticmethod
    def judge(records: list[CreditRecord], table: list[RepairRule], cases: list[CaseRow], today: dt.date
              ) -> list[RecordRow]:
        open_cases = {rid: row.case for row in cases if row.kind == KIND and row.open
                      for rid in row.case.record_ids}
        objections = {row.case.record_id: row.case for row in cases if row.kind == OBJECTION and row.open}
        out = []
        for record in records:
            case = open_cases.get(record.id)
            in_application = case is not None or record.repair.state == "in_progress"
            out.append(RecordRow(record, domain.assess(record, table, today, in_application=in_application), case,
                                 objections.get(record.id)))
        return out

    # -- what changed since the user last looked ------------------------------------------------------------------------
    def _seen_key(self, uscc: str) -> str:
        return f"seen_repair_cases:{uscc}"

    def _notices(self, uscc: str, cases: list[CaseRow]) -> list[Notice]:
        seen = json.loads(self.session.state.get(self.session.username or "", self._seen_key(uscc)) or "{}")
        out = []
        for row in cases:
            status = row.case.status
            supplement = row.kind == KIND and status == "supplement_requested"
            if seen.get(row.case.id) == status and not supplement:
                continue
            last = row.case.timeline[-1] if row.case.timeline else None
            out.append(Notice(row.case.id, row.kind, status, (last.note if last else "") or "", supplement))
        return out

    def acknowledge(self, view: RepairView) -> None:
        """The user has seen these cases as they are now: 首页 stops announcing them (补正 stays until supplied)."""
        statuses = {row.case.id: row.case.status for row in view.cases}
        self.session.state.set(self.session.username or "", self._seen_key(view.uscc), json.dumps(statuses))

    # -- applications ---------------------------------------------------------------------------------------------------
    def template(self) -> CommitmentTemplate:
        """The 信用修复型 commitment template the rules name (online, cached or shipped with the app)."""
        code = domain.rule_for(self.rules().value, clock.today()).commitment_template
        templates = template_catalogue(self.session).value
        found = [t for t in templates if t.code == code]
        if not found:
            from assistant.services.commitments import bundled_catalogue

            found = [t for t in bundled_catalogue() if t.code == code]
        return max(found, key=lambda t: t.version)

    def new_application(self, uscc: str, record: CreditRecord, profile: FirmProfile | None) -> RepairDraft:
        """An application already filled with what the platform knows: the record, the firm, the commitment."""
        signer = profile.legal_rep.name if profile else ""
        template = self.template()
        payload = RepairDraft(
            "", uscc, [record], "", signer, "", "" if self.session.is_agent else None, template,
            commitment_fields(record), signer, None, dt.datetime.now(), dt.datetime.now()).payload()
        return RepairDraft.of(self.account.drafts.create(KIND, uscc, payload))

    def draft(self, draft_id: str) -> RepairDraft | None:
        stored = self.account.drafts.get(draft_id)
        return RepairDraft.of(stored) if stored is not None and stored.kind == KIND else None

    def drafts(self, uscc: str) -> list[RepairDraft]:
        return [RepairDraft.of(d) for d in self.account.drafts.list(uscc, kind=KIND)]

    def save_draft(self, draft: RepairDraft) -> dt.datetime:
        draft.updated_at = self.account.drafts.save(draft.as_draft())
        return draft.updated_at

    def delete_draft(self, draft_id: str) -> None:
        self.account.drafts.delete(draft_id)

    def slots(self, draft: RepairDraft, table: list[RepairRule] | None = None) -> list[Any]:
        rule = domain.rule_for(table or self.rules().value, clock.today())
        return domain.slots_for(rule, [r.kind for r in draft.records], agent=draft.agent,
                                fined=any(r.penalty.fine for r in draft.records))

    def attach(self, draft: RepairDraft, slot_key: str, path: Path) -> Attachment:
        """Copy the file into the data folder (by SHA-256) and put it in the slot; refused before anything is kept
        when the slot does not take it."""
        slot = next((s for s in self.slots(draft) if s.key == slot_key), None)
        if slot is None:
            raise KeyError(slot_key)
        path = Path(path)
        try:
            size = path.stat().st_size
        except OSError:
            size = 0  # Attachments.add says plainly that it cannot read it
        if size > slot.max_mb * 1024 * 1024:
            raise SlotRefused(path.name, slot, too_large=True)
        attachment = self.account.attachments.add(path)
        if attachment.mime not in slot.accepts:
            raise SlotRefused(path.name, slot, too_large=False)
        self.account.drafts.attach(draft.id, slot_key, attachment)
        return attachment

    def detach(self, draft: RepairDraft, slot_key: str, sha256: str) -> None:
        self.account.drafts.detach(draft.id, slot_key, sha256)

    def attached(self, draft: RepairDraft) -> dict[str, list[Attachment]]:
        return self.account.drafts.attachments(draft.id)

    def missing(self, draft: RepairDraft, *, today: dt.date | None = None) -> list[domain.Missing]:
        """Everything the application still lacks, all at once: slots, blank fields and the commitment's fields."""
        attached = {slot: len(files) for slot, files in self.attached(draft).items()}
        out = domain.missing_items(
            self.slots(draft), attached, reason=draft.reason, contact_name=draft.contact_name,
            contact_phone=draft.contact_phone, signed_by=draft.signed_by, agent_name=draft.agent_name or "",
            agent=draft.agent, record_ids=[r.id for r in draft.records])
        _, problems = letter_rules.validate_fields(draft.template, draft.commitment_values(),
                                                   today=today or clock.today())
        labels = {f.key: f.label for f in draft.template.fields}
        out += [domain.Missing(f"commitment.{p.key}", translate("repair", "承诺书“{label}”：{problem}").format(
            label=labels.get(p.key, p.key), problem=p.message)) for p in problems]
        return out

    def submit(self, draft: RepairDraft, *, today: dt.date | None = None) -> Entry:
        """Save, check everything, then queue in the outbox (once per draft however often this is called);
        `Account.send_pending` sends it, now or when the platform is back."""
        today = today or clock.today()
        saved_at = self.save_draft(draft)
        missing = self.missing(draft, today=today)
        if missing:
            raise ApplicationIncomplete(missing, saved_at)
        clean, _ = letter_rules.validate_fields(draft.template, draft.commitment_values(), today=today)
        try:
            body = RepairApplication.model_validate({
                "record_ids": [r.id for r in draft.records], "reason": draft.reason.strip(),
                "commitment": {"template_code": draft.template.code, "template_version": draft.template.version,
                               "fields": clean, "signed_by": draft.signed_by.strip(),
                               "signed_on": (draft.signed_on or today).isoformat()},
                "contact": {"name": draft.contact_name.strip(), "phone": draft.contact_phone.strip()},
                "agent": {"name": draft.agent_name.strip()} if draft.agent_name is not None else None,
            })
        except ValidationError as error:
            raise ApplicationIncomplete([domain.Missing(".".join(map(str, e["loc"])), translate(
                "repair", "内容不符合平台要求（例如含有控制字符或过长），请检查后重新填写。")) for e in error.errors()],
                saved_at) from None
        return self.account.outbox.enqueue(draft.id, KIND, draft.uscc, body.model_dump(mode="json"))

    def _parts(self, entry: Entry) -> list[tuple[str, tuple[str, bytes, str]]]:
        return [(slot, (f.name, self.account.attachments.read(f), f.mime or "application/octet-stream"))
                for slot, files in entry.files.items() for f in files]

    def _send_application(self, entry: Entry) -> dict[str, Any]:
        body = RepairApplication.model_validate(entry.body)
        result = self.session.client.repair.apply(entry.uscc, body, self._parts(entry),
                                                  idempotency_key=entry.idempotency_key)
        return result.model_dump(mode="json")

    def application_pdf(self, draft: RepairDraft, profile: FirmProfile | None, *, today: dt.date | None = None
                        ) -> bytes:
        """The 信用信息修复申请表 and the 信用修复承诺书 as one signable PDF, with the attached files listed by hash.
        Raises UnprintableCharacters (naming the characters) before anything prints blank."""
        from assistant.pdf import repair as form

        slot_names = {s.key: s.name for s in self.slots(draft)}
        materials = [form.MaterialLine(slot_names.get(slot, slot), f.name, f.sha256, f.size)
                     for slot, files in self.attached(draft).items() for f in files]
        applicant = form.Applicant(profile.name if profile else draft.uscc, draft.uscc,
                                   profile.legal_rep.name if profile else "", profile.address if profile else "")
        records = [form.RecordLine(r.authority, r.document_no, r.decided_on, r.summary, FORM_CLASS.get(r.klass, r.klass),
                                   FORM_KIND.get(r.kind, r.kind)) for r in draft.records]
        commitment = form.CommitmentPart(draft.template, draft.commitment_values(), draft.signed_by, draft.signed_on)
        return form.render_repair_form(form.RepairForm(
            applicant, records, draft.reason, draft.contact_name, draft.contact_phone, commitment, materials,
            prepared_on=today or clock.today(), agent_name=draft.agent_name or "")).pdf

    # -- following a case -----------------------------------------------------------------------------------------------
    def supplement(self, uscc: str, repair_id: str, files: dict[str, list[Path]], note: str = "") -> Repair:
        """补正: the materials the platform asked for. Each file is copied into the data folder first."""
        parts = []
        for slot, paths in files.items():
            for path in paths:
                stored = self.account.attachments.add(Path(path))
                parts.append((slot, (stored.name, self.account.attachments.read(stored), stored.mime or "")))
        return self.session.client.repair.supplement(uscc, repair_id, parts, note=note)

    # -- objections -----------------------------------------------------------------------------------------------------
    def new_objection(self, uscc: str, record: CreditRecord, profile: FirmProfile | None) -> Draft:
        signer = profile.legal_rep.name if profile else ""
        payload = {"record": record.model_dump(mode="json", by_alias=True), "reason": "",
                   "contact": {"name": signer, "phone": ""}}
        return self.account.drafts.create(OBJECTION, uscc, payload)

    def object(self, draft: Draft, reason: str, contact_name: str, contact_phone: str,
               evidence: list[Path]) -> Entry:
        """异议: saved, checked (every problem at once), then queued to be sent exactly once."""
        draft.payload.update(reason=reason, contact={"name": contact_name, "phone": contact_phone})
        saved_at = self.account.drafts.save(draft)
        for path in evidence:
            self.account.drafts.attach(draft.id, EVIDENCE, self.account.attachments.add(Path(path)))
        missing = []
        if not reason.strip():
            missing.append(domain.Missing("reason", translate("repair", "请写明记录哪里有误、应当如何更正")))
        if not contact_name.strip():
            missing.append(domain.Missing("contact.name", translate("repair", "请填写联系人")))
        if not contact_phone.strip():
            missing.append(domain.Missing("contact.phone", translate("repair", "请填写联系电话")))
        if not self.account.drafts.attachments(draft.id).get(EVIDENCE):
            missing.append(domain.Missing(EVIDENCE, translate("repair", "请至少附一份证明材料")))
        if missing:
            raise ApplicationIncomplete(missing, saved_at)
        try:
            body = ObjectionRequest(reason=reason.strip(), contact={"name": contact_name.strip(),
                                                                   "phone": contact_phone.strip()})
        except ValidationError:
            raise ApplicationIncomplete([domain.Missing("reason", translate(
                "repair", "内容不符合平台要求（例如含有控制字符或过长），请检查后重新填写。"))], saved_at) from None
        record_id = draft.payload["record"]["id"]
        return self.account.outbox.enqueue(draft.id, OBJECTION, draft.uscc,
                                           {"record_id": record_id, **body.model_dump(mode="json")})

    def _send_objection(self, entry: Entry) -> dict[str, Any]:
        body = dict(entry.body)
        record_id = body.pop("record_id")
        result = self.session.client.repair.object(entry.uscc, record_id, ObjectionRequest.model_validate(body),
                                                   self._parts(entry), idempotency_key=entry.idempotency_key)
        return result.model_dump(mode="json")
