"""The schema, as a plain ladder of numbered steps (`PRAGMA user_version`).

Each step runs in its own transaction together with the version bump, so a step
either lands whole or not at all. Never edit a step that has shipped: add a new one.
"""

from __future__ import annotations

from survivor_vault.model.errors import VaultTooNew
from survivor_vault.storage.database import Connection, transaction

V1 = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE goals (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    why         TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'active',
    area        TEXT,
    target_date TEXT,
    notes       TEXT NOT NULL DEFAULT '',
    archived    INTEGER NOT NULL DEFAULT 0,
    position    INTEGER NOT NULL DEFAULT 0,
    created     TEXT NOT NULL,
    updated     TEXT NOT NULL
);
CREATE TABLE steps (
    id       INTEGER PRIMARY KEY,
    goal_id  INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text     TEXT NOT NULL,
    done     INTEGER NOT NULL DEFAULT 0,
    due      TEXT
);
CREATE TABLE service_kinds (
    id            INTEGER PRIMARY KEY,
    catalogue_key TEXT UNIQUE,
    name          TEXT NOT NULL,
    group_name    TEXT NOT NULL DEFAULT '',
    description   TEXT NOT NULL DEFAULT '',
    custom        INTEGER NOT NULL DEFAULT 0,
    position      INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE service_choices (
    id       INTEGER PRIMARY KEY,
    kind_id  INTEGER NOT NULL REFERENCES service_kinds(id) ON DELETE CASCADE,
    choice   TEXT NOT NULL,
    provider TEXT NOT NULL DEFAULT '',
    contact  TEXT NOT NULL DEFAULT '',
    notes    TEXT NOT NULL DEFAULT '',
    feedback TEXT NOT NULL DEFAULT '',
    created  TEXT NOT NULL,
    updated  TEXT NOT NULL
);
CREATE TABLE about_me (
    field TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE people (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    role         TEXT NOT NULL DEFAULT '',
    contact      TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    created      TEXT NOT NULL,
    updated      TEXT NOT NULL
);
CREATE TABLE activity (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    kind    TEXT NOT NULL,
    item_id INTEGER
);
"""

# Version 2: feedback splits into "what is working" and "what is not"; sharing arrives.
V2 = """
ALTER TABLE service_choices RENAME COLUMN feedback TO feedback_working;
ALTER TABLE service_choices ADD COLUMN feedback_not_working TEXT NOT NULL DEFAULT '';
CREATE TABLE share_permissions (
    id               INTEGER PRIMARY KEY,
    person_id        INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    items            TEXT NOT NULL DEFAULT '[]',
    include_notes    INTEGER NOT NULL DEFAULT 0,
    include_feedback INTEGER NOT NULL DEFAULT 0,
    purpose          TEXT NOT NULL DEFAULT '',
    end_date         TEXT,
    revoked_at       TEXT,
    created          TEXT NOT NULL,
    updated          TEXT NOT NULL
);
CREATE TABLE sharing_records (
    id                     INTEGER PRIMARY KEY,
    made_at                TEXT NOT NULL,
    person_id              INTEGER REFERENCES people(id) ON DELETE SET NULL,
    recipient_name         TEXT NOT NULL,
    recipient_organisation TEXT NOT NULL DEFAULT '',
    purpose                TEXT NOT NULL DEFAULT '',
    end_date               TEXT,
    items                  TEXT NOT NULL DEFAULT '[]',
    packet_id              TEXT NOT NULL,
    packet_sha256          TEXT NOT NULL,
    protected              INTEGER NOT NULL,
    signed                 INTEGER NOT NULL,
    withdrawn_at           TEXT,
    withdrawal_note        TEXT NOT NULL DEFAULT ''
);
"""

# Version 3: indexes for the list views of a vault kept for years.
V3 = """
CREATE INDEX steps_by_goal ON steps(goal_id, position);
CREATE INDEX choices_by_kind ON service_choices(kind_id);
CREATE INDEX activity_by_time ON activity(at);
CREATE INDEX permissions_by_person ON share_permissions(person_id);
CREATE INDEX records_by_time ON sharing_records(made_at);
"""

# Version 4: a local service directory (from an agency's setup kit), to pick providers from.
V4 = """
CREATE TABLE service_directory (
    id        INTEGER PRIMARY KEY,
    kind_key  TEXT,
    name      TEXT NOT NULL,
    phone     TEXT NOT NULL DEFAULT '',
    address   TEXT NOT NULL DEFAULT '',
    hours     TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '',
    notes     TEXT NOT NULL DEFAULT '',
    source    TEXT NOT NULL DEFAULT '',
    added     TEXT NOT NULL
);
CREATE INDEX directory_by_kind ON service_directory(kind_key, name);
"""

# Version 5: drafts — what the survivor typed and has not saved yet, kept until saved or thrown away.
V5 = """
CREATE TABLE drafts (
    kind    TEXT NOT NULL,
    key     TEXT NOT NULL,
    body    TEXT NOT NULL,
    was_open INTEGER NOT NULL DEFAULT 0,
    kept_at TEXT NOT NULL,
    PRIMARY KEY (kind, key)
);
"""

# Version 6: my papers and my dates. A document's bytes only in the encrypted database, in chunks (a 50 MB scan is
# never held whole to store), checked against its SHA-256 when read back. A date is a calendar day, with no time
# and no time zone: a hearing on the 3rd is on the 3rd wherever the laptop is.
V6 = """
CREATE TABLE papers (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,  -- never given again: a saved choice can never name another paper
    title      TEXT NOT NULL CHECK (length(trim(title)) > 0),
    kind       TEXT NOT NULL DEFAULT 'other',
    file_name  TEXT NOT NULL DEFAULT '',
    media_type TEXT NOT NULL DEFAULT 'application/octet-stream',
    size       INTEGER NOT NULL,
    sha256     TEXT NOT NULL,
    issued     TEXT,
    expires    TEXT,
    remind_days INTEGER CHECK (remind_days IS NULL OR remind_days BETWEEN 0 AND 366),
    notes      TEXT NOT NULL DEFAULT '',
    added      TEXT NOT NULL,
    updated    TEXT NOT NULL
);
CREATE TABLE paper_chunks (
    paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
    seq      INTEGER NOT NULL,
    bytes    BLOB NOT NULL,
    PRIMARY KEY (paper_id, seq)
) WITHOUT ROWID;
CREATE INDEX papers_by_expiry ON papers(expires);
CREATE TABLE dated_items (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    kind        TEXT NOT NULL DEFAULT 'other',
    day         TEXT NOT NULL,
    remind_days INTEGER CHECK (remind_days IS NULL OR remind_days BETWEEN 0 AND 366),
    paper_id    INTEGER REFERENCES papers(id) ON DELETE SET NULL,  -- a hearing stays when its paper is deleted
    notes       TEXT NOT NULL DEFAULT '',
    done        INTEGER NOT NULL DEFAULT 0,
    added       TEXT NOT NULL,
    updated     TEXT NOT NULL
);
CREATE INDEX dated_items_by_day ON dated_items(day);
"""

# Version 7: how many packets are still open, counted from an index. The count read every record whole (a
# record's items come before `withdrawn_at`): 540 ms for 20,000 records, on the first page after unlock
# (benchmarks/growth.py at 10x).
V7 = """
CREATE INDEX records_still_open ON sharing_records(withdrawn_at, end_date);
"""

# Version 8: the language each packet was made in ("fr", "zh_CN"), which may differ from the app's: a withdrawal
# notice is written in it, so the person who read the packet can read the notice. NULL for packets made before
# it was recorded (the notice then uses the app's language).
V8 = """
ALTER TABLE sharing_records ADD COLUMN language TEXT;
"""

STEPS: tuple[str, ...] = (V1, V2, V3, V4, V5, V6, V7, V8)
LATEST = len(STEPS)


def schema_version(conn: Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def migrate(conn: Connection, target: int = LATEST) -> int:
    """Bring the schema up to `target`; returns the version it started from."""
    start = schema_version(conn)
    if start > LATEST:
        raise VaultTooNew()
    for version in range(start + 1, target + 1):
        with transaction(conn):
            for statement in _statements(STEPS[version - 1]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {int(version)}")
    return start
