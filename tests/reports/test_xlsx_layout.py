"""Where things sit in the workbook, shared by the export and the import."""

from hopen_desktop.reports import xlsx_layout as layout


def test_fourteen_columns_from_a_to_n():
    # A to K since the first workbook; L to N (the measurement of a rate, issue 17) at the end.
    assert len(layout.COLUMNS) == 14
    assert (layout.COL_ID, layout.COL_COMMENT) == (1, 11)
    assert [layout.letter(c) for c in (layout.COL_ID, layout.COL_NUM, layout.COL_COMMENT)] == ["A", "C", "K"]
    assert layout.letter(27) == "AA"
    assert layout.COLUMNS[layout.COL_MET - 1][0] == "Critère rempli (oui/non)"
    assert [layout.letter(c) for c in (layout.COL_PERIOD_START, layout.COL_PERIOD_END, layout.COL_SOURCE)] == [
        "L",
        "M",
        "N",
    ]
    assert layout.FIRST_OPTIONAL_COLUMN == layout.COL_PERIOD_START == 12
    assert layout.COLUMNS[layout.COL_SOURCE - 1][0] == "Source des données"


def test_the_meta_sheet_keys_each_have_their_row():
    assert layout.meta_cell("format") == "B2"
    assert layout.meta_cell("finess") == f"B{layout.META_FIRST_ROW + len(layout.META_KEYS) - 1}"
    assert len({layout.meta_cell(k) for k in layout.META_KEYS}) == len(layout.META_KEYS)


def test_data_starts_below_the_header():
    assert layout.FIRST_ROW == layout.HEADER_ROW + 1
    assert layout.YES != layout.NO


def test_the_formulas_write_the_applications_status_labels():
    from hopen_desktop.model.scoring import STATUS_LABELS, Status

    assert (
        STATUS_LABELS[Status.ATTEINT],
        STATUS_LABELS[Status.NON_ATTEINT],
        STATUS_LABELS[Status.NON_RENSEIGNE],
        STATUS_LABELS[Status.NON_APPLICABLE],
    ) == (layout.ATTAINED, layout.NOT_ATTAINED, layout.NOT_FILLED, layout.NOT_APPLICABLE)
    assert layout.CRITERION_NA not in (layout.YES, layout.NO)
    assert layout.FORMULA_PREFIXES == ("=", "+", "-", "@")
