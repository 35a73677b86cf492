"""What a signed-in user works with on this PC: the session, their drafts, the outbox and the attachments folder.

Every feature service is built on one `Account`. The outbox is shared: each feature registers how to send its own
kind of submission, and `send_pending` sends every kind exactly once (the Idempotency-Key is kept with the entry).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.api.errors import SessionExpired
from assistant.errors import SessionEnded, UserFacingError
from assistant.services.session import UNREACHABLE, Session
from assistant.store.attachments import Attachments
from assistant.store.drafts import Drafts
from assistant.store.outbox import Entry, Outbox

log = logging.getLogger(__name__)
Sender = Callable[[Entry], dict[str, Any]]  # sends one entry, returns the platform's answer as JSON


@dataclass
class Account:
    session: Session
    data_dir: Path
    drafts: Drafts
    outbox: Outbox
    attachments: Attachments
    senders: dict[str, Sender] = field(default_factory=dict)

    @classmethod
    def open(cls, session: Session, data_dir: Path) -> Account:
        name, user = session.client.connection.name, session.username or ""
        return cls(session, data_dir, Drafts(session.db, name, user), Outbox(session.db, name, user),
                   Attachments(session.db, data_dir / "attachments"))

    def register_sender(self, kind: str, send: Sender) -> None:
        self.senders[kind] = send

    def recover_outbox(self) -> None:
        """After a crash mid-send: entries left 发送中 go again, with the same key."""
        self.outbox.recover()

    def retry(self, entry_id: str) -> None:
        self.outbox.retry_now(entry_id)

    def send_pending(self) -> list[Entry]:
        """Send what is due; returns the entries tried, as they are now (sent, queued again, or failed).

        An entry another sender claimed meanwhile is left to it."""
        tried = []
        for entry in self.outbox.due():
            if entry.kind in self.senders and self.outbox.claim(entry):
                tried.append(self._deliver(entry))
        return tried

    def send(self, entry: Entry) -> Entry:
        """Send this one entry now if it is pending (a report asked for while the user waits); the entry as it is
        afterwards. An entry another sender claimed, or one already answered, is returned as it stands."""
        if entry.state == "pending" and entry.kind in self.senders and self.outbox.claim(entry):
            return self._deliver(entry)
        return self.outbox.get(entry.id) or entry

    def _deliver(self, entry: Entry) -> Entry:
        """Unreachable → retried later with backoff; refused → failed with the platform's reason."""
        try:
            result = self.senders[entry.kind](entry)
        except SessionEnded:  # the entry stays 发送中; the next sign-in's recovery sends it again, same key
            raise
        except (*UNREACHABLE, SessionExpired) as error:
            log.info("outbox: %s stays queued (%s)", entry.id, type(error).__name__)
            self.outbox.mark_retry(entry, error.message)
        except UserFacingError as error:  # the platform refused (PlatformError), or the entry cannot be sent
            log.info("outbox: %s refused (%s)", entry.id, getattr(error, "code", "") or type(error).__name__)
            self.outbox.mark_failed(entry, error.message)
        else:
            self.outbox.mark_sent(entry, result)
        return self.outbox.get(entry.id) or entry
