"""A real browser on the local web page (issue 17): headless Chromium, driven by Selenium,
types a query, narrows it by a facet, opens a paragraph, follows its permalink and reads the
citation; the search page's screenshot is what the README shows (UPDATE_README=1 writes it)."""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import DATA, ROOT, SEED

from seminar_search.library import index_paths
from seminar_search.web import close_readers, create_app

CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")
if not (CHROMIUM and CHROMEDRIVER) and not os.environ.get("CI"):
    pytest.skip(
        "needs Debian's chromium and chromium-driver (.ci/run installs them)", allow_module_level=True
    )

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support import expected_conditions  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402
from werkzeug.serving import make_server  # noqa: E402

SCREENSHOT = ROOT / "docs" / "web.png"


@pytest.fixture(scope="module")
def address(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    location = tmp_path_factory.mktemp("browser") / "index"
    index_paths([SEED, DATA / "corpus" / "hc179-environmental-impact-of-microplastics-2016.txt"], location)
    app = create_app(location)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.port}"
    server.shutdown()
    server.server_close()
    close_readers(app)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[webdriver.Chrome]:
    """Chromium with its profile and temporary files in pytest's folder: left to itself it
    leaves an org.chromium.Chromium.* folder in /tmp after every run."""
    scratch = tmp_path_factory.mktemp("chromium")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1200,900"):
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={scratch / 'profile'}")
    service = Service(str(CHROMEDRIVER), env={**os.environ, "TMPDIR": str(scratch)})
    driver = webdriver.Chrome(service=service, options=options)
    yield driver
    driver.quit()


def test_search_narrow_open_follow_and_cite_in_a_real_browser(address: str, browser, tmp_path: Path) -> None:
    browser.get(address + "/")
    box = browser.find_element(By.ID, "q")
    page = browser.find_element(By.TAG_NAME, "html")
    box.send_keys("third sector", Keys.ENTER)  # a form's submit, which WebDriver does not wait for
    WebDriverWait(browser, 10).until(expected_conditions.staleness_of(page))
    WebDriverWait(browser, 10).until(lambda b: b.find_elements(By.CSS_SELECTOR, ".results .ref"))
    references = [a.text for a in browser.find_elements(By.CSS_SELECTOR, ".results .ref")]
    assert "¶50" in references[:3]
    marked = [m.text.lower() for m in browser.find_elements(By.CSS_SELECTOR, ".results mark")]
    assert "third" in marked and "sector" in marked
    shot = SCREENSHOT if os.environ.get("UPDATE_README") else tmp_path / "web.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 10_000

    browser.find_element(By.LINK_TEXT, "Discussion").click()
    assert "speaker=Discussion" in browser.current_url
    speakers = browser.find_elements(By.CSS_SELECTOR, ".results .where")
    assert speakers and all("Discussion" in s.text for s in speakers)

    browser.find_element(By.CSS_SELECTOR, ".results .ref").click()
    browser.find_element(By.ID, "permalink").click()
    assert browser.current_url.startswith(address + "/d/policy-seminar-one-2010-05-18/")
    citation = browser.find_element(By.ID, "citation-text").text
    assert citation.startswith("LSIS, Changing public services") and "para. " in citation
