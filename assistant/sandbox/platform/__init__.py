"""Mechanisms every route shares: language negotiation, ETags, idempotency, paging cursors, request limits,
uploads, the platform's view of a firm, and the demo workflow. Routes import from here, never from each other.
"""
