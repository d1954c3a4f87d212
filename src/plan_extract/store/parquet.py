"""`ingest --output DIR.parquet`: partitioned Parquet instead of a store, for runs that want no
database (DuckDB, Spark and pandas read it directly: `read_parquet('DIR/plans/*.parquet')`).

One part per batch of plans and per table, named alike in every table (`part-<hash of the
batch's plan ids>.parquet`): DIR/plans/, DIR/sections/, ... and DIR/failures/. The plans part
is written last, so a plan counts as held (and is skipped by the next run) only once all its
rows are written; opening the output deletes the parts of a batch a killed run left without
its plans part, so a rerun doubles nothing. The directory may be any URL pyarrow's file
systems take (a local path, `s3://bucket/run.parquet`).
"""

from __future__ import annotations

import hashlib
from typing import Any

from plan_extract.core.version import __version__
from plan_extract.store.db import Committed, now
from plan_extract.store.schema import ITEM_TABLES, TABLE_COLUMNS
from plan_extract.store.staging import StagedPlan, unpack

BATCH = 200  # plans per part: large enough for Parquet, small enough to lose little
_FAILURE_COLUMNS = ("path", "sha256", "reason", "parser_version", "failed_at")


class ParquetOutput:
    """An ingest's sink (the writing side of `Store`) that writes Parquet parts."""

    def __init__(self, url: str, batch: int = BATCH) -> None:
        import pyarrow.fs as pafs

        self.filesystem, self.root = pafs.FileSystem.from_uri(_absolute(url))
        self.location = url
        self.batch = batch
        self._plans: list[StagedPlan] = []
        self._failures: list[tuple[Any, ...]] = []
        for table in (*TABLE_COLUMNS, "failures"):
            self.filesystem.create_dir(f"{self.root}/{table}", recursive=True)
        self._drop_unfinished_batches()

    def __enter__(self) -> ParquetOutput:
        return self

    def __exit__(self, *exc: object) -> None:
        self.flush()

    def parser_versions(self) -> dict[str, str]:
        """plan_id → parser version of every plan written (by this run or an earlier one)."""
        import pyarrow.dataset as ds

        if not self._parts("plans"):
            return {}
        plans = ds.dataset(f"{self.root}/plans", filesystem=self.filesystem, format="parquet")
        table = plans.to_table(columns=["plan_id", "parser_version"])
        return dict(zip(*(column.to_pylist() for column in table.columns), strict=True))

    def record_failure(self, path: str, sha256: str | None, reason: str) -> None:
        self._failures.append((path, sha256, reason, __version__, now()))

    def stage(self, plan: StagedPlan) -> list[Committed]:
        self._plans.append(plan)
        return self.flush() if len(self._plans) >= self.batch else []

    def flush(self) -> list[Committed]:
        """Write what is held back as one part per table; returns the plans it wrote."""
        plans, self._plans = self._plans, []
        failures, self._failures = self._failures, []
        if not plans and not failures:
            return []
        import pyarrow as pa

        ids = [plan.plan_id for plan in plans]
        keys = ids + [str(failure[0]) for failure in failures]
        part = f"part-{hashlib.sha256(' '.join(keys).encode()).hexdigest()[:20]}.parquet"
        if failures:
            columns = list(zip(*failures, strict=True))
            table = pa.table(dict(zip(_FAILURE_COLUMNS, columns, strict=True)))
            self._write(table, "failures", part)
        if plans:
            tables = unpack(ids, [plan.record for plan in plans])
            for name in (*ITEM_TABLES, "plans"):  # plans last: it marks the batch finished
                self._write(tables[name], name, part)
        return [Committed(plan_id, stored=True) for plan_id in ids]

    def set_threads(self, threads: int) -> None:
        pass

    def _write(self, table: Any, name: str, part: str) -> None:
        """Write to a temporary name, then move into place (a part is whole or absent)."""
        import pyarrow.parquet as pq

        final = f"{self.root}/{name}/{part}"
        pq.write_table(table, f"{final}.tmp", filesystem=self.filesystem, compression="zstd")
        self.filesystem.move(f"{final}.tmp", final)

    def _drop_unfinished_batches(self) -> None:
        import pyarrow.fs as pafs

        finished = {info.base_name for info in self._parts("plans")}
        for table in ITEM_TABLES:
            for info in self._parts(table):
                if info.base_name not in finished or info.base_name.endswith(".tmp"):
                    self.filesystem.delete_file(info.path)
        for info in self._parts("plans") + self._parts("failures"):
            if info.type == pafs.FileType.File and info.base_name.endswith(".tmp"):
                self.filesystem.delete_file(info.path)

    def _parts(self, table: str) -> list[Any]:
        import pyarrow.fs as pafs

        return list(self.filesystem.get_file_info(pafs.FileSelector(f"{self.root}/{table}")))


def _absolute(url: str) -> str:
    """A local path made absolute (pyarrow takes only absolute paths and URLs)."""
    from pathlib import Path

    return url if "://" in url else str(Path(url).resolve())
