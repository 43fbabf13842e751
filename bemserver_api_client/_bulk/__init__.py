"""Timeseries data at scale: chunk planning and merging, once for both clients.

A bulk operation is a *plan* (`plan`): a generator of the requests to make,
run on threads by the blocking client and on tasks by the asyncio one. The
modules, each importing only those below it (pyproject.toml, the second
import-linter contract):

- `upload`, `download`: the plans of uploads and downloads of any size;
  `states`: data states given by name, looked up once per client;
- `csv`, `dataframe`: CSV and DataFrame uploads cut into chunks, DataFrames
  read from downloads; `windows`: the time windows of a download; `merge`:
  its windows merged into one answer or written to a file (CSV or Parquet);
- `arrow`: Parquet files written from CSV windows, Parquet files, pyarrow
  Tables and polars DataFrames uploaded as CSV chunks;
- `plan`: plans and their drivers (`drive_sync`, `drive_async`); `progress`:
  progress callbacks and bars; `chunks`: what uploads are cut into.
"""

from .arrow import arrow, is_parquet_path
from .dataframe import frame_plan, pandas
from .download import DEFAULT_DOWNLOAD_CHUNK_SIZE, Download, download_plan
from .merge import FileTarget
from .plan import DEFAULT_CONCURRENCY, Plan, drive_async, drive_sync
from .progress import Progress
from .states import single_call, with_state_id
from .upload import DEFAULT_UPLOAD_CHUNK_SIZE, upload_plan
from .windows import densities_of, require_aware

__all__ = [
    "DEFAULT_CONCURRENCY",
    "DEFAULT_DOWNLOAD_CHUNK_SIZE",
    "DEFAULT_UPLOAD_CHUNK_SIZE",
    "Download",
    "FileTarget",
    "Plan",
    "Progress",
    "arrow",
    "densities_of",
    "download_plan",
    "drive_async",
    "drive_sync",
    "frame_plan",
    "is_parquet_path",
    "pandas",
    "require_aware",
    "single_call",
    "upload_plan",
    "with_state_id",
]
