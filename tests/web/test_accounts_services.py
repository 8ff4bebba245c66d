"""Creating organisations and accounts (used by the CLI), and the demo set-up."""

from __future__ import annotations

import pyotp
import pytest
from django.contrib.auth.password_validation import validate_password
from django.test import Client

from signaal.core.i18n import Lang
from signaal.web.accounts import services
from signaal.web.accounts.models import Organisation, Role, User
from signaal.web.accounts.services import (
    DEMO_PASSWORD,
    AccountError,
    create_organisation,
    create_user,
    current_demo_code,
    ensure_demo,
)
from tests.web.conftest import PASSWORD, submit_code, submit_password

pytestmark = pytest.mark.django_db

STRONG = "een-sterk-genoeg-wachtwoord"


@pytest.fixture
def jeugdzorg(db: None) -> Organisation:
    return create_organisation("Jeugdzorg Noord")


# --- organisations ---------------------------------------------------------------------


def test_it_creates_an_organisation(db: None) -> None:
    organisation = create_organisation("  Jeugdzorg   Noord ")

    assert organisation.name == "Jeugdzorg Noord"
    assert Organisation.objects.get().pk == organisation.pk


def test_it_refuses_an_existing_organisation__error(jeugdzorg: Organisation) -> None:
    with pytest.raises(AccountError) as caught:
        create_organisation("jeugdzorg noord")

    assert str(caught.value) == "name: Organisation 'jeugdzorg noord' already exists."
    assert caught.value.render(Lang.NL) == "name: Organisatie 'jeugdzorg noord' bestaat al."
    assert isinstance(caught.value, ValueError)
    assert Organisation.objects.count() == 1


def test_it_refuses_an_empty_organisation_name__error(db: None) -> None:
    with pytest.raises(AccountError) as caught:
        create_organisation("   ")

    assert str(caught.value) == "name: The organisation name is empty."
    assert caught.value.render() == "name: De naam van de organisatie is leeg."


def test_it_refuses_a_too_long_organisation_name__error(db: None) -> None:
    with pytest.raises(AccountError) as caught:
        create_organisation("x" * 201)

    assert str(caught.value) == "name: The organisation name is longer than 200 characters."


# --- accounts --------------------------------------------------------------------------


def test_it_creates_an_account_with_the_given_password(jeugdzorg: Organisation) -> None:
    user, password = create_user(
        "Iemand@Example.TEST",
        organisation_name="Jeugdzorg Noord",
        role="coordinator",
        password=STRONG,
    )

    assert password == STRONG
    assert user.email == "iemand@example.test"
    assert user.organisation == jeugdzorg
    assert user.role == Role.COORDINATOR
    assert user.is_coordinator
    assert not user.is_demo
    assert user.is_active
    assert user.check_password(STRONG)
    assert user.totp_secret is None
    assert not user.has_second_factor


def test_it_generates_a_strong_password_when_none_is_given(jeugdzorg: Organisation) -> None:
    user, password = create_user(
        "iemand@example.test", organisation_name="Jeugdzorg Noord", role=Role.PROFESSIONAL
    )

    assert len(password) >= 20
    assert user.check_password(password)
    validate_password(password, user)
    second = services.generate_password()
    assert second != password
    assert not set(second) & set("0O1lI")


def test_it_hashes_passwords_with_argon2(jeugdzorg: Organisation) -> None:
    user, _ = create_user(
        "iemand@example.test",
        organisation_name="Jeugdzorg Noord",
        role="professional",
        password=STRONG,
    )

    assert user.password.startswith("argon2")
    assert STRONG not in user.password


def test_it_marks_a_demo_account(jeugdzorg: Organisation) -> None:
    user, _ = create_user(
        "demo@example.test",
        organisation_name="Jeugdzorg Noord",
        role="professional",
        demo=True,
    )

    assert user.is_demo


def test_it_refuses_an_unknown_organisation__error(db: None) -> None:
    with pytest.raises(AccountError) as caught:
        create_user("iemand@example.test", organisation_name="Bestaat Niet", role="professional")

    assert str(caught.value) == (
        "organisation: Organisation 'Bestaat Niet' does not exist. Create it first."
    )
    assert caught.value.render(Lang.NL) == (
        "organisation: Organisatie 'Bestaat Niet' bestaat niet. Maak die eerst aan."
    )
    assert User.objects.count() == 0


def test_it_refuses_an_unknown_role_and_lists_the_roles__error(jeugdzorg: Organisation) -> None:
    with pytest.raises(AccountError) as caught:
        create_user("iemand@example.test", organisation_name="Jeugdzorg Noord", role="baas")

    assert str(caught.value) == (
        "role: 'baas' is not a role. Choose from: professional, coordinator, admin, counsellor."
    )
    assert caught.value.render(Lang.NL) == (
        "role: 'baas' is geen rol. Kies uit: professional, coordinator, admin, counsellor."
    )


def test_it_refuses_an_invalid_e_mail_address__error(jeugdzorg: Organisation) -> None:
    with pytest.raises(AccountError) as caught:
        create_user("geen-adres", organisation_name="Jeugdzorg Noord", role="professional")

    assert str(caught.value) == "email: 'geen-adres' is not a valid e-mail address."
    assert caught.value.render(Lang.NL) == "email: 'geen-adres' is geen geldig e-mailadres."


def test_it_refuses_a_duplicate_e_mail_address_in_any_case__error(
    jeugdzorg: Organisation,
) -> None:
    create_user("iemand@example.test", organisation_name="Jeugdzorg Noord", role="professional")

    with pytest.raises(AccountError) as caught:
        create_user("IEMAND@example.test", organisation_name="Jeugdzorg Noord", role="admin")

    assert str(caught.value) == "email: An account with 'iemand@example.test' already exists."
    assert caught.value.render(Lang.NL) == (
        "email: Er is al een account met 'iemand@example.test'."
    )
    assert User.objects.count() == 1


def test_it_refuses_a_weak_password_with_the_reasons__error(jeugdzorg: Organisation) -> None:
    with pytest.raises(AccountError) as caught:
        create_user(
            "iemand@example.test",
            organisation_name="Jeugdzorg Noord",
            role="professional",
            password="password",
        )

    assert str(caught.value) == (
        "password: The password is not good enough. It is shorter than 12 characters. "
        "It is in a list of commonly used passwords."
    )
    assert caught.value.render(Lang.NL) == (
        "password: Het wachtwoord is niet goed genoeg. Het is korter dan 12 tekens. "
        "Het staat in een lijst van veelgebruikte wachtwoorden."
    )


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("31415926535897932", "It consists of digits only."),
        ("iemand@example.test", "It is too similar to the e-mail address or the name."),
    ],
)
def test_it_names_each_password_rule__error(
    jeugdzorg: Organisation, password: str, reason: str
) -> None:
    with pytest.raises(AccountError) as caught:
        create_user(
            "iemand@example.test",
            organisation_name="Jeugdzorg Noord",
            role="professional",
            password=password,
        )

    assert str(caught.value) == f"password: The password is not good enough. {reason}"


def test_it_reports_every_problem_at_once__error(db: None) -> None:
    with pytest.raises(AccountError) as caught:
        create_user("x", organisation_name="Nergens", role="baas", password="kort")

    assert caught.value.fields == ("email", "organisation", "role", "password")
    assert str(caught.value).splitlines()[0] == "email: 'x' is not a valid e-mail address."


def test_it_needs_a_problem_to_raise__error() -> None:
    with pytest.raises(ValueError, match=r"^an AccountError needs at least one problem$"):
        AccountError([])


# --- demo ------------------------------------------------------------------------------

DEMO_EMAILS = [
    "professional@demo.signaal.test",
    "collega@demo.signaal.test",
    "coordinator@demo.signaal.test",
    "admin@demo.signaal.test",
    "hulpverlener@demo.signaal.test",
    "hulpverlener2@demo.signaal.test",
    "anders@demo.signaal.test",
]


def test_it_creates_the_demo_accounts(db: None) -> None:
    accounts = ensure_demo()

    assert [a.email for a in accounts] == DEMO_EMAILS
    assert [a.role for a in accounts] == [
        Role.PROFESSIONAL,
        Role.PROFESSIONAL,
        Role.COORDINATOR,
        Role.ADMIN,
        Role.COUNSELLOR,
        Role.COUNSELLOR,
        Role.PROFESSIONAL,
    ]
    assert {a.password for a in accounts} == {DEMO_PASSWORD}
    by_email = {u.email: u for u in User.objects.select_related("organisation")}
    assert {e: by_email[e].organisation.name for e in DEMO_EMAILS} == {
        "professional@demo.signaal.test": "Demo Jeugdzorg",
        "collega@demo.signaal.test": "Demo Jeugdzorg",
        "coordinator@demo.signaal.test": "Demo Jeugdzorg",
        "admin@demo.signaal.test": "Demo Jeugdzorg",
        "hulpverlener@demo.signaal.test": "Demo Jeugdzorg",
        "hulpverlener2@demo.signaal.test": "Demo Jeugdzorg",
        "anders@demo.signaal.test": "Demo Andere Organisatie",
    }
    for account in accounts:
        user = by_email[account.email]
        assert user.is_demo
        assert user.has_second_factor
        assert user.totp_secret == account.totp_secret
        assert user.check_password(account.password)


def test_it_uses_a_demo_password_that_passes_the_rules(db: None) -> None:
    validate_password(DEMO_PASSWORD, User(email="professional@demo.signaal.test"))


def test_it_creates_the_demo_idempotently(db: None) -> None:
    first = ensure_demo()
    hashes = dict(User.objects.values_list("email", "password"))

    second = ensure_demo()

    assert second == first
    assert User.objects.count() == 7
    assert Organisation.objects.count() == 2
    # the same hash: open sessions of demo accounts stay valid
    assert dict(User.objects.values_list("email", "password")) == hashes


def test_it_puts_a_changed_demo_account_back(db: None) -> None:
    ensure_demo()
    User.objects.filter(email="admin@demo.signaal.test").update(
        role=Role.PROFESSIONAL, is_active=False, failed_logins=3
    )
    changed = User.objects.get(email="admin@demo.signaal.test")
    changed.set_password("iets-heel-anders-123")
    changed.save()

    ensure_demo()

    user = User.objects.get(email="admin@demo.signaal.test")
    assert user.role == Role.ADMIN
    assert user.is_active
    assert user.failed_logins == 0
    assert user.check_password(DEMO_PASSWORD)


def test_it_never_turns_a_real_account_into_a_demo_account__error(
    organisation: Organisation,
) -> None:
    User.objects.create_user("admin@demo.signaal.test", organisation, Role.ADMIN, PASSWORD)

    with pytest.raises(AccountError) as caught:
        ensure_demo()

    assert str(caught.value) == (
        "email: 'admin@demo.signaal.test' is a real account, not a demo account; "
        "it is left unchanged."
    )
    user = User.objects.get(email="admin@demo.signaal.test")
    assert not user.is_demo
    assert user.check_password(PASSWORD)


def test_it_gives_the_current_code_of_a_demo_account(db: None) -> None:
    accounts = ensure_demo()

    code = current_demo_code("Professional@Demo.Signaal.Test")

    assert code == pyotp.TOTP(accounts[0].totp_secret).now()


def test_it_lets_a_person_log_in_with_the_printed_demo_details(client: Client, db: None) -> None:
    account = ensure_demo()[0]

    submit_password(client, email=account.email, password=account.password)
    response = submit_code(client, current_demo_code(account.email))

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(User.objects.get(email=account.email).pk)


def test_it_refuses_a_code_for_a_real_account__error(professional: User) -> None:
    with pytest.raises(AccountError) as caught:
        current_demo_code(professional.email)

    assert str(caught.value) == (
        "email: 'professional@example.test' is not a demo account; codes are shown for demo "
        "accounts only."
    )
    assert caught.value.render(Lang.NL) == (
        "email: 'professional@example.test' is geen demo-account; codes worden alleen voor "
        "demo-accounts getoond."
    )


def test_it_refuses_a_code_for_an_unknown_address__error(db: None) -> None:
    with pytest.raises(AccountError) as caught:
        current_demo_code("niemand@example.test")

    assert caught.value.fields == ("email",)
