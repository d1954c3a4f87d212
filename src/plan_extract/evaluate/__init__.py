"""Scoring extraction against gold annotations (corpus/gold/extraction/**.yaml)."""
