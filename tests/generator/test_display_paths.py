"""Paths in reports as the user can use them (generator.display.shown_path)."""

from pathlib import Path

from generator.display import shown_path


def test_below_the_current_folder_paths_are_relative(tmp_path, monkeypatch):
    (tmp_path / "reviews" / "a").mkdir(parents=True)
    monkeypatch.chdir(tmp_path)
    assert shown_path(tmp_path / "reviews" / "a" / "report.md") == "reviews/a/report.md"


def test_outside_it_paths_are_written_from_the_root_given(tmp_path, monkeypatch):
    (tmp_path / "work").mkdir()
    (tmp_path / "t1" / "sub").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "work")
    roots = [Path("../t1x"), Path("../t1")]
    assert shown_path(tmp_path / "t1" / "sub" / "r.md", roots) == "../t1/sub/r.md"
    assert shown_path(tmp_path / "t1", roots) == "../t1"


def test_a_sibling_sharing_a_prefix_is_not_below_the_root(tmp_path, monkeypatch):
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    other = tmp_path / "samplesX" / "a.md"
    assert shown_path(other, [tmp_path / "samples"]) == other.as_posix()


def test_of_nested_roots_the_one_given_first_names_the_file(tmp_path, monkeypatch):
    (tmp_path / "work").mkdir()
    (tmp_path / "all" / "one").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "work")
    f = tmp_path / "all" / "one" / "r.md"
    assert shown_path(f, (Path("../all"), Path("../all/one"))) == "../all/one/r.md"
    assert shown_path(f, (Path("../all/one"), Path("../all"))) == "../all/one/r.md"
    assert shown_path(f, (Path(str(tmp_path / "all" / "one")), Path("../all"))) == f.as_posix()
    assert shown_path(f, (Path("../all"), Path(str(tmp_path / "all" / "one")))) == "../all/one/r.md"
    # the same roots object asked again (a batch) and a new one with another order both answer by their own order
    roots = (Path("../all"),)
    assert [shown_path(f, roots) for _ in range(2)] == ["../all/one/r.md"] * 2
