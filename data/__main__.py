"""Command line: ``python -m data import ...``, ``extract ...``, ``store ...``, ``figures ...``, ``schema-doc``.

Each sub-command lives in its own module and registers itself through
``add_parser(subparsers)``; this file only dispatches, and makes sure no
traceback reaches the user: any failure becomes one message on stderr and exit
status 3; the details go to a log file (``--log-file``, by default
``strike-map-cli.log`` in the temporary directory), or to stderr with ``--debug``.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
import tempfile
import traceback
from pathlib import Path

UNEXPECTED_ERROR = 3  # 1: a file could not be read, 2: a usage error (argparse)
DEFAULT_LOG = Path(tempfile.gettempdir()) / "strike-map-cli.log"

# sub-command -> module that provides add_parser(subparsers) and run(args) -> int
COMMANDS = {
    "import": "data.import_command",  # light: refuses oversized files before the importers load
    "extract": "data.extraction.cli",
    "store": "data.store.cli",
    "figures": "data.figures_cli",
    "schema-doc": "data.schema_doc",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m data", description="Strike Map data tools")
    parser.add_argument("--debug", action="store_true", help="print the details of an unexpected error")
    parser.add_argument(
        "--log-file",
        type=Path,
        default=DEFAULT_LOG,
        help=f"where unexpected errors are logged ({DEFAULT_LOG})",
    )
    subparsers = parser.add_subparsers(dest="command", required=True)
    # Every command registers its own parser; when the command is named, only its module
    # is imported (the store's and the importers' dependencies take seconds to load).
    given = argv if argv is not None else sys.argv[1:]
    named = next((a for a in given if not a.startswith("-")), None)
    wanted = {named: COMMANDS[named]} if named in COMMANDS else COMMANDS
    modules = {name: importlib.import_module(module_name) for name, module_name in wanted.items()}
    for module in modules.values():
        module.add_parser(subparsers)
    args = parser.parse_args(argv)
    try:
        return modules[args.command].run(args)
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    except BaseException as err:  # noqa: BLE001 - the user gets a message, the log the traceback
        if isinstance(err, SystemExit):
            raise
        return _report_unexpected(err, args)


def _report_unexpected(err: BaseException, args: argparse.Namespace) -> int:
    details = "".join(traceback.format_exception(err))
    where = "above"
    if args.debug:
        sys.stderr.write(details)
    else:
        try:
            handler = logging.FileHandler(args.log_file, encoding="utf-8")
            handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
            logger = logging.getLogger("strike_map.cli")
            logger.addHandler(handler)
            try:
                logger.error("python -m data %s failed:\n%s", args.command, details)
            finally:
                logger.removeHandler(handler)
                handler.close()
            where = f"in {args.log_file}"
        except OSError:
            where = "with --debug"
    kind = "out of memory" if isinstance(err, MemoryError) else type(err).__name__
    print(
        f"python -m data {args.command}: stopped by an unexpected error ({kind}). "
        f"Nothing more was written. The details are {where}; "
        "please report them with the file that caused it.",
        file=sys.stderr,
    )
    return UNEXPECTED_ERROR


if __name__ == "__main__":
    sys.exit(main())
