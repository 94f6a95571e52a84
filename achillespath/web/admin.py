"""The Django admin at /admin/, for staff only: clinics, accounts, invitations, feedback on the
patient information (for its content owners) and (read-only) the audit log. Clinical records
are deliberately absent: they are read only through achillespath.web.access, which audits
every access."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.http import HttpRequest

from achillespath.web.models import AuditEvent, Clinic, ContentFeedback, Invitation, User


@admin.register(Clinic)
class ClinicAdmin(admin.ModelAdmin[Clinic]):
    list_display = ("name", "slug", "is_public", "visa_a_mcid", "visa_a_interval_weeks")
    prepopulated_fields = {"slug": ("name",)}


@admin.register(User)
class UserAdmin(DjangoUserAdmin[User]):
    ordering = ("email",)
    list_display = ("email", "first_name", "role", "clinic", "is_active", "is_staff")
    list_filter = ("role", "clinic", "is_active", "is_staff")
    search_fields = ("email", "first_name", "last_name")
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        ("Person", {"fields": ("first_name", "last_name", "role", "clinic")}),
        ("Permissions", {"fields": ("is_active", "is_staff", "is_superuser", "groups")}),
        ("Dates", {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = (
        (
            None,
            {"classes": ("wide",), "fields": ("email", "role", "clinic", "password1", "password2")},
        ),
    )


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin[Invitation]):
    list_display = ("email", "role", "clinic", "expires_at", "used_at")
    list_filter = ("role", "clinic")
    readonly_fields = ("token", "used_at", "revoked_at", "revoked_by")


@admin.register(ContentFeedback)
class ContentFeedbackAdmin(admin.ModelAdmin[ContentFeedback]):
    """What readers said about each page of patient information, newest first."""

    list_display = ("created_at", "item_id", "helpful", "comment")
    list_filter = ("helpful", "item_id")
    search_fields = ("comment",)
    readonly_fields = ("item_id", "helpful", "comment", "user", "created_at")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin[AuditEvent]):
    list_display = ("at", "actor_email", "role", "action", "object_type", "object_id", "ip")
    list_filter = ("action", "role")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
