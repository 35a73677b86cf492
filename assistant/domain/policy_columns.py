"""An accountant's portfolio evaluated column-wise: each leaf over all the firms at once, each tree as bit masks.

Walking every tree once per firm costs several times the walk itself (issue 12: 1,000 policies × 200 firms took
2–3 s, against a floor of 0.5 s that only touches the nodes), so the matrix is worked out the other way round: one
leaf over every firm at once. Firm i is bit i of a mask.

- A leaf is decided once per distinct value its fact takes among the firms, by the leaf's own compiled test
  (`_Leaf.test`, the plain evaluator's), and the firms holding that value join its 满足 or 不满足 mask. Firms without
  the fact, or with a value of the wrong kind, are in neither: 待补充. Identical leaves of different policies (the
  common vetoes) are decided once.
- An order (lt, le, gt, ge, eq, ne) against a number or a date needs no test for the values with that reading: they
  are sorted once per fact, and two bisections split them into below / equal / above — the test's own first branch
  (Decimal or date against the expected value), so a catalogue whose thresholds all differ costs no more. Values
  without that reading still go through the test (its fallbacks: same-type comparison, or 待补充).
- all/any on masks is the tri-state table itself (DOMAIN.md §5): an all is 不满足 where any child is and 满足 where
  every child is; an any is 满足 where any child is and 不满足 where every child is; the rest is 待补充.
- A rate benefit's amount is CompiledPolicy's arithmetic, once per distinct base value.

The plain evaluator (CompiledPolicy.evaluate, one firm × one policy) stays the reference: tests/unit/
test_policies_fast.py checks this against it on random trees and facts.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

from assistant.domain.policies import MET, UNKNOWN, UNMET, CompiledPolicy, PolicyResult, Typed, _Leaf

T = TypeVar("T")

# A firm's cell as one hex digit: 1 met, 2 unmet, 0 neither (待补充); +4 where the caller's flag is set.
_STATE = {"0": UNKNOWN, "1": MET, "2": UNMET, "4": UNKNOWN, "5": MET, "6": UNMET}


def _identity(value: Any) -> tuple[type, str]:
    """Values with the same key answer every test alike: the type tells 1 from True from "1", and repr tells
    Decimal("1.0") from Decimal("1") and -0.0 from 0.0, which compare equal but do not read the same."""
    return type(value), repr(value)


# Which of the three ranges (below, equal, above the expected value) meet an order and which do not.
_RANGES = {"lt": ((0,), (1, 2)), "le": ((0, 1), (2,)), "gt": ((2,), (0, 1)), "ge": ((1, 2), (0,)),
           "eq": ((1,), (0, 2)), "ne": ((0, 2), (1,))}


def _spread(mask: int) -> int:
    """Bit i of the mask as hex digit i (0 or 1): masks added this way keep each firm in its own digit."""
    return int(format(mask, "b"), 16)


class FirmColumns:
    """Many firms' typed facts (from prepare_facts), fact by fact: the distinct values the firms hold, the firms
    holding each (a mask), and which of them each firm holds."""

    def __init__(self, firms: Sequence[Mapping[str, Typed]]):
        self.count = len(firms)
        self.everyone = (1 << self.count) - 1
        self.values: dict[str, list[Typed]] = {}
        self.masks: dict[str, list[int]] = {}
        self.held: dict[str, list[int]] = {}  # per firm, the index of its value; -1 where the fact is missing
        seen: dict[str, dict[tuple[type, str], int]] = {}
        for firm, facts in enumerate(firms):
            for fact, value in facts.items():
                known = seen.get(fact)
                if known is None:
                    known = seen[fact] = {}
                    self.values[fact], self.masks[fact], self.held[fact] = [], [], [-1] * self.count
                key = _identity(value.raw)
                index = known.get(key)
                if index is None:
                    index = known[key] = len(self.values[fact])
                    self.values[fact].append(value)
                    self.masks[fact].append(0)
                self.masks[fact][index] |= 1 << firm
                self.held[fact][firm] = index
        self._sorted: dict[tuple[str, str], _Sorted] = {}

    def sorted(self, fact: str, reading: str) -> _Sorted:
        """The fact's values that have a `reading` ("number": a finite Decimal; "date": a plain date), in order."""
        found = self._sorted.get((fact, reading))
        if found is None:
            found = self._sorted[fact, reading] = _Sorted(self.values.get(fact, []), self.masks.get(fact, []),
                                                          reading)
        return found


class _Sorted:
    """Values in the order of one reading, with running masks (firm sets are disjoint, so a range is a xor), and
    the values without that reading."""

    __slots__ = ("keys", "running", "rest")

    def __init__(self, values: list[Typed], masks: list[int], reading: str):
        read, rest = [], []
        for value, mask in zip(values, masks, strict=True):
            key = value.number if reading == "number" else value.date if type(value.date) is dt.date else None
            if key is None:
                rest.append((value, mask))
            else:
                read.append((key, mask))
        read.sort(key=lambda pair: pair[0])
        self.keys = [key for key, _ in read]
        self.running, total = [0], 0
        for _, mask in read:
            total |= mask
            self.running.append(total)
        self.rest = rest

    def split(self, key: Any) -> tuple[int, int, int]:
        """The firms whose value is below, equal to and above `key`."""
        low, high, running = bisect_left(self.keys, key), bisect_right(self.keys, key), self.running
        return running[low], running[high] ^ running[low], running[-1] ^ running[high]


@dataclass(frozen=True, slots=True)
class PolicyColumn:
    """One policy over every firm: who meets it, who does not (the others are 待补充), and each firm's amount."""

    policy: CompiledPolicy
    count: int
    met: int
    unmet: int
    amounts: list[Decimal | None]  # one per distinct base value, the last for a missing one; or one for everyone
    held: list[int] | None  # per firm, its index into amounts; None when the amount is the same for everyone

    def cells(self, make: Callable[[str, Decimal | None, bool], T], flag: int = 0) -> list[T]:
        """One value per firm, `make(state, amount, flagged)` called once per distinct triple and shared: 200,000
        cells come from a few thousand values, so they must never be changed once made."""
        if not self.count:
            return []
        digits = _spread(self.met) + 2 * _spread(self.unmet) + (4 * _spread(flag) if flag else 0)
        codes = format(digits, f"0{self.count}x")[::-1]  # firm 0 first
        if self.held is None:
            amount = self.amounts[0]
            made = {code: make(_STATE[code], amount, code >= "4") for code in set(codes)}
            return list(map(made.__getitem__, codes))
        keys = list(zip(codes, self.held, strict=True))
        amounts = self.amounts
        made_by = {key: make(_STATE[key[0]], amounts[key[1]], key[0] >= "4") for key in set(keys)}
        return list(map(made_by.__getitem__, keys))


def evaluate_columns(compiled: Sequence[CompiledPolicy], firms: Sequence[Mapping[str, Typed]], today: dt.date
                     ) -> list[PolicyColumn]:
    """Every policy over every firm (`firms` from prepare_facts), as columns."""
    evaluation = _Evaluation(FirmColumns(firms), today)
    return [evaluation.column(policy) for policy in compiled]


class _Evaluation:
    """One portfolio on one day. A class rather than nested closures: a recursive closure is a reference cycle, and
    would keep every column alive until the cyclic collector came by."""

    def __init__(self, columns: FirmColumns, today: dt.date):
        self.columns, self.today = columns, today
        self.decided: dict[tuple, tuple[int, int]] = {}  # (fact, op, expected) → (met, unmet): decided once
        self.benefits: dict[tuple, list[Decimal | None]] = {}  # (base, rate, cap) → amounts per value

    def column(self, policy: CompiledPolicy) -> PolicyColumn:
        return PolicyColumn(policy, self.columns.count, *self.tree(policy.tree), *self.amounts(policy))

    def leaf(self, leaf: _Leaf) -> tuple[int, int]:
        key = (leaf.fact, leaf.op, _identity(leaf.spec.get("value")))
        masks = self.decided.get(key)
        if masks is not None:
            return masks
        columns, today = self.columns, self.today
        met = unmet = 0
        expected, test = leaf.expected, leaf.test
        # The test's first branch, for every value with the expected value's reading at once.
        reading = None if expected is None else "date" if type(expected.date) is dt.date else \
            "number" if expected.number is not None else None
        if reading is None:
            untested = zip(columns.values.get(leaf.fact, ()), columns.masks.get(leaf.fact, ()), strict=True)
        else:
            values = columns.sorted(leaf.fact, reading)
            ranges = values.split(expected.date if reading == "date" else expected.number)
            meeting, failing = _RANGES[leaf.op]
            for index in meeting:
                met |= ranges[index]
            for index in failing:
                unmet |= ranges[index]
            untested = values.rest
        for value, mask in untested:
            outcome = test(value, today)
            if outcome is None:
                continue
            if outcome:
                met |= mask
            else:
                unmet |= mask
        masks = self.decided[key] = (met, unmet)
        return masks

    def tree(self, node) -> tuple[int, int]:
        if isinstance(node, _Leaf):
            return self.leaf(node)
        kind, children = node
        if kind == "all":
            met, unmet = self.columns.everyone, 0  # an empty all is met
            for child in children:
                child_met, child_unmet = self.tree(child)
                met &= child_met
                unmet |= child_unmet
        else:
            met, unmet = 0, self.columns.everyone  # an empty any is not met
            for child in children:
                child_met, child_unmet = self.tree(child)
                met |= child_met
                unmet &= child_unmet
        return met, unmet

    def amounts(self, policy: CompiledPolicy) -> tuple[list[Decimal | None], list[int] | None]:
        columns = self.columns
        if policy.fixed is not None or policy.base_fact not in columns.values:
            return [policy.amount_of(None)], None
        key = (policy.base_fact, _identity(policy.rate), _identity(policy.cap))
        found = self.benefits.get(key)
        if found is None:
            found = self.benefits[key] = [*map(policy.amount_of, columns.values[policy.base_fact]),
                                          policy.amount_of(None)]
        return found, columns.held[policy.base_fact]


def by_firm(per_policy: Sequence[list[T]], count: int) -> list[list[T]]:
    """Columns (one list per policy) as rows (one list per firm)."""
    return [list(row) for row in zip(*per_policy, strict=True)] if per_policy else [[] for _ in range(count)]


def evaluate_matrix(compiled: Sequence[CompiledPolicy], firms: Sequence[Mapping[str, Typed]], today: dt.date
                    ) -> list[list[PolicyResult]]:
    """Every firm × every policy, states and amounts only: what evaluate_many gives, column-wise."""
    return by_firm([column.cells(_results_of(column.policy.policy.id))
                    for column in evaluate_columns(compiled, firms, today)], len(firms))


def _results_of(policy_id: str) -> Callable[[str, Decimal | None, bool], PolicyResult]:
    return lambda state, amount, _flag: PolicyResult(policy_id, state, amount)
