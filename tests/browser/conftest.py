"""
Headless Debian chromium, driven by Playwright, against a real `manage.py runserver`
started for the session on its own SQLite database loaded with `seed_demo`: the site
as `make run` serves it, independent of the test database.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"runserver exited with {process.returncode}")
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer within {seconds}s")


@pytest.fixture(scope="session")
def site_url(tmp_path_factory):
    folder = tmp_path_factory.mktemp("browser-site")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "lms.settings.dev",
           "DATABASE_URL": f"sqlite:///{folder / 'site.sqlite3'}",
           "MEDIA_ROOT": str(folder / "media")}
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "-v0"], env=env, check=True, cwd=ROOT)
    subprocess.run([*manage, "seed_demo", "--quiet-logins"], env=env, check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{free_port()}"
    server = subprocess.Popen([*manage, "runserver", url.removeprefix("http://"), "--noreload"],
                              env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        wait_until_up(url + "/", server)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM):
        pytest.skip(f"browser tests need {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


def new_page(browser, site_url, **options):
    context = browser.new_context(locale="id-ID", **options)
    page = context.new_page()
    page.base_url = site_url
    return context, page


@pytest.fixture
def page(browser, site_url):
    context, page = new_page(browser, site_url, viewport={"width": 1280, "height": 900})
    yield page
    context.close()


@pytest.fixture
def phone(browser, site_url):
    context, page = new_page(browser, site_url, viewport={"width": 390, "height": 844},
                             is_mobile=True, has_touch=True)
    yield page
    context.close()
