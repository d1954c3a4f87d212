"""Scoring the parser against the gold annotations (corpus/gold/<split>/*.yaml)."""
