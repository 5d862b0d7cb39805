"""People in the frame of letters and emails: header fields, greetings, sign-offs."""

from __future__ import annotations

import pytest

from anonymise.recognizers import correspondence

REC = correspondence.recognizer()


def names(text: str) -> list[str]:
    return [d.text for d in REC.analyze(text)]


def test_email_header_fields_name_people_whatever_the_words() -> None:
    thread = ("From: Bird, Heather <heather.bird@advocacy.example>\n"
              "Sent: 09 May 2023 16:47\n"
              "To: Lead Reviewer\n"
              "Cc: Mason, Hope; Patel, Asha (SW)\n"
              "Subject: RE: meeting\n\n"
              "> From: Lead Reviewer\n"
              "> To: Bird, Heather\n")
    assert names(thread) == ["Bird, Heather", "Mason, Hope", "Patel, Asha", "Bird, Heather"]


def test_welsh_header_fields() -> None:
    assert names("Oddi wrth: Heulwen Prys\nAt: Tîm Diogelu\nPwnc: cyfarfod") == ["Heulwen Prys"]


@pytest.mark.parametrize("text, expected", [
    ("> Dear Heather, I'd be grateful if you could ask.", ["Heather"]),
    ("Annwyl Heulwen,\n\nDiolch am eich llythyr.", ["Heulwen"]),
    ("Hi Summer,\nthanks for this.", ["Summer"]),
    ("Yours faithfully ,\n\nP  Ledger\nHeadteacher", ["P  Ledger"]),
    ("Kind regards,\nHope", ["Hope"]),
    ("Dear Mrs Fox, thank you.", []),  # the title finds her
    # roles and groups are not people
    ("Dear Colleagues,\nPlease find attached.", []),
    ("Dear Sir or Madam,", []),
    ("Kind regards,\nSafeguarding Team", []),
    ("To: Child Protection Team\nFrom: Lead Reviewer", []),
    ("At: 10:00 the meeting began", []),
])
def test_greetings_and_sign_offs(text, expected) -> None:
    assert names(text) == expected
