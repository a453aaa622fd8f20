"""Bad input gets one clear line, a non-zero exit where nothing could be done, and never
loses the rest of a batch. Exit status: 0 all ingested, 1 some failed, 2 usage error."""

from __future__ import annotations

import codecs
import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.errors import InputError
from newsgraph.ingest import decode_bytes, read_paths, repair_mojibake
from newsgraph.store import open_db

INPUTS = Path(__file__).parent / "data" / "inputs"
SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_decode_cp1252_keeps_curly_quotes_and_accents():
    text, encoding = decode_bytes((INPUTS / "cp1252.txt").read_bytes())
    assert encoding == "cp1252"
    assert "\u201cmoving in the right direction\u201d" in text
    assert "caf\u00e9" in text and "M\u00fcller" in text


def test_decode_latin1_bytes():
    text, _ = decode_bytes((INPUTS / "latin1.txt").read_bytes())
    assert "A Coru\u00f1a" in text and "Jos\u00e9 Ib\u00e1\u00f1ez" in text


SENTENCE = "The mayor of Gda\u0144sk said \u201cwe will rebuild the bridge\u201d on Monday."


@pytest.mark.parametrize("data, encoding", [
    (SENTENCE.encode("utf-16"), "utf-16-le"),  # Windows "Unicode": little-endian with a BOM
    (codecs.BOM_UTF16_BE + SENTENCE.encode("utf-16-be"), "utf-16-be"),
    (SENTENCE.encode("utf-16-le"), "utf-16-le"),  # no BOM: every other byte zero
    (codecs.BOM_UTF8 + SENTENCE.encode("utf-8"), "utf-8"),
    (SENTENCE.encode("utf-32"), "utf-32-le"),
])
def test_decode_unicode_with_and_without_byte_order_mark(data, encoding):
    assert decode_bytes(data) == (SENTENCE, encoding)


def test_decode_uses_the_charset_an_html_page_declares():
    page = '<html><head><meta charset="iso-8859-2"></head><body><p>Wa\u0142\u0119sa w \u0141odzi</p></body></html>'
    text, encoding = decode_bytes(page.encode("iso-8859-2"))
    assert encoding == "iso8859-2" and "Wa\u0142\u0119sa w \u0141odzi" in text


def test_mojibake_is_repaired_and_clean_text_left_alone():
    # UTF-8 bytes read as cp1252, the five bytes cp1252 leaves undefined as latin-1 (as browsers do)
    garbled = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in SENTENCE.encode("utf-8"))
    assert "\u00e2\u20ac\u0153" in garbled  # what a reader sees: "â€œwe will …"
    assert repair_mojibake(garbled) == SENTENCE
    assert decode_bytes(garbled.encode("utf-8")) == (SENTENCE, "utf-8")
    clean = "P\u00e2t\u00e9 in S\u00e3o Paulo, 20\u00b0C, \u00a9 Reuters \u2014 \u00c2ge \u00e0 Cr\u00e8te."
    assert repair_mojibake(clean) == clean


def test_document_formats_are_named_and_a_stray_nul_is_not_binary():
    with pytest.raises(InputError, match="input is a PDF file, not text or HTML: extract its text first"):
        decode_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n(The mayor said hello) Tj\n")
    with pytest.raises(InputError, match="a ZIP archive \\(or a Word"):
        decode_bytes(b"PK\x03\x04" + b"word/document.xml" * 10)
    text, _ = decode_bytes(SENTENCE.replace("said", "said\x00").encode("utf-8"))
    assert text == SENTENCE


def test_decode_refuses_empty_binary_and_huge():
    with pytest.raises(InputError, match="input is empty"):
        decode_bytes(b"  \n\t ")
    with pytest.raises(InputError, match="looks binary"):
        decode_bytes((INPUTS / "binary.bin").read_bytes())
    with pytest.raises(InputError, match=r"50\.0 MB, over the 20 MB limit"):
        decode_bytes(b"a" * 50_000_000)


def test_analyze_empty_file_exits_1_with_one_line(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = CliRunner().invoke(main, ["analyze", str(empty)])
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {empty}: input is empty: nothing to analyse"


def test_analyze_binary_file_exits_1(tmp_path):
    result = CliRunner().invoke(main, ["analyze", str(INPUTS / "binary.bin")])
    assert result.exit_code == 1
    assert "input looks binary, not text or HTML" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_analyze_cp1252_article_finds_quote_and_place():
    result = run("analyze", str(INPUTS / "cp1252.txt"))
    record = json.loads(result.output)
    assert record["title"] == "Markets rally as central bank holds rates"
    assert any(q["text"].startswith("We expect a cut in June") for q in record["quotes"])
    assert any(p["text"] == "FRANKFURT" or p["place"]["name"] == "Frankfurt am Main" for p in record["places"])


def test_analyze_html_without_body_fails_clearly():
    result = CliRunner().invoke(main, ["analyze", str(INPUTS / "no-body.html")])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {INPUTS / 'no-body.html'}: ")
    assert len(result.output.strip().splitlines()) == 1


def test_non_english_article_is_marked_not_analysed():
    record = json.loads(run("analyze", str(INPUTS / "spanish.txt")).output)
    assert record["language"] == "es"
    assert record["status"] == "skipped"
    assert record["places"] == [] and record["quotes"] == []


def test_usage_error_exits_2():
    result = CliRunner().invoke(main, ["ingest", "samples/"])  # no --db
    assert result.exit_code == 2
    assert "Missing option '--db'" in result.output


def _bad_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("cp1252.txt", "latin1.txt", "binary.bin", "spanish.txt", "no-body.html"):
        shutil.copy(INPUTS / name, folder / name.replace(".bin", ".txt"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "dangling.txt").symlink_to(tmp_path / "missing-target.txt")
    locked = folder / "locked.txt"
    locked.write_text("Some text that only root could read.")
    os.chmod(locked, 0)
    return folder


def test_ingest_folder_with_bad_files_keeps_the_good_ones(tmp_path):
    folder = _bad_folder(tmp_path)
    db_path = tmp_path / "t.db"
    result = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(db_path), "--quiet"])
    assert result.exit_code == 1, result.output
    db = open_db(db_path)
    titles = {row["title"] for row in db["articles"].rows}
    assert "Markets rally as central bank holds rates" in titles
    assert "Storm closes ports in northern Spain" in titles
    statuses = {row["title"]: row["status"] for row in db["articles"].rows}
    assert statuses["Un terremoto sacude el sur de México"] == "skipped"
    reasons = {Path(row["source"]).name: row["reason"] for row in db["errors"].rows}
    assert reasons["empty.txt"] == "input is empty: nothing to analyse"
    assert "looks binary" in reasons["binary.txt"]
    assert reasons["dangling.txt"].startswith("cannot read")
    assert "no-body.html" in reasons


def test_ingest_same_input_twice_is_a_no_op(tmp_path):
    db_path = tmp_path / "t.db"
    args = ["ingest", str(INPUTS / "cp1252.txt"), "--db", str(db_path), "--quiet"]
    assert run(*args).exit_code == 0
    first = open_db(db_path)["articles"].count
    assert run(*args).exit_code == 0
    db = open_db(db_path)
    assert db["articles"].count == first == 1
    assert db["quotes"].count >= 1


def test_jsonl_records_and_bad_lines(tmp_path):
    path = tmp_path / "batch.jsonl"
    good = {"url": "https://example.org/a", "text": (INPUTS / "latin1.txt").read_text("latin-1"),
            "published": "2026-10-04"}
    path.write_text(json.dumps(good) + "\n{not json\n" + json.dumps({"url": "x"}) + "\n")
    raws = list(read_paths([str(path)]))
    assert [r.error is None for r in raws] == [True, False, False]
    assert raws[0].published == "2026-10-04" and raws[0].url == "https://example.org/a"
    assert raws[2].error == 'bad JSONL record: each line needs an "html" or "text" string'


def _only_error_beside_a_good_article(tmp_path, bad: Path) -> str:
    """Ingest `bad` with a good article: the good one is stored; returns the bad one's reason."""
    db_path = tmp_path / "t.db"
    result = CliRunner().invoke(
        main, ["ingest", str(bad), str(INPUTS / "cp1252.txt"), "--db", str(db_path), "--quiet"]
    )
    assert result.exit_code == 1
    db = open_db(db_path)
    assert db["articles"].count == 1
    [error] = list(db["errors"].rows)
    return error["reason"]


def test_fifty_megabyte_file_fails_alone(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * 10_000_000)
    reason = _only_error_beside_a_good_article(tmp_path, big)
    assert reason.startswith("input is 50.0 MB, over the 20 MB limit")


def test_text_over_the_language_model_limit_fails_alone(tmp_path):
    long_text = tmp_path / "transcript.txt"
    paragraph = "The council met on Monday and the mayor said the budget would pass. " * 15
    long_text.write_text((paragraph + "\n\n") * 1_000)  # 1.03 M characters, under the 20 MB limit
    reason = _only_error_beside_a_good_article(tmp_path, long_text)
    assert reason.startswith("article text is 1,0")
    assert reason.endswith("over the 1,000,000 the language model takes: split it into its articles")


def test_ingest_prints_a_summary_of_what_was_stored(tmp_path):
    result = CliRunner().invoke(main, ["ingest", str(INPUTS / "cp1252.txt"), "--db", str(tmp_path / "t.db")])
    assert result.exit_code == 0
    line = " ".join(result.output.split())
    assert "1 stored, 0 unchanged, 0 not English, 0 failed" in line
    assert "1 articles," in line and "numbers," in line and "dates," in line and "0 failures" in line
