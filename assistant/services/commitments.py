"""信用承诺 for one signed-in user: the template catalogue (online, cached or bundled), letter drafts, submission
through the shared outbox, the firm's commitments and their deferred materials, and the letter PDF.

Qt-free; the UI calls the public methods from workers and shows what they return.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from assistant.api.models import Commitment, CommitmentRequest, CommitmentTemplate, FirmProfile
from assistant.domain import commitments as rules
from assistant.domain.workdays import WorkCalendar
from assistant.errors import UserFacingError
from assistant.i18n import translate
from assistant.infra import clock
from assistant.services.account import Account
from assistant.services.platform import PlatformOptions, open_local_store, open_platform
from assistant.services.session import UNREACHABLE, Session, Snapshot
from assistant.store.drafts import Draft
from assistant.store.outbox import Entry

if TYPE_CHECKING:
    from assistant.pdf.letter import Letter

KIND = "commitment"  # drafts and outbox entries of this feature
REMIND_WORKDAYS = 3
PERSON_FIELDS = ("contact_name", "responsible_person", "person_name")


def bundled_catalogue() -> list[CommitmentTemplate]:
    """The catalogue shipped with the app (the demo platform's), for drafting before the first sync."""
    from assistant.sandbox.templates import CATALOGUE

    return [CommitmentTemplate.model_validate(t) for t in CATALOGUE]


def template_catalogue(session: Session) -> Snapshot[list[CommitmentTemplate]]:
    """Online (revalidated by ETag), else the cached copy, else the catalogue shipped with the app."""
    try:
        return session.revalidated("templates", session.client.commitments.templates, CommitmentTemplate)
    except UNREACHABLE:
        return Snapshot(bundled_catalogue(), dt.datetime.fromtimestamp(0, dt.timezone.utc), live=False)


def local_catalogue(options: PlatformOptions, data_dir: Path, *, refresh: bool = False
                    ) -> tuple[list[CommitmentTemplate], str]:
    """The catalogue with no sign-in (the CLI): from the platform when `refresh` is asked (kept in the cache), else
    the app's cached copy, else the one shipped with the app; with a line saying which."""
    from assistant.store.catalogue import CatalogueCache

    if refresh:
        try:
            with open_platform(options, data_dir, check_reachable=False) as platform:
                fetched = platform.session.revalidated("templates", platform.session.client.commitments.templates,
                                                       CommitmentTemplate)
                return fetched.value, translate("commitments", "目录来源：{platform}（刚刚更新）").format(
                    platform=options.url or translate("commitments", "内置演示平台"))
        except UserFacingError as error:
            failure = translate("commitments", "无法从平台更新目录：{reason}").format(reason=error.message) + "\n"
    else:
        failure = ""
    db, name = open_local_store(options, data_dir)
    if db is not None:
        try:
            cached = CatalogueCache(db, name).get_as("templates", "all", list[CommitmentTemplate])
        finally:
            db.close()
        if cached is not None:
            return cached[0], failure + translate("commitments", "目录来源：本机缓存（{time} 更新）").format(
                time=f"{cached[1].astimezone():%Y-%m-%d %H:%M}")
    return bundled_catalogue(), failure + translate("commitments", "目录来源：程序内置目录")


def _field_of(location: tuple) -> str:
    """`('fields', 'contact_name')` → 'contact_name'; `('signed_by',)` → 'signed_by'."""
    return str(location[1]) if len(location) > 1 and location[0] == "fields" else str(location[0])


class DraftProblems(UserFacingError):
    """The draft is not ready to send (it was saved, though); `problems` lists every field at once."""

    def __init__(self, problems: list[rules.FieldProblem], saved_at: dt.datetime):
        super().__init__(translate("commitments", "还有 {count} 处需要修改，已用红字标出。").format(count=len(problems)))
        self.problems, self.saved_at = problems, saved_at


@dataclass
class LetterDraft:
    """A commitment letter being written: the generic draft's payload, typed. It keeps a copy of its template, so
    it renders offline and survives a catalogue change."""

    id: str
    uscc: str
    template: CommitmentTemplate
    fields: dict[str, str]
    signed_by: str
    signed_on: dt.date | None
    created_at: dt.datetime
    updated_at: dt.datetime
    # The template as JSON, kept from the last load or dump: a template (code, version) never changes on the
    # platform, so autosave need not serialise it again on every pause in typing.
    _template_json: tuple[tuple[str, int], dict] | None = field(default=None, repr=False, compare=False)

    @property
    def title(self) -> str:
        return self.template.title

    @classmethod
    def of(cls, draft: Draft) -> LetterDraft:
        p = draft.payload
        template = CommitmentTemplate.model_validate(p["template"])
        return cls(draft.id, draft.uscc, template, dict(p.get("fields") or {}), p.get("signed_by") or "",
                   dt.date.fromisoformat(p["signed_on"]) if p.get("signed_on") else None, draft.created_at,
                   draft.updated_at, ((template.code, template.version), p["template"]))

    def payload(self) -> dict[str, Any]:
        key = (self.template.code, self.template.version)
        if self._template_json is None or self._template_json[0] != key:
            self._template_json = (key, self.template.model_dump(mode="json"))
        return {"template": self._template_json[1], "fields": self.fields, "signed_by": self.signed_by,
                "signed_on": self.signed_on.isoformat() if self.signed_on else None}

    def as_draft(self) -> Draft:
        return Draft(self.id, KIND, self.uscc, self.payload(), self.created_at, self.updated_at)


@dataclass(frozen=True)
class SubmissionReview:
    """What 提交 will send and promise, for the user to confirm first."""

    firm_name: str
    uscc: str
    title: str
    matter: str
    department: str
    signed_by: str
    due: list[rules.DueItem]  # deferred materials with their deadlines as this PC counts them (the platform's rule)
    breach_liability: str


@dataclass(frozen=True)
class Reminder:
    commitment: Commitment
    item_key: str
    item_name: str
    due_on: dt.date
    estimated: bool
    workdays_left: int  # negative when overdue


def firm_block(profile: FirmProfile | None, fields: dict[str, str]) -> dict[str, str]:
    """承诺人 on the letter: from the firm's profile, with the contact the user typed."""
    contact = " ".join(v for v in (fields.get("contact_name"), fields.get("contact_phone")) if v)
    if profile is None:
        return {"contact": contact}
    return {"name": profile.name, "uscc": profile.uscc, "legal_rep": profile.legal_rep.name,
            "address": profile.address, "category": profile.subject_category, "contact": contact}


def render_letter(template: CommitmentTemplate, firm: dict[str, str], fields: dict[str, Any], *, signed_by: str = "",
                  signed_on: dt.date | None = None, commitment: Commitment | None = None) -> Letter:
    """The letter PDF: a draft (or blank form) as it will print, or a submitted commitment with its code and the
    platform's due dates. The one place a letter is assembled (editor, 已提交 list and CLI all come here)."""
    from assistant.pdf.letter import DueLine, Submitted, build_letter

    due = submitted = None
    if commitment is not None:
        due = [DueLine(i.name, 0, i.due_on, i.estimated) for i in commitment.due_items]
        submitted = Submitted(commitment.code, commitment.submitted_at)
    return build_letter(template, firm, fields, signed_by=signed_by, signed_on=signed_on, due=due,
                        submitted=submitted)


@dataclass(frozen=True)
class CommitmentsView:
    """Everything the 信用承诺 page and the home reminders show for one firm, loaded in one go by a worker."""

    uscc: str
    commitments: Snapshot[list[Commitment]] | None
    drafts: list[LetterDraft]
    outbox: list[Entry]
    reminders: list[Reminder]
    catalogue: Snapshot[list[CommitmentTemplate]]
    facts: dict

    @property
    def live(self) -> bool:
        """Whether the firm's commitments just came from the platform (drafts are always this PC's own)."""
        return self.commitments is not None and self.commitments.live

    @property
    def synced_at(self) -> dt.datetime | None:
        return self.commitments.synced_at if self.commitments is not None else None

    def title_of(self, template_code: str) -> str:
        return next((t.title for t in self.catalogue.value if t.code == template_code), template_code)

    def template_of(self, commitment: Commitment) -> CommitmentTemplate | None:
        return next((t for t in self.catalogue.value if t.code == commitment.template_code), None)


class CommitmentsService:
    def __init__(self, account: Account):
        self.account = account
        self.session = account.session
        account.register_sender(KIND, self._send)

    # -- catalogue ----------------------------------------------------------------------------------------------------
    def catalogue(self) -> Snapshot[list[CommitmentTemplate]]:
        return template_catalogue(self.session)

    @staticmethod
    def replaced(draft: LetterDraft, catalogue: list[CommitmentTemplate]) -> CommitmentTemplate | None:
        """The newer version of the draft's template, when the platform has replaced it."""
        for template in catalogue:
            if template.code == draft.template.code and template.version > draft.template.version:
                return template
        return None

    # -- drafts -------------------------------------------------------------------------------------------------------
    def new_draft(self, uscc: str, template: CommitmentTemplate, profile: FirmProfile | None) -> LetterDraft:
        """Prefilled from the firm: the legal representative signs, and is the first guess for the person fields
        (in a small firm the owner does it all); the user can change any of them."""
        signer = profile.legal_rep.name if profile else ""
        known = {f.key for f in template.fields}
        fields = {key: signer for key in PERSON_FIELDS if signer and key in known}
        payload = {"template": template.model_dump(mode="json"), "fields": fields, "signed_by": signer,
                   "signed_on": None}
        return LetterDraft.of(self.account.drafts.create(KIND, uscc, payload))

    def draft(self, draft_id: str) -> LetterDraft | None:
        stored = self.account.drafts.get(draft_id)
        return LetterDraft.of(stored) if stored is not None and stored.kind == KIND else None

    def drafts(self, uscc: str) -> list[LetterDraft]:
        return [LetterDraft.of(d) for d in self.account.drafts.list(uscc, kind=KIND)]

    def save_draft(self, draft: LetterDraft) -> dt.datetime:
        """Autosave: one small UPDATE, so it can run on every pause in typing."""
        stored = draft.as_draft()
        draft.updated_at = self.account.drafts.save(stored)
        return draft.updated_at

    def duplicate_draft(self, draft_id: str) -> LetterDraft:
        return LetterDraft.of(self.account.drafts.duplicate(draft_id))

    def delete_draft(self, draft_id: str) -> None:
        self.account.drafts.delete(draft_id)

    def move_draft(self, draft: LetterDraft, template: CommitmentTemplate) -> list[str]:
        """Carry the content over to a newer template version; returns the labels of fields that had no place."""
        known = {f.key for f in template.fields}
        dropped = [f.label for f in draft.template.fields if f.key not in known and draft.fields.get(f.key)]
        draft.fields = {k: v for k, v in draft.fields.items() if k in known}
        draft.template = template
        self.save_draft(draft)
        return dropped

    def draft_letter(self, draft: LetterDraft, profile: FirmProfile | None) -> Letter:
        """The draft as it will print (raises UnprintableCharacters before anything prints blank)."""
        return render_letter(draft.template, firm_block(profile, draft.fields), draft.fields,
                             signed_by=draft.signed_by, signed_on=draft.signed_on)

    # -- submission ---------------------------------------------------------------------------------------------------
    def review(self, draft: LetterDraft, profile: FirmProfile | None, *, today: dt.date | None = None
               ) -> SubmissionReview:
        """Save and check the draft (raises DraftProblems), then say what submitting it will send and promise:
        shown to the user for confirmation, because a submitted commitment cannot be changed."""
        today = today or clock.today()
        body = self._request(draft, today)
        calendar = self.session.work_calendar(range(today.year, today.year + 2))
        template = draft.template
        return SubmissionReview(
            firm_name=profile.name if profile else draft.uscc, uscc=draft.uscc, title=template.title,
            matter=template.matter, department=template.department, signed_by=body.signed_by,
            due=rules.due_items(template, today, calendar), breach_liability=template.breach_liability)

    def submit(self, draft: LetterDraft, *, today: dt.date | None = None) -> Entry:
        """Save, check locally, then queue in the outbox (once per draft, however often this is called);
        `Account.send_pending` sends it, now or later."""
        body = self._request(draft, today or clock.today())
        return self.account.outbox.enqueue(draft.id, KIND, draft.uscc, body.model_dump(mode="json"))

    def _request(self, draft: LetterDraft, today: dt.date) -> CommitmentRequest:
        saved_at = self.save_draft(draft)
        clean, problems = rules.validate_fields(draft.template, draft.fields, today=today)
        if not draft.signed_by.strip():
            problems.append(rules.FieldProblem("signed_by", translate("commitments", "请填写签字人。")))
        if problems:
            raise DraftProblems(problems, saved_at)
        try:
            body = CommitmentRequest(template_code=draft.template.code, template_version=draft.template.version,
                                     fields=clean, signed_by=draft.signed_by.strip(),
                                     signed_on=draft.signed_on or today)
        except ValidationError as error:  # what the platform's edge would refuse: say where, like the local check
            raise DraftProblems([rules.FieldProblem(_field_of(e["loc"]), translate(
                "commitments", "内容不符合平台要求（例如含有控制字符或过长），请检查后重新填写。")) for e in error.errors()],
                saved_at) from None
        return body

    def _send(self, entry: Entry) -> dict[str, Any]:
        body = CommitmentRequest.model_validate(entry.body)
        result = self.session.client.commitments.create(entry.uscc, body, idempotency_key=entry.idempotency_key)
        return result.model_dump(mode="json")

    # -- the firm's commitments ---------------------------------------------------------------------------------------
    def commitments(self, uscc: str) -> Snapshot[list[Commitment]]:
        return self.session.fetch_or_cached("commitments", uscc, lambda: self.session.client.commitments.list(uscc),
                                            list[Commitment])

    def withdraw(self, commitment: Commitment) -> Commitment:
        return self.session.client.commitments.withdraw(commitment.uscc, commitment.id)

    def fulfil(self, uscc: str, commitment_id: str, files: dict[str, Path]) -> Commitment:
        """Copy each file into the data folder first (the original may move), then upload."""
        payload = {}
        for key, path in files.items():
            attachment = self.account.attachments.add(Path(path))  # refused here if too large or of the wrong kind
            payload[key] = (attachment.name, self.account.attachments.read(attachment),
                            attachment.mime or "application/octet-stream")
        return self.session.client.commitments.fulfil(uscc, commitment_id, payload)

    def commitment_letter(self, commitment: Commitment, template: CommitmentTemplate, profile: FirmProfile | None
                          ) -> Letter:
        fields = {k: v or "" for k, v in commitment.fields.items()}
        return render_letter(template, firm_block(profile, fields), commitment.fields, signed_by=commitment.signed_by,
                             signed_on=commitment.signed_on, commitment=commitment)

    @staticmethod
    def reminders(commitments: list[Commitment], calendar: WorkCalendar, today: dt.date) -> list[Reminder]:
        """Materials still owed that are overdue or due within three working days, soonest first."""
        out = []
        for c in commitments:
            if c.status in ("withdrawn", "fulfilled"):
                continue
            for item in c.due_items:
                if item.fulfilled_at is not None:
                    continue
                left = calendar.workdays_between(today, item.due_on) if item.due_on >= today else \
                    -calendar.workdays_between(item.due_on, today)
                if left <= REMIND_WORKDAYS:
                    out.append(Reminder(c, item.key, item.name, item.due_on, item.estimated, left))
        return sorted(out, key=lambda r: r.due_on)

    def view(self, uscc: str, facts: dict[str, Any], today: dt.date | None = None) -> CommitmentsView:
        today = today or clock.today()
        try:
            commitments = self.commitments(uscc)
        except UNREACHABLE:
            commitments = None
        calendar = self.session.work_calendar(range(today.year, today.year + 2))
        reminders = self.reminders(commitments.value if commitments else [], calendar, today)
        outbox = self.account.outbox.entries(uscc, kind=KIND)
        return CommitmentsView(uscc, commitments, self.drafts(uscc), outbox, reminders, self.catalogue(), facts)
