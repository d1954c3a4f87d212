"""Stage 6, output: a plan as deterministic JSON, and typed tables written as CSV, Parquet and
XLSX."""
