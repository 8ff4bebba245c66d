"""Cheap per-message signals: the behaviour taxonomy and a pattern detector.

The taxonomy (``taxonomy.yaml`` beside this module) names the behaviours of grooming,
recruitment and sextortion, each with plain-language texts, a knowledge-base article, a phase,
a weight and regular expressions in Dutch, English and German. The detector finds those
expressions in messages. A hit is a reason to look, never proof: a model weighs the hits of a
whole conversation, and people judge.

Speed and safety: only the first ``MAX_SCAN`` characters of a message are read. The message
is lowercased once and the patterns were lowercased when loaded, which makes matching
case-insensitive without the slower case-folding paths of ``re``. One combined expression of
every pattern runs first; most messages match nothing and cost that single scan. A message
that does match is scanned per behaviour from the first hit on. Patterns may not repeat without
a bound, so the work per message grows linearly with its length.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from signaal.core.conversations.model import Conversation
from signaal.core.errors import ErrorCode, SignaalError, problem, raise_if
from signaal.core.i18n import LocalText
from signaal.core.knowledge.loader import knowledge_base
from signaal.core.schema import TEXT, Reader, describe
from signaal.core.sources import YList, YMap, YScalar, load_yaml

MAX_SCAN = 20_000  # characters of one message that are read; the rest is ignored
GATE_DEPTH = 3  # characters of the patterns' beginnings the gate dispatches on
LANGUAGES = ("nl", "en", "de")
WEIGHTS = (1, 3)
TOP_FIELDS = ("version", "phases", "behaviours")
BEHAVIOUR_FIELDS = ("id", "name", "description", "article", "phase", "weight", "patterns")

PHASE_WORD = LocalText("onbekende fase", "unknown phase")
ARTICLE_WORD = LocalText("onbekend artikel", "unknown article")
ARTICLE_HINT = LocalText(" Zie 'signaal knowledge list'.", " See 'signaal knowledge list'.")
AT_LEAST_ONE = LocalText("minstens 1", "at least 1")

# Curly apostrophes (phone keyboards) read as the straight one the patterns use.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
# A pattern as escapes and the text between them (an escape keeps its letter's case).
_TOKEN = re.compile(r"\\.?|[^\\]+", re.S)
# A pattern as escapes, character classes and single characters.
_PIECE = re.compile(r"\\.?|\[\^?\]?(?:\\.|[^\]\\])*\]|.", re.S)
_SPECIAL = frozenset(".^$*+?{}[]\\|()")
_QUANTIFIERS = frozenset("?*+{")
_DIGIT = "\\d"
_UNBOUNDED = re.compile(r"[*+]|\{\d*,\}")
_NAMED_GROUP = re.compile(r"\(\?P[<=]")
# Texts on which a pattern must not find an empty match.
_PROBES = ("", " ", "a", "ab cd", "1", "?", "\n")


@dataclass(frozen=True, slots=True)
class Phase:
    id: str
    order: int  # 1 for the first phase in the file
    name: LocalText


@dataclass(frozen=True, slots=True)
class SignalPattern:
    """One regular expression of a behaviour, as written in the file."""

    language: str  # 'nl', 'en' or 'de'
    source: str
    line: int = 0


@dataclass(frozen=True, slots=True)
class Behaviour:
    id: str
    name: LocalText
    description: LocalText
    article: str
    phase: str | None
    weight: int  # 1-3: how strong one hit is as evidence
    patterns: tuple[SignalPattern, ...] = ()
    line: int = 0


@dataclass(frozen=True, slots=True)
class Taxonomy:
    version: str
    phases: tuple[Phase, ...]
    behaviours: tuple[Behaviour, ...]

    def behaviour(self, behaviour_id: str) -> Behaviour:
        """The behaviour with this id; an unknown id is an error that lists the known ones."""
        for behaviour in self.behaviours:
            if behaviour.id == behaviour_id:
                return behaviour
        raise SignaalError(
            [problem(ErrorCode.UNKNOWN_BEHAVIOUR, value=behaviour_id, allowed=", ".join(self.ids))]
        )

    @property
    def ids(self) -> tuple[str, ...]:
        """Behaviour ids in file order."""
        return tuple(b.id for b in self.behaviours)


@dataclass(frozen=True, slots=True)
class Span:
    """One hit inside one message; ``text == message_text[start:end]``."""

    behaviour: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Signal:
    """One hit in a conversation: ``message`` is the index into ``Conversation.messages``."""

    behaviour: str
    message: int
    start: int
    end: int
    text: str
    author: str
    language: str  # of the pattern that matched: 'nl', 'en' or 'de'


# -- loading -------------------------------------------------------------------------------


def package_file() -> Path:
    return Path(str(resources.files("signaal.core.conversations") / "taxonomy.yaml"))


def load_taxonomy(path: Path | None = None) -> Taxonomy:
    """Read and validate a taxonomy file; the shipped one when ``path`` is None (cached).

    Every problem (unknown phase or article, duplicate id, missing text or language, a
    pattern that does not compile, matches empty text or repeats without a bound, a weight
    out of range) is reported at once with file and line, in one ``SignaalError``.
    """
    if path is None:
        return _shipped()
    return _load(path)


@lru_cache(maxsize=1)
def _shipped() -> Taxonomy:
    return _load(package_file())


def _load(path: Path) -> Taxonomy:
    name = path.name
    root = load_yaml(path, label=name)
    r = Reader(name)
    top = r.mapping(root, field=name, required=TOP_FIELDS, id_key=None)
    if top is None:
        raise SignaalError(r.problems)
    version = r.string(top, "version")
    phases, phase_ids = _read_phases(r, top)
    behaviours = _read_behaviours(r, top, phase_ids)
    raise_if(r.problems)
    assert version is not None  # noqa: S101 - a missing version is a problem raised above
    return Taxonomy(version, phases, behaviours)


def _items(r: Reader, top: YMap, key: str) -> tuple[YScalar | YList | YMap, ...]:
    """The list under ``key``; an empty list is a problem (a required field is checked)."""
    nodes = r.seq(top, key)
    node = top.entries.get(key)
    if isinstance(node, YList) and not nodes:
        r.add(ErrorCode.WRONG_COUNT, line=node.line, what=key, actual=0, expected=AT_LEAST_ONE)
    return nodes


def _read_phases(r: Reader, top: YMap) -> tuple[tuple[Phase, ...], dict[str, int]]:
    """The phases in file order, and the line of every declared phase id."""
    phases: list[Phase] = []
    lines: dict[str, int] = {}
    for node in _items(r, top, "phases"):
        m = r.mapping(node, field="phase", required=("id", "name"))
        if m is None:
            continue
        pid = r.identifier(m, "id")
        if pid is not None and pid in lines:
            r.add(ErrorCode.DUPLICATE_ID, line=m.line, item=pid, value=pid, first=lines[pid])
            pid = None
        name = r.text(m, "name", item=pid)
        if pid is not None:
            lines[pid] = m.line
            if name is not None:
                phases.append(Phase(pid, len(phases) + 1, name))
    return tuple(phases), lines


def _read_behaviours(r: Reader, top: YMap, phase_ids: dict[str, int]) -> tuple[Behaviour, ...]:
    articles = knowledge_base().articles
    out: list[Behaviour] = []
    lines: dict[str, int] = {}
    for node in _items(r, top, "behaviours"):
        m = r.mapping(node, field="behaviour", required=BEHAVIOUR_FIELDS)
        if m is None:
            continue
        bid = r.identifier(m, "id")
        if bid is not None and bid in lines:
            r.add(ErrorCode.DUPLICATE_ID, line=m.line, item=bid, value=bid, first=lines[bid])
            bid = None
        if bid is not None:
            lines[bid] = m.line
        name = r.text(m, "name", item=bid)
        description = r.text(m, "description", item=bid)
        article = r.string(m, "article", item=bid)
        if article is not None and article not in articles:
            r.add(
                ErrorCode.UNKNOWN_REFERENCE,
                line=m.entries["article"].line,
                item=bid,
                kind=ARTICLE_WORD,
                value=article,
                hint=ARTICLE_HINT,
            )
            article = None
        phase, phase_ok = _read_phase(r, m, bid, phase_ids)
        weight = r.weight(m, "weight", WEIGHTS, item=bid)
        patterns = _read_patterns(r, m, bid)
        if bid and name and description and article and phase_ok and weight is not None:
            out.append(
                Behaviour(bid, name, description, article, phase, weight, patterns, line=m.line)
            )
    return tuple(out)


def _read_phase(
    r: Reader, m: YMap, item: str | None, phase_ids: dict[str, int]
) -> tuple[str | None, bool]:
    """(phase id or None, whether it is valid); ``phase: null`` means 'no phase'."""
    node = m.entries.get("phase")
    if node is None:
        return None, False  # reported as a missing field
    if isinstance(node, YScalar) and node.value is None:
        return None, True
    phase = r.string(m, "phase", item=item)
    if phase is None:
        return None, False
    if phase not in phase_ids:
        known = ", ".join(phase_ids)
        r.add(
            ErrorCode.UNKNOWN_REFERENCE,
            line=node.line,
            item=item,
            kind=PHASE_WORD,
            value=phase,
            hint=LocalText(f" Bekende fasen: {known}.", f" Known phases: {known}."),
        )
        return None, False
    return phase, True


def _read_patterns(r: Reader, m: YMap, item: str | None) -> tuple[SignalPattern, ...]:
    pm = r.mapping(m.entries.get("patterns"), field="patterns", item=item, optional=LANGUAGES)
    if pm is None:
        return ()
    out: list[SignalPattern] = []
    for lang in LANGUAGES:
        field = f"patterns.{lang}"
        if lang not in pm.entries:
            line = m.key_lines.get("patterns", pm.line)
            r.add(ErrorCode.MISSING_FIELD, line=line, item=item, field=field)
            continue
        nodes = r.seq(pm, lang, item=item)
        listed = pm.entries[lang]
        if isinstance(listed, YList) and not nodes:
            r.add(
                ErrorCode.WRONG_COUNT,
                line=listed.line,
                item=item,
                what=field,
                actual=0,
                expected=AT_LEAST_ONE,
            )
        for node in nodes:
            source = node.value if isinstance(node, YScalar) else None
            if not isinstance(source, str) or not source.strip():
                r.add(
                    ErrorCode.WRONG_TYPE,
                    line=node.line,
                    item=item,
                    field=field,
                    expected=TEXT,
                    actual=describe(node),
                )
            elif _check_pattern(r, source, line=node.line, item=item):
                out.append(SignalPattern(lang, source, node.line))
    return tuple(out)


# -- patterns ------------------------------------------------------------------------------


def lowercase(source: str) -> str:
    """The pattern with its literal text in lowercase; escapes such as ``\\W`` keep theirs."""
    return "".join(t if t.startswith("\\") else t.lower() for t in _TOKEN.findall(source))


def _pieces(source: str) -> list[str]:
    """The pattern as escapes, character classes and single characters."""
    return _PIECE.findall(source)


def _skeleton(source: str) -> str:
    """The pattern with every escape and character class replaced by a plain letter.

    What is left is structure only: groups, alternation and repeats.
    """
    return "".join("e" if len(p) > 1 or p == "\\" else p for p in _pieces(source))


def _check_pattern(r: Reader, source: str, *, line: int, item: str | None) -> bool:
    """Report what is wrong with one pattern; True when it can be used."""
    if _UNBOUNDED.search(_skeleton(source)):
        r.add(ErrorCode.UNBOUNDED_PATTERN, line=line, item=item, value=source)
        return False
    backref = any(re.fullmatch(r"\\[1-9]", t) for t in _TOKEN.findall(source))
    if backref or _NAMED_GROUP.search(source):
        detail = "back-references and named groups are not allowed (patterns are combined)"
        r.add(ErrorCode.INVALID_PATTERN, line=line, item=item, value=source, detail=detail)
        return False
    error = _compile_error(source)
    if error is not None:
        r.add(ErrorCode.INVALID_PATTERN, line=line, item=item, value=source, detail=error)
        return False
    compiled = re.compile(f"(?:{lowercase(source)})")
    if any(m.start() == m.end() for probe in _PROBES for m in compiled.finditer(probe)):
        r.add(ErrorCode.EMPTY_MATCH, line=line, item=item, value=source)
        return False
    return True


def _compile_error(source: str) -> str | None:
    """Why the pattern does not compile, alone or inside a group as the detector uses it.

    Inside a group, a global flag such as ``(?i)`` is refused even at the very start.
    """
    for before, after in (("", ""), ("(?:", ")")):
        try:
            re.compile(before + lowercase(source) + after)
        except re.error as exc:
            if exc.pos is None:
                return str(exc)
            return f"{exc.msg} at position {max(exc.pos - len(before), 0)}"
        except (RecursionError, OverflowError, ValueError) as exc:
            return str(exc)
    return None


def _literal(pieces: list[str], i: int) -> bool:
    """Whether piece ``i`` is one plain character that must be there (not repeated)."""
    if i >= len(pieces) or len(pieces[i]) != 1 or pieces[i] in _SPECIAL:
        return False
    return i + 1 >= len(pieces) or pieces[i + 1] not in _QUANTIFIERS


def _first_letters(body: str) -> list[tuple[str, str]] | None:
    """The pattern as (first character, what must follow) pairs, or None when unknown.

    Handles a pattern that starts with a plain character or a digit (``\\d`` or a literal
    one, all keyed by one look-ahead so that they keep their order), or with a group of
    alternatives that each start so, also when the group is optional:
    ``(?:je|jij|u)X`` gives ('j', '(?:eX|ijX)') and ('u', '(?:X)'); ``(?:ik\\s)?hebX`` gives
    ('i', '(?:k\\shebX)') and ('h', '(?:ebX)'), the alternatives in the order ``re`` tries them.
    """
    starts = _starts(_pieces(body))
    if starts is None:
        return None
    by_letter: dict[str, list[str]] = {}
    for letter, tail in starts:
        by_letter.setdefault(letter, []).append(tail)
    return [(c, f"(?:{'|'.join(tails)})") for c, tails in by_letter.items()]


def _starts(pieces: list[str]) -> list[tuple[str, str]] | None:
    """(first character, rest) for every way the pieces can start, in the order ``re``
    tries them; None when a way does not start with a known character."""
    if _digit_first(pieces):  # digits share one key that consumes nothing: order is kept
        return [(f"(?={_DIGIT})", "".join(pieces))]
    if _literal(pieces, 0):
        return [(pieces[0], "".join(pieces[1:]))]
    if pieces[:3] != ["(", "?", ":"]:
        return None
    depth, close = 0, -1
    for i, piece in enumerate(pieces):
        depth += (piece == "(") - (piece == ")")
        if depth == 0:
            close = i
            break
    if close < 0:
        return None
    after = pieces[close + 1 : close + 3]
    optional = after[:1] == ["?"]
    if (after[:1] and after[0] in _QUANTIFIERS and not optional) or after == ["?", "?"]:
        return None
    rest = pieces[close + 1 + optional :]
    branches: list[list[str]] = [[]]
    depth = 0
    for piece in pieces[3:close]:
        if piece == "|" and depth == 0:
            branches.append([])
            continue
        depth += (piece == "(") - (piece == ")")
        branches[-1].append(piece)
    out: list[tuple[str, str]] = []
    for branch in branches:
        starts = _starts(branch + rest)
        if starts is None:
            return None
        out.extend(starts)
    if optional:
        skipped = _starts(rest)
        if skipped is None:
            return None
        out.extend(skipped)
    return out


def _digit_first(pieces: list[str]) -> bool:
    """Whether the pieces must start with a digit: a literal one, or ``\\d`` repeated at
    least once (``\\d?`` and ``\\d{0,2}`` may match none)."""
    if not pieces or not (pieces[0] == _DIGIT or pieces[0] in "0123456789"):
        return False
    after = pieces[1] if len(pieces) > 1 else ""
    if after in ("?", "*"):
        return False
    if after == "{":
        least = "".join(itertools.takewhile(str.isdigit, pieces[2:]))
        return bool(least) and int(least) >= 1
    return True


def _alternatives(body: str) -> list[str]:
    """The pattern split at its top-level ``|`` (one piece when there is none)."""
    parts: list[list[str]] = [[]]
    depth = 0
    for piece in _pieces(body):
        if piece == "|" and depth == 0:
            parts.append([])
            continue
        depth += (piece == "(") - (piece == ")")
        parts[-1].append(piece)
    return ["".join(part) for part in parts]


def _combine(
    patterns: Sequence[SignalPattern], *, named: bool
) -> tuple[re.Pattern[str], dict[str, str]]:
    """One expression for many patterns, and the language of each named group.

    ``re`` tries the alternatives of a group one by one at every position, which is slow with
    hundreds of them. So the patterns that start with ``\\b`` and a known first character are
    grouped by that character behind one shared ``\\b``: at a position the engine rejects the
    other groups on their first letter and tries only the patterns that can start there.
    Each pattern's hit is in group ``p<index>`` (or ``p<index>_<k>``) when ``named``. Without
    names (the gate) the grouping goes ``GATE_DEPTH`` characters deep (:func:`_dispatch`);
    with names the order in which ``re`` tries the patterns decides which hit is counted, so
    it stays one character.
    """
    by_letter: dict[str, list[str]] = {}
    alone: list[str] = []
    languages: dict[str, str] = {}

    def wrap(name: str, body: str, language: str) -> str:
        languages[name] = language
        return f"(?P<{name}>{body})" if named else f"(?:{body})"

    for index, pattern in enumerate(patterns):
        body = lowercase(pattern.source)
        split: list[tuple[str, str]] | None = []
        for alternative in _alternatives(body):
            starts = _first_letters(alternative[2:]) if alternative.startswith("\\b") else None
            if starts is None or split is None:
                split = None
                break
            split.extend(starts)
        if not split:
            alone.append(wrap(f"p{index}", body, pattern.language))
            continue
        for k, (letter, tail) in enumerate(split):
            group = wrap(f"p{index}_{k}", tail, pattern.language)
            by_letter.setdefault(letter, []).append(group)
    if named:
        parts = [f"{_key(c)}(?:{'|'.join(groups)})" for c, groups in by_letter.items()]
    else:
        parts = [_dispatch(by_letter, GATE_DEPTH)] if by_letter else []
    shared = [f"\\b(?:{'|'.join(parts)})"] if parts else []
    return re.compile("|".join(shared + alone)), languages


def _key(c: str) -> str:
    return re.escape(c) if len(c) == 1 else c


def _dispatch(by_letter: dict[str, list[str]], depth: int) -> str:
    """Alternatives grouped by their first character, and within a group by the next one,
    ``depth`` characters deep: a trie of their known beginnings. Where the engine stands on
    an "s", it then tries only the patterns that go on with the next letter it sees, not
    every pattern that starts with "s". Only for an expression whose alternatives' order
    does not matter (the gate: whether there is a hit and where the first one starts); a
    tail whose next character is not known stays in its group as it is."""
    parts = []
    for c, tails in by_letter.items():
        inner = tails
        if depth > 1 and len(c) == 1 and len(tails) > 1:
            deeper: dict[str, list[str]] = {}
            rest = []
            for tail in tails:
                starts = _starts(_pieces(tail)) if tail else None
                if starts is None:
                    rest.append(tail)
                    continue
                for letter, after in starts:
                    deeper.setdefault(letter, []).append(after)
            inner = ([_dispatch(deeper, depth - 1)] if deeper else []) + rest
        parts.append(f"{_key(c)}(?:{'|'.join(inner)})")
    return "|".join(parts)


# -- detecting -----------------------------------------------------------------------------


def fold(text: str) -> str:
    """``text`` as the patterns see it: lowercase, straight apostrophes, same length."""
    low = text.lower()
    if low.isascii():
        return low
    if len(low) != len(text):
        # a few letters (the Turkish dotted I) lowercase to two characters: keep the first
        low = "".join(ch.lower()[0] for ch in text)
    return low.translate(_APOSTROPHES)


@dataclass(frozen=True, slots=True)
class _Scan:
    behaviour: str
    regex: re.Pattern[str]
    languages: dict[str, str]  # group name -> language of that pattern


class Detector:
    """Finds the taxonomy's patterns in messages; built once, then cheap per message."""

    def __init__(self, taxonomy: Taxonomy | None = None) -> None:
        self.taxonomy = taxonomy if taxonomy is not None else load_taxonomy()
        scans = []
        every: list[SignalPattern] = []
        for behaviour in self.taxonomy.behaviours:
            if behaviour.patterns:
                regex, languages = _combine(behaviour.patterns, named=True)
                scans.append(_Scan(behaviour.id, regex, languages))
                every.extend(behaviour.patterns)
        self._scans = tuple(scans)
        self._gate = _combine(every, named=False)[0] if every else None

    def _start(self, text: str) -> tuple[str, int] | None:
        """The folded text and where the first hit of any behaviour starts, if there is one."""
        if self._gate is None or not text:
            return None
        low = fold(text[:MAX_SCAN])
        first = self._gate.search(low)
        return None if first is None else (low, first.start())

    def _hits(self, text: str) -> list[tuple[int, int, int, str]]:
        """(start, behaviour index, end, language) of every hit, in reading order."""
        started = self._start(text)
        if started is None:
            return []
        low, pos = started
        found = []
        for index, scan in enumerate(self._scans):
            for m in scan.regex.finditer(low, pos):
                if m.end() > m.start():
                    found.append((m.start(), index, m.end(), scan.languages[m.lastgroup or ""]))
        found.sort()
        return found

    def spans(self, text: str) -> list[Span]:
        """Every hit in one message, sorted by start (then by behaviour in file order).

        Hits of one behaviour never overlap; hits of different behaviours may. Only the first
        ``MAX_SCAN`` characters are read.
        """
        return [
            Span(self._scans[i].behaviour, start, end, text[start:end])
            for start, i, end, _lang in self._hits(text)
        ]

    def counts(self, text: str) -> dict[str, int]:
        """Hits per behaviour id in one message; behaviours without a hit are left out."""
        started = self._start(text)
        if started is None:
            return {}
        low, pos = started
        out: dict[str, int] = {}
        for scan in self._scans:
            n = sum(1 for m in scan.regex.finditer(low, pos) if m.end() > m.start())
            if n:
                out[scan.behaviour] = n
        return out

    def conversation(self, conversation: Conversation) -> list[Signal]:
        """Every hit in every message, in chat order, with the message's index and author."""
        out: list[Signal] = []
        for number, message in enumerate(conversation.messages):
            for start, i, end, lang in self._hits(message.text):
                out.append(
                    Signal(
                        self._scans[i].behaviour,
                        number,
                        start,
                        end,
                        message.text[start:end],
                        message.author,
                        lang,
                    )
                )
        return out


@lru_cache(maxsize=1)
def detector() -> Detector:
    """The detector for the shipped taxonomy, built once."""
    return Detector()
