"""The KPI library: every catalogue notes its source and licence, entries are well formed in three
languages, search finds by name, theme and SDG, and picking one fills a KPI."""

from __future__ import annotations

import re

import pytest

from icc_desktop.errors import NotFoundError
from icc_desktop.models import Action, Kpi
from icc_desktop.services import crud, kpi_library
from tests.factories import make_workshop


def test_every_catalogue_notes_source_and_licence_and_every_entry_is_complete():
    """Catalogues: source and licence; entries: unique code, a known catalogue, SDGs 1-17, a
    direction, French and German texts; the ISO and LORDI entries claim no official numbers."""
    catalogues = {c.code: c for c in kpi_library.catalogues()}
    assert set(catalogues) == {"u4ssc", "citykeys", "lordi", "iso37120", "iso37122", "iso37123"}
    assert all(c.source and c.licence for c in catalogues.values())
    entries = kpi_library._data()["indicators"]
    assert len({e["code"] for e in entries}) == len(entries)
    for entry in entries:
        assert entry["catalogue"] in catalogues
        assert entry["direction"] in ("higher", "lower")
        assert entry["sdgs"] and all(1 <= n <= 17 for n in entry["sdgs"])
        for language in ("fr", "de"):
            assert set(entry["i18n"][language]) == {"name", "theme", "unit"}
        if entry["catalogue"] != "u4ssc":
            assert entry["official_id"] is None
        elif entry["official_id"] is not None:
            assert re.fullmatch(r"(EC|EN|SC): [A-Z]+: [A-Z]+: \d+[CA]", entry["official_id"])
    assert {e["catalogue"] for e in entries} == set(catalogues)


def test_search_by_name_theme_sdg_and_identifier():
    """Words match name, theme and identifier, without case or accents, in any language."""
    found = {i.code for i in kpi_library.search("open data")}
    assert "u4ssc.ec-ict-ps-1a" in found and "iso37122.city-datasets-available-as-open-data" in found
    assert [i.code for i in kpi_library.search("EC: ICT: ICT: 1C")] == ["u4ssc.ec-ict-ict-1c"]
    by_sdg = kpi_library.search(sdg=7)
    assert by_sdg and all(7 in i.sdgs for i in by_sdg)
    assert {i.code for i in kpi_library.search("sdg 7")} == {i.code for i in by_sdg}
    energie = kpi_library.search("energie", language="fr", theme="Énergie")
    assert energie and all(i.theme == "Énergie" for i in energie)
    assert kpi_library.search("broadband", language="de")[0].name == "Festnetz-Breitbandanschlüsse"
    assert kpi_library.search("no such indicator anywhere") == []
    assert kpi_library.search(catalogue="lordi") and all(i.catalogue == "lordi" for i in kpi_library.search(catalogue="lordi"))


def test_picking_an_indicator_brings_its_name_unit_and_direction(db):
    """A KPI made from the library carries the library's name, unit, direction and code."""
    workshop = make_workshop(db)
    action = crud.create(db, Action, workshop_id=workshop.id, title="Clean air zone")
    values = kpi_library.kpi_values("u4ssc.air-pollution-pm2-5", language="fr")
    kpi = crud.create(db, Kpi, workshop_id=workshop.id, action_id=action.id, **values)
    assert (kpi.name, kpi.unit, kpi.direction, kpi.library_code) == (
        "Pollution de l'air (PM2,5)", "µg/m³", "lower", "u4ssc.air-pollution-pm2-5")
    with pytest.raises(NotFoundError):
        kpi_library.get("u4ssc.nothing")
