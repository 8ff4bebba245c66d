"""Forms of the professional part: a client record, and finalising a screening."""

from __future__ import annotations

import datetime as dt
import re

from django import forms
from django.utils import timezone

from signaal.web.screening.models import Gender

CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,39}$")


class ClientForm(forms.Form):
    code = forms.CharField(max_length=40)
    birth_year = forms.IntegerField(required=False)
    gender = forms.ChoiceField(choices=[("", "—"), *Gender.choices], required=False)

    def clean_code(self) -> str:
        code: str = self.cleaned_data["code"].strip()
        if not CODE.match(code):
            raise forms.ValidationError("code", code="code")
        return code

    def clean_birth_year(self) -> int | None:
        year: int | None = self.cleaned_data.get("birth_year")
        this_year = timezone.localdate().year
        if year is not None and not this_year - 30 <= year <= this_year:
            raise forms.ValidationError("birth_year", code="birth_year")
        return year


class FinaliseForm(forms.Form):
    judgement = forms.CharField(min_length=20, max_length=10_000)
    rescreen_on = forms.DateField()

    def clean_rescreen_on(self) -> dt.date:
        day: dt.date = self.cleaned_data["rescreen_on"]
        today = timezone.localdate()
        if not today < day <= today + dt.timedelta(days=730):
            raise forms.ValidationError("rescreen_on", code="rescreen_on")
        return day
