"""What the audit log says about a patient's record, for tests of the views that write it."""

from __future__ import annotations

from achillespath.web.models import AuditEvent, Patient


def audit_trail(patient: Patient) -> list[tuple[str, str, str]]:
    """Each event on the record, oldest first: (action, object_type, object_id)."""
    events = AuditEvent.objects.filter(patient_id=patient.pk).order_by("at", "id")
    return list(events.values_list("action", "object_type", "object_id"))
