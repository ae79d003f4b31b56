"""Deterministic synthetic news corpus for the benchmarks.

``generate(out_dir, n, seed=0, flavour="newsbrief")`` writes ``n`` English
news articles of about 600 words each.  The same ``(n, seed)`` gives
byte-identical files in both flavours:

* ``"newsbrief"``: ``out_dir/articles/<slug>.md`` with ``---``-fenced YAML
  front matter (``title``, ``date``, ``topics``, ``slug``, ``source``);
* ``"pelican"``: ``out_dir/<slug>.md`` with Pelican's Markdown metadata
  (``Title:``, ``Date:``, ``Tags:``, ``Slug:``, ``Source:``), a blank line,
  then the same body.

Speakers, organisations, places and topics come from fixed pools (about 300
people, 80 organisations, 60 places, 25 topics) with skewed popularity, so
they recur across articles the way they do in a real archive.  Bodies mix
narrative sentences, direct quotes in three orders (“Q,” X said. /
X said: “Q.” / “Q,” said X.) and indirect speech (X said that C. /
C, X added. / According to X, C.).  About one article in seven uses straight
ASCII quotes instead of typographic ones.

``touch(out_dir, generation, seed=0, flavour=...)`` rewrites the first direct
quote of one deterministically chosen article, for the one-article-changed
rebuild; each ``generation`` gives a different wording.

Run ``python bench/corpus.py OUT_DIR N [--seed S] [--flavour pelican]`` to
write a corpus by hand.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

FLAVOURS = ("newsbrief", "pelican")

# --------------------------------------------------------------------------
# Fixed pools.  They are built from a fixed seed, independent of the corpus
# seed, so "Maria Lopez, the finance minister of Spain" is the same person in
# every corpus.
# --------------------------------------------------------------------------

POOL_SEED = 20240601

COUNTRIES = [
    "Spain", "Portugal", "France", "Germany", "Italy", "Poland", "Sweden",
    "Norway", "Denmark", "the Netherlands", "Belgium", "Ireland", "Austria",
    "Greece", "Turkey", "Egypt", "Kenya", "Nigeria", "Ghana", "South Africa",
    "Brazil", "Argentina", "Chile", "Mexico", "Canada", "India", "Japan",
    "South Korea", "Indonesia", "Australia",
]
DEMONYMS = {
    "Spain": "Spanish", "Portugal": "Portuguese", "France": "French",
    "Germany": "German", "Italy": "Italian", "Poland": "Polish",
    "Sweden": "Swedish", "Norway": "Norwegian", "Denmark": "Danish",
    "the Netherlands": "Dutch", "Belgium": "Belgian", "Ireland": "Irish",
    "Austria": "Austrian", "Greece": "Greek", "Turkey": "Turkish",
    "Egypt": "Egyptian", "Kenya": "Kenyan", "Nigeria": "Nigerian",
    "Ghana": "Ghanaian", "South Africa": "South African",
    "Brazil": "Brazilian", "Argentina": "Argentine", "Chile": "Chilean",
    "Mexico": "Mexican", "Canada": "Canadian", "India": "Indian",
    "Japan": "Japanese", "South Korea": "South Korean",
    "Indonesia": "Indonesian", "Australia": "Australian",
}
# (city, country) — 30 cities, so 60 places with the countries.
CITIES = [
    ("Madrid", "Spain"), ("Lisbon", "Portugal"), ("Lyon", "France"),
    ("Hamburg", "Germany"), ("Milan", "Italy"), ("Gdansk", "Poland"),
    ("Gothenburg", "Sweden"), ("Bergen", "Norway"), ("Aarhus", "Denmark"),
    ("Rotterdam", "the Netherlands"), ("Antwerp", "Belgium"),
    ("Cork", "Ireland"), ("Vienna", "Austria"), ("Thessaloniki", "Greece"),
    ("Izmir", "Turkey"), ("Alexandria", "Egypt"), ("Mombasa", "Kenya"),
    ("Lagos", "Nigeria"), ("Accra", "Ghana"), ("Durban", "South Africa"),
    ("São Paulo", "Brazil"), ("Córdoba", "Argentina"),
    ("Valparaíso", "Chile"), ("Monterrey", "Mexico"), ("Montreal", "Canada"),
    ("Pune", "India"), ("Osaka", "Japan"), ("Busan", "South Korea"),
    ("Surabaya", "Indonesia"), ("Brisbane", "Australia"),
]
PLACES = COUNTRIES + [city for city, _ in CITIES]

FIRST_NAMES_F = [
    "Maria", "Ana", "Sofia", "Elena", "Claire", "Hannah", "Ingrid", "Astrid",
    "Fatima", "Amina", "Grace", "Chiara", "Marta", "Agnieszka", "Yuki",
    "Priya", "Ananya", "Leila", "Nadia", "Olivia", "Emma", "Camille",
    "Zoë", "Siobhán", "Beatriz", "Lucía", "Ji-woo", "Sari", "Thandiwe",
    "Esther", "Helen", "Ruth", "Akosua", "Isabel", "Katarzyna",
]
FIRST_NAMES_M = [
    "José", "Luis", "Pedro", "Jean", "Thomas", "Lukas", "Marco", "Piotr",
    "Lars", "Søren", "Anders", "Ahmed", "Omar", "Samuel", "David", "Kwame",
    "Chinedu", "Rahul", "Arjun", "Kenji", "Hiroshi", "Min-jun", "Budi",
    "Diego", "Mateo", "Pablo", "Felipe", "Liam", "Patrick", "Nikos",
    "Mehmet", "Emre", "Daniel", "Michael", "Paul",
]
SURNAMES = [
    "Lopez", "García", "Fernandes", "Silva", "Moreau", "Dubois", "Schneider",
    "Weber", "Rossi", "Bianchi", "Kowalski", "Nowak", "Lindqvist", "Berg",
    "Hansen", "Jensen", "de Vries", "Janssens", "O'Brien", "Murphy", "Huber",
    "Papadopoulos", "Yilmaz", "Demir", "Hassan", "Mansour", "Otieno",
    "Kamau", "Okafor", "Adeyemi", "Mensah", "Boateng", "Dlamini", "Naidoo",
    "Oliveira", "Costa", "Fernández", "Rojas", "Herrera", "Castillo",
    "Tremblay", "Roy", "Sharma", "Patel", "Iyer", "Reddy", "Tanaka",
    "Suzuki", "Watanabe", "Kim", "Park", "Lee", "Santoso", "Wijaya",
    "Thompson", "Walker", "Mitchell", "Clarke", "Novak", "Horvath",
    "Eriksen", "Larsen", "Marchetti", "Greco", "Laurent", "Fischer",
    "Becker", "Wiśniewski", "Svensson", "Nilsson", "Byrne", "Kelly",
    "Haddad", "Nasser", "Achieng", "Eze", "Asante", "Khumalo", "Mendoza",
    "Navarro", "Vargas", "Gagnon", "Mehta", "Gupta", "Sato", "Choi",
    "Hartono", "Fraser", "Campbell", "Stewart",
]

# name, is it "the"-prefixed, kind
ORGANISATIONS = [
    ("International Monetary Fund", True, "agency"),
    ("World Bank", True, "agency"),
    ("World Health Organization", True, "agency"),
    ("European Central Bank", True, "agency"),
    ("European Commission", True, "agency"),
    ("United Nations Development Programme", True, "agency"),
    ("International Energy Agency", True, "agency"),
    ("World Trade Organization", True, "agency"),
    ("International Labour Organization", True, "agency"),
    ("Food and Agriculture Organization", True, "agency"),
    ("African Development Bank", True, "agency"),
    ("Asian Development Bank", True, "agency"),
    ("OECD", True, "agency"),
    ("Red Cross", True, "ngo"),
    ("Médecins Sans Frontières", False, "ngo"),
    ("Greenpeace", False, "ngo"),
    ("Transparency International", False, "ngo"),
    ("Amnesty International", False, "ngo"),
    ("Oxfam", False, "ngo"),
    ("Save the Children", False, "ngo"),
    ("Northwind Energy", False, "company"),
    ("Halvorsen Shipping", False, "company"),
    ("Brightwater Utilities", False, "company"),
    ("Solara Power", False, "company"),
    ("Meridian Telecom", False, "company"),
    ("Atlas Steel", False, "company"),
    ("Kestrel Airlines", False, "company"),
    ("Bluefin Seafoods", False, "company"),
    ("Verdant Agritech", False, "company"),
    ("Cobalt Mining Group", False, "company"),
    ("Helix Biopharma", False, "company"),
    ("Quantis Semiconductors", False, "company"),
    ("Orion Rail", False, "company"),
    ("Summit Bank", False, "company"),
    ("Harbourline Logistics", False, "company"),
    ("Nimbus Cloud", False, "company"),
    ("Redwood Insurance", False, "company"),
    ("Tidewater Ports", False, "company"),
    ("Evergreen Housing", False, "company"),
    ("Pinnacle Motors", False, "company"),
    ("Aurora Space Systems", False, "company"),
    ("Crestview Capital", False, "company"),
    ("Lumen Media", False, "company"),
    ("Sterling Foods", False, "company"),
    ("Ironbridge Construction", False, "company"),
    ("Polar Wind", False, "company"),
    ("Granite Cement", False, "company"),
    ("Silverline Pharmaceuticals", False, "company"),
    ("Oakfield Retail", False, "company"),
    ("Zenith Chemicals", False, "company"),
    ("National Farmers' Union", True, "union"),
    ("Transport Workers' Federation", True, "union"),
    ("Teachers' Alliance", True, "union"),
    ("Nurses' Association", True, "union"),
    ("Chamber of Commerce", True, "union"),
    ("Confederation of Industry", True, "union"),
    ("Dockworkers' Union", True, "union"),
    ("Small Business Council", True, "union"),
    ("Institute for Fiscal Studies", True, "thinktank"),
    ("Centre for Climate Policy", True, "thinktank"),
    ("Brookfield Institute", True, "thinktank"),
    ("Global Health Observatory", True, "thinktank"),
    ("Foundation for Open Government", True, "thinktank"),
    ("Energy Transition Forum", True, "thinktank"),
    ("Urban Futures Lab", True, "thinktank"),
    ("Centre for Migration Studies", True, "thinktank"),
    ("Institute of Security Studies", True, "thinktank"),
    ("Ocean Research Council", True, "thinktank"),
    ("Digital Rights Watch", False, "ngo"),
    ("Consumer Action Network", True, "ngo"),
    ("University of Lisbon", True, "university"),
    ("University of Hamburg", True, "university"),
    ("University of Lagos", True, "university"),
    ("University of Osaka", True, "university"),
    ("University of Montreal", True, "university"),
    ("University of Milan", True, "university"),
    ("University of Cape Town", True, "university"),
    ("Indian Institute of Science", True, "university"),
    ("University of São Paulo", True, "university"),
    ("Australian National University", True, "university"),
]

# tag -> noun phrases used in sentences and headlines
TOPICS = {
    "economy": ["inflation", "economic growth", "the budget deficit", "consumer spending", "interest rates", "public debt"],
    "energy": ["electricity prices", "the power grid", "gas supplies", "offshore wind farms", "the energy transition", "nuclear power"],
    "climate": ["carbon emissions", "the climate target", "extreme heat", "flood defences", "the carbon tax", "drought relief"],
    "health": ["hospital waiting lists", "the vaccine programme", "mental health services", "drug prices", "the nursing shortage", "primary care"],
    "elections": ["the general election", "voter turnout", "the coalition talks", "campaign funding", "the electoral reform", "the presidential race"],
    "trade": ["import tariffs", "the trade agreement", "export controls", "customs checks", "the trade deficit", "supply chains"],
    "technology": ["artificial intelligence", "data protection", "the chip industry", "broadband coverage", "online platforms", "cyber security"],
    "education": ["school funding", "teacher pay", "university fees", "exam results", "the school curriculum", "student housing"],
    "housing": ["house prices", "rent controls", "social housing", "the mortgage market", "building permits", "homelessness"],
    "transport": ["the high-speed rail line", "public transport fares", "airport expansion", "road tolls", "electric buses", "the metro extension"],
    "defence": ["military spending", "the arms deal", "border security", "the defence review", "troop deployments", "the naval base"],
    "agriculture": ["crop yields", "farm subsidies", "fertiliser prices", "the grain harvest", "water rights", "livestock exports"],
    "migration": ["asylum applications", "the visa system", "labour migration", "border crossings", "the resettlement scheme", "migrant workers"],
    "finance": ["bank lending", "the stock market", "capital requirements", "the pension fund", "bond yields", "the banking union"],
    "labour": ["the minimum wage", "the strike", "unemployment", "working hours", "the pension age", "collective bargaining"],
    "space": ["the satellite launch", "the lunar mission", "the space agency budget", "orbital debris", "the launch site", "earth observation"],
    "water": ["water shortages", "the desalination plant", "river pollution", "water tariffs", "the dam project", "groundwater levels"],
    "tourism": ["visitor numbers", "the tourist tax", "cruise ship arrivals", "hotel occupancy", "short-term rentals", "the summer season"],
    "justice": ["the court ruling", "the corruption inquiry", "prison overcrowding", "the judicial reform", "the police budget", "legal aid"],
    "telecoms": ["the 5G rollout", "mobile tariffs", "the spectrum auction", "rural coverage", "the fibre network", "roaming charges"],
    "mining": ["lithium mining", "copper exports", "mining royalties", "the new mine", "mineral rights", "the cobalt supply"],
    "fisheries": ["fishing quotas", "the fish stocks", "the marine reserve", "the trawler fleet", "fishing licences", "coastal communities"],
    "culture": ["arts funding", "the national museum", "the film industry", "heritage sites", "the music festival", "public broadcasting"],
    "sport": ["the stadium project", "the bid to host the games", "doping controls", "sports funding", "the football league", "the youth academy"],
    "science": ["research funding", "the particle accelerator", "the gene therapy trial", "the research council", "scientific cooperation", "the new laboratory"],
}

OUTLETS = [
    "www.dailyledger.example", "news.harbourtimes.example",
    "www.theobserverpost.example", "www.continentalwire.example",
    "www.morningherald.example", "www.globalbulletin.example",
    "www.capitalreview.example", "www.coastalgazette.example",
]

# (apposition template, title prefix or None, topic affinity or None)
# {country} {demonym} {city} {org} are filled per person.
ROLES_GOV = [
    ("the finance minister of {country}", "Finance Minister", ["economy", "finance"]),
    ("{country}'s health minister", "Health Minister", ["health"]),
    ("the energy minister of {country}", "Energy Minister", ["energy", "climate"]),
    ("the prime minister of {country}", "Prime Minister", None),
    ("{country}'s foreign minister", "Foreign Minister", ["trade", "defence"]),
    ("the {demonym} trade minister", "Trade Minister", ["trade"]),
    ("the defence minister of {country}", "Defence Minister", ["defence"]),
    ("{country}'s education minister", "Education Minister", ["education"]),
    ("the {demonym} transport minister", "Transport Minister", ["transport"]),
    ("the agriculture minister of {country}", "Agriculture Minister", ["agriculture", "water"]),
    ("{country}'s interior minister", "Interior Minister", ["migration", "justice"]),
    ("a spokesperson for the {demonym} government", None, None),
    ("an opposition lawmaker in {country}", None, ["elections"]),
    ("the governor of {country}'s central bank", "Governor", ["finance", "economy"]),
    ("the mayor of {city}", "Mayor", ["housing", "transport"]),
    ("a member of {city}'s city council", None, ["housing"]),
]
ROLES_ORG = [
    ("the chief executive of {org}", None, None),
    ("a spokesperson for {org}", None, None),
    ("the chief economist at {org}", None, ["economy", "finance"]),
    ("a senior analyst at {org}", None, None),
    ("the director of {org}", "Director", None),
    ("a researcher at {org}", None, ["science"]),
    ("the head of policy at {org}", None, None),
    ("{org}'s regional director", None, None),
]
ROLES_OTHER = [
    ("a professor of economics at the University of {city}", "Professor", ["economy"]),
    ("a shop owner in {city}", None, None),
    ("a farmer near {city}", None, ["agriculture"]),
    ("a local resident", None, None),
    ("a union organiser in {city}", None, ["labour"]),
    ("a nurse at a hospital in {city}", None, ["health"]),
]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    female: bool
    apposition: str
    title: str | None
    topics: tuple[str, ...]

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass(frozen=True)
class Org:
    name: str
    the: bool
    kind: str

    @property
    def ref(self) -> str:
        return ("the " if self.the else "") + self.name


def _build_pools():
    rng = random.Random(POOL_SEED)
    orgs = [Org(*o) for o in ORGANISATIONS]
    topic_tags = list(TOPICS)
    firsts = [(f, True) for f in FIRST_NAMES_F] + [(m, False) for m in FIRST_NAMES_M]
    people: list[Person] = []
    seen: set[tuple[str, str]] = set()
    while len(people) < 300:
        first, female = rng.choice(firsts)
        last = rng.choice(SURNAMES)
        if (first, last) in seen:
            continue
        seen.add((first, last))
        city, country = rng.choice(CITIES)
        if rng.random() < 0.5:
            country = rng.choice(COUNTRIES)
        bucket = rng.choices([ROLES_GOV, ROLES_ORG, ROLES_OTHER], weights=[40, 45, 15])[0]
        template, title, affinity = rng.choice(bucket)
        org = rng.choice(orgs)
        apposition = template.format(
            country=country, demonym=DEMONYMS[country], city=city, org=org.ref
        )
        topics = list(affinity or [])
        while len(topics) < 2:
            t = rng.choice(topic_tags)
            if t not in topics:
                topics.append(t)
        people.append(Person(first, last, female, apposition, title, tuple(topics)))
    return people, orgs


PEOPLE, ORGS = _build_pools()
TOPIC_TAGS = list(TOPICS)
# Skewed popularity (Zipf-like): a few people and topics dominate the archive.
PEOPLE_WEIGHTS = [1.0 / (i + 1) ** 0.8 for i in range(len(PEOPLE))]
TOPIC_WEIGHTS = [1.0 / (i + 1) ** 0.7 for i in range(len(TOPIC_TAGS))]
ORG_WEIGHTS = [1.0 / (i + 1) ** 0.6 for i in range(len(ORGS))]
PEOPLE_BY_TOPIC = {t: [p for p in PEOPLE if t in p.topics] for t in TOPIC_TAGS}

# --------------------------------------------------------------------------
# Sentence templates.  Slots: {noun} {noun2} {org} {org2} {place} {place2}
# {pct} {amount} {bignum} {month} {year} {weekday}.
# --------------------------------------------------------------------------

HEADLINES = [
    "{Place} unveils plan to overhaul {noun}",
    "{Org} warns over {noun}",
    "{Place} moves to tighten rules on {noun}",
    "Talks on {noun} stall as {org} digs in",
    "Row over {noun} deepens in {place}",
    "{Org} and {org2} reach deal on {noun}",
    "New figures show shift in {noun} across {place}",
    "{Surname} defends {noun} plan amid criticism",
    "{Place} braces for fight over {noun}",
    "Pressure mounts on {org} over {noun}",
    "{Org} calls for urgent action on {noun}",
    "Lawmakers in {place} split over {noun}",
    "{Surname} promises review of {noun}",
    "Questions grow over {noun} in {place}",
]

NARRATIVE = [
    "{Org} said on {weekday} that it would review {noun} in {place}.",
    "The decision comes after months of debate over {noun}.",
    "Figures released by {org} showed a rise of {pct} per cent in {noun} since {month}.",
    "Critics have long argued that the government has neglected {noun} for years.",
    "{Place} has spent about {amount} on {noun} since {year}.",
    "The plan still needs the approval of parliament, which is expected to vote on it in {month}.",
    "Talks between {org} and {org2} are set to resume next week.",
    "Officials in {place} declined to comment on {noun}.",
    "The proposal would affect roughly {bignum} people, according to government estimates.",
    "Similar measures were introduced in {place2} in {year}, with mixed results.",
    "Shares in {org} fell {pct} per cent in early trading after the announcement.",
    "The issue of {noun} has become a test for the government ahead of next year's vote.",
    "A report published by {org} in {month} found a close link between {noun} and {noun2}.",
    "Several hundred people gathered outside the parliament in {place} on {weekday}.",
    "The measures are due to take effect in {month} {year}.",
    "Opposition parties have called for an independent inquiry into {noun}.",
    "It was not immediately clear how the plan would be funded.",
    "Analysts said the move could put further pressure on {noun2}.",
    "The government in {place} has faced mounting criticism over {noun} in recent months.",
    "{Org} has not published its own estimates.",
    "The announcement was welcomed by business groups in {place}.",
    "Earlier this year, {org} cut its forecast for {noun} by {pct} percentage points.",
]

QUOTES = [
    "We are not going to let {noun} become a crisis",
    "This is the most significant change to {noun} in a generation",
    "Nobody expected {noun} to move this fast",
    "The numbers on {noun} speak for themselves",
    "We have been warning about {noun} for years",
    "It is simply too early to say what this means for {noun}",
    "People in {place} deserve better than this",
    "Our priority is to get {noun} right for everyone",
    "I think we will see a lot more of this in {year}",
    "There is no easy fix for {noun}",
    "We are confident that {org} will meet its commitments",
    "Frankly, the response from {org} has been disappointing",
    "We will not accept any deal that ignores {noun}",
    "This is a good day for {place}",
    "The cost of doing nothing about {noun} is far higher",
    "We need a serious conversation about {noun}, and we need it now",
    "Families are already feeling the impact of {noun}",
    "I have never seen anything like it in thirty years",
    "We are listening, and we will act on {noun}",
    "It is a step in the right direction, but it is not enough",
    "The rules on {noun} were written for a different era",
    "Everyone agrees on the importance of {noun}; the question is who pays",
    "We expect to see the first results by {month}",
    "Our members are worried about {noun2} as well",
]

CLAUSES = [
    "the government would review {noun} before the end of the year",
    "{org} had underestimated the cost of {noun}",
    "tackling {noun} was likely to remain a priority in {year}",
    "talks with {org} had made good progress",
    "the plan could cost as much as {amount}",
    "more than {pct} per cent of households in {place} would be affected",
    "ministers would discuss {noun} at a summit in {place2} in {month}",
    "the figures on {noun} were worse than expected",
    "there was no evidence of mismanagement in {noun}",
    "{org} would publish a full response within weeks",
    "the changes to {noun} were long overdue",
    "the timetable for {noun} was unrealistic",
    "negotiations with {org2} would continue over the summer",
    "the new rules on {noun} would be enforced from {month}",
]

CLOSERS = [
    "{Org} is due to publish its next report on {noun} in {month}.",
    "Parliament is expected to debate the proposals on {noun} later this month.",
    "A final decision on {noun} is expected by {month}.",
    "{Org} did not respond to a request for comment.",
    "The next round of talks is scheduled to take place in {place2}.",
]

SAY_VERBS = ["said", "said", "said", "said", "added", "told reporters", "warned", "noted"]


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


# --------------------------------------------------------------------------
# One article
# --------------------------------------------------------------------------


class _Writer:
    """Builds one article's body; holds the article's cast and topic words."""

    def __init__(self, rng: random.Random, topics: list[str], place: str,
                 speakers: list[Person], orgs: list[Org]):
        self.rng = rng
        self.nouns = [n for t in topics for n in TOPICS[t]]
        self.main_nouns = TOPICS[topics[0]]
        self.place = place
        self.speakers = speakers
        self.orgs = orgs
        self.introduced: set[Person] = set()
        self.last_speaker: Person | None = None

    def fill(self, template: str) -> str:
        """Fill a template's slots; a slot's value is drawn only when used,
        and {Org} is the capitalised form of the same value as {org}."""
        return template.format_map(_Slots(self))

    # -- speaker references -------------------------------------------------

    def who(self, person: Person, end: bool, allow_pronoun: bool = True) -> str:
        """How to name ``person`` here: full name with apposition the first
        time, surname (or a pronoun right after them) later.  ``end`` means
        the reference ends the sentence (no trailing comma)."""
        r = self.rng
        if person not in self.introduced:
            self.introduced.add(person)
            self.last_speaker = person
            if person.title and r.random() < 0.3:
                return f"{person.title} {person.name}"
            return f"{person.name}, {person.apposition}" + ("" if end else ",")
        if allow_pronoun and person is self.last_speaker and r.random() < 0.35:
            return "she" if person.female else "he"
        self.last_speaker = person
        return person.last

    def pick_speaker(self) -> Person:
        r = self.rng
        if self.last_speaker and r.random() < 0.3:
            return self.last_speaker
        return r.choice(self.speakers)

    def quote_text(self) -> str:
        q = self.fill(self.rng.choice(QUOTES))
        if self.rng.random() < 0.25:
            q += ". " + self.fill(self.rng.choice(QUOTES))
        return q

    def verb(self, person: Person) -> str:
        v = self.rng.choice(SAY_VERBS)
        if v == "added" and person not in self.introduced:
            v = "said"
        return v

    # -- sentences ------------------------------------------------------------

    def direct_quote(self) -> str:
        r = self.rng
        p = self.pick_speaker()
        q = self.quote_text()
        v = self.verb(p)
        form = r.randrange(3)
        if form == 0:  # “Q,” X said.
            x = self.who(p, end=False)
            return f"“{q},” {x} {v}."
        if form == 1:  # X said: “Q.”
            x = self.who(p, end=False, allow_pronoun=False)
            return f"{_cap(x)} {v}: “{q}.”"
        # “Q,” said X.
        x = self.who(p, end=True, allow_pronoun=False)
        verb = v if v in ("said", "added", "warned", "noted") else "said"
        return f"“{q},” {verb} {x}."

    def indirect(self) -> str:
        r = self.rng
        p = self.pick_speaker()
        c = self.fill(r.choice(CLAUSES))
        form = r.randrange(3)
        if form == 0:  # X said that C.
            x = self.who(p, end=False)
            return f"{_cap(x)} {self.verb(p)} that {c}."
        if form == 1:  # C, X added.
            introduced = p in self.introduced
            x = self.who(p, end=True)
            return f"{_cap(c)}, {x} {'added' if introduced else 'said'}."
        # According to X, C.
        x = self.who(p, end=False, allow_pronoun=False)
        sep = " " if x.endswith(",") else ", "
        return f"According to {x}{sep}{c}."

    def narrative(self) -> str:
        return self.fill(self.rng.choice(NARRATIVE))

    def paragraph(self) -> str:
        r = self.rng
        kind = r.choices(["quote", "indirect", "narrative", "mixed"], weights=[35, 20, 20, 25])[0]
        if kind == "quote":
            sentences = [self.direct_quote()]
            if r.random() < 0.5:
                sentences.append(r.choice([self.direct_quote, self.indirect, self.narrative])())
        elif kind == "indirect":
            sentences = [self.indirect() for _ in range(r.randint(1, 2))]
        elif kind == "narrative":
            sentences = [self.narrative() for _ in range(r.randint(2, 3))]
        else:
            sentences = [self.narrative(), self.direct_quote()]
            if r.random() < 0.5:
                sentences.append(self.indirect())
        return " ".join(sentences)


class _Slots(dict):
    def __init__(self, writer: "_Writer"):
        super().__init__()
        self.w = writer

    def __missing__(self, key: str) -> str:
        if key[:1].isupper():
            value = _cap(self[key.lower()])
        else:
            value = self._draw(key)
        self[key] = value
        return value

    def _draw(self, key: str) -> str:
        w, r = self.w, self.w.rng
        if key == "noun":
            return r.choice(w.main_nouns if r.random() < 0.7 else w.nouns)
        if key == "noun2":
            return r.choice(w.nouns)
        if key == "org":
            return r.choice(w.orgs).ref
        if key == "org2":
            return r.choice(ORGS).ref
        if key == "place":
            return w.place
        if key == "place2":
            return r.choice(PLACES)
        if key == "pct":
            return str(r.randint(2, 45))
        if key == "amount":
            if r.random() < 0.7:
                return f"{r.randint(2, 950)} million euros"
            return f"{r.randint(1, 40)} billion dollars"
        if key == "bignum":
            return f"{r.randint(10, 900) * 1000:,}"
        if key == "month":
            return r.choice(MONTHS)
        if key == "year":
            return str(r.randint(2019, 2027))
        if key == "weekday":
            return r.choice(WEEKDAYS)
        if key == "surname":
            return w.speakers[0].last
        raise KeyError(key)


@dataclass
class GeneratedArticle:
    title: str
    date: str
    topics: list[str]
    slug: str
    source: str
    body: str


def make_article(rng: random.Random, index: int) -> GeneratedArticle:
    topics: list[str] = []
    for _ in range(rng.choice([1, 2, 2, 3])):
        t = rng.choices(TOPIC_TAGS, weights=TOPIC_WEIGHTS)[0]
        if t not in topics:
            topics.append(t)
    city, country = rng.choice(CITIES)
    place = country if rng.random() < 0.5 else city
    speakers: list[Person] = []
    for _ in range(rng.randint(3, 5)):
        pool = PEOPLE_BY_TOPIC[topics[0]] if rng.random() < 0.6 else None
        p = rng.choice(pool) if pool else rng.choices(PEOPLE, weights=PEOPLE_WEIGHTS)[0]
        if p not in speakers:
            speakers.append(p)
    orgs = []
    for _ in range(rng.randint(2, 3)):
        o = rng.choices(ORGS, weights=ORG_WEIGHTS)[0]
        if o not in orgs:
            orgs.append(o)

    w = _Writer(rng, topics, place, speakers, orgs)
    title = _cap(w.fill(rng.choice(HEADLINES)))
    date = dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(3 * 365))
    slug = f"{slugify(title)[:70].strip('-')}-{index:05d}"
    source = f"https://{rng.choice(OUTLETS)}/{date:%Y/%m/%d}/{slug}"

    dateline = city.upper()
    lead = w.fill(rng.choice([
        "{Org} on {weekday} set out new proposals on {noun}, a move that could reshape {noun2} in {place}.",
        "The government of {place} came under fresh pressure on {weekday} over {noun}, after {org} published new figures.",
        "{Org} and {org2} on {weekday} clashed over {noun}, deepening a dispute that has dragged on for months.",
        "Officials in {place} on {weekday} promised action on {noun} as concern grew over {noun2}.",
    ]))
    paragraphs = [f"{dateline} — {lead} {w.narrative()}"]
    target = rng.randint(535, 615)
    words = len(paragraphs[0].split())
    while words < target:
        p = w.paragraph()
        paragraphs.append(p)
        words += len(p.split())
    paragraphs.append(w.fill(rng.choice(CLOSERS)))
    body = "\n\n".join(paragraphs)
    if rng.random() < 1 / 7:  # some archives use plain ASCII quotes
        body = body.replace("“", '"').replace("”", '"')
    else:  # typographic apostrophes to match typographic quotes
        body = body.replace("'", "’")
    return GeneratedArticle(title, date.isoformat(), topics, slug, source, body + "\n")


def articles(n: int, seed: int = 0):
    """Yield ``n`` GeneratedArticle objects, deterministically from ``seed``."""
    for i in range(n):
        # One RNG per article: article i does not depend on how many come first
        # or after, so N=1000 is a prefix of N=5000 for the same seed.
        yield make_article(random.Random(f"{seed}:{i}"), i)


# --------------------------------------------------------------------------
# Files
# --------------------------------------------------------------------------


def _yaml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render(a: GeneratedArticle, flavour: str) -> str:
    if flavour == "newsbrief":
        return (
            "---\n"
            f"title: {_yaml_str(a.title)}\n"
            f"date: {a.date}\n"
            f"topics: [{', '.join(a.topics)}]\n"
            f"slug: {a.slug}\n"
            f"source: {a.source}\n"
            "---\n\n" + a.body
        )
    if flavour == "pelican":
        return (
            f"Title: {a.title}\n"
            f"Date: {a.date}\n"
            f"Tags: {', '.join(a.topics)}\n"
            f"Slug: {a.slug}\n"
            f"Source: {a.source}\n"
            "\n" + a.body
        )
    raise ValueError(f"unknown flavour {flavour!r}; expected one of {FLAVOURS}")


def article_dir(out_dir: str | Path, flavour: str) -> Path:
    out = Path(out_dir)
    return out / "articles" if flavour == "newsbrief" else out


def generate(out_dir: str | Path, n: int, seed: int = 0, flavour: str = "newsbrief") -> list[Path]:
    """Write ``n`` articles under ``out_dir``; return their paths in order."""
    if flavour not in FLAVOURS:
        raise ValueError(f"unknown flavour {flavour!r}; expected one of {FLAVOURS}")
    target = article_dir(out_dir, flavour)
    target.mkdir(parents=True, exist_ok=True)
    paths = []
    for a in articles(n, seed):
        path = target / f"{a.slug}.md"
        path.write_text(render(a, flavour), encoding="utf-8", newline="\n")
        paths.append(path)
    return paths


def split_header(text: str) -> tuple[str, str]:
    """Split a generated file into (header, body) for either flavour."""
    if text.startswith("---\n"):
        end = text.index("\n---\n", 4) + len("\n---\n")
        if text[end : end + 1] == "\n":
            end += 1
        return text[:end], text[end:]
    end = text.index("\n\n") + 2
    return text[:end], text[end:]


def word_count(text: str) -> int:
    """Words in the body of a generated file (front matter excluded)."""
    return len(split_header(text)[1].split())


_QUOTE_RES = [
    re.compile(r"“([^”]+?)([,.?!]?)”"),
    re.compile(r'"([^"\n]+?)([,.?!]?)"'),
]


def touch(out_dir: str | Path, generation: int = 1, seed: int = 0,
          flavour: str = "newsbrief") -> Path:
    """Reword the first direct quote of one article; return its path.

    The article is chosen from ``seed`` (the same slug in both flavours); the
    new wording comes from ``generation``, so calling with 1, 2, 3 ... makes a
    real change every time.
    """
    paths = sorted(article_dir(out_dir, flavour).glob("*.md"))
    if not paths:
        raise FileNotFoundError(f"no articles under {out_dir}")
    path = paths[random.Random(f"touch:{seed}").randrange(len(paths))]
    text = path.read_text(encoding="utf-8")
    header, body = split_header(text)
    m = next((m for rx in _QUOTE_RES if (m := rx.search(body))), None)
    if m is None:
        raise ValueError(f"{path} has no direct quote to change")
    open_q, close_q = body[m.start()], body[m.end() - 1]
    # Cycle through the quote templates by generation; skip one that would
    # leave the text unchanged, so every touch is a real edit.
    for k in range(generation, generation + len(QUOTES)):
        new = QUOTES[k % len(QUOTES)].format(
            noun="the proposals", noun2="the timetable", org="the government",
            place="this country", year=str(2020 + k % 8), month=MONTHS[k % 12],
        )
        if new != m.group(1):
            break
    body = body[: m.start()] + f"{open_q}{new}{m.group(2)}{close_q}" + body[m.end():]
    path.write_text(header + body, encoding="utf-8", newline="\n")
    return path


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--flavour", choices=FLAVOURS, default="newsbrief")
    args = ap.parse_args(argv)
    paths = generate(args.out_dir, args.n, args.seed, args.flavour)
    print(f"wrote {len(paths)} articles to {article_dir(args.out_dir, args.flavour)}")


if __name__ == "__main__":
    main()
