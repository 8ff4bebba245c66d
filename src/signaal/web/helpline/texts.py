"""Interface text of the help chat pages: plain Dutch (B1) for young people, 'je'; English
second. Keys starting with ``hc.js.`` are handed to the page's script as well."""

from __future__ import annotations

from signaal.core.i18n import LocalText as T

TEXTS: dict[str, T] = {
    "nav.helpline": T("Hulpchat", "Help chat"),
    "hc.title": T("Chat met een hulpverlener", "Chat with a counsellor"),
    "hc.list.lead": T("Kies met wie je wilt chatten.", "Choose whom you want to chat with."),
    "hc.list.none": T("Er is nu geen hulpchat.", "There is no help chat now."),
    "hc.what.title": T("Wat is deze chat?", "What is this chat?"),
    "hc.what.text": T(
        "Hier kun je anoniem chatten over iets wat online of offline gebeurt en waar je je "
        "zorgen over maakt. Bijvoorbeeld iemand die foto's van je wil, je onder druk zet of "
        "je geld of cadeaus geeft. Je hoeft je naam niet te zeggen.",
        "Here you can chat anonymously about something that happens online or offline and "
        "worries you. For example someone who wants pictures of you, puts pressure on you or "
        "gives you money or gifts. You do not have to give your name.",
    ),
    "hc.who.title": T("Wie antwoordt?", "Who answers?"),
    "hc.who.text": T(
        "Een getrainde hulpverlener van {org}. Die luistert, denkt met je mee en vertelt waar "
        "je hulp kunt krijgen. Jij beslist wat er gebeurt.",
        "A trained counsellor of {org}. They listen, think along with you and tell you where "
        "you can get help. You decide what happens.",
    ),
    "hc.hours.title": T("Wanneer is de chat open?", "When is the chat open?"),
    "hc.hours.none": T("Er zijn nog geen openingstijden.", "There are no opening hours yet."),
    "hc.hours.day": T("Dag", "Day"),
    "hc.hours.times": T("Tijden", "Times"),
    "hc.hours.closed_day": T("dicht", "closed"),
    "hc.hours.holidays": T("Op deze dagen is de chat dicht:", "The chat is closed on these days:"),
    "hc.at": T("{day} om {time}", "{day} at {time}"),
    "hc.privacy.title": T("Wat gebeurt er met wat je zegt?", "What happens with what you say?"),
    "hc.privacy.text": T(
        "We bewaren het gesprek versleuteld en wissen het na {days} dagen. We bewaren geen "
        "IP-adres en zetten geen cookies. Alleen de hulpverlener leest mee. Is er direct "
        "gevaar voor jou of iemand anders? Dan kan de hulpverlener hulp inschakelen; dat "
        "bespreekt die eerst met je als het kan.",
        "We keep the chat encrypted and delete it after {days} days. We keep no IP address "
        "and set no cookies. Only the counsellor reads along. Is someone in immediate danger? "
        "Then the counsellor can call in help; they discuss that with you first if they can.",
    ),
    "hc.status.open": T("De chat is nu open.", "The chat is open now."),
    "hc.status.closed": T("De chat is nu gesloten.", "The chat is closed now."),
    "hc.status.busy": T(
        "Er is nu geen hulpverlener beschikbaar.", "No counsellor is available now."
    ),
    "hc.status.next": T("De chat gaat weer open op {when}.", "The chat opens again on {when}."),
    "hc.alt.title": T("Je kunt ook hier terecht", "You can also go here"),
    "hc.alt.nl": T("In Nederland", "In the Netherlands"),
    "hc.alt.be": T("In België", "In Belgium"),
    "hc.start.title": T("Begin een chat", "Start a chat"),
    "hc.start.nickname": T("Bijnaam (mag je leeg laten)", "Nickname (you may leave it empty)"),
    "hc.start.nickname.hint": T("Gebruik niet je echte naam.", "Do not use your real name."),
    "hc.start.age": T("Hoe oud ben je?", "How old are you?"),
    "hc.age.lt_12": T("Jonger dan 12", "Younger than 12"),
    "hc.age.12_15": T("12 tot en met 15", "12 to 15"),
    "hc.age.16_17": T("16 of 17", "16 or 17"),
    "hc.age.18_23": T("18 tot en met 23", "18 to 23"),
    "hc.age.unknown": T("Zeg ik liever niet", "I'd rather not say"),
    "hc.start.code": T("Chatcode", "Chat code"),
    "hc.start.code.hint": T(
        "Met een chatcode weten we dat je al eerder chatte, zonder te weten wie je bent. "
        "Je oude gesprekken kan niemand ermee openen.",
        "With a chat code we know you chatted before, without knowing who you are. Nobody "
        "can open your old chats with it.",
    ),
    "hc.code.none": T("Geen code", "No code"),
    "hc.code.new": T("Geef me een nieuwe code", "Give me a new code"),
    "hc.code.keep": T("Ik heb al een code", "I already have a code"),
    "hc.code.input": T("Je code", "Your code"),
    "hc.start.submit": T("Start de chat", "Start the chat"),
    "hc.start.storage": T(
        "Pas als je op start drukt, bewaart je browser iets: alleen in dit tabblad, en het is "
        "weg als je het tabblad sluit.",
        "Only when you press start does your browser keep anything: in this tab only, and it "
        "is gone when you close the tab.",
    ),
    "hc.noscript": T(
        "Voor de chat is JavaScript nodig. Bel anders een van de nummers hieronder.",
        "The chat needs JavaScript. Otherwise call one of the numbers below.",
    ),
    "hc.wait.title": T("Even wachten", "Please wait"),
    "hc.chat.title": T("Je chat", "Your chat"),
    "hc.chat.log": T("Berichten", "Messages"),
    "hc.chat.message": T("Je bericht", "Your message"),
    "hc.chat.send": T("Versturen", "Send"),
    "hc.chat.end": T("Chat beëindigen", "End chat"),
    "hc.ended.title": T("De chat is afgelopen", "The chat has ended"),
    "hc.feedback.question": T("Heeft dit gesprek je geholpen?", "Did this chat help you?"),
    "hc.feedback.yes": T("Ja", "Yes"),
    "hc.feedback.a_bit": T("Een beetje", "A bit"),
    "hc.feedback.no": T("Nee", "No"),
    "hc.feedback.comment": T(
        "Wil je nog iets zeggen? (mag je leeg laten)",
        "Anything else you want to say? (you may leave it empty)",
    ),
    "hc.feedback.submit": T("Verstuur", "Send"),
    "hc.feedback.thanks": T("Dank je wel!", "Thank you!"),
    "hc.js.you": T("Jij", "You"),
    "hc.js.counsellor": T("Hulpverlener", "Counsellor"),
    "hc.js.sending": T("wordt verstuurd…", "sending…"),
    "hc.js.typing": T("De hulpverlener typt…", "The counsellor is typing…"),
    "hc.js.position": T(
        "Je bent nummer {position} in de rij.", "You are number {position} in line."
    ),
    "hc.js.wait": T(
        "Verwachte wachttijd: ongeveer {minutes} minuten.",
        "Expected wait: about {minutes} minutes.",
    ),
    "hc.js.wait_now": T("Je bent zo aan de beurt.", "It is your turn soon."),
    "hc.js.wait_unknown": T(
        "We weten nog niet hoe lang het duurt.", "We do not know yet how long it takes."
    ),
    "hc.js.code_shown": T(
        "Je chatcode is: {code}. Schrijf hem op als je hem wilt houden. We laten hem maar één "
        "keer zien.",
        "Your chat code is: {code}. Write it down if you want to keep it. We show it only once.",
    ),
    "hc.js.reconnecting": T(
        "De verbinding is weg. We proberen het opnieuw…", "The connection was lost. Trying again…"
    ),
    "hc.js.connected": T("Je bent weer verbonden.", "You are connected again."),
    "hc.js.accepted": T("Een hulpverlener is er nu voor je.", "A counsellor is here for you now."),
    "hc.js.transferred": T(
        "Je chat is doorgegeven aan een andere hulpverlener.",
        "Your chat was passed on to another counsellor.",
    ),
    "hc.js.ended_by_young": T("Je hebt de chat beëindigd.", "You ended the chat."),
    "hc.js.ended_by_counsellor": T(
        "De hulpverlener heeft de chat beëindigd.", "The counsellor ended the chat."
    ),
    "hc.js.confirm_end": T(
        "Weet je zeker dat je de chat wilt beëindigen?", "Are you sure you want to end the chat?"
    ),
    "hc.js.next": T("De chat gaat weer open op {when}.", "The chat opens again on {when}."),
    "hc.js.connecting": T("Even verbinden…", "Connecting…"),
    "hc.js.choose": T("Kies een antwoord.", "Choose an answer."),
    "hc.js.code_required": T("Vul je chatcode in.", "Fill in your chat code."),
    "hc.js.resume_failed": T(
        "Je vorige chat kan niet meer worden geopend. Je kunt een nieuwe chat beginnen.",
        "Your previous chat can no longer be opened. You can start a new chat.",
    ),
    "hc.js.error": T(
        "Er ging iets mis. Probeer het nog eens.", "Something went wrong. Please try again."
    ),
    "hc.ended.new": T("Begin een nieuwe chat", "Start a new chat"),
    # the console and the registration pages (counsellors, coordinators)
    "con.title": T("Hulpchat-console", "Help chat console"),
    "con.available": T("Ik ben beschikbaar", "I am available"),
    "con.max": T("Gesprekken tegelijk", "Chats at once"),
    "con.queue": T("Wachtrij", "Queue"),
    "con.queue.empty": T("Niemand wacht.", "Nobody is waiting."),
    "con.chats": T("Mijn gesprekken", "My chats"),
    "con.chats.empty": T("Je hebt geen open gesprekken.", "You have no open chats."),
    "con.to_register": T("Nog te registreren", "Still to register"),
    "con.register": T("Registreren", "Register"),
    "con.registrations": T("Registraties", "Registrations"),
    "con.noscript": T("De console heeft JavaScript nodig.", "The console needs JavaScript."),
    "con.availability": T("Beschikbaarheid", "Availability"),
    "con.log": T("Berichten in dit gesprek", "Messages in this chat"),
    "con.signals.explain": T(
        "Een hulpmiddel, geen oordeel: de computer zoekt gedrag uit een vaste lijst in wat de "
        "jongere schrijft. Jij beslist wat het betekent.",
        "A tool, not a judgement: the computer looks for behaviour from a fixed list in what "
        "the young person writes. You decide what it means.",
    ),
    "con.age.under_12": T("jonger dan 12", "younger than 12"),
    "con.age.12_15": T("12 t/m 15 jaar", "12 to 15 years"),
    "con.age.16_17": T("16 of 17 jaar", "16 or 17 years"),
    "con.age.18_plus": T("18 jaar of ouder", "18 or older"),
    "con.age.not_said": T("leeftijd niet gezegd", "age not given"),
    "con.js.counsellor": T("Hulpverlener", "Counsellor"),
    "con.js.connected": T("Verbonden.", "Connected."),
    "con.js.confirm_end": T(
        "Weet je zeker dat je dit gesprek wilt beëindigen?",
        "Are you sure you want to end this chat?",
    ),
    "con.js.register": T("Registreren", "Register"),
    "con.js.examples": T("In de woorden van de jongere:", "In the young person's words:"),
    "con.js.loading": T("Bezig met analyseren…", "Analysing…"),
    "con.js.accept": T("Aannemen", "Accept"),
    "con.js.waiting": T("wacht {minutes} min", "waiting {minutes} min"),
    "con.js.young": T("Jongere", "Young person"),
    "con.js.you": T("Jij", "You"),
    "con.js.sending": T("wordt verstuurd…", "sending…"),
    "con.js.send": T("Versturen", "Send"),
    "con.js.message": T("Bericht", "Message"),
    "con.js.canned": T("Standaardtekst", "Canned response"),
    "con.js.canned_pick": T("Kies een standaardtekst", "Pick a canned response"),
    "con.js.note": T(
        "Interne notitie (de jongere ziet dit nooit)",
        "Internal note (the young person never sees this)",
    ),
    "con.js.add_note": T("Notitie opslaan", "Save note"),
    "con.js.notes": T("Notities", "Notes"),
    "con.js.transfer": T("Overdragen aan", "Transfer to"),
    "con.js.transfer_button": T("Overdragen", "Transfer"),
    "con.js.end": T("Gesprek beëindigen", "End chat"),
    "con.js.typing": T("De jongere typt…", "The young person is typing…"),
    "con.js.signals": T("Signalen (hulpmiddel, geen oordeel)", "Signals (an aid, not a judgement)"),
    "con.js.signals_refresh": T("Signalen bijwerken", "Update signals"),
    "con.js.score": T("Score", "Score"),
    "con.js.alert": T("Let op: signalen boven de drempel", "Note: signals above the threshold"),
    "con.js.no_signals": T(
        "Geen gedrag uit de lijst gevonden.", "No behaviour from the list found."
    ),
    "con.js.phase": T("Fase", "Phase"),
    "con.js.ended": T("Het gesprek is afgelopen.", "The chat has ended."),
    "con.js.accepted": T("Je hebt het gesprek aangenomen.", "You accepted the chat."),
    "con.js.transferred": T("Het gesprek is overgedragen.", "The chat was transferred."),
    "con.js.ended_by_young": T(
        "De jongere heeft de chat beëindigd.", "The young person ended the chat."
    ),
    "con.js.ended_by_counsellor": T("Je hebt de chat beëindigd.", "You ended the chat."),
    "con.js.new_chat": T("Nieuw bericht in {name}", "New message in {name}"),
    "con.js.reconnecting": T(
        "Verbinding weg; opnieuw verbinden…", "Connection lost; reconnecting…"
    ),
    "reg.title": T("Registratie van het contact", "Registration of the contact"),
    "reg.lead": T(
        "Alleen codes, geen tekst uit het gesprek. Velden met * zijn nu verplicht.",
        "Codes only, no text from the chat. Fields marked * are required now.",
    ),
    "reg.chat": T("Gesprek van {date}", "Chat of {date}"),
    "reg.empty": T("(niet ingevuld)", "(not filled in)"),
    "reg.submit": T("Registratie opslaan", "Save registration"),
    "reg.errors": T("Er is iets niet goed ingevuld.", "Something is not filled in correctly."),
    "reg.saved": T("De registratie is opgeslagen.", "The registration was saved."),
    "reg.todo": T("Nog te registreren gesprekken", "Chats still to register"),
    "reg.todo.none": T("Alle gesprekken zijn geregistreerd.", "All chats are registered."),
    "reg.back": T("Terug naar de console", "Back to the console"),
    "reg.list.title": T("Registraties", "Registrations"),
    "reg.list.lead": T(
        "De registraties van je organisatie: alleen codes, geen gesprekken.",
        "Your organisation's registrations: codes only, no chats.",
    ),
    "reg.list.none": T("Er zijn nog geen registraties.", "There are no registrations yet."),
    "reg.list.date": T("Datum", "Date"),
    "reg.list.version": T("Formulierversie", "Form version"),
    "reg.list.lead_own": T(
        "Jouw registraties: alleen codes, geen gesprekken.",
        "Your registrations: codes only, no chats.",
    ),
    "reg.list.pages": T("Pagina's met registraties", "Pages of registrations"),
    "reg.list.previous": T("Vorige", "Previous"),
    "reg.list.next": T("Volgende", "Next"),
    "reg.list.page": T("Pagina {number} van {pages}", "Page {number} of {pages}"),
    "reg.still_active": T("Het gesprek loopt nog.", "The chat is still going on."),
    "reg.saved_version": T(
        "Al geregistreerd op {date} (formulierversie {version}). Opslaan vervangt de antwoorden.",
        "Already registered on {date} (form version {version}). Saving replaces the answers.",
    ),
    "reg.form_version": T("Formulierversie {version}", "Form version {version}"),
    "reg.required_when": T("Verplicht als: {when}.", "Required when: {when}."),
    "reg.transcript": T("Het gesprek", "The chat"),
    "reg.transcript.logged": T(
        "Ter controle. Elke keer dat je dit opent, wordt vastgelegd.",
        "For reference. Every time you open this, it is logged.",
    ),
    "reg.transcript.purged": T(
        "Het verslag is verwijderd (bewaartermijn verstreken).",
        "The transcript was removed (retention period passed).",
    ),
    "reg.transcript.empty": T("Er zijn geen berichten.", "There are no messages."),
}
