from __future__ import annotations

from django.urls import path

from signaal.web.accounts import views

app_name = "accounts"
urlpatterns = [
    path("inloggen/", views.login, name="login"),
    path("inloggen/code/", views.code, name="totp"),
    path("inloggen/instellen/", views.enrol, name="enrol"),
    path("uitloggen/", views.logout, name="logout"),
]
