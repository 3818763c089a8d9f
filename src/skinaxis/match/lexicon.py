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
# A negated helping verb ("doesn't", "won't", "never"), as a regex fragment: the rewrites of
# negated verbs read as one word ("won't heal", "doesn't fade") are all built on it.
NEG_AUX = r"(?:(?:does|do|did|has|have|is|are|was|were)\s*n[o'’]?t|won[’']?t|will not|not|never)"
# Words that deny, with the negated auxiliaries the negation rules read as "not" ("won't go"): the
# text channel reads none of them ("spots that won't go away" is not about pages saying "won't").
DENYING_WORDS = NEGATIONS | frozenset("wont couldnt wouldnt shouldnt aint hadnt mustnt".split())
# "The bread has mould spots", "my car has rust patches": a clause whose subject is a thing (no person,
# body part or skin word in it) says nothing about anyone's skin (is_about_skin).
DETERMINERS = frozenset("the my our his her their this that these those".split())
# Pronouns that open a clause about a person, after an animal too ("the dog knocked him over, and
# he has a rash"); possessives and "it" stay with the animal ("his fur", "it keeps scratching").
PERSON_SUBJECTS = frozenset("i im ive id he hes she shes they theyre we".split())
# ... when the clause says what only a person has or says: a person's own parts, or an illness
# ("... and he has a rash and a high temperature"); "he keeps scratching" stays the dog's.
PERSON_CUES = frozenset(
    "arm arms hand hands finger fingers thumb wrist wrists elbow elbows knee knees lip lips fever temperature temp "
    "feverish hot drowsy sleepy floppy breathing breathe breath vomiting sick unwell shivering shivery confused "
    "school nursery work".split()
)
THING_SUBJECT = re.compile(
    rf"^\s*(?:{'|'.join(sorted(DETERMINERS))})\s+((?:[a-z]+\s+){{0,6}}?)"
    r"(?:has|have|had|is|are|was|were|keeps|keep|kept|got|gets|looks|look)\b"
)
# A thing that left, gave or caused a skin word is about the skin it touched ("my watch strap has
# left an itchy rash"), where a thing that has one is not ("my car has rust patches").
CAUSING = frozenset(
    # Not "leaves" or "makes": "yellow spots on the leaves" is a plant's.
    stem(w)
    for w in "left gave given caused causes causing made brought brings triggered".split()
)
# An animal's skin is not a person's: a clause whose subject is an animal is about the animal, its
# ears and back included ("my dog keeps scratching his ears", "the horse has lumps on his back").
ANIMALS = frozenset(
    "dog dogs puppy puppies cat cats kitten kittens horse horses pony ponies rabbit rabbits hamster "
    "hamsters guinea pig pigs fish goldfish bird birds parrot budgie cow cows sheep goat goats chicken "
    "chickens ferret tortoise lizard snake labrador lab spaniel terrier collie poodle retriever pug dachshund "
    "greyhound husky alsatian beagle bulldog whippet staffie chihuahua moggy pup gerbil mouse mice rat rats".split()
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
# Words of a rash that does not fade (as rewritten: "nonfade", "nonblanch") and of purple spots: a
# denial before an "and" ends there rather than reach them ("no fever and purple spots that don't
# fade"); a denial of their own ("and no rash that doesn't fade") still denies them.
NOT_DENIED_AFTER_AND = frozenset("nonfade nonblanch nondisappear purple purpura petechiae petechial".split())
CLAUSE = re.compile(r"[.;!?\n:()\[\]]+")  # sentences: phrases match within one
COMMA = re.compile(r"[,/]+")  # a comma ends a negation ("no fever, itchy") but not a phrase

# Words before an age word that put it in the past: "as a child", "when I was a teenager".
PAST_AGE = re.compile(r"\b(?:as an?|when i was(?: an?| little| young)?|since i was(?: an?)?|since)$")
AGE_WORDS = {
    # A child only implied: a nappy, a nursery, a grizzly little one.
    "infant": (
        "baby",
        "babies",
        "infant",
        "newborn",
        "toddler",
        "months old",
        "month old",
        "weeks old",
        "week old",
        "nappy",
        "nappies",
        "diaper",
    ),
    "child": (
        "child",
        "children",
        "kid",
        "kids",
        "son",
        "daughter",
        "boy",
        "girl",
        "school",
        "schoolchild",
        "toddler",
        "nursery",
        "preschool",
        "grizzly",
    ),
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
        "care home",
        "old man",
        "old woman",
        "old lady",
        "old gentleman",
        "granny",
        "grandad",
        "granddad",
        "great grandmother",
        "great grandfather",
    ),
}
# An age said with a number: "aged 40", "I'm 40", "40 years old", "40yo", "49F" (a clinician's note).
# A bare "2 years" is how long, not how old ("Raynaud's 2 years").
AGE_NUMBER = re.compile(
    r"\b(?:(?:age[d]?|i\s*am|im)\s*(\d{1,3})\b|(\d{1,3})\s*(?:years?\s*old|yrs?\s*old|year old|yo|y o)\b"
    r"|(\d{1,3})\s?[fm]\b)(?!\s*(?:ago|weeks?|wks?|months?|days?))"
)
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
    thread cry cries crying cried scream screams screaming drain drains drained draining
    press pressed pressing glass tumbler push pushed roll rolled easy easily
    bare barely extreme extremely random speak speaking emphysema susceptibility uncontrollable
    uncontrollably""".split()
)
# Words about oneself: "look after myself", "self-assessment", "taught myself" are not thoughts of
# self-harm, however few signs use them; they name nothing alone (a sign phrase may still hold them).
# "This itch is killing me" is an idiom, not a wish to die ("kill myself" is still read whole).
KNOWN_WORDS |= frozenset(
    stem(w) for w in "self myself yourself himself herself themselves ourselves itself kill killing".split()
)


# Words that name a danger sign only inside its phrases, never alone: "walks with a limp" is no
# floppy person, a crackling knee no gas under the skin, an insane amount of spots no agony.
# "Clammy hands", "sweaty and clammy" are nerves or heat: only "cold and clammy" or "clammy and pale" is sepsis skin.
KNOWN_WORDS |= frozenset(stem(w) for w in "limp crackle crackles crackling crunchy insane unbearable clammy".split())


# Words for separate spots of a rash: between a phrase's words they make it another thing (recognise).
LESION_WORDS = frozenset(
    stem(w)
    for w in """spot spots drop drops dot dots bump bumps patch patches blotch blotches mark marks lump lumps
    pimple pimples blister blisters welt welts hive hives plaque plaques""".split()
)
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
# A problem said to have lasted months or years ("for 3 months", "since 2 years", "months now"),
# and words of a sudden or recent start, which take that back ("for 10 years, and since
# yesterday...": the new thing is what matters).
LASTING = re.compile(
    r"\b(?:(?:for|since|over|past|last)\s+(?:the\s+)?(?:last\s+|past\s+)?(?:about\s+|nearly\s+|almost\s+|over\s+)?"
    r"(?:\d+|a few|few|several|many|two|three|four|five|six|seven|eight|nine|ten|twelve|a couple of|couple of)\s+"
    r"(?:months?|munths?|years?|yrs?)"
    r"|(?:months|years) now|since (?:i was|childhood|a kid|a child|a baby|birth))\b"
)
RECENT = re.compile(
    r"\b(?:yesterday|overnight|suddenly|sudden|last night|this morning|today|hours?|days?|"
    r"(?:a|one|two|this|last) weeks?|started (?:a |taking |on )?(?:a )?new|took a new|"
    r"after (?:a |the |starting (?:a )?|taking (?:a )?)?new)\b"
)
# Signs outside the skin that need a doctor today even when nothing of the skin is described (a
# drowsy child, shivers): out of scope is no reason for "self-care". A fever, breathlessness (on the
# stairs; after a sting it is the sting flag's), feeling faint or feeling very unwell alone ("my
# heart is racing") is not among them; a fever or
# feeling very unwell in a baby, or after a bite or a wound, is (UNWELL_AFTER_INJURY).
OUT_OF_SCOPE_WARNINGS = frozenset("child-breathing-difficulty fast-breathing drowsy hard-to-rouse rigors".split())
UNWELL_AFTER_INJURY = frozenset({"fever", "feeling-very-unwell"})
BABY = re.compile(r"\b(?:baby|babies|infant|newborn|(?:weeks?|months?) old)\b")  # not a toddler
# One insect bite said as one ("a mosquito bite on my ankle", "a midge bit me"): not a condition
# of the catalogue, and usually settled at home. Not a tick (Lyme disease) or a spider, not a
# guess taken back ("I thought it was bed bugs"), not bites all over or for weeks.
MILD_BITERS = frozenset("mosquito mozzie mossie midge gnat insect bug flea horsefly".split())
# Every insect or small creature whose bite or sting is not an animal's bite (the animal-bite flag).
INSECTS = MILD_BITERS | frozenset(
    "mosquitoes midges gnats insects bugs fleas fly flies tick ticks spider spiders ant ants bee bees wasp wasps "
    "hornet hornets bedbug bedbugs something".split()
)
_MILD_BITER = rf"(?:{'|'.join(sorted(MILD_BITERS))}|horse fly)"
INSECT_BITE = re.compile(rf"\b(?:{_MILD_BITER}\s+(?:bites?|bit|has bitten)|(?:bitten|bit) by (?:an? )?{_MILD_BITER})\b")
BITE_DOUBTED = re.compile(
    r"\b(?:thought|wondered|not|no|never|isnt|wasnt|maybe|if|whether|or|was it|is it|could|might)\s+(?:\w+\s+){0,3}$"
)
NOT_ONE_BITE = re.compile(
    r"\b(?:ticks?|spiders?|all over|everywhere|whole|dozens|hundreds|loads of|lots of|weeks?|months?|years?|ages|"
    r"keeps? (?:getting|coming)|every (?:day|night)|like|looks? like|without|havent|hasnt|said|also|"
    # A bite of five days or more, or in someone at risk of its infection, is for a doctor to see.
    r"(?:[5-9]|\d{2,}|five|six|seven|eight|nine|ten) days|joints?|aches?|lymph\w*|diabet\w*|sickle|chemo\w*|"
    r"steroids?|immune|transplant)\b"
)
# All that one insect bite may come with to stay self-care: an itchy bump, some redness. Any other
# sign, an age at either end of life, or any other trigger (a medicine, chemotherapy) is for triage.
MILD_BITE_READINGS = frozenset(
    "pruritus papules spots lumps erythema night-itch prurigo-nodules skin-injury bites-and-stings age-child age-teen "
    "age-adult".split()
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
