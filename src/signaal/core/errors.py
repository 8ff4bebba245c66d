"""One exception family for the core, with a catalogue of problems.

Every problem says where (file, line, item), what is wrong and how to fix it, in Dutch and
English. Validation collects every problem before raising, so an author fixes a file in one go.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from signaal.core.i18n import Lang, LocalText


class ErrorCode(StrEnum):
    FILE_NOT_FOUND = "file_not_found"
    FILE_UNREADABLE = "file_unreadable"
    FILE_TOO_LARGE = "file_too_large"
    FILE_EMPTY = "file_empty"
    ENCODING = "encoding"
    YAML_SYNTAX = "yaml_syntax"
    YAML_ALIAS = "yaml_alias"
    YAML_MULTIPLE_DOCUMENTS = "yaml_multiple_documents"
    JSON_SYNTAX = "json_syntax"
    TOO_DEEP = "too_deep"
    DUPLICATE_KEY = "duplicate_key"
    WRONG_TYPE = "wrong_type"
    MISSING_FIELD = "missing_field"
    UNKNOWN_FIELD = "unknown_field"
    INVALID_VALUE = "invalid_value"
    INVALID_ID = "invalid_id"
    DUPLICATE_ID = "duplicate_id"
    UNKNOWN_REFERENCE = "unknown_reference"
    FORWARD_REFERENCE = "forward_reference"
    MISSING_TRANSLATION = "missing_translation"
    WEIGHT_OUT_OF_RANGE = "weight_out_of_range"
    EMPTY_AREA = "empty_area"
    INVALID_CONDITION = "invalid_condition"
    CONDITION_NOT_ALLOWED = "condition_not_allowed"
    WRONG_COUNT = "wrong_count"
    UNKNOWN_INSTRUMENT = "unknown_instrument"
    UNKNOWN_ITEM = "unknown_item"
    INVALID_ANSWER = "invalid_answer"
    INVALID_CONTEXT = "invalid_context"
    UNKNOWN_ARTICLE = "unknown_article"
    BROKEN_LINK = "broken_link"
    ORPHAN_TRANSLATION = "orphan_translation"
    UNKNOWN_FORMAT = "unknown_format"
    UNDETECTED_FORMAT = "undetected_format"
    BAD_EXPORT = "bad_export"
    ZIP_UNSAFE = "zip_unsafe"
    NO_MESSAGES = "no_messages"
    INVALID_PATTERN = "invalid_pattern"
    EMPTY_MATCH = "empty_match"
    UNBOUNDED_PATTERN = "unbounded_pattern"
    UNKNOWN_BEHAVIOUR = "unknown_behaviour"
    MODEL_MISSING = "model_missing"
    MODEL_UNTRUSTED = "model_untrusted"
    MODEL_TAMPERED = "model_tampered"
    MODEL_INCOMPATIBLE = "model_incompatible"
    BAD_KEY = "bad_key"
    ENCODER_MISSING = "encoder_missing"
    TRAINING_EXTRA = "training_extra"
    NO_TRAINING_DATA = "no_training_data"
    UNLABELLED = "unlabelled"
    ONE_CLASS = "one_class"
    NO_MESSAGE_EXAMPLES = "no_message_examples"
    UNKNOWN_FORM_VERSION = "unknown_form_version"
    MISSING_ANSWER = "missing_answer"
    DUPLICATE_ANSWER = "duplicate_answer"
    EXCLUSIVE_ANSWER = "exclusive_answer"
    INVALID_CHAT_CODE = "invalid_chat_code"
    INVALID_HOURS = "invalid_hours"


# The catalogue: one message per code, Dutch and English, with {placeholders}.
MESSAGES: dict[ErrorCode, LocalText] = {
    ErrorCode.FILE_NOT_FOUND: LocalText(
        "bestand niet gevonden. Controleer het pad.",
        "file not found. Check the path.",
    ),
    ErrorCode.FILE_UNREADABLE: LocalText(
        "bestand kan niet gelezen worden ({reason}).",
        "file cannot be read ({reason}).",
    ),
    ErrorCode.FILE_TOO_LARGE: LocalText(
        "bestand is {size} bytes; het maximum is {limit} bytes.",
        "file is {size} bytes; the maximum is {limit} bytes.",
    ),
    ErrorCode.FILE_EMPTY: LocalText(
        "bestand is leeg.",
        "file is empty.",
    ),
    ErrorCode.ENCODING: LocalText(
        "geen geldige UTF-8 bij byte {offset}. Sla het bestand op als UTF-8.",
        "not valid UTF-8 at byte {offset}. Save the file as UTF-8.",
    ),
    ErrorCode.YAML_SYNTAX: LocalText(
        "ongeldige YAML: {detail}.",
        "invalid YAML: {detail}.",
    ),
    ErrorCode.YAML_ALIAS: LocalText(
        "ankers en verwijzingen (& en *) zijn niet toegestaan; schrijf de waarde voluit.",
        "anchors and aliases (& and *) are not allowed; write the value out in full.",
    ),
    ErrorCode.YAML_MULTIPLE_DOCUMENTS: LocalText(
        "bestand bevat meer dan één YAML-document; gebruik één document.",
        "file holds more than one YAML document; use one document.",
    ),
    ErrorCode.JSON_SYNTAX: LocalText(
        "ongeldige JSON: {detail}.",
        "invalid JSON: {detail}.",
    ),
    ErrorCode.TOO_DEEP: LocalText(
        "te diep genest (meer dan {limit} niveaus).",
        "nested too deeply (more than {limit} levels).",
    ),
    ErrorCode.DUPLICATE_KEY: LocalText(
        "sleutel '{key}' staat er twee keer in (eerder op regel {first}); houd er één.",
        "key '{key}' appears twice (first on line {first}); keep one.",
    ),
    ErrorCode.WRONG_TYPE: LocalText(
        "'{field}' moet {expected} zijn, maar is {actual}.",
        "'{field}' must be {expected}, but is {actual}.",
    ),
    ErrorCode.MISSING_FIELD: LocalText(
        "verplicht veld '{field}' ontbreekt.",
        "required field '{field}' is missing.",
    ),
    ErrorCode.UNKNOWN_FIELD: LocalText(
        "onbekend veld '{field}'; toegestaan zijn: {allowed}.",
        "unknown field '{field}'; allowed are: {allowed}.",
    ),
    ErrorCode.INVALID_VALUE: LocalText(
        "'{field}' heeft waarde '{value}'; toegestaan zijn: {allowed}.",
        "'{field}' has value '{value}'; allowed are: {allowed}.",
    ),
    ErrorCode.INVALID_ID: LocalText(
        "id '{value}' is ongeldig; {rule}.",
        "id '{value}' is invalid; {rule}.",
    ),
    ErrorCode.DUPLICATE_ID: LocalText(
        "id '{value}' komt al voor op regel {first}; elk id moet uniek zijn.",
        "id '{value}' is already used on line {first}; every id must be unique.",
    ),
    ErrorCode.UNKNOWN_REFERENCE: LocalText(
        "verwijst naar {kind} '{value}'.{hint}",
        "refers to {kind} '{value}'.{hint}",
    ),
    ErrorCode.FORWARD_REFERENCE: LocalText(
        "voorwaarde verwijst naar '{value}', dat pas later in de vragenlijst komt; "
        "een vervolgvraag mag alleen afhangen van eerdere vragen.",
        "condition refers to '{value}', which comes later in the questionnaire; "
        "a follow-up item may only depend on earlier items.",
    ),
    ErrorCode.MISSING_TRANSLATION: LocalText(
        "'{field}' mist de tekst in taal '{lang}'; schrijf beide talen (nl en en).",
        "'{field}' is missing its '{lang}' text; write both languages (nl and en).",
    ),
    ErrorCode.WEIGHT_OUT_OF_RANGE: LocalText(
        "gewicht {value} valt buiten {low}–{high}.",
        "weight {value} is outside {low}–{high}.",
    ),
    ErrorCode.EMPTY_AREA: LocalText(
        "'{value}' heeft geen items; geef elk gebied of cluster minstens één item.",
        "'{value}' has no items; give every area or cluster at least one item.",
    ),
    ErrorCode.INVALID_CONDITION: LocalText(
        "ongeldige voorwaarde: {detail}.",
        "invalid condition: {detail}.",
    ),
    ErrorCode.CONDITION_NOT_ALLOWED: LocalText(
        "voorwaarde '{value}' kan hier niet; in show_if mogen alleen antwoorden op items staan.",
        "condition '{value}' is not allowed here; show_if may only test answers to items.",
    ),
    ErrorCode.WRONG_COUNT: LocalText(
        "{what}: {actual} gevonden, {expected} vereist.",
        "{what}: found {actual}, {expected} required.",
    ),
    ErrorCode.UNKNOWN_INSTRUMENT: LocalText(
        "onbekend instrument '{value}'; beschikbaar zijn: {allowed}.",
        "unknown instrument '{value}'; available are: {allowed}.",
    ),
    ErrorCode.UNKNOWN_ITEM: LocalText(
        "item '{value}' bestaat niet in {instrument}. "
        "Bekijk de items met 'signaal screening describe {instrument_id}'.",
        "item '{value}' does not exist in {instrument}. "
        "See the items with 'signaal screening describe {instrument_id}'.",
    ),
    ErrorCode.INVALID_ANSWER: LocalText(
        "antwoord '{value}' is niet toegestaan; gebruik present, absent of unknown.",
        "answer '{value}' is not allowed; use present, absent or unknown.",
    ),
    ErrorCode.INVALID_CONTEXT: LocalText(
        "'{field}' is ongeldig: {detail}.",
        "'{field}' is invalid: {detail}.",
    ),
    ErrorCode.UNKNOWN_ARTICLE: LocalText(
        "onbekend artikel '{value}'; beschikbaar zijn: {allowed}.",
        "unknown article '{value}'; available are: {allowed}.",
    ),
    ErrorCode.BROKEN_LINK: LocalText(
        "link '{value}' is niet toegestaan: {detail}.",
        "link '{value}' is not allowed: {detail}.",
    ),
    ErrorCode.ORPHAN_TRANSLATION: LocalText(
        "Engelse versie zonder Nederlands origineel; voeg nl/{value}.md toe.",
        "English version without a Dutch original; add nl/{value}.md.",
    ),
    ErrorCode.UNKNOWN_FORMAT: LocalText(
        "onbekend formaat '{value}'; beschikbaar zijn: {allowed}.",
        "unknown format '{value}'; available are: {allowed}.",
    ),
    ErrorCode.UNDETECTED_FORMAT: LocalText(
        "het formaat van dit bestand is niet te herkennen. Kies er een met --format: {allowed}.",
        "the format of this file cannot be recognised. Choose one with --format: {allowed}.",
    ),
    ErrorCode.BAD_EXPORT: LocalText(
        "dit is geen geldige {format}-export: {detail}.",
        "this is not a valid {format} export: {detail}.",
    ),
    ErrorCode.ZIP_UNSAFE: LocalText(
        "zip-bestand geweigerd: {detail}.",
        "zip file refused: {detail}.",
    ),
    ErrorCode.NO_MESSAGES: LocalText(
        "geen berichten gevonden in deze {format}-export.",
        "no messages found in this {format} export.",
    ),
    ErrorCode.INVALID_PATTERN: LocalText(
        "patroon '{value}' is geen geldige reguliere expressie: {detail}.",
        "pattern '{value}' is not a valid regular expression: {detail}.",
    ),
    ErrorCode.EMPTY_MATCH: LocalText(
        "patroon '{value}' past op lege tekst, dus elk bericht zou een treffer zijn; "
        "maak het patroon specifieker.",
        "pattern '{value}' matches empty text, so every message would be a hit; "
        "make the pattern more specific.",
    ),
    ErrorCode.UNBOUNDED_PATTERN: LocalText(
        "patroon '{value}' herhaalt zonder grens ('*', '+' of '{{n,}}'); schrijf een grens "
        "zoals {{0,20}}, zodat een lang bericht snel gelezen wordt.",
        "pattern '{value}' repeats without a bound ('*', '+' or '{{n,}}'); write a bound "
        "such as {{0,20}}, so that a long message is read quickly.",
    ),
    ErrorCode.UNKNOWN_BEHAVIOUR: LocalText(
        "onbekend gedrag '{value}'; beschikbaar zijn: {allowed}.",
        "unknown behaviour '{value}'; available are: {allowed}.",
    ),
    ErrorCode.MODEL_MISSING: LocalText(
        "modelbestand ontbreekt. Een model is een map met manifest.json, manifest.sig, "
        "weights.npz en MODEL_CARD.md.",
        "model file is missing. A model is a folder with manifest.json, manifest.sig, "
        "weights.npz and MODEL_CARD.md.",
    ),
    ErrorCode.MODEL_UNTRUSTED: LocalText(
        "model geweigerd: het is ondertekend met sleutel {key}, die niet vertrouwd wordt. "
        "Geef de publieke sleutel mee met --trust BESTAND als je dit model zelf hebt gemaakt.",
        "model refused: it is signed with key {key}, which is not trusted. "
        "Pass its public key with --trust FILE if you made this model yourself.",
    ),
    ErrorCode.MODEL_TAMPERED: LocalText(
        "model geweigerd: het is gewijzigd of beschadigd ({detail}).",
        "model refused: it was changed or damaged ({detail}).",
    ),
    ErrorCode.MODEL_INCOMPATIBLE: LocalText(
        "model past niet bij deze versie van Signaal: {detail}.",
        "model does not fit this version of Signaal: {detail}.",
    ),
    ErrorCode.BAD_KEY: LocalText(
        "dit is geen Ed25519-sleutel (verwacht: 32 bytes in base64 op één regel).",
        "this is not an Ed25519 key (expected: 32 bytes in base64 on one line).",
    ),
    ErrorCode.ENCODER_MISSING: LocalText(
        "het taalmodel '{value}' kan niet geladen worden ({detail}). Installeer Signaal "
        "opnieuw met pip install signaal.",
        "the language model '{value}' cannot be loaded ({detail}). Reinstall Signaal "
        "with pip install signaal.",
    ),
    ErrorCode.TRAINING_EXTRA: LocalText(
        "trainen heeft het pakket '{value}' nodig: pip install 'signaal[train]'.",
        "training needs the package '{value}': pip install 'signaal[train]'.",
    ),
    ErrorCode.NO_TRAINING_DATA: LocalText(
        "geen .jsonl-bestanden met gesprekken in deze map.",
        "no .jsonl files with conversations in this folder.",
    ),
    ErrorCode.UNLABELLED: LocalText(
        "gesprekken zonder 'label' (0 of 1): {value}. Evalueren en trainen kan alleen met "
        "gelabelde gesprekken.",
        "conversations without a 'label' (0 or 1): {value}. Evaluating and training need "
        "labelled conversations.",
    ),
    ErrorCode.NO_MESSAGE_EXAMPLES: LocalText(
        "het berichtmodel heeft berichten van daders nodig (gesprekken met label 1 met rollen, "
        "of in bestanden written_*.jsonl) én onschuldige alledaagse chats (bestanden "
        "everyday_*.jsonl, zoals Signaal ze meelevert).",
        "the message model needs offenders' messages (conversations with label 1 that name "
        "roles, or in files written_*.jsonl) and harmless everyday chats (files "
        "everyday_*.jsonl, as Signaal ships them).",
    ),
    ErrorCode.ONE_CLASS: LocalText(
        "de trainingsdata heeft maar één soort label; er zijn gesprekken met label 0 én 1 nodig.",
        "the training data has only one kind of label; conversations with label 0 and 1 are "
        "needed.",
    ),
    ErrorCode.UNKNOWN_FORM_VERSION: LocalText(
        "onbekende versie '{value}' van het registratieformulier; beschikbaar zijn: {allowed}.",
        "unknown version '{value}' of the registration form; available are: {allowed}.",
    ),
    ErrorCode.MISSING_ANSWER: LocalText(
        "'{field}' ({label}) is niet ingevuld; dat is verplicht{when}.",
        "'{field}' ({label}) is not filled in; it is required{when}.",
    ),
    ErrorCode.DUPLICATE_ANSWER: LocalText(
        "'{field}' noemt '{value}' twee keer; noem elke code één keer.",
        "'{field}' names '{value}' twice; name each code once.",
    ),
    ErrorCode.EXCLUSIVE_ANSWER: LocalText(
        "'{field}': '{value}' kan niet samen met een ander antwoord; kies '{value}' alleen, of "
        "laat '{value}' weg.",
        "'{field}': '{value}' cannot go together with another answer; choose '{value}' alone, "
        "or leave '{value}' out.",
    ),
    ErrorCode.INVALID_CHAT_CODE: LocalText(
        "deze chatcode klopt niet. Een chatcode is drie woorden en een getal, zoals '{example}'.",
        "this chat code is not right. A chat code is three words and a number, such as "
        "'{example}'.",
    ),
    ErrorCode.INVALID_HOURS: LocalText(
        "'{field}' is ongeldig: {detail}.",
        "'{field}' is invalid: {detail}.",
    ),
}


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong, with where it is."""

    code: ErrorCode
    message: LocalText
    file: str | None = None
    line: int | None = None
    item: str | None = None

    def render(self, lang: Lang = Lang.NL) -> str:
        where = []
        if self.file:
            where.append(self.file if self.line is None else f"{self.file}:{self.line}")
        elif self.line is not None:
            where.append(("regel " if lang is Lang.NL else "line ") + str(self.line))
        if self.item:
            where.append(f"item {self.item}")
        prefix = ": ".join(where)
        text = self.message.get(lang)
        return f"{prefix}: {text}" if prefix else text


def problem(
    code: ErrorCode,
    *,
    file: str | None = None,
    line: int | None = None,
    item: str | None = None,
    **params: object,
) -> Problem:
    """Build a problem from the catalogue; ``params`` fill the message's placeholders."""
    return Problem(code, MESSAGES[code].format(**params), file=file, line=line, item=item)


class SignaalError(Exception):
    """Bad data: one or more problems, all reported together."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        if not problems:
            raise ValueError("a SignaalError needs at least one problem")
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__(self.render(Lang.EN))

    @property
    def code(self) -> ErrorCode:
        return self.problems[0].code

    def render(self, lang: Lang = Lang.NL) -> str:
        return "\n".join(p.render(lang) for p in self.problems)


def raise_if(problems: Iterable[Problem]) -> None:
    """Raise one SignaalError holding every problem, if there are any."""
    found = list(problems)
    if found:
        raise SignaalError(found)
