"""The site's URLs. Each area owns its own url module, included here.

Names defined here: home, login, logout, register, signup (with `token`), intended-purpose,
healthz. Areas: patient:* at /, clinician:* at /clinic/, api:* at /api/, Django admin at /admin/.
"""

from __future__ import annotations

from django.contrib import admin
from django.urls import include, path

from achillespath.web.views import auth, health, home

urlpatterns = [
    path("", home.home, name="home"),
    path("about/intended-purpose/", home.intended_purpose, name="intended-purpose"),
    path("healthz", health.healthz, name="healthz"),
    path("accounts/login/", auth.AchillesLoginView.as_view(), name="login"),
    path("accounts/logout/", auth.AchillesLogoutView.as_view(), name="logout"),
    path("accounts/register/", auth.register, name="register"),
    path("accounts/invitation/<str:token>/", auth.signup_with_invitation, name="signup"),
    path("admin/", admin.site.urls),
    path("clinic/", include("achillespath.web.views.clinician.urls")),
    path("api/", include("achillespath.web.api.urls")),
    path("", include("achillespath.web.views.patient.urls")),
]
