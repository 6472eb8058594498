"""The hostile corpus: text an attacker may put in any field of any file or report.

Generated here rather than stored, so a fixture never holds a live payload by
accident; every payload that runs sets ``window.__pwned``, which the browser test
checks.  ``TRACKER`` is an image whose address (port 9, discard) nobody serves: a
request to it means text became markup.
"""

from __future__ import annotations

TRACKER_URL = "http://127.0.0.1:9/x.png"

PAYLOADS: dict[str, str] = {
    "script": "<script>window.__pwned=1</script>",
    "img": '<img src=x onerror="window.__pwned=1">',
    "svg": "<svg/onload=window.__pwned=1>",
    "attribute": '" autofocus onfocus=window.__pwned=1 x="\'',
    "javascript_url": "javascript:window.__pwned=1",
    "data_url": "data:text/html,<script>window.__pwned=1</script>",
    "template": "${window.__pwned=1}",
    "backticks": "`+(window.__pwned=1)+`",
    "jinja": "{{ 7*7 }} {% for x in range(3) %}x{% endfor %}",
    "markdown_image": f"![x]({TRACKER_URL})",
    "markdown_link": "[click](javascript:window.__pwned=1)",
    "quotes": 'O\'Brien "quoted" ‘curly’',
    "direction_override": "\u202eevil\u202c text",
    "zero_width": "zero\u200bwidth\u200djoiner\ufeff",
    "formula": '=HYPERLINK("http://127.0.0.1:9/","x")',
    "long": "long " * 20_000,  # 100 KB
    "nul": "before\x00after",
}

# Payloads an .xlsx cannot hold (XML forbids NUL; Excel cells stop at 32,767 characters).
NOT_IN_EXCEL = ("nul", "long")
