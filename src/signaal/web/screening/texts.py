"""Interface text of the professional screening part (clients, Signaalwijzer, reports)."""

from __future__ import annotations

from signaal.core.i18n import LocalText as T

TEXTS: dict[str, T] = {
    "sc.clients.title": T("Mijn cliënten", "My clients"),
    "sc.clients.lead": T(
        "Cliënten zijn gepseudonimiseerd: gebruik een code, nooit een naam.",
        "Clients are pseudonymised: use a code, never a name.",
    ),
    "sc.clients.none": T("Nog geen cliënten.", "No clients yet."),
    "sc.clients.new": T("Nieuwe cliënt", "New client"),
    "sc.code": T("Cliëntcode", "Client code"),
    "sc.code.hint": T(
        "2 tot 40 letters, cijfers, punt, streep of liggend streepje; geen spaties. Geen naam "
        "of geboortedatum.",
        "2 to 40 letters, digits, dot, dash or underscore; no spaces. No name or date of birth.",
    ),
    "sc.birth_year": T("Geboortejaar (optioneel)", "Year of birth (optional)"),
    "sc.gender": T("Gender (optioneel)", "Gender (optional)"),
    "sc.add": T("Cliënt toevoegen", "Add client"),
    "sc.client.title": T("Cliënt", "Client"),
    "sc.status": T("Status", "Status"),
    "sc.gender.": T("—", "—"),
    "sc.gender.girl": T("meisje", "girl"),
    "sc.gender.boy": T("jongen", "boy"),
    "sc.gender.other": T("anders", "other"),
    "sc.gender.unknown": T("onbekend", "unknown"),
    "sc.err.gender": T("Kies een van de mogelijkheden.", "Choose one of the options."),
    "sc.change.between": T("Van", "From"),
    "sc.err.code": T(
        "Gebruik 2 tot 40 tekens: letters, cijfers, . _ of -, zonder spaties.",
        "Use 2 to 40 characters: letters, digits, . _ or -, without spaces.",
    ),
    "sc.err.duplicate": T(
        "Deze code bestaat al in je organisatie.", "This code already exists in your organisation."
    ),
    "sc.err.birth_year": T(
        "Geef een geboortejaar van de afgelopen 30 jaar.",
        "Give a year of birth within the last 30 years.",
    ),
    "sc.err.required": T("Dit veld is verplicht.", "This field is required."),
    "sc.err.judgement": T(
        "Schrijf je eigen oordeel (minstens 20 tekens).",
        "Write your own judgement (at least 20 characters).",
    ),
    "sc.err.rescreen_on": T(
        "Kies een datum na vandaag en binnen twee jaar.",
        "Choose a date after today and within two years.",
    ),
    "sc.screenings": T("Screenings", "Screenings"),
    "sc.start": T("Nieuwe Signaalwijzer starten", "Start a new Signal guide"),
    "sc.resume": T("Verder invullen", "Continue"),
    "sc.view": T("Bekijken", "View"),
    "sc.draft": T("concept", "draft"),
    "sc.final": T("definitief", "final"),
    "sc.created": T("Gestart", "Started"),
    "sc.finalised": T("Definitief op", "Final on"),
    "sc.history": T("Verloop", "Over time"),
    "sc.history.none": T(
        "Nog geen definitieve screenings om te vergelijken.", "No final screenings to compare yet."
    ),
    "sc.area": T("Aandachtsgebied", "Attention area"),
    "sc.profile": T("Profiel", "Profile"),
    "sc.acute": T("Acuut", "Acute"),
    "sc.yes": T("ja", "yes"),
    "sc.no": T("nee", "no"),
    "sc.changes": T("Wat veranderde", "What changed"),
    "sc.change.profile": T("Profiel", "Profile"),
    "sc.change.added": T("Nieuw signaal", "New signal"),
    "sc.change.removed": T("Signaal niet meer aanwezig", "Signal no longer present"),
    "sc.change.none": T(
        "Geen verschil met de vorige screening.", "No difference from the previous screening."
    ),
    "sc.step.about": T("Over de jongere", "About the young person"),
    "sc.step.protective": T("Beschermende factoren", "Protective factors"),
    "sc.step.progress": T("Stap {n} van {total}", "Step {n} of {total}"),
    "sc.age": T("Leeftijd", "Age"),
    "sc.lvb": T(
        "Heeft de jongere een (licht) verstandelijke beperking?",
        "Does the young person have a (mild) intellectual disability?",
    ),
    "sc.land": T("Land (voor de verwijzingen)", "Country (for the referrals)"),
    "sc.follow_up": T(
        "Vervolgvraag: alleen als de vorige vraag ‘aanwezig’ is.",
        "Follow-up: only when the previous item is ‘present’.",
    ),
    "sc.critical": T("Teken van huidige uitbuiting", "Sign of current exploitation"),
    "sc.save": T("Opslaan en later verder", "Save and continue later"),
    "sc.back": T("Vorige", "Previous"),
    "sc.next": T("Opslaan en volgende", "Save and next"),
    "sc.to_result": T("Opslaan en uitkomst bekijken", "Save and see the outcome"),
    "sc.result.title": T("Uitkomst Signaalwijzer", "Signal guide outcome"),
    "sc.acute.title": T(
        "Acuut: tekenen van uitbuiting die nu plaatsvindt",
        "Acute: signs of exploitation happening now",
    ),
    "sc.acute.text": T(
        "Handel vandaag, wat het profiel ook is. Zie het advies hieronder.",
        "Act today, whatever the profile. See the advice below.",
    ),
    "sc.areas": T("Aandachtsgebieden", "Attention areas"),
    "sc.level": T("Niveau", "Level"),
    "sc.signals": T("Signalen", "Signals"),
    "sc.protective": T("Beschermende factoren", "Protective factors"),
    "sc.strong": T("sterk", "strong"),
    "sc.gaps": T("Onbekend of niet beantwoord", "Unknown or unanswered"),
    "sc.gaps.count": T("{n} vragen", "{n} items"),
    "sc.explanation": T("Uitleg", "Explanation"),
    "sc.advice": T("Advies", "Advice"),
    "sc.read": T("Lees", "Read"),
    "sc.finalise.title": T("Definitief maken", "Make final"),
    "sc.finalise.lead": T(
        "Schrijf je eigen professionele oordeel en kies wanneer je opnieuw screent. Daarna kan "
        "deze screening niet meer worden gewijzigd; je kunt wel een nieuwe starten.",
        "Write your own professional judgement and choose when to screen again. After that "
        "this screening cannot be changed; you can start a new one.",
    ),
    "sc.judgement": T("Jouw oordeel", "Your judgement"),
    "sc.rescreen_on": T("Opnieuw screenen op", "Screen again on"),
    "sc.finalise": T("Definitief maken", "Make final"),
    "sc.edit": T("Antwoorden aanpassen", "Change answers"),
    "sc.pdf": T("Rapport (PDF) downloaden", "Download report (PDF)"),
    "sc.locked.title": T(
        "Deze screening kan niet worden gewijzigd", "This screening cannot be changed"
    ),
    "sc.locked.text": T(
        "Een definitieve screening blijft zoals hij is, en een concept vult alleen de "
        "professional in die het startte. Start zo nodig een nieuwe screening.",
        "A final screening stays as it is, and only the professional who started a draft fills "
        "it in. Start a new screening if needed.",
    ),
    "sc.report.title": T("Rapport Signaalwijzer", "Signal guide report"),
    "sc.report.organisation": T("Organisatie", "Organisation"),
    "sc.report.client": T("Cliëntcode", "Client code"),
    "sc.report.date": T("Datum", "Date"),
    "sc.report.instrument": T("Instrument", "Instrument"),
    "sc.report.professional": T("Professional", "Professional"),
    "sc.report.outcome": T("Uitkomst", "Outcome"),
}
