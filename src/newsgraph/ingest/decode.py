"""Bytes to text, refusing what is not text, with one clear reason for the user."""

from __future__ import annotations

import codecs
import re
from typing import Optional

from ftfy import fix_encoding

from newsgraph.errors import InputError
from newsgraph.settings import MAX_INPUT_BYTES

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z][\w.:-]{1,30})""", re.I)
# A UTF-8 lead byte read as cp1252/latin-1 ("â", "Ã", "Â", "Å" …) followed by what a
# continuation byte becomes there ("€", "™", "œ", "\x9d", "©" …).
_MOJIBAKE = re.compile(
    "[\u00c2-\u00c5\u00e2][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)

# Control characters other than tab, newline, carriage return and form feed.
_BINARY_BYTES = bytes(range(0, 9)) + bytes(range(14, 32))


# Document formats that can open with plain ASCII but are not articles' text or HTML.
_DOCUMENT_FORMATS = (
    (b"%PDF-", "a PDF file"), (b"%!PS", "a PostScript file"), (b"{\\rtf", "an RTF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word, OpenDocument or EPUB file)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"), (b"SQLite format 3\x00", "an SQLite database"),
)


def _looks_binary(data: bytes) -> bool:
    """True when the first 8 KB hold more than 1% control characters (NUL included): one
    stray NUL in scraped text does not make it binary."""
    sample = data[:8192]
    controls = len(sample) - len(sample.translate(None, _BINARY_BYTES))
    return controls > max(8, len(sample) // 100)


def _refuse_documents(data: bytes) -> None:
    """Raise InputError for a known non-text document format, naming it."""
    head = data.lstrip()[:16]
    for magic, name in _DOCUMENT_FORMATS:
        if head.startswith(magic):
            raise InputError(f"input is {name}, not text or HTML: extract its text first and pass that")


def decode_bytes(data: bytes, *, limit: int = MAX_INPUT_BYTES) -> tuple[str, str]:
    """Return (text, encoding used) for a file's bytes, or raise InputError.

    A byte-order mark decides first (UTF-8, UTF-16 or UTF-32, as Windows tools save
    "Unicode" text), then UTF-16 without one (every other byte zero), then UTF-8; bytes
    that are not UTF-8 are read in the charset an HTML page declares, else as cp1252,
    which covers latin-1 text as news sites and Windows tools write it. Text that was
    UTF-8 read as cp1252 somewhere upstream ("donâ€™t") is repaired (see `repair_mojibake`).
    """
    if len(data) > limit:
        raise InputError(
            f"input is {len(data) / 1e6:.1f} MB, over the {limit / 1e6:.0f} MB limit: "
            "split it or pass the article alone"
        )
    if not data.strip():
        raise InputError("input is empty: nothing to analyse")
    _refuse_documents(data)
    text, encoding = _decode_unicode(data)
    if _looks_binary(data if text is None else text[:8192].encode("utf-8", "replace")):
        raise InputError("input looks binary, not text or HTML: pass an article's text or HTML")
    if text is None:
        text, encoding = _decode_legacy(data)
    text = text.replace("\x00", "")  # stray NULs in scraped text carry nothing
    if not text.strip():
        raise InputError("input is empty: nothing to analyse")
    return repair_mojibake(text), encoding


def _decode_unicode(data: bytes) -> tuple[Optional[str], str]:
    """(text, encoding) for bytes with a byte-order mark or UTF-16 without one, else (None, "")."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), encoding
            except UnicodeDecodeError:
                return None, ""
    sample = data[:4096]
    for encoding, zeros in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if len(zeros) >= 8 and zeros.count(0) > 0.9 * len(zeros):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                return None, ""
    return None, ""


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """UTF-8, else the charset an HTML page declares, else cp1252 (latin-1 at worst)."""
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _DECLARED_CHARSET.search(data[:4096])
    for encoding in ([declared.group(1).decode("ascii")] if declared else []) + ["cp1252"]:
        try:
            return data.decode(encoding), codecs.lookup(encoding).name
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("latin-1"), "latin-1"


def repair_mojibake(text: str) -> str:
    """Text with UTF-8 read as cp1252 or latin-1 repaired by ftfy ("â€œweâ€\x9d" -> "“we”").

    ftfy costs about 0.4 ms an article, so it only runs when a tell-tale pair of
    characters is there; clean text is returned as it is.
    """
    if _MOJIBAKE.search(text) is None:
        return text
    return fix_encoding(text)
