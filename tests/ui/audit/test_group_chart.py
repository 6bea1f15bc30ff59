"""The groups' bar chart over a real campaign score: one bar per group with what is attained out
of what applies, said to screen readers; painted offscreen without a campaign and with one."""

from hopen_desktop.model.scoring import Status
from hopen_desktop.ui.audit.group_chart import Bar, GroupChart


def test_a_bar_is_the_share_of_applicable_indicators_attained():
    assert Bar("P1", 3, 4, Status.NON_ATTEINT).share == 0.75
    assert Bar("D5", 0, 0, Status.NON_APPLICABLE).share == 0.0


def test_bars_follow_the_score_of_the_campaign(qtbot, demo_workspace):
    ws, campaign_id = demo_workspace
    score = ws.score(campaign_id)
    groups = [g.id for g in ws.referential_of(ws.campaign(campaign_id)).groups]
    chart = GroupChart()
    qtbot.addWidget(chart)
    chart.set_score(groups, score)
    bars = chart.bars()
    assert [b.group_id for b in bars] == groups
    for bar in bars:
        group = score.groups[bar.group_id]
        assert (bar.attained, bar.applicable, bar.status) == (group.attained, group.applicable, group.status)
    first = bars[0]
    assert chart.accessibleDescription().startswith(f"{first.group_id} {first.attained}/{first.applicable}")
    chart.resize(chart.sizeHint())
    assert not chart.grab().isNull()
    chart.bars().clear()  # a copy: the chart keeps its bars
    assert len(chart.bars()) == len(groups)


def test_without_a_campaign_no_bar(qtbot):
    chart = GroupChart()
    qtbot.addWidget(chart)
    chart.set_score(["P1", "P2"], None)
    assert chart.bars() == [] and chart.accessibleDescription() == ""
    chart.resize(chart.sizeHint())
    assert not chart.grab().isNull()
