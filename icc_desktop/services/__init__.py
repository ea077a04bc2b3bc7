"""Workshop logic: every operation the window or the CLI can do, without Qt."""
