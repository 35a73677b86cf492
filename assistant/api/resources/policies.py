"""Subsidy policies (免申即享): the catalogue, the platform's own eligibility match, payouts and their confirmation."""

from __future__ import annotations

from assistant.api.models import Eligibility, Grant, PolicyList
from assistant.api.resources.base import Catalogue, Resource, segment


class PoliciesResource(Resource):
    def catalogue(self, etag: str | None = None) -> Catalogue:
        return self._catalogue("/policies", PolicyList, etag)

    def eligibility(self, uscc: str) -> list[Eligibility]:
        return self._get(f"/firms/{segment(uscc)}/eligibility", list[Eligibility])

    def grants(self, uscc: str) -> list[Grant]:
        return self._get(f"/firms/{segment(uscc)}/grants", list[Grant])

    def confirm(self, uscc: str, grant_id: str) -> Grant:
        return self._post(f"/firms/{segment(uscc)}/grants/{segment(grant_id)}/confirm", Grant)
