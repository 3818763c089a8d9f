"""Skin words that say nothing about skin, rewritten before reading (rewrites.rewrite calls
`not_skin`): idioms ("a rash decision", "a rash of complaints", "a sore back", "a hive of activity"), clothing ("a rash
vest"), things with spots or peeling on them ("spots of mould on the ceiling", "a rash on my car
bonnet", "the peeling paint"), cooking ("boil an egg"), and "nothing on the skin", which denies a
rash. Applied alike to descriptions and to the catalogue's phrases, as every rewrite is."""

from __future__ import annotations

import re

_RASH_IDIOM = re.compile(
    r"\brash(?=\s+(?:decisions?|choices?|moves?|promises?|things?|acts?|remarks?|words?|statements?|purchases?|"
    r"behaviour|behavior|mistakes?|vests?|guards?|tops?|suits?|shirts?)\b)|\brashly\b"
    # "A rash of complaints": a sudden run of something that is not a skin sign.
    r"|\ba rash of(?=\s+(?:questions|complaints|emails|calls|thefts|burglaries|break-?ins|incidents|accidents|"
    r"problems|resignations|cancellations|injuries|crimes|attacks|bad news|new cases|dead pixels|pixels|"
    r"errors|bugs)\b)",
    re.IGNORECASE,
)
_NOTHING_ON_SKIN = re.compile(
    r"\bnothing\s+(?:(?:to see|visible|showing)\s+)?on\s+(?:my|the|his|her|their|your)\s+skin\b", re.IGNORECASE
)
# "Itching to get out", "a sore loser", "makes my skin crawl": eagerness, temper, unease.
_FIGURES = re.compile(
    r"\bitching to(?=\s+(?:get|go|leave|start|do|see|try|tell|know|find|hear|move|quit)\b)"
    r"|\bsore (?:loser|losers|point|subject)\b|\bscaly customer\b"
    r"|\b(?:make|makes|made|making) (?:my|his|her|your|their) skin crawl\b",
    re.IGNORECASE,
)
# "A hive of activity", "hives of industry": a busy place.
_BUSY = re.compile(r"\bhives? of (?:activity|industry|energy|excitement)\b", re.IGNORECASE)
# An ache named by its place: "a sore back after gardening" is pain, not a sore on the back.
_SORE_PART = re.compile(r"\bsore(?=\s+(?:back|neck|shoulders?|muscles|hips?|bones)\b)", re.IGNORECASE)
_THINGS = (
    r"(?:car|bonnet|bumper|windscreen|carpet|rug|sofa|couch|ceiling|walls?|floors?|screen|phone|laptop|windows?|"
    r"mirror|table|desk|fence|lawn|leaves|plants?|boots|paintwork)"
)
# A skin word that sits on a thing ("the rash on my car bonnet", "spots of mould on the ceiling").
_ON_A_THING = re.compile(
    rf"\b(?:rash|spots?|patch(?:es)?|marks?|blotch(?:es)?|peeling|flakes?|bumps?)\s+(?:of\s+\w+\s+)?(?:\w+\s+)?"
    rf"(?:on|in|all over)\s+(?:my|the|our|his|her|their|your|a)\s+(?:\w+\s+)?{_THINGS}\b"
    # ... but not "a rash on my laptop wrist area", where the thing names a place on the body.
    r"(?!\s+(?:wrists?|hands?|arms?|fingers?|palms?|thumbs?|side|area|elbows?)\b)",
    re.IGNORECASE,
)
_SPOTS_OF_A_THING = re.compile(
    r"\b(?:spots?|patch(?:es)?|blotch(?:es)?|flecks?)\s+of\s+(?:mould|mold|rust|damp|paint|grease|oil|ink|dirt|mud|bleach|"
    r"rain|water|sauce|coffee|tea|wine|juice|sunlight|light|colour|color)\b",
    re.IGNORECASE,
)
_PEELING_THING = re.compile(
    r"\b(?:peeling|flaking|cracked|cracking|blistered|blistering|bubbling)\s+(?:paint|wallpaper|plaster|varnish|"
    r"leather|render|veneer|paintwork)\b",
    re.IGNORECASE,
)
_BOIL_FOOD = re.compile(
    # Food only: "boiling water" and "the kettle" are how scalds are said.
    r"\bboil(?:ed|ing)?(?=\s+(?:an?\s+|the\s+|some\s+|my\s+)?(?:eggs?|pasta|rice|potatoes|veg\w*|beans|peas)\b)",
    re.IGNORECASE,
)


def not_skin(text: str) -> str:
    text = _NOTHING_ON_SKIN.sub("no rash on the skin", _RASH_IDIOM.sub("hasty", text))
    # Not "a lump in my throat": beside hives it is a throat swelling, and a warning.
    text = _BUSY.sub("busy", _FIGURES.sub("eager to", text))
    text = _SORE_PART.sub("aching", text)
    text = _SPOTS_OF_A_THING.sub("stains", _ON_A_THING.sub("a stain on a thing", text))
    text = _PEELING_THING.sub("old paint", text)
    return _BOIL_FOOD.sub("cook", text)
