"""URLs of the clinic admin pages and referral letters, in the "clinician" namespace.

clinic (settings), invite, invitation, invitation-resend and invitation-revoke (with `pk`),
audit-log and audit-log-csv, api-keys and api-key-revoke (with `token_id`): clinic admins only.
referral-letter (with `patient_id`; ?for=gp|physio|specialist): clinicians and clinic admins of
the patient's clinic.
"""

from __future__ import annotations

from django.urls import URLPattern, URLResolver, path

from achillespath.web.views.clinician import api_keys, audit_log, clinic, invitations, referral

urlpatterns: list[URLPattern | URLResolver] = [
    path("settings/", clinic.clinic_settings, name="clinic"),
    path("invitations/", invitations.invite, name="invite"),
    path("invitations/<int:pk>/", invitations.invitation_page, name="invitation"),
    path(
        "invitations/<int:pk>/send-again/",
        invitations.resend_invitation,
        name="invitation-resend",
    ),
    path("invitations/<int:pk>/revoke/", invitations.revoke_invitation, name="invitation-revoke"),
    path("audit-log/", audit_log.audit_log, name="audit-log"),
    path("audit-log.csv", audit_log.audit_log_csv, name="audit-log-csv"),
    path("api-keys/", api_keys.clinic_api_keys, name="api-keys"),
    path(
        "api-keys/<int:token_id>/revoke/",
        api_keys.revoke_clinic_api_key,
        name="api-key-revoke",
    ),
    path(
        "patients/<int:patient_id>/referral-letter/",
        referral.referral_letter_pdf,
        name="referral-letter",
    ),
]
