"""The command line: the app by default, subcommands for headless work and scripting.

Keep imports inside the commands: `facilitator` must start fast, and headless commands must
not load Qt.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from facilitator import __version__
from facilitator.language import LANGUAGES

EXIT_USER_ERROR = 1
EXPORT_FORMATS = ("md", "pdf", "csv", "ics", "checklist", "json")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not argparse's usage dump
        self.exit(2, f"facilitator: {message} (see `facilitator --help`)\n")


def _parser() -> argparse.ArgumentParser:
    def options(default: object) -> argparse.ArgumentParser:
        shared = argparse.ArgumentParser(add_help=False)
        shared.add_argument(
            "--db", type=Path, metavar="PATH", default=default, help="workspace file (default: in your data folder)"
        )
        shared.add_argument(
            "--lang", choices=tuple(LANGUAGES), default=default, help="language (default: the system's)"
        )
        return shared

    # Before or after the command: a subcommand's own default must not undo `--db` given before it.
    common = options(argparse.SUPPRESS)
    parser = _Parser(
        prog="facilitator",
        parents=[options(None)],
        description="Run a fair Sales-vs-Product session and leave with agreements both sides own.",
    )
    parser.add_argument("--version", action="version", version=f"facilitator {__version__}")
    parser.add_argument("--demo", action="store_true", help="open the app on a fresh demo workspace")
    parser.add_argument("--open", type=int, metavar="ID", help="open this session, on the stage it was left at")
    parser.add_argument("--present", action="store_true", help="show the room's screen (F5) from the start")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    commands.add_parser("demo", parents=[common], help="add the demo session to a workspace; print its id")
    listing = commands.add_parser("list", parents=[common], help="list sessions: id, title, date, status")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")

    export = commands.add_parser("export", parents=[common], help="export a session")
    export.add_argument("id", type=int, help="session id (see `facilitator list`)")
    export.add_argument("--format", choices=EXPORT_FORMATS, default="md")
    export.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="target file, a folder ending in /, or - for stdout (default: stdout; PDF to a terminal: a file)",
    )
    export.add_argument("--include-private", action="store_true", help="JSON only: a full backup with private notes")
    export.add_argument("--template", type=Path, metavar="FILE", help="your own Jinja2 template (md, pdf)")
    export.add_argument("--page-size", choices=("A4", "Letter"), default="A4", help="PDF page size")

    importing = commands.add_parser("import", parents=[common], help="import a session file; print the new id")
    importing.add_argument("file", type=Path)

    searching = commands.add_parser("search", parents=[common], help="search all text in all sessions")
    searching.add_argument("query", help="words to find; each matches the start of a word (Zusage finds Zusagen)")
    searching.add_argument("--json", action="store_true", help="print JSON instead of lines")
    searching.add_argument("--include-private", action="store_true", help="also search your private notes")
    searching.add_argument("--limit", type=int, default=50, metavar="N", help="at most N matches (default 50)")
    room = commands.add_parser("room", parents=[common], help="let phones join a session (no window); Ctrl+C stops")
    room.add_argument("id", type=int, help="session id (see `facilitator list`)")
    room.add_argument("--host", default="127.0.0.1", metavar="ADDR", help="address to listen on (default: 127.0.0.1)")
    room.add_argument("--port", type=int, default=8765, metavar="N", help="port (default: 8765; 0: any free one)")
    follow = commands.add_parser(
        "follow-up", parents=[common], help="start the session that follows up a closed one; print its id"
    )
    follow.add_argument("id", type=int, help="id of the closed session (see `facilitator list`)")
    commands.add_parser("check", parents=[common], help="look for damaged values in a workspace; one line per problem")
    _backup_commands(commands, common)
    return parser


def _backup_commands(commands, common: argparse.ArgumentParser) -> None:
    commands.add_parser("backups", parents=[common], help="list the workspace's backups: date, sessions, file")
    restore = commands.add_parser(
        "restore", parents=[common], help="put a backup in place of the workspace (the current file is kept first)"
    )
    restore.add_argument("backup", type=Path, metavar="BACKUP", help="a backup file (see `facilitator backups`)")
    restore.add_argument(
        "--force", action="store_true", help="even if the workspace was opened on another computer and not closed"
    )


def _store(args: argparse.Namespace, create: bool = True):
    """The workspace; a mistyped --db for reading must not create an empty one."""
    from facilitator.paths import default_workspace
    from facilitator.storage.store import Store

    return Store(args.db or default_workspace(), create=create or args.db is None)


def cmd_demo(args: argparse.Namespace) -> int:
    import datetime as dt

    from facilitator.demo import demo_session
    from facilitator.language import resolve

    store = _store(args)
    print(store.import_session(demo_session(resolve(args.lang), dt.date.today())).id)  # held lately
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    store = _store(args, create=False)
    sessions = store.sessions()
    _warn_damaged(store)
    if args.json:
        rows = [{"id": s.id, "title": s.title, "date": s.date, "status": s.status.value} for s in sessions]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for s in sessions:
        print(f"{s.id:>5}  {s.date:<10}  {s.status.value:<6}  {s.title}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from facilitator.export import export_session
    from facilitator.language import resolve
    from facilitator.public import session_language

    if args.include_private and args.format != "json":
        raise _UsageError("--include-private works only with --format json (a full backup)")
    store = _store(args, create=False)
    data = store.load(args.id)
    _warn_damaged(store, args.id)
    # A full backup carries the workspace's own templates too, so restoring it brings them back.
    templates = store.templates() if args.include_private else []
    lang = args.lang or session_language(data) or resolve(None)  # minutes speak the session's language
    target = _export_target(args.output, data, args.format, lang)
    written = export_session(
        data,
        args.format,
        target,
        lang=lang,
        template=args.template,
        include_private=args.include_private,
        page_size=args.page_size,
        series=store.series_figures(args.id) if args.format in ("md", "pdf") else None,
        templates=templates,
    )
    if written is not None and args.output is None:
        print(written)  # the user did not choose the file: say where it went
    return 0


def _warn_damaged(store, session_id: int | None = None) -> None:
    """Damaged values are exported as their defaults (the rest of the session is worth having),
    with one line on stderr that names them. `check` lists every problem of the workspace."""
    damaged = store.damaged(session_id)
    if damaged:
        names = "; ".join(d.describe() for d in damaged[:5]) + ("; ..." if len(damaged) > 5 else "")
        print(
            f"facilitator: warning: {len(damaged)} damaged value(s) shown as defaults ({names});"
            " run `facilitator check` for details",
            file=sys.stderr,
        )


def _export_target(output: str | None, data, fmt: str, lang: str) -> Path | None:
    """Where an export goes: None for stdout. `-` and a pipe mean stdout for every format; a PDF
    to a terminal goes to a file named after the session; a folder gets that file name inside it.
    """
    from facilitator.export import suggested_filename

    if output == "-":
        return None
    if output is None:
        if fmt != "pdf" or not sys.stdout.isatty():
            return None
        return Path(suggested_filename(data, fmt, lang))
    path = Path(output).expanduser()
    try:
        is_folder = path.is_dir()
    except OSError:  # e.g. a name too long to look up: writing it gives the clear message
        is_folder = False
    if is_folder:
        return path / suggested_filename(data, fmt, lang)
    if output.endswith(("/", os.sep)):
        raise _UsageError(f"{output} is not a folder; create it first or give a file name")
    return path


def cmd_import(args: argparse.Namespace) -> int:
    from facilitator.export.session_file import loads, templates_in
    from facilitator.export.session_input import read_session_text
    from facilitator.session import SessionService

    text = read_session_text(args.file)  # refuses pipes, devices, huge files
    data, templates = loads(text), templates_in(text)  # all validated before anything is written
    changes = SessionService(_store(args)).import_session(data, templates=templates)
    print(changes.session_id)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from facilitator.storage.search import match_expression

    if not match_expression(args.query):
        raise _UsageError("the search needs at least one letter or digit")
    if args.limit < 1:
        raise _UsageError("--limit must be 1 or more")
    hits = _store(args, create=False).search(args.query, include_private=args.include_private, limit=args.limit)
    if args.json:
        rows = [
            {
                "session_id": h.session_id,
                "session_title": h.session_title,
                "stage": h.stage,
                "kind": h.kind.value,
                "entity_id": h.entity_id,
                "text": h.text,
                "marked": h.with_marks("[", "]"),
                "private": h.private,
            }
            for h in hits
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not hits:
        print(f"facilitator: nothing found for {args.query!r}", file=sys.stderr)
    for h in hits:
        kind = f"{h.kind.value} (private)" if h.private else h.kind.value
        text = " ".join(h.with_marks("[", "]").split())  # one line per match
        where = f"stage {h.stage}" if h.stage else "review "  # 0: a follow-up's review step
        print(f"{h.session_id:>5}  {where}  {kind:<22}  {text}")
    return 0


def cmd_room(args: argparse.Namespace) -> int:
    """The phones' server without the window: for rehearsals and automated checks."""
    import threading

    from facilitator.room import RoomError, RoomServer
    from facilitator.session import SessionService

    store = _store(args, create=False)
    store.session(args.id)  # an unknown id is a one-line error, before anything listens
    try:
        room = RoomServer(SessionService(store), args.id, args.host, args.port).start()
    except RoomError as error:
        raise _UsageError(str(error)) from None
    try:  # from here on Ctrl+C stops the room cleanly, even right after the line below
        print(f"join: {room.join_url}", flush=True)
        threading.Event().wait()  # until Ctrl+C
    except KeyboardInterrupt:
        pass
    finally:
        room.stop()
    return 0


def cmd_follow_up(args: argparse.Namespace) -> int:
    from facilitator.domain.followup import FollowUpRefused
    from facilitator.session import SessionService

    service = SessionService(_store(args, create=False))
    try:
        changes = service.follow_up(args.id)
    except FollowUpRefused as error:
        raise _UsageError(str(error)) from None
    print(changes.session_id)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """SQLite's integrity check plus our decoding of every row: exit 0 when clean, 1 when not."""
    from facilitator.paths import default_workspace
    from facilitator.storage.check import check

    path = args.db or default_workspace()
    report = check(path)
    for problem in report.problems:
        print(f"{path}: {problem}")
    if report.problems:
        print(
            f"facilitator: {len(report.problems)} problem(s) in {path}; restore a backup, or export what reads well",
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    sessions = f"{report.sessions} session" + ("" if report.sessions == 1 else "s")
    print(f"{path}: no damage found ({sessions}, {report.rows} rows read)")
    return 0


def _workspace_path(args: argparse.Namespace) -> Path:
    """The workspace file named by --db (or the default one), as an absolute path."""
    from facilitator.paths import default_workspace

    return (args.db or default_workspace()).expanduser().absolute()


def cmd_backups(args: argparse.Namespace) -> int:
    from facilitator.storage import backups
    from facilitator.storage.errors import Problem, WorkspaceError

    path = _workspace_path(args)
    found = backups.listing(path)  # also when the workspace itself is gone: that is when they count
    if not found and not path.exists():
        raise WorkspaceError(Problem.NOT_FOUND, path)
    if not found:
        print(f"facilitator: {path} has no backups yet; one is kept on the first open of each day", file=sys.stderr)
    for b in found:
        sessions = "unreadable" if b.sessions is None else f"{b.sessions} session{'s' * (b.sessions != 1)}"
        print(f"{b.taken:%Y-%m-%d %H:%M}  {sessions:<12}  {b.reason:<30}  {b.path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from facilitator.storage import backups
    from facilitator.workspace_lock import WorkspaceLock

    path = _workspace_path(args)
    if not args.backup.is_file():
        raise _UsageError(f"{args.backup} is not a file; `facilitator backups` lists the backups")
    lock = WorkspaceLock(path)
    try:
        holder = lock.acquire()
        if holder is not None and holder.live:
            raise _UsageError(f"{path} is open in a Facilitator window; close it there first")
        if holder is not None and holder.host and not holder.here and not args.force:
            since = f" at {holder.since.astimezone():%Y-%m-%d %H:%M}" if holder.since else ""
            raise _UsageError(
                f"{path} was opened on {holder.host}{since} and may still be open there; close it there, or add --force"
            )
        if holder is not None:  # a window that ended, an unreadable lock, or --force
            lock.acquire(take_over=True)
    except OSError as error:
        raise _UsageError(f"cannot make the lock file {lock.path} ({error.strerror})") from None
    try:
        kept = backups.restore(args.backup, path)
    finally:
        lock.release()
    print(f"restored {args.backup} to {path}" + (f"; the previous file is kept as {kept}" if kept else ""))
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from facilitator.display import problem

    missing = problem()  # before Qt: it would abort with exit 134 and no useful hint
    if missing:
        raise _UsageError(missing)
    if args.open is not None and not args.demo:
        store = _store(args, create=False)  # an unknown id is one line here, not a dialog later
        store.session(args.open)
        store.close()
    from facilitator.ui.app import run

    return run(db=args.db, lang=args.lang, demo=args.demo, open_id=args.open, present=args.present)


class _UsageError(Exception):
    pass


def _user_errors() -> tuple[type[Exception], ...]:
    """Exception types whose message is meant for the user. Imported lazily: they are heavy."""
    from facilitator.storage.errors import WorkspaceError

    errors: list[type[Exception]] = [_UsageError, WorkspaceError]
    try:
        from facilitator.export.files import ExportError
        from facilitator.export.session_file import InvalidSessionFile

        errors += [ExportError, InvalidSessionFile]
    except ImportError:  # exports not built into this install
        pass
    return tuple(errors)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    command = {
        "demo": cmd_demo,
        "list": cmd_list,
        "export": cmd_export,
        "import": cmd_import,
        "search": cmd_search,
        "room": cmd_room,
        "follow-up": cmd_follow_up,
        "check": cmd_check,
        "backups": cmd_backups,
        "restore": cmd_restore,
    }
    handler = command.get(args.command, cmd_gui)
    from facilitator.log import install

    install()  # warnings of our modules and the room's server go to the log, without user text
    try:
        return handler(args)
    except Exception as error:
        if isinstance(error, _user_errors()):
            print(f"facilitator: {error}", file=sys.stderr)
            return EXIT_USER_ERROR
        told = _os_error_line(error)
        if told:
            print(f"facilitator: {told}", file=sys.stderr)
            return EXIT_USER_ERROR
        from facilitator.log import log_exception

        try:
            where = str(log_exception(error))
        except OSError:  # the log's folder is unusable too: the one line still goes out, no traceback
            where = "nowhere (the log could not be written)"
        print(f"facilitator: internal error ({type(error).__name__}); details in {where}", file=sys.stderr)
        return 70


def _os_error_line(error: Exception) -> str | None:
    """A file problem the user can fix that no command turned into its own message (a folder
    they may not open, a full or read-only disk): one line naming it; None for anything else."""
    import errno

    if not isinstance(error, OSError) or error.errno is None:
        return None
    where = error.filename or "a file"
    denied = f"{where} cannot be used: permission denied; check the permissions of it and its folders"
    return {
        errno.EACCES: denied,
        errno.EPERM: denied,
        errno.ENOSPC: f"the disk holding {where} is full; free some space and try again",
        getattr(errno, "EDQUOT", -1): f"the disk holding {where} is full (your quota); free some space and try again",
        errno.EROFS: f"{where} is on a read-only disk; use a disk you can write to",
    }.get(error.errno)


if __name__ == "__main__":
    sys.exit(main())
