from __future__ import annotations

from django.urls import path

from signaal.web.screening import views

app_name = "screening"
urlpatterns = [
    path("clienten/", views.clients, name="clients"),
    path("clienten/<uuid:client_id>/", views.client, name="client"),
    path("clienten/<uuid:client_id>/screening/", views.start, name="start"),
    path("screenings/<uuid:screening_id>/stap/<int:number>/", views.step, name="step"),
    path("screenings/<uuid:screening_id>/uitkomst/", views.result, name="result"),
    path("screenings/<uuid:screening_id>/rapport.pdf", views.report, name="report"),
]
