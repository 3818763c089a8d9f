"""The matcher's English: word lists, idioms, and the patterns of ages and medicine names.

These are data living in code: each list says what it is for, and tests check them. A word a
person types that the catalogue's synonyms do not cover usually belongs in the catalogue, not here.
"""

from __future__ import annotations

import re

from skinaxis.text import stem

STOPWORDS = frozenset(
    """a an the my me i im ive i've have has had got get getting on in into at of to and or with
    is are was were be been it its this that these those some any very really quite bit little
    lot lots of for from by as just also like feel feels look looks seem seems which who what
    when where there their they them he she his her him we our you your do does did can could
    would should will may might both each every one two few many more most
    than then so such same other about while since because being am""".split()
)
# Describing words: a sign phrase of three or more words may match without one of them
# ("red scaly patches" for "raised scaly patches"), never without a word that names the sign.
MODIFIERS = frozenset(
    stem(w)
    for w in """red raised painful sore thick small tiny large big dry swollen dark rough flat shiny hard soft
    deep new sudden constant persistent little tender pink slow slowly fast quick rapid""".split()
)
PARTIAL_MAX_SIGNS = 6  # a partial match needs a word that at most this many signs use
LOCATIVE = frozenset(
    stem(w) for w in "all over under around whole everywhere behind between inside outside top bottom near".split()
)
# Words too general to recognise anything on their own ("most of my skin" is not a body site).
GENERIC = frozenset(stem(w) for w in "skin body area areas part parts place bit thing things".split())
# Words about when and how, not what: the text channel does not read them ("a rash after eating"
# must not match a page because it says "after").
TIME_WORDS = frozenset(
    stem(w)
    for w in """after before during later earlier ago since until once twice again weird strange odd funny
    sometimes always never often usually started start starting noticed notice got getting came come
    comes went go goes keep keeps kept now today yesterday week weeks month months year years day days""".split()
)
# Little words that say how, not what: the text channel does not read them either ("fades within
# a few hours but new ones come up" is about the fading, not "within", "but" or "up").
FUNCTION_WORDS = frozenset(
    stem(w)
    for w in """but however though although yet up down off out over into onto upon within across along
    through new even ever still too almost away""".split()
)
# Words of the skin's own: a description with one of them is about the skin even when no sign in
# the catalogue is recognised ("milky-white patches"); one without any, and with no skin sign, is
# not ("my knee hurts", "my car makes a noise") and ranks nothing.
SKIN_WORDS = frozenset(
    stem(w)
    for w in """skin rash rashes spot spots patch patches itch itchy itching itches lump lumps bump bumps
    blister blisters scale scales scaly flaky flakes sore sores ulcer ulcers hive hives welt welts wheal
    wheals pimple pimples boil boils mole moles scalp nail nails hair bald eczema dermatitis psoriasis
    pustule pustules plaque plaques peeling crust crusty scab scabs pigment freckle discoloured
    discolored blotch blotches blotchy lesion lesions nodule nodules papule papules macule mark marks
    bruise bruises bruising""".split()
)
NEGATIONS = frozenset(
    (
        "no not without never none nor neither dont doesnt didnt isnt arent wasnt werent havent hasnt "
        "cant cannot denies deny absent lack lacking"
    ).split()
)
# Words that deny, with the negated auxiliaries the negation rules read as "not" ("won't go"): the
# text channel reads none of them ("spots that won't go away" is not about pages saying "won't").
DENYING_WORDS = NEGATIONS | frozenset("wont couldnt wouldnt shouldnt aint hadnt mustnt".split())
# "The bread has mould spots", "my car has rust patches": a clause whose subject is a thing (no person,
# body part or skin word in it) says nothing about anyone's skin (is_about_skin).
THING_SUBJECT = re.compile(
    r"^\s*(?:the|my|our|his|her|their|this|that|these|those)\s+((?:[a-z]+\s+){0,4}?)"
    r"(?:has|have|had|is|are|was|were|keeps|keep|kept|got|gets|looks|look)\b"
)
# Words that start a new subject ("... and my throat", "... and the patches"): they end a denial
# (recognise, text.affirmed_words) and start a clause of its own (is_about_skin).
SUBJECT_WORDS = frozenset(
    "i im ive id my me he hes his she shes her they theyre their it its there theres this that these those our "
    "we the".split()
)
OWN_SUBJECT = SUBJECT_WORDS | {"a", "an"}
CLAUSE_JOINS = re.compile(r"[,;.!?]+|\s+(?:and|but|then)\s+")
BREAKS = frozenset("but however though although except yet whereas".split())
NEGATION_WINDOW = 5  # words a denial reaches: the words that name things, and those below
# Little words that start something new use up a denial's reach ("no fever and a red rash"); the
# others do not ("never had any swelling of my face": "had", "any", "of", "my" take none of it).
NEGATION_COUNTS = frozenset("and with then when while so because since".split())
# "No swelling of my lips or tongue": a denial goes on over "or" to the next thing in its list.
LIST_JOINS = frozenset("or nor".split())
# "No allergies or asthma and my throat is swelling", "not herself and has red blotches": a join
# before a new subject or a new verb ends a denial.
NEW_SUBJECT_JOINS = frozenset("and or then so".split())
NEW_SUBJECT = SUBJECT_WORDS | frozenset("has have is are was were feels looks keeps gets got very".split())
NEGATION_AFTER_JOIN = 3
CLAUSE = re.compile(r"[.;!?\n:()\[\]]+")  # sentences: phrases match within one
COMMA = re.compile(r"[,/]+")  # a comma ends a negation ("no fever, itchy") but not a phrase

# Words before an age word that put it in the past: "as a child", "when I was a teenager".
PAST_AGE = re.compile(r"\b(?:as an?|when i was(?: an?| little| young)?|since i was(?: an?)?|since)$")
AGE_WORDS = {
    "infant": ("baby", "babies", "infant", "newborn", "toddler", "months old", "month old", "weeks old", "week old"),
    "child": ("child", "children", "kid", "kids", "son", "daughter", "boy", "girl", "school", "schoolchild", "toddler"),
    "teen": ("teen", "teenager", "teenage", "adolescent", "puberty"),
    "older-adult": (
        "elderly",
        "older",
        "old age",
        "grandmother",
        "grandfather",
        "grandma",
        "grandpa",
        "retired",
        "pensioner",
        "nursing home",
    ),
}
AGE_NUMBER = re.compile(r"\b(?:age[d]?\s*|i\s*am\s*|im\s*)?(\d{1,3})\s*(?:years?|yrs?|yo|y o|year old)?\b(?!\s*ago)")
# The people a description may be about, written once: they name an age ("mum 90") and make a
# clause about a person, not a thing (is_about_skin).
PEOPLE = frozenset(
    """person patient friend partner kid child baby toddler newborn infant son daughter boy girl man woman
    husband wife mother mum mom father dad grandma grandmother grandad grandfather grandpa granny nan nana
    brother sister aunt uncle""".split()
)
# "Mum 90", "he is 6", "she is 18 months": a person word, then the age (never "2 days", "3 cm", "ago").
PERSON_AGE = re.compile(
    rf"\b(?:he|she|hes|shes|{'|'.join(sorted(PEOPLE))})(?:\s+is)?\s+(\d{{1,3}})"
    r"(?:\s*(months?|years?|yrs?|yo))?\b(?!\s*(?:ago|cm|mm|kg|lbs?|degrees|times|days?|weeks?|hours?))"
)


# Who a description is about: words that say the person is male or female, and that they are
# pregnant (plausible.py re-ranks by them).
MALE = frozenset("man men male boy boys son husband father dad grandfather grandpa brother uncle he his him".split())
FEMALE = frozenset(
    "woman women female girl girls daughter wife mother mum mom grandmother grandma sister aunt she her".split()
)
PERSON_WORDS = (
    PEOPLE
    | MALE
    | FEMALE
    | {cue for cues in AGE_WORDS.values() for cue in cues if " " not in cue}
    | frozenset("i me we you people kids children babies men women body skin".split())
)
PREGNANCY = re.compile(
    r"\b(pregnan\w*|trimester|expecting a baby|gave birth|giving birth|after birth|post ?partum|midwife|"
    r"due date|baby bump|my bump|weeks gestation|since having (my|the) baby|^(1[2-9]|[23][0-9]|4[0-2]) weeks(?! ago)|"
    r"\d{1,2} weeks (along|gone)|(first|second|third) baby \d{1,2} weeks|\d{1,2} weeks with (my|our) (first|second))\b"
)


# Everyday words that are not misspellings of a sign, however close they look ("child" is not
# "chills"); typo correction never touches them.
KNOWN_WORDS = frozenset(
    stem(w)
    for w in """child children baby son daughter mother father mum mom dad wife husband friend doctor nurse
    week weeks month months year years day days night morning evening time times today yesterday ago
    old young age aged started start started stop stopped eating eat ate drink drinking bread milk food
    work working walk walking sleep sleeping wake woke think thought know knew want went come came going
    take took taking tablet tablets pill pills cream creams medicine tried trying help helps better worse
    keep keeps kept spread spreading spreads grow growing grew getting became become come back front left
    right side both first last since still again never always often sometimes usually shower bath wash
    water summer winter holiday beach hot cold warm weather school office job stress stressed worried
    started noticed notice appeared appear look looked looking seems seemed show shows shown
    pregnant pregnancy period periods mole moles problem problems within close closed difficult block
    blocked pick picking upset star stars energy worn stretch stretched recur recurring flop flare flares
    flaring sand sensation sensitive sensitivity allergy allergic brush group ache aches aching acid
    thread""".split()
)
# Words about oneself: "look after myself", "self-assessment", "taught myself" are not thoughts of
# self-harm, however few signs use them; they name nothing alone (a sign phrase may still hold them).
# "This itch is killing me" is an idiom, not a wish to die ("kill myself" is still read whole).
KNOWN_WORDS |= frozenset(
    stem(w) for w in "self myself yourself himself herself themselves ourselves itself kill killing".split()
)


# Idioms whose words would mislead: "keeps coming back" is about time, not the back; hay fever
# is not a fever; Sweet syndrome is not about sweets. Applied alike to descriptions and phrases.
_BACK_IDIOM = re.compile(
    r"\b(com(?:e|es|ing)|came|go(?:es|ing)?|went|got|get(?:s|ting)?|flare[sd]?|flaring)\s+back\b", re.I
)
# "swollen all the way along" says "whole finger swollen"; "my heel hurts" says "heel pain".
_WHOLE = re.compile(r"\ball the way (?:along|down|round|around|up|through)\b", re.I)
_HURTS = re.compile(r"\b(hurts|hurting|hurt)\b", re.I)
_JOINED = re.compile(r"\b(hay|glandular|scarlet|sweet'?s?)\s+(fever|syndrome)\b", re.I)


# "Fever-free" and "afebrile" deny a fever in words that come after it or hold no "no".
_NO_FEVER = re.compile(r"\b(?:(fever|temperature|temp)[ -]?free|(afebrile|apyrexial))\b", re.I)


# A negated helping verb ("doesn't", "did not", "won't"), written once for the rewrites below.
_NEG_AUX = r"(?:(?:does|do|did|has|have|is)\s*n[o'’]?t|won[’']?t|will not|not|never)"
# "Doesn't fade" is one thing a rash does, not a denial of what follows: without this, "spots that
# don't fade and a high temperature" denied the temperature. It becomes one word, "nonfade".
# Only the forms of these verbs: "not got a temperature" must keep its denial ("go\\w*" ate "got").
_NOT_FADING = re.compile(
    rf"\b{_NEG_AUX}\s+(fade|blanch|go|dis+ap+e+ar|vanish)(?:s|d|es|ed|ing|ne)?\b",  # "dissapear", "disapear" too
    re.I,
)
# "A faint pink rash" is pale, not faintness (feeling faint).
# Only right before the mark's word, and never after feel/felt: "feeling faint and purple spots" is faintness.
_FAINT_MARK = re.compile(
    r"(?<!feel )(?<!feels )(?<!feeling )(?<!felt )\bfaint(?:ly)?"
    r"(?=\s+(?:rash|spots?|marks?|patch(?:es)?|lines?|rings?|blotch\w*|outline|pink|red|"
    r"brown|purple|white|grey|gray|colou?r|lumps?|bumps?|scars?)\b)",
    re.I,
)
# A toenail, fingernail or thumbnail is a nail: "a dark line down my thumbnail" is a nail streak.
_NAIL = re.compile(r"\b(?:toe|finger|thumb)[ -]?(nails?)\b", re.I)


# "Won't stop itching" and "can't stop scratching" say the itch goes on: not a denial of it.
_CANNOT_STOP = re.compile(rf"\b(?:can\s*n?[o'’]?t|cannot|could\s*n[o'’]?t|could not|{_NEG_AUX})\s+stop\b", re.I)
# A sore that "won't heal", "hasn't healed" or "never fully heals" is one thing, "nonheal", like
# "nonfade": its "not" must not deny the sore or what comes after it.
_NOT_HEALING = re.compile(
    rf"\b{_NEG_AUX}\s+(?:(?:fully|properly|completely|quite|really|yet|been|got|seem(?:s|ed)? to)\s+)*"
    r"heal(?:s|ed|ing)?\b",
    re.I,
)
# "Getting bigger" is growth; the stem of "bigger" is "big", and "a big red patch" is not spreading.
_GROWING = re.compile(
    r"\b(?:(?:get(?:s|ting)?|got(?:ten)?|gone|grown|grow(?:s|ing)?|become|becoming|became)\s+"
    r"(?:(?:a lot|much|a bit|a little|slightly|even|way)\s+)?(?:bigger|larger|wider|longer)"
    r"|(?:bigger|larger|wider) and (?:bigger|larger|wider))\b",
    re.I,
)
# "It looks awful" is about how a rash looks, not about feeling very unwell.
_LOOKS_BAD = re.compile(
    r"\b(look(?:s|ed|ing)?|appear(?:s|ed)?)\s+(?:really |so |very |quite )?"
    r"(?:awful|terrible|horrible|dreadful|horrendous|nasty|disgusting|gross|ugly)\b",
    re.I,
)


# Lips that "go blue" whenever it is cold say how they react to the cold, not lips that have
# turned blue now (a collapse): "my lips go blue when I swim in cold water".
_BLUE_IN_COLD = re.compile(
    r"\b(lips)\s+(?:go|goes|turn|turns)\s+(?:blue|purple)\b"
    r"(?=[^.;!?]*\b(?:cold|chilly|freezing|winter|swim|swimming)\b)",
    re.I,
)


# A bedside sign "negative" is a sign that is absent: "Nikolsky negative", "negative Nikolsky sign",
# "Darier's sign was negative" read as "no Nikolsky sign": the sign was looked for and is absent.
_SIGNS_TESTED = r"(nikolsky|darier|koebner|auspitz|asboe[ -]?hansen|pathergy|dermographism|dermatographism)"
_NEGATIVE_SIGN = re.compile(
    rf"\b{_SIGNS_TESTED}(?:[’']?s)?(?: (sign|test|phenomenon))?(?: (?:was|is|were|are))? (?:negative|neg|-ve)\b"
    rf"|\bnegative {_SIGNS_TESTED}(?:[’']?s)?(?: (sign|test|phenomenon))?\b",
    re.I,
)


# Brown lines in several nails are common and harmless on darker skin; a dark spot under a nail
# after a knock ("after I dropped a tin on it", not "I didn't hit it") is a bruise: neither is the
# single new streak of the skin-cancer flag.
_LINES_IN_MANY_NAILS = re.compile(
    r"\b(?:brown|dark|black)? ?(?:lines|stripes|streaks|bands) (?:in|on|along|down) (?:several|many|all|most|both"
    r"|multiple|lots|a few) (?:of )?(?:my |the |his |her )?(?:finger|toe)?nails\b",
    re.I,
)
_DARK_SPOT = re.compile(r"\b(?:dark|black|purple|blue) (?:spot|mark|patch|blob)\b", re.I)
_KNOCK = re.compile(r"\b(?:dropped|stubbed|trapped|banged|hit|slammed|crushed|caught|shut|kicked)\b", re.I)
# A knock denied or in doubt ("I didn't hit it", "I don't think I hit it", "can't remember if I
# banged it", "maybe I stubbed it") is no knock; a spot said to grow or darken is never just a bruise.
_DENIED = r"(?:(?:do|does|did|is|was|ca|could|would|have|has|had)n[’']?t|cannot|not|never|no)"
_DOUBTED = re.compile(rf"\b(?:{_DENIED}|if|whether|remember|think|sure|maybe|perhaps|might|may)\b", re.I)
_SPOT_CHANGES = re.compile(r"\b(?:grow\w*|grew|bigger|larger|wider|darker|darken\w*|chang\w*|spread\w*)\b", re.I)
_DOUBT_REACH = 5  # words before a knock verb where a denial or a doubt takes the knock back


def _knocked(part: str) -> bool:
    for knock in _KNOCK.finditer(part):
        before = COMMA.split(part[: knock.start()])[-1].split()[-_DOUBT_REACH:]
        if not _DOUBTED.search(" ".join(before)):
            return True
    return False


def _changes(part: str) -> bool:
    """A word of change not denied right before it ("it is getting darker", not "it has not changed")."""
    denied = re.compile(rf"\b{_DENIED}\b", re.I)
    return any(not denied.search(" ".join(part[: m.start()].split()[-2:])) for m in _SPOT_CHANGES.finditer(part))


def _bruise_or_many_nails(text: str) -> str:
    text = _LINES_IN_MANY_NAILS.sub("brown pigment in many nails", text)
    return "".join(
        _DARK_SPOT.sub("bruise", part) if "nail" in part.lower() and not _changes(part) and _knocked(part) else part
        for part in re.split(r"([.;!?\n]+)", text)
    )


# Fainting, passing out, blacking out: losing consciousness. "Nearly passed out" is feeling faint;
# "fainted" is "passed out", which beside a rash is the collapse flag's phrase.
_NEARLY_FAINTED = re.compile(r"\b(?:nearly|almost)\s+(?:fainted|passed out|blacked out|collapsed)\b", re.I)
_FAINTED = re.compile(r"\bfainted\b", re.I)
# A faint said with a time months or years back ("I fainted once last year", "passed out as a child",
# "in 2019 I blacked out") is history, not faintness now. Narrow on purpose: only the faint words in
# past tense, only with the time right beside them (no "and" between: "he collapsed and had measles
# as a child" is a collapse), and never in a comma piece with a word of today ("again", "this
# morning", "keeps"). A general rule for past episodes was withdrawn: it hid today's emergencies
# said beside a history (red team E).
_PAST_FAINT = re.compile(r"\b(?:fainted|passed out|blacked out|collapsed|lost consciousness)\b", re.I)
_LONG_AGO = re.compile(
    r"\b(?:last (?:year|month|summer|winter|spring|autumn|christmas)|(?:years|months) (?:ago|back)|"
    r"(?:a|an|one|two|three|four|five|six|\d+|a few|few|several|many|some) (?:years?|months?) (?:ago|back)|"
    r"as a (?:child|kid|baby|teenager|teen|student)|in (?:19|20)\d\d|in the past|"
    r"when (?:i|he|she|they) (?:was|were) (?:young|younger|little|small|a child|a kid|a baby|a teenager|at school))\b",
    re.I,
)
_TODAY = re.compile(
    r"\b(?:now|today|tonight|this (?:morning|afternoon|evening|week)|yesterday|last night|again|just|keeps?|still)\b",
    re.I,
)
_TIME_AFTER, _TIME_BEFORE = 4, 2  # words between a faint and its time: "fainted once last year", "in 2019 I fainted"
_JOINS = frozenset("and but then so because while though although".split())


def _beside(between: str, reach: int) -> bool:
    said = between.lower().split()
    return len(said) <= reach and not _JOINS & set(said)


def _past_faints(piece: str) -> str:
    times = [] if _TODAY.search(piece) else list(_LONG_AGO.finditer(piece))

    def long_ago(faint: re.Match[str]) -> bool:
        return any(
            _beside(piece[faint.end() : time.start()], _TIME_AFTER)
            if time.start() >= faint.end()
            else time.end() <= faint.start() and _beside(piece[time.end() : faint.start()], _TIME_BEFORE)
            for time in times
        )

    return _PAST_FAINT.sub(lambda faint: "pastepisode" if long_ago(faint) else faint.group(0), piece)


def _faints(text: str) -> str:
    text = "".join(_past_faints(piece) for piece in re.split(r"([,.;!?\n]+)", text))
    return _FAINTED.sub("passed out", _NEARLY_FAINTED.sub("felt faint", text))


# "Cold sore" is one thing (herpes), not cold skin: "a cold sore and a black toe" is no cold toe.
_COLD_SORE = re.compile(r"\bcold\s+(sores?)\b", re.I)


# "End it all" is "end my life"; its words alone ("the flakes end up all over") are not.
_END_IT_ALL = re.compile(r"\b(end(?:ing|ed)?) it all\b", re.I)


# "Never had spots as a teenager, now I get deep tender ones": "ones" is the last thing named before
# it, said again (and not denied with it). "New ones" is left alone: TRANSIENT reads it.
_PLURAL_THINGS = (
    "spots bumps lumps blisters sores patches welts pimples boils ulcers marks blotches hives "
    "plaques nodules pustules scabs moles"
).split()
_LAST_THING = re.compile(r"\b(" + "|".join(_PLURAL_THINGS) + r")\b", re.IGNORECASE)
_ONES = re.compile(r"\b(?<!new )ones\b", re.IGNORECASE)


def _ones_said_again(text: str) -> str:
    def named(m: re.Match[str]) -> str:
        before = _LAST_THING.findall(text, 0, m.start())
        return before[-1].lower() if before else m.group(0)

    return _ONES.sub(named, text)


# "On my dark skin", "I have brown skin": the person's skin colour, not a dark patch.
_SKIN_TONE = re.compile(
    r"\b(?:my|his|her|their|our|your|i have|i've got|with) (?:very )?(?:dark|darker|brown|black|olive|deeply "
    r"pigmented|melanated)(?: coloured| colored)? skin(?: tone| colour| color| type)?\b"
    r"(?! (?:patch|spot|mark|area|blotch))",
    re.IGNORECASE,
)


def rewrite(text: str) -> str:
    text = _SKIN_TONE.sub("my complexion", text)
    text = _ones_said_again(text)
    text = _END_IT_ALL.sub(r"\1 my life", text)
    text = _BLUE_IN_COLD.sub(r"\1 change colour", text)
    text = _bruise_or_many_nails(text)
    text = _faints(_COLD_SORE.sub(r"cold\1", text))
    text = _NEGATIVE_SIGN.sub(lambda m: f"no {m.group(1) or m.group(3)} {m.group(2) or m.group(4) or 'sign'}", text)
    text = _CANNOT_STOP.sub("keep", text)
    text = _NOT_HEALING.sub("nonheal", text)
    text = _GROWING.sub("growing", text)
    text = _LOOKS_BAD.sub(r"\1 unsightly", text)
    text = _BACK_IDIOM.sub(r"\1 again", text)
    text = _WHOLE.sub("whole", _HURTS.sub("pain", text))
    text = _NOT_FADING.sub(
        lambda m: "non" + ("disappear" if m.group(1)[:3].lower() == "dis" else m.group(1).lower()), text
    )
    text = _NAIL.sub(r"\1", text)
    text = _FAINT_MARK.sub("pale", text)
    text = _NO_FEVER.sub(lambda m: f"no {m.group(1) or 'fever'}", text)
    return _JOINED.sub(lambda m: m.group(1).replace("'", "") + m.group(2), text)


# Short-lived spots: each one gone within hours, or new ones coming up somewhere else. With a word
# for a spot ("bumps", "welts", "swelling") anywhere in the description, recognition reads the
# catalogue's own "... that come and go" for it, however far apart the words are.
TRANSIENT = re.compile(
    r"\b(?:(?:gone|go(?:es)? away|went away|fade[sd]?|fading|disappear(?:s|ed)?|vanish(?:es|ed)?|settle[sd]?)"
    r"(?: \w+){0,2}? (?:within|after|in|by) (?:an? |a few |few |some |couple of |a couple of |\d+ )?hours?"
    r"|(?:move[sd]?|moving) around|come again (?:in )?(?:an)?other place|com(?:e|es|ing) and go(?:es|ing)?"
    r"|new ones (?:come|appear|pop up|keep coming)(?: up)? (?:somewhere|elsewhere))\b"
)
SPOT_WORDS = frozenset(
    stem(w)
    for w in "bump bumps lump lumps welt welts wheal wheals swelling swellings hive hives spot spots rash".split()
)


# A mole and, close to it in the same sentence, a word of change: recognition reads the catalogue's own
# "changing mole" for it (a changing mole is a warning sign of skin cancer).
MOLE_WORDS = frozenset(stem(w) for w in "mole moles freckle freckles birthmark birthmarks naevus nevus".split())
CHANGE_WORDS = frozenset(
    stem(w)
    for w in """grow grows growing grown grew larger wider darker darkening darkened bleed bleeds bleeding bled
    change changed changing crusting crusted crusty ragged uneven irregular shape different""".split()
)
CHANGING, MOLE = stem("changing"), stem("mole")
CHANGE_BEFORE, CHANGE_AFTER = 3, 7  # words of change this close to the mole word are about the mole


# An episode long past and over (recognise._over): a time months or years back, a word that ends it
# (the word -> the word that must follow it, "" for none), and words of today or of a return.
# A past episode said to be over is NOT read as denied: red team E found that every such rule
# also denied today's emergencies said beside a history ("my lips are swelling, I had this as a child
# and it cleared"). Over-triage of a healed episode is the lesser error.


# Names of medicines, recognised by their pharmacological stems (hydralazine, minocycline,
# vancomycin, sitagliptin, terbinafine, lisinopril...): a new medicine is a trigger to weigh.
DRUG_NAME = re.compile(
    r"\b[a-z]{3,}(?:mycin|micin|cillin|cycline|floxacin|azine|zepam|pril|sartan|olol|gliptin|statin|"
    r"afine|azole|dipine|prazole|oxacin|platin|tinib|zumab|ximab|mumab|ciclib|thiazide|semide|"
    r"amide|profen|oxetine|triptyline|trexate|dronate|fenac|ifene|tidine|trigine|azepine|toin|purinol|virapine|"
    r"barbital|sulfa\w*|sulpha\w*)\b"
)


# Words that say a problem is mild or passing ("a bit itchy", "doesn't bother me", "cleared when I
# took it off"), read on normalised text; not "each one gone within hours", which is how hives
# behave, however long they have lasted: triage may then say self-care, but only for a condition the
# catalogue marks `self_care`, and never beside a warning sign or a word of severity.
# A few or the odd spot, a small patch, now and then: small and occasional.
MILD = re.compile(
    r"\b(a (little|bit|touch)|slight(ly)?|mild(ly)?|minor|faint(ly)?|just a few|not (too |that |very )?bad|"
    r"(a few|a couple( of)?|the odd|an odd|one or two|the occasional|an occasional) (small |little |tiny |red )?"
    r"(spots?|pimples?|zits?|blackheads?|whiteheads?|bumps?|flakes?|patch(es)?)|"
    r"(only|just) (a |one )?(small|tiny|little) (patch|area|spot|bit|place)|now and (then|again)|once in a while|"
    r"(a )?(little )?bit of|(went|goes|go(ne)?) away (with)?in (a few |few )?minutes|"
    r"(doesnt|does not|dont|do not|not) (really )?bother(ing)?|no bother|not bothering|"
    r"(clear(s|ed)?|went|goes|go(ne)?|settle[sd]?|fade[sd]?|disappear(s|ed)?) (up |away |down )?"
    r"(once|when|after (i|we|he|she|they|stopping|removing|taking it off))|fades? (with)?in (a few |few )?minutes)\b"
)
SEVERE = re.compile(
    r"\b(severe(ly)?|very (bad|painful|itchy|sore)|really (bad|painful|sore)|unbearable|excruciating|agony|"
    r"getting worse|worse and worse|spreading|keeps spreading|can ?t sleep|bleeding|blistering)\b"
)
# A medicine named as a long-term immune-suppressing treatment ("I'm on methotrexate") is not a new
# medicine, unless the description says it was started ("started azathioprine last month").
NEWLY_STARTED = re.compile(
    r"\b(start(ed|ing)|began|begun|since taking|after taking|just been (put )?on|recently (put )?on|"
    r"new (medicine|medication|tablets?|pills?|drug|prescription|treatment|antibiotics?))\b"
)


# The catalogue ids the matcher's code names, written here only (a test checks each one is in the
# shipped catalogue). Sites inside the body's openings: "blisters on my gums" reads as mouth
# blisters and, from the same word, as blisters, but says nothing of blisters on the skin (triage).
MUCOSAL_SITES = frozenset("mouth lips eyes genitals".split())
# A site question says "Is it in your mouth?", not "on" (questions); "widespread" is not a place to
# ask about: a rash all over is a sign (erythroderma, ...).
SITE_PREPOSITION = {"mouth": "in", "eyes": "in", "sinuses": "in", "armpits": "in", "groin": "in", "skin-folds": "in"}
NOT_ASKED_SITES = frozenset({"widespread"})
# Triggers read by name: a medicine named by its generic name, and a long-term immune-suppressing
# treatment, which is not the new medicine of a drug reaction (triage).
MEDICINES, IMMUNOSUPPRESSION = "medicines", "immunosuppression"
CATALOGUE_IDS = {
    "sites": MUCOSAL_SITES | set(SITE_PREPOSITION) | NOT_ASKED_SITES,
    "triggers": frozenset({MEDICINES, IMMUNOSUPPRESSION}),
}
