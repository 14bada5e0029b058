"""`facilitator export` as a user types it: where the file goes, what is printed, which language."""

from __future__ import annotations

import stat
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.__main__ import main
from facilitator.storage.store import Store
from tests.export.sample import make_session

# PDFs need a QApplication; made here, the PDF code would make a QGuiApplication that later
# widget tests cannot use.
pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "ws.facilitator"
    store = Store(path)
    store.import_session(make_session("en"))
    store.import_session(make_session("de"))
    store.close()
    return path


def run(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "facilitator", *args], capture_output=True, cwd=cwd, timeout=120, env=env
    )


def test_dash_writes_every_format_to_stdout_and_creates_no_file(db, tmp_path):
    for fmt, start in (("pdf", b"%PDF-"), ("md", b"# Q3 reset"), ("ics", b"BEGIN:VCALENDAR")):
        result = run("export", "1", "--format", fmt, "-o", "-", "--db", str(db), "--lang", "en", cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith(start)
    assert not (tmp_path / "-").exists()


def test_pdf_into_a_pipe_goes_to_the_pipe(db, tmp_path):
    result = run("export", "1", "--format", "pdf", "--db", str(db), cwd=tmp_path)
    assert result.stdout.startswith(b"%PDF-")
    assert not list(tmp_path.glob("*.pdf"))


def test_pdf_to_a_terminal_writes_a_named_file_and_says_which(db, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert main(["export", "1", "--format", "pdf", "--db", str(db), "--lang", "en"]) == 0
    written = Path(capsys.readouterr().out.strip())
    assert written.parent == tmp_path and written.name == "2026-10-06 Q3 reset Sales and Product - minutes.pdf"
    assert written.read_bytes().startswith(b"%PDF-")


def test_a_missing_folder_ending_in_a_slash_is_refused(db, tmp_path, capsys):
    assert main(["export", "1", "--format", "md", "-o", str(tmp_path / "newdir") + "/", "--db", str(db)]) == 1
    assert "is not a folder" in capsys.readouterr().err
    assert not (tmp_path / "newdir").exists()


def test_an_existing_folder_gets_the_suggested_file_name(db, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    assert main(["export", "1", "--format", "md", "-o", str(folder) + "/", "--db", str(db), "--lang", "en"]) == 0
    assert [p.name for p in folder.iterdir()] == ["2026-10-06 Q3 reset Sales and Product - minutes.md"]


def test_a_file_name_over_255_bytes_is_one_clear_line(db, tmp_path):
    result = run(
        "export", "1", "--format", "md", "-o", str(tmp_path / ("x" * 300 + ".md")), "--db", str(db), cwd=tmp_path
    )
    assert result.returncode == 1
    assert b"Traceback" not in result.stderr and result.stderr.count(b"\n") == 1
    assert b"the file name is too long" in result.stderr


def test_overwriting_keeps_the_mode_and_a_symlink(db, tmp_path):
    real = tmp_path / "real.md"
    real.write_text("old")
    real.chmod(0o644)
    link = tmp_path / "link.md"
    link.symlink_to(real)
    assert main(["export", "1", "--format", "md", "-o", str(link), "--db", str(db)]) == 0
    assert link.is_symlink() and real.read_text().startswith("# Q3")
    assert stat.S_IMODE(real.stat().st_mode) == 0o644


def test_minutes_default_to_the_sessions_language_and_lang_overrides(db, tmp_path, monkeypatch, capsys):
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")  # the app speaks English
    assert main(["export", "2", "--format", "md", "--db", str(db)]) == 0
    assert capsys.readouterr().out.startswith("# Q3-Neustart: Vertrieb und Produkt\n\nProtokoll ·")
    assert main(["export", "2", "--format", "md", "--db", str(db), "--lang", "en"]) == 0
    assert "\n\nMinutes ·" in capsys.readouterr().out
