"""The Qt desktop shell: the only layer that imports PySide6; a thin shell over `services`."""
