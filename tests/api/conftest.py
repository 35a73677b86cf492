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


@pytest.fixture
def raw_http(sandbox):
    """Plain httpx against the sandbox, signed in as a demo user: for requests the thin client would never send."""
    import httpx

    from assistant.sandbox.seed import DEMO_PASSWORD

    made = []

    def make(username: str = "hengda") -> httpx.Client:
        http = httpx.Client(base_url=f"{sandbox.url}/api/v1")
        reply = http.post("/auth/login", json={"username": username, "password": DEMO_PASSWORD})
        http.headers["Authorization"] = f"Bearer {reply.json()['access_token']}"
        made.append(http)
        return http

    yield make
    for http in made:
        http.close()
