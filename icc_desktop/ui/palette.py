"""The one colour palette of the window, light and dark: every colour the app draws text or meaning with.

Plain data (no Qt), so the contrast test reads exactly what the widgets use. Public bodies must
buy accessible software (EN 301 549 applies WCAG 2.1 AA to desktop software): text needs 4.5:1
against what it is drawn on, large text and graphics that carry meaning 3:1. `CONTRAST_PAIRS`
lists what is drawn on what; `tests/ui/test_accessibility.py` computes each ratio from these
colours. Tints (a colour washed over a background) are stored as the opaque colour they give, so
the ratio is computed on what the eye sees.
"""

from __future__ import annotations

LIGHT: dict[str, str] = {
    # Qt palette roles (see `QT_ROLES`)
    "window": "#f3f4f6",
    "window_text": "#1f2328",
    "base": "#ffffff",
    "alternate_base": "#f6f8fa",
    "tooltip_base": "#ffffff",
    "tooltip_text": "#1f2328",
    "placeholder": "#57606a",  # hints under page titles, muted chart text (#6e7781 gave 4.1:1 on window)
    "text": "#1f2328",
    "button": "#ffffff",
    "button_text": "#1f2328",
    "bright_text": "#cf222e",
    "highlight": "#0a58ca",
    "highlighted_text": "#ffffff",
    "link": "#0a58ca",
    "light": "#ffffff",
    "midlight": "#e6e8eb",
    "mid": "#c4c9cf",
    "dark": "#8c959f",
    "shadow": "#57606a",
    "disabled_text": "#8c959f",
    # messages
    "error": "#b3261e",
    "banner_background": "#fdecea",
    "banner_text": "#7a1c15",
    "banner_border": "#f2b8b5",
    # charts and level buttons: current (blue) and target (orange, distinct for colour-blind eyes)
    "current": "#1f6fb5",
    "on_current": "#ffffff",
    "current_tint": "#d2e2f0",
    "target": "#b45309",
    "on_target": "#ffffff",
    "chosen_tint": "#cedef4",  # a picked version on the conflicts page
    "selected_row": "#cedef4",  # the selected action on the timeline
    # the 2×2 of impact × feasibility: a tinted area and a label per quadrant
    "quick_win_tint": "#e4f2e7",
    "quick_win_label": "#116329",
    "major_project_tint": "#e3ecf9",
    "major_project_label": "#0a58ca",
    "fill_in_tint": "#f9f3df",
    "fill_in_label": "#7d5a00",
    "thankless_task_tint": "#f5e6e6",
    "thankless_task_label": "#a40e26",
    # the timeline's bars by action status
    "status_planned": "#3a72c4",
    "status_in_progress": "#b45309",
    "status_done": "#2f7d46",
    "status_cancelled": "#6e7781",
    "qr_module": "#000000",  # a QR code is dark on light in both themes: what phone scanners read
    "qr_background": "#ffffff",
}

DARK: dict[str, str] = {
    "window": "#1e2227",
    "window_text": "#e6edf3",
    "base": "#14171b",
    "alternate_base": "#1b1f24",
    "tooltip_base": "#2d333b",
    "tooltip_text": "#e6edf3",
    "placeholder": "#8b949e",
    "text": "#e6edf3",
    "button": "#2a3038",
    "button_text": "#e6edf3",
    "bright_text": "#ff7b72",
    "highlight": "#2563c9",  # white on the former #3d7fe0 was 3.95:1
    "highlighted_text": "#ffffff",
    "link": "#79b8ff",
    "light": "#3a414b",
    "midlight": "#30363d",
    "mid": "#444c56",
    "dark": "#0d1014",
    "shadow": "#000000",
    "disabled_text": "#6e7681",
    "error": "#ffb4ab",
    "banner_background": "#5c1a14",
    "banner_text": "#ffdad6",
    "banner_border": "#8c1d18",
    "current": "#5aa9f0",
    "on_current": "#14171b",  # white on the light blue badge was 2.5:1
    "current_tint": "#23374a",
    "target": "#f5a04a",
    "on_target": "#14171b",
    "chosen_tint": "#1a3258",
    "selected_row": "#1a3258",
    "quick_win_tint": "#1c3727",
    "quick_win_label": "#56d364",
    "major_project_tint": "#213043",
    "major_project_label": "#79b8ff",
    "fill_in_tint": "#3c3823",
    "fill_in_label": "#e3b341",
    "thankless_task_tint": "#3b2629",
    "thankless_task_label": "#ff7b72",
    "status_planned": "#6fa3eb",
    "status_in_progress": "#f0a74a",
    "status_done": "#55bd70",
    "status_cancelled": "#8b949e",
    "qr_module": "#000000",
    "qr_background": "#ffffff",
}

PALETTES = {"light": LIGHT, "dark": DARK}

QT_ROLES = {
    "Window": "window", "WindowText": "window_text", "Base": "base", "AlternateBase": "alternate_base",
    "ToolTipBase": "tooltip_base", "ToolTipText": "tooltip_text", "PlaceholderText": "placeholder",
    "Text": "text", "Button": "button", "ButtonText": "button_text", "BrightText": "bright_text",
    "Highlight": "highlight", "HighlightedText": "highlighted_text", "Link": "link", "Light": "light",
    "Midlight": "midlight", "Mid": "mid", "Dark": "dark", "Shadow": "shadow",
}
"""QPalette.ColorRole name -> palette key."""

QUADRANTS = ("quick_win", "major_project", "fill_in", "thankless_task")
STATUSES = ("planned", "in_progress", "done", "cancelled")

TEXT = 4.5
"""WCAG 2.1 AA minimum contrast for text (1.4.3)."""
GRAPHICS = 3.0
"""WCAG 2.1 AA minimum contrast for large text and graphics that carry meaning (1.4.3, 1.4.11)."""

CONTRAST_PAIRS: tuple[tuple[str, str, float, str], ...] = (
    ("window_text", "window", TEXT, "labels and page text"),
    ("text", "base", TEXT, "fields, tables, charts' text"),
    ("text", "alternate_base", TEXT, "alternate table rows, timeline bands"),
    ("button_text", "button", TEXT, "buttons"),
    ("highlighted_text", "highlight", TEXT, "selected rows and menu entries"),
    ("tooltip_text", "tooltip_base", TEXT, "tooltips"),
    ("placeholder", "window", TEXT, "hints under page titles"),
    ("placeholder", "base", TEXT, "placeholders, muted chart text"),
    ("link", "window", TEXT, "links on pages"),
    ("link", "base", TEXT, "links in fields"),
    ("bright_text", "base", TEXT, "bright text"),
    ("error", "window", TEXT, "refusal and error messages, the session timer at zero"),
    ("error", "base", TEXT, "timeline warning titles"),
    ("error", "selected_row", TEXT, "a selected timeline warning title"),
    ("banner_text", "banner_background", TEXT, "banners"),
    ("on_current", "current", TEXT, "the current-level badge"),
    ("on_target", "target", TEXT, "the level buttons' target tag"),
    ("text", "current_tint", TEXT, "a current level's descriptor"),
    ("text", "chosen_tint", TEXT, "a picked conflict version"),
    ("text", "selected_row", TEXT, "the selected timeline row"),
    *((f"{code}_label", f"{code}_tint", TEXT, f"the 2×2's {code} label") for code in QUADRANTS),
    *(("current", f"{code}_tint", GRAPHICS, f"needs' points in the 2×2's {code} area") for code in QUADRANTS),
    ("qr_module", "qr_background", GRAPHICS, "the room's QR code"),
    ("current", "base", GRAPHICS, "the current-level series and frame"),
    ("target", "base", GRAPHICS, "the target-level series and dashed frame"),
    ("highlight", "base", GRAPHICS, "the focus ring of level buttons"),
    *((f"status_{code}", "base", GRAPHICS, f"timeline bars {code}") for code in STATUSES),
    *((f"status_{code}", "alternate_base", GRAPHICS, f"timeline bars {code} on a band") for code in STATUSES),
    *((f"status_{code}", "selected_row", GRAPHICS, f"timeline bars {code}, selected") for code in STATUSES),
    *((f"status_{code}", "window", GRAPHICS, f"the timeline legend's {code} mark") for code in STATUSES),
)
"""(foreground, background, minimum ratio, where it is drawn) for both palettes."""


def colours(dark: bool) -> dict[str, str]:
    """The palette for a dark or a light background."""
    return DARK if dark else LIGHT


def colour(key: str, dark: bool) -> str:
    """One colour of the light or dark palette, as #rrggbb."""
    return (DARK if dark else LIGHT)[key]
