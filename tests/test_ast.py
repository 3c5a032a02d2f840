"""The named AST (rules/ast.py): every parsed node is a named class, still equal to its tuple, picklable, and
readable with `match`."""
from __future__ import annotations

import json
import pickle
from fractions import Fraction
from pathlib import Path

import pytest

from verigrade.rules import ast as A
from verigrade.rules.lexer import tokenize
from verigrade.rules.normalize import normalize
from verigrade.rules.parser import ParseError, parse

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def _nodes(node):
    yield node
    for child in node[1:]:
        if isinstance(child, tuple) and child and isinstance(child[0], str) and child[0] in A.BY_KIND:
            yield from _nodes(child)
        elif isinstance(child, list):
            for c in child:
                if isinstance(c, tuple):
                    yield from _nodes(c)
                elif isinstance(c, list):  # matrix rows
                    for x in c:
                        yield from _nodes(x)


@pytest.mark.skipif(not DATA.exists(), reason=f"shared data not found at {DATA}")
def test_every_parsed_node_is_named():
    golds = [json.loads(line)["ground_truth"] for line in open(DATA / "hardverify_math_dev.jsonl")]
    golds += ["x = 5+5+1 = 11", "(0,1] \\cup \\{3\\}", "\\begin{pmatrix}1 & 2\\\\3 & 4\\end{pmatrix}", "3\\frac{5}{8}",
              "f'(x)", "1:2:3", "\\text{Paolo}: 18", "2 \\pm \\sqrt{3}", "x = 2 for x > 0", "1, 2, \\ldots, n"]
    seen = set()
    for g in golds:
        try:
            tree = parse(tokenize(normalize(g)))
        except (ParseError, ValueError):
            continue
        for n in _nodes(tree):
            assert type(n) is A.BY_KIND[n[0]], (g, n)
            seen.add(n[0])
    assert len(seen) >= 20  # the sample reaches most kinds


def test_named_nodes_are_the_tuples_they_replace():
    n = A.Num(Fraction(3), "3")
    assert n == ("num", Fraction(3), "3") and hash(n) == hash(("num", Fraction(3), "3"))
    assert n.value == n[1] == 3 and n.kind == "num" and repr(n) == repr(("num", Fraction(3), "3"))
    r = A.Rel([A.Sym("x"), "=", n])
    assert pickle.loads(pickle.dumps(r)) == r and type(pickle.loads(pickle.dumps(r))) is A.Rel
    assert A.named(("sym", "y")) == A.Sym("y") and type(A.named(("sym", "y"))) is A.Sym
    assert type(A.remake(r, ("rel", [A.Sym("y"), "=", n]))) is A.Rel


@pytest.mark.parametrize("text,expected", [("x = 3", ("x", Fraction(3))), ("y=1/2", None), ("3", None)])
def test_match_patterns_read_fields(text, expected):
    match parse(tokenize(normalize(text))):
        case A.Rel(parts=[A.Sym(name=name), "=", A.Num(value=v)]):
            got = (name, v)
        case _:
            got = None
    assert got == expected
