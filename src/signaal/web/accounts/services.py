"""Creating organisations and accounts, and the demo set-up; used by the CLI and the tests.

Every problem with the input is collected before raising, and each names the field it is
about, in Dutch and English (``AccountError.render``; ``str()`` gives English).
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from collections.abc import Sequence
from typing import NamedTuple

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from signaal.core.i18n import Lang, LocalText
from signaal.web.accounts import totp
from signaal.web.accounts.models import Organisation, Role, User, normalise_email

NAME_MAX = 200
EMAIL_MAX = 254


class FieldProblem(NamedTuple):
    field: str
    message: LocalText


class FieldErrors(ValueError):
    """A request that cannot be done as asked, one problem per field; ``render`` gives the
    problems in one language, ``str()`` in English (for logs that never hold content)."""

    def __init__(self, problems: Sequence[FieldProblem]) -> None:
        if not problems:
            name = type(self).__name__
            article = "an" if name[0] in "AEIOU" else "a"
            raise ValueError(f"{article} {name} needs at least one problem")
        self.problems = tuple(problems)
        super().__init__(self.render(Lang.EN))

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(p.field for p in self.problems)

    def render(self, lang: Lang = Lang.NL) -> str:
        return "\n".join(f"{p.field}: {p.message.get(lang)}" for p in self.problems)


class AccountError(FieldErrors):
    """Input for an organisation or account that cannot be used, one problem per field."""


def _fail(field: str, nl: str, en: str) -> AccountError:
    return AccountError([FieldProblem(field, LocalText(nl, en))])


# --- organisations ---------------------------------------------------------------------


def create_organisation(name: str) -> Organisation:
    name = " ".join(name.split())  # no stray or doubled spaces in a name people pick from
    if not name:
        raise _fail(
            "name", "De naam van de organisatie is leeg.", "The organisation name is empty."
        )
    if len(name) > NAME_MAX:
        raise _fail(
            "name",
            f"De naam van de organisatie is langer dan {NAME_MAX} tekens.",
            f"The organisation name is longer than {NAME_MAX} characters.",
        )
    # "Jeugdzorg Noord" and "jeugdzorg noord" would be one organisation to a person
    if Organisation.objects.filter(name__iexact=name).exists():
        raise _organisation_exists(name)
    try:
        with transaction.atomic():
            return Organisation.objects.create(name=name)
    except IntegrityError:  # created by someone else just now
        raise _organisation_exists(name) from None


def _organisation_exists(name: str) -> AccountError:
    return _fail(
        "name", f"Organisatie '{name}' bestaat al.", f"Organisation '{name}' already exists."
    )


# --- accounts --------------------------------------------------------------------------

# no 0/O, 1/l/I: a generated password is often read out or typed over from a screen
_READABLE_CHARACTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def generate_password() -> str:
    """24 random characters (about 137 bits) in four groups, e.g. ``aB3dEf-...``."""
    groups = ("".join(secrets.choice(_READABLE_CHARACTERS) for _ in range(6)) for _ in range(4))
    return "-".join(groups)


def create_user(
    email: str,
    *,
    organisation_name: str,
    role: Role | str,
    password: str | None = None,
    demo: bool = False,
    display_name: str = "",
) -> tuple[User, str]:
    """A new account and its password (generated when ``password`` is None).

    The account has no second factor yet: it sets one up at its first login.
    """
    email = normalise_email(email)
    problems: list[FieldProblem] = []
    problems += _email_problems(email)
    organisation = Organisation.objects.filter(name__iexact=" ".join(organisation_name.split()))
    found = organisation.first()
    if found is None:
        problems.append(
            FieldProblem(
                "organisation",
                LocalText(
                    f"Organisatie '{organisation_name}' bestaat niet. Maak die eerst aan.",
                    f"Organisation '{organisation_name}' does not exist. Create it first.",
                ),
            )
        )
    chosen_role = _role(role, problems)
    password = generate_password() if password is None else password
    candidate = User(email=email, display_name=display_name)
    problems += _password_problems(password, candidate)
    if problems or found is None or chosen_role is None:
        raise AccountError(problems)
    try:
        with transaction.atomic():
            user = User.objects.create_user(
                email,
                found,
                chosen_role,
                password,
                display_name=display_name,
                is_demo=demo,
            )
    except IntegrityError:  # the same address, added by someone else just now
        raise AccountError([_duplicate(email)]) from None
    return user, password


def _email_problems(email: str) -> list[FieldProblem]:
    try:
        validate_email(email)
    except ValidationError:
        return [
            FieldProblem(
                "email",
                LocalText(
                    f"'{email}' is geen geldig e-mailadres.",
                    f"'{email}' is not a valid e-mail address.",
                ),
            )
        ]
    if len(email) > EMAIL_MAX:
        return [
            FieldProblem(
                "email",
                LocalText(
                    f"Het e-mailadres is langer dan {EMAIL_MAX} tekens.",
                    f"The e-mail address is longer than {EMAIL_MAX} characters.",
                ),
            )
        ]
    if User.objects.filter(email=email).exists():
        return [_duplicate(email)]
    return []


def _duplicate(email: str) -> FieldProblem:
    return FieldProblem(
        "email",
        LocalText(
            f"Er is al een account met '{email}'.",
            f"An account with '{email}' already exists.",
        ),
    )


def _role(role: Role | str, problems: list[FieldProblem]) -> Role | None:
    try:
        return Role(role)
    except ValueError:
        allowed = ", ".join(Role.values)
        problems.append(
            FieldProblem(
                "role",
                LocalText(
                    f"'{role}' is geen rol. Kies uit: {allowed}.",
                    f"'{role}' is not a role. Choose from: {allowed}.",
                ),
            )
        )
        return None


# Django's own messages for its validators are not all translated into Dutch; these are
# ours, by the validator's error code. Another validator's message is used as Django gives it.
_PASSWORD_MESSAGES: dict[str, LocalText] = {
    "password_too_short": LocalText(
        "Het is korter dan {min_length} tekens.", "It is shorter than {min_length} characters."
    ),
    "password_too_common": LocalText(
        "Het staat in een lijst van veelgebruikte wachtwoorden.",
        "It is in a list of commonly used passwords.",
    ),
    "password_entirely_numeric": LocalText(
        "Het bestaat alleen uit cijfers.", "It consists of digits only."
    ),
    "password_too_similar": LocalText(
        "Het lijkt te veel op het e-mailadres of de naam.",
        "It is too similar to the e-mail address or the name.",
    ),
}


def _password_problems(password: str, user: User) -> list[FieldProblem]:
    """Django's password validators (settings.AUTH_PASSWORD_VALIDATORS), in both languages."""
    try:
        validate_password(password, user)
    except ValidationError as exc:
        reasons = [_password_message(error) for error in exc.error_list]
    else:
        return []
    nl = " ".join(r.nl for r in reasons)
    en = " ".join(r.en for r in reasons)
    return [
        FieldProblem(
            "password",
            LocalText(
                f"Het wachtwoord is niet goed genoeg. {nl}",
                f"The password is not good enough. {en}",
            ),
        )
    ]


def _password_message(error: ValidationError) -> LocalText:
    params = error.params if isinstance(error.params, dict) else {}
    known = _PASSWORD_MESSAGES.get(error.code or "")
    if known is not None:
        return known.format(**params)

    def in_language(lang: Lang) -> str:
        with translation.override(lang.value):
            message = str(error.message)
        return message % params if params else message

    return LocalText(in_language(Lang.NL), in_language(Lang.EN))


# --- demo ------------------------------------------------------------------------------

DEMO_ORGANISATION = "Demo Jeugdzorg"
DEMO_OTHER_ORGANISATION = "Demo Andere Organisatie"
# published on purpose: demo accounts exist to be tried; they must never hold real data
DEMO_PASSWORD = "Signaal-demo-wachtwoord"  # noqa: S105


class DemoAccount(NamedTuple):
    email: str
    password: str
    role: Role
    totp_secret: str


_DEMO_USERS: tuple[tuple[str, Role, str, str], ...] = (
    ("professional@demo.signaal.test", Role.PROFESSIONAL, DEMO_ORGANISATION, "Demo Professional"),
    ("collega@demo.signaal.test", Role.PROFESSIONAL, DEMO_ORGANISATION, "Demo Collega"),
    ("coordinator@demo.signaal.test", Role.COORDINATOR, DEMO_ORGANISATION, "Demo Coördinator"),
    ("admin@demo.signaal.test", Role.ADMIN, DEMO_ORGANISATION, "Demo Beheerder"),
    ("hulpverlener@demo.signaal.test", Role.COUNSELLOR, DEMO_ORGANISATION, "Demo Hulpverlener"),
    ("hulpverlener2@demo.signaal.test", Role.COUNSELLOR, DEMO_ORGANISATION, "Demo Hulpverlener 2"),
    ("anders@demo.signaal.test", Role.PROFESSIONAL, DEMO_OTHER_ORGANISATION, "Demo Anders"),
)


def demo_secret(email: str) -> str:
    """The fixed TOTP secret of a demo account: derived from its address, so it is the same
    on every installation and can be printed next to the password."""
    digest = hashlib.sha256(f"signaal-demo-totp:{email}".encode()).digest()[:20]
    return base64.b32encode(digest).decode("ascii")


def ensure_demo() -> list[DemoAccount]:
    """Create the demo organisations and accounts, or put them back in their known state
    (password, second factor, role, unlocked). Running it again changes nothing else.

    A real (non-demo) account with a demo address is never touched: that is an error.
    """
    accounts: list[DemoAccount] = []
    with transaction.atomic():
        organisations = {
            name: Organisation.objects.get_or_create(name=name)[0]
            for name in (DEMO_ORGANISATION, DEMO_OTHER_ORGANISATION)
        }
        for email, role, organisation_name, display_name in _DEMO_USERS:
            user = User.objects.filter(email=email).first()
            if user is not None and not user.is_demo:
                raise _fail(
                    "email",
                    f"'{email}' is een echt account, geen demo-account; het blijft ongewijzigd.",
                    f"'{email}' is a real account, not a demo account; it is left unchanged.",
                )
            if user is None:
                user = User(email=email)
            secret = demo_secret(email)
            user.organisation = organisations[organisation_name]
            user.role = role
            user.display_name = display_name
            user.is_demo = user.is_active = True
            user.failed_logins, user.locked_until = 0, None
            if user.totp_secret != secret or user.totp_confirmed_at is None:
                user.totp_secret = secret
                user.totp_confirmed_at = timezone.now()
            # setting the same password again would change the hash and so end every open
            # session of the demo account
            if not user.check_password(DEMO_PASSWORD):
                user.set_password(DEMO_PASSWORD)
            user.save()
            accounts.append(DemoAccount(email, DEMO_PASSWORD, role, secret))
        # the demo organisation's help chat: always open, with canned responses
        from signaal.web.helpline.demo import ensure_demo_helpline

        ensure_demo_helpline(organisations[DEMO_ORGANISATION])
    return accounts


def current_demo_code(email: str) -> str:
    """The code a demo account's app would show now; refused for every other account, so
    this can never be used to get past a real person's second factor."""
    email = normalise_email(email)
    user = User.objects.filter(email=email, is_demo=True).first()
    if user is None or not user.totp_secret:
        raise _fail(
            "email",
            f"'{email}' is geen demo-account; codes worden alleen voor demo-accounts getoond.",
            f"'{email}' is not a demo account; codes are shown for demo accounts only.",
        )
    return totp.current_code(user.totp_secret)
