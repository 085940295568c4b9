"""The person's pages in a real headless Chromium (Selenium), against `relancebot web` served
by waitress on 127.0.0.1, on a firm folder after five simulated weeks: log-in and its refusal,
today's calls with their phone numbers, a promise recorded through the call form and then read
by `relancebot history`, a hostile reply shown as harmless text on a phone's width, log-out,
and a CSV with one bad line refused by the import page with nothing written.

Debian's chromium and chromium-driver (scripts/install-test-servers) are given to Selenium by
path, so its driver manager never goes to the network. A screenshot of every page visited is
written into the folder the test prints, and copied to /tmp/relancebot-screenshots.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from .conftest import Firm
from .review_helpers import setup_firm
from .servers.smtp import RecordingHandler, SmtpServer, free_port
from .test_linking import app_of, reminder_id, reply
from .test_watcher_cli import drop
from .web_helpers import PASSWORD, add_user

os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager: never the network

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.common.exceptions import (  # noqa: E402
    NoAlertPresentException,
    StaleElementReferenceException,
    WebDriverException,
)
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.remote.webdriver import WebDriver  # noqa: E402
from selenium.webdriver.remote.webelement import WebElement  # noqa: E402
from selenium.webdriver.support.wait import WebDriverWait  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
NOW = "2026-12-07T10:00"  # a Monday, five weeks after the invoices fell due
SHARED = Path("/tmp/relancebot-screenshots")
HOSTILE = (
    "Nous contestons la facture F-3 : les travaux ne sont pas terminés. "
    "<script>alert(1)</script> Voir https://exemple-douteux.example/payer"
)

pytestmark = pytest.mark.skipif(
    not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
    reason="chromium and chromium-driver not installed (scripts/install-test-servers)",
)


def business_days(start: dt.date, end: dt.date) -> Iterator[dt.date]:
    day = start
    while day <= end:
        if day.weekday() < 5:
            yield day
        day += dt.timedelta(days=1)


def five_weeks(firm: Firm, smtp: SmtpServer) -> None:
    """Four invoices due 2 November, a tick each business morning until 4 December, then
    Studio Lefèvre's hostile dispute dropped into inbox/ and read by Monday's first tick."""
    setup_firm(firm, smtp)
    for day in business_days(dt.date(2026, 11, 3), dt.date(2026, 12, 4)):
        firm.run("tick", now=f"{day}T09:30")
    mid = reminder_id(app_of(firm), "F-3")
    drop(firm.root / "inbox", reply("studio@lefevre.fr", HOSTILE, in_reply_to=mid), "1.reply")
    firm.run("tick", now="2026-12-07T08:00")
    add_user(["--config", str(firm.config)])


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Firm, str]]:
    firm = Firm(tmp_path_factory.mktemp("browser") / "firm")
    firm.root.mkdir()
    smtp = SmtpServer("127.0.0.1", free_port(), RecordingHandler(), None)  # type: ignore[arg-type]
    smtp.start()
    try:
        five_weeks(firm, smtp)
    finally:
        smtp.controller.stop(no_assert=True)
    with serving(firm, NOW) as base:
        yield firm, base


@contextmanager
def serving(firm: Firm, now: str) -> Iterator[str]:
    """`relancebot web` of the firm in a process of its own, on a free loopback port, until
    the block ends (SIGTERM, as a service manager stops it): its base address."""
    port = free_port()
    command = ["relancebot", "--config", str(firm.config), "--now", now, "web"]
    process = subprocess.Popen(
        [sys.executable, "-m", *command, "--port", str(port)], stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert process.poll() is None, "relancebot web stopped"
                assert time.monotonic() < deadline, "relancebot web never listened"
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@dataclass
class Walk:
    driver: WebDriver
    base: str
    shots: Path
    name: str
    count: int = 0

    def open(self, path: str) -> None:
        self.driver.get(self.base + path)

    def shot(self, name: str) -> None:
        self.count += 1
        target = self.shots / f"{self.name}-{self.count:02d}-{name}.png"
        self.driver.save_screenshot(str(target))
        SHARED.mkdir(exist_ok=True)
        shutil.copy(target, SHARED / target.name)

    def text(self) -> str:
        return self.driver.find_element(By.TAG_NAME, "body").text

    def log_in(self, password: str = PASSWORD) -> None:
        self.driver.find_element(By.ID, "username").send_keys("claire")
        self.driver.find_element(By.ID, "password").send_keys(password)
        self.click(self.driver.find_element(By.ID, "se-connecter"))

    def click(self, element: WebElement) -> None:
        """Click what loads another page, and wait for it (a click returns before).

        On a busy machine the new page may replace the old one while the driver still looks
        at the clicked node ("does not belong to the document"): the click happened."""
        try:
            element.click()
        except StaleElementReferenceException:
            pass
        except WebDriverException as exc:
            if "does not belong to the document" not in str(exc):
                raise
        wait = WebDriverWait(self.driver, 10)
        wait.until(lambda _: _gone(element))
        wait.until(lambda d: d.execute_script("return document.readyState") == "complete")


def _gone(element: WebElement) -> bool:
    """The clicked node left the document: stale, or (the same, said by a busy Chromium while
    the new page replaces the old) "does not belong to the document"."""
    try:
        element.is_enabled()
    except StaleElementReferenceException:
        return True
    except WebDriverException as exc:
        if "does not belong to the document" not in str(exc):
            raise
        return True
    return False


def chromium(width: int, height: int) -> WebDriver:
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    options.add_argument(f"--window-size={width},{height}")
    driver: WebDriver = webdriver.Chrome(
        service=Service(executable_path=str(CHROMEDRIVER)), options=options
    )
    driver.set_window_size(width, height)
    return driver


def walk(
    served: tuple[Firm, str], tmp_path: Path, name: str, size: tuple[int, int]
) -> Iterator[Walk]:
    shots = tmp_path / "screenshots"
    shots.mkdir()
    print(f"\nscreenshots ({name}): {shots} (copied to {SHARED})")
    driver = chromium(*size)
    try:
        yield Walk(driver, served[1], shots, name)
    finally:
        driver.quit()


@pytest.fixture
def desktop(served: tuple[Firm, str], tmp_path: Path) -> Iterator[Walk]:
    yield from walk(served, tmp_path, "bureau", (1280, 1000))


@pytest.fixture
def phone(served: tuple[Firm, str], tmp_path: Path) -> Iterator[Walk]:
    yield from walk(served, tmp_path, "telephone", (390, 844))


def test_hostile_reply_is_text_then_log_out(served: tuple[Firm, str], phone: Walk) -> None:
    w = phone
    w.open("/")
    assert w.driver.current_url.startswith(w.base + "/login")
    w.log_in("pas-le-bon")
    assert "Nom d'utilisateur ou mot de passe incorrect." in w.text()
    assert "/login" in w.driver.current_url
    w.shot("connexion-refusee-telephone")
    w.log_in()
    assert "/login" not in w.driver.current_url
    w.shot("aujourdhui-telephone")
    # What Studio Lefèvre wrote, on today's call: as text, no script run, no link made.
    call = w.driver.find_element(By.CSS_SELECTOR, 'li.appel[data-customer="studio-lefevre"]')
    wrote = call.find_element(By.CSS_SELECTOR, ".extrait")
    assert wrote.is_displayed()
    assert "<script>alert(1)</script>" in wrote.text
    assert "https://exemple-douteux.example/payer" in wrote.text
    assert not w.driver.find_elements(By.CSS_SELECTOR, 'a[href*="exemple-douteux"]')
    with pytest.raises(NoAlertPresentException):
        w.driver.switch_to.alert.accept()
    tel = call.find_element(By.CSS_SELECTOR, "a.telephone")
    assert tel.get_attribute("href") == "tel:0140000000"
    width = w.driver.execute_script("return document.documentElement.scrollWidth")
    assert width <= 390, f"today's page is {width} px wide on a 390 px phone"
    w.open("/dossier/studio-lefevre")
    w.shot("dossier-telephone")
    with pytest.raises(NoAlertPresentException):
        w.driver.switch_to.alert.accept()

    w.click(w.driver.find_element(By.CSS_SELECTOR, "#deconnexion button"))
    w.shot("deconnecte")
    w.open("/dossiers")
    assert w.driver.current_url.startswith(w.base + "/login")
    w.shot("dossiers-apres-deconnexion")


def test_log_in_call_promise_then_history(served: tuple[Firm, str], desktop: Walk) -> None:
    firm, _ = served
    w = desktop
    w.open("/login")
    w.log_in()
    assert "/login" not in w.driver.current_url
    w.shot("aujourdhui")

    call = w.driver.find_element(By.CSS_SELECTOR, 'li.appel[data-customer="studio-lefevre"]')
    tel = call.find_element(By.CSS_SELECTOR, "a.telephone")
    assert tel.get_attribute("href") == "tel:0140000000"
    assert tel.text == "01 40 00 00 00"
    w.click(call.find_element(By.CSS_SELECTOR, "a.noter-appel"))
    w.shot("noter-un-appel")

    w.driver.find_element(By.ID, "outcome-promise").click()
    day = w.driver.find_element(By.ID, "date")
    w.driver.execute_script("arguments[0].value = '2026-12-15'", day)
    w.driver.find_element(By.ID, "note").send_keys("Mme Lefèvre paiera le 15, au téléphone")
    w.click(w.driver.find_element(By.ID, "noter"))
    w.shot("apres-appel")

    w.open("/dossier/studio-lefevre")
    timeline = w.text()
    assert "Mme Lefèvre paiera le 15, au téléphone" in timeline
    assert "web:claire" in timeline or "claire" in timeline
    w.shot("dossier")

    history = firm.run("history", "F-3", now=NOW).output
    assert "Mme Lefèvre paiera le 15, au téléphone" in history
    assert re.search(r"15/12/2026|2026-12-15", history), history


BAD_LINE_CSV = """\
number;client;email;amount;issue_date;due_date;pdf
F-9;Garage Martin;compta@garage-martin.fr;900,00;01/10/2026;01/11/2026;factures/F-1.pdf
F-10;Garage Martin;compta@garage-martin.fr;neuf cents;01/10/2026;01/11/2026;factures/F-1.pdf
"""


def test_import_page_refuses_a_bad_line(
    served: tuple[Firm, str], desktop: Walk, tmp_path: Path
) -> None:
    from relancebot.web.pages import PAGES

    if "imports" not in PAGES:
        pytest.skip("no import page (issue #13, page 7): the CSV walk waits for it")
    firm, _ = served
    upload = tmp_path / "factures-une-ligne-fausse.csv"
    upload.write_text(BAD_LINE_CSV, encoding="utf-8")
    w = desktop
    w.open("/login")
    w.log_in()
    w.open("/import")
    w.shot("import")
    w.driver.find_element(By.ID, "fichier").send_keys(str(upload))
    w.click(w.driver.find_element(By.ID, "apercu"))
    w.shot("import-refuse")
    refused = w.driver.find_elements(By.CSS_SELECTOR, "#refusees li")
    assert len(refused) == 1, w.text()
    assert refused[0].text.startswith("ligne 3 :"), refused[0].text  # F-10's
    assert "montant" in refused[0].text, refused[0].text
    assert not w.driver.find_elements(By.ID, "confirmer")
    w.click(w.driver.find_element(By.ID, "annuler"))
    w.shot("import-abandonne")
    with sqlite3.connect(firm.root / "relancebot.db") as db:  # nothing written, not even F-9
        assert db.execute("SELECT count(*) FROM invoices WHERE number = 'F-9'").fetchone() == (0,)
