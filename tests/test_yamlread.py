import pytest

from skinaxis import yamlread
from skinaxis.yamlread import MAX_DEPTH, Map, ReadError, read


def code_of(data: bytes) -> tuple[str, int]:
    with pytest.raises(ReadError) as info:
        read(data, "f.yaml")
    return info.value.problem.code, info.value.problem.line


def test_values_keep_their_positions_and_implicit_types():
    root = read(b"a:\n  b: no\n  c: 'no'\n  d: 0.10\n", "f.yaml")
    assert isinstance(root, Map)
    inner = root.items["a"]
    assert inner.items["b"].line == 2 and inner.items["b"].implicit == "a boolean"
    assert inner.items["c"].implicit is None
    assert inner.items["d"] == "0.10" and inner.items["d"].implicit == "a number"


def test_duplicate_keys_are_refused_with_both_lines():
    with pytest.raises(ReadError) as info:
        read(b"a: 1\nb: 2\na: 3\n", "f.yaml")
    assert info.value.problem.code == "SKX002"
    assert info.value.problem.line == 3
    assert "line 1" in info.value.problem.message


def test_python_tags_are_refused():
    assert code_of(b"a: !!python/object/apply:os.system ['echo hi']\n")[0] == "SKX013"


def test_billion_laughs_is_refused_at_the_first_anchor():
    lol = b'a: &a ["lol","lol"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n'
    assert code_of(lol) == ("SKX013", 1)


def test_deep_nesting_is_reported_not_a_recursion_error():
    deep = b"a: " + b"[" * (MAX_DEPTH + 5) + b"]" * (MAX_DEPTH + 5) + b"\n"
    assert code_of(deep)[0] == "SKX014"
    very_deep = b"[" * 100_000
    assert code_of(very_deep)[0] in ("SKX014", "SKX001")


def test_encoding_problems_name_the_line():
    assert code_of(b"a: 1\nb: \xff\xfe\n") == ("SKX015", 2)
    assert code_of(b"a: 1\nb: \x1b[31m\n") == ("SKX015", 2)
    assert code_of("a: x\u202ey\n".encode()) == ("SKX015", 1)


def test_utf8_bom_is_accepted():
    root = read(b"\xef\xbb\xbfa: b\n", "f.yaml")
    assert isinstance(root, Map) and root.items["a"] == "b"


def test_tabs_and_bad_indentation_are_syntax_errors_with_a_line():
    code, line = code_of(b"a:\n\t- b\n")
    assert code == "SKX001" and line == 2
    code, line = code_of(b"a:\n  b: 1\n c: 2\n")
    assert code == "SKX001" and line == 3


def test_second_document_is_refused():
    assert code_of(b"a: 1\n---\nb: 2\n") == ("SKX023", 2)


def test_empty_file_reads_as_none():
    assert read(b"", "f.yaml") is None
    assert read(b"# only a comment\n", "f.yaml") is None


def problem_of(data: bytes) -> str:
    with pytest.raises(ReadError) as info:
        read(data, "f.yaml")
    assert str(info.value) == str(info.value.problem)  # the exception reads as its problem
    return str(info.value.problem)


def test_encoding_and_control_problems_have_their_exact_position_and_message():
    assert problem_of(b"sites:\n  - {id: a, name: b}\n  - {id: c, name: \xff}\n") == (
        "f.yaml:3:1: SKX015 error: not UTF-8 text (byte 0xff); save the file as UTF-8"
    )
    assert problem_of(b"sites:\n  - {id: a, name: b\x07c}\n") == (
        "f.yaml:2:20: SKX015 error: control character U+0007 is not allowed"
    )
    assert problem_of(b"\x1b[31m: red\n") == "f.yaml:1:1: SKX015 error: control character U+001B is not allowed"


def test_the_size_limit_is_exact_and_named(monkeypatch):
    monkeypatch.setattr(yamlread, "MAX_BYTES", 3 * 2**20)
    assert problem_of(b"#" * (3 * 2**20 + 1)) == "f.yaml:1:1: SKX021 error: file is larger than 3 MiB"
    assert read(b"#" * (3 * 2**20), "f.yaml") is None  # exactly at the limit is allowed


def test_a_bom_is_dropped_before_parsing():
    root = read(b"\xef\xbb\xbfsites: []\n", "f.yaml")
    assert list(root.items) == ["sites"]


# What a catalogue author sees for each kind of refused YAML: code, position and message, exactly.
REFUSED = {
    b"? [a]\n: b\n": "f.yaml:1:3: SKX004 error: a mapping key must be a plain string",
    b"a: 1\n---\nb: 2\n": "f.yaml:2:1: SKX023 error: only one YAML document per file ('---' starts another)",
    b"a: &x 1\n": "f.yaml:1:4: SKX013 error: anchors (&x) are not allowed in a catalogue",
    b"a: *x\n": "f.yaml:1:4: SKX013 error: aliases (*name) are not allowed in a catalogue",
    b"a: !!python/object:os.system x\n": (
        "f.yaml:1:4: SKX013 error: tag 'tag:yaml.org,2002:python/object:os.system' is not allowed in a catalogue"
    ),
    b"a: !custom x\n": "f.yaml:1:4: SKX013 error: tag '!custom' is not allowed in a catalogue",
    b'a: "x\\u0007y"\n': "f.yaml:1:4: SKX015 error: control character U+0007 in a value",
    b"a:\n\tb: 1\n": (
        "f.yaml:2:1: SKX001 error: while scanning for the next token found character that cannot start any"
        " token (a tab character: indent with spaces, never tabs)"
    ),
    b"a: [1, 2\n": "f.yaml:2:1: SKX001 error: while parsing a flow sequence did not find expected ',' or ']'",
    b"a: b\na: c\n": "f.yaml:2:1: SKX002 error: duplicate key 'a' (first at line 1); keep one",
    b"- " * (MAX_DEPTH + 1) + b"x\n": f"f.yaml:1:{2 * MAX_DEPTH + 1}: SKX014 error: nesting deeper than 32 levels",
}


@pytest.mark.parametrize("data", list(REFUSED), ids=range(len(REFUSED)))
def test_each_refusal_has_its_code_position_and_message(data):
    assert problem_of(data) == REFUSED[data]


def test_nesting_up_to_the_limit_is_fine_and_a_str_tag_is_plain_text():
    assert read(b"- " * MAX_DEPTH + b"x\n", "f.yaml") is not None
    assert read(b"a: !!str x\n", "f.yaml").items["a"] == "x"
