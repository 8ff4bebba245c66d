"""Names of profiles, levels, phases and parties as people read them."""

from __future__ import annotations

from signaal.core.i18n import LocalText
from signaal.core.screening.model import Level, Party, Phase, Profile

PROFILE = {
    Profile.GEEN: LocalText("geen of nauwelijks risico", "no or hardly any risk"),
    Profile.RISICO: LocalText("risico", "risk"),
    Profile.VERHOOGD: LocalText("verhoogd risico", "increased risk"),
}

LEVEL = {
    Level.GEEN: LocalText("geen signalen", "no signals"),
    Level.SIGNALEN: LocalText("enkele signalen", "some signals"),
    Level.ZORG: LocalText("zorg", "concern"),
    Level.ERNSTIGE_ZORG: LocalText("ernstige zorg", "serious concern"),
}

PHASE = {
    Phase.RONSELEN: LocalText("Ronselen (grooming)", "Recruiting (grooming)"),
    Phase.INPALMEN: LocalText("Inpalmen", "Winning over"),
    Phase.ISOLEREN: LocalText("Isoleren", "Isolating"),
    Phase.UITBUITEN: LocalText("Uitbuiten", "Exploiting"),
}
GENERAL = LocalText("Algemeen", "General")

PARTY = {
    Party.PROFESSIONAL: LocalText("Jij als professional", "You, the professional"),
    Party.OUDERS: LocalText("Ouders of verzorgers", "Parents or carers"),
    Party.SCHOOL: LocalText("School", "School"),
    Party.JEUGDZORG: LocalText("Jeugdhulp en Veilig Thuis", "Youth care and Veilig Thuis"),
    Party.GEMEENTE: LocalText("Gemeente", "Municipality"),
    Party.POLITIE: LocalText("Politie en justitie", "Police and justice"),
    Party.PLATFORM: LocalText("Platforms en apps", "Platforms and apps"),
}

DISCLAIMER = LocalText(
    "Deze uitkomst is geen diagnose en geen voorspelling. Ze ordent de signalen die zijn "
    "ingevuld; het oordeel en de beslissing over wat er moet gebeuren liggen bij de "
    "professional, samen met collega's en de jongere.",
    "This outcome is not a diagnosis and not a prediction. It orders the signals that were "
    "filled in; the judgement and the decision on what to do rest with the professional, "
    "together with colleagues and the young person.",
)

DISCLAIMER_PUBLIC = LocalText(
    "Deze uitkomst is geen diagnose en geen voorspelling. Hij helpt je kiezen wat je nu kunt "
    "doen. Twijfel je? Bel dan voor advies; dat mag altijd, ook als je het niet zeker weet.",
    "This outcome is not a diagnosis and not a prediction. It helps you choose what to do now. "
    "In doubt? Call for advice; you always may, even when you are not sure.",
)
