"""The storage adapter: one module per concept. Import models from here.

Domain logic stays in the clinical core; these models store its inputs and decisions.
"""

from __future__ import annotations

from achillespath.web.models.api_tokens import ApiToken as ApiToken
from achillespath.web.models.assessments import Assessment
from achillespath.web.models.audit import AppendOnlyError, AuditAction, AuditEvent
from achillespath.web.models.clinics import PUBLIC_CLINIC_SLUG, SECOND_LINE_SERVICES, Clinic
from achillespath.web.models.feedback import ContentFeedback
from achillespath.web.models.measures import PainContext, PainRecord, VisaAResponse
from achillespath.web.models.messages import Message
from achillespath.web.models.people import Invitation, Patient, Role, Side, User
from achillespath.web.models.programmes import ExerciseLog, Prescription, Programme
from achillespath.web.models.reviews import WarningSignReview
from achillespath.web.models.treatments import TreatmentEpisode

__all__ = [
    "PUBLIC_CLINIC_SLUG",
    "SECOND_LINE_SERVICES",
    "AppendOnlyError",
    "Assessment",
    "AuditAction",
    "AuditEvent",
    "Clinic",
    "ContentFeedback",
    "ExerciseLog",
    "Invitation",
    "Message",
    "PainContext",
    "PainRecord",
    "Patient",
    "Prescription",
    "Programme",
    "Role",
    "Side",
    "TreatmentEpisode",
    "User",
    "VisaAResponse",
    "WarningSignReview",
]
