"""The line under the title and the headline figures."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from data.display import escape_text, plain_markdown, source_label_text
from data.i18n import format_number, tr
from data.summary import describe_selection, headline_cards


@st.cache_data(max_entries=64, ttl=3600, show_spinner=False)
def _headline(view: str, source_label: str, total: int | None, _events: pd.DataFrame) -> tuple[str, list]:
    # Keyed by the view token (the table's content, the filter and the language): every
    # session showing the same view shares one computation (0.1 s at 250,000 events).
    line = ""
    if not _events.empty:
        line = describe_selection(_events, source_label_text(source_label))
        if total is not None and total != len(_events):
            line = tr("Filtered: {line} (of {total} loaded)", line=line, total=format_number(total))
    return line, headline_cards(_events)


def _value_html(value: str) -> str:
    """A figure on one line ("≥ 194,714" used to break after its "≥"), smaller when long; words wrap."""
    if not any(ch.isdigit() for ch in value):
        return f'<div class="sm-value sm-words">{escape_text(value)}</div>'
    return f'<div class="sm-value" style="--chars: {max(len(value), 6)}">{escape_text(value)}</div>'


def show_headline(events: pd.DataFrame, source_label: str, view: str, total: int | None = None) -> None:
    """A sentence saying what is shown, then the figures as cards (they wrap, never truncate).

    ``view`` is the identity of ``events`` (:func:`data.filters.view_token`), the cache key.
    """
    line, cards_data = _headline(view, source_label, total, events)
    if line:
        st.caption(plain_markdown(line))  # the line names the loaded files
    cards = "".join(
        f'<div class="sm-figure" data-figure="{escape_text(card["key"])}">'
        f'<div class="sm-label">{escape_text(card["label"])}</div>'
        + _value_html(card["value"])
        + f'<div class="sm-sub">{escape_text(card["note"])}</div></div>'
        for card in cards_data
    )
    st.html(
        f"""<div class="sm-figures">{cards}</div>
<style>
.sm-figures {{display: grid; grid-template-columns: repeat(auto-fit, minmax(118px, 1fr)); gap: 10px; margin: 4px 0 8px}}
.sm-figure {{border: 1px solid #e6e6e6; border-radius: 6px; padding: 8px 12px; background: #fff; container-type: inline-size}}
.sm-label {{font-size: 0.82rem; color: #555}}
.sm-value {{font-size: min(1.6rem, calc(100cqi / (var(--chars, 6) * 0.62))); font-weight: 600; line-height: 1.2;
  font-variant-numeric: tabular-nums; white-space: nowrap}}
.sm-words {{font-size: 1.05rem; line-height: 1.3; padding: 0.2rem 0; overflow-wrap: anywhere; white-space: normal}}
.sm-sub {{font-size: 0.75rem; color: #777; min-height: 1em}}
</style>"""
    )
