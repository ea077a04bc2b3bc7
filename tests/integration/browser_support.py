"""Debian's Chromium, headless through chromium-driver and selenium, sized as a phone; axe-core.

Every browser gets a fresh profile folder, no background networking, updates, sync or first-run
screens: it only ever talks to the room server on 127.0.0.1.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / ".test-tools" / "node_modules" / "axe-core" / "axe.min.js"
PHONE = (390, 844)
"""CSS pixels of a common phone screen (iPhone 12–14)."""


def _binary(*names: str) -> str | None:
    for name in names:
        found = shutil.which(name) or (f"/usr/bin/{name}" if Path(f"/usr/bin/{name}").exists() else None)
        if found:
            return found
    return None


def chromium_paths() -> tuple[str, str]:
    """Chromium and its driver (make test installs them); skip with the reason when absent."""
    browser, driver = _binary("chromium", "chromium-browser"), _binary("chromedriver", "chromium-driver")
    if browser is None or driver is None:
        pytest.skip("chromium and chromium-driver are not installed (make test installs them)")
    return browser, driver


def phone_browser(profile: Path, language: str = "en", size: tuple[int, int] = PHONE,
                  pixel_ratio: float = 1.0) -> Any:
    """A headless Chromium emulating a phone of `size` whose preferred language is `language`."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    browser, driver = chromium_paths()
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for argument in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--no-first-run",
                     "--disable-dev-shm-usage", f"--user-data-dir={profile}", f"--lang={language}"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": language})
    options.add_experimental_option("mobileEmulation", {
        "deviceMetrics": {"width": size[0], "height": size[1], "pixelRatio": pixel_ratio, "touch": True},
        "userAgent": "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) "
                     "Chrome/120.0 Mobile Safari/537.36",
    })
    profile.mkdir(parents=True, exist_ok=True)
    session = webdriver.Chrome(options=options, service=Service(executable_path=driver))
    session.set_script_timeout(20)
    return session


def axe_violations(driver: Any, serious_only: bool = True) -> list[dict[str, Any]]:
    """Run axe-core (WCAG 2.0/2.1 A and AA rules) on the page; the serious and critical findings."""
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: run `make test` (it installs axe-core from npm)")
    if not driver.execute_script("return typeof window.axe !== 'undefined'"):
        driver.execute_script(AXE.read_text(encoding="utf-8"))
    violations: list[dict[str, Any]] = driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
        ".then(function (r) { done(r.violations); }, function (e) { done([{id: 'axe-error', impact: 'critical', "
        "description: String(e), nodes: []}]); });")
    if serious_only:
        violations = [v for v in violations if v.get("impact") in ("serious", "critical")]
    return [{"id": v["id"], "impact": v.get("impact"), "help": v.get("description"),
             "nodes": [n.get("html") for n in v.get("nodes", [])][:3]} for v in violations]


class PagePhone:
    """A person using the room's page in a browser: taps and types as they would."""

    def __init__(self, driver: Any, url: str) -> None:
        self.driver = driver
        self.url = url

    def find(self, css: str, timeout: float = 6.0) -> Any:
        """Wait for an element to be shown, and return it."""
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support import expected_conditions
        from selenium.webdriver.support.ui import WebDriverWait

        return WebDriverWait(self.driver, timeout, poll_frequency=0.05).until(
            expected_conditions.visibility_of_element_located((By.CSS_SELECTOR, css)))

    def text(self, css: str = "main") -> str:
        """The visible text of an element."""
        return str(self.find(css).text)

    def tap(self, css: str) -> None:
        """Tap an element (a button), scrolled to the middle of the screen first as a person would
        (at the very bottom the status bar can lie over it)."""
        element = self.find(css)
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
        element.click()

    def pick(self, name: str, value: str) -> None:
        """Tap the choice of a radio group (its visible box: the input itself is hidden)."""
        from selenium.webdriver.common.by import By

        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})",
                                   self.driver.find_element(By.CSS_SELECTOR, f'input[name="{name}"][value="{value}"]'))
        self.find(f'input[name="{name}"][value="{value}"] + span').click()

    def open(self, code: str = "") -> None:
        """Open the join address (from the QR code: with the room code)."""
        self.driver.get(f"{self.url}/?code={code}" if code else f"{self.url}/")
        self.find("#join-form")

    def join(self, code: str, name: str | None = None, guest: str | None = None) -> None:
        """Type the code, pick a name (or join as a guest) and join."""
        from selenium.webdriver.common.by import By

        field = self.find("#code")
        field.clear()
        field.send_keys(code)
        self.tap("#code-next")
        self.find("#who-form")
        if name is not None:
            labels = self.driver.find_elements(By.CSS_SELECTOR, "#who-form label.choice")
            match = [label for label in labels if label.text == name]
            assert match, f"{name} is not offered"
            match[0].click()
        else:
            self.pick("who", "guest")
            self.find("#guest-name").send_keys(guest or "")
        self.tap("#join")

    def wait_for_activity(self, form_id: str, timeout: float = 6.0) -> None:
        """Wait until the facilitator's activity shows (the page asks every 2 s)."""
        self.find(f"#{form_id}", timeout)

    def status(self, contains: str, timeout: float = 6.0) -> str:
        """Wait for the status line to say `contains`; return it."""
        from selenium.webdriver.support.ui import WebDriverWait

        WebDriverWait(self.driver, timeout, poll_frequency=0.05).until(
            lambda d: contains in d.find_element("id", "status").text)
        return str(self.driver.find_element("id", "status").text)
