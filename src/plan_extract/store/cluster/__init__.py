"""Ingest on a Dask distributed cluster (`ingest --cluster`): the parses run as Dask tasks, the
results come back to this process as the staged records of today, and the one writer of
ingest.py commits them (content-hash skip, failures table, each plan once).

Dask is an optional extra (`pip install plan-extract[cluster]`), imported only here and only
when a cluster is asked for. tasks.py runs on the workers; pool.py is the client's side.
"""

from __future__ import annotations

from plan_extract.store.cluster.pool import ClusterPool, open_cluster

__all__ = ["ClusterPool", "open_cluster"]
