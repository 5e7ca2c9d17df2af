"""CAMEO interactions from verbal and nominal patterns, with targets, dates, quotes and modality."""

import datetime as dt

import pytest

pytestmark = pytest.mark.model


def asserts_fact(extraction, source: str, root: str, targets: set[str]) -> bool:
    """Whether the extraction states that source did an act of this CAMEO root toward exactly these targets."""
    return (source, root, frozenset(targets)) in facts(extraction)


def asserts_code(extraction, source: str, code: str, targets: set[str]) -> bool:
    """Whether the extraction has an act by source with exactly this CAMEO code toward exactly these targets."""
    return any(extraction.actors[i.actor].name == source and i.cameo == code
               and {extraction.actors[t].name for t in i.targets} == targets for i in extraction.interactions)


def first_targets(extraction, code_prefix):
    """Target names of the first interaction whose code starts with code_prefix."""
    act = next(i for i in extraction.interactions if i.cameo.startswith(code_prefix))
    return [extraction.actors[t].name for t in act.targets]


def facts(extraction, asserted_only=True):
    """(source, root, frozenset(targets)) of each interaction, names as labels."""
    name = {k: a.name for k, a in extraction.actors.items()}
    return {
        (name[i.actor], i.cameo[:2], frozenset(name[t] for t in i.targets))
        for i in extraction.interactions
        if i.modality is None or not asserted_only
    }


def test_urge_with_coordinated_objects_is_an_appeal_for_de_escalation(extract_text):
    ex = extract_text("US President Donald Trump urged India and Pakistan to de-escalate tensions.")
    urge = [i for i in ex.interactions if i.cameo.startswith("02")]
    assert urge and urge[0].cameo == "0256"
    assert ("Donald Trump", "02", frozenset({"India", "Pakistan"})) in facts(ex)


def test_spoke_separately_with_two_people_reaches_both(extract_text):
    ex = extract_text("On Thursday, Secretary of State Marco Rubio spoke separately with India's External Affairs "
                      "Minister S Jaishankar and Pakistan's Prime Minister Shehbaz Sharif.")
    consults = [i for i in ex.interactions if i.cameo.startswith("04")]
    targets = {ex.actors[t].name for i in consults for t in i.targets}
    assert targets == {"S Jaishankar", "Shehbaz Sharif"}
    assert all(i.date == dt.date(2025, 5, 8) for i in consults)


def test_offer_to_mediate_is_intent_to_mediate(extract_text):
    ex = extract_text("US President Donald Trump on May 8 offered to mediate between India and Pakistan.")
    offer = [i for i in ex.interactions if i.cameo == "039"]
    assert offer and offer[0].date == dt.date(2025, 5, 8)
    assert {ex.actors[t].name for t in offer[0].targets} == {"India", "Pakistan"}
    assert not [i for i in ex.interactions if i.cameo == "045"]  # an offer is not mediation


def test_launching_strikes_is_military_force_against_the_places_named(extract_text):
    ex = extract_text("India launched a strike on terror sites in Pakistan early Wednesday (May 7).")
    strike = [i for i in ex.interactions if i.cameo.startswith("19")]
    assert strike and ex.actors[strike[0].actor].name == "India"
    assert "Pakistan" in {ex.actors[t].name for t in strike[0].targets}
    assert strike[0].date == dt.date(2025, 5, 7)


def test_condemnation_is_disapproval(extract_text):
    ex = extract_text("Russian Foreign Minister Sergey Lavrov condemned the United States.")
    assert ("Sergey Lavrov", "11", frozenset({"United States"})) in facts(ex)


def test_phone_call_phrase_is_a_consultation_between_subject_and_object(extract_text):
    ex = extract_text("In a phone call, Turkish President Recep Tayyip Erdogan urged Russian President Vladimir "
                      "Putin to back a ceasefire.")
    assert ("Recep Tayyip Erdogan", "04", frozenset({"Vladimir Putin"})) in facts(ex)
    assert ("Recep Tayyip Erdogan", "02", frozenset({"Vladimir Putin"})) in facts(ex)


def test_direct_quote_is_a_statement_of_its_speaker_with_the_quote_kept(extract_text):
    ex = extract_text('Donald Trump told reporters, "We knew something was going to happen."')
    said = [i for i in ex.interactions if i.cameo.startswith("01")]
    assert said and ex.actors[said[0].actor].name == "Donald Trump"
    assert any("something was going to happen" in q for q in said[0].quotes)


def test_pronoun_subject_resolves_to_the_last_speaker(extract_text):
    ex = extract_text("Prime Minister Rishi Sunak spoke to President Zelenskyy. He condemned Russia's drone strikes.")
    condemn = [i for i in ex.interactions if i.cameo.startswith("11")]
    assert condemn and ex.actors[condemn[0].actor].name == "Rishi Sunak"


def test_saying_another_state_must_act_is_a_demand(extract_text):
    ex = extract_text("Vladimir Putin told Recep Tayyip Erdogan that Ukraine had to accept the new reality.")
    assert ("Vladimir Putin", "10", frozenset({"Ukraine"})) in facts(ex)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Antony Blinken did not meet Sergey Lavrov in Geneva.", "negated"),
        ("Antony Blinken will visit India next week.", "future"),
        ("The United States would impose sanctions on Russia if it invaded.", "hypothetical"),
    ],
)
def test_acts_that_did_not_happen_carry_a_modality(extract_text, text, modality):
    ex = extract_text(text)
    assert ex.interactions, "the act should be kept for the record"
    assert all(i.modality == modality for i in ex.interactions if not i.cameo.startswith("01"))


def test_planned_call_is_not_a_fact(extract_text):
    ex = extract_text("Antony Blinken will speak with Sergey Lavrov on Friday.")
    assert not [i for i in ex.interactions if i.cameo.startswith("04") and i.modality is None]


def test_readout_statements_inherit_the_date_of_the_call(extract_text):
    ex = extract_text("Secretary Blinken spoke today with Russian Foreign Minister Sergey Lavrov. "
                      "The Secretary urged Russia to de-escalate.", published="2022-02-15")
    urge = [i for i in ex.interactions if i.cameo.startswith("02")]
    assert urge and urge[0].date == dt.date(2022, 2, 15)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("The European Union condemned North Korea's latest missile test.", ("European Union", "11", {"North Korea"})),
        ("Hamas rejected Israel's ceasefire proposal.", ("Hamas", "12", {"Israel"})),
        ("Iran threatened to retaliate against Israel.", ("Iran", "13", {"Israel"})),
        ("The United States imposed new sanctions on Russian banks.", ("United States", "16", {"Russia"})),
        ("Egypt and Qatar are mediating between Israel and Hamas.", ("Qatar", "04", {"Israel", "Hamas"})),
        ("Israel launched airstrikes on Gaza overnight.", ("Israel", "19", {"Gaza"})),
        ("Iranian Foreign Minister Hossein Amir-Abdollahian spoke by phone with his Saudi counterpart.",
         ("Hossein Amir-Abdollahian", "04", {"Saudi Arabia"})),
        ("Britain will send more tanks to Ukraine, Defence Secretary Ben Wallace said.",
         ("Ben Wallace", "03", {"Ukraine"})),
        ("The European Union adopted a new package of sanctions against Russia.",
         ("European Union", "16", {"Russia"})),
        ("Germany pledged 500 million euros in military aid to Ukraine.", ("Germany", "03", {"Ukraine"})),
        ("South Africa filed a genocide case against Israel at the International Court of Justice.",
         ("South Africa", "11", {"Israel"})),
        ("Iraq demanded the withdrawal of US troops from its territory.",
         ("Iraq", "10", {"United States Armed Forces"})),
        ("The Philippines protested against China's use of water cannon.", ("Philippines", "11", {"China"})),
        ("North Korea threatened to launch a nuclear strike against the United States.",
         ("North Korea", "13", {"United States"})),
        ("Washington lifted sanctions on Venezuela's oil sector.", ("United States", "08", {"Venezuela"})),
        ("Rwandan President Paul Kagame and Kenyan President William Ruto met in Qatar on Tuesday.",
         ("Paul Kagame", "04", {"William Ruto"})),
        ("Kigali denies arming the rebels.", ("Rwanda", "01", set())),
        ("Belgium responded by expelling Rwandan diplomats.", ("Belgium", "17", {"Rwanda"})),
        ("Congo expelled Rwanda's ambassador.", ("Democratic Republic of Congo", "16", {"Rwanda"})),
        ("The sanctions imposed by the European Union on Rwandan officers took effect.",
         ("European Union", "16", {"Rwanda"})),
        ("Hamas blamed sanctions imposed by the European Union.", ("Hamas", "11", {"European Union"})),
        ("Kenya called for a ceasefire in Sudan.", ("Kenya", "02", set())),
        ("Israel allowed the first convoy of humanitarian aid trucks to enter the Gaza Strip.",
         ("Israel", "08", {"Gaza"})),
        ("A court in Belarus found Rico Krieger guilty of terrorism.", ("Belarus", "11", {"Rico Krieger"})),
        ("Protesters stormed the Swedish embassy in Baghdad.", ("Iraq", "14", {"Swedish embassy in Baghdad"})),
        ("A suicide bomber from the Baloch Liberation Army blew himself up at a station in Quetta.",
         ("Baloch Liberation Army", "18", {"Quetta"})),
        ("Israel called up 300,000 reservists ahead of an offensive against Hamas.", ("Israel", "15", {"Hamas"})),
        ("Mali's junta ordered the U.N. peacekeeping mission MINUSMA to leave the country.",
         ("Mali's junta", "16", {"MINUSMA"})),
        ("A phone call between Chinese President Xi Jinping and Russian President Vladimir Putin took place on Monday.",
         ("Xi Jinping", "04", {"Vladimir Putin"})),
        ("Israeli Prime Minister Benjamin Netanyahu was urged by US Secretary of State Antony Blinken to allow aid.",
         ("Antony Blinken", "02", {"Benjamin Netanyahu"})),
        ("The talks between Armenia and Azerbaijan were mediated by the United States.",
         ("United States", "04", {"Armenia", "Azerbaijan"})),
        ("Chinese Foreign Minister Wang Yi travelled to Moscow on Wednesday.", ("Wang Yi", "04", {"Russia"})),
        ("In a call with Ukrainian President Volodymyr Zelenskyy, French President Emmanuel Macron pledged more air "
         "defence systems.", ("Emmanuel Macron", "03", {"Ukraine"})),
        ("KYIV, Sept 6 (Reuters) - U.S. Secretary of State Antony Blinken announced more than $1 billion in new aid "
         "for Ukraine during a visit to Kyiv on Wednesday.", ("Antony Blinken", "03", {"Ukraine"})),
        ("KYIV, Sept 6 (Reuters) - U.S. Secretary of State Antony Blinken announced more than $1 billion in new aid "
         "for Ukraine during a visit to Kyiv on Wednesday.", ("Antony Blinken", "04", {"Ukraine"})),
        ("China launched military drills around Taiwan on Thursday.", ("China", "15", {"Taiwan"})),
        ("The European Union called on all parties to avoid escalation.", ("European Union", "02", set())),
        ("Chinese and Indian troops clashed along their disputed border.",
         ("Chinese troops", "19", {"Indian Armed Forces"})),
        ("Armenia recalled its ambassador from Moscow.", ("Armenia", "16", {"Russia"})),
        ("Kenya offered to mediate in the Sudan conflict.", ("Kenya", "03", {"Sudan"})),
        ("Australia signed a security pact with Papua New Guinea.", ("Australia", "05", {"Papua New Guinea"})),
        ("Maduro ordered the expulsion of diplomats from seven Latin American countries, including Argentina and "
         "Chile.", ("Nicolás Maduro", "16", {"Argentina", "Chile"})),
        ("Sudan's warring parties signed a truce after talks mediated by Saudi Arabia.",
         ("Saudi Arabia", "04", {"Sudan"})),
        ("Army chief General Abdel Fattah al-Burhan accused the Rapid Support Forces of attacking civilians.",
         ("Abdel Fattah al-Burhan", "11", {"Rapid Support Forces"})),
    ],
)
def test_wire_sentences_code_source_action_and_target(extract_text, text, fact):
    assert asserts_fact(extract_text(text), *fact)


def test_a_states_army_speaking_is_its_military(extract_text):
    ex = extract_text("Pakistan's army said Indian troops fired across the Line of Control.")
    speaker = ex.actors[ex.interactions[0].actor]
    assert speaker.kind == "Organization"
    assert "Pakistan" in {ex.actors[k].name for k in speaker.affiliations}


def test_criticism_of_the_attack_targets_whoever_carried_it_out(extract_text):
    ex = extract_text("Israel carried out airstrikes on military targets in Iran on Saturday. "
                      "Saudi Arabia condemned the strikes.", published="2024-10-26")
    assert ("Saudi Arabia", "11", frozenset({"Israel"})) in facts(ex)


def test_a_readouts_bare_title_is_its_own_leader(extract_text):
    ex = extract_text("The Prime Minister spoke to Prime Minister Narendra Modi of India this afternoon. "
                      "Prime Minister Rishi Sunak thanked Prime Minister Modi for India's leadership of the G20. "
                      "They discussed the situation in Ukraine and the Prime Minister underlined the importance of "
                      "a just and lasting peace.", published="2023-03-05")
    calls = {(ex.actors[i.actor].name, tuple(ex.actors[t].name for t in i.targets))
             for i in ex.interactions if i.cameo.startswith("04")}
    assert ("Rishi Sunak", ("Narendra Modi",)) in calls
    appeal = [i for i in ex.interactions if i.cameo.startswith("02")]
    assert appeal and ex.actors[appeal[0].actor].name == "Rishi Sunak"


def test_expected_meeting_is_kept_but_not_a_fact(extract_text):
    ex = extract_text("Russian Foreign Minister Sergei Lavrov is expected to meet President Xi Jinping on Tuesday.")
    meet = [i for i in ex.interactions if i.cameo.startswith("04")]
    assert meet and meet[0].modality is not None


def test_a_date_the_calendar_cannot_pin_is_not_borrowed(extract_text):
    ex = extract_text("India launched strikes on Pakistan on Wednesday, in retaliation for Pakistan's attack on "
                      "India earlier this month.")
    attack = [i for i in ex.interactions if ex.actors[i.actor].name == "Pakistan" and i.cameo.startswith("19")]
    assert attack and attack[0].date is None



def test_a_planned_trip_on_a_weekday_is_the_coming_one(extract_text):
    ex = extract_text("President Biden will travel to Israel on Wednesday, the White House said.",
                      published="2024-03-15")
    trip = [i for i in ex.interactions if i.cameo == "042"]
    assert trip and trip[0].modality == "future" and trip[0].date == dt.date(2024, 3, 20)


def test_quote_running_across_sentences_goes_to_the_speaker_after_it(extract_text):
    ex = extract_text("“Oh it's so terrible! I know both very well and I want to see them work it out,” US President "
                      "Donald Trump said. He added, “And if I can do anything to help, I will be there.”")
    quotes = [q for i in ex.interactions for q in i.quotes]
    assert any(q.startswith("Oh it's so terrible!") for q in quotes)
    assert any(q.startswith("And if I can do anything") for q in quotes)
    assert all(ex.actors[i.actor].name == "Donald Trump" for i in ex.interactions if i.quotes)



def test_a_dateline_names_no_actor(extract_text):
    ex = extract_text("KYIV, Sept 6 (Reuters) - Ukrainian forces pressed a counteroffensive against Russian troops.")
    assert "Reuters" not in {a.name for a in ex.actors.values()}
    assert not [i for i in ex.interactions if i.cameo.startswith("02")]  # pressing an offensive is not an appeal


def test_title_words_before_a_title_are_not_a_name(extract_text):
    ex = extract_text("Japan's Chief Cabinet Secretary Yoshimasa Hayashi said Tokyo was watching closely.")
    people = [a for a in ex.actors.values() if a.kind == "Person"]
    assert [p.name for p in people] == ["Yoshimasa Hayashi"]
    assert "Chief Cabinet Secretary" in people[0].titles


def test_an_act_in_the_first_person_inside_a_quote_is_the_speakers(extract_text):
    ex = extract_text("“We strongly condemn Russia's attack on Odesa,” German Chancellor Olaf Scholz said on Monday. "
                      "He added, “We will continue to support Ukraine.”")
    assert ("Olaf Scholz", "11", frozenset({"Russia"})) in facts(ex)
    assert ("Olaf Scholz", "03", frozenset({"Ukraine"})) in facts(ex)
    condemn = next(i for i in ex.interactions if i.cameo.startswith("11"))
    assert condemn.quotes and "condemn" in condemn.quotes[0]


def test_a_conditional_offer_of_help_is_not_a_promise_of_aid(extract_text):
    ex = extract_text("Donald Trump added, “And if I can do anything to help, I will be there.”")
    assert not [i for i in ex.interactions if i.cameo.startswith("03")]



def test_receiving_a_call_is_not_hosting_a_visit(extract_text):
    ex = extract_text("Egyptian President Abdel Fattah al-Sisi received a phone call from Jordan's King Abdullah II.")
    assert not [i for i in ex.interactions if i.cameo == "043"]
    calls = [{ex.actors[k].name for k in [i.actor, *i.targets]} for i in ex.interactions if i.cameo == "041"]
    assert any(any("Sisi" in n for n in c) and any("Abdullah" in n for n in c) for c in calls)


def test_a_spokesperson_for_a_body_speaks_for_it(extract_text):
    ex = extract_text("WASHINGTON (AP) — A spokeswoman for the German government criticised Russia's decision.")
    assert "AP" not in {a.name for a in ex.actors.values()} and "Associated Press" not in {
        a.name for a in ex.actors.values()}
    speaker = next(ex.actors[i.actor] for i in ex.interactions if i.cameo.startswith("11"))
    assert "Germany" in {speaker.name, *(ex.actors[k].name for k in speaker.affiliations)}


def test_us_readout_conventions(extract_text):
    ex = extract_text(
        "The below is attributable to Spokesperson Ned Price:\n\nSecretary of State Antony J. Blinken spoke today "
        "with Indian External Affairs Minister Dr. S. Jaishankar. The Secretary and Foreign Minister discussed ways to "
        "deepen cooperation on climate change. Secretary Blinken expressed appreciation for India's leadership in the "
        "region. The Secretary also raised concerns about the situation in Burma. Both reaffirmed their commitment to "
        "the Quad.", published="2021-04-01")
    jaishankar = next(a for a in ex.actors.values() if a.name == "S Jaishankar")
    assert "External Affairs Minister" in jaishankar.titles
    got = facts(ex)
    assert ("Antony Blinken", "05", frozenset({"India"})) in got
    assert ("Antony Blinken", "01", frozenset({"Myanmar"})) in got  # concern about a situation: pessimism
    assert ("S Jaishankar", "03", frozenset({"Quad"})) in got
    discussed = [i for i in ex.interactions if "discussed" in i.evidence and i.cameo.startswith("04")]
    assert discussed and {ex.actors[k].name for k in [discussed[0].actor, *discussed[0].targets]} == {
        "Antony Blinken", "S Jaishankar"}


def test_what_someone_is_urged_to_do_is_not_the_urgers_act(extract_text):
    ex = extract_text("Secretary Blinken urged Prime Minister Abiy Ahmed to commit to the steps outlined.")
    assert not [i for i in ex.interactions if i.cameo.startswith("03")]


def test_striking_a_deal_is_not_a_strike_and_a_purpose_is_not_an_act(extract_text):
    ex = extract_text("Erdogan and Putin have had several conversations about the war, with Turkey collaborating with "
                      "the United Nations to strike a deal enabling grain exports from Ukrainian ports.")
    assert not [i for i in ex.interactions if i.cameo.startswith("19") and i.modality is None
                and ex.actors[i.actor].name == "Turkey"]



def test_a_regional_adjective_is_not_a_state(extract_text):
    ex = extract_text("Maduro expelled diplomats from seven Latin American countries.")
    assert "United States" not in {a.name for a in ex.actors.values()}


@pytest.mark.parametrize(
    ("text", "source", "root", "modality"),
    [
        ("India denied launching strikes on Pakistani civilians.", "India", "19", "negated"),
        ("The United States hopes to meet with North Korea next month.", "United States", "04", "hoped"),
        ("China refused to condemn Russia's invasion of Ukraine.", "China", "11", "negated"),
        ("Japan is considering sanctions against Russia.", "Japan", "16", "hypothetical"),
        ("The EU failed to agree on new sanctions against Russia.", "European Union", "03", "negated"),
    ],
)
def test_denied_hoped_refused_considered_and_failed_acts_are_not_facts(extract_text, text, source, root, modality):
    ex = extract_text(text)
    acts = [i for i in ex.interactions if ex.actors[i.actor].name == source and i.cameo.startswith(root)]
    assert acts and all(i.modality == modality for i in acts)


def test_an_act_named_as_what_was_refused_is_still_a_fact(extract_text):
    ex = extract_text("China refused to condemn Russia's invasion of Ukraine.")
    assert ("China", "11", frozenset({"Russia"})) in facts(ex, asserted_only=False)
    assert ("Russia", "19", frozenset({"Ukraine"})) in facts(ex)


def test_a_visit_to_a_city_is_a_visit_to_its_state(extract_text):
    ex = extract_text("German Chancellor Olaf Scholz visited the Ukrainian city of Kharkiv on Monday.")
    assert ("Olaf Scholz", "04", frozenset({"Ukraine"})) in facts(ex)


def test_the_ministry_is_the_ministry_named_before(extract_text):
    ex = extract_text("Iran's foreign ministry summoned the British ambassador on Monday. The ministry accused "
                      "Britain of interfering in Iran's affairs.")
    accusation = [i for i in ex.interactions if i.cameo == "112"]
    assert accusation and ex.actors[accusation[0].actor].name == "Iran's foreign ministry"
    assert [ex.actors[t].name for t in accusation[0].targets] == ["United Kingdom"]


def test_it_is_the_state_that_spoke(extract_text):
    ex = extract_text("Iran said it had seized a British-flagged oil tanker in the Gulf of Oman.")
    assert ("Iran", "17", frozenset({"United Kingdom"})) in facts(ex)
    assert not extract_text("It is unclear whether China will attend.").interactions


def test_promised_weapons_are_military_aid(extract_text):
    ex = extract_text("Britain will send more tanks to Ukraine, Defence Secretary Ben Wallace said.")
    promise = [i for i in ex.interactions if ex.actors[i.actor].name == "Ben Wallace"]
    assert [i.cameo for i in promise] == ["0332"]


@pytest.mark.parametrize(
    ("text", "code", "targets"),
    [
        ("Russia expelled two Estonian diplomats.", "174", {"Estonia"}),
        ("Russia expelled the Estonian ambassador.", "161", {"Estonia"}),
        ("Hamas released four Israeli hostages on Saturday.", "0841", {"Israel"}),
        ("China threatened to impose sanctions on Lithuania.", "1312", {"Lithuania"}),
        ("Iran suspended talks with the United States.", "164", {"United States"}),
        ("Russia deployed troops near the Ukrainian border.", "154", {"Ukraine"}),
        ("Bolivia cut ties with Israel.", "161", {"Israel"}),
        ("Israel imposed a blockade on Gaza.", "191", {"Gaza"}),
        ("The United States vetoed the resolution on Gaza.", "129", {"Palestine"}),
        ("Israeli troops killed two Palestinians in the West Bank.", "190", {"Palestine"}),
    ],
)
def test_reduced_relations_yielding_force_posture_and_coercion_codes(extract_text, text, code, targets):
    ex = extract_text(text)
    coded = [(i.cameo, {ex.actors[t].name for t in i.targets}) for i in ex.interactions if i.modality is None]
    assert (code, targets) in coded


def test_the_content_of_a_threat_is_not_an_act(extract_text):
    ex = extract_text("China threatened to impose sanctions on Lithuania.")
    assert all(i.modality is not None for i in ex.interactions if i.cameo.startswith("16"))


def test_talks_named_as_the_purpose_of_a_trip_take_its_date(extract_text):
    ex = extract_text("Russian Foreign Minister Sergei Lavrov arrived in Beijing on Monday for talks with his Chinese "
                      "counterpart Wang Yi.", published="2024-04-09")
    talks = [i for i in ex.interactions if i.cameo == "040"]
    assert talks and talks[0].date == dt.date(2024, 4, 8)


def test_calling_on_a_leader_is_a_visit_and_calling_on_a_state_to_act_an_appeal(extract_text):
    visit = extract_text("External Affairs Minister S. Jaishankar called on President Vladimir Putin in Moscow.")
    assert asserts_fact(visit, "S Jaishankar", "04", {"Vladimir Putin"})
    appeal = extract_text("The G7 called on Russia to withdraw its troops from Ukraine.")
    assert asserts_fact(appeal, "G7", "02", {"Russia"})


def test_a_bare_title_prefers_the_holder_of_that_exact_title(extract_text):
    ex = extract_text("Foreign Secretary James Cleverly met Saudi Foreign Minister Prince Faisal bin Farhan in London "
                      "today. The Foreign Secretary welcomed Saudi Arabia's support for Ukraine. Both ministers "
                      "agreed to deepen cooperation on trade.", published="2023-06-20")
    assert asserts_fact(ex, "James Cleverly", "05", {"Saudi Arabia"})
    assert asserts_fact(ex, "James Cleverly", "03", {"Faisal bin Farhan"})


def test_a_states_decision_to_act_is_that_states_promise(extract_text):
    ex = extract_text("The Prime Minister welcomed Germany's decision to send tanks to Ukraine.")
    assert asserts_fact(ex, "Germany", "03", {"Ukraine"})


@pytest.mark.parametrize(
    "text",
    [
        "U.S. Secretary of State Antony Blinken called on Israel and Hamas to agree to a ceasefire.",
        "Mexico rejected a U.S. proposal to deploy troops on its territory.",
    ],
)
def test_the_act_asked_for_or_proposed_is_not_asserted(extract_text, text):
    ex = extract_text(text)
    assert not [i for i in ex.interactions if i.modality is None and i.cameo[:2] in ("03", "15")]


def test_crowds_protest_where_governments_complain(extract_text):
    official = extract_text("Beijing protested to Tokyo over the visit.")
    crowd = extract_text("Thousands of Iranians protested against the United States.")
    assert [i.cameo for i in official.interactions if i.cameo.startswith(("11", "14"))] == ["114"]
    assert [i.cameo for i in crowd.interactions if i.cameo.startswith(("11", "14"))] == ["141"]


def test_a_spokesperson_statement_quoted_over_paragraphs_is_the_readout(extract_text):
    ex = extract_text("A Downing Street spokesperson said:\n\n“Prime Minister Theresa May spoke to German Chancellor "
                      "Angela Merkel this evening.\n\n“Chancellor Merkel condemned the attack.”")
    assert asserts_fact(ex, "Theresa May", "04", {"Angela Merkel"})
    assert ("Angela Merkel", "11", frozenset()) in facts(ex)


def test_saying_a_state_is_responsible_is_an_accusation(extract_text):
    ex = extract_text("The Prime Minister, Theresa May, said it was highly likely that Russia was responsible for "
                      "the attack.")
    assert asserts_fact(ex, "Theresa May", "11", {"Russia"})


def test_a_leader_speaking_for_their_own_state_is_the_actor(extract_text):
    ex = extract_text("Angela Merkel said that Germany stood in full solidarity with the UK.")
    assert asserts_fact(ex, "Angela Merkel", "05", {"United Kingdom"})


@pytest.mark.parametrize(
    ("text", "code", "source", "targets"),
    [
        ("The Kremlin declined to comment on the reports.", "011", "Kremlin", set()),
        ("Hezbollah claimed responsibility for the rocket attack on Israel.", "015", "Hezbollah", {"Israel"}),
        ("Chinese President Xi Jinping sent condolences to Morocco after the earthquake.", "018", "Xi Jinping",
         {"Morocco"}),
        ("Azerbaijan's President Ilham Aliyev said his country was ready to hold talks with Armenia.", "036",
         "Ilham Aliyev", {"Armenia"}),
        ("Tehran said it would release two detained French citizens.", "0353", "Iran", set()),
        ("Israel and Hamas signed a truce in Cairo.", "057", "Israel", {"Hamas"}),
        ("Iran freed Swedish diplomat Johan Floderus.", "0841", "Iran", {"Johan Floderus"}),
        ("Hungary rejected any talks with Ukraine on the issue.", "125", "Hungary", {"Ukraine"}),
        ("Thousands of Kenyans rallied against the government.", "141", "Kenya", set()),
        ("Greek farmers blocked roads to protest against fuel prices.", "144", "Greece", set()),
        ("Bolivia severed diplomatic relations with Israel.", "161", "Bolivia", {"Israel"}),
        ("Japanese and Australian troops launched joint exercises.", "062", "Japanese troops", {"Australian troops"}),
        ("Gunmen from the Islamic State detonated a car bomb in Kabul.", "1832", "Islamic State", {"Kabul"}),
    ],
)
def test_codes_of_wire_sentences_across_cameo_roots(extract_text, text, code, source, targets):
    ex = extract_text(text)
    name = {k: a.name for k, a in ex.actors.items()}
    alias = {k: a.aliases for k, a in ex.actors.items()}
    found = {(i.cameo, name[i.actor], frozenset(name[t] for t in i.targets)) for i in ex.interactions
             if i.modality is None and (source == name[i.actor] or source in alias[i.actor])}
    assert any(c == code and targets <= set(t) for c, _, t in found), found


def test_backers_named_in_a_subject_are_not_its_actors(extract_text):
    ex = extract_text("The Houthis fired missiles at ships. The Iranian-backed rebels vowed to hit back at Israel.")
    vow = [i for i in ex.interactions if i.cameo.startswith("13")]
    assert vow and ex.actors[vow[0].actor].name == "Houthis"


def test_naming_is_criticism_only_when_the_label_is_hostile(extract_text):
    hostile = extract_text("Colombian President Gustavo Petro called the Israeli government genocidal.")
    neutral = extract_text("British Prime Minister Rishi Sunak called the operation limited and proportionate.")
    assert [i.cameo for i in hostile.interactions] == ["111"]
    assert [i.cameo for i in neutral.interactions] == ["010"]


def test_a_sea_is_no_target(extract_text):
    ex = extract_text("The Houthis launched attacks on Red Sea shipping.")
    assert all(not i.targets for i in ex.interactions)


def test_a_threat_that_someone_will_be_punished_targets_them(extract_text):
    ex = extract_text("Iran's Supreme Leader Ali Khamenei vowed that Israel would be harshly punished.")
    assert asserts_fact(ex, "Ali Khamenei", "13", {"Israel"})


def test_a_generic_ministry_belongs_to_the_state_that_acted(extract_text):
    ex = extract_text("Turkish warplanes struck targets in northern Iraq and Syria, the defence ministry said.")
    ministry = next(a for a in ex.actors.values() if "ministry" in a.name)
    assert [ex.actors[k].name for k in ministry.affiliations] == ["Turkey"]
    strikes = [i for i in ex.interactions if i.cameo.startswith("19")]
    assert strikes and all(i.actor != ministry.key for i in strikes)  # the ministry reports; the forces struck



def test_what_a_speaker_says_will_not_happen_is_no_promise(extract_text):
    ex = extract_text("M23 said it would not send a delegation to Luanda.")
    assert not [i for i in ex.interactions if i.cameo.startswith("03")]


def test_a_leaders_office_speaks_for_the_state(extract_text):
    ex = extract_text("Israeli Prime Minister Benjamin Netanyahu's office said several clauses remained unresolved "
                      "and accused Hamas of reneging on the agreement.")
    office = next(a for a in ex.actors.values() if a.name.endswith("office"))
    assert [ex.actors[k].name for k in office.affiliations] == ["Israel"]
    assert (office.name, "11", frozenset({"Hamas"})) in facts(ex)


def test_what_a_speaker_did_after_saying_something_is_theirs(extract_text):
    ex = extract_text('Hamas said in a statement that the agreement was "an achievement for our people" and '
                      "thanked Qatar and Egypt for their efforts.")
    assert asserts_fact(ex, "Hamas", "05", {"Qatar", "Egypt"})


def test_a_reporting_agency_is_not_the_attacker(extract_text):
    ex = extract_text("Israeli air strikes killed 20 Palestinians in Gaza City, the civil defence agency said.")
    assert {ex.actors[i.actor].name for i in ex.interactions if i.cameo.startswith("19")} == {"Israel"}


def test_what_someone_is_accused_of_preparing_is_not_asserted(extract_text):
    ex = extract_text("Guyana accused Caracas of preparing to annex the territory.")
    assert asserts_fact(ex, "Guyana", "11", {"Venezuela"})
    assert not [i for i in ex.interactions if i.cameo.startswith("19") and i.modality is None]


def test_missiles_fired_at_no_one_are_a_show_of_force_and_the_launch_is_referred_to(extract_text):
    ex = extract_text("North Korea fired two ballistic missiles into the sea. "
                      "South Korea's foreign ministry condemned the launch.")
    assert ("North Korea", "15", frozenset()) in facts(ex)
    assert ("South Korea's foreign ministry", "11", frozenset({"North Korea"})) in facts(ex)


def test_two_titled_people_joined_by_and_both_act(extract_text):
    ex = extract_text("South Korean Defence Minister Kim Yong-hyun and US Defense Secretary Lloyd Austin held talks "
                      "at the Pentagon.")
    assert asserts_fact(ex, "Kim Yong-hyun", "04", {"Lloyd Austin"})


def test_a_first_person_quotation_over_paragraphs_stays_the_speakers(extract_text):
    ex = extract_text("Foreign Secretary David Lammy said:\n\n“The attack is an appalling atrocity.\n\n"
                      "“I urge both the Sudanese Armed Forces and the RSF to stop the war now.”")
    assert asserts_fact(ex, "David Lammy", "02", {"Sudanese Armed Forces", "Rapid Support Forces"})


def test_calling_on_parties_to_act_is_an_appeal_not_a_visit(extract_text):
    ex = extract_text("The minister called on Sudan's warring parties to stop fighting.")
    assert not [i for i in ex.interactions if i.cameo.startswith("04")]



def test_its_stands_for_the_body_named_last(extract_text):
    ex = extract_text("Russian forces shelled the border. Moscow recalled its ambassador from Kyiv.")
    assert asserts_fact(ex, "Russia", "16", {"Ukraine"})


def test_offers_and_calls_with_their_parts_spread_out(extract_text):
    offer = extract_text("French President Emmanuel Macron offered on Tuesday to mediate between Armenia and "
                         "Azerbaijan, his office said.")
    assert asserts_fact(offer, "Emmanuel Macron", "03", {"Armenia", "Azerbaijan"})
    call = extract_text("Antony Blinken spoke by phone with Azerbaijani President Ilham Aliyev.")
    assert asserts_fact(call, "Antony Blinken", "04", {"Ilham Aliyev"})


def test_leaving_a_bloc_reduces_relations_with_it(extract_text):
    ex = extract_text("Mali, Burkina Faso and Niger on Sunday announced their immediate withdrawal from ECOWAS.")
    assert asserts_fact(ex, "Mali", "16", {"ECOWAS"})


def test_a_states_partners_are_not_the_state(extract_text):
    ex = extract_text("Zelensky urged Ukraine's partners, including the United States, to supply air defence systems.")
    assert asserts_fact(ex, "Volodymyr Zelenskyy", "02", {"United States"})


def test_a_body_named_like_a_title_is_no_person(extract_text):
    ex = extract_text("The General Staff of the Ukrainian Armed Forces said its drones had struck an oil depot.")
    assert not [a for a in ex.actors.values() if a.kind == "Person"]


def test_defending_a_states_right_is_verbal_support_but_defending_citizens_is_not(extract_text):
    ex = extract_text("President Biden reaffirmed Israel's right to defend its citizens from terrorism.")
    assert asserts_fact(ex, "Joe Biden", "05", {"Israel"})
    assert not [i for i in ex.interactions if ex.actors[i.actor].name == "Israel"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Secretary Michael R. Pompeo met with Colombian President Iván Duque today in Bogotá.", "042"),
        ("Joe Biden met Japanese Prime Minister Fumio Kishida in Washington.", "043"),
        ("Rwandan President Paul Kagame and Kenyan President William Ruto met in Qatar on Tuesday.", "044"),
    ],
)
def test_where_a_meeting_was_says_who_visited_whom(extract_text, text, code):
    assert [i.cameo for i in extract_text(text).interactions if i.cameo.startswith("04")] == [code]


def test_an_object_it_after_a_state_is_that_state(extract_text):
    ex = extract_text("Saudi Arabia and Egypt cut diplomatic relations with Doha on Monday, accusing it of "
                      "supporting terrorism.")
    assert asserts_fact(ex, "Saudi Arabia", "11", {"Qatar"})
    assert asserts_fact(ex, "Egypt", "16", {"Qatar"})


def test_a_relative_clause_acts_for_the_person_it_describes(extract_text):
    ex = extract_text("President Trump expressed support for the efforts of Amir Sabah al-Ahmad al-Jaber al-Sabah "
                      "of Kuwait, who began mediating between Qatar and Saudi Arabia on Tuesday.")
    assert asserts_fact(ex, "Donald Trump", "05", {"Sabah Al-Ahmad Al-Jaber Al-Sabah"})
    assert asserts_fact(ex, "Sabah Al-Ahmad Al-Jaber Al-Sabah", "04", {"Qatar", "Saudi Arabia"})


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Secretary reaffirmed the United States' support for Kazakhstan's sovereignty.", "051"),
        ("The Prime Minister reiterated the UK's unwavering military and economic support for Ukraine.", "030"),
        ("Starmer and Tusk reaffirmed their unwavering support for Ukraine.", "030"),
        ("Blinken reaffirmed U.S. support for Interim President Guaidó.", "051"),
    ],
)
def test_expressed_support_is_endorsement_unless_it_is_material_or_for_a_state_itself(extract_text, text, code):
    assert {i.cameo for i in extract_text(text).interactions} == {code}


def test_a_quoted_act_of_the_speakers_government_is_the_speakers(extract_text):
    ex = extract_text("Pakistani jets carried out air strikes inside Afghanistan on Monday. \"The Islamic Emirate of "
                      "Afghanistan strongly condemns these attacks,\" Taliban spokesman Zabihullah Mujahid said.")
    assert asserts_fact(ex, "Zabihullah Mujahid", "11", {"Pakistan"})


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Pakistan on Monday conducted anti-terrorist operations in the border regions inside Afghanistan.", "19"),
        ("Pakistan on Monday conducted rescue operations in the border regions inside Afghanistan.", None),
    ],
)
def test_conducting_military_operations_in_a_country_is_force_against_it(extract_text, text, root):
    ex = extract_text(text)
    assert facts(ex) == ({("Pakistan", root, frozenset({"Afghanistan"}))} if root else set())


def test_analysts_in_a_capital_do_not_speak_for_its_state(extract_text):
    ex = extract_text("Security analysts in Islamabad said further operations could follow.")
    assert not ex.interactions


def test_a_body_named_after_its_state_is_an_organization_of_that_state(extract_text):
    ex = extract_text("The verdict by the Court of Bosnia and Herzegovina convicted Milorad Dodik. The Republika "
                      "Srpska National Assembly rejected it.")
    bodies = {a.name: a for a in ex.actors.values() if a.kind == "Organization"}
    assert {"Court of Bosnia and Herzegovina", "Republika Srpska National Assembly"} <= set(bodies)
    assert all(ex.actors[bodies[n].affiliations[0]].name == "Bosnia and Herzegovina"
               for n in ("Court of Bosnia and Herzegovina", "Republika Srpska National Assembly"))


def test_an_act_the_speaker_reports_in_the_past_perfect_is_its_subjects(extract_text):
    ex = extract_text("Prime Minister Nikol Pashinyan spoke to parliament. He added that Armenia had on Tuesday "
                      "formally asked Russia for military assistance.")
    assert [(ex.actors[i.actor].name, i.cameo) for i in ex.interactions if i.cameo.startswith("02")] == [
        ("Armenia", "0232")]


def test_an_appeal_after_a_call_is_the_callers_whoever_reports_it(extract_text):
    ex = extract_text("U.S. Secretary of State Antony Blinken spoke by phone with Azerbaijani President Ilham Aliyev, "
                      "and urged Aliyev to cease hostilities, the State Department said.")
    assert asserts_fact(ex, "Antony Blinken", "02", {"Ilham Aliyev"})


def test_a_first_person_reaffirmation_inside_a_quotation_is_an_act(extract_text):
    ex = extract_text('Foreign Secretary David Lammy said: "I reiterate the UK\'s full support for the High '
                      'Representative, Christian Schmidt."')
    assert asserts_fact(ex, "David Lammy", "05", {"Christian Schmidt"})


def test_the_addressee_of_an_appeal_parsed_as_the_infinitives_subject_is_its_target(extract_text):
    ex = extract_text("The United States condemns the assault. We call on RSF commander Mohamed Hamdan Dagalo to halt "
                      "the assault on El Fasher immediately.")
    assert [(ex.actors[i.actor].name, i.cameo, [ex.actors[t].name for t in i.targets])
            for i in ex.interactions if i.cameo.startswith("02")] == [
        ("United States", "0256", ["Mohamed Hamdan Dagalo"])]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The European Union is deeply concerned about Russia's threats against Moldova.", "European Union", "Russia"),
        ("China is appalled by the Philippine vessel's provocation.", "China", "Philippines"),
        ("The United States condemns the violence. We are alarmed that Sudanese Armed Forces airstrikes have struck "
         "markets in Kabkabiya.", "United States", "Sudanese Armed Forces"),
    ],
)
def test_declared_alarm_or_concern_about_an_actor_is_disapproval_of_it(extract_text, text, source, target):
    assert asserts_fact(extract_text(text), source, "11", {target})


def test_both_parties_are_the_sides_of_the_conflict_not_the_caller(extract_text):
    ex = extract_text("The Rapid Support Forces shelled El Fasher. The Sudanese Armed Forces bombed Kabkabiya. The "
                      "United States condemns the RSF attacks. We call on both parties to allow humanitarian access.")
    assert asserts_fact(ex, "United States", "02", {"Rapid Support Forces", "Sudanese Armed Forces"})
    assert [i.cameo for i in ex.interactions if i.cameo.startswith("02")] == ["0255"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Russia pounded Kyiv with missiles overnight in its deadliest attack on the Ukrainian capital in months.",
         "Russia", "Ukraine"),
        ("Armenia said that 49 of its soldiers had been killed when Azerbaijani forces attacked its territory.",
         "Azerbaijani forces", "Armenia"),
    ],
)
def test_its_is_the_acting_subject_unless_it_owns_what_was_attacked(extract_text, text, source, target):
    ex = extract_text(text)
    assert {(ex.actors[i.actor].name, ex.actors[t].name) for i in ex.interactions for t in i.targets
            if not i.cameo.startswith("01")} == {(source, target)}


def test_the_maker_of_a_weapon_is_not_its_target_but_the_owner_of_a_ship_is(extract_text):
    fired = extract_text("Russia fired 66 missiles, including North Korean-made ballistic missiles, at Ukraine.")
    assert asserts_fact(fired, "Russia", "19", {"Ukraine"}) and len(fired.interactions) == 1
    seized = extract_text("Iran's navy seized a Greek-owned oil tanker in the Gulf of Oman on Thursday.")
    assert {ex_t for i in seized.interactions for ex_t in (seized.actors[t].name for t in i.targets)} == {"Greece"}


def test_calls_from_states_for_a_ceasefire_are_their_appeals_to_the_one_rejecting_them(extract_text):
    ex = extract_text("Kremlin spokesman Dmitry Peskov rejected calls from Washington and Kyiv for a full ceasefire.")
    assert asserts_fact(ex, "United States", "02", {"Dmitry Peskov"})
    assert not [i for i in ex.interactions if i.cameo.startswith("04")]


def test_offering_to_help_broker_an_end_to_a_war_is_an_offer_to_mediate(extract_text):
    ex = extract_text("South African President Cyril Ramaphosa offered to help broker an end to the war between "
                      "Russia and Ukraine.")
    assert [i.cameo for i in ex.interactions if ex.actors[i.actor].name == "Cyril Ramaphosa"] == ["039"]


def test_he_after_a_relative_clause_is_the_main_subject(extract_text):
    ex = extract_text("Zelensky was due to hold talks with South African President Cyril Ramaphosa, who has offered "
                      "to mediate. He met Ramaphosa briefly before flying home.")
    assert asserts_fact(ex, "Volodymyr Zelenskyy", "04", {"Cyril Ramaphosa"})


def test_a_government_aligned_with_its_army_speaks_for_its_state(extract_text):
    ex = extract_text("Sudan's army-aligned government said on Tuesday it was cutting diplomatic relations with the "
                      "United Arab Emirates and recalling its ambassador from Abu Dhabi, accusing the Gulf state of "
                      "arming the paramilitary Rapid Support Forces.")
    assert asserts_fact(ex, "Sudan", "16", {"United Arab Emirates"})
    assert asserts_fact(ex, "Sudan", "11", {"United Arab Emirates"})


def test_the_national_leader_is_the_office_holder_named_before(extract_text):
    ex = extract_text("Cambodian Prime Minister Hun Manet spoke on Friday. The Cambodian leader also accused the Thai "
                      "military of using cluster munitions.")
    assert [ex.actors[i.actor].name for i in ex.interactions if i.cameo.startswith("11")] == ["Hun Manet"]


@pytest.mark.parametrize(
    "text",
    ["Hun Manet accused the Thai military of using cluster munitions, a charge Bangkok denied.",
     "Hun Manet accused the Thai military of using cluster munitions. Thailand rejected the accusation."],
)
def test_denying_a_charge_answers_the_accuser(extract_text, text):
    ex = extract_text(text)
    assert [(ex.actors[i.actor].name, i.cameo, [ex.actors[t].name for t in i.targets])
            for i in ex.interactions if i.cameo == "016"] == [("Thailand", "016", ["Hun Manet"])]


@pytest.mark.parametrize(
    "text",
    ["Thai acting Prime Minister Phumtham Wechayachai said the Cambodian attacks amounted to war crimes.",
     "Phumtham Wechayachai said Cambodia's \"premeditated military aggression\" posed a serious threat to peace."],
)
def test_calling_a_states_acts_crimes_or_aggression_accuses_it(extract_text, text):
    assert asserts_fact(extract_text(text), "Phumtham Wechayachai", "11", {"Cambodia"})


def test_a_spokespersons_concern_in_the_states_name_is_the_spokespersons(extract_text):
    ex = extract_text("Chinese Foreign Ministry spokesperson Guo Jiakun said on Thursday that China was deeply "
                      "concerned about the situation.")
    assert [(ex.actors[i.actor].name, i.cameo) for i in ex.interactions] == [("Guo Jiakun", "012")]


def test_summoning_an_ambassador_is_an_official_complaint_to_the_state(extract_text):
    ex = extract_text("\"Pyongyang is fuelling a war,\" Lammy said. Earlier today, Foreign Office officials summoned "
                      "the ambassador of the Democratic People’s Republic of Korea in London.")
    assert [(i.cameo, [ex.actors[t].name for t in i.targets]) for i in ex.interactions if i.cameo.startswith("11")] \
        == [("114", ["North Korea"])]


def test_the_two_after_a_call_are_its_participants(extract_text):
    ex = extract_text("Foreign Secretary David Lammy spoke yesterday with the Republic of Korea’s Foreign Minister, "
                      "Cho Tae-yul, and the two agreed to step up information-sharing.")
    assert asserts_fact(ex, "David Lammy", "03", {"Cho Tae-yul"})


def test_condemning_the_exercises_targets_who_launched_them(extract_text):
    ex = extract_text("China launched large-scale joint exercises around Taiwan on Tuesday. Taiwan Presidential Office "
                      "spokesperson Karen Kuo condemned the exercises.")
    assert asserts_fact(ex, "Karen Kuo", "11", {"China"})


@pytest.mark.parametrize(
    ("text", "source", "root", "targets"),
    [
        ("Taiwan President Lai Ching-te branded Beijing a \"foreign hostile force\".", "Lai Ching-te", "11",
         {"China"}),
        ("China held drills near Taiwan. The European Union called on all sides to exercise restraint.",
         "European Union", "02", {"China", "Taiwan"}),
        ("Japan's chief cabinet secretary said Tokyo had conveyed its concerns to Beijing.", "Japan", "11",
         {"China"}),
    ],
)
def test_branding_all_sides_and_conveyed_concerns(extract_text, text, source, root, targets):
    assert asserts_fact(extract_text(text), source, root, targets)


def test_a_pledge_toward_each_other_goes_both_ways(extract_text):
    ex = extract_text("Guyanese President Irfaan Ali and Venezuelan President Nicolás Maduro met in St. Vincent, where "
                      "they pledged not to use force against each other.")
    assert asserts_fact(ex, "Irfaan Ali", "03", {"Nicolás Maduro"})
    assert asserts_fact(ex, "Nicolás Maduro", "03", {"Irfaan Ali"})


def test_calling_a_states_actions_unacceptable_disapproves_of_it(extract_text):
    ex = extract_text("The U.S. State Department said Venezuela’s actions were “unacceptable and a clear violation of "
                      "Guyana’s maritime territory.”")
    assert asserts_fact(ex, "State Department", "11", {"Venezuela"})
    assert not extract_text("The minister said Russia's position was clear.").interactions[1:]


def test_rejecting_the_accusations_answers_the_accuser_not_a_later_protest(extract_text):
    ex = extract_text("Guyanese President Irfaan Ali accused Venezuela of threatening his country. Guyana's Foreign "
                      "Ministry summoned Venezuela's ambassador. Venezuela's government rejected the accusations.")
    assert [[ex.actors[t].name for t in i.targets] for i in ex.interactions if i.cameo == "016"] == [["Irfaan Ali"]]


def test_a_suffixed_name_and_a_later_title_only_mention_are_the_same_speaker(extract_text):
    ex = extract_text("President Joseph R. Biden, Jr. spoke today with Amir Tamim bin Hamad Al Thani of Qatar about "
                      "the proposal that the President outlined on Friday. The President urged the Amir to secure "
                      "Hamas’s acceptance of the deal.")
    assert asserts_fact(ex, "Joe Biden", "04", {"Tamim bin Hamad Al Thani"})
    assert asserts_fact(ex, "Joe Biden", "02", {"Tamim bin Hamad Al Thani"})


@pytest.mark.parametrize(
    ("text", "code", "target"),
    [
        ("The Prime Minister began by paying tribute to the Kenyan police officers serving in Haiti.", "051",
         "Kenyan police"),
        ("Prime Minister Keir Starmer offered his condolences to President William Ruto.", "018", "William Ruto"),
        ("China Coast Guard vessels fired water cannons at a Philippine government vessel.", "171", "Philippines"),
    ],
)
def test_tribute_condolences_and_water_cannon(extract_text, text, code, target):
    ex = extract_text(text)
    assert [(i.cameo, [ex.actors[t].name for t in i.targets]) for i in ex.interactions] == [(code, [target])]


def test_condemning_these_actions_targets_the_last_hostile_act(extract_text):
    ex = extract_text("China Coast Guard vessels fired water cannons at a Philippine government vessel. The Secretary "
                      "of State Marco Rubio condemned these actions.")
    assert asserts_fact(ex, "Marco Rubio", "11", {"China Coast Guard"})


def test_the_two_secretaries_are_the_two_secretaries_named(extract_text):
    ex = extract_text("Secretary of State Marco Rubio met today with Philippine Secretary of Foreign Affairs Enrique "
                      "Manalo. The two Secretaries agreed to expand cooperation on critical minerals.")
    assert "Secretaries" not in {a.name for a in ex.actors.values()}
    assert asserts_fact(ex, "Marco Rubio", "03", {"Enrique Manalo"})


def test_a_ministry_of_a_group_that_rules_answers_for_the_group_not_the_last_state(extract_text):
    ex = extract_text("Pakistani jets struck several locations in Paktika late on Tuesday. On Wednesday, the Taliban's "
                      "defence ministry called the strikes \"a clear violation of all international principles.\"")
    assert [[ex.actors[t].name for t in i.targets] for i in ex.interactions if i.cameo.startswith("11")] == [
        ["Pakistan"]]


def test_a_un_mission_in_a_country_is_not_that_country(extract_text):
    ex = extract_text("The U.N. Assistance Mission in Afghanistan (UNAMA) urged both Pakistan and Afghanistan to "
                      "exercise restraint.")
    assert [ex.actors[i.actor].name for i in ex.interactions] == ["UNAMA"]
    assert ex.actors[ex.interactions[0].actor].affiliations == ["org:Q1065"]  # a body of the United Nations


def test_a_news_agency_told_something_is_not_addressed(extract_text):
    ex = extract_text("Two Pakistani security officials told Reuters the strikes had targeted militant hideouts.")
    assert not [t for i in ex.interactions for t in i.targets if ex.actors[t].name == "Reuters"]


@pytest.mark.parametrize(
    ("text", "source", "code", "target"),
    [
        ("Russia's defence ministry on Saturday denied that its forces had struck a children's hospital in Kyiv.",
         "Russia", "016", "Kyiv"),
        ("Indian Prime Minister Narendra Modi offered his condolences on Tuesday after a landslide in western Nepal "
         "killed at least 40 people.", "Narendra Modi", "018", "Nepal"),
        ("Hamas on Thursday rejected the latest Israeli proposal for a ceasefire.", "Hamas", "127", "Israel"),
    ],
)
def test_denials_condolences_and_rejections_find_whom_they_concern(extract_text, text, source, code, target):
    ex = extract_text(text)
    found = [(i.cameo, [ex.actors[t].name for t in i.targets]) for i in ex.interactions
             if i.modality is None and ex.actors[i.actor].name.startswith(source)]
    assert (code, [target]) in found


def test_severing_a_thumb_is_no_break_in_relations(extract_text):
    ex = extract_text("Chinese coast guard personnel boarded Philippine navy boats and assaulted sailors, severing a "
                      "soldier's thumb.")
    assert not [i for i in ex.interactions if i.cameo.startswith("16")]


@pytest.mark.parametrize(
    ("text", "source", "root", "target"),
    [
        ("Nicaragua broke off diplomatic relations with Israel on Friday.", "Nicaragua", "16", "Israel"),
        ("Iran's Revolutionary Guards seized an Israel-linked container ship near the Strait of Hormuz on Saturday.",
         "Islamic Revolutionary Guard Corps", "17", "Israel"),
        ("The U.N. Human Rights Council voted on Thursday to launch an independent investigation into Iran's deadly "
         "crackdown on protests.", "United Nations Human Rights Council", "09", "Iran"),
        ("International Criminal Court prosecutor Karim Khan said on Sunday his office was investigating possible war "
         "crimes by Israel in the Gaza Strip.", "International Criminal Court", "09", "Israel"),
        ("The European Union threatened on Monday to impose sanctions on Georgian officials.", "European Union", "13",
         "Georgia"),
    ],
)
def test_breaking_off_seizing_investigating_and_threatening(extract_text, text, source, root, target):
    ex = extract_text(text)
    country = {k: (a.name if a.kind == "Country" or not a.affiliations else ex.actors[a.affiliations[0]].name)
               for k, a in ex.actors.items()}
    found = {(ex.actors[i.actor].name, i.cameo[:2], country[t]) for i in ex.interactions if i.modality is None
             for t in i.targets}
    assert any(s.startswith(source[:10]) and r == root and t == target for s, r, t in found), found


def test_the_addressee_of_an_appeal_does_not_also_act(extract_text):
    ex = extract_text("The United States strongly condemns the attack. We call on RSF commander Mohamed Hamdan Dagalo "
                      "to halt the assault on El Fasher immediately.")
    assert [i.cameo for i in ex.interactions if ex.actors[i.actor].name == "Mohamed Hamdan Dagalo"] == []


def test_shaking_hands_is_meeting(extract_text):
    ex = extract_text("Venezuelan President Nicolas Maduro and his Guyanese counterpart Irfaan Ali shook hands at the "
                      "start of the talks.")
    assert asserts_fact(ex, "Nicolás Maduro", "04", {"Irfaan Ali"})


def test_setting_out_the_need_for_a_ceasefire_is_an_appeal(extract_text):
    ex = extract_text("The Prime Minister set out the clear and urgent need for an immediate ceasefire.")
    assert [i.cameo for i in ex.interactions] == ["0256"]


def test_suspending_aid_to_a_state_targets_it(extract_text):
    ex = extract_text("Germany has suspended all development aid to Niger following last week's military coup.")
    assert asserts_fact(ex, "Germany", "16", {"Niger"})


@pytest.mark.parametrize(
    ("text", "root", "target"),
    [
        ("South Korea's military raised its alert level on Monday after North Korea fired a ballistic missile into "
         "the sea.", "15", "North Korea"),
        ("Azerbaijan declared a partial military mobilisation on Monday as heavy fighting with Armenian forces "
         "entered a second day.", "15", "Armenian forces"),
    ],
)
def test_a_show_of_force_answers_whoever_its_clause_names(extract_text, text, root, target):
    ex = extract_text(text)
    assert [[ex.actors[t].name for t in i.targets] for i in ex.interactions if i.cameo.startswith(root)
            and ex.actors[i.actor].name != target] == [[target]]


def test_a_launch_drawing_condemnation_is_not_aimed_at_the_critic(extract_text):
    ex = extract_text("North Korea test-fired a new intercontinental ballistic missile on Thursday, drawing swift "
                      "condemnation from Seoul.")
    assert not [t for i in ex.interactions if i.cameo.startswith("15") for t in i.targets]


def test_a_body_saying_it_is_in_contact_reports_a_consultation_not_a_bare_statement(extract_text):
    ex = extract_text("Greece's foreign ministry said it was in contact with Iranian authorities.")
    assert [(i.cameo, [ex.actors[t].name for t in i.targets]) for i in ex.interactions] == [
        ("040", ["Iran"])]


def test_a_quoted_appeal_after_said_is_the_appeal_not_also_a_bare_statement(extract_text):
    ex = extract_text('Foreign Secretary David Lammy said: "I urge the Georgian government to release those who '
                      'have been detained."')
    assert [i.cameo for i in ex.interactions] == ["0253"]


def test_the_government_in_a_quote_is_the_state_whose_authorities_were_named_before(extract_text):
    ex = extract_text('Foreign Secretary David Lammy said:\n\n"The violent response of the Georgian authorities is '
                      'unacceptable.\n\n"I urge the government to release those who have been arbitrarily detained."')
    urge = next(i for i in ex.interactions if i.cameo == "0253")
    assert [ex.actors[t].name for t in urge.targets] == ["Georgia"]


def test_a_warning_without_an_addressee_is_aimed_at_whose_deed_it_names(extract_text):
    ex = extract_text("Houthi leader Abdul Malik al-Houthi warned in a televised speech on Thursday that any U.S. "
                      "attack on the group would not go without a response.")
    assert [[ex.actors[t].name for t in i.targets] for i in ex.interactions if i.cameo.startswith("13")] == [
        ["United States"]]


def test_a_second_hostile_act_in_a_pair_is_aimed_where_the_first_was(extract_text):
    """ "accused Ukraine ... and threatened a tough response": the threat is aimed at Ukraine too."""
    ex = extract_text("Russia accused Ukraine of shelling the plant and threatened a tough response.")
    assert asserts_fact(ex, "Russia", "13", {"Ukraine"})


def test_a_deed_called_hostile_is_blamed_on_whose_behaviour_the_predicate_names(extract_text):
    ex = extract_text("\"This unlawful seizure is yet another example of Iran's destabilising behaviour,\" spokesman "
                      "Matthew Miller told reporters.")
    assert asserts_fact(ex, "Matthew Miller", "11", {"Iran"})


def test_a_joint_news_conference_with_someone_is_a_meeting(extract_text):
    ex = extract_text("Speaking at a joint news conference with Somali Foreign Minister Ahmed Moallim Fiqi, Turkish "
                      "Foreign Minister Hakan Fidan said talks would resume.")
    assert asserts_fact(ex, "Hakan Fidan", "04", {"Ahmed Moallim Fiqi"})


def test_support_a_government_says_it_will_keep_giving_is_its_pledge(extract_text):
    ex = extract_text("The United States will continue to support our longtime friend Taiwan.")
    assert [(i.cameo[:2], i.modality) for i in ex.interactions] == [("03", None)]


def test_continuing_to_stand_with_a_state_is_the_speakers_pledge_of_support(extract_text):
    ex = extract_text("Foreign Secretary David Lammy said the UK will continue to stand with Ukraine for as long as "
                      "it takes.")
    assert [(ex.actors[i.actor].name, i.cameo[:2], [ex.actors[t].name for t in i.targets])
            for i in ex.interactions] == [("David Lammy", "03", ["Ukraine"])]


def test_troops_deployed_to_a_border_face_the_state_across_it(extract_text):
    ex = extract_text("Venezuela has deployed additional troops and armoured vehicles to its eastern border with "
                      "Guyana, according to satellite images.")
    assert asserts_fact(ex, "Venezuela", "15", {"Guyana"})


def test_saying_ones_state_is_ready_for_a_ceasefire_offers_one(extract_text):
    ex = extract_text("Cambodian Prime Minister Hun Manet said on Friday that Cambodia was ready for an immediate "
                      "ceasefire with Thailand.")
    assert [(i.cameo, [ex.actors[t].name for t in i.targets]) for i in ex.interactions] == [("0356", ["Thailand"])]


def test_a_vow_to_retaliate_for_strikes_is_aimed_at_who_struck(extract_text):
    ex = extract_text("Kabul vowed to retaliate for Pakistani air strikes.")
    assert asserts_fact(ex, "Afghanistan", "13", {"Pakistan"})


@pytest.mark.parametrize("text, targets", [
    ("Chinese Foreign Ministry spokesperson Lin Jian said China was willing to play a constructive role in easing "
     "tensions between Pakistan and Afghanistan.", {"Pakistan", "Afghanistan"}),
    ("Senegalese President Bassirou Diomaye Faye said he was ready to act as a bridge between Mali and Niger.",
     {"Mali", "Niger"}),
    ("Turkish President Recep Tayyip Erdogan reiterated Ankara's readiness to facilitate further negotiations "
     "between Russia and Ukraine.", {"Russia", "Ukraine"}),
])
def test_readiness_to_make_peace_between_others_is_an_offer_to_mediate(extract_text, text, targets):
    ex = extract_text(text)
    offers = [i for i in ex.interactions if i.cameo == "039"]
    assert offers and {ex.actors[t].name for t in offers[0].targets} == targets


def test_offer_to_mediate_naming_no_sides_is_between_the_sides_of_the_reported_hostility(extract_text):
    ex = extract_text("Venezuelan President Nicolas Maduro threatened Guyana. Guyana rejected the threat from "
                      "Venezuela. Brazilian President Luiz Inacio Lula da Silva has offered to mediate.")
    offer = next(i for i in ex.interactions if i.cameo == "039")
    assert {ex.actors[t].name for t in offer.targets} == {"Venezuela", "Guyana"}


def test_immediate_ceasefire_is_not_mediation(extract_text):
    ex = extract_text("Kenya said it was ready to agree an immediate ceasefire with Ethiopia.")
    assert not [i for i in ex.interactions if i.cameo == "039"]


def test_three_leaders_listed_before_met_are_one_meeting_of_the_first_with_the_others(extract_text):
    ex = extract_text("South Korean President Yoon Suk Yeol arrived on Sunday. On Monday, Yoon, Chinese Premier "
                      "Li Qiang and Japanese Prime Minister Fumio Kishida met in Seoul for their first trilateral "
                      "summit.")
    meetings = [i for i in ex.interactions if i.cameo.startswith("04")]
    assert len(meetings) == 1  # "met" and "summit" are one meeting
    assert asserts_fact(ex, "Yoon Suk Yeol", "04", {"Li Qiang", "Fumio Kishida"})


def mediators(ex) -> dict[str, set[str]]:
    """Each mediator (045) and the sides it mediates between, names as labels."""
    return {ex.actors[i.actor].name: {ex.actors[t].name for t in i.targets}
            for i in ex.interactions if i.cameo == "045"}


@pytest.mark.parametrize("text", [
    "Israel bombed Hamas in Gaza. Biden thanked the Amir for Qatar's tireless mediation efforts alongside Egypt.",
    "Israel bombed Hamas in Gaza. Secretary Rubio thanked Egyptian Foreign Minister Badr Abdelatty for Egypt's "
    "continued role, alongside Qatar, in mediating between Israel and Hamas.",
])
def test_those_thanked_for_mediating_are_mediators_with_their_partners(extract_text, text):
    ex = extract_text(text)
    assert mediators(ex) == {"Qatar": {"Israel", "Hamas"}, "Egypt": {"Israel", "Hamas"}}


def test_talks_facilitated_or_hosted_by_two_states_are_mediation_by_both(extract_text):
    ex = extract_text("The Sudanese Armed Forces attacked the Rapid Support Forces. Miller urged a return to the "
                      "Jeddah talks facilitated by the United States and Saudi Arabia.")
    sides = {"Sudanese Armed Forces", "Rapid Support Forces"}
    assert mediators(ex) == {"United States": sides, "Saudi Arabia": sides}
    ex = extract_text("Saudi Arabia, which with the United States hosted talks between Armenia and Azerbaijan in "
                      "Jeddah, condemned the attacks.")
    assert mediators(ex) == {"Saudi Arabia": {"Armenia", "Azerbaijan"}, "United States": {"Armenia", "Azerbaijan"}}


def test_hosting_talks_with_a_guest_stays_hosting(extract_text):
    ex = extract_text("Indian Prime Minister Narendra Modi hosted talks with US President Joe Biden in Delhi.")
    assert not mediators(ex)
    assert asserts_fact(ex, "Narendra Modi", "04", {"Joe Biden"})


@pytest.mark.parametrize("text, target", [
    ("The United States carried out military flight exercises with Guyana's defence force last week, a move "
     "Venezuelan Defence Minister Vladimir Padrino Lopez denounced as a provocation.", "United States"),
    ("Pakistan began expelling Afghan refugees, a move the Taliban condemned as cruel.", "Pakistan"),
])
def test_a_move_someone_denounced_is_denounced_toward_who_made_it(extract_text, text, target):
    assert first_targets(extract_text(text), "11") == [target]


def test_concern_following_an_earlier_strike_is_aimed_at_the_striker(extract_text):
    ex = extract_text("Israeli jets struck al-Mawasi. The Prime Minister expressed his deep concern at the loss of "
                      "civilian life following yesterday's strike in al-Mawasi.")
    assert first_targets(ex, "11") == ["Israel"]


def test_an_armed_group_attacking_its_home_state_targets_it(extract_text):
    ex = extract_text("M23 rebels attacked the Democratic Republic of Congo on Monday.")
    assert any(ex.actors[i.actor].name == "M23" and i.cameo.startswith("19")
               and "Democratic Republic of Congo" in {ex.actors[t].name for t in i.targets}
               for i in ex.interactions)


def test_said_before_a_quotation_whose_acts_are_coded_is_no_statement_besides_them(extract_text):
    ex = extract_text("Foreign Secretary David Lammy said:\n\n“We condemn Iran's transfer of ballistic missiles to "
                      "Russia.”")
    assert ("David Lammy", "11", frozenset({"Iran"})) in facts(ex)
    assert not [i for i in ex.interactions if i.cameo.startswith("01")]
    ex = extract_text("Foreign Secretary David Lammy said:\n\n“The weather in London is fine today.”")
    assert [i for i in ex.interactions if i.cameo.startswith("01")]  # a quotation with no act of its own


@pytest.mark.parametrize("text, target", [
    ("Thai Deputy Prime Minister Phumtham Wechayachai said Thailand would defend its sovereignty with all necessary "
     "measures against Cambodia.", "Cambodia"),
    ("Ethiopian ambassador Nebiat Getachew warned that Addis Ababa will not sit idly by while Egypt takes measures "
     "to destabilize the region.", "Egypt"),
])
def test_a_side_saying_it_will_take_all_measures_threatens_the_other(extract_text, text, target):
    assert first_targets(extract_text(text), "13") == [target]


def test_measures_to_support_an_ally_are_no_threat(extract_text):
    ex = extract_text("Foreign Secretary David Lammy said the UK would take all necessary measures to support "
                      "Ukraine.")
    assert not [i for i in ex.interactions if i.cameo.startswith("13")]


def test_listed_signatories_parsed_in_apposition_sign_together(extract_text):
    ex = extract_text("Niger's junta leader General Abdourahamane Tiani, Mali's Colonel Assimi Goita and Burkina "
                      "Faso's Captain Ibrahim Traore signed the treaty.")
    signing = next(i for i in ex.interactions if i.cameo == "057")
    assert len({signing.actor, *signing.targets}) == 3


def test_open_to_talks_with_the_other_side_is_an_offer_to_meet(extract_text):
    ex = extract_text("Kremlin spokesman Dmitry Peskov said Moscow remained open to direct talks with Kyiv without "
                      "preconditions.")
    assert first_targets(ex, "036") == ["Ukraine"]


def test_an_act_toward_no_one_named_is_not_recorded_but_a_reproach_is(extract_text):
    assert not extract_text("Kenya signed a cooperation agreement on Monday.").interactions
    assert ("Kenya", "05", frozenset({"Ethiopia"})) in facts(
        extract_text("Kenya signed a cooperation agreement with Ethiopia on Monday."))
    assert ("United Kingdom", "11", frozenset()) in facts(extract_text("Britain condemned the destruction of bridges."))


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Lammy said Iran's continued use of foreign nationals as diplomatic leverage was unacceptable.",
         ("David Lammy", "11", frozenset({"Iran"}))),
        ("Pakistan launched air strikes on Afghanistan on Tuesday. The Taliban said the strikes were a brazen act of "
         "aggression.", ("Taliban", "11", frozenset({"Pakistan"}))),
        ("Sybiha said Russia was the sole obstacle to peace.", ("Andrii Sybiha", "11", frozenset({"Russia"}))),
    ],
)
def test_calling_anothers_deed_hostile_is_criticism_of_the_doer(extract_text, text, fact):
    assert fact in facts(extract_text(text))


def test_calling_a_situation_dangerous_criticises_no_one(extract_text):
    assert {i.cameo for i in extract_text("Lammy said the situation was dangerous.").interactions} == {"010"}


def test_a_demand_for_release_is_aimed_at_the_captors_state(extract_text):
    ex = extract_text("Iran's Revolutionary Guards detained British national Craig Foreman in Kerman. "
                      "The Foreign Secretary demanded his immediate release.")
    assert ("Foreign Secretary", "10", frozenset({"Iran"})) in facts(ex)


def test_raising_a_case_with_someone_is_consulting_them_but_raising_an_alert_is_not(extract_text):
    ex = extract_text('"I raised his case directly with Iranian Foreign Minister Abbas Araghchi," Lammy said.')
    assert ("David Lammy", "04", frozenset({"Abbas Araghchi"})) in facts(ex)
    ex = extract_text("South Korea's military raised its alert level along the border with North Korea.")
    assert {i.cameo for i in ex.interactions} == {"152"}


def test_a_quoted_judgement_of_anothers_deed_is_the_speakers_criticism(extract_text):
    ex = extract_text('"Iran\'s continued use of foreign nationals as diplomatic leverage is unacceptable," '
                      "Lammy said.")
    assert ("David Lammy", "11", frozenset({"Iran"})) in facts(ex)


def test_urging_restraint_with_no_one_named_is_aimed_at_the_sides_of_the_conflict(extract_text):
    ex = extract_text("Pakistani jets struck Afghanistan on Tuesday. China, which has close ties with both neighbours, "
                      "urged restraint.")
    assert ("China", "02", frozenset({"Pakistan", "Afghanistan"})) in facts(ex)
    ex = extract_text("Pakistani jets struck Afghanistan on Tuesday. China called for calm.")
    assert ("China", "02", frozenset()) in facts(ex)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Kazakhstan began shipping crude oil to Germany through the Druzhba pipeline on Thursday.",
         ("Kazakhstan", "06", frozenset({"Germany"}))),
        ("India's imports of Russian crude oil hit a record high in May.", ("India", "06", frozenset({"Russia"}))),
        ("U.S. and Philippine troops launched their annual Balikatan joint military exercises on Monday.",
         ("United States Armed Forces", "06", frozenset({"Philippine troops"}))),
        ("Thousands of people rallied in Karachi on Friday to protest against India's decision.",
         ("Pakistan", "14", frozenset({"India"}))),
        ("Russian troops used grenades filled with chloropicrin, a banned chemical agent, against Ukrainian "
         "positions near Pokrovsk.", ("Russian Armed Forces", "20", frozenset({"Ukraine"}))),
        ("Pakistan forcibly expelled more than 500,000 Afghans across the border in a mass deportation campaign.",
         ("Pakistan", "20", frozenset({"Afghanistan"}))),
    ],
)
def test_trade_joint_exercises_protests_and_mass_violence(extract_text, text, fact):
    assert fact in facts(extract_text(text))


def test_selling_arms_or_expelling_diplomats_is_not_trade_or_mass_expulsion(extract_text):
    assert not any(i.cameo == "061" for i in extract_text("Russia sold fighter jets to Iran.").interactions)
    assert {i.cameo for i in extract_text("Russia expelled two British diplomats.").interactions} == {"174"}


@pytest.mark.parametrize(
    "text",
    ["More than a year of fighting between Israel and Hezbollah ended in November.",
     "There was an escalation in cross-border fire between Hezbollah and Israel."],
)
def test_fighting_between_two_sides_is_each_side_fighting_the_other(extract_text, text):
    found = facts(extract_text(text))
    assert {("Israel", "19", frozenset({"Hezbollah"})), ("Hezbollah", "19", frozenset({"Israel"}))} <= found



@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("National Security Advisor Jake Sullivan convened a call with Rwandan President Paul Kagame.",
         ("Jake Sullivan", "04", frozenset({"Paul Kagame"}))),
        ("Secretary Blinken joined a call with Kenyan President William Ruto.",
         ("Antony Blinken", "04", frozenset({"William Ruto"}))),
        ("Secretary Blinken sat down with Philippine Foreign Secretary Enrique Manalo.",
         ("Antony Blinken", "04", frozenset({"Enrique Manalo"}))),
    ],
)
def test_readout_ways_of_saying_two_officials_met_or_called(extract_text, text, fact):
    assert fact in facts(extract_text(text))


def test_a_missile_launch_discussed_on_a_call_happened_and_its_condemnation_targets_the_launcher(extract_text):
    ex = extract_text("President Biden spoke today with Prime Minister Kishida to discuss the DPRK's launch of an "
                      "intercontinental ballistic missile on Monday. The two leaders condemned the launch.",
                      published="2023-10-05")
    assert ("North Korea", "15", frozenset()) in facts(ex)
    assert ("Fumio Kishida", "11", frozenset({"North Korea"})) in facts(ex)


def test_talks_two_sides_held_that_a_third_hosted_are_their_meeting_and_its_mediation(extract_text):
    ex = extract_text("Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun Bayramov held "
                      "two days of talks in Almaty hosted by Kazakhstan.")
    assert ("Ararat Mirzoyan", "04", frozenset({"Jeyhun Bayramov"})) in facts(ex)
    assert ("Kazakhstan", "04", frozenset({"Ararat Mirzoyan", "Jeyhun Bayramov"})) in facts(ex)


@pytest.mark.parametrize("text, source, code, targets", [
    ("The United States remains committed to working with the African Union.", "United States", "030",
     {"African Union"}),
    ("Pakistan said it remained committed to dialogue with Kabul.", "Pakistan", "036", {"Afghanistan"}),
    ("Turkey stands ready to mediate between Sudan and the United Arab Emirates.", "Turkey", "039",
     {"Sudan", "United Arab Emirates"}),
])
def test_declared_readiness_or_commitment_is_an_intent_to_cooperate(extract_text, text, source, code, targets):
    ex = extract_text(text)
    intent = [i for i in ex.interactions if i.cameo == code and i.modality is None]
    assert intent and ex.actors[intent[0].actor].name == source
    assert {ex.actors[t].name for t in intent[0].targets} == targets


def test_readiness_denied_is_no_intent(extract_text):
    ex = extract_text("Japan is not ready to talk with China.")
    assert not [i for i in ex.interactions if i.cameo.startswith("03") and i.modality is None]


def test_a_threat_in_a_second_reported_clause_is_read(extract_text):
    ex = extract_text("Pakistani spokeswoman Mumtaz Zahra Baloch said Pakistan remained committed to dialogue with "
                      "Afghanistan but would take \"all necessary measures\" against the Afghan Taliban.")
    assert asserts_fact(ex, "Mumtaz Zahra Baloch", "03", {"Afghanistan"})
    assert [i for i in ex.interactions if i.cameo == "130"]


def test_a_list_of_states_the_parser_takes_for_an_apposition_all_act(extract_text):
    ex = extract_text("Mali, Burkina Faso and Niger on Sunday recalled their ambassadors from Algeria.")
    assert {s for s, root, t in facts(ex) if root == "16" and t == {"Algeria"}} == {"Mali", "Burkina Faso", "Niger"}


def test_exchanging_fire_is_each_side_firing_at_the_other(extract_text):
    ex = extract_text("Pakistani troops exchanged fire with Taliban fighters on Saturday.")
    assert asserts_fact(ex, "Taliban", "19", {"Pakistan Armed Forces"})
    assert asserts_fact(ex, "Pakistan Armed Forces", "19", {"Taliban"})


def test_attacks_the_phrase_ascribes_are_that_actors_not_the_last_reported(extract_text):
    ex = extract_text("The Royal Thai Army shelled Cambodian positions on Thursday. Thai Prime Minister Phumtham "
                      "Wechayachai said the Cambodian attacks amounted to war crimes.")
    assert asserts_fact(ex, "Phumtham Wechayachai", "11", {"Cambodia"})


def test_a_side_continuing_its_own_efforts_is_not_aiding_itself(extract_text):
    ex = extract_text("Turkish Foreign Minister Hakan Fidan said Turkey would continue its efforts.")
    assert not [i for i in ex.interactions if i.cameo.startswith("03")]


def test_a_commitment_to_the_defense_of_states_is_a_pledge_of_protection(extract_text):
    ex = extract_text("The United States' commitments to the defense of the Republic of Korea and Japan remain "
                      "ironclad.")
    pledge = [i for i in ex.interactions if i.cameo == "0334"]
    assert pledge and {ex.actors[t].name for t in pledge[0].targets} == {"South Korea", "Japan"}


def test_working_with_partners_is_toward_the_partners_not_the_purpose(extract_text):
    ex = extract_text("The United States will continue to work with the African Union and Egypt to impose costs "
                      "on Iran.")
    assert asserts_fact(ex, "United States", "03", {"African Union", "Egypt"})
    assert not any(root == "03" and "Iran" in t for _, root, t in facts(ex))


def test_what_two_officials_discussed_doing_is_talk_between_them(extract_text):
    ex = extract_text("Secretary of State Marco Rubio spoke today with Philippine Foreign Secretary Enrique Manalo. "
                      "The two officials discussed expanding maritime cooperation with Japan and Australia and "
                      "agreed to continue close coordination.")
    assert asserts_fact(ex, "Marco Rubio", "03", {"Enrique Manalo"})
    assert not any("Japan" in t for _, _, t in facts(ex))


def test_the_noun_a_relative_clause_hangs_from_is_its_verbs_object(extract_text):
    ex = extract_text("Pakistan struck hideouts of the Tehreek-e-Taliban Pakistan, which Islamabad accuses of "
                      "staging attacks from Afghan soil.")
    assert asserts_fact(ex, "Pakistan", "11", {"Tehreek-e-Taliban Pakistan"})


def test_condemning_a_deed_done_by_someone_is_aimed_at_the_doer(extract_text):
    ex = extract_text("Britain condemned the seizure of the tanker by Iran.")
    assert asserts_fact(ex, "United Kingdom", "11", {"Iran"})


def test_concern_about_the_situation_in_a_country_is_pessimism_not_reproach(extract_text):
    ex = extract_text("Germany expressed concern about the humanitarian situation in Afghanistan.")
    assert asserts_fact(ex, "Germany", "01", {"Afghanistan"})
    assert not any(root == "11" for _, root, _ in facts(ex))


def test_an_office_named_in_apposition_acts_as_the_person(extract_text):
    ex = extract_text("Pakistan's special envoy for Afghanistan, Mohammad Sadiq, was in Kabul for talks with Taliban "
                      "officials, including Interior Minister Sirajuddin Haqqani.")
    talks = [i for i in ex.interactions if i.cameo.startswith("04")]
    assert talks and ex.actors[talks[0].actor].name == "Mohammad Sadiq"
    assert {ex.actors[t].name for t in talks[0].targets} == {"Taliban", "Sirajuddin Haqqani"}


def test_a_place_that_hosts_talks_does_not_mediate(extract_text):
    ex = extract_text("The Sudanese Armed Forces and the Rapid Support Forces attended the Jeddah talks facilitated "
                      "by the United States and Saudi Arabia.")
    mediators = {ex.actors[i.actor].name for i in ex.interactions if i.cameo == "045"}
    assert mediators == {"United States", "Saudi Arabia"}


@pytest.mark.parametrize("text, speaker, reproached", [
    ("State Department spokesperson Matthew Miller said that the incident showed Beijing's disregard for "
     "international law.", "Matthew Miller", "China"),
    ("South Korea's foreign ministry said Pyongyang was wasting scarce resources while its people suffered.",
     "foreign ministry", "North Korea"),
    ("Rwanda's U.N. envoy Ernest Rwamucyo told the Security Council that Kinshasa was to blame for the crisis.",
     "Ernest Rwamucyo", "Democratic Republic of Congo"),
    ("Zelensky said the strikes showed Russia was not interested in peace.", "Volodymyr Zelenskyy", "Russia"),
])
def test_what_a_speaker_says_another_side_did_wrong_is_a_reproach_not_a_bare_statement(
        extract_text, text, speaker, reproached):
    ex = extract_text(text)
    roots = {i.cameo[:2] for i in ex.interactions}
    assert any(s.endswith(speaker) and t == frozenset({reproached}) and r == "11" for s, r, t in facts(ex))
    assert "01" not in roots


def test_a_reproach_names_whose_deed_it_is_not_whom_it_wrongs(extract_text):
    ex = extract_text("Rubio said the PRC's actions violate international law and Philippine sovereignty.")
    assert asserts_fact(ex, "Marco Rubio", "11", {"China"})
    ex = extract_text("President Zelenskyy set out how UK military support is protecting energy infrastructure "
                      "and helping Ukrainian troops to make advances against Putin's unjustified invasion.")
    assert not any(r == "11" for _, r, _ in facts(ex))


def test_this_is_an_unlawful_act_reproaches_whoever_did_the_act_reported_last(extract_text):
    ex = extract_text("Chinese coast guard ships fired water cannon at a Philippine supply boat on Saturday. "
                      '"This is an unlawful and dangerous act," Philippine armed forces chief General Romeo '
                      "Brawner told reporters.")
    reproach = next(i for i in ex.interactions if i.cameo.startswith("11"))
    assert ex.actors[reproach.actor].name == "Romeo Brawner"
    assert [ex.actors[t].affiliations for t in reproach.targets] == [["country:CHN"]]


def test_saying_it_was_not_a_violation_reproaches_no_one(extract_text):
    ex = extract_text("Japan's foreign ministry said the launch was not a violation of its airspace.")
    assert not any(i.cameo.startswith("11") for i in ex.interactions)


def test_we_will_not_hesitate_if_they_continue_is_a_threat_to_them(extract_text):
    ex = extract_text('Foreign Secretary David Cameron said: "If Moscow continues down this path, we will not '
                      'hesitate to take further action."')
    assert asserts_fact(ex, "David Cameron", "13", {"Russia"})


def test_a_call_with_counterparts_named_in_apposition_reaches_the_people(extract_text):
    ex = extract_text("National Security Advisor Jake Sullivan spoke by phone today with his Japanese and ROK "
                      "counterparts, Takeo Akiba and Kim Sung-han.")
    assert first_targets(ex, "04") == ["Takeo Akiba", "Kim Sung-han"]


@pytest.mark.parametrize("text", [
    "He reaffirmed that the 1951 U.S.-Philippines Mutual Defense Treaty extends to armed attacks on Philippine "
    "public vessels.",
    "He reaffirmed that Article IV of the 1951 U.S.-Philippines Mutual Defense Treaty extends to armed attacks on "
    "Philippine armed forces, public vessels, or aircraft.",
    "The United States condemned China's dangerous maneuvers and reaffirmed that its mutual defense obligations "
    "extend to armed attacks on Philippine public vessels anywhere in the South China Sea.",
])
def test_a_defence_treaty_said_to_cover_an_ally_is_a_pledge_of_military_protection(extract_text, text):
    ex = extract_text("Secretary Blinken met Philippine Foreign Secretary Enrique Manalo in Manila. " + text)
    pledge = [i for i in ex.interactions if i.cameo == "0334"]
    assert [[ex.actors[t].name for t in i.targets] for i in pledge] == [["Philippines"]]


def test_asking_for_help_under_a_defence_commitment_is_no_pledge(extract_text):
    ex = extract_text("Armenia formally asked Russia for military assistance under their mutual defence "
                      "commitments.")
    assert not any(i.cameo == "0334" for i in ex.interactions)


def test_forces_said_to_have_targeted_a_group_attacked_it(extract_text):
    ex = extract_text("The Israeli military said it had targeted Hezbollah operatives in southern Lebanon.")
    assert asserts_fact(ex, "Israel Defense Forces", "19", {"Hezbollah"})
    ex = extract_text("The EU adopted sanctions against Russia last month, targeting Russian liquefied natural gas.")
    assert not any(i.cameo.startswith("19") for i in ex.interactions)


def test_rejecting_a_protest_rejects_whoever_lodged_it(extract_text):
    ex = extract_text("Philippine coast guard spokesman Jay Tarriela accused the Chinese crews of dangerous "
                      "maneuvers. The Philippines lodged a strong protest with China. Beijing rejected the protest.")
    assert asserts_fact(ex, "China", "12", {"Philippines"})


def test_saying_attacks_will_not_go_unanswered_threatens_the_attackers(extract_text):
    ex = extract_text('US and British warplanes struck Houthi targets in Yemen. The attacks "will not go unanswered '
                      'and unpunished," Houthi military spokesman Yahya Saree said.')
    assert asserts_fact(ex, "Yahya Saree", "13", {"United States", "United Kingdom"})


@pytest.mark.parametrize("text, source, root, target", [
    ("The United States delivered a further batch of Patriot air defence missiles to Ukraine on Wednesday.",
     "United States", "07", "Ukraine"),
    ("China sent a team of rescue workers and relief supplies to Myanmar on Saturday.", "China", "07", "Myanmar"),
    ("Russia declared a unilateral 30-hour Easter ceasefire in Ukraine on Saturday.", "Russia", "08", "Ukraine"),
    ("Eritrea turned down an offer by Kenya to mediate in its dispute with Ethiopia.", "Eritrea", "12", "Kenya"),
    ("Russia massed additional troops near Ukraine's border on Tuesday.", "Russia", "15", "Ukraine"),
    ("India revoked the visas of all Pakistani nationals on Thursday.", "India", "17", "Pakistan"),
    ("The United States withheld $130 million in military aid to Egypt.", "United States", "16", "Egypt"),
    ("Ethiopia resumed negotiations with Egypt over the dam on Sunday.", "Ethiopia", "04", "Egypt"),
    ("Iran released a seized Greek-flagged oil tanker on Sunday.", "Iran", "08", "Greece"),
    ("India suspended all visas issued to Pakistani nationals on Thursday.", "India", "17", "Pakistan"),
    ("Thailand declared a ceasefire along its border with Cambodia on Monday.", "Thailand", "08", "Cambodia"),
])
def test_material_acts_of_states_toward_others(extract_text, text, source, root, target):
    assert asserts_fact(extract_text(text), source, root, {target})


def test_a_meeting_with_the_leaders_of_a_listed_row_of_states_reaches_every_one(extract_text):
    ex = extract_text("Vice President Kamala Harris convened an emergency meeting this morning with the leaders of "
                      "Japan, the Republic of Korea, Australia, Canada, and New Zealand.")
    assert set(first_targets(ex, "04")) == {"Japan", "South Korea", "Australia", "Canada", "New Zealand"}


def test_they_after_a_call_with_named_counterparts_are_the_caller_and_the_counterparts(extract_text):
    ex = extract_text("National Security Advisor Jake Sullivan spoke by phone today with his Japanese and ROK "
                      "counterparts, Takeo Akiba and Kim Sung-han. They agreed to deepen trilateral cooperation.")
    assert asserts_fact(ex, "Jake Sullivan", "03", {"Takeo Akiba", "Kim Sung-han"})


def test_an_offer_to_mediate_after_strikes_on_a_province_is_between_the_states(extract_text):
    ex = extract_text("Pakistani jets struck several villages in Paktika's Barmal district late on Tuesday. Chinese "
                      "foreign ministry spokeswoman Mao Ning said China was ready to mediate between its two "
                      "neighbours.")
    assert asserts_fact(ex, "Mao Ning", "03", {"Pakistan", "Afghanistan"})


def test_condemning_an_attack_whose_doer_is_unnamed_reproaches_no_one(extract_text):
    ex = extract_text("Kenya strongly condemns yesterday's armed assault on the Presidential Palace in Juba.")
    assert [(i.cameo, i.targets) for i in ex.interactions] == [("111", [])]


def test_extending_condolences_is_an_empathetic_comment(extract_text):
    ex = extract_text("Japan extended its condolences to the government and people of Morocco.")
    assert [(i.cameo, first_targets(ex, "018")) for i in ex.interactions] == [("018", ["Morocco"])]


def test_standing_behind_a_states_sovereignty_is_support_not_blame(extract_text):
    ex = extract_text("Chancellor Olaf Scholz said Germany stood firmly behind Moldova's sovereignty.")
    roots = {i.cameo[:2] for i in ex.interactions}
    assert "05" in roots and "11" not in roots


def test_a_court_ordering_a_state_to_refrain_makes_a_demand(extract_text):
    ex = extract_text("The International Court of Justice ordered Azerbaijan to refrain from any such action.")
    assert facts(ex) == {("International Court of Justice", "10", frozenset({"Azerbaijan"}))}


def test_welcoming_a_statement_issued_by_a_body_praises_the_body(extract_text):
    ex = extract_text("The President welcomed the statement issued by the African Union yesterday affirming "
                      "Somalia's territorial integrity.")
    assert any(i.cameo == "051" and first_targets(ex, "051") == ["African Union"] for i in ex.interactions)


def test_accepting_an_offer_to_host_a_meeting_accepts_mediation_and_the_meeting_is_not_held(extract_text):
    ex = extract_text("Serbia accepted an offer by Prime Minister Viktor Orbán of Hungary to host a meeting between "
                      "President Aleksandar Vučić and the Kosovo Prime Minister.")
    assert asserts_fact(ex, "Serbia", "03", {"Viktor Orbán"})
    assert any(i.cameo == "039" and ex.actors[i.actor].name == "Viktor Orbán" for i in ex.interactions)
    assert not any(i.cameo.startswith("04") and i.modality is None for i in ex.interactions)


def test_an_offer_to_deploy_peacekeepers_is_an_intent_toward_where_they_go(extract_text):
    ex = extract_text("Uganda welcomed Kenya's offer to deploy peacekeepers to Somalia.")
    assert asserts_fact(ex, "Kenya", "03", {"Somalia"})


def test_asking_for_a_states_support_appeals_to_that_state(extract_text):
    ex = extract_text("President Hichilema asked for additional British support for flood victims.")
    assert first_targets(ex, "02") == ["United Kingdom"]


def test_a_pledge_the_speaker_reports_of_its_state_is_the_speakers_alone(extract_text):
    ex = extract_text("President Biden noted that the United States will provide $40 million in economic "
                      "assistance to Palau.")
    assert [(ex.actors[i.actor].name, i.cameo[:2]) for i in ex.interactions] == [("Joe Biden", "03")]


def test_a_call_made_to_congratulate_is_a_congratulation_made(extract_text):
    ex = extract_text("President Biden spoke today with President Lai of Taiwan to congratulate him on his election.")
    praise = [i for i in ex.interactions if i.cameo.startswith("05")]
    assert praise and praise[0].modality is None


def test_a_side_reporting_an_attack_on_itself_accuses_the_attacker(extract_text):
    ex = extract_text("Armenia's defence ministry said Azerbaijani troops had opened fire on Armenian positions "
                      "near Jermuk.")
    acts = [(ex.actors[i.actor].name, i.cameo, [ex.actors[t].name for t in i.targets]) for i in ex.interactions]
    assert acts[0][1] == "1123" and "Azerbaijan" in " ".join(acts[0][2])
    assert not any(code.startswith("19") for _, code, _ in acts)


def test_the_storys_own_account_with_its_source_after_it_stays_an_attack(extract_text):
    ex = extract_text("Russian missiles struck Kharkiv overnight, killing three people, Ukrainian officials said.")
    assert [(ex.actors[i.actor].name, i.cameo[:2]) for i in ex.interactions if i.cameo[:2] != "01"] == [
        ("Russia", "19")]


def test_fighting_between_two_states_as_a_subject_is_fighting_both_ways(extract_text):
    ex = extract_text("Fighting between Kyrgyzstan and Tajikistan along their border has killed at least 24 "
                      "people.")
    assert asserts_fact(ex, "Kyrgyzstan", "19", {"Tajikistan"}) and asserts_fact(ex, "Tajikistan", "19",
                                                                                 {"Kyrgyzstan"})


def test_opening_fire_on_a_post_is_force_but_not_when_alleged(extract_text):
    ex = extract_text("Indian troops opened fire on a Chinese border post.")
    assert first_targets(ex, "19") == ["China"]
    alleged = extract_text("China accused Indian troops of opening fire on a Chinese border post.")
    assert not any(i.cameo.startswith("19") for i in alleged.interactions)


def test_a_threat_made_on_a_condition_is_aimed_at_who_must_meet_it(extract_text):
    ex = extract_text("Noboa threatened to close the main border crossing if Lima did not step up security.")
    assert first_targets(ex, "13") == ["Peru"]


def test_met_at_a_venue_with_someone_meets_that_person(extract_text):
    ex = extract_text("National Security Advisor Jake Sullivan met today at the White House with Arman Tatoyan, "
                      "Secretary of the Security Council of the Republic of Armenia.")
    assert first_targets(ex, "04") == ["Arman Tatoyan"]


def test_refusing_to_recognize_is_a_rejection(extract_text):
    for text in ("Chile refused to recognize Maduro's claim to the presidency.",
                 "The minister reaffirmed Chile's refusal to recognize Maduro's claim to the presidency."):
        ex = extract_text(text)
        assert asserts_fact(ex, "Chile", "12", {"Nicolás Maduro"}), text


def test_a_call_for_release_beside_a_condemnation_is_aimed_at_the_condemned(extract_text):
    ex = extract_text("The Secretary condemned Daniel Ortega's continued repression of the Nicaraguan people and "
                      "called for the immediate release of all political prisoners.")
    assert first_targets(ex, "0253") == ["Daniel Ortega"]


def test_hosting_or_mediating_a_meeting_just_told_of_is_toward_those_who_met(extract_text):
    ex = extract_text("Rwandan President Paul Kagame and Congolese President Felix Tshisekedi met in Doha on Tuesday. "
                      "The meeting, hosted by Qatar's Emir Sheikh Tamim bin Hamad Al Thani, was their first. "
                      "Kenyan President William Ruto, who mediated the talks, said it was a major step.")
    assert asserts_fact(ex, "Tamim bin Hamad Al Thani", "04", {"Paul Kagame", "Félix Tshisekedi"})
    assert asserts_fact(ex, "William Ruto", "04", {"Rwanda", "Democratic Republic of Congo"})


def test_hosting_a_summit_the_text_never_told_of_names_no_one(extract_text):
    ex = extract_text("Rwandan President Paul Kagame met Congolese President Felix Tshisekedi on Tuesday. "
                      "Qatar will host a summit next year.")
    assert not [i for i in ex.interactions if i.cameo == "043"]


def test_exercises_held_with_a_partner_are_military_cooperation_not_a_show_of_force(extract_text):
    ex = extract_text("The United States carried out military flight exercises with Guyana's defence force last week. "
                      "China held drills near Taiwan.")
    assert asserts_fact(ex, "United States", "06", {"Guyana's defence force"})
    assert asserts_fact(ex, "China", "15", {"Taiwan"})


def test_bringing_a_case_against_a_state_is_a_legal_complaint(extract_text):
    ex = extract_text("Guyana brought a case against Venezuela at the ICJ in 2018.")
    assert [i.cameo for i in ex.interactions] == ["115"]
    assert asserts_fact(ex, "Guyana", "11", {"Venezuela"})


def test_an_appeal_to_both_neighbours_reaches_the_two_states_just_named(extract_text):
    ex = extract_text("Guyana accused Venezuela of firing on a patrol boat. "
                      "Brazil's Foreign Minister Mauro Vieira called on both neighbours to avoid escalation.")
    assert asserts_fact(ex, "Mauro Vieira", "02", {"Guyana", "Venezuela"})


def test_a_river_where_shots_were_fired_is_not_a_target(extract_text):
    ex = extract_text("Venezuelan soldiers fired on a Guyanese patrol boat on the Cuyuni River on Monday.")
    force = [i for i in ex.interactions if i.cameo.startswith("19")]
    assert force and all(ex.actors[t].kind != "Location" for i in force for t in i.targets)


def test_concern_about_a_cooperation_is_not_aimed_at_who_a_relative_clause_pronoun_names(extract_text):
    ex = extract_text("Jake Sullivan spoke with Shin Won-sik and Akiba Takeo. The United States is deeply concerned "
                      "by the military cooperation between the DPRK and Russia, including the deployment of DPRK "
                      "troops to Russia's Kursk region, where they have engaged in combat against Ukrainian forces.")
    concern = next(i for i in ex.interactions if i.cameo.startswith("11") or i.cameo.startswith("012"))
    assert {ex.actors[t].name for t in concern.targets} == {"North Korea", "Russia"}


def test_a_threat_on_the_condition_of_several_parties_is_aimed_at_each(extract_text):
    ex = extract_text("Iran warned that it could quit the treaty if Britain, France and Germany pushed for a censure.")
    assert asserts_fact(ex, "Iran", "13", {"United Kingdom", "France", "Germany"})


def test_a_condemned_deed_done_to_block_someone_is_done_by_its_owner(extract_text):
    ex = extract_text("Marco Rubio condemned the China Coast Guard's dangerous maneuvers to block a Philippine Coast "
                      "Guard vessel. Foreign Office officials summoned the ambassador of Russia to protest the attack.")
    assert asserts_fact(ex, "China Coast Guard", "19", {"Philippine Coast Guard"})
    assert not any(ex.actors[i.actor].name == "Marco Rubio" and i.cameo.startswith("19") for i in ex.interactions)
    assert not any(ex.actors[i.actor].name == "Russia" for i in ex.interactions)


def test_condemning_an_act_as_a_provocation_by_someone_is_aimed_at_them(extract_text):
    ex = extract_text("Keir Starmer condemned the incursion as a reckless and deliberate provocation by the Kremlin.")
    assert asserts_fact(ex, "Keir Starmer", "11", {"Kremlin"})


def test_troops_of_two_states_that_clashed_each_fought_the_other(extract_text):
    ex = extract_text("Thai and Cambodian troops clashed along their disputed border on Tuesday.")
    force = {(ex.actors[i.actor].name, ex.actors[i.targets[0]].name) for i in ex.interactions
             if i.cameo.startswith("19")}
    assert force == {("Thai troops", "Cambodian troops"), ("Cambodian troops", "Thai troops")}


def test_who_brokered_a_truce_mediated_even_in_a_sentence_about_a_call(extract_text):
    ex = extract_text("Thai and Cambodian troops clashed along their disputed border on Tuesday. Malaysian Prime "
                      "Minister Anwar Ibrahim, who brokered the original truce in July, spoke by phone with Hun Manet.")
    assert asserts_fact(ex, "Anwar Ibrahim", "04", {"Thailand", "Cambodia"})
    assert asserts_fact(ex, "Anwar Ibrahim", "04", {"Hun Manet"})


def test_offering_to_convene_talks_is_an_offer_to_mediate_between_the_parties(extract_text):
    ex = extract_text("Qatar, which has hosted talks between Kinshasa and the M23 in Doha since last year, urged both "
                      "sides on Wednesday to respect the ceasefire framework they signed in November and offered to "
                      "convene a new round of negotiations before the end of the month.")
    assert asserts_fact(ex, "Qatar", "03", {"Democratic Republic of Congo", "M23"})


def test_negotiations_between_two_states_are_negotiation_and_a_briefing_is_a_statement(extract_text):
    ex = extract_text("The Deputy Secretary welcomed the conclusion of negotiations between Armenia and Azerbaijan. "
                      "Foreign Minister Ararat Mirzoyan briefed Christopher Landau on the work of the commissions.")
    assert any(i.cameo == "046" and ex.actors[i.actor].name == "Armenia" for i in ex.interactions)
    assert asserts_fact(ex, "Ararat Mirzoyan", "01", {"Christopher Landau"})


def test_a_leader_affirming_his_states_commitment_to_work_with_others_is_the_one_who_pledges(extract_text):
    ex = extract_text("President Biden spoke today with Amir Tamim bin Hamad Al Thani of Qatar. The Amir affirmed "
                      "Qatar's commitment to continue working with the United States and Egypt.")
    assert asserts_fact(ex, "Tamim bin Hamad Al Thani", "03", {"United States", "Egypt"})
    assert asserts_fact(extract_text("Germany's decision to send tanks to Ukraine angered Russia."),
                        "Germany", "03", {"Ukraine"})


def test_both_neighbours_named_paragraphs_earlier_are_the_two_the_story_is_about(extract_text):
    ex = extract_text("Pakistan and Afghanistan traded fire on Sunday. Pakistan blamed the Tehreek-e-Taliban Pakistan. "
                      "Afghanistan denied it. The clashes were the worst since a truce brokered by Qatar and Turkey. "
                      "China called on both neighbours to exercise restraint.")
    assert asserts_fact(ex, "China", "02", {"Pakistan", "Afghanistan"})


def test_what_a_speaker_says_their_state_would_keep_doing_for_another_is_a_pledge(extract_text):
    ex = extract_text("Fidan said Turkey would continue to stand by the Syrian people.")
    assert asserts_fact(ex, "Hakan Fidan", "03", {"Syria"})
    ex = extract_text("She said the EU would impose sanctions if Russia attacked Moldova.")
    assert not any(i.cameo.startswith("16") and i.modality is None for i in ex.interactions)


def test_they_after_a_call_puts_the_first_named_first(extract_text):
    ex = extract_text("Secretary Rubio spoke with Philippine Foreign Secretary Theresa Lazaro. They agreed to deepen "
                      "bilateral maritime security cooperation.")
    assert asserts_fact(ex, "Marco Rubio", "03", {"Ma. Theresa Lazaro"})


@pytest.mark.parametrize("text, fact", [
    ("The Secretary welcomed Azerbaijan's stated readiness to sign the peace agreement with Armenia.",
     ("Azerbaijan", "03", frozenset({"Armenia"}))),
    ("The Prime Minister welcomed the United States' decision to resume intelligence sharing with Ukraine.",
     ("United States", "03", frozenset({"Ukraine"}))),
])
def test_a_readiness_or_decision_owned_by_its_doer_is_their_promise(extract_text, text, fact):
    assert fact in facts(extract_text(text))


def test_a_hostile_label_by_someone_targets_them_and_a_vow_to_respond_is_a_threat(extract_text):
    ex = extract_text("Russian foreign ministry spokeswoman Maria Zakharova called the expulsions \"another hostile "
                      "step\" by Chisinau and said Russia would respond.")
    assert asserts_fact(ex, "Maria Zakharova", "11", {"Moldova"})
    assert asserts_fact(ex, "Maria Zakharova", "13", {"Moldova"})


def test_warning_that_provocations_would_carry_consequences_is_a_threat(extract_text):
    ex = extract_text("The State Department warned that \"continued provocations\" by Venezuela would carry "
                      "consequences for the government of Nicolas Maduro.")
    assert asserts_fact(ex, "State Department", "13", {"Venezuela"})


def test_a_quotation_before_said_adding_that_keeps_its_own_act(extract_text):
    ex = extract_text("Pakistani jets struck Afghanistan on Tuesday. \"We call on both sides to resolve their "
                      "differences through dialogue,\" Chinese foreign ministry spokesperson Lin Jian said in Beijing, "
                      "adding that China was willing to help mediate.")
    assert asserts_fact(ex, "Lin Jian", "02", {"Pakistan", "Afghanistan"})
    assert asserts_fact(ex, "Lin Jian", "03", {"Pakistan", "Afghanistan"})


def test_both_leaders_urged_by_a_third_are_the_two_met_not_the_one_urging(extract_text):
    ex = extract_text("Foreign Secretary David Lammy met President Felix Tshisekedi and President Paul Kagame and "
                      "urged both leaders to re-engage in the regional peace processes.")
    assert asserts_fact(ex, "David Lammy", "02", {"Félix Tshisekedi", "Paul Kagame"})


def test_aid_announced_to_help_a_state_is_a_pledge_of_aid_to_it(extract_text):
    ex = extract_text("Kallas also confirmed a 60-million-euro package to help Moldova cope with the energy crisis.")
    assert asserts_fact(ex, "Kaja Kallas", "03", {"Moldova"})
    ex = extract_text("Britain delivered 40 tonnes of medical supplies to Sudan on Monday.")
    assert asserts_fact(ex, "United Kingdom", "07", {"Sudan"})


def test_a_speaker_saying_the_bloc_stands_ready_to_help_a_state_pledges_it_help(extract_text):
    ex = extract_text("EU foreign policy chief Kaja Kallas said the bloc stood ready to help Chisinau counter hybrid "
                      "threats.")
    assert asserts_fact(ex, "Kaja Kallas", "03", {"Moldova"})


@pytest.mark.parametrize("text", ["The UK is suspending aid to the Government of Rwanda.",
                                  "The UK is suspending aid to the Rwandan government."])
def test_a_states_government_is_the_state(extract_text, text):
    assert asserts_fact(extract_text(text), "United Kingdom", "16", {"Rwanda"})


def test_a_ministers_quoted_statement_demands_and_threatens_in_his_name(extract_text):
    ex = extract_text('Foreign Secretary David Lammy said:\n\n"Rwanda must withdraw all its troops from Congolese '
                      'territory.\n\n"The UK will keep all options on the table if this does not happen."')
    assert asserts_fact(ex, "David Lammy", "10", {"Rwanda"})
    assert asserts_fact(ex, "David Lammy", "13", {"Rwanda"})
    assert not any(i.cameo.startswith("08") and i.modality is None for i in ex.interactions)


def test_fire_exchanged_on_a_weekday_is_dated_that_day(extract_text):
    ex = extract_text("Thai and Cambodian troops exchanged fire on Wednesday along their border.",
                      published="2025-05-29")
    assert {i.date for i in ex.interactions if i.cameo.startswith("19")} == {dt.date(2025, 5, 28)}


def test_the_two_after_a_call_are_the_two_on_the_call(extract_text):
    ex = extract_text("Cambodian spokeswoman Maly Socheata said Cambodia would defend itself. Thai Prime Minister "
                      "Paetongtarn Shinawatra said she had spoken by phone with Hun Manet and that the two had agreed "
                      "to defuse tensions. Maly Socheata declined to comment.")
    assert asserts_fact(ex, "Paetongtarn Shinawatra", "03", {"Hun Manet"})


def test_both_sides_are_the_two_parties_just_named_and_both_leaders_are_leaders(extract_text):
    ex = extract_text("Rwanda denied the claim. Rwanda said Congo armed the FDLR. Qatar, which has hosted talks "
                      "between Kinshasa and the M23 in Doha, urged both sides to respect the ceasefire.")
    assert asserts_fact(ex, "Qatar", "02", {"Democratic Republic of Congo", "M23"})
    ex = extract_text("Thai Prime Minister Paetongtarn Shinawatra spoke with Cambodian Prime Minister Hun Manet. "
                      "Cambodian spokeswoman Maly Socheata said Cambodia wanted peace. Maly Socheata said so again. "
                      "Malaysian Prime Minister Anwar Ibrahim said he had spoken to both leaders.")
    assert asserts_fact(ex, "Anwar Ibrahim", "04", {"Paetongtarn Shinawatra", "Hun Manet"})


def test_rejecting_an_account_is_a_denial_of_whoever_gave_it(extract_text):
    ex = extract_text("The Royal Thai Army said Cambodian soldiers opened fire first. Cambodia's defence ministry "
                      "rejected that account.")
    assert any(i.cameo == "016" for i in ex.interactions)


def test_strikes_carried_out_inside_a_state_on_a_weekday_target_it_that_day(extract_text):
    ex = extract_text("Pakistan carried out air strikes inside Afghanistan early on Monday targeting suspected "
                      "hideouts of the Pakistani Taliban, killing eight people.", published="2024-03-18")
    assert asserts_fact(ex, "Pakistan", "19", {"Afghanistan"})
    assert {i.date for i in ex.interactions} == {dt.date(2024, 3, 18)}


def test_an_accusation_followed_by_its_denial_stays_the_accusers(extract_text):
    ex = extract_text("Pakistan's foreign ministry confirmed the operation. It accused Kabul of sheltering fighters of "
                      "the Tehreek-e-Taliban Pakistan (TTP), a charge the Taliban deny.")
    assert asserts_fact(ex, "Pakistan's foreign ministry", "11", {"Afghanistan"})


def test_a_spokeswoman_quoting_her_states_act_reports_the_states_act(extract_text):
    ex = extract_text('"Pakistan has repeatedly urged the Afghan interim government to take concrete action against '
                      'terrorist groups," Pakistani foreign ministry spokeswoman Mumtaz Zahra Baloch told reporters.')
    assert asserts_fact(ex, "Pakistan", "02", {"Afghanistan"})


def test_a_finite_act_hung_on_an_infinitive_belongs_to_the_clause_above(extract_text):
    ex = extract_text("President Biden welcomed Kenya's offer to lead a multinational security support mission there "
                      "and thanked Brazil for its past leadership of the UN mission in Haiti.")
    assert asserts_fact(ex, "Joe Biden", "05", {"Brazil"})
    ex = extract_text("Cambodian Prime Minister Hun Manet said that Phnom Penh had asked the International Court of "
                      "Justice to rule on four disputed areas and called on Bangkok to accept the court's "
                      "jurisdiction.")
    assert asserts_fact(ex, "Hun Manet", "02", {"Thailand"})


def test_a_state_that_intends_to_provide_aid_pledges_it(extract_text):
    ex = extract_text("The United States intends to provide an additional $500 million to the Amazon Fund.")
    assert any(i.cameo.startswith("03") and i.modality is None for i in ex.interactions)


def test_negotiations_a_leader_calls_for_are_not_held(extract_text):
    ex = extract_text("President Lula reiterated Brazil's call for negotiations between Russia and Ukraine.")
    assert asserts_fact(ex, "Luiz Inácio Lula da Silva", "02", {"Russia", "Ukraine"})
    assert not any(i.cameo.startswith("04") and i.modality is None for i in ex.interactions)
    assert not any(ex.actors[i.actor].name == "Brazil" for i in ex.interactions)


def test_objections_to_a_states_cooperation_with_others_target_that_state(extract_text):
    ex = extract_text("President Erdogan raised Turkey's objections to U.S. cooperation with the Syrian Democratic "
                      "Forces in northeast Syria.")
    assert asserts_fact(ex, "Recep Tayyip Erdogan", "11", {"United States"})


def test_thanks_for_a_vote_on_a_weekday_is_dated_by_the_call_not_the_vote(extract_text):
    ex = extract_text("President Biden thanked President Erdogan for the vote by the Grand National Assembly of Turkey "
                      "on Tuesday approving Sweden's accession to NATO.", published="2024-01-26")
    assert [i.date for i in ex.interactions if i.cameo == "051"] == [dt.date(2024, 1, 26)]


def test_the_victims_leader_saying_an_attack_killed_people_accuses_the_attacker(extract_text):
    ex = extract_text("Prime Minister Starmer spoke to President Zelenskyy. He condemned Russia's overnight drone "
                      "attack on the Kyiv region, which President Zelenskyy said had killed three people.")
    assert asserts_fact(ex, "Volodymyr Zelenskyy", "11", {"Russia"})


def test_a_call_following_talks_between_others_is_not_with_them(extract_text):
    ex = extract_text("Prime Minister Keir Starmer spoke to President Zelenskyy this evening following the talks "
                      "between Ukrainian and US delegations in Jeddah today.")
    assert not any(ex.actors[i.actor].name == "Keir Starmer" and "United States" in {ex.actors[t].name for t in
                   i.targets} for i in ex.interactions)
    assert asserts_fact(ex, "Ukraine", "04", {"United States"})


def test_what_a_speaker_says_another_state_would_do_is_not_its_pledge(extract_text):
    ex = extract_text("Bihi said Ethiopia would recognise Somaliland as an independent nation.")
    assert not any(ex.actors[i.actor].name == "Ethiopia" and i.modality is None for i in ex.interactions)


def test_accepting_an_invitation_is_toward_whoever_invited(extract_text):
    ex = extract_text("Secretary of State Marco Rubio spoke with Foreign Minister Sugiono. Foreign Minister Sugiono "
                      "invited Secretary Rubio to visit Indonesia later this year, and Secretary Rubio accepted the "
                      "invitation.")
    assert asserts_fact(ex, "Marco Rubio", "03", {"Sugiono"})


def test_a_call_for_the_release_of_a_prisoner_is_aimed_at_the_captors(extract_text):
    ex = extract_text("Secretary Rubio urged the Burma military regime to allow humanitarian access and called for the "
                      "release of all those unjustly detained, including Aung San Suu Kyi.")
    assert not any("Aung San Suu Kyi" in {ex.actors[t].name for t in i.targets} for i in ex.interactions)
    assert asserts_fact(ex, "Marco Rubio", "02", {"Burma military regime"})


@pytest.mark.parametrize("denial", ["Moscow denied any involvement.", "Moscow denied it."])
def test_a_denial_answers_whoever_accused_the_denier(extract_text, denial):
    ex = extract_text("Moldova accused Moscow of funding unrest. " + denial)
    assert any(i.cameo == "016" and [ex.actors[t].name for t in i.targets] == ["Moldova"] for i in ex.interactions)


def test_solidarity_expressed_with_a_state_is_support_for_it(extract_text):
    ex = extract_text("Romania's foreign ministry expressed full solidarity with Moldova.")
    assert any(i.cameo == "051" for i in ex.interactions)


@pytest.mark.parametrize("text, accused", [
    ("Guyana accused Venezuela of sending a navy patrol boat into its waters.", "Venezuela"),
    ("Thailand accused Cambodian soldiers of opening fire first.", "Cambodian soldiers"),
])
def test_an_accusation_of_an_armed_act_or_intrusion_is_an_accusation_of_aggression(extract_text, text, accused):
    ex = extract_text(text)
    assert [(i.cameo, [ex.actors[t].name for t in i.targets]) for i in ex.interactions] == [("1123", [accused])]
    assert [i.cameo for i in extract_text("Pakistan accused Kabul of sheltering militants.").interactions] == ["112"]


def test_a_leader_saying_a_foreign_vessel_entered_his_waters_accuses_its_state(extract_text):
    ex = extract_text("President Irfaan Ali said in a televised address that the Venezuelan vessel entered Guyana's "
                      "exclusive economic zone on Saturday.")
    assert asserts_fact(ex, "Irfaan Ali", "11", {"Venezuela"})
    ex = extract_text("President Irfaan Ali said the Venezuelan vessel entered the port of Caracas.")
    assert not any(i.cameo.startswith("11") for i in ex.interactions)


def test_parties_named_after_a_comma_are_the_ones_called_on(extract_text):
    ex = extract_text("The Foreign Secretary David Lammy called on Sudan's warring parties, the Sudanese Armed Forces "
                      "and the Rapid Support Forces, to agree to a ceasefire.")
    assert asserts_fact(ex, "David Lammy", "02", {"Sudanese Armed Forces", "Rapid Support Forces"})


def test_a_captor_named_again_inside_the_prisoners_description_stays_the_target(extract_text):
    ex = extract_text("Canada on Monday called on Iran to release a Canadian-Iranian dual national who has been held "
                      "in Tehran's Evin prison since March without charge.")
    assert asserts_fact(ex, "Canada", "02", {"Iran"})
    ex = extract_text("President Trump reiterated his call for Hamas to release all remaining hostages immediately.")
    assert asserts_fact(ex, "Donald Trump", "02", {"Hamas"})


def test_an_offer_restated_with_its_infinitive_on_the_verb_is_still_an_offer_to_mediate(extract_text):
    ex = extract_text("President Lula restated his offer to help broker talks between Moscow and Kyiv.")
    assert asserts_fact(ex, "Luiz Inácio Lula da Silva", "03", {"Russia", "Ukraine"})


def test_declaring_a_state_an_aggressor_is_a_reproach_of_it(extract_text):
    ex = extract_text('Defence Minister Yassin Ibrahim declared the UAE an "aggressor state".')
    assert asserts_fact(ex, "Yassin Ibrahim", "11", {"United Arab Emirates"})


def test_an_ambassador_summoned_to_protest_and_demand_a_withdrawal_was_protested_to_and_asked(extract_text):
    ex = extract_text("Foreign Office officials summoned the ambassador of North Korea, Choe Il, to protest the "
                      "deployment and to demand that Pyongyang withdraw its forces from Russia.")
    assert asserts_fact(ex, "Foreign Office", "10", {"North Korea"})
    assert not any(i.cameo.startswith("08") and i.modality is None for i in ex.interactions)


def test_a_statement_before_a_call_does_not_take_the_calls_date(extract_text):
    ex = extract_text('Foreign Secretary David Lammy said:\n\n"The UK will not stand by while North Korea threatens '
                      'security in Europe."\n\nThe Foreign Secretary also spoke yesterday with the Republic of '
                      "Korea's Foreign Minister, Cho Tae-yul.", published="2024-11-20")
    assert {i.date for i in ex.interactions if i.cameo.startswith("13")} <= {dt.date(2024, 11, 20)}


def test_leaders_agreeing_on_the_need_for_a_body_to_act_appeal_to_it(extract_text):
    ex = extract_text("Prime Minister Keir Starmer spoke to President William Ruto. The leaders agreed on the need for "
                      "the UN Security Council to put the mission on a more sustainable footing.")
    assert asserts_fact(ex, "Keir Starmer", "02", {"United Nations Security Council"})
    assert asserts_fact(ex, "William Ruto", "02", {"United Nations Security Council"})


def test_leaders_agreeing_that_their_teams_would_stay_in_touch_agree_to_cooperate(extract_text):
    ex = extract_text("President Biden spoke with Amir Tamim. The leaders agreed that their teams would remain in "
                      "close touch in the coming days.")
    assert asserts_fact(ex, "Joe Biden", "03", {"Tamim bin Hamad Al Thani"})
    ex = extract_text("President Biden spoke with Amir Tamim. The leaders agreed that the situation was dire.")
    assert not any(i.cameo.startswith("03") for i in ex.interactions)


def test_a_diplomat_summoned_to_a_ministry_was_summoned_by_it(extract_text):
    ex = extract_text("The Iranian charge d'affaires was also summoned to the Foreign, Commonwealth and Development "
                      "Office today.")
    assert asserts_fact(ex, "Foreign, Commonwealth and Development Office", "11", {"Iran"})


def test_measures_announced_against_a_state_reduce_relations_with_it(extract_text):
    ex = extract_text("The UK, France and Germany have today announced further measures against Iran.")
    assert asserts_fact(ex, "France", "16", {"Iran"})


def test_the_date_of_an_attack_condemned_is_not_the_date_of_the_condemnation(extract_text):
    ex = extract_text("Prime Minister Keir Starmer spoke to Prime Minister Netanyahu. The Prime Minister began by "
                      "reiterating his condemnation of Hamas' abhorrent attack on 7 October.", published="2024-07-14")
    assert [i.date for i in ex.interactions if i.cameo.startswith("11")] == [dt.date(2024, 7, 14)]


def test_an_undated_act_before_any_dated_one_happened_when_the_opening_sentence_says(extract_text):
    ex = extract_text("West African bloc woos Sahel juntas\n\nABUJA, July 8 (Reuters) - West African leaders on Sunday "
                      "met in Abuja. Nigerian President Bola Tinubu urged Mali, Burkina Faso and Niger to reconsider "
                      "their decision to quit the bloc.", published="2024-07-08")
    assert {i.date for i in ex.interactions if i.cameo.startswith("02")} == {dt.date(2024, 7, 7)}


def test_recalling_a_charge_d_affaires_reduces_relations(extract_text):
    ex = extract_text("Kinshasa recalled its charge d'affaires from Kigali on Tuesday.")
    assert asserts_fact(ex, "Democratic Republic of Congo", "16", {"Rwanda"})


def test_ruling_out_talks_rejects_them(extract_text):
    ex = extract_text("Thai Prime Minister Anutin Charnvirakul ruled out talks with Phnom Penh until the shooting "
                      "stops.")
    assert [i.cameo for i in ex.interactions if i.cameo.startswith("12")] == ["125"]
    assert asserts_fact(ex, "Anutin Charnvirakul", "12", {"Cambodia"})


def test_closing_the_border_with_a_state_restricts_movement(extract_text):
    ex = extract_text("Thai Prime Minister Anutin Charnvirakul ordered the closure of all border checkpoints with "
                      "Cambodia.")
    assert [(i.cameo, first_targets(ex, "191")) for i in ex.interactions] == [("191", ["Cambodia"])]
    ex = extract_text("Pakistan closed its border with Afghanistan on Sunday.")
    assert asserts_fact(ex, "Pakistan", "19", {"Afghanistan"})


def test_a_meeting_looked_forward_to_has_not_happened(extract_text):
    ex = extract_text("Secretary Rubio said the United States looks forward to President Trump's meeting with Crown "
                      "Prince Mohammed bin Salman this spring.")
    assert not any(i.cameo.startswith("04") and i.modality is None for i in ex.interactions)


def test_what_a_speaker_did_not_say_is_not_promised(extract_text):
    ex = extract_text("Tshisekedi said Congo remained open to dialogue. He did not say whether his government would "
                      "send a delegation to the next round of talks in Doha.")
    assert not any(i.cameo.startswith("03") and "delegation" in i.evidence and i.modality is None
                   for i in ex.interactions)


def test_two_forces_fighting_around_a_town_fight_each_other(extract_text):
    ex = extract_text("Congolese troops and M23 rebels fought heavy battles around the eastern town of Uvira on "
                      "Wednesday.")
    fights = {(ex.actors[i.actor].name, tuple(ex.actors[t].name for t in i.targets))
              for i in ex.interactions if i.cameo.startswith("19")}
    assert fights == {("Congolese troops", ("M23",)), ("M23", ("Congolese troops",))}


def test_air_strikes_that_killed_people_are_aerial_weapons(extract_text):
    ex = extract_text("Israeli air strikes killed at least nine people in southern Lebanon on Tuesday.")
    assert [i.cameo for i in ex.interactions if i.cameo.startswith("19")] == ["195"]


def test_a_side_saying_it_will_respond_threatens_the_other_side(extract_text):
    ex = extract_text("Thai and Cambodian troops clashed along their disputed border on Wednesday. Cambodia said it "
                      "would respond in kind.")
    assert asserts_fact(ex, "Cambodia", "13", {"Thailand"})


def test_the_victims_side_reporting_what_the_strikes_killed_accuses_the_attacker(extract_text):
    ex = extract_text("Pakistan carried out air strikes inside Afghanistan. Taliban government spokesman Zabihullah "
                      "Mujahid said the strikes had killed 12 civilians.")
    assert asserts_fact(ex, "Zabihullah Mujahid", "11", {"Pakistan"})
    ex = extract_text("Pakistan carried out air strikes inside Afghanistan. Pakistan's military spokesman said the "
                      "strikes had killed 12 militants.")
    assert not any(i.cameo.startswith("11") for i in ex.interactions)


def test_concern_about_a_states_transfers_to_a_group_is_about_the_state(extract_text):
    ex = extract_text("Rubio raised concerns about Iran's continued transfers of missiles and drones to the Houthis.")
    assert asserts_fact(ex, "Marco Rubio", "11", {"Iran"})
    assert asserts_fact(ex, "Iran", "07", {"Houthis"})  # the transfers are military aid


def test_an_offer_of_good_offices_is_between_those_just_spoken_with(extract_text):
    ex = extract_text("Venezuelan President Nicolas Maduro warned that Venezuela would respond with all its force to "
                      "any attempt by Washington to station troops in the region. Brazil's Foreign Minister Mauro "
                      "Vieira spoke with his Venezuelan and Guyanese counterparts and offered Brazil's good offices to "
                      "help reduce tensions.")
    assert set(first_targets(ex, "039")) == {"Venezuela", "Guyana"}


def test_a_demand_for_the_release_of_detainees_is_aimed_at_the_armed_group_holding_them(extract_text):
    ex = extract_text("The United States strongly condemns the Houthis' detention of 12 United Nations personnel. We "
                      "demand the immediate and unconditional release of all detained personnel.")
    assert asserts_fact(ex, "Houthis", "17", {"United Nations"})
    assert asserts_fact(ex, "United States", "10", {"Houthis"})


def test_a_date_after_the_act_a_reproof_names_is_that_acts(extract_text):
    ex = extract_text("President Trump met Prime Minister Takaichi today. The leaders strongly opposed any attempt by "
                      "China to change the status quo by force, and they condemned North Korea's launch of an "
                      "intercontinental ballistic missile on March 15.", published="2026-03-19")
    dates = {i.cameo: i.date for i in ex.interactions if i.cameo in ("110", "111", "150")}
    assert dates == {"110": dt.date(2026, 3, 19), "111": dt.date(2026, 3, 19), "150": dt.date(2026, 3, 15)}


@pytest.mark.parametrize("text, fact", [
    ("Japan's prime minister sent a message of condolence to Turkey on Wednesday.", ("018", "Turkey")),
    ("Australia said on Thursday it would expand joint training and maritime patrols with Papua New Guinea.",
     ("0312", "Papua New Guinea")),
    ("The International Monetary Fund disbursed $1 billion to Pakistan on Thursday.", ("071", "Pakistan")),
    ("Kenya deployed 200 additional police officers to Haiti on Monday.", ("074", "Haiti")),
    ("Belarus freed 14 political prisoners on Thursday, including a Polish citizen.", ("0841", "Poland")),
    ("Israel gave Hamas 72 hours to hand over the remains of the hostages.", ("139", "Hamas")),
    ("Russia has moved additional troops and armour to bases near its border with Finland.", ("154", "Finland")),
    ("China staged large-scale naval and air drills around Taiwan on Saturday.", ("150", "Taiwan")),
    ("Separatist militants from the Baloch Liberation Army killed five Pakistani soldiers with a roadside bomb.",
     ("1833", "Pakistan Armed Forces")),
    ("Indian border guards beat three Bangladeshi farmers.", ("182", "Bangladesh")),
    ("Israeli forces seized three more hilltop positions inside Syrian territory on Tuesday.", ("192", "Syria")),
    ("Iran said on Sunday it was ready to hold a new round of indirect talks with the United States.",
     ("036", "United States")),
])
def test_wire_sentences_of_less_common_codes(extract_text, text, fact):
    ex = extract_text(text)
    assert fact in {(i.cameo, ex.actors[t].name) for i in ex.interactions if i.modality is None for t in i.targets}


def test_a_hunger_strike_is_no_air_strike(extract_text):
    ex = extract_text("More than 300 Palestinian prisoners in Israeli jails began an open-ended hunger strike.")
    assert not any(i.cameo.startswith("19") for i in ex.interactions)


def test_a_call_after_a_quoted_phrase_is_the_speakers(extract_text):
    ex = extract_text('State Department spokeswoman Tammy Bruce said Washington "stands firmly with Guyana" and called '
                      "on Venezuela to respect the 1899 arbitral award.")
    assert asserts_fact(ex, "Tammy Bruce", "02", {"Venezuela"})


def test_leaders_agreeing_that_a_state_shows_no_willingness_reproach_it(extract_text):
    ex = extract_text("Prime Minister Keir Starmer spoke to President Zelenskyy. Both leaders agreed that Moscow had "
                      "shown no genuine willingness to end the war.")
    assert asserts_fact(ex, "Keir Starmer", "11", {"Russia"})


def test_topics_of_a_discussion_are_not_acts_and_a_war_is_between_the_two_named(extract_text):
    ex = extract_text("President Trump spoke with President Erdogan. The two leaders discussed efforts to end the war "
                      "between Russia and Ukraine, the situation in Syria, and expanding trade between the United "
                      "States and Türkiye.")
    assert not any(i.cameo.startswith("06") and i.modality is None for i in ex.interactions)
    assert {(ex.actors[i.actor].name, ex.actors[i.targets[0]].name) for i in ex.interactions
            if i.cameo.startswith("19")} == {("Russia", "Ukraine"), ("Ukraine", "Russia")}


def test_a_visit_one_is_invited_to_make_has_not_happened(extract_text):
    ex = extract_text("President Trump invited President Erdogan to visit the White House in the coming months, and "
                      "President Erdogan accepted the invitation.")
    assert not any(i.cameo.startswith("042") and i.modality is None for i in ex.interactions)


def test_leaders_reaffirming_their_commitment_after_meeting_commit_to_each_other_not_to_a_region(extract_text):
    ex = extract_text("President Donald J. Trump welcomed Prime Minister Sanae Takaichi of Japan to the White House "
                      "today. The leaders reaffirmed their commitment to the U.S.-Japan Alliance, which remains the "
                      "cornerstone of peace and security in the Indo-Pacific.")
    assert [first_targets(ex, "030")] == [["Sanae Takaichi"]]


def test_seizing_a_named_town_is_occupying_territory(extract_text):
    ex = extract_text("The RSF seized El Fasher from the Sudanese Armed Forces in October.")
    assert [i.cameo for i in ex.interactions] == ["192"]


def test_hosting_refugees_is_not_hosting_a_visit(extract_text):
    ex = extract_text("Foreign Secretary Yvette Cooper thanked Chad for hosting more than 800,000 Sudanese refugees.")
    assert not any(i.cameo.startswith("04") for i in ex.interactions)


def test_a_mediator_introduced_by_a_relative_clause_calls_on_the_two_it_mediates_between(extract_text):
    ex = extract_text("Qatar, which has mediated between Kinshasa and the M23 since early 2025, called on both sides "
                      "to return to the negotiating table.")
    assert asserts_fact(ex, "Qatar", "02", {"Democratic Republic of Congo", "M23"})


def test_giving_diplomats_hours_to_leave_expels_them(extract_text):
    ex = extract_text("Rwanda gave Belgian diplomats 48 hours to leave the country.")
    assert [i.cameo for i in ex.interactions] == ["174"]


def test_what_an_agreement_clears_the_way_for_has_not_happened(extract_text):
    ex = extract_text("Ruto signed a reciprocal agreement aimed at clearing the way for Kenya to deploy police "
                      "officers to Haiti.")
    assert not any(i.cameo.startswith("07") and i.modality is None for i in ex.interactions)


def test_a_speaker_saying_their_state_will_never_cooperate_refuses(extract_text):
    ex = extract_text("Venezuela's foreign minister, Yvan Gil, said Caracas would never recognise the International "
                      "Court of Justice's jurisdiction over the territory.")
    assert [(ex.actors[i.actor].name, i.cameo[:2]) for i in ex.interactions] == [("Yván Gil", "12")]


def test_troops_sent_within_ones_own_borders_face_the_neighbour_not_the_province(extract_text):
    ex = extract_text("Brazil said it had reinforced its military presence in the northern state of Roraima.")
    assert [(i.cameo, i.targets) for i in ex.interactions] == [("154", [])]
    ex = extract_text("Venezuelan President Nicolas Maduro ordered the deployment of additional troops to Bolivar "
                      "state, which borders the Essequibo.")
    assert first_targets(ex, "154") == ["Guyana"]


def test_a_date_inside_what_was_said_is_not_the_date_of_saying_it(extract_text):
    ex = extract_text("BANGKOK, April 8 – The Philippines, which chairs ASEAN this year, said the bloc's foreign "
                      "ministers would hold an emergency virtual meeting on Thursday.", published="2026-04-08")
    assert [(i.cameo, i.date) for i in ex.interactions if i.modality is None] == [("010", dt.date(2026, 4, 8))]


def test_two_states_a_relative_clause_follows_both_did_what_it_says(extract_text):
    ex = extract_text("Pakistan and Afghanistan clashed in October. Turkey and Qatar, which brokered a ceasefire "
                      "between the two countries in October, are expected to host another round of talks.")
    assert asserts_fact(ex, "Turkey", "04", {"Pakistan", "Afghanistan"})
    assert asserts_fact(ex, "Qatar", "04", {"Pakistan", "Afghanistan"})


def test_a_demonym_describing_a_group_of_that_state_is_not_a_second_side(extract_text):
    ex = extract_text("Pakistani and Afghan Taliban forces exchanged heavy fire along the border overnight.")
    assert {(ex.actors[i.actor].name, tuple(ex.actors[t].name for t in i.targets)) for i in ex.interactions} == {
        ("Pakistan", ("Taliban",)), ("Taliban", ("Pakistan",))}


def test_working_with_partners_in_a_list_is_working_with_each(extract_text):
    ex = extract_text("The United States will continue to work with our partners in the African Union, Egypt, Saudi "
                      "Arabia, and the United Arab Emirates to end the war.")
    assert set(first_targets(ex, "03")) == {"African Union", "Egypt", "Saudi Arabia", "United Arab Emirates"}


def test_readiness_for_a_new_round_of_talks_offers_talks(extract_text):
    ex = extract_text("Kremlin spokesman Dmitry Peskov said Moscow was ready for a new round of direct talks with "
                      "Ukraine in Istanbul.")
    assert asserts_fact(ex, "Dmitry Peskov", "03", {"Ukraine"})


def test_a_ceasefire_or_talks_a_state_brokered_or_led_are_its_mediation(extract_text):
    ex = extract_text("Israeli air strikes killed nine people in southern Lebanon, in one of the deadliest days since "
                      "a U.S.-brokered ceasefire took effect in November 2024. U.S. envoy Morgan Ortagus is expected "
                      "to visit Beirut.")
    assert asserts_fact(ex, "United States", "04", {"Israel", "Lebanon"})
    ex = extract_text("The leaders discussed the latest progress in the US-led peace talks between Russia and Ukraine.")
    assert asserts_fact(ex, "United States", "04", {"Russia", "Ukraine"})


def test_both_sides_a_story_does_not_name_there_are_the_two_at_war_not_the_most_named(extract_text):
    ex = extract_text("Sudan cut ties with the United Arab Emirates, accusing it of arming the RSF. The UAE denied "
                      "arming the RSF. The UAE has supported Sudan's rivals, Sudan said. The army and the RSF have "
                      "been at war for two years. U.N. spokesperson Stephane Dujarric urged both sides to stop "
                      "attacking civilian infrastructure.")
    appeal = next(i for i in ex.interactions if i.cameo.startswith("02"))
    assert {ex.actors[t].name for t in appeal.targets} == {"Sudanese Armed Forces", "Rapid Support Forces"}


def test_a_deal_mediated_by_states_is_mediation_between_those_who_agreed_to_it(extract_text):
    ex = extract_text("Israel and Hamas agreed to a ceasefire. The deal, mediated by Qatar, Egypt and the United "
                      "States, takes effect on Sunday.")
    assert asserts_fact(ex, "Egypt", "04", {"Israel", "Hamas"})


def test_a_statements_own_warning_that_it_will_not_hesitate_threatens(extract_text):
    ex = extract_text("The United States strongly condemns the Houthis' detention of UN staff. We will not hesitate "
                      "to take further action to protect freedom of navigation and hold the Houthis accountable.")
    assert asserts_fact(ex, "United States", "13", {"Houthis"})


def test_declaring_an_agreement_void_or_not_recognising_a_court_rejects_it(extract_text):
    ex = extract_text("Somalia's cabinet declared the agreement between Ethiopia and Somaliland null and void.")
    assert [(i.cameo, first_targets(ex, "120")[:1]) for i in ex.interactions] == [("120", ["Ethiopia"])]
    ex = extract_text("Venezuela does not recognize the International Court of Justice's jurisdiction over the case.")
    assert asserts_fact(ex, "Venezuela", "12", {"International Court of Justice"})


def test_militants_a_group_leads_are_that_group(extract_text):
    ex = extract_text("The war began when Hamas-led militants attacked southern Israel on Oct. 7, 2023.")
    assert asserts_fact(ex, "Hamas", "19", {"Israel"})


def test_a_trailing_source_of_another_sides_act_makes_no_statement(extract_text):
    ex = extract_text("Afghan Taliban forces attacked several Pakistani border posts on Saturday, Afghanistan's "
                      "defence ministry said.")
    assert not [i for i in ex.interactions if i.cameo.startswith("01")]
    ex = extract_text("Brazil's foreign ministry said on Thursday that Lula had offered to mediate between Colombia "
                      "and Ecuador.")
    assert [i for i in ex.interactions if i.cameo.startswith("01")]  # a statement that leads its report stays


def test_a_town_seized_from_a_side_is_taken_from_that_side(extract_text):
    ex = extract_text("The Rapid Support Forces seized El Fasher from the Sudanese Armed Forces in October.")
    assert facts(ex) == {("Rapid Support Forces", "19", frozenset({"Sudanese Armed Forces"}))}
    ex = extract_text("The RSF has been fighting the Sudanese Armed Forces since 2023. The RSF seized El Fasher, the "
                      "army's last stronghold in Darfur, in October.")
    assert asserts_fact(ex, "Rapid Support Forces", "19", {"Sudanese Armed Forces"})
    assert not asserts_fact(ex, "Rapid Support Forces", "19", {"Sudan"})


def test_a_seized_ship_is_property_not_an_actor(extract_text):
    ex = extract_text("On Friday, Houthi forces seized the bulk carrier Eternal Star off the port of Hudaydah.")
    assert [(i.cameo, i.targets) for i in ex.interactions] == [("1711", [])]
    assert "Eternal Star" not in {a.name for a in ex.actors.values()}


def test_readiness_to_join_a_peacekeeping_force_is_a_pledge_of_protection(extract_text):
    ex = extract_text("Prime Minister Keir Starmer spoke to President Volodymyr Zelenskyy of Ukraine. He reiterated "
                      "that the UK stood ready to deploy troops to Ukraine as part of a multinational force.")
    assert asserts_fact(ex, "Keir Starmer", "03", {"Ukraine"})
    assert not [i for i in ex.interactions if i.cameo.startswith("15")]


def test_a_consequence_on_a_condition_another_side_must_meet_threatens_it(extract_text):
    ex = extract_text("President Trump said that if Russia does not stop the killing, the United States is prepared "
                      "to impose additional sanctions on Russian oil exports.")
    assert [(i.cameo, first_targets(ex, "13")) for i in ex.interactions] == [("1312", ["Russia"])]
    ex = extract_text("Tusk said Poland would shoot down drones if Russia violated its airspace again.")
    assert asserts_fact(ex, "Donald Tusk", "13", {"Russia"})
    assert not [i for i in ex.interactions if i.cameo.startswith("11")]  # the condition accuses no one


def test_readiness_for_a_ceasefire_is_offered_to_the_other_side(extract_text):
    ex = extract_text("Russia's strikes on Ukrainian cities killed 31 people. President Zelenskyy thanked President "
                      "Trump for his leadership and reiterated Ukraine's readiness for an unconditional ceasefire.")
    assert any(i.cameo == "0356" and first_targets(ex, "0356") == ["Russia"] for i in ex.interactions)
    ex = extract_text("Pashinyan reaffirmed Armenia's commitment to talks with Azerbaijan.")
    assert asserts_fact(ex, "Nikol Pashinyan", "03", {"Azerbaijan"})


def test_support_for_someones_willingness_is_support_for_them(extract_text):
    ex = extract_text("President Lee expressed support for President Trump's willingness to engage with Kim Jong Un.")
    assert first_targets(ex, "05") == ["Donald Trump"]


def test_those_who_join_a_meeting_do_not_meet_each_other(extract_text):
    ex = extract_text("Vice President JD Vance and Secretary of Commerce Howard Lutnick joined the meeting.")
    assert not ex.interactions
    ex = extract_text("Vice President JD Vance and Secretary of Commerce Howard Lutnick held a meeting on Monday.")
    assert asserts_fact(ex, "JD Vance", "04", {"Howard Lutnick"})


def test_two_sides_that_each_released_prisoners_released_them_to_each_other(extract_text):
    ex = extract_text("Russia and Ukraine each released 150 prisoners of war on Monday.")
    assert asserts_fact(ex, "Russia", "08", {"Ukraine"}) and asserts_fact(ex, "Ukraine", "08", {"Russia"})


def test_a_side_said_to_have_failed_to_act_is_reproached(extract_text):
    ex = extract_text("Katz said the Lebanese army had failed to disarm the group south of the Litani River.")
    assert asserts_fact(ex, "Israel Katz", "11", {"Lebanese army"})


def test_raising_a_levy_on_a_states_goods_sanctions_it(extract_text):
    ex = extract_text("Ecuador raised the levy on Colombian goods to 60% from 30% on Wednesday.")
    assert [(i.cameo, first_targets(ex, "163")) for i in ex.interactions] == [("163", ["Colombia"])]


def test_refusing_to_negotiate_under_coercion_rejects_talks_with_the_coercer(extract_text):
    ex = extract_text("Ecuador raised the levy on Colombian goods. President Gustavo Petro said Colombia would take "
                      "the case to the Andean Community's court and would not negotiate under blackmail.")
    assert any(i.cameo == "125" and first_targets(ex, "125") == ["Ecuador"] for i in ex.interactions)


def test_a_province_named_with_its_state_is_not_a_second_target(extract_text):
    ex = extract_text("Pakistani jets carried out air strikes on suspected militant hideouts in Afghanistan's Paktika "
                      "and Khost provinces late on Tuesday.")
    assert facts(ex) == {("Pakistan", "19", frozenset({"Afghanistan"}))}


def test_expelling_a_million_people_is_mass_expulsion(extract_text):
    ex = extract_text("Pakistan has expelled more than a million Afghans since launching a crackdown on migrants.")
    assert [i.cameo for i in ex.interactions] == ["201"]


def test_a_side_that_reports_its_own_strikes_accuses_no_one(extract_text):
    ex = extract_text("Pakistani jets carried out air strikes in Afghanistan on Tuesday. Taliban forces fired on "
                      "Pakistani border posts on Wednesday. Pakistan's military said the strikes targeted fighters of "
                      "the Tehreek-e-Taliban Pakistan.")
    assert not [i for i in ex.interactions if i.cameo == "1123"]


def test_an_aggression_that_will_not_be_left_unanswered_is_threatened(extract_text):
    ex = extract_text("Pakistani jets carried out air strikes on militant hideouts in Afghanistan on Tuesday. \"The "
                      "Islamic Emirate will not leave this aggression unanswered,\" chief spokesman Zabihullah Mujahid "
                      "said on X.")
    assert asserts_fact(ex, "Zabihullah Mujahid", "13", {"Pakistan"})


def test_what_someone_said_the_target_was_is_the_target(extract_text):
    ex = extract_text("Israeli warplanes struck what Israel's military said were Hezbollah weapons depots in southern "
                      "Lebanon on Tuesday, killing at least seven people, Lebanon's health ministry said.")
    assert facts(ex) == {("Israel", "19", frozenset({"Hezbollah"}))}


def test_acts_said_to_be_in_violation_of_a_truce_are_an_accusation(extract_text):
    ex = extract_text("The Israeli military said the sites were being used by Hezbollah to rebuild its arsenal in "
                      "violation of the truce.")
    assert asserts_fact(ex, "Israel Defense Forces", "11", {"Hezbollah"})


def test_an_armed_group_may_reject_its_own_governments_plan(extract_text):
    ex = extract_text("Israeli jets struck Lebanon. The group's secretary-general, Naim Qassem, said last week that "
                      "Hezbollah rejected the government's plan to disarm it as long as Israel occupied Lebanese land.")
    assert asserts_fact(ex, "Naim Qassem", "12", {"Lebanon"})


def test_a_place_coordinated_with_its_state_stays_a_target(extract_text):
    ex = extract_text("India launched a strike on nine terror infrastructure sites in Pakistan and Pakistan-occupied "
                      "Kashmir (PoK) early Wednesday.")
    assert len(first_targets(ex, "19")) == 2


def test_an_accusation_denied_after_a_comma_is_still_made(extract_text):
    ex = extract_text("Foreign Minister Mohieldin Salem accused the UAE of supplying the RSF with drones and weapons, "
                      "a charge Abu Dhabi has repeatedly denied.")
    accusation = next(i for i in ex.interactions if i.cameo.startswith("11"))
    assert accusation.modality is None


def test_a_past_act_after_a_modal_clause_is_the_speakers(extract_text):
    ex = extract_text("President Ferdinand Marcos Jr. said on Wednesday the Philippines would not be intimidated and "
                      "called for the swift conclusion of a code of conduct between China and ASEAN members.")
    appeal = next(i for i in ex.interactions if i.cameo.startswith("02"))
    assert ex.actors[appeal.actor].name == "Ferdinand Marcos Jr." and appeal.modality is None


def test_attributing_attacks_to_a_body_accuses_it(extract_text):
    ex = extract_text("The National Cyber Security Centre attributed a campaign of cyber attacks against water "
                      "utilities and hospitals in the UK, Poland and the Baltic states to the GRU.")
    assert facts(ex) == {("National Cyber Security Centre", "11", frozenset({"GRU"}))}
    assert not extract_text("Officials attributed the delay to bad weather.").interactions


def test_an_attack_an_agency_assesses_someone_carried_out_is_its_accusation(extract_text):
    ex = extract_text("The NCSC assesses that the GRU carried out a disruptive attack on a Polish water treatment "
                      "facility in January and targeted British logistics companies supplying aid to Ukraine.")
    assert asserts_fact(ex, "National Cyber Security Centre", "11", {"GRU"})
    assert not [i for i in ex.interactions if i.cameo.startswith(("07", "19"))]


def test_sanctioned_entities_named_after_including_are_the_targets(extract_text):
    ex = extract_text("Today, the United States is sanctioning five entities based in China, Hong Kong, and the United "
                      "Arab Emirates, including Shenzhen-based Qilin Bay Electronics Co., Ltd., for procuring "
                      "components that the Houthis use to build ballistic missiles.")
    assert first_targets(ex, "163") == ["Qilin Bay Electronics Co., Ltd."]


def test_designating_someone_sanctions_them(extract_text):
    ex = extract_text("Today, the Department of the Treasury designated two senior RSF commanders.")
    assert facts(ex) == {("United States Department of the Treasury", "16", frozenset({"Rapid Support Forces"}))}


def test_supplying_a_group_with_weapons_is_military_aid_to_it(extract_text):
    ex = extract_text("Iran's Islamic Revolutionary Guard Corps-Qods Force (IRGC-QF) continues to supply the Houthis "
                      "with weapons, funding, and training.")
    assert [(i.cameo, first_targets(ex, "072")) for i in ex.interactions] == [("072", ["Houthis"])]


def test_a_thing_that_threatens_something_is_no_threat(extract_text):
    ex = extract_text("The Houthis have continued to attack commercial shipping in the Red Sea. Iran's support to the "
                      "Houthis violates UN Security Council resolution 2216 and threatens freedom of navigation.")
    assert not [i for i in ex.interactions if i.cameo.startswith("13")]


def test_attacks_on_shipping_at_sea_target_no_sea(extract_text):
    ex = extract_text("The Houthis have continued to attack commercial shipping in the Red Sea and launched missiles "
                      "at Israel.")
    assert "Red Sea" not in {ex.actors[t].name for i in ex.interactions for t in i.targets}


def test_a_sides_barrage_of_attacks_is_its_attacks(extract_text):
    ex = extract_text("The Prime Minister condemned Russia's latest barrage of missile and drone attacks on Ukraine's "
                      "energy infrastructure on Monday night.")
    assert asserts_fact(ex, "Russia", "19", {"Ukraine"})


def test_being_open_to_meeting_a_leader_offers_to_meet_him(extract_text):
    ex = extract_text("President Lee expressed support for President Trump's willingness to engage with Kim Jong Un, "
                      "and President Trump said he remained open to meeting the North Korean leader.")
    assert any(i.cameo == "036" and first_targets(ex, "036") == ["Kim Jong Un"] for i in ex.interactions)


def test_a_states_pledge_to_invest_is_its_promise_of_economic_cooperation(extract_text):
    ex = extract_text("President Donald J. Trump welcomed President Lee Jae-myung of the Republic of Korea to the "
                      "White House today. The two leaders reviewed progress on Korea's pledge to invest $350 billion "
                      "in the United States.")
    assert asserts_fact(ex, "South Korea", "03", {"United States"})


def test_making_clear_a_consequence_on_a_condition_threatens(extract_text):
    ex = extract_text("President Trump spoke with President Putin. The President made clear that if Russia does not "
                      "stop the killing, the United States is prepared to impose additional sanctions.")
    assert asserts_fact(ex, "Donald Trump", "13", {"Russia"})


def test_a_clause_with_its_own_subject_after_a_negated_one_is_asserted(extract_text):
    ex = extract_text("The United States strongly condemns North Korea's missile launch. The door has not closed on "
                      "diplomacy, and we urge Pyongyang to come to the negotiating table without preconditions.")
    assert asserts_fact(ex, "United States", "02", {"North Korea"})


def test_strikes_that_will_continue_until_a_side_stops_go_on_and_threaten_it(extract_text):
    ex = extract_text("Secretary Rubio made clear that U.S. strikes against Houthi targets in Yemen will continue "
                      "until the Houthis end their attacks on U.S. and commercial vessels.")
    assert facts(ex) == {("Marco Rubio", "13", frozenset({"Houthis"})), ("United States", "19", frozenset({"Houthis"})),
                         ("Houthis", "19", frozenset({"United States"}))}


def test_a_diplomatic_protest_named_in_passing_is_its_owners(extract_text):
    ex = extract_text("The Secretary welcomed Manila's diplomatic protest to Beijing over the incident.")
    assert asserts_fact(ex, "Philippines", "11", {"China"})


def test_condemned_drills_are_the_drills_someone_held(extract_text):
    ex = extract_text("The United States and Guyana held joint military drills near the border. Caracas condemned the "
                      "drills as a provocation.")
    assert asserts_fact(ex, "Venezuela", "11", {"United States"})


def test_a_quotation_after_said_with_a_colon_is_the_speakers(extract_text):
    ex = extract_text("The UK has today sanctioned 12 officers of the GRU.\n\nForeign Secretary Yvette Cooper "
                      "said:\n\n\"The GRU is waging a reckless campaign to disrupt the lives of ordinary people.\"")
    assert asserts_fact(ex, "Yvette Cooper", "11", {"GRU"})
    assert not [i for i in ex.interactions if i.cameo.startswith("01")]


def test_claiming_a_sea_is_no_statement(extract_text):
    ex = extract_text("Beijing claims almost all of the South China Sea, including waters within the Philippines' "
                      "exclusive economic zone.")
    assert not ex.interactions


def test_a_reproved_deeds_date_is_not_the_readouts(extract_text):
    ex = extract_text("Prime Minister Keir Starmer spoke to President Volodymyr Zelenskyy of Ukraine this evening.\n\n"
                      "The Prime Minister condemned Russia's latest barrage of missile and drone attacks on Ukraine's "
                      "energy infrastructure on Monday night. He said Putin was not serious about peace.\n\n"
                      "The Prime Minister confirmed that the UK would provide a further £150 million to Ukraine.",
                      published="2026-01-27")
    dates = {(i.cameo[:2], str(i.date)) for i in ex.interactions}
    assert ("11", "2026-01-27") in dates and ("19", "2026-01-26") in dates and ("03", "2026-01-27") in dates


def test_attacks_on_ships_are_recorded_though_no_state_is_named(extract_text):
    ex = extract_text("The Houthis have continued to attack commercial shipping in the Red Sea and the Gulf of Aden.")
    assert facts(ex) == {("Houthis", "19", frozenset())}
    ex = extract_text("North Korea fired two ballistic missiles into the sea off its east coast.")
    assert [i.cameo for i in ex.interactions] == ["150"]


def test_a_bodys_own_state_is_never_its_other_side(extract_text):
    ex = extract_text("The UK has today sanctioned 12 officers of the GRU. The Russian Embassy in London dismissed the "
                      "allegations and said Moscow would respond.")
    assert asserts_fact(ex, "Russian Embassy in London", "13", {"United Kingdom"})


def test_refusing_talks_rejects_negotiation_with_the_other_side(extract_text):
    ex = extract_text("Guyanese President Irfaan Ali spoke on Monday. Ali's government has consistently refused "
                      "bilateral talks on the border with Venezuela.")
    assert any(i.cameo == "125" and first_targets(ex, "125") == ["Venezuela"] for i in ex.interactions)
    assert asserts_fact(ex, "Guyana", "12", {"Venezuela"})
    assert [i.cameo for i in extract_text("Caracas refused to comment.").interactions] == ["011"]


def test_a_border_not_up_for_discussion_refuses_talks(extract_text):
    ex = extract_text("Venezuela imposed sanctions on Guyana. Guyanese President Irfaan Ali said Guyana's land "
                      "boundary is not up for discussion.")
    assert asserts_fact(ex, "Irfaan Ali", "12", {"Venezuela"})


def test_taking_control_of_a_place_takes_it_from_its_state(extract_text):
    ex = extract_text("Israeli troops took control of a strategic hilltop in Syria's Quneitra province on Monday.")
    assert [(i.cameo, first_targets(ex, "192")) for i in ex.interactions] == [("192", ["Syria"])]


def test_talks_with_a_state_in_a_venue_are_with_that_state(extract_text):
    ex = extract_text("Iran said on Sunday it was ready to resume indirect nuclear talks with the United States in "
                      "Oman.")
    assert first_targets(ex, "036") == ["United States"]


def test_giving_a_state_weeks_or_days_is_an_ultimatum(extract_text):
    ex = extract_text("Burkina Faso gave France 30 days on Friday to remove all remaining French military personnel "
                      "from the country.")
    assert [(i.cameo, first_targets(ex, "139")) for i in ex.interactions] == [("139", ["France"])]
    ex = extract_text("ECOWAS gave Niger's military rulers one week to reinstate President Mohamed Bazoum.")
    assert asserts_fact(ex, "ECOWAS", "13", {"Niger"})


def test_drills_coordinated_after_another_noun_are_still_staged(extract_text):
    ex = extract_text("China's military staged large-scale air and naval drills around Taiwan on Monday.")
    assert [(i.cameo, first_targets(ex, "150")) for i in ex.interactions] == [("150", ["Taiwan"])]


def test_freeing_a_foreign_national_releases_them_to_their_state(extract_text):
    ex = extract_text("Iran released a French tourist on Friday.")
    assert [(i.cameo, first_targets(ex, "08")) for i in ex.interactions] == [("0841", ["France"])]


def test_a_states_offer_told_by_its_spokesperson_is_the_states_alone(extract_text):
    ex = extract_text("China, which has close ties to both countries, offered to host trilateral talks with Pakistan "
                      "and Afghanistan in Beijing, foreign ministry spokesperson Mao Ning told a regular briefing.")
    assert facts(ex) == {("China", "03", frozenset({"Pakistan", "Afghanistan"}))}


def test_a_states_hosting_of_talks_or_forces_is_mediation_or_cooperation(extract_text):
    ex = extract_text("President Erdogan briefed the President on Turkey's hosting of direct talks between Russia and "
                      "Ukraine in Istanbul earlier this year.")
    assert asserts_fact(ex, "Turkey", "04", {"Russia", "Ukraine"})
    ex = extract_text("President Biden expressed appreciation for Qatar's hosting of U.S. forces at Al Udeid Air Base.")
    assert [i.cameo for i in ex.interactions if ex.actors[i.actor].name == "Qatar"] == ["062"]
    ex = extract_text("Both leaders welcomed Samoa's hosting of the first Commonwealth summit.")
    assert not [i for i in ex.interactions if ex.actors[i.actor].name == "Samoa"]


def test_talks_a_side_stands_ready_to_facilitate_are_not_held(extract_text):
    ex = extract_text("The United States is ready to facilitate talks between the SAF and the RSF in Washington.")
    assert facts(ex) == {("United States", "03", frozenset({"SAF", "Rapid Support Forces"}))}


def test_declaring_oneself_ready_to_strike_threatens_force(extract_text):
    ex = extract_text("Iran is prepared to strike Israel.")
    assert [(i.cameo, i.modality) for i in ex.interactions if i.modality is None] == [("138", None)]


def test_condemning_a_dated_attack_names_no_earlier_fighter(extract_text):
    ex = extract_text("Clashes between the Syrian army and the SDF killed a dozen people. Secretary Rubio condemned "
                      "the January 17 attack on a church in Homs.")
    assert asserts_fact(ex, "Marco Rubio", "11", set())


def test_a_raid_that_killed_a_groups_commanders_targets_that_group(extract_text):
    ex = extract_text("Syrian forces carried out a raid that killed two senior ISIS commanders.")
    assert first_targets(ex, "19") == ["Islamic State"]


def test_offered_facilitation_after_urging_two_is_mediation_between_them(extract_text):
    ex = extract_text("The Secretary encouraged Syria and Israel to finalize a security arrangement and offered "
                      "continued U.S. facilitation.")
    assert ("039", frozenset({"Syria", "Israel"})) in {(i.cameo, frozenset(ex.actors[t].name for t in i.targets))
                                           for i in ex.interactions}
    ex = extract_text("Turkey offered mediation between Russia and Ukraine.")
    assert asserts_fact(ex, "Turkey", "03", {"Russia", "Ukraine"})


def test_noting_ones_support_for_talks_endorses_them(extract_text):
    ex = extract_text("The Secretary noted U.S. support for talks between Syria and Israel.")
    assert first_targets(ex, "05") == ["Syria", "Israel"]


def test_a_quotation_whose_last_paragraph_lacks_its_opening_mark_is_still_the_speakers(extract_text):
    ex = extract_text('Foreign Secretary Yvette Cooper said:\n\n"The Georgian people have made clear their wish for '
                      'a democratic future.\n\nThe UK will not stand by. I urge the Georgian authorities to release '
                      'all political prisoners."')
    assert asserts_fact(ex, "Yvette Cooper", "02", {"Georgia"})


def test_rejecting_the_measures_rejects_whoever_imposed_them(extract_text):
    ex = extract_text("The UK imposed sanctions on Georgian officials. The Georgian Foreign Ministry rejected the "
                      "measures as interference in Georgia's internal affairs.")
    assert asserts_fact(ex, "Georgian Foreign Ministry", "12", {"United Kingdom"})


def test_leaders_agreeing_their_side_must_be_strong_make_no_demand(extract_text):
    ex = extract_text("Prime Minister Keir Starmer spoke to President Zelenskyy. The leaders agreed that Ukraine must "
                      "be in the strongest possible position.")
    assert not [i for i in ex.interactions if i.cameo.startswith("10")]


def test_saying_a_leader_is_not_serious_about_peace_reproaches_him(extract_text):
    ex = extract_text("Prime Minister Keir Starmer said that Putin had once again shown he was not serious about "
                      "peace.")
    assert asserts_fact(ex, "Keir Starmer", "11", {"Vladimir Putin"})


def test_ones_own_state_bringing_sanctions_threatens_their_target(extract_text):
    ex = extract_text("Prime Minister Keir Starmer said the UK would bring forward further sanctions on Russia's "
                      "shadow fleet in the coming days.")
    assert [(i.cameo, first_targets(ex, "13")) for i in ex.interactions if i.cameo.startswith("13")] == [
        ("1312", ["Russia"])]


def test_a_law_allowing_strikes_is_no_strike(extract_text):
    ex = extract_text("Romania passed a law last year allowing its military to shoot down drones that violate its "
                      "airspace.")
    assert not [i for i in ex.interactions if i.modality is None and i.cameo.startswith("19")]


def test_an_accusation_the_parser_hung_on_a_reported_clause_is_the_speakers(extract_text):
    ex = extract_text('Kremlin spokesman Dmitry Peskov said there was "no evidence" the drone was Russian and accused '
                      'NATO of "whipping up hysteria" to justify higher defence spending.')
    assert asserts_fact(ex, "Dmitry Peskov", "11", {"NATO"})


def test_warning_a_state_would_bear_responsibility_threatens_and_does_not_accuse(extract_text):
    ex = extract_text('Russian foreign ministry spokeswoman Maria Zakharova warned that Romania "would bear full '
                      'responsibility" for any escalation.')
    assert [i.cameo[:2] for i in ex.interactions] == ["13"]


def test_a_ministers_own_ministry_is_that_states_ministry(extract_text):
    ex = extract_text("Romanian Foreign Minister Oana Toiu spoke to reporters. Her ministry summoned the Russian "
                      "ambassador later on Tuesday.")
    summons = next(i for i in ex.interactions if i.cameo.startswith("11"))
    ministry = ex.actors[summons.actor]
    assert ministry.name == "Romanian foreign ministry"
    assert [ex.actors[k].name for k in ministry.affiliations] == ["Romania"]


def test_a_us_brokered_deal_is_us_mediation(extract_text):
    ex = extract_text("A round of U.S.-brokered talks between Russian and Ukrainian officials in Istanbul ended "
                      "without progress.")
    assert asserts_fact(ex, "United States", "04", {"Russia", "Ukraine"})


def test_responding_with_a_tariff_imposes_it(extract_text):
    ex = extract_text("Colombia responded with a matching 30% tariff on Ecuadorean imports.")
    assert asserts_fact(ex, "Colombia", "16", {"Ecuador"})


def test_condemning_the_strikes_beside_an_accusation_still_names_the_attacker(extract_text):
    ex = extract_text('Israeli warplanes struck several towns in southern Lebanon on Thursday. In Tehran, foreign '
                      'ministry spokesman Esmaeil Baghaei condemned the strikes and accused Washington of giving '
                      'Israel "a green light" to attack its neighbours.')
    assert asserts_fact(ex, "Esmaeil Baghaei", "11", {"Israel"})
    assert asserts_fact(ex, "Esmaeil Baghaei", "11", {"United States"})


def test_suspects_are_not_said_to_have_done_what_they_are_suspected_of(extract_text):
    ex = extract_text("The Lebanese army arrested two Palestinians suspected of launching the rockets.")
    assert not [i for i in ex.interactions if i.modality is None and i.cameo.startswith("15")]


def test_a_place_named_only_to_locate_a_target_is_no_target(extract_text):
    ex = extract_text("The Israeli military said it had hit Hezbollah weapons depots and a rocket launch site near "
                      "Nabatieh.")
    assert first_targets(ex, "19") == ["Hezbollah"]


def test_a_ramming_by_a_coast_guard_is_the_coast_guards_and_the_condemnation_names_it(extract_text):
    ex = extract_text("The Secretary condemned the October 12 water cannon attack and ramming by China Coast Guard "
                      "vessels against a Philippine Bureau of Fisheries and Aquatic Resources vessel near Thitu "
                      "Island.")
    assert asserts_fact(ex, "China Coast Guard", "17", {"Philippine Bureau of Fisheries and Aquatic Resources"})
    assert first_targets(ex, "11") == ["China Coast Guard"]


def test_agreeing_a_third_state_must_be_held_to_account_accuses_it(extract_text):
    ex = extract_text("Prime Minister Keir Starmer spoke to President Zelenskyy. They agreed Russia must be held to "
                      "account for its actions.")
    assert asserts_fact(ex, "Keir Starmer", "11", {"Russia"})


def test_agreeing_to_expand_cooperation_with_a_state_promises_it_to_that_state(extract_text):
    ex = extract_text("Indonesia agreed on Wednesday to expand joint military training with Australia.")
    assert [(i.cameo, first_targets(ex, "03")) for i in ex.interactions] == [("0312", ["Australia"])]


def test_pulling_troops_back_from_a_states_territory_withdraws_them(extract_text):
    ex = extract_text("Israel pulled its troops back from two hilltop positions in southern Lebanon on Friday.")
    assert [(i.cameo, first_targets(ex, "08")) for i in ex.interactions] == [("0874", ["Lebanon"])]


def test_the_investigated_are_not_the_investigators(extract_text):
    ex = extract_text("The court's prosecutor said on Monday he had opened an investigation into alleged war crimes "
                      "by the RSF.")
    assert not [i for i in ex.interactions if ex.actors[i.actor].name == "Rapid Support Forces"]


def test_a_wire_datelines_day_dates_its_lead_and_what_follows_undated(extract_text):
    ex = extract_text("Border clashes\n\nISLAMABAD, Jan 20 – Pakistani and Afghan Taliban forces exchanged heavy fire "
                      "along the border overnight.\n\nPakistan's military said its jets struck camps in Afghanistan's "
                      "Paktika province on Sunday.\n\nTaliban spokesman Zabihullah Mujahid condemned the strikes.",
                      published="2026-01-20")
    dates = {ex.actors[i.actor].name: i.date for i in ex.interactions}
    assert dates["Zabihullah Mujahid"] == dt.date(2026, 1, 20)


def test_a_participle_of_a_condemned_deed_is_not_the_condemners_act(extract_text):
    ex = extract_text("The Secretary condemned China's actions against a Philippine resupply mission on March 5, "
                      "during which China Coast Guard vessels fired water cannons at Philippine vessels, injuring "
                      "four Philippine service members.")
    assert not [i for i in ex.interactions if i.cameo.startswith("18")]


def test_missiles_fired_toward_ones_own_waters_are_a_show_of_force(extract_text):
    ex = extract_text("North Korea fired 18 short-range ballistic missiles toward its eastern waters on Thursday.")
    assert [(i.cameo, i.targets) for i in ex.interactions] == [("150", [])]


def test_condemning_a_thing_another_side_sends_reproaches_that_side(extract_text):
    ex = extract_text("North Korea fired missiles on Thursday, as the North kept up a campaign of floating trash-laden "
                      'balloons across the border that Seoul has condemned as "low-class" and dangerous.')
    assert asserts_fact(ex, "South Korea", "11", {"North Korea"})


def test_both_sides_accusing_each_other_after_one_struck_the_other_are_those_two(extract_text):
    ex = extract_text("Thailand launched air strikes on Cambodian military positions along the two countries' "
                      "disputed border on Wednesday, the Thai army said, as fighting spread to a third province and "
                      "both sides accused each other of breaking a ceasefire brokered by Malaysia and the United "
                      "States in July.")
    assert asserts_fact(ex, "Thailand", "11", {"Cambodia"}) and asserts_fact(ex, "Cambodia", "11", {"Thailand"})


def test_a_state_that_would_not_hold_talks_refuses_them(extract_text):
    ex = extract_text("Thai Prime Minister Anutin Charnvirakul said Thailand would not hold talks with Phnom Penh "
                      "while attacks on Thai territory continued.")
    assert ("125", ["Cambodia"]) in [(i.cameo, [ex.actors[t].name for t in i.targets]) for i in ex.interactions]


def test_ready_to_provide_a_platform_for_dialogue_offers_mediation(extract_text):
    ex = extract_text('Thailand launched air strikes on Cambodia on Wednesday. In Beijing, foreign ministry '
                      'spokesperson Guo Jiakun said China was ready to "provide a platform for dialogue" between its '
                      'two neighbours.')
    assert asserts_fact(ex, "Guo Jiakun", "03", {"Thailand", "Cambodia"})


def test_urging_them_after_speaking_with_both_leaders_urges_those_leaders(extract_text):
    ex = extract_text("Thai Prime Minister Anutin Charnvirakul and Cambodian Prime Minister Hun Manet traded "
                      "accusations. Malaysian Prime Minister Anwar Ibrahim said he had spoken by telephone with both "
                      "leaders on Wednesday and had urged them to halt hostilities immediately.")
    assert asserts_fact(ex, "Anwar Ibrahim", "02", {"Anutin Charnvirakul", "Hun Manet"})


def test_an_accord_named_as_what_two_signed_is_their_agreement(extract_text):
    ex = extract_text("Both governments must honour the Kuala Lumpur Peace Accord, which Thailand and Cambodia signed "
                      "in October.")
    assert asserts_fact(ex, "Thailand", "05", {"Cambodia"})


def test_calling_a_tariff_aggression_reproaches_whoever_imposed_it(extract_text):
    ex = extract_text('Quito imposed a 30% security tariff on Colombian goods. Colombian President Gustavo Petro '
                      'called the tariff "an act of economic aggression" and accused Ecuadorean President Daniel Noboa '
                      'of using the drug war to distract from violence at home.')
    assert asserts_fact(ex, "Gustavo Petro", "11", {"Ecuador"})


def test_leaders_meeting_in_talks_brokered_by_two_others_are_mediated_not_met_by_them(extract_text):
    ex = extract_text("Venezuelan President Nicolas Maduro and Guyanese President Irfaan Ali met for nearly three "
                      "hours at the airport in Argyle, in talks brokered by St. Vincent Prime Minister Ralph Gonsalves "
                      "and Dominica Prime Minister Roosevelt Skerrit.")
    assert sorted(i.cameo for i in ex.interactions) == ["040", "045", "045"]
    assert asserts_fact(ex, "Ralph Gonsalves", "04", {"Venezuela", "Guyana"})


def test_an_armed_group_killing_scores_of_unnamed_civilians_commits_mass_killing_in_their_state(extract_text):
    ex = extract_text("Rapid Support Forces fighters killed hundreds of civilians during a three-day rampage through "
                      "El Geneina, survivors said.")
    assert [(i.cameo, first_targets(ex, "20")) for i in ex.interactions if i.cameo.startswith("20")] == [
        ("202", ["Sudan"])]
    ex = extract_text("Islamic State militants killed at least 90 villagers in coordinated attacks on several "
                      "settlements in western Niger.")
    assert [i.cameo for i in ex.interactions] == ["202"]
    ex = extract_text("Boko Haram fighters killed 12 farmers near Maiduguri.")
    assert [i.cameo for i in ex.interactions] == ["180"]


def test_mass_deportations_of_a_nationality_are_expulsions_of_its_people(extract_text):
    for text in ("Pakistan began mass expulsions of undocumented Afghans on Wednesday.",
                 "Pakistan began deporting tens of thousands of Afghan refugees on Wednesday."):
        ex = extract_text(text)
        assert [(i.cameo, first_targets(ex, "20")) for i in ex.interactions] == [("201", ["Afghanistan"])]


def test_a_campaign_of_ethnic_cleansing_is_mass_violence(extract_text):
    ex = extract_text("Myanmar's army waged a campaign of ethnic cleansing against the Rohingya.")
    assert [i.cameo for i in ex.interactions] == ["203"]


def test_a_crowd_rallying_to_demand_a_state_act_protests_against_that_state(extract_text):
    ex = extract_text("Thousands of Moldovans rallied in Chisinau on Sunday to demand that Russia withdraw its troops "
                      "from the breakaway region of Transnistria.")
    assert asserts_fact(ex, "Moldova", "14", {"Russia"})
    ex = extract_text("Hundreds of protesters rallied outside the Swedish embassy in Ankara on Saturday.")
    assert [ex.actors[i.actor].name for i in ex.interactions] == ["Turkey"]


def test_aid_handed_over_disbursed_dispatched_or_dropped_is_given_to_its_recipient(extract_text):
    cases = [("The European Union disbursed 1 billion euros in macro-financial assistance to Egypt on Friday.", "071"),
             ("The United States handed over four patrol boats to Mozambique's navy on Monday.", "072"),
             ("Turkey dispatched two cargo planes carrying tents, blankets and medical supplies to Myanmar.", "073"),
             ("Jordan's air force dropped food and medical supplies over the northern Gaza Strip on Monday.", "073"),
             ("The World Bank on Thursday approved a $750 million loan to Kenya.", "071")]
    for text, code in cases:
        ex = extract_text(text)
        assert code in [i.cameo for i in ex.interactions if i.targets], text


def test_troops_deployed_abroad_to_help_its_forces_are_military_assistance(extract_text):
    ex = extract_text("Rwanda deployed 1,000 soldiers to Mozambique's Cabo Delgado province on Friday to help "
                      "government forces battle insurgents.")
    assert [(i.cameo, first_targets(ex, "07")) for i in ex.interactions] == [("074", ["Mozambique"])]


def test_drills_encircling_a_state_are_a_show_of_force_toward_it(extract_text):
    ex = extract_text("China staged military drills encircling Taiwan on Saturday.")
    assert asserts_fact(ex, "China", "15", {"Taiwan"})


def test_detaining_a_foreign_national_is_aimed_at_their_state(extract_text):
    ex = extract_text("Chinese authorities have detained a Japanese employee of drugmaker Astellas Pharma in Beijing.")
    assert asserts_fact(ex, "China", "17", {"Japan"})


def test_joint_patrols_and_a_joint_exercise_are_military_cooperation(extract_text):
    ex = extract_text("Polish and Lithuanian troops began joint patrols on Wednesday along the Suwalki gap.")
    assert [i.cameo for i in ex.interactions] == ["062"]


def test_a_unilateral_ceasefire_is_declared_toward_the_other_side(extract_text):
    ex = extract_text("M23 rebels clashed with Congolese troops on Sunday. The M23 announced a unilateral ceasefire "
                      "on Monday.")
    assert [i.cameo for i in ex.interactions if i.cameo.startswith("08")] == ["0871"]


def test_a_statement_names_the_state_it_is_about_when_no_audience_is_named(extract_text):
    ex = extract_text("Saudi Arabia's foreign ministry said in a statement on Sunday that the kingdom was following "
                      "with great concern the escalation of fighting in Sudan.")
    assert [(i.cameo[:2], first_targets(ex, "01")) for i in ex.interactions] == [("01", ["Sudan"])]
    ex = extract_text("Rwandan government spokeswoman Yolande Makolo denied that Rwandan soldiers had crossed into the "
                      "Democratic Republic of Congo.")
    assert first_targets(ex, "01") == ["Democratic Republic of Congo"]


def test_a_threat_answering_a_provocation_is_aimed_at_the_provoker(extract_text):
    ex = extract_text("North Korea threatened on Sunday to respond with overwhelming military force to any provocation "
                      "along the inter-Korean border, after South Korea resumed loudspeaker propaganda broadcasts.")
    assert asserts_fact(ex, "North Korea", "13", {"South Korea"})


def test_a_commander_of_a_force_threatens_for_it(extract_text):
    ex = extract_text("A senior commander of Iran's Revolutionary Guards threatened on Wednesday to launch missile "
                      "strikes on Israeli cities if Israel attacked Iran.")
    assert asserts_fact(ex, "Islamic Revolutionary Guard Corps", "13", {"Israel"})


def test_sanctions_on_ships_belonging_to_a_state_target_that_state(extract_text):
    ex = extract_text("Britain imposed sanctions on Thursday on 20 oil tankers belonging to Russia's shadow fleet.")
    assert asserts_fact(ex, "United Kingdom", "16", {"Russia"})


def test_a_treaty_signed_handing_territory_to_a_state_is_signed_with_it(extract_text):
    ex = extract_text("Britain signed a treaty on Thursday handing sovereignty of the Chagos Islands to Mauritius.")
    assert asserts_fact(ex, "United Kingdom", "05", {"Mauritius"})


def test_the_mediator_of_qatar_mediated_talks_is_no_party_to_them(extract_text):
    ex = extract_text("Delegations from Kinshasa and the M23 resumed Qatar-mediated talks in Doha on Tuesday.")
    assert not [i for i in ex.interactions if i.cameo.startswith("04") and i.cameo != "045"
                and "Qatar" in {ex.actors[t].name for t in i.targets}]


def test_mediation_is_between_the_armed_group_its_sentence_names_and_its_enemy(extract_text):
    ex = extract_text("The President thanked the Amir for Qatar's tireless mediation and urged him to press Hamas to "
                      "accept the ceasefire proposal. The President condemned Hezbollah's rocket attacks on northern "
                      "Israel.")
    assert asserts_fact(ex, "Qatar", "04", {"Hamas", "Israel"})


@pytest.mark.parametrize("text, source, root, targets", [
    ('"I want to thank President Lukashenko for this humanitarian gesture," President Trump said.', "Donald Trump",
     "05", {"Alexander Lukashenko"}),
    ("Japan is grateful to India for its help.", "Japan", "05", {"India"}),
    ("The Department of the Treasury's Office of Foreign Assets Control today removed sanctions on Belarusian "
     "fertilizer producer Grodno Azot.", "Office of Foreign Assets Control", "08", {"Grodno Azot"}),
    ("The UK has scaled back its engagement with the Georgian government.", "United Kingdom", "16", {"Georgia"}),
    ("Israeli officials have called the Lebanese army's efforts insufficient.", "Israel", "11", {"Lebanese army"}),
    ("Secretary Lazaro briefed him on the diplomatic protest Manila lodged with Beijing on Monday.", "Philippines",
     "11", {"China"}),
    ("Hamas rejected a U.S.-drafted plan to disarm it.", "Hamas", "12", {"United States"}),
    ("Israeli warplanes struck the Houthi-controlled port of Hodeidah.", "Israel", "19", {"Houthis"}),
    ("French naval forces boarded and detained a tanker belonging to Russia's shadow fleet.", "France", "17",
     {"Russia"}),
])
def test_acts_with_their_doers_and_targets(extract_text, text, source, root, targets):
    assert asserts_fact(extract_text(text), source, root, targets)


def test_a_second_possessed_meeting_is_its_possessors_visit(extract_text):
    ex = extract_text("The release follows President Trump's phone call with Belarusian leader Alexander Lukashenko "
                      "on Monday and Special Envoy Coale's meeting with Lukashenko in Minsk on Wednesday.")
    assert ("Coale", "04", frozenset({"Alexander Lukashenko"})) in facts(ex)
    assert ("Donald Trump", "04", frozenset({"Coale"})) not in facts(ex)
    assert next(i for i in ex.interactions if "Coale" == ex.actors[i.actor].name).cameo == "042"


def test_both_leaders_include_a_caretaker_prime_minister_not_a_spokesman(extract_text):
    ex = extract_text("Thai army spokesman Major General Winthai Suvaree said soldiers had responded. Caretaker Prime "
                      "Minister Anutin Charnvirakul warned Cambodia. Prime Minister Hun Manet said Cambodia remained "
                      "committed to the ceasefire. Malaysian Prime Minister Anwar Ibrahim spoke by phone with both "
                      "leaders on Tuesday.")
    assert ("Anwar Ibrahim", "04", frozenset({"Anutin Charnvirakul", "Hun Manet"})) in facts(ex)


@pytest.mark.parametrize("text, source, targets", [
    ("Thailand released 18 Cambodian soldiers it had held since July.", "Thailand", {"Cambodia"}),
    ("Russia handed over 150 Ukrainian prisoners of war on Saturday.", "Russia", {"Ukraine"}),
])
def test_freed_soldiers_and_prisoners_are_their_states(extract_text, text, source, targets):
    assert asserts_fact(extract_text(text), source, "08", targets)


def test_a_strike_on_a_foreign_city_is_on_the_state_the_text_names(extract_text):
    ex = extract_text("Russia's massive drone and missile attack on Kyiv and Odesa overnight killed eleven people in "
                      "Ukraine.")
    assert asserts_fact(ex, "Russia", "19", {"Ukraine"})
    home = extract_text("Sudan's army said the RSF shelled El Fasher on Monday.")
    assert asserts_fact(home, "Rapid Support Forces", "19", {"El Fasher"})  # a town in its own state's war


def test_talks_between_delegations_hosted_by_a_third_state(extract_text):
    ex = extract_text("President Zelenskyy updated the Prime Minister on last week's trilateral talks between "
                      "Ukrainian, Russian and US delegations in Abu Dhabi, hosted by the United Arab Emirates.")
    assert asserts_fact(ex, "Ukraine", "04", {"Russia", "United States"})
    assert asserts_fact(ex, "United Arab Emirates", "04", {"Ukraine", "Russia", "United States"})
    assert not [i for i in ex.interactions if ex.actors[i.actor].name == "Volodymyr Zelenskyy"
                and i.cameo.startswith("04")]


def test_acts_listed_in_a_governments_support(extract_text):
    ex = extract_text("The Prime Minister set out the UK's latest support, including the delivery of Lightweight "
                      "Multirole Missiles to Ukraine's armed forces last week, and the sanctions the UK imposed on "
                      "Monday on 20 more vessels of Russia's shadow fleet.")
    assert asserts_fact(ex, "United Kingdom", "07", {"Armed Forces of Ukraine"})
    assert asserts_fact(ex, "United Kingdom", "16", {"Russia"})
    attacks = extract_text("President Biden condemned Russia's attacks on Ukraine's grain export infrastructure, "
                           "including last week's drone strikes on the ports of Odesa and Izmail.")
    assert not [i for i in attacks.interactions if attacks.actors[i.actor].name == "Ukraine"]


def test_a_body_known_as_its_short_name_speaks_under_it(extract_text):
    ex = extract_text("The U.N. peacekeeping force in southern Lebanon, known as UNIFIL, said an Israeli drone "
                      "dropped a grenade near UNIFIL peacekeepers.")
    assert {ex.actors[i.actor].name for i in ex.interactions} == {"UNIFIL"}


def test_a_reported_act_and_its_anonymous_attribution(extract_text):
    ex = extract_text("Afghan Taliban forces and Pakistani troops exchanged heavy fire along the border, Pakistani "
                      "security officials said, speaking on condition of anonymity.")
    assert not [i for i in ex.interactions if i.cameo.startswith("01")]


def test_a_quotation_told_to_a_briefing_is_its_own_act_only(extract_text):
    ex = extract_text('"We urge Pakistan and Afghanistan to resolve their differences through dialogue," Chinese '
                      "foreign ministry spokeswoman Mao Ning told a regular briefing in Beijing on Tuesday.")
    assert {i.cameo[:2] for i in ex.interactions} == {"02"}


def test_the_place_of_a_condemned_attack_is_not_its_author(extract_text):
    ex = extract_text("PORT-AU-PRINCE, Haiti (AP) — Gunmen from the Viv Ansanm gang coalition stormed the coastal "
                      "town of Cabaret on Tuesday, killing at least 15 residents. U.N. Secretary-General António "
                      "Guterres condemned the Cabaret attack on Wednesday.")
    assert asserts_fact(ex, "António Guterres", "11", {"Viv Ansanm"})


def test_readiness_to_free_a_prisoner_is_no_accusation(extract_text):
    ex = extract_text("Iran said on Tuesday it was ready to release a detained French national in exchange for an "
                      "Iranian woman held in France on terrorism-related charges.")
    assert [i.cameo for i in ex.interactions] == ["0353"]


@pytest.mark.parametrize("text, source, code, targets", [
    ("On Thursday, Senior Advisor for Africa Massad Boulos hosted senior officials from Egypt, Saudi Arabia, and the "
     "United Arab Emirates in Washington.", "Massad Boulos", "043", {"Egypt", "Saudi Arabia", "United Arab Emirates"}),
    ("Today, thanks to the leadership of President Donald J. Trump, the Government of Belarus released 64 prisoners, "
     "including two United States citizens.", "Belarus", "0841", {"United States"}),
    ("The President voiced strong support for Japan.", "President", "051", {"Japan"}),
    ("Japan described China's measures as economic coercion.", "Japan", "111", {"China"}),
    ("Pope Leo XIV appealed on Sunday to the leaders of Sudan's warring parties to return to the negotiating table.",
     "Pope Leo XIV", "026", {"Sudan"}),
    ("The World Food Programme distributed emergency food rations to 200,000 people in Afghanistan's Kunar province.",
     "World Food Programme", "073", {"Afghanistan"}),
    ("Myanmar's military recaptured the town of Kyaukme from the Ta'ang National Liberation Army on Monday.",
     "Myanmar's military", "192", {"Ta'ang National Liberation Army"}),
    ("The leaders discussed Beijing's suspension of Japanese seafood imports.", "China", "163", {"Japan"}),
])
def test_codes_of_acts_with_their_targets(extract_text, text, source, code, targets):
    assert asserts_code(extract_text(text), source, code, targets)


def test_a_launch_toward_a_states_waters_targets_that_state(extract_text):
    ex = extract_text("Trump and Takaichi condemned North Korea's launch on Tuesday of an intercontinental-range "
                      "ballistic missile that landed inside Japan's exclusive economic zone.")
    assert asserts_fact(ex, "North Korea", "15", {"Japan"})


def test_the_two_after_two_meetings_are_the_last_two_named(extract_text):
    ex = extract_text("The release follows President Trump's phone call with Belarusian leader Alexander Lukashenko "
                      "on Monday and Special Envoy Coale's meeting with Lukashenko in Minsk on Wednesday, where the "
                      "two discussed the release of remaining political prisoners.")
    assert ("Donald Trump", "04", frozenset({"Coale"})) not in facts(ex)


@pytest.mark.parametrize("text, source, code, targets", [
    ("Qatar began supplying liquefied natural gas to Germany under a 15-year contract.", "Qatar", "061", {"Germany"}),
    ("The United Arab Emirates flew 100 tonnes of food and medical supplies to Chad on Tuesday.",
     "United Arab Emirates", "073", {"Chad"}),
    ("Venezuela handed back six Colombian fishing boats it had seized.", "Venezuela", "0842", {"Colombia"}),
    ("A French tourist who had been held in Evin prison for two years has been released by Iran.", "Iran", "0841",
     {"France"}),
    ("Sanctions on eight Iranian officials were adopted by the European Union on Monday.", "European Union", "163",
     {"Iran"}),
    ("Russian forces withdrew from Kherson.", "Russian Armed Forces", "0874", {"Ukraine"}),
])
def test_material_acts_and_their_objects(extract_text, text, source, code, targets):
    assert asserts_code(extract_text(text), source, code, targets)


def test_a_state_meets_its_own_armed_group(extract_text):
    ex = extract_text("Congo and the M23 held talks in Doha on Tuesday.")
    assert asserts_fact(ex, "Democratic Republic of Congo", "04", {"M23"})
    rebels = extract_text("M23 rebels seized a town on Monday, as delegations from Kinshasa and the rebel alliance "
                          "resumed talks in Doha.")
    assert asserts_fact(rebels, "Democratic Republic of Congo", "04", {"M23"})


def test_both_ministers_are_the_two_ministers(extract_text):
    ex = extract_text("Secretary of State Marco Rubio hosted Armenian Foreign Minister Ararat Mirzoyan and "
                      "Azerbaijani Foreign Minister Jeyhun Bayramov today. Both ministers thanked President Trump for "
                      "his personal engagement.")
    thanks = {ex.actors[i.actor].name for i in ex.interactions if i.cameo.startswith("05")}
    assert thanks == {"Ararat Mirzoyan", "Jeyhun Bayramov"}


@pytest.mark.parametrize("text, source, code, targets", [
    ("Yemen's Houthis hijacked a cargo ship linked to an Israeli businessman.", "Houthis", "181", {"Israel"}),
    ("U.S. President Donald Trump on Friday ordered a halt to all federal financial assistance to South Africa.",
     "Donald Trump", "1621", {"South Africa"}),
])
def test_owned_objects_and_halted_aid(extract_text, text, source, code, targets):
    assert asserts_code(extract_text(text), source, code, targets)


def test_praise_of_a_leader_in_a_quotation_or_a_report(extract_text):
    ex = extract_text('President Trump spoke with Prime Minister Takaichi. "She is a tough and very smart leader, and '
                      'Japan is lucky to have her," President Trump said.')
    assert asserts_fact(ex, "Donald Trump", "05", {"Sanae Takaichi"})
    assert asserts_fact(extract_text("Modi said Putin was a great friend."), "Narendra Modi", "05", {"Vladimir Putin"})
    assert not [i for i in extract_text('"This is a great day for the families," Trump said.').interactions
                if i.cameo.startswith("05")]


def test_a_position_that_another_must_act_is_a_demand(extract_text):
    ex = extract_text("Foreign Minister Bayramov reiterated Baku's position that Armenia must remove territorial "
                      "claims against Azerbaijan from its constitution.")
    assert asserts_fact(ex, "Jeyhun Bayramov", "10", {"Armenia"})


def test_this_attack_is_the_one_just_told(extract_text):
    ex = extract_text("The RSF seized El Fasher in October. A Sudanese Armed Forces drone strike on a market in El "
                      "Fula on December 3 killed at least 40 civilians. We condemn this attack as well, the United "
                      "States said.")
    condemn = next(i for i in ex.interactions if i.cameo.startswith("11"))
    assert [ex.actors[t].name for t in condemn.targets] == ["Sudanese Armed Forces"]


def test_a_unilateral_truce_is_toward_the_side_it_fought(extract_text):
    ex = extract_text("The RSF seized El Fasher from the Sudanese Armed Forces in late October. The RSF announced a "
                      "unilateral humanitarian truce on November 24.")
    assert asserts_fact(ex, "Rapid Support Forces", "08", {"Sudanese Armed Forces"})


def test_the_head_of_a_body_listed_among_those_sanctioned(extract_text):
    ex = extract_text("The UK has today sanctioned five individuals, including two judges of Georgia's Constitutional "
                      "Court and the head of the Special Tasks Department of Georgia's Ministry of Internal Affairs.")
    assert asserts_fact(ex, "United Kingdom", "16", {"Constitutional Court", "Special Tasks Department"})


def test_a_multilateral_maritime_activity_is_military_cooperation(extract_text):
    ex = extract_text("The United States, the Philippines, Japan, and Australia conducted a multilateral maritime "
                      "cooperative activity in the South China Sea last week.")
    assert asserts_fact(ex, "United States", "06", {"Philippines", "Japan", "Australia"})


def test_a_bomber_flight_near_a_states_airspace_is_a_show_of_force(extract_text):
    ex = extract_text("Prime Minister Takaichi briefed the President on Monday's joint flight by Chinese and Russian "
                      "strategic bombers near Japanese airspace.")
    assert asserts_fact(ex, "China", "15", {"Japan"}) and asserts_fact(ex, "Russia", "15", {"Japan"})


def test_a_spokesperson_introducing_a_readout_makes_no_statement(extract_text):
    ex = extract_text('Prime Minister Keir Starmer spoke to President Zelenskyy today.\n\nA Downing Street '
                      'spokesperson said:\n\n"The Prime Minister spoke to President Zelenskyy this afternoon.\n\n'
                      '"The leaders agreed to meet at the Munich Security Conference."')
    assert not [i for i in ex.interactions if i.cameo.startswith("01")]
    assert asserts_fact(ex, "Keir Starmer", "04", {"Volodymyr Zelenskyy"})


def test_army_positions_are_the_army_named_before(extract_text):
    ex = extract_text("Congo's army said its drones struck M23 positions. M23 fighters shelled army positions for "
                      "several hours.")
    assert asserts_fact(ex, "M23", "19", {"Congo's army"})


def test_assets_of_a_foreign_company_are_its_states(extract_text):
    ex = extract_text("Russia seized the local assets of a German energy company on Thursday.")
    assert asserts_fact(ex, "Russia", "17", {"Germany"})


@pytest.mark.parametrize("text, source, code, targets", [
    ("Russian troops pulled out of the southern Ukrainian city of Kherson.", "Russian Armed Forces", "0874",
     {"Ukraine"}),
    ("A Pakistani Taliban suicide bomber attacked a police convoy in Bannu, killing six officers.",
     "Tehreek-e-Taliban Pakistan", "1831", {"Bannu"}),
])
def test_pulling_out_and_suicide_attacks(extract_text, text, source, code, targets):
    assert asserts_code(extract_text(text), source, code, targets)


@pytest.mark.parametrize("text, source, code, targets", [
    ("Prime Minister Keir Starmer welcomed President Tiit Kask to Downing Street. The Prime Minister updated "
     "President Kask on his visit to Berlin.", "Keir Starmer", "010", {"Tiit Kask"}),
    ('"Estonia is one of our oldest and closest allies," Prime Minister Keir Starmer said.', "Keir Starmer", "051",
     {"Estonia"}),
    ("Foreign Secretary Yvette Cooper welcomed Syria's pledge to guarantee the safety of returning refugees.",
     "Yvette Cooper", "051", {"Syria"}),
    ("The opposition leader Ana Mucavele demanded the resignation of Defence Minister Carlos Mondlane.",
     "Ana Mucavele", "1041", {"Carlos Mondlane"}),
])
def test_reports_praise_and_demands_of_readouts_and_wires(extract_text, text, source, code, targets):
    ex = extract_text(text)
    assert any((ex.actors[i.actor].name == source or source in ex.actors[i.actor].aliases) and i.cameo == code
               and {ex.actors[t].name for t in i.targets} >= targets and i.modality is None
               for i in ex.interactions)


def test_an_attack_claimed_in_a_relative_clause_is_claimed_by_the_group(extract_text):
    ex = extract_text("She condemned Sunday's car bombing at a market, which killed 11 civilians and which Islamic "
                      "State has claimed.")
    assert any(ex.actors[i.actor].name == "Islamic State" and i.cameo == "015" for i in ex.interactions)


def test_fighters_linked_to_an_armed_group_act_as_the_group(extract_text):
    ex = extract_text("Islamic State-linked insurgents attacked the town of Macomia in northern Mozambique on Sunday.")
    attack = next(i for i in ex.interactions if i.cameo.startswith(("18", "19")))
    assert ex.actors[attack.actor].name == "Islamic State"


def test_talks_one_is_invited_to_are_still_to_come(extract_text):
    ex = extract_text("EU envoy Tomas Berg invited Serbian President Aleksandar Vucic and Kosovo Prime Minister "
                      "Albin Kurti to Brussels for talks next week.")
    assert asserts_code(ex, "Tomas Berg", "036", {"Aleksandar Vučić", "Albin Kurti"})
    assert not any(i.cameo.startswith("04") and i.modality is None for i in ex.interactions)


@pytest.mark.parametrize("text, reproved", [
    ("The Houthis seized a Greek-owned ship on Tuesday. Greece's foreign ministry condemned the seizure on "
     "Wednesday.", "Houthis"),
    ("Kosovo police detained a Serb official. Serbia's president called the arrest an act of terror.",
     "Kosovo police"),
])
def test_condemning_a_seizure_or_arrest_reproves_who_made_it(extract_text, text, reproved):
    ex = extract_text(text)
    assert first_targets(ex, "11") == [reproved]


def test_a_statement_s_owner_does_what_it_says(extract_text):
    ex = extract_text("The Secretary welcomed CARICOM's statement yesterday reaffirming support for Guyana's "
                      "territorial integrity and rejecting Venezuela's claim to the Essequibo.")
    assert asserts_fact(ex, "Caribbean Community", "05", {"Guyana"})
    assert asserts_fact(ex, "Caribbean Community", "12", {"Venezuela"})
    assert not any(i.cameo.startswith("12") and ex.actors[i.actor].name != "Caribbean Community"
                   for i in ex.interactions)


@pytest.mark.parametrize("text, source, code, targets", [
    ("China pledged on Wednesday to lend Zambia $2 billion to build a railway.", "China", "0331", {"Zambia"}),
    ("France returned 26 looted royal treasures to Benin at a ceremony in Cotonou.", "France", "0842", {"Benin"}),
    ("The Houthis launched a swarm of drones at the Israeli port of Ashdod on Monday.", "Houthis", "195",
     {"Israel"}),
    ("Iran released a French-Iranian academic on Sunday.", "Iran", "0841", {"France"}),
])
def test_loans_returns_launches_and_dual_nationals(extract_text, text, source, code, targets):
    assert asserts_code(extract_text(text), source, code, targets)


def test_a_warning_that_a_state_would_face_tariffs_threatens_them(extract_text):
    assert asserts_code(extract_text("Trump cautioned that Mexico would face tariffs if it did not act."),
                        "Donald Trump", "1312", {"Mexico"})


def test_members_walking_out_is_their_party_s_boycott(extract_text):
    ex = extract_text("Members of Srpska Lista, the largest Kosovo Serb party, walked out of municipal assemblies on "
                      "Thursday in protest.")
    assert asserts_code(ex, "Srpska Lista", "143", set())
    assert not [a for a in ex.actors.values() if a.name == "Kosovo Serb"]


def test_a_briefing_beside_thanks_is_kept(extract_text):
    ex = extract_text("Secretary Rubio spoke with President Irfan Persaud. President Persaud thanked the Secretary "
                      "for Washington's support and briefed him on Guyana's request for diplomatic backing.")
    assert asserts_code(ex, "Irfan Persaud", "051", {"Marco Rubio"})
    assert asserts_code(ex, "Irfan Persaud", "010", {"Marco Rubio"})


def test_arrests_of_people_who_are_no_actor_are_coded_without_a_target(extract_text):
    ex = extract_text("On Tuesday, Nicaraguan police detained at least 22 lay leaders and students in Leon.")
    assert asserts_code(ex, "Nicaraguan police", "173", set())


def test_condemning_damage_to_a_cable_does_not_reprove_the_states_it_links(extract_text):
    ex = extract_text("The Prime Minister condemned the damage to a subsea power cable linking Finland and Estonia "
                      "on Sunday.")
    assert first_targets(ex, "11") == []


def test_welcoming_a_statement_issued_by_others_praises_them(extract_text):
    ex = extract_text("Foreign Secretary Yvette Cooper welcomed the statement issued by G7 foreign ministers on "
                      "Wednesday condemning the arrests.")
    assert asserts_code(ex, "Yvette Cooper", "051", {"G7"})


def test_warning_that_the_one_warned_will_face_sanctions_threatens_sanctions(extract_text):
    ex = extract_text("President Trump has warned the Taliban that it will face new sanctions if Americans remain "
                      "in its custody.")
    assert asserts_code(ex, "Donald Trump", "1312", {"Taliban"})


def test_speaking_to_one_s_own_parliament_addresses_no_one(extract_text):
    ex = extract_text('"We will not be bullied on our own river," Prime Minister Orlando Chan of Belize told the '
                      "House of Representatives.")
    assert first_targets(ex, "01") == []


def test_a_name_another_state_gives_a_place_is_no_statement(extract_text):
    ex = extract_text("Japan said the ships entered the zone around the Senkaku Islands, which China calls the "
                      "Diaoyu.")
    assert not [i for i in ex.interactions if ex.actors[i.actor].name == "China"]


def test_a_right_to_protest_is_no_protest(extract_text):
    ex = extract_text("The Cuban people have the right to protest peacefully without fear of reprisal.")
    assert ex.interactions == []


def test_bounties_targeting_activists_are_no_use_of_force(extract_text):
    ex = extract_text("Foreign Secretary Yvette Cooper condemned the Hong Kong authorities' latest bounties "
                      "targeting pro-democracy activists, including three people living in the UK.")
    assert not [i for i in ex.interactions if i.cameo.startswith("19")]


@pytest.mark.parametrize("text, source", [
    ("Secretary of State Marco Rubio spoke with Kenyan Foreign Minister Amina Odhiambo. Secretary Rubio reaffirmed "
     "the readiness of the United States to help Kenya and Somalia reach a fair and lasting agreement.",
     "Marco Rubio"),
    ("Kenya and Somalia traded accusations. IGAD Executive Secretary Halima Warsame said the bloc was ready to help "
     "the two neighbours settle the dispute.", "Halima Warsame"),
])
def test_readiness_to_help_two_sides_settle_is_an_offer_to_mediate(extract_text, text, source):
    assert asserts_code(extract_text(text), source, "039", {"Kenya", "Somalia"})


def test_mediating_among_factions_mediates_for_their_state(extract_text):
    ex = extract_text("Secretary of State Marco Rubio praised Algeria's efforts to mediate among rival Malian "
                      "factions.")
    assert asserts_code(ex, "Algeria", "045", {"Mali"})


def test_walking_out_of_talks_is_no_boycott(extract_text):
    ex = extract_text("Malawi walked out of one round of those talks in 2013.")
    assert not [i for i in ex.interactions if i.cameo == "143"]


def test_blocking_a_patrol_restricts_movement(extract_text):
    ex = extract_text("A Guatemalan gunboat blocked a Belizean coast guard patrol on the Sarstoon River.")
    assert [i.cameo for i in ex.interactions if ex.actors[i.actor].name == "Guatemala"] == ["191"]


def test_a_note_of_protest_is_a_formal_complaint(extract_text):
    ex = extract_text("Belize sent a diplomatic note of protest to Guatemala on Monday.")
    assert asserts_code(ex, "Belize", "114", {"Guatemala"})


def test_a_statement_s_headline_is_no_statement(extract_text):
    ex = extract_text("Statement from Press Secretary Karoline Leavitt on the Release of an American Detained in "
                      "Venezuela\n\nToday, thanks to the leadership of President Donald J. Trump, Daniel Moss is "
                      "coming home.")
    assert not [i for i in ex.interactions if i.cameo == "010"]


@pytest.mark.parametrize("text, source, target", [
    ("The Kremlin said Moldova's leadership was wrecking relations with Moscow.", "Kremlin", "Moldova"),
    ("Estonia's security service said last month that Moscow was spending millions on efforts to sway the "
     "election.", "Estonia", "Russia"),
])
def test_saying_another_undermines_or_sways_accuses_it(extract_text, text, source, target):
    ex = extract_text(text)
    assert [(i.cameo, {ex.actors[k].name for k in i.targets}) for i in ex.interactions
            if source in ex.actors[i.actor].name] == [("112", {target})]


def test_saying_another_must_not_interfere_is_no_accusation(extract_text):
    ex = extract_text("Russia said the EU must not interfere in the election.")
    assert not [i for i in ex.interactions if i.cameo.startswith("11")]


@pytest.mark.parametrize("text, source, target", [
    ("Beijing reimposed a ban on Japanese seafood imports.", "China", "Japan"),
    ("China suspended coal imports from Mongolia.", "China", "Mongolia"),
    ("Today, Secretary of State Marco Rubio is announcing visa restrictions on Cuban officials responsible for "
     "the arrests.", "Marco Rubio", "Cuba"),
])
def test_import_bans_and_visa_restrictions_are_sanctions(extract_text, text, source, target):
    assert asserts_code(extract_text(text), source, "163", {target})


def test_reaffirming_a_partnership_is_intent_to_cooperate(extract_text):
    ex = extract_text("President Donald Trump welcomed President Temuulen Batsaikhan of Mongolia to the White House, "
                      "and the two leaders reaffirmed the Strategic Partnership between the United States and "
                      "Mongolia.")
    assert asserts_code(ex, "Donald Trump", "030", {"Temuulen Batsaikhan"})


def test_agreeing_to_meet_is_intent_to_meet(extract_text):
    ex = extract_text("Prime Minister Keir Starmer spoke to Prime Minister Vikash Ramdoyal of Mauritius. The "
                      "leaders agreed to meet at the Commonwealth summit later this year.")
    assert asserts_code(ex, "Keir Starmer", "036", {"Vikash Ramdoyal"})


def test_a_person_released_by_captors_is_their_release(extract_text):
    ex = extract_text("Daniel Whitcomb was arrested by the Taliban in May 2024. Mr. Whitcomb was released by the "
                      "Taliban to U.S. officials in Doha on Tuesday.")
    assert asserts_code(ex, "Taliban", "0841", {"Daniel Whitcomb"})


def test_a_denied_claim_is_its_owner_s_accusation_and_its_content_no_act(extract_text):
    ex = extract_text("Beijing dismissed Manila's claim that Chinese vessels had rammed a Philippine boat.")
    assert asserts_fact(ex, "China", "12", {"Philippines"})
    assert asserts_code(ex, "Philippines", "112", {"China"})
    assert not [i for i in ex.interactions if i.cameo.startswith("17")]


def test_a_court_a_dispute_is_taken_to_is_not_threatened(extract_text):
    ex = extract_text("Malawi demanded that Tanzania free the fishermen. Malawi threatened to take the dispute to "
                      "the International Court of Justice.")
    assert not [i for i in ex.interactions if "International Court of Justice" in
                {ex.actors[k].name for k in i.targets}]


def test_condemning_the_measures_named_before_reproves_their_owner(extract_text):
    ex = extract_text("Cooper has condemned the Hong Kong authorities' latest bounties targeting activists. Foreign "
                      "Secretary Yvette Cooper condemned the bounties again on Friday.")
    again = [i for i in ex.interactions if i.cameo.startswith("11")][-1]
    assert {ex.actors[k].name for k in again.targets} == {"China"}


def test_denouncing_which_after_a_reproach_reproves_the_same_owner(extract_text):
    ex = extract_text("President Trump criticized China's suspension of coal imports through two Mongolian border "
                      "crossings earlier this month, which Ulaanbaatar has denounced as economic coercion.")
    assert asserts_fact(ex, "Mongolia", "11", {"China"})


def test_arrests_in_a_city_do_not_target_it_or_its_state(extract_text):
    ex = extract_text("The United States condemns the Cuban regime's arrest of 40 activists in Havana on Saturday.")
    assert asserts_code(ex, "Cuban regime", "173", set())


def test_a_label_answering_a_hostile_act_is_not_hostile(extract_text):
    ex = extract_text("Romania's foreign ministry called the expulsions a legitimate and proportionate response to "
                      "Russian interference.")
    assert not [i for i in ex.interactions if i.cameo.startswith("11")]


@pytest.mark.parametrize("text, speaker, recipient", [
    ("Prime Minister Keir Starmer spoke to President Zelenskyy. The Prime Minister confirmed that the UK would "
     "provide the Ukrainian Navy with an offshore patrol vessel and training.", "Keir Starmer", "Ukrainian Navy"),
    ("Secretary Rubio met Foreign Minister Pablo Quiroga of Argentina. The Secretary affirmed that the United States "
     "will continue to provide Argentina with maritime surveillance equipment and training.", "Marco Rubio",
     "Argentina"),
])
def test_a_speaker_confirming_his_state_will_provide_equipment_pledges_aid(extract_text, text, speaker, recipient):
    ex = extract_text(text)
    assert [(i.cameo[:3], {ex.actors[k].name for k in i.targets}) for i in ex.interactions
            if ex.actors[i.actor].name == speaker and i.cameo.startswith("03")] == [("033", {recipient})]


def test_denying_an_accusation_is_toward_its_owner(extract_text):
    ex = extract_text("Iran on Tuesday denied Albania's accusation that it was behind a cyberattack that knocked "
                      "government websites offline.")
    assert asserts_code(ex, "Iran", "016", {"Albania"})
    assert asserts_code(ex, "Albania", "112", {"Iran"})


@pytest.mark.parametrize("text, source, code, target", [
    ("Greece put its navy on heightened alert on Wednesday after Turkey sent a survey ship into waters claimed by "
     "Athens.", "Greece", "152", "Turkey"),
    ("Tunisia deployed 2,000 additional police officers to its border with Libya on Sunday.", "Tunisia", "153",
     "Libya"),
    ("Algeria threatened on Wednesday to recall its ambassador from Madrid over Spain's support for Morocco's plan.",
     "Algeria", "1313", "Spain"),
    ("Kyrgyzstan and Tajikistan declared a ceasefire on Sunday after two days of clashes.", "Kyrgyzstan", "0871",
     "Tajikistan"),
    ("Switzerland offered on Monday to host and mediate a new round of reunification talks on divided Cyprus.",
     "Switzerland", "039", "Cyprus"),
    ("Eritrean soldiers killed hundreds of Ethiopian civilians in the town of Axum.", "Eritrean soldiers", "202",
     "Ethiopia"),
    ("Ugandan soldiers burned four boats belonging to Kenyan fishermen on Lake Victoria on Tuesday.",
     "Ugandan soldiers", "1712", "Kenya"),
])
def test_single_sentence_acts(extract_text, text, source, code, target):
    assert asserts_code(extract_text(text), source, code, {target})


def test_strikes_killing_many_stay_air_strikes(extract_text):
    assert asserts_code(extract_text("Israeli strikes killed hundreds of people in Gaza."), "Israel", "195", {"Gaza"})


@pytest.mark.parametrize("text, code", [
    ("India called off talks with Pakistan on Friday.", "164"),
    ("India cancelled its planned visit to Pakistan.", "125"),
])
def test_a_called_off_or_cancelled_meeting_is_no_meeting(extract_text, text, code):
    ex = extract_text(text)
    assert asserts_code(ex, "India", code, {"Pakistan"})
    assert not [i for i in ex.interactions if i.cameo.startswith("04")]


@pytest.mark.parametrize("text, code, target", [
    ("Tunisia sent hundreds of additional police officers to its border with Libya.", "153", "Libya"),
    ("Kenya sent 400 police officers to Haiti.", "074", "Haiti"),
])
def test_police_sent_home_or_abroad(extract_text, text, code, target):
    ex = extract_text(text)
    assert [(i.cameo, {ex.actors[k].name for k in i.targets}) for i in ex.interactions] == [(code, {target})]


def test_a_claim_of_responsibility_is_toward_the_victim_not_the_claimant_s_home(extract_text):
    ex = extract_text("Yemen's Iran-aligned Houthis claimed responsibility on Thursday for a missile attack on a "
                      "U.S. destroyer in the Red Sea.")
    assert asserts_code(ex, "Houthis", "015", {"United States"})


def test_homes_torched_in_an_attack_are_part_of_the_attack(extract_text):
    ex = extract_text("Insurgents of the Islamic State attacked the port town of Mocimboa da Praia in Mozambique on "
                      "Sunday, killing at least 14 civilians and torching dozens of homes.")
    assert not [i for i in ex.interactions if i.cameo.startswith("17")]


def test_a_threat_is_toward_whom_the_threatened_act_names(extract_text):
    ex = extract_text("North Korean leader Kim Jong Un threatened on Thursday to use nuclear weapons to annihilate "
                      "South Korea if it attacked the North.")
    assert asserts_code(ex, "Kim Jong Un", "138", {"South Korea"})


def test_agreeing_under_a_truce_another_brokered_is_no_offer_to_mediate(extract_text):
    ex = extract_text("Yemen's Houthis agreed on Tuesday to stop attacking U.S. ships in the Red Sea under a truce "
                      "brokered by Oman.")
    assert not [i for i in ex.interactions if i.cameo == "039"]


@pytest.mark.parametrize("text, source, code, target", [
    ("The United States lifted most of its economic sanctions on Syria on Monday.", "United States", "085", "Syria"),
    ("Israel agreed to a ceasefire with Hezbollah that took effect early on Wednesday.", "Israel", "0871",
     "Hezbollah"),
    ("Pakistan placed its armed forces on high alert on Wednesday, citing the threat of an imminent Indian strike.",
     "Pakistan", "152", "India"),
])
def test_more_single_sentence_acts(extract_text, text, source, code, target):
    assert asserts_code(extract_text(text), source, code, {target})


def test_lifted_sanctions_are_not_imposed(extract_text):
    ex = extract_text("The United States lifted its economic sanctions on Syria on Monday.")
    assert not [i for i in ex.interactions if i.cameo.startswith("16")]
