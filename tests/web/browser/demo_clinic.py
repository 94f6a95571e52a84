"""The clinic the page checks run against: the demo data a newcomer clicks through (`make run`),
plus three invitations: one waiting to be used, one revoked and one expired, and a heel-lift
episode on the demo patient's record (the demo records none: its programmes are prescribed).
Import as `web.browser.demo_clinic`.

The demo has a patient three weeks into a programme with logs, VISA-A scores, a saved symptom
check and messages, and a caseload showing every kind of flag, so the pages are full.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone

from achillespath.web.demo import load_demo
from achillespath.web.models import ApiToken, Invitation, Patient, Role, TreatmentEpisode, User

LEARN_ITEM = "faq"
CHART = "pain"


@dataclass(frozen=True)
class DemoClinic:
    patient: User
    clinician: User
    admin: User
    record: Patient
    """The demo patient's own record (Alex Morgan)."""
    invitations: dict[str, Invitation]
    """The clinic's invitations by state: "waiting", "revoked" and "expired"."""
    values: dict[str, object]
    """Path parameters by name, pointing at the demo patient's records and the waiting
    invitation."""

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
    admin = users[Role.CLINIC_ADMIN]
    episode = TreatmentEpisode.objects.create(
        patient=record,
        kind="heel_lifts",
        side=record.side,
        start_date=today - timedelta(days=30),
        recorded_by=users[Role.CLINICIAN],
    )

    def invite(email: str, **fields: object) -> Invitation:
        return Invitation.objects.create(
            clinic=record.clinic, role=Role.PATIENT, email=email, invited_by=admin, **fields
        )

    invitations = {
        "waiting": invite("new.patient@example.org"),
        "revoked": invite("changed.mind@example.org"),
        "expired": invite("too.late@example.org", expires_at=timezone.now() - timedelta(days=1)),
    }
    invitations["revoked"].revoke(by=admin)
    # API keys in every state, so their pages show a table (the patient's) to check.
    now = timezone.now()
    ApiToken.objects.issue(users[Role.PATIENT], "Running app")[0].mark_used(now)
    ApiToken.objects.issue(users[Role.PATIENT], "Old phone")[0].revoke(now)
    ApiToken.objects.issue(users[Role.CLINICIAN], "Caseload script")
    values: dict[str, object] = {
        "patient_id": record.pk,
        "assessment_id": record.assessments.latest("created_at").pk,
        "response_id": record.visa_a_responses.latest("taken_on").pk,
        "episode_id": episode.pk,
        "pk": invitations["waiting"].pk,
        "token": invitations["waiting"].token,
        "day": (today - timedelta(days=1)).isoformat(),
        "item_id": LEARN_ITEM,
        "chart": CHART,
    }
    return DemoClinic(
        patient=users[Role.PATIENT],
        clinician=users[Role.CLINICIAN],
        admin=admin,
        record=record,
        invitations=invitations,
        values=values,
    )
