"""My plan counts the packets still open and shows the newest few, on every visit: neither reads every record
(a record's items come before `withdrawn_at`, so a scan reads each whole: 540 ms for 20,000 records,
benchmarks/growth.py). Checked in SQLite's own plan for the statements the repository runs."""

from __future__ import annotations

from datetime import date


def _plans(vault, action) -> list[str]:
    conn = vault.connection
    ran: list[str] = []
    conn.set_trace_callback(ran.append)
    try:
        action()
    finally:
        conn.set_trace_callback(None)
    selects = [s for s in ran if s.lstrip().upper().startswith("SELECT")]
    return [" / ".join(row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {s}")) for s in selects]


def test_the_open_packets_are_counted_from_an_index(vault):
    vault.history.add(recipient_name="Jo", purpose="p", packet_id="a", packet_sha256="0" * 64, items=[])
    [plan] = _plans(vault, lambda: vault.history.count_still_open(date.today()))
    assert "COVERING INDEX records_still_open" in plan, plan
    assert vault.history.count_still_open(date.today()) == 1


def test_the_newest_open_packets_are_read_newest_first_without_sorting_them_all(vault):
    vault.history.add(recipient_name="Jo", purpose="p", packet_id="a", packet_sha256="0" * 64, items=[])
    [plan] = _plans(vault, lambda: vault.history.still_open(date.today(), 4))
    assert "records_by_time" in plan and "TEMP B-TREE" not in plan, plan
    assert [r.packet_id for r in vault.history.still_open(date.today(), 4)] == ["a"]
