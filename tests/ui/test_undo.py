"""Undo and redo of an answer edit: the command writes the answer before, then after, through
the function it was given; pushing it does not write again."""

from PySide6.QtGui import QUndoStack

from hopen_desktop.model.entities import Answer
from hopen_desktop.ui.undo import AnswerEditCommand


def test_undo_writes_back_the_answer_before_and_redo_the_one_after(qapp):
    written = []
    before, after = Answer("P1.1", numerator=1, denominator=10), Answer("P1.1", numerator=9, denominator=10)
    stack = QUndoStack()
    command = AnswerEditCommand(lambda cid, answer: written.append((cid, answer)), 7, before, after, "P1.1")
    stack.push(command)
    assert written == []  # the edit was already saved when it was pushed
    assert command.indicator == "P1.1" and stack.undoText() == "P1.1"
    stack.undo()
    assert written == [(7, before)]
    stack.redo()
    assert written == [(7, before), (7, after)]
    stack.undo()
    stack.undo()  # nothing more to undo
    assert written == [(7, before), (7, after), (7, before)]


def test_successive_edits_undo_in_reverse_order(qapp):
    written = []
    stack = QUndoStack()
    a0, a1, a2 = Answer("P1.1"), Answer("P1.1", comment="un"), Answer("P1.1", comment="deux")
    b0, b1 = Answer("D2.3"), Answer("D2.3", numerator=1, denominator=1)

    def apply(cid, answer):
        written.append(answer)

    for before, after in ((a0, a1), (b0, b1), (a1, a2)):
        stack.push(AnswerEditCommand(apply, 1, before, after, after.indicator))
    stack.undo()
    stack.undo()
    stack.undo()
    assert written == [a1, b0, a0]
