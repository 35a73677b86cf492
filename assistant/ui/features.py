"""The feature registry: what the sidebar shows and what the app loads per firm, declared once per feature.

Adding a feature is one module per layer plus one `Feature` here. The main window builds the sidebar from
`FEATURES`; the context creates each feature's service at sign-in, loads its view when the firm changes or when an
operation changes something the feature listens to (`Op(...).changes("commitments")`), and drops it at sign-out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from assistant.services.account import Account
    from assistant.services.session import FirmView
    from assistant.ui.context import AppContext


class Feature(NamedTuple):  # not a dataclass: making one costs 3 ms before the first paint
    key: str
    source_title: str  # Chinese source text; `title()` translates it when shown, so the sidebar follows the language
    icon: str  # a QStyle.StandardPixmap name; resolved after the first paint (PySide builds enums on first use)
    page: Callable[[AppContext], QWidget]  # built when first opened (the first one right after the first paint)
    service: Callable[[Account], Any] | None = None  # created at sign-in, on a worker
    load: Callable[[Any, FirmView], Any] | None = None  # (service, firm) → the view its page shows; on a worker
    listens: frozenset[str] = frozenset()  # change kinds after which its view is loaded again

    def title(self) -> str:
        return QCoreApplication.translate("features", self.source_title)


def _home(context):
    from assistant.ui.home.page import HomePage

    return HomePage(context)


def _commitments_page(context):
    from assistant.ui.commitments.page import CommitmentsPage

    return CommitmentsPage(context)


def _commitments_service(account):
    from assistant.services.commitments import CommitmentsService

    return CommitmentsService(account)


def _commitments_view(service, firm):
    facts = {key: fact.value for key, fact in firm.facts.value.items()} if firm.facts else {}
    return service.view(firm.profile.value.uscc, facts)


def _policies_page(context):
    from assistant.ui.policies.page import PoliciesPage

    return PoliciesPage(context)


def _policies_service(account):
    from assistant.services.policies import PoliciesService

    return PoliciesService(account)


def _repair_page(context):
    from assistant.ui.repair.page import RepairPage

    return RepairPage(context)


def _repair_service(account):
    from assistant.services.repair import RepairService

    return RepairService(account)


def _reports_page(context):
    from assistant.ui.reports.page import ReportsPage

    return ReportsPage(context)


def _reports_service(account):
    from assistant.services.reports import ReportService

    return ReportService(account)


def _settings(context):
    from assistant.ui.settings.page import SettingsPage

    return SettingsPage(context)


FEATURES: tuple[Feature, ...] = (
    Feature("home", QT_TRANSLATE_NOOP("features", "首页"), "SP_DirHomeIcon", _home),
    Feature("commitments", QT_TRANSLATE_NOOP("features", "信用承诺"), "SP_FileDialogDetailedView", _commitments_page,
            service=_commitments_service, load=_commitments_view,
            listens=frozenset({"commitments", "drafts", "outbox"})),
    Feature("policies", QT_TRANSLATE_NOOP("features", "惠企政策"), "SP_DialogApplyButton", _policies_page,
            service=_policies_service, load=lambda service, firm: service.view(firm.profile.value.uscc),
            listens=frozenset({"policies", "declared", "grants"})),
    Feature("repair", QT_TRANSLATE_NOOP("features", "信用记录与修复"), "SP_BrowserReload", _repair_page,
            service=_repair_service, load=lambda service, firm: service.view(firm.profile.value.uscc),
            listens=frozenset({"repair", "drafts", "outbox"})),
    Feature("reports", QT_TRANSLATE_NOOP("features", "信用报告"), "SP_FileIcon", _reports_page,
            service=_reports_service, load=lambda service, firm: service.view(firm.profile.value.uscc),
            listens=frozenset({"reports", "outbox"})),
    Feature("settings", QT_TRANSLATE_NOOP("features", "设置"), "SP_FileDialogInfoView", _settings),
)


def feature(key: str) -> Feature:
    return FEATURES[position(key)]


def position(key: str) -> int:
    """The feature's row in the sidebar (and page index in the stack)."""
    return next(i for i, f in enumerate(FEATURES) if f.key == key)


def loaded_features() -> tuple[Feature, ...]:
    """The features that load a view per firm."""
    return tuple(f for f in FEATURES if f.load is not None)
