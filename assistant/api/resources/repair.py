"""Adverse records, the repair rules, repair applications (信用修复) and objections (异议)."""

from __future__ import annotations

import json

from assistant.api.models import (
    CreditRecord,
    Objection,
    ObjectionList,
    ObjectionRequest,
    RecordList,
    Repair,
    RepairApplication,
    RepairList,
    RepairRules,
)
from assistant.api.resources.base import Catalogue, Resource, segment

Parts = list[tuple[str, tuple[str, bytes, str]]]  # (slot, (file name, content, content type)), a slot may repeat


def _with_json(name: str, body: object, files: Parts) -> list:
    return [(name, (None, json.dumps(body, ensure_ascii=False).encode(), "application/json")), *files]


class RepairResource(Resource):
    def rules(self, etag: str | None = None) -> Catalogue:
        return self._catalogue("/repair-rules", RepairRules, etag)

    def records(self, uscc: str) -> list[CreditRecord]:
        return self._paginate(f"/firms/{segment(uscc)}/records", RecordList)

    def record(self, uscc: str, record_id: str) -> CreditRecord:
        return self._get(f"/firms/{segment(uscc)}/records/{segment(record_id)}", CreditRecord)

    def apply(self, uscc: str, application: RepairApplication, files: Parts, *, idempotency_key: str) -> Repair:
        """Safe to repeat with the same key: the platform answers with the application it already took."""
        body = application.model_dump(mode="json", by_alias=True)
        return self._post(f"/firms/{segment(uscc)}/repairs", Repair, files=_with_json("application", body, files),
                          idempotency_key=idempotency_key)

    def repairs(self, uscc: str) -> list[Repair]:
        return self._paginate(f"/firms/{segment(uscc)}/repairs", RepairList)

    def repair(self, uscc: str, repair_id: str) -> Repair:
        return self._get(f"/firms/{segment(uscc)}/repairs/{segment(repair_id)}", Repair)

    def supplement(self, uscc: str, repair_id: str, files: Parts, *, note: str = "",
                   idempotency_key: str | None = None) -> Repair:
        """补正: the materials the platform asked for, by slot."""
        return self._post(f"/firms/{segment(uscc)}/repairs/{segment(repair_id)}/supplement", Repair,
                          files=_with_json("supplement", {"note": note}, files), idempotency_key=idempotency_key)

    def object(self, uscc: str, record_id: str, objection: ObjectionRequest, files: Parts, *,
               idempotency_key: str) -> Objection:
        """异议: the firm says a record is wrong, with evidence."""
        return self._post(f"/firms/{segment(uscc)}/records/{segment(record_id)}/objections", Objection,
                          files=_with_json("objection", objection.model_dump(mode="json"), files),
                          idempotency_key=idempotency_key)

    def objections(self, uscc: str) -> list[Objection]:
        return self._paginate(f"/firms/{segment(uscc)}/objections", ObjectionList)

    def objection(self, uscc: str, objection_id: str) -> Objection:
        return self._get(f"/firms/{segment(uscc)}/objections/{segment(objection_id)}", Objection)

