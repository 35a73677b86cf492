"""惠企政策 for one signed-in user: the catalogue, each firm's facts and payouts (online or cached), the local
evaluation with the owner's self-declared facts, 应享未享, new matches, and the accountant's portfolio with its Excel
and PDF exports. Qt-free."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from assistant.api.models import Fact, FirmRef, Grant, Policy
from assistant.domain.policies import (
    MET,
    UNKNOWN,
    UNMET,
    CompiledPolicy,
    PolicyResult,
    derive_facts,
    gc_paused,
    prepare_facts,
)
from assistant.domain.policy_columns import by_firm, evaluate_columns
from assistant.errors import UserFacingError
from assistant.i18n import translate
from assistant.infra import clock
from assistant.infra.files import write_atomic
from assistant.services.account import Account
from assistant.services.session import UNREACHABLE, Snapshot
from assistant.store.declared import Declared, DeclaredFacts

GROUPS = (MET, UNKNOWN, UNMET)  # 可享受 / 待补充 / 暂不符合
NONE_DECLARED: frozenset[str] = frozenset()
DERIVED = frozenset({"on_serious_dishonesty_list", "on_abnormal_list", "enterprise_size"})  # not the owner's to declare


@dataclass(slots=True)  # a portfolio makes one per firm × policy: plain slots are several times cheaper to build
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


Portfolio = list[tuple[FirmRef, list[Row]]]


class InvalidDeclaration(UserFacingError, ValueError):
    """What the owner typed is not a value of the kind the condition needs."""

    def __init__(self, text: str):
        super().__init__(translate("policies", "“{text}”不是有效的数值，请重新填写。").format(text=text))


def parse_declared(raw: str, example: Any) -> Any:
    """The owner's text as a value of the same kind the condition compares with (Decimal text, date text, yes/no)."""
    text = raw.strip().replace(",", "").replace("，", "")
    if isinstance(example, bool):
        if text in ("是", "有", "yes", "true", "1"):
            return True
        if text in ("否", "无", "没有", "no", "false", "0"):
            return False
        raise InvalidDeclaration(raw)
    if isinstance(example, list) and example:
        example = example[0]
    if isinstance(example, str) and len(example) == 10 and example[4] == "-":
        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            raise InvalidDeclaration(raw) from None
    if isinstance(example, int | float | Decimal) or _is_number(example):
        try:
            value = Decimal(text.rstrip("%元人个月年"))
        except InvalidOperation:
            raise InvalidDeclaration(raw) from None
        if not value.is_finite() or abs(value) >= Decimal("1e15"):
            raise InvalidDeclaration(raw)
        return format(value, "f")
    return text


def _is_number(value: Any) -> bool:
    try:
        Decimal(str(value))
        return True
    except (InvalidOperation, ValueError):
        return False


def evaluate(policies: list[Policy] | list[CompiledPolicy], platform: Mapping[str, Any],
             declared: Mapping[str, Declared], grants: list[Grant] | None, today: dt.date, *,
             explain: bool = True) -> list[Row]:
    """One firm × every policy. Declared facts only fill gaps: what the platform knows always wins."""
    facts, filled = _facts(platform, declared)
    compiled = [p if isinstance(p, CompiledPolicy) else CompiledPolicy(p) for p in policies]
    granted = _granted(grants)
    return [_row(c, c.evaluate(facts, today, explain=explain), filled, granted, today) for c in compiled]


def evaluate_portfolio(policies: list[Policy], firms: list[tuple[FirmRef, Mapping[str, Any], list[Grant] | None]],
                       today: dt.date) -> Portfolio:
    """Every firm × every policy from the platform's facts (states and amounts, no explanations): each policy is
    compiled once and each firm's facts typed once, then the matrix is worked out column-wise (policy_columns).

    Rows are values shared by every firm with the same state, amount and 应享未享 for a policy — a portfolio has
    200,000 cells but a few thousand distinct rows — so nothing may change a row once it is made."""
    # The cyclic collector is paused meanwhile: compiling makes tens of thousands of small acyclic objects, and the
    # collections they would trigger re-scan everything else the process holds for nothing. They die when
    # _columns_to_rows returns, while it is still paused, so the collection that follows finds only the rows.
    with gc_paused():
        return _columns_to_rows(policies, firms, today)


def _columns_to_rows(policies: list[Policy], firms: list[tuple[FirmRef, Mapping[str, Any], list[Grant] | None]],
                     today: dt.date) -> Portfolio:
    compiled = [CompiledPolicy(p) for p in policies]
    columns = evaluate_columns(compiled, [_facts(facts, {})[0] for _, facts, _ in firms], today)
    # 应享未享 needs the payouts: the firms whose payouts were read, and per policy those with one announced or paid.
    known, paid = 0, {}
    for bit, (_, _, grants) in enumerate(firms):
        if grants is not None:
            known |= 1 << bit
            for policy_id in _granted(grants):
                paid[policy_id] = paid.get(policy_id, 0) | 1 << bit
    cells = []
    for column in columns:
        policy = column.policy.policy
        owed = column.met & known & ~paid.get(policy.id, 0) if policy.mode == "auto" else 0
        cells.append(column.cells(_rows_of(policy, policy.window.end < today), owed))
    return list(zip((firm for firm, _, _ in firms), by_firm(cells, len(firms)), strict=True))


def _rows_of(policy: Policy, closed: bool) -> Callable[[str, Decimal | None, bool], Row]:
    return lambda state, amount, owed: Row(policy, PolicyResult(policy.id, state, amount), NONE_DECLARED, owed, closed)


def _facts(platform: Mapping[str, Any], declared: Mapping[str, Declared]) -> tuple[dict, dict[str, Any]]:
    base = {key: getattr(value, "value", value) for key, value in platform.items()}
    filled = {key: d.value for key, d in declared.items() if key not in base}
    return prepare_facts(derive_facts({**filled, **base})), filled


def _granted(grants: list[Grant] | None) -> frozenset[str] | None:
    """The policies with a payout announced or paid; None when the payouts could not be read (then nothing is
    called 应享未享)."""
    return None if grants is None else frozenset(g.policy_id for g in grants)


def _row(compiled: CompiledPolicy, result: PolicyResult, filled: Mapping[str, Any], granted: frozenset[str] | None,
         today: dt.date) -> Row:
    policy = compiled.policy
    used = frozenset(leaf.fact for leaf in compiled.leaves if leaf.fact in filled) if filled else NONE_DECLARED
    owed = policy.mode == "auto" and result.state == MET and granted is not None and policy.id not in granted
    return Row(policy, result, used, owed, policy.window.end < today)


class PoliciesService:
    def __init__(self, account: Account):
        self.session = account.session
        self._declared = DeclaredFacts(self.session.db, self.session.client.connection.name)

    def catalogue(self) -> Snapshot[list[Policy]]:
        return self.session.revalidated("policies", self.session.client.policies.catalogue, Policy)

    def facts(self, uscc: str) -> Snapshot[dict[str, Fact]]:
        return self.session.fetch_or_cached("facts", uscc, lambda: self.session.client.firms.facts(uscc),
                                            dict[str, Fact])

    def grants(self, uscc: str) -> Snapshot[list[Grant]] | None:
        try:
            return self.session.fetch_or_cached("grants", uscc, lambda: self.session.client.policies.grants(uscc),
                                                list[Grant])
        except UNREACHABLE:
            return None

    def declared(self, uscc: str) -> dict[str, Declared]:
        return self._declared.all(uscc)

    def view(self, uscc: str, today: dt.date | None = None) -> PolicyView:
        """Everything the 惠企政策 page shows for one firm; remembers what it showed for 'new matches'."""
        today = today or clock.today()
        catalogue, facts, grants = self.catalogue(), self.facts(uscc), self.grants(uscc)
        declared = self.declared(uscc)
        rows = evaluate(catalogue.value, facts.value, declared, grants.value if grants else None, today)
        met = sorted(r.policy.id for r in rows if r.result.state == MET)
        key, user = f"seen_policies:{uscc}", self.session.username or ""
        seen = self.session.state.get(user, key)
        new = [] if seen is None else [p for p in met if p not in json.loads(seen)]
        self.session.state.set(user, key, json.dumps(met))
        live = catalogue.live and facts.live
        return PolicyView(uscc, rows, grants, declared, min(catalogue.synced_at, facts.synced_at), live, new)

    def declare(self, uscc: str, fact: str, text: str, example: Any) -> Any:
        """自行填报: the owner's text as a value like `example`; raises InvalidDeclaration when it is not one."""
        if fact in DERIVED:
            raise InvalidDeclaration(text)
        value = parse_declared(text, example)
        self._declared.declare(uscc, fact, value)
        return value

    def clear_declared(self, uscc: str, fact: str) -> None:
        self._declared.clear(uscc, fact)

    def confirm(self, uscc: str, grant_id: str) -> Grant:
        return self.session.client.policies.confirm(uscc, grant_id)

    def portfolio(self, today: dt.date | None = None) -> Portfolio:
        """Every firm the accountant manages × every policy, from the platform's facts (no self-declared ones)."""
        firms = []
        for firm in self.session.firms:
            try:
                facts = self.facts(firm.uscc).value
            except UNREACHABLE:
                facts = {}
            grants = self.grants(firm.uscc)
            firms.append((firm, facts, grants.value if grants else None))
        return evaluate_portfolio(self.catalogue().value, firms, today or clock.today())

    def export(self, portfolio: Portfolio, path: Path, *, preparer: str, as_of: dt.datetime) -> Path:
        """The portfolio as an Excel workbook (`.xlsx`) or an A4 PDF summary, by the file's suffix."""
        if path.suffix.lower() == ".pdf":
            from assistant.pdf.eligibility import build_summary

            return write_atomic(path, build_summary(portfolio, preparer=preparer, as_of=as_of))
        from assistant.services.policy_exports import write_excel

        return write_excel(portfolio, path, as_of=as_of)
