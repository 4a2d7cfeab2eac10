"""A day that may be left out ("I know the date" and a picker), and a reminder that may be left out ("Remind
me" and how many days before). The picker and the number are only used once their box is ticked."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCalendarWidget, QCheckBox, QDateEdit, QSpinBox, QToolButton, QVBoxLayout, QWidget

from survivor_vault.sharing.date_text import OWN_MONTHS, picker_format


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_of(picker: QDateEdit) -> date:
    d = picker.date()
    return date(d.year(), d.month(), d.day())


def date_picker(parent: QWidget, object_name: str, accessible_name: str, day: date | None = None) -> QDateEdit:
    picker = QDateEdit(parent)
    picker.setObjectName(object_name)
    picker.setAccessibleName(accessible_name)
    picker.setCalendarPopup(True)
    picker.setDisplayFormat(picker_format())
    picker.setDate(_qdate(day) if day else QDate.currentDate())
    if picker.locale().language() in OWN_MONTHS:  # asking for the calendar makes it: only where it is needed
        _own_month_names(picker.calendarWidget())
    return picker


def _own_month_names(calendar: QCalendarWidget) -> None:
    """The calendar's months in the language where Qt has none of its own (Haitian Creole got French's).
    Its days are shown by their first letter, which French and Creole share (dimanch, lendi, madi…)."""
    own = OWN_MONTHS.get(calendar.locale().language())
    button = calendar.findChild(QToolButton, "qt_calendar_monthbutton")  # Qt's own name for it
    if own is None or button is None or button.menu() is None:
        return
    calendar.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.SingleLetterDayNames)
    for action in button.menu().actions():
        if isinstance(action.data(), int) and 1 <= action.data() <= 12:
            action.setText(own[0][action.data() - 1])

    def name_the_month(_year: int, month: int) -> None:  # after Qt's own, which writes French's
        button.setText(own[0][month - 1])

    calendar.currentPageChanged.connect(name_the_month)
    name_the_month(calendar.yearShown(), calendar.monthShown())


class OptionalDate(QWidget):
    def __init__(self, box_text: str, picker_name: str, object_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)  # the box above its field: a tick box cannot wrap its words
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(box_text, self)
        self.check.setObjectName(f"{object_name}Known")
        self.check.setAccessibleName(box_text)
        self.picker = date_picker(self, object_name, picker_name)
        self.picker.setEnabled(False)
        self.check.toggled.connect(self.picker.setEnabled)
        layout.addWidget(self.check)
        layout.addWidget(self.picker)

    def value(self) -> date | None:
        return day_of(self.picker) if self.check.isChecked() else None

    def set_value(self, day: date | None) -> None:
        self.check.setChecked(day is not None)
        if day is not None:
            self.picker.setDate(_qdate(day))


class ReminderField(QWidget):
    """"Remind me" and the number of days before (0: on the day itself)."""

    def __init__(self, object_name: str, parent: QWidget | None = None, default_days: int = 14):
        super().__init__(parent)
        layout = QVBoxLayout(self)  # the box above its field: a tick box cannot wrap its words
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(self.tr("Remind me"), self)
        self.check.setObjectName(f"{object_name}On")
        self.check.setAccessibleName(self.tr("Remind me"))
        self.days = QSpinBox(self)
        self.days.setObjectName(f"{object_name}Days")
        self.days.setAccessibleName(self.tr("Days before"))
        self.days.setRange(0, 366)
        self.days.valueChanged.connect(self._say_days)
        self.days.setValue(default_days)
        self._say_days(default_days)
        self.days.setSpecialValueText(self.tr("on the day"))
        self.days.setEnabled(False)
        self.check.toggled.connect(self.days.setEnabled)
        layout.addWidget(self.check)
        layout.addWidget(self.days)

    def _say_days(self, days: int) -> None:
        # After the box's number, in the form the language gives that number (Arabic: " أيام" after 3 to 10,
        # " يومًا" after 11 to 99).
        self.days.setSuffix(self.tr(" day before") if days == 1 else self.tr(" days before", "", days))

    def value(self) -> int | None:
        return self.days.value() if self.check.isChecked() else None

    def set_value(self, days: int | None) -> None:
        self.check.setChecked(days is not None)
        if days is not None:
            self.days.setValue(days)
