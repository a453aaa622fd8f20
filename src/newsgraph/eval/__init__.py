"""Evaluations on public data sets: one module per task, each with
`evaluate(data: Path, *, limit: int | None = None) -> dict` returning its metrics."""
