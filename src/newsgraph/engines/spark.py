"""The Spark engine: the same per-article function mapped with `mapInPandas`.

Each Python worker builds one Pipeline (spaCy and the gazetteer loaded once) and turns a
partition of input records into (table, row-as-JSON) pairs; the driver writes one Parquet
folder per table with the store's columns. A failing article is a row in `errors`, never a
failed job. Needs the `spark` extra: `pip install newsgraph[spark]`.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any, Iterator, Optional, Union

from newsgraph.engines.local import expand_inputs
from newsgraph.engines.parquet import result_rows
from newsgraph.errors import NewsgraphError
from newsgraph.store.migrations import TABLES, table_columns

RECORD_SCHEMA = "source string, url string, text string, data binary, published string, error string"
RECORD_COLUMNS = ("source", "url", "text", "data", "published", "error")
_PIPELINE: Any = None


def _spark_types() -> dict[type, Any]:
    from pyspark.sql import types as T

    return {str: T.StringType(), int: T.LongType(), float: T.DoubleType()}


def spark_schema(table: str) -> Any:
    """The Spark StructType of a store table."""
    from pyspark.sql import types as T

    kinds = _spark_types()
    return T.StructType([T.StructField(n, kinds[k], True) for n, k in table_columns(table).items()])


def _records_of(paths: Iterator[str]) -> Iterator[dict[str, Any]]:
    from newsgraph.ingest.files import read_paths

    for raw in read_paths(paths):
        data = raw.content if isinstance(raw.content, bytes) else None
        text = raw.content if isinstance(raw.content, str) else None
        yield {"source": raw.source, "url": raw.url, "text": text, "data": data,
               "published": raw.published, "error": raw.error}


def read_inputs(batches: Iterator[Any]) -> Iterator[Any]:
    """mapInPandas: file paths -> input records (JSONL lines, Parquet rows, WARC responses, files)."""
    import pandas as pd

    for frame in batches:
        records = list(_records_of(iter(frame["path"].tolist())))
        yield pd.DataFrame(records, columns=list(RECORD_COLUMNS))


def _raw_document(record: dict[str, Any]) -> Any:
    from newsgraph.ingest.files import RawDocument

    content = record["data"] if record["data"] is not None else record["text"]
    return RawDocument(source=record["source"], content=content, url=record["url"],
                       published=record["published"], error=record["error"])


def analyse_records(batches: Iterator[Any]) -> Iterator[Any]:
    """mapInPandas: input records -> (table, row JSON) for every row of every table."""
    import pandas as pd

    from newsgraph.pipeline import Pipeline

    global _PIPELINE
    if _PIPELINE is None:
        _PIPELINE = Pipeline()
    for frame in batches:
        raws = [_raw_document(r) for r in frame.to_dict("records")]
        out = [
            (table, json.dumps(row, ensure_ascii=False))
            for result in _PIPELINE.run(raws)
            for table, rows in result_rows(result).items()
            for row in rows
        ]
        yield pd.DataFrame(out, columns=["table", "row"])


def make_session(master: str = "local[2]") -> Any:
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise NewsgraphError("the Spark engine needs pyspark: pip install 'newsgraph[spark]'")
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers use our interpreter
    return (
        SparkSession.builder.master(master).appName("newsgraph")
        .config("spark.pyspark.python", os.environ["PYSPARK_PYTHON"])
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate()
    )


def run_spark(
    inputs: list[str], output: Union[str, Path], *, master: str = "local[2]",
    partitions: Optional[int] = None, spark: Any = None,
) -> dict[str, int]:
    """Analyse the inputs on Spark and write `OUTPUT/<table>/part-*.parquet`; returns row counts."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    spark = spark or make_session(master)
    paths = expand_inputs(inputs)
    n = partitions or max(2, spark.sparkContext.defaultParallelism)
    files = spark.createDataFrame([(p,) for p in paths], "path string").repartition(min(n, len(paths)) or 1)
    records = files.mapInPandas(read_inputs, schema=RECORD_SCHEMA)
    rows = records.repartition(n).mapInPandas(analyse_records, schema="table string, row string")
    rows = rows.persist(StorageLevel.MEMORY_AND_DISK)
    counts = {}
    for table in TABLES:
        part = rows.where(F.col("table") == table).select(F.from_json("row", spark_schema(table)).alias("r"))
        frame = part.select("r.*")
        frame.write.mode("overwrite").parquet(str(Path(output) / table))
        counts[table] = frame.count()
    rows.unpersist()
    return counts
