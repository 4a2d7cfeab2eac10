"""Command line: scripted setup, diagnostics, backups, the agency's packet reader, and setup kits for advocates.

Passphrases never travel in argv: they come from a prompt, or one per line on stdin with
--passphrase-stdin. Exit codes: 0 ok, 2 wrong passphrase or key, 3 damaged vault,
4 vault in use, 6 disk full, 7 cannot write to the folder, 1 anything else; each failure is one
kind line on stderr.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from survivor_vault import __version__
from survivor_vault.core.passphrase_rules import check_new_passphrase
from survivor_vault.model.errors import VaultError

if TYPE_CHECKING:
    from survivor_vault.core.setup_kit import SetupKit

DEBUG_ENV = "SVAULT_DEBUG"


class Secrets:
    """Where passphrases and keys come from: a hidden prompt, or lines on stdin."""

    def __init__(self, from_stdin: bool):
        self.from_stdin = from_stdin

    def ask(self, prompt: str) -> str:
        if self.from_stdin:
            line = sys.stdin.readline()
            if not line:
                raise VaultError("Expected one more line on standard input.")
            return line.rstrip("\r\n")
        import getpass

        return getpass.getpass(prompt)

    def ask_new(self, prompt: str) -> str:
        import getpass

        first = self.ask(prompt)
        check_new_passphrase(first)  # empty: said before asking for it again
        return check_new_passphrase(first, None if self.from_stdin else getpass.getpass("Type it again: "))


def _say(text: str) -> None:
    print(text)


def _open(args, secrets: Secrets):
    from survivor_vault.core.vault import Vault

    if not Vault.exists(args.vault):
        from survivor_vault.model.errors import VaultNotFound
        raise VaultNotFound(f"There is no vault in {_where(args)}.")
    if getattr(args, "use_recovery_key", False):
        return Vault.unlock_with_recovery_key(args.vault, secrets.ask("Recovery key: "))
    return Vault.unlock(args.vault, secrets.ask("Passphrase: "))


def _where(args) -> str:
    from survivor_vault.core.vault_place import default_vault_dir
    return str(Path(args.vault) if args.vault else default_vault_dir())


def _show_notices(vault) -> None:
    for notice in vault.notices:
        print(notice, file=sys.stderr)
    if vault.wrong_tries:
        times = ", ".join(t.astimezone().strftime("%a %d %b %H:%M") for t in vault.wrong_tries)
        count = "one try" if len(vault.wrong_tries) == 1 else f"{len(vault.wrong_tries)} tries"
        print(f"Since you last opened the vault: {count} with a wrong passphrase ({times}).", file=sys.stderr)


# --- commands ----------------------------------------------------------------------------
def cmd_init(args, secrets: Secrets) -> int:
    from survivor_vault.core.vault import Vault

    passphrase = secrets.ask_new("New passphrase: ")
    key = _show_new_recovery_key() if args.with_recovery_key else None
    with Vault.create(args.vault, passphrase, recovery_key=key) as vault:
        _say(f"Your vault is ready in {vault.path}.")
        if not key:
            _say("If you forget the passphrase, nobody can open the vault. "
                 "A recovery key can help: survivor-vault recovery-key add")
    return 0


def _show_new_recovery_key() -> str:
    """Make a recovery key and print it, flushed, before anything is written with it."""
    from survivor_vault.core.recovery_keys import new_recovery_key as generate

    key = generate()
    _say("Your new recovery key (it is shown only this once; write it down and keep it somewhere safe):")
    _say("")
    _say("    " + key)
    _say("")
    sys.stdout.flush()
    return key


def cmd_check(args, secrets: Secrets) -> int:
    with _open(args, secrets) as vault:
        _show_notices(vault)
        report = vault.check()
    if report.ok:
        _say("The vault looks healthy: key file, its copy and the data all check out.")
        return 0
    print("The check found problems:", file=sys.stderr)
    for problem in report.problems:
        print(f"  - {problem}", file=sys.stderr)
    return 3


def cmd_info(args, secrets: Secrets) -> int:
    from survivor_vault.core.encryption_library import cipher_version
    from survivor_vault.core.vault import Vault

    info = Vault.info(args.vault)
    kdf = info.kdf
    lines = [
        ("Folder", str(info.path)),
        ("Key file format", str(info.header_version)),
        ("Created", info.created.astimezone().strftime("%Y-%m-%d %H:%M")),
        ("Key derivation", f"{kdf.get('name')}, {int(kdf.get('memory_kib', 0)) // 1024} MiB, "
                           f"{kdf.get('iterations')} passes, {kdf.get('lanes')} lanes"),
        ("Recovery key", "yes" if info.has_recovery_key else "no"),
        ("Key file copy", "matches" if info.mirror_ok else "missing or different (unlock repairs it)"),
        ("Data file size", f"{info.database_bytes / 1024:.0f} KiB"),
        ("Encryption library", f"SQLCipher {cipher_version()}"),
        ("App version", __version__),
    ]
    width = max(len(k) for k, _ in lines)
    for key, value in lines:
        _say(f"{key.ljust(width)}  {value}")
    return 0


def cmd_backup(args, secrets: Secrets) -> int:
    with _open(args, secrets) as vault:
        _show_notices(vault)
        path = vault.backup(args.destination)
    _say(f"Backup written and checked: {path}")
    _say("It is encrypted; the passphrase you use today opens it.")
    return 0


def cmd_restore(args, secrets: Secrets) -> int:
    from survivor_vault.core.vault import Vault

    passphrase = secrets.ask("Passphrase of the backup: ")
    with Vault.restore(args.backup, passphrase, args.vault) as vault:
        where = vault.path
    _say(f"The backup was checked and restored into {where}. Its passphrase now opens the vault.")
    return 0


def cmd_change_passphrase(args, secrets: Secrets) -> int:
    with _open(args, secrets) as vault:
        _show_notices(vault)
        new = secrets.ask_new("New passphrase: ")
        result = vault.change_passphrase(new)
    _say("Your passphrase has been changed, and the vault has a new key: the old passphrase no longer opens it, "
         "even with an old copy of its key file.")
    if result.recovery_key_dropped:
        _say("Your recovery key was of an older kind and could not move to the new key, so it no longer works. "
             "Make a new one: survivor-vault recovery-key add")
    _say(OLD_BACKUPS)
    return 0


OLD_BACKUPS = ("Backups made before now still open with the old passphrase or recovery key. "
               "Make a new backup now, and then destroy the old ones.")


def cmd_recovery_key(args, secrets: Secrets) -> int:
    with _open(args, secrets) as vault:
        _show_notices(vault)
        if args.action == "add":
            replacing = vault.has_recovery_key
            key = _show_new_recovery_key()  # shown (and flushed) before it is written: a kill cannot lose it
            vault.add_recovery_key(key)
            _say("The recovery key above now opens your vault."
                 + (" Your old recovery key no longer works." if replacing else ""))
        else:
            vault.remove_recovery_key()
            _say("The recovery key was removed. Only your passphrase opens the vault now.")
        if args.action != "add" or replacing:
            _say(OLD_BACKUPS)
    return 0


def cmd_erase(args, secrets: Secrets) -> int:
    vault = _open(args, secrets)
    try:
        if not args.yes:
            answer = input("This overwrites and deletes the vault and its backups in its folder. "
                           "It cannot be undone. Type ERASE to go on: ")
            if answer.strip().upper() != "ERASE":
                _say("Nothing was erased.")
                return 1
        vault.erase()
    finally:
        if not vault.is_locked:
            vault.lock()
    _say("The vault has been overwritten and deleted. On some disks (SSDs) and in synced folders, "
         "traces may remain.")
    return 0


def cmd_open_packet(args, secrets: Secrets) -> int:
    from survivor_vault.sharing.packet_reader import (
        UNVERIFIED_EXIT,
        looks_protected,
        read_packet,
        read_packet_file,
        readable_text,
    )

    data = read_packet_file(args.file)
    code = None
    if looks_protected(data):
        import getpass

        code = (sys.stdin.buffer.readline().decode("utf-8", "replace").strip() if args.code_stdin
                else getpass.getpass("Share code: "))
    reading = read_packet(data, code, ignore_end_date=args.ignore_end_date)
    for warning in reading.warnings:
        print("Warning: " + warning, file=sys.stderr)
    if args.json:
        import json

        out = Path(args.json)
        out.write_text(json.dumps(reading.doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"The packet was read and its data written to {out}.", file=sys.stderr)
    else:
        _write_utf8(readable_text(reading))
    if args.extract:
        _extract_papers(reading, Path(args.extract))
    return 0 if reading.verified else UNVERIFIED_EXIT


def _extract_papers(reading, folder: Path) -> None:
    """The attached papers of a packet that was read and checked, written into `folder` (never over a file)."""
    from survivor_vault.core.plain_text import without_controls
    from survivor_vault.sharing.paper_extraction import extract

    if not reading.papers:
        print("This packet has no papers attached: nothing was saved.", file=sys.stderr)
        return
    written = extract(reading.papers, folder)
    where = without_controls(str(folder))
    saved = "1 paper saved" if len(written) == 1 else f"{len(written)} papers saved"
    print(f"{saved} in {where}: " + ", ".join(path.name for path in written) + ". These copies "
          "are not protected by the share code: keep them safe, and delete them when they are no longer needed.",
          file=sys.stderr)


def _write_utf8(text: str) -> None:
    """A packet's text in UTF-8 whatever the terminal's or the redirected file's encoding (Windows: cp1252)."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
    else:
        buffer.write(text.encode("utf-8"))
        buffer.flush()


OPEN_PACKET_EPILOG = """exit codes:
  0  signed, checked: everything a PDF reader shows is what the person's vault signed
  5  read, but nothing proves it is unchanged (not signed, or made by an older version);
     the text is printed, with a warning on stderr
  2  the share code does not open it
  3  not a packet, damaged, changed after it was made, or too large (one line on stderr)
  4  its consent has ended (see --ignore-end-date)
  1  anything else (no such file, a usage mistake)"""


def _read_kit_source(args) -> SetupKit:
    from survivor_vault.core.setup_kit import AgencyCard, kit_from_csv, read_given_file, read_kit, with_kinds

    source = Path(args.source)
    agency = None
    if args.agency_name:
        agency = AgencyCard(args.agency_name, args.agency_organisation or "", args.agency_role or "",
                            args.agency_contact or "", args.agency_notes or "")
    if source.suffix.lower() == ".csv":
        kit = kit_from_csv(read_given_file(source), agency)
    else:  # an HSDS folder or zip
        kit = read_kit(source)
        if agency is not None:
            from dataclasses import replace

            kit = replace(kit, agency=agency)
    if args.kinds:
        kit = with_kinds(kit, read_given_file(Path(args.kinds)))
    return kit


def _print_review(kit: SetupKit) -> None:
    """One line per service: the kind the kit will show it under, and why. The agency checks it before sharing."""
    width = min(48, max((len(r.name) for r in kit.reviews), default=4))
    print(f"{'service':<{width}}  {'kind':<16}  why")
    for review in kit.reviews:
        name = review.name if len(review.name) <= width else review.name[:width - 1] + "…"
        print(f"{name:<{width}}  {review.guess.kind or 'other':<16}  {review.guess.why}")


def cmd_make_setup_kit(args, secrets: Secrets) -> int:
    from survivor_vault.core.setup_kit import kit_to_json, review_csv

    kit = _read_kit_source(args)
    _print_review(kit)
    if args.review:
        Path(args.review).write_bytes(review_csv(kit))
    out = Path(args.output)
    out.write_bytes(kit_to_json(kit))
    print(f"\nSetup kit written to {out}: {len(kit.services)} services"
          + (f", agency card for {kit.agency.name}" if kit.agency else ", no agency card") + ".")
    if kit.left_out:
        print(f"{kit.left_out} services were left out: the export marks them inactive or closed.")
    if kit.unmatched_kinds:
        print(f"{kit.unmatched_kinds} services have no clear kind; the app lists them as other local services. "
              f"Check the table above; to set kinds, edit a copy of it (--review FILE) and give it back "
              f"with --kinds FILE.", file=sys.stderr)
    return 0


COMMANDS: dict[str, tuple[Callable, str]] = {
    "init": (cmd_init, "make a new vault"),
    "check": (cmd_check, "check the key file and the encrypted data"),
    "info": (cmd_info, "show facts about the vault that need no passphrase (never its contents)"),
    "backup": (cmd_backup, "write one encrypted backup file, and check it"),
    "restore": (cmd_restore, "restore a backup (the current vault is kept until the backup checks out)"),
    "change-passphrase": (cmd_change_passphrase, "choose a new passphrase"),
    "recovery-key": (cmd_recovery_key, "add, replace or remove the recovery key"),
    "erase": (cmd_erase, "overwrite and delete the vault"),
    "open-packet": (cmd_open_packet, "open and check a share packet (for agencies; needs no vault)"),
    "make-setup-kit": (cmd_make_setup_kit, "write an agency setup kit (contact card + local services) from a CSV "
                                           "file or an HSDS export"),
}


class _Parser(argparse.ArgumentParser):
    """Usage mistakes exit 1, so that 2 always means a wrong passphrase or key."""

    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(1, f"{self.prog}: {message}\n")


def _packet_arguments(p: argparse.ArgumentParser) -> None:
    p.epilog = OPEN_PACKET_EPILOG
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.add_argument("file", help="the packet (a PDF file)")
    p.add_argument("--code-stdin", action="store_true", help="read the share code as one line on stdin")
    p.add_argument("--json", metavar="OUT", help="write the packet's data as JSON to OUT instead of printing it")
    p.add_argument("--ignore-end-date", action="store_true",
                   help="open a packet whose consent has ended (a warning is still printed)")
    p.add_argument("--extract", metavar="DIR",
                   help="also save the attached papers into DIR (made, private, if it is not there), once the packet "
                        "is read and checked; never over an existing file")


def _kit_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("source", help="a CSV file (columns: name, kind, phone, address, hours, languages, notes), "
                                  "or an Open Referral HSDS export (folder or zip)")
    p.add_argument("-o", "--output", required=True, help="the kit file to write (JSON)")
    p.add_argument("--agency-name", help="the agency's contact person or name, for its contact card")
    p.add_argument("--agency-organisation")
    p.add_argument("--agency-role")
    p.add_argument("--agency-contact")
    p.add_argument("--agency-notes")
    p.add_argument("--review", metavar="FILE", help="also write the table of kinds as CSV (service, name, kind, "
                                                      "why), to correct and give back with --kinds")
    p.add_argument("--kinds", metavar="FILE", help="a CSV with the kinds you confirmed: columns service (id or "
                                                     "name) and kind (a kind key, or other)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="survivor-vault",
        description="A private, offline vault. With no command, opens the desktop app.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--vault", metavar="DIR", help="the vault's folder (default: $SVAULT_HOME or "
                                                       "the per-user data folder)")
    parser.add_argument("--demo", action="store_true", help="open the app on a throwaway vault with sample data")
    parser.add_argument("--self-test", action="store_true",
                        help="check that this computer can run the app (in a temporary folder; prints one line "
                             "per step)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def add(name: str) -> argparse.ArgumentParser:
        func, help_text = COMMANDS[name]
        p = sub.add_parser(name, help=help_text, description=help_text[0].upper() + help_text[1:] + ".")
        p.add_argument("--vault", metavar="DIR", default=argparse.SUPPRESS,
                       help="the vault's folder (default: $SVAULT_HOME or the per-user data folder)")
        p.set_defaults(func=func)
        return p

    p = add("init")
    p.add_argument("--passphrase-stdin", action="store_true", help="read the passphrase as one line on stdin")
    p.add_argument("--with-recovery-key", action="store_true", help="also make a recovery key and print it")
    for name in ("check", "backup", "change-passphrase", "recovery-key", "erase"):
        p = add(name)
        p.add_argument("--passphrase-stdin", action="store_true",
                       help="read the passphrase (and any new one) one per line on stdin")
        p.add_argument("--use-recovery-key", action="store_true",
                       help="open the vault with the recovery key instead of the passphrase")
        if name == "backup":
            p.add_argument("destination", help="a file to write, or a folder (e.g. a USB stick) to write it in")
        if name == "recovery-key":
            p.add_argument("action", choices=("add", "remove"),
                           help="add (or replace) the recovery key, or remove it")
        if name == "erase":
            p.add_argument("--yes", action="store_true", help="do not ask to type ERASE (for scripts)")
    add("info")
    _packet_arguments(add("open-packet"))
    _kit_arguments(add("make-setup-kit"))
    p = add("restore")
    p.add_argument("backup", help="the backup file")
    p.add_argument("--passphrase-stdin", action="store_true", help="read the backup's passphrase on stdin")
    return parser


def run_app(args) -> int:
    try:
        from survivor_vault.ui.app import run
    except ImportError:
        print("The desktop app is not part of this version yet. See: survivor-vault --help", file=sys.stderr)
        return 1
    return run(vault_dir=args.vault, demo=args.demo)


def main(argv: list[str] | None = None) -> int:
    if hasattr(sys.stderr, "reconfigure"):
        sys.stderr.reconfigure(errors="replace")  # a path or name the console cannot show is not a failure
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.self_test:
            from survivor_vault.self_test import run as run_self_test

            return run_self_test()
        if args.command is None:
            return run_app(args)  # the app checks SQLCipher itself, off the start-up path
        if args.command not in ("open-packet", "make-setup-kit"):  # these need no vault
            from survivor_vault.core.encryption_library import EncryptionLibraryMissing, require_sqlcipher
            try:
                require_sqlcipher()
            except EncryptionLibraryMissing:
                print("The encryption library is missing or not working, so the app cannot run safely. "
                      "Please reinstall it.", file=sys.stderr)
                return 1
        secrets = Secrets(getattr(args, "passphrase_stdin", False))
        return args.func(args, secrets)
    except VaultError as error:
        print(str(error), file=sys.stderr)
        return error.exit_code
    except (KeyboardInterrupt, EOFError):
        print("\nStopped.", file=sys.stderr)
        return 1
    except OSError as error:
        from survivor_vault.model.errors import from_os_error

        known = from_os_error(error)
        if known is not None:
            print(str(known), file=sys.stderr)
            return known.exit_code
        if os.environ.get(DEBUG_ENV):
            raise
        print(f"The files could not be read or written ({error.strerror or 'system error'}). "
              "Please check the folder and the free space.", file=sys.stderr)
        return 1
    except Exception:
        if os.environ.get(DEBUG_ENV):
            raise
        print("Something unexpected went wrong. Nothing more was changed. "
              f"Run again with {DEBUG_ENV}=1 to see details.", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
