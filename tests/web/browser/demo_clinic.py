"""The clinic the page checks run against: the demo data a newcomer clicks through (`make run`),
plus an invitation waiting to be used. Import as `web.browser.demo_clinic`.

The demo has a patient three weeks into a programme with logs, VISA-A scores, a saved symptom
check and messages, and a caseload showing every kind of flag, so the pages are full.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone

from achillespath.web.demo import load_demo
from achillespath.web.models import Invitation, Patient, Role, User

LEARN_ITEM = "faq"
CHART = "pain"


@dataclass(frozen=True)
class DemoClinic:
    patient: User
    clinician: User
    admin: User
    record: Patient
    """The demo patient's own record (Alex Morgan)."""
    values: dict[str, object]
    """Path parameters by name, pointing at the demo patient's records."""

    def user(self, role: str) -> User | None:
        """The demo login for a role ("patient", "clinician", "admin"); None for "anonymous"."""
        users: dict[str, User | None] = {
            "anonymous": None,
            "patient": self.patient,
            "clinician": self.clinician,
            "admin": self.admin,
        }
        return users[role]


def seed_demo_clinic() -> DemoClinic:
    today = timezone.localdate()
    logins = {login.role: login.email for login in load_demo(today)}
    users = {role: User.objects.get(email=email) for role, email in logins.items()}
    record = Patient.objects.get(user=users[Role.PATIENT])
    invitation = Invitation.objects.create(
        clinic=record.clinic,
        role=Role.PATIENT,
        email="new.patient@example.org",
        invited_by=users[Role.CLINIC_ADMIN],
    )
    values: dict[str, object] = {
        "patient_id": record.pk,
        "assessment_id": record.assessments.latest("created_at").pk,
        "response_id": record.visa_a_responses.latest("taken_on").pk,
        "pk": invitation.pk,
        "token": invitation.token,
        "day": (today - timedelta(days=1)).isoformat(),
        "item_id": LEARN_ITEM,
        "chart": CHART,
    }
    return DemoClinic(
        patient=users[Role.PATIENT],
        clinician=users[Role.CLINICIAN],
        admin=users[Role.CLINIC_ADMIN],
        record=record,
        values=values,
    )
