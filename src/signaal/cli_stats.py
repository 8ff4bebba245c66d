"""``signaal stats ...``: import registrations from an older system and print the yearly
figures (issue 6; docs/stats.md)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from signaal.cli_django import setup_django
from signaal.core.errors import SignaalError
from signaal.core.i18n import Lang, LocalText
from signaal.core.stats.importer import read_registrations
from signaal.core.stats.publish import publish
from signaal.core.stats.report import FIRST_YEAR, LAST_YEAR
from signaal.core.stats.text import report_text

EXIT_OK, EXIT_DATA = 0, 1

NOTHING_IMPORTED = LocalText(
    "Niets geïmporteerd: {lines} regel(s) met fouten. Verbeter ze, of importeer alleen de "
    "goede regels met --skip-invalid.",
    "Nothing imported: {lines} line(s) with problems. Fix them, or import only the valid "
    "lines with --skip-invalid.",
)
IMPORTED = LocalText(
    "{file} voor {org}: {added} registratie(s) toegevoegd, {unchanged} waren er al.",
    "{file} for {org}: {added} registration(s) added, {unchanged} were there already.",
)
SKIPPED = LocalText(
    "Overgeslagen: {lines} regel(s) met fouten (regels {which}).",
    "Skipped: {lines} line(s) with problems (lines {which}).",
)


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


def _err(text: str) -> None:
    sys.stderr.write(text + "\n")


def _year(value: str) -> int:
    if not (value.isascii() and value.isdigit() and FIRST_YEAR <= int(value) <= LAST_YEAR):
        raise argparse.ArgumentTypeError(f"a year from {FIRST_YEAR} to {LAST_YEAR}")
    return int(value)


def _which(lines: list[int]) -> str:
    shown = ", ".join(str(n) for n in lines[:20])
    return shown + (", …" if len(lines) > 20 else "")


def cmd_import(args: argparse.Namespace) -> int:
    setup_django()
    from signaal.web.stats.services import import_registrations, organisation_named

    lang: Lang = args.lang
    organisation = organisation_named(args.org)
    result = read_registrations(Path(args.file), label=args.file)
    try:
        outcome = import_registrations(
            organisation, result, file=args.file, skip_invalid=args.skip_invalid
        )
    except SignaalError as exc:
        _err(exc.render(lang))
        lines = {p.line for p in exc.problems if p.line is not None} | set(result.invalid_lines)
        if lines and not args.skip_invalid:  # else the advice does not apply (a clash)
            _err(NOTHING_IMPORTED.format(lines=len(lines)).get(lang))
        return EXIT_DATA
    _out(
        IMPORTED.format(
            file=args.file,
            org=organisation.name,
            added=outcome.added,
            unchanged=outcome.unchanged,
        ).get(lang)
    )
    if outcome.problems:
        for found in outcome.problems:
            _err(found.render(lang))
        skipped = outcome.skipped_lines
        _err(SKIPPED.format(lines=len(skipped), which=_which(skipped)).get(lang))
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    setup_django()
    from signaal.web.stats.services import organisation_named, year_report

    report = year_report(organisation_named(args.org), args.year)
    shown = publish(report) if args.publish else report
    if args.json:
        data: Any = shown.to_dict()
        _out(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        _out(report_text(shown, args.lang))
    return EXIT_OK


def add_parsers(groups: Any, common: argparse.ArgumentParser) -> None:
    stats = groups.add_parser(
        "stats", help="jaarcijfers: registraties importeren, rapport / yearly figures"
    )
    sc = stats.add_subparsers(dest="command", required=True, metavar="SUBCOMMAND")
    p = sc.add_parser(
        "import-registrations",
        parents=[common],
        help="registraties uit een CSV-bestand importeren / import registrations from a CSV file",
    )
    p.add_argument("file", metavar="FILE.csv")
    p.add_argument("--org", required=True, help="naam van de organisatie / organisation name")
    p.add_argument(
        "--skip-invalid",
        action="store_true",
        help="alleen de goede regels importeren / import only the valid lines",
    )
    p.set_defaults(run=cmd_import)
    p = sc.add_parser(
        "report",
        parents=[common],
        help="de jaarcijfers van een organisatie / an organisation's yearly figures",
    )
    p.add_argument("--org", required=True, help="naam van de organisatie / organisation name")
    p.add_argument("--year", required=True, type=_year, metavar="YYYY")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--publish",
        action="store_true",
        help="kleine aantallen verbergen om te publiceren / hide small numbers to publish",
    )
    p.set_defaults(run=cmd_report)
