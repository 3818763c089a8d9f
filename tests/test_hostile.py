"""Hostile fixtures, one per class of attack: the cache directory as a way in, signals, clinic
catalogues that try to take over or silence shipped pages, and faults of the command line.

Each runs the real program in a subprocess where the behaviour is the process's own (exit codes,
signals, stderr), and asserts exactly what happens."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import MINI
from skinaxis.store import files

SRC = str(Path(__file__).parents[1] / "src")
POSIX = pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX owners, modes and FIFOs")


@pytest.fixture
def place(tmp_path: Path) -> dict[str, Path]:
    base = tmp_path / "base"
    shutil.copytree(MINI, base)
    return {"base": base, "cache": tmp_path / "cache", "tmp": tmp_path}


def run(place: dict[str, Path], *args: str, timeout: float = 120, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "PYTHONPATH": SRC,
        "SKINAXIS_DATA": str(place["base"]),
        "SKINAXIS_CACHE_DIR": str(place["cache"]),
        "SKINAXIS_CATALOGUE": "",
        "COLUMNS": "80",
        "NO_COLOR": "1",
    }
    environment.pop("SKINAXIS_NO_CACHE", None)
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-m", "skinaxis", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=timeout,
        cwd=place["tmp"],
    )


def the_store(place: dict[str, Path]) -> Path:
    (path,) = sorted(place["cache"].glob("catalogue-*.sqlite"))
    return path


def reseal(path: Path) -> None:
    """Seal a store as it is now (what only this user's key can do): damage the seal cannot see."""
    seal = files._read_seal(path.parent, path)
    assert seal is not None
    seal.update(store=files._signature(path.stat()), digest=files._file_digest(path), checked=time.time_ns())
    files._write_seal(path.parent, path, seal)


def forge_red_flag(path: Path, text: str) -> None:
    """Rewrite psoriasis's red flags in the body and in the reverse links, as a JSON-aware forger would."""
    db = sqlite3.connect(path)
    (rid,) = db.execute("SELECT rid FROM entry WHERE section='conditions' AND id='psoriasis'").fetchone()
    (body,) = db.execute("SELECT data FROM body WHERE rid=?", (rid,)).fetchone()
    entry = json.loads(body)
    assert entry["red_flags"], "the mini psoriasis has a red flag to forge"
    for flag in entry["red_flags"]:
        flag["text"] = text
    db.execute("UPDATE body SET data=? WHERE rid=?", (json.dumps(entry), rid))
    for row, detail in db.execute("SELECT rid, detail FROM backlink WHERE kind='red-flag'").fetchall():
        flag = json.loads(detail)
        flag["text"] = text
        db.execute("UPDATE backlink SET detail=? WHERE rid=?", (json.dumps(flag), row))
    db.commit()
    db.close()


# 1. The cache directory is no way in.


@POSIX
@pytest.mark.parametrize("mode", [0o777, 0o770, 0o1777])
def test_a_directory_others_can_write_is_ignored_with_one_warning(place, mode):
    assert run(place, "condition", "psoriasis").returncode == 0
    forge_red_flag(the_store(place), "FORGED")
    reseal(the_store(place))  # even a store sealed with the key is not read from such a directory
    place["cache"].chmod(mode)
    done = run(place, "condition", "psoriasis")
    assert done.returncode == 0
    assert "FORGED" not in done.stdout and "Psoriasis" in done.stdout
    (warning,) = done.stderr.splitlines()
    assert warning.startswith("skinaxis: warning: cache not used (") and "writable by group or others" in warning
    assert "built in memory for this run" in warning


@POSIX
@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to hand a directory over")
def test_a_directory_owned_by_another_user_is_ignored(place):
    assert run(place, "condition", "psoriasis").returncode == 0
    forge_red_flag(the_store(place), "FORGED")
    reseal(the_store(place))
    os.chown(place["cache"], 65534, 65534)
    done = run(place, "condition", "psoriasis")
    assert done.returncode == 0 and "FORGED" not in done.stdout
    assert "owned by another user" in done.stderr and len(done.stderr.splitlines()) == 1


def test_an_edited_store_is_rebuilt_and_forged_text_never_shown(place):
    assert run(place, "condition", "psoriasis").returncode == 0
    path = the_store(place)
    forge_red_flag(path, "FORGED: nothing to worry about")
    time.sleep(0.05)
    done = run(place, "condition", "psoriasis")
    assert done.returncode == 0 and done.stderr == ""
    assert "FORGED" not in done.stdout
    assert "FORGED" not in run(place, "condition", "psoriasis", "--format", "json").stdout
    assert files._whole_sqlite_file(path) and files._read_seal(path.parent, path) is not None


def test_an_edit_that_restores_the_stat_is_still_seen(place):
    assert run(place, "condition", "psoriasis").returncode == 0
    path = the_store(place)
    before = path.stat()
    forge_red_flag(path, "FORGED")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # the ctime still moves
    assert "FORGED" not in run(place, "condition", "psoriasis").stdout


@pytest.mark.parametrize(
    "payload",
    [
        b"cos\nsystem\n(S'touch PWNED'\ntR.",  # a pickle that would run a command
        b'{"@":"Popen","args":"touch PWNED"}',  # a class outside the model
        b'{"@":"Condition","id":"x"}',  # a model class with fields missing
        b"[" * 100_000,  # nesting the decoder refuses
        b"\xff\xfe",  # not text
    ],
    ids=["pickle", "foreign-class", "missing-fields", "deep-nesting", "not-text"],
)
def test_a_body_that_is_not_a_model_record_is_discarded_and_rebuilt(place, payload):
    assert run(place, "condition", "psoriasis").returncode == 0
    path = the_store(place)
    db = sqlite3.connect(path)
    db.execute("UPDATE body SET data=? WHERE rid=(SELECT rid FROM entry WHERE id='psoriasis')", (payload,))
    db.commit()
    db.close()
    reseal(path)  # damage inside sound pages that the seal does not see
    done = run(place, "condition", "psoriasis")
    assert done.returncode == 0, done.stderr
    assert "Psoriasis" in done.stdout and done.stderr == ""
    assert not (place["tmp"] / "PWNED").exists()
    db = sqlite3.connect(path)  # the store was discarded and built afresh
    (body,) = db.execute("SELECT data FROM body WHERE rid=(SELECT rid FROM entry WHERE id='psoriasis')").fetchone()
    assert json.loads(body)["@"] == "Condition"


@POSIX
@pytest.mark.parametrize("target", ["store", "seal", "key"])
def test_a_fifo_in_the_cache_never_hangs(place, target):
    assert run(place, "condition", "psoriasis").returncode == 0
    path = {
        "store": the_store(place),
        "seal": the_store(place).with_suffix(".seal"),
        "key": place["cache"] / "seal.key",
    }[target]
    path.unlink()
    os.mkfifo(path, 0o600)
    done = run(place, "condition", "psoriasis", timeout=60)
    assert done.returncode == 0 and "Psoriasis" in done.stdout
    (warning,) = done.stderr.splitlines()
    assert warning.startswith("skinaxis: warning: cache not used (") and "is not a regular file" in warning


@POSIX
@pytest.mark.parametrize("target", ["/dev/zero", "/dev/urandom"])
def test_side_files_linked_to_devices_are_refused_not_read(place, target):
    assert run(place, "condition", "psoriasis").returncode == 0
    seal = the_store(place).with_suffix(".seal")
    seal.unlink()
    seal.symlink_to(target)
    done = run(place, "condition", "psoriasis", timeout=60)
    assert done.returncode == 0 and "Psoriasis" in done.stdout
    assert "is not a regular file" in done.stderr and len(done.stderr.splitlines()) == 1


@pytest.mark.parametrize(
    "content",
    [b"\xe3" + b"\x00" * 12, b"", b"0" * 64 + b"\n{}", b"x" * (5 * 2**20)],
    ids=["crafted-13-bytes", "empty", "wrong-mac", "5-MiB"],
)
def test_a_crafted_seal_means_a_rebuild(place, content):
    assert run(place, "condition", "psoriasis").returncode == 0
    seal = the_store(place).with_suffix(".seal")
    seal.write_bytes(content)
    done = run(place, "condition", "psoriasis")
    assert (done.returncode, done.stderr) == (0, "")
    assert files._read_seal(seal.parent, the_store(place)) is not None  # rebuilt and sealed again


@POSIX
def test_a_build_deletes_only_what_skinaxis_made(place):
    cache = place["cache"]
    cache.mkdir(mode=0o700)
    others = {
        "notes.pickle": b"someone's pickle",
        ".tmp-other": b"someone's temporary",
        "catalogue-000000000000000000000000.sqlite": b"not ours",
        f"{files.TEMPORARY_PREFIX}1-x": b"",  # pid 1 is alive: its owner may still be writing
    }
    for name, data in others.items():
        (cache / name).write_bytes(data)
    sqlite3.connect(cache / "catalogue-111111111111111111111111.sqlite").execute(
        "CREATE TABLE t(x)"
    ).connection.commit()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    leftover = cache / f"{files.TEMPORARY_PREFIX}{dead.pid}-abc.sqlite"
    leftover.write_bytes(b"half a store left by a killed build")
    assert run(place, "condition", "psoriasis").returncode == 0
    for name, data in others.items():
        assert (cache / name).read_bytes() == data
    assert (cache / "catalogue-111111111111111111111111.sqlite").exists()  # SQLite, but not a skinaxis store
    assert not leftover.exists()


def test_nothing_in_the_store_is_pickled_or_marshalled(place):
    assert run(place, "condition", "psoriasis").returncode == 0
    db = sqlite3.connect(the_store(place))
    for table, column in [("body", "data"), ("backlink", "detail"), ("posting", "rows"), ("profile", "data")]:
        for (value,) in db.execute(f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL"):
            json.loads(value)  # text, never bytes for pickle or marshal
    for key, value in db.execute("SELECT key, value FROM meta"):
        assert isinstance(value, str), key
    source = "".join(p.read_text() for p in Path(SRC, "skinaxis").rglob("*.py"))
    assert "pickle.loads" not in source and "marshal.loads" not in source


# 2. Signals: a stopped run says so, exits 128 + the signal, and leaves nothing behind.


def start_a_first_build(place: dict[str, Path]) -> subprocess.Popen[str]:
    """A run building the store, caught while its temporary store exists (it sleeps in the build)."""
    environment = {
        **os.environ,
        "PYTHONPATH": SRC,
        "SKINAXIS_DATA": str(place["base"]),
        "SKINAXIS_CACHE_DIR": str(place["cache"]),
        "SKINAXIS_CATALOGUE": "",
    }
    # The build is slowed where it writes (after the temporary exists) so the signal lands mid-build.
    script = (
        "import time, sys\n"
        "from skinaxis.store import write\n"
        "real = write.write\n"
        "def slow(*args, **kwargs):\n"
        "    real(*args, **kwargs)\n"
        "    print('building', flush=True, file=sys.stderr)\n"
        "    time.sleep(30)\n"
        "write.write = slow\n"
        "sys.argv = ['skinaxis', 'condition', 'psoriasis']\n"
        "from skinaxis.cli import run\n"
        "run()\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", script], env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert process.stderr is not None
    assert process.stderr.readline() == "building\n"
    assert temporaries(place), "the build has a temporary store"
    return process


def temporaries(place: dict[str, Path]) -> list[Path]:
    return sorted(place["cache"].glob(f"{files.TEMPORARY_PREFIX}*"))


@POSIX
@pytest.mark.parametrize(
    ("signum", "code", "message"),
    [(signal.SIGINT, 130, "skinaxis: interrupted\n"), (signal.SIGTERM, 143, "skinaxis: terminated\n")],
    ids=["SIGINT", "SIGTERM"],
)
def test_a_signal_mid_build_exits_128_plus_it_and_removes_the_temporary(place, signum, code, message):
    process = start_a_first_build(place)
    process.send_signal(signum)
    out, err = process.communicate(timeout=60)
    assert (process.returncode, err, out) == (code, message, "")
    assert temporaries(place) == []


@POSIX
def test_sigint_on_a_plain_run_is_reported_not_silent(place):
    # Typer turns a KeyboardInterrupt into a silent Exit(130): the program's own handler says it.
    environment = {**os.environ, "PYTHONPATH": SRC, "SKINAXIS_DATA": str(place["base"])}
    environment["SKINAXIS_CACHE_DIR"] = str(place["cache"])
    script = "import os, signal, sys\nsys.argv = ['skinaxis', 'list']\nfrom skinaxis import cli\n"
    script += "real = cli.app\ndef app(**kw):\n    os.kill(os.getpid(), signal.SIGINT)\n    real(**kw)\n"
    script += "cli.app = app\ncli.run()\n"
    done = subprocess.run([sys.executable, "-c", script], env=environment, capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stderr) == (130, "skinaxis: interrupted\n")


@POSIX
def test_leftovers_of_a_killed_build_are_removed_by_the_next_run(place):
    process = start_a_first_build(place)
    (leftover,) = temporaries(place)
    assert f"-{process.pid}-" in leftover.name
    process.kill()
    process.wait()
    assert leftover.exists()  # SIGKILL cannot be caught
    done = run(place, "condition", "psoriasis")
    assert (done.returncode, done.stderr) == (0, "")
    assert temporaries(place) == []


# 4. validate checks exactly what the commands load; a clinic layer with errors fails closed.


@pytest.fixture
def broken_clinic(tmp_path: Path) -> Path:
    clinic = tmp_path / "clinic"
    clinic.mkdir()
    (clinic / "sites.yaml").write_text("sites:\n  - {id: Bad Id, name: x}\n")
    return clinic


@pytest.mark.parametrize("how", ["option", "environment", "argument"])
def test_validate_and_the_commands_agree_on_the_clinic_layer(cli, broken_clinic, how):
    given = {
        "option": (["--catalogue", str(broken_clinic)], {}),
        "environment": ([], {"SKINAXIS_CATALOGUE": str(broken_clinic)}),
        "argument": ([], {}),
    }[how]
    options, env = given
    checked = cli(*options, "validate", *([str(broken_clinic)] if how == "argument" else []), env=env)
    assert checked.code == 3 and "SKX006" in checked.out and "catalogue invalid: 1 error(s)" in checked.out
    if how == "argument":
        return
    page = cli(*options, "condition", "psoriasis", env=env)
    assert page.code == 3 and page.out == ""
    assert page.err.splitlines() == [
        f"{broken_clinic / 'sites.yaml'}:2:10: SKX006 error: sites[Bad Id].id: 'Bad Id' is not a slug "
        "(lower-case letters, digits, single hyphens)",
        f"skinaxis: the catalogue is invalid; run 'skinaxis validate {broken_clinic}' for the full list",
    ]


def test_validate_without_a_clinic_layer_checks_the_shipped_catalogue_alone(cli):
    done = cli("validate")
    assert done.code == 0 and "catalogue valid" in done.out


# 5. The command line: empty values are usage errors, odd sizes are ignored, write errors say so.


@pytest.mark.parametrize(
    "args",
    [
        ["validate", ""],
        ["validate", "  "],
        ["list", "conditions", "--trigger", ""],
        ["list", "conditions", "--manifestation", ""],
        ["list", "conditions", "--therapy", " "],
        ["list", "therapies", "--condition", ""],
    ],
    ids=["validate", "validate-blank", "trigger", "manifestation", "therapy", "condition"],
)
def test_empty_values_are_usage_errors(cli, args):
    done = cli(*args)
    assert done.code == 2 and "must not be empty" in done.err and done.out == ""


@pytest.mark.parametrize("variable", ["COLUMNS", "LINES"])
@pytest.mark.parametrize("value", ["²", "٣٠", "-5", "0", "80x", ""])
@pytest.mark.parametrize("fmt", ["plain", "rich"])
def test_a_size_that_is_not_a_positive_ascii_integer_is_ignored(cli, variable, value, fmt):
    done = cli("condition", "psoriasis", "--format", fmt, env={variable: value})
    assert done.code == 0 and "Psoriasis" in done.out and done.err == ""


@POSIX
@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("fmt", ["plain", "rich", "json"])
def test_a_full_device_exits_74_with_one_line(place, fmt):
    assert run(place, "condition", "psoriasis").returncode == 0
    environment = {**os.environ, "PYTHONPATH": SRC, "SKINAXIS_DATA": str(place["base"])}
    environment["SKINAXIS_CACHE_DIR"] = str(place["cache"])
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "skinaxis", "condition", "psoriasis", "--format", fmt],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            env=environment,
            timeout=60,
        )
    assert (done.returncode, done.stderr) == (74, "skinaxis: cannot write output: no space left on device\n")


@POSIX
def test_a_closed_stdout_exits_74_with_one_line(place):
    environment = {**os.environ, "PYTHONPATH": SRC, "SKINAXIS_DATA": str(place["base"])}
    environment["SKINAXIS_CACHE_DIR"] = str(place["cache"])
    done = subprocess.run(
        ["sh", "-c", f"exec '{sys.executable}' -m skinaxis condition psoriasis >&-"],
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
        timeout=60,
    )
    assert (done.returncode, done.stderr) == (74, "skinaxis: cannot write output: bad file descriptor\n")
    assert not list(place["cache"].glob("catalogue-*")), "nothing ran with fd 1 free for a store to take"


# 3. Clinic catalogues: sizes before reading, linear rendering, a bounded walk, no silent skips.


def clinic_problems(clinic: Path) -> list[tuple[str, str]]:
    from conftest import load_mini

    _, problems = load_mini(clinic)
    return [(p.code, p.message) for p in problems]


def test_a_4_gib_sparse_file_is_refused_before_a_byte_is_read(tmp_path, monkeypatch):
    from skinaxis import loader

    clinic = tmp_path / "clinic"
    clinic.mkdir()
    with open(clinic / "huge.yaml", "wb") as huge:
        huge.truncate(4 * 2**30)
    reads: list[int] = []
    real = os.read
    monkeypatch.setattr(os, "read", lambda fd, n: reads.append(n) or real(fd, n))
    assert clinic_problems(clinic) == [("SKX021", "file is larger than 64 MiB")]
    with pytest.raises(loader.Unreadable):
        loader.read_catalogue_file(clinic / "huge.yaml")


@POSIX
def test_fifos_and_devices_named_yaml_are_reported_and_never_block(tmp_path):
    clinic = tmp_path / "clinic"
    clinic.mkdir()
    os.mkfifo(clinic / "pipe.yaml")
    (clinic / "zero.yaml").symlink_to("/dev/zero")
    started = time.monotonic()
    problems = clinic_problems(clinic)
    assert time.monotonic() - started < 30
    assert problems == [
        ("SKX020", "not a regular file (a FIFO, device or socket is never read)"),
        ("SKX020", "a symbolic link: catalogue files are read where they are, never through a link"),
    ]


def test_deeply_nested_directories_are_one_problem_not_a_crash(tmp_path):
    clinic = tmp_path / "clinic"
    levels = [clinic]
    for _ in range(1100):  # one mkdir at a time: os.makedirs itself recurses
        levels.append(levels[-1] / "d")
    for level in levels:
        level.mkdir()
    (levels[-1] / "x.yaml").write_text("sites: []\n")
    try:
        assert clinic_problems(clinic) == [("SKX024", "directories nested deeper than 32 levels")]
    finally:
        (levels[-1] / "x.yaml").unlink()
        for level in reversed(levels):
            level.rmdir()


def test_a_command_over_a_fifo_in_the_clinic_layer_fails_closed(place, tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs")
    clinic = tmp_path / "clinic"
    clinic.mkdir()
    os.mkfifo(clinic / "pipe.yaml")
    done = run(place, "--catalogue", str(clinic), "condition", "psoriasis", timeout=60)
    assert done.returncode == 3 and "SKX020" in done.stderr


@pytest.mark.parametrize("fmt", ["plain", "rich", "markdown"])
def test_rendering_a_long_unbroken_word_is_linear(fmt):
    from skinaxis import render
    from skinaxis.page import Page, Para, Section

    def page(size: int) -> Page:
        return Page(title="t", sections=[Section(title="s", blocks=[Para(text="a " + "x" * size + " b")])])

    def seconds(size: int) -> float:
        started = time.perf_counter()
        if fmt == "rich":
            import io

            render.render_rich(page(size), io.StringIO(), 80, color=False)
        elif fmt == "plain":
            render.render_plain(page(size), 80)
        else:
            render.render_markdown(page(size))
        return time.perf_counter() - started

    assert seconds(2 * 2**20) < 1.0  # 2 MiB: quadratic folding took seconds, 50 MB hung
    out = render.render_plain(page(2 * 2**20), 80)
    assert "more characters not shown" in out and max(len(line) for line in out.splitlines()) <= 80


# 3 (cont.). A clinic entry cannot take over a shipped page by its name, nor silence it.

CLINIC_ENTRY = (Path(__file__).parent / "fixtures" / "problems" / "SKX016" / "reused-id.yaml").read_text()


def clinic_with(tmp_path: Path, entry_id: str, name: str, extra: str = "") -> Path:
    clinic = tmp_path / "clinic"
    clinic.mkdir(exist_ok=True)
    text = CLINIC_ENTRY.replace(
        "  - id: psoriasis\n    name: Clinic rash\n", f"  - id: {entry_id}\n    name: {name}\n{extra}"
    )
    (clinic / "c.yaml").write_text(text, encoding="utf-8")
    return clinic


@pytest.mark.parametrize(
    "name",
    [
        "Psoriasis",
        "PSORIASIS",
        '"\uff30\uff53\uff4f\uff52\uff49\uff41\uff53\uff49\uff53"',  # fullwidth
        '"Pso\u0301ri\u0301asis"',  # decomposed accents
        '"\u0420s\u043eriasis"',  # Cyrillic Er and o
        '"Psor\u0456asis"',  # Cyrillic i
        "Psoriasis vulgaris",  # a synonym
        "psoriasis-vulgaris",
    ],
    ids=["same", "upper", "fullwidth", "accents", "cyrillic", "cyrillic-i", "synonym", "hyphen"],
)
def test_a_new_clinic_entry_cannot_take_a_shipped_name(tmp_path, name):
    problems = clinic_problems(clinic_with(tmp_path, "clinic-rash", name))
    assert [code for code, _ in problems] == ["SKX025"], problems
    assert "the shipped entry 'psoriasis'" in problems[0][1]


def test_a_clinic_synonym_that_is_a_shipped_name_is_refused_too(tmp_path):
    clinic = clinic_with(tmp_path, "clinic-rash", "Clinic rash", '    synonyms: ["Pemphigus  Vulgaris"]\n')
    assert [code for code, _ in clinic_problems(clinic)] == ["SKX025"]


def test_an_override_may_keep_its_shipped_name(tmp_path):
    clinic = clinic_with(tmp_path, "psoriasis", "Psoriasis", "    override: true\n")
    problems = clinic_problems(clinic)
    # it drops the shipped emergency red flag and the caveat: warned, not refused
    assert sorted(code for code, _ in problems) == ["SKX026", "SKX026"], problems


def test_a_colliding_clinic_entry_fails_every_command_closed(place, tmp_path):
    clinic = clinic_with(tmp_path, "clinic-rash", '"\uff30\uff53\uff4f\uff52\uff49\uff41\uff53\uff49\uff53"')
    done = run(place, "--catalogue", str(clinic), "condition", "psoriasis")
    assert done.returncode == 3 and done.stdout == "" and "SKX025" in done.stderr
    checked = run(place, "--catalogue", str(clinic), "validate")
    assert checked.returncode == 3 and "SKX025" in checked.stdout


def test_the_general_caveat_is_on_an_override_page_that_drops_every_caveat(cli, tmp_path):
    from skinaxis.page import CAVEAT

    clinic = clinic_with(tmp_path, "psoriasis", "Psoriasis", "    override: true\n")
    for fmt in ("plain", "json"):
        done = cli("--catalogue", str(clinic), "condition", "psoriasis", "--format", fmt)
        assert done.code == 0
        assert " ".join(CAVEAT.split()) in " ".join(done.out.split()).replace('\\"', '"')
    warned = cli("--catalogue", str(clinic), "validate")
    assert warned.code == 0 and warned.out.count("SKX026") == 2


def test_compare_marks_a_clinic_override(cli, tmp_path):
    clinic = clinic_with(tmp_path, "psoriasis", "Psoriasis", "    override: true\n")
    done = cli("--catalogue", str(clinic), "compare", "psoriasis", "bullous-pemphigoid")
    assert done.code == 0 and "[clinic override of a shipped entry]" in done.out
    plain = cli("compare", "psoriasis", "bullous-pemphigoid")
    assert plain.code == 0 and "clinic entry" not in plain.out and "clinic override" not in plain.out
