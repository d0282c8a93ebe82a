"""``marsad kb``: build the KB artefact, look a name up, show what the KB holds."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from marsad.kb.paths import ARTEFACT, DEFAULT_SHARED

EXAMPLES = """examples:
  marsad kb build                                  rebuild marsad/kb/data/kb.sqlite from ../shared/data
  marsad kb build --shared /data/shared --out kb.sqlite
  marsad kb build --geonames-dump allCountries.txt --alternate-names alternateNamesV2.txt
  marsad kb lookup حمص                             candidates for one name, best first
  marsad kb lookup "وزير الخارجية العراقي" --date 2024-12-06
  marsad kb info                                   version, digest and counts of the artefact
"""


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "kb", help="build and query the knowledge base (places, countries, actors)",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="kb_command", required=True)
    build = commands.add_parser("build", help="compile the KB artefact from its sources",
                                epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    build.add_argument("--shared", type=Path, default=DEFAULT_SHARED,
                       help="the shared data folder (default: ../shared/data)")
    build.add_argument("--out", type=Path, default=ARTEFACT, help="where to write the artefact")
    build.add_argument("--geonames-dump", type=Path, help="GeoNames allCountries.txt (optional)")
    build.add_argument("--alternate-names", type=Path,
                       help="GeoNames alternateNamesV2.txt (with --geonames-dump)")
    build.set_defaults(func=run_build)
    lookup = commands.add_parser("lookup", help="link the mentions in a word or phrase")
    lookup.add_argument("phrase", help="Arabic word or phrase")
    lookup.add_argument("--date", help="the article date (ISO), for office holders")
    lookup.set_defaults(func=run_lookup)
    info = commands.add_parser("info", help="version, digest and counts of the artefact")
    info.set_defaults(func=run_info)


def _fail(message: str) -> int:
    print(f"marsad kb: {message}", file=sys.stderr)
    return 2


def run_build(args: argparse.Namespace) -> int:
    from marsad.kb.actors import ActorError
    from marsad.kb.build import BuildError, build

    if (args.geonames_dump is None) != (args.alternate_names is None):
        return _fail("--geonames-dump and --alternate-names go together")
    dumps = (args.geonames_dump, args.alternate_names) if args.geonames_dump else None
    try:
        digest = build(args.out, args.shared, dumps=dumps)
    except (BuildError, ActorError, ValueError, OSError) as exc:
        return _fail(str(exc))
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB), digest {digest}")
    return 0


def run_lookup(args: argparse.Namespace) -> int:
    from marsad.api import RejectedInput, _parse_published
    from marsad.arabic.tokenise import tokenise
    from marsad.kb.match import find_matches
    from marsad.kb.store import KBError

    try:
        when = _parse_published(args.date)
        matches = find_matches(tokenise(args.phrase), args.phrase, when)
    except (RejectedInput, KBError) as exc:
        return _fail(str(exc))
    if not matches:
        print("no KB match")
        return 1
    for match in matches:
        print(json.dumps(match.to_dict(), ensure_ascii=False))
    return 0


def run_info(args: argparse.Namespace) -> int:
    from marsad.kb.store import KBError, kb

    try:
        meta = kb().meta
    except KBError as exc:
        return _fail(str(exc))
    for key, value in sorted(meta.items()):
        print(f"{key}: {value}")
    return 0
