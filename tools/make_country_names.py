"""Write resources/countries.json: every ISO 3166 alpha-2 code the app knows, with its name in EN/FR/DE.

`python tools/make_country_names.py` (needs Babel, which is not a dependency of the app: install it
in a throwaway environment). The names are the Unicode CLDR's, as Babel ships them; their licence
is resources/LICENSE-CLDR.txt. The codes are those already in the file (ISO 3166-1) and `EXTRA`, so a
rerun only refreshes the names.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import babel
from babel import Locale

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "countries.json"
EXTRA = ("XK",)
"""Codes outside ISO 3166-1 that the EU's programmes use: Kosovo (the code the EU and CLDR use)."""


def main() -> None:
    """Refresh the names of the codes in countries.json and copy CLDR's licence beside it."""
    codes = sorted({*json.loads(TARGET.read_text(encoding="utf-8")), *EXTRA})
    locales = [Locale.parse(language) for language in ("en_GB", "fr", "de")]
    names = {}
    for code in codes:
        # CLDR's English writes "Bosnia & Herzegovina": a report writes "and"; en_GB drops "St."'s dot.
        names[code] = [locale.territories[code].replace(" & ", " and ") for locale in locales]
    lines = [f"{json.dumps(code)}: {json.dumps(value, ensure_ascii=False)}" for code, value in names.items()]
    TARGET.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")
    shutil.copy(Path(babel.__file__).parent / "locale-data" / "LICENSE.unicode", ROOT / "resources" / "LICENSE-CLDR.txt")
    print(f"{len(names)} countries from CLDR (Babel {babel.__version__})")


if __name__ == "__main__":
    main()
