"""The platform's holiday notices (放假通知), from which working days are counted."""

from __future__ import annotations

from assistant.api.errors import NotFound
from assistant.api.models import CalendarYear
from assistant.api.resources.base import Resource


class CalendarResource(Resource):
    def get(self, year: int) -> CalendarYear | None:
        """The platform's holiday notice for `year`, or None when it has none (yet)."""
        try:
            # Public data: asked without a token, so it also works before signing in.
            return self._get(f"/calendar/{int(year)}", CalendarYear, authenticated=False)
        except NotFound:
            return None
