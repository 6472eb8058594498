"""The interface language: a switch at the top of the sidebar, kept in the URL (``?lang=uk``).

A shared link opens in the sender's language.  Without ``lang`` in the link, the
browser's language (``st.context.locale``) decides.  The link holds the language
code, not the switch's label (a widget bound to the URL would write "Українська"),
so the switch is synchronised by hand; English links carry no ``lang`` at all.
"""

from __future__ import annotations

import streamlit as st

from data.i18n import DEFAULT_LANGUAGE, LANGUAGES, language_from_locale, set_language

KEY = "lang_choice"


def _link_follows_choice() -> None:
    code = st.session_state.get(KEY) or DEFAULT_LANGUAGE
    if code == DEFAULT_LANGUAGE:
        st.query_params.pop("lang", None)
    else:
        st.query_params["lang"] = code


def choose_language() -> str:
    """Draw the language switch; set and return the language of this page run."""
    if KEY not in st.session_state:
        requested = st.query_params.get("lang")
        if requested in LANGUAGES:
            st.session_state[KEY] = requested
        else:
            st.session_state[KEY] = language_from_locale(getattr(st.context, "locale", None))
            _link_follows_choice()
    if st.context.is_embedded:
        # The embed view has no sidebar: the link's language (or the browser's) holds.
        return set_language(st.session_state.get(KEY) or DEFAULT_LANGUAGE)
    code = st.sidebar.segmented_control(
        "Мова · Language",
        list(LANGUAGES),
        format_func=LANGUAGES.get,
        key=KEY,
        on_change=_link_follows_choice,
        label_visibility="collapsed",
    )
    return set_language(code or DEFAULT_LANGUAGE)
