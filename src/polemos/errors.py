"""Exception hierarchy. Every message says what was wrong, where (file, line, field) and what to do.

    PolemosError
    ├── InputError          bad input file or record (the batch goes on)
    ├── KnowledgeBaseError  a KB data file fails validation
    ├── StoreError          the database cannot be opened or migrated
    └── ConfigError         a bad option or setting
"""

from __future__ import annotations


class PolemosError(Exception):
    """Base class of every error polemos raises on purpose."""


class InputError(PolemosError):
    """A file or record cannot be ingested; names the file (and line) and the problem."""

    def __init__(self, path: str, problem: str, *, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.problem = problem
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {problem}")

    def __reduce__(self) -> tuple[object, ...]:
        # Keyword-only arguments: rebuild explicitly so errors survive pickling (worker processes).
        return (_rebuild_input_error, (self.path, self.problem, self.line))


def _rebuild_input_error(path: str, problem: str, line: int | None) -> InputError:
    return InputError(path, problem, line=line)


class KnowledgeBaseError(PolemosError):
    """A knowledge-base file is invalid; names the file, line and field."""

    def __init__(self, path: str, problem: str, *, line: int | None = None, field: str | None = None) -> None:
        self.path = path
        self.line = line
        self.field = field
        self.problem = problem
        where = f"{path}:{line}" if line is not None else path
        if field:
            where += f" (field '{field}')"
        super().__init__(f"{where}: {problem}")

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_kb_error, (self.path, self.problem, self.line, self.field))


def _rebuild_kb_error(path: str, problem: str, line: int | None, field: str | None) -> KnowledgeBaseError:
    return KnowledgeBaseError(path, problem, line=line, field=field)


class StoreError(PolemosError):
    """The database cannot be opened, migrated or written."""


class ConfigError(PolemosError):
    """An option or setting has a bad value."""
