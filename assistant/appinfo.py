"""Name, organisation and version of the app: the one source (pyproject.toml and build.spec read it)."""

from __future__ import annotations

APP_NAME = "企业信用自助助手"
APP_NAME_EN = "Enterprise Credit Self-Service Assistant"
APP_ID = "credit-assistant"
ORG_NAME = "CreditAssistant"
ORG_DOMAIN = "credit-assistant.example"
__version__ = "0.1.0"
VERSION = __version__
LANGUAGES = ("zh_CN", "en")  # the source language first
