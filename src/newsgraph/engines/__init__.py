"""Engines run the same per-article function over many inputs: `local` (processes) and
`spark` (mapInPandas). Both write Parquet parts with the store's table columns."""
