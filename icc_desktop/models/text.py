"""What user text may hold: no control characters, and line breaks only in the fields that are
written as paragraphs (notes, descriptions, evidence, the vision, progress notes).

One rule for every way a row arrives: the window, the command line and the template import tidy
a single-line value (a line break or tab typed into a name becomes a space) and refuse what is
left; the sync server refuses a pushed row that breaks it, so one laptop cannot put a NUL or an
escape sequence into every colleague's database.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

MULTILINE_FIELDS = frozenset({"notes", "description", "evidence", "vision", "text", "note"})
"""Text fields that may hold line breaks (and tabs)."""

SINGLE_LINE_PATTERN = r"^[^\x00-\x1f\x7f]*$"
MULTI_LINE_PATTERN = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]*$"
CONTROL_MESSAGE = "must not contain control characters"

_PATTERNS = {SINGLE_LINE_PATTERN: re.compile(SINGLE_LINE_PATTERN), MULTI_LINE_PATTERN: re.compile(MULTI_LINE_PATTERN)}
_LINE_BREAKS = re.compile(r"[\t\r\n]+")


def is_text_field(name: str, annotation: Any) -> bool:
    """A field a user types (not an id, a reference or a stamp) whose values are strings."""
    if name in ("id", "created_at", "updated_at") or name.endswith("_id"):
        return False
    return annotation is str or str(annotation) in ("str | None", "typing.Optional[str]")


@cache
def text_fields(model: type[Any]) -> frozenset[str]:
    """The fields of a model a user types text into (computed once per model)."""
    return frozenset(name for name, info in model.model_fields.items() if is_text_field(name, info.annotation))


def pattern_for(name: str) -> str:
    """The regular expression every value of this text field matches."""
    return MULTI_LINE_PATTERN if name in MULTILINE_FIELDS else SINGLE_LINE_PATTERN


def has_control_characters(name: str, value: str) -> bool:
    """True when `value` holds a character this field may not hold."""
    return _PATTERNS[pattern_for(name)].match(value) is None


def tidy(name: str, value: str) -> str:
    """A single-line field's line breaks and tabs made one space (a name pasted from a spreadsheet
    cell with Alt+Enter); paragraphs are left as written."""
    if name in MULTILINE_FIELDS:
        return value
    return _LINE_BREAKS.sub(" ", value)
