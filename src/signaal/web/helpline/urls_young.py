"""The young person's help chat pages (no account): the list and one organisation's chat."""

from __future__ import annotations

from django.urls import path

from signaal.web.helpline import views_young

app_name = "hulpchat"
urlpatterns = [
    path("hulpchat/", views_young.index, name="index"),
    path("hulpchat/<int:organisation_id>/", views_young.chat, name="chat"),
    path("hulpchat/<int:organisation_id>/exit/", views_young.quick_exit, name="exit"),
]
