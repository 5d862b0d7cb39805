"""The one progress bar shared by check, portfolio and themes."""

from generator.progress import ProgressBar


def test_disabled_bar_is_a_no_op_and_draws_nothing(capsys):
    with ProgressBar(False, 3, "checking") as advance:
        for _ in range(3):
            advance()
    out, err = capsys.readouterr()
    assert out == "" and err == ""


def test_enabled_bar_counts_every_advance_and_never_writes_stdout(capsys):
    bar = ProgressBar(True, 4, "reviews")
    with bar as advance:
        advance()
        advance()
        task = bar._bar.tasks[0]
        assert (task.completed, task.total, task.description) == (2, 4, "reviews")
    assert capsys.readouterr().out == ""
