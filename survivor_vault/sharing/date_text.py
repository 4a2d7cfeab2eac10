"""One way to write a date, everywhere: in the app's views, its history, and the packet's pages.

Locale-aware, with the month in words and a four-digit year ("27 February 2027", "February 27,
2027", "27 de febrero de 2027"): never "2/27/27", which reads as another day in another country.
Date pickers, where a date is typed in digits, show the locale's short order with a four-digit year.
Here (not in ui/) because the packet, typeset by sharing/, writes dates the same way.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale

_WEEKDAY = re.compile(r"d{4}[,.،]?\s*|\s*[,.،]?\s*d{4}")  # "dddd, " (a weekday name) and its comma
_MONTH_IN_WORDS = re.compile(r"(?<!M)M{3,4}(?!M)")

# Month names Qt does not have. Its locale data (CLDR) has none for Haitian Creole and falls back to French:
# "27 février 2027" in a Creole app. Full names, then short ones, January first.
OWN_MONTHS = {
    QLocale.Language.Haitian: (
        ("janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb", "novanm", "desanm"),
        ("jan", "fev", "mas", "avr", "me", "jen", "jiy", "out", "sep", "okt", "nov", "des")),
}


def date_format(locale: QLocale | None = None) -> str:
    """The locale's long date without the weekday: month in words, four-digit year."""
    locale = locale or QLocale()
    text = _WEEKDAY.sub("", locale.dateFormat(QLocale.FormatType.LongFormat)).strip(" ,،")
    return text if "yyyy" in text else text.replace("yy", "yyyy")


def picker_format(locale: QLocale | None = None) -> str:
    """For typing a date in digits: the locale's short order, with a four-digit year."""
    locale = locale or QLocale()
    text = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return text if "yyyy" in text else text.replace("yy", "yyyy")


def date_text(value: date | datetime | None, locale: QLocale | None = None) -> str:
    """A date as people in this locale write it, or "" for none. A datetime is shown in local time."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone().date() if value.tzinfo else value.date()
    locale = locale or QLocale()
    return written(QDate(value.year, value.month, value.day), date_format(locale), locale)


def written(day: QDate, form: str, locale: QLocale) -> str:
    """`locale.toString(day, form)`, with the month's name in the language where Qt has none of its own."""
    own = OWN_MONTHS.get(locale.language())
    if own is not None:
        form = _MONTH_IN_WORDS.sub(lambda m: f"'{own[len(m.group()) == 3][day.month() - 1]}'", form)
    return locale.toString(day, form)


def date_time_text(value: datetime, locale: QLocale | None = None) -> str:
    """A moment, in local time: the date as date_text writes it, and the locale's short time."""
    locale = locale or QLocale()
    local = value.astimezone() if value.tzinfo else value
    return f"{date_text(local.date(), locale)} {locale.toString(local.time(), QLocale.FormatType.ShortFormat)}"


def short_date_formats(locale: QLocale | None = None) -> list[str]:
    """Shorter ways to write a date where the long one has no room (under a small picture), longest first,
    still with the month in words: the month abbreviated ("14 sept 2026", "Sep 14, 2026"), then the month and
    year alone ("sept 2026")."""
    long = date_format(locale)
    abbreviated = re.sub(r"\s+", " ", re.sub(r"'[^']*'\.?", " ", long.replace("MMMM", "MMM"))).strip(" ,")
    month_year = re.sub(r"\s+", " ", re.sub(r"[,.]?\s*\bd{1,2}\b[,.]?", " ", abbreviated)).strip(" ,")
    return [f for f in dict.fromkeys((abbreviated, month_year)) if f]


def fitting_date_text(value: date, fits, locale: QLocale | None = None) -> str:
    """The longest way to write `value` for which `fits(text)` holds (the shortest when none does)."""
    locale = locale or QLocale()
    texts = [date_text(value, locale)] + [
        written(QDate(value.year, value.month, value.day), f, locale) for f in short_date_formats(locale)]
    return next((text for text in texts if fits(text)), texts[-1])
