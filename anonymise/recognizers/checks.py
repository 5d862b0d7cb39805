"""Checksums and ranges shared by the health-number recognizers (NHS, CHI, Health and Care)."""

from __future__ import annotations

import datetime as _dt
import re

from stdnum.gb import nhs as _nhs

# 10 digits written 3-3-4 (spaces or hyphens, consistent), 6-4 (CHI style) or run together.
TEN_DIGITS = re.compile(r"(?=\d)(?<![\w/.-])(\d{3}([ -]?)\d{3}\2\d{4}|\d{6}[ -]\d{4})(?![\w/-]|\.\d)")


def digits(s: str) -> str:
    """Only the digits of ``s``."""
    return re.sub(r"\D", "", s)


def mod11_ok(number: str) -> bool:
    """True when a 10-digit number has a valid NHS-style modulus 11 check digit and is no repdigit."""
    return len(number) == 10 and len(set(number)) > 1 and _nhs.is_valid(number)


def chi_date_ok(number: str) -> bool:
    """True when the first six digits are a real DDMMYY date."""
    try:
        _dt.date(2000 + int(number[4:6]), int(number[2:4]), int(number[0:2]))
    except ValueError:
        return False
    return True


def hc_range_ok(number: str) -> bool:
    """True when the number is in the Northern Ireland Health and Care range 320 000 000-399 999 999."""
    return 3200000000 <= int(number) <= 3999999999
