"""The refresh token's only home on the PC: the OS keyring, one entry per (platform URL, username)."""

from __future__ import annotations

import logging

import keyring
import keyring.errors

from assistant.appinfo import APP_ID

log = logging.getLogger(__name__)


class KeyringUnavailable(Exception):
    """No usable system keyring: the login works but cannot be remembered."""


def keyring_available() -> bool:
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken backend configuration is the same as none
        return False
    return getattr(backend, "priority", 0) > 0 and type(backend).__module__ != "keyring.backends.fail"


class TokenStore:
    def __init__(self, platform_url: str):
        self.service = f"{APP_ID}:{platform_url.rstrip('/')}"

    def save(self, username: str, refresh_token: str) -> None:
        if not keyring_available():
            raise KeyringUnavailable
        try:
            keyring.set_password(self.service, username, refresh_token)
        except Exception as error:  # backends raise their own kinds (dbus, locked, denied)
            log.warning("keyring refused to store a token: %s", type(error).__name__)
            raise KeyringUnavailable from None

    def load(self, username: str) -> str | None:
        if not keyring_available():
            return None
        try:
            return keyring.get_password(self.service, username)
        except Exception as error:
            log.warning("keyring refused to read a token: %s", type(error).__name__)
            return None

    def delete(self, username: str) -> None:
        if not keyring_available():
            return
        try:
            keyring.delete_password(self.service, username)
        except keyring.errors.PasswordDeleteError:
            pass
        except Exception as error:
            log.warning("keyring refused to delete a token: %s", type(error).__name__)
