"""Old vaults open in the current app: a version-1 vault made with raw sqlcipher3, and every step."""

import uuid

import pytest
import sqlcipher3

from survivor_vault.core.vault import Vault
from survivor_vault.model.errors import VaultTooNew
from survivor_vault.model.goals import GoalStatus
from survivor_vault.model.services import Choice
from survivor_vault.storage import key_header, migrations
from survivor_vault.storage.database import open_database
from survivor_vault.storage.key_slots import FLOOR_SETTINGS, make_passphrase_slot, new_data_key
from survivor_vault.storage.vault_folder import VaultFolder

PASS = "old vault passphrase"

# The schema as version 1 of the app shipped it, written out here on purpose: this test must
# keep passing even if someone edits migrations.py by mistake.
VERSION_1_SQL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE goals (id INTEGER PRIMARY KEY, title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  why TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'active', area TEXT, target_date TEXT,
  notes TEXT NOT NULL DEFAULT '', archived INTEGER NOT NULL DEFAULT 0, position INTEGER NOT NULL DEFAULT 0,
  created TEXT NOT NULL, updated TEXT NOT NULL);
CREATE TABLE steps (id INTEGER PRIMARY KEY, goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, text TEXT NOT NULL, done INTEGER NOT NULL DEFAULT 0, due TEXT);
CREATE TABLE service_kinds (id INTEGER PRIMARY KEY, catalogue_key TEXT UNIQUE, name TEXT NOT NULL,
  group_name TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '', custom INTEGER NOT NULL DEFAULT 0,
  position INTEGER NOT NULL DEFAULT 0);
CREATE TABLE service_choices (id INTEGER PRIMARY KEY,
  kind_id INTEGER NOT NULL REFERENCES service_kinds(id) ON DELETE CASCADE, choice TEXT NOT NULL,
  provider TEXT NOT NULL DEFAULT '', contact TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '',
  feedback TEXT NOT NULL DEFAULT '', created TEXT NOT NULL, updated TEXT NOT NULL);
CREATE TABLE about_me (field TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, organisation TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL DEFAULT '', contact TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '',
  created TEXT NOT NULL, updated TEXT NOT NULL);
CREATE TABLE activity (id INTEGER PRIMARY KEY, at TEXT NOT NULL, kind TEXT NOT NULL, item_id INTEGER);
"""
T = "2024-05-01T10:00:00.000000+00:00"


def _header_for(folder: VaultFolder, data_key) -> str:
    vault_id = uuid.uuid4().hex
    slot = make_passphrase_slot(data_key, PASS, vault_id, FLOOR_SETTINGS)
    folder.ensure()
    key_header.save(folder, key_header.new_header(vault_id, (slot,)))
    return vault_id


def make_version_1_vault(path) -> VaultFolder:
    """A vault exactly as version 1 left it, built with raw sqlcipher3."""
    folder = VaultFolder(path)
    data_key = new_data_key()
    vault_id = _header_for(folder, data_key)
    conn = sqlcipher3.connect(str(folder.db), isolation_level=None)
    conn.execute(f'PRAGMA key = "x\'{bytes(data_key).hex()}\'"')
    conn.execute("PRAGMA cipher_compatibility = 4")
    conn.executescript(VERSION_1_SQL)
    conn.executescript(f"""
        INSERT INTO meta VALUES ('vault_id', '{vault_id}');
        INSERT INTO goals (id, title, why, status, area, created, updated)
            VALUES (1, 'Find a home', 'for my kids', 'paused', 'housing', '{T}', '{T}');
        INSERT INTO steps (goal_id, position, text, done) VALUES (1, 0, 'call the council', 1);
        INSERT INTO steps (goal_id, position, text, done) VALUES (1, 1, 'visit', 0);
        INSERT INTO service_kinds (id, catalogue_key, name, position) VALUES (1, 'housing', 'Housing', 0);
        INSERT INTO service_kinds (id, name, custom, position) VALUES (2, 'My choir', 1, 0);
        INSERT INTO service_choices (kind_id, choice, provider, feedback, created, updated)
            VALUES (1, 'using', 'Safe Homes', 'They call me back', '{T}', '{T}');
        INSERT INTO about_me VALUES ('preferred_name', 'Rosa');
        INSERT INTO people (name, organisation, created, updated) VALUES ('Jo', 'Advice Centre', '{T}', '{T}');
        INSERT INTO activity (at, kind) VALUES ('{T}', 'vault_created');
        PRAGMA user_version = 1;
    """)
    conn.close()
    return folder


def test_version_1_vault_opens_and_migrates(tmp_path):
    folder = make_version_1_vault(tmp_path / "old")
    with Vault.unlock(folder.path, PASS) as vault:
        assert migrations.schema_version(vault.connection) == migrations.LATEST
        goal = vault.goals.list()[0]
        assert (goal.title, goal.why, goal.status) == ("Find a home", "for my kids", GoalStatus.PAUSED)
        assert [(s.text, s.done) for s in goal.steps] == [("call the council", True), ("visit", False)]
        choice = vault.services.choices()[0]
        # version 2 split feedback in two: the old text is "what is working", nothing is lost
        assert choice.choice == Choice.USING and choice.feedback_working == "They call me back"
        assert choice.feedback_not_working == ""
        assert vault.about_me.get().preferred_name == "Rosa"
        assert vault.people.list()[0].organisation == "Advice Centre"
        assert "My choir" in [k.name for k in vault.services.kinds() if k.custom]
        # catalogue kinds the old vault did not have were added, the old one kept
        assert len([k for k in vault.services.kinds() if not k.custom]) >= 15
        assert vault.check().ok
        # new tables work
        person = vault.people.list()[0]
        vault.permissions.save(person.id, set())


def _vault_at_version(tmp_path, start: int):
    """A vault folder whose database was made at schema version `start`, and its open connection."""
    folder = VaultFolder(tmp_path / f"v{start}")
    data_key = new_data_key()
    vault_id = _header_for(folder, data_key)
    conn = open_database(folder.db, data_key)
    migrations.migrate(conn, target=start)
    conn.execute("INSERT INTO meta VALUES ('vault_id', ?)", (vault_id,))
    return folder, conn


@pytest.mark.parametrize("start", range(1, migrations.LATEST + 1))
def test_every_earlier_version_migrates_to_the_latest(tmp_path, start):
    folder, conn = _vault_at_version(tmp_path, start)
    conn.execute("INSERT INTO goals (title, created, updated) VALUES ('kept', ?, ?)", (T, T))
    conn.close()
    with Vault.unlock(folder.path, PASS) as vault:
        assert migrations.schema_version(vault.connection) == migrations.LATEST
        assert [g.title for g in vault.goals.list()] == ["kept"]
        assert vault.check().ok


# Every version with a sharing history from before it kept each packet's language (version 8).
@pytest.mark.parametrize("start", range(2, 8))
def test_sharing_records_are_kept_and_their_language_is_not_known(tmp_path, start):
    folder, conn = _vault_at_version(tmp_path, start)
    conn.execute("INSERT INTO sharing_records (made_at, recipient_name, purpose, items, packet_id, packet_sha256, "
                 "protected, signed) VALUES (?, 'Jo', 'Housing', '[]', 'p1', ?, 1, 1)", (T, "ab" * 32))
    conn.close()
    with Vault.unlock(folder.path, PASS) as vault:
        assert migrations.schema_version(vault.connection) == migrations.LATEST
        [old] = vault.history.list()
        assert (old.recipient_name, old.purpose, old.packet_id, old.protected) == ("Jo", "Housing", "p1", True)
        assert old.language is None  # made before the language was kept: not guessed here
        new = vault.history.add(recipient_name="Ana", purpose="Work", packet_id="p2", packet_sha256="cd" * 32,
                                items=(), language="ar")
        assert vault.history.get(new.id).language == "ar" and vault.history.get(old.id).language is None
        assert vault.check().ok


def test_each_step_is_all_or_nothing(tmp_path, monkeypatch):
    folder = VaultFolder(tmp_path / "v")
    data_key = new_data_key()
    _header_for(folder, data_key)
    conn = open_database(folder.db, data_key)
    migrations.migrate(conn, target=1)
    broken = (migrations.V1, migrations.V2 + "; CREATE TABLE goals (x)", migrations.V3)
    monkeypatch.setattr(migrations, "STEPS", broken)
    with pytest.raises(sqlcipher3.dbapi2.OperationalError, match="already exists"):
        migrations.migrate(conn)
    assert migrations.schema_version(conn) == 1
    cols = [r[1] for r in conn.execute("PRAGMA table_info(service_choices)")]
    assert "feedback" in cols and "feedback_not_working" not in cols
    conn.close()


def test_a_vault_from_a_newer_app_is_refused(tmp_path):
    folder = VaultFolder(tmp_path / "v")
    data_key = new_data_key()
    vault_id = _header_for(folder, data_key)
    conn = open_database(folder.db, data_key)
    migrations.migrate(conn)
    conn.execute("INSERT INTO meta VALUES ('vault_id', ?)", (vault_id,))
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    conn.close()
    with pytest.raises(VaultTooNew):
        Vault.unlock(folder.path, PASS)


def test_a_copy_is_kept_before_migrating_and_erase_removes_it(tmp_path):
    folder = make_version_1_vault(tmp_path / "old")
    with Vault.unlock(folder.path, PASS) as vault:
        copy = folder.path / "vault.db.before-v1"
        assert copy.exists()
        assert b"Find a home" not in copy.read_bytes()  # encrypted like the vault
        header = key_header.load(folder).header
        from survivor_vault.storage.key_slots import open_slot

        key = open_slot(header.passphrase_slot, PASS, header.vault_id)
        snapshot = VaultFolder(tmp_path / "snapshot")
        snapshot.ensure()
        snapshot.db.write_bytes(copy.read_bytes())
        conn = open_database(snapshot.db, key)
        assert migrations.schema_version(conn) == 1
        conn.close()
        vault.erase()
    assert not (folder.path / "vault.db.before-v1").exists()
    with Vault.unlock(make_version_1_vault(tmp_path / "again").path, PASS) as vault:
        pass
    with Vault.unlock(tmp_path / "again", PASS) as vault:  # already migrated: no new copy is made
        assert sorted(p.name for p in (tmp_path / "again").iterdir() if p.name.startswith("vault.db.before"))== [
            "vault.db.before-v1"]
        assert vault.check().ok
