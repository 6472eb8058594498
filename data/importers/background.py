"""Big imports in a process of their own: progress to show, a way to cancel, a server that stays up.

A 100 MB upload took 47 s and 2.3 GB inside the server's own process: every other
viewer's page waited on the same interpreter (one GIL), the memory stayed with the
server afterwards, and a file that needed more than the machine had took the server
down for everyone.  :class:`ImportJob` runs :func:`data.importers.import_files` in a
child Python (``python -m data.importers.background SPEC``) that writes its result to
the import cache on disk (:mod:`data.cache`) and reports progress as JSON lines; the
server then reads the finished tables back from the cache (parquet, a second or two).
When the child ends, its memory goes back to the system; when it is cancelled or dies,
only the child is lost.

:class:`ImportJobs` keeps one job per content key, shared by every session: the same
file uploaded by two viewers is imported once, and a rerun of the page (a filter
changed meanwhile) finds its job still running instead of starting again.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from data.limits import Limits

log = logging.getLogger(__name__)
ROOT = Path(__file__).resolve().parents[2]


class ImportJob:
    """One import running in a child process.

    Parameters
    ----------
    files
        ``(name, content)`` pairs, as for :func:`data.importers.import_files`.
    fmt, limits
        As for :func:`data.importers.import_files`.
    cache_dir
        The import cache the child writes and the server reads back.
    """

    def __init__(
        self, files: list[tuple[str, bytes]], fmt: str | None, limits: Limits, cache_dir: str | Path
    ):
        self.files = [name for name, _ in files]
        self.started = time.monotonic()
        self.message: str = _step_note({"code": "step_starting"})
        self.fraction = 0.0
        self.errors: dict[str, str] = {}
        self.cancelled = False
        self._lock = threading.Lock()
        self._folder = Path(tempfile.mkdtemp(prefix="strike-map-import-"))
        paths = []
        for number, (_, content) in enumerate(files):
            path = self._folder / f"{number}.bin"
            path.write_bytes(content)
            paths.append(str(path))
        spec = {
            "names": self.files,
            "paths": paths,
            "format": fmt,
            "limits": asdict(limits),
            "cache_dir": str(Path(cache_dir).resolve()),  # the child runs in the repository root
        }
        spec_path = self._folder / "spec.json"
        spec_path.write_text(json.dumps(spec), encoding="utf-8")
        self._process = subprocess.Popen(
            [sys.executable, "-m", "data.importers.background", str(spec_path)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        self._stderr: list[str] = []
        self._finished = False
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        threading.Thread(target=self._read_stderr, daemon=True).start()

    def _read(self) -> None:
        for line in self._process.stdout:
            try:
                report = json.loads(line)
            except ValueError:
                continue
            with self._lock:
                if "errors" in report:
                    self.errors = _errors_with_problems(report["errors"], report.get("problems") or {})
                else:
                    if report.get("step"):
                        self.message = _step_note(report["step"])
                    else:
                        self.message = str(report.get("message", self.message))
                    self.fraction = float(report.get("fraction", self.fraction))
        code = self._process.wait()
        with self._lock:
            if code != 0 and not self.cancelled:
                log.error("import child ended with %s: %s", code, "".join(self._stderr)[-4000:])
                from data.importers.reading import ImportFileError, error_text

                reason = error_text(ImportFileError(code="file_import_stopped"))
                self.errors = {name: reason for name in self.files}
            elif code == 0:
                self.fraction = 1.0
            self._finished = True
        shutil.rmtree(self._folder, ignore_errors=True)

    def _read_stderr(self) -> None:
        for line in self._process.stderr:
            self._stderr.append(line)
            del self._stderr[:-200]

    @property
    def done(self) -> bool:
        with self._lock:
            return self._finished

    def status(self) -> tuple[str, float]:
        """The latest progress message and the fraction done (0 to 1)."""
        with self._lock:
            return self.message, min(max(self.fraction, 0.0), 1.0)

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until the child has ended; True when it has."""
        self._reader.join(timeout)
        return self.done

    def cancel(self) -> None:
        """Stop the child (its partial work is dropped; nothing reaches the cache)."""
        with self._lock:
            self.cancelled = True
        if self._process.poll() is None:
            self._process.kill()
        self._reader.join(10)
        shutil.rmtree(self._folder, ignore_errors=True)


class ImportJobs:
    """The running imports, one per content key, shared by all sessions.

    A finished job's errors (files the child could not read) are kept for the last
    ``remember`` keys, so the page can read the rest back from the disk cache later.
    """

    def __init__(self, remember: int = 32) -> None:
        self._jobs: dict[str, ImportJob] = {}
        self._finished: dict[str, dict[str, str]] = {}
        self._remember = remember
        self._lock = threading.Lock()

    def finished(self, key: str) -> dict[str, str] | None:
        """The errors of the finished import for ``key`` (empty: every file read), or None."""
        with self._lock:
            return self._finished.get(key)

    def finish(self, key: str, job: ImportJob) -> dict[str, str]:
        """Record ``job`` as finished under ``key`` and drop it from the running ones; its errors."""
        with self._lock:
            self._jobs.pop(key, None)
            self._finished[key] = dict(job.errors)
            while len(self._finished) > self._remember:
                self._finished.pop(next(iter(self._finished)))
            return self._finished[key]

    def start_or_get(
        self,
        key: str,
        files: list[tuple[str, bytes]] | Callable[[], Iterable[tuple[str, bytes]]],
        fmt: str | None,
        limits: Limits,
        cache_dir: str | Path,
    ) -> ImportJob:
        """The job for ``key``: the one already running (or finished, not yet collected), else a new one.

        ``files`` may be a function giving them, called only when a job is started (a
        rerun that finds its job running does not copy a 100 MB upload again).
        """
        with self._lock:
            job = self._jobs.get(key)
            if job is None or job.cancelled:
                job = ImportJob(list(files() if callable(files) else files), fmt, limits, cache_dir)
                self._jobs[key] = job
            return job

    def get(self, key: str) -> ImportJob | None:
        with self._lock:
            return self._jobs.get(key)

    def cancel(self, key: str) -> None:
        with self._lock:
            job = self._jobs.pop(key, None)
        if job is not None:
            job.cancel()


def _step_note(data: dict[str, Any] | None) -> str:
    """A progress step as a Note (English text, and the code to word it in the reader's language)."""
    from data.events_io import Note

    if not data:
        return ""
    return Note(data["code"], **dict(data.get("params") or {}))


def _errors_with_problems(errors: dict[str, str], problems: dict[str, dict[str, Any]]) -> dict[str, str]:
    """The child's errors, each carrying its problem again (see :func:`data.importers.reading.shown_error`)."""
    from data.events_io import Problem
    from data.importers.reading import ErrorText

    found: dict[str, str] = {}
    for name, reason in errors.items():
        text = ErrorText(reason)
        if name in problems:
            text.problem = Problem.from_dict(problems[name])
        found[name] = text
    return found


def _main(spec_path: str) -> int:
    from data.importers import import_files

    spec: dict[str, Any] = json.loads(Path(spec_path).read_text(encoding="utf-8"))
    files = [(name, Path(path).read_bytes()) for name, path in zip(spec["names"], spec["paths"])]

    def report(message: str, fraction: float) -> None:
        step = message.problem.as_dict() if hasattr(message, "problem") else None
        print(json.dumps({"message": message, "fraction": fraction, "step": step}), flush=True)

    batch = import_files(files, spec["format"], Limits(**spec["limits"]), spec["cache_dir"], progress=report)
    # The English reasons, and the problems (codes and parameters) that word them in the reader's language.
    problems = {
        name: text.problem.as_dict() for name, text in batch.errors.items() if getattr(text, "problem", None)
    }
    print(json.dumps({"errors": batch.errors, "problems": problems}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1]))
