"""Date expressions resolved against the published date."""

import datetime as dt

import pytest

from kg.dates import parse_date_expression

PUBLISHED = dt.date(2025, 5, 9)  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("May 8", dt.date(2025, 5, 8)),
        ("Jan. 5", dt.date(2025, 1, 5)),
        ("8 May 2024", dt.date(2024, 5, 8)),
        ("2025-04-22", dt.date(2025, 4, 22)),
        ("today", PUBLISHED),
        ("this morning", PUBLISHED),
        ("yesterday", dt.date(2025, 5, 8)),
        ("Thursday", dt.date(2025, 5, 8)),
        ("early Wednesday", dt.date(2025, 5, 7)),
        ("Friday", PUBLISHED),
        ("December 30", dt.date(2024, 12, 30)),
    ],
)
def test_date_expressions_resolve_against_the_published_date(text, expected):
    assert parse_date_expression(text, PUBLISHED) == expected


@pytest.mark.parametrize("text", ["last month", "decades", "the coming days", "mid-December"])
def test_vague_expressions_give_no_date(text):
    assert parse_date_expression(text, PUBLISHED) is None


def test_relative_dates_need_a_published_date():
    assert parse_date_expression("Thursday", None) is None
    assert parse_date_expression("8 May 2024", None) == dt.date(2024, 5, 8)
