"""The sharing timeline's bars (core/sharing_timeline): the right state, span and order for each packet."""

from datetime import UTC, date, datetime, timedelta

from survivor_vault.core.sharing_timeline import BarState, sharing_timeline
from survivor_vault.model.sharing_history import SharingRecord

TODAY = date(2026, 11, 28)


def _noon(days_ago):
    return datetime.combine(TODAY - timedelta(days=days_ago), datetime.min.time(), UTC).replace(hour=12)


def _record(n, made_days_ago, end_in_days, withdrawn_days_ago=None):
    made = _noon(made_days_ago)
    withdrawn = None if withdrawn_days_ago is None else _noon(withdrawn_days_ago)
    return SharingRecord(id=n, made_at=made, recipient_name=f"r{n}", purpose="", packet_id=str(n), packet_sha256="",
                         end_date=None if end_in_days is None else TODAY + timedelta(days=end_in_days),
                         withdrawn_at=withdrawn)


def test_each_packet_is_open_ended_or_withdrawn_and_the_line_holds_them_and_today():
    records = [_record(1, 2, 30), _record(2, 40, -5), _record(3, 20, 60, withdrawn_days_ago=3), _record(4, 1, None)]
    line = sharing_timeline(records, TODAY)
    states = {bar.recipient: bar.state for bar in line.bars}
    assert states == {"r1": BarState.OPEN, "r2": BarState.ENDED, "r3": BarState.WITHDRAWN, "r4": BarState.OPEN}
    by_name = {bar.recipient: bar for bar in line.bars}
    assert by_name["r3"].end == TODAY - timedelta(days=3)  # ends where consent was withdrawn, not at its end date
    assert by_name["r4"].no_end_date and by_name["r4"].end == line.end
    assert line.start <= TODAY - timedelta(days=40) and line.end > TODAY + timedelta(days=30)
    for bar in line.bars:
        assert 0.0 <= line.fraction(bar.start) <= line.fraction(bar.end) <= 1.0
    assert 0.0 < line.fraction(TODAY) < 1.0
    assert [b.recipient for b in line.bars] == ["r1", "r2", "r3", "r4"]  # the history's order


def test_only_the_latest_are_drawn_and_nothing_when_nothing_was_shared():
    assert sharing_timeline([], TODAY) is None
    many = [_record(n, n, 10) for n in range(20)]
    assert [b.record_id for b in sharing_timeline(many, TODAY, most=5).bars] == [0, 1, 2, 3, 4]


def test_a_packet_made_and_ended_today_still_has_a_line_to_stand_on():
    line = sharing_timeline([_record(1, 0, 0)], TODAY)
    assert (line.end - line.start).days >= 14
