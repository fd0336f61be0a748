"""Why a workbook could not be read, in a sentence a user understands."""

from __future__ import annotations


class WorkbookRefusedError(Exception):
    """A file that is not a readable workbook: nothing was read from it.

    The message is one sentence naming the file (and the sheet, row and column
    where they apply) and saying what to do about it.
    """


class ReadCancelledError(Exception):
    """The user cancelled a long read, plan or import through the progress callback."""
