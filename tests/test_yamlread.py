import pytest

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
