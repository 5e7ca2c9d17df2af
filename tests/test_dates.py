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


@pytest.mark.model
def test_a_second_act_of_the_same_subject_shares_its_date(extract_text):
    ex = extract_text("Rwandan President Paul Kagame and Kenyan President William Ruto met in Qatar on Tuesday and "
                      "called for an immediate ceasefire.", published="2025-03-18")
    assert {i.date for i in ex.interactions} == {dt.date(2025, 3, 18)}


@pytest.mark.model
def test_a_statements_present_tense_acts_happen_as_published(extract_text):
    ex = extract_text("The United States strongly condemns the regime's airstrike on Tuesday. We call on the regime to "
                      "release all those unjustly detained.", published="2023-04-12")
    said = [i for i in ex.interactions if ex.actors[i.actor].name == "United States"]
    assert said and {i.date for i in said} == {dt.date(2023, 4, 12)}


@pytest.mark.model
def test_a_visitor_welcomed_today_dates_the_readout(extract_text):
    ex = extract_text("Prime Minister Keir Starmer welcomed the President of Indonesia, Prabowo Subianto, to Downing "
                      "Street today. The Prime Minister congratulated President Prabowo on his inauguration.",
                      published="2024-11-21")
    assert ("Keir Starmer", "043") in {(ex.actors[i.actor].name, i.cameo) for i in ex.interactions}
    assert all(i.date == dt.date(2024, 11, 21) for i in ex.interactions if i.modality is None)


@pytest.mark.model
def test_an_act_the_story_does_not_date_happened_with_its_lead(extract_text):
    ex = extract_text("Russia pounded Kyiv with missiles on Thursday. EU foreign policy chief Kaja Kallas condemned "
                      "the attack.", published="2025-04-25")
    condemned = [i for i in ex.interactions if i.cameo.startswith("11")]
    assert condemned and condemned[0].date == dt.date(2025, 4, 24)


@pytest.mark.model
def test_a_weekday_evening_dates_the_act(extract_text):
    ex = extract_text("Secretary Rubio and Foreign Minister Cho Tae-yul spoke separately on Monday evening.",
                      published="2025-10-14")
    assert {i.date for i in ex.interactions} == {dt.date(2025, 10, 13)}
