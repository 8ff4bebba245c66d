"""Interface text of the public pages (home, Quickscan, knowledge base, referrals, quick exit).

Plain Dutch (B1) for parents: short sentences, everyday words, 'je'.
"""

from __future__ import annotations

from signaal.core.i18n import LocalText as T

TEXTS: dict[str, T] = {
    "home.title": T(
        "Signaal: zorgen over online uitbuiting van een kind",
        "Signaal: worried about online exploitation of a child",
    ),
    "home.lead": T(
        "Maak je je zorgen over een kind? Misschien heeft het contact met iemand online, krijgt "
        "het dure cadeaus of is het ineens erg veranderd. Hier vind je uitleg, een korte "
        "vragenlijst en wie je kunt bellen.",
        "Are you worried about a child? Perhaps they are in contact with someone online, get "
        "expensive gifts or have suddenly changed a lot. Here you find explanations, a short "
        "questionnaire and whom you can call.",
    ),
    "home.quickscan.title": T("Doe de Quickscan", "Take the Quickscan"),
    "home.quickscan.text": T(
        "16 korte vragen voor ouders en andere volwassenen. Je krijgt advies over wat je kunt "
        "doen. Je antwoorden worden niet bewaard.",
        "16 short questions for parents and other adults. You get advice on what you can do. "
        "Your answers are not stored.",
    ),
    "home.quickscan.start": T("Naar de Quickscan", "Go to the Quickscan"),
    "home.read.title": T("Lees meer", "Read more"),
    "home.help.title": T("Direct iemand spreken", "Talk to someone now"),
    "home.help.text": T(
        "Je hoeft het niet zeker te weten om advies te vragen.",
        "You do not need to be sure to ask for advice.",
    ),
    "home.help.link": T("Alle hulp en advies", "All help and advice"),
    "home.pro.title": T("Voor professionals", "For professionals"),
    "home.pro.text": T(
        "Werk je in de jeugdzorg, het onderwijs of bij een gemeente? Met een account vul je de "
        "volledige Signaalwijzer in over een jongere, met onderbouwde uitkomst, advies en "
        "rapport.",
        "Do you work in youth care, education or a municipality? With an account you fill in "
        "the full Signal guide about a young person, with a reasoned outcome, advice and a "
        "report.",
    ),
    "kb.title": T("Kennisbank", "Knowledge base"),
    "kb.lead": T(
        "Uitleg over seksuele uitbuiting, de signalen en wat je kunt doen.",
        "Explanations about sexual exploitation, the signals and what you can do.",
    ),
    "kb.group.themes": T("Uitleg en tips", "Explanations and tips"),
    "kb.group.areas": T(
        "Signalen per aandachtsgebied (voor professionals)",
        "Signals by attention area (for professionals)",
    ),
    "kb.not_translated": T(
        "Dit artikel is (nog) niet vertaald.",
        "This article has not been translated yet; it is shown in Dutch.",
    ),
    "kb.related": T("Lees ook", "Read also"),
    "kb.contacts": T("Hier kun je terecht", "Where you can go"),
    "kb.for_professionals": T("Voor professionals", "For professionals"),
    "ref.title": T("Hulp en advies", "Help and advice"),
    "ref.lead": T(
        "Bij direct gevaar: bel 112. Twijfel je? Bel voor advies; dat mag altijd.",
        "In immediate danger: call 112. In doubt? Call for advice; you always may.",
    ),
    "ref.filter": T("Laat zien voor", "Show for"),
    "ref.all": T("Nederland en België", "The Netherlands and Belgium"),
    "ref.nl": T("Nederland", "The Netherlands"),
    "ref.be": T("België", "Belgium"),
    "ref.show": T("Toon", "Show"),
    "ref.phone": T("Telefoon", "Phone"),
    "ref.web": T("Website", "Website"),
    "ref.chat": T("Chat", "Chat"),
    "ref.hours": T("Bereikbaar", "Hours"),
    "ref.for_whom": T("Voor wie", "For whom"),
    "ref.when": T("Wanneer", "When"),
    "ref.how": T("Hoe", "How"),
    "ref.check": T(
        "Telefoonnummers en openingstijden kunnen veranderen. Kijk bij twijfel op de website "
        "van de organisatie.",
        "Phone numbers and opening hours can change. When in doubt, check the organisation's "
        "website.",
    ),
    "exitpage.title": T("Wat doet ‘Snel weg’?", "What does ‘Quick exit’ do?"),
    "exitpage.body1": T(
        "Met de knop ‘Snel weg’ rechtsboven, of door twee keer op Esc te drukken, verdwijnt "
        "deze site meteen. Je gaat naar een gewone website (het weerbericht).",
        "With the ‘Quick exit’ button at the top right, or by pressing Esc twice, this site "
        "disappears at once. You go to an ordinary website (the weather forecast).",
    ),
    "exitpage.does": T("Wat het doet", "What it does"),
    "exitpage.does1": T("De pagina wordt direct leeg gemaakt.", "The page is blanked at once."),
    "exitpage.does2": T(
        "Je sessie op onze server wordt gewist, en de cookies en opslag van deze site in je "
        "browser ook.",
        "Your session on our server is deleted, and so are this site's cookies and storage in "
        "your browser.",
    ),
    "exitpage.does3": T(
        "De pagina die je had open, wordt in je geschiedenis vervangen. Met de terugknop kom "
        "je niet meer terug op die pagina.",
        "The page you had open is replaced in your history. The back button does not bring "
        "you back to that page.",
    ),
    "exitpage.doesnt": T("Wat het niet doet", "What it does not do"),
    "exitpage.doesnt1": T(
        "Je browsergeschiedenis wordt niet gewist. Eerdere pagina's van deze site kunnen er "
        "nog in staan.",
        "Your browser history is not deleted. Earlier pages of this site may still be in it.",
    ),
    "exitpage.doesnt2": T(
        "Iemand die meekijkt of je apparaat controleert, kan soms toch zien dat je hier was.",
        "Someone watching or checking your device may still be able to see you were here.",
    ),
    "exitpage.safe": T("Veiliger kijken", "Browsing more safely"),
    "exitpage.safe1": T(
        "Gebruik een privévenster of incognitovenster. Dan bewaart je browser geen geschiedenis.",
        "Use a private or incognito window. Then your browser keeps no history.",
    ),
    "exitpage.safe2": T(
        "Wis na afloop je geschiedenis, of alleen de pagina's van deze site.",
        "Afterwards, clear your history, or only this site's pages.",
    ),
    "exitpage.safe3": T(
        "Gebruik als het kan een apparaat dat niemand anders controleert.",
        "If you can, use a device that nobody else checks.",
    ),
    "qs.title": T("Quickscan voor ouders", "Quickscan for parents"),
    "qs.lead": T(
        "Maak je je zorgen over je kind? Beantwoord een paar korte vragen. Je krijgt advies over "
        "wat je kunt doen en wie je kunt bellen.",
        "Are you worried about your child? Answer a few short questions. You get advice on what "
        "you can do and whom you can call.",
    ),
    "qs.privacy": T(
        "Je antwoorden worden niet bewaard. Ze gaan alleen mee van pagina naar pagina en zijn "
        "weg als je klaar bent of het venster sluit.",
        "Your answers are not stored. They only travel from page to page and are gone when you "
        "finish or close the window.",
    ),
    "qs.unknown_ok": T(
        "Weet je iets niet? Kies ‘Weet ik niet’. Dat is goed.",
        "Don't know something? Choose ‘I don't know’. That is fine.",
    ),
    "qs.start": T("Begin de Quickscan", "Start the Quickscan"),
    "qs.progress": T("Stap {n} van {total}", "Step {n} of {total}"),
    "qs.about.title": T("Over je kind", "About your child"),
    "qs.about.lead": T(
        "Deze vragen helpen om het juiste advies te geven. Je mag ze overslaan.",
        "These questions help to give the right advice. You may skip them.",
    ),
    "qs.age": T("Hoe oud is je kind?", "How old is your child?"),
    "qs.age.hint": T("In jaren, bijvoorbeeld 14.", "In years, for example 14."),
    "qs.lvb": T(
        "Heeft je kind een (licht) verstandelijke beperking?",
        "Does your child have a (mild) intellectual disability?",
    ),
    "qs.land": T("Waar woon je?", "Where do you live?"),
    "qs.yes": T("Ja", "Yes"),
    "qs.no": T("Nee", "No"),
    "qs.dontknow": T("Weet ik niet", "I don't know"),
    "qs.why": T("Waarom vragen we dit?", "Why do we ask this?"),
    "qs.back": T("Vorige", "Previous"),
    "qs.next": T("Volgende", "Next"),
    "qs.result": T("Bekijk het advies", "See the advice"),
    "qs.result.title": T("Jouw advies", "Your advice"),
    "qs.acute.title": T("Je kind heeft misschien nu hulp nodig", "Your child may need help now"),
    "qs.acute.text": T(
        "Je gaf antwoorden die kunnen betekenen dat je kind nu in gevaar is. Is het acuut? "
        "Bel 112. Bel anders vandaag een van de nummers hieronder.",
        "Your answers can mean your child is in danger now. Is it acute? Call 112. Otherwise "
        "call one of the numbers below today.",
    ),
    "qs.signals": T("Wat je hebt aangegeven", "What you told us"),
    "qs.no_signals": T(
        "Je hebt bij geen enkele vraag ‘ja’ gekozen.", "You did not answer ‘yes’ to any question."
    ),
    "qs.todo": T("Wat kun je doen?", "What can you do?"),
    "qs.why_advice": T("Waarom dit advies?", "Why this advice?"),
    "qs.pdf": T("Download dit advies als PDF", "Download this advice as a PDF"),
    "qs.pdf.note": T(
        "De PDF wordt nu gemaakt en niet bewaard. Let op: een download blijft op je apparaat "
        "staan.",
        "The PDF is made now and not stored. Note: a download stays on your device.",
    ),
    "qs.again": T("Opnieuw beginnen", "Start again"),
    "qs.read": T("Lees", "Read"),
    "qs.made": T("Gemaakt op", "Made on"),
}
