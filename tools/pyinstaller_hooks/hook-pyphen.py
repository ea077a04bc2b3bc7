"""pyphen's hyphenation dictionaries: only the report languages' (the package ships 85, 6 MB)."""

from pathlib import Path

from PyInstaller.utils.hooks import collect_data_files

KEPT = {"hyph_en_GB.dic", "hyph_fr.dic", "hyph_de_DE.dic"}
"""The dictionaries `icc_desktop.exports.pdf` asks for (English, French, German)."""

datas = [(source, dest) for source, dest in collect_data_files("pyphen") if Path(source).name in KEPT]
