"""Read an application's accessibility tree over AT-SPI, as a screen reader does; print it as JSON.

Run by Debian's /usr/bin/python3 (python3-pyatspi lives there, not in the venv):
`python3 atspi_reader.py APP_NAME SECONDS [MIN_NODES [NAME ...]]`. Waits up to SECONDS for an
application whose name contains APP_NAME with at least MIN_NODES accessible objects and an object
of each NAME (the window is built in steps, later on a loaded machine), then prints
{"apps": [...], "tree": [{"role", "name", "description", "depth"}, ...]}.
"""

import json
import sys
import time

import pyatspi


def walk(accessible, depth=0, out=None):
    """Every object under `accessible`, depth first."""
    out = [] if out is None else out
    try:
        out.append({"role": accessible.getRoleName(), "name": accessible.name or "",
                    "description": accessible.description or "", "depth": depth})
        for index in range(accessible.childCount):
            child = accessible.getChildAtIndex(index)
            if child is not None:
                walk(child, depth + 1, out)
    except Exception as exc:  # noqa: BLE001 — an object that went away while being read
        out.append({"role": "gone", "name": "", "description": str(exc), "depth": depth})
    return out


def main():
    wanted, seconds = sys.argv[1], float(sys.argv[2])
    at_least = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    required = set(sys.argv[4:])
    deadline = time.time() + seconds
    names, tree = [], []
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        apps = [desktop.getChildAtIndex(i) for i in range(desktop.childCount)]
        names = [a.name for a in apps if a is not None]
        found = [a for a in apps if a is not None and wanted in (a.name or "")]
        if found:
            tree = walk(found[0])
            if len(tree) >= at_least and required <= {node["name"] for node in tree}:
                break
        time.sleep(0.5)
    print(json.dumps({"apps": names, "tree": tree}))


if __name__ == "__main__":
    main()
