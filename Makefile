# ICC Workshop — `make run` opens the app, `make test` runs the whole suite headless.
# Both set up everything a fresh Debian/Ubuntu machine lacks: system libraries, the venv, the package.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed

# Qt needs these even offscreen; a real window also needs the X11/xcb ones.
QT_LIBS := libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 \
	libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
	libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1
# The tests also read PDFs with poppler, run a real window under Xvfb, start a throw-away
# PostgreSQL for the sync server's tests and make a self-signed certificate with openssl;
# LibreOffice Calc (headless) opens and saves the assessment template in the round-trip test.
# The accessibility check runs the window under Xvfb on a private D-Bus session with the AT-SPI
# bus and reads its tree with Debian's pyatspi (system Python, not the venv).
# The phone room's page is tested in Debian's Chromium through its WebDriver (selenium).
TEST_LIBS := poppler-utils xvfb xauth postgresql openssl libreoffice-calc-nogui \
	dbus at-spi2-core python3-pyatspi gir1.2-atspi-2.0 chromium chromium-driver
# axe-core (the accessibility checker the room's browser tests inject), from its npm package into
# a git-ignored folder; node and npm come from the machine (Debian's nodejs/npm when missing).
AXE := .test-tools/node_modules/axe-core/axe.min.js

.PHONY: run test setup translations system-libs test-libs bench lint typecheck clean dist install-desktop

run: setup system-libs
	$(PY) -m icc_desktop $(ARGS)

# Two workers (pytest-xdist): the suite fits its 5 minutes on a 2-core machine. Whole files go to
# one worker, so a module's fixtures (the bundle build, the demo databases) are made once.
# `make test PYTEST_WORKERS=0` runs in one process.
PYTEST_WORKERS ?= 2
test: setup system-libs test-libs $(AXE)
	@QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n $(PYTEST_WORKERS) --dist loadfile $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "make test: pytest collected no tests; that is a failure here." >&2; exit 1; fi; \
	exit $$rc

setup: $(INSTALLED) translations

# The UI's translations: .ts sources (tools/update_translations.py refreshes them), .qm built here.
QM_FILES := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))
translations: $(QM_FILES)
resources/translations/%.qm: resources/translations/%.ts | $(INSTALLED)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

$(INSTALLED): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Python 3.11 or newer is needed (found: $$($(PYTHON) --version))." >&2; exit 1; }
	@$(PYTHON) -c 'import ensurepip, venv' 2>/dev/null || ./tools/ensure-debian-packages.sh python3-venv
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip "setuptools>=77"
	$(PY) -m pip install --quiet -e '.[server,test]'
	@touch $@

system-libs:
	@./tools/ensure-debian-packages.sh $(QT_LIBS)

test-libs:
	@./tools/ensure-debian-packages.sh $(TEST_LIBS)

$(AXE):
	@command -v npm >/dev/null 2>&1 || ./tools/ensure-debian-packages.sh nodejs npm
	npm install --silent --no-audit --no-fund --no-save --prefix .test-tools axe-core@4

bench: setup system-libs
	QT_QPA_PLATFORM=offscreen $(PY) -m bench $(BENCH_ARGS)

# The desktop release: a one-folder bundle in dist/icc-desktop/ (see build.spec).
BUILD_TOOLS := $(VENV)/.build-tools
$(BUILD_TOOLS): pyproject.toml | $(INSTALLED)
	$(PY) -m pip install --quiet -e '.[server,build]'
	@touch $@

# The bundle is rebuilt only when something it is built from changed (a build takes ~1.5 min).
DIST_EXE := dist/icc-desktop/icc-desktop
DIST_INPUTS := build.spec pyproject.toml $(shell find icc_desktop resources tools/pyinstaller_hooks \
	-type f -not -path '*/__pycache__/*' -not -name '*.pyc' 2>/dev/null)

# One build at a time (test runs in parallel checkouts of the same tree would clobber each other's
# dist/ and build/); the waiting one then finds the bundle current and does nothing.
dist: setup system-libs $(BUILD_TOOLS)
	@mkdir -p build
	@flock build/.dist.lock $(MAKE) --no-print-directory $(DIST_EXE)

# PyInstaller keeps its binary cache (stripped copies of the libraries) in the user's cache folder
# and `--clean` empties it: a build in another checkout emptied it under ours and left
# zero-byte libraries in the bundle. Each checkout gets its own cache folder.
$(DIST_EXE): $(DIST_INPUTS)
	PYINSTALLER_CONFIG_DIR=$(CURDIR)/build/pyinstaller-cache \
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller build.spec
	@touch $@
	@echo "Built dist/icc-desktop/ ($$(du -sh dist/icc-desktop | cut -f1))"

# Linux: put the app in the applications menu of the current user (after `make dist`).
DESKTOP_DIR := $(HOME)/.local/share/applications
ICON_DIR := $(HOME)/.local/share/icons/hicolor
install-desktop:
	@test -x dist/icc-desktop/icc-desktop || { echo "Run 'make dist' first." >&2; exit 1; }
	mkdir -p $(DESKTOP_DIR) $(ICON_DIR)/256x256/apps $(ICON_DIR)/48x48/apps
	cp resources/icons/icc-desktop-256.png $(ICON_DIR)/256x256/apps/icc-desktop.png
	cp resources/icons/icc-desktop-48.png $(ICON_DIR)/48x48/apps/icc-desktop.png
	sed 's|^Exec=.*|Exec="$(CURDIR)/dist/icc-desktop/icc-desktop"|' resources/icc-desktop.desktop \
		> $(DESKTOP_DIR)/icc-desktop.desktop
	@echo "Installed $(DESKTOP_DIR)/icc-desktop.desktop"

lint: setup
	$(PY) -m ruff check icc_desktop tests bench

typecheck: setup
	$(PY) -m mypy

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache .test-tools
