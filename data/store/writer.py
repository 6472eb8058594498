"""Who may write: every write method of the store takes a :class:`Writer`.

A writer is issued only by :func:`authorise_writer`, which the sign-in code
(``components/auth.py``) calls after checking an OpenID Connect login or a passphrase,
and the command line calls for whoever runs it on the server.  The writer carries an
HMAC under a key that lives only in this process, so a writer made up anywhere else (a
dict in session state, a hand-built ``Writer``, one from an earlier server run) is
refused by :func:`check_writer`.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field

# New on every start: a writer issued before a restart is no longer valid.
_KEY = secrets.token_bytes(32)

METHODS = ("oidc", "passphrase", "cli", "system")


class NotAuthorisedError(PermissionError):
    """A write without a valid writer: anonymous viewers cannot change the store."""


def _said(code: str) -> str:
    # The English, carrying its code for the reader's language (data.events_io.Note).
    from data.events_io import Note

    return Note(code)


@dataclass(frozen=True)
class Writer:
    """A signed-in person (or the command line) allowed to write.

    Attributes
    ----------
    name
        Who, as shown in the history ("ana@example.org", "editor").
    method
        How they were let in: one of :data:`METHODS`.
    """

    name: str
    method: str
    signature: str = field(default="", repr=False)

    @property
    def label(self) -> str:
        """How the history names this writer."""
        return f"{self.name} ({self.method})"


def _sign(name: str, method: str) -> str:
    return hmac.new(_KEY, f"{method}\x00{name}".encode(), hashlib.sha256).hexdigest()


def authorise_writer(name: str, method: str) -> Writer:
    """Issue a writer; call only after the person has been checked.

    Parameters
    ----------
    name
        Who is writing.
    method
        ``"oidc"``, ``"passphrase"``, ``"cli"`` or ``"system"``.
    """
    if method not in METHODS:
        raise ValueError(f"unknown sign-in method {method!r}")
    if not name.strip():
        raise ValueError("a writer needs a name")
    return Writer(name.strip(), method, _sign(name.strip(), method))


def check_writer(writer: object) -> Writer:
    """Return ``writer`` if it was issued by :func:`authorise_writer`; raise otherwise."""
    if not isinstance(writer, Writer) or not writer.signature:
        raise NotAuthorisedError(_said("store_sign_in"))
    if not hmac.compare_digest(writer.signature, _sign(writer.name, writer.method)):
        raise NotAuthorisedError(_said("store_sign_in_again"))
    return writer


SYSTEM = authorise_writer("strike-map", "system")
