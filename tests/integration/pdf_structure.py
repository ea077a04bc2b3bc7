"""Reading a tagged PDF's structure with pikepdf: what the accessibility tests check."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pikepdf
from pikepdf import Name

TEXT_OPERATORS = {"Tj", "TJ", "'", '"'}


@dataclass
class Node:
    """A structure element read back: its type, attributes, alternative text, kids in order."""

    role: str
    obj: Any
    kids: list[Node] = field(default_factory=list)
    mcids: list[tuple[int, int]] = field(default_factory=list)  # (page index, mcid), in order

    def walk(self) -> Iterator[Node]:
        """This node and every node under it, in reading order."""
        yield self
        for kid in self.kids:
            yield from kid.walk()


@dataclass
class Structure:
    """The document's structure tree and what each page's content stream marks."""

    root: Node
    parent_tree: dict[int, Any]
    page_marks: list[list[tuple[str, int | None, set[str]]]]
    """Per page, each text-showing operator: (operator, MCID of the innermost marked sequence, tags open)."""


def _page_index(pdf: pikepdf.Pdf, page_obj: Any) -> int:
    for index, page in enumerate(pdf.pages):
        if page.obj.objgen == page_obj.objgen:
            return index
    raise AssertionError("structure element on a page that is not in the document")


def _read_node(pdf: pikepdf.Pdf, obj: Any, page: int | None) -> Node:
    node = Node(str(obj.S)[1:], obj)
    if "/Pg" in obj:
        page = _page_index(pdf, obj.Pg)
    kids = obj.get("/K")
    if kids is None:
        return node
    if not isinstance(kids, pikepdf.Array):
        kids = [kids]
    for kid in kids:
        if isinstance(kid, int):
            assert page is not None, f"{node.role}: an MCID with no page"
            node.mcids.append((page, int(kid)))
        elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == Name.MCR:
            node.mcids.append((_page_index(pdf, kid.Pg), int(kid.MCID)))
        elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == Name.OBJR:
            continue
        else:
            node.kids.append(_read_node(pdf, kid, page))
    return node


def _numbers(tree: Any) -> dict[int, Any]:
    result: dict[int, Any] = {}
    nums = tree.get("/Nums", [])
    for i in range(0, len(nums), 2):
        result[int(nums[i])] = nums[i + 1]
    for kid in tree.get("/Kids", []):
        result.update(_numbers(kid))
    return result


def read_structure(pdf: pikepdf.Pdf) -> Structure:
    """The structure tree and the marks around every text operator of every page."""
    tree = pdf.Root.StructTreeRoot
    (document,) = list(tree.K) if isinstance(tree.K, pikepdf.Array) else [tree.K]
    root = _read_node(pdf, document, None)
    page_marks = []
    for page in pdf.pages:
        stack: list[tuple[str, int | None]] = []
        marks = []
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op == "BDC":
                tag = str(operands[0])[1:]
                props = operands[1]
                mcid = int(props.MCID) if isinstance(props, pikepdf.Dictionary) and "/MCID" in props else None
                stack.append((tag, mcid))
            elif op == "BMC":
                stack.append((str(operands[0])[1:], None))
            elif op == "EMC":
                assert stack, "EMC without a BDC/BMC"
                stack.pop()
            elif op in TEXT_OPERATORS:
                mcid = next((m for _, m in reversed(stack) if m is not None), None)
                marks.append((op, mcid, {t for t, _ in stack}))
        assert not stack, "a marked-content sequence is left open at the end of a page"
        page_marks.append(marks)
    return Structure(root, _numbers(tree.ParentTree), page_marks)


def open_pdf(path: Path) -> pikepdf.Pdf:
    """Open a PDF for reading."""
    return pikepdf.open(path)
