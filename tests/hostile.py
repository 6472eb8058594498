"""The hostile corpus: text an attacker may put in any field of any file or report.

Generated here rather than stored, so a fixture never holds a live payload by
accident; every payload that runs sets ``window.__pwned``, which the browser test
checks.  ``TRACKER`` is an image whose address (port 9, discard) nobody serves: a
request to it means text became markup.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

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


def write_zip_bomb(path: Path, expanded: int = 1_200_000_000) -> Path:
    """A ZIP of about 1 MB whose one CSV member expands to ``expanded`` bytes (lines of one digit).

    The issue's case: 1 MB that expands to 1.2 GB once killed the server.
    """
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        with archive.open("events.csv", "w", force_zip64=True) as member:
            member.write(b"event_id,location,killed\n")
            written = 0
            block = (b"0" * 999_999 + b"\n") * 4  # one byte repeated compresses about 1,000:1
            while written < expanded:
                member.write(block)
                written += len(block)
    return path
