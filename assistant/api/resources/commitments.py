"""Commitment templates and commitment letters (信用承诺): submit, list, 践诺 (fulfil), withdraw, the public list."""

from __future__ import annotations

from assistant.api.models import Commitment, CommitmentList, CommitmentRequest, PublicCommitment, TemplateList
from assistant.api.resources.base import Catalogue, Files, Resource, segment


class CommitmentsResource(Resource):
    def templates(self, etag: str | None = None) -> Catalogue:
        return self._catalogue("/commitment-templates", TemplateList, etag)

    def create(self, uscc: str, body: CommitmentRequest, *, idempotency_key: str) -> Commitment:
        """Safe to repeat with the same key: the platform answers with the commitment it already made."""
        return self._post(f"/firms/{segment(uscc)}/commitments", Commitment, json=body.model_dump(mode="json"),
                          idempotency_key=idempotency_key)

    def list(self, uscc: str) -> list[Commitment]:
        return self._paginate(f"/firms/{segment(uscc)}/commitments", CommitmentList)

    def get(self, uscc: str, commitment_id: str) -> Commitment:
        return self._get(f"/firms/{segment(uscc)}/commitments/{segment(commitment_id)}", Commitment)

    def fulfil(self, uscc: str, commitment_id: str, files: Files) -> Commitment:
        """Supply deferred materials: {material key: (file name, content, content type)}."""
        return self._post(f"/firms/{segment(uscc)}/commitments/{segment(commitment_id)}/fulfil", Commitment,
                          files=files)

    def withdraw(self, uscc: str, commitment_id: str) -> Commitment:
        return self._post(f"/firms/{segment(uscc)}/commitments/{segment(commitment_id)}/withdraw", Commitment)

    def public(self, uscc: str) -> list[PublicCommitment]:
        """The published (公示) commitments of any firm: no sign-in needed."""
        return self._get("/public/commitments", list[PublicCommitment], params={"uscc": uscc}, authenticated=False)
