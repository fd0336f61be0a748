"""The documents of a visit laid out and rendered: PDF, Word letters and the report.

Everything here works on the plain records of :mod:`coordinator.documents.content`
and returns bytes or text: no database, no widgets, no files but the fonts and
templates it reads. The services gather the records and write the files.
"""
