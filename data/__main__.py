"""Command line: ``python -m data import ...``, ``python -m data extract ...``, ``python -m data store ...``.

Each sub-command lives in its own module and registers itself through
``add_parser(subparsers)``; this file only dispatches.
"""

from __future__ import annotations

import argparse
import importlib
import sys

# sub-command -> module that provides add_parser(subparsers) and run(args) -> int
COMMANDS = {
    "import": "data.importers.cli",
    "extract": "data.extraction.cli",
    "store": "data.store.cli",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m data", description="Strike Map data tools")
    subparsers = parser.add_subparsers(dest="command", required=True)
    modules = {}
    for name, module_name in COMMANDS.items():
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as err:
            if err.name and module_name.startswith(err.name):
                continue  # that command is not part of this checkout
            raise
        modules[name] = module
        module.add_parser(subparsers)
    args = parser.parse_args(argv)
    return modules[args.command].run(args)


if __name__ == "__main__":
    sys.exit(main())
