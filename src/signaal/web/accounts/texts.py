"""Interface text of the accounts app (login, second factor, lockout).

Plain Dutch (B1) with 'je', as on the rest of the site; English second. Messages about a
failed login never say whether the e-mail address exists.
"""

from __future__ import annotations

from django.utils import translation

from signaal.core.i18n import Lang
from signaal.core.i18n import LocalText as T

TEXTS: dict[str, T] = {
    # login
    "accounts.login.title": T("Inloggen voor professionals", "Log in for professionals"),
    "accounts.login.lead": T(
        "Log in met je e-mailadres en wachtwoord. Daarna vraagt Signaal een code uit de app "
        "op je telefoon.",
        "Log in with your e-mail address and password. Signaal then asks for a code from the "
        "app on your phone.",
    ),
    "accounts.login.email": T("E-mailadres", "E-mail address"),
    "accounts.login.password": T("Wachtwoord", "Password"),
    "accounts.login.submit": T("Inloggen", "Log in"),
    "accounts.login.error": T(
        "Het e-mailadres of het wachtwoord klopt niet.",
        "The e-mail address or the password is not correct.",
    ),
    "accounts.login.required": T(
        "Vul je e-mailadres en wachtwoord in.",
        "Fill in your e-mail address and password.",
    ),
    "accounts.login.locked_one": T(
        "Er is te vaak een verkeerd wachtwoord of een verkeerde code ingevuld. Je kunt over "
        "1 minuut weer inloggen.",
        "A wrong password or a wrong code was entered too often. You can log in again in 1 minute.",
    ),
    "accounts.login.locked_many": T(
        "Er is te vaak een verkeerd wachtwoord of een verkeerde code ingevuld. Je kunt over "
        "{minutes} minuten weer inloggen.",
        "A wrong password or a wrong code was entered too often. You can log in again in "
        "{minutes} minutes.",
    ),
    "accounts.login.expired": T(
        "Je bent uitgelogd, omdat je sessie is verlopen. Log opnieuw in.",
        "You have been logged out because your session has expired. Please log in again.",
    ),
    "accounts.login.pending_expired": T(
        "Het inloggen duurde te lang. Begin opnieuw.",
        "Logging in took too long. Please start again.",
    ),
    "accounts.login.no_account": T(
        "Nog geen account? Vraag het aan de beheerder van Signaal in je organisatie.",
        "No account yet? Ask the Signaal administrator in your organisation.",
    ),
    # second factor: the code
    "accounts.totp.title": T("Code uit je app", "Code from your app"),
    "accounts.totp.lead": T(
        "Open de app voor inlogcodes op je telefoon en vul de code van 6 cijfers in die bij "
        "Signaal staat.",
        "Open the app for login codes on your phone and fill in the 6-digit code shown for "
        "Signaal.",
    ),
    "accounts.totp.code": T("Code van 6 cijfers", "6-digit code"),
    "accounts.totp.submit": T("Controleren", "Check"),
    "accounts.totp.error": T(
        "Deze code klopt niet of is al gebruikt. Wacht op een nieuwe code in je app en "
        "probeer het opnieuw.",
        "This code is not correct or has already been used. Wait for a new code in your app "
        "and try again.",
    ),
    "accounts.totp.restart": T("Opnieuw beginnen", "Start again"),
    "accounts.totp.lost": T(
        "Telefoon kwijt of een nieuwe telefoon? Vraag de beheerder van Signaal in je "
        "organisatie om je code opnieuw in te stellen.",
        "Lost your phone or got a new one? Ask the Signaal administrator in your "
        "organisation to reset your code.",
    ),
    # second factor: setting it up
    "accounts.enrol.title": T("Inlogcode instellen", "Set up login codes"),
    "accounts.enrol.lead": T(
        "Signaal vraagt bij elke keer inloggen een code uit een app op je telefoon. Zo kan "
        "niemand anders inloggen, ook niet als iemand je wachtwoord weet.",
        "Each time you log in, Signaal asks for a code from an app on your phone. That way "
        "no one else can log in, even if someone knows your password.",
    ),
    "accounts.enrol.step_app": T(
        "Installeer een app voor inlogcodes, als je die nog niet hebt. Bijvoorbeeld de app "
        "die je organisatie adviseert, Microsoft Authenticator of Google Authenticator.",
        "Install an app for login codes if you do not have one yet. For example the app your "
        "organisation recommends, Microsoft Authenticator or Google Authenticator.",
    ),
    "accounts.enrol.step_scan": T(
        "Scan deze QR-code met de app.",
        "Scan this QR code with the app.",
    ),
    "accounts.enrol.qr_title": T(
        "QR-code om Signaal toe te voegen aan je app",
        "QR code to add Signaal to your app",
    ),
    "accounts.enrol.step_type": T(
        "Lukt scannen niet? Typ dan deze sleutel over in de app:",
        "Cannot scan? Then type this key into the app:",
    ),
    "accounts.enrol.step_code": T(
        "Vul de code van 6 cijfers in die de app nu laat zien.",
        "Fill in the 6-digit code the app now shows.",
    ),
    "accounts.enrol.submit": T("Instellen en inloggen", "Set up and log in"),
    # logout and session
    "accounts.logout.submit": T("Uitloggen", "Log out"),
    "accounts.logged_in_as": T("Ingelogd als {email}", "Logged in as {email}"),
    # roles, for display
    "accounts.role.professional": T("Professional", "Professional"),
    "accounts.role.coordinator": T("Coördinator", "Coordinator"),
    "accounts.role.admin": T("Beheerder", "Administrator"),
    "accounts.role.counsellor": T("Adviseur", "Counsellor"),
    "accounts.demo": T(
        "Dit is een demo-account. Vul hier nooit gegevens van echte jongeren in.",
        "This is a demo account. Never enter details of real young people here.",
    ),
}


def say(key: str, **params: object) -> str:
    """An accounts text in the active language, for messages built in Python (forms,
    views); templates use ``{% t %}`` instead."""
    lang = Lang.EN if (translation.get_language() or "nl").startswith("en") else Lang.NL
    text = TEXTS[key].get(lang)
    return text.format(**params) if params else text
