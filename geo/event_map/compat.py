"""The places where the map leans on folium, branca or streamlit-folium internals.

Checked against folium 0.20.0, branca 0.8.x and streamlit-folium 0.27.4 (pinned in
``requirements.txt``).  When those pins move, these are the lines to re-check:

- :class:`PlainText` and :func:`render_script_as_text`: branca compiles every
  element's rendered script as a new Jinja template (``Element(template=...)``).
  Megabytes of payload were lexed on every render (~0.5 s at 250,000 events) and
  template syntax in the data (``{{ 7*7 }}``) was evaluated.  Our layers render
  their script once, as plain text.
- :func:`descendants`: walks ``_children`` (private) to swap CDN asset URLs.
- streamlit-folium names a layer passed as ``feature_group_to_add`` with index *i*
  ``feature_group_feature_group_<i>`` and expects ``FeatureGroup``'s camelised
  name; :data:`FEATURE_GROUP_NAME` keeps our layers in that shape.
- The event layer's cluster bubbles (``layers/events.py``) read Leaflet.markercluster
  1.4.1's ``_markers``, ``_childClusters`` and ``_childCount`` (our served copy,
  ``static/vendor``) to keep each bubble's event sum; the 20,000-event browser test
  compares every bubble with a walk of its circles.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace

from branca.element import Element, MacroElement
from jinja2 import Template

# ``Element.get_name`` camelises ``_name``: "FeatureGroup" -> "feature_group".
FEATURE_GROUP_NAME = "FeatureGroup"


class PlainText(Element):
    """Text that renders as itself (never compiled as a template)."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text

    def render(self, **kwargs) -> str:
        return self.text


class _WithoutScript:
    """A template's macros except ``script`` (what ``MacroElement.render`` reads)."""

    def __init__(self, template: Template):
        macros = {k: v for k, v in template.module.__dict__.items() if k != "script"}
        self.module = SimpleNamespace(**macros)


def render_script_as_text(element: MacroElement, render_rest, **kwargs) -> None:
    """Render ``element`` with its script macro added to the page as plain text.

    ``render_rest`` is the parent class's ``render`` (bound), called with the
    script macro hidden so it renders the header, html and children as usual.
    """
    element.get_root().script.add_child(
        PlainText(element._template.module.script(element, kwargs)), name=element.get_name()
    )
    template = element._template
    element._template = _WithoutScript(template)
    try:
        render_rest(**kwargs)
    finally:
        element._template = template


def descendants(element: MacroElement) -> Iterator[MacroElement]:
    """Every child element, depth first."""
    for child in element._children.values():
        yield child
        yield from descendants(child)


def component_value_script() -> str:
    """A JS function expression: ``(extra) -> bool``, merge ``extra`` into the map's value and send it.

    Returns false (and sends nothing) outside streamlit-folium's frame.
    """
    return (
        "function (extra) {"
        " if (!window.Streamlit || !window.Streamlit.setComponentValue) { return false; }"
        " var data = (window.__GLOBAL_DATA__ && window.__GLOBAL_DATA__.previous_data) || {};"
        " window.Streamlit.setComponentValue(Object.assign({}, data, extra));"
        " return true; }"
    )
