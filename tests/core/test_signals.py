"""The behaviour taxonomy and the cheap per-message signal detector.

The example sentences are our own, written for these tests. Test ids name the behaviour and
the language, never the sentence.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from signaal.core.conversations.model import Conversation, Message
from signaal.core.conversations.signals import (
    MAX_SCAN,
    Detector,
    Signal,
    SignalPattern,
    Span,
    Taxonomy,
    _combine,
    _dispatch,
    _first_letters,
    detector,
    fold,
    load_taxonomy,
    lowercase,
)
from signaal.core.errors import ErrorCode, SignaalError
from signaal.core.i18n import Lang
from signaal.core.knowledge.loader import knowledge_base

BEHAVIOURS = (
    "contact_trust",
    "gifts_money",
    "risk_assessment",
    "secrecy_isolation",
    "platform_move",
    "sexualisation",
    "image_request",
    "meeting",
    "threat_sextortion",
    "commercial_exploitation",
    "disclosure",
)

# (behaviour, language, message, every hit in the message as (behaviour, text))
FOUND: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    (
        "contact_trust",
        "nl",
        "je bent zo volwassen voor je leeftijd",
        [("contact_trust", "je bent zo volwassen")],
    ),
    (
        "contact_trust",
        "en",
        "honestly you're so mature for your age",
        [("contact_trust", "you're so mature")],
    ),
    (
        "contact_trust",
        "de",
        "du bist so reif für dein alter",
        [("contact_trust", "du bist so reif")],
    ),
    (
        "gifts_money",
        "nl",
        "ik koop je een nieuwe iphone als je wilt",
        [("gifts_money", "ik koop je een nieuwe iphone")],
    ),
    (
        "gifts_money",
        "en",
        "i'll buy you some v-bucks tonight",
        [("gifts_money", "i'll buy you some v-bucks")],
    ),
    (
        "gifts_money",
        "de",
        "ich kauf dir ein neues handy",
        [("gifts_money", "ich kauf dir ein neues handy")],
    ),
    (
        "risk_assessment",
        "nl",
        "zijn je ouders thuis vanavond?",
        [("risk_assessment", "zijn je ouders thuis")],
    ),
    ("risk_assessment", "nl", "hoe oud ben je", [("risk_assessment", "hoe oud ben je")]),
    # chat spelling
    ("risk_assessment", "nl", "hoe oud bn je", [("risk_assessment", "hoe oud bn je")]),
    ("risk_assessment", "nl", "ben je alleen thuis?", [("risk_assessment", "ben je alleen thuis")]),
    (
        "risk_assessment",
        "nl",
        "hb je een eigen kamer",
        [("risk_assessment", "hb je een eigen kamer")],
    ),
    ("risk_assessment", "en", "r u home alone", [("risk_assessment", "r u home alone")]),
    ("image_request", "en", "u got any pics?", [("image_request", "u got any pics")]),
    ("image_request", "en", "wanna cam?", [("image_request", "wanna cam")]),
    ("image_request", "nl", "wil je ff cammen", [("image_request", "wil je ff cammen")]),
    ("platform_move", "nl", "add me ff op snap", [("platform_move", "add me ff op snap")]),
    ("disclosure", "nl", "ikke ben 14", [("disclosure", "ikke ben 14")]),
    (
        "risk_assessment",
        "en",
        "are you home alone right now?",
        [("risk_assessment", "are you home alone")],
    ),
    (
        "risk_assessment",
        "de",
        "bist du gerade allein zuhause?",
        [("risk_assessment", "bist du gerade allein")],
    ),
    ("risk_assessment", "de", "wie alt bist du?", [("risk_assessment", "wie alt bist du")]),
    (
        "secrecy_isolation",
        "nl",
        "vertel het aan niemand, dit blijft tussen ons",
        [
            ("secrecy_isolation", "vertel het aan niemand"),
            ("secrecy_isolation", "dit blijft tussen ons"),
        ],
    ),
    (
        "secrecy_isolation",
        "en",
        "delete this chat and don't tell your mom",
        [("secrecy_isolation", "delete this chat"), ("secrecy_isolation", "don't tell your mom")],
    ),
    (
        "secrecy_isolation",
        "de",
        "das ist unser kleines geheimnis",
        [("secrecy_isolation", "unser kleines geheimnis")],
    ),
    (
        "platform_move",
        "nl",
        "voeg me even toe op snap",
        [("platform_move", "voeg me even toe op snap")],
    ),
    ("platform_move", "en", "add me on telegram", [("platform_move", "add me on telegram")]),
    (
        "platform_move",
        "de",
        "schreib mir auf whatsapp",
        [("platform_move", "schreib mir auf whatsapp")],
    ),
    ("sexualisation", "nl", "ben je nog maagd?", [("sexualisation", "ben je nog maagd")]),
    (
        "sexualisation",
        "en",
        "are you still a virgin",
        [("sexualisation", "are you still a virgin")],
    ),
    ("sexualisation", "de", "bist du noch jungfrau", [("sexualisation", "bist du noch jungfrau")]),
    (
        "image_request",
        "nl",
        "stuur eens een foto van jezelf",
        [("image_request", "stuur eens een foto")],
    ),
    ("image_request", "en", "send me a pic", [("image_request", "send me a pic")]),
    ("image_request", "en", "can you turn on your cam", [("image_request", "turn on your cam")]),
    (
        "image_request",
        "de",
        "schick mir mal ein bild",
        [("image_request", "schick mir mal ein bild")],
    ),
    (
        "meeting",
        "nl",
        "zullen we een keer afspreken in het echt",
        [("meeting", "zullen we een keer afspreken")],
    ),
    ("meeting", "en", "we should meet in person", [("meeting", "meet in person")]),
    ("meeting", "de", "wollen wir uns mal treffen", [("meeting", "wollen wir uns mal treffen")]),
    (
        "threat_sextortion",
        "nl",
        "anders stuur ik ze naar je ouders",
        [("threat_sextortion", "anders stuur ik ze naar je ouders")],
    ),
    (
        "threat_sextortion",
        "en",
        "pay me $500 or i'll send them to all your friends",
        [
            ("threat_sextortion", "pay me $500 or"),
            ("threat_sextortion", "i'll send them to all your friends"),
        ],
    ),
    (
        "threat_sextortion",
        "de",
        "sonst schicke ich die bilder an deine eltern",
        [("threat_sextortion", "sonst schicke ich die bilder an deine eltern")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "je kan veel geld verdienen met je lichaam",
        [("commercial_exploitation", "verdienen met je lichaam")],
    ),
    (
        "commercial_exploitation",
        "en",
        "you owe me money now",
        [("commercial_exploitation", "you owe me money")],
    ),
    (
        "commercial_exploitation",
        "de",
        "du schuldest mir noch 500 euro",
        [("commercial_exploitation", "du schuldest mir noch 500 euro")],
    ),
    ("disclosure", "nl", "ik ben pas 13", [("disclosure", "ik ben pas 13")]),
    ("disclosure", "en", "he has pictures of me", [("disclosure", "he has pictures of me")]),
    ("disclosure", "de", "ich bin erst 14", [("disclosure", "ich bin erst 14")]),
]

# Added with the patterns of 2026-11-22 (taxonomy 1.1.0): what a groomer, recruiter or
# extorter says in other words, and what a young person says when telling about it.
FOUND += [
    (
        "contact_trust",
        "nl",
        "je kan me alles vertellen",
        [("contact_trust", "je kan me alles vertellen")],
    ),
    ("contact_trust", "nl", "ik zorg wel voor je", [("contact_trust", "ik zorg wel voor je")]),
    (
        "contact_trust",
        "nl",
        "ik ben er altijd voor je",
        [("contact_trust", "ik ben er altijd voor je")],
    ),
    (
        "contact_trust",
        "en",
        "you can tell me anything",
        [("contact_trust", "you can tell me anything")],
    ),
    ("contact_trust", "en", "i'll take care of you", [("contact_trust", "i'll take care of you")]),
    (
        "contact_trust",
        "en",
        "i'm always there for you",
        [("contact_trust", "i'm always there for you")],
    ),
    (
        "contact_trust",
        "de",
        "du kannst mir alles erzählen",
        [("contact_trust", "du kannst mir alles erzählen")],
    ),
    (
        "contact_trust",
        "de",
        "ich bin immer für dich da",
        [("contact_trust", "ich bin immer für dich da")],
    ),
    (
        "gifts_money",
        "nl",
        "ik maak wel geld naar je over",
        [("gifts_money", "ik maak wel geld naar")],
    ),
    (
        "gifts_money",
        "nl",
        "wil je een cadeautje van me",
        [("gifts_money", "wil je een cadeautje van me")],
    ),
    (
        "gifts_money",
        "nl",
        "je krijgt 50 euro van me",
        [("gifts_money", "je krijgt 50 euro van me")],
    ),
    (
        "gifts_money",
        "en",
        "do you want a present from me",
        [("gifts_money", "do you want a present from me")],
    ),
    (
        "gifts_money",
        "de",
        "du kriegst 50 euro von mir",
        [("gifts_money", "du kriegst 50 euro von mir")],
    ),
    (
        "gifts_money",
        "de",
        "willst du ein geschenk von mir",
        [("gifts_money", "willst du ein geschenk von mir")],
    ),
    (
        "risk_assessment",
        "nl",
        "weten je ouders dat we chatten",
        [("risk_assessment", "weten je ouders dat we")],
    ),
    (
        "risk_assessment",
        "nl",
        "slaap je alleen op je kamer",
        [("risk_assessment", "slaap je alleen")],
    ),
    (
        "risk_assessment",
        "nl",
        "op welke school zit je",
        [("risk_assessment", "op welke school zit je")],
    ),
    ("risk_assessment", "nl", "ben je alleen?", [("risk_assessment", "ben je alleen?")]),
    (
        "risk_assessment",
        "en",
        "do your parents know we talk",
        [("risk_assessment", "do your parents know we")],
    ),
    ("risk_assessment", "en", "do you sleep alone", [("risk_assessment", "do you sleep alone")]),
    (
        "risk_assessment",
        "en",
        "what school do you go to",
        [("risk_assessment", "what school do you go to")],
    ),
    (
        "risk_assessment",
        "de",
        "wissen deine eltern dass wir schreiben",
        [("risk_assessment", "wissen deine eltern dass wir")],
    ),
    ("risk_assessment", "de", "schläfst du allein", [("risk_assessment", "schläfst du allein")]),
    (
        "risk_assessment",
        "de",
        "auf welche schule gehst du",
        [("risk_assessment", "auf welche schule gehst du")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "zet de chat op verdwijnen",
        [("secrecy_isolation", "zet de chat op verdwijnen")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "maak geen screenshots",
        [("secrecy_isolation", "maak geen screenshots")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "je ouders hoeven het niet te weten",
        [("secrecy_isolation", "je ouders hoeven het niet te weten")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "vertel het niet aan je ouders",
        [("secrecy_isolation", "vertel het niet aan je ouders")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "dit is alleen tussen jou en mij",
        [("secrecy_isolation", "alleen tussen jou en mij")],
    ),
    ("secrecy_isolation", "nl", "verwijder de chat", [("secrecy_isolation", "verwijder de chat")]),
    (
        "secrecy_isolation",
        "nl",
        "ze begrijpen ons niet",
        [("secrecy_isolation", "ze begrijpen ons")],
    ),
    (
        "secrecy_isolation",
        "en",
        "turn on disappearing messages",
        [("secrecy_isolation", "turn on disappearing messages")],
    ),
    (
        "secrecy_isolation",
        "en",
        "don't screenshot this",
        [("secrecy_isolation", "don't screenshot")],
    ),
    (
        "secrecy_isolation",
        "en",
        "your parents don't need to know",
        [("secrecy_isolation", "your parents don't need to know")],
    ),
    ("secrecy_isolation", "en", "delete the chat", [("secrecy_isolation", "delete the chat")]),
    (
        "secrecy_isolation",
        "en",
        "they don't understand us",
        [("secrecy_isolation", "they don't understand us")],
    ),
    (
        "secrecy_isolation",
        "de",
        "deine eltern müssen das nicht wissen",
        [("secrecy_isolation", "deine eltern müssen das nicht wissen")],
    ),
    ("secrecy_isolation", "de", "lösch den chat", [("secrecy_isolation", "lösch den chat")]),
    (
        "secrecy_isolation",
        "de",
        "mach keine screenshots",
        [("secrecy_isolation", "mach keine screenshots")],
    ),
    (
        "platform_move",
        "nl",
        "hier kunnen we niet goed praten",
        [("platform_move", "hier kunnen we niet goed praten")],
    ),
    ("platform_move", "nl", "ga naar telegram", [("platform_move", "ga naar telegram")]),
    ("platform_move", "en", "i can't talk here", [("platform_move", "i can't talk here")]),
    ("platform_move", "en", "let's go to telegram", [("platform_move", "let's go to telegram")]),
    (
        "platform_move",
        "de",
        "hier kann ich nicht reden",
        [("platform_move", "hier kann ich nicht reden")],
    ),
    (
        "platform_move",
        "de",
        "lass uns auf telegram gehen",
        [("platform_move", "lass uns auf telegram")],
    ),
    ("sexualisation", "nl", "heb je al ervaring?", [("sexualisation", "heb je al ervaring?")]),
    ("sexualisation", "nl", "wat heb je aan?", [("sexualisation", "wat heb je aan?")]),
    (
        "sexualisation",
        "nl",
        "je hebt een mooi lichaam",
        [("sexualisation", "je hebt een mooi lichaam")],
    ),
    (
        "sexualisation",
        "nl",
        "word je er opgewonden van",
        [("sexualisation", "word je er opgewonden van")],
    ),
    (
        "sexualisation",
        "en",
        "do you have experience?",
        [("sexualisation", "do you have experience?")],
    ),
    ("sexualisation", "en", "what are you wearing?", [("sexualisation", "what are you wearing")]),
    ("sexualisation", "en", "you have a sexy body", [("sexualisation", "you have a sexy body")]),
    ("sexualisation", "en", "does that turn you on", [("sexualisation", "does that turn you on")]),
    (
        "sexualisation",
        "de",
        "hast du schon erfahrung?",
        [("sexualisation", "hast du schon erfahrung?")],
    ),
    ("sexualisation", "de", "was hast du an?", [("sexualisation", "was hast du an?")]),
    (
        "sexualisation",
        "de",
        "du hast einen geilen körper",
        [("sexualisation", "du hast einen geilen körper")],
    ),
    ("image_request", "nl", "laat eens wat zien", [("image_request", "laat eens wat zien")]),
    ("image_request", "nl", "doe je shirt eens uit", [("image_request", "doe je shirt eens uit")]),
    ("image_request", "nl", "een foto zonder kleren", [("image_request", "foto zonder kleren")]),
    ("image_request", "en", "show me more", [("image_request", "show me more")]),
    ("image_request", "en", "take your shirt off", [("image_request", "take your shirt off")]),
    (
        "image_request",
        "en",
        "a pic in your underwear",
        [("image_request", "pic in your underwear")],
    ),
    ("image_request", "de", "zeig mir mehr", [("image_request", "zeig mir mehr")]),
    ("image_request", "de", "zieh dein shirt aus", [("image_request", "zieh dein shirt aus")]),
    ("image_request", "de", "ein foto ohne klamotten", [("image_request", "foto ohne klamotten")]),
    (
        "threat_sextortion",
        "nl",
        "iedereen gaat je foto's zien",
        [("threat_sextortion", "iedereen gaat je foto's zien")],
    ),
    (
        "threat_sextortion",
        "nl",
        "ik heb screenshots van je lichaam",
        [("threat_sextortion", "ik heb screenshots van je lichaam")],
    ),
    (
        "threat_sextortion",
        "nl",
        "je hebt 24 uur om te betalen",
        [("threat_sextortion", "je hebt 24 uur om te betalen")],
    ),
    (
        "threat_sextortion",
        "en",
        "everyone will see your pics",
        [("threat_sextortion", "everyone will see your pics")],
    ),
    (
        "threat_sextortion",
        "en",
        "i have screenshots of you",
        [("threat_sextortion", "i have screenshots of you")],
    ),
    (
        "threat_sextortion",
        "en",
        "you have 24 hours to pay",
        [("threat_sextortion", "you have 24 hours to pay")],
    ),
    (
        "threat_sextortion",
        "de",
        "alle werden deine bilder sehen",
        [("threat_sextortion", "alle werden deine bilder sehen")],
    ),
    (
        "threat_sextortion",
        "de",
        "ich habe screenshots von dir",
        [("threat_sextortion", "ich habe screenshots von dir")],
    ),
    (
        "threat_sextortion",
        "de",
        "du hast 24 stunden zu zahlen",
        [("threat_sextortion", "du hast 24 stunden zu zahlen")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "je moet het terugverdienen",
        [("commercial_exploitation", "je moet het terugverdienen")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "een vriend van me wil je betalen",
        [("commercial_exploitation", "vriend van me wil je betalen")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "ik heb een klant voor je",
        [("commercial_exploitation", "ik heb een klant voor je")],
    ),
    (
        "commercial_exploitation",
        "en",
        "you have to earn it back",
        [("commercial_exploitation", "you have to earn it back")],
    ),
    (
        "commercial_exploitation",
        "en",
        "a friend of mine wants to pay you",
        [("commercial_exploitation", "a friend of mine wants to pay you")],
    ),
    (
        "commercial_exploitation",
        "en",
        "i have a client for you",
        [("commercial_exploitation", "i have a client for you")],
    ),
    (
        "commercial_exploitation",
        "de",
        "du musst das abarbeiten",
        [("commercial_exploitation", "du musst das abarbeiten")],
    ),
    (
        "commercial_exploitation",
        "de",
        "ein freund von mir will dich bezahlen",
        [("commercial_exploitation", "ein freund von mir will dich bezahlen")],
    ),
    (
        "commercial_exploitation",
        "de",
        "ich hab einen kunden für dich",
        [("commercial_exploitation", "ich hab einen kunden für dich")],
    ),
    ("disclosure", "nl", "hij wil dat ik foto's stuur", [("disclosure", "hij wil dat ik foto's")]),
    ("disclosure", "nl", "hij is veel ouder dan ik", [("disclosure", "hij is veel ouder dan ik")]),
    (
        "disclosure",
        "nl",
        "hij dreigt mijn foto's te delen",
        [("disclosure", "hij dreigt mijn foto's")],
    ),
    (
        "disclosure",
        "nl",
        "ik heb hem naaktfoto's gestuurd",
        [("disclosure", "ik heb hem naaktfoto's gestuurd")],
    ),
    (
        "disclosure",
        "nl",
        "ik durf het niet te vertellen",
        [("disclosure", "ik durf het niet te vertellen")],
    ),
    ("disclosure", "nl", "ik voel me zo gebruikt", [("disclosure", "ik voel me zo gebruikt")]),
    (
        "disclosure",
        "en",
        "he wants me to send pics",
        [("disclosure", "he wants me to send pics"), ("image_request", "send pics")],
    ),
    ("disclosure", "en", "he's much older than me", [("disclosure", "he's much older than me")]),
    (
        "disclosure",
        "en",
        "he threatens to post my pics",
        [("disclosure", "he threatens to post my pics")],
    ),
    ("disclosure", "en", "i sent him nudes", [("disclosure", "i sent him nudes")]),
    (
        "disclosure",
        "en",
        "i'm scared to tell my parents",
        [("disclosure", "i'm scared to tell my")],
    ),
    ("disclosure", "en", "i feel so used", [("disclosure", "i feel so used")]),
    (
        "disclosure",
        "de",
        "er will dass ich bilder schicke",
        [("disclosure", "er will dass ich bilder")],
    ),
    (
        "disclosure",
        "de",
        "er ist viel älter als ich",
        [("disclosure", "er ist viel älter als ich")],
    ),
    (
        "disclosure",
        "de",
        "er droht meine bilder zu posten",
        [("disclosure", "er droht meine bilder")],
    ),
    (
        "disclosure",
        "de",
        "ich hab ihm nacktbilder geschickt",
        [("disclosure", "ich hab ihm nacktbilder geschickt")],
    ),
    (
        "disclosure",
        "de",
        "ich trau mich nicht es zu erzählen",
        [("disclosure", "ich trau mich nicht es zu erzählen")],
    ),
    ("disclosure", "de", "ich fühl mich so benutzt", [("disclosure", "ich fühl mich so benutzt")]),
]

# Added with taxonomy 1.2.0: how a young person tells a counsellor what is happening.
FOUND += [
    ("disclosure", "nl", "hij wil foto's van me", [("disclosure", "hij wil foto's van me")]),
    (
        "disclosure",
        "nl",
        "die gast vraagt steeds om naaktfoto's",
        [("disclosure", "die gast vraagt steeds om naaktfoto's")],
    ),
    (
        "disclosure",
        "nl",
        "en ik mag het aan niemand vertellen",
        [("disclosure", "ik mag het aan niemand vertellen")],
    ),
    (
        "disclosure",
        "en",
        "he keeps asking me for nudes",
        [("disclosure", "he keeps asking me for nudes")],
    ),
    (
        "disclosure",
        "en",
        "i'm not allowed to tell anyone",
        [("disclosure", "i'm not allowed to tell anyone")],
    ),
    (
        "disclosure",
        "en",
        "he said i can't tell my parents",
        [("disclosure", "he said i can't tell my parents")],
    ),
    (
        "disclosure",
        "de",
        "er will ständig bilder von mir",
        [("disclosure", "er will ständig bilder von mir")],
    ),
    (
        "disclosure",
        "de",
        "der typ fragt mich dauernd nach nacktbildern",
        [("disclosure", "der typ fragt mich dauernd nach nacktbildern")],
    ),
    (
        "disclosure",
        "de",
        "ich darf es niemandem sagen",
        [("disclosure", "ich darf es niemandem sagen")],
    ),
]

# Added with taxonomy 1.3.0: cover stories, pick-up points away from home, deadlines and
# threats to a class group, age-is-a-number, game currency.
FOUND += [
    (
        "contact_trust",
        "nl",
        "leeftijd is maar een getal",
        [("contact_trust", "leeftijd is maar een getal")],
    ),
    (
        "contact_trust",
        "nl",
        "jij bent eigenlijk een echte vrouw",
        [("contact_trust", "jij bent eigenlijk een echte vrouw")],
    ),
    (
        "contact_trust",
        "en",
        "age is just a number babe",
        [("contact_trust", "age is just a number")],
    ),
    ("contact_trust", "en", "ur basically a man at 15", [("contact_trust", "ur basically a man")]),
    (
        "contact_trust",
        "de",
        "alter ist doch nur eine zahl",
        [("contact_trust", "alter ist doch nur eine zahl")],
    ),
    (
        "contact_trust",
        "de",
        "du bist doch schon eine richtige frau",
        [("contact_trust", "du bist doch schon eine richtige frau")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "je zegt toch gewoon dat je bij Lara slaapt",
        [("secrecy_isolation", "zegt toch gewoon dat je bij Lara slaapt")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "zeg dat je langer les hebt",
        [("secrecy_isolation", "zeg dat je langer les")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "zeg maar niet tegen je broer dat ik je heb opgehaald",
        [("secrecy_isolation", "zeg maar niet tegen je broer dat")],
    ),
    ("secrecy_isolation", "nl", "en wis dit ff", [("secrecy_isolation", "wis dit ff")]),
    (
        "secrecy_isolation",
        "nl",
        "en je zet je snap locatie uit",
        [("secrecy_isolation", "zet je snap locatie uit")],
    ),
    (
        "secrecy_isolation",
        "en",
        "say ur at the library",
        [("secrecy_isolation", "say ur at the library")],
    ),
    (
        "secrecy_isolation",
        "en",
        "say ur staying at Amy's",
        [("secrecy_isolation", "say ur staying at Amy's")],
    ),
    (
        "secrecy_isolation",
        "en",
        "keep ur phone off when ur here",
        [("secrecy_isolation", "keep ur phone off when")],
    ),
    (
        "secrecy_isolation",
        "de",
        "sag einfach du bist bei einer freundin",
        [("secrecy_isolation", "sag einfach du bist bei einer freundin")],
    ),
    (
        "secrecy_isolation",
        "de",
        "sag den betreuern bloß nicht wo du bist",
        [("secrecy_isolation", "sag den betreuern bloß nicht wo")],
    ),
    (
        "secrecy_isolation",
        "de",
        "und kein wort zu niemandem",
        [("secrecy_isolation", "kein wort zu niemandem")],
    ),
    (
        "secrecy_isolation",
        "de",
        "mach deinen standort aus",
        [("secrecy_isolation", "mach deinen standort aus")],
    ),
    (
        "meeting",
        "nl",
        "ik haal je om 10 uur op bij de hoek",
        [("meeting", "ik haal je om 10 uur op bij de hoek")],
    ),
    ("meeting", "nl", "ik sta bij de achteringang", [("meeting", "ik sta bij de achteringang")]),
    ("meeting", "nl", "kom wel alleen", [("meeting", "kom wel alleen")]),
    (
        "meeting",
        "en",
        "i'll wait round the corner",
        [("meeting", "i'll wait round the corner")],
    ),
    ("meeting", "en", "come alone ok", [("meeting", "come alone")]),
    ("meeting", "de", "ich hol dich an der ecke ab", [("meeting", "ich hol dich an der ecke")]),
    ("meeting", "de", "komm aber allein", [("meeting", "komm aber allein")]),
    (
        "image_request",
        "nl",
        "als je er nog eentje stuurt. zonder shirt deze keer",
        [("image_request", "eentje stuurt. zonder shirt")],
    ),
    ("image_request", "nl", "één in badkleding", [("image_request", "één in badkleding")]),
    (
        "image_request",
        "en",
        "pics for his page, shirt off",
        [("image_request", "pics for his page, shirt off")],
    ),
    (
        "image_request",
        "de",
        "schick mal eins im badeanzug",
        [("image_request", "schick mal eins im badeanzug")],
    ),
    (
        "threat_sextortion",
        "nl",
        "dan stuur ik die van gisteren naar je klassenapp",
        [("threat_sextortion", "dan stuur ik die van gisteren naar je klassenapp")],
    ),
    (
        "threat_sextortion",
        "nl",
        "3 foto's, vanavond voor 11 uur",
        [("threat_sextortion", "3 foto's, vanavond voor 1")],
    ),
    (
        "threat_sextortion",
        "en",
        "then it goes to your whole year group",
        [("threat_sextortion", "then it goes to your whole year group")],
    ),
    (
        "threat_sextortion",
        "en",
        "3 new pics by midnight",
        [("threat_sextortion", "3 new pics by midnight")],
    ),
    (
        "threat_sextortion",
        "de",
        "die wissen wo du wohnst",
        [("threat_sextortion", "die wissen wo du wohnst")],
    ),
    (
        "threat_sextortion",
        "de",
        "5 bilder bis mitternacht",
        [("threat_sextortion", "5 bilder bis mitternacht")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "je moet ook aardig tegen hen zijn, voor mij",
        [("commercial_exploitation", "je moet ook aardig tegen hen")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "die mannen betalen goed",
        [("commercial_exploitation", "mannen betalen goed")],
    ),
    (
        "commercial_exploitation",
        "en",
        "these guys pay really well for a chat",
        [("commercial_exploitation", "guys pay really well for")],
    ),
    (
        "commercial_exploitation",
        "de",
        "ich kenn männer, die zahlen gut",
        [("commercial_exploitation", "männer, die zahlen gut")],
    ),
    ("gifts_money", "nl", "ik stuur je 800 robux", [("gifts_money", "ik stuur je 800 robux")]),
    ("gifts_money", "en", "do u want vbucks", [("gifts_money", "do u want vbucks")]),
    ("gifts_money", "de", "brauchst du edelsteine", [("gifts_money", "brauchst du edelsteine")]),
]

# Added with taxonomy 1.4.0: Flemish and Dutch forms of cover stories, deleting the chat,
# threats with 'or I send it', deadlines in hours, payment in gift cards.
FOUND += [
    (
        "contact_trust",
        "nl",
        "gij zijt echt matuur voor 14 eh",
        [("contact_trust", "matuur voor 14")],
    ),
    (
        "contact_trust",
        "nl",
        "echt niet zoals de meisjes van uw leeftijd",
        [("contact_trust", "niet zoals de meisjes van uw leeftijd")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "zeg tegen uw ma da ge vrijdag bij sarah slaapt",
        [("secrecy_isolation", "zeg tegen uw ma da ge vrijdag bij sarah slaapt")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "zeg dat je naar de bieb gaat",
        [("secrecy_isolation", "zeg dat je naar de bieb gaat")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "en zeg zeker ni hoe oud ik ben",
        [("secrecy_isolation", "zeg zeker ni hoe oud ik ben")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "zeg dat maar niet tegen je moeder, ze snapt het niet",
        [("secrecy_isolation", "zeg dat maar niet tegen je moeder,")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "en verwijder deze chat even",
        [("secrecy_isolation", "verwijder deze chat")],
    ),
    (
        "threat_sextortion",
        "nl",
        "of ik stuur het naar heel uw school",
        [("threat_sextortion", "of ik stuur het naar heel uw school")],
    ),
    (
        "threat_sextortion",
        "nl",
        "of ik zet ze op dat account met al je volgers",
        [("threat_sextortion", "of ik zet ze op dat account met al je volgers")],
    ),
    (
        "threat_sextortion",
        "nl",
        "als je niet wil dat dit in de klassenapp komt",
        [("threat_sextortion", "als je niet wil dat dit in de klassenapp")],
    ),
    (
        "threat_sextortion",
        "nl",
        "5 fotos voor 10 uur",
        [("threat_sextortion", "5 fotos voor 10 uur")],
    ),
    (
        "threat_sextortion",
        "nl",
        "200 euro in steam kaarten",
        [("threat_sextortion", "200 euro in steam kaarten")],
    ),
    (
        "threat_sextortion",
        "en",
        "pay 100 in steam cards",
        [("threat_sextortion", "100 in steam cards")],
    ),
    (
        "threat_sextortion",
        "de",
        "100 euro in steam-karten",
        [("threat_sextortion", "100 euro in steam-karten")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "ik ken mannen die goed betalen",
        [("commercial_exploitation", "mannen die goed betalen")],
    ),
    # taxonomy 1.5.0: Flemish forms (ge, gij, zijt, uw) and gaps in Dutch, German, English
    (
        "contact_trust",
        "nl",
        "jij bent echt de enige met wie ik zo kan praten",
        [("contact_trust", "jij bent echt de enige met wie ik zo kan praten")],
    ),
    (
        "contact_trust",
        "nl",
        "gij zijt de enige die mij begrijpt",
        [("contact_trust", "gij zijt de enige die mij begrijpt")],
    ),
    (
        "contact_trust",
        "de",
        "du wirkst viel älter als du bist",
        [("contact_trust", "du wirkst viel älter als du bist")],
    ),
    (
        "contact_trust",
        "en",
        "you seem way older than you are",
        [("contact_trust", "you seem way older than you are")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "je vriendinnen zijn gewoon jaloers op je",
        [("secrecy_isolation", "je vriendinnen zijn gewoon jaloers")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "niemand anders heb je nodig",
        [("secrecy_isolation", "niemand anders heb je nodig")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "dit blijft onder ons he",
        [("secrecy_isolation", "dit blijft onder ons")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "jouw ouders snappen je gewoon niet",
        [("secrecy_isolation", "jouw ouders snappen je gewoon niet")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "uw ouders begrijpen u niet",
        [("secrecy_isolation", "uw ouders begrijpen u niet")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "niemand hoeft van ons te weten",
        [("secrecy_isolation", "niemand hoeft van ons te weten")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "zeg maar niks tegen je mama",
        [("secrecy_isolation", "zeg maar niks tegen je mama")],
    ),
    (
        "secrecy_isolation",
        "de",
        "deine freundinnen sind nur neidisch",
        [("secrecy_isolation", "deine freundinnen sind nur neidisch")],
    ),
    (
        "secrecy_isolation",
        "en",
        "your parents just don't get you",
        [("secrecy_isolation", "your parents just don't get you")],
    ),
    (
        "secrecy_isolation",
        "en",
        "your friends are just jealous of you",
        [("secrecy_isolation", "your friends are just jealous")],
    ),
    (
        "risk_assessment",
        "nl",
        "kijkt je moeder op je telefoon",
        [("risk_assessment", "kijkt je moeder op je telefoon")],
    ),
    (
        "risk_assessment",
        "nl",
        "zijt ge alleen thuis vanavond",
        [("risk_assessment", "zijt ge alleen thuis")],
    ),
    (
        "risk_assessment",
        "nl",
        "zijn uw ouders thuis",
        [("risk_assessment", "zijn uw ouders thuis")],
    ),
    (
        "risk_assessment",
        "de",
        "kontrolliert deine mutter dein handy",
        [("risk_assessment", "kontrolliert deine mutter dein handy")],
    ),
    (
        "risk_assessment",
        "de",
        "bist du heute abend allein zuhause",
        [("risk_assessment", "bist du heute abend allein zuhause")],
    ),
    (
        "gifts_money",
        "nl",
        "ik koop wel een nieuwe telefoon voor je",
        [("gifts_money", "ik koop wel een nieuwe telefoon voor je")],
    ),
    (
        "gifts_money",
        "nl",
        "ik zet wat beltegoed op je telefoon",
        [("gifts_money", "ik zet wat beltegoed op je")],
    ),
    (
        "gifts_money",
        "de",
        "ich lade dir guthaben auf",
        [("gifts_money", "ich lade dir guthaben auf")],
    ),
    (
        "gifts_money",
        "en",
        "i'll put some credit on your phone",
        [("gifts_money", "i'll put some credit on your phone")],
    ),
    (
        "image_request",
        "nl",
        "laat eens zien hoe je eruit ziet",
        [("image_request", "laat eens zien hoe je eruit ziet")],
    ),
    (
        "image_request",
        "de",
        "zeig mal wie du aussiehst",
        [("image_request", "zeig mal wie du aussiehst")],
    ),
    (
        "sexualisation",
        "nl",
        "wat draag je nu",
        [("sexualisation", "wat draag je nu")],
    ),
    (
        "sexualisation",
        "nl",
        "wat heb je nu aan",
        [("sexualisation", "wat heb je nu aan")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "je kan heel makkelijk veel geld verdienen",
        [("commercial_exploitation", "je kan heel makkelijk veel geld verdienen")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "je moet ook iets voor mij terugdoen",
        [("commercial_exploitation", "je moet ook iets voor mij terugdoen")],
    ),
    (
        "commercial_exploitation",
        "de",
        "du kannst ganz leicht viel geld verdienen",
        [("commercial_exploitation", "du kannst ganz leicht viel geld verdienen")],
    ),
    (
        "commercial_exploitation",
        "en",
        "you could make easy money",
        [("commercial_exploitation", "you could make easy money")],
    ),
    (
        "threat_sextortion",
        "en",
        "i will send those videos to them unless you pay",
        [("threat_sextortion", "i will send those videos to them unless")],
    ),
    (
        "threat_sextortion",
        "en",
        "im gonna leak your nudes",
        [("threat_sextortion", "im gonna leak your nudes")],
    ),
    (
        "disclosure",
        "nl",
        "ik durf het aan niemand te vertellen",
        [("disclosure", "ik durf het aan niemand te vertellen")],
    ),
    (
        "disclosure",
        "de",
        "ich hab so angst es jemandem zu sagen",
        [("disclosure", "ich hab so angst es jemandem zu sagen")],
    ),
    (
        "contact_trust",
        "nl",
        "leeftijd maakt toch niks uit",
        [("contact_trust", "leeftijd maakt toch niks uit")],
    ),
    (
        "contact_trust",
        "nl",
        "vind je het erg dat ik ouder ben",
        [("contact_trust", "vind je het erg dat ik ouder ben")],
    ),
    (
        "contact_trust",
        "nl",
        "je bent zo anders dan meiden van jouw leeftijd",
        [("contact_trust", "anders dan meiden van jouw leeftijd")],
    ),
    (
        "contact_trust",
        "nl",
        "wat wij hebben is echt speciaal",
        [("contact_trust", "wat wij hebben is echt speciaal")],
    ),
    (
        "contact_trust",
        "en",
        "the age difference doesn't matter to me",
        [("contact_trust", "the age difference doesn't matter")],
    ),
    (
        "contact_trust",
        "en",
        "do you mind that i'm older",
        [("contact_trust", "do you mind that i'm older")],
    ),
    (
        "contact_trust",
        "en",
        "what we have is so special",
        [("contact_trust", "what we have is so special")],
    ),
    (
        "contact_trust",
        "de",
        "das alter spielt doch keine rolle",
        [("contact_trust", "das alter spielt doch keine rolle")],
    ),
    (
        "contact_trust",
        "de",
        "stört es dich dass ich älter bin",
        [("contact_trust", "stört es dich dass ich älter bin")],
    ),
    (
        "contact_trust",
        "de",
        "was wir haben ist so besonders",
        [("contact_trust", "was wir haben ist so besonders")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "niemand zou het snappen wat wij hebben",
        [("secrecy_isolation", "snappen wat wij hebben")],
    ),
    (
        "risk_assessment",
        "nl",
        "weet je moeder dat je met mij praat",
        [("risk_assessment", "weet je moeder dat je met mij praat")],
    ),
    (
        "risk_assessment",
        "nl",
        "heeft je moeder je wachtwoord",
        [("risk_assessment", "heeft je moeder je wachtwoord")],
    ),
    (
        "risk_assessment",
        "nl",
        "slaap je met je telefoon op je kamer",
        [("risk_assessment", "slaap je met je telefoon op je kamer")],
    ),
    (
        "risk_assessment",
        "nl",
        "zorg dat je alleen thuis bent",
        [("risk_assessment", "zorg dat je alleen thuis")],
    ),
    (
        "risk_assessment",
        "en",
        "does your mom know you're talking to me",
        [("risk_assessment", "does your mom know you're talking to me")],
    ),
    (
        "risk_assessment",
        "en",
        "does your mom know your password",
        [("risk_assessment", "does your mom know your password")],
    ),
    (
        "risk_assessment",
        "en",
        "do you keep your phone in your room at night",
        [("risk_assessment", "do you keep your phone in your room")],
    ),
    (
        "risk_assessment",
        "en",
        "make sure you're home alone",
        [("risk_assessment", "make sure you're home alone")],
    ),
    (
        "risk_assessment",
        "de",
        "weiß deine mutter dass du mit mir schreibst",
        [("risk_assessment", "weiß deine mutter dass du mit mir schreibst")],
    ),
    (
        "risk_assessment",
        "de",
        "kennt deine mama dein passwort",
        [("risk_assessment", "kennt deine mama dein passwort")],
    ),
    (
        "risk_assessment",
        "de",
        "hast du dein handy nachts im zimmer",
        [("risk_assessment", "hast du dein handy nachts im zimmer")],
    ),
    (
        "risk_assessment",
        "de",
        "sorg dafür dass du allein zu hause bist",
        [("risk_assessment", "sorg dafür dass du allein zu hause bist")],
    ),
    (
        "image_request",
        "nl",
        "ik wil je lichaam zien",
        [("image_request", "ik wil je lichaam zien")],
    ),
    (
        "image_request",
        "en",
        "i want to see your body",
        [("image_request", "i want to see your body")],
    ),
    (
        "image_request",
        "de",
        "ich will deinen körper sehen",
        [("image_request", "ich will deinen körper sehen")],
    ),
    (
        "sexualisation",
        "nl",
        "ben je wel eens met een jongen naar bed geweest",
        [("sexualisation", "ben je wel eens met een jongen naar bed geweest")],
    ),
    (
        "sexualisation",
        "en",
        "have you ever been to bed with a guy",
        [("sexualisation", "have you ever been to bed with a guy")],
    ),
    (
        "sexualisation",
        "de",
        "warst du schon mal mit einem jungen im bett",
        [("sexualisation", "warst du schon mal mit einem jungen im bett")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "zeg gewoon dat je 18 bent",
        [("secrecy_isolation", "zeg gewoon dat je 18 bent")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "doe alsof je 18 bent",
        [("secrecy_isolation", "doe alsof je 18 bent")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "als ze vragen hoe oud je bent zeg je 18",
        [("secrecy_isolation", "zeg je 18")],
    ),
    (
        "secrecy_isolation",
        "en",
        "pretend you're 18",
        [("secrecy_isolation", "pretend you're 18")],
    ),
    (
        "secrecy_isolation",
        "de",
        "sag einfach du bist 18",
        [("secrecy_isolation", "sag einfach du bist 18")],
    ),
    (
        "secrecy_isolation",
        "de",
        "tu einfach so als ob du 18 wärst",
        [("secrecy_isolation", "tu einfach so als ob du 18")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "je verdient 500 per avond",
        [("commercial_exploitation", "je verdient 500 per avond")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "je moet gewoon gezellig doen met die mannen",
        [("commercial_exploitation", "gezellig doen met die mannen")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "hij betaalt je als je met hem meegaat",
        [("commercial_exploitation", "hij betaalt je als je met hem meegaat")],
    ),
    (
        "commercial_exploitation",
        "en",
        "you can make 500 a night",
        [("commercial_exploitation", "you can make 500 a night")],
    ),
    (
        "commercial_exploitation",
        "en",
        "my friend will pay you if you're nice to him",
        [("commercial_exploitation", "my friend will pay you if you're nice to him")],
    ),
    (
        "commercial_exploitation",
        "de",
        "du verdienst locker 300 euro pro abend",
        [("commercial_exploitation", "du verdienst locker 300 euro pro abend")],
    ),
    (
        "commercial_exploitation",
        "de",
        "mein kumpel zahlt dir was wenn du nett zu ihm bist",
        [("commercial_exploitation", "zahlt dir was wenn du nett zu ihm bist")],
    ),
    (
        "commercial_exploitation",
        "de",
        "er gibt dir 100 wenn du mit ihm mitgehst",
        [("commercial_exploitation", "gibt dir 100 wenn du mit ihm mitgehst")],
    ),
]

# Added with taxonomy 1.8.0: the families of phrasing the development sets 1-7 showed
# missing (secrecy in Flemish forms, when the parents are out, moving to an app nobody
# reads, game currency and phone credit, sextortion with codes and deadlines, recruiters'
# earnings and age lies). Each sentence is invented, one per new pattern.
FOUND += [
    (
        "commercial_exploitation",
        "nl",
        "ge zijt mij nog 800 schuldig",
        [("commercial_exploitation", "ge zijt mij nog 800 schuldig")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "hij zegt dat ik hem 900 euro schuldig ben",
        [("commercial_exploitation", "dat ik hem 900 euro schuldig ben")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "4 klanten en dan ben je 400 minder kwijt",
        [("commercial_exploitation", "dan ben je 400 minder kwijt")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "je hebt 2 klanten vanavond",
        [("commercial_exploitation", "2 klanten vanavond")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "dat ik het kan terugverdienen bij vrienden van hem",
        [("commercial_exploitation", "terugverdienen bij vrienden")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "hij zegt dat ik naar zijn kot moet komen om iets terug te doen",
        [("commercial_exploitation", "moet komen om iets terug te doen")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "sommige van onze meiden verdienen hier €3000 per maand",
        [("commercial_exploitation", "onze meiden verdienen hier €3000")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "je kan 400 per avond verdienen",
        [("commercial_exploitation", "je kan 400 per avond verdienen")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "gezelschap houden voor rijke mannen",
        [("commercial_exploitation", "gezelschap houden voor rijke mannen")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "hoe meer ge laat zien hoe meer tips ge krijgt",
        [("commercial_exploitation", "hoe meer ge laat zien hoe meer tips ge krijgt")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "we zetten uw profiel gewoon op 18",
        [("commercial_exploitation", "we zetten uw profiel gewoon op 18")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "je krijgt 50 euro als je vriendin meekomt",
        [("commercial_exploitation", "krijgt 50 euro als je vriendin meekomt")],
    ),
    (
        "commercial_exploitation",
        "en",
        "u can work off ur debt in 2 weekends",
        [("commercial_exploitation", "work off ur debt")],
    ),
    (
        "commercial_exploitation",
        "en",
        "i had to be nice to his mates or he got angry",
        [("commercial_exploitation", "i had to be nice to his mates")],
    ),
    (
        "commercial_exploitation",
        "en",
        "u just keep them company for a bit",
        [("commercial_exploitation", "keep them company")],
    ),
    (
        "commercial_exploitation",
        "en",
        "they pay and we split it, easy",
        [("commercial_exploitation", "they pay and we split")],
    ),
    (
        "commercial_exploitation",
        "en",
        "the more u show the more u make",
        [("commercial_exploitation", "the more u show the more u make")],
    ),
    (
        "commercial_exploitation",
        "de",
        "du arbeitest das bei meinen freunden ab",
        [("commercial_exploitation", "arbeitest das bei meinen freunden ab")],
    ),
    (
        "commercial_exploitation",
        "de",
        "bis die schulden abgearbeitet sind",
        [("commercial_exploitation", "schulden abgearbeitet")],
    ),
    (
        "commercial_exploitation",
        "de",
        "sei einfach ein bisschen nett zu denen",
        [("commercial_exploitation", "ein bisschen nett zu denen")],
    ),
    (
        "commercial_exploitation",
        "de",
        "wenn du ihm gesellschaft leistest, zahlt er",
        [("commercial_exploitation", "ihm gesellschaft leistest")],
    ),
    (
        "commercial_exploitation",
        "de",
        "ein kumpel von mir zahlt gut",
        [("commercial_exploitation", "ein kumpel von mir zahlt gut")],
    ),
    (
        "commercial_exploitation",
        "de",
        "da sind ältere jungs mit kohle",
        [("commercial_exploitation", "ältere jungs mit kohle")],
    ),
    (
        "commercial_exploitation",
        "de",
        "lust auf 500 euro am wochenende?",
        [("commercial_exploitation", "lust auf 500 euro am wochenende")],
    ),
    (
        "commercial_exploitation",
        "de",
        "je mehr du zeigst, desto mehr verdienst du",
        [("commercial_exploitation", "je mehr du zeigst")],
    ),
    (
        "commercial_exploitation",
        "de",
        "schon mal an onlyfans gedacht?",
        [("commercial_exploitation", "schon mal an onlyfans gedacht")],
    ),
    (
        "commercial_exploitation",
        "de",
        "ich verkauf die bilder für dich",
        [("commercial_exploitation", "ich verkauf die bilder")],
    ),
    (
        "contact_trust",
        "nl",
        "gij zijt veel rijper dan die andere meisjes",
        [("contact_trust", "gij zijt veel rijper dan die andere")],
    ),
    (
        "contact_trust",
        "nl",
        "je praat echt als iemand van 18",
        [("contact_trust", "je praat echt als iemand van 18")],
    ),
    (
        "contact_trust",
        "nl",
        "amai gij zijt echt schoon",
        [("contact_trust", "gij zijt echt schoon")],
    ),
    (
        "contact_trust",
        "nl",
        "je bent echt anders dan andere meiden",
        [("contact_trust", "je bent echt anders dan andere meiden")],
    ),
    (
        "contact_trust",
        "nl",
        "jij en ik tegen de rest van de wereld",
        [("contact_trust", "jij en ik tegen de rest van de wereld")],
    ),
    (
        "contact_trust",
        "en",
        "honestly ur way more mature than other kids in ur class",
        [("contact_trust", "way more mature than other")],
    ),
    (
        "contact_trust",
        "en",
        "chatting with u is like talking to someone my age tbh",
        [("contact_trust", "like talking to someone my age")],
    ),
    (
        "contact_trust",
        "en",
        "come on ur 13 not a baby, everyone does it",
        [("contact_trust", "ur 13 not a baby")],
    ),
    (
        "contact_trust",
        "en",
        "i understand u so much better than your parents ever will",
        [("contact_trust", "i understand u so much better than your")],
    ),
    (
        "contact_trust",
        "en",
        "you're such a special girl, i noticed that straight away",
        [("contact_trust", "you're such a special girl")],
    ),
    (
        "contact_trust",
        "de",
        "du bist viel reifer als die anderen in deiner stufe",
        [("contact_trust", "reifer als die anderen")],
    ),
    (
        "contact_trust",
        "de",
        "du wirkst echt so erwachsen für dein alter",
        [("contact_trust", "du wirkst echt so erwachsen")],
    ),
    (
        "contact_trust",
        "de",
        "du bist was ganz besonderes für mich",
        [("contact_trust", "du bist was ganz besonderes")],
    ),
    (
        "contact_trust",
        "de",
        "du bist ein ganz besonderes mädchen",
        [("contact_trust", "du bist ein ganz besonderes mädchen")],
    ),
    (
        "contact_trust",
        "de",
        "mit leuten in meinem alter ist es nie so locker wie mit dir",
        [("contact_trust", "leuten in meinem alter ist es nie so locker wie mit dir")],
    ),
    (
        "contact_trust",
        "de",
        "ich versteh dich besser als deine eltern",
        [("contact_trust", "ich versteh dich besser als")],
    ),
    ("contact_trust", "de", "voll süß für 13 ehrlich", [("contact_trust", "süß für 13")]),
    (
        "disclosure",
        "nl",
        "nu wil ze geld anders stuurt ze het naar mn ouders",
        [("disclosure", "anders stuurt ze het naar mn")],
    ),
    (
        "disclosure",
        "nl",
        "als ik het niet doe stuurt hij ze naar iedereen",
        [("disclosure", "als ik het niet doe stuurt hij ze")],
    ),
    (
        "disclosure",
        "nl",
        "hij zegt da hij die naar mijn klasgroep stuurt",
        [("disclosure", "hij zegt da hij die naar mijn klasgroep stuurt")],
    ),
    (
        "disclosure",
        "nl",
        "ik heb hem een filmpje gestuurd en nu wil hij geld",
        [("disclosure", "ik heb hem een filmpje gestuurd en nu wil")],
    ),
    (
        "disclosure",
        "nl",
        "ik heb fotos gestuurd waar ik ni veel aanhad",
        [("disclosure", "waar ik ni veel aanhad")],
    ),
    (
        "disclosure",
        "nl",
        "en hij zegt dat hij weet op welke school ik zit",
        [("disclosure", "hij zegt dat hij weet op welke school ik zit")],
    ),
    (
        "disclosure",
        "nl",
        "ik zit in het 2de middelbaar",
        [("disclosure", "ik zit in het 2de middelbaar")],
    ),
    ("disclosure", "nl", "ik ben wel pas 14 hoor", [("disclosure", "ik ben wel pas 14")]),
    (
        "disclosure",
        "en",
        "she said if i tell anyone she'll ruin me",
        [("disclosure", "she said if i tell")],
    ),
    (
        "disclosure",
        "en",
        "he'll post them online if i dont reply",
        [("disclosure", "he'll post them online")],
    ),
    (
        "disclosure",
        "en",
        "they want 200 quid or theyll post it",
        [("disclosure", "they want 200 quid or")],
    ),
    (
        "disclosure",
        "en",
        "he says i owe him for everything he bought",
        [("disclosure", "he says i owe him for")],
    ),
    (
        "disclosure",
        "en",
        "i owe him for the phone apparently",
        [("disclosure", "i owe him for the phone")],
    ),
    (
        "disclosure",
        "en",
        "it wasnt even a girl, it was some old guy",
        [("disclosure", "it wasnt even a girl")],
    ),
    ("disclosure", "en", "hes not 17, hes like 32", [("disclosure", "hes not 17, hes like 32")]),
    (
        "disclosure",
        "en",
        "he said he was 16 but he's way older",
        [("disclosure", "he said he was 16 but")],
    ),
    (
        "disclosure",
        "en",
        "he keeps asking for pics and i dont know what to do",
        [("disclosure", "he keeps asking for pics")],
    ),
    (
        "disclosure",
        "en",
        "i sent him some pics and now i regret it",
        [("disclosure", "i sent him some pics")],
    ),
    (
        "disclosure",
        "en",
        "my boyfriend is 24 but it's fine",
        [("disclosure", "my boyfriend is 24")],
    ),
    (
        "disclosure",
        "de",
        "jetzt sagt er schickt er sie meinem vater",
        [("disclosure", "schickt er sie meinem vater")],
    ),
    (
        "disclosure",
        "de",
        "er schickt die bilder an meine klasse",
        [("disclosure", "er schickt die bilder an meine")],
    ),
    (
        "disclosure",
        "de",
        "er sagt ich schulde ihm geld für alles",
        [("disclosure", "er sagt ich schulde ihm geld für alles")],
    ),
    ("disclosure", "de", "es war gar kein mädchen", [("disclosure", "es war gar kein mädchen")]),
    ("disclosure", "de", "der ist gar nicht 15", [("disclosure", "der ist gar nicht 15")]),
    (
        "disclosure",
        "de",
        "er hat gesagt 17 aber er ist viel älter",
        [("disclosure", "er hat gesagt 17 aber")],
    ),
    (
        "disclosure",
        "de",
        "ich hab ihm bilder geschickt",
        [("disclosure", "ich hab ihm bilder geschickt")],
    ),
    (
        "disclosure",
        "de",
        "er weiß auf welche schule ich gehe",
        [("disclosure", "er weiß auf welche schule")],
    ),
    (
        "disclosure",
        "de",
        "er will jetzt 300 euro sonst postet er alles",
        [("disclosure", "er will jetzt 300 euro sonst")],
    ),
    (
        "disclosure",
        "de",
        "ich schulde ihm 2000 euro sagt er",
        [("disclosure", "ich schulde ihm 2000")],
    ),
    (
        "gifts_money",
        "nl",
        "ik heb je net 1000 robux gestuurd",
        [("gifts_money", "ik heb je net 1000 robux gestuurd")],
    ),
    (
        "gifts_money",
        "nl",
        "ik heb nog 2000 fifa points over",
        [("gifts_money", "ik heb nog 2000 fifa points over")],
    ),
    (
        "gifts_money",
        "nl",
        "ik zet er 15 euro op voor u",
        [("gifts_money", "ik zet er 15 euro op voor u")],
    ),
    ("gifts_money", "nl", "ik geef je 50 via tikkie", [("gifts_money", "ik geef je 50 via")]),
    (
        "gifts_money",
        "nl",
        "ik betaal je, 30 euro als cadeaukaart voor je favoriete game",
        [("gifts_money", "30 euro als cadeaukaart voor je")],
    ),
    (
        "gifts_money",
        "nl",
        "ik heb een cadeaubon voor u",
        [("gifts_money", "ik heb een cadeaubon ")],
    ),
    (
        "gifts_money",
        "nl",
        "uw rijlessen betaal ik wel",
        [("gifts_money", "uw rijlessen betaal ik")],
    ),
    (
        "gifts_money",
        "en",
        "i just gifted u the winter bundle, check ur inventory",
        [("gifts_money", "i just gifted u the winter bundle")],
    ),
    (
        "gifts_money",
        "en",
        "i'll send u 40 on cashapp tonight",
        [("gifts_money", "i'll send u 40 on cashapp")],
    ),
    (
        "gifts_money",
        "de",
        "ich hab dir nen sub geschenkt, schau mal",
        [("gifts_money", "ich hab dir nen sub geschenkt")],
    ),
    (
        "gifts_money",
        "de",
        "ich kauf dir die app, kein problem",
        [("gifts_money", "ich kauf dir die app")],
    ),
    (
        "gifts_money",
        "de",
        "ich überweis dir 50 über paypal",
        [("gifts_money", "ich überweis dir 50 über paypal")],
    ),
    (
        "gifts_money",
        "de",
        "ich hab 20 euro für dich, weil du so lieb bist",
        [("gifts_money", "ich hab 20 euro für dich")],
    ),
    (
        "gifts_money",
        "de",
        "ich schick dir mal meinen netflix login",
        [("gifts_money", "ich schick dir mal meinen netflix login")],
    ),
    (
        "image_request",
        "nl",
        "stuur eens ne foto van u nu",
        [("image_request", "stuur eens ne foto")],
    ),
    (
        "image_request",
        "nl",
        "een paar fotos in lingerie voor je profiel",
        [("image_request", "fotos in lingerie")],
    ),
    (
        "image_request",
        "nl",
        "iets met uw bovenlijf bloot",
        [("image_request", "met uw bovenlijf bloot")],
    ),
    (
        "image_request",
        "nl",
        "stuur er eentje waar je wat minder aanhebt",
        [("image_request", "stuur er eentje waar je wat minder aanhebt")],
    ),
    (
        "image_request",
        "nl",
        "ik heb fotos nodig van uw lichaamsbouw",
        [("image_request", "fotos nodig van uw lichaamsbouw")],
    ),
    ("image_request", "nl", "zet uw cam efkes aan", [("image_request", "zet uw cam efkes aan")]),
    (
        "image_request",
        "nl",
        "je stuurt me vanavond nieuwe pics",
        [("image_request", "je stuurt me vanavond nieuwe pics")],
    ),
    (
        "image_request",
        "en",
        "send one in just ur towel",
        [("image_request", "one in just ur towel")],
    ),
    ("image_request", "en", "fine then a shirtless pic", [("image_request", "shirtless pic")]),
    (
        "image_request",
        "en",
        "take your hoodie off for a sec",
        [("image_request", "take your hoodie off")],
    ),
    (
        "image_request",
        "en",
        "turn ur cam on, door locked first",
        [("image_request", "turn ur cam on, door")],
    ),
    (
        "image_request",
        "en",
        "just a few pics in return and the money's yours",
        [("image_request", "pics in return")],
    ),
    (
        "image_request",
        "en",
        "remember more pics = more money",
        [("image_request", "more pics = more money")],
    ),
    (
        "image_request",
        "de",
        "ein bild nach dem duschen wär cool",
        [("image_request", "bild nach dem duschen")],
    ),
    ("image_request", "de", "ich brauch ein körperfoto von dir", [("image_request", "körperfoto")]),
    (
        "image_request",
        "de",
        "am besten nur in unterwäsche",
        [("image_request", "nur in unterwäsche")],
    ),
    ("image_request", "de", "kamera an, tür zu", [("image_request", "kamera an, tür zu")]),
    (
        "image_request",
        "de",
        "tür zu, dann sind wir ungestört",
        [("image_request", "tür zu, dann sind wir ungestört")],
    ),
    (
        "image_request",
        "de",
        "dreh die kamera auf dich",
        [("image_request", "dreh die kamera auf dich")],
    ),
    (
        "image_request",
        "de",
        "wenn du den pulli ausziehst gibts robux",
        [("image_request", "den pulli ausziehst")],
    ),
    (
        "image_request",
        "de",
        "ein video wo du dich langsam drehst",
        [("image_request", "video wo du dich langsam drehst")],
    ),
    (
        "image_request",
        "de",
        "wenn du mehr schickst, gibts mehr geld",
        [("image_request", "wenn du mehr schickst, gibts mehr geld")],
    ),
    (
        "image_request",
        "de",
        "dann gibts noch mehr robux",
        [("image_request", "dann gibts noch mehr robux")],
    ),
    (
        "meeting",
        "nl",
        "kunt ge zaterdag naar mijn appartement komen?",
        [("meeting", "kunt ge zaterdag naar mijn appartement")],
    ),
    ("meeting", "nl", "kom gewoon bij mij wonen", [("meeting", "kom gewoon bij mij wonen")]),
    (
        "meeting",
        "nl",
        "je komt morgen om 8 uur naar mijn auto",
        [("meeting", "je komt morgen om 8 uur naar mijn auto")],
    ),
    ("meeting", "en", "i'll meet u at the hotel lobby at 2", [("meeting", "meet u at the hotel")]),
    ("meeting", "en", "i booked a room so we can be alone", [("meeting", "booked a room so we")]),
    (
        "meeting",
        "en",
        "come over after she's gone to work",
        [("meeting", "come over after she's gone")],
    ),
    (
        "meeting",
        "en",
        "just hop the back fence, nobody will see",
        [("meeting", "hop the back fence")],
    ),
    (
        "meeting",
        "en",
        "dont bring ur mates, it's just for us",
        [("meeting", "dont bring ur mates")],
    ),
    (
        "meeting",
        "en",
        "just you, no distractions this time",
        [("meeting", "just you, no distractions")],
    ),
    ("meeting", "en", "my cousin will pick u up at 5", [("meeting", "my cousin will pick u up")]),
    ("meeting", "de", "ich hol dich an der tanke ab", [("meeting", "ich hol dich an der tanke")]),
    ("meeting", "de", "i hol di am fritig ab", [("meeting", "i hol di am fritig ab")]),
    ("meeting", "de", "park nicht vors schultor", [("meeting", "nicht vors schultor")]),
    ("meeting", "de", "mein kumpel holt dich ab", [("meeting", "mein kumpel holt dich")]),
    (
        "meeting",
        "de",
        "bring bloß keine freundin mit",
        [("meeting", "bring bloß keine freundin mit")],
    ),
    (
        "platform_move",
        "nl",
        "installeer efkes telegram",
        [("platform_move", "installeer efkes telegram")],
    ),
    (
        "platform_move",
        "nl",
        "zet signal even op je oude gsm",
        [("platform_move", "zet signal even op je oude gsm")],
    ),
    (
        "platform_move",
        "nl",
        "laten we verder praten op een andere app",
        [("platform_move", "op een andere app")],
    ),
    (
        "platform_move",
        "nl",
        "zullen we efkes privé bellen?",
        [("platform_move", "zullen we efkes privé bellen")],
    ),
    (
        "platform_move",
        "nl",
        "babbelen we verder via telegram?",
        [("platform_move", "babbelen we verder via telegram")],
    ),
    (
        "platform_move",
        "nl",
        "stuur ze maar naar mijn telegram",
        [("platform_move", "naar mijn telegram")],
    ),
    ("platform_move", "nl", "mn naam daar is wolf_99", [("platform_move", "mn naam daar is")]),
    (
        "platform_move",
        "nl",
        "de server logt alles, kom naar dm",
        [("platform_move", "de server logt alles")],
    ),
    (
        "platform_move",
        "nl",
        "maak een account met een ander naampje",
        [("platform_move", "met een ander naampje")],
    ),
    (
        "platform_move",
        "en",
        "add me on my private account instead",
        [("platform_move", "add me on my private account")],
    ),
    (
        "platform_move",
        "en",
        "telegram is better, honestly it's way more private",
        [("platform_move", "telegram is better, honestly it's way more private")],
    ),
    (
        "platform_move",
        "en",
        "use snap so it deletes by itself",
        [("platform_move", "use snap so it deletes")],
    ),
    (
        "platform_move",
        "en",
        "dont worry snaps disappear anyway",
        [("platform_move", "snaps disappear anyway")],
    ),
    ("platform_move", "en", "install signal real quick", [("platform_move", "install signal")]),
    (
        "platform_move",
        "en",
        "we should talk on a different app",
        [("platform_move", "talk on a different app")],
    ),
    (
        "platform_move",
        "en",
        "put whatsapp on your old phone and use that",
        [("platform_move", "put whatsapp on your old phone")],
    ),
    (
        "platform_move",
        "de",
        "schreib mir lieber auf threema",
        [("platform_move", "schreib mir lieber auf threema")],
    ),
    ("platform_move", "de", "lad dir signal runter", [("platform_move", "lad dir signal runter")]),
    (
        "platform_move",
        "de",
        "ab jetzt über threema weiterschreiben ok",
        [("platform_move", "über threema weiterschreiben")],
    ),
    (
        "platform_move",
        "de",
        "hier auf insta ist mir zu unsicher",
        [("platform_move", "hier auf insta ist mir zu unsicher")],
    ),
    (
        "platform_move",
        "de",
        "die nachrichten verschwinden dann automatisch",
        [("platform_move", "die nachrichten verschwinden dann")],
    ),
    ("platform_move", "de", "snap löscht das eh", [("platform_move", "snap löscht das eh")]),
    (
        "platform_move",
        "de",
        "komm wir machen in nem anderen videochat weiter",
        [("platform_move", "in nem anderen videochat")],
    ),
    (
        "platform_move",
        "de",
        "lass uns auf threema gehen",
        [("platform_move", "lass uns auf threema")],
    ),
    (
        "risk_assessment",
        "nl",
        "wanneer zijde meestal alleen?",
        [("risk_assessment", "wanneer zijde meestal alleen")],
    ),
    (
        "risk_assessment",
        "nl",
        "zijt ge woensdag alleen thuis?",
        [("risk_assessment", "zijt ge woensdag alleen thuis")],
    ),
    (
        "risk_assessment",
        "nl",
        "zijn er avonden dat je ouders niet thuis zijn?",
        [("risk_assessment", "zijn er avonden dat je ouders niet thuis zijn")],
    ),
    (
        "risk_assessment",
        "nl",
        "werkt uw ma soms tot laat?",
        [("risk_assessment", "werkt uw ma soms tot laat")],
    ),
    (
        "risk_assessment",
        "nl",
        "zijn je ouders zaterdag weg?",
        [("risk_assessment", "zijn je ouders zaterdag weg")],
    ),
    (
        "risk_assessment",
        "nl",
        "hoe laat komt je moeder thuis van haar werk?",
        [("risk_assessment", "hoe laat komt je moeder thuis")],
    ),
    (
        "risk_assessment",
        "nl",
        "checkt je moeder eigenlijk je telefoon?",
        [("risk_assessment", "checkt je moeder eigenlijk je telefoon")],
    ),
    (
        "risk_assessment",
        "nl",
        "je ouders lezen toch niet mee he?",
        [("risk_assessment", "je ouders lezen toch niet mee")],
    ),
    (
        "risk_assessment",
        "nl",
        "leest er iemand uw berichten?",
        [("risk_assessment", "leest er iemand uw berichten")],
    ),
    (
        "risk_assessment",
        "nl",
        "zit ge alleen op uw kamer?",
        [("risk_assessment", "zit ge alleen op uw kamer")],
    ),
    ("risk_assessment", "nl", "hoe oud zijde eigenlijk?", [("risk_assessment", "hoe oud zijde")]),
    (
        "risk_assessment",
        "en",
        "does your mum ever check your ipad at night?",
        [("risk_assessment", "does your mum ever check your ipad")],
    ),
    (
        "risk_assessment",
        "en",
        "does she look at ur dms or nah",
        [("risk_assessment", "does she look at ur dms")],
    ),
    (
        "risk_assessment",
        "en",
        "what time does your mum usually go to bed?",
        [("risk_assessment", "what time does your mum usually go to bed")],
    ),
    (
        "risk_assessment",
        "en",
        "does ur mum often work nights?",
        [("risk_assessment", "does ur mum often work nights")],
    ),
    (
        "risk_assessment",
        "en",
        "when are u usually home alone?",
        [("risk_assessment", "when are u usually home alone")],
    ),
    (
        "risk_assessment",
        "de",
        "hast du heute sturmfrei?",
        [("risk_assessment", "hast du heute sturmfrei")],
    ),
    (
        "risk_assessment",
        "de",
        "ist gerade jemand zuhause?",
        [("risk_assessment", "ist gerade jemand zuhause")],
    ),
    (
        "risk_assessment",
        "de",
        "bist du grad alleine?",
        [("risk_assessment", "bist du grad alleine")],
    ),
    (
        "risk_assessment",
        "de",
        "wann kommt deine mama heute von der arbeit?",
        [("risk_assessment", "wann kommt deine mama heute von der arbeit")],
    ),
    (
        "risk_assessment",
        "de",
        "arbeitet deine mutter oft bis spät?",
        [("risk_assessment", "arbeitet deine mutter oft bis spät")],
    ),
    (
        "risk_assessment",
        "de",
        "hat deine mama heute nachtschicht?",
        [("risk_assessment", "hat deine mama heute nachtschicht")],
    ),
    (
        "risk_assessment",
        "de",
        "kontrollieren die dein handy?",
        [("risk_assessment", "kontrollieren die dein handy")],
    ),
    (
        "risk_assessment",
        "de",
        "wann musst du eigentlich ins bett?",
        [("risk_assessment", "wann musst du eigentlich ins bett")],
    ),
    (
        "risk_assessment",
        "de",
        "wann bist du abends alleine?",
        [("risk_assessment", "wann bist du abends alleine")],
    ),
    ("risk_assessment", "de", "wie alt bisch du?", [("risk_assessment", "wie alt bisch")]),
    (
        "secrecy_isolation",
        "nl",
        "hou het efkes onder ons, oké?",
        [("secrecy_isolation", "hou het efkes onder ons")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "sws, is gewoon tussen ons",
        [("secrecy_isolation", "is gewoon tussen ons")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "zeg het ni aan uw vriendinnen he",
        [("secrecy_isolation", "zeg het ni aan uw vriendinnen")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "en niet tegen je ouders zeggen dat we snappen",
        [("secrecy_isolation", "niet tegen je ouders zeggen")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "je moeder hoeft niet te weten van wie je dat hebt",
        [("secrecy_isolation", "je moeder hoeft niet te weten")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "niemand komt het ooit te weten, beloofd",
        [("secrecy_isolation", "niemand komt het ooit te weten")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "da moet niemand weten toch",
        [("secrecy_isolation", "moet niemand weten")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "wis dan best onze berichtjes na elke keer",
        [("secrecy_isolation", "wis dan best onze berichtjes")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "smijt dat gesprek maar efkes weg",
        [("secrecy_isolation", "smijt dat gesprek maar efkes weg")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "zet onze chat ff op verdwijnen",
        [("secrecy_isolation", "zet onze chat ff op verdwijnen")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "zet u efkes op ghost mode, ok",
        [("secrecy_isolation", "zet u efkes op ghost mode")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "dan kunnen we praten zonder dat iemand meeleest",
        [("secrecy_isolation", "zonder dat iemand meeleest")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "ge zegt gewoon da ge 18 zijt",
        [("secrecy_isolation", "zegt gewoon da ge 18 zijt")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "zeg tegen je moeder dat je het van je zakgeld hebt gekocht",
        [("secrecy_isolation", "zeg tegen je moeder dat je het van je zakgeld")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "zet mijn nummer erin onder een andere naam",
        [
            ("secrecy_isolation", "zet mijn nummer erin onder een andere naam"),
            ("platform_move", "onder een andere naam"),
        ],
    ),
    (
        "secrecy_isolation",
        "nl",
        "ik leg je uit hoe je die app verstopt",
        [("secrecy_isolation", "hoe je die app verstopt")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "blokkeer gewoon al je vriendinnen",
        [("secrecy_isolation", "blokkeer gewoon al je vriendinnen")],
    ),
    (
        "secrecy_isolation",
        "en",
        "best not to mention it to your teacher ok",
        [("secrecy_isolation", "best not to mention it to your")],
    ),
    (
        "secrecy_isolation",
        "en",
        "dont tell ur mates about me, they'd be weird",
        [("secrecy_isolation", "dont tell ur mates")],
    ),
    (
        "secrecy_isolation",
        "en",
        "this stays between you and me right",
        [("secrecy_isolation", "this stays between you and me")],
    ),
    (
        "secrecy_isolation",
        "en",
        "keep it quiet till the weekend ok",
        [("secrecy_isolation", "keep it quiet till")],
    ),
    (
        "secrecy_isolation",
        "en",
        "wipe ur msgs after u read them",
        [("secrecy_isolation", "wipe ur msgs after")],
    ),
    (
        "secrecy_isolation",
        "en",
        "delete discord when you get home",
        [("secrecy_isolation", "delete discord when you")],
    ),
    (
        "secrecy_isolation",
        "en",
        "use ur friend's address so your mum doesn't see the parcel",
        [("secrecy_isolation", "so your mum doesn't see")],
    ),
    (
        "secrecy_isolation",
        "en",
        "nobody will ever see it except me i promise",
        [("secrecy_isolation", "nobody will ever see it except me")],
    ),
    (
        "secrecy_isolation",
        "en",
        "if anyone asks, just say i'm your uncle",
        [("secrecy_isolation", "if anyone asks, just say i'm your uncle")],
    ),
    (
        "secrecy_isolation",
        "en",
        "turn off find my iphone before u leave",
        [("secrecy_isolation", "turn off find my iphone")],
    ),
    (
        "secrecy_isolation",
        "de",
        "sag deinen eltern lieber nix von mir",
        [("secrecy_isolation", "sag deinen eltern lieber nix")],
    ),
    (
        "secrecy_isolation",
        "de",
        "das bleibt aber unser ding, ok?",
        [("secrecy_isolation", "bleibt aber unser ding")],
    ),
    ("secrecy_isolation", "de", "das isch üses gheimnis", [("secrecy_isolation", "üses gheimnis")]),
    ("secrecy_isolation", "de", "säg niemertem öppis", [("secrecy_isolation", "säg niemertem")]),
    (
        "secrecy_isolation",
        "de",
        "das darf keiner von den anderen mädchen wissen",
        [("secrecy_isolation", "das darf keiner von den anderen mädchen wissen")],
    ),
    (
        "secrecy_isolation",
        "de",
        "zeig das bloß niemandem",
        [("secrecy_isolation", "zeig das bloß niemandem")],
    ),
    (
        "secrecy_isolation",
        "de",
        "lösch danach die snaps",
        [("secrecy_isolation", "lösch danach die snaps")],
    ),
    (
        "secrecy_isolation",
        "de",
        "wenn deine mutter fragt, ich bin ein freund aus dem verein",
        [("secrecy_isolation", "wenn deine mutter fragt, ich bin ein freund")],
    ),
    (
        "secrecy_isolation",
        "de",
        "sag ihr einfach du hast training",
        [("secrecy_isolation", "sag ihr einfach du hast")],
    ),
    (
        "secrecy_isolation",
        "de",
        "deine eltern würden eh nur ausrasten",
        [("secrecy_isolation", "deine eltern würden eh nur ausrasten")],
    ),
    (
        "secrecy_isolation",
        "de",
        "mach dein handy aus wenn du losfährst",
        [("secrecy_isolation", "mach dein handy aus wenn")],
    ),
    (
        "secrecy_isolation",
        "de",
        "sonst kann sie dich orten",
        [("secrecy_isolation", "sie dich orten")],
    ),
    (
        "sexualisation",
        "nl",
        "hebt ge al eens gekust?",
        [("sexualisation", "hebt ge al eens gekust")],
    ),
    (
        "sexualisation",
        "nl",
        "ben je ooit al eens met een jongen geweest?",
        [("sexualisation", "ben je ooit al eens met een jongen geweest")],
    ),
    (
        "sexualisation",
        "nl",
        "zijt ge al ver met jongens?",
        [("sexualisation", "zijt ge al ver met jongens")],
    ),
    (
        "sexualisation",
        "nl",
        "denk je wel eens aan seks?",
        [("sexualisation", "denk je wel eens aan seks")],
    ),
    (
        "sexualisation",
        "nl",
        "ik kan je dingen leren als je wilt",
        [("sexualisation", "ik kan je dingen leren")],
    ),
    (
        "sexualisation",
        "nl",
        "wat hebde aan eigenlijk",
        [("sexualisation", "wat hebde aan eigenlijk")],
    ),
    ("sexualisation", "nl", "ik heb zo zin in jou", [("sexualisation", "ik heb zo zin in jou")]),
    (
        "sexualisation",
        "nl",
        "zijt ge al volop in de puberteit?",
        [("sexualisation", "zijt ge al volop in de puberteit")],
    ),
    (
        "sexualisation",
        "en",
        "have u ever done stuff with a boy yet",
        [("sexualisation", "have u ever done stuff with a boy")],
    ),
    (
        "sexualisation",
        "en",
        "wear that top from ur pics on saturday",
        [("sexualisation", "wear that top from ur pics")],
    ),
    (
        "sexualisation",
        "en",
        "wear something really short for me",
        [("sexualisation", "wear something really short")],
    ),
    ("sexualisation", "en", "ur so hot for 14 ngl", [("sexualisation", "so hot for 14")]),
    (
        "sexualisation",
        "de",
        "hast du schon mal was mit nem mädchen gemacht?",
        [("sexualisation", "hast du schon mal was mit nem mädchen gemacht")],
    ),
    (
        "sexualisation",
        "de",
        "bist du schon in der pubertät?",
        [("sexualisation", "bist du schon in der pubertät")],
    ),
    (
        "sexualisation",
        "de",
        "du bist echt gut gebaut für 14",
        [("sexualisation", "gut gebaut für 14")],
    ),
    (
        "sexualisation",
        "de",
        "zieh was kurzes an für mich",
        [("sexualisation", "zieh was kurzes an")],
    ),
    (
        "sexualisation",
        "de",
        "zieh das kleid vom foto an",
        [("sexualisation", "zieh das kleid vom foto an")],
    ),
    (
        "threat_sextortion",
        "nl",
        "ik heb nog steeds die fotos die je me vorig jaar stuurde",
        [("threat_sextortion", "ik heb nog steeds die fotos die je me vorig jaar stuurde")],
    ),
    (
        "threat_sextortion",
        "nl",
        "ik heb een screenshot van die snap van gisteren",
        [("threat_sextortion", "ik heb een screenshot van die snap")],
    ),
    (
        "threat_sextortion",
        "nl",
        "ik heb die videocall gewoon opgenomen",
        [("threat_sextortion", "ik heb die videocall gewoon opgenomen")],
    ),
    (
        "threat_sextortion",
        "nl",
        "die video heb ik natuurlijk nog hé",
        [("threat_sextortion", "die video heb ik natuurlijk nog")],
    ),
    (
        "threat_sextortion",
        "nl",
        "zou jammer zijn als je klasgenoten die zien",
        [("threat_sextortion", "zou jammer zijn als je klasgenoten die zien")],
    ),
    (
        "threat_sextortion",
        "nl",
        "wil je dat je ouders en je team ze zien?",
        [("threat_sextortion", "wil je dat je ouders en je team ze zien")],
    ),
    (
        "threat_sextortion",
        "nl",
        "één klik en heel je klas ziet het",
        [("threat_sextortion", "één klik en heel je klas ziet")],
    ),
    (
        "threat_sextortion",
        "nl",
        "doe wat ik zeg of iedereen ziet het",
        [("threat_sextortion", "of iedereen ziet het")],
    ),
    (
        "threat_sextortion",
        "nl",
        "250 euro in giftcards, nu",
        [("threat_sextortion", "250 euro in giftcards")],
    ),
    (
        "threat_sextortion",
        "nl",
        "stuur de codes binnen het uur",
        [("threat_sextortion", "stuur de codes binnen")],
    ),
    (
        "threat_sextortion",
        "nl",
        "ge hebt 1 uur om 300 euro te betalen",
        [("threat_sextortion", "ge hebt 1 uur om 300 euro te betalen")],
    ),
    (
        "threat_sextortion",
        "nl",
        "elk uur dat je wacht gaat het naar meer mensen",
        [("threat_sextortion", "elk uur dat je wacht")],
    ),
    (
        "threat_sextortion",
        "nl",
        "anders zet ik hem vanavond in de groepsapp",
        [("threat_sextortion", "anders zet ik hem vanavond in de groepsapp")],
    ),
    (
        "threat_sextortion",
        "nl",
        "dan stuur ik ze naar uw pa",
        [("threat_sextortion", "dan stuur ik ze naar uw pa")],
    ),
    (
        "threat_sextortion",
        "nl",
        "als ge mij blokt gaat alles direct online",
        [("threat_sextortion", "als ge mij blokt gaat alles direct online")],
    ),
    (
        "threat_sextortion",
        "nl",
        "doe maar, dan staat uw video eerst op het internet",
        [("threat_sextortion", "dan staat uw video eerst op het internet")],
    ),
    (
        "threat_sextortion",
        "nl",
        "ik begin morgen met je voetbalteam",
        [("threat_sextortion", "ik begin morgen met je voetbalteam")],
    ),
    (
        "threat_sextortion",
        "nl",
        "ik stuur het nu naar 5 mensen als voorbeeld",
        [("threat_sextortion", "ik stuur het nu naar 5 mensen")],
    ),
    (
        "threat_sextortion",
        "nl",
        "ik heb de lijst met al je volgers",
        [("threat_sextortion", "ik heb de lijst met al je volgers")],
    ),
    (
        "threat_sextortion",
        "nl",
        "ik verwijder ze pas als je me 3 nieuwe stuurt",
        [("threat_sextortion", "ik verwijder ze pas als je me 3 nieuwe stuurt")],
    ),
    (
        "threat_sextortion",
        "en",
        "if you tell anyone i'll send them to your whole school",
        [("threat_sextortion", "if you tell anyone i'll send them")],
    ),
    (
        "threat_sextortion",
        "en",
        "tell anyone and i post everything",
        [("threat_sextortion", "tell anyone and i post")],
    ),
    (
        "threat_sextortion",
        "en",
        "block me again and i post them all",
        [("threat_sextortion", "block me again and i post")],
    ),
    (
        "threat_sextortion",
        "en",
        "i still have the pics u sent in june",
        [("threat_sextortion", "i still have the pics u sent")],
    ),
    (
        "threat_sextortion",
        "en",
        "i recorded our video call, u were on it",
        [("threat_sextortion", "i recorded our video call")],
    ),
    (
        "threat_sextortion",
        "en",
        "i got all your followers, every single one",
        [("threat_sextortion", "i got all your followers")],
    ),
    (
        "threat_sextortion",
        "en",
        "im making a group chat with ur family rn",
        [("threat_sextortion", "im making a group chat with ur")],
    ),
    (
        "threat_sextortion",
        "en",
        "pay up or everyone sees it tonight",
        [("threat_sextortion", "or everyone sees it")],
    ),
    (
        "threat_sextortion",
        "en",
        "pay or i make a page with the pics",
        [("threat_sextortion", "or i make a page with")],
    ),
    (
        "threat_sextortion",
        "en",
        "send me 300 dollars within the hour or i share the video",
        [("threat_sextortion", "send me 300 dollars within the hour or i")],
    ),
    (
        "threat_sextortion",
        "en",
        "do it now or 200 to the account in my bio",
        [("threat_sextortion", "or 200 to the")],
    ),
    (
        "threat_sextortion",
        "en",
        "send it in bitcoin to this wallet, no excuses",
        [("threat_sextortion", "in bitcoin to this wallet")],
    ),
    (
        "threat_sextortion",
        "en",
        "send me the gift card codes here",
        [("threat_sextortion", "send me the gift card codes")],
    ),
    (
        "threat_sextortion",
        "en",
        "i need 400 in gift cards by tonight",
        [("threat_sextortion", "400 in gift cards")],
    ),
    (
        "threat_sextortion",
        "en",
        "2 new pics by midnight, no excuses",
        [("threat_sextortion", "2 new pics by midnight")],
    ),
    (
        "threat_sextortion",
        "en",
        "ur life is over if u don't pay",
        [("threat_sextortion", "ur life is over if u don't")],
    ),
    (
        "threat_sextortion",
        "en",
        "i know which bus u take",
        [("threat_sextortion", "i know which bus u take")],
    ),
    (
        "threat_sextortion",
        "en",
        "do you want ur whole class to see it?",
        [("threat_sextortion", "do you want ur whole class to see it")],
    ),
    (
        "threat_sextortion",
        "de",
        "sonst geht das an deine ganze klasse",
        [("threat_sextortion", "sonst geht das an deine")],
    ),
    (
        "threat_sextortion",
        "de",
        "sonst kriegt deine familie die bilder",
        [("threat_sextortion", "sonst kriegt deine familie die bilder")],
    ),
    (
        "threat_sextortion",
        "de",
        "zahl oder alle sehen es",
        [("threat_sextortion", "oder alle sehen es")],
    ),
    (
        "threat_sextortion",
        "de",
        "ich hab noch alle bilder, die du mir geschickt hast",
        [("threat_sextortion", "ich hab noch alle bilder, die du mir geschickt")],
    ),
    (
        "threat_sextortion",
        "de",
        "ich hab die aufnahme gespeichert",
        [("threat_sextortion", "hab die aufnahme gespeichert")],
    ),
    (
        "threat_sextortion",
        "de",
        "ich hab den videocall aufgenommen",
        [("threat_sextortion", "hab den videocall aufgenommen")],
    ),
    (
        "threat_sextortion",
        "de",
        "ich hab die liste deiner follower",
        [("threat_sextortion", "ich hab die liste deiner follower")],
    ),
    (
        "threat_sextortion",
        "de",
        "ich hab schon ne gruppe mit deiner mutter erstellt",
        [("threat_sextortion", "gruppe mit deiner mutter erstellt")],
    ),
    (
        "threat_sextortion",
        "de",
        "ich hab ne gruppe gemacht mit deinem trainer",
        [("threat_sextortion", "gruppe gemacht mit deinem trainer")],
    ),
    (
        "threat_sextortion",
        "de",
        "schick mir die codes jetzt",
        [("threat_sextortion", "schick mir die codes")],
    ),
    ("threat_sextortion", "de", "zahl mit paysafecard", [("threat_sextortion", "mit paysafecard")]),
    (
        "threat_sextortion",
        "de",
        "300 franken in bitcoin bis morgen",
        [("threat_sextortion", "300 franken in bitcoin")],
    ),
    (
        "threat_sextortion",
        "de",
        "200 € bis heute abend oder ich schick es allen",
        [("threat_sextortion", "200 € bis heute abend oder ich schick")],
    ),
    (
        "threat_sextortion",
        "de",
        "dann zeig ich deinen eltern unsere chats",
        [("threat_sextortion", "zeig ich deinen eltern unsere")],
    ),
    (
        "threat_sextortion",
        "de",
        "sonst stell ich es in die klassengruppe",
        [("threat_sextortion", "sonst stell ich es in die klassengruppe")],
    ),
    (
        "threat_sextortion",
        "de",
        "ich weiß auf welche schule du gehst",
        [("threat_sextortion", "ich weiß auf welche schule du")],
    ),
    (
        "threat_sextortion",
        "de",
        "willst du dass die ganze schule es sieht?",
        [("threat_sextortion", "willst du dass die ganze schule es sieht")],
    ),
    (
        "threat_sextortion",
        "de",
        "entblock mich sofort oder es geht raus",
        [("threat_sextortion", "entblock mich sofort oder")],
    ),
    (
        "threat_sextortion",
        "de",
        "wenn du mich blockierst geht alles sofort raus",
        [("threat_sextortion", "wenn du mich blockierst geht alles sofort raus")],
    ),
]

# Added with taxonomy 1.9.0: Swiss German, South Tyrolean, Austrian and Bavarian chat forms,
# which the missed German chats of the spent sets 1-10 showed missing. Each sentence is
# invented, one per new pattern.
FOUND += [
    (
        "contact_trust",
        "de",
        "ehrlich, du bisch mega hübsch für dis alter 😍",
        [("contact_trust", "du bisch mega hübsch")],
    ),
    (
        "contact_trust",
        "de",
        "du bisch eifach nid wie di andere i dim alter",
        [("contact_trust", "du bisch eifach nid wie di andere")],
    ),
    (
        "contact_trust",
        "de",
        "neamd verstiat di so guat wia i",
        [("contact_trust", "neamd verstiat di so guat wia i")],
    ),
    (
        "contact_trust",
        "de",
        "du kasch mir olm alles dazähln, gell",
        [("contact_trust", "du kasch mir olm alles dazähln")],
    ),
    (
        "contact_trust",
        "de",
        "s alter isch eh nume e zahl",
        [("contact_trust", "alter isch eh nume e zahl")],
    ),
    (
        "contact_trust",
        "de",
        "du schribsch mega erwachse für e 13jährigi",
        [("contact_trust", "du schribsch mega erwachse")],
    ),
    (
        "contact_trust",
        "de",
        "du bisch echt a gonz bsonders madl",
        [("contact_trust", "du bisch echt a gonz bsonders madl")],
    ),
    (
        "contact_trust",
        "de",
        "mit 14 bisch doch scho e richtigi jungi frau",
        [("contact_trust", "bisch doch scho e richtigi jungi frau")],
    ),
    (
        "contact_trust",
        "de",
        "du bisch würkli wunderschön, weisch das?",
        [("contact_trust", "du bisch würkli wunderschön")],
    ),
    (
        "gifts_money",
        "de",
        "i kaf dir a neis iphone wenn du magsch",
        [("gifts_money", "i kaf dir a neis iphone")],
    ),
    (
        "gifts_money",
        "de",
        "ich ha der de battle pass gschänkt 🎁",
        [("gifts_money", "ich ha der de battle pass gschänkt")],
    ),
    (
        "gifts_money",
        "de",
        "ig twinte dr grad 40 stutz, eifach so",
        [("gifts_money", "ig twinte dr grad 40 stutz, eifach so")],
    ),
    (
        "gifts_money",
        "de",
        "du kriagsch 100 euro von mir",
        [("gifts_money", "du kriagsch 100 euro von mir")],
    ),
    ("risk_assessment", "de", "und wia olt bisch du?", [("risk_assessment", "wia olt bisch")]),
    (
        "risk_assessment",
        "de",
        "bisch du hüt z'abig ellei deheim?",
        [("risk_assessment", "bisch du hüt z'abig ellei deheim")],
    ),
    (
        "risk_assessment",
        "de",
        "sein deine eltern heint dahoam?",
        [("risk_assessment", "sein deine eltern heint dahoam")],
    ),
    (
        "risk_assessment",
        "de",
        "wänn chömed dini eltere am friitig hei?",
        [("risk_assessment", "wänn chömed dini eltere am friitig hei")],
    ),
    (
        "risk_assessment",
        "de",
        "isch grad öpper bi dir dehei?",
        [("risk_assessment", "isch grad öpper bi dir dehei")],
    ),
    ("risk_assessment", "de", "wo wohnscht jetz genau?", [("risk_assessment", "wo wohnscht")]),
    (
        "risk_assessment",
        "de",
        "list dini mueter mängisch mit?",
        [("risk_assessment", "list dini mueter mängisch mit")],
    ),
    (
        "risk_assessment",
        "de",
        "häsch du am wuchenend sturmfrei?",
        [("risk_assessment", "häsch du am wuchenend sturmfrei")],
    ),
    (
        "secrecy_isolation",
        "de",
        "das bliibt schön zwüsche üs beide",
        [("secrecy_isolation", "bliibt schön zwüsche üs beide")],
    ),
    (
        "secrecy_isolation",
        "de",
        "sog's lei nit dein tata",
        [("secrecy_isolation", "sog's lei nit dein tata")],
    ),
    (
        "secrecy_isolation",
        "de",
        "verzell aber dinere mueter nüt dervo",
        [("secrecy_isolation", "verzell aber dinere mueter nüt dervo")],
    ),
    (
        "secrecy_isolation",
        "de",
        "säg dine eltere eifach du pennsch bi de lara",
        [("secrecy_isolation", "säg dine eltere eifach du pennsch")],
    ),
    (
        "secrecy_isolation",
        "de",
        "wenn si frögt, sägsch du bisch 19",
        [("secrecy_isolation", "sägsch du bisch 19")],
    ),
    (
        "secrecy_isolation",
        "de",
        "lösch am beschte grad üse ganz verlauf",
        [("secrecy_isolation", "lösch am beschte grad üse ganz verlauf")],
    ),
    (
        "secrecy_isolation",
        "de",
        "das darfsch aber niemertem verzelle",
        [("secrecy_isolation", "darfsch aber niemertem verzelle")],
    ),
    (
        "secrecy_isolation",
        "de",
        "dini mami mues doch nöd alles wüsse",
        [("secrecy_isolation", "dini mami mues doch nöd alles wüsse")],
    ),
    (
        "secrecy_isolation",
        "de",
        "des derf obr neamd wissn",
        [("secrecy_isolation", "des derf obr neamd wissn")],
    ),
    (
        "secrecy_isolation",
        "de",
        "des isch insr kloans ghoamnis",
        [("secrecy_isolation", "insr kloans ghoamnis")],
    ),
    (
        "secrecy_isolation",
        "de",
        "dini fründinne verstönd di halt nöd",
        [("secrecy_isolation", "dini fründinne verstönd di halt nöd")],
    ),
    (
        "platform_move",
        "de",
        "tue dr schnell telegram uf dis handy",
        [("platform_move", "tue dr schnell telegram uf dis handy")],
    ),
    (
        "platform_move",
        "de",
        "schreib mr ob iatz af snap",
        [("platform_move", "schreib mr ob iatz af snap")],
    ),
    (
        "platform_move",
        "de",
        "det chönd mer vil ungstört schribe",
        [("platform_move", "det chönd mer vil ungstört schribe")],
    ),
    (
        "platform_move",
        "de",
        "insta isch mir z unsicher, gang uf threema",
        [("platform_move", "insta isch mir z unsicher")],
    ),
    (
        "platform_move",
        "de",
        "gib mer emol dini natelnummer",
        [("platform_move", "gib mer emol dini natelnummer")],
    ),
    (
        "sexualisation",
        "de",
        "bisch würkli no e jungfrou? 😏",
        [("sexualisation", "bisch würkli no e jungfrou")],
    ),
    (
        "sexualisation",
        "de",
        "hosch schun amol sex khob?",
        [("sexualisation", "hosch schun amol sex khob")],
    ),
    (
        "sexualisation",
        "de",
        "häsch scho emol öppis mit emene giel gmacht?",
        [("sexualisation", "häsch scho emol öppis mit emene giel gmacht")],
    ),
    ("sexualisation", "de", "und was hosch iatz an?", [("sexualisation", "was hosch iatz an?")]),
    (
        "sexualisation",
        "de",
        "weli farb treisch drunder?",
        [("sexualisation", "weli farb treisch drunder")],
    ),
    (
        "sexualisation",
        "de",
        "i tät di so gearn ausziachn",
        [("sexualisation", "i tät di so gearn ausziachn")],
    ),
    (
        "sexualisation",
        "de",
        "dis füdli gseht sicher huere geil us",
        [("sexualisation", "dis füdli gseht sicher huere geil")],
    ),
    (
        "sexualisation",
        "de",
        "wie gross isch din schnäbi scho?",
        [("sexualisation", "wie gross isch din schnäbi")],
    ),
    (
        "sexualisation",
        "de",
        "für dis alter hesch scho en geile körper",
        [("sexualisation", "für dis alter hesch scho en geile körper")],
    ),
    (
        "image_request",
        "de",
        "sänd mer no es härzigs föteli vo dir",
        [("image_request", "sänd mer no es härzigs föteli vo dir")],
    ),
    (
        "image_request",
        "de",
        "kasch ma a poor pics schickn?",
        [("image_request", "kasch ma a poor pics schickn")],
    ),
    (
        "image_request",
        "de",
        "no es föteli nach em dusche im badtuech?",
        [("image_request", "föteli nach em dusche im badtuech")],
    ),
    (
        "image_request",
        "de",
        "muesch kei angst ha, ohni gsicht isch au guet",
        [("image_request", "ohni gsicht isch au guet")],
    ),
    (
        "image_request",
        "de",
        "mach es selfie vor em spiegel ohni top",
        [("image_request", "selfie vor em spiegel ohni top")],
    ),
    (
        "image_request",
        "de",
        "wetsch emol mit mir cämme?",
        [("image_request", "wetsch emol mit mir cämme")],
    ),
    (
        "image_request",
        "de",
        "zeig mer emol din buuch",
        [("image_request", "zeig mer emol din buuch")],
    ),
    (
        "meeting",
        "de",
        "miar kanntn ins amol in bozen treffn",
        [("meeting", "miar kanntn ins amol in bozen treffn")],
    ),
    (
        "meeting",
        "de",
        "ig warte am 4i um d egge vo dr schuel",
        [("meeting", "ig warte am 4i um d egge")],
    ),
    ("meeting", "de", "kimm ober lei alloan, gell", [("meeting", "kimm ober lei alloan")]),
    (
        "meeting",
        "de",
        "bring aber nöd dini kollegin mit",
        [("meeting", "bring aber nöd dini kollegin mit")],
    ),
    (
        "meeting",
        "de",
        "schick mer schnell dini adrässe, denn chum ich",
        [("meeting", "schick mer schnell dini adrässe")],
    ),
    (
        "meeting",
        "de",
        "ig chume übermorn i dini gegend",
        [("meeting", "ig chume übermorn i dini gegend")],
    ),
    (
        "threat_sextortion",
        "de",
        "süsch landet s video i dim klassechat",
        [("threat_sextortion", "süsch landet s video i dim klassechat")],
    ),
    (
        "threat_sextortion",
        "de",
        "susch stell ich dini bilder is netz",
        [("threat_sextortion", "susch stell ich dini bilder is netz")],
    ),
    (
        "threat_sextortion",
        "de",
        "vergiss nöd, ich weiss genau wo du wohnsch",
        [("threat_sextortion", "ich weiss genau wo du wohnsch")],
    ),
    (
        "threat_sextortion",
        "de",
        "i ha scho screens vo dinere ganze familie",
        [("threat_sextortion", "i ha scho screens vo dinere ganze familie")],
    ),
    (
        "threat_sextortion",
        "de",
        "ig ha üse videocall ufgnoh 😈",
        [("threat_sextortion", "ig ha üse videocall ufgnoh")],
    ),
    (
        "threat_sextortion",
        "de",
        "entweder twintsch mer bis am friitig 300 franke oder ...",
        [("threat_sextortion", "entweder twintsch mer bis am friitig 300 franke oder")],
    ),
    (
        "threat_sextortion",
        "de",
        "wag es jo nid mi z melde",
        [("threat_sextortion", "wag es jo nid mi z melde")],
    ),
    (
        "threat_sextortion",
        "de",
        "500 stutz uf twint bis morn, süsch gaht alles use",
        [("threat_sextortion", "500 stutz uf twint bis morn, süsch gaht alles")],
    ),
    (
        "threat_sextortion",
        "de",
        "zahl, süsch goht s video ume",
        [("threat_sextortion", "süsch goht s video ume")],
    ),
    (
        "threat_sextortion",
        "de",
        "vergiss nöd, ich ha immer no dini nudes",
        [("threat_sextortion", "ich ha immer no dini nudes")],
    ),
    (
        "commercial_exploitation",
        "de",
        "mogsch oanfach viel geld verdianen?",
        [("commercial_exploitation", "mogsch oanfach viel geld verdianen")],
    ),
    (
        "commercial_exploitation",
        "de",
        "da verdiensch locker 400 stutz pro nacht",
        [("commercial_exploitation", "verdiensch locker 400 stutz pro nacht")],
    ),
    (
        "commercial_exploitation",
        "de",
        "ältere herre zahled guet für es bitz gsellschaft",
        [("commercial_exploitation", "ältere herre zahled guet für es bitz gsellschaft")],
    ),
    (
        "commercial_exploitation",
        "de",
        "vergiss nöd, du schuldsch mer no alles",
        [("commercial_exploitation", "du schuldsch mer no alles")],
    ),
    (
        "commercial_exploitation",
        "de",
        "d schulde muesch halt bi mir abverdiene",
        [("commercial_exploitation", "muesch halt bi mir abverdiene")],
    ),
    (
        "commercial_exploitation",
        "de",
        "i erstell dr es profil mit 18, denn merkt niemer öppis",
        [("commercial_exploitation", "i erstell dr es profil mit 18")],
    ),
    ("disclosure", "de", "aber ig bi nume drizähni", [("disclosure", "ig bi nume drizähni")]),
    (
        "disclosure",
        "de",
        "dä typ hät no fotis vo mir",
        [("disclosure", "dä typ hät no fotis vo mir")],
    ),
    ("disclosure", "de", "öpper erpresst mi uf insta", [("disclosure", "öpper erpresst mi")]),
    (
        "disclosure",
        "de",
        "i ha huere schiss dass er das video postet",
        [("disclosure", "i ha huere schiss dass er das video postet")],
    ),
    ("disclosure", "de", "ich glaub er isch gar nöd 15", [("disclosure", "er isch gar nöd 15")]),
    (
        "disclosure",
        "de",
        "er wott dauernd dass i em nacktbilder schick",
        [("disclosure", "er wott dauernd dass i em nacktbilder")],
    ),
    (
        "disclosure",
        "de",
        "er hot gsog i derf neamd eppes dazähln",
        [("disclosure", "i derf neamd eppes dazähln")],
    ),
    (
        "disclosure",
        "de",
        "i hon ihm schun oa pic gschickt",
        [("disclosure", "i hon ihm schun oa pic gschickt")],
    ),
    (
        "risk_assessment",
        "de",
        "servus, wia oid bist'n eigentlich?",
        [("risk_assessment", "wia oid bist")],
    ),
    (
        "risk_assessment",
        "de",
        "du schreibst so vernünftig, wöcher jahrgang bist denn du",
        [("risk_assessment", "wöcher jahrgang bist")],
    ),
    (
        "risk_assessment",
        "de",
        "bist heit obends alloa oder san de andern a do",
        [("risk_assessment", "bist heit obends alloa")],
    ),
    (
        "risk_assessment",
        "de",
        "wann bisd am obend alloa, dann kumm i vorbei",
        [("risk_assessment", "wann bisd am obend alloa")],
    ),
    (
        "risk_assessment",
        "de",
        "wann is bei enk neamd dahoam?",
        [("risk_assessment", "wann is bei enk neamd dahoam")],
    ),
    (
        "risk_assessment",
        "de",
        "wann kummt dei muatta heit hoam?",
        [("risk_assessment", "wann kummt dei muatta heit hoam")],
    ),
    (
        "risk_assessment",
        "de",
        "schaut dei mama oft in dei handy?",
        [("risk_assessment", "schaut dei mama oft in dei handy")],
    ),
    (
        "risk_assessment",
        "de",
        "und wo wohnst'n genau, eh in graz?",
        [("risk_assessment", "wo wohnst'n")],
    ),
    (
        "risk_assessment",
        "de",
        "mach des video in deim zimmer, wennst heit obends ungstört bist",
        [("risk_assessment", "wennst heit obends ungstört bist")],
    ),
    (
        "secrecy_isolation",
        "de",
        "sogs oba liaba ned deim voda, der versteht des ned",
        [("secrecy_isolation", "sogs oba liaba ned deim voda")],
    ),
    (
        "secrecy_isolation",
        "de",
        "sog da lena und deina muatta no nix, de versteh'n uns eh ned",
        [("secrecy_isolation", "sog da lena und deina muatta no nix")],
    ),
    (
        "secrecy_isolation",
        "de",
        "oba wirklich koam wos verzöhn, a ned in da stallgruppn",
        [("secrecy_isolation", "oba wirklich koam wos verzöhn")],
    ),
    (
        "secrecy_isolation",
        "de",
        "deine oidn sogst oba nix, de versteh'n des eh ned",
        [("secrecy_isolation", "deine oidn sogst oba nix")],
    ),
    (
        "secrecy_isolation",
        "de",
        "dei oidn miassn des ned wissn, de regn si eh nur auf",
        [("secrecy_isolation", "dei oidn miassn des ned wissn")],
    ),
    (
        "secrecy_isolation",
        "de",
        "des bleibt oba unter uns zwoa, gell",
        [("secrecy_isolation", "bleibt oba unter uns zwoa")],
    ),
    (
        "secrecy_isolation",
        "de",
        "des is unser kloans gheimnis",
        [("secrecy_isolation", "unser kloans gheimnis")],
    ),
    (
        "secrecy_isolation",
        "de",
        "und ka wort zu deina freindin, de redt eh z'vü",
        [("secrecy_isolation", "ka wort zu deina")],
    ),
    (
        "secrecy_isolation",
        "de",
        "koana derf vo uns wissen, versprochen?",
        [("secrecy_isolation", "koana derf vo uns wissen")],
    ),
    (
        "secrecy_isolation",
        "de",
        "sog dahoam du gehst in d'bücherei, i hol di dann",
        [("secrecy_isolation", "sog dahoam du gehst in d'bücherei")],
    ),
    (
        "secrecy_isolation",
        "de",
        "dei muatta und deine freindinnen san eh olm gegen uns",
        [("secrecy_isolation", "dei muatta und deine freindinnen san eh olm gegen uns")],
    ),
    (
        "secrecy_isolation",
        "de",
        "kumm zu mir in d'werkstatt, wo uns koaner stört",
        [("secrecy_isolation", "wo uns koaner stört")],
    ),
    (
        "secrecy_isolation",
        "de",
        "drah dei standort ab, bevorst losgehst",
        [("secrecy_isolation", "drah dei standort ab, bevorst")],
    ),
    (
        "secrecy_isolation",
        "de",
        "sog ma hoid du bist 17, dann passt des mitm account",
        [("secrecy_isolation", "sog ma hoid du bist 17")],
    ),
    (
        "secrecy_isolation",
        "de",
        "i richt da des profil ei, do schreib ma 19 eini, des merkt koana",
        [("secrecy_isolation", "schreib ma 19 eini")],
    ),
    (
        "image_request",
        "de",
        "schick ma amoi a nackatbuidl, i sogs eh koam",
        [("image_request", "schick ma amoi a nackatbuidl")],
    ),
    (
        "image_request",
        "de",
        "host no a buidl vo dir im bettl?",
        [("image_request", "buidl vo dir im bettl")],
    ),
    (
        "image_request",
        "de",
        "a foto vo dir, nur für mi, diesmal ohne hos",
        [("image_request", "foto vo dir, nur für mi")],
    ),
    (
        "image_request",
        "de",
        "geh bitte, zeig ma amoi dei unterwäsch",
        [("image_request", "zeig ma amoi dei unterwäsch")],
    ),
    (
        "image_request",
        "de",
        "wennst obn ohne posierst, gibt's an bonus",
        [("image_request", "obn ohne posierst")],
    ),
    (
        "image_request",
        "de",
        "fürs casting brauch ma no zwoa buidl in leggings",
        [("image_request", "buidl in leggings")],
    ),
    (
        "image_request",
        "de",
        "nimm a video auf wo du di ganz langsam umdrahst",
        [("image_request", "video auf wo du di ganz langsam umdrahst")],
    ),
    (
        "meeting",
        "de",
        "kumm mit auf mei hüttn am wochenend, nur mia zwoa",
        [("meeting", "hüttn am wochenend, nur mia zwoa")],
    ),
    (
        "meeting",
        "de",
        "treff ma uns amoi in echt? i lad di ein",
        [("meeting", "treff ma uns amoi in echt")],
    ),
    ("meeting", "de", "kumm oba alloa, ohne deine freindinnen", [("meeting", "kumm oba alloa")]),
    (
        "meeting",
        "de",
        "und bring ka freindin mit, des is nur für di",
        [("meeting", "bring ka freindin mit")],
    ),
    (
        "meeting",
        "de",
        "i hol di noch da schui ob, oba ned grad vorm schultor",
        [("meeting", "ob, oba ned grad vorm schultor")],
    ),
    (
        "contact_trust",
        "de",
        "du bist eh scho a richtige frau, ned so a kind",
        [("contact_trust", "du bist eh scho a richtige frau")],
    ),
    (
        "contact_trust",
        "de",
        "du schaust vü älter aus ois de andern in deim jahrgang",
        [("contact_trust", "du schaust vü älter aus ois de andern")],
    ),
    (
        "contact_trust",
        "de",
        "so gscheit für 14, des hob i no ned erlebt",
        [("contact_trust", "gscheit für 14")],
    ),
    (
        "contact_trust",
        "de",
        "koana versteht di so guat wia i",
        [("contact_trust", "koana versteht di so guat wia i")],
    ),
    (
        "contact_trust",
        "de",
        "du konnst ma ois verzöhn, i bin ned so wia deine oidn",
        [("contact_trust", "du konnst ma ois verzöhn")],
    ),
    (
        "contact_trust",
        "de",
        "geh, s'alter is eh nur a zahl",
        [("contact_trust", "s'alter is eh nur a zahl")],
    ),
    (
        "contact_trust",
        "de",
        "du bisch echt net so wia die ondern madln",
        [("contact_trust", "du bisch echt net so wia die ondern")],
    ),
    (
        "contact_trust",
        "de",
        "du bist scho a so a sauberes madl",
        [("contact_trust", "du bist scho a so a sauberes madl")],
    ),
    (
        "gifts_money",
        "de",
        "i kauf da a neichs händi wennst brav bist",
        [("gifts_money", "i kauf da a neichs händi")],
    ),
    (
        "gifts_money",
        "de",
        "wüst gratis robux? i hob no a poar übrig",
        [("gifts_money", "wüst gratis robux")],
    ),
    (
        "platform_move",
        "de",
        "schreib ma ab jetzt iba telegram, do is sicherer",
        [("platform_move", "schreib ma ab jetzt iba telegram")],
    ),
    (
        "platform_move",
        "de",
        "auf tiktok liest eh jeder mit, des is ma z'blöd",
        [("platform_move", "auf tiktok liest eh jeder mit")],
    ),
    ("platform_move", "de", "host snap? do redt si's leichter", [("platform_move", "host snap")]),
    (
        "platform_move",
        "de",
        "lad da amoi threema owa",
        [("platform_move", "lad da amoi threema owa")],
    ),
    ("sexualisation", "de", "bist scho spitz?", [("sexualisation", "bist scho spitz")]),
    (
        "sexualisation",
        "de",
        "host scho amoi gschnackselt?",
        [("sexualisation", "host scho amoi gschnackselt")],
    ),
    ("sexualisation", "de", "und wos host grad an?", [("sexualisation", "wos host grad an")]),
    (
        "sexualisation",
        "de",
        "i tat di so gern angreifen",
        [("sexualisation", "i tat di so gern angreifen")],
    ),
    (
        "sexualisation",
        "de",
        "du host an ur knackigen oasch",
        [("sexualisation", "du host an ur knackigen oasch")],
    ),
    (
        "sexualisation",
        "de",
        "du bist ur guat entwickelt fia dei alter",
        [("sexualisation", "guat entwickelt fia dei alter")],
    ),
    (
        "sexualisation",
        "de",
        "keine sorge, er mog junge buam wia di",
        [("sexualisation", "er mog junge buam wia di")],
    ),
    (
        "threat_sextortion",
        "de",
        "vergiss ned, i hob no deine nackatbuidln",
        [("threat_sextortion", "i hob no deine nackatbuidln")],
    ),
    (
        "threat_sextortion",
        "de",
        "i hob den gonzn call aufgnumma, du",
        [("threat_sextortion", "i hob den gonzn call aufgnumma")],
    ),
    (
        "threat_sextortion",
        "de",
        "zoi, sonst siacht dei mama de buidl",
        [("threat_sextortion", "sonst siacht dei mama de buidl")],
    ),
    (
        "threat_sextortion",
        "de",
        "und wennst mi blockierst, geht des video sofort raus",
        [("threat_sextortion", "wennst mi blockierst, geht des video sofort raus")],
    ),
    (
        "threat_sextortion",
        "de",
        "wennst ned kimmst, kriagt dei ganze klass de buidl",
        [("threat_sextortion", "wennst ned kimmst, kriagt dei ganze klass de buidl")],
    ),
    (
        "threat_sextortion",
        "de",
        "und wennst es wem verzählst, lod i des video auf tiktok",
        [("threat_sextortion", "wennst es wem verzählst, lod i")],
    ),
    (
        "threat_sextortion",
        "de",
        "300 euro bis moang, oda i schick des video an dei klass",
        [("threat_sextortion", "300 euro bis moang, oda i schick des video an dei klass")],
    ),
    (
        "commercial_exploitation",
        "de",
        "vergiss ned, du schuldst ma no 900 euro",
        [("commercial_exploitation", "du schuldst ma no 900 euro")],
    ),
    (
        "commercial_exploitation",
        "de",
        "i hob zsammgrechnet, wos du ma schuldst: 1500",
        [("commercial_exploitation", "zsammgrechnet, wos du ma schuldst")],
    ),
    (
        "commercial_exploitation",
        "de",
        "der zoit da 150 fia a poar buidl, nix schlimms",
        [("commercial_exploitation", "der zoit da 150 fia a poar buidl")],
    ),
    (
        "commercial_exploitation",
        "de",
        "wüst schnö a göd verdiena?",
        [("commercial_exploitation", "wüst schnö a göd verdiena")],
    ),
    (
        "commercial_exploitation",
        "de",
        "er zoit da 300, wennst a bissl nett zu eahm bist",
        [("commercial_exploitation", "zoit da 300, wennst a bissl nett zu eahm")],
    ),
    (
        "commercial_exploitation",
        "de",
        "de schulden muasst hoid bei meine spezln abarbeitn",
        [("commercial_exploitation", "de schulden muasst hoid bei meine spezln abarbeitn")],
    ),
    (
        "commercial_exploitation",
        "de",
        "do kumman a poar haberer, de zoin guat",
        [("commercial_exploitation", "haberer, de zoin guat")],
    ),
    ("disclosure", "de", "i bin erscht 14, i derf des ned", [("disclosure", "i bin erscht 14")]),
    (
        "disclosure",
        "de",
        "der typ hot no buidl vo mir",
        [("disclosure", "der typ hot no buidl vo mir")],
    ),
    (
        "disclosure",
        "de",
        "er hot gsogt wenn i ned kumm, stellt er de buidl online",
        [("disclosure", "er hot gsogt wenn i ned kumm, stellt er de")],
    ),
    (
        "disclosure",
        "de",
        "i hob eahm scho zwoa buidl gschickt, jetzt wü er mehr",
        [("disclosure", "i hob eahm scho zwoa buidl gschickt")],
    ),
    (
        "disclosure",
        "de",
        "er wü dass i eahm nackatbuidl schick",
        [("disclosure", "er wü dass i eahm nackatbuidl")],
    ),
    (
        "disclosure",
        "de",
        "i trau mi ned des meina mama z'sogn",
        [("disclosure", "i trau mi ned des meina mama z'sogn")],
    ),
    (
        "disclosure",
        "de",
        "der typ is sicher vü älter ois i",
        [("disclosure", "der typ is sicher vü älter ois i")],
    ),
    (
        "disclosure",
        "de",
        "i hob ur angst dass er de buidl verschickt",
        [("disclosure", "i hob ur angst dass er de buidl verschickt")],
    ),
    (
        "disclosure",
        "de",
        "der wü jetzt 200 euro bis freitag, sunst schickt er des video an mei klass",
        [("disclosure", "wü jetzt 200 euro bis freitag, sunst schickt er")],
    ),
]

# Near misses: everyday messages between parents, children, friends and colleagues.
# Added with taxonomy 1.10.0: Dutch and Flemish forms, which the missed Dutch chats of the
# spent sets 1-12 showed missing. Each sentence is invented, one per new pattern.
FOUND += [
    (
        "contact_trust",
        "nl",
        "gij zijt echt anders dan al die saaie meiden van uw school",
        [("contact_trust", "gij zijt echt anders dan al die saaie meiden")],
    ),
    (
        "contact_trust",
        "nl",
        "leeftijd is toch maar een cijfer schat",
        [("contact_trust", "leeftijd is toch maar een cijfer")],
    ),
    (
        "contact_trust",
        "nl",
        "ge zijt volwassen in uw hoofd, da zie ik direct",
        [("contact_trust", "volwassen in uw hoofd")],
    ),
    (
        "contact_trust",
        "nl",
        "je bent veel rijper dan de andere meisjes uit je klas",
        [("contact_trust", "je bent veel rijper dan de andere")],
    ),
    (
        "contact_trust",
        "nl",
        "jij snapt dingen beter dan de meeste volwassenen echt waar",
        [("contact_trust", "beter dan de meeste volwassenen")],
    ),
    (
        "contact_trust",
        "nl",
        "jij bent echt knapper dan je zus hoor",
        [("contact_trust", "jij bent echt knapper dan je zus")],
    ),
    (
        "contact_trust",
        "nl",
        "niemand zorgt voor jou zoals ik dat doe",
        [("contact_trust", "niemand zorgt voor jou zoals ik")],
    ),
    (
        "contact_trust",
        "nl",
        "ge zijt echt een schone meiske weet ge dat",
        [("contact_trust", "ge zijt echt een schone meiske")],
    ),
    (
        "contact_trust",
        "nl",
        "kom op, je bent toch geen kind meer 😏",
        [("contact_trust", "je bent toch geen kind meer 😏")],
    ),
    (
        "gifts_money",
        "nl",
        "ik fix ff een nieuwe iphone voor je, relax",
        [("gifts_money", "ik fix ff een nieuwe iphone voor je")],
    ),
    (
        "gifts_money",
        "nl",
        "die gast stuurde me steeds 1000 v-bucks via fortnite",
        [("gifts_money", "die gast stuurde me steeds 1000 v-bucks")],
    ),
    (
        "gifts_money",
        "nl",
        "hij geeft mij daarna altijd geld en dan moet ik stil zijn",
        [("gifts_money", "hij geeft mij daarna altijd geld")],
    ),
    (
        "gifts_money",
        "nl",
        "ik heb je net 50 rozen gegeven tijdens je live",
        [("gifts_money", "ik heb je net 50 rozen gegeven")],
    ),
    (
        "gifts_money",
        "nl",
        "ge krijgt nen gratis skateboard als ge bij ons team komt",
        [("gifts_money", "ge krijgt nen gratis skateboard")],
    ),
    (
        "risk_assessment",
        "nl",
        "zijt ge donderdagavond alleen?",
        [("risk_assessment", "zijt ge donderdagavond alleen")],
    ),
    (
        "risk_assessment",
        "nl",
        "tot hoe laat werkt je moeder eigenlijk",
        [("risk_assessment", "tot hoe laat werkt je moeder")],
    ),
    (
        "risk_assessment",
        "nl",
        "werken je ouders allebei? wanneer ben je alleen dan",
        [("risk_assessment", "werken je ouders allebei? wanneer")],
    ),
    (
        "risk_assessment",
        "nl",
        "jij bent 13 of 14 denk ik?",
        [("risk_assessment", "jij bent 13 of 14")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "da's ons geheimske he, niemand moet het weten",
        [
            ("secrecy_isolation", "da's ons geheimske"),
            ("secrecy_isolation", "niemand moet het weten"),
        ],
    ),
    (
        "secrecy_isolation",
        "nl",
        "hou het voorlopig tussen ons oké",
        [("secrecy_isolation", "hou het voorlopig tussen ons")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "wis efkes al dees berichten voor ge gaat slapen",
        [("secrecy_isolation", "wis efkes al dees berichten")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "zeg het maar niet tegen je teamgenoten, anders wil iedereen dat",
        [("secrecy_isolation", "zeg het maar niet tegen je teamgenoten")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "en niks zeggen tegen niemand he",
        [("secrecy_isolation", "niks zeggen tegen niemand")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "je hebt hun echt niet nodig, je hebt mij toch",
        [("secrecy_isolation", "je hebt hun echt niet nodig")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "je ma snapt je niet zoals ik je snap",
        [("secrecy_isolation", "je ma snapt je niet")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "liever niet. je ouders gaan het toch verkeerd opvatten",
        [("secrecy_isolation", "liever niet. je ouders gaan")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "we vertellen het wel aan je mama als alles geregeld is",
        [("secrecy_isolation", "we vertellen het wel aan je mama als")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "die gsm van mij gebruik je alleen voor mij, afgesproken?",
        [("secrecy_isolation", "die gsm van mij gebruik je alleen voor mij")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "zeg thuis maar dat ge hem van uw tante gekregen hebt",
        [("secrecy_isolation", "zeg thuis maar dat ge hem van uw tante gekregen")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "ik laat het naar een pakketpunt sturen, niet naar huis",
        [("secrecy_isolation", "naar een pakketpunt sturen, niet naar huis")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "doe het in je kamer, deur op slot",
        [("secrecy_isolation", "in je kamer, deur op slot")],
    ),
    (
        "platform_move",
        "nl",
        "app me efkes ne berichtje op telegram",
        [("platform_move", "app me efkes ne berichtje op telegram")],
    ),
    (
        "platform_move",
        "nl",
        "stuur me voortaan via snapchat, da's makkelijker",
        [("platform_move", "stuur me voortaan via snapchat")],
    ),
    (
        "platform_move",
        "nl",
        "niet hier, hier kijkt mijn collega soms mee",
        [("platform_move", "hier kijkt mijn collega soms mee")],
    ),
    (
        "platform_move",
        "nl",
        "zullen we verder praten op discord?",
        [("platform_move", "zullen we verder praten op discord")],
    ),
    (
        "sexualisation",
        "nl",
        "na de training kan je gewoon bij mij thuis douchen",
        [("sexualisation", "kan je gewoon bij mij thuis douchen")],
    ),
    ("image_request", "nl", "en dan nog eentje zonder 😏", [("image_request", "eentje zonder 😏")]),
    (
        "image_request",
        "nl",
        "straks even in je handdoek voor de cam",
        [("image_request", "in je handdoek voor de cam")],
    ),
    (
        "image_request",
        "nl",
        "doe eens een privé stream alleen voor mij",
        [("image_request", "privé stream alleen voor mij")],
    ),
    (
        "image_request",
        "nl",
        "stuur een foto van jou in je pyjama",
        [("image_request", "stuur een foto")],
    ),
    (
        "meeting",
        "nl",
        "om 8u pik ik u op aan het station, zeg niks tegen uw ma",
        [
            ("meeting", "pik ik u op aan het station, zeg"),
            ("secrecy_isolation", "zeg niks tegen uw ma"),
        ],
    ),
    (
        "meeting",
        "nl",
        "kom zaterdag best alleen, dan gaat het sneller",
        [("meeting", "kom zaterdag best alleen")],
    ),
    (
        "meeting",
        "nl",
        "je moet eens naar mijn studio komen, wel alleen he",
        [("meeting", "naar mijn studio komen, wel alleen")],
    ),
    (
        "meeting",
        "nl",
        "ik zou je graag eens apart trainen na de les",
        [("meeting", "ik zou je graag eens apart trainen")],
    ),
    (
        "meeting",
        "nl",
        "je moet gewoon even met hem in zijn auto zitten",
        [("meeting", "met hem in zijn auto zitten")],
    ),
    (
        "threat_sextortion",
        "nl",
        "betaal of ik zet die foto naar je hele klasgroep",
        [("threat_sextortion", "of ik zet die foto naar je hele klasgroep")],
    ),
    (
        "threat_sextortion",
        "nl",
        "300 euro vandaag of ik post alles",
        [("threat_sextortion", "300 euro vandaag of ik post")],
    ),
    (
        "threat_sextortion",
        "nl",
        "ik weet in welke klas je zit trouwens",
        [("threat_sextortion", "ik weet in welke klas je zit")],
    ),
    (
        "threat_sextortion",
        "nl",
        "ik heb de insta van uw ouders al gevonden",
        [("threat_sextortion", "ik heb de insta van uw ouders al gevonden")],
    ),
    (
        "threat_sextortion",
        "nl",
        "niemand gaat je ooit geloven",
        [("threat_sextortion", "niemand gaat je ooit geloven")],
    ),
    (
        "threat_sextortion",
        "nl",
        "als je het tegen je ma zegt, maak ik je kapot",
        [("threat_sextortion", "als je het tegen je ma zegt, maak ik")],
    ),
    (
        "threat_sextortion",
        "nl",
        "gij hebt die zelf gestuurd he",
        [("threat_sextortion", "gij hebt die zelf gestuurd he")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "ge moet gewoon gezellig zijn voor die heren, meer niet",
        [("commercial_exploitation", "ge moet gewoon gezellig zijn voor die heren")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "hij zei dat ik aardig moest zijn tegen zijn vrienden",
        [("commercial_exploitation", "dat ik aardig moest zijn tegen zijn vrienden")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "die gasten betalen goed voor een jong ding zoals jij",
        [("commercial_exploitation", "die gasten betalen goed voor een jong ding")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "nu moet je iets terugdoen voor al die cadeaus",
        [("commercial_exploitation", "moet je iets terugdoen voor al die")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "nog één avondje en dan is je schuld helemaal weg",
        [("commercial_exploitation", "dan is je schuld helemaal weg")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "na alles wat ik voor jou betaald heb?",
        [("commercial_exploitation", "na alles wat ik voor jou betaald heb")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "de mannen betalen mama geld als ik bij ze zit",
        [("commercial_exploitation", "de mannen betalen mama geld")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "hij zegt dat ik anders alles moest terugbetalen",
        [("commercial_exploitation", "dat ik anders alles moest terugbetalen")],
    ),
    ("disclosure", "nl", "hij weet dat ik pas 13 ben", [("disclosure", "dat ik pas 13 ben")]),
    (
        "disclosure",
        "nl",
        "zei hij dat hij het naar mijn klasgroep stuurt",
        [("disclosure", "zei hij dat hij het naar mijn klasgroep stuurt")],
    ),
    (
        "disclosure",
        "nl",
        "toen vroeg hij foto's van mij",
        [("disclosure", "vroeg hij foto's van mij")],
    ),
    (
        "disclosure",
        "nl",
        "die man wil dat ik op cam ga vanavond",
        [("disclosure", "die man wil dat ik op cam")],
    ),
    (
        "disclosure",
        "nl",
        "hij zegt dat hij alles heeft opgenomen",
        [("disclosure", "zegt dat hij alles heeft opgenomen")],
    ),
    (
        "disclosure",
        "nl",
        "die gast zei dat hij eigenlijk 28 is",
        [("disclosure", "die gast zei dat hij eigenlijk 28 is")],
    ),
    (
        "disclosure",
        "nl",
        "mijn nonkel doet altijd dingen als we alleen zijn",
        [("disclosure", "mijn nonkel doet altijd dingen")],
    ),
    (
        "disclosure",
        "nl",
        "zei hij da ik het ni mocht zeggen aan mama",
        [("disclosure", "zei hij da ik het ni mocht zeggen")],
    ),
    (
        "disclosure",
        "nl",
        "hij zegt anders gaat mama in de gevangenis",
        [("disclosure", "anders gaat mama in de gevangenis")],
    ),
    (
        "disclosure",
        "nl",
        "en 's nachts zei hij dat hij naar mijn kamer zou komen",
        [("disclosure", "s nachts zei hij dat hij naar mijn kamer zou komen")],
    ),
    ("disclosure", "nl", "daarna voel ik me echt vies", [("disclosure", "voel ik me echt vies")]),
    (
        "disclosure",
        "nl",
        "hij wilde dat ik op zijn schoot ga zitten",
        [("disclosure", "wilde dat ik op zijn schoot ga zitten")],
    ),
    (
        "disclosure",
        "nl",
        "ik durf het niet tegen mijn ouders want ik schaam me",
        [("disclosure", "ik durf het niet tegen mijn ouders want")],
    ),
    (
        "disclosure",
        "nl",
        "een jongen van minecraft vroeg mijn nummer",
        [("disclosure", "een jongen van minecraft vroeg")],
    ),
    (
        "contact_trust",
        "nl",
        "serieus, gij ziet er echt 19 uit, niemand gelooft da ge nog maar 14 zijt",
        [("contact_trust", "gij ziet er echt 19 uit")],
    ),
    (
        "contact_trust",
        "nl",
        "ik vind dat leeftijd helemaal niet uitmaakt als twee mensen elkaar zo goed snappen",
        [("contact_trust", "dat leeftijd helemaal niet uitmaakt")],
    ),
    (
        "contact_trust",
        "nl",
        "je bent echt veel rijper dan de meeste meiden van jouw klas, dat zie ik meteen",
        [("contact_trust", "je bent echt veel rijper dan de meeste meiden")],
    ),
    (
        "contact_trust",
        "nl",
        "die vriendinnen van je snappen het niet. jij bent gwn volwassener 😘",
        [("contact_trust", "jij bent gwn volwassener 😘")],
    ),
    (
        "contact_trust",
        "nl",
        "ey niet zo moeilijk doen mop, het is maar een ritje",
        [("contact_trust", "niet zo moeilijk doen mop")],
    ),
    (
        "contact_trust",
        "nl",
        "voor zo'n knappe meid als jij regel ik alles, echt waar",
        [("contact_trust", "voor zo'n knappe meid als jij regel ik")],
    ),
    (
        "gifts_money",
        "nl",
        "die gast van roblox heeft me al 800 robux gegeven voor niks",
        [("gifts_money", "die gast van roblox heeft me al 800 robux gegeven")],
    ),
    (
        "gifts_money",
        "nl",
        "die man van het forum stuurde me gewoon 60 euro voor nieuwe schoenen",
        [("gifts_money", "die man van het forum stuurde me gewoon 60 euro")],
    ),
    (
        "gifts_money",
        "nl",
        "na al die skins mag je toch wel iets terug doen voor mij",
        [("gifts_money", "na al die skins mag")],
    ),
    (
        "gifts_money",
        "nl",
        "ik kan u 500 coins geven als we vrienden worden in de game",
        [("gifts_money", "geven als we vrienden worden")],
    ),
    (
        "gifts_money",
        "nl",
        "kheb nen extra briefje van 20 in uw jas gestoken, da is voor u alleen",
        [("gifts_money", "kheb nen extra briefje van 20 in uw jas gestoken")],
    ),
    (
        "risk_assessment",
        "nl",
        "en zijn je ouders zaterdag overdag thuis of zijn ze werken?",
        [("risk_assessment", "zijn je ouders zaterdag overdag thuis")],
    ),
    (
        "risk_assessment",
        "nl",
        "wanneer komt je moeder eigenlijk weer thuis vanavond?",
        [("risk_assessment", "wanneer komt je moeder eigenlijk weer thuis")],
    ),
    (
        "risk_assessment",
        "nl",
        "is hij morgen thuis of werkt hij dan?",
        [("risk_assessment", "is hij morgen thuis of werkt hij")],
    ),
    (
        "risk_assessment",
        "nl",
        "hoe oud zidde gij eigenlijk, ge schrijft zo volwassen",
        [("risk_assessment", "hoe oud zidde")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "en onthou, deze dm blijft echt tussen ons",
        [("secrecy_isolation", "deze dm blijft echt tussen ons")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "beloof me dat het altijd tussen ons blijft, schatje",
        [("secrecy_isolation", "dat het altijd tussen ons blijft")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "ni tegen de andere meisjes zeggen he, die zouden jaloers worden",
        [("secrecy_isolation", "ni tegen de andere meisjes zeggen")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "ge moogt uw ma echt niks zeggen over zaterdag",
        [("secrecy_isolation", "ge moogt uw ma echt niks zeggen")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "ge moet uw ouders daar toch niet mee lastigvallen, dit is iets van ons",
        [("secrecy_isolation", "ge moet uw ouders daar toch niet mee lastigvallen")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "je matties zijn echt kinderachtig, jij hoort bij grotere mensen",
        [("secrecy_isolation", "je matties zijn echt kinderachtig")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "met die chickies van je moet je echt niet meer afspreken",
        [("secrecy_isolation", "met die chickies van je moet je echt niet meer afspreken")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "je vrienden proberen ons gewoon uit elkaar te halen",
        [("secrecy_isolation", "je vrienden proberen ons gewoon uit elkaar te halen")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "als je ouders slapen kunnen we lekker bellen",
        [("secrecy_isolation", "als je ouders slapen kunnen we")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "niet tegen je pa, anders denkt hij dat ik je verwen",
        [("secrecy_isolation", "niet tegen je pa, anders denkt hij dat ik")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "zeg thuis gewoon dat je met iemand van de hockeyclub meegaat",
        [("secrecy_isolation", "zeg thuis gewoon dat je met iemand van de hockeyclub meegaat")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "als ze het vragen zeg maar 19, niemand checkt dat",
        [("secrecy_isolation", "zeg maar 19")],
    ),
    (
        "secrecy_isolation",
        "nl",
        "da's normaal bij vrienden onder mekaar, en dat het onder ons blijft spreekt voor zich",
        [("secrecy_isolation", "normaal bij vrienden onder mekaar, en dat het onder ons blijft")],
    ),
    (
        "platform_move",
        "nl",
        "app me maar op mijn privé nummer, niet hier",
        [("platform_move", "app me maar op mijn privé nummer")],
    ),
    (
        "platform_move",
        "nl",
        "dm me privé, niet in de klasgroep",
        [("platform_move", "dm me privé, niet in de klasgroep")],
    ),
    (
        "sexualisation",
        "nl",
        "hij toonde mij filmkes op zijn gsm, allemaal van blote mensen",
        [("sexualisation", "hij toonde mij filmkes op zijn gsm, allemaal van blote")],
    ),
    (
        "sexualisation",
        "nl",
        "ik laat je wel een filmpje zien van volwassenen, dan weet je hoe het gaat",
        [("sexualisation", "ik laat je wel een filmpje zien van volwassenen")],
    ),
    (
        "image_request",
        "nl",
        "stuur eerst een selfie in je zwemshort, dan weet ik wie je bent",
        [("image_request", "stuur eerst een selfie in je zwemshort")],
    ),
    (
        "image_request",
        "nl",
        "stuur me ff een pic in dat rokje van zaterdag",
        [("image_request", "stuur me ff een pic")],
    ),
    (
        "image_request",
        "nl",
        "stuur mij eens een paar fotookes, mooi opgemaakt",
        [("image_request", "stuur mij eens een paar fotookes")],
    ),
    (
        "image_request",
        "nl",
        "cam aan en zorg dat je alleen op je kamer bent",
        [
            ("image_request", "cam aan en zorg dat je alleen op je kamer"),
            ("risk_assessment", "zorg dat je alleen op je kamer"),
        ],
    ),
    (
        "image_request",
        "nl",
        "doe nog een paar fotos vanuit je bed",
        [("image_request", "fotos vanuit je bed")],
    ),
    (
        "image_request",
        "nl",
        "ik wil 3 snaps zoals vorige keer",
        [("image_request", "3 snaps zoals vorige keer")],
    ),
    (
        "image_request",
        "nl",
        "ik doe ook private shoots voor nieuwe modellen, gratis",
        [("image_request", "private shoots")],
    ),
    (
        "meeting",
        "nl",
        "breng maar niemand mee, dan is het gezelliger",
        [("meeting", "breng maar niemand mee")],
    ),
    (
        "meeting",
        "nl",
        "ge moogt echt niemand meebrengen, ook uw zus niet",
        [("meeting", "ge moogt echt niemand meebrengen")],
    ),
    (
        "meeting",
        "nl",
        "vrijdag neem ik je mee naar een feestje in Tilburg bij een mattie van me",
        [("meeting", "neem ik je mee naar een feestje in Tilburg bij een mattie van me")],
    ),
    (
        "meeting",
        "nl",
        "ik pick je op bij de bushalte om 8 uur",
        [("meeting", "ik pick je op bij de bushalte")],
    ),
    (
        "meeting",
        "nl",
        "geef mij efkes uw adres, dan kom ik de schoenen brengen",
        [("meeting", "geef mij efkes uw adres")],
    ),
    (
        "threat_sextortion",
        "nl",
        "ik heb je teamgenoten al gevonden, allemaal op insta",
        [("threat_sextortion", "ik heb je teamgenoten al gevonden")],
    ),
    (
        "threat_sextortion",
        "nl",
        "je volgers staat gewoon open schatje",
        [("threat_sextortion", "je volgers staat gewoon open")],
    ),
    (
        "threat_sextortion",
        "nl",
        "als ge da tegen iemand zegt, smijt ik alles online",
        [("threat_sextortion", "als ge da tegen iemand zegt, smijt ik")],
    ),
    (
        "threat_sextortion",
        "nl",
        "of het komt meteen in de story van je klas",
        [("threat_sextortion", "of het komt meteen in de story van")],
    ),
    (
        "threat_sextortion",
        "nl",
        "200 euro en nog twee pics, dan wis ik alles",
        [("threat_sextortion", "200 euro en nog twee pics")],
    ),
    (
        "threat_sextortion",
        "nl",
        "de rest betaal je in fotos",
        [("threat_sextortion", "de rest betaal je in fotos")],
    ),
    (
        "threat_sextortion",
        "nl",
        "over een uur sta je online als je niet stuurt",
        [("threat_sextortion", "als je niet stuurt")],
    ),
    (
        "threat_sextortion",
        "nl",
        "niet blokken he, anders post ik alles",
        [("threat_sextortion", "niet blokken he, anders post ik")],
    ),
    (
        "threat_sextortion",
        "nl",
        "verwijder ik pas als je vanavond videobelt met mij",
        [("threat_sextortion", "verwijder ik pas als je vanavond videobelt")],
    ),
    (
        "threat_sextortion",
        "nl",
        "je stuurde ze zelf. ik heb ze allemaal bewaard",
        [("threat_sextortion", "stuurde ze zelf. ik heb ze allemaal bewaard")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "ik ken een manier die heel snel doekoe oplevert, interesse?",
        [("commercial_exploitation", "ik ken een manier die heel snel doekoe oplevert")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "je moet gewoon dineren met rijke heren, meer niet",
        [("commercial_exploitation", "dineren met rijke heren")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "ze betalen je 300 euro per nacht, plus taxi",
        [("commercial_exploitation", "ze betalen je 300 euro per nacht")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "hoe meer je durft, hoe meer je verdient",
        [("commercial_exploitation", "hoe meer je durft, hoe meer je verdient")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "stuur foto's in je mooiste kleedje, dan stuur ik ze door naar mijn manager",
        [
            ("image_request", "stuur foto"),
            (
                "commercial_exploitation",
                "foto's in je mooiste kleedje, dan stuur ik ze door naar mijn manager",
            ),
        ],
    ),
    (
        "commercial_exploitation",
        "nl",
        "mijn baas wil eerst zien hoe je eruit ziet",
        [("commercial_exploitation", "mijn baas wil eerst zien hoe je eruit ziet")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "zaterdag is er een meneer die je graag wil ontmoeten",
        [("commercial_exploitation", "zaterdag is er een meneer die je graag wil ontmoeten")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "ze betalen hem geld. en ik krijg niks",
        [("commercial_exploitation", "ze betalen hem geld.")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "er zijn daar altijd gasten en dat ik gezellig moet zijn zegt hij",
        [("commercial_exploitation", "gasten en dat ik gezellig moet zijn")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "zaterdag is er een feestje bij mij thuis, alleen kerels van 40 enzo",
        [("commercial_exploitation", "feestje bij mij thuis, alleen kerels van 40")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "ze nam me vorige week mee naar klanten van haar",
        [("commercial_exploitation", "ze nam me vorige week mee naar klanten van haar")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "hij zegt dat ik hem alles schuldig ben sinds hij mijn schoenen kocht",
        [("commercial_exploitation", "dat ik hem alles schuldig ben")],
    ),
    (
        "commercial_exploitation",
        "nl",
        "hij zei dat ik extra geld krijg als ik het hele weekend blijf slapen",
        [
            ("disclosure", "hij zei dat ik extra geld"),
            ("commercial_exploitation", "ik extra geld krijg als ik het hele weekend blijf slapen"),
        ],
    ),
    (
        "disclosure",
        "nl",
        "die gast is helemaal geen 15 zoals hij zei op discord",
        [("disclosure", "die gast is helemaal geen 15 zoals")],
    ),
    (
        "disclosure",
        "nl",
        "ze zei eerst dat ze 16 was maar nu zegt ze 25",
        [("disclosure", "ze zei eerst dat ze 16 was maar")],
    ),
    (
        "disclosure",
        "nl",
        "gij zegde da ge zeventien waart!!",
        [("disclosure", "gij zegde da ge zeventien waart")],
    ),
    ("disclosure", "nl", "die man is 42, ik ben pas 13", [("disclosure", "ik ben pas 13")]),
    (
        "disclosure",
        "nl",
        "hij vroeg of ik vannacht wil bellen met mijn cam aan",
        [("disclosure", "hij vroeg of ik vannacht wil bellen met mijn cam aan")],
    ),
    (
        "disclosure",
        "nl",
        "hij vraagt steeds om fotos vanuit mijn kamer",
        [
            ("disclosure", "hij vraagt steeds om fotos vanuit mijn kamer"),
            ("image_request", "fotos vanuit mijn kamer"),
        ],
    ),
    (
        "disclosure",
        "nl",
        "ze zegt altijd dat ik het meteen moet wissen",
        [("disclosure", "ze zegt altijd dat ik het meteen moet wissen")],
    ),
    (
        "disclosure",
        "nl",
        "hij zei dat ik tegen mijn pa moet liegen dat ik bij een vriendin ben",
        [("disclosure", "dat ik tegen mijn pa moet liegen dat ik")],
    ),
    (
        "disclosure",
        "nl",
        "als ik stop zegt hij dat hij alles naar mijn ma stuurt",
        [("disclosure", "als ik stop zegt hij dat")],
    ),
    (
        "disclosure",
        "nl",
        "hij vroeg dat ik alleen kom naar de garage",
        [("disclosure", "dat ik alleen kom")],
    ),
]

BENIGN: list[tuple[str, str]] = [
    ("parent-asks-photo-of-homework", "stuur je me een foto van het huiswerk?"),
    ("parent-asks-photo-of-poster", "kun je een foto van de poster sturen?"),
    ("friends-meet-at-school", "zie je morgen op school"),
    ("friends-meet-at-school-en", "we should meet at school tomorrow"),
    ("friends-plan-saturday", "zullen we zaterdag afspreken bij de bieb"),
    ("age-of-a-dog", "how old is your dog?"),
    ("age-of-a-dog-de", "wie alt ist dein hund"),
    ("age-of-a-brother", "hoe oud is je broertje"),
    ("parent-picks-up-from-school", "ik kom je halen van school"),
    ("parent-picks-up-from-practice", "i'll pick you up from practice at six"),
    ("parent-picks-up-de", "ich hol dich von der schule ab"),
    ("work-invoice", "the client will pay the invoice next week"),
    ("work-meeting", "we have a client meeting tomorrow at ten"),
    ("work-report", "you have to work on the report"),
    ("work-shift-nl", "je moet morgen werken"),
    ("work-shift-de", "ich muss morgen arbeiten"),
    ("friends-owe-coffee", "you owe me a coffee"),
    ("friends-owe-five-euro", "je bent me nog 5 euro schuldig"),
    ("friends-pay-back", "unless you pay me back by friday"),
    ("late-by-minutes", "ik ben 15 minuten te laat"),
    ("hours-ahead", "I'm 12 hours ahead of you"),
    ("parent-says-child-age", "my son is 13 years old"),
    ("home-at-eight", "mam, ik ben om 8 thuis"),
    ("outfit-for-party", "what are you wearing to the party?"),
    ("holiday-photos", "send me the photos from the holiday"),
    ("whiteboard-photo", "can you send me a picture of the whiteboard"),
    ("board-photo-de", "schick mir das foto von der tafel"),
    ("photos-to-grandma", "ik stuur de foto's naar oma"),
    ("photos-to-mum-de", "ich schicke die bilder an deine mama"),
    ("photos-to-mum-en", "i'll send the photos to your mom"),
    ("file-to-email", "i'll send the file to your email"),
    ("server-clean-up", "delete the old messages from the server"),
    ("house-photos", "do you have the photos of the house"),
    ("at-the-door", "are you home? i'm outside"),
    ("love-mum", "i love you so much mom"),
    ("cinema-money", "wil je geld voor de bioscoop?"),
    ("birthday-surprise", "zeg niks tegen mama over het cadeau"),
    ("teacher-invites-questions", "je mag me altijd alles vragen over de toets"),
    ("crush-too-shy", "ik durf het niet te zeggen tegen hem, hij is zo leuk"),
    ("more-options", "can you show me more options for the trip"),
    ("muddy-after-match", "i feel so dirty after the match lol"),
    ("drawing-more", "laat eens wat zien van je tekening"),
    ("holiday-more-photos-de", "zeig mir mehr fotos vom urlaub"),
    ("friend-wants-to-meet", "a friend of mine wants to meet you at the party"),
    ("screenshots-of-argument", "ik heb screenshots van alles wat je zei"),
    ("party-outfit-nl", "wat heb je aan naar het feest zaterdag"),
    ("homework-done", "heb je het al gedaan? de opdracht van wiskunde"),
    ("teacher-deadline", "je hebt 2 uur de tijd voor de toets"),
    ("parent-screen-time-de", "deine eltern müssen das wissen, wenn du später kommst"),
    ("parents-may-know-nl", "je ouders mogen het weten hoor, het is een verrassing"),
    ("team-to-discord", "we moeten met het team naar discord voor de wedstrijd"),
    ("grandma-wants-photos", "oma wil foto's van de vakantie"),
    ("friends-ask-for-holiday-photos", "ze vragen steeds om foto's van de vakantie"),
    ("news-for-everyone", "je mag het aan iedereen vertellen, we gaan verhuizen"),
    ("not-allowed-to-tell-the-answers", "we're not allowed to tell anyone the answers"),
    ("coach-asks-for-team-photos-de", "der trainer fragt nach fotos vom spiel"),
    ("buyer-keeps-asking-for-photos", "hij blijft vragen om foto's van de fiets"),
    ("buyer-asked-for-photos", "hij vroeg om fotos"),
    ("buyer-keeps-asking-en", "he keeps asking for pics of the bike"),
    ("buyer-asks-constantly-de", "er fragt ständig nach fotos vom fahrrad"),
    ("mum-says-age-is-not-everything", "leeftijd is niet alles, je moet het ook kunnen"),
    ("parent-picks-up-at-the-door", "ik haal je om 10 uur op bij de voordeur"),
    ("friend-comes-alone-or-with-sister", "kom je alleen of met je zus?"),
    ("teacher-photos-by-friday", "send 3 photos by friday for the yearbook"),
    ("class-trip-photos-to-parents", "ik stuur de foto's van het schoolreisje naar je ouders"),
    ("employer-pays-well-de", "die firma zahlt gut für ferienjobs"),
    ("classmates-share-notes", "then it goes to the teacher for marking"),
    ("delete-this-file", "verwijder dit bestand van de server"),
    ("turn-off-phone-in-class", "turn off your phone in class please"),
    ("homework-photos-to-teacher", "stuur de foto's van je werkstuk voor vrijdag naar de juf"),
    ("gift-card-shopping", "ik heb een steam kaart gekregen voor mijn verjaardag"),
    ("delete-the-old-chat-group", "verwijder de oude groepschat maar"),
    ("say-you-go-to-training", "zeg tegen de trainer dat je later komt"),
    ("coach-pays-well", "die club betaalt goed voor scheidsrechters"),
    ("friend-says-ex-is-jealous", "hij is gewoon jaloers, trek je er niks van aan"),
    ("outfit-for-saturday-party", "wat draag je zaterdag naar het feest"),
    ("what-did-you-do-now", "wat heb je nu weer gedaan"),
    ("holiday-job-earns-money", "met vakantiewerk kun je snel geld verdienen"),
    ("no-need-to-pay-back", "je hoeft niks terug te doen hoor"),
    ("safety-talk-on-nudes", "never share your nudes with anyone"),
    ("send-photos-if-wanted", "i'll send the photos if you want them"),
    ("looks-older-in-that-photo", "op die foto lijk je ouder"),
    ("easy-pasta", "you could make easy pasta tonight"),
    ("friends-jealous-of-the-car", "your friends are going to be jealous of the car"),
    ("show-how-the-drawing-looks", "laat eens zien hoe je tekening eruit ziet"),
    ("age-of-a-mother-de", "wie alt ist deine mutter"),
    ("afraid-of-the-exam-de", "hast du angst vor der prüfung"),
    ("teacher-invites-questions-ge", "je kunt me alles vragen over de toets"),
    ("partner-call-tonight", "om 11 uur bel ik je, zorg dat je alleen bent"),
    ("parent-asks-about-phone", "heb je je telefoon bij je?"),
    ("mother-knows-late", "weet je moeder dat je later komt"),
    ("made-something-special", "wat we hebben gemaakt is echt speciaal"),
    ("age-of-the-house", "the age of the house doesn't matter"),
    ("see-the-drawing", "i want to see your drawing"),
    ("slept-at-a-friends", "have you ever slept at a friend's house"),
    ("gone-to-bed-yet-de", "bist du schon ins bett gegangen"),
    ("gone-to-bed-yet", "ben je al naar bed gegaan"),
    ("be-on-time", "make sure you're on time"),
    ("mother-knows-late-de", "weiß deine mutter dass du später kommst"),
    ("mom-knows-late-en", "does your mom know you're coming late"),
    ("hourly-wage-of-a-job", "je verdient 12 euro per uur"),
    ("age-of-two-friends", "ik ben 18 en mijn vriend ook"),
    ("say-you-come-later", "zeg maar dat je later komt"),
    ("say-sorry", "say you're sorry"),
    ("pay-back-if-asked", "he will pay you back if you ask him"),
    ("be-nice-to-him-de", "wenn du nett zu ihm bist, ist er auch nett"),
    ("birthday-date", "zeg dat je 18 mei jarig bent"),
    ("meeting-time-de", "wann treffen wir uns? sagst du 18 uhr"),
    ("date-question-nl", "zeg je 18 mei?"),
    # taxonomy 1.8.0: near misses of the new patterns
    ("surprise-for-mum", "zeg ni tegen uw ma van de taart, da's een verrassing voor zondag 🎂"),
    ("sibling-joke", "niet tegen mama zeggen dat ik de laatste koek heb opgegeten haha"),
    ("mum-checks-home", "ik ben om 7 uur thuis van mijn werk, eten staat in de koelkast"),
    ("friend-plans-gaming", "zijt ge online straks? ik heb een nieuwe map gevonden in fortnite"),
    ("mum-photo-request", "stuur eens ne foto van de kamer waar ge slaapt, dan ben ik gerust"),
    ("delete-old-group", "ik heb die oude groepsapp van het kamp verwijderd, die stond vol spam"),
    ("grandma-gift", "ik heb 20 euro op je rekening gezet voor je verjaardag, koop iets leuks"),
    ("teacher-reminder", "vergeet morgen je rekenmachine niet voor de toets"),
    (
        "friends-secret-crush",
        "ik vind hem echt leuk maar vertel het aub aan niemand van de klas haha",
    ),
    ("tv-recording", "ik heb de finale gisteren opgenomen, kijken we hem samen?"),
    ("couple-anniversary", "ik heb iets gekocht voor onze verjaardag, je ziet het zaterdag wel"),
    ("coach-schedule", "training is verzet naar donderdag 18u, neem je scheenbeschermers mee"),
    ("parent-pickup", "ik haal je om 5 uur op aan het station, bel als de trein vertraging heeft"),
    ("holiday-photos", "heb je de foto's van de vakantie al naar oma gestuurd?"),
    ("debt-between-friends", "je bent me nog 5 euro schuldig van de frieten trouwens"),
    ("age-talk-adult", "toen ik 14 was mocht ik ook nooit lang opblijven"),
    ("friend-app-tip", "die app slaat heel veel batterij op, handig voor op kamp"),
    (
        "gift secret from grandparent",
        "sag deiner mama nicht wie viel drauf ist, sonst schimpft sie",
    ),
    ("sibling gossip", "sag deiner schwester nix, die plappert alles aus"),
    (
        "counsellor confidentiality",
        "was wir hier besprechen, bleibt unter uns, außer es geht um deine sicherheit",
    ),
    ("modelling agency rules", "bitte ein ganzkörperfoto in alltagskleidung, keine badefotos"),
    ("parent pickup", "ich hol dich um 5 vom bahnhof ab, schatz"),
    ("friends joke threat", "carry my bag for a week or it goes in the group chat lol"),
    ("friend notes joke", "send me the chem notes or i leak ur baby pics"),
    ("grandad birthday gift", "grandad and i got you a gift card for your birthday"),
    ("teen life360 talk", "mum asked me to keep life360 on when i drive"),
    ("parent transfer", "ich hab dir 30 euro überwiesen, kauf dir was schönes"),
    ("job ad hours", "nicht vor der schule, immer nachmittags"),
    ("surprise party", "psst das muss keiner wissen, ist ne überraschung"),
    ("friend about phone rules", "my mum checks my phone sometimes, does yours?"),
    ("wedding hotel", "see you at the wedding tomorrow, we booked a room near the venue"),
    ("homework deadline", "you have until friday to finish the essay"),
    ("friend pics of trip", "i still have the pics from the trip, want them?"),
    ("debt talk adult", "she said i owe her a coffee after that favour lol"),
    # taxonomy 1.9.0: near misses of the dialect patterns
    ("ch don't delete chat", "lösch de chat nöd, det sind d hausufgabe drin"),
    ("ch surprise for dad", "säg em papi nüt, s isch e überraschig zum vatertag!"),
    ("ch past age", "ich bi 14 gsi wo mir dert gsi sind"),
    ("ch friend drops off book", "ich weiss scho wo du wohnsch, ich bring dir s buech verbii"),
    ("ch aunt compliment hair", "dini haar sind mega schön worde"),
    ("ch mother asks home", "bisch dihei? s znacht isch parat"),
    ("ch boss workshop alone", "bisch no elei i de werkstatt? denn mach s liecht us"),
    ("ch girlfriend haircut photo", "chasch mer no es foto vo dim neue haarschnitt schicke?"),
    ("ch boss photo of work", "chasch mer es foti vom chaschte schicke für de kunde"),
    ("at father school report", "schick ma a foto vom zeugnis!"),
    ("ch parent report photo", "schick mer es foti vo dim zügnis, bin so gspannt"),
    ("ch friend screenshot", "schick mer mal en screenshot vo dere aafrog"),
    ("ch sister privacy advice", "lösch die bilder vom badi-usflug, me gseht wo du wohnsch"),
    ("ch grandma surprise", "aber kei wort zum mami, gäll, am sunntig isch ihre geburi"),
    ("ch teen brother secret", "säg mim brüeder nüt, dä verzellts sofort mim mami"),
    ("st aunt ice cream", "des bleibt unter ins, gell"),
    ("st aunt pick up", "i hol di heint vom bus in meran ob, dei mama muass länger orbeitn"),
    ("ch parent pick up", "ich hol di am 5i bim training ab"),
    ("ch friends meet", "chum morn zu mir nach de schuel, denn mache mer de lebenslauf"),
    ("ch holiday job wage", "15 franke d stund, am morge vo 6 bis 11i"),
    (
        "ch holiday job offer",
        "wotsch guet geld verdiene? d bäckerei suecht no öpper für de samstig",
    ),
    ("ch late", "ich bi 15 minute z spät, sorry"),
    ("ch teacher warning", "wenn d ufgabe nöd bis friitig da sind, gaht e mail a dini eltere"),
    ("ch friend debt", "du schuldisch mer no 20 stutz vom kino"),
    ("ch girl alone tells boyfriend", "mini eltere gönd am samstig a hochzit, bin ganz elei dihei"),
    ("ch abolish homework", "das sött me abschaffe, die hausufgabe am wuchenend"),
    ("ch camp photos", "ich ha dini fotis vom lager gspeichert, mega schön"),
    ("ch recorded match", "de match vo geschter? ich ha s ufgnoh"),
    ("ch grandma video call", "mach mal d kamera a, ich gseh di nöd"),
    ("ch friends trip", "mir chönd üs am samstig am bahnhof träffe und zäme go schwümme"),
    ("ch coach rule", "ich nimm grundsätzlich kei spieler elei im auto mit, das isch vereinsregel"),
    ("ch classmates number", "hesch mini nummer scho gspeicheret?"),
    ("st aunt alone later", "bisch nochher a weile allein dahoam oder kimsch mit zu mir?"),
    ("ch selling console", "200 isch de fixpriis, sind 2 controller debii"),
    ("ch friend filmed trick", "de levin het es video vom skatepark gmacht, mega lustig"),
    ("ch older brother", "min brüeder isch 19, er wohnt nüme dihei"),
    ("ch mother come home", "chum elei hei mit em velo, ich bi no am schaffe"),
    ("ch parent money", "ich zahl dir s billet, du chasch mer s zrugg gä wenn d lohn hesch"),
    ("ch grandma gift", "ich ha dir es paar socke gstrickt, lueg mal i de poscht"),
    ("ch friend sleepover alibi mom", "mis mami seit du chasch gern bi üs übernachte"),
    ("ch friend phone", "mis handy isch leer, schrib mer uf de laptop"),
    ("ch teen gossip", "sie isch nöd 14, sie isch scho 15 worde im mai"),
    ("ch friend marketplace", "ich zahl bar oder mit twint, wie ihr wend"),
    ("st mother asks", "wonn kimmsch hoam? s essn isch fertig"),
    ("papa_zeugnis", "Heast, host as Zeugnis scho? Schick ma a Foto davon, i bin so gspannt!"),
    ("freund_kleid", "schick ma amoi a foto vom dirndl fürn ball, i bin neugierig"),
    ("tante_unter_ins", "Lena! Des bleibt unter ins, gell. I hob di gern"),
    ("tante_bruder", "oba sogs ned deim bruada, sonst is er wieder beleidigt"),
    ("papa_allein", "bist eh ned alloa heit? da papa hot gsogt, er kummt um 5"),
    ("bruder_loeschen", "lösch des foto sofort, sonst sag i's da mama"),
    ("bruder_erpresser", "3 euro oda i zeig des foto da oma haha"),
    ("oma_geheim", "sag der mama nix vom gschenk, des is a überraschung"),
    ("tante_abholen", "i hol di heit vom zug in villach o, dei mama muass länger hackln"),
    ("freund_san_da", "san deine eltern da? i wollt vorbeikumma mit dem neichn mario kart"),
    ("facetime_friends", "facetimen ma heit? wenn deine oidn schlofn"),
    ("oma_besuch", "i kumm morgen zu eich, dei mama woaß eh bescheid"),
    ("mama_handy", "dei handy bleibt heut bei mir, du host hausarrest"),
    ("trainer_eltern", "nach'm training bring i di glei hoam, hab mit deina mama gredt"),
    ("bruder_alter", "mei bruada is vü älter ois i, der wohnt nimma dahoam"),
    ("job_preis", "de passfotos kosten 15 euro pro foto beim fotografen"),
    ("kumpel_zeit", "wann treff ma uns? sag ma um 16 uhr beim billa"),
    ("kollege_arbeit", "de liste muass i no abarbeitn, dann hob i frei"),
    ("opa_geld", "magst a bissl a göd verdienen? hilf ma beim holzhacken"),
    ("oma_foto", "kannst ma a foto vom hund schicken, i hob eam so gern"),
    ("freind_geheim", "i woaß eh wo du wohnst, i kumm um 5 vorbei"),
    ("mama_liab", "sei a bissl nett zu eahm, er is neu in da klass"),
    ("freundin_alloa", "bist heut allein beim training oder kommt die lena mit?"),
    ("zu_spaet", "sorry i bin 10 minuten zu spät, da bus is ned kumma"),
    ("kleid_kauft", "zieh des kleid an, des i dir kauft hab, zur hochzeit vom onkel"),
    ("schule_kamera", "ohne kamera geht's ned, sagt da lehrer im distance learning"),
    ("freunde_neidisch", "de san eh nur neidisch auf dein neues gwand"),
    ("alter_verein", "beim verein is des alter wurscht, jeder kann mitspün"),
    ("schlafn", "i geh jetzt schlofn, gute nacht"),
    ("pyjama", "des pyjama foto von da party is so liab"),
    ("kino", "i kumm zu dir, dann schau ma an film"),
    ("teen_geheimnis", "des derfst echt koam sogn, versprochen?"),
    ("oma_geld_mutter", "sogs deina muatta ned wia vü, sonst schimpft's mi wieder"),
    ("parken", "park bitte ned direkt vorm tor, da is feuerwehrzufahrt"),
    ("nachhilfe_preis", "die nachhilfe kostet 20 euro pro treffen"),
    ("neue_klasse", "in wöche klass gehst du? 3b?"),
    ("crush", "koana derf wissen dass i in eahm verliabt bin"),
    ("lernen_freundin", "sog dahoam du schlofst bei mir, mia lernen eh für mathe"),
    ("mama_lernen", "lern in deim zimmer, dann stört di keiner"),
    ("snapmap_rat", "mach dei snap map aus, des is gruslig wenn jeder siacht wo du bist"),
    ("freundin_nurfuermi", "schick ma des foto, is nur für mi, versprochen"),
    ("gwand_zeigen", "zeig ma amoi dei neichs gwand"),
    ("tanzlehrerin", "schick ma a video wo du di drahst, dann seh i ob die pirouette passt"),
    ("freunde_stadt", "treff ma uns amoi in da stadt? nur mia zwoa, ohne die andern"),
    ("kummst_alloa", "kummst alloa oder mit da lena?"),
    ("trainer_offen", "extra training am samstag, deine eltern san eh dabei"),
    ("oma_stolz", "du bist scho a richtige junge frau worden, i bin so stolz"),
    ("onkel_madl", "du bist a sauberes madl worden, grüß mir die mama"),
    ("papa_geburtstag", "i kauf da a neichs händi zum geburtstag wennst a guats zeugnis host"),
    ("spitz_ferien", "bist scho spitz auf die ferien?"),
    ("bruder_stream", "i hob den gonzn stream aufgnumma, war voll lustig"),
    ("bruder_karaoke", "10 euro oda i schick des video vom karaoke in die familiengruppe haha"),
    ("ueberraschung", "wenn du's wem sagst, geht die überraschung kaputt"),
    ("kino_schulden", "du schuldst ma no 20 euro vom kino"),
    ("gefallen", "i hob di gestern gedeckt, du schuldst ma vü, oida"),
    ("firma_zahlt", "de zahln guat, des is a guate firma"),
    ("fotograf", "da fotograf zoit 200 für a poar buidl? des is eh billig"),
    ("crush_sagen", "i trau mi ned eahm zu sogn dass i eahm mog"),
    ("angst_schularbeit", "i hob so angst vor da mathe schularbeit"),
    ("skikurs_fotos", "er hot no de fotos vom skikurs, i frog eahm"),
    ("zeigt_trick", "er sagt wenn ich will zeigt er mir wie das geht"),
    ("urlaub_fotos", "i hob eahm de fotos vom urlaub gschickt"),
    ("kino_einladung", "er wü dass i mit eahm ins kino geh"),
    ("papa_zeit", "sagen wir einfach 18 uhr beim bahnhof"),
]


@pytest.fixture(scope="module")
def found() -> Detector:
    return detector()


# -- the shipped taxonomy --------------------------------------------------------------------


# taxonomy 1.10.0: near misses of the Dutch and Flemish patterns
BENIGN += [
    ("nl dad picks up at station", "ik haal je om 6 uur op aan het station, neem je jas mee"),
    ("nl parent scolds about chores", "je bent geen klein kind meer, ruim je kamer op"),
    ("nl grandma gives money", "oma gaf me 20 euro voor mijn verjaardag"),
    ("nl sibling secret about cookies", "vertel mama niet dat ik de koekjes heb opgegeten"),
    ("nl friend complains about parents", "mijn ouders zijn echt te streng, ik mag nooit weg"),
    ("nl coach lists training time", "morgen training om 7 uur, kom op tijd en neem water mee"),
    ("nl friend asks about sleepover", "kun je bij mij slapen zaterdag? mijn ma vindt het goed"),
    ("nl teacher homework deadline", "je hebt tot vrijdag om je verslag in te leveren"),
    (
        "nl friend planning surprise",
        "niks zeggen tegen lisa he, het is een verrassing voor haar verjaardag",
    ),
    ("nl friend new room", "laat je nieuwe kamer eens zien, heb je die lampjes al opgehangen?"),
    ("nl mum about pyjama party", "neem je pyjama mee naar de logeerpartij bij oma"),
    ("nl sister gives old phone", "je mag mijn oude telefoon hebben als ik een nieuwe krijg"),
    ("nl neighbour dog walking pay", "hier is 10 euro voor het uitlaten van de hond, bedankt!"),
    ("nl friend about gaming gift", "ik heb je een skin gegift in fortnite, check je inbox"),
    ("nl parent asks whereabouts", "ben je al thuis? ik ben er om zes uur"),
    ("nl counsellor asks age", "mag ik vragen hoe oud je bent? je hoeft het niet te zeggen hoor"),
    ("nl friend about video call", "zullen we straks facetimen voor het huiswerk?"),
    ("nl coach praises player", "goed gespeeld vandaag, je verdediging was top"),
    ("nl parent debt reminder", "je moet me die 20 euro nog terugbetalen van de bioscoop"),
    (
        "nl teen about mother working",
        "mijn moeder werkt tot laat dus ik kook vandaag voor mijn broertje",
    ),
    ("nl friend meeting at mall", "zullen we zaterdag met z'n allen naar de stad?"),
    ("nl flemish mum bedtime", "ge moet nu slapen, morgen school, leg uw gsm beneden"),
    ("nl flemish friend swimming", "neemt ge uw bikini mee naar het zwembad morgen?"),
    ("nl grandpa workshop", "kom zaterdag naar de garage, dan maken we samen uw fiets"),
    ("nl parent delete old photos", "verwijder die oude foto's van je telefoon, hij zit vol"),
    ("nl friend age talk", "mijn neef is 25 en woont in gent"),
    ("nl brother about station", "pa zei dat hij om 8 uur aan het station staat"),
    ("nl sibling about sharing", "deel die chips met je zus, niet alles zelf opeten"),
    ("nl teacher about class photo", "morgen klasfoto, iedereen in schooluniform"),
    (
        "nl friend sleepover shower",
        "je mag bij ons douchen na het zwemmen als je wilt, mijn ma vindt het goed",
    ),
    (
        "nl mother on puberty",
        "dat is heel normaal voor jongens van jouw leeftijd, vraag het gerust aan papa",
    ),
    ("nl coach age rule", "bij onze club maakt leeftijd niet uit, iedereen mag komen trainen"),
    ("nl friend compliment", "je ziet er ouder uit met die nieuwe bril haha"),
    (
        "nl friend sleepover",
        "mijn ouders gaan naar een bruiloft dus ik ben zaterdag alleen thuis, kom je?",
    ),
    ("nl sibling prank", "ik heb die video van jou gewoon bewaard in mijn map 😂"),
    ("nl sibling deal", "wis ik als je deze week de vaatwas doet"),
    (
        "nl grandpa surprise",
        "niks zeggen tegen uw moeder, het is een verrassing voor haar verjaardag",
    ),
    ("nl driving instructor", "ik pik je op aan de parking van de school om 16u"),
    ("nl carpool parent", "ik heb nog drie plaatsen vrij, wie rijdt er mee naar de wedstrijd?"),
    ("nl babysitting mother", "we betalen 8 euro per uur en dan breng ik je zelf naar huis"),
    ("nl teacher deadline", "je hebt tot vrijdag om je taak in te dienen via smartschool"),
    ("nl marketplace buyer", "stuur even het adres via de app als ik op kopen druk"),
    ("nl friend group plan", "zeg tegen je moeder dat we bij mij huiswerk maken, dat is ook zo"),
    ("nl parent phone safety", "zet je account op privé, je volgers kunnen alles zien"),
    ("nl friend outfit", "laat eens zien die jurk die je gekocht hebt, ik ben benieuwd"),
    ("nl teen date", "alleen wij twee? of neem je bram mee?"),
    ("nl dad chips", "één zakje chips, en niet tegen mama zeggen dat ik het toegelaten heb 😄"),
    ("nl club photos", "de club zet alleen foto's online van wie het formulier getekend heeft"),
    ("nl friends gossip", "ze zijn gewoon jaloers op je nieuwe fiets, trek het je niet aan"),
    ("nl helper advice", "blokkeer hem nog niet, we maken eerst screenshots"),
    ("nl employer teen job", "je krijgt je loon op je rekening met een loonstrook"),
    ("nl friend viral", "die dans van jou gaat zo viraal, echt hilarisch"),
    ("nl parent excuse note", "ik schrijf wel een briefje voor de juf dat je bij de tandarts was"),
    ("nl aunt invitation", "kom woensdag na school langs, ik bak pannenkoeken"),
    ("nl counsellor", "je hoeft je naam niet te zeggen, jij bepaalt wat je vertelt"),
    ("nl older sister", "ik pak de trein van vijf uur, dan zijn we samen thuis voor het eten"),
    ("nl grandma gift", "oma heeft me 20 euro gegeven voor mijn verjaardag"),
    ("nl friend game trade", "wil je mijn dubbele kaarten? mag je hebben"),
    ("nl classmates presentation", "ik heb de presentatie opgeslagen in de gedeelde map"),
    ("nl teen couple", "we houden het nog even voor onszelf tot ik het zelf aan mijn ouders zeg"),
]


def test_it_ships_the_eleven_behaviours_in_order() -> None:
    taxonomy = load_taxonomy()
    assert taxonomy.ids == BEHAVIOURS
    assert taxonomy.version == "1.10.0"
    assert [(p.id, p.order) for p in taxonomy.phases] == [
        ("contact", 1),
        ("trust", 2),
        ("risk", 3),
        ("exclusivity", 4),
        ("sexual", 5),
        ("meeting", 6),
        ("exploitation", 7),
    ]
    assert taxonomy.phases[6].name.nl == "Dwang, afpersing en uitbuiting"


def test_it_gives_every_behaviour_texts_a_phase_and_a_weight() -> None:
    taxonomy = load_taxonomy()
    phases = {p.id for p in taxonomy.phases}
    for behaviour in taxonomy.behaviours:
        assert behaviour.name.nl
        assert behaviour.name.en
        assert behaviour.description.nl
        assert behaviour.description.en
        assert behaviour.phase is None or behaviour.phase in phases
        assert 1 <= behaviour.weight <= 3
    assert taxonomy.behaviour("disclosure").phase is None
    assert taxonomy.behaviour("threat_sextortion").phase == "exploitation"
    assert taxonomy.behaviour("threat_sextortion").weight == 3


def test_it_has_patterns_in_dutch_english_and_german_for_every_behaviour() -> None:
    for behaviour in load_taxonomy().behaviours:
        assert {p.language for p in behaviour.patterns} == {"nl", "en", "de"}, behaviour.id


def test_it_links_every_behaviour_to_an_article_of_the_knowledge_base() -> None:
    articles = knowledge_base().articles
    taxonomy = load_taxonomy()
    assert all(b.article in articles for b in taxonomy.behaviours)
    assert taxonomy.behaviour("threat_sextortion").article == "sextortion"


def test_it_loads_the_shipped_taxonomy_and_detector_once() -> None:
    assert load_taxonomy() is load_taxonomy()
    assert detector() is detector()
    assert detector().taxonomy is load_taxonomy()


def test_it_lists_the_known_behaviours_for_an_unknown_id__error() -> None:
    with pytest.raises(SignaalError) as exc:
        load_taxonomy().behaviour("flirting")
    assert exc.value.code is ErrorCode.UNKNOWN_BEHAVIOUR
    assert exc.value.render(Lang.EN) == (
        "unknown behaviour 'flirting'; available are: " + ", ".join(BEHAVIOURS) + "."
    )


# -- behaviours in three languages -----------------------------------------------------------


@pytest.mark.parametrize(
    ("behaviour", "language", "text", "hits"),
    FOUND,
    ids=[f"{b}-{lang}-{i}" for i, (b, lang, _, _) in enumerate(FOUND)],
)
def test_it_finds_the_behaviour_with_its_exact_span(
    found: Detector, behaviour: str, language: str, text: str, hits: list[tuple[str, str]]
) -> None:
    spans = found.spans(text)
    assert [(s.behaviour, s.text) for s in spans] == hits
    assert all(text[s.start : s.end] == s.text for s in spans)
    counts: dict[str, int] = {}
    for b, _ in hits:
        counts[b] = counts.get(b, 0) + 1
    assert found.counts(text) == counts
    conversation = Conversation("c", (Message(text, author="x"),), "test", "jsonl")
    assert [s.language for s in found.conversation(conversation) if s.behaviour == behaviour] == [
        language
    ] * len([b for b, _ in hits if b == behaviour])


def test_it_covers_every_behaviour_in_every_language_in_these_tests() -> None:
    covered = {(b, lang) for b, lang, _, _ in FOUND}
    assert covered == {(b, lang) for b in BEHAVIOURS for lang in ("nl", "en", "de")}


@pytest.mark.parametrize(("name", "text"), BENIGN, ids=[name for name, _ in BENIGN])
def test_it_does_not_fire_on_a_near_miss(found: Detector, name: str, text: str) -> None:
    assert found.spans(text) == []
    assert found.counts(text) == {}


def test_it_ignores_case_and_curly_apostrophes(found: Detector) -> None:
    assert found.spans("HOE OUD BEN JE") == [Span("risk_assessment", 0, 14, "HOE OUD BEN JE")]
    assert found.spans("I\u2019m 13") == [Span("disclosure", 0, 6, "I\u2019m 13")]


def test_it_keeps_offsets_when_lowercase_changes_the_length(found: Detector) -> None:
    # the dotted capital I lowercases to two characters; offsets stay those of the message
    text = "\u0130\u0130 ik ben 13"
    assert fold(text) == "ii ik ben 13"
    assert found.spans(text) == [Span("disclosure", 3, 12, "ik ben 13")]


# -- offsets, order and conversations --------------------------------------------------------


def test_it_gives_exact_offsets_sorted_by_start(found: Detector) -> None:
    text = "Hoi! Hoe oud ben je? Ik ben 14. Stuur ff een foto, ok?"
    spans = found.spans(text)
    assert spans == [
        Span("risk_assessment", 5, 19, "Hoe oud ben je"),
        Span("disclosure", 21, 30, "Ik ben 14"),
        Span("image_request", 32, 49, "Stuur ff een foto"),
    ]
    assert found.counts(text) == {"risk_assessment": 1, "disclosure": 1, "image_request": 1}


def test_it_lets_hits_of_different_behaviours_overlap(found: Detector) -> None:
    text = "i'll pay for your train ticket"
    assert found.spans(text) == [
        Span("gifts_money", 0, 17, "i'll pay for your"),
        Span("meeting", 0, 23, "i'll pay for your train"),
    ]


def test_it_counts_repeated_hits_of_one_behaviour(found: Detector) -> None:
    text = "send me a pic. send me a pic! send me a pic"
    assert found.counts(text) == {"image_request": 3}
    assert [s.start for s in found.spans(text)] == [0, 15, 30]


def test_it_names_message_author_and_language_of_every_signal(found: Detector) -> None:
    conversation = Conversation(
        "c1",
        (
            Message("hoi", author="sam"),
            Message("hoe oud ben je?", author="kim"),
            Message("ik ben 13", author="sam"),
            Message("Wie alt bist du? Send me a pic", author="kim"),
        ),
        "test.jsonl",
        "jsonl",
    )
    assert found.conversation(conversation) == [
        Signal("risk_assessment", 1, 0, 14, "hoe oud ben je", "kim", "nl"),
        Signal("disclosure", 2, 0, 9, "ik ben 13", "sam", "nl"),
        Signal("risk_assessment", 3, 0, 15, "Wie alt bist du", "kim", "de"),
        Signal("image_request", 3, 17, 30, "Send me a pic", "kim", "en"),
    ]


def test_it_finds_nothing_in_an_empty_conversation(found: Detector) -> None:
    assert found.conversation(Conversation("c", (), "t", "jsonl")) == []
    assert found.spans("") == []
    assert found.counts("") == {}


# -- bounded input ---------------------------------------------------------------------------


def test_it_reads_only_the_first_characters_of_a_message(found: Detector) -> None:
    before = "x " * ((MAX_SCAN - 20) // 2) + "hoe oud ben je"
    assert [s.text for s in found.spans(before)] == ["hoe oud ben je"]
    after = "x " * (MAX_SCAN // 2) + "hoe oud ben je"
    assert found.spans(after) == []
    assert found.counts(after) == {}


@pytest.mark.parametrize(
    "text",
    [
        "x" * 5_000_000,
        "are you " * 700_000,
        "\U0001f600" * 100_000,
        "a" * 200_000,
        "ik ben " * 50_000,
        "stuur me " * 50_000,
        "\u0130" * 100_000,
        "you're so " * 30_000,
    ],
    ids=[
        "5-mb",
        "repeated-prefix",
        "emoji",
        "one-letter",
        "repeated-nl",
        "repeated-request",
        "dotted-i",
        "repeated-en",
    ],
)
def test_it_ends_on_hostile_input(found: Detector, text: str) -> None:
    spans = found.spans(text)
    assert all(s.end <= MAX_SCAN for s in spans)
    assert sum(found.counts(text).values()) == len(spans)


# -- how patterns are combined ---------------------------------------------------------------


def test_it_indexes_optional_first_words_digits_and_alternatives_by_first_character() -> None:
    assert _first_letters(r"(?:ik\s)?heb") == [("i", r"(?:k\sheb)"), ("h", "(?:eb)")]
    assert _first_letters(r"\d{1,2} fotos") == [(r"(?=\d)", r"(?:\d{1,2} fotos)")]
    assert _first_letters(r"(?:ja|jij)?x") == [("j", "(?:ax|ijx)"), ("x", "(?:)")]
    assert _first_letters(r"\w{1,3}x") is None
    both = [SignalPattern("nl", r"\bja\b|\b\d{2} euro\b")]
    regex, languages = _combine(both, named=True)
    assert regex.pattern == r"\b(?:j(?:(?P<p0_0>(?:a\b)))|(?=\d)(?:(?P<p0_1>(?:\d{2} euro\b))))"
    assert languages == {"p0_0": "nl", "p0_1": "nl"}
    assert [m.group() for m in regex.finditer("ja, 50 euro of 5 euro")] == ["ja", "50 euro"]
    # a digit that may be missing is no key; literal digits and \d keep their order
    assert _first_letters(r"\d?jaar") is None
    assert _first_letters(r"\d{0,2}x") is None
    for source, text in [(r"\b\d?(?:jaar|jr)\b", "jaar"), (r"\b(?:1a|\d|1b)", "1b")]:
        plain = re.search(source, text)
        combined = _combine([SignalPattern("nl", source)], named=False)[0].search(text)
        assert plain is not None
        assert combined is not None
        assert combined.span() == plain.span()
    mixed = [SignalPattern("nl", p) for p in (r"\b\dy", r"\b1", r"\b\dx")]
    regex, _ = _combine(mixed, named=True)
    hit = regex.search("1x")
    assert hit is not None
    assert (hit.span(), hit.lastgroup) == ((0, 1), "p1_0")
    unknown = [SignalPattern("en", r"\w{1,3}x")]
    assert _combine(unknown, named=False)[0].pattern == r"(?:\w{1,3}x)"


def test_it_lowercases_the_literal_text_of_a_pattern_only() -> None:
    assert lowercase(r"\bHoe\W[A-Z]\S{1,3}Je\b") == r"\bhoe\W[a-z]\S{1,3}je\b"
    assert lowercase("ab\\") == "ab\\"


def _naive(taxonomy: Taxonomy) -> dict[str, re.Pattern[str]]:
    return {
        b.id: re.compile("|".join(f"(?:{lowercase(p.source)})" for p in b.patterns))
        for b in taxonomy.behaviours
    }


def _agrees(found: Detector, naive: dict[str, re.Pattern[str]], text: str) -> None:
    """The combined expressions find the same behaviours, first hits first, as plain ones."""
    low = fold(text[:MAX_SCAN])
    expected = {}
    for bid, regex in naive.items():
        first = regex.search(low)
        if first is not None:
            expected[bid] = first.start()
    firsts: dict[str, int] = {}
    for span in found.spans(text):
        firsts.setdefault(span.behaviour, span.start)
    assert firsts == expected


def test_it_finds_what_each_pattern_alone_finds(found: Detector) -> None:
    naive = _naive(found.taxonomy)
    for _, _, text, _ in FOUND:
        _agrees(found, naive, text)
    for _, text in BENIGN:
        _agrees(found, naive, text)


WORDS = (
    # a vocabulary that forms hits and near hits when mixed
    *("ik", "ben", "je", "jij", "u", "you", "are", "r", "how", "old", "hoe", "oud", "wie"),
    *("alt", "bist", "du", "send", "me", "a", "pic", "stuur", "foto", "een", "ff", "eens"),
    *("13", "14", "your", "ur", "parents", "ouders", "thuis", "home", "alone", "alleen"),
    *("don't", "tell", "niemand", "snap", "op", "add", "on", "i'll", "buy", "v-bucks", "meet"),
    *("in", "person", "afspreken", "het", "echt", "or", "anders", "naar", "geld", "verdienen"),
    *("met", "lichaam", "owe", "money", "schuldest", "mir", "he", "has", "pictures", "of"),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14).map(" ".join))
def test_it_agrees_with_plain_patterns_on_any_mix_of_words(text: str) -> None:
    _agrees(detector(), _naive(detector().taxonomy), text)


def test_the_gate_dispatches_on_the_first_characters_of_the_patterns() -> None:
    tails = {"h": ["(?:oe)", "(?:allo)", "(?:oi)", r"(?:\w{1,3}x)"], "j": ["(?:a)"]}
    assert _dispatch(tails, 3) == r"h(?:o(?:e(?:)|i(?:))|a(?:llo)|(?:\w{1,3}x))|j(?:(?:a))"
    assert _dispatch(tails, 1) == r"h(?:(?:oe)|(?:allo)|(?:oi)|(?:\w{1,3}x))|j(?:(?:a))"
    patterns = [SignalPattern("nl", p) for p in (r"\bhoe\b", r"\bhallo", r"\bhoi", r"\bja\b")]
    gate = _combine(patterns, named=False)[0]
    assert gate.pattern == r"\b(?:h(?:o(?:e(?:\b)|i(?:))|a(?:llo))|j(?:(?:(?:a\b))))"
    assert [m.span() for m in gate.finditer("ja hoor, hoi hallo hoed")] == [
        (0, 2),
        (9, 12),
        (13, 18),
    ]


def _first_hit(found: Detector, text: str) -> int | None:
    """Where the first hit of any behaviour starts, by the behaviours' own expressions."""
    low = fold(text[:MAX_SCAN])
    starts = [m.start() for scan in found._scans if (m := scan.regex.search(low))]
    return min(starts, default=None)


def test_the_gate_finds_the_first_hit_where_the_behaviours_find_it(found: Detector) -> None:
    texts = [text for _, _, text, _ in FOUND] + [text for _, text in BENIGN]
    assert found._gate is not None
    for text in texts:
        hit = found._gate.search(fold(text[:MAX_SCAN]))
        assert (hit.start() if hit else None) == _first_hit(found, text), text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14).map(" ".join))
def test_the_gate_agrees_with_the_behaviours_on_any_mix_of_words(text: str) -> None:
    found = detector()
    assert found._gate is not None
    hit = found._gate.search(fold(text))
    assert (hit.start() if hit else None) == _first_hit(found, text)


# -- validation ------------------------------------------------------------------------------

# Line numbers in the tests below refer to this text: keep it as it is.
VALID = r"""version: "1.0.0"
phases:
  - id: trust
    name: {nl: Vertrouwen, en: Trust}
  - id: risk
    name: {nl: Risico, en: Risk}
behaviours:
  - id: asking_age
    name: {nl: Vraagt leeftijd, en: Asks age}
    description: {nl: Iemand vraagt de leeftijd., en: Someone asks the age.}
    article: gebied-online
    phase: risk
    weight: 2
    patterns:
      nl: ['\bhoe\s{1,3}oud\s{1,3}ben\s{1,3}je\b']
      en: ['\bhow\s{1,3}old\s{1,3}are\s{1,3}you\b']
      de: ['\bwie\s{1,3}alt\s{1,3}bist\s{1,3}du\b']
  - id: young
    name: {nl: Jong, en: Young}
    description: {nl: Noemt een jonge leeftijd., en: States a young age.}
    article: gesprek-met-je-kind
    phase: null
    weight: 3
    patterns:
      nl: ['\bik\s{1,3}ben\s{1,3}1[0-7]\b']
      en: ['\bi''m\s{1,3}1[0-7]\b']
      de: ['\bich\s{1,3}bin\s{1,3}1[0-7]\b']
"""


def write(tmp_path: Path, *changes: tuple[str, str]) -> Path:
    text = VALID
    for old, new in changes:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path = tmp_path / "taxonomy.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def problems(tmp_path: Path, *changes: tuple[str, str]) -> list[str]:
    with pytest.raises(SignaalError) as exc:
        load_taxonomy(write(tmp_path, *changes))
    return [p.render(Lang.EN) for p in exc.value.problems]


def test_it_loads_a_valid_file_and_detects_with_it(tmp_path: Path) -> None:
    taxonomy = load_taxonomy(write(tmp_path))
    assert taxonomy.ids == ("asking_age", "young")
    assert [(p.id, p.order, p.name.en) for p in taxonomy.phases] == [
        ("trust", 1, "Trust"),
        ("risk", 2, "Risk"),
    ]
    young = taxonomy.behaviour("young")
    assert (young.phase, young.weight, young.article, young.line) == (
        None,
        3,
        "gesprek-met-je-kind",
        18,
    )
    assert [(p.language, p.line) for p in young.patterns] == [("nl", 25), ("en", 26), ("de", 27)]
    conversation = Conversation(
        "c", (Message("Wie alt bist du?", author="a"), Message("I'm 15", author="b")), "t", "x"
    )
    assert Detector(taxonomy).conversation(conversation) == [
        Signal("asking_age", 0, 0, 15, "Wie alt bist du", "a", "de"),
        Signal("young", 1, 0, 6, "I'm 15", "b", "en"),
    ]


def test_it_reports_an_unknown_phase__error(tmp_path: Path) -> None:
    assert problems(tmp_path, ("phase: risk", "phase: grooming")) == [
        "taxonomy.yaml:12: item asking_age: refers to unknown phase 'grooming'. "
        "Known phases: trust, risk."
    ]


def test_it_reports_an_unknown_article__error(tmp_path: Path) -> None:
    assert problems(tmp_path, ("article: gebied-online", "article: nergens")) == [
        "taxonomy.yaml:11: item asking_age: refers to unknown article 'nergens'. "
        "See 'signaal knowledge list'."
    ]


def test_it_reports_a_duplicate_behaviour_id_with_its_first_line__error(tmp_path: Path) -> None:
    assert problems(tmp_path, ("- id: young", "- id: asking_age")) == [
        "taxonomy.yaml:18: item asking_age: id 'asking_age' is already used on line 8; "
        "every id must be unique."
    ]


def test_it_reports_a_duplicate_phase_id__error(tmp_path: Path) -> None:
    assert problems(tmp_path, ("- id: trust", "- id: risk")) == [
        "taxonomy.yaml:5: item risk: id 'risk' is already used on line 3; every id must be unique."
    ]


def test_it_reports_a_missing_english_text__error(tmp_path: Path) -> None:
    assert problems(tmp_path, ("name: {nl: Jong, en: Young}", "name: {nl: Jong}")) == [
        "taxonomy.yaml:19: item young: 'name' is missing its 'en' text; "
        "write both languages (nl and en)."
    ]


def test_it_reports_a_missing_dutch_description__error(tmp_path: Path) -> None:
    found = problems(
        tmp_path,
        (
            "description: {nl: Iemand vraagt de leeftijd., en: Someone asks the age.}",
            "description: {en: Someone asks the age.}",
        ),
    )
    assert found == [
        "taxonomy.yaml:10: item asking_age: 'description' is missing its 'nl' text; "
        "write both languages (nl and en)."
    ]


def test_it_reports_a_pattern_that_does_not_compile_with_the_regex_error__error(
    tmp_path: Path,
) -> None:
    found = problems(tmp_path, (r"'\bik\s{1,3}ben\s{1,3}1[0-7]\b'", r"'\bik\s{1,3}(ben\b'"))
    assert found == [
        r"taxonomy.yaml:25: item young: pattern '\bik\s{1,3}(ben\b' is not a valid regular "
        "expression: missing ), unterminated subpattern at position 11."
    ]


def test_it_reports_a_global_flag_inside_a_pattern__error(tmp_path: Path) -> None:
    found = problems(tmp_path, (r"'\bik\s{1,3}ben\s{1,3}1[0-7]\b'", r"'(?i)\bik\s{1,3}ben\b'"))
    assert found == [
        r"taxonomy.yaml:25: item young: pattern '(?i)\bik\s{1,3}ben\b' is not a valid regular "
        "expression: global flags not at the start of the expression at position 0."
    ]


def test_it_reports_a_back_reference__error(tmp_path: Path) -> None:
    found = problems(tmp_path, (r"'\bik\s{1,3}ben\s{1,3}1[0-7]\b'", r"'\b(ha)\s\1\b'"))
    assert found == [
        r"taxonomy.yaml:25: item young: pattern '\b(ha)\s\1\b' is not a valid regular "
        "expression: back-references and named groups are not allowed (patterns are combined)."
    ]


def test_it_reports_a_pattern_that_matches_empty_text__error(tmp_path: Path) -> None:
    found = problems(tmp_path, (r"'\bi''m\s{1,3}1[0-7]\b'", r"'\b(?:hi)?'"))
    assert found == [
        r"taxonomy.yaml:26: item young: pattern '\b(?:hi)?' matches empty text, so every "
        "message would be a hit; make the pattern more specific."
    ]


def test_it_reports_an_unbounded_repeat__error(tmp_path: Path) -> None:
    found = problems(tmp_path, (r"'\bhow\s{1,3}old", r"'\bhow\s+old"))
    assert found == [
        r"taxonomy.yaml:16: item asking_age: pattern '\bhow\s+old\s{1,3}are\s{1,3}you\b' "
        "repeats without a bound ('*', '+' or '{n,}'); write a bound such as {0,20}, "
        "so that a long message is read quickly."
    ]


@pytest.mark.parametrize("repeat", [".*", "a+?", "x{2,}", "(?:ab)*"])
def test_it_refuses_every_kind_of_unbounded_repeat__error(tmp_path: Path, repeat: str) -> None:
    found = problems(tmp_path, (r"'\bhow\s{1,3}old", f"'\\bhow{repeat}\\s{{1,3}}old"))
    assert len(found) == 1
    assert "repeats without a bound" in found[0]


def test_it_allows_star_and_plus_inside_a_class_or_escaped(tmp_path: Path) -> None:
    path = write(tmp_path, (r"'\bhow\s{1,3}old", r"'\bhow[*+]?\+?\s{1,3}old"))
    taxonomy = load_taxonomy(path)
    assert Detector(taxonomy).counts("how+ old are you") == {"asking_age": 1}


def test_it_reports_a_weight_out_of_range__error(tmp_path: Path) -> None:
    assert problems(tmp_path, ("weight: 3", "weight: 5")) == [
        "taxonomy.yaml:23: item young: weight 5 is outside 1–3."
    ]


def test_it_reports_a_missing_language_list__error(tmp_path: Path) -> None:
    found = problems(tmp_path, ("      de: ['\\bwie\\s{1,3}alt\\s{1,3}bist\\s{1,3}du\\b']\n", ""))
    assert found == ["taxonomy.yaml:14: item asking_age: required field 'patterns.de' is missing."]


def test_it_reports_an_empty_language_list__error(tmp_path: Path) -> None:
    found = problems(tmp_path, ("de: ['\\bich\\s{1,3}bin\\s{1,3}1[0-7]\\b']", "de: []"))
    assert found == ["taxonomy.yaml:27: item young: patterns.de: found 0, at least 1 required."]


def test_it_reports_a_pattern_that_is_not_text__error(tmp_path: Path) -> None:
    found = problems(tmp_path, ("de: ['\\bich\\s{1,3}bin\\s{1,3}1[0-7]\\b']", "de: [17]"))
    assert found == [
        "taxonomy.yaml:27: item young: 'patterns.de' must be text, but is number '17'."
    ]


def test_it_reports_every_problem_at_once__error(tmp_path: Path) -> None:
    with pytest.raises(SignaalError) as exc:
        load_taxonomy(
            write(
                tmp_path,
                ("phase: risk", "phase: grooming"),
                ("article: gesprek-met-je-kind", "article: nergens"),
                ("weight: 3", "weight: 0"),
                (r"'\bhow\s{1,3}old", r"'\bhow(old"),
                ("name: {nl: Jong, en: Young}", "name: {nl: Jong}"),
            )
        )
    assert [(p.code, p.line) for p in exc.value.problems] == [
        (ErrorCode.UNKNOWN_REFERENCE, 12),
        (ErrorCode.INVALID_PATTERN, 16),
        (ErrorCode.MISSING_TRANSLATION, 19),
        (ErrorCode.UNKNOWN_REFERENCE, 21),
        (ErrorCode.WEIGHT_OUT_OF_RANGE, 23),
    ]
    assert exc.value.render(Lang.NL).splitlines()[0] == (
        "taxonomy.yaml:12: item asking_age: verwijst naar onbekende fase 'grooming'. "
        "Bekende fasen: trust, risk."
    )


def test_it_reports_a_missing_file__error(tmp_path: Path) -> None:
    with pytest.raises(SignaalError) as exc:
        load_taxonomy(tmp_path / "nowhere.yaml")
    assert exc.value.code is ErrorCode.FILE_NOT_FOUND
