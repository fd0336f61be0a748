"""The command line: the GUI with no arguments, the services with a subcommand.

Exit codes: 0 done; 1 the input was refused (nothing written; one line on
stderr says why); 2 usage error. ``--json`` prints one JSON document on
stdout. Each command group lives in its own module; heavy modules are imported
inside the commands, so ``coordinator`` without arguments starts the GUI
without loading what the first screen does not need.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from coordinator import __version__
from coordinator.cli.common import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, RefusedError
from coordinator.cli.documents import add_document_commands
from coordinator.cli.guides import add_guide_commands
from coordinator.cli.programs import add_program_commands
from coordinator.cli.workbooks import add_workbook_commands

__all__ = ["EXIT_OK", "EXIT_REFUSED", "EXIT_USAGE", "build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of every command; its names and options are stable."""
    parser = argparse.ArgumentParser(
        prog="coordinator",
        description="Plan and document visits of foreign delegations. "
        "Without a command, the application window opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--db", metavar="PATH", help="the SQLite database file to use")
    where.add_argument(
        "--db-url", metavar="URL", help="a SQLAlchemy database URL, e.g. postgresql://..."
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_program_commands(commands)
    add_guide_commands(commands)
    add_workbook_commands(commands)
    add_document_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: the process arguments)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    try:
        options = parser.parse_args(arguments)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    if options.command is None:
        from coordinator.ui.app import run_app

        return run_app(options.db_url or options.db, [sys.argv[0], *arguments])
    handler: Callable[[argparse.Namespace], int] = options.handler
    try:
        return int(handler(options))
    except RefusedError as error:
        print(f"coordinator: {error}", file=sys.stderr)
        return EXIT_REFUSED
    except BrokenPipeError:
        # The reader went away (`coordinator conflicts ... | head`): stop quietly,
        # and keep Python from complaining again when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
