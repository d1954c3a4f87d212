"""The package's version, written into every plan's `source.parser_version`."""

__version__ = "0.1.0"
