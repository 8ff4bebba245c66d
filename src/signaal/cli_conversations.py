"""``signaal conversations ...``: analyse chat exports, evaluate and train the model."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from signaal.core.conversations.bundle import (
    default_path,
    load_bundle,
    new_private_key,
    private_key_text,
    read_private_key,
)
from signaal.core.conversations.engine import Engine
from signaal.core.conversations.evaluation import evaluate
from signaal.core.conversations.importers.base import available, read_conversations
from signaal.core.conversations.report import file_dict, file_text
from signaal.core.conversations.signals import load_taxonomy
from signaal.core.errors import ErrorCode, SignaalError, problem
from signaal.core.i18n import Lang, LocalText

EXIT_OK = 0
DEFAULT_DATA = Path("..") / "shared" / "data" / "conversations"


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _engine(args: argparse.Namespace) -> Engine:
    trust = [Path(p) for p in args.trust or []]
    return Engine.from_path(Path(args.model) if args.model else None, trust)


def cmd_analyze(args: argparse.Namespace) -> int:
    lang: Lang = args.lang
    conversations = read_conversations(Path(args.file), fmt=args.format, label=args.file)
    engine = _engine(args)
    analyses = [engine.analyze(c) for c in conversations]
    if args.json:
        _print_json(file_dict(args.file, analyses, engine.taxonomy, lang, engine.model.version))
    else:
        print(file_text(args.file, analyses, engine.taxonomy, lang))
    return EXIT_OK


EVALUATION_LABELS = {
    "n": LocalText("gesprekken", "conversations"),
    "positives": LocalText("waarvan positief", "of which positive"),
    "precision": LocalText("precisie", "precision"),
    "recall": LocalText("recall", "recall"),
    "f1": LocalText("F1", "F1"),
    "f0_5": LocalText("F0,5", "F0.5"),
    "auc": LocalText("AUC", "AUC"),
    "latency_weighted_f1": LocalText("latency-gewogen F1", "latency-weighted F1"),
    "median_messages_to_alert": LocalText(
        "mediaan berichten tot signaal", "median messages to alert"
    ),
    "messages_per_second": LocalText("berichten per seconde", "messages per second"),
}


def cmd_evaluate(args: argparse.Namespace) -> int:
    lang: Lang = args.lang
    conversations = read_conversations(Path(args.data), fmt=args.format, label=args.data)
    unlabelled = [c.id for c in conversations if c.label is None]
    if unlabelled:
        raise SignaalError(
            [problem(ErrorCode.UNLABELLED, file=args.data, value=", ".join(unlabelled[:5]))]
        )
    engine = _engine(args)
    result = evaluate(
        [(int(c.label or 0), c) for c in conversations],
        lambda c: engine.scores([m.text for m in c.messages], [m.author for m in c.messages]),
        engine.threshold,
    )
    if args.json:
        _print_json(result)
        return EXIT_OK
    width = max(len(label.get(lang)) for label in EVALUATION_LABELS.values())
    for key, label in EVALUATION_LABELS.items():
        value = result[key]
        shown = "-" if value is None else str(value)
        if lang is Lang.NL and isinstance(value, float):
            shown = shown.replace(".", ",")
        print(f"{label.get(lang):<{width}}  {shown}")
    return EXIT_OK


def cmd_train(args: argparse.Namespace) -> int:
    from signaal.core.conversations.training import WORDS_PER_LANGUAGE, everyday_dir, train

    out = Path(args.out).resolve()
    key_path = Path(args.key) if args.key else out.with_name(out.name + ".signing-key")
    fresh = not key_path.exists()
    key = new_private_key() if fresh else read_private_key(key_path)

    def progress(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    data = [Path(d) for d in args.data] if args.data else [DEFAULT_DATA, everyday_dir()]
    result = train(
        data,
        out,
        key,
        per_language=args.words or WORDS_PER_LANGUAGE,
        cache=Path(args.cache) if args.cache else None,
        progress=progress,
    )
    if fresh:  # only once the bundle it signed exists
        key_path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(private_key_text(key))
        print(f"new signing key: {key_path}", file=sys.stderr)
    summary = {
        "bundle": str(out),
        "model_version": result.manifest["model_version"],
        "key_id": result.manifest["key_id"],
        "data_hash": result.manifest["data"]["hash"],
        "gate": result.manifest["gate"],
        "threshold": result.manifest["threshold"],
        "cross_validation": result.cross_validation,
        "trust": str(out / "signing-key.pub"),
    }
    _print_json(summary)
    return EXIT_OK


def cmd_model(args: argparse.Namespace) -> int:
    taxonomy = load_taxonomy()
    trust = [Path(p) for p in args.trust or []]
    path = Path(args.model) if args.model else default_path()
    model = load_bundle(path, trust=trust, behaviours=taxonomy.ids)
    if args.json:
        _print_json(model.manifest)
    else:
        print(model.card)
    return EXIT_OK


def cmd_behaviours(args: argparse.Namespace) -> int:
    lang: Lang = args.lang
    taxonomy = load_taxonomy()
    phases = {p.id: p.name.get(lang) for p in taxonomy.phases}
    rows = [
        {
            "id": b.id,
            "name": b.name.get(lang),
            "description": b.description.get(lang),
            "phase": b.phase,
            "phase_name": phases.get(b.phase) if b.phase else None,
            "article": b.article,
        }
        for b in taxonomy.behaviours
    ]
    if args.json:
        _print_json({"version": taxonomy.version, "behaviours": rows})
        return EXIT_OK
    for row in rows:
        print(f"{row['id']}: {row['name']} ({row['phase_name'] or '-'})")
        print(f"    {row['description']}")
    return EXIT_OK


def add_parsers(groups: Any, common: argparse.ArgumentParser) -> None:
    conversations = groups.add_parser(
        "conversations",
        help="chatgesprekken analyseren / analyse chat conversations",
    )
    cc = conversations.add_subparsers(dest="command", required=True, metavar="SUBCOMMAND")
    model = argparse.ArgumentParser(add_help=False)
    model.add_argument("--model", help="een modelmap / a model folder (default: the shipped one)")
    model.add_argument(
        "--trust",
        action="append",
        metavar="KEY.pub",
        help="vertrouw ook deze publieke sleutel / also trust this public key",
    )
    formats = ["auto", *available()]

    p = cc.add_parser(
        "analyze",
        parents=[common, model],
        help="signalen en risicoscore van een chatexport / signals and risk of a chat export",
    )
    p.add_argument("file")
    p.add_argument("--format", default="auto", choices=formats)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_analyze)

    p = cc.add_parser(
        "evaluate",
        parents=[common, model],
        help="het model meten op gelabelde gesprekken / measure the model on labelled data",
    )
    p.add_argument("data", help="JSONL met gelabelde gesprekken / JSONL of labelled conversations")
    p.add_argument("--format", default="jsonl", choices=formats)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_evaluate)

    p = cc.add_parser(
        "train",
        parents=[common],
        help="een nieuw model trainen / train a new model",
    )
    p.add_argument("--out", required=True, help="de nieuwe modelmap / the new model folder")
    p.add_argument(
        "--data",
        action="append",
        help="map met gelabelde .jsonl, mag vaker / folder of labelled .jsonl, may be repeated "
        f"(default: {DEFAULT_DATA} and Signaal's own everyday chats)",
    )
    p.add_argument(
        "--key",
        help="ondertekensleutel; wordt gemaakt als hij niet bestaat / signing key; created "
        "when missing (default: OUT.signing-key)",
    )
    p.add_argument("--words", type=int, help="woorden per taal / words per language")
    p.add_argument(
        "--cache",
        help="bestand om berichtvectoren tussen runs te bewaren / file keeping message "
        "vectors between runs (same result, faster)",
    )
    p.set_defaults(run=cmd_train)

    p = cc.add_parser(
        "model",
        parents=[common, model],
        help="modelkaart en metingen / model card and measurements",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_model)

    p = cc.add_parser(
        "behaviours",
        parents=[common],
        help="de gedragingen waarop gelet wordt / the behaviours looked for",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_behaviours)
