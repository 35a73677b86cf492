"""A firm's profile and the facts policy matching reads."""

from __future__ import annotations

from assistant.api.models import Fact, FirmProfile
from assistant.api.resources.base import Resource, segment


class FirmsResource(Resource):
    def get(self, uscc: str) -> FirmProfile:
        return self._get(f"/firms/{segment(uscc)}", FirmProfile)

    def facts(self, uscc: str) -> dict[str, Fact]:
        return self._get(f"/firms/{segment(uscc)}/facts", dict[str, Fact])
