"""The phone room: a local web server for the room's phones, its page and activities.

No Qt here: `icc-desktop room` runs it without a display; the window (`ui/room_panel.py`)
drives the same `Room` and listens to its changes.
"""
