"""自行填报: facts the owner typed in for the local estimate. They stay on this PC and are never sent."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from assistant.store.db import Database


@dataclass(frozen=True)
class Declared:
    value: Any
    declared_at: dt.datetime


class DeclaredFacts:
    def __init__(self, db: Database, platform: str):
        self.db, self.platform = db, platform

    def all(self, uscc: str) -> dict[str, Declared]:
        with self.db.read() as conn:
            rows = conn.execute("SELECT key, value, declared_at FROM declared_facts WHERE platform = ? AND uscc = ?",
                                (self.platform, uscc)).fetchall()
        return {r["key"]: Declared(json.loads(r["value"]), dt.datetime.fromisoformat(r["declared_at"])) for r in rows}

    def declare(self, uscc: str, key: str, value: Any) -> None:
        with self.db.write() as conn:
            conn.execute("INSERT OR REPLACE INTO declared_facts (platform, uscc, key, value, declared_at) "
                         "VALUES (?, ?, ?, ?, ?)",
                         (self.platform, uscc, key, json.dumps(value, ensure_ascii=False),
                          dt.datetime.now(dt.timezone.utc).isoformat()))

    def clear(self, uscc: str, key: str) -> None:
        with self.db.write() as conn:
            conn.execute("DELETE FROM declared_facts WHERE platform = ? AND uscc = ? AND key = ?",
                         (self.platform, uscc, key))
