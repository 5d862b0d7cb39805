"""People in the columns a table's header says hold them (user names, display names, aliases)."""

from __future__ import annotations

import pytest

from anonymise.recognizers import table_columns

REC = table_columns.recognizer()


def names(text: str) -> list[str]:
    return [d.text for d in REC.analyze(text)]


def test_a_username_column_holds_user_names_of_any_shape() -> None:
    text = ("Username\tPlatform\tFirst seen\tNotes\n"
            "jaydn.r0se\tInstagram\t01/06/2023\tschool friend\n"
            "TheRealTKO\tDiscord\t02/07/2023\truns gaming server\n"
            "xo.leah.xo\tTikTok\tn/k\tcomments only\n\n"
            "Practitioners did not know that TheRealTKO was the same person.")
    assert names(text) == ["jaydn.r0se", "TheRealTKO", "xo.leah.xo", "TheRealTKO"]


def test_display_names_and_believed_identities_to_a_comma_or_bracket() -> None:
    text = ("Ref | Platform | Handle / display name | Believed to be | Notes\n"
            "1 | Snapchat | k4y__vee | Kerry-Ann (surname n/k) | girlfriend of 1\n"
            "2 | WhatsApp | Big D | Dwayne Pryce, 24 | phone seized\n"
            "3 | TikTok | @dj.blaze | n/k | 8k followers\n\n"
            "Whether a display name such as 'Big D' should be treated as identified.")
    assert names(text) == ["k4y__vee", "Kerry-Ann", "Big D", "Dwayne Pryce", "@dj.blaze", "Big D"]


def test_welsh_headers() -> None:
    text = ("Cyfrif | Platfform | Enw arddangos | Nodiadau\n"
            "@cari.ln_x | Instagram | Cari | ffrind ysgol\n"
            "bachgen_drwg_69 | Snapchat | n/a | dyn hŷn\n\n"
            "Cari oedd hi mewn gwirionedd.")
    assert names(text) == ["@cari.ln_x", "Cari", "bachgen_drwg_69", "Cari"]


@pytest.mark.parametrize("text", [
    # no identity column: an action plan, a chronology
    "| Ref | Action | Owner | Due |\n| A1 | Review the pathway | Service Manager | Q4 |",
    "Date\tAgency\tEvent\n03/02/2023\tSchool\tAbsent",
    # empty, pseudonym and role cells in a name column
    "| Name | Role |\n|---|---|\n| Child G | subject |\n| n/k | older male |\n| Mother | parent |\n| - | - |",
    # a line with pipes that is no table
    "She said | he said | nobody listened",
])
def test_quiet_without_a_named_column_or_a_name(text: str) -> None:
    assert names(text) == []


def test_a_registers_worker_column_holds_given_names_not_posts() -> None:
    text = ("Workers are named by first name only. Columns: date | contact | worker | summary.\n\n"
            "03/03/2024 | Home visit | Ruby | Seen Mum and baby.\n"
            "05/03/2024 | Phone | Duty SW | No answer.\n"
            "09/03/2024 | Home visit | Ruby and Pearl | Seen all three. Home cold.\n")
    assert names(text) == ["Ruby", "Ruby", "Pearl"]


def test_a_worker_column_is_read_only_under_its_header() -> None:
    text = "Worker | Date | Note\nRuby | 03/03/2024 | seen\n\nThe family used the Ruby Room | on Mondays | and Fridays."
    assert names(text) == ["Ruby"]
