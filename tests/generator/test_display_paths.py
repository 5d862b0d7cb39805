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


def test_a_link_changed_between_runs_is_resolved_anew(tmp_path, monkeypatch):
    """Folders' real paths are remembered within a run only: a link re-pointed before the next run is followed."""
    from generator.display import forget_real_paths, real_path

    for name in ("one", "two"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "r.md").write_text("x")
    link = tmp_path / "current"
    link.symlink_to(tmp_path / "one")
    forget_real_paths()
    assert real_path(str(link / "r.md")) == str((tmp_path / "one" / "r.md").resolve())
    link.unlink()
    link.symlink_to(tmp_path / "two")
    forget_real_paths()
    assert real_path(str(link / "r.md")) == str((tmp_path / "two" / "r.md").resolve())


def test_real_path_agrees_with_realpath_for_links_and_climbs(tmp_path):
    import os

    from generator.display import forget_real_paths, real_path

    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "f.md").write_text("x")
    (tmp_path / "a" / "link.md").symlink_to(tmp_path / "a" / "b" / "f.md")
    (tmp_path / "up").symlink_to(tmp_path / "a" / "b")
    forget_real_paths()
    for p in ("a/b/f.md", "a/link.md", "up/f.md", "up/../b/f.md", "a/b/", "a/./b/f.md"):
        assert real_path(str(tmp_path / p)) == os.path.realpath(tmp_path / p), p


def test_masked_path_segments_are_never_shared_between_keys():
    """A segment left unmasked for one key is masked for the next key that names it (the memo is kept per
    matcher, never by address: a new matcher may take a freed one's)."""
    import gc

    from anonymise.keyfile import parse_key
    from anonymise.keymatch import matcher_for
    from generator.display import mask_path

    for _ in range(3):
        first = matcher_for(parse_key("people:\n  - pseudonym: Child A\n    names: [Qwertia Vlanx]\n"))
        assert mask_path("out/zorvath-notes.md", first) == "out/zorvath-notes.md"
        assert mask_path("out/qwertia-notes.md", first) != "out/qwertia-notes.md"
        del first
        gc.collect()
        second = matcher_for(parse_key("people:\n  - pseudonym: Child B\n    names: [Zorvath Quarmby]\n"))
        assert mask_path("out/zorvath-notes.md", second) != "out/zorvath-notes.md"
        assert mask_path("out/qwertia-notes.md", second) == "out/qwertia-notes.md"
        del second
        gc.collect()
