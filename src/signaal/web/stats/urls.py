from __future__ import annotations

from django.urls import path

from signaal.web.stats import views

app_name = "stats"
urlpatterns = [
    path("statistieken/", views.overview, name="overview"),
    path("statistieken/<int:year>/cijfers.csv", views.figures_csv, name="csv"),
    path("statistieken/<int:year>/rapport.pdf", views.report_pdf, name="pdf"),
]
