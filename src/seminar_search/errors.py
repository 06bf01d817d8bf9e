"""Errors a user can act on: the CLI prints their message on one line and exits with status 2."""


class SeminarSearchError(Exception):
    """A problem with the user's input or environment, with a message fit to show them."""


class IngestError(SeminarSearchError):
    """A file that cannot be read or holds no report."""


class IndexProblem(SeminarSearchError):
    """An index that is missing, corrupt, locked, out of date or cannot be written."""


class QueryError(SeminarSearchError):
    """A query that cannot be understood."""
