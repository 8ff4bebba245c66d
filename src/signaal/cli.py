"""The ``signaal`` command. Exit codes: 0 ok, 1 bad data, 2 bad usage."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from signaal import __version__
from signaal.cli_conversations import add_parsers as add_conversation_parsers
from signaal.cli_django import setup_django
from signaal.cli_helpline import add_parsers as add_helpline_parsers
from signaal.cli_stats import add_parsers as add_stats_parsers
from signaal.core.errors import ErrorCode, SignaalError, problem
from signaal.core.i18n import Lang, LocalText
from signaal.core.knowledge.loader import knowledge_base, load_knowledge_base
from signaal.core.knowledge.model import Country
from signaal.core.screening.answers import load_answers
from signaal.core.screening.loader import get_instrument, load_instrument, shipped_instruments
from signaal.core.screening.model import Instrument
from signaal.core.screening.report import (
    describe_dict,
    describe_text,
    list_dict,
    result_dict,
    result_text,
)
from signaal.core.screening.scoring import score
from signaal.core.sources import read_text

EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _instrument(ref: str) -> Instrument:
    """A shipped instrument by id, or an instrument file by path."""
    path = Path(ref)
    if path.suffix in (".yaml", ".yml") or path.exists():
        return load_instrument(path, label=ref)
    return get_instrument(ref)


def cmd_screening_list(args: argparse.Namespace) -> int:
    instruments = shipped_instruments()
    if args.json:
        _print_json(list_dict(instruments, args.lang))
    else:
        for i in instruments:
            print(f"{i.id:<15} {i.version:<8} {i.title.get(args.lang)}")
    return EXIT_OK


def cmd_screening_describe(args: argparse.Namespace) -> int:
    instrument = _instrument(args.instrument)
    if args.json:
        _print_json(describe_dict(instrument, args.lang))
    else:
        print(describe_text(instrument, args.lang))
    return EXIT_OK


def cmd_screening_score(args: argparse.Namespace) -> int:
    instrument = _instrument(args.instrument)
    answers = load_answers(instrument, Path(args.answers), label=args.answers)
    result = score(instrument, answers)
    kb = knowledge_base()
    if args.json:
        _print_json(result_dict(result, kb, args.lang))
    else:
        print(result_text(result, kb, args.lang))
    return EXIT_OK


def cmd_screening_validate(args: argparse.Namespace) -> int:
    instrument = load_instrument(Path(args.file), label=args.file)
    ok = "geldig" if args.lang is Lang.NL else "valid"
    print(
        f"{args.file}: {ok} ({instrument.id} {instrument.version}, "
        f"{len(instrument.areas)} areas, {len(instrument.items)} items, "
        f"{len(instrument.advice)} advice rules)"
    )
    return EXIT_OK


def cmd_knowledge_list(args: argparse.Namespace) -> int:
    articles = knowledge_base().article_list(args.lang)
    if args.json:
        _print_json(
            [
                {
                    "id": a.id,
                    "title": a.title,
                    "summary": a.summary,
                    "audience": a.audience.value,
                    "topic": a.topic.value,
                    "area": a.area,
                    "lang": a.lang.value,
                }
                for a in articles
            ]
        )
    else:
        for a in articles:
            print(f"{a.id:<28} {a.title}")
    return EXIT_OK


def cmd_knowledge_show(args: argparse.Namespace) -> int:
    kb = knowledge_base()
    if args.article not in kb.articles:
        raise SignaalError(
            [
                problem(
                    ErrorCode.UNKNOWN_ARTICLE,
                    value=args.article,
                    allowed=", ".join(sorted(kb.articles)),
                )
            ]
        )
    print(kb.article(args.article, args.lang).body)
    return EXIT_OK


def cmd_knowledge_referrals(args: argparse.Namespace) -> int:
    country = Country(args.country) if args.country else None
    referrals = knowledge_base().referral_list(country)
    lang = args.lang
    if args.json:
        _print_json(
            [
                {
                    "id": r.id,
                    "name": r.name,
                    "countries": [c.value for c in r.countries],
                    "kinds": [k.value for k in r.kinds],
                    "phone": r.phone,
                    "web": r.web,
                    "chat": r.chat,
                    "hours": r.hours.get(lang),
                    "for_whom": r.for_whom.get(lang),
                    "when": r.when.get(lang),
                    "description": r.description.get(lang),
                }
                for r in referrals
            ]
        )
    else:
        for r in referrals:
            contact = " · ".join(x for x in (r.phone, r.web, r.chat) if x)
            print(f"{r.name} ({'/'.join(c.value for c in r.countries)}): {contact}")
            print(f"    {r.when.get(lang)} {r.hours.get(lang)}")
    return EXIT_OK


def cmd_knowledge_validate(args: argparse.Namespace) -> int:
    base = Path(args.path) if args.path else None
    kb = load_knowledge_base(base)
    ok = "geldig" if args.lang is Lang.NL else "valid"
    print(f"{ok}: {len(kb.articles)} articles, {len(kb.referrals)} referrals")
    return EXIT_OK


def _migrate() -> None:
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)


def cmd_migrate(args: argparse.Namespace) -> int:
    setup_django()
    _migrate()
    print("database up to date")
    return EXIT_OK


def _print_demo() -> None:
    from signaal.web.accounts.services import ensure_demo

    print(
        "Demo-accounts / demo accounts (password, then the code from `signaal demo-code "
        "EMAIL` or an authenticator app with the TOTP secret):"
    )
    for email, password, role, secret in ensure_demo():
        print(f"  {role:<12} {email:<34} {password}   TOTP {secret}")


def cmd_serve(args: argparse.Namespace) -> int:
    setup_django()
    if not args.no_migrate:
        _migrate()
    if args.demo:
        from django.conf import settings as django_settings

        if not str(django_settings.DATABASES["default"]["ENGINE"]).endswith("sqlite3"):
            # demo passwords and TOTP secrets are published: never on a real database
            print(
                "--demo werkt alleen op de ingebouwde SQLite / --demo only runs on the "
                "embedded SQLite, not with DATABASE_URL",
                file=sys.stderr,
            )
            return EXIT_USAGE
        _print_demo()
    import uvicorn
    from django.conf import settings

    db = settings.DATABASES["default"]
    where = f"SQLite {db['NAME']}" if str(db["ENGINE"]).endswith("sqlite3") else "PostgreSQL"
    print(f"Signaal op / at http://{args.host}:{args.port} ({where})", flush=True)
    # no access log: it would hold IP addresses and URLs; no proxy headers either (the app
    # drops the client's address, see web/asgi.py); websockets for the help chat
    uvicorn.run(
        "signaal.web.asgi:application",
        host=args.host,
        port=args.port,
        access_log=False,
        proxy_headers=False,
        log_level="warning",
        lifespan="off",
        ws="websockets-sansio",
        # frames up to this size get the help chat's own answer (over 16 KiB: an error
        # frame); larger ones close the connection before they are read into memory
        ws_max_size=1024 * 1024,
    )
    return EXIT_OK


def cmd_createorg(args: argparse.Namespace) -> int:
    setup_django()
    from signaal.web.accounts.services import AccountError, create_organisation

    try:
        org = create_organisation(args.name)
    except AccountError as exc:
        print(exc.render(args.lang), file=sys.stderr)
        return EXIT_DATA
    print(f"organisation created: {org.name}")
    return EXIT_OK


def cmd_createuser(args: argparse.Namespace) -> int:
    setup_django()
    from signaal.web.accounts.services import AccountError, create_user

    password = None
    if args.password_file:
        password = read_text(
            Path(args.password_file), max_bytes=4096, label=args.password_file
        ).strip()
    try:
        user, password = create_user(
            args.email, organisation_name=args.org, role=args.role, password=password
        )
    except AccountError as exc:
        print(exc.render(args.lang), file=sys.stderr)
        return EXIT_DATA
    print(f"user created: {user.email} ({user.role}, {args.org})")
    if not args.password_file:
        print(f"password: {password}")
    print("The second factor (TOTP) is set up at the first login.")
    return EXIT_OK


def cmd_demo_code(args: argparse.Namespace) -> int:
    setup_django()
    from signaal.web.accounts.services import AccountError, current_demo_code

    try:
        print(current_demo_code(args.email))
    except AccountError as exc:
        print(exc.render(args.lang), file=sys.stderr)
        return EXIT_DATA
    return EXIT_OK


def _lang(value: str) -> Lang:
    try:
        return Lang(value)
    except ValueError:
        raise argparse.ArgumentTypeError("choose nl or en") from None


def build_parser() -> argparse.ArgumentParser:
    default_lang = os.environ.get("SIGNAAL_LANG", "nl")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--lang",
        type=_lang,
        default=_lang(default_lang) if default_lang in ("nl", "en") else Lang.NL,
        help="taal van de uitvoer / output language: nl (default) or en",
    )

    parser = argparse.ArgumentParser(
        prog="signaal",
        description="Signaal: vroegsignalering van online seksuele uitbuiting van "
        "minderjarigen / early signalling of online sexual exploitation of minors.",
    )
    parser.add_argument("--version", action="version", version=f"signaal {__version__}")
    groups = parser.add_subparsers(dest="group", required=True, metavar="COMMAND")

    screening = groups.add_parser(
        "screening", help="instrumenten: lijst, beschrijving, scoren, valideren / instruments"
    )
    sc = screening.add_subparsers(dest="command", required=True, metavar="SUBCOMMAND")
    p = sc.add_parser("list", parents=[common], help="de instrumenten / the instruments")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_screening_list)
    p = sc.add_parser("describe", parents=[common], help="gebieden en items / areas and items")
    p.add_argument("instrument", help="id (signaalwijzer, quickscan) or a YAML file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_screening_describe)
    p = sc.add_parser("score", parents=[common], help="antwoorden scoren / score answers")
    p.add_argument("instrument", help="id (signaalwijzer, quickscan) or a YAML file")
    p.add_argument(
        "answers",
        help="JSON: item id -> present/absent/unknown, plus optional "
        "age, intellectual_disability, country",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_screening_score)
    p = sc.add_parser(
        "validate",
        parents=[common],
        help="een instrumentbestand controleren / check an instrument file",
    )
    p.add_argument("file")
    p.set_defaults(run=cmd_screening_validate)

    knowledge = groups.add_parser(
        "knowledge", help="kennisbank en verwijzingen / knowledge base and referrals"
    )
    kc = knowledge.add_subparsers(dest="command", required=True, metavar="SUBCOMMAND")
    p = kc.add_parser("list", parents=[common], help="de artikelen / the articles")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_knowledge_list)
    p = kc.add_parser("show", parents=[common], help="een artikel tonen / show an article")
    p.add_argument("article")
    p.set_defaults(run=cmd_knowledge_show)
    p = kc.add_parser("referrals", parents=[common], help="de verwijsgids / referral directory")
    p.add_argument("--country", choices=["NL", "BE"])
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_knowledge_referrals)
    p = kc.add_parser(
        "validate", parents=[common], help="kennisbank controleren / check the knowledge base"
    )
    p.add_argument("path", nargs="?", help="a knowledge folder (default: the shipped one)")
    p.set_defaults(run=cmd_knowledge_validate)
    add_conversation_parsers(groups, common)
    add_helpline_parsers(groups, common)
    add_stats_parsers(groups, common)

    p = groups.add_parser("serve", parents=[common], help="de web-app starten / run the web app")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument(
        "--demo",
        action="store_true",
        help="demo-organisatie laden en accounts tonen / load and print demo accounts",
    )
    p.add_argument(
        "--no-migrate",
        action="store_true",
        help="database niet bijwerken bij start / do not migrate on start",
    )
    p.set_defaults(run=cmd_serve)
    p = groups.add_parser(
        "migrate", parents=[common], help="database aanmaken of bijwerken / migrate the database"
    )
    p.set_defaults(run=cmd_migrate)
    p = groups.add_parser(
        "createorg", parents=[common], help="organisatie aanmaken / create an organisation"
    )
    p.add_argument("name")
    p.set_defaults(run=cmd_createorg)
    p = groups.add_parser(
        "createuser", parents=[common], help="account aanmaken / create an account"
    )
    p.add_argument("email")
    p.add_argument("--org", required=True)
    p.add_argument(
        "--role", required=True, choices=["professional", "coordinator", "admin", "counsellor"]
    )
    p.add_argument("--password-file", help="bestand met het wachtwoord / file with the password")
    p.set_defaults(run=cmd_createuser)
    p = groups.add_parser(
        "demo-code",
        parents=[common],
        help="huidige inlogcode van een demo-account / current login code of a demo account",
    )
    p.add_argument("email")
    p.set_defaults(run=cmd_demo_code)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help and --version exit 0, usage errors 2
        return int(exc.code or 0)
    run: Callable[[argparse.Namespace], int] = args.run
    lang: Lang = getattr(args, "lang", Lang.NL)
    try:
        return run(args)
    except SignaalError as exc:
        print(exc.render(lang), file=sys.stderr)
        return EXIT_DATA
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        if not _is_database_error(exc):
            raise
        # no traceback and no detail: the driver's text can quote SQL or connection settings
        print(DATABASE_UNAVAILABLE.get(lang), file=sys.stderr)
        return EXIT_DATA


DATABASE_UNAVAILABLE = LocalText(
    "De database is niet bereikbaar of niet bijgewerkt. Voer `signaal migrate` uit en "
    "controleer DATABASE_URL.",
    "The database cannot be reached or is not up to date. Run `signaal migrate` and check "
    "DATABASE_URL.",
)


def _is_database_error(exc: BaseException) -> bool:
    """Whether ``exc`` says the database cannot be used (not reachable, not migrated): an
    operational or programming error. An integrity or data error is a fault to be seen, with
    its traceback. Django is imported only by the commands that use the database, so this
    never loads it for the others."""
    db = sys.modules.get("django.db")
    return db is not None and isinstance(exc, (db.OperationalError, db.ProgrammingError))


if __name__ == "__main__":
    sys.exit(main())
