"""Bytes to text, refusing what is not text, with one clear reason for the user."""

from __future__ import annotations

from newsgraph.errors import InputError
from newsgraph.settings import MAX_INPUT_BYTES

# Control characters other than tab, newline, carriage return and form feed.
_BINARY_BYTES = bytes(range(0, 9)) + bytes(range(14, 32))


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _BINARY_BYTES))
    return controls > max(8, len(sample) // 100)


def decode_bytes(data: bytes, *, limit: int = MAX_INPUT_BYTES) -> tuple[str, str]:
    """Return (text, encoding used) for a file's bytes, or raise InputError.

    UTF-8 (with or without BOM) first; bytes that are not UTF-8 are read as
    cp1252, which covers latin-1 text as news sites and Windows tools write it.
    """
    if len(data) > limit:
        raise InputError(
            f"input is {len(data) / 1e6:.1f} MB, over the {limit / 1e6:.0f} MB limit: "
            "split it or pass the article alone"
        )
    if not data.strip():
        raise InputError("input is empty: nothing to analyse")
    if _looks_binary(data):
        raise InputError("input looks binary, not text or HTML: pass an article's text or HTML")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"
