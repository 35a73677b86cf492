"""Policies against the sandbox: the catalogue, the platform's match, payouts, and agreement with the client."""

from __future__ import annotations

import datetime as dt
import sqlite3

import httpx
import pytest

from assistant.api.errors import Conflict
from assistant.domain.policies import MET, UNKNOWN, UNMET, derive_facts, evaluate_policy
from assistant.sandbox.seed import DEMO_PASSWORD, FIRMS, HENGDA, HONGSHENG, USERS

OWNERS = {uscc: u.username for u in USERS if u.role == "enterprise" for uscc, _ in u.firms}


def test_catalogue_is_rich_and_revalidates(client):
    first = client.policies.catalogue()
    assert len(first.items) >= 10 and {p.mode for p in first.items} == {"auto", "apply"}
    assert {p.benefit.kind for p in first.items} == {"fixed", "rate"}
    assert any(p.benefit.cap for p in first.items)
    assert client.policies.catalogue(etag=first.etag).items is None


def test_every_demo_firm_agrees_with_the_platform_and_has_a_mix_of_results(sandbox, make_client):
    day = dt.date(2026, 11, 21)
    httpx.post(f"{sandbox.url}/api/v1/sandbox/clock", json={"today": day.isoformat()},
               headers={"X-Sandbox-Admin": sandbox.config.admin_token})
    mixes = {}
    for firm in FIRMS:
        client = make_client(sandbox.url)
        client.auth.login(OWNERS[firm.uscc], DEMO_PASSWORD)
        policies = client.policies.catalogue().items
        facts = derive_facts(client.firms.facts(firm.uscc))
        platform = {e.policy_id: e for e in client.policies.eligibility(firm.uscc)}
        assert platform.keys() == {p.id for p in policies}
        for policy in policies:
            local = evaluate_policy(policy, facts, day)
            remote = platform[policy.id]
            assert (local.state, local.amount) == (remote.state, remote.amount), (firm.name, policy.id)
            assert [(c.id, c.state) for c in local.conditions] == [(c.id, c.state) for c in remote.conditions]
        mixes[firm.name] = {e.state for e in platform.values()}
    assert all(UNMET in states for states in mixes.values())
    assert sum(MET in states for states in mixes.values()) >= 4
    assert sum(UNKNOWN in states for states in mixes.values()) >= 4


def test_the_serious_list_vetoes_until_the_record_is_repaired(sandbox, client):
    client.auth.login("hongsheng", DEMO_PASSWORD)

    def stable_jobs():
        return next(e for e in client.policies.eligibility(HONGSHENG) if e.policy_id == "hn-wengang-sme")

    vetoed = stable_jobs()
    assert vetoed.state == UNMET
    assert next(c for c in vetoed.conditions if c.id == "no_serious").state == UNMET
    with sqlite3.connect(sandbox.config.db_path) as db:  # the authority decides the repair
        db.execute("UPDATE records SET state = 'repaired' WHERE uscc = ? AND kind = 'serious_list'", (HONGSHENG,))
    repaired = stable_jobs()
    assert next(c for c in repaired.conditions if c.id == "no_serious").state == MET
    assert repaired.state == MET and repaired.amount == 31000 * 6 / 10


def test_payouts_and_confirmation(client):
    client.auth.login("hengda", DEMO_PASSWORD)
    grants = {g.policy_id: g for g in client.policies.grants(HENGDA)}
    assert grants["hn-full-load-10"].status == "已拨付" and grants["hn-xyd-subsidy"].status == "公示中"
    assert "****" in grants["hn-full-load-10"].account_masked
    confirmed = client.policies.confirm(HENGDA, grants["hn-full-load-10"].id)
    assert confirmed.status == "已确认"
    with pytest.raises(Conflict) as caught:
        client.policies.confirm(HENGDA, grants["hn-xyd-subsidy"].id)
    assert "公示期" in caught.value.message
