"""ICC Workshop: run an Intelligent Cities Challenge needs-assessment workshop offline."""

__version__ = "0.1.0"
APP_NAME = "ICC Workshop"
APP_ID = "icc-desktop"
