"""The symptom explorer: recognise what a description names, rank conditions, and triage.

Recognition finds manifestations, body sites and triggers by their names and everyday synonyms
(word forms via `text.stem`, small typos via edit distance, words in any order within a short
window), notes negation ("no blackheads") and context (age, pregnancy).

Ranking is a weighted evidence sum over the catalogue's qualified links. Each recognised sign
carries a specificity weight (inverse document frequency: itch, shared by many conditions, weighs
little; Gottron papules weigh a lot). A condition gains the weight times how characteristic the
sign is for it (hallmark 1.0 ... rare 0.12) and a little more when the sign is where it usually
is; it loses weight for recognised signs it does not show, for its hallmarks that were denied,
for contrasting signs (flaccid against tense blisters) and for an age outside its usual onset.

Triage takes the most urgent of the global red flags and of the leading conditions' own red
flags that the description satisfies. It is not a diagnosis and never claims to be.
"""

from __future__ import annotations

import heapq
import marshal
import math
import re
import sqlite3
from typing import TYPE_CHECKING, Any

from . import model
from .record import field, record
from .store import in_chunks, placeholders
from .text import normalise, stem
from .vocab import FREQUENCY_WEIGHT, KIND_SECTION, STRENGTH_WEIGHT, URGENCY_RANK, as_words

if TYPE_CHECKING:
    from .store import StoredCatalogue

MAX_CHARS = 4000  # a description longer than this is cut: people describe, they do not paste books
TOP_CONDITIONS = 8

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
    deep new sudden constant persistent little tender pink""".split()
)
PARTIAL_MAX_SIGNS = 6  # a partial match needs a word that at most this many signs use
LOCATIVE = frozenset(
    stem(w) for w in "all over under around whole everywhere behind between inside outside top bottom near".split()
)
# Words too general to recognise anything on their own ("most of my skin" is not a body site).
GENERIC = frozenset(stem(w) for w in "skin body area areas part parts place bit thing things".split())
NEGATIONS = frozenset(
    (
        "no not without never none nor neither dont doesnt didnt isnt arent wasnt werent havent hasnt "
        "cant cannot denies deny absent lack lacking"
    ).split()
)
BREAKS = frozenset("but however though although except yet whereas".split())
NEGATION_WINDOW = 5
_CLAUSE = re.compile(r"[.;!?\n:()\[\]]+")  # sentences: phrases match within one
_COMMA = re.compile(r"[,/]+")  # a comma ends a negation ("no fever, itchy") but not a phrase

SYSTEMIC_SIGNS = frozenset(
    {
        "fever",
        "weight-loss",
        "muscle-weakness",
        "haematuria",
        "breathlessness",
        "abdominal-pain",
        "uveitis",
        "dysphagia",
    }
)
SELF_CARE_CATEGORIES = frozenset({"topical-treatments", "self-care", "gut-directed"})

AGE_WORDS = {
    "infant": ("baby", "babies", "infant", "newborn", "toddler", "months old"),
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
AGE_NUMBER = re.compile(r"\b(?:age[d]?\s*|i\s*am\s*|im\s*)?(\d{1,3})\s*(?:years?|yrs?|yo|y o|year old)?\b")


@record
class Recognised:
    type: str  # manifestation | site | trigger | context | red-flag
    id: str
    name: str
    text: str
    negated: bool = False
    confidence: float = 1.0
    # Where in the text it was found (clause, first word, last word): signs read from the same
    # words are alternative readings, scored as one.
    span: tuple[int, int, int] | None = field(default=None, repr=False, compare=False)
    shadowed: bool = field(default=False, repr=False, compare=False)  # inside a longer reading: not shown


@record
class Ranked:
    id: str
    name: str
    score: float
    supporting: list[str] = field(default_factory=list)
    opposing: list[str] = field(default_factory=list)


@record
class Triage:
    level: str
    reasons: list[str]


@record
class MatchResult:
    query: str
    recognised: list[Recognised]
    conditions: list[Ranked]
    triage: Triage
    note: str = ""


@record
class _Phrase:
    type: str
    id: str
    stems: tuple[str, ...]  # content stems, order-free
    text: str


class Vocabulary:
    """Phrases of manifestations, sites, triggers and red-flag wording, indexed by stem.

    Built from the checked catalogue when the store is written; runs read it back through
    StoredVocabulary."""

    def __init__(self, catalogue: model.Catalogue):
        self.phrases: list[_Phrase] = []
        self.by_stem: dict[str, list[int]] = {}
        for section, kind in (
            ("manifestations", "manifestation"),
            ("sites", "site"),
            ("triggers", "trigger"),
            ("conditions", "condition"),
        ):
            for entry in catalogue.sections[section].values():
                for label in entry.labels:
                    self._add(kind, entry.id, label)
        for flag in catalogue.red_flags.values():
            for phrase in flag.phrases:
                self._add("red-flag", flag.id, phrase)
        # A condition's name counts only when it is not also everyday sign vocabulary ("spots").
        sign_words = {w for kept in self.phrases if kept.type != "condition" for w in kept.stems}
        self.phrases = [p for p in self.phrases if p.type != "condition" or not set(p.stems) <= sign_words]
        self.by_stem = {}
        for index, kept in enumerate(self.phrases):
            for word in set(kept.stems):
                self.by_stem.setdefault(word, []).append(index)
        self.stems = set(self.by_stem)
        # Each sign with the broader signs it implies: used by recognition and by ranking.
        self.implies = _broader(catalogue)
        self.common = MODIFIERS
        # Distinctive words: a word that names one sign only ("sausage" in "sausage finger") is
        # evidence for it on its own, at lower confidence, when no whole phrase matched.
        owners: dict[str, set[str]] = {}
        other_kinds: set[str] = set()
        carrying: set[str] = set()  # words that carry a short phrase (two words at most)
        for entry in self.phrases:
            for word in entry.stems:
                if entry.type == "manifestation":
                    owners.setdefault(word, set()).add(entry.id)
                    if len(entry.stems) <= 2:
                        carrying.add(word)
                else:
                    other_kinds.add(word)
        # How many signs use each word: a partial match must rest on a word few signs share.
        self.sign_count = {word: len(ids) for word, ids in owners.items()}
        self.distinctive = {
            word: next(iter(ids))
            for word, ids in owners.items()
            if len(ids) == 1
            and word in carrying
            and len(word) >= 4
            and word not in other_kinds
            and word not in MODIFIERS
            and word not in LOCATIVE
            and word not in GENERIC
            and word not in KNOWN_WORDS
            and not word.isdigit()
        }

    def _add(self, kind: str, entry_id: str, label: str) -> None:
        # Negation words inside a phrase ("spots that don't fade") become one token, "not", as
        # they do in a description, so the phrase can match.
        content = tuple(
            dict.fromkeys(
                "not" if w in NEGATIONS else s
                for w, s in ((w, stem(w)) for w in normalise(rewrite(label)).split())
                if s not in STOPWORDS and w not in STOPWORDS
            )
        )
        if all(s in GENERIC for s in content):
            return
        index = len(self.phrases)
        self.phrases.append(_Phrase(kind, entry_id, content, label))
        for s in set(content):
            self.by_stem.setdefault(s, []).append(index)


@record
class _Group:
    """Phrases with the same type and words, and the entries that use them (in catalogue order)."""

    gid: int
    type: str
    stems: tuple[str, ...]
    ids: list[str]


def write_vocabulary(db: sqlite3.Connection, catalogue: model.Catalogue) -> None:
    vocabulary = Vocabulary(catalogue)
    gids: dict[tuple[str, tuple[str, ...]], int] = {}
    owners: dict[int, list[str]] = {}
    for phrase in vocabulary.phrases:
        gid = gids.setdefault((phrase.type, phrase.stems), len(gids) + 1)
        ids = owners.setdefault(gid, [])
        if phrase.id not in ids:
            ids.append(phrase.id)
    db.executemany(
        "INSERT INTO phrase VALUES (?,?,?,?)",
        ((gid, kind, " ".join(stems), marshal.dumps(owners[gid])) for (kind, stems), gid in gids.items()),
    )
    db.executemany(
        "INSERT INTO phrase_stem VALUES (?,?)",
        sorted({(word, gid) for (_kind, stems), gid in gids.items() for word in stems}),
    )
    db.executemany(
        "INSERT INTO implies VALUES (?,?)",
        ((sign, broader) for sign, closure in vocabulary.implies.items() for broader in closure if broader != sign),
    )
    stored = {
        "stems": sorted(vocabulary.stems),
        "sign_count": vocabulary.sign_count,
        "distinctive": vocabulary.distinctive,
        "idf": _specificity(catalogue, vocabulary.implies),
        "contrasts": {m.id: list(m.contrasts) for m in catalogue.manifestations.values() if m.contrasts},
    }
    db.execute("INSERT INTO meta VALUES ('vocabulary', ?)", (marshal.dumps(stored),))


class _Implies:
    """Each sign with the broader signs it implies (itself included), read on demand."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self._known: dict[str, frozenset[str]] = {}
        self._sorted: dict[str, tuple[str, ...]] = {}

    def get(self, sign: str, default: Any = None) -> frozenset[str]:
        closure = self._known.get(sign)
        if closure is None:
            rows = self._db.execute("SELECT broader FROM implies WHERE sign=?", (sign,))
            closure = self._known[sign] = frozenset([sign, *(b for (b,) in rows)])
        return closure

    def broader(self, sign: str) -> tuple[str, ...]:
        """The broader signs only, sorted."""
        found = self._sorted.get(sign)
        if found is None:
            found = self._sorted[sign] = tuple(sorted(self.get(sign) - {sign}))
        return found

    def narrower(self, signs: set[str]) -> dict[str, set[str]]:
        """For each sign, the signs that imply it (its narrower forms)."""
        out: dict[str, set[str]] = {}
        for part in in_chunks(sorted(signs)):
            for sign, broader in self._db.execute(
                f"SELECT sign, broader FROM implies WHERE broader IN ({placeholders(part)})", part
            ):
                out.setdefault(broader, set()).add(sign)
        return out


class StoredVocabulary:
    """The match vocabulary as written into the store: phrases are fetched by the words of a query."""

    def __init__(self, catalogue: StoredCatalogue) -> None:
        data = marshal.loads(catalogue.meta("vocabulary"))
        self._db = catalogue.db
        self.stems: set[str] = set(data["stems"])
        self.sign_count: dict[str, int] = data["sign_count"]
        self.distinctive: dict[str, str] = data["distinctive"]
        self.idf: dict[str, float] = data["idf"]
        self.contrasts: dict[str, list[str]] = data["contrasts"]
        self.common = MODIFIERS
        self.implies = _Implies(catalogue.db)

    def groups(self, stems: set[str]) -> list[_Group]:
        """Every phrase group using one of these words, in vocabulary order."""
        found: dict[int, _Group] = {}
        for part in in_chunks(sorted(stems)):
            rows = self._db.execute(
                "SELECT p.gid, p.type, p.stems, p.owners FROM phrase_stem s JOIN phrase p ON p.gid = s.gid "
                f"WHERE s.stem IN ({placeholders(part)})",
                part,
            )
            for gid, kind, words, owners in rows:
                if gid not in found:
                    found[gid] = _Group(gid, kind, tuple(words.split()), marshal.loads(owners))
        return [found[gid] for gid in sorted(found)]


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


def _correct(token: str, vocabulary: StoredVocabulary) -> str | None:
    """The vocabulary stem a misspelt word most likely meant (edit distance 1, or 2 when long)."""
    if token in vocabulary.stems or len(token) < 4 or token in STOPWORDS or token in KNOWN_WORDS or token.isdigit():
        return None
    from rapidfuzz.distance import DamerauLevenshtein

    allowed = 1 if len(token) < 8 else 2
    best: tuple[int, str] | None = None
    for candidate in vocabulary.stems:
        if abs(len(candidate) - len(token)) > allowed or len(candidate) < 4:
            continue
        distance = DamerauLevenshtein.distance(token, candidate, score_cutoff=allowed)
        if distance <= allowed and (best is None or (distance, candidate) < best):
            best = (distance, candidate)
    return best[1] if best else None


@record
class _Token:
    raw: str
    stem: str
    negated: bool
    corrected: bool = False


# Idioms whose words would mislead: "keeps coming back" is about time, not the back; hay fever
# is not a fever; Sweet syndrome is not about sweets. Applied alike to descriptions and phrases.
_BACK_IDIOM = re.compile(
    r"\b(com(?:e|es|ing)|came|go(?:es|ing)?|went|got|get(?:s|ting)?|flare[sd]?|flaring)\s+back\b", re.I
)
_JOINED = re.compile(r"\b(hay|glandular|scarlet|sweet'?s?)\s+(fever|syndrome)\b", re.I)


def rewrite(text: str) -> str:
    text = _BACK_IDIOM.sub(r"\1 again", text)
    return _JOINED.sub(lambda m: m.group(1).replace("'", "") + m.group(2), text)


def _clauses(text: str, vocabulary: StoredVocabulary) -> list[list[_Token]]:
    text = rewrite(text)
    clauses = []
    for part in _CLAUSE.split(text):
        tokens: list[_Token] = []
        negate_left = 0
        words = [w for piece in _COMMA.split(part) for w in [*normalise(piece).split(), ","]]
        for raw in words:
            if raw == ",":
                negate_left = 0
                continue
            if raw in BREAKS:
                if tokens:
                    clauses.append(tokens)
                tokens, negate_left = [], 0
                continue
            if raw in NEGATIONS:
                tokens.append(_Token(raw, "not", False))
                negate_left = NEGATION_WINDOW
                continue
            token_stem = stem(raw)
            if token_stem in STOPWORDS or raw in STOPWORDS:
                if negate_left:
                    negate_left -= 1
                continue
            corrected = False
            if token_stem not in vocabulary.stems:
                fixed = _correct(token_stem, vocabulary)
                if fixed is not None:
                    token_stem, corrected = fixed, True
            tokens.append(_Token(raw, token_stem, negate_left > 0, corrected))
            if negate_left:
                negate_left -= 1
        if tokens:
            clauses.append(tokens)
    return clauses


def recognise(catalogue: StoredCatalogue, text: str, vocabulary: StoredVocabulary | None = None) -> list[Recognised]:
    vocabulary = vocabulary or catalogue.vocabulary()
    found: dict[tuple[str, str], Recognised] = {}
    for clause_number, tokens in enumerate(_clauses(text[:MAX_CHARS], vocabulary)):
        positions: dict[str, list[int]] = {}
        for i, token in enumerate(tokens):
            positions.setdefault(token.stem, []).append(i)
        matches: list[tuple[int, float, int, int, _Group]] = []
        for phrase in vocabulary.groups(set(positions)):
            present = [s for s in phrase.stems if s in positions]
            missing = len(phrase.stems) - len(present)
            # All words, or all but one common modifier of a longer sign phrase.
            if missing:
                absent = [s for s in phrase.stems if s not in positions]
                naming = [s for s in present if s not in MODIFIERS and s not in LOCATIVE and s not in GENERIC]
                if not (
                    missing == 1
                    and len(phrase.stems) >= 3
                    and phrase.type == "manifestation"
                    and absent[0] in vocabulary.common
                    and any(vocabulary.sign_count.get(word, 0) <= PARTIAL_MAX_SIGNS for word in naming)
                ):
                    continue
            spots = sorted(min(positions[s]) for s in present)
            span = spots[-1] - spots[0] + 1
            if span > len(phrase.stems) + (1 if len(phrase.stems) <= 2 else 2):
                continue
            confidence = 1.0 if missing == 0 else 0.6
            matches.append((len(present), confidence, spots[0], spots[-1], phrase))
        # Longer phrases first; a shorter phrase of the same type inside a longer match is dropped.
        # Among equals, the tighter reading (words closer together) and then the earlier one.
        matches.sort(key=lambda m: (-m[0], -m[1], m[3] - m[2], m[2], m[4].gid))
        covered: dict[str, list[tuple[int, int]]] = {}
        for length, confidence, start, end, phrase in matches:
            spans = covered.setdefault(phrase.type, [])
            # A shorter reading inside a longer one ("lumps" in "lumps in my armpit") is kept as an
            # alternative for ranking but not shown; signs are the only type where that helps.
            shadowed = any(s <= start and end <= e and (e - s) > (end - start) for s, e in spans)
            if shadowed and phrase.type != "manifestation":
                continue
            spans.append((start, end))
            used = tokens[start : end + 1]
            negated = all(t.negated for t in used if t.stem in phrase.stems)
            raw = " ".join(t.raw for t in used)
            if len(phrase.ids) > 1 and phrase.type != "red-flag":
                catalogue.load_names(KIND_SECTION[phrase.type], phrase.ids)
            for entry_id in phrase.ids:
                key = (phrase.type, entry_id)
                previous = found.get(key)
                if (
                    previous is None
                    or (previous.negated and not negated)
                    or (previous.negated == negated and length > len(previous.text.split()))
                    # A reading of its own beats one inside a longer reading ("scratch" over the
                    # "itchy" of "itchy tiny blisters"): it is separate evidence.
                    or (
                        previous.negated == negated
                        and length == len(previous.text.split())
                        and previous.shadowed
                        and not shadowed
                    )
                ):
                    found[key] = Recognised(
                        phrase.type,
                        entry_id,
                        _name(catalogue, phrase.type, entry_id),
                        raw,
                        negated,
                        confidence * (0.9 if any(t.corrected for t in used) else 1.0),
                        (clause_number, start, end),
                        shadowed,
                    )
        # Single distinctive words not already part of a matched sign phrase.
        in_phrase = {i for s, e in covered.get("manifestation", []) for i in range(s, e + 1)}
        for i, token in enumerate(tokens):
            sign = vocabulary.distinctive.get(token.stem)
            if sign is None or i in in_phrase or ("manifestation", sign) in found:
                continue
            found["manifestation", sign] = Recognised(
                "manifestation",
                sign,
                _name(catalogue, "manifestation", sign),
                token.raw,
                token.negated,
                0.5,
                (clause_number, i, i),
            )
    for context in _context(text[:MAX_CHARS]):
        found.setdefault((context.type, context.id), context)
    # A reading inside a longer one stays hidden only when the longer one implies it ("blisters"
    # inside "tense blisters"); otherwise ("itchy" inside "tense itchy blisters") it is shown.
    implies = vocabulary.implies
    shown = {r.id for r in found.values() if r.type == "manifestation" and not r.shadowed}
    implied: set[str] = set()
    for other in shown:
        implied |= implies.get(other)
    for reading in found.values():
        if reading.shadowed and reading.id not in implied:
            reading.shadowed = False
    return sorted(
        found.values(),
        key=lambda r: ("manifestation site trigger condition context red-flag".split().index(r.type), r.name),
    )


def _name(catalogue: StoredCatalogue, kind: str, entry_id: str) -> str:
    section = KIND_SECTION[kind]
    if kind == "red-flag":
        flag: model.GlobalRedFlag = catalogue.red_flags[entry_id]
        return flag.text
    return catalogue.name(section, entry_id) or entry_id


# Names of medicines, recognised by their pharmacological stems (hydralazine, minocycline,
# vancomycin, sitagliptin, terbinafine, lisinopril...): a new medicine is a trigger to weigh.
DRUG_NAME = re.compile(
    r"\b[a-z]{3,}(?:mycin|micin|cillin|cycline|floxacin|azine|zepam|pril|sartan|olol|gliptin|statin|"
    r"afine|azole|dipine|prazole|oxacin|platin|tinib|zumab|ximab|mumab|ciclib|thiazide|semide|"
    r"amide|profen|oxetine|triptyline|trexate|dronate|fenac|ifene|tidine|sulfa\w*|sulpha\w*)\b"
)


def _context(text: str) -> list[Recognised]:
    """Age group from numbers or words; medicines named by their generic names."""
    norm = " " + normalise(text) + " "
    out: list[Recognised] = []
    drug = DRUG_NAME.search(norm)
    if drug:
        out.append(Recognised("trigger", "medicines", "Medicines", drug.group(0)))
    for match in AGE_NUMBER.finditer(norm):
        number = int(match.group(1))
        whole = match.group(0).strip()
        if not (re.search(r"(age|year|yr|yo|y o|i am|im)", whole) and 0 < number < 120):
            continue
        group = (
            "infant"
            if number < 2
            else "child"
            if number < 13
            else "teen"
            if number < 18
            else "adult"
            if number < 65
            else "older-adult"
        )
        out.append(Recognised("context", f"age-{group}", f"Age group: {group.replace('-', ' ')}", whole))
        return out
    for group, cues in AGE_WORDS.items():
        for cue in cues:
            if f" {cue} " in norm:
                out.append(Recognised("context", f"age-{group}", f"Age group: {group.replace('-', ' ')}", cue))
                return out
    return out


# ---------------------------------------------------------------- ranking


def _specificity(catalogue: model.Catalogue, implies: dict[str, set[str]]) -> dict[str, float]:
    """Inverse document frequency of each sign over the conditions that show it (or a narrower form)."""
    counts: dict[str, float] = {}
    for condition in catalogue.conditions.values():
        best: dict[str, float] = {}
        for link in condition.manifestations:
            for sign in implies.get(link.id, {link.id}):
                best[sign] = max(best.get(sign, 0.0), FREQUENCY_WEIGHT[link.frequency])
        for sign, weight in best.items():
            counts[sign] = counts.get(sign, 0.0) + weight
    total = max(1, len(catalogue.conditions))
    return {m: math.log(1 + total / (1 + c)) for m, c in counts.items()}


def _broader(catalogue: model.Catalogue) -> dict[str, set[str]]:
    """For each manifestation, itself and every broader sign it implies (tense blisters -> blisters)."""
    out: dict[str, set[str]] = {}
    for entry in catalogue.manifestations.values():
        seen = {entry.id}
        stack = list(entry.broader)
        while stack:
            item = stack.pop()
            if item not in seen:
                seen.add(item)
                parent = catalogue.manifestations.get(item)
                stack.extend(parent.broader if parent else [])
        out[entry.id] = seen
    return out


def _alternatives(positives: dict[str, Recognised]) -> list[list[str]]:
    """Group signs read from overlapping words ("lumps in my armpit": swollen glands or nodules)."""
    groups: list[list[str]] = []
    spans: list[list[tuple[int, int, int]]] = []
    for sign_id, seen in positives.items():
        home = None
        if seen.span is not None:
            clause, start, end = seen.span
            for index, group_spans in enumerate(spans):
                if any(c == clause and s <= end and start <= e for c, s, e in group_spans):
                    home = index
                    break
        if home is None:
            groups.append([sign_id])
            spans.append([seen.span] if seen.span else [])
        else:
            groups[home].append(sign_id)
            if seen.span:
                spans[home].append(seen.span)
    return groups


def rank(
    catalogue: StoredCatalogue, recognised: list[Recognised], vocabulary: StoredVocabulary | None = None
) -> list[Ranked]:
    positives = {r.id: r for r in recognised if r.type == "manifestation" and not r.negated}
    negatives = {r.id: r for r in recognised if r.type == "manifestation" and r.negated}
    sites = {r.id for r in recognised if r.type == "site" and not r.negated}
    triggers = {r.id: r for r in recognised if r.type == "trigger" and not r.negated}
    ages = {r.id.removeprefix("age-") for r in recognised if r.type == "context" and r.id.startswith("age-")}
    named = {r.id for r in recognised if r.type == "condition" and not r.negated}
    if not positives:
        return []
    vocabulary = vocabulary or catalogue.vocabulary()
    implies = vocabulary.implies
    idf = vocabulary.idf
    groups = _alternatives(positives)
    default_idf = max(idf.values(), default=1.0)

    # Who can read each sign: conditions that show it or a narrower form of it ("direct"), and
    # conditions that show a broader form or another form of a broader one ("siblings"). Only
    # these conditions, and those linked to a recognised trigger or named, can gain support.
    broader = {sign: implies.broader(sign) for sign in positives}
    broader_all = {b for bs in broader.values() for b in bs}
    narrower = implies.narrower(set(positives) | broader_all)
    linked_signs = set(positives) | broader_all
    for sign in set(positives) | broader_all:
        linked_signs |= narrower.get(sign, set())
    linking: dict[str, set[str]] = {}
    for row in catalogue.backlinks("manifestation", linked_signs, ordered=False):
        linking.setdefault(row[6], set()).add(row[1])
    known: dict[tuple[str, ...], frozenset[str]] = {}

    def readers(signs: tuple[str, ...]) -> frozenset[str]:
        if signs not in known:
            out: set[str] = set()
            for sign in signs:
                out |= linking.get(sign, set())
                for narrow in narrower.get(sign, ()):
                    out |= linking.get(narrow, set())
            known[signs] = frozenset(out)
        return known[signs]

    direct = {sign: readers((sign,)) for sign in positives}
    candidates = set(named)
    for sign in positives:
        candidates |= direct[sign] | readers(broader[sign])
    candidates |= {row[1] for row in catalogue.backlinks("trigger", triggers, ordered=False)}

    # Signs that no condition shows, directly or in a narrower form, can only be read as
    # siblings, and those with the same broader signs and weight read alike: each such class is
    # evaluated once, through the member whose reason sorts last (what max() would keep).
    plans: list[tuple[list[str], float, float, str]] = []
    for group in groups:
        weights = [idf.get(sign_id, default_idf) * positives[sign_id].confidence for sign_id in group]
        chosen: list[str] = []
        classes: dict[tuple[Any, ...], str] = {}
        for sign_id in group:
            if direct[sign_id]:
                chosen.append(sign_id)
                continue
            key = (broader[sign_id], idf.get(sign_id, default_idf), positives[sign_id].confidence)
            held = classes.get(key)
            if held is None or positives[sign_id].name + " (" > positives[held].name + " (":
                classes[key] = sign_id
        chosen += classes.values()
        plans.append((chosen, max(weights), min(weights), positives[group[0]].name))
    contrasting = [
        (sign_id, seen, other) for sign_id, seen in positives.items() for other in vocabulary.contrasts.get(sign_id, [])
    ]
    site_names = {s: (catalogue.name("sites", s) or s).lower() for s in sites}

    def sign_name(sign_id: str) -> str:
        return (catalogue.name("manifestations", sign_id) or sign_id).lower()

    # Conditions with the same signs, triggers and ages score alike: each profile is scored once.
    scored: dict[tuple[Any, ...], tuple[float, float, list[str], list[str]]] = {}
    ranked: list[tuple[float, str, int, str, tuple[float, float, list[str], list[str]]]] = []
    for cseq, condition_id, condition_name, data in catalogue.profiles(candidates):
        memo_key = (data, condition_id in named)
        if memo_key not in scored:
            scored[memo_key] = _score(
                marshal.loads(data),
                condition_id in named,
                plans,
                positives,
                negatives,
                sites,
                triggers,
                ages,
                idf,
                default_idf,
                implies,
                contrasting,
                site_names,
                sign_name,
            )
        result = scored[memo_key]
        score, _possible, supporting, _opposing = result
        if supporting and score > 0:
            ranked.append((-score, condition_name, cseq, condition_id, result))
    return [
        Ranked(condition_id, name, round(min(1.0, score / max(possible, 1e-9)), 3), list(supporting), list(opposing))
        for _, name, _, condition_id, (score, possible, supporting, opposing) in heapq.nsmallest(TOP_CONDITIONS, ranked)
    ]


def _score(
    profile: tuple[Any, ...],
    is_named: bool,
    plans: list[tuple[list[str], float, float, str]],
    positives: dict[str, Recognised],
    negatives: dict[str, Recognised],
    sites: set[str],
    triggers: dict[str, Recognised],
    ages: set[str],
    idf: dict[str, float],
    default_idf: float,
    implies: _Implies,
    contrasting: list[tuple[str, Recognised, str]],
    site_names: dict[str, str],
    sign_name: Any,
) -> tuple[float, float, list[str], list[str]]:
    """One condition's evidence sum: (score, best possible, supporting, opposing)."""
    condition_ages, signs, condition_triggers = profile
    score, possible = 0.0, 0.0
    supporting: list[str] = []
    opposing: list[str] = []
    # A link is (sign id, frequency, sites).
    links = {link[0]: link for link in signs}
    # A condition's sign also counts for the broader sign a person names ("blisters").
    via_broader: dict[str, tuple[str, str, tuple[str, ...]]] = {}
    for own in signs:
        for wider in implies.broader(own[0]):
            if wider not in links and (
                wider not in via_broader or FREQUENCY_WEIGHT[own[1]] > FREQUENCY_WEIGHT[via_broader[wider][1]]
            ):
                via_broader[wider] = own

    def evaluate(sign_id: str, seen: Recognised) -> tuple[float, str] | None:
        link = links.get(sign_id)
        factor = 1.0
        if link is None and sign_id in via_broader:
            link, factor = via_broader[sign_id], 0.7
        if link is None:
            # A sibling: "painful lumps" (tender nodules) where the condition lists nodules.
            for wider in implies.broader(sign_id):
                sibling = links.get(wider) or via_broader.get(wider)
                if sibling is not None:
                    link, factor = sibling, 0.45
                    break
        if link is None:
            return None
        gained = idf.get(sign_id, default_idf) * seen.confidence * FREQUENCY_WEIGHT[link[1]] * factor
        where = ""
        if sites and link[2]:
            hit = sites & set(link[2])
            if hit:
                gained *= 1.3
                where = " on the " + ", ".join(site_names[s] for s in sorted(hit))
        shown_as = ""
        if link[0] != sign_id:  # matched through a broader or sibling sign
            shown_as = f"as {sign_name(link[0])}, "
        return gained, f"{seen.name} ({shown_as}{link[1]}{where})"

    for chosen, most, least, first_name in plans:
        possible += most
        readings = [r for r in (evaluate(sign_id, positives[sign_id]) for sign_id in chosen) if r is not None]
        if not readings:
            score -= 0.35 * least
            opposing.append(f"{first_name} is not a usual feature")
            continue
        gained, reason = max(readings)
        score += gained
        supporting.append(reason)
    for sign_id, seen in negatives.items():
        denied = links.get(sign_id)
        if denied is not None and denied[1] in ("hallmark", "common"):
            weight = idf.get(sign_id, default_idf) * (0.8 if denied[1] == "hallmark" else 0.35)
            score -= weight
            opposing.append(f"no {seen.name.lower()}, which is {denied[1]} here")
    # Contrasting signs: a reported sign argues against a hallmark it contrasts with.
    for sign_id, seen, other in contrasting:
        other_link = links.get(other)
        if other_link is not None and other_link[1] == "hallmark" and sign_id not in links:
            score -= 0.6 * idf.get(other, default_idf)
            opposing.append(f"{seen.name.lower()} argue against it ({sign_name(other)} are typical)")
    if sites:
        condition_sites = {s for link in signs for s in link[2]}
        if condition_sites and not (sites & condition_sites) and "widespread" not in condition_sites:
            # Where it is matters in dermatology: a sign in an unusual place counts for less.
            score = score * 0.6 if score > 0 else score - 0.3
            names = ", ".join(site_names[s] for s in sorted(sites))
            opposing.append(f"the {names} is not a usual place for it")
    for trigger_id, seen in triggers.items():
        for linked, strength in condition_triggers:
            if linked == trigger_id:
                score += 0.8 * STRENGTH_WEIGHT[strength]
                supporting.append(f"{seen.name} ({strength} trigger or association)")
    if is_named:
        # A person who names a condition ("my psoriasis") tells us something, but signs still decide.
        score += 0.5 * default_idf
        supporting.append("named in the description")
    if ages and condition_ages:
        if ages & set(condition_ages):
            score += 0.3
            supporting.append(f"usual age ({', '.join(sorted(as_words(a) for a in ages))})")
        else:
            score -= 0.8
            usual = ", ".join(as_words(a) for a in condition_ages)
            opposing.append(f"usually starts at another age ({usual})")
    return score, possible, supporting, opposing


# ---------------------------------------------------------------- triage


def triage(catalogue: StoredCatalogue, recognised: list[Recognised], ranked: list[Ranked]) -> Triage:
    present = {r.id for r in recognised if not r.negated and r.type in ("manifestation", "site", "trigger")}
    flagged = {r.id for r in recognised if r.type == "red-flag" and not r.negated}
    hits: list[tuple[str, str]] = []
    for flag in catalogue.red_flags.values():
        if flag.id in flagged or any(combo and set(combo) <= present for combo in flag.when):
            hits.append((flag.urgency, f"{flag.text}: {flag.advice}"))
    leading = {item.id for item in ranked[:3]}
    rows = catalogue.backlinks("red-flag", present)
    flags: dict[int, model.RedFlag] = catalogue.links(row[7] for row in rows)
    seen: set[tuple[str, int]] = set()
    for _cseq, condition_id, condition_name, order, _urgency, _via, _sign, row_id in rows:
        if (condition_id, order) in seen:  # a flag with two signs is listed under each
            continue
        seen.add((condition_id, order))
        red = flags[row_id]
        # A condition's own warning counts when its signs are all there and either it leads the
        # ranking or the combination is specific (two signs or more).
        if red.signs and set(red.signs) <= present and (condition_id in leading or len(red.signs) >= 2):
            hits.append((red.urgency, f"{red.text} (a warning sign in {condition_name})"))
    if hits:
        hits.sort(key=lambda h: -URGENCY_RANK[h[0]])
        level = hits[0][0]
        reasons = list(dict.fromkeys(text for urgency, text in hits if urgency == level))
        reasons += list(dict.fromkeys(text for urgency, text in hits if urgency != level))
        return Triage(level, reasons)
    if not ranked:
        return Triage(
            "routine",
            [
                "No skin signs were recognised, so nothing is ranked. "
                "If something worries you, see a doctor or pharmacist."
            ],
        )
    systemic = present & SYSTEMIC_SIGNS
    if systemic:
        names = ", ".join(sorted((catalogue.name("manifestations", s) or s).lower() for s in systemic))
        return Triage(
            "urgent", [f"Skin signs together with {names} need a doctor's assessment soon, within a day or two."]
        )
    top = catalogue.conditions[ranked[0].id]
    first_line = [t.therapy for t in top.treatments if t.line == "first"]
    if first_line and all(_category(catalogue, t) in SELF_CARE_CATEGORIES for t in first_line):
        return Triage(
            "self-care",
            [
                f"The best fit ({top.name}) often starts with self-care and pharmacy treatments.",
                "See a doctor if it persists beyond a few weeks, spreads, disturbs sleep, or you feel unwell.",
            ],
        )
    return Triage(
        "routine", [f"Book a routine appointment so a clinician can confirm what this is (best fit: {top.name})."]
    )


def _category(catalogue: StoredCatalogue, therapy_id: str) -> str:
    lineage = [therapy_id, *catalogue.ancestors("therapies", therapy_id)]
    return lineage[-1]


def match(catalogue: StoredCatalogue, text: str) -> MatchResult:
    vocabulary = catalogue.vocabulary()
    recognised = recognise(catalogue, text, vocabulary)
    ranked = rank(catalogue, recognised, vocabulary)
    note = ""
    if not any(r.type == "manifestation" and not r.negated for r in recognised):
        note = "No skin sign or symptom was recognised in this description, so no conditions are ranked."
    return MatchResult(text[:MAX_CHARS], recognised, ranked, triage(catalogue, recognised, ranked), note)
