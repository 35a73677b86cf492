"""Local SQLite: the catalogue cache now; drafts, outbox and attachments as their features land."""
