"""The `plan-extract` command line: one module per command, registered in `main`."""
