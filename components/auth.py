"""Who may write to the event store: editing is off unless configured, and needs a sign-in.

Configuration (``.streamlit/secrets.toml``, or the environment, which Community Cloud
fills from root-level secrets)::

    [editing]
    enabled = true                 # or STRIKE_MAP_EDITING=true
    passphrase = "a long phrase"   # or STRIKE_MAP_EDITOR_PASSPHRASE; the simple option
    allowed = ["ana@example.org"]  # optional: who may write after an OpenID Connect sign-in

    [auth]                         # Streamlit's st.login (OpenID Connect), the team option
    redirect_uri = "https://<app>.streamlit.app/oauth2callback"
    cookie_secret = "..."
    client_id = "..."
    client_secret = "..."
    server_metadata_url = "https://<provider>/.well-known/openid-configuration"

A writer is worked out again on every run from what the server itself verified: the
identity cookie that ``st.login`` set, or a writer that the passphrase form issued and
signed in this process.  Nothing in the URL and no value put in session state by anyone
else makes a viewer a writer (``tests/test_store_page.py`` tries).
"""

from __future__ import annotations

import hmac
import os
from dataclasses import dataclass

import streamlit as st

from data.display import plain_markdown
from data.i18n import tr
from data.store import NotAuthorisedError, Writer, authorise_writer, check_writer

SESSION_WRITER = "_store_writer"  # set only by the passphrase form below


@dataclass(frozen=True)
class EditingConfig:
    """What the app's configuration allows."""

    enabled: bool
    passphrase: str | None
    oidc: bool
    allowed: tuple[str, ...]


def _secrets_section(name: str) -> dict:
    try:
        section = st.secrets.get(name)
    except (FileNotFoundError, KeyError, AttributeError):
        return {}
    except Exception:  # noqa: BLE001 - a broken secrets file means: not configured
        return {}
    return dict(section) if section else {}


def _true(value: object) -> bool:
    return str(value).strip().lower() in ("1", "true", "yes", "on")


def editing_config() -> EditingConfig:
    """Read ``[editing]`` and ``[auth]`` from secrets, with environment fallbacks."""
    editing = _secrets_section("editing")
    enabled = _true(editing.get("enabled", os.environ.get("STRIKE_MAP_EDITING", "false")))
    passphrase = editing.get("passphrase") or os.environ.get("STRIKE_MAP_EDITOR_PASSPHRASE") or None
    auth = _secrets_section("auth")
    allowed = tuple(str(a).strip().lower() for a in editing.get("allowed", ()) if str(a).strip())
    return EditingConfig(enabled, passphrase, bool(auth.get("client_id")), allowed)


def passphrase_matches(given: str, configured: str | None) -> bool:
    """Constant-time comparison, so response times say nothing about how close a guess was."""
    if not configured:
        return False
    return hmac.compare_digest(given.encode("utf-8"), configured.encode("utf-8"))


def _oidc_identity() -> str | None:
    try:
        user = st.user
        if not user.is_logged_in:
            return None
        return str(user.get("email") or user.get("preferred_username") or user.get("sub") or "") or None
    except Exception:  # noqa: BLE001 - st.user without [auth] configured
        return None


def current_writer(config: EditingConfig | None = None) -> Writer | None:
    """The signed-in writer of this session, or ``None`` for a viewer."""
    config = config or editing_config()
    if not config.enabled:
        return None
    if config.oidc:
        identity = _oidc_identity()
        if identity and (not config.allowed or identity.lower() in config.allowed):
            return authorise_writer(identity, "oidc")
    if config.passphrase:
        held = st.session_state.get(SESSION_WRITER)
        if held is not None:
            try:
                writer = check_writer(held)
                if writer.method == "passphrase":
                    return writer
            except NotAuthorisedError:
                pass
            del st.session_state[SESSION_WRITER]
    return None


def show_sign_in(writer: Writer | None, config: EditingConfig | None = None) -> None:
    """Sidebar block: who is signed in, or the ways to sign in (when editing is enabled)."""
    config = config or editing_config()
    st.header(tr("Editing"))
    if not config.enabled:
        st.caption(tr("Editing is off: this page only shows the events."))
        return
    if writer is not None:
        st.caption(
            tr("Signed in as **{name}** ({method}).", name=plain_markdown(writer.name), method=writer.method)
        )
        if st.button(tr("Sign out"), key="sign_out"):
            st.session_state.pop(SESSION_WRITER, None)
            if writer.method == "oidc":
                st.logout()
            st.rerun()
        return
    identity = _oidc_identity() if config.oidc else None
    if identity:
        st.warning(tr("{who} is signed in but not allowed to edit.", who=plain_markdown(identity)))
    elif config.oidc:
        st.button(tr("Sign in to edit"), key="sign_in_oidc", on_click=st.login, type="primary")
    if config.passphrase:
        with st.form("passphrase_sign_in", clear_on_submit=True):
            name = st.text_input(tr("Your name (kept in the history)"), key="editor_name")
            given = st.text_input(tr("Editor passphrase"), type="password", key="editor_passphrase")
            if st.form_submit_button(tr("Sign in with the passphrase")):
                if passphrase_matches(given, config.passphrase) and name.strip():
                    st.session_state[SESSION_WRITER] = authorise_writer(name.strip(), "passphrase")
                    st.rerun()
                elif not name.strip():
                    st.error(tr("Give your name: every change records who made it."))
                else:
                    st.error(tr("That passphrase is not right."))
    if not config.oidc and not config.passphrase:
        st.caption(tr("Editing is enabled but no sign-in is configured, so nobody can edit."))
