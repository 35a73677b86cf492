from __future__ import annotations

import pytest

from assistant.api.client import Connection, PlatformClient, RetryPolicy

FAST_RETRY = RetryPolicy(attempts=2, base_delay=0.01, max_delay=0.02, max_retry_after=1.0)


@pytest.fixture
def make_client():
    clients = []

    def make(url: str, **options) -> PlatformClient:
        """A client closed after the test; `proxy`, `ca_file` and `read_timeout` go to its `Connection`."""
        connection = Connection(url, read_timeout=options.pop("read_timeout", 10.0), connect_timeout=2.0,
                                proxy=options.pop("proxy", None), ca_file=options.pop("ca_file", None))
        client = PlatformClient(connection, retry=options.pop("retry", FAST_RETRY), **options)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def client(sandbox, make_client) -> PlatformClient:
    return make_client(sandbox.url)
