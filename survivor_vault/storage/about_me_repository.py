"""About me: one optional value per field."""

from __future__ import annotations

from dataclasses import asdict

from survivor_vault.model.about_me import AboutMe
from survivor_vault.model.activity import ActivityKind
from survivor_vault.storage.activity_repository import ActivityRepository
from survivor_vault.storage.database import Connection, transaction
from survivor_vault.storage.row_codecs import text


class AboutMeRepository:
    def __init__(self, conn: Connection, activity: ActivityRepository):
        self._conn = conn
        self._activity = activity

    def get(self) -> AboutMe:
        known = set(AboutMe.field_names())
        values = {f: v for f, v in self._conn.execute("SELECT field, value FROM about_me") if f in known}
        return AboutMe(**values)

    def save(self, about: AboutMe) -> AboutMe:
        with transaction(self._conn):
            for name, value in asdict(about).items():
                cleaned = text(value)
                if cleaned:
                    self._conn.execute("INSERT INTO about_me (field, value) VALUES (?, ?) "
                                       "ON CONFLICT(field) DO UPDATE SET value = excluded.value", (name, cleaned))
                else:
                    self._conn.execute("DELETE FROM about_me WHERE field = ?", (name,))
            self._activity.record(ActivityKind.ABOUT_ME_CHANGED)
        return self.get()
