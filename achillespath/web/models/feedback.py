""" "Was this page helpful?" answers about knowledge-base pages, for the content owners."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class ContentFeedback(models.Model):
    """`item_id` is the knowledge-base item's id; `user` is empty for anonymous readers."""

    item_id = models.CharField(max_length=120)
    helpful = models.BooleanField()
    comment = models.TextField(max_length=2000, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["item_id", "-created_at"], name="feedback_item_latest")]

    def __str__(self) -> str:
        return f"{'helpful' if self.helpful else 'not helpful'}: {self.item_id}"
