"""Staff pages of the help chat: the counsellor's console, the registration form of a
contact and the list of registrations."""

from __future__ import annotations

from django.urls import path

from signaal.web.helpline import views_console as views

app_name = "console"
urlpatterns = [
    path("console/", views.console, name="console"),
    path("console/registratie/<uuid:chat_id>/", views.register, name="register"),
    path("console/registraties/", views.registrations, name="registrations"),
]
