"""Named settings: schools, nurseries, playgroups, pupil referral units, GP surgeries, children's homes, wards."""

from __future__ import annotations

import re

from anonymise.recognizers import clean_text
from anonymise.recognizers.allow import AGENCY_HEADS, CALENDAR, ROLE_WORDS, TITLES, is_common
from anonymise.recognizers.base import detection, gate_open, occurrences
from anonymise.types import Detection

# a capitalised word, with the capitals of Latin Extended-A too (Ś, Ł, Ż, Ș of Polish and Romanian names)
_W = r"(?:St\.?|Saint|[A-Z\u00C0-\u00DE\u0100-\u017E\u0218\u021A][\w'’\u00C0-\u024F-]*)"
HEADS = (
    r"(?:Primary|Junior|Infants?|High|Secondary|Grammar|Community|Special|Nursery|Catholic|Church|Independent|"
    r"Comprehensive|Middle|Preparatory|Prep|Integrated|Controlled|Free|Village|C\.?E\.?|R\.?C\.?)?\s?"
    r"(?:C\s+(?:of|in)\s+[EW](?:\s+(?:Primary|Junior|Infants?|School|Academy))?|"  # "St Wilfrid's C of E"
    r"School|Academy|College|Nursery(?:\s+School)?|Day\s+Nursery|Play[- ]?[Gg]roup|Pre[- ]?[Ss]chool|Kindergarten|Cr[eè]che|"
    r"Pupil\s+Referral\s+Unit|PRU|Surgery|Medical\s+(?:Centre|Practice|Group)|Health\s+Centre|Family\s+Practice|"
    r"Group\s+Practice|Practice|Children's\s+(?:Home|House|Centre|Unit)|(?:Child\s+)?Health\s+Clinic|"
    r"Nursery\s+Unit|Family\s+Centre|Family\s+(?:Support\s+)?Hub|Children['’]s\s+Hub|Early\s+Years\s+Centre|"
    # a named project children attend ("Roma Youth Link Project", "Eastside Young People's Project")
    r"(?:Youth|Community|Family|Children['’]s|Young\s+People['’]s)\s+(?:[A-Z][a-z]+\s+)?Project|"
    r"Early\s+Learning(?:\s+and\s+Childcare)?\s+Centre|Childcare\s+Centre|Learning\s+Centre|Ward|"
    # groups for babies and toddlers ("St Barnabas Toddler Group", "Little Feet Parent and Toddler Group")
    r"(?:(?:Parents?|Mother|Mums?)\s+and\s+)?Toddlers?\s+Group|Baby\s+Group|"
    # early learning and childcare in Scotland ("Wee Wonders ELC"), nursery classes, tuition centres, day nurseries
    # named "... Childcare"
    r"ELC|Nursery\s+Class|Tuition\s+Centre|Childcare|Out\s+of\s+School\s+Club|Wraparound\s+Care|"
    r"Youth\s+(?:Club|Centre|Hub|Project|Caf[eé]|Zone|Space|Shed)|(?:After[- ]School|Breakfast|Holiday)\s+Club|Childminders?|"
    # residential and secure care ("Rosebank Close Support Unit", "Kinross Secure Unit", "Elm Residential Unit")
    r"(?:Close\s+Support|Secure(?:\s+Care)?|Residential)\s+(?:Unit|Centre|Home)|"
    # education other than at school, and faith centres ("Foyleside EOTAS Centre", "Living Waters Christian Centre")
    r"EOTAS\s+(?:Centre|Unit|Hub)|(?:Christian|Islamic|Muslim|Sikh|Hindu|Faith|Gospel|Bible)\s+Centre|"
    # a club of two kinds ("Brandywell Boxing and Youth Club")
    r"(?:Boxing|Football|Sports|Youth|Community)\s+and\s+(?:Youth|Community|Social|Fitness|Sports)\s+Club|"
    # places of worship, supplementary schools and clubs children attend
    r"Church|Chapel|Mosque|Masjid|Temple|Mandir|Synagogue|Gurdwara|Ministries|Fellowship|(?:Gospel\s+)?Assembly|"
    r"Tabernacle|(?:Kingdom|Gospel|Mission|Church|Chapel|Orange|Masonic|Parish|Scout|Legion)\s+Hall|Madrass?ah?|(?:Supplementary|Saturday|Sunday|Weekend|Heritage|Language)\s+School|"
    r"(?:Amateur\s+)?(?:Boxing|Football|Rugby|Cricket|Gymnastics|Judo|Karate|Kickboxing|Taekwondo|Swimming|Athletics|"
    r"Hockey|Netball|Basketball|Golf|Dance|Cheer(?:leading)?|Martial\s+Arts|Sports|Boys['’]?|Girls['’]?|Lads['’]?|Kids['’]?|"
    r"Sailing|Rowing|Canoe|Cycling|Running|Angling|Riding|Pony|Skate|BMX|Climbing|Chess|Drama|Theatre|Music|Choir|"
    r"Young\s+Farmers['’]?|Youth\s+Football|Snooker|Darts|Social|Working\s+Men['’]s)\s+Club|(?:Youth\s+)?(?:J\.?|A\.?|R\.?|J\.?R\.?)?F\.?C\.?|"
    r"(?:GAA|GAC|CLG)(?:\s+[Cc]lub)?|Gaelic\s+(?:Athletic|Football)\s+Club|Scout\s+Group|(?:Sea|Army|Air|Marine|Police|Fire)?\s?Cadet\s+(?:Unit|Detachment|Squadron|Corps|Force)|Cadets?|"
    # amateur boxing clubs ("Hessle Road ABC"), young farmers' clubs, bands children play in
    r"A\.?B\.?C\.?|Young\s+Farmers['’]?(?:\s+Club)?|Y\.?F\.?C\.?|"
    # swimming clubs ("Bootle Dolphins ASC"), gyms, scout and guide groups, soft play, community centres
    r"A\.?S\.?C\.?|(?:Boxing|Fitness|Martial\s+Arts)\s+Gym|(?:Sea\s+)?Scouts|Brownies|Guides|Soft\s+Play|Community\s+Centre|"
    r"(?:Flute|Pipe|Silver|Brass|Accordion|Marching|Concert|Jazz|Steel)\s+Band)")
# (a capital after the head on the same line continues it: "Hollins Academy Trust"; a line break ends the name)
HEADED = re.compile(r"(?=[A-Z\u00C0-\u00DE])(?<![\w'’])((?:" + _W + r"\s+){1,5})" + HEADS + r"(?![\w-])"
                    # (a weekday after the head is the setting's day: "Bethel Church Sunday school")
                    r"(?![ \t]+(?!(?:Sunday|Saturday|Monday|Tuesday|Wednesday|Thursday|Friday)\b)[A-Z])")
def _welsh_heads(*heads: str) -> str:
    """The Welsh heads of settings with their mutated forms: "Meddygfa" also "Feddygfa", "Cylch" "Nghylch"."""
    from anonymise.recognizers.mutation import mutations

    forms = {" ".join([mutations(h.split()[0])[k] if k < len(mutations(h.split()[0])) else h.split()[0]]
                      + h.split()[1:]) for h in heads for k in range(4)}
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))


_WELSH_FUNCTION = frozenset("yn a ac i o y yr wedi ddim heb ar gyda mor".split())
# Churches, parishes and schools of the languages spoken in UK congregations, which name their kind first:
# Romanian "Biserica Penticostală ...", "Școala ..."; Polish "Kościół ...", "Parafia ...", "Szkoła ..."; Portuguese
# "Igreja ...", Spanish "Iglesia ...", French "Église ...", Lithuanian "Bažnyčia"; Arabic/Urdu "Madrasat ...",
# "Jamia ..." (the mosque heads with Masjid below).
FOREIGN_HEADS = (r"Biserica|Bisericii|Școala|Scoala|Kościół|Kosciol|Parafia|Szkoła|Szkola|Igreja|Iglesia|Église|Eglise|"
                 r"Bažnyčia|Cerkiew")
# Welsh, Gaelic and Irish settings that name their kind first: "Ysgol Gynradd Bryn Eithin", "Sgoil na Mara",
# "Meddygfa ..." (surgery), "Canolfan ..." (centre), "Capel Seion", "Clwb Paffio ..." (club), "Masjid Al-Noor",
# "Gurdwara Dashmesh Sahib", "Aelwyd yr Urdd ..." (an Urdd youth club), "Ward Eithin", "Uned ...";
# the Welsh heads also after a mutation ("yng Nghylch Meithrin", "i Feddygfa").
LEADING = re.compile(r"(?=[A-ZÀÉȘŞ])(?<![\w-])(?:" + _welsh_heads("Ysgol", "Cylch Meithrin", "Meithrinfa", "Coleg", "Meddygfa",
                                                      "Canolfan", "Capel", "Clwb", "Eglwys", "Cylch Chwarae",
                                                      "Aelwyd", "Uned", "Ward", "Cartref Plant", "Cartref", "Tŷ", "Plas") +
                     r"|Eaglais|Séipéal|Sgoil|Bun-sgoil|Àrd-sgoil|Ard-sgoil|Bunscoil|Gaelscoil|Gaelcholáiste|Scoil|Naíscoil|Cròileagan|Sgoil-àraich|Masjid|Gurdwara|"
                     r"Madrass?ah?|Madrasat|Jamia|Jame|Mandir|" + FOREIGN_HEADS + r")(?:['’]r)?(?:[\s-]+(?:na|nan|an|am|a'|y|yr|e|ul|al|el|ud|us|" + _W + r")(?![\w])){1,5}")
# a royal or university hospital ("Queen's Medical Centre") serves a region, and a Royal College is a professional
# body ("the Royal College of Paediatrics and Child Health"): neither locates a family
_NOT_A_SETTING = re.compile(r"(?:The\s+)?(?:Queen['’]s|King['’]s|Royal|University)\s+(?:[A-Z][\w'’-]+\s+)?"
                            r"(?:Medical\s+Centre|Hospital|Infirmary)\b|Royal\s+Colleges?\s+of\b")
SEA_CADETS = re.compile(r"\bT\.?S\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?=\s+(?:[Ss]ea\s+[Cc]adets?|[Uu]nit)\b)")
KINDS = (r"children['’]?s\s+home|children['’]?s\s+house|residential\s+(?:home|unit|school|children['’]?s\s+home)|"
         r"reception\s+centre|hostel|refuge|secure\s+(?:unit|children['’]?s\s+home)|care\s+home|supported\s+accommodation|"
         r"semi-independent\s+(?:unit|accommodation)|mother\s+and\s+baby\s+unit|foster\s+home|"
         r"secure\s+(?:accommodation|care(?:\s+centre)?)|day\s+unit|education\s+base|learning\s+base|"
         r"semi-independent\s+provision|supported\s+lodgings?|unregulated\s+(?:provision|placement)")
# (never across a paragraph break: "Episode 3: the children's house" is a heading, the next paragraph its own)
APPOSED_AFTER = re.compile(r"(?i:" + KINDS + r"),?(?:[ \t]|\n(?![ \t]*\n))+\(?((?:" + _W + r")(?:\s+" + _W + r"){0,3})(?![\w-])")
# "Oak Lodge children's home": a proper name right before a lower-case kind of setting.
NAMED_KIND = re.compile(r"(?=[A-Z\u00C0-\u00DE])(?<![\w'’-])((?:" + _W + r")(?:\s+" + _W + r"){0,3})\s+(?:" + KINDS + r")\b")
# "Greendykes Neuk, a small residential house", "Brook Lane, a Trust children's home", "Millbank, an infant
# school in the town": a proper name in apposition to a kind of setting (the kind ends the phrase or a clause).
APPOSED_KINDS = (KINDS + r"|residential\s+house|(?:small\s+)?group\s+home|children['’]?s\s+unit|(?:primary|secondary|"
                 r"infant|junior|special|independent|private|village|church|catholic|grammar|high|faith|free)\s+school|"
                 r"school|academy|nursery|pre-?school|playgroup|pupil\s+referral\s+unit|family\s+centre|"
                 r"(?:gp|medical|general)\s+practice|gp\s+surgery|health\s+centre|youth\s+club|childminder|"
                 # placements and the projects and clubs children go to ("Heathfield, a solo placement", "The Bothy, a
                 # youth project", "Southside Spartans, a boxing club")
                 r"(?:solo|emergency|residential|out[- ]of[- ]area|unregulated|unregistered|specialist|semi-independent)\s+"
                 r"placement|(?:youth|community|arts|music|dance|drama|sports?)\s+(?:project|group|studio|academy|"
                 r"school|club)|(?:boxing|football|rugby|judo|karate|gymnastics|swimming|cadet)\s+club|day\s+nursery|"
                 r"(?:after[- ]school|breakfast|holiday)\s+club|(?:supplementary|saturday|sunday|weekend)\s+school")
# the words between "a" and the kind describe it ("small", "Trust", "Health and Social Care"); a preposition, verb
# or determiner means the kind belongs to another phrase ("Northtown, a town with a good school").
_DESCRIBER = (r"(?:[A-Z][\w'’-]*|and(?=\s+[A-Z])|(?!(?:with|of|at|the|a|an|that|which|who|whose|for|in|on|to|from|by|and|"
              r"or|every|each|one|includes?|has|had|is|was|pupils?|former|child|children|town|city|county|village|area|"
              r"body|place)\b)[a-z][\w'’-]*)")
APPOSED_BEFORE = re.compile(r"(?=[A-Z\u00C0-\u00DE])(?<![\w-])((?:" + _W + r")(?:\s+" + _W + r"){0,3}),\s+an?\s+(?:" + _DESCRIBER + r"\s+){0,7}?"
                            r"(?i:" + APPOSED_KINDS + r")(?=\s*[,.;:)]|\s*$|\s+(?:in|for|where|which|that|run|with|near|"
                            r"on|at|of|outside|close|managed|registered|rated)\b|"
                            r"\s+(?:\S+\s+){0,2}(?:miles|hours|minutes)\b)")  # "a solo placement seventy miles away"
# "Rowan Rise (a children's home)": the kind in brackets after the name.
APPOSED_BRACKET = re.compile(r"(?=[A-Z\u00C0-\u00DE])(?<![\w-])((?:" + _W + r")(?:\s+" + _W + r"){0,3})\s+\(\s*(?:an?|the)\s+(?:" + _DESCRIBER +
                             r"\s+){0,4}?"
                             r"(?i:" + APPOSED_KINDS + r")\s*[,;)]")
# "Kilbarchan Lodge (secure accommodation)": a kind of care in brackets with no article
APPOSED_BRACKET_BARE = re.compile(r"(?=[A-Z\u00C0-\u00DE])(?<![\w-])((?:" + _W + r")(?:\s+" + _W + r"){0,3})\s+\(\s*"
                                  r"(?i:" + KINDS + r")\s*[,;)]")
# "a pupil referral unit, The Larkspur Centre": a name ending in a building word after a kind of provision.
APPOSED_PROVISION = re.compile(
    r"(?i:pupil\s+referral\s+unit|PRU|alternative\s+provision|short[- ]breaks?\s+(?:unit|service|centre|home)|"
    r"respite\s+(?:unit|centre|home)|contact\s+centre|family\s+centre|children['’]?s\s+centre|day\s+centre|"
    r"residential\s+unit|assessment\s+centre|youth\s+centre|resource\s+base|specialist\s+provision|"
    # "The service, Cliftonville Lodge, offered ...": a service or placement by its house's name
    r"(?:the|a|an|this|that|her|his|new)\s+(?:service|placement|provision|project)),?\s+\(?"
    r"((?:The\s+)?(?:" + _W + r"\s+){1,3}(?:Centre|Center|Unit|House|Academy|College|Base|Hub|Lodge|School|Project|"
    r"Campus|Court|Hall|Place))(?![\w-])")
# Scottish, Northern Irish and shortened names: "Cranhill Burn Primary", "Lochside Academy", "Kirkton High",
# "Carnmoney Grammar".
SHORT_SCHOOL = re.compile(r"(?=[A-Z\u00C0-\u00DE])(?<![\w'’-])((?:" + _W + r"\s+){1,3})"
                          r"(?:Primary|High|Academy|Secondary|Grammar|Infants|Juniors)(?![\w-])"
                          r"(?!\s+(?:School|Schools|Academy|Department|Team|Care|Mental|Health|Education|Phase|"
                          r"Level|Stage|Years|Pupils?|Teachers?|Head|Court|Commission|Street|Road)\b)")
GENERIC = frozenset("""
the a an this that girl girls boy boys their his her its our local primary junior infant infants high secondary grammar community special
nursery catholic church independent comprehensive middle free village new old same previous current named designated
methodist baptist anglican presbyterian pentecostal evangelical episcopal orthodox reformed united congregational
apostolic elim quaker unitarian lutheran adventist sikh hindu buddhist muslim jewish christian islamic parish central
football boxing youth amateur sports club clubs virtual army sea air marine police fire combined
school schools academy early years learning medical family health children's pupil referral welsh-medium gaelic-medium
english-medium gp nhs key child his her each every both other another all any one two three which where when while in at of and
""".split())
# Welsh words that say what kind of setting, not which one.
_WELSH_GENERIC = frozenset("""
r y yr sul gynradd gynradd uwchradd feithrin meithrin gymraeg gymunedol arbennig leol newydd breifat eglwys sir
gyfun chwarae ddydd
""".split())


def _welsh_function_unit(rest: list[str]) -> bool:
    """Two or more Welsh dictionary words after "Uned", none a name: the unit is named by what it does ("Uned
    Cam-drin Plant", the child abuse unit), not a setting with a name of its own ("Uned Seren")."""
    from anonymise.recognizers.allow import welsh_names, welsh_words

    # (the article joined to a word, "Diogelu'r Cyhoedd", is split off as "r")
    words = [w.lower() for w in rest if w and w.lower() not in ("y", "yr", "r", "a", "ac", "i", "o")]
    return len(words) >= 2 and all(w in welsh_words() and w not in welsh_names() for w in words)


LOWER_SCHOOL = re.compile(r"(?=[a-z])(?<![\w'’-])([a-z]{4,})\s+(?:academy|primary(?:\s+school)?|high\s+school|nursery|"
                          r"grammar(?:\s+school)?)\b")
# Words of an agency's name: a setting named after one is its owner ("the Trust's children's home").
_ORG_WORDS = frozenset("""
trust council authority board partnership service services department police nhs care health social county city
borough district government agency
""".split())
WEAK_HEADS = frozenset({"Practice", "Surgery", "Ward"})


def _the_named(text: str, m: re.Match[str]) -> bool:
    """True when the words before a head open with "The" written with its capital mid-sentence: part of a proper
    name ("registered at The Limes Surgery", "Practice: The Limes Surgery")."""
    return m.group(1).startswith("The ") and bool(re.search(r"[a-z,:][ \t]+$", text[max(0, m.start(1) - 3):m.start(1)]))

# Gates (``base.gate_open``): a word that every match of the pattern holds.
_HEAD_GATE = re.compile(r"School|school|Academy|College|Nursery|Playgroup|Kindergarten|Cr[eè]che|PRU|Surgery|Practice|"
                        r"ASC|Gym|Scouts|Brownies|Guides|Soft Play|"
                        r"Centre|Home|House|Unit|Clinic|Ward|Club|Childminder|Church|Chapel|Mosque|Masjid|Temple|"
                        r"Mandir|Synagogue|Gurdwara|Ministries|Fellowship|Assembly|Tabernacle|Hall|Madra|F\.?C|GAA|GAC|"
                        r"CLG|Group|Cadet|A\.?B\.?C|Farmers|Y\.?F\.?C|Band|Youth|Hub|Project|ELC|Childcare|C of E|C in W")
_SHORT_GATE = re.compile(r"Primary|High|Academy|Secondary|Grammar|Infants|Juniors")
_LOWER_GATE = re.compile(r"academy|primary|high\s+school|nursery|grammar")
# on the lower-cased text
_KINDS_GATE = re.compile(KINDS)
_PROVISION_GATE = re.compile(r"pupil\s+referral\s+unit|pru|alternative\s+provision|short[- ]breaks?\s|respite\s|"
                             r"contact\s+centre|family\s+centre|children['’]?s\s+centre|day\s+centre|residential\s+unit|"
                             r"assessment\s+centre|youth\s+centre|resource\s+base|specialist\s+provision|"
                             r"(?:service|placement|provision|project),")
_APPOSED_GATE = re.compile(r",\s+an?\s")
_BRACKET_GATE = re.compile(r"\(\s*(?:an?|the)\s")

# verbs of going to a setting: never part of its name, wherever they stand before it ("CHILD ATTENDED OAK LODGE")
_VERBS_LEFT = frozenset("""
attended joined left attending attends attend joining joins starting started starts visiting visited visits going goes
went moving moved leaving leaves excluded
""".split())
STOP_LEFT = frozenset("mr mrs ms miss dr the a an at in of to from and or by with for on as was were is are had has".split()) | \
    _VERBS_LEFT


def _trim_left(words: list[str]) -> list[str]:
    """Drop leading words that cannot be part of a setting's own name (titles, sentence openers)."""
    while words and (words[0].lower().rstrip(".") in STOP_LEFT):
        words = words[1:]
    # nor is a verb before it, or in capitals a preposition: "CHILD ATTENDED OAK LODGE", "MISSING FROM RATHMORE HOUSE"
    # (a name may hold a preposition written with a capital: "Home From Home Nursery")
    cut = [i for i, w in enumerate(words) if w.lower() in _VERBS_LEFT or (w.isupper() and w.lower() in _CAPS_CUT)]
    return words[cut[-1] + 1:] if cut else words


# the words of STOP_LEFT that no setting's name holds inside it ("Church of the Holy Cross" holds "of the")
_CAPS_CUT = STOP_LEFT - {"of", "the", "and", "a", "an", "on"}


_STREET_END = frozenset("lane road street avenue drive close way green hill park square row terrace crescent".split())
_ADMITTED = re.compile(r"(?i:\b(?:admitted|transferred|moved|taken|returned|admissions?|stays?|nights?)\s+(?:back\s+)?(?:to|onto|on)|"
                       r"\bon)\s+$")
# a house where a child is placed, lives, stays, returns to or goes missing from: a children's home by its house name
# alone ("an emergency placement at Ridgeway Lodge", "Missing from Ridgeway Lodge", "the manager at Whinfield Lodge")
PLACED_HOUSE = re.compile(r"\b(?i:placement|placed|moved|returned|missing|absconded|back|manager|staff|lives|living|lived|"
                          r"resident|residing|stayed|staying|stays)\s+(?:(?i:was|were|is|not|straight|still)\s+)?"
                          r"(?i:at|to|from|in|into)\s+((?:" + _W + r"\s+){1,2}(?:Lodge|House|Hall|Grange|Manor|Cottage))(?![\w'’-]|[ \t]+[A-Z])")
_PLACED_GATE = re.compile(r"Lodge|House|Hall|Grange|Manor|Cottage")
# a setting's own words, with no head: "Hollybush", "Tiny Steps", "The Bothy"
_OWN_NAME = r"((?:The\s+)?[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+){0,2})"
# a post held at a setting, a child's school year there, or starting or attending there: the place after "at" is the
# setting by its own words ("the practice nurse at Hollybush", "Manager at Tiny Steps", "a night worker at Birchbrae",
# "starts P4 at Kelvinbrae", "the class teacher at Kelvinbrae"); not a person's ("at Mrs Fox's"), a pseudonym's or a town
POST_AT = re.compile(r"\b(?:(?:practice|school|staff|ward|community)\s+nurse|GP|nurse|[Mm]anager|(?:night|residential|support|"
                     r"care|key|youth)\s?worker|keyworker|(?:class|form|guidance|nursery|head)\s?teacher|teacher|deputy\s+head|"
                     r"receptionist|SENCO|SENCo|DSL|staff|pupils?|P[1-7]|S[1-6]|Year\s+\d{1,2}|Y\d{1,2}|started|starts|"
                     r"enrolled|attended|attends|attending)\s+at\s+" + _OWN_NAME + r"(?![\w'’-]|\s+[A-Z]|['’]s\b)")
_POST_AT_GATE = re.compile(r"\sat\s+[A-Z]")
# an activity a child goes to at a place ("a dance class at Step Up Studios", "youth club at Glenshesk Gospel Hall"),
# and a place a child goes to regularly ("went to Thanet Warriors three nights a week", "go to Bethel on Sundays")
ACTIVITY_AT = re.compile(r"\b(?:dance|drama|boxing|football|swimming|karate|judo|gymnastics|music|art|youth|cadet|scout|"
                         r"church|choir|rugby|hurling|camogie|netball)\s+(?:class(?:es)?|lessons?|training|sessions?|"
                         r"practice|club|group|night)\s+at\s+" + _OWN_NAME + r"(?![\w'’-]|\s+[A-Z]|['’]s\b)")
REGULARLY = re.compile(r"\b(?:went|go|goes|going|gone|attended|attends|attending)\s+(?:to\s+)?" + _OWN_NAME +
                       r"\s+(?:every|each|once|twice|three|four|five|most|on)\s+(?:\w+\s+)?(?:nights?|days?|times?|weeks?|"
                       r"weekends?|evenings?|mornings?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?)\b")
# (the calendar, and the rite and the days a child goes somewhere on: "attended Mass every Sunday", "at weekends")
_CALENDAR = CALENDAR | {"mass", "weekend", "weekends"}
_REGULAR_GATE = re.compile(r"\b(?:at|every|each|once|twice|three|four|five|most|on)\s")
_WARD_KINDS = frozenset("day general main labour maternity surgical medical paediatric postnatal antenatal neonatal "
                        "children's childrens acute assessment observation".split())


def _placed(text: str, start: int, end: int, kept: list[str], head: str) -> bool:
    """A surgery or practice named after its street ("Mill Lane Surgery"), or a ward a child is admitted to
    ("admitted to Lantern Ward"): a named setting although its words are common. ``start`` and ``end`` bound the
    words and head the pattern matched."""
    if head in ("Surgery", "Practice"):
        # ... or one a family is registered with: "registered with Riverside Surgery" (not "Day Surgery")
        return (len(kept) >= 2 and kept[-1].lower() in _STREET_END) or bool(_REGISTERED.search(text[max(0, start - 30):start]))
    if head == "Ward" and _WARD_OF_HOSPITAL.match(text, end):
        return True  # "a letter from Cherry Ward, Craigavon Area Hospital": a ward of a named hospital
    return head == "Ward" and len(kept) == 1 and kept[0].lower() not in _WARD_KINDS and \
        bool(_ADMITTED.search(text[max(0, start - 30):start]))


_REGISTERED = re.compile(r"\b(?i:registered|registration)\s+(?:with|at)\s+(?:the\s+)?$")
_WARD_OF_HOSPITAL = re.compile(r",\s+(?:[A-Z][\w'’-]+\s+){1,4}(?:Hospital|Infirmary)\b")


# a church named for its dedication: "Church of the Holy Cross", "Chapel of St Non", "Parish of Our Lady"; not a
# denomination ("Church of Scotland", "Church of England", "Church of God")
DEDICATED = re.compile(r"\b(?:Church|Chapel|Parish)\s+of\s+(?:the\s+(?:Holy|Sacred|Immaculate|Most|Good|Blessed|"
                       r"Resurrection|Ascension|Annunciation|Nativity|Assumption|Transfiguration|Redeemer|Epiphany|"
                       r"Incarnation)|Our\s+(?:Lady|Saviour|Redeemer)|St\.?|Saint|All\s+Saints|Christ\s+the)"
                       r"(?:\s+[A-Z][\w'’-]+){0,3}")
_IN_BEFORE = re.compile(r"\b(?:in|near|at|yn|ger)\s+$")

# a person's pseudonym ("Young Person Y", "YP GG", "Plentyn C"); a numbered ward or room is a setting
_PERSON_PSEUDONYM = re.compile(r"(?:Child|Baby|Infant|Young\s+Person|YP|CYP|Sibling|Person|Plentyn|[BP]erson\s+Ifanc)"
                               r"\s+(?:[A-Z]{1,2}|\d{1,3})")

# a saint's name with its possessive and no head: the school, church or hospice called after the saint ("St
# Winifred's made a referral", "at St Anne's"), not the saint's day or a place ("St Patrick's Day", "St John's Wood")
# (not the saint's day or a place named after the saint: "St Patrick's Day", "St John's Wood")
_NOT_SAINT_AFTER = r"(?![ \t]+(?:[A-Z]|Day|Eve|Night|day|eve|feast|parade))"
SAINT_ALONE = re.compile(r"(?<![\w'’-])St\.?[ \t]+[A-Z][a-z]{2,}(?:[ \t]+(?:the|of)[ \t]+[A-Z][a-z]+)?['’]s?(?<=['’s])"
                         r"(?!['’\w-])" + _NOT_SAINT_AFTER)
# ... with its apostrophe dropped: "St Cuthberts"
SAINT_NO_APOSTROPHE = re.compile(r"(?<![\w'’-])St\.?[ \t]+[A-Z][a-z]{2,}[a-rt-z]s(?![\w'’-])" + _NOT_SAINT_AFTER)
# towns called after a saint that the locality lists write otherwise
_SAINT_TOWNS = frozenset("st " + t for t in "andrews helens albans ives davids neots austell asaph annes leonards johns "
                                             "georges marys agnes columb".split())

# "Ward 3A", "Ward 12": a numbered ward
WARD_NUMBER = re.compile(r"(?<![\w-])Ward\s+\d{1,2}[A-Z]?(?![\w-])")


class SettingRecognizer:
    """Finds named settings by their head noun, Welsh/Gaelic lead word, or apposition to a kind of setting."""

    name = "setting"
    entity_type = "SETTING"

    def analyze(self, text: str) -> list[Detection]:
        """Find named settings in ``text`` and every other occurrence of their names."""
        spans: list[tuple[int, int]] = []
        low = text.lower()
        for m in HEADED.finditer(text) if gate_open(_HEAD_GATE, text) else ():
            words = m.group(1).split()
            kept = _trim_left(words)
            if not any(w.lower() not in GENERIC for w in kept):
                continue
            if all(w.endswith(("'s", "’s")) and w[:-2].lower() in AGENCY_HEADS for w in kept):
                continue  # "the Trust's Family Support Hub": an agency's own service, named by its kind
            head = text[m.end(1):m.end()].split()
            if head and head[-1] in WEAK_HEADS and len(head) == 1 and kept and \
                    kept[-1] not in ("Family", "Medical", "Group", "Health", "Dental") and \
                    all(is_common(w) or w.lower() in GENERIC for w in kept) and \
                    not _placed(text, m.start(1), m.end(), kept, head[-1]) and not _the_named(text, m):
                continue  # "Good Practice", "Reflective Practice", "Day Surgery" (but "registered at The Limes Surgery")
            start = m.start(1) + len(m.group(1)) - len(" ".join(kept)) - (len(m.group(1)) - len(m.group(1).rstrip()))
            start = text.index(kept[0], m.start(1)) if kept else start
            spans.append((start, m.end()))
        for m in SHORT_SCHOOL.finditer(text) if gate_open(_SHORT_GATE, text) else ():
            kept = _trim_left(m.group(1).split())
            if not kept or not any(w.lower() not in GENERIC and not is_common(w) for w in kept) or \
                    any(w.lower() in _ORG_WORDS for w in kept):
                continue
            spans.append((text.index(kept[0], m.start(1)), m.end()))
        if "TS " in text or "T.S. " in text:  # a sea cadet unit is a training ship: "the TS Fairhead sea cadet unit"
            spans += [m.span() for m in SEA_CADETS.finditer(text)]
        for m in LOWER_SCHOOL.finditer(text) if gate_open(_LOWER_GATE, text) else ():  # "doonhill academy" in a message written in lower case
            if not is_common(m.group(1)) and m.group(1) not in GENERIC:
                spans.append(m.span())
        for m in LEADING.finditer(text):
            rest = re.split(r"[\s'’-]+", m.group(0))[1:]
            if all(w.lower() in _WELSH_GENERIC for w in rest if w):
                continue  # "Ysgol Sul" (Sunday school), "Ysgol Gynradd" alone: a kind, not a name
            if m.group(0).split()[0] in ("Ward", "Uned") and all(is_common(w) or w.lower() in GENERIC
                                                                         for w in rest if w):
                continue  # "Ward Manager", "Ward Round": English words after a head that is English too
            if m.group(0).split()[0] == "Uned" and _welsh_function_unit(rest):
                continue  # "Uned Cam-drin Plant", "Uned Amddiffyn y Cyhoedd": a police or council unit by its work
            if re.match(r"(?i)(?:n?h|d|t)?ŷ\b", m.group(0)[1:]) and rest and rest[0].lower() in _WELSH_FUNCTION:
                continue  # "mae'r tŷ yn oer" written in capitals: a house, not a named one
            spans.append(m.span())
        if "Ward " in text:
            spans += [m.span() for m in WARD_NUMBER.finditer(text)]
        regular = [*ACTIVITY_AT.finditer(text), *REGULARLY.finditer(text)] if gate_open(_REGULAR_GATE, text) else []
        for m in [*(POST_AT.finditer(text) if gate_open(_POST_AT_GATE, text) else ()), *regular]:
            words = m.group(1).split()
            if words[0].lower().rstrip(".") in TITLES or _PERSON_PSEUDONYM.match(m.group(1)) or \
                    all(w.lower() in GENERIC or w.lower() in _CALENDAR for w in words) or \
                    clean_text.is_locality(m.group(1)) or LEADING.match(text, m.start(1)) or \
                    re.sub(r"['’]s$", "", words[0]).lower() in ROLE_WORDS:  # "went to Nan's on Saturdays"
                continue  # (a setting that names its kind first, "Gaelscoil na Bóinne", is LEADING's, whole)
            spans.append(m.span(1))
        for m in PLACED_HOUSE.finditer(text) if gate_open(_PLACED_GATE, text) else ():
            if any(w.lower() not in GENERIC and w != "The" for w in m.group(1).split()[:-1]):
                spans.append(m.span(1))
        if "St" in text:  # "St Winifred's made a referral": a school, church or hospice by its saint alone
            spans += [m.span() for m in SAINT_ALONE.finditer(text)]
            # ... also with its apostrophe dropped ("St Cuthberts (the school's own chronology)"), but not a town so
            # named ("St Andrews", "St Helens", "St Albans")
            spans += [m.span() for m in SAINT_NO_APOSTROPHE.finditer(text)
                      if (town := m.group(0).replace(".", "").lower()) not in clean_text.localities() and
                      town not in _SAINT_TOWNS]
        if "Church of " in text or "Chapel of " in text or "Parish of " in text:
            spans += [m.span() for m in DEDICATED.finditer(text)]
        for m in APPOSED_PROVISION.finditer(text) if gate_open(_PROVISION_GATE, low) else ():
            spans.append(m.span(1))
        kinds = gate_open(_KINDS_GATE, low)
        for pat, run in ((APPOSED_AFTER, kinds), (APPOSED_BEFORE, gate_open(_APPOSED_GATE, text)),
                         (APPOSED_BRACKET, gate_open(_BRACKET_GATE, text)), (NAMED_KIND, kinds),
                         (APPOSED_BRACKET_BARE, kinds and "(" in text)):
            for m in pat.finditer(text) if run else ():
                words = _trim_left(m.group(1).split())
                if pat is APPOSED_AFTER and m.group(0)[0].isupper():
                    continue  # "Women's Aid, Refuge, Respect": an organisation in a list, not "a refuge, Haven House"
                if pat is NAMED_KIND and any(w.lower().rstrip(",") in _ORG_WORDS for w in words):
                    continue  # "a Health and Social Care Trust children's home": the owner, not the home's name
                if words and words[0][0].isupper() and any(w.lower() not in GENERIC for w in words):
                    s = text.index(words[0], m.start(1))
                    if pat is APPOSED_BEFORE and _IN_BEFORE.search(text, max(0, s - 6), s) and \
                            clean_text.is_locality(text[s:m.end(1)]):
                        continue  # "Glenshesk Primary School in Ballycastle, a small school": the town
                    spans.append((s, m.end(1)))
        # a review's own ids (F1, LP3, R12) before a kind word are a table cell, not a setting's name
        spans = [(s, e) for s, e in spans if not re.fullmatch(r"[A-Z]{1,3}\d{1,3}\s+\S+", text[s:e])]
        if spans:  # a professional club is an organisation, not a setting that locates a family ("Wrexham AFC")
            clubs = clean_text.club_spans(text)
            spans = [(s, e) for s, e in spans if not any(cs <= s and e <= ce for cs, ce in clubs)
                     and not _NOT_A_SETTING.match(text, s, min(len(text), e + 4))]
        # a pseudonym is a role with a letter, never a setting ("Young Person Y", "Child B")
        spans = [(s, e) for s, e in spans if not _PERSON_PSEUDONYM.fullmatch(text, s, e)]
        names = {text[s:e] for s, e in spans}
        for name in names:
            spans += occurrences(text, name)
        return [detection(text, s, e, self.entity_type, 0.8, self.name) for s, e in sorted(set(spans))]


def recognizer() -> SettingRecognizer:
    """The setting recognizer."""
    return SettingRecognizer()
