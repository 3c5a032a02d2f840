"""Row sources: JSONL, Parquet and Hugging Face datasets, each able to seek back to a saved position."""
from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from typing import Iterator

from .errors import BatchError


# ------------------------------------------------------------------------------------------------ sources
@dataclass
class Record:
    loc: int  # 1-based line number (JSONL) or row number (Parquet, HF)
    row: dict | None
    error: str | None = None
    raw: str | None = None  # the line, when it could not be parsed
    repaired: bool = False  # text that cannot be encoded (a lone surrogate) was replaced by U+FFFD


class Source:
    """Rows of an input, readable from a saved position. `pos` is JSON-able and opaque to callers."""

    kind = ""
    where = "row"  # how a location is named in messages

    def __init__(self, path: str) -> None:
        self.path = path
        self.total: int | None = None

    def fingerprint(self) -> dict:
        return {"kind": self.kind, "path": os.path.abspath(self.path)}

    def start(self) -> dict:
        return {"rows": 0}

    def read(self, pos: dict) -> Iterator[tuple[Record, dict]]:
        raise NotImplementedError

    def close(self) -> None:
        pass


def _file_fingerprint(path: str) -> dict:
    """Size and SHA-256 of the whole file (streamed, ~1 GB/s), so that --resume notices any edit, also one in the
    middle of the file that keeps its size."""
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as f:
        while block := f.read(1 << 20):
            h.update(block)
            size += len(block)
    return {"size": size, "sha256": h.hexdigest()}


_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")  # how a lone surrogate can appear in JSON text


def clean_value(value):
    """(value with every lone surrogate in its strings, keys included, replaced by U+FFFD, whether any was)."""
    if isinstance(value, str):
        if _SURROGATE.search(value):
            return _SURROGATE.sub("\ufffd", value), True
        return value, False
    if isinstance(value, list):
        changed = False
        out = []
        for v in value:
            c, ch = clean_value(v)
            out.append(c)
            changed |= ch
        return (out, True) if changed else (value, False)
    if isinstance(value, dict):
        changed = False
        d = {}
        for k, v in value.items():
            ck, chk = clean_value(k)
            cv, chv = clean_value(v)
            d[ck] = cv
            changed |= chk or chv
        return (d, True) if changed else (value, False)
    return value, False


class JsonlSource(Source):
    kind = "jsonl"
    where = "line"

    def __init__(self, path: str, scan: bool = True) -> None:
        super().__init__(path)
        self._fp: dict = {}
        if not scan:  # a Ray worker reading one shard: the driver has counted and fingerprinted the file
            return
        h, size, rows = hashlib.sha256(), 0, 0
        with open(path, "rb") as f:  # one pass: the row count (for the progress bar) and the fingerprint
            for line in f:
                h.update(line)
                size += len(line)
                rows += bool(line.strip())
        self.total = rows
        self._fp = {"size": size, "sha256": h.hexdigest()}

    def fingerprint(self) -> dict:
        return {**super().fingerprint(), **self._fp}

    def start(self) -> dict:
        return {"rows": 0, "offset": 0, "line": 0}

    def read(self, pos: dict) -> Iterator[tuple[Record, dict]]:
        rows, offset, line = pos["rows"], pos["offset"], pos["line"]
        with open(self.path, "rb") as f:
            f.seek(offset)
            for raw in iter(f.readline, b""):
                offset += len(raw)
                line += 1
                text = raw.strip()
                if not text:
                    continue  # blank lines are not rows
                rows += 1
                rec = _parse_line(text, line)
                yield rec, {"rows": rows, "offset": offset, "line": line}


def _parse_line(text: bytes, line: int) -> Record:
    try:
        s = text.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Record(line, None, f"not UTF-8 ({exc.reason} at byte {exc.start})", text.decode("utf-8", "replace"))
    try:
        row = json.loads(s)
    except ValueError as exc:
        return Record(line, None, f"bad JSON ({exc})", s)
    if not isinstance(row, dict):
        return Record(line, None, f"a JSON {type(row).__name__}, not an object", s)
    if _SURROGATE_ESCAPE.search(text):  # "\ud800" is valid JSON but not encodable: replace it here, flag the row
        row, repaired = clean_value(row)
        return Record(line, row, repaired=repaired)
    return Record(line, row)


class ParquetSource(Source):
    kind = "parquet"

    def __init__(self, path: str) -> None:
        super().__init__(path)
        try:
            import pyarrow.parquet as pq
        except ImportError:
            raise BatchError("reading Parquet needs pyarrow: pip install -e '.[audit]' (or pyarrow)") from None
        try:
            self.file = pq.ParquetFile(path)
        except Exception as exc:
            raise BatchError(f"{path}: not a readable Parquet file ({exc})") from None
        self.total = self.file.metadata.num_rows
        self.schema = self.file.schema_arrow

    def fingerprint(self) -> dict:
        return {**super().fingerprint(), **_file_fingerprint(self.path)}

    def read(self, pos: dict) -> Iterator[tuple[Record, dict]]:
        done = pos["rows"]
        groups, skip, seen = [], 0, 0
        for i in range(self.file.num_row_groups):
            n = self.file.metadata.row_group(i).num_rows
            if seen + n <= done:
                seen += n
                continue
            if not groups:
                skip = done - seen
            groups.append(i)
            seen += n
        if not groups:
            return
        rows = done - skip
        for batch in self.file.iter_batches(batch_size=1024, row_groups=groups):
            for row in batch.to_pylist():
                rows += 1
                if rows <= done:
                    continue
                yield Record(rows, row), {"rows": rows}


class ParquetDirSource(Source):
    """A folder of Parquet shards (`part-00000.parquet`, ...): the files in name order, read as one table; row
    numbers count across the files."""

    kind = "parquet_dir"

    def __init__(self, path: str) -> None:
        super().__init__(path)
        names = sorted(n for n in os.listdir(path) if n.lower().endswith((".parquet", ".pq")))
        if not names:
            raise BatchError(f"{path}: no .parquet files in this folder")
        self.parts = [ParquetSource(os.path.join(path, n)) for n in names]
        self.total = sum(p.total or 0 for p in self.parts)
        import pyarrow as pa

        try:  # the Parquet writer keeps the input's column types where the shards agree on them
            self.schema = pa.unify_schemas([p.schema for p in self.parts])
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            self.schema = self.parts[0].schema

    def fingerprint(self) -> dict:
        return {**super().fingerprint(),
                "files": [{"name": os.path.basename(p.path), **_file_fingerprint(p.path)} for p in self.parts]}

    def read(self, pos: dict) -> Iterator[tuple[Record, dict]]:
        done, base = pos["rows"], 0
        for part in self.parts:
            n = part.total or 0
            if base + n > done:
                for rec, p in part.read({"rows": max(0, done - base)}):
                    yield Record(base + rec.loc, rec.row), {"rows": base + p["rows"]}
            base += n


def _is_parquet_dir(path: str) -> bool:
    """A folder of .parquet files that is not a `save_to_disk` dataset (those hold .arrow files and state.json)."""
    try:
        names = os.listdir(path)
    except OSError:
        return False
    return not ({"state.json", "dataset_dict.json"} & set(names)) and any(
        n.lower().endswith((".parquet", ".pq")) for n in names)


class HFSource(Source):
    kind = "hf"

    def __init__(self, path: str, split: str | None) -> None:
        super().__init__(path)
        try:
            import datasets  # type: ignore[import-not-found]
        except ImportError:
            raise BatchError(
                f"{path!r} looks like a Hugging Face dataset, which needs the `datasets` package: "
                "pip install datasets (or give a .jsonl / .parquet file)") from None
        try:
            ds = datasets.load_from_disk(path) if os.path.isdir(path) else datasets.load_dataset(path, split=split)
        except Exception as exc:
            raise BatchError(f"could not load the dataset {path!r}: {exc}") from None
        if isinstance(ds, datasets.DatasetDict):
            names = list(ds)
            name = split or ("train" if "train" in ds else names[0] if len(names) == 1 else None)
            if name not in ds:
                raise BatchError(f"{path!r} has splits {names}: choose one with --split")
            ds, split = ds[name], name
        self.split = split
        self.ds = ds
        self.total = len(ds)

    def fingerprint(self) -> dict:
        return {**super().fingerprint(), "split": self.split, "rows": self.total,
                "fingerprint": getattr(self.ds, "_fingerprint", None)}

    def read(self, pos: dict) -> Iterator[tuple[Record, dict]]:
        rows = pos["rows"]
        step = 1024
        for lo in range(rows, len(self.ds), step):
            cols = self.ds[lo: lo + step]
            keys = list(cols)
            for i in range(len(cols[keys[0]]) if keys else 0):
                rows += 1
                yield Record(rows, {k: cols[k][i] for k in keys}), {"rows": rows}


def open_source(path: str, fmt: str = "auto", split: str | None = None, scan: bool = True) -> Source:
    """`scan=False`: skip the JSONL counting pass (the row total and fingerprint stay unset)."""
    if fmt == "auto":
        low = path.lower()
        if low.endswith((".jsonl", ".json", ".ndjson")):
            fmt = "jsonl"
        elif os.path.isdir(path) and _is_parquet_dir(path):
            fmt = "parquet"
        elif low.endswith((".parquet", ".pq")):
            fmt = "parquet"
        elif os.path.isdir(path) or (not os.path.exists(path) and path.count("/") == 1):
            fmt = "hf"
        elif os.path.isfile(path):
            fmt = "jsonl"
        else:
            raise BatchError(f"{path}: no such file or directory")
    if fmt == "parquet" and os.path.isdir(path):
        return ParquetDirSource(path)
    if fmt in ("jsonl", "parquet") and not os.path.isfile(path):
        raise BatchError(f"{path}: no such file")
    if fmt == "jsonl":
        return JsonlSource(path, scan=scan)
    if fmt == "parquet":
        return ParquetSource(path)
    if fmt == "hf":
        return HFSource(path, split)
    raise BatchError(f"unknown input format {fmt!r}")


