"""`verigrade verify`: verify a whole dataset of responses, crash-safely and resumably.

  columns   dotted column paths into rows (verl parquet layout, flat files)
  sources   JSONL / Parquet / Hugging Face dataset readers that can seek back to a saved position
  run       the chunked, fsynced, resumable run; progress bar; summary
"""
from .columns import Columns, Resolved, chat_text, first_of, get_path, resolve
from .errors import PREFIX, VERDICT_FIELDS, BatchError
from .run import EngineErrorFilter, RunResult, Stats, format_summary, progress_bar, run_verify, write_parquet
from .sources import Record, Source, open_source

__all__ = [
    "Columns", "Resolved", "chat_text", "first_of", "get_path", "resolve", "PREFIX", "VERDICT_FIELDS", "BatchError",
    "EngineErrorFilter", "RunResult", "Stats", "format_summary", "progress_bar", "run_verify", "write_parquet",
    "Record", "Source", "open_source",
]
