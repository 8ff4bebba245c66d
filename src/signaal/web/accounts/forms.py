"""Forms of the login steps. They only bound and clean the input; the checks live in
signin.py and totp.py, and the views choose the (bilingual) message."""

from __future__ import annotations

from django import forms

# generous, but a bound on what gets hashed
PASSWORD_MAX = 1024
CODE_MAX = 16  # six digits, plus the spaces some apps show


class LoginForm(forms.Form):
    email = forms.CharField(max_length=254, strip=True)
    password = forms.CharField(max_length=PASSWORD_MAX, strip=False)

    def is_incomplete(self) -> bool:
        """Whether a field was left empty (as opposed to filled in wrongly)."""
        return not str(self.data.get("email", "")).strip() or not self.data.get("password")


class CodeForm(forms.Form):
    code = forms.CharField(max_length=CODE_MAX, strip=True)
