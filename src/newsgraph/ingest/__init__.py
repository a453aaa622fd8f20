"""Sources: everything becomes a `RawDocument` before extraction."""

from newsgraph.ingest.decode import decode_bytes, repair_mojibake
from newsgraph.ingest.files import RawDocument, read_paths

__all__ = ["RawDocument", "decode_bytes", "read_paths", "repair_mojibake"]
