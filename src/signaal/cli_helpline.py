"""``signaal helpline ...``: the help chat's set-up, scheduled and maintenance commands.

They print counts only, never chat content, and are safe to run again (from cron, or after
an interruption).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from signaal.cli_django import setup_django
from signaal.core.i18n import Lang

EXIT_OK = 0


def cmd_purge(args: argparse.Namespace) -> int:
    setup_django()
    from signaal.web.helpline.retention import purge_transcripts

    result = purge_transcripts()
    if args.lang is Lang.EN:
        print(
            f"Removed: {result.messages} messages and {result.notes} notes from "
            f"{result.chats} chats past their organisation's retention period "
            f"({result.ended} of them had not been ended). Registrations are kept."
        )
    else:
        print(
            f"Verwijderd: {result.messages} berichten en {result.notes} notities uit "
            f"{result.chats} gesprekken waarvan de bewaartermijn van de organisatie voorbij is "
            f"({result.ended} daarvan waren nog niet beëindigd). Registraties blijven bewaard."
        )
    return EXIT_OK


def cmd_rotate_keys(args: argparse.Namespace) -> int:
    setup_django()
    from signaal.web.helpline.retention import rotate_keys

    result = rotate_keys()
    if args.lang is Lang.EN:
        print(
            f"Encrypted again with the first key: {result.messages} messages, {result.notes} "
            f"notes, {result.chats} chats (nickname), {result.feedback} feedback answers."
        )
    else:
        print(
            f"Opnieuw versleuteld met de eerste sleutel: {result.messages} berichten, "
            f"{result.notes} notities, {result.chats} gesprekken (bijnaam), {result.feedback} "
            "reacties."
        )
    return EXIT_OK


def cmd_configure(args: argparse.Namespace) -> int:
    setup_django()
    from signaal.web.helpline.setup_file import apply_setup, load_setup, summary
    from signaal.web.stats.services import organisation_named

    organisation = organisation_named(args.org)
    path = Path(args.file)
    apply_setup(organisation, load_setup(path), name=path.name)
    print(summary(organisation, args.lang))
    return EXIT_OK


def add_parsers(groups: Any, common: argparse.ArgumentParser) -> None:
    helpline = groups.add_parser("helpline", help="de hulpchat: onderhoud / the help chat: upkeep")
    hc = helpline.add_subparsers(dest="command", required=True, metavar="SUBCOMMAND")
    p = hc.add_parser(
        "purge",
        parents=[common],
        help="verslagen ouder dan de bewaartermijn verwijderen / remove transcripts past the "
        "retention period",
    )
    p.set_defaults(run=cmd_purge)
    p = hc.add_parser(
        "rotate-keys",
        parents=[common],
        help="alles opnieuw versleutelen met de eerste sleutel / encrypt everything again with "
        "the first key",
    )
    p.set_defaults(run=cmd_rotate_keys)
    p = hc.add_parser(
        "configure",
        parents=[common],
        help="openingstijden, bewaartermijn en standaardteksten van een organisatie instellen "
        "uit een YAML-bestand / set an organisation's opening hours, retention and canned "
        "responses from a YAML file",
    )
    p.add_argument("file", metavar="FILE.yaml")
    p.add_argument("--org", required=True, help="naam van de organisatie / organisation name")
    p.set_defaults(run=cmd_configure)
