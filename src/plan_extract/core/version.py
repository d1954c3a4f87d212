"""The package's version, written into every plan's `source.parser_version` (and read by the
build: pyproject.toml takes it from here), and where the project lives."""

__version__ = "0.1.0"

# The public repository: reports link their rules to its README (pyproject.toml's
# [project.urls] names it too; a test holds the two equal).
REPOSITORY_URL = "https://github.com/plan-extract/plan-extract"
