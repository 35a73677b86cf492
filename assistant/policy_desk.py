"""惠企政策 for one signed-in user: the catalogue, each firm's facts and payouts (online or cached), the local
evaluation with the owner's self-declared facts, 应享未享, new matches, and the accountant's portfolio. Qt-free."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from assistant.api.models import Fact, Grant, Policy
from assistant.domain.policies import MET, UNKNOWN, UNMET, CompiledPolicy, PolicyResult, derive_facts, prepare_facts
from assistant.session import UNREACHABLE, Session, Snapshot
from assistant.store.declared import Declared, DeclaredFacts

GROUPS = (MET, UNKNOWN, UNMET)  # 可享受 / 待补充 / 暂不符合


@dataclass(frozen=True)
class Row:
    policy: Policy
    result: PolicyResult
    declared_keys: frozenset[str]  # facts in this result that came from 自行填报
    owed: bool  # 应享未享: paid automatically, the firm qualifies, and nothing has been announced or paid
    closed: bool  # the policy's window has ended


@dataclass
class PolicyView:
    uscc: str
    rows: list[Row]
    grants: Snapshot[list[Grant]] | None
    declared: dict[str, Declared]
    synced_at: dt.datetime | None
    live: bool
    new_matches: list[str] = field(default_factory=list)

    def group(self, state: str) -> list[Row]:
        return [r for r in self.rows if r.result.state == state]

    def total(self, state: str = MET) -> Decimal:
        return sum((r.result.amount or Decimal(0) for r in self.group(state)), Decimal(0))


def parse_declared(raw: str, example: Any) -> Any:
    """The owner's text as a value of the same kind the condition compares with (Decimal text, date text, yes/no)."""
    text = raw.strip().replace(",", "").replace("，", "")
    if isinstance(example, bool):
        if text in ("是", "有", "yes", "true", "1"):
            return True
        if text in ("否", "无", "没有", "no", "false", "0"):
            return False
        raise ValueError(raw)
    if isinstance(example, list) and example:
        example = example[0]
    if isinstance(example, str) and len(example) == 10 and example[4] == "-":
        return dt.date.fromisoformat(text).isoformat()
    if isinstance(example, int | float | Decimal) or _is_number(example):
        try:
            value = Decimal(text.rstrip("%元人个月年"))
        except InvalidOperation:
            raise ValueError(raw) from None
        if not value.is_finite():
            raise ValueError(raw)
        return format(value, "f")
    return text


def _is_number(value: Any) -> bool:
    try:
        Decimal(str(value))
        return True
    except (InvalidOperation, ValueError):
        return False


class PolicyDesk:
    def __init__(self, session: Session):
        self.session = session
        self.declared = DeclaredFacts(session.db, session.client.connection.name)

    def catalogue(self) -> Snapshot[list[Policy]]:
        return self.session.revalidated("policies", self.session.client.policies.catalogue, Policy)

    def facts(self, uscc: str) -> Snapshot[dict[str, Fact]]:
        return self.session._fetch_or_cached("facts", uscc, lambda: self.session.client.firms.facts(uscc),
                                             dict[str, Fact])

    def grants(self, uscc: str) -> Snapshot[list[Grant]] | None:
        try:
            return self.session._fetch_or_cached("grants", uscc, lambda: self.session.client.policies.grants(uscc),
                                                 list[Grant])
        except UNREACHABLE:
            return None

    @staticmethod
    def evaluate(policies: list[Policy] | list[CompiledPolicy], platform: dict[str, Any],
                 declared: dict[str, Declared], grants: list[Grant] | None, today: dt.date, *,
                 explain: bool = True) -> list[Row]:
        """Declared facts only fill gaps: what the platform knows always wins."""
        base = {key: getattr(value, "value", value) for key, value in platform.items()}
        filled = {key: d.value for key, d in declared.items() if key not in base}
        facts = prepare_facts(derive_facts({**filled, **base}))
        granted = {g.policy_id for g in grants or []}
        rows = []
        for item in policies:
            compiled = item if isinstance(item, CompiledPolicy) else CompiledPolicy(item)
            policy = compiled.policy
            result = compiled.evaluate(facts, today, explain=explain)
            used = frozenset(leaf.fact for leaf in compiled.leaves if leaf.fact in filled)
            owed = policy.mode == "auto" and result.state == MET and grants is not None and policy.id not in granted
            rows.append(Row(policy, result, used, owed, policy.window.end < today))
        return rows

    def view(self, uscc: str, seen_state, today: dt.date | None = None) -> PolicyView:
        """Everything the 惠企政策 page shows for one firm. `seen_state` is the AppState for 'new matches'."""
        today = today or dt.date.today()
        catalogue = self.catalogue()
        facts = self.facts(uscc)
        grants = self.grants(uscc)
        declared = self.declared.all(uscc)
        rows = self.evaluate(catalogue.value, facts.value, declared, grants.value if grants else None, today)
        met = sorted(r.policy.id for r in rows if r.result.state == MET)
        key, user = f"seen_policies:{uscc}", self.session.username or ""
        seen = seen_state.get(user, key)
        new = [] if seen is None else [p for p in met if p not in json.loads(seen)]
        seen_state.set(user, key, json.dumps(met))
        live = catalogue.live and facts.live
        return PolicyView(uscc, rows, grants, declared, min(catalogue.synced_at, facts.synced_at), live, new)

    def confirm(self, uscc: str, grant_id: str) -> Grant:
        return self.session.client.policies.confirm(uscc, grant_id)

    def portfolio(self, today: dt.date | None = None) -> list[tuple[Any, list[Row]]]:
        """Every firm the accountant manages × every policy, from the platform's facts (no self-declared ones)."""
        today = today or dt.date.today()
        compiled = [CompiledPolicy(p) for p in self.catalogue().value]
        out = []
        for firm in self.session.me.firms if self.session.me else []:
            try:
                facts = self.facts(firm.uscc).value
            except UNREACHABLE:
                facts = {}
            grants = self.grants(firm.uscc)
            out.append((firm, self.evaluate(compiled, facts, {}, grants.value if grants else None, today,
                                            explain=False)))
        return out
