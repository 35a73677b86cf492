"""Data made on the sandbox platform through the real client, before a test's window opens."""

from __future__ import annotations

from assistant.infra import clock
from assistant.sandbox.seed import DEMO_PASSWORD, WEIZHIYUAN


def a_commitment(sandbox, start=None) -> None:
    """A commitment made on the platform before the window opens (as if from another PC)."""
    import uuid

    from assistant.api.client import PlatformClient
    from assistant.api.models import CommitmentRequest

    client = PlatformClient(sandbox.url)
    try:
        client.auth.login("weizhiyuan", DEMO_PASSWORD)
        client.commitments.create(WEIZHIYUAN, CommitmentRequest(
            template_code="XX-SJ-SPJY-RQ", template_version=1, signed_by="陈晓燕", signed_on=start or clock.today(),
            fields={"business_premises": "胜利路88号", "business_items": "热食类食品制售", "contact_name": "陈晓燕",
                    "contact_phone": "13803730001"}), idempotency_key=str(uuid.uuid4()))
    finally:
        client.close()
