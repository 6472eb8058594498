"""Words that name casualties, attacks, venues and speakers; weapons and targets come from data.vocabulary.

Kept apart from the rules so that a reviewer can read (and extend) what the
extractor recognises without reading how it parses.
"""

from __future__ import annotations

import re

from data import vocabulary as shared


def _words(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


# Weapons and targets: the project's one vocabulary (English, Ukrainian and Russian terms).
WEAPON_PATTERNS = shared.WEAPON_PATTERNS
TARGET_PATTERNS = shared.TARGET_PATTERNS

# Whose or what fire a place was under, at most two words: "under enemy fire", "under Russian artillery fire"
FIRE_KIND = r"(?:(?:enemy|hostile|Russian|heavy|intense|artillery|mortar|rocket|drone|constant)\s+){0,2}"

# A clause about an attack mentions one of these.
ATTACK_CUE = _words(
    r"attack\w*",
    r"strik\w*",
    r"airstrik\w*",  # "7 airstrikes on Balabyne, Huliaipole, ..."
    r"struck",
    r"hit",
    r"hits",
    r"hitting",  # "raided the district twice, hitting a college in X"
    r"shell\w*",
    r"bombard\w*",
    r"drones?",
    r"missiles?",
    r"bomb\w*",
    r"explosions?",
    r"blasts?",
    r"kill\w*",
    r"injur\w*",
    r"wound\w*",
    r"dead",
    r"died",
    r"deaths?",
    r"fatalit\w*",
    r"damag\w*",
    r"destroy\w*",
    r"destruction",  # "There is also destruction in the Synelnyky district"
    r"rockets?",
    r"artillery",
    r"raid(?:s|ed)?",
    r"casualt\w*",
    r"targeted",
    r"pounded",
    r"fir(?:ed|ing)\s+(?:on|at|upon)",
    # "More than 25 arrivals in the Krasnopillya community" (прильоти), "Russian troops opened fire on the Bilopillia community"
    r"arrivals",
    r"opened\s+fire",  # "Russian troops fired on Vovchansk", "was firing on the Nikopol district"
    r"hurt",
    # ("a shell hit a shop; three women received the necessary medical assistance": the hurt, told so)
    r"received\s+(?:the\s+)?(?:necessary\s+)?medical\s+(?:help|assistance|care|treatment)",
    r"Shahed\w*",
    r"barrage",
    r"came\s+under\s+fire",
    # "a drone fell on a barn in the village of X"
    r"(?:UAVs?|drones?|shells?|missiles?|bombs?|munitions?|ammunition)\s+(?:fell|landed|exploded)",
    # "came under hostile fire", "was under the fire of the enemy", "came under Russian fire"
    r"(?:came|come|were|was|are|is)\s+(?:also\s+)?under\s+(?:the\s+)?" + FIRE_KIND + r"(?:fire|shelling)",
    # "Also under fire were A, B and C", "Under enemy fire yesterday were ...": the same told with the verb after
    r"under\s+(?:the\s+)?" + FIRE_KIND + r"(?:fire|shelling)\s+(?:[\w-]+\s+){0,2}?(?:were|was)",
    # "The city of X ... was receiving 'enemy fire since the evening'" (a translation of обстрілювали)
    r"receiv(?:ed|ing|es)\s+[\"“]?" + FIRE_KIND + r"fire",
    # "Besides the district center, Marhanets, Pokrovsk, and Chervonohryhorivska communities were affected"
    r"(?:communit(?:y|ies)|hromadas?)\s+(?:were|was)\s+(?:also\s+)?affected",
    # "The Pokrovsk community suffered the most" (постраждала найбільше): the community hit, its toll told next
    r"(?:communit(?:y|ies)|hromadas?)\s+(?:also\s+|most\s+)?suffered",
    # "The most affected were A, B and C", "Nikopol suffered the most" (the places hit hardest, named as hit)
    r"(?:most|hardest|worst)\s+affected",
    r"suffered\s+the\s+most",
    # "Other affected settlements include: ...", "Among the settlements affected were A, B, C"
    r"affected\s+(?:settlements|villages|communities|localities)",
    r"(?:settlements|villages|towns|communities|localities)\s+(?:[\w-]+\s+){0,2}?affected",
    # "Their targets included A, B, C and D"
    r"targets",
    r"sought\s+medical",
    r"victims",
    r"hospitali[sz]ed",
    r"among\s+them",
    r"taken\s+to\s+(?:a\s+|the\s+)?hospitals?",
    r"treated\s+in\s+(?:a\s+|the\s+)?hospitals?",
    r"bod(?:y|ies)\s+of",
    # what an attack left burning or broken where no other word of hitting is told: "crews put out a blaze and
    # extinguished it at a depot", "fires erupted at a plant in X", "a barn caught fire", "shop windows were
    # shattered in X", "homes were affected in X" (debris or a blast: the place was hit, labelling rule 1)
    r"extinguish\w*",
    r"fires?\s+(?:also\s+)?(?:broke\s+out|erupted)",
    r"caught\s+fire",
    r"(?:smashed|shattered|blown\s+out)",
    r"(?:houses|homes|buildings)\s+(?:(?:have|has|had)\s+(?:also\s+)?been|(?:were|was)(?:\s+also)?)\s+affected",
)

KILLED_WORDS = (
    r"killed|dead|deceased|died|deaths?|fatalit(?:y|ies)|lost\s+(?:their|his|her)\s+li(?:ves|fe)|lives|bodies"
    # "was found dead under the rubble"
    r"|found\s+dead"
    # "sustained fatal injuries", "died of his wounds", "was fatally wounded"
    r"|(?:sustained|suffered|received)\s+fatal\s+(?:injuries|wounds)|(?:fatally|mortally)\s+(?:wounded|injured)|perished"
    # "an elderly man succumbed to his injuries", "a man wounded a day earlier succumbed to his wounds"
    r"|succumbed\s+to\s+(?:his|her|their|the)\s+(?:injuries|wounds)"
    # "received injuries incompatible with life" (the officials' "травми, несумісні з життям"): died of them
    r"|(?:sustained|suffered|received)\s+(?:[\w-]+\s+)?(?:injuries|wounds|injury|trauma)\s+incompatible\s+with\s+life"
)
INJURED_WORDS = (
    r"wounded|injured|injuries|injury|hurt|sustained\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:wounds?|injur(?:y|ies))"
    # "two children suffered acute stress reactions and light injuries" ("suffered fatal injuries" is
    # a death, read first)
    # "A 13-year-old girl sustained a cut", "suffered cuts on her arms", "received burns", "sustained blast trauma"
    r"|(?:sustained|suffered|received)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:cuts?|burns|bruises|lacerations|fractures?|concussions?|trauma|amputations?)\b"
    r"|(?:suffered|received)\s+(?:an?\s+)?(?:(?!fatal\b|no\b|any\b)[\w-]+\s+){0,6}?(?:wounds?|injur(?:y|ies))|(?:sought|asked\s+for)\s+(?:medical\s+)?(?:help|assistance|care|attention|treatment)"
    # "four people were taken to hospital": in hospital because of the attack (a smaller figure later is a part)
    r"|hospitali[sz]ed|taken\s+to\s+(?:a\s+|the\s+|our\s+)?hospitals?|treated\s+in\s+(?:a\s+|the\s+)?hospitals?"
    # "a man with serious wounds was transported to the hospital", "two were rushed to hospital": taken there by others
    r"|(?:transported|rushed|brought|delivered|admitted)\s+to\s+(?:a\s+|the\s+)?(?:local\s+|city\s+|regional\s+)?hospitals?"
    # "a woman was diagnosed with a concussion and cuts": what the doctors found
    r"|diagnosed\s+with\s+(?:an?\s+)?(?:[\w-]+\s+){0,4}?(?:injur(?:y|ies)|wounds?|trauma|concussions?|burns|fractures?)\b"
    # "Another 19-year-old is in hospital", "five are in hospital"
    r"|(?<=is\s)in\s+(?:a\s+|the\s+)?hospital|(?<=are\s)in\s+(?:a\s+|the\s+)?hospitals?"
    # ("five of them are now in hospital", "two are still in hospital")
    r"|(?:(?<=is\snow\s)|(?<=are\snow\s)|(?<=is\sstill\s)|(?<=are\sstill\s))in\s+(?:a\s+|the\s+)?hospitals?"
    # "Eleven remain in hospital, including two children" (a part of the hurt)
    r"|(?:(?<=remain\s)|(?<=remains\s)|(?<=remained\s))in\s+(?:a\s+|the\s+)?hospitals?"
    # "five more patients are in critical condition in hospital, including a child" ("a boy is in an extremely
    # serious condition": the degree, and the article, before the state)
    r"|(?:(?<=is\s)|(?<=are\s)|(?<=remain\s)|(?<=remains\s))in\s+(?:an?\s+)?(?:(?:extremely|very|particularly"
    r"|especially|critically)\s+)?(?:critical|serious|grave|severe)\s+condition"
    # ("nine people are under medical supervision", "a girl is under the supervision of doctors": in the doctors'
    # care, the hurt)
    r"|(?:(?<=is\s)|(?<=are\s)|(?<=remain\s)|(?<=remains\s))under\s+(?:the\s+)?(?:medical\s+supervision"
    r"|supervision\s+of\s+(?:doctors|medics|physicians))"
    # ("her grandson, 13, is in intensive care")
    r"|(?:(?<=is\s)|(?<=are\s)|(?<=remain\s)|(?<=remains\s))in\s+intensive\s+care"
    # "three children and five injured adults are currently in medical facilities", "were sent to medical
    # institutions in Dnipro" (a hospital by another name)
    r"|(?:(?<=is\s)|(?<=are\s))(?:currently\s+|now\s+|still\s+)?in\s+(?:a\s+|the\s+)?medical\s+(?:facilit(?:y|ies)|institutions?)"
    r"|(?:taken|sent|rushed|brought|admitted|transported)\s+to\s+(?:a\s+|the\s+)?medical\s+(?:facilit(?:y|ies)|institutions?)"
    # "a 14-year-old boy was among those receiving 'necessary assistance'" (a child among the hurt)
    r"|receiving\s+[\"“'‘]?(?:necessary\s+)?(?:medical\s+)?(?:assistance|help|care|treatment)"
    # "two pensioners received medical help"
    r"|received\s+(?:(?:the\s+)?necessary\s+)?medical\s+(?:assistance|help|care|treatment)"
    # "eight people suffered wounds"
    r"|suffered\s+(?:[\w-]+\s+)?wounds"
    r"|treated\s+(?:at|on)\s+the\s+(?:scene|spot)"
    # ("nine were left with shrapnel wounds": the state the attack left them in)
    r"|(?<=left\s)with\s+(?:[\w-]+\s+)?(?:injuries|wounds)"
    # "seven victims": how Ukrainian officials' "постраждалі" (the injured) reaches English
    r"|victims"
)
# A word of the dead or the hurt ("killed", "wounded", "taken to hospital")
CASUALTY_WORD = re.compile(rf"\b(?:{KILLED_WORDS}|{INJURED_WORDS})\b", re.IGNORECASE)
# Animals a strike killed or hurt ("killing 22 cows", "30 head of cattle"): counted, but no casualties
ANIMALS = (
    r"cows?|cattle|calves|calf|bulls?|pigs?|piglets?|hogs?|horses?|ponies|pony|sheep|goats?|lambs?|animals?"
    r"|livestock|dogs?|cats?|chickens?|hens?|poultry|birds?|rabbits?|geese|ducks?"
)
# (one list for every reader of children: a count's kind, a child named without a number, an age's noun)
CHILD_NOUN = (
    r"children|child|minors?|kids?|teenagers?|teens?|boys?|girls?|bab(?:y|ies)|infants?|toddlers?|newborns?"
    r"|school\s*(?:children|child|boys?|girls?)|pupils?|youngsters?"
)

# Kin, the people a report names by their family ties: "two brothers", "her two sons", "their parents" (children
# by a stated age only, labelling rule 14: a son may be grown)
KIN_PLURAL = r"sons|daughters|brothers|sisters|husbands|wives|parents|relatives|siblings|grand(?:sons|daughters|parents|children)"
KIN_SINGULAR = r"son|daughter|brother|sister|husband|wife|mother|father|grand(?:son|daughter|mother|father)"

# Words for people, one or several, that an age, a "who" clause or a list of ages may follow: "a man of 44",
# "a resident, 62, was hurt", "a driver who ... was killed", "women aged 61 and 65", "33- and 36-year-old women"
# (also the one person numbers.find_numbers counts without a number: "a cyclist was hurt", "The guard died")
PERSON_SINGULAR = (
    r"man|woman|person|resident|civilian|pensioner|teenager|youth|child|kid|boy|girl|baby|infant|toddler|newborn"
    r"|schoolboy|schoolgirl|schoolchild|pupil|teen|youngster|teacher"
    r"|driver|passenger|worker|employee|student|guard|farmer|volunteer|cyclist|pedestrian|paramedic|rescuer"
    r"|police\s+officer|firefighter|nurse|doctor|(?:first\s+)?responder|medic|policeman|policewoman|journalist"
    rf"|{KIN_SINGULAR}"
)
PERSON_PLURAL = (
    r"men|women|people|persons|individuals|residents|civilians|pensioners|teenagers|youths|children|kids|boys|girls"
    r"|babies|infants|toddlers|newborns|schoolboys|schoolgirls|schoolchildren|pupils|teens|youngsters|minors|teachers"
    r"|drivers|passengers|workers|employees|students|guards|farmers|volunteers"
    r"|cyclists|pedestrians|paramedics|rescuers|police\s+officers|firefighters|nurses|doctors|(?:first\s+)?responders"
    rf"|medics|policemen|policewomen|journalists|{KIN_PLURAL}"
)

# "Children were evacuated from Kharkiv, including 21 children": the part is of those evacuated (or rescued, saved,
# sheltered, orphaned), never of the toll the sentence before gave
NOT_VICTIMS = re.compile(
    r"\b(?:evacuat\w*|rescued|saved|relocated|resettled|displaced|taken\s+out|brought\s+out|sheltered|sheltering"
    r"|orphaned|unharmed|unhurt|not\s+(?:hurt|injured|harmed|wounded))\b",
    re.IGNORECASE,
)

# A word of a toll, to tell a clause that gives one: "killing two", "were wounded"
TOLL_WORD = re.compile(
    r"\b(?:killed|killing|died|dead|injured|injuring|wounded|wounding|hurt)\b", re.IGNORECASE
)

# Some of the hurt told before who then died: "one of the injured later died", "two of those wounded succumbed"
# (events and counts read it, each in its own place in the sentence)
OF_THE_HURT = r"of\s+(?:the|those)\s+(?:injured|wounded|hurt)"
THEN_DIED = (
    r"(?:(?:later|then|also|subsequently|soon|eventually)\s+)?(?:died|ha(?:s|d|ve)\s+died|succumbed)\b"
)

# Filler allowed between a number and the word saying what it counts: "three people were killed".
FILLER = (
    r"people|persons?|civilians?|residents?|locals|pensioners?|adults?|men|women|others|other|more|further|additional|local|elderly"
    r"|of|them|among|the|in|total|region|city|town|village|community|rescuers|workers|employees|police|officers|firefighters|medics|paramedics"
    r"|passengers|patients|staff|guests|who|have|had|also|reportedly|been|were|was|are|is|being|later|now"
    r"|seriously|severely|lightly|critically|moderately|confirmed|being|then|all|worker|employee|man|woman|has"
    # ("three individuals tragically lost their lives": a word of grief before the verb)
    r"|tragically|sadly|unfortunately"
    r"|known|believed|reported|to|be|those|drivers?|farmers?|got"  # "13 residents are known to have been injured"
    # ("two residents were left wounded": the state the attack left them in)
    r"|left"
    # "four individuals were injured", "three employees of these facilities were injured", "four residents are
    # currently known to have been injured", "six people have been confirmed as injured"
    r"|individuals?|these|facilit(?:y|ies)|currently|as"
    # "two doctors were injured", "three nurses were hurt"
    r"|doctors?|nurses?"
    # "two brothers were killed", "a woman and her two sons were hurt": kin are people counted (children by age only)
    rf"|{KIN_PLURAL}"
    # "Eleven remain in hospital"
    r"|remain|remains|remained|still|already"
    # "three workers there were killed": the place pointed back to, between the people and the verb
    r"|there"
    # "a woman born in 1948 was injured"
    r"|born\s+in\s+(?:19|20)\d\d"
    r"|person|civilian|resident|"
    + CHILD_NOUN
    # ("two teachers were hurt", "three schoolgirls were wounded": every word for people is one between them too)
    + rf"|{PERSON_PLURAL}|{PERSON_SINGULAR}"
)

# Words that make a count a total over several attacks or over the whole country.
TOTAL_CUE = _words(
    r"in\s+total",
    r"overall",
    r"altogether",
    r"combined",
    r"across\s+(?:the\s+)?(?:country|Ukraine|regions)",
    r"nationwide",
    r"in\s+(?:different|various|several)\s+(?:parts|regions)\s+of\s+(?:the\s+country|Ukraine)",
    # "four were killed in the north and east of the country" (a summary over several regions): the country's day
    r"in\s+the\s+(?:north|south|east|west)\w*\s+and\s+(?:the\s+)?(?:north|south|east|west)\w*\s+(?:of\s+(?:the\s+country"
    r"|Ukraine)|regions)",
    # "killed at least 15 and injured 66 in several oblasts of Ukraine", "in nine regions": the country's day
    r"in\s+(?:several|many|multiple|different|various|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|\d{1,2})\s+(?:oblasts|regions|provinces)",
    r"the\s+(?:two|three|four|several)\s+(?:attacks|strikes|cities|towns|regions)",
    r"both\s+(?:attacks|strikes|cities|towns)",
    r"since\s+the\s+start",
    r"this\s+(?:year|month|week)",
    r"so\s+far\s+this",
    # "Victims: 1 killed, 3 wounded." closing a regional administration's day over its towns
    r"(?:victims|casualties)(?=\s*:\s*(?:\d|one|two|three|no\b))",
)

VAGUE_CASUALTIES = re.compile(
    r"\b(?P<amount>several|many|numerous|multiple|dozens(?:\s+of)?|scores\s+of|hundreds(?:\s+of)?|a\s+number\s+of"
    r"|some)\s+(?:(?:people|civilians|residents|others)\s+)?(?:(?:were|have\s+been|had\s+been)\s+)?"
    r"(?P<what>killed|dead|injured|wounded|hurt|casualties|injuries|deaths|fatalities)\b",
    re.IGNORECASE,
)
# "with casualties", "caused casualties": casualties without an amount.
BARE_CASUALTIES = _words(
    r"(?:with|caused|causing|reported|left)\s+casualties", r"casualties\s+were\s+reported"
)

# Places that are actors, venues or abroad: never an attack site, whatever the gazetteer says
# (GeoNames lists "Paris" as an old name of a village in Odesa Oblast).
# Who a news photo is credited to, in the brackets closing its caption ("(Name/Agency via Getty Images)")
PHOTO_CREDIT = (
    r"Getty\s+Images|AFP|Reuters|AP|EPA(?:-EFE)?|Anadolu|Shutterstock|NurPhoto|SOPA\s+Images|Future\s+Publishing"
    r"|Global\s+Images\s+Ukraine|Ukrinform|Suspilne|UNIAN|Libkos|LightRocket"
)
NOT_PLACES = {
    "london",
    "moscow",
    "kremlin",
    "the kremlin",
    "washington",
    "paris",
    "berlin",
    "brussels",
    "istanbul",
    "ankara",
    "geneva",
    "minsk",
    "warsaw",
    "rome",
    "vatican",
    "riyadh",
    "jeddah",
    "doha",
    "beijing",
    "budapest",
    "vienna",
    "helsinki",
    "tallinn",
    "vilnius",
    "riga",
    "belgorod",
    "kursk",
    "bryansk",
    "rostov",
    "voronezh",
    "anchorage",
    "alaska",
    "white house",
    "downing street",
    "pentagon",
    "nato",
    "europe",
    "russia",
    "ukraine",
    "belarus",
    # an English word a respelling reads as a town: "Human losses include ..." (Uman, with a Russian-style h)
    "human",
}

# Words before a place that make it a venue or a speaker, not an attack site.
VENUE_BEFORE = re.compile(
    r"(?:\b(?:talks|negotiations|meetings?|summit|conference|held|hosted|gathered|met|meet|meeting|speaking|spoke"
    r"|statement|speech|address|briefing|representatives|delegations?|envoys?|embassy|based|visit|visiting"
    r"|visited|returned|travell?ed|trip|flew|headed|evacuated|fled|moved|relocated"
    # ("Missiles arrived in Kryvyi Rih", "two shells arrived at the village": the weapon's arrival is the hit,
    # прилетіло; a person who arrived is a visit)
    r"|(?<!missiles\s)(?<!missile\s)(?<!rockets\s)(?<!rocket\s)(?<!shells\s)(?<!shell\s)(?<!drones\s)(?<!drone\s)"
    r"(?<!bombs\s)(?<!bomb\s)(?<!strikes\s)(?<!hits\s)(?<!projectiles\s)(?<!UAVs\s)arrived"
    # ("condemned by the UN's top aid official in Kyiv", "the UN humanitarian coordinator in Kyiv": where the
    # speaker sits, not the strike on another city)
    r"|aid\s+officials?|coordinator"
    # ("the children were all hospitalised in Mykolaiv": where they are treated, not where they were hurt)
    r"|hospitali[sz]ed|transported|airlifted"
    # ("a missile strike ... in Zelensky's hometown of Kryvyi Rih" is the attack's place)
    # ("In the capital of Kyiv, 4 were hurt" names the city hit)
    r"|embass(?:y|ies)|(?<!\bin\sthe\s)capital)"
    r"\s+(?:[\w'’]+\s+){0,3}?(?:in|to|at|from|of)\s+(?:the\s+(?:city|town|village)\s+of\s+)?"
    # ("a woman from Dvorichna was killed": where she lived, the place of the attack)
    r"|\b(?:(?<!man\s)(?<!resident\s)(?<!boy\s)(?<!girl\s)(?<!-old\s)from|visited|(?<!according\s)to)\s+"
    # A place named to say where another is: "a town just outside Dnipro", "nine miles northwest of X".
    # ("near the village of X" is where it happened: a village is named for itself)
    # ("the resort area near Kobleve" was hit: the area is the village's; "near Ukraine's Black Sea port of Odesa"
    # only says where, like "near the city of X")
    # ("a drone hit a car on the highway between A and B": the road lies between them, neither was hit)
    r"|\b(?:outside|(?<!area\s)(?<!zone\s)near|close\s+to|an?\s+suburb\s+of|on\s+the\s+outskirts\s+of|between)\s+"
    r"(?:(?:the\s+(?:city|town)\s+of\s+)?|(?:Ukraine['’]s\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:port|city|town)\s+(?:city\s+)?of\s+)"
    # "the village of Horky in Nova Sloboda hromada": the community only says where the village is
    r"|\b(?:village|settlement)\s+of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+in\s+(?:the\s+)?"
    # "Air alerts sounded several times in Kyiv": an alarm, not an attack there
    r"|\b(?:air[\s-]+raid\s+)?(?:alerts?|alarms?|sirens?)\s+(?:[\w'’]+\s+){0,5}?in\s+"
    # Where the wounded were taken: "were sent to medical institutions in Dnipro" ("a missile hit a hospital in
    # Dnipro" is the attack's place)
    r"|\b(?:taken|sent|rushed|brought|admitted|transported|transferred|evacuated|delivered)\s+to\s+(?:a\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:hospitals?|medical\s+(?:facilit(?:y|ies)|institutions?|cent(?:re|er)s?)|clinics?)"
    r"\s+(?:in|of)\s+(?:the\s+city\s+of\s+)?"
    # ("the south of the Dnipropetrovsk region" is a part of it, not a bearing)
    # ("west of the Sumy regional town of X": two words before "town of" as well)
    # ("southwest of the capital, Kyiv": the city named after its title, between commas)
    # ("just to the west of X": a bearing again, with its "to")
    r"|(?:(?<!\bthe\s)|(?<=\bto\sthe\s))\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?"
    r"(?:[\w-]+,?\s+){0,3}?"
    # ("about 40 kilometers (25 miles) from the city of Sumy")
    r"|\b(?:miles|km|kilomet(?:re|er)s)\)?\s+(?:\w+\s+)?(?:of|from)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?"
    # "as both Moscow and Kyiv told of overnight aerial attacks": the two governments
    r"|\b(?:both\s+)?Moscow\s+and\s+"
    # Ground war, not a strike: "control of the town of Soledar", "the recently captured Avdiivka", "their takeover
    # of Avdiivka".
    # ("launchers in the occupied part of Ukraine's X region": where the missiles were fired from, held by Russia)
    # (not the adjective: "the occupied village of X was shelled", "Russian-occupied X" is a place hit all the same)
    r"|\b(?:captured|seized|(?<!-)(?<!\bthe\s)occupied|control\s+of|(?:takeover|capture|seizure)\s+of|battle\s+for|fighting\s+for"
    r"|advanc\w+\s+on)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?:town|city|village)\s+of\s+)?)$",
    re.IGNORECASE,
)
# Words after a place that make it a government speaking or acting ("Kyiv said").
ACTOR_AFTER = re.compile(
    r"^(?:\s+(?:has|had|have)\s+)?(?:\s+(?:also|later|earlier|further|then|still))?\s*(?:said|says|claim(?:ed|s)(?!\s+(?:[\w-]+\s+){0,3}?(?:lives?|life)\b)|denied|denies|accused|accuses|announced"
    r"|insisted|warned|wants|rejected|responded|demanded|hopes|agreed|will|would|is\s+ready|and\s+Moscow"
    # the government holding ground: "the part of the region Kyiv still controls", "the towns Kyiv held"
    r"|controls|controlled|holds|held"
    # the government acting: "as Kyiv presses on with its counteroffensive", "as Kyiv prepares to ...", "Kyiv asked"
    r"|press(?:es|ed)\s+(?:on|ahead)|prepar(?:es|ed)|is\s+preparing|plans|planned|seeks|sought|asked|urged|needs"
    r"|and\s+(?:its\s+)?(?:[A-Z][a-z]+\s+)?(?:allies|partners)|acknowledged"
    # ("with Kyiv aiming at Russian oil refineries": the government striking back, no attack on the city)
    r"|aim(?:s|ed|ing)\s+at|target(?:s|ed|ing)\s+(?:Russia|Russian|refineries|oil)|['’]s\s+(?:[A-Z][a-z]+\s+)?(?:government|position|allies|forces|military|troops|army|delegation"
    r"|envoy|partners|request|proposal|response|stance|leadership))\b|^-based\b"
    # After "Kyiv's" (the possessive is part of the name as matched): "Kyiv's Western partners".
    r"|^\s+(?:western\s+|foreign\s+|international\s+)?(?:allies|partners|government|leadership)\b"
    # "the head of Kyiv's presidential office": the government, not the city.
    r"|^\s+(?:presidential|president['’]s)\s+(?:office|administration)\b"
    # "as quoted by The Kyiv Independent", "the Kyiv Post reported": a newspaper's name.
    r"|^\s+(?:Independent|Post)\b",
    re.IGNORECASE,
)
# An official of the place ("the governor of Sumy", "Kharkiv's mayor"): the place speaks; it is the
# attack site only when nothing else in the clause is.
OFFICIAL_BEFORE = re.compile(
    r"\b(?:governor|head|mayor|administration|authorities|police|officials|prosecutors?|chief|council)\s+of\s+"
    r"(?:the\s+)?$"
    # ("a spokeswoman for the rescue service in the Poltava region told reporters": the service of the region speaks)
    r"|\b(?:spokes(?:man|woman|person)|head|chief)\s+(?:for|of)\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:service|police|administration|prosecutor['’]s\s+office)\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)
OFFICIAL_AFTER = re.compile(
    # ("the X city's military administration reported": the city's officials speak)
    # ("according to Kharkiv National Police": the region's police, named with "National")
    r"^(?:\s+(?:region|oblast|city)(?:['’]s)?|['’]s|\s+regional|\s+Oblast)?\s+(?:military\s+|national\s+)?"
    # ("Vinnytsia region Gov. Serhiy Borzov said": the wire's abbreviation)
    r"(?:governor|gov(?=\.)|mayor|administration|authorities|police|officials|prosecutors?|head|council|emergency\s+service)\b",
    re.IGNORECASE,
)

# The ground war along the line ("fighting along the front line"), but not a place described by it: "frontline towns
# and villages", "the front-line village of X", "the town of X, close to the front lines" were hit all the same.
FRONT_LINE = (
    r"(?<!\bto\sthe\s)(?<!\bnear\sthe\s)(?<!\bby\sthe\s)front[\s-]*lines?"
    # ("the frontline eastern regions of X and Y": a bearing between)
    r"(?![\s-]+(?:(?:north|south|east|west|central)\w*\s+)?(?:towns?|villages?|settlements?|cit(?:y|ies)|communit(?:y|ies)|hromadas?|areas?|localit(?:y|ies)"
    r"|territor(?:y|ies)|regions?|oblasts?|districts?|raions?)\b)"
)

# A list of places told for something other than attacks on them: where people were evacuated from, where power or
# water came back, where schools teach online, a curfew, a route, a forecast, aid handed out, alerts, places taken or
# fought for on the ground, places flown over. Its places are no attacks, whatever attack words the sentence also has
# ("After the night's drone attack, power was restored in A, B, C and D").
OTHER_MATTER = _words(
    # ("No injuries were reported in the regions of A, B and C": what was not reported, no attack told)
    r"no\s+(?:casualties|victims|injuries|deaths|dead|wounded|injured)\s+(?:have\s+been\s+|has\s+been\s+|were\s+|was\s+"
    r"|had\s+been\s+)?reported\s+in\s+(?!the\s+(?:city|town|village|region|oblast|area|community)\b)"
    r"(?:the\s+(?:regions?|oblasts?|provinces?|cities|towns|villages)\s+of\s+)?",
    r"evacuat\w*",
    r"restor\w*",
    r"reconnected",
    r"(?:power|electricity|water|gas|heating|supply|supplies|light|lights)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:returned|resumed|came\s+back|is\s+back|was\s+back|back\s+on)",
    r"outages?",
    r"blackouts?",
    r"power\s+cuts?",
    r"(?:remote|distance|online)\s+(?:learning|lessons|classes|education)",
    r"classes",
    r"lessons",
    r"curfews?",
    r"routes?",
    # ("trains run via A": a route; not "the Air Force said via Telegram", a channel the news came through)
    r"via(?!\s+(?:(?:the|its|his|her|their|a)\s+)?(?:[\w-]+\s+){0,2}?(?:Telegram|Facebook|Twitter|Viber|WhatsApp"
    r"|Instagram|YouTube|social\s+media|app|statement|video|post)\b)",
    r"detours?",
    r"(?:bus|train|rail|ferry)\s+(?:services?|connections?|traffic|timetables?)",
    r"forecasts?",
    r"weather",
    r"temperatures?",
    r"humanitarian",
    r"(?<!first\s)aid",  # ("first aid" is given to the hurt)
    r"distributed",
    r"handed\s+out",
    r"heating\s+points",
    r"invincibility\s+points",
    r"liberat\w*",
    r"recaptur\w*",
    r"captur\w*",
    r"seiz\w*",
    r"advanc\w*",
    r"(?:counter)?offensives?",
    r"assaults?",
    r"repelled",
    r"repulsed",
    r"clashes",
    r"(?:combat|military)\s+engagements",
    r"positions",
    FRONT_LINE,
    r"(?:air[\s-]*raid\s+)?(?:alerts?|alarms?|sirens?)",
    r"shot\s+down",
    r"intercept\w*",
    r"spotted",
    r"(?:flying|flew|moving|heading)\s+(?:over|towards?|for|in\s+the\s+direction)",
    r"visit\w*",
    r"mourning",
    r"condolences",
    # ("the wounded were taken to hospitals in A, B and C": where they are treated)
    r"(?:taken|sent|rushed|brought|transported|transferred|airlifted)\s+to",
)
