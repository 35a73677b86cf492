"""Sign-in, tokens and the signed-in user."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from assistant.api.models.base import Text, Wire


class LoginRequest(Wire):
    username: Text = Field(min_length=1, max_length=64)
    password: Text = Field(min_length=1, max_length=256)


class RefreshRequest(Wire):
    refresh_token: Text = Field(min_length=1, max_length=512)


class LogoutRequest(Wire):
    refresh_token: Text | None = Field(default=None, max_length=512)


class FirmRef(Wire):
    uscc: str
    name: str
    relation: Literal["owner", "agent"]


class Me(Wire):
    id: str
    display_name: str
    role: Literal["enterprise", "agent"]
    firms: list[FirmRef]


class TokenPair(Wire):
    access_token: str
    refresh_token: str
    expires_in: int = Field(description="seconds until the access token expires")
    token_type: str = "Bearer"
    user: Me
