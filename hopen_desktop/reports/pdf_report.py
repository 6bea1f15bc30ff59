"""The PDF report of one campaign, drawn with ReportLab (imported inside the functions).

Layout: a cover, a summary (global prerequisite rate, bar chart of the groups, eligibility,
blockers), the method (how statuses and rates are computed, the readings of the instruction the
referential applies), one section per prerequisite and domain, the evidence annex with SHA-256, the action
plan, and a last page holding the integrity statement and the signature area. The signature
box of :mod:`hopen_desktop.reports.signing` is drawn at :data:`SIGNATURE_BOX` on that last page.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
from collections.abc import Callable, Mapping
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Protocol
from xml.sax.saxutils import escape

from hopen_desktop import __version__
from hopen_desktop.model.entities import ACTION_STATUS_LABELS, LEGAL_STATUS_LABELS, Answer, Evidence, EvidenceLink
from hopen_desktop.model.evidence_support import NotCounting
from hopen_desktop.model.evidence_types import kind_label, printable_fields, type_label
from hopen_desktop.model.i18n import Text
from hopen_desktop.model.referential import Group, Indicator
from hopen_desktop.model.scoring import STATUS_LABELS, CriterionState, IndicatorScore, Status
from hopen_desktop.model.snapshot import CampaignSnapshot
from hopen_desktop.reports import fonts
from hopen_desktop.reports.data import (
    BETTER,
    WORSE,
    criterion_caption,
    eligibility_verdict,
    entered_fraction,
    evidence_numbers,
    file_size,
    find_criterion,
    fr_date,
    fr_percent,
    not_counting,
    not_counting_text,
    quoted_rules,
    rate_trend,
    rule_groups,
    status_reasons,
    target_percent,
    trend,
)
from hopen_desktop.reports.progress import Steps

if TYPE_CHECKING:
    from hopen_desktop.model.seal import Seal


class SignerInfo(Protocol):
    """Who will sign the report, known before rendering (``reports/signing.py``'s ``Identity``)."""

    @property
    def signer_name(self) -> str: ...

    @property
    def organisation(self) -> str: ...

    #: SHA-256 of the certificate, hex pairs (colons allowed).
    @property
    def fingerprint(self) -> str: ...


PAGE_WIDTH, PAGE_HEIGHT = 595.2755905511812, 841.8897637795277  # A4 in points
MARGIN = 56.69  # 2 cm
#: Where the visible signature goes on the last page: (x1, y1, x2, y2) in points from the bottom left.
#: 120 points high: the box's up to 10 lines of 8-point text (signer, organisation, date, reason,
#: fingerprint on two lines; long names on two) fit without being shrunk.
SIGNATURE_BOX = (MARGIN + 130.0, 100.0, PAGE_WIDTH - MARGIN - 4.0, 220.0)
SIGNATURE_REASON = "Rapport d'autodiagnostic HOP'EN"

STATUS_COLOURS = {
    Status.ATTEINT: "#2e7d32",
    Status.NON_ATTEINT: "#c62828",
    Status.NON_RENSEIGNE: "#b26a00",
    Status.NON_APPLICABLE: "#6b6b6b",
}
ACCENT = "#1f4e79"
LIGHT = "#eef3f8"
GRID = "#b8c4d0"


#: Proofs named next to a derived criterion (all are listed under "Preuves" and in the annex).
_CRITERION_PROOFS_SHOWN = 4


def _t(text: str | None) -> str:
    """User text made safe for a Paragraph (markup escaped, line breaks kept)."""
    return escape(text or "").replace("\n", "<br/>")


def _quote(text: str) -> str:
    """A text of the referential that quotes (« testé »): made safe, and French quotation marks
    kept on the line of the words they enclose."""
    return _t(text).replace("« ", "«\u00a0").replace(" »", "\u00a0»")


#: The most characters of user text in one table row: a comment of 20,000 characters (the most a
#: comment may hold) in one row was taller than a page (LayoutError when rows could not split).
#: Rows are now cut between pages where they reach the bottom (``ROW_SPLIT_MIN``), but a giant
#: paragraph is wrapped again at each cut: longer texts still continue in the rows below, cut
#: between lines or words.
ROW_TEXT_MAX = 1200


def _pieces(text: str, limit: int = ROW_TEXT_MAX) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters, between lines where it can, else
    between words, else anywhere; at least one piece."""
    pieces: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > limit:
            cut = line.rfind(" ", 0, limit)
            cut = cut if cut > limit // 2 else limit
            head, line = line[:cut], line[cut:].lstrip(" ")
            if current:
                pieces.append(current)
                current = ""
            pieces.append(head)
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            pieces.append(current)
            current = line
        else:
            current = candidate
    pieces.append(current)
    return pieces


def report_title(data: CampaignSnapshot) -> str:
    return f"Rapport d'autodiagnostic HOP'EN — {data.establishment.name}"


def report_subject(data: CampaignSnapshot) -> str:
    c = data.campaign
    return (
        f"Autodiagnostic du {fr_date(c.date)} de {data.establishment.name} (FINESS {data.establishment.finess}) "
        f"selon le référentiel {c.referential_id} version {c.referential_version}"
    )


# ---------------------------------------------------------------------------- public API


def step_count(groups: int) -> int:
    """Progress steps of a report job: reading the snapshot, summary, one per group, annex, layout."""
    return groups + 4


def render_report(
    snapshot: CampaignSnapshot,
    *,
    steps: Steps | None = None,
    today: dt.date | None = None,
    seal: Seal | None = None,
    signer: SignerInfo | None = None,
) -> bytes:
    """The report of ``snapshot`` as PDF bytes. ``steps`` reports progress and raises
    ``Cancelled`` when asked to stop (``hopen_desktop.jobs.reports`` runs the whole job).
    ``seal``: printed on the cover (``jobs.reports`` also attaches it to the PDF); ``signer``:
    who will sign this copy, named with the certificate fingerprint on the cover and last page."""
    steps = steps or Steps(step_count(len(snapshot.referential.groups)) - 1)
    fonts.register_fonts()
    builder = _ReportBuilder(snapshot, steps, today or dt.date.today(), seal=seal, signer=signer)
    return builder.build()


def fingerprint_groups(fingerprint: str) -> str:
    """A SHA-256 written in groups of four (``AB12 CD34 …``), as it is read aloud on the phone."""
    from hopen_desktop.model.formatting import format_fingerprint

    return format_fingerprint(fingerprint)


# ---------------------------------------------------------------------------- building


#: The shortest word the report hyphenates: shorter ones wrap whole (a ragged-right text full of
#: « at-teints » reads badly), longer ones (« médico-techniques ») would leave a line half empty.
HYPHENATION_MIN_LETTERS = 10

#: The font size of the page header and footer, and the least room between the establishment's
#: name and the text on the right (the campaign's date, the page number).
HEADER_SIZE = 7.5
#: The least height (points) of either part of a table row cut across two pages: two lines of a
#: cell, so that no page ends or starts with a lone line.
ROW_SPLIT_MIN = 24
HEADER_GAP = 12

#: Rows of one piece of a long table (evidence annex, action plan): an even number, so that the
#: zebra stripes of consecutive pieces line up.
LONG_TABLE_ROWS = 40


class _ReportBuilder:
    def __init__(
        self,
        data: CampaignSnapshot,
        steps: Steps,
        today: dt.date,
        *,
        seal: Seal | None = None,
        signer: SignerInfo | None = None,
    ) -> None:
        from reportlab.lib import colors
        from reportlab.lib.enums import TA_CENTER, TA_LEFT
        from reportlab.lib.styles import ParagraphStyle

        self.data = data
        self.steps = steps
        self.today = today
        self.seal = seal
        self.signer = signer
        self.colors = colors
        #: E-001… by evidence id, in the annex's order: the one reference used everywhere.
        self.numbers = evidence_numbers(data.evidence)
        #: The page of each section heading once placed (``placed``), for the table of contents.
        self.toc_pages: dict[str, int] = {}
        #: The outline entries already added (an indicator block's title row may be drawn twice
        #: when a split table repeats it).
        self.outlined: set[str] = set()
        base = ParagraphStyle(
            "base",
            fontName=fonts.REGULAR,
            fontSize=9.5,
            leading=12.5,
            alignment=TA_LEFT,
            # the bullets' font (ReportLab's default is the standard, non-embedded Helvetica)
            bulletFontName=fonts.REGULAR,
            # a long word is hyphenated at a French syllable (« médico-tech-niques »), never cut
            # anywhere: pyphen's French patterns; a compound word breaks after its own hyphen first.
            # Words shorter than HYPHENATION_MIN_LETTERS go whole to the next line.
            hyphenationLang=_french_hyphenator(),
            embeddedHyphenation=1,
            uriWasteReduce=0.3,
        )
        base.hyphenationMinWordLength = HYPHENATION_MIN_LETTERS
        self.s = {
            "base": base,
            "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
            "muted": ParagraphStyle("muted", parent=base, fontSize=8, leading=10, textColor=colors.HexColor("#555555")),
            "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
            "cellb": ParagraphStyle("cellb", parent=base, fontName=fonts.BOLD, fontSize=8.5, leading=10.5),
            "mono": ParagraphStyle("mono", parent=base, fontName=fonts.MONO, fontSize=6.6, leading=8.2),
            "h1": ParagraphStyle(
                "h1",
                parent=base,
                hyphenationLang="",  # a title wraps whole words
                fontName=fonts.BOLD,
                fontSize=16,
                leading=20,
                spaceBefore=4,
                spaceAfter=8,
                textColor=colors.HexColor(ACCENT),
            ),
            "h2": ParagraphStyle(
                "h2",
                parent=base,
                hyphenationLang="",  # a title wraps whole words
                fontName=fonts.BOLD,
                fontSize=12,
                leading=15,
                spaceBefore=10,
                spaceAfter=5,
                textColor=colors.HexColor(ACCENT),
            ),
            "h3": ParagraphStyle(
                "h3", parent=base, fontName=fonts.BOLD, fontSize=10, leading=13, spaceAfter=2, hyphenationLang=""
            ),
            "title": ParagraphStyle(
                "title",
                parent=base,
                hyphenationLang="",  # a title wraps whole words
                fontName=fonts.BOLD,
                fontSize=24,
                leading=30,
                alignment=TA_CENTER,
                textColor=colors.HexColor(ACCENT),
            ),
            "subtitle": ParagraphStyle(
                "subtitle", parent=base, fontSize=12.5, leading=17, alignment=TA_CENTER, hyphenationLang=""
            ),
            "big": ParagraphStyle(
                "big",
                parent=base,
                hyphenationLang="",  # a title wraps whole words
                fontName=fonts.BOLD,
                fontSize=26,
                leading=32,
                alignment=TA_CENTER,
                textColor=colors.HexColor(ACCENT),
            ),
            "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
            "bullet": ParagraphStyle(
                "bullet", parent=base, leftIndent=12, bulletIndent=0, bulletText="•", spaceAfter=4
            ),
        }

    # ------------------------------------------------------------------ helpers

    def p(self, text: str, style: str = "base") -> Any:
        return self._para(text, self.s[style])

    def status_text(self, status: Status, bold: bool = True) -> str:
        label = STATUS_LABELS[status]
        colour = STATUS_COLOURS[status]
        font = fonts.BOLD if bold else fonts.REGULAR
        return f'<font name="{font}" color="{colour}">{label}</font>'

    def heading(self, text: str, level: int, key: str) -> Any:
        """A heading that also becomes a bookmark of the PDF outline."""
        para = self.p(f'<a name="{key}"/>{text}', f"h{level}")
        para._bookmark = (key, level - 1)  # read by _Doc.afterFlowable
        return para

    def placed(self, key: str, page: int) -> None:
        """A heading was laid out on ``page`` (``_Doc.afterFlowable``): the table of contents
        prints that number."""
        self.toc_pages.setdefault(key, page)

    def sections(self) -> list[tuple[str, str]]:
        """The report's sections in order, as (bookmark key, heading text): the headings and the
        table of contents both read them, so the contents name exactly what the report holds."""
        d = self.data
        found = [("synthese", "Synthèse"), ("methode", "Méthode")]
        for group in d.referential.groups:
            kind = "Prérequis" if group.is_prerequisite else "Domaine"
            found.append((f"groupe-{group.id}", f"{kind} {group.id} — {_t(group.title)}"))
        found.append(("annexe-preuves", "Annexe — Registre des preuves"))
        if d.actions:
            found.append(("plan-action", "Plan d'action"))
        found.append(("signature", "Intégrité et signature"))
        return found

    def section_heading(self, key: str) -> Any:
        return self.heading(dict(self.sections())[key], 1, key)

    def contents(self) -> list[Any]:
        """The table of contents: each section with its page, as a link. The numbers are known only
        once the layout is done, so each is a form XObject the page refers to and that is drawn at
        the end of the layout (``contents_end``): one layout pass, not two (``multiBuild``)."""
        from reportlab.platypus import Spacer

        page_w = _PAGE_REF_WIDTH + 8  # the cell's paddings
        rows = []
        for key, title in self.sections():
            rows.append(
                [
                    self.p(f'<a href="#{key}" color="{ACCENT}">{title}</a>', "base"),
                    _flowables().PageRef(f"toc-{key}", _PAGE_REF_WIDTH),
                ]
            )
        table = self.table(rows, [self.width - page_w, page_w], header=False, zebra=True)
        table.setStyle([("GRID", (0, 0), (-1, -1), 0, self.colors.white)])
        story: list[Any] = [self.p("Sommaire", "h1"), Spacer(1, 4), table, Spacer(1, 10)]
        story.append(
            self.p(
                "Les signets du document (panneau « Signets » du lecteur PDF) mènent aussi à chaque indicateur.",
                "muted",
            )
        )
        return story

    def contents_end(self) -> Any:
        """The last flowable of the story: draws the table of contents' page numbers."""
        return _flowables().ContentsEnd(self)

    def draw_contents_numbers(self, canvas: Any) -> None:
        for key, _title in self.sections():
            page = self.toc_pages.get(key)
            canvas.beginForm(f"toc-{key}")
            canvas.setFont(fonts.REGULAR, 9.5)
            canvas.drawRightString(_PAGE_REF_WIDTH, 3, str(page) if page is not None else "—")
            canvas.endForm()

    def table(
        self,
        rows: list[list[Any]],
        widths: list[float],
        *,
        header: bool = True,
        zebra: bool = True,
        split_rows: bool = False,
    ) -> Any:
        """A table with a header row repeated on each page. ``split_rows``: a row taller than
        the room left on the page continues on the next one (the evidence annex, the action plan)
        rather than leaving that room empty."""
        from reportlab.platypus import Table, TableStyle

        c = self.colors
        style = [
            ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8.5),
            ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
            ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.4, c.HexColor(GRID)),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if header:
            style += [
                ("BACKGROUND", (0, 0), (-1, 0), c.HexColor(ACCENT)),
                ("TEXTCOLOR", (0, 0), (-1, 0), c.white),
                ("FONTNAME", (0, 0), (-1, 0), fonts.BOLD),
            ]
        if zebra:
            for r in range(1 if header else 0, len(rows)):
                if r % 2 == 0:
                    style.append(("BACKGROUND", (0, r), (-1, r), c.HexColor("#f6f8fa")))
        if split_rows:
            t = Table(
                [[_splittable(cell) for cell in row] for row in rows],
                colWidths=widths,
                repeatRows=1 if header else 0,
                hAlign="LEFT",
                # first try to cut the row that reaches the bottom of the page, between the lines
                # of its cells; between rows when it cannot (a piece shorter than ROW_SPLIT_MIN)
                splitByRow=0,
                splitInRow=ROW_SPLIT_MIN,
            )
        else:
            t = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
        t.setStyle(TableStyle(style))
        return t

    def long_table(self, rows: list[list[Any]], widths: list[float]) -> list[Any]:
        """A table of any length as consecutive tables of at most ``LONG_TABLE_ROWS`` rows, each
        with the header row: ReportLab splits one table across pages by measuring every row left at
        each page break, so one table of N rows took time in N² (100,000 actions: more than 15
        minutes); in pieces the time grows with N. The zebra stripes keep their rhythm."""
        header, body = rows[0], rows[1:]
        tables = []
        for start in range(0, max(len(body), 1), LONG_TABLE_ROWS):
            piece = self.table([header, *body[start : start + LONG_TABLE_ROWS]], widths, split_rows=True)
            tables.append(piece)
        return tables

    def header_cells(self, *labels: str) -> list[Any]:
        from reportlab.lib.styles import ParagraphStyle

        white = ParagraphStyle("hdr", parent=self.s["cellb"], textColor=self.colors.white)
        return [self._para(label, white) for label in labels]

    @staticmethod
    def _para(text: str, style: Any) -> Any:
        """Every paragraph of the report: a character the embedded fonts cannot draw (emoji,
        Chinese…) is written as its code point, « [U+1F3E5] », rather than as an empty box."""
        return _paragraph_class()(fonts.drawable(text), style)

    @property
    def width(self) -> float:
        return PAGE_WIDTH - 2 * MARGIN

    def mono_line(self, text: str, width: float, *, size: float = 8.0, colour: str | None = None) -> Any:
        """``text`` (a hash, an identifier) in the monospaced font on ONE line of ``width``
        points: smaller when it would not fit (a hash cut in two is misread when compared)."""
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.pdfbase.pdfmetrics import stringWidth

        natural = stringWidth(text, fonts.MONO, 1.0)
        fitted = min(size, (width - 0.5) / natural) if natural else size
        style = ParagraphStyle(
            f"mono-{fitted:.2f}",
            parent=self.s["base"],
            fontName=fonts.MONO,
            fontSize=fitted,
            leading=max(fitted * 1.25, 7.5),
            splitLongWords=0,
            hyphenationLang="",
            embeddedHyphenation=0,
            uriWasteReduce=0,
            textColor=self.colors.HexColor(colour) if colour else self.colors.black,
        )
        return self._para(_t(text), style)

    # ------------------------------------------------------------------ document

    def build(self) -> bytes:
        from reportlab.platypus import NextPageTemplate, PageBreak

        d = self.data
        story: list[Any] = []
        story += self.cover()
        story += [NextPageTemplate("body"), PageBreak()]
        story += self.contents()
        story.append(PageBreak())
        self.steps.step(Text("Synthèse…", "Summary…"))
        story += self.summary()
        story.append(PageBreak())
        story += self.method()
        for group in d.referential.groups:
            self.steps.step(Text(f"Section {group.id}…", f"Section {group.id}…"))
            story.append(PageBreak())
            story += self.group_section(group)
        self.steps.step(Text("Annexe des preuves…", "Evidence annex…"))
        story.append(PageBreak())
        story += self.evidence_annex()
        if d.actions:
            story.append(PageBreak())
            story += self.action_plan()
        story += [NextPageTemplate("signature"), PageBreak()]
        story += self.signature_page()
        story.append(self.contents_end())
        self.steps.step(Text("Mise en page du document…", "Laying out the document…"))
        buffer = io.BytesIO()
        doc = _make_doc(buffer, self)
        doc.build(story, canvasmaker=_numbered_canvas_class(self))
        self.steps.finish(Text("Rapport prêt.", "Report ready."))
        return buffer.getvalue()

    # ------------------------------------------------------------------ cover

    def cover(self) -> list[Any]:
        from reportlab.platypus import Spacer

        d = self.data
        e, c, ref = d.establishment, d.campaign, d.referential
        ght = "Non membre d'un GHT"
        if e.ght:
            ght = _t(e.ght) + (" — établissement support" if e.ght_support else "")
        pairs = [
            ["Établissement", f"<b>{_t(e.name)}</b>"],
            ["FINESS", e.finess_label("fr")],
            ["Statut juridique", LEGAL_STATUS_LABELS.get(e.legal_status, e.legal_status)],
            ["Activités", ", ".join(e.activities) or "—"],
            ["GHT", ght],
            ["Date de la campagne", fr_date(c.date)],
            ["Auditeur", _t(c.auditor) or "—"],
            [
                "Référentiel",
                f"{_t(ref.title)}<br/>identifiant {_t(c.referential_id)}, version {_t(c.referential_version)}",
            ],
            ["Rapport édité le", f"{fr_date(self.today)} par HOP'EN Desktop {__version__}"],
        ]
        rows = [[self.p(f"<b>{label}</b>", "base"), self.p(value, "base")] for label, value in pairs]
        table = self.table(rows, [130, self.width - 130], header=False, zebra=False)
        table.setStyle(
            [
                ("FONTNAME", (0, 0), (0, -1), fonts.BOLD),
                ("BACKGROUND", (0, 0), (0, -1), self.colors.HexColor(LIGHT)),
                ("FONTSIZE", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
        story: list[Any] = [
            Spacer(1, 60 if self.seal is not None or self.signer is not None else 90),
            self.p("Rapport d'autodiagnostic HOP'EN", "title"),
            Spacer(1, 8),
            self.p("Programme « Hôpital numérique ouvert sur son environnement »", "subtitle"),
            Spacer(1, 40),
            self.p(f"<b>{_t(e.name)}</b>", "subtitle"),
            self.p(f"Campagne du {fr_date(c.date)}", "subtitle"),
            Spacer(1, 40),
            table,
            Spacer(1, 20),
        ]
        if self.seal is not None or self.signer is not None:
            story += [self.seal_table(), Spacer(1, 10)]
        if ref.partial:
            # The note itself opens the summary: with the seal and the signer, the cover would not
            # hold a note of twenty lines (it ran onto a second page).
            story.append(
                self.p(
                    '<font color="#c62828"><b>Référentiel partiel :</b></font> ce référentiel est incomplet ; '
                    "sa note de construction est reproduite en tête de la synthèse.",
                    "base",
                )
            )
        story.append(self.p(self.integrity_sentence(), "small"))
        return story

    def seal_table(self) -> Any:
        """The cover's seal and signature: the report identifier, the content digest, the journal
        head, and when signed the signer and the certificate fingerprint (hashes on one line)."""
        label_w = 130
        value_w = self.width - label_w - 8  # the cell's paddings
        rows: list[list[Any]] = []

        def row(label: str, *values: Any) -> None:
            rows.append([self.p(f"<b>{label}</b>", "small"), list(values)])

        if self.signer is not None:
            org = f" — {_t(self.signer.organisation)}" if self.signer.organisation else ""
            row("Signé par", self.p(f"<b>{_t(self.signer.signer_name)}</b>{org}", "small"))
            row(
                "Certificat du signataire",
                self.mono_line(fingerprint_groups(self.signer.fingerprint), value_w),
                self.p("empreinte SHA-256, à comparer avec celle que le signataire vous a communiquée", "muted"),
            )
        seal = self.seal
        if seal is not None:
            row("Identifiant du rapport", self.mono_line(seal.report_id, value_w))
            row(
                "Empreinte du contenu (sceau)",
                self.mono_line(seal.content_sha256, value_w),
                self.p(
                    "SHA-256 du contenu de la campagne (établissement, réponses, preuves datées au plus tard du jour "
                    "de la campagne, plan d'action) ; le sceau est aussi joint au fichier (« sceau-hopen.json »)",
                    "muted",
                ),
            )
            row(
                "Tête du journal",
                self.p(f"modification n° {seal.journal_head_id}", "small"),
                self.mono_line(seal.journal_head_hash, value_w),
            )
        table = self.table(rows, [label_w, self.width - label_w], header=False, zebra=False)
        table.setStyle(
            [
                ("BACKGROUND", (0, 0), (0, -1), self.colors.HexColor(LIGHT)),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
        return table

    def integrity_sentence(self) -> str:
        d = self.data
        if d.journal_problem is None:
            # Two checks: the chain of the journal's rows, and the workspace's data compared with
            # what the journal recorded (the snapshot's ``journal_problem`` covers both). What
            # neither can see (a journal cut or rewritten as a whole) is caught against the seal.
            journal = (
                f'<font color="{STATUS_COLOURS[Status.ATTEINT]}"><b>vérifié</b></font> '
                f"({d.journal_rows} modification(s) enregistrée(s)) : chaînage des lignes intact et données "
                "de l'espace de travail conformes au journal"
            )
            if self.seal is not None:
                journal += (
                    f" ; sa dernière ligne (n° {self.seal.journal_head_id}) est inscrite dans le sceau de ce "
                    "rapport, l'ancre qui permettra de reconnaître plus tard un journal tronqué ou réécrit"
                )
        else:
            journal = (
                f'<font color="{STATUS_COLOURS[Status.NON_ATTEINT]}"><b>NON vérifié</b></font> : '
                f"{_t(d.journal_problem.rstrip('.'))}"
            )
        if not d.altered_files:
            files = "toutes les empreintes SHA-256 des fichiers joints correspondent à leur contenu"
        else:
            files = f'<font color="{STATUS_COLOURS[Status.NON_ATTEINT]}"><b>fichiers altérés</b></font> : ' + ", ".join(
                f"«\u00a0{_t(n)}\u00a0»" for n in d.altered_files
            )
        authors = ""
        if d.journal_authors:
            names = ", ".join(_t(name) for name in d.journal_authors)
            authors = f" <b>Modifications de cette campagne saisies par :</b> {names}."
        return f"<b>Journal des modifications :</b> {journal}.{authors} <b>Fichiers joints :</b> {files}."

    # ------------------------------------------------------------------ summary

    def summary(self) -> list[Any]:
        from reportlab.platypus import KeepTogether, Spacer

        d = self.data
        score = d.score
        story: list[Any] = [self.section_heading("synthese")]
        if d.referential.partial:
            story += [
                self.p(
                    f'<font color="#c62828"><b>Référentiel partiel :</b></font> {_t(d.referential.partial_note)}',
                    "small",
                ),
                Spacer(1, 8),
            ]
        rate = fr_percent(score.prerequisites_rate)
        story += [
            self.p("Taux global d'atteinte des prérequis", "center"),
            self.p(rate, "big"),
            self.p(
                f"{score.prerequisites_attained} indicateur(s) de prérequis atteint(s) sur "
                f"{score.prerequisites_applicable}, comptés par indicateur (voir « Méthode »).",
                "center",
            ),
            *self.previous_rate(),
            Spacer(1, 10),
            KeepTogether([self.p("<b>Atteinte par prérequis et par domaine</b>", "base"), self.group_chart()]),
            Spacer(1, 6),
        ]
        rows = [self.header_cells("Groupe", "Intitulé", "Statut", "Atteints / applicables")]
        for g in d.referential.groups:
            gs = score.groups[g.id]
            rows.append(
                [
                    self.p(f"<b>{g.id}</b>", "cell"),
                    self.p(_t(g.title), "cell"),
                    self.p(self.status_text(gs.status), "cell"),
                    self.p(f"{gs.attained} / {gs.applicable}", "cell"),
                ]
            )
        story.append(self.table(rows, [45, self.width - 45 - 80 - 95, 80, 95]))

        story.append(self.heading("Éligibilité au financement par domaine", 2, "eligibilite"))
        rows = [self.header_cells("Domaine", "Éligible", "Motifs")]
        for g in d.referential.domain_groups:
            el = score.eligibility[g.id]
            verdict, reasons = eligibility_verdict(el)
            colour = STATUS_COLOURS[Status.ATTEINT if el.eligible else Status.NON_ATTEINT]
            if el.reserve is not None:
                colour = STATUS_COLOURS[Status.NON_RENSEIGNE]
            rows.append(
                [
                    self.p(f"<b>{g.id}</b> {_t(g.title)}", "cell"),
                    self.p(f'<font name="{fonts.BOLD}" color="{colour}">{verdict}</font>', "cell"),
                    self.p("<br/>".join(_t(r) for r in reasons) or "—", "cell"),
                ]
            )
        story.append(self.table(rows, [190, 60, self.width - 250]))
        if d.hn_declaration is not None and "D7" in score.eligibility:
            # What D7's other route rests on: the declared HN attainment, backed or not (issue 16).
            story.append(Spacer(1, 4))
            story.append(
                self.p(
                    "Atteinte des cibles d'usage Hôpital Numérique D2 ou D3 (éligibilité de D7) : "
                    f"{_t(d.hn_declaration.text().text('fr'))}."
                )
            )

        story.append(self.heading("Ce qui bloque", 2, "blocages"))
        if not score.blockers:
            story.append(self.p("Tous les prérequis applicables sont atteints : rien ne bloque l'éligibilité."))
        else:
            story.append(
                self.p(
                    "Indicateurs de prérequis applicables non atteints ; tant qu'ils le restent, aucun domaine "
                    "n'est finançable :"
                )
            )
            rows = [self.header_cells("Indicateur", "Statut", "Motif")]
            for iid in score.blockers:
                ind = d.referential.indicator(iid)
                isc = score.indicators[iid]
                rows.append(
                    [
                        self.p(f"<b>{iid}</b> {_t(_short(ind.label))}", "cell"),
                        self.p(self.status_text(isc.status), "cell"),
                        self.p("<br/>".join(_t(r) for r in isc.reason_texts("fr")) or "—", "cell"),
                    ]
                )
            story.append(self.table(rows, [180, 70, self.width - 250]))
        return story

    def previous_rate(self) -> list[Any]:
        """Under the global rate: the previous campaign's, with an arrow; nothing without one."""
        previous = self.data.previous
        if previous is None:
            return []
        before, now = previous.score.prerequisites_rate, self.data.score.prerequisites_rate
        arrow = rate_trend(before, now)
        return [
            self.p(
                f"Campagne précédente du {fr_date(previous.campaign.date)} : {fr_percent(before)} "
                f"({previous.score.prerequisites_attained}/{previous.score.prerequisites_applicable}) "
                f"{self.arrow_text(arrow)}",
                "center",
            )
        ]

    def group_chart(self) -> Any:
        from reportlab.graphics.charts.barcharts import VerticalBarChart
        from reportlab.graphics.shapes import Drawing, Line, String

        c = self.colors
        d = self.data
        groups = d.referential.groups
        values = []
        for g in groups:
            gs = d.score.groups[g.id]
            values.append(100 * gs.attained / gs.applicable if gs.applicable else 0)
        width, height = self.width, 175
        drawing = Drawing(width, height)
        chart = VerticalBarChart()
        chart.x, chart.y = 34, 32
        chart.width, chart.height = width - 44, height - 50
        chart.data = [values]
        chart.valueAxis.valueMin = 0
        chart.valueAxis.valueMax = 100
        chart.valueAxis.valueStep = 25
        chart.valueAxis.labels.fontName = fonts.REGULAR
        chart.valueAxis.labels.fontSize = 7
        chart.valueAxis.labelTextFormat = "%d %%"
        chart.valueAxis.visibleGrid = True
        chart.valueAxis.gridStrokeColor = c.HexColor("#dddddd")
        chart.categoryAxis.categoryNames = [g.id for g in groups]
        chart.categoryAxis.labels.fontName = fonts.BOLD
        chart.categoryAxis.labels.fontSize = 8
        chart.barWidth = 10
        chart.groupSpacing = 8
        chart.bars.strokeColor = None
        for n, g in enumerate(groups):
            chart.bars[(0, n)].fillColor = c.HexColor(STATUS_COLOURS[d.score.groups[g.id].status])
        drawing.add(chart)
        step = chart.width / len(groups)
        for n, g in enumerate(groups):
            gs = d.score.groups[g.id]
            label = f"{gs.attained}/{gs.applicable}" if gs.applicable else "N/A"
            x = chart.x + step * (n + 0.5)
            y = chart.y + chart.height * values[n] / 100 + 3
            drawing.add(String(x, y, label, fontName=fonts.REGULAR, fontSize=7, textAnchor="middle"))
        # separator between prerequisites and domains
        n_p = len(d.referential.prerequisite_groups)
        if 0 < n_p < len(groups):
            x = chart.x + step * n_p
            drawing.add(
                Line(
                    x,
                    chart.y - 18,
                    x,
                    chart.y + chart.height,
                    strokeColor=c.HexColor("#999999"),
                    strokeDashArray=[2, 2],
                )
            )
        # legend
        lx = chart.x
        for status in (Status.ATTEINT, Status.NON_ATTEINT, Status.NON_RENSEIGNE, Status.NON_APPLICABLE):
            from reportlab.graphics.shapes import Rect

            drawing.add(Rect(lx, 4, 8, 8, fillColor=c.HexColor(STATUS_COLOURS[status]), strokeColor=None))
            drawing.add(String(lx + 11, 5, STATUS_LABELS[status], fontName=fonts.REGULAR, fontSize=7.5))
            lx += 95
        return drawing

    # ------------------------------------------------------------------ method

    def method(self) -> list[Any]:
        """How the statuses, the rates and the eligibility are computed, in short plain French, and
        the readings of the instruction that the campaign's referential applies (from its data)."""
        from hopen_desktop.model.scoring import all_prerequisites_text

        d = self.data
        ref = d.referential
        every = all_prerequisites_text(ref).fr
        points = [
            "<b>Taux.</b> Le numérateur divisé par le dénominateur est comparé <b>exactement</b> à la cible, "
            "sous forme de fraction, jamais sur le pourcentage arrondi : 899/1000 (affiché 89,9 %) est sous "
            "une cible de 90 %. Les pourcentages affichés sont tronqués, jamais arrondis vers le haut. Un "
            "dénominateur nul laisse l'indicateur non renseigné.",
            "<b>Statut d'un indicateur.</b> <i>Non atteint</i> dès qu'un élément connu échoue (taux sous la "
            "cible, critère répondu « non », critère calculé que le registre des preuves ne remplit pas) ; "
            "sinon <i>non renseigné</i> tant qu'un élément manque (numérateur, critère à cocher, critère GHT "
            "compris) ; sinon <i>atteint</i>. Chaque statut est donné avec son motif.",
            "<b>Non applicable.</b> Un indicateur de domaine déclaré non applicable, avec sa justification, "
            "est exclu de tous les comptes. Un indicateur de prérequis ne peut <b>jamais</b> être non "
            "applicable ; seul un critère que l'instruction rend elle-même conditionnel (« le cas échéant », "
            "« si … ») peut l'être, avec une justification.",
            "<b>Prérequis et domaines.</b> Un prérequis ou un domaine est atteint quand tous ses indicateurs "
            "applicables le sont ; un groupe sans indicateur applicable n'est <b>jamais</b> atteint. Un domaine "
            f"est éligible au financement quand {every}"
            + (
                " ; le domaine D7 demande aussi D2 ou D3 atteint, l'atteinte déclarée des cibles Hôpital "
                "numérique D2 ou D3, ou l'engagement conjoint sur D2 ou D3 (éligible alors « sous réserve »)."
                if any(g.id == "D7" for g in ref.domain_groups)
                else "."
            ),
            "<b>Taux global d'atteinte des prérequis.</b> Part des indicateurs de prérequis atteints, "
            "<b>comptée par indicateur</b> : chaque indicateur compte pour un. L'outil d'autodiagnostic de "
            "l'ANAP compte par question : les deux taux peuvent différer.",
            "<b>Critères calculés d'après le registre des preuves.</b> Les fenêtres se terminent à la date de la "
            "campagne, ce jour inclus ; une preuve datée après cette date est conservée mais ne compte pas. "
            "Les preuves sont comptées par <b>dates distinctes</b> : deux preuves du même jour comptent pour "
            "une.",
        ]
        story: list[Any] = [self.section_heading("methode")]
        story += [self.p(text, "bullet") for text in points]
        story.append(self.heading("Lectures de l'instruction appliquées", 2, "lectures"))
        rules = quoted_rules(ref)
        if not rules:
            story.append(
                self.p(
                    "Ce référentiel ne retient aucune lecture particulière de l'instruction : ses critères se "
                    "cochent à la main."
                )  # fmt: skip
            )
            return story
        story.append(
            self.p(
                "Là où l'instruction ne fixe pas de période (« testé », « régulière », « semestriel »…), "
                "l'application en retient une lecture, donnée par le référentiel de la campagne "
                f"({_t(ref.id)}, version {_t(ref.version)}) : un autre référentiel peut en retenir une autre."
            )
        )
        rows = [self.header_cells("Critère", "Texte de l'instruction", "Lecture appliquée par l'application")]
        for ind, crit in rules:
            rows.append(
                [
                    self.p(f"<b>{_t(ind.id)}</b> {_t(crit.label)}", "cell"),
                    self.p(_quote(crit.instruction) or "—", "cell"),
                    self.p(_quote(crit.reading), "cell"),
                ]
            )
        story.append(self.table(rows, [130, (self.width - 130) / 2, (self.width - 130) / 2]))
        return story

    # ------------------------------------------------------------------ indicators

    def group_section(self, group: Group) -> list[Any]:
        from reportlab.platypus import Spacer

        d = self.data
        gs = d.score.groups[group.id]
        story: list[Any] = [
            self.section_heading(f"groupe-{group.id}"),
            self.p(
                f"Statut : {self.status_text(gs.status)} — {gs.attained} indicateur(s) atteint(s) sur "
                f"{gs.applicable} applicable(s)."
            ),
        ]
        if not group.is_prerequisite:
            el = d.score.eligibility.get(group.id)
            if el is not None:
                verdict, reasons = eligibility_verdict(el)
                why = (" — " + " ".join(_t(r) for r in reasons)) if reasons else "."
                story.append(self.p(f"Éligibilité : <b>{verdict.lower()}</b>{why}"))
        story.append(Spacer(1, 6))
        for ind in d.referential.indicators_of(group.id):
            self.steps.check()
            story += self.indicator_block(ind)
            story.append(Spacer(1, 8))
        return story

    def indicator_block(self, ind: Indicator) -> list[Any]:
        from reportlab.platypus import KeepTogether, Table, TableStyle

        d = self.data
        isc = d.indicator_score(ind.id)
        answer = d.answer(ind.id)
        c = self.colors
        w = self.width
        status_colour = c.HexColor(STATUS_COLOURS[isc.status])
        rows: list[list[Any]] = []
        before = d.previous.score.indicators.get(ind.id) if d.previous is not None else None
        arrow = trend(before, isc) if before is not None else None
        # the title is the indicator's bookmark (a zero-size flowable beside it made the cell a list,
        # which the table wraps again and again: a report of 200 proofs took 30 % longer)
        title = _flowables().OutlinedParagraph(
            f"<b>{ind.id}</b> — {_t(ind.label)}",
            self.s["cellb"],
            outline=(self, f"ind-{ind.id}", f"{ind.id} — {_short(ind.label, 90)}", 1),
        )
        rows.append(
            [
                title,
                self.p(self.status_text(isc.status) + (f" {self.arrow_text(arrow)}" if arrow else ""), "cell"),
            ]
        )
        label_w = 95

        def line(label: str, value: str) -> None:
            rows.append([self.p(f"<b>{label}</b>", "cell"), self.p(value, "cell")])

        def long_line(label: str, text: str, prefix: str = "") -> None:
            """A user text in as many rows as it needs (a row cannot split across pages)."""
            for n, piece in enumerate(_pieces(text)):
                line(label if n == 0 else "", (prefix if n == 0 else "") + _t(piece))

        # The status with its reasons (« Non atteint : aucune preuve … »), under the title.
        reasons = status_reasons(isc)
        line("Statut", self.status_text(isc.status) + (f" : {_t(reasons)}" if reasons else ""))

        if isc.status == Status.NON_APPLICABLE:
            if answer.justification:
                long_line("Non applicable", answer.justification, "Justification : ")
            else:
                line("Non applicable", "Justification : —")
        else:
            if ind.is_rate and ind.target is not None:
                line("Cible", f"{target_percent(ind.target)} <font color='#555555'>({_t(ind.target_text)})</font>")
                line(
                    "Numérateur",
                    f"{_count(answer.numerator)} <font size='7.5' color='#555555'>— {_t(ind.numerator)}</font>",
                )
                line(
                    "Dénominateur",
                    f"{_count(answer.denominator)} <font size='7.5' color='#555555'>— {_t(ind.denominator)}</font>",
                )
                line("Taux", self.rate_text(ind, isc, answer))
                if answer.has_measurement:  # « Mesure : du 01/01/2025 au 30/06/2025 — source : extraction DPI »
                    line("Mesure", _t(answer.measurement_text("fr")))
            else:
                line("Cible", _t(ind.target_text))
            if isc.criteria:
                line("Critères", self.criteria_text(isc.criteria, answer.criteria_na))
                self.rule_lines(ind, isc, line)
            if answer.justification:
                long_line("Justification", answer.justification)
        if answer.comment:
            long_line("Commentaire", answer.comment)
        if before is not None and d.previous is not None:
            line("Campagne précédente", self.previous_text(ind, before, arrow))
        linked = d.evidence_for(ind)
        outside = not_counting(d.evidence_support, ind.id)
        # One row per piece of evidence: a single cell holding them all cannot split across pages
        # (LayoutError with a couple of hundred proofs, found by bench/reports.py).
        for n, e in enumerate(linked):
            line("Preuves" if n == 0 else "", self.evidence_line(e, outside.get(e.id)))
        # one column of one-row inner tables: the title row and the label/value rows differ in widths.
        # Continued on the next page, the block repeats its title row. It breaks between its rows
        # (most are a line or two: a proof, a figure); a row taller than the room left when no row
        # fits (criteria, a long instruction text) is cut between its lines rather than refused.
        # Trying the cut first, as the annex does, cost ~10 % more layout time for a few lines.
        t = Table(
            [[self._header_row(rows[0])]] + [[[self._body_row(r, label_w, w)]] for r in rows[1:]],
            colWidths=[w],
            hAlign="LEFT",
            repeatRows=1,
            splitByRow=1,
            splitInRow=ROW_SPLIT_MIN,
        )
        t.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8.5),
                    ("GRID", (0, 0), (-1, -1), 0.4, c.HexColor(GRID)),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                    ("BACKGROUND", (0, 0), (-1, 0), c.HexColor(LIGHT)),
                    ("LINEBEFORE", (0, 0), (0, -1), 3, status_colour),
                ]
            )
        )
        if len(rows) <= 8 and len(answer.comment) + len(answer.justification) <= ROW_TEXT_MAX:
            return [KeepTogether([t])]
        return [t]

    def rule_lines(self, ind: Indicator, isc: IndicatorScore, line: Any) -> None:
        """For the scored criteria that quote a rule: the instruction's words and, apart, the
        application's reading (data of the referential); criteria quoting the same words together."""
        scored = [ind.criterion(state.criterion_id) for state in isc.criteria]
        for crits, instruction, reading in rule_groups(scored):
            about = "<br/>".join(f"<i>{_t(c.label)}</i>" for c in crits) + "<br/>"
            if instruction:
                line("Texte de l'instruction", about + _quote(instruction))
                about = ""
            if reading:
                line("Lecture appliquée par l'application", about + _quote(reading))

    def _inner(self, cells: list[Any], widths: list[float]) -> Any:
        from reportlab.platypus import Table, TableStyle

        # cells as lists of flowables: the row can be cut between two pages (see indicator_block)
        t = Table([[_splittable(cell) for cell in cells]], colWidths=widths, splitByRow=0, splitInRow=ROW_SPLIT_MIN)
        t.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8.5),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return t

    def _header_row(self, row: list[Any]) -> Any:
        return self._inner(row, [self.width - 90, 90])

    def _body_row(self, row: list[Any], label_w: float, w: float) -> Any:
        return self._inner(row, [label_w, w - label_w])

    def arrow_text(self, arrow: str) -> str:
        """An arrow of the comparison with the previous campaign, coloured: better, worse, same."""
        colour = {BETTER: Status.ATTEINT, WORSE: Status.NON_ATTEINT}.get(arrow, Status.NON_APPLICABLE)
        return f'<font name="{fonts.BOLD}" color="{STATUS_COLOURS[colour]}">{arrow}</font>'

    def previous_text(self, ind: Indicator, before: IndicatorScore, arrow: str | None) -> str:
        """The indicator in the previous campaign: its status (and rate), and how it moved."""
        assert self.data.previous is not None
        text = self.status_text(before.status, bold=False)
        if ind.is_rate and before.value is not None:
            text += f" ({fr_percent(before.value)})"
        text += f" à la campagne du {fr_date(self.data.previous.campaign.date)}"
        if arrow is not None:
            words = {BETTER: "en progrès", WORSE: "en recul"}.get(arrow, "inchangé")
            text += f" — {self.arrow_text(arrow)} {words}"
        return text

    def rate_text(self, ind: Indicator, isc: IndicatorScore, answer: Answer | None = None) -> str:
        assert ind.target is not None
        if isc.value is None:
            return f"non calculable — {_t(isc.hint or '')}"
        value: Fraction = isc.value
        shown = fr_percent(value, versus=ind.target)
        if answer is not None and answer.numerator is not None and answer.denominator:
            exact = entered_fraction(answer)  # as entered (14/18), never reduced (7/9)
        else:
            exact = f"{value.numerator}/{value.denominator}" if value.denominator != 1 else str(value.numerator)
        verdict = (
            f"<font color='{STATUS_COLOURS[Status.ATTEINT]}'>cible atteinte</font>"
            if value >= ind.target
            else f"<font color='{STATUS_COLOURS[Status.NON_ATTEINT]}'>sous la cible</font>"
        )
        return (
            f"<b>{shown}</b> ({exact} tel que saisi, comparé exactement à la cible "
            f"{target_percent(ind.target)}) — {verdict}"
        )

    def criteria_text(self, criteria: tuple[CriterionState, ...], na: Mapping[str, str] | None = None) -> str:
        """The checklist; ``na``: the conditional criteria answered « non applicable », with their
        justification (``Answer.criteria_na``)."""
        lines = []
        by_id = self.data.evidence_by_id()
        for crit in criteria:
            if crit.not_applicable:
                why = (na or {}).get(crit.criterion_id, "").strip()
                grey = STATUS_COLOURS[Status.NON_APPLICABLE]
                lines.append(
                    f"<font color='{grey}'>— non applicable</font> {_t(crit.label)}"
                    + (f"<br/><font size='7.5' color='{grey}'>    justification : {_t(why)}</font>" if why else "")
                )
                continue
            if crit.met:
                mark = f"<font color='{STATUS_COLOURS[Status.ATTEINT]}'>☑ oui</font>"
            elif not crit.derived and not crit.answered:
                mark = f"<font color='{STATUS_COLOURS[Status.NON_RENSEIGNE]}'>☐ non renseigné</font>"
            else:
                mark = f"<font color='{STATUS_COLOURS[Status.NON_ATTEINT]}'>☒ non</font>"
            text = f"{mark} {_t(crit.label)}"
            if crit.derived and crit.rule is not None:
                rule = crit.rule
                used = [by_id[i] for i in rule.evidence_ids if i in by_id]
                detail = "<i>calculé d'après le registre des preuves</i>"
                if used:
                    # The most recent few: every proof is listed under "Preuves" and in the annex.
                    recent = sorted(used, key=lambda e: e.date, reverse=True)[:_CRITERION_PROOFS_SHOWN]
                    detail += " : " + " ; ".join(
                        f"{self.numbers.get(e.id, '')} « {_t(e.title)} » du {fr_date(e.date)}" for e in recent
                    )
                    if len(used) > len(recent):
                        detail += f" et {len(used) - len(recent)} autre(s)"
                for w in rule.missing:
                    missing = w.needed - len(w.evidence_ids)
                    type_text = type_label(rule.rule.evidence_type, "fr")
                    detail += (
                        f"; <font color='{STATUS_COLOURS[Status.NON_ATTEINT]}'>manque {missing} preuve(s) "
                        f"« {_t(type_text)} » entre le {fr_date(w.window.start)} et le {fr_date(w.window.end)}</font>"
                    )
                text += f"<br/><font size='7.5'>    {detail}</font>"
            lines.append(text)
        return "<br/>".join(lines)

    def evidence_line(self, e: Evidence, outside: NotCounting | None = None) -> str:
        """One proof of an indicator: its annex number, date, kind and title; marked when it does
        not count (``outside``: « hors période »…) rather than listed as if it counted."""
        kind = kind_label(e, "fr")
        files = f" — {len(e.files)} fichier(s)" if e.files else ""
        why = not_counting_text(outside) if outside is not None else None
        if why is None and e.date > self.data.campaign.date:
            why = "hors période : postérieure à la date de la campagne, non comptée"
        late = f" — <font color='{STATUS_COLOURS[Status.NON_RENSEIGNE]}'><b>{why}</b></font>" if why else ""
        number = self.numbers.get(e.id, "")
        # plain text up to the title: a bold number made every line a mixed paragraph, which
        # ReportLab wraps several times slower (a 200-proof report took 15 % longer)
        return f"{number} — {fr_date(e.date)} — {_t(kind)} : « {_t(e.title)} »{files}{late}"

    # ------------------------------------------------------------------ annex, actions, signature

    def evidence_annex(self) -> list[Any]:
        d = self.data
        story: list[Any] = [self.section_heading("annexe-preuves")]
        if not d.evidence:
            story.append(self.p("Aucune preuve n'est enregistrée pour cet établissement."))
            return story
        story.append(
            self.p(
                "Chaque fichier joint est conservé dans l'espace de travail ; son empreinte SHA-256 permet de "
                "vérifier qu'il n'a pas été modifié depuis son enregistrement."
            )
        )
        rows = [self.header_cells("N°, date", "Preuve", "Fichiers joints (nom, taille, SHA-256)")]
        widths = [58, 185, self.width - 243]
        hash_w = widths[2] - 8  # the cell's paddings
        for e in d.evidence:
            self.steps.check()
            kind = kind_label(e, "fr")
            details = [f"<b>{_t(e.title)}</b>", f"<font color='#555555'>{_t(kind)}</font>"]
            fields = _pieces(_fields_raw(e))
            if fields[0]:
                details.append(_small(fields[0]))
            # the links of a proof tied to many criteria continue below, like a long field
            links = _line_groups(self.annex_links(e), ROW_TEXT_MAX)
            inline = 1 if len(fields) == 1 else 0  # the first group fits in the row after a short field
            details += links[0] if inline else []
            more = [_small(piece) for piece in fields[1:]] + ["<br/>".join(g) for g in links[inline:] if g]
            if e.date > d.campaign.date:
                details.append("<i>Postérieure à la date de la campagne : non prise en compte, hors du sceau.</i>")
            files: list[Any] = []
            for f in e.files:
                files.append(self.p(f"{_t(f.name)} ({file_size(f.size)})", "cell"))
                actual = d.altered_hashes.get(f.sha256)
                if actual is None:
                    files.append(self.mono_line(f.sha256, hash_w, size=6.6))
                    continue
                bad = STATUS_COLOURS[Status.NON_ATTEINT]
                files.append(self.mono_line(f.sha256, hash_w, size=6.6, colour=bad))
                now = (
                    "fichier absent"
                    if actual == "absent"
                    else "le contenu conservé ne correspond plus à cette empreinte"
                )
                files.append(self.p(f"<font color='{bad}'><b>⚠ FICHIER ALTÉRÉ</b> : {now}</font>", "cell"))
            rows.append(
                [
                    self.p(f"<b>{self.numbers[e.id]}</b><br/>{fr_date(e.date)}", "cell"),
                    self.p("<br/>".join(details), "cell"),
                    files or self.p("—", "cell"),
                ]
            )
            for piece in more:  # a long field continues below (a row cannot split across pages)
                rows.append([self.p("", "cell"), self.p(piece, "cell"), self.p("", "cell")])
        story.extend(self.long_table(rows, widths))
        return story

    def annex_links(self, e: Evidence) -> list[str]:
        """What an annex row says of the indicators of a piece of evidence: what the user linked it
        to (the indicator's number, and the criterion's label, never an internal id), where it is
        linked and does not count (« hors période »…), and the indicators a derived criterion counts
        it for without a link."""
        d = self.data
        ref = d.referential
        lines: list[str] = []
        linked: list[str] = []
        order = {ind.id: n for n, ind in enumerate(ref.indicators)}
        order.update({c.id: n for ind in ref.indicators for n, c in enumerate(ind.criteria)})

        def place(link: EvidenceLink) -> tuple[int, str, int, str]:  # the referential's order
            crit = link.criterion or ""
            return order.get(link.indicator, len(order)), link.indicator, order.get(crit, -1), crit

        for link in sorted(e.links, key=place):
            # a criterion by its label; a whole indicator by its official number (its block says the rest)
            text = criterion_caption(ref, link.indicator, link.criterion) if link.criterion else link.indicator
            if text not in linked:
                linked.append(text)
        if len(linked) == 1:
            lines.append(f"Rattachée à : {_t(linked[0])}")
        elif linked:
            lines.append("Rattachée à :")
            lines += [f"– {_t(text)}" for text in linked]
        support = d.evidence_support
        if support is None:
            return lines
        counted = support.indicators_of(e.id)
        linked_ids = {link.indicator for link in e.links}
        also = [iid for iid in counted if iid not in linked_ids]
        if also:  # counted by a derived criterion without being linked
            lines.append("Compte aussi pour : " + ", ".join(also))
        for iid in sorted(linked_ids - set(counted), key=lambda i: (order.get(i, len(order)), i)):
            outside = not_counting(support, iid).get(e.id)
            if outside is not None:
                bad = STATUS_COLOURS[Status.NON_RENSEIGNE]
                lines.append(f"<font color='{bad}'>Ne compte pas pour {_t(iid)} : {not_counting_text(outside)}</font>")
        return lines

    def action_plan(self) -> list[Any]:
        d = self.data
        story: list[Any] = [self.section_heading("plan-action")]
        rows = [self.header_cells("Action", "Indicateur", "Responsable", "Échéance", "Statut")]
        for a in d.actions:
            late = a.due_date is not None and a.due_date < self.today and a.status in ("a_faire", "en_cours")
            due = fr_date(a.due_date) or "—"
            if late:
                due = f"<font color='{STATUS_COLOURS[Status.NON_ATTEINT]}'><b>{due}</b> (en retard)</font>"
            title = f"<b>{_t(a.title)}</b>"
            indicator = a.indicator
            if a.criterion:
                found = find_criterion(d.referential, a.indicator, a.criterion)
                label = found[1].label if found else "critère absent de ce référentiel"
                indicator = indicator or (found[0] if found else None)
                title += f"<br/><font size='7.5'>Critère : {_t(label)}</font>"
            notes = _pieces(a.notes)
            if notes[0]:
                title += f"<br/><font size='7.5' color='#555555'>{_t(notes[0])}</font>"
            rows.append(
                [
                    self.p(title, "cell"),
                    self.p(_t(indicator or "—"), "cell"),
                    self.p(_t(a.owner) or "—", "cell"),
                    self.p(due, "cell"),
                    self.p(ACTION_STATUS_LABELS.get(a.status, a.status), "cell"),
                ]
            )
            for piece in notes[1:]:  # long notes continue below (a row cannot split across pages)
                note = f"<font size='7.5' color='#555555'>{_t(piece)}</font>"
                rows.append([self.p(note, "cell"), *(self.p("", "cell") for _ in range(4))])
        story.extend(self.long_table(rows, [self.width - 75 - 80 - 70 - 60, 75, 80, 70, 60]))
        return story

    def signature_page(self) -> list[Any]:
        from reportlab.platypus import Spacer

        d = self.data
        if self.signer is not None:
            org = f" ({_t(self.signer.organisation)})" if self.signer.organisation else ""
            signature = (
                f"Ce rapport est signé électroniquement (signature PAdES) par <b>{_t(self.signer.signer_name)}</b>"
                f"{org}, certificat d'empreinte SHA-256 :<br/><font name='{fonts.MONO}' size='7.5'>"
                f"{fingerprint_groups(self.signer.fingerprint)}</font><br/>La signature couvre la totalité du "
                "fichier, sceau compris : toute modification ultérieure, même l'ajout d'une page ou d'une "
                "métadonnée, est détectée."
            )
        else:
            signature = (
                "Ce rapport peut être signé électroniquement (signature PAdES) par l'auditeur avec son "
                "certificat. La signature couvre la totalité du fichier : toute modification ultérieure, même "
                "l'ajout d'une page ou d'une métadonnée, est détectée."
            )
        story: list[Any] = [
            self.section_heading("signature"),
            self.p(self.integrity_sentence()),
            Spacer(1, 8),
            self.p(signature),
            Spacer(1, 6),
        ]
        if self.seal is not None:
            story += [
                self.p(
                    f"Le sceau de ce rapport (identifiant <font name='{fonts.MONO}' size='7'>{self.seal.report_id}"
                    "</font>) est joint au fichier sous le nom «\u00a0sceau-hopen.json\u00a0» : il enregistre "
                    "l'empreinte du contenu de la campagne, une empreinte par indicateur, preuve et action, et la "
                    "tête du journal. "
                    "<font name='DejaVuSansMono'>hopen-desktop verify rapport.pdf --workspace …</font> compare la "
                    "campagne à ce contenu scellé et nomme ce qui a changé depuis."
                ),
                Spacer(1, 6),
            ]
        return story + [
            self.p(
                "Pour vérifier la signature : ouvrez le fichier dans Acrobat Reader (panneau « Signatures »), "
                "ou exécutez <font name='DejaVuSansMono'>hopen-desktop verify rapport.pdf</font>, ou "
                "<font name='DejaVuSansMono'>pdfsig rapport.pdf</font> (poppler). Comparez l'empreinte SHA-256 du "
                "certificat affichée avec celle que le signataire vous a communiquée."
            ),
            Spacer(1, 6),
            self.p(
                f"Établissement : <b>{_t(d.establishment.name)}</b> (FINESS {d.establishment.finess}) — "
                f"campagne du {fr_date(d.campaign.date)} — auditeur : {_t(d.campaign.auditor) or '—'}."
            ),
        ]


# ---------------------------------------------------------------------------- page templates


def _make_doc(buffer: io.BytesIO, builder: _ReportBuilder) -> Any:
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer

    data = builder.data

    class _Doc(BaseDocTemplate):  # type: ignore[misc]
        def filterFlowables(self, flowables: list[Any]) -> None:  # noqa: N802 (ReportLab's name)
            """A space between two blocks that does not fit at the bottom of a page is dropped:
            carried to the next page, it filled it alone when a page break followed (a blank
            page after a section ending at the bottom of its last page)."""
            first: Any = flowables[0] if flowables else None
            frame = getattr(self, "frame", None)
            room = frame._y - frame._y1p if frame is not None and not frame._atTop else None
            if type(first) is Spacer and room is not None and room < first.height:
                flowables[0] = None  # ReportLab's way of ignoring a flowable here

        def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 (ReportLab's name)
            builder.steps.check()
            mark = getattr(flowable, "_bookmark", None)
            if mark is not None:
                key, level = mark
                text = flowable.getPlainText()
                _bookmark(self.canv, key)
                self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
                builder.placed(key, self.page)

    doc = _Doc(
        buffer,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=report_title(data),
        author=data.campaign.auditor or "HOP'EN Desktop",
        subject=report_subject(data),
        creator=f"HOP'EN Desktop {__version__}",
        keywords=["HOP'EN", "autodiagnostic", data.establishment.finess, data.campaign.referential_id],
        lang="fr-FR",
        initialFontName=fonts.REGULAR,
    )
    body = Frame(MARGIN, MARGIN, PAGE_WIDTH - 2 * MARGIN, PAGE_HEIGHT - 2 * MARGIN - 10, id="body")
    # on the last page the text stays above the signature area
    above_box = SIGNATURE_BOX[3] + 16
    last = Frame(MARGIN, above_box, PAGE_WIDTH - 2 * MARGIN, PAGE_HEIGHT - MARGIN - 10 - above_box, id="last")

    def header(canvas: Any, _doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, HEADER_SIZE)
        canvas.setFillColorRGB(0.35, 0.35, 0.35)
        top = PAGE_HEIGHT - MARGIN + 14
        right = f"Autodiagnostic HOP'EN du {fr_date(data.campaign.date)}"
        room = PAGE_WIDTH - 2 * MARGIN - canvas.stringWidth(right, fonts.REGULAR, HEADER_SIZE) - HEADER_GAP
        canvas.drawString(
            MARGIN, top, _fitted(canvas, data.establishment.name, f" — FINESS {data.establishment.finess}", room)
        )
        canvas.drawRightString(PAGE_WIDTH - MARGIN, top, right)
        canvas.setStrokeColorRGB(0.72, 0.77, 0.82)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top - 4, PAGE_WIDTH - MARGIN, top - 4)
        canvas.restoreState()

    def signature_area(canvas: Any, doc_: Any) -> None:
        header(canvas, doc_)
        x1, y1, x2, y2 = SIGNATURE_BOX
        canvas.saveState()
        canvas.setFont(fonts.BOLD, 9)
        canvas.setFillColorRGB(0.12, 0.31, 0.47)
        canvas.drawString(MARGIN, y2 - 10, "Signature")
        canvas.drawString(MARGIN, y2 - 22, "électronique")
        canvas.setFont(fonts.REGULAR, 7.5)
        canvas.setFillColorRGB(0.35, 0.35, 0.35)
        canvas.drawString(MARGIN, y2 - 36, "de l'auditeur")
        canvas.setStrokeColorRGB(0.72, 0.77, 0.82)
        canvas.setDash(3, 2)
        canvas.rect(x1 - 4, y1 - 4, x2 - x1 + 8, y2 - y1 + 8)
        canvas.restoreState()

    doc.addPageTemplates(
        [
            PageTemplate(id="cover", frames=[body]),
            PageTemplate(id="body", frames=[body], onPage=header),
            PageTemplate(id="signature", frames=[last], onPage=signature_area),
        ]
    )
    return doc


def _numbered_canvas_class(builder: _ReportBuilder) -> Any:
    """A canvas that draws « page X / Y » once the total is known."""
    from reportlab.pdfgen.canvas import Canvas

    data = builder.data

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            self.saveState()
            self.setFont(fonts.REGULAR, HEADER_SIZE)
            self.setFillColorRGB(0.35, 0.35, 0.35)
            y = MARGIN - 24
            number = f"page {self._pageNumber} / {total}"
            room = PAGE_WIDTH - 2 * MARGIN - self.stringWidth(number, fonts.REGULAR, HEADER_SIZE) - HEADER_GAP
            # the name is shortened, never the page number
            self.drawString(MARGIN, y, _fitted(self, f"HOP'EN Desktop — {data.establishment.name}", "", room))
            self.drawRightString(PAGE_WIDTH - MARGIN, y, number)
            self.restoreState()

    return NumberedCanvas


# ---------------------------------------------------------------------------- content flowables

#: The width of a page number in the table of contents.
_PAGE_REF_WIDTH = 36.0


@functools.cache
def _flowables() -> Any:
    """The report's own small flowables (ReportLab imported on first use): a page number of the
    table of contents, the end of the story that draws those numbers, and a paragraph that is an
    outline entry."""
    from types import SimpleNamespace

    from reportlab.platypus import Flowable, Paragraph

    class PageRef(Flowable):  # type: ignore[misc]
        """A page number known only after the layout: the form XObject ``name``, defined by
        ``ContentsEnd`` (a PDF may refer to a form before defining it)."""

        def __init__(self, name: str, width: float) -> None:
            super().__init__()
            self.name = name
            self.width, self.height = width, 12.5

        def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
            return self.width, self.height

        def draw(self) -> None:
            self.canv.doForm(self.name)

    class ContentsEnd(Flowable):  # type: ignore[misc]
        """Takes no room; drawn last, it defines the table of contents' page numbers."""

        def __init__(self, builder: _ReportBuilder) -> None:
            super().__init__()
            self.builder = builder

        def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
            return 0, 0

        def draw(self) -> None:
            self.builder.draw_contents_numbers(self.canv)

    class OutlinedParagraph(Paragraph):  # type: ignore[misc]
        """A paragraph that becomes a bookmark of the outline where it is drawn (once: a table
        continued on the next page may draw its first row again)."""

        def __init__(self, text: str, style: Any, *, outline: tuple[_ReportBuilder, str, str, int]) -> None:
            super().__init__(text, style)
            self.outline = outline

        def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803 (ReportLab's names)
            builder, key, text, level = self.outline
            if key not in builder.outlined:
                builder.outlined.add(key)
                _bookmark(canvas, key, canvas.absolutePosition(x, y + self.height + 6))
                canvas.addOutlineEntry(text, key, level=level, closed=True)
            super().drawOn(canvas, x, y, _sW)

    return SimpleNamespace(PageRef=PageRef, ContentsEnd=ContentsEnd, OutlinedParagraph=OutlinedParagraph)


def _bookmark(canvas: Any, key: str, at: tuple[float, float] | None = None) -> None:
    """The destination ``key`` (of the outline, the table of contents' links) on the page being
    laid out: the whole page, or the point ``at`` (absolute coordinates). ``bookmarkPage`` names
    the document's next page, which the page-numbering canvas adds only when the layout is over
    (every bookmark went to page 1): the destination is bound to the page by its number instead —
    ReportLab names the n-th page it writes « Page<n> »."""
    from reportlab.pdfbase.pdfdoc import PDFObjectReference

    if at is None:
        dest = canvas.bookmarkPage(key)
    else:
        dest = canvas.bookmarkPage(key, fit="XYZ", left=at[0], top=at[1], zoom=0)
    dest.setPage(PDFObjectReference(f"Page{canvas.getPageNumber()}"))


# ---------------------------------------------------------------------------- small helpers


@functools.cache
def _french_hyphenator() -> Callable[[str], Any] | str:
    """pyphen's French hyphenation, loaded once (ReportLab would load the patterns again for
    every paragraph it wraps when given the language name). Without its patterns (a bundle
    built without pyphen's data) words wrap whole at spaces: a report without hyphens rather
    than no report."""
    try:
        import pyphen

        return pyphen.Pyphen(lang="fr_FR").iterate  # type: ignore[no-any-return]
    except (ImportError, OSError, KeyError):
        return ""


def _fitted(canvas: Any, name: str, tail: str, room: float) -> str:
    """``name + tail`` within ``room`` points at the header's size: a long establishment name is
    shortened (with « … ») rather than drawn over the text on the right (the date of the
    campaign at the top, the page number at the bottom). Characters the fonts cannot draw are
    written as their code point first (:func:`fonts.drawable`), so the width measured is the
    width drawn."""
    name, tail = fonts.drawable(" ".join(name.split())), fonts.drawable(tail)
    text = name + tail
    while len(name) > 1 and canvas.stringWidth(text, fonts.REGULAR, HEADER_SIZE) > room:
        name = name[: max(1, len(name) - max(1, len(name) // 10))]
        text = name.rstrip() + "…" + tail
    return text


@functools.cache
def _paragraph_class() -> Any:
    """ReportLab's Paragraph, whose continuation on the next page does not start with an empty
    line when it was cut just after a line break (``<br/>``): ReportLab keeps that break as the
    first « word » of the second part."""
    from reportlab.platypus import Paragraph

    def is_break(word: Any) -> bool:
        # a word of a split paragraph: [width, (fragment, text), …]
        return (
            isinstance(word, list)
            and len(word) > 1
            and all(getattr(frag, "lineBreak", False) and not text for frag, text in word[1:])
        )

    class _Paragraph(Paragraph):  # type: ignore[misc]
        def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803 (ReportLab's names)
            parts: list[Any] = super().split(availWidth, availHeight)
            if len(parts) == 2:
                frags = parts[1].frags
                first = 0
                while first < len(frags) - 1 and is_break(frags[first]):
                    first += 1
                parts[1].frags = frags[first:]
            return parts

    return _Paragraph


def _splittable(cell: Any) -> Any:
    """A table cell ReportLab can cut between two pages: a list of flowables (a cell holding one
    flowable alone would be moved whole, or lose its text when cut)."""
    if isinstance(cell, list | tuple | str):
        return cell
    return [cell]


def _count(value: int | None) -> str:
    if value is None:
        return "<font color='#b26a00'>non renseigné</font>"
    return f"{value:,}".replace(",", "\u202f")


def _short(text: str, limit: int = 110) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _fields_raw(e: Evidence) -> str:
    """The item's fields as labels and French values (the evidence-type declaration), never keys;
    plain text (``_small`` makes it markup)."""
    return " ; ".join(f"{label} : {text}" for label, text in printable_fields(e, "fr", with_kind=False))


def _line_groups(lines: list[str], limit: int) -> list[list[str]]:
    """``lines`` in consecutive groups of at most ``limit`` characters (a line longer than that
    alone); at least one group."""
    groups: list[list[str]] = [[]]
    size = 0
    for line in lines:
        if groups[-1] and size + len(line) > limit:
            groups.append([])
            size = 0
        groups[-1].append(line)
        size += len(line)
    return groups


def _small(text: str) -> str:
    return "<font size='7.5'>" + _t(text) + "</font>" if text else ""
