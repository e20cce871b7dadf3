"""Storage: one database module on SQLAlchemy Core (`database`) and its numbered migrations."""

from polemos.store.database import Database, DocumentRecord, RepeatMark, database_url

__all__ = ["Database", "DocumentRecord", "RepeatMark", "database_url"]
