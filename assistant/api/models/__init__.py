"""Wire models of platform API v1 (DESIGN.md §4), one module per feature, shared by the client and the sandbox.

Responses tolerate unknown fields (a newer platform may add some); money travels as decimal strings. Every model is
re-exported here, so `from assistant.api.models import Commitment` works whichever module defines it.
"""

from assistant.api.models.auth import FirmRef, LoginRequest, LogoutRequest, Me, RefreshRequest, TokenPair
from assistant.api.models.base import FieldError, Money, MultilineText, Problem, Text, Wire, WireDate
from assistant.api.models.commitments import (
    Commitment,
    CommitmentList,
    CommitmentRequest,
    CommitmentStatus,
    CommitmentTemplate,
    DueItem,
    FieldKind,
    MissingMaterial,
    PublicCommitment,
    TemplateField,
    TemplateList,
)
from assistant.api.models.firms import CalendarYear, CreditLevel, Fact, FirmProfile, LegalRepresentative
from assistant.api.models.policies import (
    Benefit,
    ConditionOutcome,
    Eligibility,
    Grant,
    GrantStatus,
    Policy,
    PolicyList,
    PolicyWindow,
)
from assistant.api.models.repair import (
    Agent,
    CaseDue,
    CaseFile,
    ClassPeriod,
    Contact,
    CreditRecord,
    FineBand,
    MaterialSlot,
    Objection,
    ObjectionList,
    ObjectionRequest,
    Penalty,
    Performed,
    Publication,
    RecordList,
    Repair,
    RepairApplication,
    RepairBlock,
    RepairCommitment,
    RepairList,
    RepairReason,
    RepairRule,
    RepairRules,
    SectorOverride,
    TimeLimits,
    TimelineStep,
)
from assistant.api.models.reports import (
    Edition,
    Purpose,
    Quota,
    Report,
    ReportData,
    ReportFirm,
    ReportList,
    ReportPeriod,
    ReportRequest,
    ReportRow,
    ReportSection,
    ReportVerification,
    SummaryCount,
)

__all__ = [
    "Benefit", "CalendarYear", "Commitment", "CommitmentList", "CommitmentRequest", "CommitmentStatus",
    "CommitmentTemplate", "ConditionOutcome", "CreditLevel", "DueItem", "Eligibility", "Fact", "FieldError",
    "FieldKind", "FirmProfile", "FirmRef", "Grant", "GrantStatus", "LegalRepresentative", "LoginRequest",
    "LogoutRequest", "Me", "MissingMaterial", "Money", "MultilineText", "Policy", "PolicyList", "PolicyWindow",
    "Problem", "PublicCommitment", "RefreshRequest", "TemplateField", "TemplateList", "Text", "TokenPair", "Wire",
    "WireDate",
    "Agent", "CaseDue", "CaseFile", "ClassPeriod", "Contact", "CreditRecord", "FineBand", "MaterialSlot", "Objection", "ObjectionList", "ObjectionRequest", "Penalty", "Performed", "Publication", "RecordList", "Repair", "RepairApplication", "RepairBlock", "RepairCommitment", "RepairList", "RepairReason", "RepairRule", "RepairRules", "SectorOverride", "TimeLimits", "TimelineStep",
    "Edition", "Purpose", "Quota", "Report", "ReportData", "ReportFirm", "ReportList", "ReportPeriod", "ReportRequest",
    "ReportRow", "ReportSection", "ReportVerification", "SummaryCount",
]
