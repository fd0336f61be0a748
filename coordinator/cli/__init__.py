"""The command line: the GUI with no arguments, the services with a subcommand.

Exit codes: 0 done; 1 the input was refused (nothing written; one line on
stderr says why; a full disk is one such refusal); 2 usage error (one line);
3 internal error (one line naming the log file that holds the traceback);
130 interrupted. When the reader of the output goes away (``coordinator
conflicts --program CODE | head -1``), the command stops quietly with 0, as
``head`` got what it asked for: no traceback, nothing on stderr. ``--json``
prints one JSON document on stdout. Each command group lives in its own
module; heavy modules are imported inside the commands, so ``coordinator``
without arguments starts the GUI without loading what the first screen does
not need.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from coordinator import __version__
from coordinator.cli.arrivals import add_arrivals_commands
from coordinator.cli.backups import add_backup_commands, naming_latest_backup
from coordinator.cli.catering import add_catering_commands
from coordinator.cli.common import (
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    Parser,
    RefusedError,
    file_path,
)
from coordinator.cli.documents import add_document_commands
from coordinator.cli.failures import print_error, report_failure
from coordinator.cli.gifts import add_gift_commands
from coordinator.cli.guides import add_guide_commands
from coordinator.cli.history import add_history_commands
from coordinator.cli.offline import add_offline_commands
from coordinator.cli.programs import add_program_commands
from coordinator.cli.rooming import add_rooming_commands
from coordinator.cli.transfers import add_transfer_commands
from coordinator.cli.workbooks import add_workbook_commands

__all__ = [
    "EXIT_INTERNAL",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_REFUSED",
    "EXIT_USAGE",
    "build_parser",
    "main",
]


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of every command; its names and options are stable."""
    parser = Parser(
        prog="coordinator",
        description="Plan and document visits of foreign delegations. "
        "Without a command, the application window opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--db", metavar="PATH", type=file_path, help="the SQLite database file to use"
    )
    where.add_argument(
        "--db-url", metavar="URL", help="a SQLAlchemy database URL, e.g. postgresql://..."
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_program_commands(commands)
    add_guide_commands(commands)
    add_workbook_commands(commands)
    add_document_commands(commands)
    add_backup_commands(commands)
    add_history_commands(commands)
    add_catering_commands(commands)
    add_offline_commands(commands)
    add_transfer_commands(commands)
    add_rooming_commands(commands)
    add_gift_commands(commands)
    add_arrivals_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: the process arguments).

    Returns the exit code; whatever goes wrong, stderr gets one line and no
    traceback (an unexpected error's traceback goes to a log file).
    """
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        return _run(arguments)
    except KeyboardInterrupt:
        print_error("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`coordinator conflicts ... | head`): stop quietly,
        # and keep Python from complaining again when it flushes stdout at exit.
        _silence_stdout()
        return EXIT_OK
    except Exception as error:  # the one place that sees every failure
        code = report_failure(error, arguments)
        _settle_stdout()
        return code


def _run(arguments: list[str]) -> int:
    if (unreadable := _not_text(arguments)) is not None:
        print_error(f"error: the argument {unreadable!r} is not text (its bytes are not UTF-8)")
        return EXIT_USAGE
    _never_fail_to_print()
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
        code = int(handler(options))
    except RefusedError as refusal:
        # A damaged database file: the refusal names its latest good backup.
        named = naming_latest_backup(refusal, options)
        if named is refusal:
            raise
        raise named from refusal
    if sys.stdout is not None:  # None under pythonw
        sys.stdout.flush()  # a full disk shows here, not after the exit code is chosen
    return code


def _not_text(arguments: Sequence[str]) -> str | None:
    """The first argument that is not text: bytes the system could not decode as UTF-8.

    Python keeps such bytes as lone surrogates, which neither SQLite nor a
    UTF-8 file can store.
    """
    for argument in arguments:
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError:
            return argument
    return None


def _never_fail_to_print() -> None:
    r"""Let stdout write what its encoding lacks as ``\uXXXX`` instead of failing.

    A Windows pipe or redirection has the ANSI code page, which has no Cyrillic;
    the escapes keep JSON valid and say which character it was.
    """
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None and sys.stdout.errors == "strict":
        reconfigure(errors="backslashreplace")


def _settle_stdout() -> None:
    """Flush stdout; if it cannot take what it holds (a full disk), drop the rest."""
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except OSError:
        _silence_stdout()


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is no file (a test's capture): nothing to flush
        pass
