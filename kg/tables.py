"""Print rows of results as an aligned text table, CSV or JSON."""

from __future__ import annotations

import csv
import io
import json

FORMATS = ("table", "csv", "json")


def _cell(value: object) -> str:
    """A value as one cell: lists joined with '; ', lists of lists (groups) with ' | '."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        if any(isinstance(v, list | tuple) for v in value):
            return " | ".join(_cell(v) for v in value)
        return "; ".join(str(v) for v in value)
    return str(value)


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def format_rows(rows: list[dict], fmt: str = "table", columns: list[str] | None = None, width: int = 60) -> str:
    """Rows as text: 'table' (aligned, long cells shortened, IRI columns left out), 'csv' or 'json'."""
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n"
    if columns is None:
        columns = list(rows[0]) if rows else []
        if fmt == "table":
            columns = [c for c in columns if not c.endswith("_iri") and not c.endswith("_iris") and c != "interaction"]
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])
        return out.getvalue()
    if fmt != "table":
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    if not rows:
        return "(no rows)\n"
    cells = [[_shorten(_cell(row.get(c)), width) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    return "\n".join(lines) + "\n"
