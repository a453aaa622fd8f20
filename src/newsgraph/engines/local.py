"""The local engine: the Pipeline in N processes, Parquet parts out."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Union

from newsgraph.engines.parquet import PartWriter
from newsgraph.ingest.files import read_paths
from newsgraph.pipeline import Pipeline
from newsgraph.settings import Settings


def expand_inputs(inputs: list[str]) -> list[str]:
    """Globs and folders to a sorted list of input files."""
    import glob

    paths: list[str] = []
    for item in inputs:
        matches = sorted(glob.glob(item)) or [item]
        for match in matches:
            path = Path(match)
            if path.is_dir():
                paths.extend(str(p) for p in sorted(path.rglob("*")) if p.is_file() and not p.name.startswith("."))
            else:
                paths.append(match)
    return paths


def run_local(
    inputs: list[str], output: Union[str, Path], *, workers: int = 1, settings: Settings | None = None
) -> dict[str, int]:
    """Analyse the inputs and write `OUTPUT/<table>/part-00000.parquet`; returns row counts."""
    output = Path(output)
    if output.exists():
        shutil.rmtree(output)
    writer = PartWriter(output)
    for result in Pipeline(settings, workers=workers).run(read_paths(expand_inputs(inputs))):
        writer.add(result)
    return writer.close()
