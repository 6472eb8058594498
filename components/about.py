"""The 'About the data' section at the bottom of the page."""

from __future__ import annotations

import streamlit as st

from data.i18n import N_, tr
from geo.oblasts import ATTRIBUTION_BOUNDARIES, ATTRIBUTION_PLACES

ABOUT = (
    N_(
        '**How counts are recorded.** An empty count means *not reported*, never zero; the page shows "not reported" (or "—" in tables). A count the source gives as a minimum ("at least 7", "over 20") is kept as a lower bound and shown as "≥ 7". Totals that include a lower bound, or events without figures, are shown as "≥" as well, with the number of events without figures.'
    ),
    N_(
        "**Places.** Each event has a place precision: the exact point, the settlement, or only the oblast (dashed circles, drawn at a point inside the oblast). Events without a known place are listed in the table but not mapped."
    ),
    N_(
        "**Embedded data.** The default events come from one undated news report: one event per attack it places, plus one it mentions without a place. Nothing the report does not say was added: no dates, no weapons or figures it does not give."
    ),
    N_(
        "**Geography.** {boundaries}. {places}. Map tiles © OpenStreetMap contributors. Boundaries are the de jure Ukrainian units and say nothing about control of territory."
    ),
)


def show_about() -> None:
    with st.expander(tr("About the data"), expanded=False):
        # One message per paragraph: translators see whole thoughts, not fragments.
        for paragraph in ABOUT:
            st.markdown(tr(paragraph, boundaries=tr(ATTRIBUTION_BOUNDARIES), places=tr(ATTRIBUTION_PLACES)))
