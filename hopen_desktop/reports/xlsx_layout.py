"""Where everything sits in the autodiagnostic workbook: sheets, columns, rows, the identification
sheet's keys, the cell colours and the yes/no words. Shared by the export (``xlsx_export``) and the
import (``xlsx_import``) so that what one writes is what the other reads.

Sheets: « Synthèse », one sheet per prerequisite and domain (P1… D7), « Preuves », « Plan d'action »,
and the hidden « _meta » sheet that identifies the workbook (format, version, referential,
campaign, FINESS) so that a foreign workbook is recognised and refused. Only the yellow cells of
the prerequisite and domain sheets are read back.
"""

from __future__ import annotations

WORKBOOK_FORMAT = "hopen-desktop/autodiagnostic-xlsx"
WORKBOOK_VERSION = 1
META_SHEET = "_meta"
SUMMARY_SHEET = "Synthèse"
EVIDENCE_SHEET = "Preuves"
ACTIONS_SHEET = "Plan d'action"

HEADER_ROW = 4
FIRST_ROW = 5
#: (header, width) of the columns of a prerequisite or domain sheet, A to N.
COLUMNS: tuple[tuple[str, int], ...] = (
    ("Indicateur / critère", 26),
    ("Libellé", 60),
    ("Numérateur", 13),
    ("Dénominateur", 13),
    ("Taux", 9),
    ("Cible", 24),
    ("Critère rempli (oui/non)", 14),
    ("Non applicable (oui/non)", 14),
    ("Justification", 36),
    ("Statut", 16),
    ("Commentaire", 40),
    # The measurement of a rate (issue 17): the period measured and the source of the figures.
    ("Période mesurée : début", 14),
    ("Période mesurée : fin", 14),
    ("Source des données", 30),
)
COL_ID, COL_LABEL, COL_NUM, COL_DEN, COL_RATE, COL_TARGET, COL_MET, COL_NA, COL_JUST, COL_STATUS, COL_COMMENT = range(
    1, 12
)
COL_PERIOD_START, COL_PERIOD_END, COL_SOURCE = range(12, 15)
#: The first column a workbook exported before it existed lacks (from L on): the import reads the
#: columns from here on only when their headers are there, and keeps what the workspace holds
#: otherwise.
FIRST_OPTIONAL_COLUMN = COL_PERIOD_START
YES, NO = "oui", "non"
#: The « Critère rempli » cell of a conditional criterion the application holds as « non
#: applicable » (with its justification, kept in the application): read back as « unchanged ».
CRITERION_NA = "non applicable"
#: The status words the workbook's formulas write (the application's French status labels).
ATTAINED, NOT_ATTAINED, NOT_FILLED, NOT_APPLICABLE = "Atteint", "Non atteint", "Non renseigné", "Non applicable"
#: The first characters that make a spreadsheet read a typed value as a formula: a user's text
#: starting with one of them is written as text, never as a formula (formula injection).
FORMULA_PREFIXES = ("=", "+", "-", "@")
EDITABLE_FILL = "FFF7D6"
COMPUTED_FILL = "EEEEEE"
HEADER_FILL = "1F4E79"
MAX_COUNT = 10**12

#: Keys of the « _meta » sheet, in row order from META_FIRST_ROW (column A the key, B the value).
META_KEYS: tuple[str, ...] = (
    "format",
    "version",
    "referential",
    "referential_version",
    "campaign",
    "campaign_date",
    "finess",
)
META_FIRST_ROW = 2


def letter(col: int) -> str:
    """The column letter of column number ``col`` (1 is A)."""
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(col))


def meta_cell(key: str) -> str:
    """The cell of the « _meta » sheet holding the value of ``key`` (e.g. B8 for the FINESS)."""
    return f"B{META_FIRST_ROW + META_KEYS.index(key)}"
