"""SQLite, the one record of truth. The scheduler only wakes work up; all state lives here."""
