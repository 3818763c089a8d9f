"""Rewrites of a description before it is read: idioms whose words would mislead, negated verbs
read as one word ("won't heal" -> "nonheal"), and phrasings that say one thing in several words
("never had spots, now deep ones": "ones" is the spots). Applied alike to descriptions and to the
catalogue's phrases (vocabulary.py), so both are read the same way.
"""

from __future__ import annotations

import re

from .lexicon import COMMA, NEG_AUX
from .not_skin import not_skin
from .said_otherwise import said_otherwise

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
# "Doesn't fade" is one thing a rash does, not a denial of what follows: without this, "spots that
# don't fade and a high temperature" denied the temperature. It becomes one word, "nonfade".
# Only the forms of these verbs: "not got a temperature" must keep its denial ("go\\w*" ate "got").
_NOT_FADING = re.compile(
    # "dissapear", "disapear" too; "fading" drops the e
    rf"\b{NEG_AUX}\s+(fad(?=ing)|fade|blanch|go|dis+ap+e+ar|vanish)(?:s|d|es|ed|ing|ne)?\b",
    re.I,
)
# A rash or a condition "not responding to treatment", "won't respond to anything" resists its
# treatment: no unresponsive person. A person not responding to a voice, a touch or pain still is.
_NOT_RESPONDING_TO = re.compile(
    rf"\b{NEG_AUX}\s+(?:really\s+|been\s+)?respond(?:s|ed|ing)?\s+(?:well\s+|at all\s+)?"
    r"(?=(?:to\s+(?!(?:me|us|you|him|her|them|my|his|her|their|your|our|voices?|touch\w*|sounds?|noises?|pain|"
    r"being|anyone|anybody|people|mum|mom|dad|names?)\b)|anything|any\s+(?:treatment|cream|tablets?|medicines?)))",
    re.I,
)
# Or said of a rash or a condition with nothing after: "my eczema is not responding".
_CONDITION_NOT_RESPONDING = re.compile(
    r"\b(rash|eczema|psoriasis|acne|hives|spots|condition|infection|cellulitis|dermatitis|rosacea)\s+"
    rf"(?:(?:is|are|has|have)\s+)?{NEG_AUX}\s+(?:really\s+|been\s+)?respond(?:s|ed|ing)?\b",
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
_CANNOT_STOP = re.compile(rf"\b(?:can\s*n?[o'’]?t|cannot|could\s*n[o'’]?t|could not|{NEG_AUX})\s+stop\b", re.I)
# A sore that "won't heal", "hasn't healed" or "never fully heals" is one thing, "nonheal", like
# "nonfade": its "not" must not deny the sore or what comes after it.
_NOT_HEALING = re.compile(
    rf"\b{NEG_AUX}\s+(?:(?:fully|properly|completely|quite|really|yet|been|got|seem(?:s|ed)? to)\s+)*"
    r"heal(?:s|ed|ing)?\b",
    re.I,
)
# "Getting bigger" is growth; the stem of "bigger" is "big", and "a big red patch" is not spreading.
_GROWING = re.compile(
    r"\b(?:(?:get(?:s|ting)?|got(?:ten)?|gone|grown|grow(?:s|ing)?|become|becoming|became)\s+"
    r"(?:(?:a lot|much|a bit|a little|slightly|even|way)\s+)?(?:bigger|larger|wider|longer)"
    r"(?: and (?:bigger|larger|wider|longer))?"  # "got bigger and bigger": one growth
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
# turned blue now (a collapse): "my lips go blue when I swim in cold water". So do feet or hands
# that "go cold and pale in winter" (Raynaud's), not a limb that has gone cold and pale now.
_BLUE_IN_COLD = re.compile(
    r"\b(lips|feet|foot|hands?|legs?)\s+(?:go|goes|turn|turns)\s+(?:cold\s+and\s+)?(?:blue|purple|white|pale)"
    r"(?:\s+and\s+cold)?\b"
    r"(?=[^.;!?]*\b(?:cold|chilly|freezing|winter|swim|swimming|every time|whenever)\b)",
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
_GROWS = r"grow\w*|grew|bigger|larger|wider|darker|darken\w*|chang\w*"
_SPOT_CHANGES = re.compile(rf"\b(?:{_GROWS}|spread\w*)\b", re.I)
_DOUBT_REACH = 5  # words before a knock verb where a denial or a doubt takes the knock back


def _knocked(part: str) -> bool:
    for knock in _KNOCK.finditer(part):
        before = COMMA.split(part[: knock.start()])[-1].split()[-_DOUBT_REACH:]
        if not _DOUBTED.search(" ".join(before)):
            return True
    return False


_DENIED_WORD = re.compile(rf"\b{_DENIED}\b", re.I)


def _changes(part: str, change: re.Pattern[str] = _SPOT_CHANGES) -> bool:
    """A word of change not denied right before it ("it is getting darker", not "it has not changed")."""
    return any(not _DENIED_WORD.search(" ".join(part[: m.start()].split()[-2:])) for m in change.finditer(part))


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
# Anaphylaxis long ago is read the same way ("I had anaphylaxis to peanuts as a child").
_PAST_FAINT = re.compile(
    r"\b(?:fainted|passed out|blacked out|collapsed|lost consciousness|anaphylaxis|anaphylactic (?:shock|reaction))\b",
    re.I,
)
_LONG_AGO = re.compile(
    r"\b(?:last (?:year|month|summer|winter|spring|autumn|christmas)|(?:years|months) (?:ago|back)|"
    r"(?:a|an|one|two|three|four|five|six|\d+|a few|few|several|many|some) (?:years?|months?) (?:ago|back)|"
    r"as a (?:child|kid|baby|teenager|teen|student)|in (?:19|20)\d\d|in the past (?:few )?years|"
    r"when (?:i|he|she|they) (?:was|were) (?:young|younger|little|small|a child|a kid|a baby|a teenager))\b",
    re.I,
)
_TODAY = re.compile(
    r"\b(?:now|today|tonight|this (?:morning|afternoon|evening|week)|yesterday|last night|again|just|keeps?|still|"
    r"hours?|minutes?|mins?|earlier)\b",
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
    # Not black skin somewhere, or by a wound, or turning ("black skin on my toe", "black skin around
    # the wound"): that is dying tissue, not the person's colour.
    r"(?! (?:patch|spot|mark|area|blotch)"
    r"| (?:on|around|at|near|by|under|over|in|of)\b"
    r"| (?:is |has )?(?:turning|gone|going|went|turned))",
    re.IGNORECASE,
)


# Pain far worse than the skin looks is the warning sign of a deep infection. Its words are little
# ones ("than", "it", "looks" are stopwords): read whole as one word, never as "much worse".
# "Worse than the redness suggests", "more than it should be" and "out of proportion" say it too;
# the words between the pain and the comparison are kept ("the pain in my leg is ...": the leg).
_OUT_OF_PROPORTION = re.compile(
    r"\b(?:pain|painful|agony|hurts?|hurting|sore|tender)\b(?P<between>(?:\W+\w+){0,4}?)\W+"
    r"(?:(?:much|way|far|a lot|so much|totally|completely)\s+)?"
    r"(?:(?:worse|more) than (?:it |they |the \w+ )?(?:looks?(?: like it should)?|suggests?|should(?: be)?|seems?)"
    r"|out of proportion)\b",
    re.IGNORECASE,
)


# A sore throat is not a sore on the skin: one word, alike in descriptions and in the catalogue's
# phrases (streptococcal throat infection still reads as the trigger it is).
_SORE_THROAT = re.compile(r"\bsore\s+(throats?)\b", re.IGNORECASE)


# A small mark said to hurt unbearably is pain out of proportion to how the skin looks, the warning
# sign of a deep infection: "a small cut but the pain is unbearable". Not where pain is its nature: a
# tiny mouth ulcer, shingles, blisters or gout are often agony.
_SEVERE_PAIN = re.compile(
    r"\b(?:unbearable|excruciating|agony|agoni[sz]ing|worst pain|extremely painful|insane)\b", re.IGNORECASE
)
_SMALL_MARK = re.compile(
    r"\b(?:small|little|tiny|minor|wee)\s+(?:red\s+|pink\s+|paper\s+)?"
    r"(?:cut|scratch|graze|nick|scrape|wound|bite|patch|mark|area|prick|puncture)\b",
    re.IGNORECASE,
)
_PAINFUL_BY_NATURE = re.compile(
    r"\b(?:mouth|tongue|gums?|lips?|teeth|tooth|throat|ulcers?|shingles|blisters?|cold ?sores?|gout|joints?)\b",
    re.IGNORECASE,
)


def _small_but_agony(text: str) -> str:
    return "".join(
        _SEVERE_PAIN.sub(lambda m: m.group(0) + " pain outofproportion", part)
        if _SMALL_MARK.search(part) and not _PAINFUL_BY_NATURE.search(part)
        else part
        for part in re.split(r"([.;!?\n]+)", text)
    )


# An itch said to be unbearable or agony is a severe itch, not pain: "the itch is unbearable".
_SEVERE_ITCH = re.compile(
    r"\b(itch\w*)\b((?:\W+\w+){0,2}?)\W+(?:unbearable|excruciating|agony|agoni[sz]ing|insane)\b"
    r"|\b(?:unbearable|excruciating|agoni[sz]ing|insane)\W+(itch\w*)\b",
    re.IGNORECASE,
)


def _severe_itch(text: str) -> str:
    return _SEVERE_ITCH.sub(
        lambda m: f"{m.group(1)}{m.group(2)} intense" if m.group(1) else f"intense {m.group(3)}", text
    )


# "Every inch of my body" is everywhere ("every" is a little word, and an inch alone is small).
_EVERY_INCH = re.compile(r"\bevery (?:single )?inch\b", re.IGNORECASE)


def _every_inch(text: str) -> str:
    return _EVERY_INCH.sub("everywhere", text)


# A singular dark spot said to grow or darken is a mole that changes ("a new black spot ... is
# getting bigger"); dark spots in the plural ("from old acne") are pigment. Nails have their own reading.
_DARK_SPOT_SINGLE = re.compile(r"\b(?:dark|black|brown)(?: (?:brown|black))? (spot|mark|freckle)\b", re.I)


# Not on a toe or finger, by a wound, or when only spreading is said: black skin that spreads or
# hurts there is dying tissue (skin necrosis), not a mole.
_NOT_A_MOLE_PLACE = re.compile(r"\b(?:toes?|fingers?|fingertips?|wound|cut|ulcer|sore|nail\w*)\b", re.I)
_MOLE_CHANGES = re.compile(rf"\b(?:{_GROWS})\b", re.I)


def _dark_spot_growing(text: str) -> str:
    return "".join(
        _DARK_SPOT_SINGLE.sub("mole", part)
        if not _NOT_A_MOLE_PLACE.search(part) and _changes(part, _MOLE_CHANGES)
        else part
        for part in re.split(r"([.;!?\n]+)", text)
    )


# A sore, scab or spot that "never goes away" does not heal: one word, "nonheal", as "won't heal".
# Not with a glass or a press, where spots that do not go away are spots that do not fade.
_NEVER_GOES_AWAY = re.compile(rf"\b{NEG_AUX}\s+(?:go|goes|gone|went|going)\s+away\b", re.IGNORECASE)
_ONE_SORE = re.compile(r"\b(?:sore|scab|spot|ulcer|wound|lump|growth)\b", re.IGNORECASE)
_PRESSED = re.compile(r"\b(?:glass|press\w*|push\w*|tumbler|blanch\w*|fade\w*)\b", re.IGNORECASE)


def _never_goes_away(text: str) -> str:
    return "".join(
        _NEVER_GOES_AWAY.sub("nonheal", part) if _ONE_SORE.search(part) and not _PRESSED.search(part) else part
        for part in re.split(r"([.;!?\n]+)", text)
    )


# "Floppy" of a blister, the skin, an ear or an eyelid describes the thing, not a floppy person.
_FLOPPY_BLISTER = re.compile(r"\bfloppy(?=\s+(?:blisters?|bubbles?)\b)", re.IGNORECASE)
_FLOPPY_THING = re.compile(
    r"\b(skin|eyelids?|ears?)"
    r"((?:\s+(?:is|are|feels?|looks?|gone|has|so|very|really|quite|loose and|loose)){1,4})\s+floppy\b"
    r"|\bfloppy(?=\s+(?:skin|eyelids?|ears?)\b)",
    re.IGNORECASE,
)


def _floppy_thing(text: str) -> str:
    text = _FLOPPY_BLISTER.sub("flaccid", text)
    return _FLOPPY_THING.sub(lambda m: f"{m.group(1)}{m.group(2)} loose" if m.group(1) else "loose", text)


# "I can't breathe through my nose" is a blocked nose, not a struggle to breathe.
_NOSE_BREATHING = re.compile(
    r"\bbreathe?\s+(?:through|thru|out of|in through)\s+(?:my|his|her|the|their|one)\s+nose\b", re.I
)


# A colour said after its patch ("patches that have gone completely white", "areas much paler
# than the rest of me") is the colour of the patch: read as "white patches".
_TURNED_COLOUR = re.compile(
    r"\b(patch(?:es)?|spots?|areas?|marks?|blotch(?:es)?)(?:\s+of\s+(?:my\s+)?skin)?"
    r"((?:,?\s+(?:and\s+)?(?:on|in|around|round|across|over|under|near|by)\s+(?:my|his|her|their|the|both|each)"
    r"(?:\s+\w+){1,3}?){0,2},?)"
    r"((?:\s+(?:that|which|have|has|had|'ve|are|is|were|was|just|now|slowly|gradually|gone|turned|turning|go|"
    r"going|become|became|went|got|getting|look|looks|looking|completely|totally|really|very|much|quite|a bit|a lot|"
    r"almost|pure|stark|all|so|kind of|sort of)){1,5})\s+(white|pale|whiter|(?:paler|lighter)(?=\s+than\b))\b",
    re.IGNORECASE,
)


# Hair that "fell out in a perfectly round smooth patch" left a bald patch.
_HAIR_OUT_IN_PATCHES = re.compile(
    r"\b(?:hair|beard|eyebrows?)\s+(?:(?:has|have|is|are|keeps?)\s+)?(?:fell|falls?|falling|fallen|came|comes?|coming)\s+out"
    r"\s+in\s+(?:an?\s+|one\s+|two\s+|three\s+|several\s+|some\s+)?(?:[a-z]+[\s,]+){0,3}?"
    r"(?:patch(?:es)?|circles?|spots?|places?)\b",  # not "clumps": hair shed all over
    re.IGNORECASE,
)

_PATCH_WORD = {"area": "patch", "areas": "patches"}
_COLOUR_WORD = {"paler": "pale", "lighter": "light", "whiter": "white"}


_COLD_OR_PAIN = re.compile(r"\b(?:cold|numb|pain\w*|agony|hurts?)\b", re.IGNORECASE)


def _colour_first(m: re.Match[str]) -> str:
    # "A patch on my foot that has gone pale and cold and very painful" is a limb losing its blood
    # supply, not a white patch.
    if _COLD_OR_PAIN.search(m.string[m.end() : m.end() + 40]):
        return m.group(0)
    colour, thing = m.group(4).lower(), m.group(1).lower()
    return f"{_COLOUR_WORD.get(colour, colour)} {_PATCH_WORD.get(thing, thing)}{m.group(2)}"


def rewrite(text: str) -> str:
    text = _NOSE_BREATHING.sub("nosebreathe", text)
    text = not_skin(text)
    text = said_otherwise(text)
    text = _SORE_THROAT.sub(r"sore\1", text)
    text = _OUT_OF_PROPORTION.sub(lambda m: "pain outofproportion" + m.group("between"), text)
    text = _small_but_agony(_every_inch(_severe_itch(text)))
    text = _floppy_thing(_never_goes_away(_dark_spot_growing(text)))
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
    text = _CONDITION_NOT_RESPONDING.sub(r"\1 resistant", _NOT_RESPONDING_TO.sub("resistant ", text))
    text = _NOT_FADING.sub(
        lambda m: "non" + {"dis": "disappear", "fad": "fade"}.get(m.group(1)[:3].lower(), m.group(1).lower()), text
    )
    text = _NAIL.sub(r"\1", text)
    text = _FAINT_MARK.sub("pale", text)
    text = _NO_FEVER.sub(lambda m: f"no {m.group(1) or 'fever'}", text)
    text = _HAIR_OUT_IN_PATCHES.sub("bald patch", text)
    text = _TURNED_COLOUR.sub(_colour_first, text)
    return _JOINED.sub(lambda m: m.group(1).replace("'", "") + m.group(2), text)
