"""The readable pages of a packet, as HTML for Qt's text engine. Every value is escaped."""

from __future__ import annotations

from datetime import date, datetime
from html import escape

from survivor_vault.core.placeholders import fill
from survivor_vault.model.about_me import AboutMe
from survivor_vault.sharing.isolated_text import isolated, isolated_parts, without_isolates
from survivor_vault.sharing.packet_wording import PacketWording


def _e(text: str) -> str:
    return escape(text or "", quote=True).replace("\n", "<br>")


def _v(value: str) -> str:
    """A value (typed by the survivor, a fingerprint, a code, a file's name) in its own order, escaped."""
    return _e(isolated(value))


def _cells(label: str, shown: str) -> str:
    if not shown:
        return ""
    return f"<tr><td class='k'>{_e(label)}</td><td>{shown}</td></tr>"


def _row(label: str, value: str) -> str:
    return _cells(label, _v(value)) if value else ""


def _who(recipient: dict, keys: tuple[str, ...]) -> str:
    return isolated_parts(recipient.get(key, "") for key in keys)


def _consent(doc: dict, words: PacketWording) -> str:
    """The consent statement with the recipient and the purpose each in its own order: made again from them as the
    builder made it, and used only if it says exactly what the signed statement says (else the statement as it is)."""
    end = date.fromisoformat(doc["end_date"])
    shown = words.consent_statement(_who(doc["recipient"], ("name", "organisation")), isolated(doc["purpose"]), end)
    return shown if without_isolates(shown) == doc["consent_statement"] else doc["consent_statement"]


_STYLE = ("<style>h1{font-size:18pt;} h2{font-size:14pt; margin-top:18px;} h3{font-size:12pt; margin-top:12px;}"
          " td{padding:2px 8px 2px 0; vertical-align:top;} td.k{font-weight:bold; color:#222222;}"
          " p.mistake{color:#5a1a1a;} .consent{background:#f3f3ee;}</style>")


def _front(doc: dict, words: PacketWording) -> list[str]:
    """For whom, why, when, the consent in the survivor's words, and what to do with a packet sent by mistake."""
    made = datetime.fromisoformat(doc["made_at"].replace("Z", "+00:00")).date()
    end = date.fromisoformat(doc["end_date"])
    who = _who(doc["recipient"], ("name", "role", "organisation"))
    parts = [
        _STYLE, f"<h1>{_e(words.t('title'))}</h1>", "<table>",
        _cells(words.t("for"), _e(who)), _row(words.t("purpose"), doc["purpose"]),
        _row(words.t("made"), words.date(made)), _row(words.t("ends"), words.date(end)), "</table>",
        f"<h3>{_e(words.t('consent'))}</h3>", f"<p class='consent'>{_e(_consent(doc, words))}</p>",
    ]
    if doc.get("note_in_my_words"):
        parts.append(f"<h3>{_e(words.t('note'))}</h3><p>{_v(doc['note_in_my_words'])}</p>")
    parts.append(f"<p class='mistake'>{_e(words.t('mistake'))}</p>")
    if not doc.get("protected"):
        parts.append(f"<p class='mistake'>{_e(words.t('unprotected'))}</p>")
    return parts


def _about_me(about: dict, words: PacketWording) -> list[str]:
    rows = [_row(words.about_field(name), about[name]) for name in AboutMe.field_names() if name in about]
    return [f"<h2>{_e(words.t('about_me'))}</h2><table>", *rows, "</table>"]


def _goal(goal: dict, words: PacketWording) -> list[str]:
    parts = [f"<h3>{_v(goal['title'])}</h3><table>",
             _row(words.t("why"), goal.get("why", "")), _row(words.t("status"), words.status(goal["status"])),
             _row(words.t("area"), words.area(goal.get("area")))]
    if goal.get("target_date"):
        parts.append(_row(words.t("target"), words.date(date.fromisoformat(goal["target_date"]))))
    parts += [_row(words.t("notes"), goal.get("notes", "")), "</table>"]
    if goal.get("steps"):
        parts.append(f"<p><b>{_e(words.t('steps'))}</b></p><ul>")
        for step in goal["steps"]:
            mark = f" ({_e(words.t('step_done'))})" if step["done"] else ""
            parts.append(f"<li>{_v(step['text'])}{mark}</li>")
        parts.append("</ul>")
    return parts


_SERVICE_ROWS = (("provider", "provider"), ("contact", "contact"), ("notes", "notes"),
                 ("working", "feedback_working"), ("not_working", "feedback_not_working"))


def _service(service: dict, words: PacketWording) -> list[str]:
    name = service["kind_name"] if service.get("custom_kind") else words.service_kind(service["kind_name"])
    return [f"<h3>{_v(name)}</h3><table>", _row(words.t("choice"), words.choice(service["choice"])),
            *(_row(words.t(label), service.get(key, "")) for label, key in _SERVICE_ROWS), "</table>"]


def _papers(papers: list, words: PacketWording) -> list[str]:
    """The papers attached to this file: what each is, and the file that holds it."""
    heading = fill(words.t("papers_attached"), words.number(len(papers)))
    parts = [f"<h2>{_e(heading)}</h2>", f"<p>{_e(words.t('papers_help'))}</p>"]
    for paper in papers:
        parts += [f"<h3>{_v(paper['title'])}</h3><table>", _row(words.t("paper_kind"), words.paper_kind(paper["kind"]))]
        for key in ("issued", "expires"):
            if paper.get(key):
                parts.append(_row(words.t(key), words.date(date.fromisoformat(paper[key]))))
        parts += [_row(words.t("file"), paper["file_name"]), _row(words.t("size"), words.size(paper["size"])),
                  "</table>"]
    return parts


def _back(doc: dict, words: PacketWording) -> list[str]:
    signer = doc.get("signer")
    parts = ["<hr>"]
    if signer:
        parts.append(f"<p><b>{_e(words.t('fingerprint'))}:</b> {_v(signer['fingerprint'])}<br>"
                     f"{_e(words.t('fingerprint_help'))}</p>")
    else:
        parts.append(f"<p>{_e(words.t('unsigned'))}</p>")
    # The packet's number, for a withdrawal notice to name it: small print at the end, not a line of hex
    # among the first things a reader sees.
    parts.append(f"<p style='font-size:8pt; color:#555555'>{_e(words.t('packet_id'))}: {_v(doc['packet_id'])}</p>")
    return parts


def packet_html(doc: dict, words: PacketWording) -> str:
    parts = _front(doc, words)
    sections = doc["sections"]
    if "about_me" in sections:
        parts += _about_me(sections["about_me"], words)
    if "goals" in sections:
        parts.append(f"<h2>{_e(words.t('goals'))}</h2>")
        for goal in sections["goals"]:
            parts += _goal(goal, words)
    if "services" in sections:
        parts.append(f"<h2>{_e(words.t('services'))}</h2>")
        for service in sections["services"]:
            parts += _service(service, words)
    if "papers" in sections:
        parts += _papers(sections["papers"], words)
    parts += _back(doc, words)
    return in_reading_direction("\n".join(parts), words)


def in_reading_direction(body: str, words: PacketWording) -> str:
    """`body` as it reads in the words' language, for every page made in a packet's language (the packet, its
    withdrawal notice): from the right (Arabic), or from the left. Every paragraph in the page's direction, as in a
    web page. Left to Qt, a paragraph that begins with an Arabic letter reads from the right, even inside an
    isolate: beside "For", "سارة أحمد, 24/7 Helpline" was listed from the right."""
    return _right_to_left(body) if words.right_to_left else "<div dir='ltr'>" + body + "</div>"


def _right_to_left(body: str) -> str:
    """Arabic: the whole page reads from the right, a name or a code in Latin letters too, and each table's label
    stands at the right of its value (Qt's text engine keeps a table's columns in order whatever the direction)."""
    import re

    body = re.sub(r"<tr><td class='k'>(.*?)</td><td>(.*?)</td></tr>", r"<tr><td>\2</td><td class='k'>\1</td></tr>",
                  body)
    return "<div dir='rtl'>" + body.replace("<table>", "<table align='right'>") + "</div>"
