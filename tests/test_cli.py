"""The command line, run as a person or a script would: real processes, real vaults."""

import io
import subprocess
import sys

import pytest

from survivor_vault import cli
from survivor_vault.core.vault import Vault
from tests.conftest import PASSPHRASE, POSIX, make_vault


def run(*args, stdin=""):
    """In-process run of main() with stdin; returns (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(stdin), out, err
    try:
        try:
            code = cli.main(list(args))
        except SystemExit as exit_:
            code = exit_.code
    finally:
        sys.stdin, sys.stdout, sys.stderr = old
    return code, out.getvalue(), err.getvalue()


def test_init_info_check(vault_dir):
    code, out, err = run("init", "--vault", str(vault_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert code == 0, err
    assert "ready" in out
    code, out, _ = run("info", "--vault", str(vault_dir))
    assert code == 0 and "argon2id" in out and "Recovery key" in out
    code, out, _ = run("check", "--vault", str(vault_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert code == 0 and "healthy" in out


def test_vault_option_before_the_command_works_too(vault_dir):
    code, _, err = run("--vault", str(vault_dir), "init", "--passphrase-stdin", stdin="pass\n")
    assert code == 0, err
    assert Vault.exists(vault_dir)


def test_init_with_recovery_key_prints_it_once(vault_dir):
    code, out, _ = run("init", "--vault", str(vault_dir), "--passphrase-stdin", "--with-recovery-key",
                       stdin="pass\n")
    assert code == 0
    key = next(line.strip() for line in out.splitlines() if line.count("-") == 6)
    Vault.unlock_with_recovery_key(vault_dir, key).lock()


def test_empty_passphrase_refused_at_init(vault_dir):
    code, _, err = run("init", "--vault", str(vault_dir), "--passphrase-stdin", stdin="\n")
    assert code == 1 and "cannot be empty" in err
    assert not Vault.exists(vault_dir)


@pytest.mark.parametrize("command", ["check", "backup", "change-passphrase", "recovery-key", "erase"])
def test_wrong_passphrase_exits_2_with_one_kind_line(vault, vault_dir, tmp_path, command):
    vault.lock()
    extra = {"backup": [str(tmp_path)], "recovery-key": ["add"], "erase": ["--yes"]}.get(command, [])
    code, _, err = run(command, "--vault", str(vault_dir), "--passphrase-stdin", *extra, stdin="nope\nx\n")
    assert code == 2
    assert err.strip().count("\n") == 0 and "passphrase" in err and "Traceback" not in err
    assert Vault.exists(vault_dir)


def test_damaged_vault_exits_3(vault, vault_dir):
    vault.lock()
    (vault_dir / "vault.db").write_bytes(b"\x01" * 4096)
    code, _, err = run("check", "--vault", str(vault_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert code == 3 and "damaged" in err


def test_vault_in_use_exits_4(vault, vault_dir):
    code, _, err = run("check", "--vault", str(vault_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert code == 4 and "already open" in err


def test_no_vault_is_a_clear_message(tmp_path):
    code, _, err = run("check", "--vault", str(tmp_path / "none"), "--passphrase-stdin", stdin="x\n")
    assert code == 1 and "no vault" in err.lower()
    code, _, err = run("info", "--vault", str(tmp_path / "none"))
    assert code == 1 and "no vault" in err.lower()


def test_usage_mistakes_exit_1_not_2():
    code, _, _ = run("frobnicate")
    assert code == 1
    code, _, _err = run("init", "--passphrase", "in-argv")  # there is no such option, by design
    assert code == 1


def test_change_passphrase_and_backup_restore_round_trip(vault, vault_dir, tmp_path):
    vault.goals.add("Keep this")
    vault.lock()
    code, _, err = run("change-passphrase", "--vault", str(vault_dir), "--passphrase-stdin",
                         stdin=f"{PASSPHRASE}\nnew words here\n")
    assert code == 0, err
    code, _out, err = run("backup", "--vault", str(vault_dir), "--passphrase-stdin", str(tmp_path / "b.svbackup"),
                         stdin="new words here\n")
    assert code == 0, err
    code, _, err = run("restore", "--vault", str(tmp_path / "other"), "--passphrase-stdin",
                         str(tmp_path / "b.svbackup"), stdin="new words here\n")
    assert code == 0, err
    with Vault.unlock(tmp_path / "other", "new words here") as v:
        assert v.goals.list()[0].title == "Keep this"
    code, _, err = run("restore", "--vault", str(tmp_path / "other2"), "--passphrase-stdin",
                       str(tmp_path / "b.svbackup"), stdin="wrong\n")
    assert code == 2


def test_recovery_key_add_use_remove(vault, vault_dir):
    vault.lock()
    code, out, _ = run("recovery-key", "add", "--vault", str(vault_dir), "--passphrase-stdin",
                       stdin=PASSPHRASE + "\n")
    assert code == 0
    key = next(line.strip() for line in out.splitlines() if line.count("-") == 6)
    code, out, err = run("change-passphrase", "--use-recovery-key", "--vault", str(vault_dir),
                         "--passphrase-stdin", stdin=f"{key}\nreset words\n")
    assert code == 0, err
    code, _, _ = run("recovery-key", "remove", "--vault", str(vault_dir), "--passphrase-stdin",
                     stdin="reset words\n")
    assert code == 0
    code, _, err = run("check", "--use-recovery-key", "--vault", str(vault_dir), "--passphrase-stdin",
                       stdin=key + "\n")
    assert code == 1 and "no recovery key" in err


def test_erase(vault, vault_dir):
    vault.lock()
    code, out, _ = run("erase", "--vault", str(vault_dir), "--passphrase-stdin", "--yes", stdin=PASSPHRASE + "\n")
    assert code == 0 and "SSD" in out
    assert not vault_dir.exists()


def test_erase_without_confirmation_erases_nothing(vault, vault_dir):
    vault.lock()
    code, out, _ = run("erase", "--vault", str(vault_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\nno\n")
    assert code == 1 and "Nothing was erased" in out
    assert Vault.exists(vault_dir)


def test_real_process_never_shows_a_traceback(tmp_path):
    """Unexpected trouble (a folder where the vault folder should be a file) still gives one calm line."""
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder")
    proc = subprocess.run([sys.executable, "-m", "survivor_vault", "init", "--vault", str(blocker / "v"),
                           "--passphrase-stdin"], input="pass\n", capture_output=True, text=True)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_real_process_wrong_passphrase(tmp_path):
    make_vault(tmp_path / "v").lock()
    proc = subprocess.run([sys.executable, "-m", "survivor_vault", "check", "--vault", str(tmp_path / "v"),
                           "--passphrase-stdin"], input="nope\n", capture_output=True, text=True)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


def test_entry_point_is_installed():
    import shutil
    from pathlib import Path

    beside = Path(sys.executable).parent / "survivor-vault"
    exe = str(beside) if beside.exists() else shutil.which("survivor-vault")
    assert exe, "pip install -e . should put survivor-vault on PATH"
    proc = subprocess.run([exe, "--help"], capture_output=True, text=True)
    assert proc.returncode == 0 and "init" in proc.stdout


# --- open-packet --extract DIR: the attached papers, for an agency ------------------------------------------
def open_packet(*args, stdin=""):
    return subprocess.run([sys.executable, "-m", "survivor_vault", "open-packet", *map(str, args)], input=stdin,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def paper_packet(vault, tmp_path):
    """A signed, protected packet with four papers, and the same unsigned and plain (for forgeries)."""
    from tests.sharing.packet_fixtures import add_papers, fill_markers, make_packet, scope_for

    refs = fill_markers(vault)
    refs.update(add_papers(vault, tmp_path / "originals"))
    chosen = ["goal_a", "photo", "scan", "letter", "form"]
    built, _ = make_packet(vault, scope_for(refs, chosen), tmp_path / "packet.pdf")
    plain, _ = make_packet(vault, scope_for(refs, chosen, protected=False, signed=False), tmp_path / "plain.pdf")
    return built, tmp_path / "packet.pdf", plain


def test_extract_saves_exactly_the_attached_papers_in_a_private_folder(paper_packet, tmp_path):
    import stat

    built, path, _ = paper_packet
    out = tmp_path / "for-the-agency"
    proc = open_packet(path, "--code-stdin", "--extract", out, stdin=built.code + "\n")
    assert proc.returncode == 0, proc.stderr
    assert "signature checked" in proc.stdout and "not protected" in proc.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(paper.file_name for paper in built.attached)
    for paper in built.attached:
        saved = out / paper.file_name
        assert saved.read_bytes() == paper.data
        assert not POSIX or stat.S_IMODE(saved.stat().st_mode) == 0o600  # modes are POSIX's
    assert not POSIX or stat.S_IMODE(out.stat().st_mode) == 0o700


def test_extract_never_overwrites_a_file(paper_packet, tmp_path):
    built, path, _ = paper_packet
    out = tmp_path / "out"
    out.mkdir()
    taken = out / built.attached[1].file_name
    taken.write_bytes(b"the agency's own file")
    proc = open_packet(path, "--code-stdin", "--extract", out, stdin=built.code + "\n")
    assert proc.returncode == 1 and "Nothing was overwritten" in proc.stderr and "Traceback" not in proc.stderr
    assert taken.read_bytes() == b"the agency's own file" and [p.name for p in out.iterdir()] == [taken.name]


def test_extract_writes_nothing_from_a_changed_packet(paper_packet, tmp_path):
    from tests.sharing import forgery

    _built, _path, plain = paper_packet
    files = forgery.attachments(plain.data, None)
    name = plain.attached[0].file_name
    files[name] = files[name][:-1] + bytes([files[name][-1] ^ 1])
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(forgery.with_attachments(plain.data, None, files))
    proc = open_packet(forged, "--extract", tmp_path / "out")
    assert proc.returncode == 3 and "WARNING" in proc.stderr and not (tmp_path / "out").exists()


def test_extract_honours_the_end_date_as_the_reading_does(vault, tmp_path):
    from datetime import date, timedelta

    from tests.sharing.packet_fixtures import add_papers, fill_markers, make_packet, scope_for

    refs = fill_markers(vault)
    refs.update(add_papers(vault, tmp_path / "originals"))
    built, _ = make_packet(vault, scope_for(refs, ["letter"], end_date=date.today() - timedelta(days=1)),
                           tmp_path / "old.pdf")
    ended = open_packet(tmp_path / "old.pdf", "--code-stdin", "--extract", tmp_path / "out", stdin=built.code + "\n")
    assert ended.returncode == 4 and not (tmp_path / "out").exists()
    forced = open_packet(tmp_path / "old.pdf", "--code-stdin", "--ignore-end-date", "--extract", tmp_path / "out",
                         stdin=built.code + "\n")
    assert forced.returncode == 0 and "ended" in forced.stderr
    assert (tmp_path / "out" / built.attached[0].file_name).read_bytes() == built.attached[0].data


@pytest.mark.parametrize("name", ["../x", "/etc/x", "a/b", "..", "paper-1\x1b[2J.pdf", "C:\\x.pdf"])
def test_extract_refuses_a_forged_file_name_and_writes_nothing_anywhere(paper_packet, tmp_path, name):
    """A forger (of an unsigned, plain packet: nothing else to break) renames a paper in both the file and its JSON."""
    import json

    from survivor_vault.sharing import packet_format
    from tests.sharing import forgery

    _built, _path, plain = paper_packet
    files = forgery.attachments(plain.data, None)
    old = plain.attached[0].file_name
    files[name] = files.pop(old)
    doc = json.loads(files["packet.json"])
    doc["sections"]["papers"][0]["file_name"] = name
    files["packet.json"] = packet_format.encode(doc)
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(forgery.with_attachments(plain.data, None, files))
    out = tmp_path / "deep" / "out"
    out.parent.mkdir()
    proc = open_packet(forged, "--extract", out)
    assert proc.returncode == 3 and "Traceback" not in proc.stderr
    assert not out.exists() and sorted(p.name for p in (tmp_path / "deep").iterdir()) == []
    assert not (tmp_path / "x").exists() and not (tmp_path / "deep" / "x").exists()


@pytest.mark.parametrize("name", ["../x.pdf", "/etc/x.pdf", "a/b.pdf", "..", ".hidden.pdf", "paper-1.pdf/",
                                  "paper-1\x1b[2J.pdf", "C:\\paper-1.pdf", "paper-1.pdf\n", "paper-1.p\u202edf", ""])
def test_saving_checks_every_name_itself_whatever_the_reader_checked(tmp_path, name):
    from survivor_vault.sharing.packet_reader import ReadPaper
    from survivor_vault.sharing.paper_extraction import UnsafePaperName, extract

    good = ReadPaper({"file_name": "paper-1-Letter.pdf"}, b"%PDF-")
    bad = ReadPaper({"file_name": name}, b"%PDF- not where it belongs")
    work = tmp_path / "work"
    work.mkdir()
    with pytest.raises(UnsafePaperName):
        extract((good, bad), work / "out")
    assert list(work.iterdir()) == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX links")
def test_saving_never_writes_through_a_link_planted_under_a_papers_name(tmp_path):
    from survivor_vault.sharing.packet_reader import ReadPaper
    from survivor_vault.sharing.paper_extraction import PaperFileExists, extract

    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere.txt"
    out.mkdir()
    (out / "paper-1-Letter.pdf").symlink_to(elsewhere)  # dangling: a plain open() would create `elsewhere`
    with pytest.raises(PaperFileExists):
        extract((ReadPaper({"file_name": "paper-1-Letter.pdf"}, b"%PDF-"),), out)
    assert not elsewhere.exists()


def test_extract_from_a_packet_without_papers_saves_nothing(vault, tmp_path):
    from tests.sharing.packet_fixtures import fill_markers, make_packet, scope_for

    built, _ = make_packet(vault, scope_for(fill_markers(vault), ["goal_a"]), tmp_path / "p.pdf")
    proc = open_packet(tmp_path / "p.pdf", "--code-stdin", "--extract", tmp_path / "out", stdin=built.code + "\n")
    assert proc.returncode == 0 and "no papers" in proc.stderr and not (tmp_path / "out").exists()
