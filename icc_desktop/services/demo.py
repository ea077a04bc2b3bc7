"""Realistic demo workshops for real ICC cities, the same for the same seed.

Each city gets one workshop: 20–40 participants across the helix, a complete consensus
assessment plus individual assessments by some participants, needs from the largest gaps and
from a SWOT discussion, dot votes with impact and feasibility, MoSCoW, a vision, objectives
and 20–60 actions with KPIs, budgets and funding sources. The texts come from
`resources/demo.json`, in English, French or German: `resources/demo.fr.json` and
`demo.de.json` hold the same texts translated, element for element, so a demo made in French
reads French in the window and in every export, with the same rows as in English (only the
words differ; names of people and cities are as they are).
"""

from __future__ import annotations

import datetime as dt
import os
import random
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, cast

from pydantic_core import PydanticUndefined
from sqlmodel import Session

from icc_desktop.models import (
    SYNCED_MODELS,
    Action,
    City,
    Dimension,
    Framework,
    Kpi,
    MoSCoW,
    Need,
    Objective,
    Participant,
    Question,
    Response,
    StakeholderGroup,
    SyncedModel,
    Vote,
    Workshop,
)
from icc_desktop.models.base import utcnow
from icc_desktop.models.framework import version_key
from icc_desktop.resources import load_json
from icc_desktop.services import crud
from icc_desktop.services.ranking import summarise
from icc_desktop.services.roadmap import add_months
from icc_desktop.services.validation import reference_codes
from icc_desktop.store.bulk import insert_rows
from icc_desktop.store.db import Database

_GROUP_WEIGHTS = {
    StakeholderGroup.PUBLIC_AUTHORITY: 35,
    StakeholderGroup.BUSINESS: 25,
    StakeholderGroup.ACADEMIA: 18,
    StakeholderGroup.CIVIL_SOCIETY: 17,
    StakeholderGroup.SOCIAL_INNOVATORS: 5,
}
_BUDGET_STEPS = (5_000, 10_000, 25_000, 40_000, 60_000, 80_000, 120_000, 250_000, 400_000, 750_000, 1_500_000)


DEMO_LANGUAGES = ("en", "fr", "de")
"""The languages demo workshops can be written in."""

_TRANSLATED_PAIRS = {"needs": ("title", "description"), "actions": ("title", "description"), "kpis": ("name", "unit")}


def _content(language: str = "en") -> dict[str, Any]:
    """The demo's texts in `language` (the English file with its texts replaced by the translation's)."""
    if language not in DEMO_LANGUAGES:
        raise ValueError(f"the demo is written in {', '.join(DEMO_LANGUAGES)}, not {language!r}")
    content: dict[str, Any] = load_json("demo.json")
    for kpis in content["kpis"].values():
        for kpi in kpis:
            kpi["measure"] = kpi["unit"]  # the English unit says how a figure scales, in every language
    if language == "en":
        return content
    translated: dict[str, Any] = load_json(f"demo.{language}.json")
    for key, value in translated.items():
        if key in _TRANSLATED_PAIRS:
            fields = _TRANSLATED_PAIRS[key]
            content[key] = {code: [{**item, **dict(zip(fields, pair, strict=True))}
                                   for item, pair in zip(content[key][code], value[code], strict=True)]
                            for code in content[key]}
        elif key == "swot_needs":
            content[key] = [{**item, "title": title, "description": description}
                            for item, (title, description) in zip(content[key], value, strict=True)]
        else:
            content[key] = value
    return content


def demo_cities() -> list[dict[str, Any]]:
    """The real cities the demo can use, mentors first."""
    return list(_content()["cities"])


REAL_CITIES = 143
"""How many real ICC cities the demo knows (`len(demo_cities())`, checked by a test); past them,
`generate_demo` makes up cities for scale tests (see `city_spec`)."""

GENERATED_NOTE = "Generated for a scale test: not a real ICC city."
"""The notes of every made-up demo city (with its name, 'Generated city N', it is clearly marked)."""

CITIES_PER_BATCH = 40
"""Cities built and inserted at a time: memory stays flat however many cities are asked for."""


def city_spec(real: list[dict[str, Any]], index: int, content: dict[str, Any] | None = None) -> dict[str, Any]:
    """The demo city number `index`: a real one, or past them a generated one clearly marked.

    A generated city borrows the country, region, size and edition of a real city (so its people
    have names of that country) and is called 'Generated city N' (N from 1 past the real cities).
    """
    if index < len(real):
        return real[index]
    model = real[index % len(real)]
    words = content or {"generated_name": "Generated city {number}", "generated_note": GENERATED_NOTE}
    return {**model, "name": words["generated_name"].format(number=index + 1 - len(real)), "role": "observer",
            "notes": words["generated_note"]}


@dataclass(frozen=True)
class DemoReport:
    """What `generate_demo` added."""

    workshops: int
    rows: int


# Letters NFKD does not take apart into a base letter and an accent.
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ß": "ss",
                               "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "þ": "th", "ð": "d"})


def _ascii(text: str) -> str:
    """Lower-case ASCII for e-mail addresses: 'Łukasz Wójcik' -> 'lukasz.wojcik'."""
    folded = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED)).encode("ascii", "ignore").decode()
    return "".join(ch for ch in folded.lower().replace(" ", ".") if ch.isalnum() or ch in ".-")


def _person_name(rng: random.Random, names: dict[str, list[str]]) -> str:
    """A first name and a surname, the surname in its female form where the language has one."""
    first = rng.choice(names["first"])
    index = rng.randrange(len(names["last"]))
    female = first in names.get("female_first", ()) and "last_female" in names
    return f"{first} {(names['last_female'] if female else names['last'])[index]}"


_UNSCALED = frozenset({"%", "days", "meetings/year"})
"""KPI units that do not grow with a city's size (shares, durations, how often a board meets)."""

_MEASURES = frozenset({"EUR million", "MWh/year", "kWp", "km", "m²", "m²/year", "t CO2e/year", "t/year"})
"""KPI units of quantities measured, not counted: two significant figures; the rest are whole counts."""


def _scaled(value: float, unit: str, population: int | None) -> float:
    """KPI figures in the texts suit a city of ~300,000; absolute ones scale with its size.

    `unit` is the English unit (the translations say the same in other words). Counts stay whole
    numbers, at least 1 when the text's figure is not 0: "6.6 projects" or "3.2 schools" read as
    errors in a strategy document.
    """
    if unit in _UNSCALED or not population:
        return value
    scaled = value * population / 300_000
    if unit not in _MEASURES:
        return float(max(round(scaled), 1 if value else 0))
    return float(round(scaled, 2 - len(str(int(abs(scaled))))))  # two significant figures


_HELIX = (StakeholderGroup.PUBLIC_AUTHORITY, StakeholderGroup.BUSINESS, StakeholderGroup.ACADEMIA,
          StakeholderGroup.CIVIL_SOCIETY)


def _uuid4s() -> Iterator[str]:
    """Random UUID (version 4) strings, as `uuid.uuid4()` makes them, ten times faster.

    One `os.urandom` call per 4,096 ids; the version and variant bits are set as RFC 4122 says.
    """
    while True:
        pool = os.urandom(16 * 4096).hex()
        for start in range(0, len(pool), 32):
            h = pool[start:start + 32]
            yield f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"


_ids = _uuid4s()


class _Draft:
    """A demo row before it is inserted: the table's columns as plain attributes.

    Building ~77,000 SQLModel objects for 136 cities (pydantic defaults and SQLAlchemy's
    instrumentation on every attribute) took most of the demo's time; drafts are plain objects,
    inserted with one plain `executemany` per table and batch (`_insert_drafts`), stamped there.
    """

    def __init__(self, model: type[SyncedModel], **values: Any) -> None:
        static, factories = _defaults(model)
        self.__dict__.update(static)
        self.__dict__["id"] = next(_ids)
        for name, factory in factories:
            if name not in values:
                self.__dict__[name] = factory()
        self.__dict__.update(values)
        self.__dict__["_model"] = model

    def __getattr__(self, name: str) -> Any:  # only reached for a missing column; typed for mypy
        raise AttributeError(name)

    def __setattr__(self, name: str, value: Any) -> None:  # as plain as object's; typed for mypy
        self.__dict__[name] = value



_DEFAULTS: dict[type[SyncedModel], tuple[dict[str, Any], list[tuple[str, Any]]]] = {}


def _defaults(model: type[SyncedModel]) -> tuple[dict[str, Any], list[tuple[str, Any]]]:
    """A table's default values, and the factories of the defaults made per row (id, created_at)."""
    if model not in _DEFAULTS:
        static: dict[str, Any] = {}
        factories: list[tuple[str, Any]] = []
        for name, field in model.model_fields.items():
            if name in ("id", "created_at"):  # made per row by `_Draft`, once per batch by `_insert_drafts`
                continue
            if field.default_factory is not None:
                factories.append((name, field.default_factory))
            elif field.default is not PydanticUndefined:
                static[name] = field.default
        _DEFAULTS[model] = (static, factories)
    return _DEFAULTS[model]


def _insert_drafts(session: Session, drafts: list[_Draft], clock: Any) -> None:
    """Insert the drafts, parents first: one plain `executemany` per table (`store.bulk`).

    The ORM bulk insert of the same rows cost 4.6 times the plain `executemany` floor; here
    every row gets one shared `created_at` and its own stamp (the edit stamp `models/base.py`
    gives ORM writes).
    """
    connection = session.connection()
    dialect = connection.dialect
    by_model: dict[type[SyncedModel], list[_Draft]] = {}
    for draft in drafts:
        by_model.setdefault(draft._model, []).append(draft)
    stamps = iter(clock.now_many(len(drafts)))
    for model in SYNCED_MODELS:  # parents before children
        rows = by_model.get(model)
        if not rows:
            continue
        table = model.__table__  # type: ignore[attr-defined]
        created = table.columns["created_at"].type.dialect_impl(dialect).bind_processor(dialect)(utcnow())
        for draft in rows:
            values = draft.__dict__
            values["created_at"] = created
            values["updated_at"] = next(stamps)
            values["dirty"] = True
        insert_rows(connection, table, (draft.__dict__ for draft in rows), ready=("created_at",))


class _WorkshopBuilder:
    """Builds the rows of one demo workshop (pure: returns drafts, writes nothing)."""

    def __init__(self, rng: random.Random, content: dict[str, Any], framework: Framework,
                 questions: list[tuple[Dimension, Question]], refs: dict[str, list[str]]) -> None:
        self.rng, self.content, self.framework, self.questions, self.refs = rng, content, framework, questions, refs
        self.rows: list[_Draft] = []
        self._dimension_of = {q.id: d.id for d, q in questions}
        self._bases: dict[str, int] = {}  # consensus level per question, individual answers scatter around it
        self._consensus: list[_Draft] = []
        self.population: int | None = None

    def build(self, spec: dict[str, Any], index: int) -> list[_Draft]:
        rng, content = self.rng, self.content
        city = _Draft(
            City, name=spec["name"], country=spec["country"], region=spec.get("region", ""),
            population=spec.get("population"), edition=spec["edition"], role=spec["role"],
            notes=spec.get("notes", ""),
        )
        start_year = 2021 if spec["edition"] == "2020-22" else 2024
        date = dt.date(start_year + rng.randint(0, 1), rng.randint(1, 12), rng.randint(1, 28))
        # the vision speaks of what the workshop's framework assessed (digital or green)
        visions: list[str] = content["visions"].get(self.framework.code) or sum(content["visions"].values(), [])
        vision = rng.choice(visions).format(city=city.name, year=date.year + 5)
        workshop = _Draft(
            Workshop, city_id=city.id, framework_id=self.framework.id,
            title=rng.choice(content["workshop_titles"]),
            date=date, venue=content["venue"].format(city=city.name), facilitator=rng.choice(content["facilitators"]),
            status="done" if index % 7 else "in_progress", vision=vision, horizon_years=3,
            dots_per_participant=5,
        )
        self.rows += [city, workshop]
        self.population = city.population
        tracks = self.refs["track_2020"] if spec["edition"] == "2020-22" else self.refs["track_2023"]
        participants = self._participants(city, workshop)
        self._assessment(workshop, participants)
        needs = self._needs(workshop, tracks, content["dimension_tracks"][spec["edition"]])
        self._votes(workshop, participants, needs)
        self._roadmap(workshop, needs, participants)
        return self.rows

    def _participants(self, city: _Draft, workshop: _Draft) -> list[_Draft]:
        rng, content = self.rng, self.content
        names = content["names"][city.country]
        groups = list(_GROUP_WEIGHTS)
        people: list[_Draft] = []
        used: set[str] = set()
        count = rng.randint(20, 40)
        # Every group of the quadruple helix takes part; the rest of the room follows the weights.
        helix = rng.sample(_HELIX, len(_HELIX))
        for n in range(count):
            name = _person_name(rng, names)
            while name in used:
                name = _person_name(rng, names)
            used.add(name)
            group = helix[n] if n < len(helix) else rng.choices(groups, weights=list(_GROUP_WEIGHTS.values()))[0]
            organisation = rng.choice(content["organisations"][group]).format(city=city.name)
            email = None
            if rng.random() < 0.7:
                domain = _ascii(city.name).replace(".", "") or "city"
                email = f"{_ascii(name)}@{domain}.example"
            people.append(_Draft(
                Participant, workshop_id=workshop.id, name=name, organisation=organisation,
                role=rng.choice(content["roles"][group]), stakeholder_group=group.value,
                email=email, consent=rng.random() < 0.85,
            ))
        self.rows += people
        return people

    def _assessment(self, workshop: _Draft, participants: list[_Draft]) -> None:
        rng = self.rng
        for _, question in self.questions:
            base = rng.choice((1, 2, 2, 3, 3, 4))
            target = min(5, base + rng.choice((1, 1, 2, 2, 3)))
            self._consensus.append(_Draft(
                Response, workshop_id=workshop.id, question_id=question.id, current_level=base,
                target_level=target, evidence="",
            ))
            self._bases[question.id] = base
        self.rows += self._consensus
        for person in rng.sample(participants, rng.randint(6, 12)):
            for _, question in self.questions:
                base = self._bases[question.id]
                current = None if rng.random() < 0.04 else max(1, min(5, base + rng.choice((-1, 0, 0, 1))))
                target = min(5, (current or base) + rng.choice((1, 1, 2)))
                self.rows.append(_Draft(
                    Response, workshop_id=workshop.id, question_id=question.id, participant_id=person.id,
                    current_level=current, target_level=target,
                ))

    def _needs(self, workshop: _Draft, tracks: list[str], tracks_of: dict[str, list[str]]) -> list[_Draft]:
        """Two needs from each of the four largest gaps, plus a few from the SWOT discussion.

        A need from a dimension is tagged with a track that fits it (`tracks_of`: dimension code ->
        the edition's fitting tracks); a SWOT need with any track of the edition.
        """
        rng, content = self.rng, self.content
        dims = {d.id: d for d, _ in self.questions}
        gaps: dict[str, list[int]] = {}
        for response in self._consensus:
            dimension = self._dimension_of[response.question_id]
            gaps.setdefault(dimension, []).append((response.target_level or 0) - (response.current_level or 0))
        ranked = sorted(gaps, key=lambda d: -sum(gaps[d]) / len(gaps[d]))
        needs: list[_Draft] = []
        for dimension_id in ranked[:4]:
            code = dims[dimension_id].code
            for item in rng.sample(content["needs"][code], 2):
                needs.append(_Draft(Need, workshop_id=workshop.id, title=item["title"],
                                    description=item["description"], dimension_id=dimension_id))
        for item in rng.sample(content["swot_needs"], rng.randint(3, 5)):
            needs.append(_Draft(Need, workshop_id=workshop.id, title=item["title"],
                                description=item["description"], swot=item["swot"]))
        for position, need in enumerate(needs):
            need.position = position
            need.created_at = None  # stamped per batch at insert; needs are numbered by their unique position
            fitting = tracks_of.get(dims[need.dimension_id].code) if need.dimension_id else None
            need.track = rng.choice(fitting or tracks)
            need.transversal_service = rng.choice(self.refs["transversal_service"]) if rng.random() < 0.6 else None
        self.rows += needs
        return needs

    def _votes(self, workshop: _Draft, participants: list[_Draft], needs: list[_Draft]) -> None:
        rng = self.rng
        appeal = [rng.random() ** 2 + 0.05 for _ in needs]
        impact = {n.id: rng.randint(2, 5) for n in needs}
        feasibility = {n.id: rng.randint(1, 5) for n in needs}
        votes: list[_Draft] = []
        for person in participants:
            dots = dict.fromkeys(rng.choices(range(len(needs)), weights=appeal, k=rng.randint(3, 5)), 0)
            for chosen in rng.choices(list(dots), k=workshop.dots_per_participant):
                dots[chosen] += 1
            for need_index, count in dots.items():
                need = needs[need_index]
                votes.append(_Draft(
                    Vote, workshop_id=workshop.id, need_id=need.id, participant_id=person.id, dots=count,
                    impact=max(1, min(5, impact[need.id] + rng.choice((-1, 0, 0, 1)))),
                    feasibility=max(1, min(5, feasibility[need.id] + rng.choice((-1, 0, 0, 1)))),
                ))
        votes = [v for v in votes if v.dots > 0]
        self.rows += votes
        by_id = {n.id: n for n in needs}
        for rank, item in enumerate(summarise(cast(list[Need], needs), cast(list[Vote], votes))):
            by_id[item.need_id].moscow = (MoSCoW.MUST if rank < 3 else MoSCoW.SHOULD if rank < 6 else
                                          MoSCoW.COULD if rank < 9 else MoSCoW.WONT).value

    def _roadmap(self, workshop: _Draft, needs: list[_Draft], participants: list[_Draft]) -> None:
        rng, content = self.rng, self.content
        dims = {d.id: d for d, _ in self.questions}
        first_month = workshop.date.replace(day=1)
        horizon_end = add_months(first_month, workshop.horizon_years * 12 - 1)
        codes = [dims[n.dimension_id].code for n in needs if n.dimension_id] or [d.code for d in dims.values()]
        codes = list(dict.fromkeys(codes))[: rng.randint(3, 5)]
        leads = sorted({p.organisation for p in participants})
        target_actions = rng.randint(20, 60)
        priority = [n for n in needs if n.moscow in (MoSCoW.MUST, MoSCoW.SHOULD)]
        position = 0
        objectives: list[_Draft] = []
        for o_pos, code in enumerate(codes):
            objectives.append(_Draft(Objective, workshop_id=workshop.id, title=rng.choice(content["objectives"][code]),
                                     description="", position=o_pos))
        self.rows += objectives
        # Share the actions out so that they add up to `target_actions` exactly.
        shares = [target_actions // len(objectives) + (i < target_actions % len(objectives))
                  for i in range(len(objectives))]
        for objective, code, share in zip(objectives, codes, shares, strict=True):
            templates = content["actions"][code]
            for n in range(share):
                template = templates[n % len(templates)]
                title = template["title"] if n < len(templates) else content["phase"].format(
                    title=template["title"], number=n // len(templates) + 1)
                low, high = template["months"]
                start = add_months(first_month, rng.randint(1, 18))
                end = min(add_months(start, rng.randint(low, high) - 1), horizon_end)
                need = priority[position % len(priority)] if priority and position < 2 * len(priority) else None
                action = _Draft(
                    Action, workshop_id=workshop.id, objective_id=objective.id, need_id=need.id if need else None,
                    title=title, description=template["description"], track=need.track if need else None,
                    lead_organisation=rng.choice(leads), partners=", ".join(rng.sample(leads, 2)),
                    start_month=start, end_month=end,
                    budget_eur=rng.choice(_BUDGET_STEPS) if not template["quick_win"] else rng.choice(_BUDGET_STEPS[:5]),
                    funding_source=rng.choice(self.refs["funding_source"]),
                    status=rng.choice(("planned", "planned", "in_progress", "done")),
                    quick_win=bool(template["quick_win"]), position=position,
                )
                # as the window records it: a done action is 100 % done, a started one part of the way
                action.percent_complete = {"done": 100, "planned": 0}.get(action.status, 10 + (position * 37) % 80 // 10 * 10)
                position += 1
                self.rows.append(action)
                for kpi in rng.sample(content["kpis"][code], rng.randint(1, 3)):
                    self.rows.append(_Draft(
                        Kpi, workshop_id=workshop.id, action_id=action.id, name=kpi["name"], unit=kpi["unit"],
                        baseline=_scaled(kpi["baseline"], kpi["measure"], self.population),
                        target=_scaled(kpi["target"], kpi["measure"], self.population), target_date=end,
                    ))


def _framework_questions(session: Session, framework: Framework) -> list[tuple[Dimension, Question]]:
    from icc_desktop.services.scoring import framework_questions

    return framework_questions(session, framework.id)


def _reference_lists(session: Session) -> dict[str, list[str]]:
    """The live reference codes the demo picks from, in a fixed order (same seed, same data)."""
    return {
        "track_2020": sorted(reference_codes(session, "track_2020")),
        "track_2023": sorted(reference_codes(session, "sector_2023", "theme_2023")),
        "transversal_service": sorted(reference_codes(session, "transversal_service")),
        "funding_source": sorted(reference_codes(session, "funding_source")),
    }


def generate_demo(db: Database, cities: int = 1, seed: int = 2020, first: int = 0, language: str = "en") -> DemoReport:
    """Add demo workshops for `cities` demo cities from number `first` (0: the first), in one transaction.

    Each city's workshop depends only on the seed, the city and its place in the list, so the
    cities 0–135 and then 136–142 give the same rows as all 143 at once. Past the real cities,
    generated ones follow (`city_spec`), as many as asked for. Needs, objectives, actions, KPIs,
    visions, organisations and roles are written in `language` (en, fr, de); the rows are the
    same in every language.
    """
    if cities < 1 or first < 0:
        raise ValueError(f"cities must be at least 1 and first at least 0, not {cities} and {first}")
    content = _content(language)
    real = content["cities"]
    specs = [city_spec(real, index, content) for index in range(first, first + cities)]
    count = 0
    with db.session() as session:
        frameworks: dict[str, Framework] = {}
        for framework in sorted(crud.live(session, Framework), key=lambda f: version_key(f.version)):
            frameworks[framework.code] = framework  # the newest version of each
        plan = {code: (fw, _framework_questions(session, fw)) for code, fw in frameworks.items()}
        refs = _reference_lists(session)
        rows: list[_Draft] = []
        for index, spec in enumerate(specs, start=first):
            code = "local-green-deal" if spec["edition"] == "2023-25" and index % 3 == 0 else "digital-maturity"
            framework, questions = plan[code]
            builder = _WorkshopBuilder(random.Random(f"{seed}:{spec['name']}"), content, framework, questions, refs)
            rows += builder.build(spec, index)
            if (index - first + 1) % CITIES_PER_BATCH == 0:
                _insert_drafts(session, rows, db.clock)
                count += len(rows)
                rows = []
        _insert_drafts(session, rows, db.clock)
        count += len(rows)
    return DemoReport(workshops=len(specs), rows=count)


__all__ = ["CITIES_PER_BATCH", "DEMO_LANGUAGES", "GENERATED_NOTE", "REAL_CITIES", "DemoReport", "city_spec",
           "demo_cities", "generate_demo"]
