"""信用承诺 work for one signed-in user: the template catalogue (online, cached or bundled), drafts, submission
through the outbox, the firm's commitments and their deferred materials. Qt-free; the UI runs it in workers."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from assistant.api.errors import PlatformError, SessionExpired
from assistant.api.models import Commitment, CommitmentRequest, CommitmentTemplate, FirmProfile
from assistant.domain import commitments as rules
from assistant.domain.workdays import WorkCalendar
from assistant.i18n import translate
from assistant.session import UNREACHABLE, Session, Snapshot
from assistant.store.attachments import Attachments
from assistant.store.drafts import Draft, Drafts
from assistant.store.outbox import Entry, Outbox

log = logging.getLogger(__name__)
REMIND_WORKDAYS = 3


def bundled_catalogue() -> list[CommitmentTemplate]:
    """The catalogue shipped with the app (the demo platform's), for drafting before the first sync."""
    from assistant.sandbox.templates import CATALOGUE

    return [CommitmentTemplate.model_validate(t) for t in CATALOGUE]


class DraftProblems(Exception):
    """The draft is not ready to send; `problems` lists every field at once."""

    def __init__(self, problems: list[rules.FieldProblem]):
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


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


class CommitmentDesk:
    def __init__(self, session: Session, data_dir: Path):
        self.session = session
        name, user = session.client.connection.name, session.username or ""
        self.drafts = Drafts(session.db, name, user)
        self.outbox = Outbox(session.db, name, user)
        self.attachments = Attachments(session.db, data_dir / "attachments")

    # -- catalogue ----------------------------------------------------------------------------------------------------
    def catalogue(self) -> Snapshot[list[CommitmentTemplate]]:
        """Online (revalidated by ETag), else the cached copy, else the catalogue shipped with the app."""
        try:
            return self.session.revalidated("templates", self.session.client.commitments.templates,
                                            CommitmentTemplate)
        except UNREACHABLE:
            return Snapshot(bundled_catalogue(), dt.datetime.fromtimestamp(0, dt.timezone.utc), live=False)

    def replaced(self, draft: Draft, catalogue: list[CommitmentTemplate]) -> CommitmentTemplate | None:
        """The newer version of the draft's template, when the platform has replaced it."""
        for template in catalogue:
            if template.code == draft.template.code and template.version > draft.template.version:
                return template
        return None

    # -- drafts and submission ----------------------------------------------------------------------------------------
    def new_draft(self, uscc: str, template: CommitmentTemplate, profile: FirmProfile | None) -> Draft:
        """Prefilled from the firm: the legal representative signs, and is the first guess for the person fields
        (in a small firm the owner does it all); the user can change any of them."""
        signer = profile.legal_rep.name if profile else ""
        person_fields = ("contact_name", "responsible_person", "person_name")
        prefill = {key: signer for key in person_fields} if signer else {}
        return self.drafts.create(uscc, template, prefill, signed_by=signer)

    def submit(self, draft: Draft, *, today: dt.date | None = None) -> Entry:
        """Check locally, then write to the outbox. Sending happens in `send_pending`, now or later."""
        today = today or dt.date.today()
        clean, problems = rules.validate_fields(draft.template, draft.fields, today=today)
        if not draft.signed_by.strip():
            problems.append(rules.FieldProblem("signed_by", translate("commitments", "请填写签字人。")))
        if problems:
            raise DraftProblems(problems)
        body = CommitmentRequest(template_code=draft.template.code, template_version=draft.template.version,
                                 fields=clean, signed_by=draft.signed_by.strip(), signed_on=draft.signed_on or today)
        return self.outbox.enqueue(draft.id, draft.uscc, body)

    def send_pending(self) -> list[Entry]:
        """Send what is due. Unreachable → retried later with backoff; refused → failed with the platform's reason."""
        sent = []
        for entry in self.outbox.due():
            self.outbox.mark_sending(entry)
            try:
                result = self.session.client.commitments.create(entry.uscc, entry.body,
                                                                idempotency_key=entry.idempotency_key)
            except (*UNREACHABLE, SessionExpired) as error:
                log.info("outbox: %s stays queued (%s)", entry.id, type(error).__name__)
                self.outbox.mark_retry(entry, error.message)
            except PlatformError as error:
                log.info("outbox: %s refused (%s)", entry.id, error.code or error.status)
                self.outbox.mark_failed(entry, error.message)
            else:
                self.outbox.mark_sent(entry, result)
                sent.append(self.outbox.get(entry.id))
        return sent

    # -- the firm's commitments ---------------------------------------------------------------------------------------
    def commitments(self, uscc: str) -> Snapshot[list[Commitment]]:
        return self.session._fetch_or_cached("commitments", uscc, lambda: self.session.client.commitments.list(uscc),
                                             list[Commitment])

    def fulfil(self, uscc: str, commitment_id: str, files: dict[str, Path]) -> Commitment:
        """Copy each file into the data folder first (the original may move), then upload."""
        import mimetypes

        payload = {}
        for key, path in files.items():
            attachment = self.attachments.add(Path(path))
            mime = mimetypes.guess_type(attachment.name)[0] or "application/octet-stream"
            payload[key] = (attachment.name, self.attachments.read(attachment), mime)
        return self.session.client.commitments.fulfil(uscc, commitment_id, payload)

    def reminders(self, commitments: list[Commitment], calendar: WorkCalendar, today: dt.date) -> list[Reminder]:
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


@dataclass(frozen=True)
class CommitmentsView:
    """Everything the 信用承诺 page and the home reminders show for one firm, loaded in one go by a worker."""

    uscc: str
    commitments: Snapshot[list[Commitment]] | None
    drafts: list[Draft]
    outbox: list[Entry]
    reminders: list[Reminder]
    catalogue: Snapshot[list[CommitmentTemplate]]
    facts: dict

    @classmethod
    def load(cls, desk: CommitmentDesk, uscc: str, facts: dict, today: dt.date | None = None) -> CommitmentsView:
        today = today or dt.date.today()
        try:
            commitments = desk.commitments(uscc)
        except UNREACHABLE:
            commitments = None
        calendar = desk.session.work_calendar(range(today.year, today.year + 2))
        reminders = desk.reminders(commitments.value if commitments else [], calendar, today)
        return cls(uscc, commitments, desk.drafts.list(uscc), desk.outbox.entries(uscc), reminders,
                   desk.catalogue(), facts)

