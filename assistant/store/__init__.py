"""Local SQLite (db.py, schema by migration): the catalogue cache, per-user app state, declared facts, and the
generic drafts / outbox / attachments that every submitting feature (commitments, repairs, objections) shares."""
