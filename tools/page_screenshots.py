"""Screenshots of every page at 1366×768 in English, French and German, light and dark.

    python tools/page_screenshots.py [PAGE ...]

Writes `docs/screenshots/<page>-<theme>.png` (English) and `<page>-<theme>-<fr|de>.png`, each
from a one-city demo database in that language made in a temporary home folder (`icc-desktop demo
--language`, then
`icc-desktop screenshot`). The sync and conflicts pages in English are left to
`tools/sync_screenshots.py`, which sets up a server and conflicts to show.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
THEMES = ("light", "dark")
LANGUAGES = ("en", "fr", "de")
SERVER_PAGES = {"sync", "conflicts"}  # English ones come from tools/sync_screenshots.py


def main(pages: list[str]) -> int:
    """Make the screenshots; return the exit code."""
    sys.path.insert(0, str(ROOT))
    from icc_desktop.ui.pages import page_ids

    pages = pages or page_ids()
    with tempfile.TemporaryDirectory(prefix="icc-shots-") as home:
        os.environ.update(ICC_DESKTOP_HOME=home, QT_QPA_PLATFORM="offscreen")
        databases = {}
        for language in LANGUAGES:  # the demo's needs, actions and KPIs in the language shown
            databases[language] = Path(home) / f"demo-{language}.sqlite"
            subprocess.run([sys.executable, "-m", "icc_desktop", "demo", "--db", str(databases[language]),
                            "--cities", "1", "--language", language],
                           check=True, env=dict(os.environ), stdout=subprocess.DEVNULL)
        from icc_desktop.ui.screenshot import take_screenshot

        for page in pages:  # in one process: a window per shot, no interpreter start each time
            for language in LANGUAGES:
                if language == "en" and page in SERVER_PAGES:
                    continue
                for theme in THEMES:
                    suffix = "" if language == "en" else f"-{language}"
                    out = take_screenshot(databases[language], page, OUT / f"{page}-{theme}{suffix}.png", theme=theme,
                                          language=language)
                    print(out.relative_to(ROOT), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
