"""Warning signs said another way, rewritten before reading (rewrites.rewrite calls `said_otherwise`
first): text-speak and common misspellings of the red flags' words, a lip, tongue or throat said to
be big, fat, thick or blown up (swollen), a changed voice, "like a burn" skin, a rash that stays
under a pressed glass, "he's hot" about a person (a fever), "for no reason" (unexplained, not a
denial), and pregnancy shorthand ("preggers", "32wks pg", "im 35 wks"). Applied alike to
descriptions and to the catalogue's phrases, as every rewrite is."""

from __future__ import annotations

import re

from .lexicon import INSECTS, NEG_AUX

# Text-speak and misspellings of the words warning signs are said in, word for word. Only words
# that are no other word a person would mean ("tung", "breve" are rarely meant as themselves here).
_SHORTHAND = {
    "tounge": "tongue",
    "toung": "tongue",
    "tonge": "tongue",
    "tung": "tongue",
    "tongu": "tongue",
    "throt": "throat",
    "thoat": "throat",
    "swolen": "swollen",
    "swolle": "swollen",
    "swolln": "swollen",
    "sweling": "swelling",
    "swelin": "swelling",
    "breve": "breathe",
    "brethe": "breathe",
    "breth": "breath",
    "cnt": "cant",
    "dnt": "dont",
    "dosnt": "doesnt",
    "wiv": "with",
    "bby": "baby",
    "r": "are",
    "n": "and",
    "u": "you",
    "ur": "your",
    "wen": "when",
    "tht": "that",
    "dat": "that",
    "evry": "every",
    "evrywhere": "everywhere",
    "tabs": "tablets",
    "meds": "medicines",
}
_SHORTHAND_WORD = re.compile(r"\b(" + "|".join(sorted(_SHORTHAND, key=len, reverse=True)) + r")\b", re.I)
# "Swellin", "peelin", "itchin": the dropped g of text-speak, for the verbs of skin and airway signs.
_DROPPED_G = re.compile(
    r"\b(swell|peel|bleed|itch|burn|blister|spread|breath|weep|ooz|flak|crack|throb|sting|hurt|scratch)in\b", re.I
)

# A lip, tongue, mouth or throat said to be big or blown up is swollen: "my tongue is very big", "lips
# have blown up like a balloon", "throat feels thick". Tight and thick only of the tongue and throat
# ("tight lips", "thick lips" are how lips are; a tight mouth is scleroderma's, not a swelling).
_LINK = (
    r"(?:\s+(?:is|are|was|were|has|have|had|feels?|felt|looks?|looked|seems?|gone|got|getting|become|becoming|became|"
    r"went|going|keeps?|kept|really|very|so|all|quite|too|to|like|now|suddenly|just|a bit|kind of|massively))*"
)
_SIZE = (
    r"(?:big|bigger|huge|massive|enormous|fat|fatter|puffed(?: up)?|puffy|blown up|blew up|ballooned|swole(?: up)?|"
    r"like an? balloon)"
)
_AIRWAY_SIZE = re.compile(rf"\b(lips?|tongue|mouth|throat)({_LINK})\s+{_SIZE}\b", re.I)
_AIRWAY_TIGHT = re.compile(rf"\b(tongue|throat)({_LINK})\s+(?:thick|thicker|tight|tighter)\b", re.I)
_BALLOON = re.compile(r"\b(swollen|swelling)\s+like\s+an?\s+balloon\b", re.I)

# A voice gone muffled, croaky or hoarse, or speech that has gone thick, is a sign of a swelling throat.
_VOICE = re.compile(
    r"\bvoice(?:\s+(?:is|has|sounds?|gone|going|went|all|really|very|so|a bit|got|getting|become|become|now))*\s+"
    r"(?:muffled|croaky|hoarse|husky|strange|different|funny|weird|thick)\b",
    re.I,
)

# A lip swollen from a cause beside it (a bite, a cold sore, a knock, filler) is that injury, not
# a deep allergic swelling: the swelling reads as a lump. Never beside a sign of the airway.
_LIP_SWOLLEN = re.compile(r"\b(?:swell(?:ing|ed|s)?|swollen|swole|puffy|puffed up)\b", re.I)
_LOCAL_CAUSE = re.compile(
    r"\b(?:(?:bit|bitten|biting) (?:my|his|her|their|your|the) (?:own )?(?:lips?|mouth|cheek)|bit it|"
    r"coldsores?|cold sores?|filler|fillers|knocked|banged|hit|punched|piercing|dentist|injection)\b",
    re.I,
)
# "No swelling of lips or throat ever": a denied swelling is no swelling.
_LIPS_DENIED = re.compile(
    r"\b(?:no|not|never|without|nor|isn'?t|aren'?t|hasn'?t|haven'?t|don'?t|doesn'?t|didn'?t|wasn'?t|weren'?t)\b"
    r"(?:\W+(?!but\b|and\b|now\b)\w+){0,3}?\W+(?:swell\w*|swollen|swole|puffy|lips?)\b",
    re.I,
)
# Lips swelling with a sign of an allergic reaction beside them (a food, a sting, hives, being sick,
# a known allergy, or fast): possible anaphylaxis, the airway flag's "allergicswelling" (review G H1).
_ALLERGIC_CUE = re.compile(
    r"\b(?:ate|eating|eaten|food|nuts?|peanuts?|prawns?|shellfish|fish|eggs?|milk|sesame|stings?|stung|bee|wasp|"
    r"bitten by|bit into|insect|hives|welts|wheals|everywhere|all over|vomit\w*|sick|throwing up|allerg\w*|"
    r"anaphyla\w*|epipen|adrenaline|sudden\w*|fast|quickly|rapidly)\b",
    re.I,
)
_AIRWAY_WORDS = re.compile(r"\b(?:tongue|throat|breath\w*|swallow\w*|voice|faint\w*|dizzy|wheez\w*|face|eyes?)\b", re.I)

# Skin blistering or peeling "like a burn", "like it has been scalded": the look of scalded skin
# (toxic epidermal necrolysis, staphylococcal scalded skin), not a burning feeling ("feels like a burn").
# One word, "scaldedlook": as words, the look shrank to the bare "scald" of every small burn.
_LIKE_A_BURN = re.compile(
    r"(?<!feels )(?<!feel )(?<!felt )(?<!feeling )(?<!stings )(?<!hurts )(?<!burns )"
    r"\blike (?:an? )?(?:bad |nasty )?(?:burns?|scalds?|burnt|burned|scalded)\b"
    r"|\blike (?:(?:he|she|they|it|i|you)(?:s|ve| has| have| had)? )?been (?:burnt|burned|scalded)\b"
    r"|\blooks?\s+(?:scalded|burnt|burned)\b",
    re.I,
)

# A glass or a press, and a rash that stays ("stays when I roll a glass over it", "doesn't go when
# pressed", "still there when I push a glass on it", "isn't fading under a glass"): it does not
# blanch. Not when the same sentence says it fades ("it stays for days, but fades when I press it").
_PRESSED = re.compile(r"\b(?:glass|tumbler|jar|cup|press\w*|push\w*|roll\w*|squash\w*)\b", re.I)
_STAYS = re.compile(
    rf"\b(?:{NEG_AUX}\s+"
    r"(?:go(?:es|ing|ne)?|went|disappear\w*|dissapear\w*|vanish\w*|fad(?:e|es|ed|ing))(?:\s+away)?|"
    r"stay(?:s|ed|ing)?|still (?:there|visible|see|showing)|can still see)\b",
    re.I,
)
_FADES = re.compile(r"(?<!not )(?<!nt )\b(?:fade[sd]?|fading|blanch(?:es|ed)?|disappear[sd]?|go(?:es)? away)\b", re.I)
_DENIAL_BEFORE = re.compile(r"(?:n[o'’]?t|never|no)\s*$", re.I)
# Spots or dots that look like bruises are purpura (they do not fade), unless said to fade.
_LIKE_BRUISES = re.compile(
    r"\b(spots?|dots?|marks?|patch(?:es)?|blotch(?:es)?|rash)\s+(?:that\s+|which\s+)?(?:looks?|looking|looked)?\s*"
    r"like\s+(?:little\s+|tiny\s+|small\s+)?bruis(?:es|ing)\b",
    re.I,
)

# "He's hot", "she is burning up": a person who is hot has a fever (the skin being hot is warm skin).
# Not when it says when a rash comes ("itchy when I'm hot").
_PERSON_HOT = re.compile(
    r"(?<!when )(?<!if )(?<!whenever )\b((?:he|she)(?:[’']?s| is| feels| felt| was)|baby(?:[’']?s| is| feels)|"
    # "my 6 week old feels really hot", "my 10 month old son is boiling hot"
    r"(?:(?:weeks?|months?|years?|yrs?|yo)\s+old|old\s+(?:son|daughter|boy|girl|baby)|"
    r"(?:son|daughter|toddler|newborn|child|kid|boy|girl|little one|lo))(?:[’']?s| is| feels| felt| was)|"
    r"they(?: are|[’']?re| feel))\s+(?:very |really |so |quite |boiling )?(?:hot|boiling)\b"
    r"(?!\s+(?:spot|water|bath|shower|weather|day|drink|food|room|sun))",
    re.I,
)
# Who a person is ("I'm Black", "my son has black skin"): a skin tone, never skin that is dying.
# Not "black skin on my toe" or "black skin around the sore", which say where it is.
_BLACK_PERSON = re.compile(
    r"\b(?:i\s*am|i[’']?m|im|he\s+is|he[’']?s|she\s+is|she[’']?s|we\s+are|we[’']?re|they\s+are|they[’']?re)\s+"
    r"(?:a\s+)?black\b(?!\s+and\s+blue)(?!\s+(?:at|on|around|in)\b)"
    r"|\b(?:i|we|they)\s+have\s+(?:naturally\s+)?black\s+skin\b(?!\s+(?:on|around|in|at)\b)"
    r"|\b(?:he|she|it|son|daughter|baby|child|husband|wife|mum|mom|dad)\s+has\s+(?:naturally\s+)?black\s+skin\b"
    r"(?!\s+(?:on|around|in|at)\b)",
    re.I,
)
_BURNING_UP = re.compile(r"\bburning up\b", re.I)
# "Boiling" water or weather is heat, not boils (its stem is theirs); read after the burns and the
# hot person above have taken their words.
_BOILING = re.compile(r"\bboiling\b", re.I)

_CANNOT = r"(?:can\s*n?[o'’]?t|cannot|could\s*n[o'’]?t)"
# "Can't breathe", "cannot swallow": what a person is unable to do, not a denial of what comes next
# ("cnt breve tung swolen" is a swollen tongue).
_UNABLE = re.compile(rf"\b{_CANNOT}\s+(breathe|swallow|talk|speak)\b", re.I)
# "Can't feel it", "he cannot feel his toes": no feeling, not a denial of what follows.
_NO_FEELING = re.compile(rf"\b{_CANNOT}\s+feel\s+(?:it|them|anything|a thing|my|his|her|their)\b", re.I)

# "For no reason", "no idea why", "out of nowhere", "without knocking myself": a cause denied, not
# the sign after it; read as one word, "unexplained".
_NO_REASON = re.compile(
    r"\b(?:for no (?:apparent |obvious )?reason|no idea why|(?:i )?(?:do\s*n[o'’]?t|dunno) know why|"
    r"not sure why|out of nowhere|out of the blue|without (?:any )?(?:reason|cause|injury)|"
    r"without (?:knocking|banging|hitting|bumping|injuring|hurting) (?:myself|himself|herself|themselves|it|them|"
    r"anything|into anything)|can\s*n?[o'’]?t explain|cannot explain)\b",
    re.I,
)

# Pregnancy shorthand: "preggers", "32wks pg", "im 35 wks", "28 wks preg", "I'm expecting", "7 months gone".
_PREGNANT_WEEKS = re.compile(
    r"\b(?:(?:i am|i[’']?m|i m|she is|she[’']?s)\s+((?:[4-9]|[1-3]\d|4[0-2]))\s*(?:wks?|weeks?)\b"
    r"(?!\s+(?:ago|old|of|into|in|on|after|since|post))"
    r"|((?:[4-9]|[1-3]\d|4[0-2]))\s*(?:wks?|weeks?)\s+(?:pg|preg|pregnant|preggers|gone|along)"
    # "pregnent 32wk", "pregant 20 weeks": a misspelt pregnancy, then its weeks.
    r"|(?:preg(?:n[ae]n?t|ant|nat)|prgnant)\s+((?:[4-9]|[1-3]\d|4[0-2]))\s*(?:wks?|weeks?)(?!\s+(?:ago|old|after|since|post)))\b",
    re.I,
)
_PREGNANT_WORDS = re.compile(
    r"\b(?:preggers|preggo|preggy|(?:i[’']?m|i am|she is|she[’']?s|we are|we[’']?re)\s+expecting"
    r"(?=\s*(?:$|[,.;!?]|and\b|but\b|so\b|again\b|twins\b|(?:a |my |our )?(?:first |second |third )?baby\b))"
    r"|\d\s+months?\s+gone\b)",
    re.I,
)


# A sting in someone who says they are allergic to stings (adrenaline may be needed at once):
# "stingallergy", the sting flag's word. Not an allergy denied ("not allergic to bees").
_STING_ALLERGY = re.compile(
    r"\ballerg\w*\s+to\s+(?:(?:bee|wasp|hornet|insect)s?(?:\s+stings?)?|stings?)\b"
    r"|\b(?:bee|wasp|hornet|insect)\s+(?:sting\s+|venom\s+)?allerg(?:y|ic)\b",
    re.I,
)
# A sting that happened ("stung", "a wasp sting"), not "my eczema stings"; not one long ago.
_STUNG = re.compile(r"\b(?:stung|stinged)\b|\b(?:a|the|bee|wasp|hornet)\s+sting\b", re.I)
_LONG_AGO = re.compile(r"\b(?:years?|months?)\s+ago\b|\bas\s+a\s+(?:child|kid)\b|\bwhen\s+(?:i|he|she)\s+was\b", re.I)
_ALLERGY_DENIED = re.compile(rf"\b(?:{NEG_AUX}|no|nt)\b(?:\s+[\w’']+){{0,4}}\s*$", re.I)  # "isn't", "don't think I'm"


# "A lump in her throat" beside an allergic cue (a food, hives, a sting) is the throat swelling;
# beside nothing of the kind it is a feeling ("when I think about my dad").
_THROAT_LUMP = re.compile(r"\blump in (?:my|his|her|their|your|the) throat\b", re.I)
# "Mouth have wound", "wounds in her mouth": sores in the mouth, in other words.
_MOUTH_WOUND = re.compile(
    r"\bmouth\s+(?:have|has|got|is\s+full\s+of|with)\s+(?:a\s+|many\s+|some\s+)?wounds?\b"
    r"|\bwounds?\s+in\s+(?:the|my|his|her|their)\s+mouth\b",
    re.I,
)


# Itch with its rash denied, said at once ("itchy with no rash", "itching but no rash") or further on
# in the same clause ("itching hands and feet but there's no rash"): one word, "itchnorash", the
# sign of its own. As words, the denial inside the phrase ("no rash") denied the whole sign.
_ITCH_NO_RASH = re.compile(
    # At least one word between (where the itch is), so that "itch with no rash" stays as it is.
    r"\b(itch\w*)([\s,]+(?!(?:but|and|with|without|no|there)\b)[\w’']+"
    r"(?:[\s,]+(?!(?:but|with|without|no|there)\b)[\w’']+){0,5}?)"
    r"(?:,\s*|\s+)(?:but\s+|and\s+)?(?:there\s*[’']?s\s+|there\s+is\s+|with\s+)?"
    r"(?:no|without\s+a?)\s+(?:visible\s+)?rash\b",
    re.I,
)


_ITCH_NO_RASH_AT_ONCE = re.compile(
    r"\b(?:itch\w*)\s+(?:(?:but|and|with)\s+)?(?:there\s*[’']?s\s+|there\s+is\s+)?(?:no|without\s+a?)\s+"
    r"(?:visible\s+)?rash\b|\bno\s+rash\s+(?:just|only)\s+itch\w*\b",
    re.I,
)


_THROAT_CUE = re.compile(
    r"\b(?:ate|eating|eaten|nuts?|peanuts?|cashews?|prawns?|shellfish|sesame|stings?|stung|bee|wasp|hives|welts|"
    r"wheals|allerg\w*|anaphyla\w*|epipen|adrenaline)\b",
    re.I,
)
_THROAT_LASTING = re.compile(r"\b(?:weeks?|months?|years?|since|ages)\b", re.I)


def _throat_lump(text: str) -> str:
    for sentence in re.split(r"[.!?;]+", text):
        if _THROAT_LUMP.search(sentence) and _THROAT_CUE.search(sentence) and not _THROAT_LASTING.search(sentence):
            return text + " allergicswelling"
    return text


def _allergic_to_stings(text: str) -> str:
    for found in _STING_ALLERGY.finditer(text):
        rest = text[: found.start()] + " " + text[found.end() :]
        if _STUNG.search(rest) and not _LONG_AGO.search(text) and not _ALLERGY_DENIED.search(text[: found.start()]):
            return text + " stingallergy"
    return text


def _local_lip(sentence: str) -> str:
    """A swollen lip with its local cause in the sentence, and no airway word or allergic cue: a
    lump of the lip. Lips swelling beside an allergic cue: "allergicswelling"."""
    if not re.search(r"\blips?\b", sentence, re.I) or not _LIP_SWOLLEN.search(sentence):
        return sentence
    if _ALLERGIC_CUE.search(sentence) and not _LIPS_DENIED.search(sentence):
        return sentence + " allergicswelling"
    if not _LOCAL_CAUSE.search(sentence) or _AIRWAY_WORDS.search(sentence):
        return sentence
    return _LIP_SWOLLEN.sub("lump", sentence)


def _said_to_fade(text: str) -> bool:
    """A word of fading not denied right before it ("fades when I press it", not "doesn't fade")."""
    return any(not _DENIAL_BEFORE.search(text[: m.start()][-6:]) for m in _FADES.finditer(text))


def _pressed_stays(sentence: str) -> str:
    if not _PRESSED.search(sentence) or not _STAYS.search(sentence) or _said_to_fade(sentence):
        return sentence
    return _STAYS.sub("doesnt blanch", sentence)


def _bruise_like(sentence: str, text: str) -> str:
    return sentence if _said_to_fade(text) else _LIKE_BRUISES.sub(r"\1 that doesnt blanch", sentence)


# A bite from an animal or a person ("the dog bit my son", "bitten on the hand by my brother",
# "a cat bite") is read as one word for the global red flag, and a snake's as another: "a bit" is
# too common a word to stand in a phrase. An insect's bite is not (a trigger of its own), and a
# bite that "did not break the skin" is not the flag's.
_SNAKES = frozenset("snake snakes adder adders viper vipers rattlesnake cobra".split())
_NOT_A_BITER = frozenset("a little tiny quite just it i have has had ve been was were is get got accidentally".split())
# Biting one's own lip, tongue, cheek or nails is no bite wound for the flag.
_OWN_BITE = re.compile(r"^\s*(?:own\s+)?(?:lips?|tongue|cheeks?|(?:finger)?nails?|skin)\b", re.IGNORECASE)
_HE_BIT = re.compile(
    r"\b([a-z']+)\s+(?:has\s+|had\s+|just\s+|(?:may|might|could|must)\s+(?:have\s+|of\s+)?)?"
    r"(?:bit|bitten|nipped|sank\s+its\s+teeth\s+into|sunk\s+its\s+teeth\s+into)\s+"
    r"(?:me|my|him|her|them|us|his|our|their)\b",
    re.IGNORECASE,
)
_BITTEN_BY = re.compile(r"\b(?:bitten|bit)(?:\s+[a-z']+){0,4}?\s+by\s+((?:[a-z']+\s*){1,3})", re.IGNORECASE)
# "A dog bite on my arm", "dog bite on my hand", "got cat bit", not "my dog bites his paws".
_A_BITE = re.compile(
    r"\b(dog|cat|human|animal|snake|adder|bat|rat|fox|monkey|ferret|hamster|horse)\s+(?:bite\b|bites\s+on\b)"
    r"|\bgot\s+(dog|cat|snake|bat|rat|fox|monkey|horse)[\s-]+bit(?:ten)?\b",  # "got dog bit"
    re.IGNORECASE,
)
_SKIN_NOT_BROKEN = re.compile(
    rf"\b(?:{NEG_AUX}|no)\s+(?:\w+\s+)?(?:break|broken|broke|pierce|pierced)\s+(?:the\s+|my\s+|his\s+|her\s+)?skin"
    r"|\bskin\s+(?:is|was|isn'?t|wasn'?t)\s+(?:not\s+)?(?:intact|unbroken)\b",
    re.IGNORECASE,
)


def _bite_word(biters: list[str]) -> str:
    said = {w.lower().strip("'") for w in biters}
    if said & _SNAKES:
        return " snakebite"
    if said & INSECTS:
        return ""
    return " animalbite"


def _bites(text: str) -> str:
    if _SKIN_NOT_BROKEN.search(text):
        return text
    text = _HE_BIT.sub(
        lambda m: (
            m.group(0)
            + (
                ""
                if m.group(1).lower() in _NOT_A_BITER or _OWN_BITE.match(text[m.end() :])
                else _bite_word([m.group(1)])
            )
        ),
        text,
    )
    text = _BITTEN_BY.sub(lambda m: m.group(0).rstrip() + _bite_word(m.group(1).split()) + " ", text)
    return _A_BITE.sub(lambda m: m.group(0) + _bite_word([m.group(1) or m.group(2)]), text)


# A burn or scald said as one ("burned my hand", "pulled boiling tea over himself", "touched the
# hot oven shelf") is read as one word for its trigger: "burning" is also a feeling of the skin.
_BURN = re.compile(
    r"\b(?:burn(?:ed|t)|scald(?:ed)?)\s+(?:my|his|her|their|your|him|herself|himself|myself|themselves|itself)\b"
    r"|\b(?:got|been|was|were|is)\s+(?:burn(?:ed|t)|scalded)\b"  # not "looks scalded": a look, not a burn
    r"|\b(?:boiling|hot)\s+(?:water|tea|coffee|oil|fat|soup|milk|kettle)\s+(?:\w+\s+){0,2}?(?:over|on|onto)\b"
    # What was hot, and what was done with it: "tipped the kettle over her leg", "pulled a pan of
    # hot soup down onto his arm", "grabbed the hot pan handle", "leaned on the hot iron".
    # A liquid only when hot, and only onto a person ("spilled his water on the floor" is no burn).
    r"|\b(?:pulled|tipped|knocked|spilled|spilt)\s+(?:a|the|his|her|my)\s+(?:\w+\s+){0,3}?"
    r"(?:kettle|saucepan|teapot|(?:hot|boiling)\s+(?:\w+\s+)?(?:pan|pot|mug|cup|tea|coffee|soup|water|oil|fat))\s+"
    r"(?:\w+\s+){0,3}?(?:over|on|onto)\s+(?:him|her|me|my|his|their|them|himself|herself|myself|themselves|the\s+baby)\b"
    r"|\b(?:touched|grabbed|picked\s+up|held|leaned\s+on|leant\s+on|stood\s+on|sat\s+on)\s+(?:a|the|my)\s+(?:\w+\s+)?"
    r"(?:hot|oven|hob|stove|radiator|straighteners)\b(?!\s+(?:water\s+)?(?:tap|bottle|tub|chocolate|dog|sauce|spring))"
    # A burn named as a wound ("a burn on his leg", "the steam burn", "burnt by the iron"), not a
    # burning feeling ("it burns"), a razor's rash or sunburn.
    r"|\b(?:a|the|his|her|my|their|this|that|nasty|bad|small|big)\s+(?!razor\b)(?:\w+\s+)?(?:burn|scald)s?\s+(?:on|to|from)\b"
    r"|\b(?:steam|bonfire|oven|kettle|radiator|hob|stove|straightener|curling\s+iron)\s+(?:burn|scald)\b"
    r"|\b(?:burnt|burned|scalded)\s+by\b|\bsplashed\s+(?:\w+\s+){0,3}?(?:boiling|hot)\s+(?:water|oil|fat|tea|coffee)\b",
    re.IGNORECASE,
)


def said_otherwise(text: str) -> str:
    text = _BURN.sub(lambda m: m.group(0) + " scaldburn", _throat_lump(_allergic_to_stings(_bites(text))))
    text = _MOUTH_WOUND.sub("mouth sores", text)
    text = _ITCH_NO_RASH_AT_ONCE.sub("itchnorash, no rash", text)
    text = _ITCH_NO_RASH.sub(r"\1\2, itchnorash, no rash", text)
    text = _SHORTHAND_WORD.sub(lambda m: _SHORTHAND[m.group(1).lower()], text)
    text = _DROPPED_G.sub(r"\1ing", text)
    text = _AIRWAY_SIZE.sub(r"\1\2 swollen", text)
    text = _AIRWAY_TIGHT.sub(r"\1\2 swollen", text)
    text = _BALLOON.sub(r"\1", text)
    text = _VOICE.sub("hoarse voice", text)
    text = _UNABLE.sub(r"unable to \1", text)
    text = _NO_FEELING.sub("numb", text)
    text = _LIKE_A_BURN.sub("scaldedlook", text)
    text = _NO_REASON.sub("unexplained", text)
    text = _PERSON_HOT.sub(r"\1 feverish", text)
    text = _BURNING_UP.sub("feverish", text)
    text = _BOILING.sub("very hot", text)
    text = _BLACK_PERSON.sub(lambda m: re.sub(r"(?i)\bblack\b", "darktoned", m.group(0)), text)
    text = _PREGNANT_WEEKS.sub(lambda m: f"pregnant {m.group(1) or m.group(2) or m.group(3)} weeks", text)
    text = _PREGNANT_WORDS.sub("pregnant", text)
    parts = re.split(r"([.;!?\n]+)", text)
    return "".join(_bruise_like(_pressed_stays(_local_lip(part)), text) for part in parts)
