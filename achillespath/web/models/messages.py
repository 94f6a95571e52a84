"""Messages between a patient and their clinic, kept on the patient's record."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from achillespath.web.models.people import Patient


class Message(models.Model):
    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    body = models.TextField(max_length=5000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]
        indexes = [models.Index(fields=["patient", "created_at"], name="message_patient_thread")]

    def __str__(self) -> str:
        return f"message {self.created_at:%Y-%m-%d %H:%M}"
