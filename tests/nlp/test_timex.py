"""storylens_timex on small Docs: news usage of dates, weekdays and relative expressions."""

import pytest

from storylens.nlp.pipeline import make_doc
from storylens.records import Article


def expressions(nlp, text, published="2023-06-26", inferred=False):
    doc = nlp(make_doc(nlp, Article(id="t", source="t.txt", text=text, published=published, published_inferred=inferred)))
    return {e.span.text: e for e in doc._.time_expressions}


@pytest.mark.parametrize(
    "text, published, expression, value",
    [
        ("Putin met Prigozhin on June 29.", "2023-07-10", "June 29", "2023-06-29"),
        ("The talks ended on 10 July 2023.", "2023-07-12", "10 July 2023", "2023-07-10"),
        ("He said the deal was signed December 30.", "2024-01-04", "December 30", "2023-12-30"),
        ("On Tuesday, Lukashenko gave a press conference.", "2023-06-27", "Tuesday", "2023-06-27"),
        ("Prigozhin launched his coup attempt Friday night.", "2023-06-26", "Friday night", "2023-06-23"),
        ("Prigozhin announced a retreat Saturday evening.", "2023-06-26", "Saturday evening", "2023-06-24"),
        ("The minister will travel to Minsk on Monday.", "2023-06-25", "Monday", "2023-06-26"),
        ("Troops left yesterday.", "2023-06-26", "yesterday", "2023-06-25"),
        ("In 2014, he established the group.", "2023-06-28", "2014", "2014"),
        ("Since the intervention in February 2022, prices rose.", "2023-06-28", "February 2022", "2022-02"),
        ("Contractors must accept the command by July 1.", "2023-06-26", "July 1", "2023-07-01"),
        ("The offensive stalled last month.", "2023-06-26", "last month", "2023-05"),
        ("Prices rose last year.", "2023-06-26", "last year", "2022"),
    ],
)
def test_dates_resolve_against_the_article_date(nlp, text, published, expression, value):
    found = expressions(nlp, text, published)
    assert found[expression].value == value


def test_relative_days_count_from_the_last_dated_anchor(nlp):
    found = expressions(nlp, "The mutiny began on June 23. The next day the march stopped. Two days later talks began.")
    assert found["June 23"].value == "2023-06-23"
    assert found["The next day"].value == "2023-06-24"
    assert found["Two days later"].value == "2023-06-25"


def test_durations_have_no_calendar_value(nlp):
    found = expressions(nlp, "Wagner held the city for 24 hours and left within two weeks.")
    assert found["24 hours"].kind == "duration" and found["24 hours"].value is None
    assert found["24 hours"].timeml == "PT24H"
    assert found["two weeks"].timeml == "P2W"


def test_timeml_values_for_references_parts_of_day_and_decades(nlp):
    found = expressions(nlp, "He is now in Belarus. Fighting began Friday morning. Such firms grew in the 1990s.")
    assert found["now"].timeml == "PRESENT_REF" and found["now"].value is None
    assert found["Friday morning"].timeml == "2023-06-23TMO" and found["Friday morning"].value == "2023-06-23"
    assert found["the 1990s"].timeml == "199"


def test_without_an_article_date_only_absolute_expressions_get_values(nlp):
    found = expressions(nlp, "On Tuesday the army moved, as it did in March 2014.", published=None)
    assert found["Tuesday"].value is None
    assert found["March 2014"].value == "2014-03"


def test_an_inferred_article_date_lowers_confidence(nlp):
    stated = expressions(nlp, "On Tuesday the army moved.", inferred=False)["Tuesday"]
    inferred = expressions(nlp, "On Tuesday the army moved.", inferred=True)["Tuesday"]
    assert inferred.value == stated.value and inferred.confidence < stated.confidence


def test_names_that_look_like_times_are_not_times(nlp):
    found = expressions(nlp, "Lavrov told Russia Today about the now-dissolved party.")
    assert "Today" not in found and "now" not in found


def test_span_extension_carries_the_timeml_value(nlp):
    doc = nlp(make_doc(nlp, Article(id="t", source="t.txt", text="They met on June 29.", published="2023-07-10")))
    expression = doc._.time_expressions[0]
    span = doc.char_span(expression.span.start, expression.span.end)
    assert span._.timex_value == "2023-06-29"


@pytest.mark.parametrize(
    "text, published, expression, timeml",
    [
        # a year the article names without a number
        ("Sales for the full year rose 8%.", "2023-10-26", "the full year", "2023"),
        ("Profit should improve throughout the fiscal year.", "2023-10-26", "the fiscal year", "2023"),
        ("Revenue fell in the latest fiscal year.", "2023-10-26", "the latest fiscal year", "2022"),
        ("For the year ended June 30, the firm lost money.", "2023-10-26", "the year", "P1Y"),
        ("The merger should close by year-end.", "2023-10-26", "year-end", "2023"),
        ("Cuts will follow by the end of the year.", "2023-10-26", "the end of the year", "2023"),
        # years and months said in words (broadcast transcripts)
        ("In nineteen ninety-six the bomb went off in Atlanta.", "1998-02-27", "nineteen ninety-six", "1996"),
        ("It happened again in January nineteen ninety-seven.", "1998-02-27", "January nineteen ninety-seven", "1997-01"),
        ("He promised jobs by the year two thousand.", "1998-02-05", "the year two thousand", "2000"),
        ("Prices were low in the winter of nineteen ninety-four.", "1998-02-23", "the winter of nineteen ninety-four", "1994-WI"),
        # a month in the year a phrase names
        ("The leadership split in June last year.", "2023-02-19", "June last year", "2022-06"),
        ("They will join the alliance in April next year.", "2023-12-03", "April next year", "2024-04"),
        # quarters and halves with their year
        ("In the 2022 third quarter it lost money.", "2023-10-26", "the 2022 third quarter", "2022-Q3"),
        ("The cut takes effect in next year's first quarter.", "2023-10-26", "next year's first quarter", "2024-Q1"),
        ("Earnings will fall in the second half of 2024.", "2023-10-26", "the second half of 2024", "2024-H2"),
        ("Losses continue through the first two quarters of 2024.", "2023-10-26", "the first two quarters of 2024", "2024-H1"),
        # holidays
        ("The boy was rescued on Thanksgiving Day.", "2000-01-07", "Thanksgiving Day", "1999-11-25"),
        ("The shops closed last Christmas.", "2023-06-26", "last Christmas", "2022-12-25"),
        ("Pilgrims arrived as Easter week began.", "2024-03-28", "Easter week", "2024-W13"),
        ("Voters go to the polls on Election Day.", "2022-10-26", "Election Day", "2022-11-08"),
        # times of day
        ("The deadline passed at noon Saturday.", "2023-06-26", "noon Saturday", "2023-06-24T12:00"),
        ("Shares rose by mid-afternoon yesterday.", "2023-06-26", "mid-afternoon yesterday", "2023-06-25TAF"),
        ("The father will leave at 4 in the morning.", "2023-06-26", "4 in the morning", "2023-06-26T04:00"),
        ("The offer expires at 5 p.m. EST, Nov. 6.", "2023-10-30", "5 p.m. EST, Nov. 6", "2023-11-06T17:00"),
        # centuries and decades
        ("It was the bloodiest war of the 20th century.", "2023-06-26", "the 20th century", "19"),
        ("Sales were flat through the '80s.", "1989-10-26", "the '80s", "198"),
        ("Rates were low in the '10s.", "2023-06-26", "the '10s", "201"),
        # durations
        ("They lived in camps for 2 1/2 years.", "2023-06-26", "2 1/2 years", "P2Y6M"),
        ("She spent 5 1/2 hours in Nairobi.", "2023-06-26", "5 1/2 hours", "PT5H30M"),
        ("A minute and a half later a pilot called.", "2023-06-26", "A minute and a half", "PT1M30S"),
        ("Markets swung in the last twenty-four hours.", "2023-06-26", "the last twenty-four hours", "PT24H"),
        ("The loan may be extended for an additional year.", "2023-06-26", "an additional year", "P1Y"),
        ("Eight trading days after the crash, stocks recovered.", "2023-06-26", "Eight trading days", "P8D"),
        ("Growth should continue over the next couple of years.", "2023-06-26", "the next couple of years", "P2Y"),
        ("A few days later, the firm cut its forecast.", "2023-06-26", "A few days later", "PXD"),
        # sets
        ("Patients wait for organs each year.", "2023-06-26", "each year", "P1Y"),
        ("The firm pays interest every quarter.", "2023-06-26", "every quarter", "P1Q"),
        ("Average hourly earnings rose.", "2023-06-26", "hourly", "PT1H"),
        # bare months after "for" and before a noun
        ("The job figures for January were strong.", "2023-02-06", "January", "2023-01"),
        ("Police investigated the October shooting.", "2023-11-20", "October", "2023-10"),
        # a season of this year that is over
        ("The unit was sold this past spring.", "2023-10-30", "this past spring", "2023-SP"),
    ],
)
def test_timeml_values_of_news_expressions(nlp, text, published, expression, timeml):
    found = expressions(nlp, text, published)
    assert found[expression].timeml == timeml


def test_the_year_after_a_named_year_counts_from_it(nlp):
    found = expressions(nlp, "He was promoted in 1995, and the following year he moved to Paris. He fled in June 1998 and returned later that year.", "2000-01-28")
    assert found["the following year"].timeml == "1996"
    assert found["later that year"].timeml == "1998"


def test_a_year_earlier_compares_with_this_years_quarter(nlp):
    found = expressions(nlp, "In this year's third quarter, net was $10.5 million, compared with $10.3 million a year earlier.", "2023-10-26")
    assert found["this year's third quarter"].timeml == "2023-Q3"
    assert found["a year earlier"].timeml == "2022-Q3"


def test_a_year_last_year_in_earnings_news_is_that_quarter(nlp):
    found = expressions(nlp, "Third-quarter profit rose, up from the corresponding period last year. In the 2022 period, it lost money.", "2023-10-26")
    assert found["the corresponding period last year"].timeml == "2022-Q3"
    assert found["the 2022 period"].timeml == "2022-Q3"


@pytest.mark.parametrize(
    "text, not_a_time",
    [
        ("Iraq imports about three-quarters of its food.", "three-quarters"),
        ("Junk funds hold more than a quarter of the market.", "a quarter"),
        ("A second group of directors resigned.", "A second"),
        ("Mr. Reupke, 52 years old, resigned.", "52 years"),
        ("The film High Noon helped them win.", "Noon"),
        ('Baker said on ABC\'s "This Week" that talks failed.', "This Week"),
        ("Thousands joined the March for Life in Washington.", "March"),
        ("He spoke on CBS's 60 Minutes last night.", "Minutes"),
        ("Tanks ended the Prague Spring in 1968.", "Spring"),
        ("He parked in the long-term lot.", "term"),
        ("Riots broke out during the past three summers.", "the past"),
        ("Shots rang out on June 24. Talks ran in the morning and afternoon of June 25.", "in the morning"),
    ],
)
def test_amounts_ages_titles_and_names_are_not_times(nlp, text, not_a_time):
    found = expressions(nlp, text, "2023-06-26")
    assert not any(not_a_time in span for span in found), found


def test_vague_future_and_periods_ahead(nlp):
    found = expressions(nlp, "Funds may sell junk in the weeks ahead and raise capital at a later date.")
    assert found["the weeks ahead"].timeml == "PXW"
    assert found["a later date"].timeml == "FUTURE_REF"


def test_then_current_is_the_past(nlp):
    found = expressions(nlp, "Holders could buy shares at half the then current market price.")
    assert found["then current"].timeml == "PAST_REF"


@pytest.mark.parametrize(
    "text, published, expression, timeml",
    [
        # the tense a weekday takes from its clause
        ("Stocks hurt the index on Friday.", "2023-06-26", "Friday", "2023-06-23"),  # "hurt": the same in the past
        ("The vote follows Tuesday's debate.", "2023-06-29", "Tuesday", "2023-06-27"),  # a possessive is no schedule
        ("Talks are set to resume Monday in Geneva.", "2023-06-28", "Monday", "2023-07-03"),
        ("Trading is to resume Thursday.", "2023-06-26", "Thursday", "2023-06-29"),
        ("The offer had been due to expire Friday.", "2023-06-26", "Friday", "2023-06-23"),
        ("Next on the agenda: a Senate vote Tuesday.", "2023-06-26", "Tuesday", "2023-06-27"),  # no tense: tomorrow
        ("Next on the agenda: a Senate vote at noon Tuesday.", "2023-06-26", "noon Tuesday", "2023-06-27T12:00"),
        ("Next on the agenda: a Senate vote at 5 p.m. Tuesday.", "2023-06-26", "5 p.m. Tuesday", "2023-06-27T17:00"),
        # a weekday counted from the day the text last named
        ("Shares closed at 40 on Friday, down from 44 the previous Friday.", "2023-06-26", "the previous Friday", "2023-06-16"),
        ("The strike began on June 5 and ended the following Friday.", "2023-06-26", "the following Friday", "2023-06-09"),
        # a part of the day the text last dated
        ("Shares fell on Friday. Dealers bought in the morning.", "2023-06-26", "in the morning", "2023-06-23TMO"),
        # sets
        ("The ferry leaves each Thursday.", "2023-06-26", "each Thursday", "XXXX-WXX-4"),
        ("Flights depart on Monday and Wednesday nights.", "2023-06-26", "Monday", "XXXX-WXX-1TNI"),
        ("Flights depart on Monday and Wednesday nights.", "2023-06-26", "Wednesday nights", "XXXX-WXX-3TNI"),
        ("The club meets on Sundays.", "2023-06-26", "Sundays", "XXXX-WXX-7"),
        ("Farmers hold a fair every August.", "2023-06-26", "every August", "XXXX-08"),
        ("He runs every morning.", "2023-06-26", "every morning", "XXXX-XX-XXTMO"),
        ("The board meets twice a month.", "2023-06-26", "twice a month", "P1M"),
        # weeks, years and days the text builds from a date
        ("The trial opens the week of May 8.", "2023-04-20", "the week of May 8", "2023-W19"),
        ("The post-1945 order is fraying.", "2023-06-26", "post-1945", "1945"),
        ("Voting runs on May 3 and 4.", "2023-04-20", "4", "2023-05-04"),
        ("A month or so ago, the firm hired him.", "2023-06-26", "A month or so ago", "2023-05"),
        # vague references
        ("She hopes she will one day run the company.", "2023-06-26", "one day", "FUTURE_REF"),
        ("Someday the road will open.", "2023-06-26", "Someday", "FUTURE_REF"),
        ("Prices may stay high in the near term.", "2023-06-26", "the near term", "FUTURE_REF"),
        ("They want a deal as soon as possible.", "2023-06-26", "as soon as possible", "FUTURE_REF"),
        # durations
        ("Workers began a week-long strike.", "2023-06-26", "a week-long", "P1W"),
        ("The decades-long feud ended.", "2023-06-26", "decades-long", "PXY"),
        ("The power will be out for a while.", "2023-06-26", "a while", "PXX"),
        ("Costs will rise over the next two years or so.", "2023-06-26", "the next two years or so", "P2Y"),
        ("Repairs take two to three weeks.", "2023-06-26", "two", "P2W"),
        ("Repairs take two to three weeks.", "2023-06-26", "three weeks", "P3W"),
        ("Over the years the town grew.", "2023-06-26", "the years", "PXY"),
        # a quarter of the year before; a quarter named as a number of years is a quarter
        ("Profit fell from the year-ago second quarter.", "2023-10-26", "the year-ago second quarter", "2022-Q2"),
        ("Sales rose. It lost money in the 2022 quarter.", "2023-10-26", "the 2022 quarter", "2022"),
        # an explicit future tense looks ahead for a month without a year
        ("The crew will fly a mission in December.", "2023-03-04", "December", "2023-12"),
        ("The vote will be held on Dec. 10.", "2023-03-04", "Dec. 10", "2023-12-10"),
        ("The firm will pay the dividend Jan. 3.", "2023-11-20", "Jan. 3", "2024-01-03"),
        # round s41: a past act "in" a month is not ahead of the article (the nearest year was
        # next March, four months ahead, for a November article); a target month keeps it
        ("The generator had failed a safety test in March.", "2026-11-18", "March", "2026-03"),
        ("Inspectors found the leak during February, the company said.", "2026-11-18", "February", "2026-02"),
        ("The council extended the deadline to March.", "2026-11-18", "March", "2027-03"),
        ("The school will close in March.", "2026-11-18", "March", "2027-03"),
    ],
)
def test_timeml_values_of_tense_sets_and_vague_expressions(nlp, text, published, expression, timeml):
    found = expressions(nlp, text, published)
    assert found[expression].timeml == timeml, found


def test_a_quarter_still_ahead_is_not_the_one_reported(nlp):
    text = "Third-quarter profit rose. Sales should grow through the fourth quarter. In the year-ago period, it earned $5 million."
    found = expressions(nlp, text, "2023-10-26")
    assert found["the fourth quarter"].timeml == "2023-Q4"
    assert found["the year-ago period"].timeml == "2022-Q3"



@pytest.mark.parametrize(
    "text, published, expression, value",
    [
        # a weekend told in the past tense on a weekday (Monday 2023-06-26) is the one just gone
        ("The ferry captain shoved a reporter this weekend.", "2023-06-26", "this weekend", "2023-W25-WE"),
        ("The ferry captain shoved a reporter last weekend.", "2023-06-26", "last weekend", "2023-W25-WE"),
        # on the Sunday itself it is that weekend; ahead in the future tense
        ("The ferry captain shoved a reporter this weekend.", "2023-06-25", "this weekend", "2023-W25-WE"),
        ("The ferry company will hold a vote this weekend.", "2023-06-26", "this weekend", "2023-W26-WE"),
    ],
)
def test_this_weekend_follows_the_tense_of_its_verb(nlp, text, published, expression, value):
    assert expressions(nlp, text, published)[expression].timeml == value


def test_a_will_reported_in_the_past_looks_ahead(nlp):
    # round s27: "said the port would reopen on Friday" is the speaker's "will reopen on Friday",
    # the Friday after the report (2028-03-15 is a Wednesday), not the one before it.
    found = expressions(nlp, "Ms Holm said the port would reopen on Friday.", published="2028-03-15")
    assert found["Friday"].value == "2028-03-17"
    # "would have reopened" looks back; a past happening keeps the Friday before
    found = expressions(nlp, "Ms Holm said the port would have reopened on Friday.", published="2028-03-15")
    assert found["Friday"].value == "2028-03-10"
    found = expressions(nlp, "Ms Holm said the port reopened on Friday.", published="2028-03-15")
    assert found["Friday"].value == "2028-03-10"


# --- issue 19, round s28: times of day and month-days on the narrative's day -----------------------
# 2026-03-11 is a Wednesday.


def test_a_clock_time_beside_a_weekday_is_on_that_weekday(nlp):
    text = "The water board last inspected the Ossel dam on March 3. Mayor Odile Fenn signed an evacuation order at 9 a.m. on Tuesday."
    found = expressions(nlp, text, "2026-03-11")
    assert found["9 a.m."].timeml == "2026-03-10T09:00" and found["9 a.m."].value == "2026-03-10"
    assert found["Tuesday"].value == "2026-03-10"


def test_a_bare_clock_time_is_on_the_narratives_day(nlp):
    # A condition, someone's quoted words and a plan name days the outlet's report is not on.
    for before in ("Had the engineers opened the sluice gates on Sunday, the lower town would be dry.",
                   '"We warned them on Sunday," said Piet Haverman.',
                   "The minister will visit Ossel on Friday."):
        found = expressions(nlp, before + " Army engineers reached the town hall at noon.", "2026-03-11")
        assert found["noon"].timeml == "2026-03-11T12:00", before
    found = expressions(nlp, "The relief barges left Harlen on Monday. They reached the Ossel quay at 4 p.m.", "2026-03-11")
    assert found["4 p.m."].timeml == "2026-03-09T16:00"


def test_a_part_of_the_day_continues_the_narratives_day(nlp):
    found = expressions(nlp, "The Ossel dam breached yesterday. By mid-morning the market square stood under water.", "2026-03-11")
    assert found["mid-morning"].value == "2026-03-10"
    # the day of a saying is when it was said, not the day the narrative is on
    text = "The Ossel dam breached on Tuesday, officials said on Wednesday. By mid-morning the square stood under water."
    assert expressions(nlp, text, "2026-03-11")["mid-morning"].value == "2026-03-10"
    text = "The engineers had inspected the sluices on Sunday. The dam breached on Tuesday. Late in the afternoon the water fell."
    assert expressions(nlp, text, "2026-03-11")["Late in the afternoon"].value == "2026-03-10"


def test_a_month_and_day_take_the_articles_year(nlp):
    assert expressions(nlp, "The new levee was finished on June 30th.", "2026")["June 30th"].value == "2026-06-30"
    assert expressions(nlp, "The new levee was finished on June 30th.", "2026-08")["June 30th"].value == "2026-06-30"
    # a deadline under "must" lies ahead: in a November article, next June
    found = expressions(nlp, "The province said the new levee must be finished by June 30th.", "2026-11-20")
    assert found["June 30th"].value == "2027-06-30"
    found = expressions(nlp, "The province said the new levee must be finished by June 30th.", "2026-03-11")
    assert found["June 30th"].value == "2026-06-30"


# --- issue 19, round s29 -----------------------------------------------------------------------


def test_a_quoted_day_counts_from_when_the_speaker_spoke(nlp):
    """In a Thursday article a speaker speaks about then; when the article says they spoke on
    Monday, their "yesterday" is the Sunday before it."""
    found = expressions(nlp, 'Mira Oslund said: "He rang me on Sunday night."', published="2031-05-15")
    assert found["Sunday night"].value == "2031-05-11"
    found = expressions(nlp, 'On Monday, Piet Aran told reporters: "We asked the miners for help yesterday."', published="2031-05-15")
    assert found["Monday"].value == "2031-05-12"
    assert found["yesterday"].value == "2031-05-11"


def test_a_time_of_day_takes_the_day_its_sentence_names(nlp):
    """"by mid-morning" after "at 7 a.m. today" in the same sentence is today, though the
    narrative was last on yesterday."""
    found = expressions(
        nlp,
        "Snow closed the Harl pass yesterday. The pass reopened at 7 a.m. today, and by mid-morning a line of buses stretched back to Tolm.",
        published="2031-03-12",
    )
    assert found["7 a.m. today"].timeml == "2031-03-12T07:00"
    assert found["mid-morning"].value == "2031-03-12"


def test_the_same_day_in_an_undated_article_counts_from_its_last_day(nlp):
    found = expressions(
        nlp,
        "At about 5 a.m. on 9 August, raiders burned the grain store at Velt. Later the same day the mill was shelled. "
        "Two days later the governor declared a curfew.",
        published=None,
    )
    assert found["5 a.m."].timeml == "XXXX-08-09T05:00"  # not the day before, not without a day
    assert found["the same day"].timeml == "XXXX-08-09"
    assert found["Two days later"].timeml == "XXXX-08-11"


def test_a_since_date_without_a_year_lies_before_the_article(nlp):
    found = expressions(nlp, "The valley has been cut off since July 3rd, when the bridge fell.", published="2031-03-12")
    assert found["July 3rd"].value == "2030-07-03"
    found = expressions(nlp, "The valley has been cut off since July 3rd, when the bridge fell.", published="2031-09-11")
    assert found["July 3rd"].value == "2031-07-03"


def test_a_phrase_set_off_in_a_fronted_participle_takes_its_tense(nlp):
    """"Confirmed by the mayor, Ines Kall, on Friday, the fair will open ...": "Friday" dates the
    confirmation (past), not the opening (future)."""
    found = expressions(
        nlp, "Confirmed by the mayor, Ines Kall, on Friday, the fair will open in Brask on October 2nd.", published="2031-09-11"
    )
    assert found["Friday"].value == "2031-09-05"
    assert found["October 2nd"].value == "2031-10-02"


# --- issue 19, round s31 ------------------------------------------------------------------------


def test_a_bare_clock_time_takes_the_last_day_stated_before_the_report_names_its_own(nlp):
    # published Wednesday 2029-09-19; the only days named are a saying's and a look back
    text = "Police said on Saturday that four climbers had died on the Kessan ridge.\n\nThe cornice broke away at 3:10 p.m."
    assert expressions(nlp, text, "2029-09-19")["3:10 p.m."].timeml == "2029-09-15T15:10"
    text = "The militia said it had taken the Orvel depot on Monday. The attack, code-named Operation Grey Heron, began at 4:15 a.m."
    assert expressions(nlp, text, "2029-09-19")["4:15 a.m."].timeml == "2029-09-17T04:15"
    # a plan names no day the report is on
    text = "The minister will tour the Orvel depot on Friday. Sappers cleared the road at 4 p.m."
    assert expressions(nlp, text, "2029-09-19")["4 p.m."].timeml == "2029-09-19T16:00"


def test_a_future_told_in_the_past_and_a_day_set_for_look_ahead(nlp):
    # published Wednesday 2029-09-19
    found = expressions(nlp, "The council said on Tuesday that the burials would be held on Friday.", "2029-09-19")
    assert found["Friday"].value == "2029-09-21"
    found = expressions(nlp, "The last evacuees would be flown home by Saturday evening, the embassy said.", "2029-09-19")
    assert found["Saturday evening"].value == "2029-09-22"
    found = expressions(nlp, "Bus drivers backed a walkout called for Monday.", "2029-09-19")
    assert found["Monday"].value == "2029-09-24"
    # a past happening and a plan called off keep the last such day
    assert expressions(nlp, "The burials were held on Friday.", "2029-09-19")["Friday"].value == "2029-09-14"
    found = expressions(nlp, "A vigil scheduled for Monday was postponed.", "2029-09-19")
    assert found["Monday"].value == "2029-09-17"


def test_an_irregular_past_the_tagger_reads_as_a_present_looks_back(nlp):
    # published Wednesday 2029-09-19: "retook" is tagged as a plural present
    found = expressions(nlp, "Government troops retook the Orvel depot on Monday after a long siege.", "2029-09-19")
    assert found["Monday"].value == "2029-09-17"
    assert expressions(nlp, "The talks resume on Monday.", "2029-09-19")["Monday"].value == "2029-09-24"


# --- issue 19, round s32: days of clock times, nights past midnight, expectations, speeches -------


def test_a_day_inside_the_clock_times_phrase_is_its_day(nlp):
    """The parse hangs "at 4 a.m. on Tuesday" from "bells", far below the verb: the day in the
    time's own phrase is still its day, not the day the narrative was on before."""
    found = expressions(
        nlp,
        "Smoke was first noticed above Dunmoor on Monday. Families in Perl were roused by church bells at 4 a.m. on Tuesday.",
        published="2031-03-12",
    )
    assert found["4 a.m."].timeml == "2031-03-11T04:00"


def test_a_night_told_past_midnight_moves_to_the_next_day(nlp):
    found = expressions(
        nlp,
        "The blast at 10.50 p.m. on Friday shook the Ostry depot. Crews had the fire under control by 3 a.m.",
        published="2031-03-16",
    )
    assert found["10.50 p.m."].timeml == "2031-03-14T22:50"  # a dotted clock is a clock
    assert found["3 a.m."].timeml == "2031-03-15T03:00"
    # a time earlier in the afternoon after an evening one is no night past midnight
    later = expressions(nlp, "Crews arrived at 7 p.m. on Friday. They had left Ostry at 4 p.m.", published="2031-03-16")
    assert later["4 p.m."].timeml == "2031-03-14T16:00"


def test_an_infinitive_under_a_present_looks_ahead(nlp):
    found = expressions(nlp, "Meteorologists expect the rain to stop on Thursday.", published="2031-03-10")
    assert found["Thursday"].value == "2031-03-13"
    past = expressions(nlp, "Meteorologists say the rain stopped on Thursday.", published="2031-03-10")
    assert past["Thursday"].value == "2031-03-06"


def test_a_day_after_for_that_qualifies_a_noun_sets_no_time_ahead(nlp):
    found = expressions(nlp, "Auditors asked the council for its accounts for May 4.", published="2031-06-20")
    assert found["May 4"].value == "2031-05-04"  # the accounts of May 4, not a date set ahead
    ahead = expressions(nlp, "The union called a stoppage for Monday.", published="2031-06-20")  # a Friday
    assert ahead["Monday"].value == "2031-06-23"


def test_a_quotation_counts_from_the_speech_the_sentence_before_dates(nlp):
    found = expressions(
        nlp,
        'Mayor Tova Rell spoke on local radio on Saturday evening. "Today we buried our neighbours," she said. '
        '"Tomorrow we start to rebuild."',
        published="2031-03-17",  # a Monday
    )
    assert found["Today"].value == "2031-03-15"
    assert found["Tomorrow"].value == "2031-03-16"


def test_a_relative_clauses_day_does_not_date_a_later_clock_time(nlp):
    """Published Wednesday 2031-04-16. The report is on Monday's fall of the footbridge; a
    diver's past work told in a relative clause does not move it."""
    text = (
        "The Orla footbridge fell into the river on Monday.\n\n"
        "A diver, who surveyed the piers for the city on January 9th, said the bolts were rusted.\n\n"
        "The mayor reached the river bank at 3 p.m."
    )
    found = expressions(nlp, text, published="2031-04-16")
    assert found["January 9th"].value == "2031-01-09"
    assert found["3 p.m."].timeml == "2031-04-14T15:00"


def test_going_to_is_the_future_even_told_in_the_past(nlp):
    found = expressions(nlp, "He was going to sail to Lund on Saturday.", published="2031-04-16")
    assert found["Saturday"].value == "2031-04-19"


def test_a_past_act_later_that_day_is_not_counted_from_a_plans_day(nlp):
    # round s41: "that day" after a planned Friday dates a past act by the narrative's day, not
    # after the article; a planned act "later that day" still counts from the plan's day
    past = expressions(nlp, "The envoy arrived on Monday. The ministry will publish the report on Friday. "
                            "Later that day, the envoy left the capital.", "2026-11-18")
    assert past["Later that day"].timeml == "2026-11-16"
    planned = expressions(nlp, "The ministry will publish the report on Friday. Later that day, results will be announced.", "2026-11-18")
    assert planned["Later that day"].timeml == "2026-11-20"
