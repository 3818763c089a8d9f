"""The command line: parses arguments and hands over to the library. No work happens here."""

from __future__ import annotations

import os
import sys
from typing import Any


def __getattr__(name: str) -> Any:
    # The Typer app is built on first use: a Tab press is answered without it (skinaxis.completion).
    if name == "app":
        from .commands.root import app

        return app
    raise AttributeError(name)


def _run_once_more_if_the_store_is_damaged() -> None:
    if sys.argv[1:2] == ["__complete"] or "_SKINAXIS_COMPLETE" in os.environ:
        from . import completion

        if completion.answer(sys.argv[1:]):
            return
    app = sys.modules[__name__].app  # through __getattr__ (or what a test put in its place)
    try:
        app(prog_name="skinaxis")
    except Exception as exc:
        # The compiled store was damaged on disk (it is checked at open, but a torn page can
        # only show when read): remove it and answer from a fresh build. sqlite3 is looked up,
        # not imported: a run that never opened a store (--version, --help) cannot have this.
        sqlite3 = sys.modules.get("sqlite3")
        if sqlite3 is None or not isinstance(exc, sqlite3.DatabaseError):
            raise
        from .store import files

        for store in files.opened:
            files.discard(store)
        files.opened.clear()
        app(prog_name="skinaxis")


class _Stopped(BaseException):
    """A signal to stop (SIGINT, SIGTERM), raised where the program is so that every `finally`
    runs (a build removes its temporary store). Not a KeyboardInterrupt: Click and Typer turn
    that into a silent exit 130 before run() could say what happened."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _stop(signum: int, _frame: object) -> None:
    raise _Stopped(signum)


def _catch_signals() -> None:
    import signal

    for name in ("SIGINT", "SIGTERM"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _stop)


# An output that cannot be written (a full disk, a closed stdout) is what happened, not a bug.
_WRITE_ERRORS = {"ENOSPC", "EDQUOT", "EFBIG", "EIO", "EBADF"}


def _cannot_write(error: int) -> None:
    """Say why output could not be written (once, on stderr), and exit 74 (EX_IOERR)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)  # what is still buffered goes nowhere, so Python does not complain at exit
    except OSError:
        pass
    reason = os.strerror(error)
    if sys.stderr is not None:
        try:
            sys.stderr.write(f"skinaxis: cannot write output: {reason[:1].lower()}{reason[1:]}\n")
            sys.stderr.flush()
        except OSError:
            pass
    os._exit(74)


def run() -> None:
    """Entry point: the exit codes of SPEC, and no traceback for a closed pipe or an internal fault."""
    _catch_signals()  # first: a signal from here on is reported with its exit line
    import errno

    try:
        try:
            if sys.stdout is None:  # started with stdout closed
                _cannot_write(errno.EBADF)
            # An ASCII-only or odd output encoding must not crash the page: replace what cannot be shown.
            for stream in (sys.stdout, sys.stderr):
                try:
                    stream.reconfigure(errors="replace")  # type: ignore[union-attr]
                except (AttributeError, ValueError):
                    pass
            _run_once_more_if_the_store_is_damaged()
        finally:
            sys.stdout.flush()  # here, not at exit: a full device is reported, not ignored
    except BrokenPipeError:
        # The reader (head, less) went away: stop quietly, and keep Python from complaining at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
    except (KeyboardInterrupt, _Stopped) as stop:
        _stopped(stop)
    except RecursionError:
        _traceback_if_debugging()
        sys.stderr.write("skinaxis: internal error: input nested too deeply\n")
        sys.exit(70)
    except OSError as exc:
        if exc.errno is not None and errno.errorcode.get(exc.errno) in _WRITE_ERRORS:
            _cannot_write(exc.errno)
        _internal_error(exc)
    except Exception as exc:
        _internal_error(exc)


def _stopped(stop: BaseException) -> None:
    import signal

    signum = getattr(stop, "signum", signal.SIGINT)
    signal.signal(signum, signal.SIG_IGN)  # a second signal must not interrupt the message
    sys.stderr.write("skinaxis: interrupted\n" if signum == signal.SIGINT else "skinaxis: terminated\n")
    sys.exit(128 + signum)


def main() -> None:
    """The program's entry (the console script, python -m skinaxis): run(), then leave without the
    interpreter's shutdown, which restores the default signal handlers first: a signal just after
    the page was written would kill the process without its exit line."""
    _catch_signals()
    try:
        try:
            run()
            code: object = 0
        except SystemExit as done:
            code = done.code
        if not isinstance(code, int | None):
            sys.stderr.write(f"{code}\n")
            code = 1
        for stream in (sys.stdout, sys.stderr):
            try:
                if stream is not None:
                    stream.flush()
            except (OSError, ValueError):
                pass
    except _Stopped as stop:
        try:
            _stopped(stop)
        except SystemExit as done:
            code = done.code
    os._exit(code if isinstance(code, int) else 0)


def _internal_error(exc: Exception) -> None:
    _traceback_if_debugging()
    sys.stderr.write(f"skinaxis: internal error: {type(exc).__name__}: {exc}\n")
    sys.stderr.write("Please report this with the command you ran (SKINAXIS_DEBUG=1 shows the traceback).\n")
    sys.exit(70)


def _traceback_if_debugging() -> None:
    """SKINAXIS_DEBUG=1 prints the whole traceback of an internal error, for a bug report."""
    if os.environ.get("SKINAXIS_DEBUG", "").lower() not in ("", "0", "false", "no"):
        import traceback

        traceback.print_exc()
