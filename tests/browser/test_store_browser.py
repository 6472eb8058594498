"""The event store in a real browser: an added event survives a server restart, sign-in
through a local OpenID Connect provider lets an editor edit, and a viewer cannot write."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

from data import schema as S
from data.store import EventStore
from tests.browser.conftest import IN_CI, OUTSIDE, SCREENSHOTS
from tests.browser.helpers import open_app, wait_idle

pytestmark = pytest.mark.browser
PASSPHRASE = "a passphrase only the test knows"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _headline(page) -> str:
    return page.locator('[data-testid="stCaptionContainer"]', has_text=" from ").first.inner_text()


def _fill(page, label: str, value: str, scope: str = "store_add") -> None:
    field = page.locator(f".st-key-{scope}").get_by_label(label, exact=True)
    field.fill(value)
    field.press("Enter")
    wait_idle(page)


def _shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / name), full_page=True)


def _move_point_by_clicking_the_map(page) -> None:
    add = page.locator(".st-key-store_add")
    latitude = add.get_by_label("Latitude", exact=True)
    # Find reruns the page twice (the second run fills the fields): wait for the final one.
    page.wait_for_function(
        "() => document.querySelectorAll('.st-key-store_add input[aria-label=\"Latitude\"]').length === 1",
        timeout=60_000,
    )
    wait_idle(page)
    placed = float(latitude.input_value())
    add.get_by_text("Move the point on a map").click()
    wait_idle(page)
    frame_element = add.locator('iframe[title="streamlit_folium.st_folium"]')
    frame_element.scroll_into_view_if_needed()
    frame = frame_element.element_handle().content_frame()
    frame.wait_for_selector(".leaflet-container", timeout=60_000)
    page.wait_for_timeout(500)
    box = frame_element.bounding_box()
    # Up from the centre: north, so the latitude grows.
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2 - 80)
    page.wait_for_function(
        "([sel, placed]) => { const e = document.querySelector(sel); return e && parseFloat(e.value) > placed; }",
        arg=['.st-key-store_add input[aria-label="Latitude"]', placed],
        timeout=60_000,
    )
    wait_idle(page)


def test_an_added_event_is_still_there_after_a_restart_and_viewers_cannot_write(
    start_server, chromium, tmp_path
):
    env = {
        "STRIKE_MAP_DATABASE_URL": f"sqlite:///{tmp_path / 'events.db'}",
        "STRIKE_MAP_EDITING": "true",
        "STRIKE_MAP_EDITOR_PASSPHRASE": PASSPHRASE,
    }
    server = start_server(env=env)
    context = chromium.new_context(viewport={"width": 1280, "height": 1000})
    context.route(OUTSIDE, lambda route: route.abort())
    page = context.new_page()
    try:
        open_app(page, server.url)
        assert _headline(page).startswith("6 events")
        sidebar = page.locator('[data-testid="stSidebar"]')
        sidebar.get_by_label("Your name (kept in the history)").fill("Ana")
        sidebar.get_by_label("Editor passphrase").fill(PASSPHRASE)
        sidebar.get_by_role("button", name="Sign in with the passphrase").click()
        wait_idle(page)
        page.get_by_text("Signed in as").wait_for()

        _fill(page, "Find a place", "Poltava")
        page.get_by_role("button", name="Find", exact=True).click()
        wait_idle(page)
        page.get_by_text("Placed at Poltava").wait_for()
        _move_point_by_clicking_the_map(page)
        _fill(page, "Event id", "browser-added-1")
        _fill(page, "Killed", "2")
        page.get_by_role("button", name="Add the event").click()
        wait_idle(page)
        page.get_by_text("Added event browser-added-1").wait_for()
        assert _headline(page).startswith("7 events")
        _shot(page, "store_added_event.png")
    except Exception:
        print(server.output())
        raise
    finally:
        context.close()

    server.stop()
    restarted = start_server(env=env)
    viewer = chromium.new_context(viewport={"width": 1280, "height": 1000})
    viewer.route(OUTSIDE, lambda route: route.abort())
    page = viewer.new_page()
    try:
        open_app(page, restarted.url)
        assert _headline(page).startswith("7 events")
        page.get_by_text("Poltava").first.wait_for()
        # A new session is a viewer: it is told to sign in and has no way to write.
        page.get_by_text("Sign in (in the sidebar) to add, edit or delete events.").wait_for()
        assert page.get_by_role("button", name="Add the event").count() == 0
        assert page.get_by_role("button", name="Save changes").count() == 0
        # Query parameters do not make a writer either.
        open_app(page, restarted.url + "/?editor=1&signed_in=true&writer=Ana")
        page.get_by_role("button", name="Sign in with the passphrase").wait_for()
        wait_idle(page)
        assert page.get_by_role("button", name="Add the event").count() == 0
        _shot(page, "store_after_restart_viewer.png")
    except Exception:
        print(restarted.output())
        raise
    finally:
        viewer.close()
    store = EventStore.open(env["STRIKE_MAP_DATABASE_URL"])
    added = store.get_event("browser-added-1")
    assert added.record[S.LOCATION] == "Poltava" and added.record[S.KILLED] == 2
    # Moved north of the gazetteer's point by the map click.
    assert added.record[S.GEO_PRECISION] == "point" and added.record[S.LATITUDE] > 49.59
    assert added.updated_by == "Ana (passphrase)"
    store.dispose()


class OidcProvider:
    """``oidc-provider-mock`` on a free localhost port, with one predefined user."""

    def __init__(self, claims: dict):
        self.port = _free_port()
        self.url = f"http://localhost:{self.port}"
        self.log = tempfile.NamedTemporaryFile("w+", suffix=".log", delete=False)
        command = [
            sys.executable,
            "-m",
            "oidc_provider_mock",
            "--port",
            str(self.port),
            "--user-claims",
            json.dumps(claims),
        ]
        self.process = subprocess.Popen(command, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.url}/.well-known/openid-configuration", timeout=2):
                    return
            except OSError:
                if self.process.poll() is not None:
                    break
                time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"oidc-provider-mock did not start:\n{Path(self.log.name).read_text()}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


@pytest.fixture
def oidc_provider():
    try:
        import oidc_provider_mock  # noqa: F401
    except ImportError:
        if IN_CI:
            pytest.fail("oidc-provider-mock is not installed (requirements-dev.txt)")
        pytest.skip("oidc-provider-mock is not installed")
    provider = OidcProvider({"sub": "ana", "email": "ana@example.org", "name": "Ana"})
    yield provider
    provider.stop()


def test_sign_in_through_openid_connect_then_edit(start_server, chromium, tmp_path, oidc_provider):
    secrets = tmp_path / "secrets.toml"
    secrets.write_text(
        '[editing]\nenabled = true\nallowed = ["ana@example.org"]\n\n'
        "[auth]\n"
        'redirect_uri = "http://localhost:{port}/oauth2callback"\n'
        f'cookie_secret = "{os.urandom(16).hex()}"\n'
        'client_id = "strike-map-test"\n'
        'client_secret = "not-a-real-secret"\n'
        f'server_metadata_url = "{oidc_provider.url}/.well-known/openid-configuration"\n',
        encoding="utf-8",
    )
    url = f"sqlite:///{tmp_path / 'events.db'}"
    server = start_server(
        env={"STRIKE_MAP_DATABASE_URL": url}, streamlit_args=["--secrets.files", str(secrets)]
    )
    context = chromium.new_context(viewport={"width": 1280, "height": 1000})
    context.route(OUTSIDE, lambda route: route.abort())
    page = context.new_page()
    try:
        open_app(page, server.url)
        assert page.get_by_role("button", name="Add the event").count() == 0
        page.get_by_role("button", name="Sign in to edit").click()
        # The provider's own page: choose the predefined user.
        page.wait_for_url(f"{oidc_provider.url}/**", timeout=30_000)
        page.get_by_role("button", name="ana", exact=True).click()
        page.wait_for_url(f"{server.url}/**", timeout=30_000)
        open_app(page, server.url)
        page.get_by_text("Signed in as").wait_for(timeout=30_000)
        assert "ana@example.org" in page.locator('[data-testid="stSidebar"]').inner_text()

        page.get_by_role("tab", name="Edit or delete").click()
        wait_idle(page)
        _fill(page, "Injured", "25", scope="store_edit")
        _fill(page, "Why (kept in the history)", "hospital gave a higher figure", scope="store_edit")
        page.get_by_role("button", name="Save changes").click()
        wait_idle(page)
        page.get_by_text("as version 2").wait_for()
        _shot(page, "store_oidc_edit.png")
    except Exception:
        print(server.output())
        raise
    finally:
        context.close()
    store = EventStore.open(url)
    first = store.load_events()[S.EVENT_ID].iloc[0]
    change = store.history(first)[-1]
    assert change.changed_by == "ana@example.org (oidc)" and change.reason == "hospital gave a higher figure"
    assert change.after[S.INJURED] == 25
    store.dispose()
