"""The command line: the app's operations, headless.

Exit codes: 0 success, 2 bad input (one clear message per problem on stderr, nothing written),
1 anything unexpected (the traceback goes to the log file, whose path is printed).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from icc_desktop import APP_NAME, __version__
from icc_desktop.errors import IccError, Problem

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from icc_desktop.store.db import Database

Command = Callable[[argparse.Namespace], int]


def _db_path(args: argparse.Namespace) -> Path:
    from icc_desktop import config  # platformdirs: loaded when needed (the window shows first)

    return Path(args.db) if args.db else config.default_db_path()


def _open_db(args: argparse.Namespace) -> Database:
    """The database named by --db (or the default one), checked and migrated; use it in `with`."""
    from icc_desktop.store.db import Database

    return Database.open(_db_path(args))


def cmd_demo(args: argparse.Namespace) -> int:
    """Fill a database with demo workshops for real ICC cities (then generated ones, for scale tests)."""
    from icc_desktop.services.demo import generate_demo

    if args.cities < 1:
        raise IccError(f"--cities: must be at least 1, not {args.cities}.")
    with _open_db(args) as db:
        report = generate_demo(db, cities=args.cities, seed=args.seed, language=args.language)
    print(f"Added {report.workshops} demo workshops ({report.rows} rows) to {db.path}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    """Print the cities and workshops with their ids (without the ORM when the file is ready)."""
    from icc_desktop.services.listing import read_workshop_list

    workshops = read_workshop_list(_db_path(args))
    if workshops is None:  # a new, empty or older file: created, seeded or migrated first
        from icc_desktop.services.workshops import list_workshops

        with _open_db(args) as db:
            workshops = list_workshops(db)
    if args.json:
        sys.stdout.write(json.dumps([w.as_json() for w in workshops], ensure_ascii=False, indent=1) + "\n")
        return 0
    if not workshops:
        print("No workshops yet. Create one in the app, or try `icc-desktop demo`.")
        return 0
    for w in workshops:
        print(f"{w.id[:8]}  {w.date.isoformat()}  {w.city} ({w.country})  {w.title}  [{w.participants} participants]")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    """Back up the database (to -o FILE, or a rotated file beside it)."""
    from icc_desktop.store.backup import backup_database

    path = _db_path(args)
    if not path.is_file():
        raise IccError(f"{path}: no database file to back up.")
    _open_db(args).close()  # refuses a damaged or newer file before anything is written
    dest = backup_database(path, Path(args.output) if args.output else None)
    print(f"Backed up {path} to {dest}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Replace the database with a backup (the current file is backed up first)."""
    from icc_desktop.store.backup import restore_database

    path = _db_path(args)
    safety = restore_database(path, Path(args.file))
    _open_db(args).close()  # migrates an older backup to the current schema
    print(f"Restored {args.file} into {path}" + (f"; the previous file was saved as {safety}" if safety else ""))
    return 0


def cmd_app(args: argparse.Namespace) -> int:
    """Open the desktop app."""
    from icc_desktop.ui.app import run_app

    return run_app(Path(args.db) if args.db else None)  # None: the default database, found after the first paint


def cmd_screenshot(args: argparse.Namespace) -> int:
    """Render one page of the window offscreen into a PNG file."""
    from icc_desktop.ui.screenshot import take_screenshot

    path = take_screenshot(_db_path(args), args.page, Path(args.output), workshop=args.workshop,
                           theme=args.theme, language=args.language)
    print(f"Saved {args.page} to {path}")
    return 0


def _read_password(prompt: str) -> str:
    """The password: typed at a prompt on a terminal, else the first line of standard input."""
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    line = sys.stdin.readline()
    return line.rstrip("\r\n")


def cmd_serve(args: argparse.Namespace) -> int:
    """Run the sync server (HTTPS when given a certificate and key)."""
    from icc_desktop.sync.client import is_loopback
    from icc_desktop.sync.server import serve

    if bool(args.certfile) != bool(args.keyfile):
        raise IccError("--certfile and --keyfile: give both (the certificate and its private key) or neither.")
    for option, value in (("--certfile", args.certfile), ("--keyfile", args.keyfile)):
        if value and not Path(value).is_file():
            raise IccError(f"{option} {value}: no such file.")
    if not args.certfile and not is_loopback(args.host):
        print("icc-desktop: warning: serving plain HTTP on a network address; put HTTPS in front of it "
              "or pass --certfile/--keyfile.", file=sys.stderr)
    proxies = args.trusted_proxy or []
    for proxy in proxies:
        if not _is_address_or_network(proxy):
            raise IccError(f"--trusted-proxy {proxy}: not an IP address or network (e.g. 10.0.0.5 or 10.0.0.0/24).")
    if not 1 <= args.workers <= 64:
        raise IccError(f"--workers: from 1 to 64 processes, not {args.workers}.")
    if not 0.01 <= args.token_days <= 3650:
        raise IccError(f"--token-days: from 0.01 to 3650 days, not {args.token_days}.")
    serve(args.database, args.host, args.port, certfile=args.certfile, keyfile=args.keyfile,
          trusted_proxies=proxies, workers=args.workers, token_lifetime_s=args.token_days * 86400,
          metrics=args.metrics)
    return 0


def cmd_room(args: argparse.Namespace) -> int:
    """Run a workshop's phone room without the window until Ctrl+C or SIGTERM."""
    from icc_desktop.room.commands import run_room_cli

    if not 0 <= args.port <= 65535:
        raise IccError(f"--port: must be from 0 to 65535, not {args.port}.")
    with _open_db(args) as db:
        return run_room_cli(db, args.workshop, args.host, args.port)


def _is_address_or_network(text: str) -> bool:
    import ipaddress

    try:
        ipaddress.ip_network(text)
    except ValueError:
        return False
    return True


def _positive_count(text: str) -> int:
    """argparse type: a whole number of at least 1 (ASCII digits only)."""
    if not (text.isascii() and text.isdigit()) or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return int(text)


@contextlib.contextmanager
def _server_engine(args: argparse.Namespace) -> Iterator[Engine]:
    """The server database named by --database (migrated), disposed of afterwards."""
    from icc_desktop.sync.server import open_server

    engine = open_server(args.database)
    try:
        yield engine
    finally:
        engine.dispose()


def cmd_server_add_user(args: argparse.Namespace) -> int:
    """Add a sync server user (password on standard input)."""
    from icc_desktop.sync.server_store import add_user

    password = _read_password(f"Password for {args.name}: ")
    with _server_engine(args) as engine:
        user = add_user(engine, args.name, password, admin=args.admin, cities=args.city or [], shared=args.shared)
    role = "administrator" if user.is_admin else f"{len(user.cities)} cities"
    print(f"Added user {user.name} ({role}).")
    return 0


def cmd_server_revoke(args: argparse.Namespace) -> int:
    """Revoke every token of a sync server user."""
    from icc_desktop.sync.server_store import revoke_tokens

    with _server_engine(args) as engine:
        count = revoke_tokens(engine, args.name)
    print(f"Revoked {count} tokens of {args.name}.")
    return 0


def cmd_server_users(args: argparse.Namespace) -> int:
    """List the sync server's users: cities, admin flag, last seen, disabled."""
    from icc_desktop.sync.server_admin import list_users

    with _server_engine(args) as engine:
        users = list_users(engine)
    if args.json:
        json.dump([u.as_json() for u in users], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    if not users:
        print("No users yet: add one with `icc-desktop server add-user NAME`.")
    for user in users:
        facts = ["administrator" if user.is_admin else f"cities: {', '.join(user.cities) or 'none'}"]
        facts.append("last seen " + (user.as_json()["last_seen"] or "never"))
        if user.disabled:
            facts.append("DISABLED")
        print(f"{user.name}  " + "; ".join(facts))
    return 0


def cmd_server_set_password(args: argparse.Namespace) -> int:
    """Give a user a new password (on standard input); their devices sign in again."""
    from icc_desktop.sync.server_admin import set_password

    password = _read_password(f"New password for {args.name}: ")
    with _server_engine(args) as engine:
        revoked = set_password(engine, args.name, password)
    print(f"Changed the password of {args.name}; revoked {revoked} tokens (their devices sign in again).")
    return 0


def cmd_server_disable(args: argparse.Namespace) -> int:
    """Disable a user (or enable them again)."""
    from icc_desktop.sync.server_admin import set_disabled

    disable = args.server_command == "disable"
    with _server_engine(args) as engine:
        changed = set_disabled(engine, args.name, disable)
    state = "disabled" if disable else "enabled"
    print(f"{args.name} is {state}." if changed else f"{args.name} was already {state}.")
    return 0


def cmd_server_remove_user(args: argparse.Namespace) -> int:
    """Remove a user; their tokens go, their changes stay in the history."""
    from icc_desktop.sync.server_admin import remove_user

    with _server_engine(args) as engine:
        remove_user(engine, args.name)
    print(f"Removed {args.name}: tokens revoked, cities unassigned; their changes stay in the history.")
    return 0


def cmd_server_assign(args: argparse.Namespace) -> int:
    """Assign cities to a user, or take them away (unassign)."""
    from icc_desktop.sync.server_admin import assign, unassign

    with _server_engine(args) as engine:
        if args.server_command == "assign":
            done = assign(engine, args.name, args.city, shared=args.shared)
            print(f"Assigned to {args.name}: {', '.join(done) or 'nothing new'}.")
        else:
            done = unassign(engine, args.name, args.city)
            print(f"Taken from {args.name}: {', '.join(done)}.")
    return 0


def cmd_server_history(args: argparse.Namespace) -> int:
    """Print the server's history of accepted changes."""
    from icc_desktop.sync.server_admin import history, parse_since

    since = parse_since(args.since) if args.since else None
    with _server_engine(args) as engine:
        changes = history(engine, city=args.city, user=args.user, since=since, limit=args.limit)
    if args.json:
        json.dump([c.as_json() for c in changes], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    if not changes:
        print("No changes match.")
    for change in changes:
        print(change.line())
    return 0


def cmd_server_undo(args: argparse.Namespace) -> int:
    """Undo one change of the history (as a new change that syncs out to laptops)."""
    from icc_desktop.sync.server_admin import undo_change

    numbers = [raw.lstrip("#") for raw in args.change_id]
    bad = [raw for raw, n in zip(args.change_id, numbers, strict=True)
           if not n.isascii() or not n.isdigit() or len(n) > 18]
    if bad:
        raise IccError("\n".join(f"CHANGE_ID {raw}: not a change number (see `icc-desktop server history`)."
                                  for raw in bad))
    with _server_engine(args) as engine:
        for number in numbers:
            change = undo_change(engine, int(number), force=args.force)
            print(f"Undid #{number}: {change.line()}")
    return 0


def cmd_server_restored(args: argparse.Namespace) -> int:
    """Say the server database was put back to a backup: laptops read everything again and resend."""
    from icc_desktop.sync.server_store import new_epoch

    with _server_engine(args) as engine:
        new_epoch(engine)
    print("Noted: at their next sync, laptops read everything again and send every row again, so what "
          "this server lost since the backup comes back.")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    """Sync the database with a server, headless; print what moved."""
    from icc_desktop.sync.client import SyncClient

    password = _read_password(f"Password for {args.user} on {args.server}: ")
    with _open_db(args) as db:
        with SyncClient(db, args.server, allow_insecure_http=args.allow_http) as client:
            client.login(args.user, password)
            try:
                report = client.sync(
                    progress=lambda p: print(f"  {p.phase}: {p.done}" + (f"/{p.total}" if p.total else ""),
                                             file=sys.stderr) if args.verbose else None)
            finally:
                client.logout()
    for line in report.lines():
        print(line)
    print(f"Done in {report.seconds:.1f} s.")
    return 0


def cmd_export_pdf(args: argparse.Namespace) -> int:
    """Write a workshop's strategy document as a PDF."""
    from icc_desktop.exports.pdf import export_pdf
    from icc_desktop.services.workshops import find_workshop

    with _open_db(args) as db:
        workshop = find_workshop(db, args.workshop)
        path = export_pdf(db, workshop.id, Path(args.output), page_size=args.page_size, language=args.language)
    print(f"Wrote {path}")
    return 0


def cmd_export_xlsx(args: argparse.Namespace) -> int:
    """Write one workshop, or every workshop (--all), as an Excel workbook."""
    from icc_desktop.exports.xlsx import export_all, export_workbook
    from icc_desktop.services.workshops import find_workshop

    with _open_db(args) as db:
        if args.all:
            path = export_all(db, Path(args.output), language=args.language)
        else:
            path = export_workbook(db, find_workshop(db, args.workshop).id, Path(args.output), language=args.language)
    print(f"Wrote {path}")
    return 0


def cmd_export_ods(args: argparse.Namespace) -> int:
    """Write one workshop as an OpenDocument spreadsheet."""
    from icc_desktop.exports.opendata import export_ods
    from icc_desktop.services.workshops import find_workshop

    with _open_db(args) as db:
        path = export_ods(db, find_workshop(db, args.workshop).id, Path(args.output), language=args.language)
    print(f"Wrote {path}")
    return 0


def cmd_export_csv(args: argparse.Namespace) -> int:
    """Write one workshop, or every workshop (--all), as CSV tables with a README and datapackage.json."""
    from icc_desktop.errors import DestinationExistsError
    from icc_desktop.exports.opendata import export_csv
    from icc_desktop.services.workshops import find_workshop

    with _open_db(args) as db:
        workshop_id = None if args.all else find_workshop(db, args.workshop).id
        try:
            folder = export_csv(db, Path(args.output), workshop_id=workshop_id, language=args.language,
                                replace=args.replace)
        except DestinationExistsError as exc:
            raise DestinationExistsError(f"{exc} Add --replace to replace them.", exc.folder, exc.files) from None
    print(f"Wrote the CSV tables, README.txt and datapackage.json to {folder}")
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    """Write a workshop's assessment template for city staff to fill in offline."""
    from icc_desktop.exports.template import write_template
    from icc_desktop.services.workshops import find_workshop

    with _open_db(args) as db:
        path = write_template(db, find_workshop(db, args.workshop).id, Path(args.output), language=args.language)
    print(f"Wrote {path}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Import a filled assessment template as the workshop's consensus answers (all or nothing).

    Merged three ways: changes made in the workshop since the template was made are kept; a
    value changed on both sides is a conflict that stops the import unless --overwrite (the
    file's value) or --keep-newer (the workshop's) says which to take. --dry-run only prints, and
    refuses (exit 2) exactly where the import would.
    """
    from icc_desktop.exports.template import Choice, ImportConflictError, apply_import, plan_import
    from icc_desktop.services.workshops import find_workshop

    on_conflict: Choice | None = "file" if args.overwrite else "database" if args.keep_newer else None
    with _open_db(args) as db:
        workshop_id = find_workshop(db, args.workshop).id
        plan = plan_import(db, workshop_id, Path(args.file))
        try:
            if args.dry_run:  # the same refusal and exit code as the import itself
                for line in plan.lines(on_conflict):
                    print(line)
                plan.check_settled(on_conflict=on_conflict)
                print("Dry run: nothing was changed.")
                return 0
            report = apply_import(db, workshop_id, plan, on_conflict=on_conflict)
        except ImportConflictError as error:
            count = len(error.problems)
            raise ImportConflictError([*error.problems, Problem(
                "", f"{count} {'value was' if count == 1 else 'values were'} changed both in the file and in the "
                    "workshop; nothing was imported. Run again with --keep-newer to keep the workshop's values or "
                    "--overwrite to take the file's (--dry-run shows everything the import would do).")]) from None
    if report.backup is not None:
        print(f"Backed up the database to {report.backup}")
    print(report.summary())
    return 0


def cmd_privacy_forget(args: argparse.Namespace) -> int:
    """Erase a participant's name, e-mail, organisation and role (sync takes it everywhere)."""
    from icc_desktop.services.privacy import find_participant, forget

    with _open_db(args) as db:
        erasure = forget(db, find_participant(db, args.participant).id)
    if erasure.already_erased:
        print(f"{erasure.participant_id} was already erased ({erasure.pseudonym}); the file was cleaned again.")
    else:
        print(f"Erased {erasure.participant_id}: now {erasure.pseudonym}; answers and votes kept. "
              "Sync to erase it on the server and the other laptops.")
    return 0


def cmd_privacy_export(args: argparse.Namespace) -> int:
    """Write everything held about one participant to a JSON file."""
    from icc_desktop.services.privacy import find_participant, write_person_export

    with _open_db(args) as db:
        data = write_person_export(db, find_participant(db, args.participant).id, Path(args.output))
    print(f"Wrote {args.output}: {len(data['answers'])} answers, {len(data['votes'])} votes.")
    return 0


def cmd_privacy_purge(args: argparse.Namespace) -> int:
    """Apply every workshop's retention period and print what was erased."""
    from icc_desktop.services.privacy import purge

    with _open_db(args) as db:
        report = purge(db)
    for line in report.lines():
        print(line)
    if not report.erased:
        print("Nothing to erase: no workshop is past its retention period.")
    return 0


class _Parser(argparse.ArgumentParser):
    """argparse with usage errors on one line (the contract: one clear message per problem)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see `{self.prog} --help`)\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of `icc-desktop` (the stable command-line contract)."""
    db_help = "database file (default: in your user data folder)"
    db_options = _Parser(add_help=False)
    # A command's --db overrides one given before the command; without one it leaves that alone
    # (argparse copies a command's defaults over the values parsed before it).
    db_options.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=db_help)

    parser = _Parser(prog="icc-desktop", description=f"{APP_NAME}: run a city's needs-assessment workshop offline.")
    parser.add_argument("--db", metavar="PATH", help=db_help)
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.set_defaults(handler=cmd_app)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", parents=[db_options], help="fill a database with demo workshops")
    demo.add_argument("--cities", type=int, default=1, metavar="N", help="how many cities (default 1); past the 143 real ICC cities, generated ones "
                      "named 'Generated city N'")
    demo.add_argument("--seed", type=int, default=2020, help="random seed: the same seed gives the same data")
    demo.add_argument("--language", choices=("en", "fr", "de"), default="en",
                      help="language of the needs, objectives, actions and KPIs (default en)")
    demo.set_defaults(handler=cmd_demo)

    listing = commands.add_parser("list", parents=[db_options], help="cities and workshops with their ids")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(handler=cmd_list)

    backup = commands.add_parser("backup", parents=[db_options], help="back up the database")
    backup.add_argument("-o", "--output", metavar="FILE", help="backup file (default: rotated, beside the database)")
    backup.set_defaults(handler=cmd_backup)

    restore = commands.add_parser("restore", parents=[db_options], help="restore the database from a backup")
    restore.add_argument("file", metavar="FILE")
    restore.set_defaults(handler=cmd_restore)

    shot = commands.add_parser("screenshot", parents=[db_options], help="render one page of the window into a PNG")
    shot.add_argument("--page", required=True, metavar="PAGE", help="overview, city, participants, ...")
    shot.add_argument("--workshop", metavar="ID", help="workshop id or unique prefix (default: the first listed)")
    shot.add_argument("--theme", default="light", metavar="THEME", help="light (default), dark or system")
    shot.add_argument("--language", default="en", choices=("en", "fr", "de"), help="language of the window")
    shot.add_argument("-o", "--output", required=True, metavar="FILE.png")
    shot.set_defaults(handler=cmd_screenshot)

    serve = commands.add_parser("serve", help="run the sync server")
    serve.add_argument("--database", metavar="URL", help="sqlite:///PATH (default: in your user data folder) "
                       "or postgresql+psycopg://USER@HOST/DB")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8765, help="port (default 8765)")
    serve.add_argument("--certfile", metavar="FILE", help="TLS certificate (PEM): serve HTTPS")
    serve.add_argument("--keyfile", metavar="FILE", help="the certificate's private key (PEM)")
    serve.add_argument("--workers", type=int, default=1, metavar="N",
                       help="worker processes (default 1; more than one needs PostgreSQL)")
    serve.add_argument("--token-days", type=float, default=180, metavar="DAYS",
                       help="how long a sign-in lasts unused (default 180; renewed while in use)")
    serve.add_argument("--metrics", action="store_true", help="serve Prometheus metrics at /metrics")
    serve.add_argument("--trusted-proxy", action="append", metavar="ADDR",
                       help="a reverse proxy whose X-Forwarded-For header gives the client's address "
                            "(IP address or network; repeatable)")
    serve.set_defaults(handler=cmd_serve)

    room = commands.add_parser("room", parents=[db_options],
                               help="let the room's phones take part over the local network")
    room.add_argument("--workshop", required=True, metavar="ID", help="workshop id or a unique prefix")
    room.add_argument("--host", metavar="ADDR", help="address to listen on (default: this laptop's "
                      "address on its network)")
    room.add_argument("--port", type=int, default=8787, metavar="N", help="port (default 8787; 0: any free one)")
    room.set_defaults(handler=cmd_room)

    server = commands.add_parser("server", help="manage the sync server: users, cities, history")
    server_commands = server.add_subparsers(dest="server_command", metavar="COMMAND", required=True)
    database = _Parser(add_help=False)
    database.add_argument("--database", metavar="URL", help="the server database (as for serve)")

    def server_command(name: str, handler: Command, help_text: str, *, named: bool = True) -> argparse.ArgumentParser:
        command = server_commands.add_parser(name, parents=[database], help=help_text)
        if named:
            command.add_argument("name", metavar="NAME")
        command.set_defaults(handler=handler)
        return command

    add_user = server_command("add-user", cmd_server_add_user, "add a user (password on standard input)")
    add_user.add_argument("--admin", action="store_true", help="may see and change every city")
    add_user.add_argument("--city", action="append", metavar="ID", help="a city the user may see (repeatable)")
    add_user.add_argument("--shared", action="store_true", help="also when another user holds the city already")
    users = server_command("users", cmd_server_users, "list the users", named=False)
    users.add_argument("--json", action="store_true", help="print a JSON array")
    server_command("set-password", cmd_server_set_password, "a new password (on standard input)")
    server_command("disable", cmd_server_disable, "stop a user from syncing (tokens stop working)")
    server_command("enable", cmd_server_disable, "let a disabled user sync again")
    server_command("remove-user", cmd_server_remove_user, "remove a user (their history stays)")
    for name, help_text in (("assign", "give a user a city"), ("unassign", "take a city from a user")):
        command = server_command(name, cmd_server_assign, help_text)
        command.add_argument("--city", action="append", required=True, metavar="ID", help="a city id (repeatable)")
        if name == "assign":
            command.add_argument("--shared", action="store_true", help="also when another user holds the city already")
    server_command("revoke-tokens", cmd_server_revoke, "sign a user out everywhere")
    history = server_command("history", cmd_server_history, "the changes the server accepted", named=False)
    history.add_argument("--city", metavar="ID", help="only this city's changes")
    history.add_argument("--user", metavar="NAME", help="only this user's changes")
    history.add_argument("--since", metavar="DATE", help="only changes from this date (YYYY-MM-DD[THH:MM], UTC)")
    history.add_argument("--limit", type=_positive_count, metavar="N", help="only the newest N changes (still oldest first)")
    history.add_argument("--json", action="store_true", help="print a JSON array")
    undo = server_command("undo-change", cmd_server_undo, "put back what one change altered", named=False)
    undo.add_argument("change_id", nargs="+", metavar="CHANGE_ID", help="a change number from the history (several: undone in order)")
    undo.add_argument("--force", action="store_true",
                      help="even when a later change altered the same fields (its values are overwritten)")
    server_command("restored", cmd_server_restored, "say the database was put back to a backup (laptops "
                   "then read everything again and send what it lost)", named=False)

    sync = commands.add_parser("sync", parents=[db_options], help="sync with a server (password on standard input)")
    sync.add_argument("--server", required=True, metavar="URL", help="https://HOST[:PORT]")
    sync.add_argument("--user", required=True, metavar="NAME")
    sync.add_argument("--allow-http", action="store_true",
                      help="allow plain http:// to another machine (unencrypted; trusted networks only)")
    sync.add_argument("-v", "--verbose", action="store_true", help="print progress on standard error")
    sync.set_defaults(handler=cmd_sync)

    languages = ("en", "fr", "de")
    export = commands.add_parser("export", help="write a workshop as PDF, Excel, ODS or CSV")
    export_commands = export.add_subparsers(dest="export_command", metavar="FORMAT", required=True)
    pdf = export_commands.add_parser("pdf", parents=[db_options], help="the strategy document (PDF)")
    pdf.add_argument("--workshop", required=True, metavar="ID", help="workshop id or a unique prefix")
    pdf.add_argument("-o", "--output", required=True, metavar="FILE")
    pdf.add_argument("--language", choices=languages, default="en", help="language of the report (default en)")
    pdf.add_argument("--page-size", choices=("A4", "letter"), default="A4", help="paper size (default A4)")
    pdf.set_defaults(handler=cmd_export_pdf)
    xlsx = export_commands.add_parser("xlsx", parents=[db_options], help="an Excel workbook")
    which = xlsx.add_mutually_exclusive_group(required=True)
    which.add_argument("--workshop", metavar="ID", help="workshop id or a unique prefix")
    which.add_argument("--all", action="store_true", help="every workshop of the database (for the programme office)")
    xlsx.add_argument("-o", "--output", required=True, metavar="FILE")
    xlsx.add_argument("--language", choices=languages, default="en", help="language of sheets, headers and labels")
    xlsx.set_defaults(handler=cmd_export_xlsx)
    ods = export_commands.add_parser("ods", parents=[db_options], help="an OpenDocument spreadsheet (.ods)")
    ods.add_argument("--workshop", required=True, metavar="ID", help="workshop id or a unique prefix")
    ods.add_argument("-o", "--output", required=True, metavar="FILE.ods")
    ods.add_argument("--language", choices=languages, default="en", help="language of sheets, headers and labels")
    ods.set_defaults(handler=cmd_export_ods)
    csv_parser = export_commands.add_parser("csv", parents=[db_options],
                                            help="CSV tables with a README and datapackage.json (open data)")
    which_csv = csv_parser.add_mutually_exclusive_group(required=True)
    which_csv.add_argument("--workshop", metavar="ID", help="workshop id or a unique prefix")
    which_csv.add_argument("--all", action="store_true", help="every workshop of the database")
    csv_parser.add_argument("-o", "--output", required=True, metavar="DIR", help="folder for the files (made if needed)")
    csv_parser.add_argument("--language", choices=languages, default="en",
                            help="language of the README and the labels (column names stay English keys)")
    csv_parser.add_argument("--replace", action="store_true",
                            help="replace files of the same names already in the folder (else refused)")
    csv_parser.set_defaults(handler=cmd_export_csv)

    template = commands.add_parser("template", parents=[db_options], help="the offline assessment template (.xlsx)")
    template.add_argument("--workshop", required=True, metavar="ID", help="workshop id or a unique prefix")
    template.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    template.add_argument("--language", choices=languages, default="en", help="language of the instructions")
    template.set_defaults(handler=cmd_template)

    importing = commands.add_parser("import", parents=[db_options], help="import a filled assessment template")
    importing.add_argument("--workshop", required=True, metavar="ID", help="workshop id or a unique prefix")
    importing.add_argument("file", metavar="FILE.xlsx")
    importing.add_argument("--dry-run", action="store_true", help="print what the import would change; write nothing")
    conflict = importing.add_mutually_exclusive_group()
    conflict.add_argument("--overwrite", action="store_true",
                          help="on a conflict, take the file's value over one changed in the workshop since")
    conflict.add_argument("--keep-newer", action="store_true",
                          help="on a conflict, keep the workshop's value (the file's other changes still apply)")
    importing.set_defaults(handler=cmd_import)

    privacy = commands.add_parser("privacy", help="participants' rights: erase, export, apply retention")
    privacy_commands = privacy.add_subparsers(dest="privacy_command", metavar="COMMAND", required=True)
    forget = privacy_commands.add_parser("forget", parents=[db_options],
                                         help="erase a person's name, e-mail and organisation everywhere")
    forget.add_argument("participant", metavar="PARTICIPANT_ID", help="participant id or a unique prefix")
    forget.set_defaults(handler=cmd_privacy_forget)
    person = privacy_commands.add_parser("export", parents=[db_options],
                                         help="everything held about one person, as JSON")
    person.add_argument("participant", metavar="PARTICIPANT_ID", help="participant id or a unique prefix")
    person.add_argument("-o", "--output", required=True, metavar="FILE.json")
    person.set_defaults(handler=cmd_privacy_export)
    purge = privacy_commands.add_parser("purge", parents=[db_options],
                                        help="apply retention periods, print what was erased")
    purge.set_defaults(handler=cmd_privacy_purge)

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    words = list(sys.argv[1:] if argv is None else argv)
    if not words or (len(words) == 2 and words[0] == "--db" and not words[1].startswith("-")):
        # The window, started most often: `icc-desktop` or `icc-desktop --db FILE` needs none of
        # the commands' parsers (building them all took ~8 ms of CPU on every start).
        return _handle(cmd_app, argparse.Namespace(db=words[1] if words else None, command=None, handler=cmd_app))
    parser = build_parser()
    try:
        args = parser.parse_args(words)
    except SystemExit as exc:  # argparse: usage errors are bad input (2), --help/--version are 0
        return int(exc.code or 0)
    return _handle(args.handler, args)


def _handle(handler: Command, args: argparse.Namespace) -> int:
    """Run a command's handler: its exit code, or one clear message for bad input (exit 2), or
    the log file's path for anything unexpected (exit 1)."""
    try:
        return handler(args)
    except IccError as exc:
        for line in str(exc).splitlines():
            print(f"icc-desktop: {line}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("icc-desktop: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        from icc_desktop.store.fileinfo import in_use_error, is_in_use

        if is_in_use(exc):  # a raw SQLite call the core did not name: still the file, not a bug
            error = in_use_error(_db_path(args) if "db" in args else getattr(args, "database", None)
                                 or "the server database")
            print(f"icc-desktop: {error}", file=sys.stderr)
            return error.exit_code
        import logging

        from icc_desktop.logs import setup_logging

        path = setup_logging()
        logging.getLogger("icc_desktop.cli").exception("unexpected error in %s", getattr(args, "command", None) or "app")
        print(f"icc-desktop: unexpected error; the details are in {path}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
