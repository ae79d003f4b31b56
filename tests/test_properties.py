"""Property tests (hypothesis): loading and extraction hold up on any text.

* ``parse_article`` raises nothing but NewsbriefError, whatever the text;
* ``extract`` never raises on an article that parses, every quote it reports is really in the
  article's paragraphs (whitespace-normalised; a quote in a headline, ``paragraph: 0``, is in the
  title), and its briefing is valid and survives YAML.
"""

from __future__ import annotations

from functools import lru_cache

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from helpers import REPO_ROOT
from newsbrief import store
from newsbrief.config import load_config
from newsbrief.errors import NewsbriefError
from newsbrief.extract import extract
from newsbrief.load import parse_article
from newsbrief.pipeline import briefing_for, load_taxonomy

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# --- strategies --------------------------------------------------------------------------------

any_text = st.text(st.characters(exclude_categories=()), max_size=300)   # every category, surrogates too

FRAGMENTS = [
    # quotation marks, open and close, in every style
    "“", "”", '"', "'", "‘", "’", "«", "»", "« ", " »", "„", "‹", "›", "—", "–", "…",
    # speech verbs and attribution
    " said", " says", " told reporters", " added", " according to", " warned", " claimed", " insisted",
    " said that", " he said", " she said", " they said", " it said", ", adding that", " pointed out",
    " declined to comment", " so-called ", " in a statement",
    # capitalised names, titles, organisations, places
    " Kurt Campbell", " Campbell", " Jake Sullivan", " Ajit Doval", " Dr Anna Smith", " Mr Smith",
    " the minister", " US Deputy Secretary of State", " the Ministry of Defence", " General Atomics",
    " iCET", " the Quad", " India", " Washington", " NASA", " U.S.", " Ms. Jones", " Prof. Lee",
    # plain words and clauses
    " We will", " the deal is close", " it was not surprising", " and", " but", " The", " He", " She",
    " critical technologies", " semiconductors", " defence deals", " MQ-9", " 2023",
    # punctuation and layout
    ",", ", ", ".", ". ", "?", "!", ":", ";", "(", ")", "-", " ", "\n", "\n\n", "\n\n\n", "\t", "  ",
    "# ", "> ", "* ", "**", "_", "`", "[link](http://x)", "<b>", "</b>", "&amp;", "\\",
    "---\n", "title: T\n", "date: 2024-01-02\n", "slug: a-b\n", "topics: [quad]\n",
]
news_text = st.lists(st.sampled_from(FRAGMENTS), max_size=80).map("".join)
texts = st.one_of(any_text, news_text, st.tuples(news_text, any_text, news_text).map("".join))


def _norm(s: str) -> str:
    return " ".join(s.split())


@lru_cache(maxsize=1)
def _taxonomy():
    return load_taxonomy(load_config(REPO_ROOT))


def _parse(text: str, name: str):
    """The article, or None when the text is refused with a NewsbriefError (and nothing else)."""
    try:
        article = parse_article(text, name)
    except NewsbriefError as err:
        assert err.path == name
        return None
    assert article.title.strip()
    return article


# --- load --------------------------------------------------------------------------------------------

@SETTINGS
@given(any_text)
def test_parse_article_arbitrary_unicode_raises_only_newsbrief_errors(text):
    for name in ("x.txt", "x.md"):
        _parse(text, name)


@SETTINGS
@given(st.one_of(news_text, st.tuples(news_text, any_text).map("".join)))
def test_parse_article_news_like_text_raises_only_newsbrief_errors(text):
    for name in ("x.txt", "x.md"):
        a = _parse(text, name)
        if a is not None:
            assert a.paragraphs and all(p == _norm(p) and p for p in a.paragraphs)


# --- extract -----------------------------------------------------------------------------------------

def _check_briefing(article):
    taxonomy, digest = _taxonomy()
    b = extract(article, taxonomy)
    joined = _norm(" ".join(article.paragraphs))
    for q in b["quotes"]:
        # paragraph 0 is the headline (a quotation in the title); the others count from 1
        where = _norm(article.title) if q.get("paragraph") == 0 else joined
        for part in [q["text"]] + list(q.get("continued") or []):
            assert _norm(part) in where, (q, article.title, article.paragraphs)
        assert 0 <= q.get("paragraph", 1) <= len(article.paragraphs)
        assert q.get("paragraph") != 0 or article.headline_in_body
    sealed = briefing_for(article, taxonomy, digest)
    store.validate(sealed)
    assert store.loads(store.dumps(sealed)) == sealed
    return b


@SETTINGS
@given(texts, st.sampled_from(["x.txt", "x.md"]))
@example("Headline for a test story\n\nminister , , said “ ” ,\n", "x.txt")   # (fuzzing: a quote of text '')
def test_extract_never_raises_and_quotes_are_in_the_text(text, name):
    article = _parse(text, name)
    if article is not None:
        _check_briefing(article)


@SETTINGS
@given(st.lists(st.lists(st.sampled_from(FRAGMENTS[:-6]), min_size=1, max_size=30).map("".join),
                min_size=1, max_size=6))
def test_extract_on_paragraphs_of_quotes_and_attributions(paragraphs):
    article = _parse("\n\n".join(paragraphs) + "\n", "story.txt")
    if article is not None:
        _check_briefing(article)


def test_extract_on_the_seed_article(repo_root):
    from newsbrief.load import load_article

    b = _check_briefing(load_article(repo_root / "content" / "articles" / "us-india-technology-ties.txt"))
    assert b["quotes"]


# --- extraction rules on short paragraphs -----------------------------------------------------------

def _quotes(*paragraphs: str) -> list[tuple[str, str, str | None]]:
    """(kind, text, speaker name) of every quote extracted from a story of these paragraphs."""
    b = _check_briefing(_parse("Headline for a test story\n\n" + "\n\n".join(paragraphs) + "\n", "story.txt"))
    names = {s["id"]: s["name"] for s in b["speakers"]}
    return [(q["kind"], q["text"], names.get(q["speaker"])) for q in b["quotes"]]


def test_partial_quote_inside_a_reported_clause_is_not_a_separate_quote():
    got = _quotes("Energy secretary Naomi Haworth said the decision was “a pragmatic choice, not a retreat”.")
    assert [k for k, _, _ in got] == ["indirect"]
    assert "pragmatic choice" in got[0][1] and got[0][2] == "Naomi Haworth"


def test_two_word_quote_right_after_the_verb_is_direct():
    got = _quotes("Lorraine Pickering wept in the dock and said “I’m sorry” as she was led to the cells.")
    assert ("direct", "I’m sorry", "Lorraine Pickering") in got


def test_titles_and_labels_in_quotes_are_not_quotations():
    got = _quotes('Her new film, "The Long Quiet," which premiered on Thursday, runs three hours.',
                  'One trade paper called the film "a monument to stubbornness" and "the most beautiful test."',
                  '"It is the longest film I have made," Joanna Prentice said.')
    assert [t for _, t, _ in got] == ["It is the longest film I have made,"]


def test_quote_only_paragraph_goes_to_the_person_named_next():
    got = _quotes("“They told us in 1998 that the internet would finish us off in five years.”",
                  "Marjorie Kettle delivers this line without a trace of self-pity, standing at a layout table.")
    assert got[0][2] == "Marjorie Kettle"


def test_age_epithet_after_the_verb_is_a_speaker():
    b = _check_briefing(_parse("Headline for a test story\n\nTunde Okonjo scored twice on Saturday.\n\n"
                               '"She flew in from Lagos, so I had to score for her," said the 24-year-old.\n',
                               "story.txt"))
    q = b["quotes"][-1]
    assert q["cue"] == "said" and q["speaker"] == "tunde-okonjo"


def test_participle_with_colon_attributes_the_quotation():
    got = _quotes("Corvair said it had cancelled more than 400 flights on Tuesday.",
                  "The airline's chief executive, Declan Moore, went further, writing on X: "
                  "\"Passengers are being held hostage by the unions again.\"")
    assert got[-1][0] == "direct" and got[-1][2] == "Declan Moore"


def test_body_speaking_through_its_spokesperson_is_the_speaker():
    got = _quotes("The Kano State Police Command, through its spokesperson, SP Abdullahi Haruna Kiyawa, said on "
                  "Tuesday that security had been beefed up around the Assembly complex.",
                  '"We will not allow any group to disrupt the peace," the police spokesperson said.')
    assert got[0][2] == "Kano State Police Command"
    assert got[1][2] == "SP Abdullahi Haruna Kiyawa"


def test_the_party_refers_back_to_the_party_named_before():
    got = _quotes("The All Progressives Congress (APC) has described the suspension as illegal.",
                  "The party, in a statement signed by its spokesperson, Mr Ahmed Garba Danladi, on Tuesday, "
                  "said the suspension was carried out without a quorum.")
    assert got[-1][2] == "All Progressives Congress"


def test_person_before_a_role_whose_organisation_has_its_own_apposition():
    got = _quotes('Dr. Rachel Osei, head of research at the Brain Health Trust, a British charity, said the '
                  'findings were "encouraging".')
    assert got[0][2] == "Rachel Osei"


def test_spokesperson_for_a_body_named_with_lower_case_words_is_the_body():
    got = _quotes("A spokesperson for the Dutch economy ministry said the government was following the case.")
    assert got[0][2] == "Dutch economy ministry"


def test_with_name_and_participle_attributes_to_that_name():
    got = _quotes("Halbrook Foods Inc shares fell 11% on Thursday after the snack maker cut its forecast, with Chief "
                  "Executive Officer Dana Whitfield warning that lower-income shoppers were trading down.")
    assert got[0][2] == "Dana Whitfield"


def test_according_to_a_statement_is_the_body_and_according_to_data_no_quote():
    got = _quotes("Halbrook Foods Inc shares fell 11% on Thursday.",
                  "The Chicago-based company now expects organic net sales to rise 1% to 2% in fiscal 2025, according "
                  "to a statement. Analysts on average had expected growth of 3.1%, according to LSEG data.")
    assert [(t[:26], s) for _, t, s in got] == [("The Chicago-based company ", "Halbrook Foods Inc")]


def test_according_to_a_filing_on_a_day_is_the_company_the_story_quotes():
    got = _quotes("Halbrook Foods Inc cut its forecast, according to a statement. Analysts had expected growth, "
                  "according to LSEG data.",
                  "According to a regulatory filing on Thursday, the company also plans to close its bakery plant "
                  "in Allentown, Pennsylvania, affecting about 340 workers.")
    assert got[-1][1].startswith("the company also plans") and got[-1][2] == "Halbrook Foods Inc"


def test_person_of_organisation_keeps_the_organisation_out_of_the_name():
    got = _quotes("Chris Smith of the University of Leeds said the result was clear.")
    assert got[0][2] == "Chris Smith"


def test_title_first_name_surname_of_a_place_is_the_person():
    got = _quotes("The plan was criticised by Chief Mary Elkins of Red Rock First Nation.",
                  "\"We were not consulted,\" Elkins told reporters.",
                  "She said the band would go to court.")
    assert [s for _, _, s in got] == ["Mary Elkins", "Mary Elkins"]


def test_department_named_by_remits_and_country_is_one_body():
    got = _quotes("Environment and Climate Change Canada says the warning will stay in place until Friday.")
    assert got[0][2] == "Environment and Climate Change Canada"


def test_hyphenated_given_name_takes_the_gender_of_its_listed_part():
    got = _quotes("Its head of design, Tom Baker, said the frames were lighter.",
                  "Mei-Hua Lau, the company's chief executive, said sales had doubled.",
                  "He added that the lenses were new.")
    assert got[-1][2] == "Tom Baker"


def test_pronoun_cue_refers_to_the_person_the_same_sentence_named():
    got = _quotes("Carl Jensen, a rival engineer, said the design was flawed.",
                  "Asked about the criticism, Peter Hale was blunt: the design works, he said.")
    assert got[-1][2] == "Peter Hale"


def test_quote_then_surname_and_age_names_the_speaker():
    got = _quotes("Walter Brandt is a retired carpenter.", "Then he spent an hour in the scanner.",
                  "“I can hold a cup again,” Brandt, 71, said.")
    assert got[-1][2] == "Walter Brandt"


def test_bare_surname_shared_by_two_people_is_the_one_introduced_first():
    got = _quotes("Walter Brandt, a retired carpenter, said the treatment worked.",
                  "His wife, Diane Brandt, said she noticed the difference at dinner.",
                  "Brandt said he could sign his name again.")
    assert got[-1][2] == "Walter Brandt"


def test_she_resolved_to_a_unisex_name_fixes_that_persons_gender():
    got = _quotes("Tom Reid, a teacher, said he worked most evenings.",
                  "Jo Marsh, a parent, said families were worried.",
                  "“Kids missed days of learning,” she said.",
                  "He said he would vote for strike action.")
    assert got[-1][2] == "Tom Reid"


def test_the_spokesperson_again_is_the_body_whose_spokesperson_spoke():
    got = _quotes("A spokesperson for the City of Leeds said inspectors visited the property on Monday.",
                  "If the work is not done, the owner could face fines, the spokesperson said.")
    assert [s for _, _, s in got] == ["City of Leeds", "City of Leeds"]


def test_place_government_spokesperson_is_that_government():
    got = _quotes("A Welsh government spokesperson said ministers would continue to talk to the unions.")
    assert got[0][2] == "Welsh government"


def test_author_sign_off_line_is_no_speaker_and_introduced_passage_keeps_the_speaker():
    got = _quotes("In her opening statement, Dana Ruiz said her priorities would be apprenticeships and safety.",
                  "Here's the key passage:",
                  "\"I grew up in a family where my father worked two jobs. I will enforce the law as written.\"",
                  "— Sarah Kim")
    assert got[-1][2] == "Dana Ruiz"


def test_name_colon_quote_heading_is_said_by_that_name():
    got = _quotes("Quinn: \"I'm not there yet\"",
                  "Sen. Rachel Quinn told reporters in a hallway during a break that she remained undecided.")
    assert got[0][1:] == ("I'm not there yet", "Rachel Quinn")


def test_name_without_given_name_that_speaks_of_itself_as_it_is_a_body():
    got = _quotes("Cumann Ceoil Éireann said it was deeply saddened by his passing.",
                  "‘His legacy is in every classroom in Clare,’ the organisation said.")
    assert [s for _, _, s in got] == ["Cumann Ceoil Éireann", "Cumann Ceoil Éireann"]
    b = _check_briefing(_parse("Headline for a test story\n\nCumann Ceoil Éireann said it was saddened.\n", "s.txt"))
    assert b["speakers"][0]["kind"] == "organization"


def test_reported_clause_ends_before_but_he_and_a_new_verb():
    got = _quotes("Energy Minister Oscar Vilchez said the government would not tolerate negligence, but he urged "
                  "protesters to lift the blockade.")
    assert got[0][1] == "the government would not tolerate negligence"


def test_today_between_company_and_verb_is_not_part_of_the_name():
    got = _quotes("Brightline Robotics Inc. (NASDAQ: BRLN) today announced it has entered into a definitive "
                  "agreement to acquire Stacklane Systems.")
    assert got[0][1:] == ("it has entered into a definitive agreement to acquire Stacklane Systems",
                          "Brightline Robotics Inc.")


def test_ruled_that_reports_the_ruling_but_ruled_out_does_not():
    got = _quotes("Speaker Graeme Lusk ruled that it was a matter for debate.",
                  "The minister ruled out a tax rise before the election.")
    assert [(t, s) for _, t, s in got] == [("it was a matter for debate", "Graeme Lusk")]


def _roles(*paragraphs: str) -> dict[str, str | None]:
    """Speaker name -> role of a story of these paragraphs."""
    b = _check_briefing(_parse("Headline for a test story\n\n" + "\n\n".join(paragraphs) + "\n", "story.txt"))
    return {s["name"]: s.get("role") for s in b["speakers"]}


def test_qualified_role_as_subject_of_the_sentence_before_is_the_next_named_persons():
    got = _roles("The agency’s chief executive was more direct at a briefing. Speaking afterwards, Mr Ravi Chandran "
                 "said the authority had zero tolerance for lapses.",
                 "The president was in Paris. Anna Kowalska said the plan would fail.")
    assert got["Ravi Chandran"] == "agency’s chief executive"
    assert got["Anna Kowalska"] is None  # an unqualified "the president" is not hers


def test_a_number_after_the_name_is_no_role():
    got = _roles("According to Lena Marsh, a record 12,500 runners took part on Sunday. “It was joyful,” Marsh said.",
                 "According to Pavel Novak, a baker, 3,000 loaves were sold.")
    assert got["Lena Marsh"] is None          # not "record 12"
    assert got["Pavel Novak"] == "baker"


def test_a_party_tag_is_skipped_in_either_form_before_an_apposition_or_a_relative_clause():
    got = _roles("“We will not wait,” Rep. Marisol Ortega, D-El Paso, the chairwoman of the water committee, said.",
                 "“We will not wait,” Sen. Jane Dolan, D-Ore., who chairs the energy panel, said.")
    assert got["Marisol Ortega"] == "chairwoman of the water committee"
    assert got["Jane Dolan"] == "chairs the energy panel"


def test_role_after_a_possessive_determiner_before_the_name_and_the_job_over_the_kinship():
    got = _roles("The union backed the hospitals, with its secretary-general, Dr Otieno Masese, saying the scheme "
                 "had been rushed.",
                 "\"We warned the ministry,\" Dr Masese said.",
                 "It is the song her younger brother and producer, Theo Moreau, fought to keep, and he said it was "
                 "the best thing they had made.")
    assert got["Otieno Masese"] == "secretary-general"
    assert got["Theo Moreau"] == "producer"


def test_common_occupations_before_a_name_are_roles():
    got = _roles("Retiree Tan Ah Kow, 71, said he was glad the line had reopened.",
                 "In the town, farmer Nestor Pagulayan said the water rose within an hour.")
    assert got["Tan Ah Kow"] == "Retiree" and got["Nestor Pagulayan"] == "farmer"
    got = _roles("The defendant’s barrister, Nicholas Fenwick KC, told the jury his client had acted in good faith.")
    assert got["Nicholas Fenwick"] == "defendant’s barrister"


def test_apposition_after_an_age_is_the_role():
    got = _roles("“The fish moved first,” said Darmawan, 52, a seaweed farmer who uses one name.",
                 "Sunita Rao, 45, a teacher, said the school had closed.")
    assert got["Darmawan"] == "seaweed farmer" and got["Sunita Rao"] == "teacher"


def test_description_attached_to_a_name_is_the_role_when_no_rule_found_one():
    got = _roles("Colm Byrne, a beekeeper, cellist and auctioneer, said the fair would go ahead.",
                 "\"It is off,\" said Ian Ross, ferryman and auctioneer.",
                 "Ms Ward’s predecessor, Omar Haddad, said the plan was flawed.",
                 "Tributes have been paid to the Kerry fiddler, teacher and collector Seán Ryan, who died on Sunday.",
                 "In an interview last year, Ryan said the old tunes would outlive him.",
                 "Tributes were also paid to the Galway glassblower Ana Pérez, who died in May.",
                 "Pérez once said the furnaces would outlive her.")
    assert got["Colm Byrne"] == "beekeeper, cellist and auctioneer"   # the whole list, not just "beekeeper"
    assert got["Ian Ross"] == "ferryman and auctioneer"
    assert got["Omar Haddad"] == "Ms Ward’s predecessor"
    assert got["Seán Ryan"] == "Kerry fiddler, teacher and collector"
    assert got["Ana Pérez"] == "Galway glassblower"


def test_no_role_from_a_phrase_that_does_not_describe_a_person():
    got = _roles("Grace Mill, 47, wept as the verdict was read. \"It is over,\" Mill said.",
                 "Lorna Pike, of Beech Avenue, said the car had hit her wall.",
                 "Tom Vale, his brother, said the family was relieved.",
                 "Prosecuting, Hannah Reed said the money was never repaid.",
                 "The board will consider Joe Bates for the post. Bates said he was ready.",
                 "Mia Lund, whose children attend the school, said it should stay open.",
                 "Her father, Sami Rahal, was a hydraulic engineer. He said the dam was safe.")
    assert all(role is None for role in got.values()), got


def test_plural_title_before_a_list_of_names_is_the_first_names_title():
    got = _roles("She was joined by Justices Aaron Whitlock, Leah Sorensen and Victor Ibarra.",
                 "\"Nothing in today's opinion should tie the hands of officers,\" Whitlock wrote.")
    assert got["Aaron Whitlock"] == "Justice"


def test_fuller_role_before_a_one_word_title_and_name_wins_over_the_title():
    got = _roles("The senator representing Ogun Central, Senator Folake Akintola, said the dispute should end.",
                 "The lawyer, Solicitor General Patrick Noonan, said that question was not before the court.")
    assert got["Folake Akintola"] == "senator representing Ogun Central"
    assert got["Patrick Noonan"] == "Solicitor General"


def test_indefinite_role_with_a_place_after_a_comma_before_the_name():
    got = _roles("Reacting, a political analyst and lecturer at Bayero University, Kano, Dr Aliyu Musa Yakasai, said "
                 "the crisis was about the next election.")
    assert got["Aliyu Musa Yakasai"] == "political analyst and lecturer at Bayero University, Kano"


def test_kinship_apposition_gives_the_named_person_a_gender():
    got = _quotes("Darmawan has begun taking his seaweed lines farther out. His wife, Wa Ode Nurlia, runs a stall.",
                  "“We used to sell the fish my husband caught,” she said.")
    assert got[0][2] == "Wa Ode Nurlia"


def test_byline_paragraph_names_no_he_or_she():
    got = _quotes("by Hendra Wibisono",
                  "From the bow of his boat, Darmawan points to the sea. Ten years ago, he says, he could see the "
                  "reef from here.")
    assert got and got[0][2] != "Hendra Wibisono"


def test_spokesperson_for_the_body_named_by_a_common_noun_is_the_body_named_before():
    got = _quotes("JATAM had filed complaints with the Ministry of Environment over three concessions.",
                  "A spokesperson for the ministry said the complaints were being reviewed.",
                  "A spokesperson for the company said it had done nothing wrong.")
    assert got[-2][1:] == ("the complaints were being reviewed", "Ministry of Environment")
    assert got[-1][2] is None  # no company was named


def test_economists_at_a_firm_speak_for_the_firm():
    got = _quotes("Economists at ING said in a note that the governor's tone was more hawkish than expected.",
                  "Residents near the river said the water was rising fast.")
    assert got[0][1:] == ("the governor's tone was more hawkish than expected", "ING")


def test_with_role_comma_name_comma_participle_is_the_named_person():
    got = _quotes("The union backed the hospitals, with its secretary-general, Dr Otieno Masese, saying the crisis "
                  "showed the scheme had been rushed.")
    assert got[0][1:] == ("the crisis showed the scheme had been rushed", "Otieno Masese")


def test_who_is_relative_clause_stating_a_role_is_the_role():
    got = _roles("Kylie Otway, who is also the alliance’s national campaign director, said the scheme was failing.",
                 "Brendan Marsh, who is not involved in the study, said the results were striking.")
    assert got["Kylie Otway"] == "alliance’s national campaign director"
    assert got["Brendan Marsh"] is None


def test_occupations_like_agent_and_worker_are_role_heads():
    got = _roles("Ramos’s agent, Tiago Ramalho, told a newspaper that two clubs had asked about him.")
    assert got["Tiago Ramalho"] == "Ramos’s agent"


def test_apposition_after_an_age_in_brackets_and_a_long_apposition_are_roles():
    got = _roles("Sunita Rani (58), a domestic worker who has lived there since 1994, said her house was razed.",
                 "“It is too late for surgery,” said Dr. Helena Vass, the study's senior author and director of the "
                 "early detection program at Lakeshore University Medical Center in Chicago.")
    assert got["Sunita Rani"] == "domestic worker"
    assert got["Helena Vass"].startswith("study's senior author and director of the early detection program")


def test_owner_s_role_ending_a_clause_before_the_name_is_the_role():
    got = _roles("The deal was driven by Norbury’s chief executive, Rachel Okonjo, who flew to Lisbon twice.",
                 "“People have said for years that Norbury is a selling club,” Okonjo said.")
    assert got["Rachel Okonjo"] == "Norbury’s chief executive"


def test_quote_then_name_and_who_clause_then_said_is_the_named_person():
    got = _quotes("The largest shareholder, the Lindholm Foundation, said it backed management.",
                  "“We are long-term owners,” Birgitte Lindholm, who is chair of the foundation, said in a statement.",
                  "“We act,” Cagayan Governor Rosario Abalos, who has led the province since 2019, said.")
    assert got[1][2] == "Birgitte Lindholm" and got[2][2] == "Rosario Abalos"
    got = _roles("“We act,” Cagayan Governor Rosario Abalos, who has led the province since 2019, said.")
    assert got["Rosario Abalos"] == "Cagayan Governor"


def test_owner_s_role_as_subject_of_the_sentence_before_without_the():
    got = _roles("Somerset’s captain was not having any of that modesty. Ben Aldworth said the bowler was the best "
                 "in the division.")
    assert got["Ben Aldworth"] == "Somerset’s captain"


def test_role_sentence_before_a_reported_clause_then_name_said():
    got = _roles("The company's finance chief struck a more cautious tone on a call with analysts. Gross margin would "
                 "probably fall by about 1.5 percentage points this year before recovering in 2027, Anders Holm said, adding that currency swings had hurt.")
    assert got["Anders Holm"] == "company's finance chief"


def test_fuller_definite_apposition_wins_over_a_short_title_before_the_name():
    got = _roles("Greens MP Ellen Farquhar, the party’s environment spokesperson in the upper house, said she would "
                 "move a motion.",
                 "Attorney General Patricia Lowe, the front-runner for the Democratic nomination, said she would run.")
    assert got["Ellen Farquhar"] == "party’s environment spokesperson in the upper house"
    assert got["Patricia Lowe"] == "Attorney General"


def test_role_then_lower_case_title_and_name_submitted_that():
    got = _quotes("Standing counsel for the authority, advocate Neha Saluja, submitted that notices had been pasted on "
                  "every structure in March.")
    assert got[0][1:] == ("notices had been pasted on every structure in March", "Neha Saluja")
    assert _roles("Standing counsel for the authority, advocate Neha Saluja, submitted that notices had "
                  "been pasted.")["Neha Saluja"] == "Standing counsel for the authority"


def test_bare_name_byline_line_is_no_speaker():
    got = _quotes("Orla Deasy, Features Writer",
                  "For 20 years, Donnacha Ahearne has run the ferry to the island.",
                  "“It never gets old,” says the 58-year-old.")
    assert [q[2] for q in got] == ["Donnacha Ahearne"]


def test_post_nominal_letters_between_commas_are_not_the_speaker():
    got = _quotes("Health secretary Asha Menon, IAS, said the relief camps would stay open until Friday.")
    assert got[0][1:] == ("the relief camps would stay open until Friday", "Asha Menon")


def test_honorific_after_a_title_and_its_body_starts_the_name():
    got = _quotes("Leader of Opposition in the State Assembly Sardar Kuldip Singh Aulakh alleged that the "
                  "subsidy had never reached farmers.")
    assert got[0][2] == "Kuldip Singh Aulakh"
    assert _roles("Chief Whip in the County Council Mzee Tobias Kiprono said the vote would be held on Monday.")[
        "Tobias Kiprono"] == "Chief Whip in the County Council"


def test_body_in_a_statement_signed_by_its_officer_is_the_speaker():
    got = _quotes("The Kenya Teachers Guild, in a statement signed by its secretary general, Paul Omondi, said "
                  "the strike would go ahead on Monday.")
    assert got[0][1:] == ("the strike would go ahead on Monday", "Kenya Teachers Guild")


def test_relative_clause_with_a_post_verb_gives_the_role():
    got = _roles("Ruth Obi, who chairs the Ikoyi residents' association, said the road would flood again.")
    assert got["Ruth Obi"] == "chairs the Ikoyi residents' association"
    got = _roles("Ruth Obi, who ran the association's accounts for a decade, said the road would flood again.")
    assert got["Ruth Obi"] is None  # an activity, not a post


def test_age_epithet_with_a_who_has_been_clause_gives_the_named_person_a_role():
    got = _roles("For 20 years, Donnacha Ahearne has run the ferry to the island.",
                 "“It never gets old,” says the 58-year-old, who has been skipper of the island ferry since 2004.",
                 "The skipper says he will retire next year.")
    assert got["Donnacha Ahearne"].startswith("skipper of the island ferry")


def test_answers_after_an_interviewer_question_are_the_interviewees():
    got = _quotes("Brendan Walsh has kept the lighthouse at Hook Head for 30 years.",
                  "“It is a lonely job, but I love it,” Walsh says.",
                  "The Commissioners of Irish Lights plan to automate the station next year.",
                  "What will you miss?",
                  "“The quiet. Nobody rings you at three in the morning out here.”",
                  "Tom Daly, the harbour master, said the station had served the coast well.",
                  "Would he ever leave?",
                  "He laughs. “Not a chance,” he says.")
    assert [q[2] for q in got if q[0] == "direct"] == ["Brendan Walsh", "Brendan Walsh", "Brendan Walsh"]


def test_clause_before_a_cue_that_ends_with_its_listener():
    got = _quotes("The new stand will open in time for the derby, club chairman Niall Rooney told reporters.")
    assert got[0][1:] == ("The new stand will open in time for the derby", "Niall Rooney")


def test_relative_clause_after_a_lower_case_title_and_name_before_the_cue():
    got = _quotes("Kerry hurler Donnacha Ahearne, who captains the county side, said he supported the new format.")
    assert got[0][1:] == ("he supported the new format", "Donnacha Ahearne")
    got = _quotes("The report by Jane Doe, who chairs the panel, said costs would rise.")
    assert all(q[2] != "Jane Doe" for q in got)


def test_town_after_a_body_between_commas_is_not_the_speaker():
    got = _quotes("Nurses at the District Hospital, Rampur, said the wards had run out of oxygen twice this week.")
    assert got[0][1] == "the wards had run out of oxygen twice this week" and got[0][2] != "Rampur"


def test_lower_case_body_words_before_spokesperson_name_the_body_named_before():
    got = _quotes("The National Bank of Moldova raised its key rate to 6% on Thursday.",
                  "A national bank spokesperson said the move was not aimed at the currency.")
    assert got[-1][1:] == ("the move was not aimed at the currency", "National Bank of Moldova")


def test_role_first_complainant_with_an_elder_honorific_and_a_name_particle():
    got = _roles("The complainant, Mzee Daniel Kiplagat arap Rotich, 81, a retired farmer who bought the plot in "
                 "1979, told the court that he had never sold it.")
    assert got == {"Daniel Kiplagat arap Rotich": "complainant"}


def test_compound_role_as_subject_of_the_sentence_before_is_the_next_named_persons():
    got = _roles("The transport secretary is expected to visit the depot on Friday. Nadia Okafor, who took over the "
                 "department in May, told MPs that the strike would end soon.",
                 "The former president was in Lagos. Tunde Bakare said the talks had failed.")
    assert got["Nadia Okafor"] == "transport secretary"
    assert got["Tunde Bakare"] is None  # "former" does not say which office


def test_weekday_between_the_speaker_and_the_verb():
    got = _quotes("Chief Justice Ruth Mensah on Thursday ruled that the election petition had no merit.")
    assert got[0][1:] == ("the election petition had no merit", "Ruth Mensah")


def test_speech_verb_inside_a_reported_clause_reports_nothing_of_its_own():
    got = _quotes("Mayor Lena Holt said the council had warned that the bridge would close.")
    assert got == [("indirect", "the council had warned that the bridge would close", "Lena Holt")]


def test_coordinated_verb_of_thought_with_its_own_that_starts_a_second_clause():
    got = _quotes("Coach Ana Lima said she welcomed the new rules but feared that smaller clubs would struggle.")
    assert [q[1] for q in got] == ["she welcomed the new rules", "smaller clubs would struggle"]


def test_possessive_body_before_spokesperson_speaks():
    got = _quotes("The Kerala government's spokesperson, however, dismissed the charge, saying the figures were "
                  "inflated.")
    assert got[0][1:] == ("the figures were inflated", "Kerala government")


def test_according_to_a_named_bodys_document_is_no_speaker():
    got = _quotes("River levels in the lower valley rose by two metres overnight, according to the State Natural "
                  "Disaster Monitoring Centre's data.")
    assert got == []


def test_according_to_data_from_a_body_is_no_speaker():
    got = _quotes("Exports fell 4% in October, according to data from the Federal Statistics Office, the biggest "
                  "drop in a decade.")
    assert got == []


def test_short_quoted_sentence_ending_the_paragraph_after_an_attributed_quote():
    got = _quotes("“They gave us a week to reply to a report nobody had read,” Maria Santos told reporters. "
                  "“One week.”")
    assert [(q[1], q[2]) for q in got][-1] == ("One week.", "Maria Santos")


def test_title_then_its_district_between_commas_before_the_name():
    got = _roles("Superintendent of Police, Bathinda, Smt Navneet Kaur Sidhu, IPS, said 14 cases had been registered.")
    assert got["Navneet Kaur Sidhu"] == "Superintendent of Police, Bathinda"


def test_relative_clause_with_as_gives_the_post_after_as():
    got = _roles("Pieter Smit, who oversees about $3 billion as head of fixed income at Duneveld Capital, argued "
                 "that yields would fall.")
    assert got["Pieter Smit"].startswith("head of fixed income at Duneveld Capital")


def test_body_known_as_a_short_name_speaks_under_that_name():
    got = _quotes("The watchdog, known as OFWAT, said in a statement that bills would rise by 8%.")
    assert got[0][1:] == ("bills would rise by 8%", "OFWAT")


def test_name_in_place_byline_is_no_speaker_and_she_is_the_one_unlisted_name():
    got = _quotes("Marko Ilić in Brezovac 03/18/2026",
                  "Milena Jovanović has grown raspberries above the river for 26 years. Now, she says, she is not "
                  "sure there will be a 27th.",
                  "“If they take the water, there are no raspberries,” the 54-year-old told DW in her kitchen.")
    assert [q[2] for q in got] == ["Milena Jovanović", "Milena Jovanović"]


def test_a_s_company_and_its_first_word_are_one_body():
    got = _quotes("Aurelia Hearing A/S cut its forecast, and its chief executive said prices would rise.",
                  "Growth will be 3% to 5% this year, the Copenhagen-based company said in a statement.",
                  "Aurelia also said it would cut about 300 jobs.")
    assert [q[2] for q in got[-2:]] == ["Aurelia Hearing A/S", "Aurelia Hearing A/S"]


def test_party_bracket_after_the_name_before_an_apposition():
    got = _quotes("Vice Mayor Thomas Beckford (D), who voted no, said he supported faster buses.",
                  "Council member Jamal Whitaker (D-Ward 3), the other no vote, said he worried about the shops.")
    assert [q[2] for q in got] == ["Thomas Beckford", "Jamal Whitaker"]



def test_said_owner_s_lower_case_role_then_name_is_the_named_person():
    got = _quotes("“This is a surprise,” said Mizuho’s biotech analyst Nikhil Sarraf, who had put the odds at 70%.")
    assert got[0][2] == "Nikhil Sarraf"


def test_name_age_and_where_from_apposition_said_is_the_named_person():
    got = _quotes("Rahima Khatun, 45, of Fenarbak union, said water entered her house around midnight.")
    assert got[0][2] == "Rahima Khatun"


def test_title_then_two_word_name_then_of_body_splits_the_person_from_the_body():
    got = _roles("Meteorologist Tahmina Rahman of the Bangladesh Meteorological Department said rain would continue.",
                 "Taoiseach Ciarán Mulvihill said the plan would work.")
    assert got["Tahmina Rahman"] == "Meteorologist" and got["Ciarán Mulvihill"] == "Taoiseach"


def test_biotech_and_industry_words_end_company_names():
    got = _quotes("Chief executive Karin Lindqvist said the company would appeal.",
                  "Halvorsen Therapeutics said the trial met its endpoint.",
                  "She said the company was already in talks with partners.")
    assert [q[2] for q in got] == ["Karin Lindqvist", "Halvorsen Therapeutics", "Karin Lindqvist"]


def test_the_acronym_of_a_title_is_the_person_with_that_title():
    got = _quotes("Sunamganj Deputy Commissioner Farhana Akter said 512 shelters had been opened.",
                  "“More relief will be sent,” the DC said.",
                  "Tahirpur Upazila Nirbahi Officer (UNO) Shirin Sultana said relief had been delayed.",
                  "“Dry food will reach every union by tomorrow,” the UNO said.")
    assert [q[2] for q in got] == ["Farhana Akter", "Farhana Akter", "Shirin Sultana", "Shirin Sultana"]
    assert _roles("Tahirpur Upazila Nirbahi Officer (UNO) Shirin Sultana said relief had been delayed.")[
        "Shirin Sultana"] == "Tahirpur Upazila Nirbahi Officer (UNO)"


def test_role_appositions_sports_positions_and_no_role_from_an_age_description():
    got = _roles("The most notable omission is Blues lock Brodie Wensley, the 31-year-old with 74 tests, who started "
                 "every match. Wensley said he was gutted.",
                 "Ngaire Pohatu, who is New Zealand Rugby’s general manager of high performance, said all was well.",
                 "Classes were suspended, said Md Nurul Amin, district primary education officer.")
    assert got["Brodie Wensley"] == "Blues lock"
    assert got["Ngaire Pohatu"] == "New Zealand Rugby’s general manager of high performance"
    assert got["Md Nurul Amin"] == "district primary education officer"


def test_sources_close_to_a_body_and_sentence_start_adjective_plurals_are_no_speaker():
    got = _quotes("Sources close to the Blues said Wensley had been offered a two-year extension.",
                  "Local businesses said they were already bracing for a slow month.")
    assert [q[2] for q in got] == [None, None]


def test_nationality_and_post_epithet_is_the_person_just_named():
    got = _quotes("Markus Ferstl, who is the EPP’s lead negotiator on the file, said his group would move fast. "
                  "“Legal certainty for industry is the priority now,” the Austrian MEP said.")
    assert [q[2] for q in got] == ["Markus Ferstl", "Markus Ferstl"]


def test_telling_a_listener_that_reports_the_clause_for_the_subject():
    got = _quotes("Climate Commissioner Anneli Roos defended the move on Tuesday, telling reporters in Strasbourg "
                  "that it was a recalibration and not a reversal.")
    assert [q[1:] for q in got] == [("it was a recalibration and not a reversal", "Anneli Roos")]


def test_spokesman_for_the_title_speaks_for_the_person_with_that_title():
    got = _quotes("The Minister for Housing, Séamus Crotty, is due to bring a memo to Cabinet. A spokesman for the "
                  "Minister said the memo would also raise the income limits.")
    assert got[0][2] == "Séamus Crotty"


def test_union_local_number_is_part_of_its_name_and_the_union_refers_back_to_it():
    got = _quotes("Members of International Association of Machinists Local 1897 voted 91% to reject the offer.",
                  "Strikers will receive $300 a week from the strike fund, the union said.")
    assert got[0][2] == "International Association of Machinists Local 1897"


def test_role_sentence_before_a_quotation_then_said_name():
    got = _roles("The company’s finance director was blunter about the outlook. “There is no point pretending the "
                 "second half is going to rescue this year,” said Tom Breckenridge, who joined in March.")
    assert got["Tom Breckenridge"] == "company’s finance director"


def test_short_clause_before_name_said_is_reported_speech_not_an_apposition():
    got = _quotes("Tom Breckenridge said the group would cut costs.",
                  "Net debt ended the year at £610mn, Breckenridge said.")
    assert got[-1][1:] == ("Net debt ended the year at £610mn", "Tom Breckenridge")


def test_according_to_a_body_and_its_bracketed_acronym_then_a_clause_with_a_list():
    got = _quotes("According to the Flood Forecasting and Warning Centre (FFWC), the flood situation in Sunamganj, "
                  "Sylhet and Netrokona may deteriorate further in the next 48 hours.")
    assert got[0][1:] == ("the flood situation in Sunamganj, Sylhet and Netrokona may deteriorate further in the "
                          "next 48 hours", "Flood Forecasting and Warning Centre")

def test_the_trust_and_the_bench_are_bodies_that_speak():
    got = _quotes("The Wessex Coast NHS Foundation Trust runs the unit.",
                  "The trust said about four patients a night used the service.")
    assert got[-1][1:] == ("about four patients a night used the service", "Wessex Coast NHS Foundation Trust")
    got = _quotes("The Delhi High Court on Tuesday stayed the drive.",
                  "The bench said it would hear the matter next on May 19.")
    assert got[-1][1:] == ("it would hear the matter next on May 19", "Delhi High Court")


def test_a_body_noun_before_the_body_is_named_in_a_title_is_that_body():
    got = _quotes("In Sylhet, the city corporation said water had entered at least 23 wards of the city.",
                  "Sylhet City Corporation Chief Executive Officer Rezaul Karim Bhuiyan said the drains were full.")
    assert got[0][2] == "Sylhet City Corporation"

def test_unnamed_opener_with_a_relative_clause_or_participle_reports_speech_for_nobody():
    got = _quotes("A paramedic who works in the area, and who asked not to be named, said crews were regularly "
                  "held outside the emergency department.")
    assert got[-1][1:] == ("crews were regularly held outside the emergency department", None)
    got = _quotes("An Environment Ministry official, speaking on condition of anonymity, said culling alone would "
                  "not bring numbers down.")
    assert got[-1][1:] == ("culling alone would not bring numbers down", None)
    got = _quotes("Speaking to NHK, a town official in charge of wildlife management said the town had set up 40 "
                  "box traps.")
    assert got[-1][1:] == ("the town had set up 40 box traps", None)

def test_plural_of_a_trade_reports_speech_for_nobody_but_a_team_name_does_not():
    got = _quotes("Doctors say heat exhaustion cases among outdoor workers rise sharply in July.")
    assert got == [("indirect", "heat exhaustion cases among outdoor workers rise sharply in July", None)]
    got = _quotes("Across the bay, commercial fishermen say they are being left in the dark.")
    assert got == [("indirect", "they are being left in the dark", None)]
    got = _quotes("The Sacramento Kings beat Memphis.",
                  "The Kings said before the game that the centre would be re-evaluated next week.")
    assert got[0][2] == "Sacramento Kings"

def test_lower_case_guard_is_a_position_and_under_secretary_a_title_but_the_coast_guard_a_body():
    got = _roles("Sacramento Kings guard Darius Whitmore scored 41 points.", "“I just wanted the ball,” Whitmore said.")
    assert got["Darius Whitmore"] == "Sacramento Kings guard"
    got = _roles("“Workers come first,” said Khalid Al Marzouqi, Assistant Under-Secretary for Labour Inspection at "
                 "the ministry.")
    assert got["Khalid Al Marzouqi"] == "Assistant Under-Secretary for Labour Inspection at the ministry"
    got = _quotes("The Philippine Coast Guard said its teams had rescued 1,140 people.")
    assert got[0][2] == "Philippine Coast Guard"

def test_role_head_of_a_plural_complement_speaks_and_passes_its_role_to_the_next_name():
    got = _quotes("The company’s regional head of operations said the bigger challenge was customer behaviour.",
                  "“They are asking a human being to ride through 48C,” said Leena Haddad.")
    assert got[0][1:] == ("the bigger challenge was customer behaviour", "Leena Haddad")
    assert "head of operations" in _roles(
        "The company’s regional head of operations said the bigger challenge was customer behaviour.",
        "“They are asking a human being to ride through 48C,” said Leena Haddad.")["Leena Haddad"]

def test_name_then_whose_clause_then_said_is_the_named_person():
    got = _quotes("At a private hospital in Kitengela, Ms Lucy Atieno, whose husband is undergoing treatment, said "
                  "the family had been asked to pay Sh18,000 a week.")
    assert got[0][1:] == ("the family had been asked to pay Sh18,000 a week", "Lucy Atieno")

def test_organizer_and_councilmember_are_role_heads():
    got = _roles("Alejandro Pereda, lead organizer with the Eastside Land Trust, said the sale fit a pattern.")
    assert got["Alejandro Pereda"] == "lead organizer with the Eastside Land Trust"
    got = _roles("City Councilmember Ysabel Ferrante, who represents the district, said she had spoken with him.")
    assert got["Ysabel Ferrante"] == "City Councilmember"


def test_a_body_described_in_apposition_has_that_description_as_its_role():
    got = _roles("Corliss Logistics, a Memphis-based carrier, said last week that it expected revenue to fall.")
    assert got["Corliss Logistics"] == "a Memphis-based carrier"
    got = _roles("Zoomdash, one of the country’s largest delivery platforms, said it welcomed the rules.")
    assert got["Zoomdash"] == "one of the country’s largest delivery platforms"


def test_us_party_and_state_label_after_the_name_is_no_name_and_no_role():
    got = _roles("Sen. Jane Dolan, D-Ore., the chairwoman of the Senate budget committee, said Monday she had been "
                 "misled.", "Rep. Tom Hill, R-Texas, said the bill was dead.")
    assert got == {"Jane Dolan": "chairwoman of the Senate budget committee", "Tom Hill": "Rep."}


def test_role_first_apposition_wins_over_an_abbreviated_title_before_the_name():
    got = _roles("The panel’s chief counsel, Sen. Al Moss of Ohio, was calmer. He said it was over.")
    assert got["Al Moss"] == "panel’s chief counsel"
    got = _roles("The caucus’s ranking Republican, Rep. Jo Finch, was blunter. She said the bill was dead.")
    assert got["Jo Finch"] == "caucus’s ranking Republican"


def test_role_with_a_complement_then_name_between_commas_speaks_through_a_participle():
    got = _quotes("Its director for quality, Lena Holt, went further, telling Reuters that the plant was safe.")
    assert got == [("indirect", "the plant was safe", "Lena Holt")]
    assert _roles("Its director for quality, Lena Holt, went further, telling Reuters that the plant was safe."
                  )["Lena Holt"] == "Its director for quality"


def test_telling_a_listener_that_a_and_that_b_reports_two_clauses():
    got = _quotes("Lena Holt went further, telling Reuters that the company had “done its part” and that the "
                  "delays were caused by the city.")
    assert [t for _, t, _ in got] == ["the company had “done its part”", "the delays were caused by the city"]
    assert {s for _, _, s in got} == {"Lena Holt"}


def test_spokesperson_for_the_lower_case_role_speaks_for_its_holder():
    got = _quotes("Race organiser Velo Events defended the route. A spokesperson for the organiser said the descent "
                  "had been inspected twice.")
    assert got == [("indirect", "the descent had been inspected twice", "Velo Events")]
    got = _quotes("Mayor Ann Lee was absent. A spokesman for the mayor said she was ill.")
    assert got == [("indirect", "she was ill", "Ann Lee")]


def test_according_to_a_body_which_says_reports_both_clauses_for_the_body():
    got = _quotes("Dunmore welcomed a record 2 million visitors last year, according to the Port of Dunmore, which "
                  "says the sector brings more than $300 million a year into the economy.")
    assert got == [("indirect", "Dunmore welcomed a record 2 million visitors last year", "Port of Dunmore"),
                   ("indirect", "the sector brings more than $300 million a year into the economy", "Port of Dunmore")]
    got = _quotes("The rules were backed by the Dunmore Harbour Authority, which says the levy is fair.")
    assert got == [("indirect", "the levy is fair", "Dunmore Harbour Authority")]


def test_sentence_subject_after_an_introductory_phrase_speaks_through_and_warned_that():
    got = _quotes("On Friday, the Dunmore Residents Association sent a letter to the mayor demanding a cap, and "
                  "warned that it would sue the city.")
    assert got == [("indirect", "it would sue the city", "Dunmore Residents Association")]


def test_body_apposition_headed_by_a_compound_nationality_is_its_role():
    got = _roles("Brava Lines, the Danish-Swedish operator whose ships make a third of all calls, said in a "
                 "statement that its vessels were ready.")
    assert got["Brava Lines"] == "Danish-Swedish operator"


def test_name_apposition_who_said_and_a_copula_inversion_are_the_named_person():
    got = _quotes("Karim Malik, a retired teacher, who says he voted twice, called it a disgrace.")
    assert got[0][2] == "Karim Malik"
    got = _roles("Among the mourners was the singer Karim Malik, his student for 22 years, who said the old man "
                 "\"taught with his eyebrows.\"")
    assert got == {"Karim Malik": "singer"}


def test_instrumentalists_are_role_heads():
    assert _roles("Violinist Karim Malik said the hall was cold.") == {"Karim Malik": "Violinist"}
    assert _roles("Among the mourners was the sitarist Karim Malik, who said the old man \"taught with his "
                  "eyebrows.\"") == {"Karim Malik": "sitarist"}


def test_title_honorific_name_of_body_is_the_person_with_the_title_alone():
    got = _roles("Study co-author Dr. Pedro Molina of the Barcelona Institute for Global Health said the data showed "
                 "the strongest effect.")
    assert got == {"Pedro Molina": "Study co-author"}


def test_role_then_a_described_and_named_body_between_commas_is_the_body_with_the_role():
    got = _roles("Vaultly raised $38 million last year. Its largest investor, the Berlin venture firm Nordwind "
                 "Capital, said in a statement that it would back the team.")
    assert got == {"Nordwind Capital": "Its largest investor"}


def test_conjoined_title_before_the_name_is_kept_whole():
    assert _roles("Vaultly co-founder and CEO Ana Ribeiro said that no passwords were exposed."
                  ) == {"Ana Ribeiro": "Vaultly co-founder and CEO"}


def test_the_senator_is_the_person_named_with_the_abbreviated_title_sen():
    got = _quotes("Sen. Jane Dolan, the chairwoman of the Senate budget committee, said Monday she had been misled.",
                  "The senator said she would not support the bill. She added that she had asked for an audit.")
    assert [s for _, _, s in got] == ["Jane Dolan"] * 3


def test_relative_that_then_name_says_is_the_named_person():
    got = _quotes("Sen. Jane Dolan said the ship was late.",
                  "The ship will sail with a crew that Dolan says spends much of the voyage fixing things.")
    assert got[1] == ("indirect", "spends much of the voyage fixing things", "Jane Dolan")


def test_under_which_the_company_says_is_the_company():
    got = _quotes("Vaultly Inc said it had been hacked.",
                  "Vaultly has long marketed its secure design, under which the company says it never sees the "
                  "contents of a vault.")
    assert got[1] == ("indirect", "it never sees the contents of a vault", "Vaultly Inc")


def test_the_company_is_a_one_word_body_typed_a_person_by_its_apposition_that_spoke():
    got = _quotes("Vaultly, the Lisbon-based password manager used by four million people, has confirmed that "
                  "hackers broke in.",
                  "Vaultly has long marketed its secure design, under which the company says it never sees the "
                  "contents of a vault.")
    assert [s for _, _, s in got] == ["Vaultly", "Vaultly"]


def test_plural_speakers_after_that_or_a_quantifier_report_speech_for_nobody():
    got = _quotes("The crash came on a stretch of road that several riders said was still wet from a morning shower.",
                  "The heat raises the risk of early birth, according to a new study that researchers say adds "
                  "urgency to efforts to protect mothers.")
    assert got == [("indirect", "was still wet from a morning shower", None),
                   ("indirect", "adds urgency to efforts to protect mothers", None)]
    got = _quotes("Council member Jo Hart said she worried. According to Hart, several owners had told her they "
                  "would lose their loading zones.")
    assert got[-1] == ("indirect", "several owners had told her they would lose their loading zones", "Jo Hart")


def test_short_second_half_of_a_split_quote_after_he_said_is_a_quotation():
    got = _quotes("Coach Ian Fry said the forecast had been clear.",
                  "\"Nobody wanted to be the one to ask for it to be stopped,\" he said. \"So nobody asked.\"")
    assert got[-1] == ("direct", "So nobody asked.", "Ian Fry")


def test_lower_case_partial_quote_after_a_comma_that_ends_the_sentence_belongs_to_the_reported_clause():
    got = _quotes("Mayor Jo Hart spoke on Monday. She said she would ask the government for the power to set such a "
                  "limit herself, “as Venice and Amsterdam have done, in their own way.”")
    assert got == [("indirect", "she would ask the government for the power to set such a limit herself, “as Venice "
                                "and Amsterdam have done, in their own way.”", "Jo Hart")]


def test_he_said_after_an_unnamed_speaker_is_that_unnamed_one_not_the_last_named_man():
    got = _quotes("Rep. Tom Hill said the yard was busy.",
                  "A former officer, who asked not to be identified, said the plan had been optimistic.",
                  "“Every slide was green,” he said.")
    assert [s for _, _, s in got] == ["Tom Hill", None, None]


def test_agent_of_a_participle_before_said_is_no_speaker():
    got = _quotes("Several residents interviewed by Le Monde said they kept their windows closed all summer.",
                  "Two farmers contacted by the Daily Post said the river had flooded twice.")
    assert got == [("indirect", "they kept their windows closed all summer", None),
                   ("indirect", "the river had flooded twice", None)]


def test_the_source_said_is_no_one_not_the_last_speaker():
    got = _quotes("Mayor Jo Hart wants a cap. “We are not against cruises,” Hart said.",
                  "A source close to the minister said the government was not opposed to a cap. “A ship that does "
                  "not come here will still burn fuel somewhere,” the source said.")
    assert got[-1] == ("direct", "A ship that does not come here will still burn fuel somewhere,", None)


def test_the_plural_of_a_role_opening_the_sentence_reports_speech_for_nobody():
    got = _quotes("The Acme Group said in a statement that it was reviewing the study.",
                  "The authors wrote that public heat alerts should \"explicitly name pregnant women as a high-risk "
                  "group.\"")
    assert got[-1] == ("indirect", "public heat alerts should \"explicitly name pregnant women as a high-risk "
                                   "group.\"", None)

def test_apposition_after_a_rank_before_the_name_is_the_role():
    got = _roles("Colonel Ivan Petrenko, spokesperson for the northern group of forces, told reporters that "
                 "shelling had intensified.",
                 "Pol Maj Gen Chai Suwan, commander of the bureau's second division, said the gang had rented four units.")
    assert got["Ivan Petrenko"] == "spokesperson for the northern group of forces"
    assert got["Chai Suwan"] == "commander of the bureau's second division"
    got = _roles("Attorney General Mara Quill, the front-runner for the nomination, said voters deserved better.")
    assert got["Mara Quill"] == "Attorney General"  # a description with "the" does not replace the title


def test_who_heads_clause_ends_before_and_is():
    got = _roles("Professor Anna Berg, who heads the marine ecology group at the university and is a co-author of "
                 "the paper, says the study is sound.")
    assert got["Anna Berg"] == "heads the marine ecology group at the university"


def test_barista_and_vendor_are_role_heads():
    got = _roles("At a cafe downtown, barista Tomas Reyes poured a cup. \"People ask where it comes from,\" Reyes said.")
    assert got["Tomas Reyes"] == "barista"
    got = _roles("Street vendor Ama Owusu said sales had halved since the market closed.")
    assert got["Ama Owusu"] == "Street vendor"


def test_description_identified_only_as_a_name_is_that_named_speaker():
    got = _quotes("\"The buses never come on time,\" said a vendor near the central market who gave her name only as "
                  "Rosa.",
                  "One of the tenants, a 71-year-old retired nurse from Leeds who asked to be identified only as "
                  "Margaret, said she had paid the deposit twice.")
    assert [s for _, _, s in got] == ["Rosa", "Margaret"]
    got = _roles("\"The buses never come on time,\" said a vendor near the central market who gave her name only as "
                 "Rosa.",
                 "One of the tenants, a 71-year-old retired nurse from Leeds who asked to be identified only as "
                 "Margaret, said she had paid the deposit twice.")
    assert got == {"Rosa": "vendor", "Margaret": "retired nurse"}


def test_us_party_and_home_town_tag_after_a_name_is_skipped():
    got = _quotes("The measure's sponsor, state Rep. Dale Hutchins, R-Lubbock, told colleagues that the aquifer was "
                  "failing.")
    assert got[0][2] == "Dale Hutchins"
    got = _roles("The measure's sponsor, state Rep. Dale Hutchins, R-Lubbock, told colleagues that the aquifer was "
                 "failing.",
                 "Rep. Marisol Ortega, D-El Paso, who chairs the House Energy Committee, said the committee had "
                 "heard from 30 landowners.")
    assert got == {"Dale Hutchins": "measure's sponsor", "Marisol Ortega": "chairs the House Energy Committee"}


def test_name_with_an_accented_capital_keeps_its_first_word_and_title():
    got = _roles("Club captain Óscar Pérez Lindo, speaking alongside his coach, said the squad had watched the "
                 "defeat again.")
    assert got == {"Óscar Pérez Lindo": "Club captain"}


def test_participle_phrase_after_a_name_is_no_role():
    got = _roles("Oscar Lindo, speaking alongside his coach, said the squad had watched the defeat again.")
    assert got == {"Oscar Lindo": None}


def test_owner_role_then_name_before_a_telling_participle():
    got = _quotes("Madrid's sporting director, Javier Lund, offered only cautious support, telling local radio that "
                  "the manager had the board's backing.")
    assert got[0][1:] == ("the manager had the board's backing", "Javier Lund")


def test_adding_participle_with_and_that_or_but_that_reports_two_clauses():
    got = _quotes("Ana Ruiz defended the plan, adding that costs would fall, and that prices were stable.")
    assert [t for _, t, _ in got] == ["costs would fall", "prices were stable"]
    got = _quotes("Javier Lund offered only cautious support, telling local radio that the manager \"has our backing "
                  "for now\" but that results would be reviewed in May.")
    assert [t for _, t, _ in got] == ['the manager "has our backing for now"', "results would be reviewed in May"]


def test_ampersand_inside_an_organisation_name():
    got = _quotes("The Ohio Coal & Gas Association, the state's largest energy trade group, said in a statement that "
                  "the bill would impose new paperwork on producers.")
    assert got[0][1:] == ("the bill would impose new paperwork on producers", "Ohio Coal & Gas Association")


def test_office_of_a_person_named_before_speaks_for_that_person():
    got = _quotes("Sen. Harold Biggs has not said whether he will give it a hearing. Biggs’s office said the senator "
                  "was reviewing the bill.")
    assert got == [("indirect", "the senator was reviewing the bill", "Harold Biggs")]


def test_role_before_an_abbreviated_title_and_name_wins():
    got = _roles("The committee's chair, state Sen. Harold Biggs, R-Tyler, has not said whether he will give it a "
                 "hearing. Biggs’s office said the senator was reviewing the bill.")
    assert got == {"Harold Biggs": "committee's chair"}


def test_body_relative_clause_which_says_reports_speech_up_to_the_main_verb():
    got = _quotes("The Northern Dairy Cooperative, which says it represents about 900 farmers, has built four shared "
                  "cooling centres in the valley.")
    assert got == [("indirect", "it represents about 900 farmers", "Northern Dairy Cooperative")]
    got = _quotes("Solberg, who says she became interested in boats as a child, has built four of them.")
    assert got == [("indirect", "she became interested in boats as a child", "Solberg")]


def test_spokesperson_for_a_bodys_local_office_speaks_for_the_body():
    got = _quotes("A spokesperson for the World Bank's office in Nairobi said the loan applied to all borrowers.")
    assert got == [("indirect", "the loan applied to all borrowers", "World Bank")]


def test_the_bureau_refers_back_and_an_acronym_met_first_gets_its_full_name():
    got = _quotes("Officers seized forged goods worth 2 million pounds, the SFIB said.",
                  "Police arrested 12 people in a raid led by the Serious Fraud Investigation Bureau (SFIB).",
                  "The bureau said on Tuesday that officers had seized 86 phones during the raid on Monday.")
    assert [s for _, _, s in got] == ["Serious Fraud Investigation Bureau"] * 2


def test_bare_participle_without_a_comma_adds_no_clause():
    got = _quotes("Anna Berg, a historian, said the harbour was a small but telling example of how trade had changed.")
    assert [t for _, t, _ in got] == ["the harbour was a small but telling example of how trade had changed"]
    got = _quotes("Anna Berg said the harbour was busy, telling reporters that trade had changed.")
    assert [t for _, t, _ in got] == ["the harbour was busy", "trade had changed"]


def test_estimate_write_and_projected_report_a_that_clause():
    got = _quotes("The Ohio Water Board has projected that demand will peak within a decade.")
    assert got == [("indirect", "demand will peak within a decade", "Ohio Water Board")]
    got = _quotes("Local officials estimate that fewer than 3,000 people remain.")
    assert [t for _, t, _ in got] == ["fewer than 3,000 people remain"]
    assert _quotes("Analysts estimate the cost at 4 billion dollars.") == []


def test_candidate_is_a_role_head():
    got = _roles("The Greens won four seats. GDP's lead candidate in Riverside, Mona Keller, said the party would not "
                 "join a coalition.")
    assert got == {"Mona Keller": "GDP's lead candidate in Riverside"}


def test_nationality_and_position_after_a_quote_is_the_player_just_named():
    got = _quotes("Rovers coach Tomas Berg said the squad was ready.",
                  "City defender Marko Lekic was more blunt. \"We have been soft,\" said the Serbian centre-back.")
    assert got[1] == ("direct", "We have been soft,", "Marko Lekic")


def test_time_zone_is_no_body_and_a_name_described_as_one_of_the_largest_makers_is_a_company():
    got = _quotes("March 3, 2027 10:05 GMT",
                  "Harbor Mills, one of the region's largest flour makers, on Tuesday reported a drop in profit.",
                  "Net profit fell to 12 million dollars, the company said in a filing.")
    assert got == [("indirect", "Net profit fell to 12 million dollars", "Harbor Mills")]
    assert _roles("Harbor Mills, one of the region's largest flour makers, on Tuesday reported a drop in profit.",
                  "Net profit fell to 12 million dollars, the company said in a filing.") == {
        "Harbor Mills": "one of the region's largest flour makers"}


def test_object_relative_that_body_says_and_who_testified_was():
    got = _quotes("Police raided a warehouse that the Serious Fraud Office says was used to store forged goods.")
    assert got == [("indirect", "was used to store forged goods", "Serious Fraud Office")]
    assert _quotes("Among those who testified was Maria Cruz, a rancher near Alpine whose well went dry in August.") == []


def test_role_first_then_member_of_parliament_title_then_name():
    got = _quotes("Councillor Dwight Brown, the mayor, said the town was ready.",
                  "The Opposition's spokesman on housing, Member of Parliament Roy Fenton, said the crisis had been "
                  "years in the making.")
    assert got[1][1:] == ("the crisis had been years in the making", "Roy Fenton")
    got = _roles("The Opposition's spokesman on housing, Member of Parliament Roy Fenton, said the crisis had been "
                 "years in the making.")
    assert got == {"Roy Fenton": "Opposition's spokesman on housing"}


def test_byline_with_a_date_line_is_no_speaker():
    got = _quotes("By Ana Souza\n9 September 2027 • Lisbon, Portugal",
                  "“The app doesn’t tell you to go fast. It just shows you the clock.”",
                  "Rui Costa, 31, says this while waiting for his next order outside a mall.")
    assert got == [("direct", "The app doesn’t tell you to go fast. It just shows you the clock.", "Rui Costa")]


def test_according_to_surveys_and_sources_is_a_document():
    assert _quotes("Norway has pumped above its quota for most of the past year, according to Reuters surveys and "
                   "secondary sources.") == []


def test_quote_paragraph_after_name_was_firm_colon_is_that_persons():
    got = _quotes("Chief executive Omar Haddad said sales had slowed.",
                  "Its finance director, Lena Ruiz, said costs would rise.",
                  "\"We are cutting costs,\" Ruiz told the call.",
                  "Asked whether the firm would drop its suppliers, Haddad was firm:",
                  "\"These are families who have worked with us for decades.\"")
    assert got[-1] == ("direct", "These are families who have worked with us for decades.", "Omar Haddad")


def test_comma_inside_an_institutes_name_stays_in_the_role():
    got = _roles("Li Na, a researcher at the Institute of Nordic, Baltic and Arctic Studies under the Academy of "
                 "Sciences, said the trade was small.")
    assert got == {"Li Na": "researcher at the Institute of Nordic, Baltic and Arctic Studies under the Academy of "
                            "Sciences"}


def test_spokesperson_for_a_roles_office_is_that_person_or_the_office():
    got = _quotes("A spokesperson for the governor’s office said the governor would look at any bill.")
    assert got[0][2] == "governor’s office"
    got = _quotes("Governor Ann Cole vetoed the bill last year.",
                  "A spokesperson for the governor’s office said the governor would look at any bill.")
    assert got[0][2] == "Ann Cole"


def test_anyone_who_believes_is_no_report():
    assert _quotes("Anyone who believes they have been targeted can call the bureau's 1441 hotline.") == []


def test_quoted_name_after_inscribed_as_is_a_label():
    got = _quotes("The dance was inscribed on UNESCO’s list of the intangible cultural heritage of humanity in 2019 as "
                  "“Knowledge and skills related to the harvest dance,” a listing villagers say has brought tourists.")
    assert not any(k == "direct" for k, _, _ in got)


def test_it_said_is_the_body_that_spoke_in_the_paragraph_not_one_named_in_its_statement():
    got = _quotes("Chile's mining ministry said on Sunday that it had cut exports by 5% and was \"fully committed\" to "
                  "the World Trade Organization agreement. It said it had also asked the northern region to limit "
                  "output.")
    assert got[1][2] == "Chile's mining ministry"


# --- Markdown to HTML ------------------------------------------------------------------------------

PLAIN_PIECES = ["word", "Word", " ", "\n", "\n\n", "    ", "# ", "## ", "> ", "- ", "1. ", ": ", "|", "---",
                "===", "“", "”", '"', "'", ".", ",", "(", ")", "!", "~~~", "\t", "+ ", "1) ", "2024", "3.5",
                " \n", "\n\n\n", "\r", "\x02", "\x03", "é", "—", "=", "-", ":", "~", "\u2028"]
SYNTAX_PIECES = ["*", "**", "_", "__", "`", "```", "[", "]", "![", "<", ">", "&", "&amp;", "\\", "{", "}",
                 "  \n", "[^1]", "*[HTML]: ", "<b>", "<http://x.org>", "{: .c}"]
plain_markdown = st.lists(st.sampled_from(PLAIN_PIECES), max_size=8).map("".join)
# plain text, or plain text around one piece of syntax, or around a pair of the same piece (*word*):
# both ways through markdown_html get exercised
markdown_text = st.one_of(
    plain_markdown,
    st.builds(lambda a, s, b: a + s + b, plain_markdown, st.sampled_from(SYNTAX_PIECES), plain_markdown),
    st.builds(lambda a, s, b, c: a + s + b + s + c, plain_markdown, st.sampled_from(SYNTAX_PIECES),
              st.sampled_from(["word", "Word", "a b"]), plain_markdown),
)


@SETTINGS
@given(markdown_text)
@example("*word*")
@example("x  \nb")
@example("a\\.b")
@example("[link](http://x.org)")
@example("<b>x</b>")
@example("&copy;")
@example("`code`")
def test_markdown_html_is_the_full_conversion(text):
    """The shortcuts (for text without inline syntax, and without any syntax) give exactly what
    full Markdown gives."""
    import markdown

    from newsbrief.model import markdown_html

    full = markdown.Markdown(extensions=["extra", "sane_lists"], output_format="html").convert(text)
    assert markdown_html(text) == full


@SETTINGS
@given(st.one_of(plain_markdown, st.text(max_size=40)))
@example("Plain words.\n\nA second paragraph, with “quotes” and 'marks'.")
@example("10\xa0per cent")
def test_an_article_without_markdown_syntax_gets_the_sanitised_html(text):
    """An article body with no syntax at all skips Markdown and the sanitiser: its HTML is still
    exactly what Markdown and nh3 make of it."""
    import markdown
    import nh3

    from newsbrief.load import parse_article
    from newsbrief.model import markdown_html, plain_paragraphs_html, safe_body_html

    try:
        article = parse_article(f"---\ntitle: A title\n---\n{text}", "article.md")
    except NewsbriefError:
        return                           # no body text: refused when loaded, never rendered
    assert safe_body_html(article) == nh3.clean(markdown_html(article.body))
    if plain_paragraphs_html(article.body) is not None:
        assert markdown_html(article.body) == markdown.Markdown(extensions=["extra", "sane_lists"]).convert(article.body)


def test_however_between_the_named_speaker_and_the_verb():
    got = _quotes("Its chief economist, Dr Anna Fielding, however told reporters that prices had risen since April.")
    assert got == [("indirect", "prices had risen since April", "Anna Fielding")]


def test_body_opening_the_sentence_with_which_says_speaks_and_the_relative_clause_ends_at_the_main_verb():
    got = _quotes("River Watch Ghana, which says it works with 40 fishing villages, has collected statements from "
                  "230 households.",
                  "The Growers’ Union of Kent (GUK), which says it has written to every supermarket, has called for "
                  "a fair price.")
    assert got == [("indirect", "it works with 40 fishing villages", "River Watch Ghana"),
                   ("indirect", "it has written to every supermarket", "Growers’ Union of Kent")]
    assert _quotes("The Paris Accord, which says countries must cut emissions, was signed in 2015.")[0][2] is None


def test_body_with_acronym_then_which_clause_before_the_verb_is_the_speaker():
    got = _quotes("The Danish Film Institute (DFI), which co-financed the film, said in a statement that it would "
                  "seek a larger fund.",
                  "Harbour Watch Kenya, which runs three shelters, said the money would last a year.")
    assert [q[2] for q in got] == ["Danish Film Institute", "Harbour Watch Kenya"]


def test_each_item_of_a_plain_text_bullet_list_is_read_as_a_paragraph():
    b = _check_briefing(_parse("Headline for a test story\n\nCoach Mia Torres spoke after the draw.\n\n"
                               "- “We were not sharp,” Torres said.\n"
                               "- Two players, who asked not to be named, said the pitch was poor.\n"
                               "- “It was like a beach,” one of them said.\n", "story.txt"))
    names = {s["id"]: s["name"] for s in b["speakers"]}
    got = [(q["text"], names.get(q["speaker"]), q["paragraph"]) for q in b["quotes"]]
    assert got == [("We were not sharp,", "Mia Torres", 2), ("the pitch was poor", None, 2),
                   ("It was like a beach,", None, 2)]


def test_driver_and_rider_are_role_heads_before_a_name():
    got = _roles("Vortex WRT driver Liam Doyle completed the podium, 41.6s back, and said his car had a gearbox "
                 "problem.")
    assert got == {"Liam Doyle": "Vortex WRT driver"}


def test_nationality_noun_after_a_name_in_the_same_sentence_is_that_person():
    got = _quotes("Anna Berg won the rally ahead of Petri Lehto.", '"It was perfect," Lehto said.',
                  'Marc Dubois had cut the gap on Sunday, and the Frenchman admitted he had pushed "maybe 98 per '
                  'cent" on the final stage.', '"A podium is a gift," he said.')
    assert [q[2] for q in got] == ["Petri Lehto", "Marc Dubois", "Marc Dubois"]


def test_accented_spanish_given_name_keeps_the_organisation_after_of_out_of_the_name():
    got = _quotes("Her longtime producer, Julián Ferrer of Lumbre Films, said in an email that the studio had made "
                  "a generous offer.")
    assert got == [("indirect", "the studio had made a generous offer", "Julián Ferrer")]


def test_dairies_films_and_collective_end_organisation_names():
    got = _quotes("Kent-based processor Marden Dairies is to cut its milk price by 1p from 1 August.",
                  "In a letter to its 410 suppliers, the company said the decision had been taken with real reluctance.")
    assert got == [("indirect", "the decision had been taken with real reluctance", "Marden Dairies")]


def test_body_before_which_says_is_no_person_even_when_its_first_word_is_a_given_name():
    got = _quotes("Ama Owusu, a teacher, said the villages were struggling.",
                  "River Watch Ghana, which says it works with 40 fishing villages, has collected statements.",
                  '"We need help," she said.')
    assert [q[2] for q in got] == ["Ama Owusu", "River Watch Ghana", "Ama Owusu"]


def test_title_with_a_coordinated_portfolio_before_an_unlisted_name():
    got = _quotes("In Hanoi, Deputy Minister of Energy and Mines Bounlap Sisouvong told reporters on Friday that the "
                  "ministry would review the schedule.", '"We take this seriously," he said.')
    assert [q[2] for q in got] == ["Bounlap Sisouvong", "Bounlap Sisouvong"]
    assert _roles("Deputy Minister of Energy and Mines Bounlap Sisouvong said the ministry would act.") == \
        {"Bounlap Sisouvong": "Deputy Minister of Energy and Mines"}


def test_according_to_unnamed_people_of_a_trade_is_a_quote_with_no_speaker():
    got = _quotes("According to organisers, a record 210,000 spectators attended over the four days.")
    assert got == [("indirect", "a record 210,000 spectators attended over the four days", None)]


def test_according_to_a_name_then_a_clause_whose_verb_reports_nothing():
    got = _quotes("Dr Anna Berg is the agency's chief.",
                  "According to Dr Berg, Oslo has asked the Nordic Transit Agency to place the matter on the agenda.")
    assert got == [("indirect", "Oslo has asked the Nordic Transit Agency to place the matter on the agenda",
                    "Anna Berg")]


def test_age_epithet_with_a_role_word_gives_the_person_that_role():
    got = _roles("Ana Ruiz is late, and she apologizes twice.",
                 '"The traffic is its own genre of horror," the 41-year-old director says, laughing.')
    assert got == {"Ana Ruiz": "director"}


def test_quoted_title_in_another_language_is_no_quotation():
    got = _quotes("The director of “Casa de las Flores,” which opens this week, talks about her grandmother.",
                  "Her third feature, “Casa de las Flores,” has grossed more than 380 million pesos.",
                  "“Casa de las Flores” opens in select U.S. theaters Friday.")
    assert got == []


def test_the_writers_own_question_then_i_ask_is_no_quotation():
    got = _quotes("“I believe in houses,” Ana Ruiz says.", "“Do you believe in ghosts?” I ask.",
                  "“Why would I?” she asks.")
    assert [q[1] for q in got] == ["I believe in houses,", "Why would I?"]


def test_title_case_quotation_opening_a_headline_before_a_colon_and_a_name():
    b = _check_briefing(_parse("‘I Wanted the House to Breathe’: Ana Ruiz on the Ghost Story That Conquered the Box "
                               "Office\n\nMEXICO CITY — Ana Ruiz is late, and she apologizes twice.\n\n"
                               "“The traffic is its own genre of horror,” the 41-year-old director says.\n", "story.txt"))
    assert [(q["text"], q["speaker"], q["paragraph"]) for q in b["quotes"]][0] == \
        ("I Wanted the House to Breathe", "ana-ruiz", 0)


def test_body_with_acronym_and_a_descriptive_apposition_before_the_verb_speaks_with_that_role():
    got = _roles("The Southern Ports Coordination Authority (SPCA), the Mombasa-based regional body, said it had "
                 "noted the dispute.")
    assert got == {"Southern Ports Coordination Authority": "Mombasa-based regional body"}


def test_according_to_its_role_then_a_name_between_commas_is_that_name_with_the_role():
    got = _roles("The film has grossed 380 million pesos, according to its distributor, Cinemas Lumbre, making it a "
                 "record.")
    assert got == {"Cinemas Lumbre": "distributor"}


def test_answer_after_an_interviewer_question_is_the_last_person_quoted_directly_not_a_cited_source():
    got = _quotes("“The traffic is a genre of horror,” Ana Ruiz says.",
                  "The film has grossed 380 million pesos, according to its distributor, Cinemas Lumbre.",
                  "Why a ghost story, and why now?",
                  "“My grandmother told us these stories every night, with the lights off.”")
    assert [q[2] for q in got] == ["Ana Ruiz", "Cinemas Lumbre", "Ana Ruiz"]


def test_the_conference_refers_back_to_the_conference_named_before():
    got = _quotes("The Coastal Athletic Conference has agreed to a seven-year media rights deal with Arcstream, the "
                  "conference announced Tuesday, making it the first league to leave TV.")
    assert got == [("indirect", "The Coastal Athletic Conference has agreed to a seven-year media rights deal with "
                    "Arcstream", "Coastal Athletic Conference")]


def test_according_to_a_document_seen_by_a_news_outlet_is_no_speaker():
    got = _quotes("Each school will receive about $21 million a year, according to a conference document viewed by "
                  "Axios.", "The deal runs to 2031, according to a document seen by Reuters.")
    assert got == []


def test_lower_case_star_is_a_role_head_but_a_capitalised_star_names_a_paper():
    got = _roles("The film’s star, Rosa Diaz, who plays the housekeeper, says she spent three weeks in a laundry.",
                 "The Toronto Star reported that the mayor had resigned.")
    assert got == {"Rosa Diaz": "film’s star", "Toronto Star": None}


def test_lower_case_company_noun_before_a_body_name_is_its_role():
    got = _roles("Kent-based processor Marden Dairies is to cut its milk price by 1p.",
                 "In a letter to its suppliers, the company said the decision had been taken with reluctance.",
                 "The league signed a deal with streaming service Arcstream last year.",
                 "Arcstream said in a statement that four games would be free.",
                 "Its largest investor, the Berlin venture firm Nordwind Capital, said it backed the plan.")
    assert got == {"Marden Dairies": "Kent-based processor", "Arcstream": "streaming service",
                   "Nordwind Capital": "Its largest investor"}


def test_role_at_a_places_common_noun_keeps_only_the_role():
    got = _roles("Ms Mai Linh, a fish trader at Ho Chi Minh City’s central market, said prices had halved.",
                 "Tom Reid, an analyst at Barclays, said prices had halved.")
    assert got == {"Mai Linh": "fish trader", "Tom Reid": "analyst at Barclays"}


def test_standfirst_business_noun_is_the_first_company_named_after_it_that_speaks():
    got = _quotes("The operator says the release was within permitted limits.",
                  "The Nam Lik Hydropower Company said in a statement that the release had been scheduled.",
                  "The Mekong River Commission said it had not been told.")
    assert [q[2] for q in got] == ["Nam Lik Hydropower Company", "Nam Lik Hydropower Company",
                                   "Mekong River Commission"]


def test_object_relative_which_body_says_ends_at_the_main_verb_and_which_is_no_role():
    b = _check_briefing(_parse("Headline for a test story\n\nThe levy, which the Kenya Ports Authority (KPA) says is "
                               "needed to recover the cost of a new yard, is due on July 1.\n", "story.txt"))
    assert [(q["text"], q["speaker"]) for q in b["quotes"]] == [
        ("is needed to recover the cost of a new yard", "kenya-ports-authority")]
    assert b["speakers"][0]["role"] is None


def test_team_possessive_before_a_given_name_and_surname_is_not_part_of_the_name():
    got = _quotes("Oslo Racing driver Eero Lahti won on Sunday after a fight with Aurora Motorsport's Thibault "
                  "Marchand.", '"It was hard," Marchand said.')
    assert got == [("direct", "It was hard,", "Thibault Marchand")]


def test_title_then_name_then_of_affiliation_splits_role_name_and_body():
    got = _quotes("Flight director Paul Kessler of the space agency said the test had gone well.")
    assert got == [("indirect", "the test had gone well", "Paul Kessler")]
    assert _roles("Flight director Paul Kessler of the space agency said the test had gone well.") == \
        {"Paul Kessler": "Flight director"}


def test_role_first_apposition_whose_body_name_holds_a_comma_list():
    got = _roles("The deputy director in the Ministry of Health, Social Services and Housing, Dr Miriam Okonjo, said "
                 "the clinic would reopen on Monday.")
    assert got == {"Miriam Okonjo": "deputy director in the Ministry of Health, Social Services and Housing"}


def test_title_of_one_word_body_before_a_comma_is_no_name():
    paras = ("The Minister of Works, Transport and Housing, Dr Grace Mutua, on Monday met the contractors. She told "
             "reporters the road would open in May.",)
    assert _roles(*paras) == {"Grace Mutua": "Minister of Works, Transport and Housing"}
    assert _quotes(*paras) == [("indirect", "the road would open in May", "Grace Mutua")]


def test_lower_case_job_before_a_rank_before_the_name_is_the_role():
    got = _roles("Western regional fire chief Commissioner Alice Moyo said crews would stay overnight.")
    assert got == {"Alice Moyo": "Western regional fire chief"}


def test_apposition_post_beats_body_name_and_rank_before_the_name():
    got = _roles("Royal Fiji Police Force Inspector Daniel Okoro, the officer in charge of Western Fiji, warned that "
                 "looters would be punished.")
    assert got == {"Daniel Okoro": "officer in charge of Western Fiji"}


def test_an_appeal_after_and_or_but_ends_the_reported_clause():
    assert _quotes("Mayor Karen Holt said the talks had gone well but urged both sides to return on Monday.") == \
        [("indirect", "the talks had gone well", "Karen Holt")]
    # the appeal's quoted wording is no quotation of its own either
    assert _quotes("Mayor Karen Holt said she had met both sides on Sunday and urged them to \"stop talking past each "
                   "other before the city pays for it.\"") == \
        [("indirect", "she had met both sides on Sunday", "Karen Holt")]


def test_asked_as_a_participle_before_the_answer_is_no_reported_question():
    got = _quotes("Joe Borg, asked after the meeting whether the plan would have failed without the grant, said it "
                  "was too early to tell.")
    assert got == [("indirect", "it was too early to tell", "Joe Borg")]


def test_according_to_clause_keeps_its_mid_clause_partial_quote():
    got = _quotes("The Harbour Board said on Monday it would study the plan.",
                  "According to the Harbour Board, the review is \"at an advanced stage\" and will be published next "
                  "year.")
    assert got[-1] == ("indirect", "the review is \"at an advanced stage\" and will be published next year",
                       "Harbour Board")
    assert len(got) == 2


def test_sentence_final_cue_reports_an_embedded_cue_before_it():
    got = _quotes("Judge Mary Olsen ruled on Monday.",
                  "The fraud claim survives because Acme alleged that the buyer had hidden the debts, the judge said.")
    assert got == [("indirect", "The fraud claim survives because Acme alleged that the buyer had hidden the debts",
                    "Mary Olsen")]


def test_placard_wording_after_reading_is_no_quotation():
    got = _quotes("Mayor Ann Lee said the march was calm.",
                  "Protesters waved banners, with some reading \"Save our jobs now\" and \"Hands off\".")
    assert got == [("indirect", "the march was calm", "Ann Lee")]


def test_lower_case_seed_or_wildcard_before_a_name_is_the_role():
    got = _roles("Morales will meet top seed Daniel Kessler of Austria on Friday. Kessler told reporters that he "
                 "felt ready for the final.",
                 "The other semi-final pits Marco Rossi against Brazilian wildcard Pedro Lins, who told reporters "
                 "that the court was very fast. Lins said he was tired.")
    assert got["Daniel Kessler"] == "top seed"
    assert got["Pedro Lins"] == "Brazilian wildcard"


def test_relative_who_says_after_a_name_in_object_position_is_that_persons_report():
    got = _quotes("The final pits Marco Rossi against Pedro Lins, who said after his own win that the court was fast.",
                  "Police questioned Anna Berg, who said she had seen nothing.")
    assert ("indirect", "the court was fast", "Pedro Lins") in got
    assert ("indirect", "she had seen nothing", "Anna Berg") in got


def test_umpire_or_referee_title_before_a_name_is_a_role():
    got = _quotes("Chair umpire Ana Costa of Brazil called both players to the net and announced that the point "
                  "would be replayed.")
    assert got == [("indirect", "the point would be replayed", "Ana Costa")]
    assert _roles("Chair umpire Ana Costa of Brazil called both players to the net and announced that the point "
                  "would be replayed.")["Ana Costa"] == "Chair umpire"


def test_title_with_a_bracketed_acronym_before_a_name_and_a_who_clause_keeps_the_report():
    got = _quotes("Democratic Progressive Party (DPP) Legislator Wang Mei-ling, who sits on the health committee, "
                  "said the rules were too weak.")
    assert got == [("indirect", "the rules were too weak", "Wang Mei-ling")]


def test_title_with_a_bracketed_acronym_before_a_name_is_the_whole_role():
    got = _roles("Democratic Progressive Party (DPP) Legislator Wang Mei-ling, who sits on the health committee, "
                 "said the rules were too weak.")
    assert got["Wang Mei-ling"] == "Democratic Progressive Party (DPP) Legislator"


def test_afterwards_between_the_verb_and_that_is_not_part_of_the_report():
    got = _quotes("Daniel Kessler beat Pedro Lins on Friday.", "Kessler said afterwards that he had felt tired.")
    assert got == [("indirect", "he had felt tired", "Daniel Kessler")]


def test_role_first_apposition_with_a_bracket_after_the_name_keeps_the_report():
    got = _quotes("A lawyer for Acme, Wang Mei-ling (王美玲), said her clients would plead not guilty.")
    assert got == [("indirect", "her clients would plead not guilty", "Wang Mei-ling")]


def test_alleging_that_after_an_action_reports_its_subject():
    got = _quotes("Acme Corp sued the city on Monday, alleging that it had broken the contract.")
    assert got == [("indirect", "it had broken the contract", "Acme Corp")]


# --- the role reader (roles.py): a role from any mention of the speaker, by priority ----------------------------


def test_definite_description_opening_the_sentence_after_one_about_the_person_is_the_role():
    got = _roles("For twenty years, Harold Brandt drove a delivery van. The retired driver from Leeds now keeps bees. "
                 "“It is a quiet life,” Brandt said.",
                 "Priya Nair had waited three seasons for this. The 23-year-old bowler’s six wickets sealed the match. "
                 "“I am just happy,” Nair said.")
    assert got["Harold Brandt"] == "retired driver from Leeds"
    assert got["Priya Nair"] == "bowler"   # the possessive epithet, without the age


def test_qualified_description_before_the_first_mention_as_subject_is_the_role():
    got = _roles("Its plant manager in Bristol, who arrived on Monday, rejected the claims.",
                 "“We acted within hours,” Oliver Grange told reporters.",
                 "The union’s general secretary was among the fiercest critics. In a letter to Prime Minister Ruth "
                 "Kemp, Samuel Okafor wrote that the plan would fail.")
    assert got["Oliver Grange"] == "plant manager in Bristol"
    assert got["Samuel Okafor"] == "union’s general secretary"


def test_epithet_for_the_person_the_story_was_about_is_the_role():
    got = _roles("Lena Vogt won in straight sets on Tuesday.",
                 "The second seed, who trains in Munich, said she had felt no pressure. “I felt fine,” Vogt said.",
                 "Coach Ian Moss said Pedro Alves was the player the club needed after it signed the Portuguese "
                 "winger from Braga.",
                 "“I am happy here,” Alves said.")
    assert got["Lena Vogt"] == "second seed"
    assert got["Pedro Alves"] == "Portuguese winger"


def test_present_predicate_describing_a_person_is_the_role():
    got = _roles("Marta Quist is a marine biologist at the Oslo institute. “The reef is dying,” Quist said.",
                 "Ravi Menon, who is a volunteer firefighter, said the road was closed.")
    assert got["Marta Quist"] == "marine biologist at the Oslo institute"
    assert got["Ravi Menon"] == "volunteer firefighter"


def test_descriptions_that_are_not_the_persons_give_no_role():
    got = _roles("Anna Berg said the firm would appeal. The company’s head of safety went further in a blog post. "
                 "“We will win,” Berg said.",
                 "Tom Reid met the new coach on Monday. “It went well,” Reid said.",
                 "Carla Diaz spoke to the minister on Friday. The minister was in Paris. “It was useful,” Diaz said.",
                 "Jon Pike was a session drummer for years. “I loved it,” Pike said.")
    assert got["Anna Berg"] is None    # the company's head of safety is someone else
    assert got["Tom Reid"] is None     # the coach he met
    assert got["Jon Pike"] is None     # a past occupation is no role


def test_a_present_title_attached_to_the_name_wins_over_a_former_post():
    article = _parse("Live: Defence minister nominee Clara Hoff faces Senate hearing\n\n"
                     "Clara Hoff, 52, a former army officer, is the president’s pick for the post.\n\n"
                     "“I will serve,” Hoff said.\n", "story.txt")
    roles = {s["name"]: s.get("role") for s in _check_briefing(article)["speakers"]}
    assert roles["Clara Hoff"] == "Defence minister nominee"


def test_capitalised_title_alone_between_commas_before_an_honorific_and_name_is_the_role():
    got = _roles("Speaking in Abuja on Monday, the Chairman of NAPCO, Engr. Bola Adeyemi, said prices would hold.")
    assert got["Bola Adeyemi"] == "Chairman of NAPCO"


# --- round 16 -----------------------------------------------------------------------------------------------

def test_a_cue_ending_a_paragraph_with_a_colon_introduces_the_next_quotation():
    got = _quotes("“Rates will fall,” said Omar Reyes, an analyst at Tellbank.",
                  "Dana Kirsch, who heads research at Polder Capital, disagreed. In a memo to clients, she wrote:",
                  "“The cycle is not over. Inflation is still too sticky for anyone to relax.”")
    assert ("direct", "The cycle is not over. Inflation is still too sticky for anyone to relax.", "Dana Kirsch") in got


def test_and_said_after_a_role_first_apposition_or_a_numbered_title_is_the_named_person():
    got = _quotes("The union’s legal adviser, Petra Hallam, accused the board of “bad faith” and said the strike "
                  "would go ahead on Monday.",
                  "District 9 Councillor Amos Webb criticised the plan and said residents had not been consulted.",
                  "Former Kenyan 7s star Otieno Barasa, now a pundit, praised the squad and said the young wings "
                  "were ready.")
    speakers = {t: s for k, t, s in got if k == "indirect"}
    assert speakers["the strike would go ahead on Monday"] == "Petra Hallam"
    assert speakers["residents had not been consulted"] == "Amos Webb"
    assert speakers["the young wings were ready"] == "Otieno Barasa"


def test_a_relative_clause_after_a_passive_agent_or_an_indefinite_description_reports_the_named_person():
    got = _quotes("The tenants were represented by barrister Hugh Penrose, who argued at the hearing that the "
                  "landlord had ignored the rules.",
                  "“We are not going anywhere,” said Lena Ostrova, 31, a club member who said she had trained "
                  "there since childhood.")
    speakers = {t: s for k, t, s in got if k == "indirect"}
    assert speakers["the landlord had ignored the rules"] == "Hugh Penrose"
    assert speakers["she had trained there since childhood"] == "Lena Ostrova"


def test_officials_at_a_body_named_before_speak_for_it():
    got = _quotes("The Board for Coastal Fisheries said on Monday that 40 boats had been inspected.",
                  "Officials at the board said the inspections would continue until June.")
    assert ("indirect", "the inspections would continue until June", "Board for Coastal Fisheries") in got


def test_a_bodys_head_and_a_title_noun_refer_to_the_person_holding_the_post():
    got = _quotes("NEXA president Ruth Okafor told reporters that the review was complete.",
                  "Tom Brandt, a lawyer for the growers, disagreed. The NEXA head noted that no licence had been "
                  "revoked.",
                  "Justice Mara Feld said the claim had merit.",
                  "“The authority must listen,” the judge said.")
    speakers = {t: s for _, t, s in got}
    assert speakers["no licence had been revoked"] == "Ruth Okafor"
    assert speakers["The authority must listen,"] == "Mara Feld"


def test_a_definite_description_after_a_body_is_its_role_and_its_relative_clause_reports_it():
    got = _quotes("The port is run by Havnor, the state-owned shipping company, which has warned for a year that "
                  "the quays are too short.")
    assert ("indirect", "the quays are too short", "Havnor") in got
    got = _quotes("A spokesperson for Pan Kalvara, the national rowing body, said the organisation would meet the "
                  "clubs.")
    assert got == [("indirect", "the organisation would meet the clubs", "Pan Kalvara")]
    roles = _roles("A spokesperson for Pan Kalvara, the national rowing body, said the organisation would meet the "
                   "clubs.")
    assert roles["Pan Kalvara"] == "national rowing body"


def test_has_worked_as_and_a_fan_describe_the_speaker():
    got = _roles("“The birds came back in April,” says Arman Sadykov.",
                 "Sadykov has worked as a state forest ranger in Karaganda for nine years.",
                 "“We will sing all night,” said Tomas Reyes, 22, a Rovers fan who travels to every game.")
    assert got["Arman Sadykov"].startswith("state forest ranger")
    assert got["Tomas Reyes"] == "Rovers fan"
    assert _roles("Mele Tora, now a coach with Suva Rugby, said the young players were ready.")["Mele Tora"] == \
        "coach with Suva Rugby"


def test_a_described_body_the_ceo_and_an_unnamed_executive():
    got = _quotes("Lisbon: Lisbon-based budget carrier Falcora Air will cut eight routes from March, the airline "
                  "said on Monday.",
                  "Its chief executive, Duarte Vilela, told reporters that fuel costs had doubled.",
                  "The CEO said the routes would return in the summer.",
                  "A senior executive at a rival airline, who asked not to be named, said margins were thin. "
                  "“Everyone is cutting,” the executive said.",
                  "A Portuguese Aviation (PA) spokesperson said the cuts had been notified in advance.",
                  "Mountaineers captain Rui Santos said the team was ready. “We train every day,” the skipper said.")
    speakers = {t: s for _, t, s in got}
    # (the dateline "Lisbon:" is no part of the clause: round 21)
    assert speakers["Lisbon-based budget carrier Falcora Air will cut eight routes from March"] == "Falcora Air"
    assert speakers["the routes would return in the summer"] == "Duarte Vilela"
    assert speakers["Everyone is cutting,"] is None
    assert speakers["the cuts had been notified in advance"] == "Portuguese Aviation"
    assert speakers["We train every day,"] == "Rui Santos"
    roles = _roles("Lisbon: Lisbon-based budget carrier Falcora Air will cut eight routes from March, the airline "
                   "said on Monday.")
    assert roles["Falcora Air"] == "Lisbon-based budget carrier"


def test_epithets_described_roles_and_hyphenated_titles_speak():
    got = _quotes("The hosts won with 21-year-old left-arm seamer Tendai Moyo taking six wickets.",
                  "The youngster, known in the dressing room as “Rocket”, said he had worked on his wrist position.",
                  "Eagles wicketkeeper-batter Ryan Dube, who top-scored with 77, admitted the side had been beaten.",
                  "The ground's head groundsman, Peter Ncube, defended the pitch, saying the rain had done it.",
                  "Rovers goaltender Danny Lebel made 27 saves. The veteran goaltender, who had allowed three goals, "
                  "said he had felt slow early.")
    speakers = {t: s for _, t, s in got}
    assert speakers["he had worked on his wrist position"] == "Tendai Moyo"
    assert speakers["the side had been beaten"] == "Ryan Dube"
    assert speakers["the rain had done it"] == "Peter Ncube"
    assert speakers["he had felt slow early"] == "Danny Lebel"
    roles = _roles("The hosts won with 21-year-old left-arm seamer Tendai Moyo taking six wickets.",
                   "“The ball talked,” said Moyo, who was named player of the match.")
    assert roles["Tendai Moyo"] == "left-arm seamer"
    roles = _roles("The night was quiet until rookie Lauri Koskinen scored. “I had no idea,” the rookie said.")
    assert roles["Lauri Koskinen"] == "rookie"


def test_a_differently_ranked_title_is_someone_else():
    got = _quotes("“We wanted to know,” said Dr. Helena Varga, the study's senior author.",
                  "The paper's first author, a statistician at Lakeshore, said the error rate worried him. "
                  "“It is high,” said Dr. Tomasz Wrona.")
    speakers = {t: s for _, t, s in got}
    assert speakers.get("the error rate worried him") != "Helena Varga"


def test_a_ward_number_and_and_whose_end_a_who_chairs_post():
    roles = _roles("That did little to satisfy Ald. Joan Petrak (12th), who chairs the council's transport committee "
                   "and whose ward includes two stations.",
                   "“They are out of patience,” Petrak said.")
    assert roles["Joan Petrak"] == "chairs the council's transport committee"


def test_a_private_persons_home_place_is_no_part_of_the_occupation():
    roles = _roles("“We are losing money,” Ravi Persaud, 54, a farmer from Port Mourant who grows rice, told the crowd.")
    assert roles["Ravi Persaud"] == "farmer"
    roles = _roles("Lena Hart, a nurse at the Mercy Hospital, said the ward was full.",
                   "Tom Reyes, a senator from Nevada Springs, said the bill would pass.")
    assert roles["Lena Hart"] == "nurse at the Mercy Hospital"
    assert roles["Tom Reyes"] == "senator from Nevada Springs"


def test_an_indefinite_or_who_heads_apposition_wins_over_a_title_before_the_name():
    roles = _roles("Chief Inspector Marko Zupan, a spokesman for the Maribor Police Administration, said the march "
                   "had passed without incident.",
                   "Event organiser Anna Kobal, who heads the Drava Valley Beekeepers' Union, told the crowd that the "
                   "frost had killed half of the hives.",
                   "Greens MP Ellen Farquhar, a former diplomat, said the treaty was weak.")
    assert roles["Marko Zupan"] == "spokesman for the Maribor Police Administration"
    assert roles["Anna Kobal"] == "heads the Drava Valley Beekeepers' Union"
    assert roles["Ellen Farquhar"] == "Greens MP"


def test_a_critic_and_a_capitalised_ologist_are_person_descriptions():
    roles = _roles("Stage critic Irena Bolt praised the staging. The play toured nine countries, according to Bolt.",
                   "Nadia Hamdi, an Egyptologist at Cairo University, cautioned that the dating rested on the paintings.")
    assert roles["Irena Bolt"] == "Stage critic"
    assert roles["Nadia Hamdi"] == "Egyptologist at Cairo University"


def test_the_sentence_opening_article_of_a_description_before_the_name_is_no_part_of_the_role():
    roles = _roles("The council's own forester, Pavel Dvorak, who surveyed the trees, said some were healthy.")
    assert roles["Pavel Dvorak"] == "council's own forester"


def test_a_body_described_with_an_owner_a_coordinated_description_or_as_an_installer_gets_the_role():
    roles = _roles("FPIM, the Walloon government's investment company and Medra's largest shareholder, said it would "
                   "take part in any funding round.",
                   "Helios, a Casablanca installer that cleans 4,000 panels a month, says water is a third of its costs.")
    assert roles["FPIM"] == "Walloon government's investment company and Medra's largest shareholder"
    assert roles["Helios"] == "a Casablanca installer"


def test_a_capitalised_numbered_title_before_a_rank_and_name_is_the_role():
    roles = _roles("Regional Division 3 Commander, Superintendent Mark Lewis, said police would be present at the mills.")
    assert roles["Mark Lewis"] == "Regional Division 3 Commander"


def test_a_parliamentarian_title_before_a_name_names_the_speaker():
    got = _quotes("Opposition parliamentarian Carl Baird accused the government of “abandoning the farmer” and said a "
                  "price floor should be legislated.")
    assert ("indirect", "a price floor should be legislated", "Carl Baird") in got


def test_jockey_and_nun_are_role_heads_and_a_who_runs_clause_stops_before_a_second_verb():
    roles = _roles("The colt was ridden by Chilean jockey Pablo Roca. Roca said the ground had been soft.",
                   "Ana Ruiz, a Dominican nun, said the school would stay open.",
                   "Omar Haddad, who runs a small bakery in Zarqa and sells bread to the mosque, said flour had doubled.")
    assert roles["Pablo Roca"] == "Chilean jockey"
    assert roles["Ana Ruiz"] == "Dominican nun"
    assert roles["Omar Haddad"] == "runs a small bakery in Zarqa"


def test_an_indefinite_apposition_headed_by_a_person_noun_wins_over_a_title_before_the_name():
    roles = _roles("Lead author Sigrid Holm, a volcanologist at the University of Bergen, said the slope was moving.",
                   "Trade analyst Musa Banda, a lecturer in economics at Mzuzu University, said exports would fall.")
    assert roles["Sigrid Holm"] == "volcanologist at the University of Bergen"
    assert roles["Musa Banda"] == "lecturer in economics at Mzuzu University"


def test_an_owned_description_closing_the_sentence_one_of_a_group_and_no_participle_are_roles():
    roles = _roles("The plan came from the cooperative's treasurer, Grace Oduya. She said buyers wanted receipts.",
                   "Not everyone agreed. Ruth Akello, 58, one of the founding members, said she had voted against it.",
                   "Tomas Vega, 31, a fruit picker travelling home to Cartago, said the driver had been speeding.")
    assert roles["Grace Oduya"] == "treasurer"
    assert roles["Ruth Akello"] == "one of the founding members"
    assert roles["Tomas Vega"] == "fruit picker"


def test_a_title_with_an_of_complement_before_the_name_in_either_case_is_the_role():
    roles = _roles("Speaking after the vote, deputy minister of water and sanitation Hovik Aram said that crews would "
                   "start in May.")
    assert roles["Hovik Aram"] == "deputy minister of water and sanitation"


def test_an_honorific_after_one_capitalised_word_starts_the_name():
    roles = _roles("But Leader of Government Business in Parliament Hon. Chisomo Banda said the bill would pass.")
    assert "Chisomo Banda" in roles
    assert roles["Chisomo Banda"] == "Leader of Government Business in Parliament"


def test_a_party_tag_in_brackets_after_a_name_is_no_alias_and_the_post_clause_is_read():
    roles = _roles("Thoko Phiri (MCP), who chairs the Budget Committee, said the vote would be delayed. He added that "
                   "the committee would meet on Monday.")
    assert roles["Thoko Phiri"] == "chairs the Budget Committee"


def test_a_one_word_title_read_before_the_name_gives_way_to_the_fuller_title_with_an_of_complement():
    roles = _roles("Deputy minister of economy and finance Rustam Alimov said the listing would go ahead.")
    assert roles["Rustam Alimov"] == "Deputy minister of economy and finance"


def test_a_fronted_indefinite_description_before_she_is_the_role_of_the_unknown_name_the_sentence_before():
    got = _quotes("Minister Ruth Okafor said the plan was sound.",
                  "Nazeli Bardakjian watched the vote from the gallery. A retired surveyor who mapped the old quarter, "
                  "she said the law came too late.")
    assert ("indirect", "the law came too late", "Nazeli Bardakjian") in got
    roles = _roles("Nazeli Bardakjian watched the vote from the gallery. A retired surveyor who mapped the old quarter, "
                   "she said the law came too late.")
    assert roles["Nazeli Bardakjian"] == "retired surveyor"


def test_a_title_and_a_body_whose_names_list_remits_with_commas_are_read_whole():
    got = _quotes("Opening the debate, Minister of Labour, Health, Youth and Sport Ana Lucic told deputies that 300 "
                  "clinics would close.",
                  "The minister added that staff would be moved.",
                  "According to the Ministry of Labour, Health, Youth and Sport, the plan will cost 40 million euros.")
    assert ("indirect", "300 clinics would close", "Ana Lucic") in got
    assert ("indirect", "staff would be moved", "Ana Lucic") in got
    assert ("indirect", "the plan will cost 40 million euros", "Ministry of Labour, Health, Youth and Sport") in got
    roles = _roles("Opening the debate, Minister of Labour, Health, Youth and Sport Ana Lucic told deputies that 300 "
                   "clinics would close.")
    assert roles["Ana Lucic"] == "Minister of Labour, Health, Youth and Sport"


def test_a_long_listener_phrase_before_that_is_skipped():
    got = _quotes("Mavuto Banda spoke first.",
                  "Banda later told supporters at the party's regional office in Area 25 that the party would go to court.")
    assert ("indirect", "the party would go to court", "Mavuto Banda") in got


def test_a_spokesperson_for_a_body_described_by_a_which_clause_speaks_for_the_body():
    got = _quotes("A spokesperson for the Maui Growers Council, which represents 90 farms, said the group backed the rule. "
                  "The growers also want more time, the spokesperson said.")
    assert ("indirect", "the group backed the rule", "Maui Growers Council") in got


def test_trainer_is_a_role_head_and_a_capitalised_lede_and_its_verb_are_no_part_of_the_title():
    got = _quotes("SILVER MIST gave trainer Owen Clarke his first Derby yesterday.",
                  "The trainer said the plan had been to wait until the final furlong.")
    assert ("indirect", "the plan had been to wait until the final furlong", "Owen Clarke") in got
    roles = _roles("SILVER MIST gave trainer Owen Clarke his first Derby yesterday. Clarke said the horse was ready.")
    assert roles["Owen Clarke"] == "trainer"


def test_the_stewards_are_an_unnamed_group():
    got = _quotes("The stewards said the colt had been examined and found to be sound, and that no action would be taken.")
    assert ("indirect", "the colt had been examined and found to be sound", None) in got
    assert ("indirect", "no action would be taken", None) in got


def test_the_plural_present_argue_reports_speech():
    got = _quotes("The authors argue that the risk extends well beyond the region.")
    assert ("indirect", "the risk extends well beyond the region", None) in got


def test_a_chess_title_before_a_name_is_dropped_like_an_honorific():
    got = _quotes("GM Pavel Orlov beat IM Marta Kowalska in the last round.",
                  "Kowalska, 18, lost on time. She said she would play again next year.")
    assert ("indirect", "she would play again next year", "Marta Kowalska") in got


def test_constable_is_a_role_head_so_a_capitalised_title_before_a_name_is_split_off():
    got = _quotes("The inspector, Philip Hart, wrote a long report.",
                  "Harbourside Constable Peter Vane, who spoke at the inquiry, called the ruling unfair.",
                  "“We followed the process,” he said.")
    assert ("direct", "We followed the process,", "Peter Vane") in got


def test_a_person_cited_with_according_to_is_the_he_or_she_that_follows():
    got = _quotes("Economy Minister Paul Brandt said the state would help.",
                  "According to Karl Moser, head of the bankers' group, the sector still employs 40,000 people. "
                  "“Nobody is leaving,” he said.")
    assert ("direct", "Nobody is leaving,", "Karl Moser") in got


def test_a_lower_case_title_then_a_name_and_an_age_after_a_fronted_place_is_the_speaker():
    got = _quotes("In Mzuzu, tobacco farmer Grace Banda, 47, said she would plant less this year.")
    assert ("indirect", "she would plant less this year", "Grace Banda") in got


def test_a_blaming_or_citing_participle_after_a_comma_ends_the_reported_clause():
    got = _quotes("Commission chair Anna Berg told reporters that the count would finish on Monday, blaming the delay "
                  "on a power cut.")
    assert ("indirect", "the count would finish on Monday", "Anna Berg") in got


def test_a_clause_before_told_with_a_four_word_listener_is_reported():
    got = _quotes("The claims are false, party secretary-general Olga Petrova told the national broadcaster RTB.")
    assert ("indirect", "The claims are false", "Olga Petrova") in got


def test_asked_why_reports_the_question_with_its_wh_word_but_was_asked_what_does_not():
    got = _quotes("Councillor Ruth Amoah asked why traders were being fined while the market had no toilets.")
    assert ("indirect", "why traders were being fined while the market had no toilets", "Ruth Amoah") in got
    got = _quotes("Coach Jonas Berg was asked what he would do with the trophy after the final.")
    assert not any(q[0] == "indirect" for q in got)


def test_a_capitalised_occupation_then_a_name_and_an_age_is_the_speaker():
    got = _quotes("Onion seller Mary Phiri, 39, said she would raise her prices on Monday.")
    assert ("indirect", "she would raise her prices on Monday", "Mary Phiri") in got


# --- round 21 -----------------------------------------------------------------------------------------------

def test_a_participle_after_an_occupation_is_dropped_unless_it_says_whom_the_person_acts_for():
    from newsbrief.extract.lexicon import load_lexicon
    from newsbrief.extract.roles import _without_participle
    lex = load_lexicon()
    assert _without_participle("senior engineering manager travelling home", lex) == "senior engineering manager"
    assert _without_participle("chief operating officer", lex) == "chief operating officer"
    assert _without_participle("solicitor representing the tenants", lex) == "solicitor representing the tenants"
    assert _without_participle("senator representing Ogun Central", lex) == "senator representing Ogun Central"
    roles = _roles("Mirela Dobre, 44, a senior engineering manager travelling home to Arad, said the train had stopped.",
                   "Oskar Lind, a solicitor representing the tenants, said the eviction notices were unlawful.")
    assert roles["Mirela Dobre"] == "senior engineering manager"
    assert roles["Oskar Lind"] == "solicitor representing the tenants"


def test_a_councillors_cr_or_cllr_is_an_honorific_not_part_of_the_name():
    got = _quotes("“We were never consulted,” Ruth Pardoe told the meeting.",
                  "Cr Pardoe, who is the shire's mayor, said the council would appeal.",
                  "Cllr Tom Ashby said the vote was final. Cr Ashby said the road would be closed.")
    assert ("indirect", "the council would appeal", "Ruth Pardoe") in got
    assert ("indirect", "the road would be closed", "Tom Ashby") in got
    assert _roles("“We were never consulted,” Ruth Pardoe told the meeting.",
                  "Cr Pardoe, who is the shire's mayor, said the council would appeal.")["Ruth Pardoe"] == "shire's mayor"


def test_who_coordinates_states_a_post():
    roles = _roles("Nadia Okafor, who coordinates the Lagos Tenants Network, said rents had doubled.")
    assert roles["Nadia Okafor"] == "coordinates the Lagos Tenants Network"


def test_a_post_clause_closing_the_sentence_of_an_inverted_cue_is_the_role():
    roles = _roles("“We will not sign this,” said Oriol Vidal, who chairs the Girona Fishers' Guild.",
                   "Marta Puig, who runs a bakery on the square.")
    assert roles["Oriol Vidal"] == "chairs the Girona Fishers' Guild"


def test_an_indefinite_apposition_after_an_age_wins_over_a_description_before_the_name():
    roles = _roles("Another trader, Lucia Ferrante, 52, a fishmonger at the covered market, said sales had halved.",
                   "Greens MP Ellen Harwood, 51, a former diplomat, said the bill would fail.")
    assert roles["Lucia Ferrante"] == "fishmonger at the covered market"
    assert roles["Ellen Harwood"] == "Greens MP"


def test_a_kind_of_people_opening_the_sentence_names_no_speaker():
    got = _quotes("Independent bakery owners in Galway said they would close on Mondays.",
                  "Several fishmongers on Quay Street said prices had doubled.",
                  "Nurses interviewed by The Courier at the Royal Infirmary on Monday said the wards were full.",
                  "Ferry and bus drivers waiting at the terminal also said fewer tourists were arriving.")
    assert ("indirect", "they would close on Mondays", None) in got
    assert ("indirect", "prices had doubled", None) in got
    assert ("indirect", "the wards were full", None) in got
    assert ("indirect", "fewer tourists were arriving", None) in got
    names = {s["name"] for s in _check_briefing(_parse(
        "Headline\n\nSeveral fishmongers on Quay Street said prices had doubled.\n\n"
        "Nurses interviewed by The Courier at the Royal Infirmary on Monday said the wards were full.\n", "s.txt"))["speakers"]}
    assert not names


def test_a_second_speaker_after_though_or_while_starts_a_new_clause():
    got = _quotes("Tour guides said bookings were down, though several added that the weather was only one reason "
                  "and blamed the new airport tax.",
                  "The Harbour Board cut the grant.",
                  "Stallholders and shoppers say the new fee will drive them out, while the board insists the market cannot stay open "
                  "without it.")
    assert ("indirect", "bookings were down", None) in got
    assert ("indirect", "the weather was only one reason", None) in got
    assert ("indirect", "the new fee will drive them out", None) in got
    assert ("indirect", "the market cannot stay open without it", "Harbour Board") in got


def test_a_name_with_an_age_and_a_relative_clause_after_an_opener_is_the_speaker():
    got = _quotes("One of them, Tapio Lehto, 61, who fishes the lake every winter, said the ice had come late.")
    assert ("indirect", "the ice had come late", "Tapio Lehto") in got


def test_according_to_a_title_that_lists_its_remits_then_the_name_is_that_person():
    got = _quotes("According to the Minister of Fisheries, Trade, Marine and Coastal Affairs, Hon. Peter Kalsakau, "
                  "the new wharf will open in March.")
    assert ("indirect", "the new wharf will open in March", "Peter Kalsakau") in got
    roles = _roles("According to the Minister of Fisheries, Trade, Marine and Coastal Affairs, Hon. Peter Kalsakau, "
                   "the new wharf will open in March.")
    assert roles["Peter Kalsakau"] == "Minister of Fisheries, Trade, Marine and Coastal Affairs"


def test_an_agent_noun_opening_the_sentence_before_a_given_name_is_a_title():
    got = _quotes("Mayor Joan Pike said the market would stay open.",
                  "Basketmaker Maria Kolo, who sells by the pier every Friday, shook her head. "
                  "“Nobody buys anymore,” she said.")
    assert ("direct", "Nobody buys anymore,", "Maria Kolo") in got
    assert _roles("Basketmaker Maria Kolo, who sells by the pier, shook her head. “Nobody buys,” she said.")[
        "Maria Kolo"] == "Basketmaker"


def test_a_lede_body_described_by_a_relative_clause_is_the_first_body_quoted_next():
    got = _quotes("Nurses at the city's three hospitals will strike for two days next week, the union that represents "
                  "them has confirmed.",
                  "The Harbour City Nurses Union, which has 4,000 members, said talks with Riverside Health had failed.")
    assert ("indirect", "Nurses at the city's three hospitals will strike for two days next week",
            "Harbour City Nurses Union") in got


def test_according_to_an_owners_report_or_own_figures_is_a_document():
    got = _quotes("The Port Authority said the quay would reopen.",
                  "The quay handles about 9,000 ships a year, according to the Port Authority’s latest annual report.",
                  "Tolls rose by a third last year, according to the operator’s own figures.")
    assert not any("ships a year" in t or "Tolls rose" in t for _, t, _ in got)


def test_a_short_answer_to_a_fronted_asked_question_is_reported():
    got = _quotes("Asked whether the club would appeal, Anna Berg said it would, but added that no date had been set.")
    assert ("indirect", "it would", "Anna Berg") in got
    assert ("indirect", "no date had been set", "Anna Berg") in got
    assert not any(t == "it would" for _, t, _ in _quotes("Anna Berg said it would, but added that no date was set."))


def test_a_partial_quote_ending_a_clause_before_an_inverted_cue_makes_the_clause_reported_speech():
    got = _quotes("The council's new parking charge, approved on Monday, is “a tax on the sick,” said Rosa Lind, "
                  "who chairs the patients' forum.")
    assert got == [("indirect", "The council's new parking charge, approved on Monday, is “a tax on the sick",
                     "Rosa Lind")]
    got = _quotes("“We are not thieves,” said Rosa Lind.")
    assert got == [("direct", "We are not thieves,", "Rosa Lind")]


def test_a_name_described_as_a_body_by_a_definite_apposition_is_that_body():
    got = _quotes("Vodna Linija, the state-owned ferry operator, said the timetable would not change. "
                  "It added that it had not been told about the strike.")
    assert ("indirect", "it had not been told about the strike", "Vodna Linija") in got
    b = _check_briefing(_parse("Headline\n\nVodna Linija, the state-owned ferry operator, said the timetable would "
                               "not change.\n", "s.txt"))
    assert [(s["name"], s["kind"], s["role"]) for s in b["speakers"]] == [
        ("Vodna Linija", "organization", "state-owned ferry operator")]


def test_a_definite_title_with_its_complement_names_no_person():
    b = _check_briefing(_parse("Headline\n\nColonel Ama Boateng, the Commander of Fort Amsterdam, told reporters the "
                               "base would close.\n\nThe Commander said no soldier would lose their job.\n", "s.txt"))
    assert [s["name"] for s in b["speakers"]] == ["Ama Boateng"]
    assert "of Fort Amsterdam" not in b["entities"]["people"]


def test_a_nickname_in_quotation_marks_inside_a_name_is_read_past():
    got = _quotes('Harbour pilot Eamon "Red" Doyle, 58, said the channel had silted up.',
                  "“We touch bottom at low tide now,” said Margaret “Peggy” Nolan.")
    assert ("indirect", "the channel had silted up", "Eamon Doyle") in got
    assert ("direct", "We touch bottom at low tide now,", "Margaret Nolan") in got


def test_an_inverted_cue_before_a_lower_case_title_and_a_name_names_the_speaker():
    got = _quotes("“The ferry has not run since March,” said local farmer Ines Varga.",
                  "“We will repave it in spring,” said township reeve Colin Marsh.")
    assert ("direct", "The ferry has not run since March,", "Ines Varga") in got
    assert ("direct", "We will repave it in spring,", "Colin Marsh") in got
    assert _roles("“The ferry has not run since March,” said local farmer Ines Varga.")["Ines Varga"] == "local farmer"
    assert _roles("Christopher Reeve said the road would be paved.")["Christopher Reeve"] is None


def test_saying_in_a_statement_that_reports_the_clause_after_that():
    got = _quotes("The Nordic Ferry Union welcomed the ruling, saying in a statement that crews would now be paid for "
                  "waiting time.")
    assert ("indirect", "crews would now be paid for waiting time", "Nordic Ferry Union") in got


def test_one_of_them_said_is_an_unnamed_speaker():
    got = _quotes("Mayor Ana Ruiz said the fare would rise.",
                  "Two drivers said passengers were angry. “They think we keep the money,” one of them said.")
    assert ("direct", "They think we keep the money,", None) in got


def test_a_dateline_is_no_part_of_a_lede_clause_before_the_cue():
    for lede in ("NAIROBI, Kenya (Reuters) - Fuel prices will rise by a tenth next month, the Energy Ministry said.",
                 "Mombasa, Nov. 3, KNA - Fuel prices will rise by a tenth next month, the Energy Ministry said.",
                 "Nairobi: Fuel prices will rise by a tenth next month, the Energy Ministry said."):
        got = _quotes(lede)
        assert got == [("indirect", "Fuel prices will rise by a tenth next month", "Energy Ministry")], lede
    got = _quotes("Update: Fuel prices will rise by a tenth next month, the Energy Ministry said.")
    assert got[0][1].startswith("Update:")   # only a known place before the colon is a dateline


def test_a_long_post_clause_is_still_the_role():
    roles = _roles("Petra Hanák, who heads the water and soil programme at the Brno-based Institute for Rural "
                   "Economics and Policy, said the drought would last.")
    assert roles["Petra Hanák"] == ("heads the water and soil programme at the Brno-based Institute for Rural "
                                    "Economics and Policy")


# --- round 22 (heldout23, heldout28) ------------------------------------------------------------------------------

def test_a_name_no_list_knows_opening_a_sentence_before_an_age_is_the_he_that_follows():
    got = _quotes("Ofa Maka said the harvest was late this year.",
                  "Tavita Moala, 51, is due home in June. Speaking from Auckland, he told the paper that the orchard "
                  "work was steady.")
    assert ("indirect", "the orchard work was steady", "Tavita Moala") in got


def test_a_possessor_before_a_kin_apposition_is_not_the_sentences_subject():
    got = _quotes("Farmer Jone Vaka said the rains came late.",
                  "Vaka's sister, Ana Vaka, sat in the front row. “We waited all year,” she told reporters.")
    assert ("direct", "We waited all year,", "Ana Vaka") in got


def test_where_a_private_person_works_is_no_part_of_the_occupation():
    got = _roles("Liesl Brandt, a baker in Innsbruck, said flour prices had doubled.",
                 "Amina Juma, a vendor in Kariakoo market, said trade was slow.")
    assert got["Liesl Brandt"] == "baker"
    assert got["Amina Juma"] == "vendor"


def test_a_capitalised_word_and_a_plural_noun_placed_by_a_preposition_speak_for_nobody():
    got = _quotes("Parish leaders across Gozo say the roads are getting worse.",
                  "Diaspora groups in Canada said in a letter that the fees were too high.")
    assert ("indirect", "the roads are getting worse", None) in got
    assert ("indirect", "the fees were too high", None) in got


def test_a_where_clause_between_the_subject_and_the_verb_is_read_past():
    got = _quotes("Nurses at the Ruiru clinic, where wages were cut in May, said they would strike on Friday.",
                  "Mercy Valley Hospital in Tarrow, where most patients are sent, said in a statement that it had "
                  "opened two new wards.")
    assert ("indirect", "they would strike on Friday", None) in got
    assert ("indirect", "it had opened two new wards", "Mercy Valley Hospital") in got


def test_malay_honorifics_start_the_name_after_a_title_and_a_patronymic_stays_in_it():
    got = _quotes("Managing Director of Seri Padi Farms Awang Hamid Yusof said the harvest was early.",
                  "Permanent Secretary (Health) at the MOH Dr Hajah Zaitun binti Haji Ismail said clinics would "
                  "open longer.")
    assert ("indirect", "the harvest was early", "Hamid Yusof") in got
    assert ("indirect", "clinics would open longer", "Zaitun binti Haji Ismail") in got
    roles = _roles("Managing Director of Seri Padi Farms Awang Hamid Yusof said the harvest was early.")
    assert roles["Hamid Yusof"] == "Managing Director of Seri Padi Farms"


def test_a_glottal_stop_apostrophe_opening_a_name_keeps_the_role_before_it():
    got = _quotes("The club folded last year. Its captain, 'Ofa Lani, remembers the final:",
                  "“We had forty players and a bus of supporters.”")
    assert ("direct", "We had forty players and a bus of supporters.", "Ofa Lani") in got


def test_an_acronym_described_by_lower_case_words_is_the_body():
    got = _quotes("The opposition PNR movement, which boycotted the vote, said in a statement that it would appeal.",
                  "The court jailed the mayor for five years, the KNA newswire reported.")
    assert ("indirect", "it would appeal", "PNR") in got
    assert ("indirect", "The court jailed the mayor for five years", "KNA") in got


def test_the_company_in_a_lede_is_the_body_its_clause_names_and_a_listed_compound_is_its_role():
    text = ("Lagos Stock Exchange-listed sugar refiner Delta Cane Holdings (DCH) expects its profit to fall by half, "
            "the company said in a statement on Monday.")
    got = _quotes(text)
    assert got and got[0][2] == "Delta Cane Holdings"
    assert _roles(text)["Delta Cane Holdings"] == "Lagos Stock Exchange-listed sugar refiner"


def test_a_rank_or_honorific_before_the_name_is_the_post_a_later_title_reference_names():
    got = _quotes("Testifying on Monday, prison officer Corporal Ben Tull told the court that he had been alone.",
                  "The corporal conceded that the logbook had been filled in later.",
                  "Pathologist Dr Ama Owusu testified that the man died of sepsis.",
                  "Under cross-examination by lawyer Tom Rees, who represents the family, the doctor agreed that "
                  "the file was incomplete.")
    assert ("indirect", "the logbook had been filled in later", "Ben Tull") in got
    assert ("indirect", "the file was incomplete", "Ama Owusu") in got


def test_and_that_opening_a_second_relative_clause_is_no_second_report():
    got = _quotes("Pathologist Ama Owusu testified that the man died of sepsis, a condition that develops over days "
                  "and that is usually treatable.")
    assert [k for k, _, _ in got] == ["indirect"]
    assert got[0][1].endswith("usually treatable")


def test_an_adverb_between_commas_before_the_verb_is_read_past():
    got = _quotes("The Harbour Prison Service said in a statement that it would not comment.",
                  "A spokesperson for the service, however, said that staffing had been doubled.")
    assert ("indirect", "staffing had been doubled", "Harbour Prison Service") in got


def test_a_role_head_with_its_hyphenated_complement_is_a_title():
    got = _roles("The motion was argued by attorney-at-law Kemar Lynch.",
                 "Lynch told reporters that the family would sue.")
    assert got["Kemar Lynch"] == "attorney-at-law"


def test_what_people_call_a_quoted_phrase_is_a_label():
    got = _quotes("The valley will become what planners call a “food desert,” with no shop for 40 miles, "
                  "the council said.")
    assert not any(k == "direct" for k, _, _ in got)


def test_a_place_after_the_cue_of_a_split_quote_is_no_reported_clause():
    got = _quotes("“We asked for boats,” the fisherman Joel Mwita said outside the courthouse. “We got paperwork.”")
    assert [k for k, _, _ in got] == ["direct", "direct"]


def test_a_bare_quantifier_after_and_speaks_for_nobody_and_a_manner_adverb_is_no_part_of_the_clause():
    got = _quotes("Backbench MPs accused the speaker of stalling, and several said privately they expected a "
                  "vote by Friday.")
    assert ("indirect", "they expected a vote by Friday", None) in got


def test_according_to_an_owned_role_then_a_name_is_that_named_person():
    text = ("This year 30 men from Vaini, a village of about 900 people, are working in Australia, according to "
            "the village's town officer, Mele Fonua.")
    got = _quotes(text)
    assert ("indirect", "This year 30 men from Vaini, a village of about 900 people, are working in Australia",
            "Mele Fonua") in got
    assert _roles(text)["Mele Fonua"] == "village's town officer"


def test_a_title_read_with_the_name_after_it_never_becomes_the_role():
    got = _roles("Minister of Fisheries Goran Pavlov told MPs the quota would rise.",
                 "“The stocks are healthy,” the minister said.")
    assert got["Goran Pavlov"] == "Minister of Fisheries"


def test_a_body_known_by_a_common_noun_and_its_place_described_as_a_body_speaks():
    got = _quotes("The defensoría of Quito, the city's public ombudsman's office, said in a statement that it would "
                  "review the fares.")
    assert ("indirect", "it would review the fares", "defensoría of Quito") in got


def test_one_of_the_plural_in_a_lede_is_the_one_person_quoted_later_with_that_role():
    got = _quotes("Officers on duty that night did not carry out two of the required patrols, one of the officers "
                  "admitted at the inquest on Monday.",
                  "Giving evidence, security officer Omar Haddad told the panel that he had been alone that night.",
                  "“I did what one man could do,” Haddad said.")
    assert got[0][2] == "Omar Haddad"


def test_a_title_of_a_body_with_a_place_adjective_keeps_the_body_whole():
    got = _quotes("The Director General of the Kenyan Heritage Authority (KHA), Dr Wanjiru Kamau, said the drum "
                  "would go on display.",
                  "According to the KHA, 200 objects are still abroad.")
    b = _check_briefing(_parse("Headline for a test story\n\nThe Director General of the Kenyan Heritage Authority "
                               "(KHA), Dr Wanjiru Kamau, said the drum would go on display.\n\nAccording to the KHA, "
                               "200 objects are still abroad.\n", "story.txt"))
    assert ("indirect", "200 objects are still abroad", "Kenyan Heritage Authority") in got
    assert "Kenyan Heritage Authority" in b["entities"]["organizations"]


def test_church_titles_deacon_and_abba_are_no_part_of_the_name():
    got = _quotes("Deacon Tesfaye Bekele, a scribe from Gondar, said he had travelled for two days.")
    assert ("indirect", "he had travelled for two days", "Tesfaye Bekele") in got


def test_a_body_named_x_of_a_and_b_is_one_body():
    b = _check_briefing(_parse("Headline for a test story\n\nThe Ministry of Trade and Industry said exports rose, "
                               "while the Bank of England and HSBC said nothing.\n", "story.txt"))
    orgs = b["entities"]["organizations"]
    assert "Ministry of Trade and Industry" in orgs and "Ministry of Trade" not in orgs
    assert "Bank of England" in orgs and "HSBC" in orgs


def test_the_company_is_the_one_whose_name_the_last_speakers_title_holds_never_a_ministry():
    got = _quotes("The deal between Lindqvist Salmon AB and Tokyo importer Hanada Foods was witnessed by officials "
                  "of the Ministry of Fisheries and Coasts (MFC).",
                  "Chief Executive of Lindqvist Salmon Erik Lindqvist said the first boat would sail in May.",
                  "The company said in a statement that the deal was worth $40 million.")
    assert ("indirect", "the deal was worth $40 million", "Lindqvist Salmon AB") in got


def test_a_title_with_its_body_then_a_given_name_splits_at_the_given_name():
    b = _check_briefing(_parse("Headline for a test story\n\nChief Executive of Lindqvist Salmon Erik Lindqvist said "
                               "the first boat would sail in May.\n", "story.txt"))
    (sp,) = b["speakers"]
    assert sp["name"] == "Erik Lindqvist" and sp["role"] == "Chief Executive of Lindqvist Salmon"
    assert not any("Chief" in a for a in sp.get("aliases") or [])   # the speaker was the name, not the title


def test_an_english_name_surname_and_hyphenated_given_name_answers_to_the_surname():
    got = _quotes("Under Secretary for Housing and Lands Grace Lam Wai-ling said the scheme would open in June.",
                  "“We want families in homes by winter,” Lam said.")
    assert ("direct", "We want families in homes by winter,", "Grace Lam Wai-ling") in got


def test_a_nickname_in_quotation_marks_inside_a_name_leaves_the_name_whole():
    got = _quotes("The band's arranger, Kelvin “Spice” Ramlal, whose tune placed third, said the players would "
                  "accept the ruling.",
                  "“We will play on,” Ramlal said.")
    assert ("indirect", "the players would accept the ruling", "Kelvin Ramlal") in got
    assert ("direct", "We will play on,", "Kelvin Ramlal") in got
    assert _roles("The band's arranger, Kelvin “Spice” Ramlal, whose tune placed third, said the players would "
                  "accept the ruling.")["Kelvin Ramlal"] == "band's arranger"


# --- merge of rounds 21 and 22 -------------------------------------------------------------------------------

def test_traders_of_a_kind_placed_by_a_preposition_are_no_speaker():
    # (', however,' is read past since round 22; the plural trade noun must still name no one)
    got = _quotes("Importers in Westbridge, however, said about 30 tonnes of rice had been turned back since the ban.")
    assert got == [("indirect", "about 30 tonnes of rice had been turned back since the ban", None)]


# --- round 23 (heldout31, heldout32) -------------------------------------------------------------------------

def test_a_lede_word_in_capitals_is_no_part_of_the_name_after_it():
    got = _quotes("AFTER Sipho “Ace” Ndlovu sold his first painting, he says, he bought a better brush.",
                  "“I still use it,” Ndlovu said.")
    assert ("direct", "I still use it,", "Sipho Ndlovu") in got
    assert ("indirect", "he bought a better brush", "Sipho Ndlovu") in got


def test_an_apostrophe_opening_a_given_name_is_read_past():
    got = _quotes("The choir’s treasurer, ’Mathabo Lerotholi, said the trip to Durban had been paid for.",
                  "“We sold cakes for a year,” she said.")
    assert ("indirect", "the trip to Durban had been paid for", "Mathabo Lerotholi") in got
    assert ("direct", "We sold cakes for a year,", "Mathabo Lerotholi") in got


def test_a_byline_with_its_date_is_the_writer_never_a_he_or_she():
    b = _check_briefing(_parse("Village potter wins award\n\nKarabo Moeti\n3 April 2026\n\nWhen Neo Phiri opened "
                               "the kiln, he says, he knew the glaze had worked.\n", "story.txt"))
    names = {s["id"]: s["name"] for s in b["speakers"]}
    assert [(q["text"], names.get(q["speaker"])) for q in b["quotes"]] == \
        [("he knew the glaze had worked", "Neo Phiri")]


def test_an_adverbial_clause_before_a_cue_between_commas_is_the_setting_not_the_report():
    got = _quotes("When the harbour master first walked along the rebuilt eastern quay last spring, she says, "
                  "she could not believe how calm the water was.")
    assert got == [("indirect", "she could not believe how calm the water was", None)]


def test_writing_a_work_reports_nothing():
    got = _quotes("When Ilse Brandt wrote the novel that made her name, she says, she was working nights in a bakery.")
    assert got == [("indirect", "she was working nights in a bakery", "Ilse Brandt")]


def test_the_broadcaster_is_the_body_named_before_with_broadcasting_in_its_name():
    got = _quotes("The Northern Isles Broadcasting Corporation (NIBC) dropped the show in May.",
                  "The broadcaster said it had received 40 complaints about the episode.")
    assert ("indirect", "it had received 40 complaints about the episode",
            "Northern Isles Broadcasting Corporation") in got


def test_but_another_person_named_before_ends_the_report_and_is_the_she_next():
    got = _quotes("Dr Ana Petrova, a historian, said the mural should stay.",
                  "Mayor Lucia Ferraro said the wall was unsafe.",
                  "Petrova has argued that a copy could be painted elsewhere, but Ferraro will not discuss it.",
                  "“The wall comes down in June,” she says.")
    assert ("indirect", "a copy could be painted elsewhere", "Ana Petrova") in got
    assert ("direct", "The wall comes down in June,", "Lucia Ferraro") in got


def test_an_ed_word_after_a_determiner_is_no_finite_verb_of_a_report():
    got = _quotes("The driver admitted possession of an unlicensed shotgun and driving without insurance.")
    assert got == []


def test_the_agent_of_a_passive_verb_a_few_words_back_says_what_his_relative_clause_reports():
    got = _quotes("Leon Marsh, 29, was fined in the magistrates' court on Monday by Judge Amara Okoro, who said "
                  "she had taken his apology into account.")
    assert got == [("indirect", "she had taken his apology into account", "Amara Okoro")]


def test_with_a_speaker_and_a_speech_participle_reports_the_clause():
    got = _quotes("The ferry service will stop in October, with the operator warning that fuel costs had doubled.",
                  "A cyclist was fined £200, with the magistrate telling her that the bridge was no cycle lane.",
                  "The fine was imposed by Magistrate Ruth Kamau, who said the rules were clear.")
    assert ("indirect", "the bridge was no cycle lane", "Ruth Kamau") in got
    assert ("indirect", "fuel costs had doubled", None) in got


def test_a_question_from_the_press_is_no_quote():
    got = _quotes("Coach Mele Fifita said the team had trained twice a day.",
                  "“Did you expect to win?” a reporter asked.",
                  "“Not really,” Fifita said.",
                  "Journalists asked whether the club would appeal the fine.")
    assert [t for _, t, _ in got] == ["the team had trained twice a day", "Not really,"]


def test_a_lede_body_noun_is_the_body_named_and_speaking_next():
    got = _quotes("APIA, 4 May 2026 (SNA) – Bus fares must fall by 10 percent within a month, the transport "
                  "regulator said on Friday.",
                  "In a notice on its website, the Land Transport Authority (LTA) said operators must publish new fares.")
    assert got == [("indirect", "Bus fares must fall by 10 percent within a month", "Land Transport Authority"),
                   ("indirect", "operators must publish new fares", "Land Transport Authority")]


def test_a_quantifier_opening_a_subject_with_a_common_noun_names_no_one():
    got = _quotes("Some Westport fans said the referee had been too strict.",
                  "Another supplier said in a written reply that it would review its prices.")
    assert got == [("indirect", "the referee had been too strict", None),
                   ("indirect", "it would review its prices", None)]


def test_people_of_a_kind_at_a_named_place_are_no_speaker():
    got = _quotes("Market vendors at the Kalinda stalls in Ndola said business had halved since the floods.")
    assert got == [("indirect", "business had halved since the floods", None)]


def test_a_participle_phrase_with_a_time_between_commas_is_no_cue():
    got = _quotes("The growers sought a review of the decision by the Department of Water, Forests and Land Affairs "
                  "(Dwfl), announced in June, to cap abstraction at 2,000 litres a day.")
    assert got == []


def test_accepted_that_reports_and_accepted_an_object_does_not():
    got = _quotes("Judge Ellen Marsh accepted that the council's aim was fair, but said the timetable was too short.",
                  "The club accepted the offer, which it said was generous.")
    assert got == [("indirect", "the council's aim was fair", "Ellen Marsh"),
                   ("indirect", "the timetable was too short", "Ellen Marsh")]


def test_according_to_him_is_the_man_just_quoted():
    got = _quotes("Fisherman Tomas Rivera said the catch had halved in two years.",
                  "According to him, a boat now earns less than $200 a week after fuel.")
    assert ("indirect", "a boat now earns less than $200 a week after fuel", "Tomas Rivera") in got


def test_a_school_district_is_a_body_and_the_district_said_is_it():
    got = _quotes("Pupils in the Pine Ridge School District will start classes an hour later from September, the "
                  "district announced Tuesday.")
    assert got == [("indirect", "Pupils in the Pine Ridge School District will start classes an hour later from "
                                "September", "Pine Ridge School District")]


def test_a_relative_that_inside_a_place_phrase_starts_the_speaker():
    got = _quotes("Officers raided a warehouse in Kamwala district that the Drug Enforcement Commission says was "
                  "used to store cannabis.")
    assert [s for _, _, s in got] == ["Drug Enforcement Commission"]


def test_a_bracketed_quotation_with_its_cue_leaves_no_clause_after_the_bracket():
    got = _quotes("Some nurses, including ward sister Jane Cole (“I would rather work four long days,” she said), "
                  "spoke in favor at the meeting.")
    assert got == [("direct", "I would rather work four long days,", "Jane Cole")]


def test_a_long_title_case_title_after_an_owner_is_no_quote():
    got = _quotes("The figures are set out in the ministry’s “Annual Coastal Water Quality Report, Northern Region "
                  "2024,” released on Friday.")
    assert got == []


def test_a_count_after_with_in_a_description_is_no_part_of_the_role():
    got = _roles("Maria Santos, a baker from Oakvale with three children at the village school, said the later "
                 "start would help.")
    assert got["Maria Santos"] in ("baker", "baker from Oakvale")


def test_a_long_introductory_phrase_before_the_subject_of_a_coordinated_cue_is_read_past():
    got = _quotes("Speaking to the Weekly Star in Lusaka on Friday, the association's chairwoman, Grace Banda, "
                  "called the levy unfair and said traders would close their stalls.")
    assert got == [("indirect", "traders would close their stalls", "Grace Banda")]


def test_a_title_listing_its_remits_then_its_body_before_a_name_is_the_role():
    got = _roles("The Deputy Minister for Trade, Industry and Tourism at the Ministry of Commerce, Hon. Ruth Mensah, "
                 "told reporters that prices would fall.")
    assert got["Ruth Mensah"] == "Deputy Minister for Trade, Industry and Tourism at the Ministry of Commerce"


def test_a_trade_title_before_a_name_is_a_role_but_a_shop_named_for_a_person_stays_a_body():
    b = _check_briefing(_parse("Headline for a test story\n\nTrader Joe's said it would recall the product. "
                               "Importer Sam Lee said prices would rise.\n", "story.txt"))
    kinds = {s["name"]: (s["kind"], s["role"]) for s in b["speakers"]}
    assert kinds["Sam Lee"] == ("person", "Importer")
    assert kinds.get("Trader Joe") == ("organization", None)


def test_a_relative_who_speaks_is_reported_unnamed():
    got = _quotes("The driver's sister, who asked that her name not be used, said he had been on his way home.",
                  "His father said the family had heard nothing from the police.")
    assert got == [("indirect", "he had been on his way home", None),
                   ("indirect", "the family had heard nothing from the police", None)]


def test_a_relative_named_before_is_the_relative_who_speaks_later():
    got = _quotes("He is survived by a daughter, Helen Marsh, and two grandchildren.",
                  "His daughter said he had kept his allotment until the age of 91.")
    assert got == [("indirect", "he had kept his allotment until the age of 91", "Helen Marsh")]


def test_she_after_a_name_the_list_calls_male_is_that_person_when_no_woman_was_named():
    # (a family name first, as in much of East Asia: the first word is no given name)
    got = _quotes("“We opened the clinic with two nurses,” says Cheng Wai Lan, 64, a retired midwife.",
                  "She says the waiting room is full every morning.",
                  "Cheng says she will keep volunteering. “Until they close the door,” she says.")
    assert [s for _, _, s in got] == ["Cheng Wai Lan"] * 4


def test_a_lower_case_word_before_the_head_of_a_title_keeps_the_opening_name_before_a_participle():
    got = _quotes("Harbour Authority operations manager Petra Lind, speaking at a briefing on Friday, said the quay "
                  "would reopen in May.")
    assert got == [("indirect", "the quay would reopen in May", "Petra Lind")]


def test_an_adverb_between_commas_after_the_verb_is_read_past_to_the_clause():
    got = _quotes("Mayor Ines Kovac said the bridge was safe. She said, however, that the weight limit would stay "
                  "until the spring.")
    assert got == [("indirect", "the bridge was safe", "Ines Kovac"),
                   ("indirect", "the weight limit would stay until the spring", "Ines Kovac")]


def test_a_setting_before_the_subject_of_a_verb_that_ends_in_a_colon_and_a_quotation_is_no_report():
    got = _quotes("Late on Sunday, hours before the verdict was read, Omar Haddad posted on Instagram: “Whatever "
                  "happens, I am at peace.”")
    assert got == [("direct", "Whatever happens, I am at peace.", "Omar Haddad")]


def test_a_speech_verb_inside_an_if_clause_reports_nothing():
    got = _quotes("The panel will review the sample in June. If it confirms the finding, the swimmer faces a "
                  "two-year ban.")
    assert got == []


def test_lower_case_words_between_the_and_a_body_noun_belong_to_the_speaker():
    got = _quotes("The club's licence has been withdrawn for a season, the regional football association confirmed "
                  "on Friday.",
                  "The Northern Counties Football Association (NCFA) said the club could appeal within 14 days.")
    assert got[0] == ("indirect", "The club's licence has been withdrawn for a season",
                      "Northern Counties Football Association")


def test_a_body_that_opens_the_reported_clause_is_the_body_noun_that_reports_it():
    got = _quotes("The Northern Ports Holding Corporation (NPHC) sold its stake in the ferry line on Monday for "
                  "$4 million, the state holding company said.",
                  "In a statement, the Coastal Shipping Authority (CSA) said the sale would be reviewed.")
    assert got[0] == ("indirect", "The Northern Ports Holding Corporation (NPHC) sold its stake in the ferry line "
                                  "on Monday for $4 million", "Northern Ports Holding Corporation")


def test_residents_of_a_street_are_people_of_a_place_not_a_speaker_named_for_it():
    b = _check_briefing(_parse("Headline for a test story\n\nResidents of Alder Crescent, many of whom attended the "
                               "hearing, said they feared more flooding.\n", "story.txt"))
    assert [(q["text"], q["speaker"]) for q in b["quotes"]] == [("they feared more flooding", None)]
    assert b["speakers"] == []


def test_a_lower_case_word_between_an_owner_and_a_body_noun_keeps_the_lede_title_whole():
    # round 25: the title's head ("head"), not the body noun at its end, is the subject; the person the next
    # paragraph introduces with a title of their own is the one it describes
    got = _quotes("Patients in the north have waited a year for a hearing test, the head of the Harbour Trust’s "
                  "audiology service says.",
                  "Dr Selma Okafor, clinical lead for hearing at the Harbour Trust, said two posts were vacant.")
    assert got == [("indirect", "Patients in the north have waited a year for a hearing test", "Selma Okafor"),
                   ("indirect", "two posts were vacant", "Selma Okafor")]


def test_a_lede_subject_described_by_a_participle_or_in_charge_of_is_the_body_or_person_named_next():
    # round 25: "the group representing …", "the official in charge of …" describe a subject not yet named
    got = _quotes("Dozens of bakeries will stop selling bread at the fixed price, the group representing small "
                  "bakers said on Friday.",
                  "The Riverside Bakers Guild said 48 of its members had signed a letter to the council.")
    assert [s for _, _, s in got] == ["Riverside Bakers Guild"] * 2
    got = _quotes("Unlicensed kiosks will be closed within a month, the official in charge of market inspections "
                  "warned on Monday.",
                  "The director of trade standards, Joaquín Ferrer Lobo, said 600 kiosks had no permit.")
    assert [s for _, _, s in got] == ["Joaquín Ferrer Lobo"] * 2


def test_plural_people_on_a_place_opening_the_sentence_are_no_speaker_named_for_the_place():
    # round 25: a capitalised plural kin or agent noun opening the sentence ("Parents on …", "Fishermen on …")
    b = _check_briefing(_parse("Headline for a test story\n\nParents on Tavake say the school bus has not run since "
                               "January.\n", "story.txt"))
    assert [(q["text"], q["speaker"]) for q in b["quotes"]] == [("the school bus has not run since January", None)]
    assert b["speakers"] == []


def test_the_one_talked_to_in_a_relative_clause_before_the_cue_is_not_the_speaker():
    # round 25: "X who spoke to the Herald said" → X (here people of a kind: no one named)
    b = _check_briefing(_parse("Headline for a test story\n\nMarket traders who spoke to the Valley Herald said the "
                               "new fees would drive them out.\n\nA midwife who had talked with Radio Oakfield said "
                               "she would leave in March.\n", "story.txt"))
    assert [(q["text"], q["speaker"]) for q in b["quotes"]] == [("the new fees would drive them out", None),
                                                                 ("she would leave in March", None)]
    assert b["speakers"] == []


def test_the_first_of_two_surnames_alone_is_the_person_with_the_double_surname():
    # round 25: Spanish and Portuguese names: "Quiroga" stands for "… Quiroga Ortega"
    b = _check_briefing(_parse("Headline for a test story\n\nThe mayor of the district, Carlos Alberto Quiroga "
                               "Ortega, said the market would reopen in April.\n\n“We have waited long enough,” "
                               "Quiroga said.\n", "story.txt"))
    assert [s["name"] for s in b["speakers"]] == ["Carlos Alberto Quiroga Ortega"]
    names = {s["id"]: s["name"] for s in b["speakers"]}
    assert [names[q["speaker"]] for q in b["quotes"]] == ["Carlos Alberto Quiroga Ortega"] * 2


def test_a_title_named_before_the_person_replaces_a_one_word_title_before_the_name():
    # round 25: "The chair of X said C." ¶ "Councillor Y told …": "Councillor" says nothing of the office
    got = _roles("Bus fares in the borough will rise in June.",
                 "The chair of Transport and Roads said the rise covered the cost of new buses.",
                 "Councillor Imogen Treharne told the meeting the routes would not change.")
    assert got == {"Imogen Treharne": "chair of Transport and Roads"}


def test_a_relative_clause_saying_what_a_person_teaches_is_the_role():
    got = _roles("Kate Lomas, who teaches history at Brent Valley College, says the town museum is underused.")
    assert got["Kate Lomas"] == "teaches history at Brent Valley College"


def test_a_council_portfolio_holder_in_an_apposition_is_the_role():
    got = _roles("Jane Pell, North Moorside Borough Council's portfolio holder for housing, said the flats were "
                 "running late.")
    assert got["Jane Pell"] == "North Moorside Borough Council's portfolio holder for housing"


def test_an_apposition_after_a_lower_case_head_used_as_a_title_is_the_role():
    got = _roles("“The numbers do not add up,” said Alderman Tom Rusk, chairman of the parks committee, which meets "
                 "on Thursdays.")
    assert got["Tom Rusk"] == "chairman of the parks committee"


def test_a_comma_listing_a_bodys_remits_inside_an_apposition_keeps_the_person_as_speaker():
    got = _quotes("Ukel Mabior Dut, the head of customs at the Bureau of Tariffs, Ports and Excise, said the trucks "
                  "would be released on Monday.")
    assert got == [("indirect", "the trucks would be released on Monday", "Ukel Mabior Dut")]
    assert _roles("Jane Smith, director of the Department of Parks, Recreation and Forestry, said the pool "
                  "would reopen.")["Jane Smith"] == "director of the Department of Parks, Recreation and Forestry"


def test_one_word_that_is_the_middle_of_a_three_word_name_is_that_person():
    got = _quotes("Sofía Ibarra Montes, the town's mayor, said the market would reopen on Friday.",
                  "“We owe it to the stallholders,” Ibarra said.")
    assert [s for _, _, s in got] == ["Sofía Ibarra Montes"] * 2


def test_a_caption_closed_by_a_photo_credit_introduces_nobody():
    got = _quotes("Tom Reyes stacks crates at the family bakery on Friday (Photo by Ana Ortiz)",
                  "The ovens at Ada Reyes's bakery have been running since 1998.",
                  "“We bake through the night,” says Reyes, 41, a master baker who runs the shop with her brother.",
                  "Her brother, Tom Reyes, 37, keeps the books.")
    assert got == [("direct", "We bake through the night,", "Ada Reyes")]
    assert _roles("Tom Reyes stacks crates at the bakery (Photo: Ana Ortiz)",
                  "Ada Reyes, a master baker, says the ovens run all night.") == {"Ada Reyes": "master baker"}


def test_a_noun_standing_for_a_word_of_a_bodys_name_refers_back_to_that_body():
    got = _quotes("Westmoor Police said two men had been arrested after the fire.",
                  "A force spokesperson added: “Both remain in custody.”")
    assert [s for _, _, s in got] == ["Westmoor Police"] * 2
    got = _quotes("According to Lakeview Medical Centre, 12 people were treated for smoke inhalation.",
                  "Four of them were firefighters, the hospital said.")
    assert [s for _, _, s in got] == ["Lakeview Medical Centre"] * 2


def test_a_lede_clause_with_a_partial_quote_in_mid_clause_is_reported_by_the_body_named_next():
    # round 27: the partial quote sits between two words of the clause, which stays whole; the lede's "a campaign
    # group" is the body the next paragraph names (a name with no given name, made a body), after a byline and date
    b = _check_briefing(_parse("Headline for a test story\n\nBy Tomasz Weller\n\nMay 3, 2026\n\nHundreds of "
                               "tenants in the old mill flats are “close to giving up” after repairs were delayed "
                               "again, a campaign group said on Monday.\n\nFix Our Homes said 140 flats still had "
                               "no heating.\n", "story.txt"))
    names = {s["id"]: s["name"] for s in b["speakers"]}
    assert [(q["kind"], q["text"], names.get(q["speaker"])) for q in b["quotes"]] == [
        ("indirect", "Hundreds of tenants in the old mill flats are “close to giving up” after repairs were delayed "
                     "again", "Fix Our Homes"),
        ("indirect", "140 flats still had no heating", "Fix Our Homes")]
    assert [s["kind"] for s in b["speakers"]] == ["organization"]


def test_a_headline_quote_after_a_capitalised_adjective_and_a_plural_of_people_names_no_speaker():
    # round 27: "Unpaid nurses ‘…’ as …": the headline's first word is no name
    b = _check_briefing(_parse("Unpaid nurses ‘at the end of their tether’ as pay talks stall again\n\n"
                               "Talks on the pay of agency nurses broke down again on Monday, with none planned.\n",
                               "story.txt"))
    assert b["quotes"] == [] and b["speakers"] == []


def test_furthered_that_reports_speech():
    # round 27: West African press idiom ("He furthered that C"), a that-only speech verb in speech_verbs.yaml
    got = _quotes("The chairman of the traders’ union, Musa Kargbo, said the market would stay shut on Friday.",
                  "He furthered that traders wanted “a proper roof” but that the council had ignored them.")
    assert got == [("indirect", "the market would stay shut on Friday", "Musa Kargbo"),
                   ("indirect", "traders wanted “a proper roof”", "Musa Kargbo"),
                   ("indirect", "the council had ignored them", "Musa Kargbo")]


def test_an_according_to_phrase_is_never_the_clause_a_later_verb_reports():
    # round 27: "According to X, lenders have agreed to …": "agreed to" reports nothing before it; X's clause stays
    got = _quotes("According to the Federation of Ferry Operators, crews have agreed to work on Sundays until "
                  "the end of May.")
    assert got == [("indirect", "crews have agreed to work on Sundays until the end of May",
                    "Federation of Ferry Operators")]


def test_the_head_of_a_named_body_with_lower_case_words_before_its_noun_is_one_title():
    # round 27: "the chairman of the Senate finance committee said": the whole title, not "finance committee"; the
    # next person quoted, whose only title is a party's label and a one-word title, takes it
    got = _quotes("Road tolls will not rise this year.",
                  "The chairman of the Senate transport committee said the plan had been shelved.",
                  "Green MP Harriet Vollmer told reporters that the committee would meet again in May.")
    assert [s for _, _, s in got] == ["Harriet Vollmer"] * 2
    assert _roles("Road tolls will not rise this year.",
                  "The chairman of the Senate transport committee said the plan had been shelved.",
                  "Green MP Harriet Vollmer told reporters that the committee would meet again in May.") == {
        "Harriet Vollmer": "chairman of the Senate transport committee"}


def test_who_is_no_relation_is_no_role():
    # round 27: "X, who is no relation of Y, said": a relation denied, no post
    got = _roles("Peter Sandoval, who is no relation of the owner, said the shop had closed in March.")
    assert got == {"Peter Sandoval": None}


def test_a_ministry_named_by_its_portfolio_opening_the_sentence_is_that_body():
    # round 27: "The transport ministry said C", no ministry named before → the body "transport ministry"; people
    # at a ministry ("Officials at the provincial ministry said") stay unnamed
    got = _quotes("The transport ministry said in a written reply that 40 buses had been ordered and that the "
                  "first would arrive in June.")
    assert got == [("indirect", "40 buses had been ordered", "transport ministry"),
                   ("indirect", "the first would arrive in June", "transport ministry")]
    got = _quotes("Officials at the provincial ministry said the depot would stay open.")
    assert got == [("indirect", "the depot would stay open", None)]


def test_a_currency_amount_in_capitals_is_no_body_for_it():
    # round 27: "RM610,000", "XAF14.6 billion": letters and an amount name nobody, so "It said" stays the body's
    got = _quotes("The Penang Fisheries Office said it had paid out about RM450,000 to boat owners last year.",
                  "It said the scheme would be renewed in March.")
    assert [s for _, _, s in got] == ["Penang Fisheries Office"] * 2


def test_a_role_with_a_lower_case_complement_after_of_or_for_is_the_subject():
    # round 28: "The deputy director for water services told members that C", "the lead author of a new survey said":
    # a described speaker whose title ends in lower-case words after "of"/"for"; named in the next paragraph
    got = _quotes("The deputy director for water services told members that two reservoirs were below half.",
                  "Helen Marsh said the board would meet again in June.")
    assert got == [("indirect", "two reservoirs were below half", "Helen Marsh"),
                   ("indirect", "the board would meet again in June", "Helen Marsh")]
    got = _quotes("Bus fares have risen by a third since 2020, the lead author of a new transport survey said "
                  "Friday.", "Tomas Brandt, an economist at Lund University, said the rise hit commuters hardest.")
    assert got[0] == ("indirect", "Bus fares have risen by a third since 2020", "Tomas Brandt")


def test_a_title_before_a_name_without_a_known_given_name_ends_the_name_at_of():
    # round 28: "Researcher Tran Van Loc of the Mekong Delta Institute said": the title marks the capitalised words
    # before "of" as the name, and "of …" is the affiliation, whatever the given name
    got = _quotes("Researcher Tran Van Loc of the Mekong Delta Institute said exports would recover by June.",
                  "“It is a pause, not a collapse,” Loc said.")
    assert [s for _, _, s in got] == ["Tran Van Loc"] * 2
    assert _roles("Researcher Tran Van Loc of the Mekong Delta Institute said exports would recover by June.") == {
        "Tran Van Loc": "Researcher"}


def test_an_inverted_title_with_a_bracketed_acronym_reads_past_it():
    # round 28: "said Port Authority Chief Executive (CEO) Ruth Mensah": the acronym is no end of the title
    got = _quotes("Two cranes were damaged in the storm, said Harbour Board Chief Executive (CEO) Ruth Mensah.")
    assert got == [("indirect", "Two cranes were damaged in the storm", "Ruth Mensah")]
    role = _roles("Two cranes were damaged in the storm, said Harbour Board Chief Executive (CEO) Ruth Mensah.")[
        "Ruth Mensah"]
    assert role.startswith("Harbour Board Chief Executive")


def test_a_titled_name_closing_the_sentence_after_said_beats_a_name_with_its_origin_before_it():
    # round 28: "The injured are A, 41, of X, and B, 19, of Y, said Police Chief Z.": the person after the verb
    # speaks; the people listed before the comma are the report's
    got = _quotes("The injured are Kofi Boateng, 41, of Tema, and Esi Owusu, 19, of Ashaiman, said District "
                  "Police Commander Yaw Asante.")
    assert got == [("indirect", "The injured are Kofi Boateng, 41, of Tema, and Esi Owusu, 19, of Ashaiman",
                    "Yaw Asante")]


def test_a_quoted_name_right_after_a_work_noun_or_marketed_as_is_no_quotation():
    # round 29: 'under the theme “Fire safety starts at home”', 'the series "…"', 'marketed as "…"': the name
    # of a work or a sales label, in any case, is no quotation
    assert _quotes("The service will launch a campaign next month under the theme “Check your smoke alarm today”.") == []
    assert _quotes("The debate was the tenth in the series \"Building trust through open public talks\".") == []
    assert _quotes("The farm is marketed by its agents as \"a quiet paradise at the end of the valley\".") == []


def test_a_statement_phrase_between_the_subject_and_the_verb_is_read_past():
    # round 30: "The operator, X (XL), in a statement issued on Tuesday, said C": the channel between commas
    # before the verb keeps the quote and its speaker
    got = _quotes("The ferry operator, Harbour Gate Limited (HGL), in a statement issued on Tuesday, said the new "
                  "fares had been approved by the port board.")
    assert got == [("indirect", "the new fares had been approved by the port board", "Harbour Gate Limited")]


def test_a_local_office_after_a_bodys_acronym_is_the_bodys():
    # round 30: "The World Health Organization (WHO) Country Office said": the body before its acronym speaks
    got = _quotes("The Harbour Relief Federation (HRF) Country Office said it was ready to send tents to the coast.")
    assert got == [("indirect", "it was ready to send tents to the coast", "Harbour Relief Federation")]


def test_the_body_noun_credits_the_body_the_story_described_with_it():
    # round 30: "X, a housing charity, …" / "chair of the housing charity X" ¶ "The charity said in a statement
    # that C": the body described with that noun speaks
    got = _quotes("Harbour Care Trust, a housing charity, opened a shelter in May.",
                  "The charity said it would ask the council to publish a review.")
    assert got == [("indirect", "it would ask the council to publish a review", "Harbour Care Trust")]
    got = _quotes("Mary Lowe, chair of the housing charity Harbour Care Trust, said rents were too high.",
                  "The charity said in a statement that it would ask the council to publish a review.")
    assert got[1] == ("indirect", "it would ask the council to publish a review", "Harbour Care Trust")


def test_a_body_named_by_its_remits_and_executive_is_no_role():
    # round 30: "The Health and Safety Executive said": capitalised remits joined by "and" before "Executive"
    # name a body (a minister so named stays a role)
    assert _quotes("The Harbour and Marine Executive said it was aware of the incident.") == [
        ("indirect", "it was aware of the incident", "Harbour and Marine Executive")]
    assert _quotes("The Health and Education Minister said it was aware of the incident.") == [
        ("indirect", "it was aware of the incident", None)]


def test_an_acronym_of_a_bodys_initials_is_that_body():
    # round 30: "The Harbour Safety Authority said …" ¶ "According to the HSA, …": its initials name it
    b = _check_briefing(_parse("Headline for a test story\n\nThe Harbour Safety Authority said it had opened an "
                               "inquiry.\n\nAccording to the HSA, every crane must be inspected each year.\n",
                               "story.txt"))
    assert [s["name"] for s in b["speakers"]] == ["Harbour Safety Authority"]


def test_the_statement_as_subject_is_the_body_that_issued_it():
    # round 30: "X, in a statement issued on Tuesday, said C1" ¶ "The statement noted that C2": the body speaks
    got = _quotes("The Harbour Trust, in a statement issued on Tuesday, said the new fees had been approved.",
                  "The statement noted that the fees had not been reviewed for three years.")
    assert got[1] == ("indirect", "the fees had not been reviewed for three years", "Harbour Trust")


def test_a_posts_office_as_subject_is_the_office():
    # round 30: "In a statement, the mayor’s office said C": the office speaks, as a body
    got = _quotes("In a statement, the governor’s office said the plan would protect core services.")
    assert got == [("indirect", "the plan would protect core services", "governor’s office")]


def test_a_spokesperson_for_the_department_is_the_body_that_spoke_last():
    # round 30: a body named with no "department" in its name spoke; "A spokesperson for the department said C"
    got = _quotes("Harbour Works Canada, which runs the scheme, said in a statement that funding was growing.",
                  "A spokesperson for the department said every province must comply.")
    assert got[1] == ("indirect", "every province must comply", "Harbour Works Canada")


def test_which_said_after_a_bodys_acronym_and_its_description_is_the_body():
    # round 30: "by the X Commission (XC), the regional banking regulator, which said C": the body speaks
    got = _quotes("The deal was approved by the Harbour Banking Commission (HBC), the regional banking regulator, "
                  "which said in its decision that the merger was the only option.")
    assert got == [("indirect", "the merger was the only option", "Harbour Banking Commission")]


def test_a_bodys_description_before_which_said_lets_the_role_noun_find_it_later():
    # round 30: "X (XC), the regional banking regulator, which said C" … "according to the regulator": the body
    got = _quotes("The deal was approved by the Harbour Banking Commission (HBC), the regional banking regulator, "
                  "which said in its decision that the merger was the only option.",
                  "HBC placed the lender under administration in June, according to the regulator.")
    assert got[1] == ("indirect", "HBC placed the lender under administration in June", "Harbour Banking Commission")


def test_lower_case_noun_adjuncts_before_a_role_head_belong_to_the_subject():
    # round 31: "C, the city’s budget director said Monday." and "“Q,” said the city’s budget director, X": words no
    # list knows ("budget", "parks") between the owner and the head are part of the noun phrase, so the lede's
    # clause is reported and the inverted cue names the person; the lede's role finds that person later
    got = _quotes("Harbourton will close two swimming pools next year, the town’s leisure director said Monday.",
                  "The closures follow a fall in visitor numbers.",
                  "“We looked at every pool and every contract,” said the town’s leisure director, Petra Vollmer, "
                  "who presented the plan to councillors.")
    assert got == [("indirect", "Harbourton will close two swimming pools next year", "Petra Vollmer"),
                   ("direct", "We looked at every pool and every contract,", "Petra Vollmer")]


def test_a_ledes_body_with_lower_case_words_is_the_body_whose_name_holds_them():
    # round 31: "C, the fisheries affairs ministry said on Tuesday." ¶ "In a statement, the Ministry of Fisheries
    # Affairs and Coastal Planning said C2": the body whose name holds the head and every lower-case word (not
    # another ministry named later)
    got = _quotes("Boat owners must renew their licences by June, the fisheries affairs ministry said on Tuesday.",
                  "In a statement, the Ministry of Fisheries Affairs and Coastal Planning said 300 licences had "
                  "lapsed.",
                  "The Finance Ministry said the fees would not change.")
    assert [s for _, _, s in got] == ["Ministry of Fisheries Affairs and Coastal Planning",
                                      "Ministry of Fisheries Affairs and Coastal Planning", "Ministry of Finance"]


def test_lower_case_remits_listed_with_commas_stay_in_the_apposition():
    # round 31: "X, the head of the department for the regulation of fairs, markets and festivals, said C"
    got = _quotes("Speaking in Harbourton, Tomas Reinholt, the head of the city department for the licensing of "
                  "fairs, markets and festivals, said the new rule would cut noise at night.")
    assert got == [("indirect", "the new rule would cut noise at night", "Tomas Reinholt")]


def test_a_ledes_unnamed_official_is_the_person_the_next_paragraph_introduces():
    # round 31: "C, a senior official has said." ¶ "X, the director of …, said C2": the person introduced and
    # quoted next, with a post of their own (any post for "official"); not when the lede keeps its source anonymous
    got = _quotes("Applicants will wait three more weeks for new permits, a senior official has said.",
                  "Col. Marta Okonjo, the director of permits at the Harbour Authority, said the last batch of "
                  "forms was used up in February.")
    assert [s for _, _, s in got] == ["Marta Okonjo", "Marta Okonjo"]
    got = _quotes("Applicants will wait three more weeks for new permits, a senior official said on condition of "
                  "anonymity.",
                  "Col. Marta Okonjo, the director of permits at the Harbour Authority, said the last batch of "
                  "forms was used up in February.")
    assert got[0] == ("indirect", "Applicants will wait three more weeks for new permits", None)


def test_a_ledes_body_noun_is_the_body_the_same_words_stand_for_later():
    # round 31: "C, the union said." ¶ "Members of X Local 1897 voted …" ¶ "“Q,” the union said": the lede's
    # noun phrase is the body it stands for later
    got = _quotes("About 900 workers at Harbour Pumps walked off the job on Monday, the union said.",
                  "Members of International Association of Pipefitters Local 1897 voted on Sunday to reject the offer.",
                  "“Our members have given this company everything,” Local 1897 President Dale Ford said.",
                  "The pump maker did not comment.",
                  "“We are ready to talk,” the union said in a statement.")
    assert [s for _, _, s in got] == ["International Association of Pipefitters Local 1897", "Dale Ford",
                                      "International Association of Pipefitters Local 1897"]


def test_the_leadership_of_a_body_speaks_for_it():
    # round 31: "C, the leadership of their union has said.": the body speaks through its leaders
    got = _quotes("Bus drivers in Harbourton will not return to work until fares are cut, the leadership of their "
                  "union has said.",
                  "Members of the Harbourton Bus Drivers Union parked their buses on Wednesday.")
    assert got == [("indirect", "Bus drivers in Harbourton will not return to work until fares are cut",
                    "Harbourton Bus Drivers Union")]

def test_an_accusation_or_a_call_after_and_ends_the_reported_clause():
    # round 32: "said C “…” and accused / called for / appealed to …": the narrator's summary of what the speaker
    # did next is no part of the report, and words it quotes are no quotation of their own
    got = _quotes("Dana Whitlock, a spokeswoman for the tenants’ union, said the rent rise was “a slap in the face” "
                  "and accused the council of ignoring the tenants for years.")
    assert got == [("indirect", "the rent rise was “a slap in the face”", "Dana Whitlock")]
    got = _quotes("Kate Mossop said the new rota was unsafe and called for an independent review of the shifts.")
    assert got == [("indirect", "the new rota was unsafe", "Kate Mossop")]
    got = _quotes("Omar Reyes said the family was staying with friends and appealed to neighbours for spare blankets.")
    assert got == [("indirect", "the family was staying with friends", "Omar Reyes")]
    got = _quotes("Dana Whitlock said the budget had to be tabled “in full”, and accused the mayor of writing "
                  "“a blank cheque for developers”.")
    assert [k for k, _, _ in got] == ["indirect"] and got[0][1] == "the budget had to be tabled “in full”"


def test_a_short_reported_clause_counts_the_words_it_quotes():
    # round 32: "adding that sensors “don’t put a single drop back in”": a subject and a partial quote make a
    # reported clause (of nine words, not two), which keeps the quote as part of it
    got = _quotes("Nell Saunders said the only fix was more rain, adding that pumps “won’t put a single drop back”.")
    assert got == [("indirect", "the only fix was more rain", "Nell Saunders"),
                   ("indirect", "pumps “won’t put a single drop back”", "Nell Saunders")]


def test_a_quotation_that_a_finite_verb_follows_opens_a_reported_clause():
    # round 32: 'adding that “dialogue, not strike action” was the way forward': the quoted words are the subject of
    # the reported clause, which is one indirect quote (a quotation after "said:" stays direct)
    got = _quotes("The harbour board said it had invited the union to talks, adding that “talks, not strikes” "
                  "were the way forward.")
    assert [(k, t) for k, t, _ in got] == [("indirect", "it had invited the union to talks"),
                                           ("indirect", "“talks, not strikes” were the way forward")]
    assert _quotes("Nell Saunders said: “Talks, not strikes, are the way forward.”") == [
        ("direct", "Talks, not strikes, are the way forward.", "Nell Saunders")]


def test_the_division_is_the_body_named_with_it():
    # round 32: "The X Division of Y …" ¶ "The division said C": the noun refers back to the body
    got = _quotes("The Harbour Division of Water Quality said in a statement that it had reviewed the study.",
                  "The division said it installed two new sensors last year.")
    assert got[1] == ("indirect", "it installed two new sensors last year", "Harbour Division of Water Quality")


def test_a_quotation_after_a_reported_that_is_reported_speech():
    # round 32: 'said that “Q”', '… and that “Q”', '…, but that “Q”': a quotation that is the whole complement of a
    # reported "that" is an indirect quote (its words, without the marks), as the labelling conventions have it
    got = _quotes("Nell Saunders told reporters that the rota was still under review and that “nothing is final "
                  "until the board signs it”.")
    assert got == [("indirect", "the rota was still under review", "Nell Saunders"),
                   ("indirect", "nothing is final until the board signs it", "Nell Saunders")]
    assert _quotes("Nell Saunders said that “every case is reviewed on its merits.”") == [
        ("indirect", "every case is reviewed on its merits", "Nell Saunders")]


def test_posted_that_reports_a_clause():
    # round 32: "posted on Facebook that C" reports C ("posted" with no "that" reports nothing)
    got = _quotes("Harbour Fun Park later posted on Facebook that all its other rides would reopen on Friday.")
    assert got == [("indirect", "all its other rides would reopen on Friday", "Harbour Fun Park")]
    assert _quotes("Nell Saunders posted a video of the flooded road on Facebook.") == []


def test_a_clause_after_a_listener_and_its_place_and_day_is_reported():
    # round 33: "told reporters in Hobart on Tuesday the company could not …", "told the Times Colonist the counts
    # don't …", "told Rudaw English they supported …": with no "that", the clause starts after the listener and the
    # place and day that follow it, also where its verb is a negated auxiliary or a past tense in -ed
    got = _quotes("Tomas Reyes told reporters in Lisbon on Monday the supplier could not guarantee delivery by June.")
    assert got == [("indirect", "the supplier could not guarantee delivery by June", "Tomas Reyes")]
    got = _quotes("Dana Whitlock told the Harbour Gazette the figures don't add up.")
    assert got == [("indirect", "the figures don't add up", "Dana Whitlock")]
    got = _quotes("Some told the Valley Courier they supported the strike.")
    assert got == [("indirect", "they supported the strike", None)]


def test_an_unnamed_agent_noun_opens_a_report():
    # round 33: "Another visitor said C", "One buyer told X C": a lower-case agent noun no list knows, after
    # "a/an/one/another", is an unnamed speaker (whose clause is reported, with no name)
    assert _quotes("Another shopper said the prices had doubled since spring.") == [
        ("indirect", "the prices had doubled since spring", None)]
    assert _quotes("One buyer told reporters she had spent her savings on the cream.") == [
        ("indirect", "she had spent her savings on the cream", None)]


def test_the_researcher_is_the_person_just_quoted():
    # round 33: "X, an entomologist, said C" ¶ "“Q,” stated the researcher.": "the researcher" and "the expert"
    # are epithets for the person the story is about, like "the youngster"
    got = _quotes("Marta Oyelaran, a hydrologist at the water institute, said the aquifer was falling.",
                  "“The wells are dry by August,” stated the researcher.")
    assert got[1] == ("direct", "The wells are dry by August,", "Marta Oyelaran")


def test_a_full_date_after_the_cue_ends_the_report():
    # round 34: "C, X announced on March 10." / "…, X said on 10 March.": the date after "on" is a month and a
    # day, and the clause before the cue is reported
    got = _quotes("Harbour Mutual will take over two rural lenders in a deal worth millions, Harbour Mutual "
                  "announced on March 10.")
    assert got == [("indirect", "Harbour Mutual will take over two rural lenders in a deal worth millions",
                    "Harbour Mutual")]
    got = _quotes("The ferry service will resume in May, Orla Brennock said on 4 April.")
    assert got == [("indirect", "The ferry service will resume in May", "Orla Brennock")]


def test_a_directorate_general_is_a_body_not_a_post():
    # round 34: "The Directorate General of X (ABC) announced …" is a body ("General" is no title after
    # "Directorate"), and "the directorate said" later is the same body
    got = _quotes("The Directorate General of Inland Shipping (DGIS) announced on Monday that the new limit would "
                  "take effect in May.",
                  "The head of the Barge Owners Union, which represents 40 firms, said the decision was hasty.",
                  "“We were never asked,” said Rufus Ondaatje, who heads the union.",
                  "In a written statement, the directorate said the limit was final.")
    assert got[0] == ("indirect", "the new limit would take effect in May", "Directorate General of Inland Shipping")
    assert got[-1] == ("indirect", "the limit was final", "Directorate General of Inland Shipping")


def test_a_lower_case_title_of_several_words_before_a_name_and_its_relative_clause():
    # round 34: "Table grape grower X, whose family …, said C": the title's lower-case words before the name
    got = _quotes("Hillside apple grower Brin Castellano, whose family has farmed there since 1961, said he had "
                  "been offered a buyout twice.")
    assert got == [("indirect", "he had been offered a buyout twice", "Brin Castellano")]


def test_one_unnamed_person_of_a_place_is_no_speaker_name():
    # round 34: "One Mildura water broker, who asked not to be named, said C": "one" opens an unnamed speaker
    # like "another" (a place word in it names no one)
    got = _quotes("One Lakeside taxi driver, who asked not to be named, said fares had doubled.")
    assert got == [("indirect", "fares had doubled", None)]


def test_a_spokesperson_for_a_body_in_a_place_speaks_for_the_body():
    # round 34: "A spokesperson for X Services in Guam said C": the place after the body is not part of its name
    got = _quotes("A spokesperson for Coastal Wildlife Services in Guam said the agency had sent two more dog teams.")
    assert got == [("indirect", "the agency had sent two more dog teams", "Coastal Wildlife Services")]


def test_the_centre_is_the_body_with_centre_in_its_name_that_spoke():
    # round 34: "X’s National Centre for Y (NCY) said C" … "Z at Riverside Medical Centre told …" … "C2, the centre
    # said": "centre" is a body noun; of the bodies named with it, the one the story has quoted; a country's
    # possessive before a body's name is not part of the name
    got = _quotes("Malta’s National Centre for Water Safety (NCWS) said on Monday that it had found "
                  "cholera in two wells.",
                  "Dr Ilse Varga, head of paediatrics at Riverside Medical Centre, told reporters the ward was full.",
                  "Testing will run until May, after which the wells may reopen, the centre said.")
    assert got[0] == ("indirect", "it had found cholera in two wells", "National Centre for Water Safety")
    assert got[-1] == ("indirect", "Testing will run until May, after which the wells may reopen",
                       "National Centre for Water Safety")


def test_a_body_whose_name_lists_its_remits_with_commas():
    # round 34: "The Ministry of Water, Land and Resource Stewardship said C": the whole name, not the remits after
    # the comma; "A ministry spokesperson said C2" is that ministry (the one of the bodies named that was quoted)
    got = _quotes("The Ministry of Forests, Lakes and Coastal Stewardship said it had not received a permit request.",
                  "A ministry spokesperson said a decision could take up to six months.")
    assert got == [("indirect", "it had not received a permit request",
                    "Ministry of Forests, Lakes and Coastal Stewardship"),
                   ("indirect", "a decision could take up to six months",
                    "Ministry of Forests, Lakes and Coastal Stewardship")]


def test_a_lower_case_body_whose_remits_are_joined_by_and():
    # round 34: "The KRG's ministry of finance and economy said C": the body's name runs to its last remit
    got = _quotes("The NRA's ministry of finance and housing said on Tuesday that it had not yet received the funds.")
    assert got == [("indirect", "it had not yet received the funds", "NRA's ministry of finance and housing")]


def test_a_lede_cue_after_a_dateline_by_a_body_described_then_named():
    # round 34: "PLACE, Region Name - C, a committee representing the striking nurses said on Wednesday, as …" ¶
    # "The X Committee, which says …, announced …": the dateline (a region of two words) is no part of C, and "a
    # committee representing …" is the body the next paragraph names and quotes, as with "the committee that …"
    got = _quotes("TARVOS, Northern Province - Nurses in Tarvos will stay off the wards until the provincial "
                  "government pays their March wages, a committee representing the striking nurses said on "
                  "Wednesday, as the strike entered its second week.",
                  "The Tarvos Nurses' Action Committee, which says it speaks for 4,000 nurses, announced the "
                  "decision after a meeting.")
    assert got[0] == ("indirect", "Nurses in Tarvos will stay off the wards until the provincial government pays "
                                  "their March wages", "Tarvos Nurses' Action Committee")


def test_a_dateline_with_the_date_in_brackets():
    # round 34: "MÉRIDA, Yucatán (March 12, 2026).- C, X said": the dateline is no part of C
    got = _quotes("TÉPIC, Nayarit (March 12, 2026).- The coastal road will reopen on Friday, Governor Lidia "
                  "Arrieta said.")
    assert got == [("indirect", "The coastal road will reopen on Friday", "Lidia Arrieta")]


def test_the_agency_is_the_public_body_named_last():
    # round 34: "The Harbour Transit Authority (HTA) board approved …" ¶ "The agency said C": with no body named with
    # "agency", the public body spoken of in this paragraph or the one before
    got = _quotes("Commuter Ines Adebayo said the delays had doubled her journey.",
                  "The Harbour Transit Authority board also approved a contract for new signals.",
                  "The agency said it would hold two public meetings in December.")
    assert got[-1] == ("indirect", "it would hold two public meetings in December", "Harbour Transit Authority")


def test_a_body_named_by_its_remit_and_its_government():
    # round 34: "the health ministry of the eastern-based government said C": a body no name was given, told apart
    # by its own words (a remit, the body noun, "of" and its government), is the speaker
    got = _quotes("In Tobruk, the transport ministry of the rival administration said it had closed two ports.")
    assert got == [("indirect", "it had closed two ports", "transport ministry of the rival administration")]


def test_an_agency_dateline_and_a_press_release_of_a_body_by_its_initials():
    # round 34: "(Business Wire Africa) - C, X announced" — the bracketed agency and dash are no part of C; "According
    # to the press release, HMB will …": the release is that of the body its initials name
    got = _quotes("(Lakeside Business Daily) - Harbour Mutual Bank (HMB) will take over two rural lenders, HMB "
                  "announced on March 10.",
                  "According to the press release, HMB will keep all 40 branches open.")
    assert got == [("indirect", "Harbour Mutual Bank (HMB) will take over two rural lenders", "Harbour Mutual Bank"),
                   ("indirect", "HMB will keep all 40 branches open", "Harbour Mutual Bank")]
    got = _quotes("Mopti (dpa) - The ferry will run again from Monday, Mayor Seydou Traoré said.")
    assert got == [("indirect", "The ferry will run again from Monday", "Seydou Traoré")]


def test_the_name_after_told_is_the_listener_never_the_speaker():
    # "“Q,” X, a spokesperson for Y, told Radio Nord.": the outlet after "told" only listened, whatever stands
    # between the speaker and the verb
    got = _quotes("“We did not choose this strike,” Maria Olsen, a spokesperson for the teachers' committee, told "
                  "Radio Nord. “Nobody can teach on an empty stomach.”",
                  "“Farmers are selling at a loss,” Peter Hale, regional president of the growers' union in Tarn, "
                  "told Valley Press.")
    assert [s for _, _, s in got] == ["Maria Olsen", "Maria Olsen", "Peter Hale"]
    got = _quotes("“Prices will rise,” Jane Doe, who chairs the board, told The Ledger.")
    assert got == [("direct", "Prices will rise,", "Jane Doe")]


def test_an_honorific_after_a_representatives_post_opens_the_name():
    # "UN Representative in Chad Dr Paul Meyer told reporters": the person named speaks, the post (without the
    # honorific) is the role; also after "Ambassador to PLACE"
    got = _quotes("“The vaccine protects almost everyone,” UN Representative in Chad Dr Paul Meyer told reporters.",
                  "“Exports rose,” the Ambassador to Japan Dr Mary Lowe said on Tuesday.",
                  "“Trade is growing,” Canada's Ambassador to Kenya Tom Reilly said.")
    assert [s for _, _, s in got] == ["Paul Meyer", "Mary Lowe", "Tom Reilly"]
    roles = _roles("“The vaccine protects almost everyone,” UN Representative in Chad Dr Paul Meyer told reporters.",
                   "“Exports rose,” the Ambassador to Japan Dr Mary Lowe said on Tuesday.")
    assert roles == {"Paul Meyer": "UN Representative in Chad", "Mary Lowe": "Ambassador to Japan"}


def test_an_appeal_that_reports_nothing_leaves_the_saying_phrase_after_it():
    # "X urged drivers to stay away, saying C": the appeal reports nothing; "saying C" is X's report
    got = _quotes("Chief Inspector Mark Reid urged drivers to avoid the area, saying conditions were dangerous.",
                  "Ana Ruiz implored residents to stay indoors, saying the storm was not over.")
    assert got == [("indirect", "conditions were dangerous", "Mark Reid"),
                   ("indirect", "the storm was not over", "Ana Ruiz")]


def test_a_participle_opening_the_sentence_is_no_name():
    # "Passing sentence, the judge said: “Q”": the judge named before speaks, not "Passing sentence"
    got = _quotes("Judge Sarah Kemp said the company had ignored three warnings.",
                  "Passing sentence, the judge said: “This was entirely avoidable.”")
    assert got[-1] == ("direct", "This was entirely avoidable.", "Sarah Kemp")


def test_a_past_tense_before_a_title_is_no_part_of_it():
    # "Doyle praised goalkeeper Luke Brennan": the role is "goalkeeper", not "praised goalkeeper"
    roles = _roles("Doyle, whose side moved up to fifth, praised goalkeeper Luke Brennan.",
                   "Brennan said he was just doing his job.")
    assert roles["Luke Brennan"] == "goalkeeper"


def test_a_name_after_shares_in_is_a_company():
    # "Shares in Harlow Finch fell": a listed company, whatever its name looks like
    b = _check_briefing(_parse("Headline for a test story\n\nShares in Harlow Finch fell 12% on Thursday, and stock "
                               "in Brightwater rose.\n", "story.txt"))
    assert {"Harlow Finch", "Brightwater"} <= set(b["entities"]["organizations"])
    assert not {"Harlow Finch", "Brightwater"} & set(b["entities"]["people"])


def test_a_party_label_in_apposition_is_no_speaker():
    # "Anna Berg, a Democrat, said C": Anna Berg speaks; "a Democrat" describes her
    got = _quotes("Local MP Anna Berg, a Conservative, said the plan was flawed.",
                  "State Senator Rosa Diaz, a Democrat, said she would vote against it.")
    assert [s for _, _, s in got] == ["Anna Berg", "Rosa Diaz"]
def test_the_listener_after_told_is_never_the_speaker():
    # round 35: "“Q,” X, a spokesperson for the committee, told Radio Y.": the capitalised words after "told" are the
    # listener (an outlet), never a speaker set after the verb as in "“Q,” said Dr X"
    got = _quotes("“We will not reopen the market until the roof is fixed,” Sefa Lumani, a spokesperson for the "
                  "traders' committee, told Radio Harbourside. “The council knows this.”",
                  "“Prices are up,” Tom Reyes, a farmer, told Valley News.")
    assert got == [("direct", "We will not reopen the market until the roof is fixed,", "Sefa Lumani"),
                   ("direct", "The council knows this.", "Sefa Lumani"),
                   ("direct", "Prices are up,", "Tom Reyes")]


def test_a_title_case_title_in_apposition_is_no_quotation():
    # round 35: 'Their paper, “Dust and Metal Exposure on the Coast,” was published …': a title-case name with the comma
    # inside, set after a noun and a comma, with no attribution after it, is a title (up to 14 words)
    got = _quotes("Their report, “Salt Marsh Loss and Storm Surge on the Northern Coast of Wenlow,” was published on "
                  "Monday in a journal.",
                  "Her new guide, “What Tenants Need to Know,” spells out the rules.",
                  "Greta Holm said, “We Are Not Done,” and walked out.")
    assert got == [("direct", "We Are Not Done,", "Greta Holm")]


def test_an_owners_quoted_title_is_a_document():
    # round 35: '…, according to the agency’s “Psilocybin Program Annual Data Report.”': a quoted title after an owner
    # closing the paragraph is a work, no quotation, and an according-to of that work is a document (no one speaks)
    got = _quotes("The average licence fee rose to $900 last year, according to the board’s “Annual Licensing Data "
                  "Summary.”")
    assert got == []


def test_a_lede_post_goes_to_the_person_introduced_next_and_quoted_after():
    # round 35: "C, the lead author of a new study said Tuesday." ¶ "X, a chemist at Y, and her team …" ¶ "“…,” X told
    # Z.": the person the next paragraph introduces, quoted first in the paragraph after (no quote between)
    got = _quotes("Storm runoff is carrying lead into two river towns at levels no monitor was built to catch, the "
                  "lead author of a new study said Tuesday.",
                  "Ingrid Solvang, a hydrologist at Lakeland University, and her team sampled 30 streams in 2024 and "
                  "2025.",
                  "“What surprised us was how far it travelled,” Solvang told the Ledger.")
    assert got[0] == ("indirect", "Storm runoff is carrying lead into two river towns at levels no monitor was "
                                  "built to catch", "Ingrid Solvang")


def test_an_epithet_subject_without_a_comma():
    # round 35: "As for X, the teenager said C": an epithet (gender.yaml epithets) after "the" is the subject with no
    # apposition after it too, and stands for the person the sentence names
    got = _quotes("Lena Marsh, 17, scored twice in the final. Coach Ana Ruiz praised her.",
                  "As for Marsh, the teenager said she still had an exam on Monday.")
    assert got == [("indirect", "she still had an exam on Monday", "Lena Marsh")]


def test_considers_that_reports_an_opinion():
    # round 35: "The expert considers that C" reports C like "believes" (only with "that": "considers whether to …"
    # reports nothing)
    got = _quotes("Oskar Brandt, a soil scientist at Tarn University, said the fields had lost half their topsoil. "
                  "The expert considers that crop rotation is the simplest fix.",
                  "The council considers whether to fund the scheme.")
    assert got == [("indirect", "the fields had lost half their topsoil", "Oskar Brandt"),
                   ("indirect", "crop rotation is the simplest fix", "Oskar Brandt")]


def test_a_lede_cue_whose_subject_opens_with_modifiers_after_the_comma():
    # round 35: "C, the regional president of the X Union (XU) said on Thursday." / "C, the bay’s biggest swimming
    # group has said.": the subject reader keeps the head; the article, owner and lower-case modifiers before it
    # still open the noun phrase after the comma, so C is reported and goes to the one named next
    got = _quotes("TUNIS, March 12 (TAP) - Date growers in Tozeur are selling below cost this season, the regional "
                  "president of the Tunisian Union of Farmers and Herders (UTAF) said on Thursday.",
                  "“Many farmers are selling at a loss,” Karim Ben Salah, regional president of UTAF in Tozeur, told "
                  "TAP.")
    assert got[0] == ("indirect", "Date growers in Tozeur are selling below cost this season", "Karim Ben Salah")
    got = _quotes("Winter swimmers at Rhosili should stay out of the water for two days after a sewage spill, the "
                  "bay’s biggest swimming group has said.",
                  "The Rhosili Polar Bears, who swim every morning, said members had reported stomach upsets.")
    assert got[0] == ("indirect", "Winter swimmers at Rhosili should stay out of the water for two days after a "
                                  "sewage spill", "Rhosili Polar Bears")


def test_lower_case_words_before_a_name_after_said():
    # "“Q,” said neighbour Bill Hart." / "said harbour master Jo Reed" / "said local man Dan Bird": the named person
    # speaks; a residence word ("resident") gives no role
    got = _quotes("“It is a disgrace,” said neighbour Bill Hart.",
                  "“The water came in fast,” said resident Ann Hill.",
                  "“We closed the slipway,” said harbour master Jo Reed.",
                  "“Awful,” said local man Dan Bird.")
    assert [s for _, _, s in got] == ["Bill Hart", "Ann Hill", "Jo Reed", "Dan Bird"]
    roles = _roles("“We closed the slipway,” said harbour master Jo Reed.",
                   "“The water came in fast,” said resident Ann Hill.")
    assert roles == {"Jo Reed": "harbour master", "Ann Hill": None}


def test_a_residence_word_before_a_name_is_no_part_of_it():
    # "Resident Martha Cole, 81, urged …": she is Martha Cole, and where she lives is no role
    roles = _roles("Resident Martha Cole, 81, urged the council to reconsider. “I’ve lived here all my life,” she said.")
    assert roles == {"Martha Cole": None}


def test_dotted_initials_inside_an_apposition_role():
    # "X, spokesman for the U.N. secretary-general,": the full stops of "U.N." end neither the apposition nor the role
    roles = _roles("The convoy carried food, said Stephane Dujarric, spokesman for the U.N. secretary-general.",
                   "“It is not enough,” said Ann Lee, a spokeswoman for the U.S. Agency for International Development.")
    assert roles == {"Stephane Dujarric": "spokesman for the U.N. secretary-general",
                     "Ann Lee": "spokeswoman for the U.S. Agency for International Development"}


def test_a_speech_verb_after_according_to_and_a_name_is_a_noun():
    # "…, according to UN estimates": "estimates" is a noun; the UN gets no role "according to"
    b = _check_briefing(_parse("Headline for a test story\n\nThe war has killed thousands, according to UN estimates."
                               "\n\nThe UN said the convoy had arrived.\n", "story.txt"))
    assert [(s["name"], s.get("role")) for s in b["speakers"]] == [("United Nations", None)]


def test_an_unnamed_person_after_a_named_speaker_is_not_the_named_one():
    # "“Q,” said a protester." after Dana Kemp spoke: someone unnamed, not Dana Kemp
    got = _quotes("“Why would we pay more?” asked Dana Kemp, the union treasurer.",
                  "“It is over,” said a protester.",
                  "“We stay,” a resident said.",
                  "“Go home!” shouted one woman.")
    assert [s for _, _, s in got] == ["Dana Kemp", None, None, None]
def test_a_surname_that_is_a_speech_verb():
    # round 37: "Ahmed Said, director general of …, said C": a capitalised "Said" inside the sentence is part of the
    # name (speech_verbs.yaml surnames), never the verb, so the person and the apposition's role are read
    got = _quotes("Omar Said, chief engineer of the Lakeside Water Board, said the reservoir would be full by May.",
                  "“We have never seen rain like this,” Said added.")
    assert got == [("indirect", "the reservoir would be full by May", "Omar Said"),
                   ("direct", "We have never seen rain like this,", "Omar Said")]


def test_a_name_of_a_lower_case_body_with_an_owner():
    # round 37: "Mike Dunn of the county sheriff's office said C": the owner's possessive inside the body's noun
    # phrase no longer cuts it; the person named before "of the" speaks
    got = _quotes("Traffic on Route 9 was diverted overnight. Carla Voss of the county sheriff’s office said the "
                  "bridge would reopen on Friday.",
                  "Tom Reyes of the city’s parks department said the trail was closed too.")
    assert got == [("indirect", "the bridge would reopen on Friday", "Carla Voss"),
                   ("indirect", "the trail was closed too", "Tom Reyes")]


def test_a_body_named_by_its_remit_and_country():
    # round 37: "Environment Canada said C": a capitalised common word before a country is a public body that speaks
    # under that name (not an unresolved "institution")
    got = _quotes("Freezing rain closed schools across the valley on Monday.",
                  "Transport Norway said the mountain passes would stay closed until Wednesday.")
    assert got == [("indirect", "the mountain passes would stay closed until Wednesday", "Transport Norway")]


def test_it_after_a_body_quoted_in_the_paragraph_before():
    # round 37: "FIFA said C1 about the SVGFF's affairs." ¶ "It said C2": "it" is the body that spoke last, in the
    # paragraph before, with no one quoted since, not a body named inside its report
    got = _quotes("In a letter seen by the paper, the Northern Rowing League said the Harbour Rowing Club's accounts "
                  "would be audited by June.",
                  "It said the audit would be led by an outside firm.")
    assert got == [("indirect", "the Harbour Rowing Club's accounts would be audited by June", "Northern Rowing League"),
                   ("indirect", "the audit would be led by an outside firm", "Northern Rowing League")]


def test_a_dateline_with_a_region_or_a_state_abbreviation():
    # round 37: "KINGSTOWN, St Vincent, Mar 12, CMC – X has …, saying C" and "SAN JOSE, Calif. (AP) — C, X said":
    # the region after the place, and a state's abbreviation with its full stop, belong to the dateline
    got = _quotes("CASTRIES, St Lucia, Mar 3, CMC – The Windward Cricket Board has suspended its league, saying "
                  "the grounds were unsafe after the floods.")
    assert got == [("indirect", "the grounds were unsafe after the floods", "Windward Cricket Board")]
    got = _quotes("EUGENE, Ore. (AP) — Cascade Mills will close its last paper plant in June, a company spokesman "
                  "said Monday.")
    assert got[0][:2] == ("indirect", "Cascade Mills will close its last paper plant in June")


def test_a_body_whose_name_has_lower_case_words_inside():
    # round 37: "The Commission on Ethics and Lobbying in Government, which replaced …, said C": an organisation
    # prefix whose second word is no name particle ("Commission on", "Committee to") and lower-case words inside
    # the name no longer cut it, so the body speaks (and a lede's "the state’s … watchdog said" goes to it)
    got = _quotes("DENVER — A pet shop chain will pay $40,000 to settle charges that it sold sick puppies, the state’s "
                  "consumer watchdog said Thursday.",
                  "The Commission on Trade and Consumers in Colorado, which opened the case in 2024, said the chain "
                  "had admitted to 12 violations.",
                  "The Council on Pet Welfare said the fine was far too small.")
    assert got == [("indirect", "A pet shop chain will pay $40,000 to settle charges that it sold sick puppies",
                    "Commission on Trade and Consumers in Colorado"),
                   ("indirect", "the chain had admitted to 12 violations", "Commission on Trade and Consumers in Colorado"),
                   ("indirect", "the fine was far too small", "Council on Pet Welfare")]


def test_a_lede_body_described_by_a_relative_clause_after_and():
    # round 37: "…, and the agency that runs it says C" ¶ "X, which has run …, said": a body described by a
    # restrictive relative clause after ", and" (not only after a comma) is the body named next, not the "it" of its
    # clause
    got = _quotes("The town’s only food bank has turned away forty families this month, and the charity that runs it "
                  "says it cannot buy more stock without a council grant.",
                  "Northgate Community Pantry, which has run the food bank since 2019, said demand had doubled.")
    assert got == [("indirect", "it cannot buy more stock without a council grant", "Northgate Community Pantry"),
                   ("indirect", "demand had doubled", "Northgate Community Pantry")]
# --- roles round (probes): invented sentences in the styles outlets give a speaker's post ---------------------------

def test_a_former_title_before_the_name_is_not_cut_to_its_head():
    # a former post before the name sends the role reader looking for a present one; the same title read again
    # without "former" ("minister") is none
    got = _roles("The scandal has shaken the ruling party.",
                 "Former prime minister Alan Fairweather said the party had lost its way.")
    assert got["Alan Fairweather"] == "Former prime minister"
    got = _roles("Jonas Eriksen, a former finance minister, said the opposition was united.")
    assert got["Jonas Eriksen"] == "former finance minister"


def test_the_clause_after_a_leading_according_to_name_is_no_apposition():
    # "According to X, the blaze started in a kitchen.": after the name's comma comes the main clause
    got = _roles("The fire destroyed three homes.",
                 "According to fire chief Rosa Alvarez, the blaze started in a kitchen.")
    assert got["Rosa Alvarez"] == "fire chief"
    got = _roles("According to Tomas Reyes, the building collapsed shortly after midnight.")
    assert got["Tomas Reyes"] is None
    got = _roles("According to Rosa Alvarez, a spokeswoman for the city, the blaze started in a kitchen.")
    assert got["Rosa Alvarez"] == "spokeswoman for the city"


def test_a_long_title_before_the_name_keeps_its_last_words_out_of_the_name():
    # a remit of two words after "and", a complement with "to"/"on", remits listed with commas: the title's last
    # words are no part of the name, and the title is the role
    got = _roles("The government announced new funding for hospitals.",
                 "Minister for Health and Social Care Eleanor Briggs said the money would cut waiting lists.")
    assert got == {"Eleanor Briggs": "Minister for Health and Social Care"}
    got = _roles("The UN warned of famine in the region.",
                 "UN Special Rapporteur on the Right to Food Michael Fakhri said the blockade was illegal.")
    assert got == {"Michael Fakhri": "UN Special Rapporteur on the Right to Food"}
    got = _roles("The hospital project is delayed again.",
                 "Minister of Public Health, Social Development and Labour Richinel Brug said the contractor had "
                 "been warned.")
    assert got == {"Richinel Brug": "Minister of Public Health, Social Development and Labour"}
    got = _roles("US Ambassador to Kenya Michael Torres said the first shipments would arrive next week.")
    assert got == {"Michael Torres": "US Ambassador to Kenya"}


def test_abbreviated_ranks_and_rugby_positions_are_roles():
    # "Coun. X", "Det. Insp. X": an abbreviated title before the name is the role when nothing else is;
    # "Broncos halfback X": a position in rugby league or football is a role head
    got = _roles("Council voted 5-2 to approve the deer plan.",
                 "Coun. Lisa Marchetti said residents had waited long enough. “This is humane,” Marchetti said.")
    assert got == {"Lisa Marchetti": "Coun."}
    got = _roles("Det. Insp. Karen Whitfield said the arrest followed a long investigation.")
    assert got == {"Karen Whitfield": "Det. Insp."}
    got = _roles("The Broncos won in golden point.",
                 "Broncos halfback Adam Reynolds kicked the winning field goal. “It was a great team effort,” "
                 "Reynolds said.")
    assert got == {"Adam Reynolds": "Broncos halfback"}


def test_a_one_word_title_gives_way_to_a_definite_post_after_the_name():
    # "Professor X, the vice-chancellor,": the post after the name says more than the bare title before it
    got = _roles("The university will cut 200 jobs.",
                 "Professor Alan Grieve, the vice-chancellor, said the cuts were unavoidable.")
    assert got == {"Alan Grieve": "vice-chancellor"}
    got = _roles("The community rejected the mine.",
                 "Chief Emeka Okonkwo, the traditional ruler of the town, said the land was sacred.")
    assert got == {"Emeka Okonkwo": "traditional ruler of the town"}
    got = _roles("Professor Alan Grieve, the 58-year-old, said the cuts were unavoidable.")
    assert got == {"Alan Grieve": "Professor"}   # (an age is no post)


def test_a_title_with_its_complement_and_initials_before_the_name_is_the_role():
    # "Member of Parliament (MP) X": a capitalised title whose head takes an 'of' complement, then its initials
    got = _roles("Parliament debated the budget amendment on Tuesday.",
                 "Member of Parliament (MP) Rolando Brison said the amendment came too late.")
    assert got == {"Rolando Brison": "Member of Parliament (MP)"}
    got = _roles("The station was closed for two days.",
                 "Station Fire Officer (SFO) Nomsa Dube said the engine had run dry.")
    assert got == {"Nomsa Dube": "Station Fire Officer (SFO)"}


# --- attribution probes round ------------------------------------------------------------------------------


def test_said_of_a_topic_is_what_the_words_were_about_not_a_reported_clause():
    # "X says of the glacier": the topic of the words just quoted, not reported speech of its own
    assert _quotes("“It is dying,” Erik Lund says of the glacier.") == [("direct", "It is dying,", "Erik Lund")]
    assert _quotes("Erik Lund said of the plan: “It is doomed.”") == [("direct", "It is doomed.", "Erik Lund")]
    assert _quotes("Erik Lund said of the plan that it was doomed.") == [("indirect", "it was doomed", "Erik Lund")]


def test_the_question_put_to_the_speaker_is_no_report():
    # "When asked if C, X said: “No.”", "X replied when asked if C", "X was asked whether C": C is the asker's
    assert _quotes("When asked if the ice could recover, Erik Lund said: “No.”") == [("direct", "No.", "Erik Lund")]
    assert _quotes("“No,” Erik Lund replied when asked if the ice could recover.") == [("direct", "No,", "Erik Lund")]
    assert _quotes("Erik Lund was asked whether the ice could recover. He said it could not.") == \
        [("indirect", "it could not", "Erik Lund")]


def test_the_former_and_the_latter_are_the_first_and_second_of_two_people_named_before():
    got = _quotes("John Carter, the chief executive, and Michael Byrne, the chairman, spoke to shareholders.",
                  "The former said profits would recover. The latter said the dividend was safe.")
    assert got == [("indirect", "profits would recover", "John Carter"),
                   ("indirect", "the dividend was safe", "Michael Byrne")]
    got = _quotes("Anna Lee met Tom Reed at college in 2010. “We were inseparable,” said the latter.")
    assert got == [("direct", "We were inseparable,", "Tom Reed")]


def test_put_it_and_summed_it_up_attribute_the_quotation_after_them():
    assert _quotes("Frank Olsen put it simply: “This city cannot afford another strike.”") == \
        [("direct", "This city cannot afford another strike.", "Frank Olsen")]
    assert _quotes("Erik Lund, a glaciologist who has studied the ice for 20 years, put it bluntly: “It is dying.”") \
        == [("direct", "It is dying.", "Erik Lund")]
    assert _quotes("As Frank Olsen puts it, “this city is broke.”") == [("direct", "this city is broke.", "Frank Olsen")]


def test_only_that_and_went_on_to_say_report_the_clause_after_that():
    assert _quotes("Tony Marsh refused to discuss his future, saying only that he was focused on Saturday.") == \
        [("indirect", "he was focused on Saturday", "Tony Marsh")]
    assert _quotes("Tony Marsh said only that he was focused on Saturday.") == \
        [("indirect", "he was focused on Saturday", "Tony Marsh")]
    assert _quotes("Ellen Marsh went on to say that the ruling was flawed.") == \
        [("indirect", "the ruling was flawed", "Ellen Marsh")]


def test_a_semicolon_before_a_new_speaker_ends_the_reported_clause():
    got = _quotes("Grace Obi and Peter Wu work nights. She said the pay was poor; he said the hours were worse.")
    assert got == [("indirect", "the pay was poor", "Grace Obi"), ("indirect", "the hours were worse", "Peter Wu")]
    got = _quotes("Grace Obi said the pay was poor; the hours were worse still.")
    assert got == [("indirect", "the pay was poor; the hours were worse still", "Grace Obi")]


def test_a_given_name_alone_after_a_kin_noun_is_that_relative():
    # "her husband, David,": a given name alone in apposition to a kin noun is a person, of the kin word's gender
    got = _quotes("Emma Clarke, 34, and her husband, David, lost their home in the fire.",
                  "He said the family would stay with relatives.")
    assert got == [("indirect", "the family would stay with relatives", "David")]
    got = _quotes("Jake Moss runs the shelter with his wife, Ruth.",
                  "“We see new faces every night,” he said.",
                  "“Some of them are children,” his wife added.")
    assert got == [("direct", "We see new faces every night,", "Jake Moss"),
                   ("direct", "Some of them are children,", "Ruth")]


def test_that_before_a_finite_verb_is_the_reported_clause_s_subject():
    got = _quotes("Kim Albright is standing against Sean Doyle.", "Ms Albright said Labor had failed renters.",
                  "Mr Doyle said that was “rubbish”.")
    assert got == [("indirect", "Labor had failed renters", "Kim Albright"),
                   ("indirect", "that was “rubbish”", "Sean Doyle")]
    assert _quotes("Sean Doyle said that the plan would go ahead.") == \
        [("indirect", "the plan would go ahead", "Sean Doyle")]


def test_an_adding_phrase_after_a_listener_reports_its_clause():
    # "“Q,” she told supporters, adding that C": no clause after the listener, but the adding phrase has one
    got = _quotes("President Alicia Moreno spoke in Lima on Friday. “There is no plan B,” she told supporters, "
                  "adding that elections would go ahead.")
    assert got == [("direct", "There is no plan B,", "Alicia Moreno"),
                   ("indirect", "elections would go ahead", "Alicia Moreno")]
    assert _quotes("Alicia Moreno told an audience of business leaders in Coventry about her plans.") == []
# --- round 38: organisations as speakers ---------------------------------------------------------------

def test_a_spokesperson_for_the_company_whose_name_holds_no_company():
    # round 38: "Granite Vale Homes …" ¶ "A spokesperson for the company said C": the company the story is about,
    # though its name has no "company" (never a public body: "A spokesperson for the company" is no ministry)
    got = _quotes("Granite Vale Homes plans to build 40 houses on the fields.",
                  "A spokesperson for the company said construction traffic would be kept off the lane.")
    assert got == [("indirect", "construction traffic would be kept off the lane", "Granite Vale Homes")]
    got = _quotes("Northfield Motors will build a plant near the port, the Ministry of Industry announced.",
                  "A spokesperson for the company said the plant would employ 900 people.")
    assert got[-1] == ("indirect", "the plant would employ 900 people", "Northfield Motors")


def test_according_to_the_municipality():
    # round 38: "Municipality" ends a body's name ("org_words.txt"), so "according to the municipality" finds it
    got = _quotes("Brenna City Municipality awarded the ferry contract to a new operator.",
                  "The crossing carried about two million passengers last year, according to the municipality.")
    assert got == [("indirect", "The crossing carried about two million passengers last year",
                    "Brenna City Municipality")]


def test_a_body_described_before_its_name_between_commas():
    # round 38: "The city's water utility, Northwater, …" ¶ "The utility said C": a definite description ending in a
    # body noun, set before the name between commas, makes the name a body with that description
    got = _quotes("The city's water utility, Northwater, raised its charges by 9% on Monday.",
                  "The utility said the increase was needed to replace old pipes.")
    assert got == [("indirect", "the increase was needed to replace old pipes", "Northwater")]
    # "the agency said" for a body described as a regulator (a public body: `public_body_roles`)
    got = _quotes("Valdoria's environmental regulator, ESCA, has opened an investigation into the spill. In a "
                  "statement on Sunday, the agency said its inspectors had found oil along 40km of riverbank.")
    assert got == [("indirect", "its inspectors had found oil along 40km of riverbank", "ESCA")]
    # (a person after a role "of the body" is no body: "The chairman of the union, Alhaji X, told …")
    got = _quotes("The chairman of the union, Alhaji Sorie Kamara, told the paper that fees had doubled.")
    assert got == [("indirect", "fees had doubled", "Sorie Kamara")]   # (round 40: "Alhaji" is an honorific)


def test_the_statement_read_is_the_body_that_issued_it():
    # round 38: '"Q," the statement read.' after a body spoke in a statement: the body's words (`document_verbs`
    # in attribution.yaml)
    got = _quotes("The Lakeshore Nurses Union said in a statement on Monday that talks had collapsed.",
                  "Members will meet on Friday.",
                  "“We will not return to work until the arrears are paid,” the statement read.")
    assert got[-1] == ("direct", "We will not return to work until the arrears are paid,", "Lakeshore Nurses Union")


def test_a_title_before_a_name_then_where_the_person_is_from():
    # round 39: "Marine biologist X, of the University of Y (UY), said C": the name after the lower-case title
    # speaks, not the "of …" apposition (a body's long name, with its initials, is still where the person is from)
    got = _quotes("Marine biologist Lena Varga, of the University of the Northern Isles (UNI), said anchor scars "
                  "had doubled since 2020.")
    assert got == [("indirect", "anchor scars had doubled since 2020", "Lena Varga")]
    assert _roles("Marine biologist Lena Varga, of the University of the Northern Isles (UNI), said anchor scars "
                  "had doubled since 2020.")["Lena Varga"] == "Marine biologist"


def test_a_guide_is_a_role():
    # round 39: "Mountain guide X said": "guide" is a role head in lower case (`lower_case_heads` in roles.yaml)
    got = _roles("Mountain guide Piet Odermatt, who was leading a group nearby, said he heard the slab break.")
    assert got["Piet Odermatt"] == "Mountain guide"


def test_lamented_that_reports_speech():
    # round 39: "He lamented that C" reports C (`lamented` is indirect, only with "that"; "“Q,” X lamented" stays)
    got = _quotes("Omar Baig chairs the traders' association. He lamented that installers had been branded the "
                  "elite in the debate.")
    assert got == [("indirect", "installers had been branded the elite in the debate", "Omar Baig")]
    assert _quotes("Omar Baig lamented the closure of the market.") == []


def test_the_initials_in_brackets_of_a_title_name_its_holder():
    # round 39: "Member of Parliament (MP) X" … "the MP said": the bracketed initials are a word of the role, so
    # a later namesake introduced with "who is not related to the MP" does not take the MP's words or title
    got = _quotes("Opposition Member of Parliament (MP) Karl Mendes said he would send questions to the minister.",
                  "Mendes said the delays were not new.",
                  "“Every year it is the same story,” the MP said.",
                  "Band leader Rosa Mendes, who is not related to the MP, said her group had already paid.")
    assert got[2] == ("direct", "Every year it is the same story,", "Karl Mendes")
    assert _roles("Opposition Member of Parliament (MP) Karl Mendes said he would send questions to the minister.",
                  "Mendes said the delays were not new.",
                  "“Every year it is the same story,” the MP said.",
                  "Band leader Rosa Mendes, who is not related to the MP, said her group had already paid."
                  )["Rosa Mendes"] == "Band leader"


def test_a_currency_abbreviation_does_not_end_the_sentence():
    # round 39: "a tranche of NAf. 500,000", "Rs. 500 crore": currencies with a full stop before the amount
    # (abbreviations.txt)
    got = _quotes("The council released a second tranche of NAf. 500,000 last week, the minister said.")
    assert got[0][1] == "The council released a second tranche of NAf. 500,000 last week"
    got = _quotes("The board approved a grant of Rs. 500 crore for the canal, Anil Mehta said.")
    assert got == [("indirect", "The board approved a grant of Rs. 500 crore for the canal", "Anil Mehta")]


def test_the_end_of_a_title_left_before_a_name_goes_back_to_the_title():
    # "Acting Director of Meteorology Trevano Cartwright" must not be named "of Meteorology Trevano Cartwright"; a
    # body's name cut at its last "of" is the body, no person
    roles = _roles("“The storm will turn north,” said Acting Director of Meteorology Trevano Cartwright.")
    assert roles == {"Trevano Cartwright": "Acting Director of Meteorology"}
    b = _check_briefing(_parse("Headline for a test story\n\nThe Office of the Attorney General of Switzerland said it "
                               "had opened an inquiry.\n", "story.txt"))
    assert all(not s["name"].split()[0].islower() for s in b["speakers"])
def test_a_pronoun_before_anyone_is_named_is_the_person_named_next():
    # probes round 2: cataphora (no one of that gender named before; the same or the next paragraph)
    got = _quotes("“If we wait,” she warned, “it will be too late.” Dr Aisha Khan leads the study.")
    assert [s for _, _, s in got] == ["Aisha Khan", "Aisha Khan"]
    got = _quotes("He says the pay offer is an insult. Brendan Kelly leads the nurses' union.")
    assert got[0][2] == "Brendan Kelly"
    got = _quotes("“Why did nobody warn us?” she asked. Farida Aziz has campaigned for a year.")
    assert got[0][2] == "Farida Aziz"
    got = _quotes("Rosa Lind chairs the board. “We will appeal,” she said. Maria Costa, her deputy, agreed.")
    assert got[0][2] == "Rosa Lind"   # named before: the usual reading


def test_a_bare_role_no_one_holds_is_an_epithet_for_the_roleless_person_just_quoted():
    # probes round 2: "the farmer", "the minister" for someone named without that role
    got = _quotes("Neil Foster says he has never seen prices like it. “Never, in 40 years,” the farmer says.")
    assert got[-1] == ("direct", "Never, in 40 years,", "Neil Foster")
    got = _quotes("Amit Verma said the state would get more forces. “We will not allow violence,” the minister asserted.")
    assert got[-1][2] == "Amit Verma"
    got = _quotes("Amit Verma said the state would get more forces, which Omar Khan had asked for.",
                  "“We will not allow violence,” the minister asserted.")
    assert got[-1][2] is None   # another person named since: no guess


def test_a_person_noun_before_the_name_after_an_inverted_verb_is_an_apposition():
    # probes round 2: "replied the witness, Liam Grant" (a noun no list holds as a role)
    got = _quotes("Mr Shaw asked about the knife. “No,” replied the witness, Liam Grant.")
    assert got == [("direct", "No,", "Liam Grant")]
    got = _quotes("“It was chaos,” said the passenger, Maria Lopez, who was in the front carriage.")
    assert got[0][2] == "Maria Lopez"


def test_a_bare_saying_after_a_short_phrase_of_to_whom_or_where_reports_a_clause():
    # probes round 2: no comma before "saying"
    got = _quotes("Harriet Lowe wrote to the council saying residents could not go on.")
    assert got == [("indirect", "residents could not go on", "Harriet Lowe")]
    got = _quotes("Ken Lo posted on Facebook saying he was done with politics.")
    assert got == [("indirect", "he was done with politics", "Ken Lo")]


def test_a_place_in_a_result_before_the_name_is_a_role_not_part_of_the_name():
    # roles round 2: "Runner-up X" kept the title in the name
    got = _roles("Runner-up Devon Tillett said the heat had been brutal.")
    assert got == {"Devon Tillett": "Runner-up"}
    got = _roles("Match-winner Tom Fisher said the team had never doubted themselves.")
    assert got == {"Tom Fisher": "Match-winner"}


def test_a_role_in_brackets_after_the_name():
    # roles round 2: "said X (chief economist at Y)"
    got = _roles("Inflation slowed to 3.1% in March, official data showed.",
                 "“The worst is behind us,” said Henrik Solberg (chief economist at Nordbank). "
                 "He expects rates to fall in June.")
    assert got == {"Henrik Solberg": "chief economist at Nordbank"}
    got = _roles("Maria Kowalski (head of research at AgroData) said the harvest had been better than expected.")
    assert got == {"Maria Kowalski": "head of research at AgroData"}


def test_a_bodys_name_and_a_lower_case_post_before_the_name_between_commas():
    # roles round 2: "The Ministry of X spokesperson, Name, said"
    got = _roles("The Ministry of Health spokesperson, Alice Wanjiru, said the decision followed advice from doctors.")
    assert got == {"Alice Wanjiru": "Ministry of Health spokesperson"}


def test_a_definite_post_before_a_trade_and_the_name_between_commas():
    # roles round 2: "The coordinator of Y, oceanographer X, said": the post, not the trade
    got = _roles("A second shark bite this month has closed the beach.",
                 "The coordinator of the monitoring programme, oceanographer Paulo Menezes, said the animals "
                 "were following warm water. “This is unusual,” he said.")
    assert got == {"Paulo Menezes": "coordinator of the monitoring programme"}


def test_a_bare_post_after_the_name_beats_a_short_title_before_it():
    # roles round 2: "Board Member X, chair of …", "Highlands MSP X, Labour's transport spokeswoman,"
    got = _roles("The council approved the budget on Thursday.",
                 "Board Member Lina Cortez, chair of the finance committee, said the plan was balanced.",
                 "“Nobody got everything,” the board member said.")
    assert got == {"Lina Cortez": "chair of the finance committee"}
    got = _quotes("The council approved the budget on Thursday.",
                  "Board Member Lina Cortez, chair of the finance committee, said the plan was balanced.",
                  "“Nobody got everything,” the board member said.")
    assert got[-1][2] == "Lina Cortez"   # the title before the name still names her
    got = _roles("Rural bus routes face cuts, campaigners warn.",
                 "Highlands MSP Fiona Grant, Labour's transport spokeswoman, said the cuts would isolate villages.")
    assert got == {"Fiona Grant": "Labour's transport spokeswoman"}
def test_a_lede_role_of_an_owned_body_part_is_the_person_quoted_later_with_that_post():
    # lede round: "the head of X’s police cyber investigation unit said" (role, of, owner's genitive, noun adjuncts,
    # a part of a body) is one role's noun phrase, and the person quoted within three paragraphs whose own role has
    # its head and two more of its words is the speaker, even with a body's quote between
    got = _quotes("A gang that cloned voices stole $2 million from pensioners, the head of Leeds’ fraud investigation "
                  "unit said Tuesday.",
                  "According to West Yorkshire Police, 12 people were arrested.",
                  "“They sounded exactly like grandchildren,” said Inspector Maria Lopez, who heads the force’s fraud "
                  "investigation unit.")
    assert got[0][:2] == ("indirect", "A gang that cloned voices stole $2 million from pensioners")
    assert got[0][2] == "Maria Lopez"
    got = _quotes("Exam results will be delayed by a week, the director of the state’s education testing division "
                  "said.",
                  "“We found errors in the marking,” said Janet Moss, director of the education testing division.")
    assert got[0][2] == "Janet Moss"
    got = _quotes("The river will peak on Thursday, the head of the regional flood warning centre said.")
    assert got == [("indirect", "The river will peak on Thursday", None)]


def test_a_lede_post_in_a_body_is_not_given_to_a_person_of_another_post_quoted_next():
    # lede round: a lede's post in a named body and the next paragraph's person of an unrelated role: two people
    got = _quotes("The samples were contaminated, the head of the university’s virology lab said.",
                  "“We have to start again,” said Prof. Hana Ito, who heads the chemistry department.")
    assert got[0][1] == "The samples were contaminated" and got[0][2] is None
    got = _quotes("Exam results will be delayed by a week, the director of the state’s education testing division "
                  "said.",
                  "“We found errors in the marking,” said Janet Moss, a teacher in Springfield.")
    assert got[0][2] is None


def test_a_one_word_name_after_a_titles_remit_is_the_name():
    # names round: the last word is the name when it is no remit, title or place and the word before it is a remit
    got = _roles("Two tonnes of drugs were seized this week.",
                 "BGN Deputy for Prevention and Supervision Sutrisno said the drugs were hidden in a boat.")
    assert got == {"Sutrisno": "BGN Deputy for Prevention and Supervision"}
    got = _roles("Floods hit three districts on Monday.",
                 "Head of the Regional Disaster Management Agency Budiono said 400 families had been evacuated.")
    assert got == {"Budiono": "Head of the Regional Disaster Management Agency"}
    got = _roles("The ministry will review all permits.",
                 "Deputy Minister of Energy and Mines Bounlap Sisouvong said the review would take a year.")
    assert got == {"Bounlap Sisouvong": "Deputy Minister of Energy and Mines"}


def test_a_given_name_before_a_lower_case_particle_stays_in_the_name():
    # names round: "Jan" is a month's abbreviation too; "ter" is a particle
    got = _roles("The farmers' union rejected the plan.",
                 "Jan van der Berg, chairman of the union, said farmers would protest.")
    assert got == {"Jan van der Berg": "chairman of the union"}
    got = _roles("A court ordered the factory to close.",
                 "Lotte ter Horst, a lawyer for the residents, said the ruling was historic.")
    assert list(got) == ["Lotte ter Horst"]


def test_a_lower_case_title_with_its_of_complement_after_a_body_is_the_role():
    # names round: the head ("chief", "director") is followed by a lower-case 'of' complement before the name
    got = _roles("The president will travel to Asia.",
                 "White House chief of staff Robert Klein said the trip would focus on trade.")
    assert got == {"Robert Klein": "White House chief of staff"}
    got = _roles("Aid agencies warned of famine.",
                 "UNICEF director of emergency programmes Manuel Fontaine said children were dying.")
    assert got == {"Manuel Fontaine": "UNICEF director of emergency programmes"}


def test_a_post_in_brackets_after_a_name_that_closes_the_paragraph_keeps_the_speaker():
    # names round: "said X (senior analyst, Y)." at the paragraph's end: the speaker, and the post is no report
    got = _quotes("Bond yields rose on Friday.",
                  "“Markets are nervous about the deficit,” said Laura Chen (senior analyst, Brightwater Capital).")
    assert got == [("direct", "Markets are nervous about the deficit,", "Laura Chen")]
    assert _roles("Bond yields rose.", "Markets are nervous, said Laura Chen (senior analyst at Brightwater Capital).") \
        == {"Laura Chen": "senior analyst at Brightwater Capital"}


def test_a_three_word_lower_case_title_opening_with_a_body_word_after_an_inverted_verb():
    # names round: "fire" is a body's word, yet "fire station commander" is the title before the name
    got = _roles("A fire destroyed a warehouse overnight.",
                 "“The building was fully alight when we arrived,” said fire station commander Peter Doyle.")
    assert got == {"Peter Doyle": "fire station commander"}


def test_a_title_before_the_name_beats_a_post_held_also():
    # names round: "who is also …" adds a post; the title before the name stays the role
    got = _roles("Farmers will get new drought aid.",
                 "Agriculture Minister David Littleproud, who is also deputy prime minister, said the package was "
                 "worth $500 million.")
    assert got == {"David Littleproud": "Agriculture Minister"}


def test_who_is_curator_without_an_article_is_the_role():
    # names round: "curator" is a role head
    got = _roles("The museum will reopen in June.",
                 "Helen Marsh, who is curator of the museum's textile collection, said the galleries were bigger.")
    assert got == {"Helen Marsh": "curator of the museum's textile collection"}
def test_a_venue_body_named_before_speaks_as_the_museum_or_the_theatre():
    # bodies round 2: Museum, Theatre, Festival, Church … end a body's name, and "the theatre said" refers back to it
    got = _quotes("Rotterdam's Luxor Theatre has cancelled the rest of its season after a fire.",
                  "“The safety of our audiences comes first,” the theatre said on Tuesday.")
    assert got[0][2] == "Luxor Theatre"
    got = _quotes("St Mary's Church in Ludlow has launched an appeal to repair its roof.",
                  "The church said it needed to raise 200,000 pounds by the end of the year.")
    assert got == [("indirect", "it needed to raise 200,000 pounds by the end of the year", "St Mary's Church")]
    got = _quotes("The Glenmoor Folk Festival will move to August next year.",
                  "“It was a hard choice,” the festival said.")
    assert got[0][2] == "Glenmoor Folk Festival"


def test_a_venue_noun_with_no_such_body_named_gives_no_speakerless_quote():
    # bodies round 2: "the museum said" with no museum named is read as before (no cue), not a quote with no speaker
    got = _quotes("A small painting has been found in a storeroom in Middelburg.",
                  "The museum said it had no plans to sell the panel.")
    assert got == []


def test_a_union_local_with_its_number_speaks():
    # bodies round 2: a number (with a hyphen) inside the subject ends the local's name
    got = _quotes("Steelworkers Local 1-4410 said the layoffs would hit 300 members.")
    assert got == [("indirect", "the layoffs would hit 300 members", "Steelworkers Local 1-4410")]
    got = _quotes("Teamsters Local 727 said on Friday that drivers had voted to strike.")
    assert got[0][2] == "Teamsters Local 727"


def test_the_man_opening_a_lede_is_a_cue():
    # bodies round 2: "The man says C" is reported speech (an epithet for the one the story is about), not dropped
    got = _quotes("The man says he will go to court.", "He was evicted from his flat last week.")
    assert [(k, t) for k, t, _ in got] == [("indirect", "he will go to court")]


def test_a_body_described_with_a_relative_clause_opening_the_lede_is_the_body_so_described_quoted_later():
    # bodies round 2: "The operator that has run … says C" opens its sentence; the body later described with the same
    # noun and quoted is its speaker, not the first body quoted after it
    got = _quotes("The operator that has run the ferry to the island for 25 years says it will challenge the decision "
                  "in court.",
                  "Westhaven Port Authority has given the contract to Nordlys Ferries, ending 25 years of service by "
                  "local operator Baltic Crossings, the authority said on Tuesday.",
                  "“We will fight this,” Baltic Crossings said in a statement.")
    assert got[0][:2] == ("indirect", "it will challenge the decision in court")
    assert got[0][2] == "Baltic Crossings"


def test_the_man_described_by_a_participle_opening_the_lede_is_the_man_named_next():
    # bodies round 2: "The man ousted by the decision says C" is read, and is the man named in the next paragraph
    got = _quotes("The league has expelled Harbour Rovers FC from its cup competition.",
                  "The man ousted by the decision says he will appeal to the courts.",
                  "“We did nothing wrong,” Pieter Vosloo, the club's chairman, told reporters.",
                  "A fan said the club had been treated unfairly.")
    assert ("indirect", "he will appeal to the courts", "Pieter Vosloo") in got
    got = _quotes("The man says he will go to court.", "John Barker, 54, was evicted from his flat last week.")
    assert got == [("indirect", "he will go to court", "John Barker")]


def test_a_standfirst_body_with_an_owner_is_the_body_later_described_so_and_quoted():
    # bodies round 2: "Norway's national rail company says C" is read whole, and is the body the story later describes
    # with the same head and a modifier ("the state-owned rail company") and quotes, not the company of the headline
    got = _quotes("Startup Voltline wants faster trains. The grid has other ideas",
                  "Voltline Technologies says its battery trains are ready. Norway's national rail company says the lines "
                  "are not ready.",
                  "The tracks north of Trondheim belong to Banering, the state-owned rail company, which has warned "
                  "for years about the cost. In a statement, Banering said it had no money for new chargers.")
    assert ("indirect", "the lines are not ready", "Banering") in got


def test_styles_of_asian_african_and_gulf_outlets_are_no_part_of_names():
    # roles round 3: Datuk Seri, Dato', Tun, Ustaz, Pehin Datu Seri, Hajia, Sheikh, Khun are dropped from the name
    got = _roles("KUALA LUMPUR: The government will table the budget next week.",
                 "Finance Minister Datuk Seri Ahmad Zulkifli said the budget would focus on cost of living.")
    assert got == {"Ahmad Zulkifli": "Finance Minister"}
    got = _roles("Women traders in Tamale received loans on Monday.",
                 "Hajia Amina Issah, leader of the women's group, said the money would buy stock.")
    assert got == {"Amina Issah": "leader of the women's group"}
    got = _roles("DUBAI: The emirate will open a new port terminal.",
                 "Sheikh Khalid bin Saeed Al Maktoum, chairman of the ports authority, said the terminal would double "
                 "capacity.")
    assert got == {"Khalid bin Saeed Al Maktoum": "chairman of the ports authority"}
    got = _roles("BANGKOK: Hotel bookings in Phuket have recovered.",
                 "Khun Somchai Wongsa, president of the hotel association, said occupancy was at 80 per cent.")
    assert got == {"Somchai Wongsa": "president of the hotel association"}


def test_a_style_read_into_the_end_of_a_title_is_cut_from_the_role():
    # roles round 3: "Its chairman Tan Sri Lim X", "Health Director-General Datuk Dr X", "… Development Smt X"
    got = _roles("KUALA LUMPUR: The bank posted a record profit.",
                 "Its chairman Tan Sri Lim Kok Wah said the outlook remained positive. “We are confident,” Lim said.")
    assert got["Lim Kok Wah"] in ("chairman", "Its chairman")
    got = _roles("PUTRAJAYA: Dengue cases rose by 20 per cent last week.",
                 "Health Director-General Datuk Dr Noor Hisham Rahman said hotspots were being fogged.")
    assert got == {"Noor Hisham Rahman": "Health Director-General"}
    got = _roles("The scheme will reach two crore women.",
                 "Minister for Women and Child Development Smt Meena Sharma said the scheme would launch in April.")
    assert got == {"Meena Sharma": "Minister for Women and Child Development"}


def test_a_post_between_dashes_after_the_name():
    # roles round 3: "X — president of the fair board — said": the post is the role, and the name speaks
    got = _roles("The county fair will return next summer after a two-year break.",
                 "Ron Miller — president of the fair board — said volunteers had already signed up. “We are ready,” "
                 "Miller said.")
    assert got == {"Ron Miller": "president of the fair board"}
    got = _quotes("The hospital will open a new cancer ward.",
                  "Dr Anita Rao – head of oncology at the hospital – said the ward would treat 2,000 patients a year.")
    assert got == [("indirect", "the ward would treat 2,000 patients a year", "Anita Rao")]
    got = _quotes("The clinic will add weekend hours.",
                  "“Demand has never been higher,” Dr Sam Patel – director of the clinic – said on Tuesday.")
    assert got == [("direct", "Demand has never been higher,", "Sam Patel")]
    assert _roles("The clinic will add weekend hours.",
                  "“Demand has never been higher,” Dr Sam Patel – director of the clinic – said on Tuesday.") == {
        "Sam Patel": "director of the clinic"}


def test_a_post_held_with_a_body_keeps_its_body():
    # roles round 3: "X is a volunteer with the festival" (with_heads in roles.yaml), not "a farmer with three children"
    got = _roles("The folk festival drew record crowds this year.",
                 "Anna Reid is a volunteer with the festival. “It gets bigger every year,” she said.")
    assert got == {"Anna Reid": "volunteer with the festival"}
# --- attribution probes round 3

def test_a_tribute_remembering_someone_as_words_is_no_quotation():
    got = _quotes("Professor Alan Reid, a former student, remembered her as “fierce, generous and impossible to impress”.")
    assert not any("fierce, generous" in t for _, t, _ in got)


def test_a_family_with_no_name_reports_a_clause_with_a_quoted_fragment():
    got = _quotes("In a statement, his family said he had “lived a full and joyful life”.")
    assert got == [("indirect", "he had “lived a full and joyful life”", None)]


def test_a_counted_group_of_people_reports_a_clause_with_a_quoted_fragment():
    got = _quotes("In an open letter, more than 200 scientists said the policy was “not supported by evidence”.")
    assert got == [("indirect", "the policy was “not supported by evidence”", None)]


def test_a_person_described_before_a_colon_inside_a_paragraph_says_the_quotation():
    got = _quotes("Is the club for sale? Owner Derek Vaughan was blunt: “No. Not now, not ever.”")
    assert got == [("direct", "No. Not now, not ever.", "Derek Vaughan")]


def test_the_signer_of_a_letter_speaks_what_it_says():
    got = _quotes("The letter, signed by union leader Grace Mwangi, says members will strike from Monday.")
    assert got == [("indirect", "members will strike from Monday", "Grace Mwangi")]


def test_said_the_same_with_no_clause_is_no_quote():
    assert _quotes("Professor Ruth Okafor said the plan was reckless.",
                   "Her colleague Ann Lowe said the same.") == [("indirect", "the plan was reckless", "Ruth Okafor")]


def test_people_familiar_with_the_matter_report_a_clause_with_no_speaker():
    assert _quotes("The company is exploring a sale, people familiar with the matter said.") == [
        ("indirect", "The company is exploring a sale", None)]
    assert _quotes("A deal could be announced as soon as Monday, two sources close to the talks said.") == [
        ("indirect", "A deal could be announced as soon as Monday", None)]


def test_a_lower_case_title_before_the_person_described_before_a_colon():
    got = _quotes("Asked about the rumours, striker Leo Grant was dismissive: “I don't read the papers.”")
    assert got == [("direct", "I don't read the papers.", "Leo Grant")]


def test_the_family_of_a_named_person_speaks_not_the_person():
    got = _quotes("In a statement, the family of Joe Nkosi said: “He was a loving father.”")
    assert got == [("direct", "He was a loving father.", None)]


# --- attribution probes round 4

def test_two_people_or_two_bodies_joined_before_one_verb_are_no_one_speaker():
    got = _quotes("Lawyers Ama Boateng and Kojo Asare said their clients would appeal.")
    assert [s for _, _, s in got] == [None]
    got = _quotes("Mr Okafor and Ms Lee told the committee that the audit had been blocked.")
    assert [s for _, _, s in got] == [None]
    got = _quotes("“We are delighted,” said Rita and Joe Harper, who won the lottery in March.")
    assert [s for _, _, s in got] == [None]
    got = _quotes("The Ministry of Health and the Ministry of Education said schools would reopen on Monday.",
                  "The Department of Health and the Health Service Executive said the ward would reopen.",
                  "Police and the fire service said the road would be closed overnight.")
    assert [s for _, _, s in got] == [None, None, None]
    # one body whose remits are joined, a company's name, and a verb in -s are one speaker
    got = _quotes("The Ministry of Trade and Industry said exports had risen.",
                  "Marks and Spencer says sales had risen by 4 per cent.")
    assert [s for _, _, s in got] == ["Ministry of Trade and Industry", "Marks and Spencer"]


def test_less_common_speech_verbs():
    assert _quotes("Counsel for the state, Femi Adebayo, averred that the petition was statute-barred.") == [
        ("indirect", "the petition was statute-barred", "Femi Adebayo")]
    assert _quotes("Prosecutor Lina Haddad countered that the witness had no reason to lie.") == [
        ("indirect", "the witness had no reason to lie", "Lina Haddad")]
    assert _quotes("Coach Sam Kerr bemoaned that his side had wasted too many chances.") == [
        ("indirect", "his side had wasted too many chances", "Sam Kerr")]
    assert _quotes("“This is a disgrace,” fumed resident Barry Hughes.")[0][2] == "Barry Hughes"
    assert _quotes("“How can they do this to us?” wondered Mercy Otieno, 63.")[0][2] == "Mercy Otieno"
    assert _quotes("Lawmaker Ruth Nyambura wondered whether the money had ever reached the hospitals.") == [
        ("indirect", "the money had ever reached the hospitals", "Ruth Nyambura")]
    assert _quotes("The judge, Justice Amina Mohammed, cautioned the jury that it must ignore the media coverage.") == [
        ("indirect", "it must ignore the media coverage", "Amina Mohammed")]


def test_a_concession_after_the_first_clause_is_a_second_report():
    got = _quotes("Finance Minister Joseph Tembo said the kwacha would stabilise, while acknowledging that fuel prices "
                  "would rise again in March.")
    assert got == [("indirect", "the kwacha would stabilise", "Joseph Tembo"),
                   ("indirect", "fuel prices would rise again in March", "Joseph Tembo")]
    got = _quotes("Inspector Marta Kowal said the road was safe, conceding that the lighting could be better.")
    assert [t for _, t, _ in got] == ["the road was safe", "the lighting could be better"]


def test_according_to_a_name_with_a_bare_post_or_a_relative_clause_between_commas():
    got = _quotes("According to Ravi Shankar, chief economist at Kotak, the rupee will weaken further before the RBI acts.")
    assert got == [("indirect", "the rupee will weaken further before the RBI acts", "Ravi Shankar")]
    got = _quotes("According to Mr Tan, who has run the shop since 1982, business has never been worse.")
    assert got == [("indirect", "business has never been worse", "Tan")]


def test_a_plural_kin_word_or_a_descriptor_opening_the_sentence_is_no_part_of_the_name():
    got = _quotes("Twins Ngozi and Chiamaka Okafor both made the national team.",
                  "Ngozi said the call-up was a dream. Chiamaka said she had cried for an hour.")
    assert [s for _, _, s in got] == ["Ngozi", "Chiamaka Okafor"]
    assert _roles("Veteran Hamid Karimi recalled that the village had no road when he was a child.") == {
        "Hamid Karimi": "Veteran"}
    assert _roles("Elder John Mwangi said the hill was sacred.") == {"John Mwangi": "Elder"}
    # (a singular kin word is a title, not part of the name; being a parent is a relationship, so no role —
    # roles probes round 4's `_relation_only`)
    assert _roles("Parent Jo Hartley said children had been moved.") == {"Jo Hartley": None}


def test_an_honorific_picks_the_one_of_its_gender_of_two_speakers_sharing_a_surname():
    got = _quotes("Peter Walsh, the Labor member for Ballarat, said the hospital funding was overdue.",
                  "His Liberal opponent, Sandra Walsh, said the money had been promised three times before.",
                  "“Voters have heard it all before,” Ms Walsh said.")
    assert [s for _, _, s in got] == ["Peter Walsh", "Sandra Walsh", "Sandra Walsh"]


def test_filipino_surname_particles_and_reverend_are_read():
    assert _quotes("“We lost everything,” said Juan dela Cruz.")[0][2] == "Juan dela Cruz"
    assert _quotes("Maria delos Santos said the town was flooded.")[0][2] == "Maria delos Santos"
    assert _quotes("Reverend Thabo Makgoba told mourners that the dead had been “failed by everyone”.")[0][2] == \
        "Thabo Makgoba"


def test_a_company_named_with_an_industry_plural_is_the_company():
    got = _quotes("Neil Osborne worked at the Hartwell Plastics factory for 42 years.",
                  "The company said it would offer redundancy packages.")
    assert got[-1] == ("indirect", "it would offer redundancy packages", "Hartwell Plastics")


def test_they_after_the_police_spoke_is_the_police():
    got = _quotes("Police said the man, 45, had been charged with dangerous driving.",
                  "They said he would appear in court on Monday.")
    assert [s for _, _, s in got] == ["Police", "Police"]
    got = _quotes("Residents said the water was brown. They said it had been so for a week.")
    assert [s for _, _, s in got] == [None, None]


def test_one_of_a_group_then_the_name_after_an_inverted_verb():
    got = _quotes("“We knew the risks,” said one of the climbers, Anders Nilsson. “We accepted them.”")
    assert [s for _, _, s in got] == ["Anders Nilsson", "Anders Nilsson"]


def test_a_relative_named_between_commas_before_saying():
    got = _quotes("Olusegun Obasanjo said the report was biased. His son, Gbenga Obasanjo, disagreed, saying it was fair.")
    assert got[-1] == ("indirect", "it was fair", "Gbenga Obasanjo")
    assert _roles("Olusegun Obasanjo said the report was biased. His son, Gbenga Obasanjo, disagreed, saying it was "
                  "fair.")["Gbenga Obasanjo"] is None


def test_host_is_a_title_before_the_name():
    got = _quotes("Host Lara Bingham's show, “Morning Matters,” was cancelled on Friday. Bingham said she was “gutted”.")
    assert got == [("indirect", "she was “gutted”", "Lara Bingham")]


def test_joined_speakers_with_titles_a_relative_or_a_plural_apposition_are_no_one_speaker():
    got = _quotes("Senator Ted Cruz and Senator John Cornyn said in a joint statement that the border was “out of "
                  "control”.")
    assert [s for _, _, s in got] == [None]
    got = _quotes("Dr Ruth Lim and Professor Alan Tay, who co-wrote the study, said the effect was small.")
    assert [s for _, _, s in got] == [None]
    got = _quotes("“We never gave up,” said Chen Jie and her husband, Wang Lei.")
    assert [s for _, _, s in got] == [None]
    got = _quotes("Smith and Jones, the two local MPs, said the hospital must stay open.")
    assert [s for _, _, s in got] == [None]
    assert _roles("Eagles all-rounder Tom Reid, 24, said the pitch was flat.") == {"Tom Reid": "Eagles all-rounder"}


def test_an_eyewitness_before_the_name_is_a_title():
    got = _quotes("Eyewitness Tomas Ruiz said the car had jumped the kerb. “It happened so fast,” he said.")
    assert [s for _, _, s in got] == ["Tomas Ruiz", "Tomas Ruiz"]


def test_an_honorific_picks_the_one_of_its_gender_introduced_in_the_same_paragraph():
    got = _quotes("Jacob Zulu and Thandi Zulu have farmed in the valley for 30 years.",
                  "Mrs Zulu said the dam had changed everything. Mr Zulu said the water was now too salty for cattle.")
    assert [s for _, _, s in got] == ["Thandi Zulu", "Jacob Zulu"]


def test_a_chain_of_that_clauses_is_split_at_each_and_that_or_but_that():
    got = _quotes("Mr Karimi said the border was closed and that trucks were backed up for 20 kilometres, but that food "
                  "was getting through.")
    assert [t for _, t, _ in got] == ["the border was closed", "trucks were backed up for 20 kilometres",
                                      "food was getting through"]
    got = _quotes("Ms Lyons told reporters that the party was not opposed to the idea but that a cap had been examined "
                  "and ruled out by the Attorney General’s office.")
    assert [t for _, t, _ in got] == ["the party was not opposed to the idea",
                                      "a cap had been examined and ruled out by the Attorney General’s office"]


def test_a_question_put_to_a_listener_keeps_its_wh_word():
    assert _quotes("Councillor Declan Moore asked council officials when the road would be fixed.") == [
        ("indirect", "when the road would be fixed", "Declan Moore")]
    assert _quotes("Ms Lee asked him why the report had been delayed.") == [
        ("indirect", "why the report had been delayed", "Lee")]
    assert _quotes("Councillor Ann Ray asked for help when the storm hit the town.") == []


def test_gasped_attributes_a_quotation():
    assert _quotes("“I have never seen anything like it,” gasped Lorraine Kelly, 59.")[0][2] == "Lorraine Kelly"
# --- round 40 (heldout55–58 studied)

def test_a_negated_who_is_clause_is_no_role():
    got = _roles("Farm leader Jim Hay, who is not related to the mayor, said the state was proud of the team.")
    assert got == {"Jim Hay": "Farm leader"}


def test_a_home_ward_with_a_number_is_no_part_of_the_occupation():
    got = _roles("Mary Banda, a communal farmer from Ward 9 in Insiza, said she had lost seven cattle.")
    assert got == {"Mary Banda": "communal farmer"}


def test_a_lower_case_title_with_its_bracketed_initials_before_an_honorific_and_the_name():
    got = _roles("Matabeleland South provincial veterinary officer (PVO) Dr Themba Ndlovu said the disease had "
                 "spread to 41 wards.")
    assert got == {"Themba Ndlovu": "Matabeleland South provincial veterinary officer (PVO)"}


def test_a_role_head_with_a_lower_case_complement_opens_the_lede_and_names_the_next_person():
    got = _quotes("The bank’s head of branch banking for Northern Ireland told a meeting of the council on Monday "
                  "night that no jobs would be lost.",
                  "Conor Breen said a mobile banking van would visit the town every Thursday.")
    assert got == [("indirect", "no jobs would be lost", "Conor Breen"),
                   ("indirect", "a mobile banking van would visit the town every Thursday", "Conor Breen")]
    assert _roles("The bank’s head of retail banking said the four staff would be offered roles elsewhere.",
                  "Conor Breen said a mobile banking van would visit the town every Thursday.") == {
        "Conor Breen": "bank’s head of retail banking"}


def test_a_post_in_charge_of_a_remit_opens_the_sentence():
    got = _quotes("The provincial deputy governor in charge of transport told reporters after meeting a delegation "
                  "of drivers that the administration did not set the airport's rules.",
                  "“We understand the drivers,” said Ly Samrith, who was appointed to the post last year.")
    assert got[0] == ("indirect", "the administration did not set the airport's rules", "Ly Samrith")


def test_a_lede_post_in_a_named_body_is_not_a_later_post_with_the_same_head():
    got = _quotes("Jumps from the bridge will be allowed only to licensed divers, the president of the Mostar City "
                  "Council announced on Wednesday.",
                  "Dragan Kovacevic told a press conference that the city had been forced to act.",
                  "Club president Edin Kovac said divers had asked for rules for years.")
    assert got[0] == ("indirect", "Jumps from the bridge will be allowed only to licensed divers", "Dragan Kovacevic")


def test_master_posts_and_shuttlers_are_titles():
    assert _roles("Stablemaster Kiyosato, 55, bowed deeply at the start of the news conference.",
                  "“I failed to see what was happening,” he said.") == {"Kiyosato": "Stablemaster"}
    got = _quotes("National men’s singles shuttler Tan Wei Jie has quit the national squad to turn professional, "
                  "saying he needs more control over his training.")
    assert got == [("indirect", "he needs more control over his training", "Tan Wei Jie")]


def test_an_aside_phrase_between_commas_after_the_speaker_is_read_past():
    got = _quotes("Mayor Ann Cole, for her part, said the budget would balance.",
                  "The district forest officer, on the other hand, said patrolling had been intensified.")
    assert got == [("indirect", "the budget would balance", "Ann Cole"),
                   ("indirect", "patrolling had been intensified", None)]


def test_assured_and_was_of_the_view_report_a_that_clause():
    got = _quotes("Mayor Ann Cole assured the traders that the market would reopen in May.",
                  "Former national coach Lim Chee Keong was of the view that the move carried risks.")
    assert got == [("indirect", "the market would reopen in May", "Ann Cole"),
                   ("indirect", "the move carried risks", "Lim Chee Keong")]


def test_stating_that_after_the_main_verb_adds_a_clause():
    got = _quotes("Union leader Ama Boateng dismissed the claims, stating that the union had handed over two suspects.")
    assert got == [("indirect", "the union had handed over two suspects", "Ama Boateng")]


def test_a_lower_case_title_before_a_name_and_its_body_after_of():
    got = _quotes("Marine biologist Subhashree Panda of Berhampur University, who has studied the beach for a decade, "
                  "said the delay was not unusual.",
                  "“In 2019 the nesting started only in March,” she said.")
    assert got == [("indirect", "the delay was not unusual", "Subhashree Panda"),
                   ("direct", "In 2019 the nesting started only in March,", "Subhashree Panda")]


def test_a_weekday_and_a_part_of_the_day_after_the_verb_are_no_part_of_the_clause():
    got = _quotes("Transport Minister Olivia Prentice spoke in Ottawa.",
                  "The minister said Tuesday evening that central collection was possible.")
    assert got == [("indirect", "central collection was possible", "Olivia Prentice")]


def test_a_unisex_given_name_takes_she_from_the_sentence_before():
    got = _quotes("Dr Fiona Ashdown said the risk was low.",
                  "Labour councillor Shaheen Akhtar said residents had been left in the dark.",
                  "“People found out from a Facebook post,” she said.")
    assert got[-1] == ("direct", "People found out from a Facebook post,", "Shaheen Akhtar")


def test_names_given_with_words_between_the_verb_and_as_or_the_are_no_quotations():
    got = _quotes("Harsh treatment of young wrestlers has long been known in the sumo world as “kawaigari,” a word "
                  "that means loving care.",
                  "Critics have dubbed the bill's diesel provisions the “pickup tax,” because they apply to farm trucks.")
    assert got == []


def test_analysts_at_a_firm_speak_for_it_through_a_participle_after_a_comma_inside_the_quotation():
    got = _quotes("Analysts at Westbrook Partners downgraded the stock to “underperform” from “neutral,” saying in a "
                  "note that the revised forecast was too hopeful.")
    assert ("indirect", "the revised forecast was too hopeful", "Westbrook Partners") in got


def test_honorifics_in_a_row_after_a_role_first_apposition():
    got = _roles("But the Tamale Metropolitan Chief Executive (MCE), Hon. Alhaji Abdul-Karim Iddrisu, insisted that "
                 "the ban would stay.")
    assert got == {"Abdul-Karim Iddrisu": "Tamale Metropolitan Chief Executive"}


def test_a_participle_adjective_before_an_epithet_for_the_person_just_quoted():
    got = _quotes("His father, Tan Kok Leong, who sat beside him, said the family had discussed the move for months.",
                  "“We are behind him,” the retired teacher said.")
    assert got == [("indirect", "the family had discussed the move for months", "Tan Kok Leong"),
                   ("direct", "We are behind him,", "Tan Kok Leong")]


def test_the_role_of_an_unnamed_speaker_in_the_paragraph_before_is_still_that_unnamed_one():
    got = _quotes("A BAM coach who declined to be named said several players had been watching closely.",
                  "“If he does well outside, others will follow,” the coach said.",
                  "Tan Wei Jie said he had thanked head coach Kenneth Wong personally.")
    assert got[1] == ("direct", "If he does well outside, others will follow,", None)


def test_an_aside_between_spaced_hyphens_after_a_role_first_apposition():
    got = _quotes("Dr Fiona Ashdown, a consultant at UKHSA, said the risk was low.",
                  "The firm's managing director, Carl Ashdown - no relation to the UKHSA consultant - said: “We have "
                  "40 staff.”")
    assert got[1] == ("direct", "We have 40 staff.", "Carl Ashdown")
    assert _roles("The firm's managing director, Carl Ashdown - no relation to the consultant - said: “We have 40 "
                  "staff.”") == {"Carl Ashdown": "firm's managing director"}


def test_the_honorific_tells_two_people_of_one_surname_apart():
    got = _quotes("Dr Fiona Ashdown, a consultant at UKHSA, said the risk was low.",
                  "The firm's managing director, Carl Ashdown, said: “We have 40 staff.”",
                  "Mr Ashdown said the company had offered to pay for testing.",
                  "Dr Ashdown added that most people did not become ill.")
    assert [s for _, _, s in got] == ["Fiona Ashdown", "Carl Ashdown", "Carl Ashdown", "Fiona Ashdown"]


def test_guidance_is_a_document_no_one_speaks():
    assert _quotes("Outbreaks are often linked to cooling towers and poorly kept water systems, according to NHS "
                   "guidance.") == []


def test_a_count_of_firms_placed_somewhere_names_no_speaker():
    got = _quotes("Several firms on the Attercliffe industrial estate said they had switched off their cooling towers.")
    assert got == [("indirect", "they had switched off their cooling towers", None)]


def test_the_office_of_a_post_after_a_listener_is_no_person():
    got = _quotes("Transport Minister Olivia Prentice said the bill would pass.",
                  "A senior government source told the Star the Prime Minister's Office had not expected the NDP to go "
                  "public.",
                  "The minister said Tuesday evening that central collection was possible.")
    assert got[-1] == ("indirect", "central collection was possible", "Olivia Prentice")
    assert _roles("A senior government source told the Star the Prime Minister's Office had not expected it.",
                  "Olivia Prentice said the bill would pass.") == {"Olivia Prentice": None}


def test_an_opening_phrase_before_said_and_a_quotation_is_no_reported_clause():
    got = _quotes("Keiko Mori, a lawyer for the family, read out a statement from the wrestler.",
                  "In the statement, Kiyokaze said, “I love sumo and I want to keep doing it.”")
    assert got == [("direct", "I love sumo and I want to keep doing it.", "Kiyokaze")]


def test_equities_ends_a_firms_name_that_it_refers_to():
    got = _quotes("Sowmya Reddy, an analyst at Kotwal Securities, said she had cut her estimate.",
                  "“The market is pricing in the worst case,” she told Business Standard.",
                  "Meridian Equities was more cautious. In a note to clients, it said the plant was the main source "
                  "of new launches.")
    assert got[-1] == ("indirect", "the plant was the main source of new launches", "Meridian Equities")


def test_a_that_only_verb_without_that_inside_a_reported_clause_is_the_clauses_own():
    got = _quotes("Stablemaster Kiyosato said the senior wrestler had admitted hitting him but denied using the sword, "
                  "adding that he had been sent home.")
    assert [t for _, t, _ in got] == ["the senior wrestler had admitted hitting him but denied using the sword",
                                      "he had been sent home"]


def test_a_listener_after_a_coordinated_telling_verb_is_no_part_of_the_second_clause():
    got = _quotes("Mayor Ann Cole said the plan would work and told residents that the road would reopen in May.")
    assert got == [("indirect", "the plan would work", "Ann Cole"),
                   ("indirect", "the road would reopen in May", "Ann Cole")]


def test_a_closing_cue_reports_the_whole_sentence_before_it_with_a_cue_inside():
    got = _quotes("Vermont State Police said the driver was cited.",
                  "He told troopers he had been following a navigation app that routed him off Route 118, police "
                  "said.")
    assert got[-1] == ("indirect", "He told troopers he had been following a navigation app that routed him off "
                                   "Route 118", "Vermont State Police")
    got = _quotes("Valentin Dobrescu, the company's director, visited the site.",
                  "He acknowledged that the company had underestimated the work, News.ro reported.")
    assert [s for _, _, s in got] == ["Valentin Dobrescu"]   # (a speaker met before keeps the inner clause)


def test_the_same_evening_after_the_verb_is_no_part_of_the_clause():
    got = _quotes("The Japan Sumo Association said the same evening that its committee had begun questioning "
                  "wrestlers.")
    assert got == [("indirect", "its committee had begun questioning wrestlers", "Japan Sumo Association")]


def test_a_wire_dateline_with_its_acronym_in_brackets_and_no_dash_is_cut():
    got = _quotes("Bhubaneswar, March 12 (IANS) The mass nesting of turtles is running three weeks late, the state's "
                  "forest minister said on Thursday.")
    assert got[0][1] == "The mass nesting of turtles is running three weeks late"
# --- roles probes round 4


def test_styles_of_fijian_hausa_malaysian_and_irish_outlets_are_no_part_of_names():
    # roles probes round 4: Ratu, Mallam, YB, Fr. (honorifics.yaml; Fr. and Engr. end no sentence)
    assert _roles("The new airline will fly from Nadi to Sydney.",
                  "Ratu Jone Vakaloloma, one of the airline’s founders, said tickets would go on sale in May.") == {
        "Jone Vakaloloma": "one of the airline’s founders"}
    assert _roles("The governor has appointed a new adviser.",
                  "The Chief Press Secretary to the Governor, Mallam Muhammad Garba, said the appointment took effect "
                  "immediately.") == {"Muhammad Garba": "Chief Press Secretary to the Governor"}
    assert _roles("State executive councillor YB Lee Chean Chung said supply would be restored by Friday.") == {
        "Lee Chean Chung": "State executive councillor"}
    assert _roles("The parish is raising money to repair the roof.",
                  "“We need €200,000,” said Fr. Padraig O’Neill, the parish priest.") == {"Padraig O’Neill": "parish priest"}


def test_posts_no_list_held_are_role_heads():
    # roles probes round 4: clerk, headteacher, protector, imam, oba, menteri (roles.yaml)
    assert _roles("Town Clerk Margaret Ellery said the rise was the lowest in the county.") == {
        "Margaret Ellery": "Town Clerk"}
    assert _roles("Headteacher Charlotte Lloyd-Webber said pupils had worked hard.") == {
        "Charlotte Lloyd-Webber": "Headteacher"}
    assert _roles("South Africa’s Public Protector, Kholeka Mabuza, said she had received three complaints.") == {
        "Kholeka Mabuza": "South Africa’s Public Protector"}
    assert _roles("Imam Yusuf Patel, of the Grey Street Mosque, said the turnout was the largest in years.") == {
        "Yusuf Patel": "Imam"}
    assert _roles("The Oba of Benin, Oba Ewuare Osemwende, said traders would benefit.") == {
        "Ewuare Osemwende": "Oba of Benin"}
    assert _roles("Kelantan Menteri Besar Datuk Mohd Nassuruddin Daud said 2,000 people had been evacuated.") == {
        "Mohd Nassuruddin Daud": "Kelantan Menteri Besar"}
    assert _roles("Terengganu Menteri Besar Ahmad Samsuri Mokhtar said each family would receive RM1,000.") == {
        "Ahmad Samsuri Mokhtar": "Terengganu Menteri Besar"}


def test_a_capitalised_post_after_the_beats_a_rank_in_initials_before_the_name():
    # roles probes round 4: "The Police Public Relations Officer, SP X,": capitalised words after "the" ending in a
    # role word are a post (role_phrase), and a police rank in initials (sp, asp, dsp …) is a title
    assert _roles("The Police Public Relations Officer, SP Benjamin Hundeyin, said anyone caught would be "
                  "prosecuted.") == {"Benjamin Hundeyin": "Police Public Relations Officer"}
    assert _roles("ASP Fatima Issah said the road would reopen on Monday.") == {"Fatima Issah": "ASP"}


def test_a_definite_post_headed_by_a_person_noun_beats_a_rank_before_the_name():
    # roles probes round 4: "The harbour master, Captain X,": a person noun heads the post before the comma
    assert _roles("The harbour master, Captain Ian Rennie, said larger ships would be able to berth.") == {
        "Ian Rennie": "harbour master"}


def test_who_owns_or_manages_states_a_post():
    # roles probes round 4: post_verbs owns, manages (roles.yaml)
    assert _roles("Tourism in Langkawi has recovered.",
                  "Siti Aminah, who owns a guesthouse near Pantai Cenang, said bookings were full until March.") == {
        "Siti Aminah": "owns a guesthouse near Pantai Cenang"}
    assert _roles("“We need 200 more people,” said Liam Costello, who manages ground operations at the airport.") == {
        "Liam Costello": "manages ground operations at the airport"}
    # who represents …: the post, unless a title before the name says it
    assert _roles("Bronwyn Tait, who represents the ward on the district council, said she would vote against it.") == {
        "Bronwyn Tait": "represents the ward on the district council"}
    assert _roles("City Councilmember Ysabel Ortiz, who represents Boyle Heights, said the market would stay.") == {
        "Ysabel Ortiz": "City Councilmember"}
    # a post after "as" is still the one named
    assert _roles("Pieter Smit, who manages about $3 billion as head of fixed income at Duneveld Capital, argued that "
                  "yields would fall.") == {"Pieter Smit": "head of fixed income at Duneveld Capital"}


def test_how_long_a_post_was_held_is_no_part_of_the_role():
    # roles probes round 4: "a librarian for 22 years" → "librarian"
    got = _roles("The council voted 7-2 to close the library.",
                 "Sian Morgan, a librarian for 22 years, said: “It is a sad day.”")
    assert got == {"Sian Morgan": "librarian"}


def test_a_relationship_or_a_residence_is_no_role():
    # roles probes round 4: "the boy’s mother", "a mother of three", "a resident of Madina", "A neighbour, X,"
    assert _roles("The victim was 17.", "Nomsa Dube, the boy’s mother, said she wanted justice.") == {"Nomsa Dube": None}
    assert _roles("Food prices have doubled.", "“We eat once a day now,” said Fatima Bello, a mother of three.") == {
        "Fatima Bello": None}
    assert _roles("The street has been without water for a week.",
                  "Abigail Tetteh, a resident of Madina, said she buys water from tankers.") == {"Abigail Tetteh": None}
    # an occupation after the relationship stays
    assert _roles("A woman has been rescued from a collapsed building.",
                  "Her husband, Ramesh Kumar, a carpenter, said she was conscious and talking.") == {
        "Ramesh Kumar": "carpenter"}


def test_someone_introduced_as_a_relative_does_not_take_the_role_of_the_sentence_before():
    # roles probes round 4: "The missing sailor was found alive. His wife, X, said": the sailor is not she
    assert _roles("The missing sailor was found alive.", "His wife, Leilani Kahale, said: “It is a miracle.”") == {
        "Leilani Kahale": None}


def test_a_pronoun_predicate_in_the_next_sentence_gives_the_role():
    # roles probes round 4: "“…,” said X. She is a childcare worker in Manukau."
    assert _roles("Rents in Auckland rose 9 per cent.",
                  "“I pay half my wage in rent,” said Aroha Ngata. She is a childcare worker in Manukau.") == {
        "Aroha Ngata": "childcare worker"}
    assert _roles("Night buses are being cut.",
                  "“How will I get home?” said Declan Moyo. He works as a cleaner at the airport.") == {
        "Declan Moyo": "cleaner at the airport"}
    assert _roles("The school’s roof collapsed during the storm.",
                  "“Nobody was hurt,” said Kojo Mensah. He is the school’s caretaker.") == {"Kojo Mensah": "school’s caretaker"}


def test_a_parenthesis_between_dashes_that_states_no_post_is_read_past():
    # roles probes round 4: "X — the third generation of his family to run it — said C"
    assert _quotes("The bakery will close after 80 years.",
                   "Hugh Tennant — the third generation of his family to run it — said rising costs were to blame.") == [
        ("indirect", "rising costs were to blame", "Hugh Tennant")]
    got = _roles("The river burst its banks overnight.",
                 "Fire chief Dan Kowalski — who has served 30 years — said it was the worst flood he had seen.")
    assert got == {"Dan Kowalski": "Fire chief"}
    assert _quotes("Peter Hall — 81 and a reader there since 1960 — said it was a shame.") == [
        ("indirect", "it was a shame", "Peter Hall")]


def test_a_bracketed_style_and_a_run_of_styles_before_a_name_between_commas():
    # roles probes round 4: "The Commissioner for Education, Hon. (Mrs) X,", "…, Rt. Hon. Chief X,"
    assert _quotes("The Commissioner for Education, Hon. (Mrs) Folasade Adefisayo, said the state would build 50 "
                   "classrooms.") == [("indirect", "the state would build 50 classrooms", "Folasade Adefisayo")]
    assert _roles("The Commissioner for Education, Hon. (Mrs) Folasade Adefisayo, said the state would build 50 "
                  "classrooms.") == {"Folasade Adefisayo": "Commissioner for Education"}
    assert _roles("The Speaker of the State House of Assembly, Rt. Hon. Chief Adebo Ogundoyin, said the road would "
                  "link five towns.") == {"Adebo Ogundoyin": "Speaker of the State House of Assembly"}
    assert _roles("The Speaker, Rt. Hon. Mudashiru Obasa, said the bill would protect tenants.") == {
        "Mudashiru Obasa": "Speaker"}
    # after an inverted verb
    assert _quotes("“This will change lives,” said the Commissioner for Women Affairs, Hon. (Mrs) Bolaji Dada.") == [
        ("direct", "This will change lives,", "Bolaji Dada")]


def test_the_end_of_a_long_title_before_a_given_name_is_no_part_of_the_name():
    # roles probes round 4: a complement's body, a two-word place, a title with two links and its remits listed
    assert _roles("Chair of the Treasury Committee Harriet Baldwin said the session would focus on inflation.") == {
        "Harriet Baldwin": "Chair of the Treasury Committee"}
    assert _roles("Vice-President for Africa and the Middle East Samira Haddad said the office would employ 50 "
                  "people.") == {"Samira Haddad": "Vice-President for Africa and the Middle East"}
    assert _roles("Secretary of State for Foreign, Commonwealth and Development Affairs Edwin Blake said the aid was "
                  "urgent.") == {"Edwin Blake": "Secretary of State for Foreign, Commonwealth and Development Affairs"}


def test_a_second_predicate_after_and_ends_a_description():
    # roles probes round 4: "X is a cane farmer in Ba and chairs the growers’ council"
    got = _roles("Sugar cane growers are angry about the new tariff.", "“The mill is robbing us,” said Dinesh Prasad.",
                 "Prasad is a cane farmer in Ba and chairs the growers’ council.")
    assert got == {"Dinesh Prasad": "cane farmer in Ba"}


def test_a_pacific_given_name_shows_a_person():
    # roles probes round 4: Fijian, Tongan, Samoan and Māori given names (first_names.tsv), so the role of the
    # sentence before reaches the person named next
    assert _roles("The mayor of Suva has called for calm.", "“We will rebuild,” Semi Tora told reporters on Sunday.") == {
        "Semi Tora": "mayor of Suva"}


def test_an_occupation_after_a_family_description_is_the_role():
    # roles probes round 4: "a mother of two and a part-time nurse": the occupation, not the family
    assert _roles("Childcare costs are rising.",
                  "Sarah Doyle, a mother of two and a part-time nurse, said she could not afford to work more.") == {
        "Sarah Doyle": "part-time nurse"}


def test_a_relative_named_after_an_inverted_verb_speaks():
    # roles probes round 4: "“…,” said his widow, X." (as "His wife, X, said" does); the relationship is no role
    assert _quotes("“He went to work and never came home,” said his widow, Lindiwe Sithole.") == [
        ("direct", "He went to work and never came home,", "Lindiwe Sithole")]


def test_posts_in_initials_and_styles_of_indian_kenyan_nigerian_malaysian_and_gulf_outlets():
    # roles probes round 4 (third batch): sho, dig, mca, mec, mpp, regent (roles.yaml); Comrade, Otunba, Tunku,
    # Excellency (honorifics.yaml)
    assert _roles("SHO Ravi Kumar Sharma said the accused had collected ₹2 crore.") == {"Ravi Kumar Sharma": "SHO"}
    assert _roles("Kahawa West MCA Peter Njoroge said residents walked 10 kilometres for treatment.") == {
        "Peter Njoroge": "Kahawa West MCA"}
    assert _roles("Gauteng Health MEC Nomantu Nkomo-Ralehoko said 1,000 posts would be filled.") == {
        "Nomantu Nkomo-Ralehoko": "Gauteng Health MEC"}
    assert _roles("NDP MPP Shelley Gélinas said the money was not enough.") == {"Shelley Gélinas": "NDP MPP"}
    assert _roles("NLC President, Comrade Joe Ajaero, said workers would return to work.") == {
        "Joe Ajaero": "NLC President"}
    assert _roles("The state chairman of the party, Otunba Adewale Ajayi, said all aspirants would be screened.") == {
        "Adewale Ajayi": "state chairman of the party"}
    assert _roles("Tunku Ismail Idris, the Regent of Johor, said the people should stay united.") == {
        "Ismail Idris": "Regent of Johor"}
    assert _roles("His Excellency Saad Al Kaabi, Minister of State for Energy Affairs, said the deal ran for 27 "
                  "years.") == {"Saad Al Kaabi": "Minister of State for Energy Affairs"}


def test_a_bracketed_style_after_a_title_before_the_name_is_read_past():
    # roles probes round 4 (third batch): "Chief (Dr) X, the chairman of the event, said"
    assert _quotes("Chief (Dr) Emeka Okafor, the chairman of the event, said the honour was deserved.") == [
        ("indirect", "the honour was deserved", "Emeka Okafor")]


def test_the_article_of_a_style_after_a_title_is_no_part_of_the_name():
    # roles probes round 4 (third batch): "Minister of Finance, Senator the Hon. X," (Caribbean, Australian styles)
    assert _roles("Senator the Hon. Colm Imbert said the deficit would fall.") == {"Colm Imbert": "Senator"}
    assert _roles("Minister of Finance, Senator the Hon. Colm Imbert, said the deficit would fall.") == {
        "Colm Imbert": "Minister of Finance"}


# --- found by fuzzing (mutated labelled articles) -----------------------------------------------------

def test_a_clause_of_quotation_marks_and_commas_alone_is_no_reported_clause():
    # 'said “ ” ,': three tokens but no word; the clause's text, its quotation marks stripped, was '' (invalid)
    assert _quotes("minister , , said “ ” ,") == []
    assert _quotes("The minister said “ ”, and left.") == []


_RUN_PARTS = ["Jean", "Luc", "Smith", "O’Neill", "A.", "de", "al", "India", "US", "x", "9", "É"]
long_runs = st.lists(st.tuples(st.lists(st.sampled_from(_RUN_PARTS), min_size=1, max_size=400).map(
    lambda ws: "-".join(ws)), st.sampled_from([" army ", " air force ", "  government, ", " said ", ". ", "-"])),
    min_size=1, max_size=12).map(lambda pairs: "".join(a + b for a, b in pairs))


@SETTINGS
@given(long_runs)
def test_institution_scan_of_a_long_paragraph_finds_what_the_regex_finds(para):
    from newsbrief.extract.entities import _institution_matches
    from newsbrief.extract.lexicon import load_lexicon

    lex = load_lexicon("en")
    para = para.ljust(1001)   # (a paragraph of up to 1000 characters is searched with the regex itself)
    want = [(m.start(), m.end(), m.group(1), m.group(2)) for m in lex.institution_re.finditer(para)]
    assert list(_institution_matches(para, lex)) == want


def test_a_long_hyphenated_run_before_an_institution_word_takes_linear_time():
    import time

    # the regex retried the run from each capital in it: 12 000 parts took ~6 s; now ~0.02 s
    para = "-".join(["Jean", "Luc", "Smith"] * 4000) + " army said the plan was fine."
    t0 = time.process_time()
    _check_briefing(_parse("Headline for a test story\n\n" + para + "\n", "story.txt"))
    assert time.process_time() - t0 < 2.0


def _extract_time(para: str) -> float:
    import time

    article = _parse("Headline for a test story\n\n" + para + "\n", "story.txt")
    t0 = time.process_time()
    _check_briefing(article)
    return time.process_time() - t0


def test_a_long_run_of_names_joined_by_and_or_of_raises_nothing_and_takes_linear_time():
    # fuzzing (second round): each 'and' (or 'of' after a name) split a group of capitalised words by a call inside a
    # call that read all the words after it again: 1200 'and's raised RecursionError, 2400 took ~2.4 s
    assert _extract_time(" and ".join(["Kabiru Smith"] * 3000)) < 2.0
    assert _extract_time(" of ".join(["John Smith"] * 2000)) < 2.0
    assert _extract_time(" ".join(["France’s"] * 3000) + " National Centre for Disease Control said so.") < 2.0


def test_a_long_group_is_read_in_parts_cut_at_an_and():
    from newsbrief.extract.entities import _LONG_GROUP, _long_group_parts

    words = [(w, k) for k, w in enumerate(["Ann", "Lee", "and"] * 50)]
    parts = _long_group_parts(words)
    assert [len(p) for p in parts] == [62, 62, 24]   # each cut at its last 'and', which is dropped
    assert [x for p in parts for x in p] == words[:62] + words[63:125] + words[126:]
    assert _long_group_parts(words[:_LONG_GROUP]) == [words[:_LONG_GROUP]]
    assert [len(p) for p in _long_group_parts([("X", k) for k in range(130)])] == [64, 64, 2]


def test_a_long_chain_of_quotations_joined_by_and_raises_nothing():
    # fuzzing (second round): '"" and "" and …': each quotation looked for a label before the one coordinated with it
    # by a call inside a call (1500 of them: RecursionError), and walked the whole chain again (quadratic)
    assert _extract_time(" and ".join(['"'] * 3000)) < 2.0
    assert _extract_time(" and ".join(['“Fine”'] * 2000)) < 2.0
    # a short chain is still read back to the labelling phrase before its first quotation
    got = _quotes('Critics called it "reckless" and "a betrayal of the voters who trusted them all along".')
    assert got == []


def test_a_thousand_asides_brackets_or_ages_before_the_verb_raise_no_recursion_error():
    # fuzzing (second round): the subject reader (and the apposition reader) called itself once per piece it read past
    for para in ("The officer" + ", however," * 1500 + " said the port was shut.",
                 "The officer" + ", on the other hand," * 1000 + " said the port was shut.",
                 "The Ministry of External Affairs " + "(MEA) " * 1500 + "said the port was shut.",
                 "Chief " + "(Dr) " * 1500 + "Kabiru Smith said the port was shut.",
                 "The World Health Organization " + "(WHO) Country Office " * 1000 + "said it.",
                 "Tomato trader Kabiru Smith" + ", 41" * 1500 + ", said the port was shut."):
        assert _extract_time(para) < 2.0
    # a few pieces are still read past
    assert _quotes("The officer, however, said the port was shut.")[0][1] == "the port was shut"
    assert _roles("Sunita Rao, 45, a teacher, said the school had closed.") == {"Sunita Rao": "teacher"}


def test_many_nicknames_in_one_long_paragraph_take_linear_time():
    # fuzzing (second round): '" Nepal " Nepal …' (every other mark opens a nickname-like span): each span was looked up
    # in a list of the paragraph's nicknames and each nickname blanked in a new copy of the paragraph (6000: ~7 s)
    assert _extract_time(" ".join(['" Nepal'] * 12000)) < 2.0
    assert _quotes('Robert “Bobby” Tanaka said the team was ready.')[0][2] == "Robert Tanaka"


def test_many_acronyms_in_one_long_paragraph_take_linear_time():
    # fuzzing (second round): each '(ACR)' split all the text before it into words: 4000 took ~1.8 s, 6000 ~7 s
    assert _extract_time(" ".join(["Board of the Republicans (FR)"] * 6000)) < 2.0


# --- round 41 (heldout59 and heldout62 studied)

def test_a_lower_case_post_before_a_two_word_rank_is_the_role():
    got = _roles("Road policing manager Senior Sergeant Tane Hohaia said officers had issued 40 tickets.")
    assert got == {"Tane Hohaia": "Road policing manager"}


def test_a_given_name_that_is_also_a_title_word_after_a_rank_opens_the_name():
    got = _roles("Station officer-in-charge Sergeant Dean Whitlock said the pair had been found.")
    assert got == {"Dean Whitlock": "Station officer-in-charge"}


def test_a_title_of_several_words_after_a_relationship_and_a_comma_gives_the_name_and_role():
    got = _quotes("Her nephew, Eastern ward councillor Rua Tipene, said the council had asked for a bypass in 2021.")
    assert got == [("indirect", "the council had asked for a bypass in 2021", "Rua Tipene")]
    assert _roles("Her nephew, Eastern ward councillor Rua Tipene, said the council had asked for a bypass.") == {
        "Rua Tipene": "Eastern ward councillor"}


def test_a_street_is_never_the_one_unlisted_name_she_can_be():
    got = _quotes("Anahera Tuhoe has lived in the same house on Main Street since 1968. She told the meeting the "
                  "trucks now passed her gate every few minutes.")
    assert got == [("indirect", "the trucks now passed her gate every few minutes", "Anahera Tuhoe")]


def test_an_age_after_an_unlisted_name_makes_it_a_person():
    got = _quotes("Mere Tuhoe, 74, has lived next to Waiomatatini Marae since 1968. She told the meeting the "
                  "trucks now passed her gate every few minutes.")
    assert got == [("indirect", "the trucks now passed her gate every few minutes", "Mere Tuhoe")]


def test_a_place_after_near_before_an_anonymity_clause_is_no_speaker():
    got = _quotes("One guide near Pollock, who asked not to be named because he holds a state contract, said the fee "
                  "was the least of his problems.")
    assert got == [("indirect", "the fee was the least of his problems", None)]


def test_an_agent_noun_opening_the_sentence_is_the_title_of_an_unlisted_name_with_a_particle_before_of():
    got = _quotes("Ecologist Marloes van Loon of Utrecht University said the dunes had shifted. ‘It is a "
                  "warning,’ Van Loon said.")
    assert [s for _, _, s in got] == ["Marloes van Loon", "Marloes van Loon"]
    assert _roles("Ecologist Marloes van Loon of Utrecht University said the dunes had shifted.") == {
        "Marloes van Loon": "Ecologist"}


def test_a_headline_quote_before_a_colon_and_relatives_names_no_speaker():
    b = _check_briefing(_parse("'We got lucky': Mother and daughter hikers found after two nights in the hills\n\n"
                               "Rescuers found the pair on Wednesday morning, 9km from their car.\n", "story.txt"))
    assert b["quotes"] == [] and b["speakers"] == []


def test_a_spokesperson_for_a_body_with_its_acronym_and_a_which_clause_speaks_for_the_body():
    got = _quotes("A spokesperson for the Crofting Standards Office (CSO), which would run the register, said "
                  "applications would open in the autumn.")
    assert got == [("indirect", "applications would open in the autumn", "Crofting Standards Office")]


def test_an_apposition_describing_the_place_that_closes_the_role_is_no_speakers():
    got = _quotes("“We are baking on prices from 2019,” Zofia Nowak, the owner of Stokrotka, a bakery on Długa "
                  "Street, told the paper.")
    assert got == [("direct", "We are baking on prices from 2019,", "Zofia Nowak")]
    assert _roles("“We are baking on prices from 2019,” Zofia Nowak, the owner of Stokrotka, a bakery on Długa "
                  "Street, told the paper.") == {"Zofia Nowak": "owner of Stokrotka"}


def test_a_home_town_after_a_name_in_an_apposition_is_no_part_of_the_name():
    got = _quotes("The man, 58-year-old Pieter Jansen from Zwolle, told the paper the dog had run off.",
                  "“I had never seen one so close,” he said.")
    assert got == [("indirect", "the dog had run off", "Pieter Jansen"),
                   ("direct", "I had never seen one so close,", "Pieter Jansen")]


def test_a_lower_case_word_of_a_title_before_the_name_in_a_closing_cue_belongs_to_the_title():
    got = _quotes("The herd can no longer be moved by volunteers, regional minister Kees Brink said.")
    assert got == [("indirect", "The herd can no longer be moved by volunteers", "Kees Brink")]
    assert _roles("The herd can no longer be moved by volunteers, regional minister Kees Brink said.") == {
        "Kees Brink": "regional minister"}


def test_according_to_a_body_after_a_lower_case_descriptor_names_the_body():
    got = _quotes("According to regional broadcaster Omrop Fryslân, a decision could come within two weeks.")
    assert got == [("indirect", "a decision could come within two weeks", "Omrop Fryslân")]


def test_told_a_listener_a_clause_without_that_then_but_that_gives_two_clauses():
    got = _quotes("Tom Berg told reporters he would keep coming back but that two of his friends had given up.")
    assert got == [("indirect", "he would keep coming back", "Tom Berg"),
                   ("indirect", "two of his friends had given up", "Tom Berg")]


def test_a_party_with_its_bracketed_acronym_before_a_bare_title_is_part_of_the_role():
    got = _roles("Opposition Freedom and Unity (FiU) MP Jan Nowicki wrote on X that the cut was a mistake.")
    assert got == {"Jan Nowicki": "Opposition Freedom and Unity (FiU) MP"}


def test_demanded_after_a_quotation_is_a_cue_and_elsewhere_no_cue():
    got = _quotes("“Who will pay for the new roof?” demanded Owen Pryce, a sheep farmer.")
    assert got == [("direct", "Who will pay for the new roof?", "Owen Pryce")]
    got = _quotes("Residents demanded answers at the meeting. Halima Yusuf said the council had ignored them.")
    assert got == [("indirect", "the council had ignored them", "Halima Yusuf")]


def test_a_post_that_is_a_title_only_before_a_given_name_leaves_the_name():
    assert _roles("Sinn Féin TD Mary Walsh said the scheme had failed families.") == {"Mary Walsh": "Sinn Féin TD"}
    assert _roles("District Collector Anil Rao said relief camps had been opened.") == {
        "Anil Rao": "District Collector"}
    assert _roles("TD Bank chief economist Beata Caranci said rates would fall.") == {
        "Beata Caranci": "TD Bank chief economist"}


def test_the_region_after_a_post_in_initials_is_part_of_the_title():
    assert _roles("DIG South Rana Perera said the suspects had been arrested.") == {"Rana Perera": "DIG South"}
    assert _roles("SSP East Imran Qureshi told reporters the road was cleared.") == {"Imran Qureshi": "SSP East"}


def test_a_philippine_sec_before_a_name_is_a_title_and_ends_no_sentence():
    got = _quotes("DOH Sec. Ted Herbosa said the vaccines had arrived.")
    assert got == [("indirect", "the vaccines had arrived", "Ted Herbosa")]
    assert _roles("DOTr Usec. Maria Lim said the trains were late.") == {"Maria Lim": "DOTr Usec."}


# --- round 42 (heldout60 and heldout61 studied)

def test_the_mp_is_the_person_described_as_a_member_of_the_house():
    got = _quotes("Kofi Mensah, a member of the House of Representatives for Ashaiman, tabled a question on Monday.",
                  "In the question, the MP said the clinic had no doctor at night.")
    assert got == [("indirect", "the clinic had no doctor at night", "Kofi Mensah")]


def test_a_bracketed_age_and_home_village_after_a_name_are_read_past():
    got = _quotes("Fisherman Josef Hamutenya (61) from Ncaute village said the river had dropped a metre.")
    assert got == [("indirect", "the river had dropped a metre", "Josef Hamutenya")]
    assert _roles("Fisherman Josef Hamutenya (61) from Ncaute village said the river had dropped a metre.") == {
        "Josef Hamutenya": "Fisherman"}


def test_a_place_and_a_lower_case_modifier_before_a_body_noun_name_a_body():
    got = _quotes("The Kisumbu provincial administration said in a statement that the landfill would close.")
    assert got == [("indirect", "the landfill would close", "Kisumbu provincial administration")]


def test_according_to_a_name_and_an_outlet_noun_is_the_outlet():
    got = _quotes("According to Folha Carioca newspaper, three bidders have asked for the tender documents.")
    assert got == [("indirect", "three bidders have asked for the tender documents", "Folha Carioca")]


def test_according_to_its_own_report_is_a_document():
    got = _quotes("Pawsure insures about 900,000 pets, according to its most recent annual report, and expects "
                  "a profit this year.")
    assert got == []


def test_landlord_and_incumbent_are_role_heads_and_ven_is_a_style():
    assert _roles("Former landlord Derek Rowe, who ran the inn for 12 years, said it had made money.") == {
        "Derek Rowe": "Former landlord"}
    got = _roles("Chief Incumbent of the Sri Bodhirukkarama in Kandy, Ven. Pallegama Dhammika Thera, said the "
                 "temple would help.")
    assert list(got.values()) == ["Chief Incumbent of the Sri Bodhirukkarama in Kandy"]


def test_claims_before_a_post_is_part_of_a_noun_phrase_and_an_indefinite_description_is_unnamed():
    got = _quotes("A former Pawsure claims supervisor, who asked not to be named, told the paper that old claims "
                  "were moved into a separate queue.")
    assert got == [("indirect", "old claims were moved into a separate queue", None)]


def test_counted_residents_before_a_place_phrase_name_no_one():
    got = _quotes("Several villagers at Monday's meeting in Eastholme Village Hall said the target was too high.")
    assert got == [("indirect", "the target was too high", None)]
    got = _quotes("The directorate announced the figures on Monday, as residents of villages south of the town "
                  "complained that the clinic had run out of serum.")
    assert got == [("indirect", "the clinic had run out of serum", None)]


def test_people_who_spoke_to_an_outlet_at_a_place_on_a_day_are_no_speaker():
    got = _quotes("Growers who spoke to The Herald at Mbale on Monday said the animals had grown bolder.")
    assert got == [("indirect", "the animals had grown bolder", None)]


def test_people_of_a_kind_before_a_relative_clause_name_no_one():
    got = _quotes("Boda-boda riders, who carry traders up the hill for a dollar a ride, said they feared losing "
                  "customers.")
    assert got == [("indirect", "they feared losing customers", None)]


def test_a_quotation_after_an_unnamed_speaker_in_the_same_paragraph_stays_unnamed():
    got = _quotes("Dr Ruth Achieng said the herd had doubled since 1990.",
                  "A park ranger, who asked not to be named, said the herd had been pushed out by fires. “They are "
                  "hungry,” the ranger said.")
    assert got == [("indirect", "the herd had doubled since 1990", "Ruth Achieng"),
                   ("indirect", "the herd had been pushed out by fires", None),
                   ("direct", "They are hungry,", None)]


def test_according_to_an_outlet_with_a_long_which_clause_reports_the_clause_after_it():
    got = _quotes("According to the Kurier daily, which first reported the letter sent by the owners to the "
                  "ministry last week, four canteens have closed since 2023.")
    assert got == [("indirect", "four canteens have closed since 2023", "Kurier")]


def test_sri_lankan_given_names_end_a_long_title():
    assert _roles("Deputy Minister of Plantation and Community Infrastructure Kasun Perera said a committee "
                  "would report within a month.") == {
        "Kasun Perera": "Deputy Minister of Plantation and Community Infrastructure"}


def test_a_double_given_name_alone_is_the_person_introduced_with_it():
    got = _quotes("“We have heard this four times,” said Maria Clara Nogueira da Silva, president of the residents’ "
                  "association.",
                  "Maria Clara, 52, told reporters that the stations had been stripped of wiring.")
    assert [s for _, _, s in got] == ["Maria Clara Nogueira da Silva", "Maria Clara Nogueira da Silva"]


def test_a_given_name_that_is_also_a_place_speaks_as_the_person():
    got = _quotes("Wellington Barbosa, 31, a mototaxi driver, said the drivers wanted a say.",
                  "“Nobody decides anything for us,” Wellington said.")
    assert [s for _, _, s in got] == ["Wellington Barbosa", "Wellington Barbosa"]


def test_an_honorific_that_names_a_post_picks_the_namesake_holding_it():
    got = _quotes("Hill farmer Alan Brough said he had bought shares on the first morning.",
                  "“My grandad drank in there,” Mr Brough said.",
                  "County councillor Anne Brough, who is no relation, said the council could offer a grant.",
                  "“When they go, they don't come back,” said Cllr Brough.",
                  "The councillor said she would also raise the case with the MP.")
    assert [s for _, _, s in got] == ["Alan Brough", "Alan Brough", "Anne Brough", "Anne Brough", "Anne Brough"]


def test_a_body_named_by_what_it_is_behind_reports_with_a_participle():
    got = _quotes("Residents have launched a share offer to buy the village shop, with the group behind the bid "
                  "warning that the village is “running out of places to meet”.")
    assert [(k, s) for k, _, s in got] == [("indirect", None)]
    assert got[0][1].startswith("the village is “running out of places to meet")
# --- leftovers round 2 (tenth session)

def test_an_indefinite_person_noun_and_a_name_after_an_inverted_verb_name_the_speaker():
    assert _quotes("“Who will pay for the buses?” demanded one parent, Lucy Tan.") == [
        ("direct", "Who will pay for the buses?", "Lucy Tan")]
    got = _quotes("“Where did the money go?” asked another market trader, Mary Ochieng.")
    assert got == [("direct", "Where did the money go?", "Mary Ochieng")]
    assert _roles("“Where did the money go?” asked another market trader, Mary Ochieng.") == {
        "Mary Ochieng": "market trader"}


def test_a_relative_with_a_description_between_commas_speaks_unnamed():
    got = _quotes("Callum Reid, 19, died in the crash on Saturday.",
                  "His father, a retired boilermaker, said the road had been dangerous for years.")
    assert got == [("indirect", "the road had been dangerous for years", None)]
    got = _quotes("Ellie Mason, 8, was bitten by the dog.", "Her grandmother, who looks after her, said the owner "
                  "had apologised.")
    assert got == [("indirect", "the owner had apologised", None)]


def test_a_relative_named_the_other_way_round_before_is_the_one_who_speaks():
    story = ("Wayne Cotter, 63, and his son Ben were found on Wednesday.",
             "Ben Cotter said they had rationed their water.",
             "His father, a retired boilermaker, said he had never been lost before.")
    assert _quotes(*story)[-1] == ("indirect", "he had never been lost before", "Wayne Cotter")
    assert _roles(*story)["Wayne Cotter"] == "retired boilermaker"


def test_a_ledes_relative_is_the_person_named_next_as_that_relative_the_other_way_round():
    got = _quotes("A teenage wrestler has been banned for a year after a failed test, and the young wrestler's "
                  "father told reporters the test was flawed.",
                  "Tomasz Wrona, whose son Kacper has trained since the age of six, said the family would appeal.")
    assert got == [("indirect", "the test was flawed", "Tomasz Wrona"),
                   ("indirect", "the family would appeal", "Tomasz Wrona")]


def test_a_title_joined_to_its_body_by_in_the_before_a_given_name():
    assert _roles("Minister in the Presidency Nomvula Dube said the cabinet would meet on Friday.") == {
        "Nomvula Dube": "Minister in the Presidency"}
    got = _quotes("The budget will be tabled next week, Minister in the Presidency Lindiwe Mthembu said.")
    assert got == [("indirect", "The budget will be tabled next week", "Lindiwe Mthembu")]


def test_a_body_named_after_of_then_a_given_name_is_the_body_then_the_person():
    assert _roles("Secretary in the Ministry of Education Joseph Kariuki said exams would start on time.") == {
        "Joseph Kariuki": "Secretary in the Ministry of Education"}
    assert _roles("Minister of State in the Ministry of Finance Kwesi Boateng said the bonds were sold.") == {
        "Kwesi Boateng": "Minister of State in the Ministry of Finance"}


def test_a_surname_that_is_a_title_word_after_a_title_and_a_given_name():
    assert _roles("Chief Robert King of the Moose Lake Band said the band would sue.") == {"Robert King": "Chief"}
    assert _roles("Grand Chief Daniel Judge said talks had stalled.") == {"Daniel Judge": "Grand Chief"}


def test_a_title_a_name_and_of_a_body_in_a_closing_cue():
    got = _quotes("The band would appeal, Chief Mary Bird of the Birch River First Nation said.")
    assert got == [("indirect", "The band would appeal", "Mary Bird")]


def test_a_fronted_as_post_gives_the_pronouns_person_the_role():
    assert _roles("Hamish Grant has run the bank since 2019. As chairman of the board, he said fees would be cut.") \
        == {"Hamish Grant": "chairman of the board"}
    assert _roles("Ann Lee spoke first. As a mother of three, she said prices would rise.") == {"Ann Lee": None}
    assert _roles("Ann Lee spoke first. As a result, she said prices would rise.") == {"Ann Lee": None}


def test_a_spokesperson_for_a_body_whose_name_lists_remits_with_commas_before_a_which_clause():
    body = "Department of Agriculture, Fisheries and Forestry"
    got = _quotes("A spokeswoman for the Department of Agriculture, Fisheries and Forestry, which licenses the boats, "
                  "said the quota was fixed, and that inspections would resume in June.")
    assert got == [("indirect", "the quota was fixed", body), ("indirect", "inspections would resume in June", body)]


def test_a_body_whose_name_lists_remits_with_commas_opening_the_sentence_before_a_which_clause():
    got = _quotes("The Ministry of Water, Sanitation and Irrigation, which runs the dams, said the reservoirs were "
                  "full.")
    assert got == [("indirect", "the reservoirs were full", "Ministry of Water, Sanitation and Irrigation")]


def test_a_spokesperson_for_a_body_before_a_whose_clause_speaks_for_the_body():
    got = _quotes("A spokeswoman for Coastline Energy, whose wind farm sits off the cape, said the turbines were off.")
    assert got == [("indirect", "the turbines were off", "Coastline Energy")]


def test_according_to_an_outlet_named_before_its_kind():
    got = _quotes("According to the Dagens Tidning daily, which first reported the plan, the tax will rise next year.")
    assert got == [("indirect", "the tax will rise next year", "Dagens Tidning")]
    got = _quotes("According to the Island Voice weekly, the mayor has resigned.")
    assert got == [("indirect", "the mayor has resigned", "Island Voice")]


def test_modifiers_joined_by_a_comma_before_one_head_are_one_apposition():
    story = ("Speaking from Darwin, where he now lives, Liam Walsh, a fly-in, fly-out mechanic, said the rosters were "
             "brutal.")
    assert _quotes(story) == [("indirect", "the rosters were brutal", "Liam Walsh")]
    assert _roles(story) == {"Liam Walsh": "fly-in, fly-out mechanic"}


def test_an_owners_body_after_a_title_ends_the_title_before_a_given_name():
    story = "Minister in the Prime Minister's Department Azlan Hashim said the bill would be tabled in March."
    assert _quotes(story) == [("indirect", "the bill would be tabled in March", "Azlan Hashim")]
    assert _roles(story) == {"Azlan Hashim": "Minister in the Prime Minister's Department"}


def test_a_relative_described_by_a_named_owner_speaks_unnamed():
    got = _quotes("Callum Reid, 19, died in the crash.", "Callum's father, a retired boilermaker, said the road had "
                  "been dangerous for years.")
    assert got == [("indirect", "the road had been dangerous for years", None)]
    got = _quotes("Aisha Bello, 12, was taken to hospital.", "Aisha's mother told the court the school had not "
                  "called her.")
    assert got == [("indirect", "the school had not called her", None)]


def test_a_fronted_as_post_before_a_name_is_its_role_without_the_possessive():
    assert _roles("Tom Hale has led the board since May. As its chairman, Hale said fees would fall.") == {
        "Tom Hale": "chairman"}


def test_a_spokesperson_for_a_body_whose_name_lists_remits_with_commas_before_the_verb():
    body = "Ministry of Lands, Housing and Urban Development"
    got = _quotes("A spokesman for the Ministry of Lands, Housing and Urban Development told reporters the files were "
                  "safe.")
    assert got == [("indirect", "the files were safe", body)]
# --- attribution probes round 5 ----------------------------------------------------------------------

def test_an_adding_phrase_after_before_ends_the_first_clause():
    got = _quotes("Zara Ahmed said the clinic was full, before adding: “We turn away ten people a day.”")
    assert got == [("indirect", "the clinic was full", "Zara Ahmed"),
                   ("direct", "We turn away ten people a day.", "Zara Ahmed")]


def test_reported_or_cited_as_saying_is_a_cue_and_a_long_agent_after_by_is_read_past():
    assert _quotes("Finance Minister Tariq Hussain was reported as saying the deficit would narrow.") == [
        ("indirect", "the deficit would narrow", "Tariq Hussain")]
    assert _quotes("The Daily Nation cited Governor Anne Waiguru as saying the county had run out of drugs.") == [
        ("indirect", "the county had run out of drugs", "Anne Waiguru")]
    assert _quotes("Minister Faisal Al-Rashid was quoted by the state news agency as saying the border would "
                   "stay closed.") == [("indirect", "the border would stay closed", "Faisal Al-Rashid")]


def test_a_statement_from_a_body_that_reads_is_the_bodys():
    assert _quotes("A statement from the Kenya Ports Authority read: “All operations have resumed at berth 19.”") == [
        ("direct", "All operations have resumed at berth 19.", "Kenya Ports Authority")]
    assert _quotes("A statement issued by the Ghana Education Service read: “All schools will resume.”") == [
        ("direct", "All schools will resume.", "Ghana Education Service")]


def test_a_second_speaker_and_verb_after_a_comma_or_semicolon_ends_the_first_clause():
    assert _quotes("While Deputy Mayor Ruth Kamau said the plan was sound, councillor Peter Otieno said it was "
                   "rushed.") == [("indirect", "the plan was sound", "Ruth Kamau"),
                                  ("indirect", "it was rushed", "Peter Otieno")]
    assert _quotes("Nadia Rahman said the school needed more teachers; her deputy, Imran Ali, said it needed more "
                   "classrooms.") == [("indirect", "the school needed more teachers", "Nadia Rahman"),
                                      ("indirect", "it needed more classrooms", "Imran Ali")]
    assert _quotes("Lee Hsien said the plan, which Mayor John Smith said was sound, would go ahead.") == [
        ("indirect", "the plan, which Mayor John Smith said was sound, would go ahead", "Lee Hsien")]


def test_an_owned_noun_then_a_name_after_an_inverted_verb_names_the_speaker():
    got = _quotes("“We need the bridge,” said Aisha Bello. “We have waited long enough,” added her neighbour, "
                  "Musa Danjuma.")
    assert got == [("direct", "We need the bridge,", "Aisha Bello"),
                   ("direct", "We have waited long enough,", "Musa Danjuma")]


def test_promised_reports_speech_only_with_that():
    got = _quotes("Kwabena Asante, the mayor, said the fire was a tragedy, and promised a full inquiry.")
    assert [t for _, t, _ in got] == ["the fire was a tragedy, and promised a full inquiry"]


def test_a_name_and_a_relative_named_after_it_are_two_speakers():
    got = _quotes("Farida Osman and her sister Halima said they had been evicted without notice.")
    assert got == [("indirect", "they had been evicted without notice", None)]


def test_a_headline_quote_whose_subject_names_no_one_is_dropped():
    b = _check_briefing(_parse("‘We are ready to grow’: league chief sets out expansion\n\nMia Hollander said on "
                               "Monday the league would expand to 16 teams.\n", "story.txt"))
    assert [q["text"] for q in b["quotes"]] == ["the league would expand to 16 teams"]


def test_the_one_a_reporter_asked_is_the_he_who_answers():
    got = _quotes("At a press conference, a reporter asked Governor Babajide Olatunde whether salaries would be paid.",
                  "“Every worker will be paid before Christmas,” he said.")
    assert got == [("direct", "Every worker will be paid before Christmas,", "Babajide Olatunde")]
    got = _quotes("Journalists asked Minister Rohan Gupta why the tender had been cancelled.",
                  "“There were irregularities,” he replied.")
    assert got == [("direct", "There were irregularities,", "Rohan Gupta")]


def test_a_full_names_office_speaks_for_that_person():
    assert _quotes("Prime Minister Christopher Luxon’s office said the trip would go ahead.") == [
        ("indirect", "the trip would go ahead", "Christopher Luxon")]


def test_a_one_word_lower_case_title_before_the_name_in_a_closing_cue():
    assert _quotes("The war on waste has saved little, auditor-general Helen Ngata said.") == [
        ("indirect", "The war on waste has saved little", "Helen Ngata")]


def test_a_plain_department_of_education_is_not_the_us_one():
    assert _quotes("The Department of Education said extra places were being found.") == [
        ("indirect", "extra places were being found", "Department of Education")]


def test_a_given_name_then_a_surname_that_is_a_role_word_is_a_person():
    got = _quotes("Lorna Bishop said the hospital’s decision was heartless.", "“It is cruel,” Bishop said.")
    assert got == [("indirect", "the hospital’s decision was heartless", "Lorna Bishop"),
                   ("direct", "It is cruel,", "Lorna Bishop")]


def test_warned_with_no_listener_reports_the_clause_right_after_it():
    assert _quotes("Christine Ferrand warned rates would stay high for longer than markets expected.") == [
        ("indirect", "rates would stay high for longer than markets expected", "Christine Ferrand")]
    assert _quotes("Christine Ferrand warned residents to stay indoors.") == []
# --- roles probes round 5


def test_an_affiliation_after_from_or_at_is_no_part_of_the_name():
    # roles probes round 5: "X from Westpac", "X at Monash University" (as "X of Y")
    assert _roles("Economist Marcus Reid from Westpac said the Reserve Bank would hold rates.") == {
        "Marcus Reid": "Economist"}
    assert _roles("Lecturer Tomasi Vuniwaqa at the University of the South Pacific said the seawall would fail.") == {
        "Tomasi Vuniwaqa": "Lecturer"}


def test_a_title_word_after_a_given_name_is_a_surname():
    # roles probes round 5: "Coach Ryan Bishop", "Defence lawyer Emma Judge", "Helen Driver, the headteacher,"
    assert _roles("Coach Ryan Bishop said the team would bounce back.") == {"Ryan Bishop": "Coach"}
    assert _roles("Defence lawyer Emma Judge said her client would appeal.") == {"Emma Judge": "Defence lawyer"}
    assert _roles("Helen Driver, the headteacher, said pupils would sit exams in the hall.") == {
        "Helen Driver": "headteacher"}
    assert _roles("Bishop Matthew Kaka said the attack was an outrage.") == {"Matthew Kaka": "Bishop"}


def test_a_lede_post_of_a_body_names_a_person_not_the_body():
    # roles probes round 5: "The head of Singapore's maritime authority says" ¶ "…, Lim Boon Heng told reporters"
    b = _check_briefing(_parse("Headline for a test story\n\nThe head of Singapore’s maritime authority says the port "
                               "can cope.\n\n“We have the capacity,” Lim Boon Heng told reporters on Monday.\n",
                               "story.txt"))
    assert [(s["name"], s["kind"], s["role"]) for s in b["speakers"]] == [
        ("Lim Boon Heng", "person", "head of Singapore’s maritime authority")]


def test_lower_case_words_between_an_owner_and_a_post_belong_to_the_lede_role():
    # roles probes round 5: "Jamaica's tourism minister has warned … that C" ¶ "X said"
    assert _roles("Jamaica’s tourism minister has warned hotels that workers must be paid on time.",
                  "Speaking in Montego Bay on Tuesday, Winston Clarke said the ministry would name hotels.") == {
        "Winston Clarke": "Jamaica’s tourism minister"}
    assert _roles("New Zealand’s chief science adviser says the government must fund long-term research.",
                  "In a report released on Wednesday, Rachel Adams said short grants were driving scientists away.") == {
        "Rachel Adams": "New Zealand’s chief science adviser"}


def test_a_lower_case_body_before_the_verb_completes_a_post():
    # roles probes round 5: "The managing director of the state water corporation has apologised …"
    assert _roles("The managing director of the state water corporation has apologised for a week of dry taps.",
                  "Chinedu Okeke said a burst main at Ninth Mile had been repaired.") == {
        "Chinedu Okeke": "managing director of the state water corporation"}


def test_a_post_taken_in_a_who_clause_is_the_role():
    # roles probes round 5: "who was appointed/elected/named ROLE (last month)", not an award
    assert _roles("Hamid Raza, who was appointed chief executive of the port authority last month, said cargo "
                  "volumes were up.") == {"Hamid Raza": "chief executive of the port authority"}
    assert _roles("Ngaire Tane, who was named general manager of the trust in March, said visitor numbers were at a "
                  "record.") == {"Ngaire Tane": "general manager of the trust"}
    assert _roles("“The ball talked,” said Tendai Moyo, who was named player of the match.") == {"Tendai Moyo": None}
    # and "since YEAR" is no part of a role
    assert _roles("Megan Price, who has been the club’s physio since 2015, said the injury would keep him out.") == {
        "Megan Price": "club’s physio"}
    assert _roles("Megan Price, a nurse at the clinic since 2015, said the injury would keep him out.") == {
        "Megan Price": "nurse at the clinic"}


def test_a_descriptor_before_a_title_stays_in_the_role():
    # roles probes round 5: "Retired teacher X", "Nairobi-based lawyer X", "Former Chief Justice Sir X"
    assert _roles("Retired teacher Grace Mensah said the library was the heart of the town.") == {
        "Grace Mensah": "Retired teacher"}
    assert _roles("Nairobi-based lawyer Ravi Pillai said the ruling would be appealed.") == {
        "Ravi Pillai": "Nairobi-based lawyer"}
    assert _roles("Former Chief Justice Sir Dennis Barrow said the reform was overdue.") == {
        "Dennis Barrow": "Former Chief Justice"}
    assert _roles("Former Prime Minister Helen Clarkson said the treaty must be honoured.") == {
        "Helen Clarkson": "Former Prime Minister"}


def test_church_styles_are_no_part_of_names_and_church_posts_are_roles():
    # roles probes round 5: Canon, Ven. (honorifics.yaml); archdeacon, vicar, physio (roles.yaml)
    assert _roles("Rev. Canon Mary Evans, the vicar of St John’s, said the bells would ring again.") == {
        "Mary Evans": "vicar of St John’s"}
    assert _roles("The Archdeacon of Lindisfarne, the Ven. Ruth Adams, said the church was heartbroken.") == {
        "Ruth Adams": "Archdeacon of Lindisfarne"}


def test_an_occupation_after_a_relationship_in_a_who_clause():
    # roles probes round 5: "a mother of two who works as a cleaner"
    assert _roles("Kate Ross, a mother of two who works as a cleaner, said childcare cost more than rent.") == {
        "Kate Ross": "cleaner"}
    assert _roles("Tom Ross, a father of three who lives in Leeds, said childcare cost more than rent.") == {
        "Tom Ross": None}


def test_a_longer_or_capitalised_post_in_brackets_after_the_name():
    # roles probes round 5: "X (chief operating officer, Gulf Freight) said", "(Managing Director of Y)", "(CFO, Y)"
    assert _roles("Hassan Ali (chief operating officer, Gulf Freight) said rates had doubled.") == {
        "Hassan Ali": "chief operating officer, Gulf Freight"}
    assert _roles("Noor Aziz (Managing Director of Aziz Holdings) said the firm would list next year.") == {
        "Noor Aziz": "Managing Director of Aziz Holdings"}
    assert _roles("Demand was recovering, said Omar Jaber (CFO, Gulf Cement).") == {"Omar Jaber": "CFO, Gulf Cement"}


def test_a_team_name_opening_with_all_is_no_plural_apposition():
    # roles probes round 5: "The All Blacks coach, X, said" (not "the two local MPs")
    assert _roles("The All Blacks coach, Ian Foster-Hill, said the side would learn from the loss.") == {
        "Ian Foster-Hill": "All Blacks coach"}


def test_capitalised_modifiers_before_an_occupation_in_an_indefinite_apposition():
    # roles probes round 5: "a Form Four student", "a Kenya Power technician" (not "a Democrat")
    assert _roles("Brian Otieno, a Form Four student, said the exams were fair.") == {
        "Brian Otieno": "Form Four student"}
    assert _roles("Anna Berg, a Democrat, said the exams were fair.") == {"Anna Berg": None}


def test_a_lower_case_owner_and_words_before_a_post_after_a_quote():
    # roles probes round 5: "“C,” the airport’s operations director, X, told reporters" (was "director")
    assert _roles("“The runway is safe,” the airport’s operations director, Mark Ellison, told reporters.") == {
        "Mark Ellison": "airport’s operations director"}


def test_a_cook_an_irish_council_chair_and_no_age_in_a_role():
    # roles probes round 5: "cook" a head in lower case only (lower_case_heads), "Cathaoirleach" a head (roles.yaml);
    # an age opening a title before the name is dropped
    assert _roles("Rosa Mendes, who works as a cook at the school, said meals had been cut.") == {
        "Rosa Mendes": "cook at the school"}
    assert _roles("Cook Islands Prime Minister Mark Brown said the deal was signed.") == {
        "Mark Brown": "Cook Islands Prime Minister"}
    assert _roles("Tomás Ó Riada, Cathaoirleach of the county council, said the motion had passed.") == {
        "Tomás Ó Riada": "Cathaoirleach of the county council"}
    assert _roles("The 22-year-old striker Diego Alvarez said he was happy to stay.") == {"Diego Alvarez": "striker"}


def test_a_capitalised_word_and_a_lower_case_title_before_a_name_after_the_verb():
    # roles probes round 5: "said Tonga rugby league captain Moana Tupou" (was "Tonga" as the speaker: no one)
    assert _roles("“We are playing for our families,” said Tonga rugby league captain Moana Tupou.") == {
        "Moana Tupou": "Tonga rugby league captain"}


def test_a_count_before_an_occupation_is_no_part_of_the_role():
    # roles probes round 5: "One pharmacist, X, said" → "pharmacist"; "The Sarkin Kano, X," (roles.yaml)
    assert _roles("One pharmacist, Lina Haddad, said she had run out of insulin.") == {"Lina Haddad": "pharmacist"}
    assert _roles("The Sarkin Kano, Abdullahi Garba, said the durbar would go ahead.") == {
        "Abdullahi Garba": "Sarkin Kano"}
# --- round 43 (heldout63 and heldout64 studied)

def test_a_traditional_ruler_in_a_role_first_apposition_beats_the_chief_before_the_name():
    got = _roles("The traditional ruler of Mile Four, Chief Samuel Ekane Mbua, described the flooding as “a disaster”.",
                 "Chief Mbua said the village had offered land on higher ground.")
    assert got == {"Samuel Ekane Mbua": "traditional ruler of Mile Four"}


def test_an_irish_cathaoirleach_is_a_role():
    got = _roles("The Cathaoirleach of the Listowel Municipal District, Cllr Aoife Hanlon, said the members would "
                 "not be rushed.")
    assert got == {"Aoife Hanlon": "Cathaoirleach of the Listowel Municipal District"}


def test_a_jarvey_before_a_name_is_a_title():
    got = _roles("Jarvey Tadhg Brosnan, whose grandfather drove the same route, said the fees were too high.")
    assert got == {"Tadhg Brosnan": "Jarvey"}


def test_a_conjunction_opening_the_sentence_leaves_the_whole_title_before_the_name():
    got = _roles("And Makerere University history lecturer Dr Grace Nabirye said the festival was older than the "
                 "kingdom.")
    assert got == {"Grace Nabirye": "Makerere University history lecturer"}


def test_a_title_and_district_between_commas_before_a_name_without_a_comma_after_it():
    got = _roles("Superintendent of Police (SP), Jorhat, Rana Das told reporters the road had been reopened.")
    assert got == {"Rana Das": "Superintendent of Police, Jorhat"}


def test_a_body_with_its_acronym_and_state_before_an_aside_speaks():
    got = _quotes("The Cancer Society (CS), Otago, in a press release issued in Dunedin on Wednesday, said that 312 "
                  "cases had been reported across the region.")
    assert got == [("indirect", "312 cases had been reported across the region", "Cancer Society")]
    got = _quotes("The Cancer Society (CS), in a statement on Wednesday, said that the clinic would stay open.")
    assert got == [("indirect", "the clinic would stay open", "Cancer Society")]


def test_it_said_is_the_body_that_spoke_not_one_that_acted_inside_its_report():
    got = _quotes("The Kingdom Council (KC) has called off this year's ceremony.",
                  "In a statement yesterday, the council said the Asantehene had accepted the advice of his elders.",
                  "It said the decision had been made with a heavy heart.")
    assert [s for _, _, s in got] == ["Kingdom Council", "Kingdom Council"]


def test_the_father_of_five_is_an_epithet_for_the_person_just_quoted():
    got = _quotes("Veteran fisherman Chanda Mwale, who has fished the lagoon for 30 years, said the catch had halved.",
                  "The father of five said most boat owners were in debt to the traders.")
    assert got == [("indirect", "the catch had halved", "Chanda Mwale"),
                   ("indirect", "most boat owners were in debt to the traders", "Chanda Mwale")]


def test_a_speech_verb_before_against_has_an_object_and_reports_nothing():
    got = _quotes("Mwila Banda warned against turning the festival into what he called “a show for tourists”.",
                  "Banda said the elders would decide.")
    assert got == [("indirect", "the elders would decide", "Mwila Banda")]
    got = _quotes("Mwila Banda warned against complacency, saying the river could rise again.")
    assert got == [("indirect", "the river could rise again", "Mwila Banda")]


def test_a_state_or_its_initials_before_department_of_names_a_body_the_department_is():
    got = _quotes("The N.C. Department of Transportation’s plan would add a lane on each side.",
                  "In a written statement Wednesday, the department said the work was needed because crashes had "
                  "risen.")
    assert got == [("indirect", "the work was needed because crashes had risen", "N.C. Department of Transportation")]


def test_the_town_of_a_place_is_its_local_government_when_it_speaks():
    got = _quotes("According to the town of Summerville, 45 food trucks hold permits, down from 70 in 2019.")
    assert got == [("indirect", "45 food trucks hold permits, down from 70 in 2019", "town of Summerville")]
    got = _quotes("The city of Hamilton said the bridge would reopen in May.")
    assert got == [("indirect", "the bridge would reopen in May", "city of Hamilton")]


def test_a_team_and_position_epithet_is_the_player_the_sentence_before_was_about():
    got = _quotes("Striker Tom Banda will lead the side. The Nkana forward said he was proud to be asked.")
    assert got == [("indirect", "he was proud to be asked", "Tom Banda")]
    got = _quotes("Senator Tom Banda said the bill would pass. The White House spokesman said it would be signed.")
    assert got[1][2] != "Tom Banda"   # a post, not a team position


def test_a_keeper_in_lower_case_is_a_title_so_the_sentence_is_about_the_player():
    got = _quotes("Goal keeper Kereene Brissett, who has 61 caps, will lead the side. The Accra Hearts defender said she was "
                  "honoured to be asked.")
    assert got == [("indirect", "she was honoured to be asked", "Kereene Brissett")]
    assert _roles("Goal keeper Kereene Brissett, who has 61 caps, will lead the side. The Accra Hearts defender said she was "
                  "honoured to be asked.") == {"Kereene Brissett": "Goal keeper"}


def test_and_told_her_inside_a_clause_with_its_own_subject_is_no_second_report():
    got = _quotes("Mrs Aldous said a council officer had knocked on her door and told her to pack a bag for the "
                  "night.")
    assert got == [("indirect", "a council officer had knocked on her door and told her to pack a bag for the night",
                    "Aldous")]


def test_the_acronym_of_a_title_opening_a_sentence_is_the_person_who_holds_it():
    got = _quotes("Joint Director of Health Services (JDHS), Jorhat, Dr Mitali Bora said that fogging had been carried "
                  "out in 40 villages.",
                  "The JDHS said that pig rearing close to homes was a major risk.")
    assert [s for _, _, s in got] == ["Mitali Bora", "Mitali Bora"]


def test_induna_and_mami_are_styles_dropped_from_the_name():
    got = _quotes("Palace spokesperson Induna Namwaala Kalaluka said the barge would stay at Lealui.",
                  "“The river decides,” Induna Kalaluka said.")
    assert [s for _, _, s in got] == ["Namwaala Kalaluka", "Namwaala Kalaluka"]
    got = _quotes("Mami Grace Ebai, a fish seller, said the sea had taken her shed.", "“We are suffering,” Mami Ebai said.")
    assert [s for _, _, s in got] == ["Grace Ebai", "Grace Ebai"]


def test_a_ministry_whose_listed_remits_hold_an_of_is_one_body():
    got = _quotes("The Ministry of Fisheries, Protection of Wetlands and Coastal Management said trawling was banned.")
    assert got == [("indirect", "trawling was banned",
                    "Ministry of Fisheries, Protection of Wetlands and Coastal Management")]


def test_a_regional_delegation_of_listed_remits_is_one_body_and_its_capitalised_short_form_too():
    got = _quotes("In a release on Monday, the North West Regional Delegation of Fisheries, Protection of Wetlands "
                  "and Coastal Management said trawling was banned.",
                  "According to the Delegation, 40 boats were seized last year.")
    body = "North West Regional Delegation of Fisheries, Protection of Wetlands and Coastal Management"
    assert got == [("indirect", "trawling was banned", body), ("indirect", "40 boats were seized last year", body)]


def test_a_capitalised_short_form_of_a_body_is_the_body_named_before():
    got = _quotes("The Northern Water Authority said the dam was full.",
                  "According to the Authority, 200 boreholes were dry.")
    assert [s for _, _, s in got] == ["Northern Water Authority", "Northern Water Authority"]


def test_a_level_and_an_agent_noun_before_a_given_name_are_the_title_not_the_name():
    got = _quotes("Provincial Veterinarian Romeo Dulay said the pigs had been culled.", "“We acted fast,” Dulay said.")
    assert [s for _, _, s in got] == ["Romeo Dulay", "Romeo Dulay"]
    assert _roles("Provincial Veterinarian Romeo Dulay said the pigs had been culled.") == {
        "Romeo Dulay": "Provincial Veterinarian"}
