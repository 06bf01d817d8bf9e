"""seminar-search: full-text search over policy seminar reports, cited by paragraph number."""

__version__ = "0.1.0"
