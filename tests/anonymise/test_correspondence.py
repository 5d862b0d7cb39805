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


def test_an_email_signed_with_its_writers_initials() -> None:
    text = ("> On 17 May 2023, at 17:02, Asha Patel <asha.patel7@nhs.example> wrote:\n"
            "> I saw him at the clinic today. I've done a Datix. AP\n\n"
            "From: Morag Baillie <mbaillie@example.net>\nTo: Chris Ogilvie\n\nHi Chris, no further action.\nM\n\n"
            "Morag Baillie | Pupil Support")
    got = [(d.text, text[d.start - 1]) for d in REC.analyze(text) if d.text in ("AP", "M")]
    assert got == [("AP", " "), ("M", "\n")]


def test_initials_that_sign_no_one_named_are_left_to_the_other_evidence() -> None:
    text = "From: Morag Baillie <mb@example.net>\n\nThe plan was agreed. GP\nSee section A\nA"
    assert [d.text for d in REC.analyze(text) if len(d.text) <= 3] == []


@pytest.mark.parametrize("text, expected", [
    ("Subject: RE: referral\n\nThanks Priya, received. I have opened a contact.", ["Priya"]),
    ("Subject: RE: referral\n\nThanks Ruth.\n", ["Ruth"]),
    ("Subject: RE: referral\n\nDiolch Heledd, mae hyn yn help.", ["Heledd"]),
    ("Subject: RE: plan\n\nThanks all, noted.\nThanks team.\nMany thanks again.", []),
])
def test_a_reply_that_opens_by_thanking_its_reader(text, expected) -> None:
    assert names(text) == expected


def test_a_single_letter_signs_for_a_sender_known_by_a_first_name() -> None:
    text = ("From: Ailsa <a.k@school.sch.uk>\nSent: 2 March 2024\nSubject: worry\n\nForwarding below, advice please.\nA\n\n"
            "> On 1 March 2024, at 20:10, Declan <dec.y@example.com> wrote:\n> She said not to tell her mum.\n> D\n")
    found = names(text)
    assert "Ailsa" in found and "A" in found and "D" in found


def test_a_first_name_alone_on_a_line_above_a_post_signs_an_email() -> None:
    text = "Subject: RE: Discord\n\nI have told him not to delete anything.\nJo\nDSL\n\nReviewer's note\nKey Findings\nAmber\nGreen"
    assert names(text) == ["Jo"]


def test_a_teams_mailbox_whose_name_spells_its_address_is_no_one() -> None:
    text = ("To: Front Door <frontdoor@council.gov.uk>\nCc: MASH <mash@council.gov.uk>; Duty Desk <duty.desk@trust.net>; "
            "Heather Bird <heatherbird@trust.net>; Bird, Robin <bird.robin@trust.net>; JD <jd@school.org>\n")
    assert names(text) == ["Heather Bird", "Bird, Robin", "JD"]


@pytest.mark.parametrize(("text", "expected"), [
    # initials greeting the reader and signing, known from the header's "Surname, Given" names
    ("From: Frost, Martin\nTo: Oyelaran, Bethany\nSubject: Year 8 pupil\n\nBO, the boy was upset at lunch. "
     "I have put it on CPOMS. MF\n\nThe email was read the next day.",
     ["Frost, Martin", "Oyelaran, Bethany", "BO", "MF"]),
    # initials after a sign-off word, though an abbreviation too, above a signature with the same initials
    ("Subject: RE: discharge\n\nCan the plan be confirmed before the ward round? Thanks, CO\n\n"
     "Ciara Ogunleye | Named Nurse", ["CO"]),
    # a post after a sign-off word is no one's initials
    ("Subject: RE: plan\n\nThe strategy meeting is at 2pm. Thanks, DSL", []),
])
def test_initials_that_greet_or_sign_an_email(text: str, expected: list[str]) -> None:
    assert names(text) == expected
