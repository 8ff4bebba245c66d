from __future__ import annotations

from django.urls import path

from signaal.web.public import quickscan, views

app_name = "public"
urlpatterns = [
    path("", views.home, name="home"),
    path("kennisbank/", views.articles, name="articles"),
    path("kennisbank/<slug:slug>/", views.article, name="article"),
    path("hulp/", views.referrals, name="referrals"),
    path("snel-weg/", views.quick_exit_info, name="quick-exit-info"),
    path("quickscan/", quickscan.intro, name="quickscan"),
    path("quickscan/vragen/", quickscan.questions, name="quickscan-questions"),
    path("quickscan/pdf/", quickscan.pdf, name="quickscan-pdf"),
]
