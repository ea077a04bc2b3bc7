"""The core's problems shown in the window's language: the one place the window renders them.

A `Problem` carries its English message (what the command line prints) and the key and
parameters of `icc_desktop.messages`; here it is written in the UI language, its field named as
the window labels it ("Pourcentage d’avancement", not `percent_complete`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from icc_desktop import messages
from icc_desktop.errors import Problem, ValidationError
from icc_desktop.ui.i18n import current_language
from icc_desktop.ui.sync_labels import field_label


def problem_text(problem: Problem) -> str:
    """One problem as "where: what" in the UI language."""
    return messages.problem_text(problem, current_language(), field_label)


def labelled(label: str, message: str) -> str:
    """A message headed by the name of its field or column ("Budget: ..."; French: "Budget : ...")."""
    return messages.labelled(label, message, current_language())


def problem_message(problem: Problem) -> str:
    """What is wrong, without where, in the UI language (for a message beside its field)."""
    return messages.problem_message(problem, current_language(), field_label)


def field_messages(error: ValidationError) -> dict[str, str]:
    """The problems keyed by the field they concern, in the UI language (as `ValidationError.fields`)."""
    return {problem.where: problem_message(problem) for problem in error.problems}


def error_text(error: BaseException) -> str:
    """The message of an error in the UI language: a refusal's problems one per line, any other as it says."""
    if isinstance(error, ValidationError):
        return "\n".join(problem_text(problem) for problem in error.problems)
    return str(error)


def warning_text(warning: Any) -> str:
    """A roadmap check (`services.roadmap.RoadmapWarning`) in the UI language, as the report says it."""
    from icc_desktop.exports.i18n import Translator

    translate = Translator(current_language())
    values = {name: translate.month(value) if isinstance(value, dt.date) else value
              for name, value in warning.params.items()}
    return translate(f"check_{warning.kind.value}", **values) if values else str(warning.message)
