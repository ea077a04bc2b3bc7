"""Tagged PDF (PDF/UA-1) for ReportLab: marked content while drawing, the structure tree after.

ReportLab does not tag. Here, while the document is drawn, every piece of content is wrapped in
marked content: `/P <</MCID n>> BDC … EMC` for content that belongs to a structure element, or
`/Artifact BMC … EMC` for running headers, footers and decoration. A `Tagger` (one per canvas,
reset at each layout pass) records the structure elements in drawing order — which is reading
order — with the marked-content ids each one owns on each page:

- `TaggedParagraph` (P, H1–H3; split parts stay one element), `TaggedTable` (Table, TR, TH with
  a scope, TD — or TOC, TOCI, Link for the contents; header rows repeated on a later page are
  artifacts; backgrounds and rules are artifacts), `Figure` (a drawing with its alternative
  text and bounding box), `ListItem` + `StructMarker` (L, LI, Lbl, LBody);
- `finish_tagged_pdf` then writes the structure tree with pikepdf: StructTreeRoot, ParentTree,
  `/StructParents` on pages, Link annotations tied to their Link elements (`/StructParent`,
  `/Contents`), `/MarkInfo`, `/ViewerPreferences /DisplayDocTitle`, `/Lang`, and XMP metadata
  with the PDF/UA identifier (`pdfuaid:part` 1) matching the document information.

Content drawn inside a marked sequence is not marked again (marked content does not nest
MCIDs), so a paragraph inside a table cell belongs to its TD.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph, Table

from icc_desktop import __version__
from icc_desktop.services.multilingual import guess_language


@dataclass
class MarkedRef:
    """One marked-content sequence: the page (0-based) and its MCID there."""

    page: int
    mcid: int


@dataclass
class LinkRef:
    """A link annotation to tie to its Link element: page, destination name, order on the page."""

    page: int
    destination: str


@dataclass
class Element:
    """A structure element: its type, attributes and kids (elements and marked content), in order."""

    role: str
    kids: list[Element | MarkedRef | LinkRef] = field(default_factory=list)
    alt: str | None = None
    lang: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict)
    text: str = ""
    """Plain text of a Link (its annotation's /Contents)."""


class Tagger:
    """Collects the structure elements and marked content of one layout pass of one document."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.fallback_texts: frozenset[str] = frozenset()
        self.passes = 0
        self.reset()

    def reset(self) -> None:
        """Start a new layout pass (multiBuild draws the document more than once)."""
        self.root = Element("Document")
        self._stack: list[Element] = [self.root]
        self._keyed: dict[int, Element] = {}
        self._next_mcid: dict[int, int] = {}
        self._marking = 0
        self.last_heading = 0

    def passage_language(self, text: str) -> str | None:
        """The `/Lang` of a passage when it is not in the document's language, else None.

        A framework text shown in English for want of a translation is English; typed text is
        what `guess_language` makes of it (unmarked when its words do not say).
        """
        if text in self.fallback_texts:
            return "en" if self.language != "en" else None
        guessed = guess_language(text)
        return guessed if guessed and guessed != self.language else None

    @property
    def marking(self) -> bool:
        """True inside a marked-content sequence (content there is not marked again)."""
        return self._marking > 0

    def open(self, role: str, *, key: object = None, **details: Any) -> Element:
        """Open an element as a kid of the current one (or reopen the element of `key`: a split part)."""
        if key is not None and id(key) in self._keyed:
            element = self._keyed[id(key)]
        else:
            if role.startswith("H") and role[1:].isdigit():
                self.last_heading = int(role[1:])
            element = Element(role, **details)
            self._stack[-1].kids.append(element)
            if key is not None:
                self._keyed[id(key)] = element
        self._stack.append(element)
        return element

    def close(self) -> None:
        """Close the current element."""
        if len(self._stack) > 1:
            self._stack.pop()

    @contextmanager
    def element(self, role: str, *, key: object = None, **details: Any) -> Iterator[Element]:
        """An element open for the duration of the block."""
        element = self.open(role, key=key, **details)
        try:
            yield element
        finally:
            self.close()

    @contextmanager
    def content(self, canvas: Any, tag: str | None = None) -> Iterator[None]:
        """Mark what the block draws as content of the current element."""
        began = self.begin_content(canvas, tag)
        try:
            yield
        finally:
            if began:
                self.end_content(canvas)

    def begin_content(self, canvas: Any, tag: str | None = None) -> bool:
        """Start marked content of the current element (False, and nothing done, inside marked content)."""
        if self._marking:
            return False
        page = canvas.getPageNumber() - 1
        mcid = self._next_mcid.get(page, 0)
        self._next_mcid[page] = mcid + 1
        element = self._stack[-1]
        canvas._code.append(f"/{tag or element.role} <</MCID {mcid}>> BDC")
        element.kids.append(MarkedRef(page, mcid))
        self._marking += 1
        return True

    def end_content(self, canvas: Any) -> None:
        """End the marked content `begin_content` started."""
        self._marking -= 1
        canvas._code.append("EMC")

    @contextmanager
    def artifact(self, canvas: Any, kind: str | None = None) -> Iterator[None]:
        """Mark what the block draws as an artifact (running header, footer, decoration)."""
        if self._marking:
            yield
            return
        canvas._code.append(f"/Artifact <</Type /{kind}>> BDC" if kind else "/Artifact BMC")
        self._marking += 1
        try:
            yield
        finally:
            self._marking -= 1
            canvas._code.append("EMC")

    def link(self, canvas: Any, destination: str) -> None:
        """Tie the link annotation to `destination` drawn next on this page to the current element."""
        self._stack[-1].kids.append(LinkRef(canvas.getPageNumber() - 1, destination))

    def heading_role(self, wanted: int) -> str:
        """A heading role that never skips a level: at most one deeper than the last heading."""
        return f"H{max(1, min(wanted, self.last_heading + 1, 6))}"


def tagger_of(canvas: Any) -> Tagger | None:
    """The canvas's tagger, if this drawing is tagged (not in the first layout pass, which only
    numbers the contents' pages and is thrown away)."""
    return getattr(canvas, "tagger", None)


class StableParagraph(Paragraph):
    """A paragraph that breaks its lines the same whatever it was wrapped at before.

    ReportLab (4 and 5) keeps the words of the first `wrap` in `frags`; wrapped again at another
    width (a table measures its cells more than once), a word it had broken after its hyphen
    comes back without the hyphen ("self-assessment" printed "selfassessment"). Each wrap starts
    from the paragraph's own words again.
    """

    frags: list[Any]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._own_frags = list(self.frags)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (ReportLab's names)
        self.frags = list(self._own_frags)
        return super().wrap(availWidth, availHeight)  # type: ignore[no-any-return]


class TaggedParagraph(StableParagraph):
    """A paragraph that is a P (or `role`) element; the parts of a split paragraph stay one element.

    `role` "H1"–"H3" makes a heading; "H" a heading one level below the last one (a caption).
    """

    def __init__(self, text: str, style: Any, *args: Any, role: str = "P", lang: str | None = None,
                 **kwargs: Any) -> None:
        super().__init__(text, style, *args, **kwargs)
        self.tag_role = role
        self.tag_lang = lang
        self.tag_key: object = object()

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803 (ReportLab's names)
        parts: list[Any] = super().split(availWidth, availHeight)
        for part in parts:
            part.tag_role, part.tag_lang = self.tag_role, self.tag_lang
            part.tag_key = self.tag_key
        return parts

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
        tagger = tagger_of(canvas)
        role = getattr(self, "tag_role", "P")
        if tagger is None or tagger.marking:
            super().drawOn(canvas, x, y, _sW)
            return
        if role == "H":
            role = tagger.heading_role(3)
        elif role.startswith("H"):
            role = tagger.heading_role(int(role[1:]))
        lang = getattr(self, "tag_lang", None) or tagger.passage_language(self.getPlainText())
        with tagger.element(role, key=getattr(self, "tag_key", None), lang=lang), tagger.content(canvas):
            super().drawOn(canvas, x, y, _sW)


class Figure(Flowable):
    """A drawing as a Figure element with its alternative text (what the chart shows, with its numbers)."""

    def __init__(self, drawing: Flowable, alt: str) -> None:
        super().__init__()
        self.drawing = drawing
        self.alt = alt
        self.hAlign = getattr(drawing, "hAlign", "LEFT")

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.height = self.drawing.wrap(availWidth, availHeight)
        return self.width, self.height

    def draw(self) -> None:
        self.drawing.drawOn(self.canv, 0, 0)

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
        tagger = tagger_of(canvas)
        if tagger is None or tagger.marking:
            super().drawOn(canvas, x, y, _sW)
            return
        box = [round(x, 2), round(y, 2), round(x + self.width, 2), round(y + self.height, 2)]
        with tagger.element("Figure", alt=self.alt, attributes={"O": "Layout", "BBox": box}), \
                tagger.content(canvas):
            super().drawOn(canvas, x, y, _sW)


class StructMarker(Flowable):
    """A zero-size flowable that opens (`role`) or closes (None) a grouping element such as L."""

    def __init__(self, role: str | None) -> None:
        super().__init__()
        self.role = role

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        tagger = tagger_of(self.canv)
        if tagger is None:
            return
        if self.role is None:
            tagger.close()
        else:
            tagger.open(self.role)


class ListItem(Flowable):
    """One item of a list: its label (number or bullet) and its paragraphs, as LI > Lbl + LBody > P."""

    def __init__(self, label: str, body: list[Flowable], *, indent: float, label_font: tuple[str, float],
                 label_color: Any) -> None:
        super().__init__()
        self.label = label
        self.body = body
        self.indent = indent
        self.label_font = label_font
        self.label_color = label_color
        self._sizes: list[tuple[float, float]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._sizes = [item.wrap(availWidth - self.indent, availHeight) for item in self.body]
        spaces = sum(item.getSpaceAfter() for item in self.body[:-1])
        self.width, self.height = availWidth, sum(h for _, h in self._sizes) + spaces
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        return []  # an item is a few lines: it moves to the next page whole

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
        tagger = tagger_of(canvas)
        if tagger is None or tagger.marking:
            self._draw_all(canvas, x, y, None)
            return
        with tagger.element("LI"):
            self._draw_all(canvas, x, y, tagger)

    def _draw_all(self, canvas: Any, x: float, y: float, tagger: Tagger | None) -> None:
        top = y + self.height
        first_leading = getattr(getattr(self.body[0], "style", None), "leading", self.label_font[1] * 1.2)
        canvas.saveState()
        canvas.setFont(*self.label_font)
        canvas.setFillColor(self.label_color)
        if tagger is not None:
            with tagger.element("Lbl"), tagger.content(canvas):
                canvas.drawString(x, top - first_leading + (first_leading - self.label_font[1]) / 2 + 1, self.label)
        else:
            canvas.drawString(x, top - first_leading + (first_leading - self.label_font[1]) / 2 + 1, self.label)
        canvas.restoreState()
        cursor = top
        if tagger is not None:
            tagger.open("LBody")
        for item, (_, height) in zip(self.body, self._sizes, strict=True):
            cursor -= height
            item.drawOn(canvas, x + self.indent, cursor)
            cursor -= item.getSpaceAfter()
        if tagger is not None:
            tagger.close()


class TableTags:
    """Tags a table while ReportLab draws it (its `renderCB`): header rows TH, others TD, decoration artifacts.

    `roles` = (table, row, cell) element types: ("Table", "TR", "TD") or ("TOC", "TOCI", "Link").
    `header_rows` rows are TH with `/Scope /Column`; `row_headers` makes the first column TH with
    `/Scope /Row`. One object per logical table, shared by its split parts (ReportLab passes
    `renderCB` on), so a table split over pages stays one Table element; the header rows a later
    part repeats are artifacts.
    """

    def __init__(self, *, header_rows: int = 1, row_headers: bool = False,
                 roles: tuple[str, str, str] = ("Table", "TR", "TD"),
                 links: list[str] | None = None) -> None:
        self.header_rows = header_rows
        self.row_headers = row_headers
        self.roles = roles
        self.links = links
        self._tagger: Tagger | None = None
        self._pass: object = None
        self._parts_drawn = 0
        self._repeat = False
        self._row_index = 0
        self._cell_open = False
        self._cell_marked = False
        self._row_open = False
        self._link_row = 0

    def __call__(self, table: Table, command: str, *args: Any) -> None:
        if command == "startTable":
            tagger = tagger_of(table.canv)
            self._tagger = tagger if tagger is not None and not tagger.marking else None
            if self._tagger is None:
                return
            if self._pass is not self._tagger.root:  # a new layout pass
                self._pass, self._parts_drawn, self._link_row = self._tagger.root, 0, 0
            self._repeat = self._parts_drawn > 0 and getattr(table, "repeatRows", 0) > 0
            self._parts_drawn += 1
            self._tagger.open(self.roles[0], key=self)
            return
        tagger = self._tagger
        if tagger is None:
            return
        canvas = table.canv
        if command in ("startBG", "startLines"):
            self._artifact = tagger.artifact(canvas)
            self._artifact.__enter__()
        elif command in ("endBG", "endLines"):
            self._artifact.__exit__(None, None, None)
        elif command == "startRow":
            if self._repeat and args[0] < (table.repeatRows or 0):  # a header row repeated on a later page
                self._row_artifact = tagger.artifact(canvas, "Pagination")
                self._row_artifact.__enter__()
                self._row_open = False
            else:
                tagger.open(self.roles[1])
                self._row_open = True
        elif command == "startCell":
            if not self._row_open:
                return
            row, column, value = args[0], args[1], args[2]
            role, attributes = self.roles[2], {}
            if self.roles[0] == "Table" and row < self.header_rows and self._parts_drawn == 1:
                role, attributes = "TH", {"O": "Table", "Scope": "Column"}
            elif self.roles[0] == "Table" and self.row_headers and column == 0:
                role, attributes = "TH", {"O": "Table", "Scope": "Row"}
            # the text is a Link's /Contents, and says whether the cell is a passage in another language
            text = _cell_text(value)
            element = tagger.open(role, attributes=attributes, lang=tagger.passage_language(text) if text else None)
            element.text = text
            self._cell_marked = tagger.begin_content(canvas)
            self._cell_open = True
        elif command == "endCell":
            if self._cell_open:
                if self._cell_marked:
                    tagger.end_content(canvas)
                if self.roles[2] == "Link" and self.links is not None and self._link_row < len(self.links):
                    tagger.link(canvas, self.links[self._link_row])
                tagger.close()
                self._cell_open = False
        elif command == "endRow":
            if self._row_open:
                tagger.close()
                self._row_open = False
                self._link_row += 1
            else:
                self._row_artifact.__exit__(None, None, None)
        elif command == "endTable":
            tagger.close()
            self._tagger = None


def _cell_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, Paragraph):
        return str(value.getPlainText()).replace("\u00ad", "")  # soft hyphens: where it may break, not text
    return ""


class TaggedTable(Table):
    """A Table tagged as it draws (see `TableTags`)."""

    def __init__(self, data: Any, *args: Any, tags: TableTags | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("renderCB", tags or TableTags())
        super().__init__(data, *args, **kwargs)


# --- the structure tree ------------------------------------------------------------------------


def finish_tagged_pdf(path: Path, tagger: Tagger, *, title: str, author: str, subject: str) -> None:
    """Write the structure tree, metadata and viewer settings of a tagged PDF into `path`, in place."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        pages = pdf.pages
        page_objs = [page.obj for page in pages]
        parent_tree: dict[int, dict[int, Any]] = {}  # page -> mcid -> element
        annotation_parents: list[tuple[Any, Any]] = []  # (annotation, element)
        # ReportLab resolves named destinations to explicit ones, so a link is known by its place:
        # the annotations of a page are in the order they were drawn, as the LinkRefs are.
        links: dict[int, list[Any]] = {}
        for index, page in enumerate(pages):
            for annotation in page.obj.get("/Annots", Array()):
                if annotation.get("/Subtype") == Name.Link:
                    links.setdefault(index, []).append(annotation)

        root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))

        def build(element: Element, parent: Any) -> Any:
            node = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name("/" + element.role), P=parent))
            if element.alt is not None:
                node.Alt = String(element.alt)
            if element.lang:
                node.Lang = String(element.lang)
            if element.attributes:
                attributes = Dictionary()
                for key, value in element.attributes.items():
                    attributes[Name("/" + key)] = (Name("/" + value) if isinstance(value, str)
                                                   else Array(value) if isinstance(value, list) else value)
                node.A = attributes
            kids = Array()
            pages_used = {k.page for k in element.kids if isinstance(k, MarkedRef)}
            home = min(pages_used) if pages_used else None
            if home is not None:
                node.Pg = page_objs[home]
            for kid in element.kids:
                if isinstance(kid, Element):
                    kids.append(build(kid, node))
                elif isinstance(kid, MarkedRef):
                    parent_tree.setdefault(kid.page, {})[kid.mcid] = node
                    if kid.page == home:
                        kids.append(kid.mcid)
                    else:
                        kids.append(Dictionary(Type=Name.MCR, Pg=page_objs[kid.page], MCID=kid.mcid))
                else:  # a link annotation
                    queue = links.get(kid.page)
                    if queue:
                        annotation = queue.pop(0)
                        kids.append(Dictionary(Type=Name.OBJR, Obj=annotation, Pg=page_objs[kid.page]))
                        annotation_parents.append((annotation, node))
                        annotation.Contents = String(element.text or kid.destination)
            node.K = kids
            return node

        root.K = Array([build(tagger.root, root)])
        nums = Array()
        for index, page_obj in enumerate(page_objs):
            page_obj.StructParents = index
            page_obj.Tabs = Name.S
            marked = parent_tree.get(index, {})
            nums.append(index)
            nums.append(pdf.make_indirect(Array([marked.get(m) for m in range(max(marked, default=-1) + 1)])))
        key = len(page_objs)
        for annotation, node in annotation_parents:
            annotation.StructParent = key
            nums.append(key)
            nums.append(node)
            key += 1
        root.ParentTree = pdf.make_indirect(Dictionary(Nums=nums))
        root.ParentTreeNextKey = key
        root.RoleMap = Dictionary()
        pdf.Root.StructTreeRoot = root
        pdf.Root.MarkInfo = Dictionary(Marked=True)
        pdf.Root.Lang = String(tagger.language)
        pdf.Root.ViewerPreferences = Dictionary(DisplayDocTitle=True)
        producer = f"ICC Workshop {__version__} (ReportLab, pikepdf)"
        pdf.docinfo[Name.Producer] = String(producer)
        metadata = pdf.make_stream(_xmp(title=title, author=author, subject=subject, language=tagger.language,
                                        producer=producer).encode("utf-8"))
        metadata.Type, metadata.Subtype = Name.Metadata, Name.XML
        pdf.Root.Metadata = metadata
        # fix_metadata_version would rewrite the XMP through lxml, which the bundle leaves out
        pdf.save(path, fix_metadata_version=False)


def _xmp(*, title: str, author: str, subject: str, language: str, producer: str) -> str:
    """The XMP packet: Dublin Core title, author, description and language, the tool, dates, PDF/UA part 1."""
    now = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()

    def text(value: str) -> str:
        return escape(value)

    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{text(title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{text(author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{text(subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>{text(language)}</rdf:li></rdf:Bag></dc:language>
   <pdf:Producer>{text(producer)}</pdf:Producer>
   <xmp:CreatorTool>ICC Workshop {__version__}</xmp:CreatorTool>
   <xmp:CreateDate>{now}</xmp:CreateDate>
   <xmp:ModifyDate>{now}</xmp:ModifyDate>
   <xmp:MetadataDate>{now}</xmp:MetadataDate>
   <pdfuaid:part>1</pdfuaid:part>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


__all__ = ["Element", "Figure", "ListItem", "StableParagraph", "StructMarker", "TableTags", "TaggedParagraph", "TaggedTable", "Tagger",
           "finish_tagged_pdf", "tagger_of"]
