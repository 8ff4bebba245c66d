"""Organisations and the accounts of the care professionals who work in them.

There is no Django admin and no permission table: what an account may do follows from its
role and its organisation, checked in the views (see decorators.py).
"""

from __future__ import annotations

from typing import Any, ClassVar

from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.db import models
from django.utils import timezone

from signaal.web.crypto import EncryptedTextField


def normalise_email(email: str) -> str:
    """The whole address in lower case, so that one person cannot hold two accounts by
    typing capitals (Django's own normalisation lower-cases the domain only)."""
    return email.strip().lower()


class Organisation(models.Model):
    name = models.CharField(max_length=200, unique=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering: ClassVar[list[str]] = ["name"]

    def __str__(self) -> str:
        return self.name


class Role(models.TextChoices):
    # labels are Dutch; templates show the bilingual text "accounts.role.<value>"
    PROFESSIONAL = "professional", "Professional"
    COORDINATOR = "coordinator", "Coördinator"
    ADMIN = "admin", "Beheerder"
    COUNSELLOR = "counsellor", "Adviseur"


class UserManager(BaseUserManager["User"]):
    def create_user(
        self,
        email: str,
        organisation: Organisation,
        role: Role | str,
        password: str | None = None,
        **extra: Any,
    ) -> User:
        user = self.model(
            email=normalise_email(email), organisation=organisation, role=Role(role), **extra
        )
        if password is None:
            # an account made without a password cannot log in until one is set
            user.set_unusable_password()
        else:
            user.set_password(password)
        user.save(using=self._db)
        return user

    def get_by_natural_key(self, username: str | None) -> User:
        return self.get(email=normalise_email(username or ""))


class User(AbstractBaseUser):
    email = models.EmailField(max_length=254, unique=True)
    display_name = models.CharField(max_length=200, blank=True)
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="users")
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.PROFESSIONAL)
    is_active = models.BooleanField(default=True)
    # demo accounts have published passwords and codes: never give one real data
    is_demo = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)

    # second factor: the secret is encrypted at rest; the last accepted time step makes
    # each code usable once (RFC 6238, section 5.2)
    totp_secret = EncryptedTextField(null=True, blank=True)
    totp_confirmed_at = models.DateTimeField(null=True, blank=True)
    last_totp_step = models.BigIntegerField(default=0)

    # lockout after too many wrong passwords or codes (settings.LOGIN_LOCKOUT_*)
    failed_logins = models.PositiveIntegerField(default=0)
    locked_until = models.DateTimeField(null=True, blank=True)

    objects: ClassVar[UserManager] = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = []

    class Meta:
        ordering: ClassVar[list[str]] = ["email"]

    def __str__(self) -> str:
        return self.email

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.email = normalise_email(self.email)
        super().save(*args, **kwargs)

    @property
    def has_second_factor(self) -> bool:
        return bool(self.totp_secret) and self.totp_confirmed_at is not None

    @property
    def is_professional(self) -> bool:
        return self.role == Role.PROFESSIONAL

    @property
    def is_coordinator(self) -> bool:
        return self.role == Role.COORDINATOR

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN

    @property
    def is_counsellor(self) -> bool:
        return self.role == Role.COUNSELLOR
