"""Assessment frameworks: Framework -> Dimension -> Question, each question with five levels."""

from __future__ import annotations

import re
from typing import ClassVar

from sqlmodel import Field

from icc_desktop.models.base import SyncedModel

LEVELS = (1, 2, 3, 4, 5)


def version_key(version: str) -> tuple[tuple[int, int, str], ...]:
    """A sort key for framework versions: numeric parts compare as numbers ("1.10" after "1.9")."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part)
                 for part in re.split(r"[.\-]", version.strip()))


class Framework(SyncedModel, table=True):
    """A versioned maturity framework; a workshop pins the one it used."""

    __tablename__ = "framework"
    __sync_name__: ClassVar[str] = "framework"

    code: str = Field(max_length=60, index=True)
    version: str = Field(max_length=20)
    name: str = Field(max_length=200)
    description: str = Field(default="")


class Dimension(SyncedModel, table=True):
    """One dimension of a framework, e.g. 'Digital infrastructure'."""

    __tablename__ = "dimension"
    __sync_name__: ClassVar[str] = "dimension"

    framework_id: str = Field(foreign_key="framework.id", index=True, max_length=36)
    code: str = Field(max_length=60)
    name: str = Field(max_length=200)
    description: str = Field(default="")
    position: int = Field(default=0)


class Question(SyncedModel, table=True):
    """A question of a dimension, with a one-line descriptor for each level 1 (initial) to 5 (leading)."""

    __tablename__ = "question"
    __sync_name__: ClassVar[str] = "question"

    dimension_id: str = Field(foreign_key="dimension.id", index=True, max_length=36)
    code: str = Field(max_length=60)
    text: str
    position: int = Field(default=0)
    level_1: str = Field(default="")
    level_2: str = Field(default="")
    level_3: str = Field(default="")
    level_4: str = Field(default="")
    level_5: str = Field(default="")

    def descriptor(self, level: int) -> str:
        """The descriptor of `level` (1 to 5)."""
        if level not in LEVELS:
            raise ValueError(f"level must be 1 to 5, not {level}")
        return str(getattr(self, f"level_{level}"))
