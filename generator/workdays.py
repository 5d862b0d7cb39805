"""Working days and periods on a nation's bank-holiday calendar (``holidays``) plus board closure days."""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
from dataclasses import dataclass, field
from typing import Iterable

UNITS = ("working_days", "days", "weeks", "months", "years")


@dataclass
class WorkCalendar:
    """Monday-Friday minus the bank holidays of one UK subdivision and any board closure days."""

    subdiv: str  # holidays.UK subdivision: ENG, WLS (same as ENG), SCT, NIR
    closure_days: frozenset[dt.date] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        import holidays

        self._holidays = holidays.UK(subdiv=self.subdiv)

    def holiday_name(self, day: dt.date) -> str | None:
        """The bank holiday (or 'board closure day') on ``day``, if any."""
        if day in self.closure_days:
            return "board closure day"
        return self._holidays.get(day)

    def is_working_day(self, day: dt.date) -> bool:
        """Monday to Friday and neither a bank holiday of this calendar nor a closure day."""
        return day.weekday() < 5 and day not in self._holidays and day not in self.closure_days

    def add_working_days(self, start: dt.date, n: int) -> dt.date:
        """The ``n``-th working day after ``start`` (``start`` itself is day 0)."""
        day = start
        step = 1 if n >= 0 else -1
        left = abs(n)
        while left:
            day += dt.timedelta(days=step)
            if self.is_working_day(day):
                left -= 1
        return day

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days after ``start`` up to and including ``end`` (negative when ``end`` < ``start``)."""
        if end < start:
            return -self.working_days_between(end, start)
        count = 0
        day = start
        while day < end:
            day += dt.timedelta(days=1)
            if self.is_working_day(day):
                count += 1
        return count

    def holidays_between(self, start: dt.date, end: dt.date) -> list[tuple[dt.date, str]]:
        """Bank holidays and closure days on weekdays after ``start`` up to and including ``end``."""
        out = []
        day = start
        while day < end:
            day += dt.timedelta(days=1)
            name = self.holiday_name(day)
            if name and day.weekday() < 5:
                out.append((day, name))
        return out

    def add_period(self, start: dt.date, period: dict[str, int]) -> dt.date:
        """``start`` plus a period such as ``{"working_days": 5}`` or ``{"months": 6}``."""
        (unit, n), = period.items()
        if unit == "working_days":
            return self.add_working_days(start, n)
        if unit == "days":
            return start + dt.timedelta(days=n)
        if unit == "weeks":
            return start + dt.timedelta(weeks=n)
        if unit == "months":
            return add_months(start, n)
        if unit == "years":
            return add_months(start, 12 * n)
        raise ValueError(f"unknown period unit {unit!r}; use one of {', '.join(UNITS)}")


def add_months(day: dt.date, months: int) -> dt.date:
    """Calendar months later, clamped to the month's last day (31 Aug + 6 months = 28/29 Feb)."""
    total = day.month - 1 + months
    year, month = day.year + total // 12, total % 12 + 1
    return dt.date(year, month, min(day.day, _calendar.monthrange(year, month)[1]))


def months_between(start: dt.date, end: dt.date) -> float:
    """Whole calendar months from ``start`` to ``end``, plus the fraction of the next month."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if add_months(start, months) > end:
        months -= 1
    base = add_months(start, months)
    nxt = add_months(start, months + 1)
    return months + (end - base).days / max(1, (nxt - base).days)


def describe_period(period: dict[str, int]) -> str:
    """``{"working_days": 5}`` -> ``5 working days``."""
    (unit, n), = period.items()
    label = unit.replace("_", " ")
    if n == 1:
        label = label[:-1]
    return f"{n} {label}"


def make_calendar(subdiv: str, closure_days: Iterable[object] = ()) -> WorkCalendar:
    """A calendar for a subdivision with the board's closure days (non-dates are ignored)."""
    days = frozenset(d for d in closure_days if isinstance(d, dt.date))
    return WorkCalendar(subdiv, days)
