"""The manifest CSV that ships beside a folder of articles."""


def test_folder_manifest_is_the_folders_own_csv_or_none(tmp_path, seeds_dir):
    from storylens.ingest import folder_manifest

    assert folder_manifest(seeds_dir) == seeds_dir / "manifest.csv"
    assert folder_manifest(tmp_path) is None


ARTICLE = (
    "Harbour cranes at Tollmere stood idle on Monday as dock workers walked out over pay, the "
    "union said. The port authority said talks would resume on Wednesday.\n"
)
OTHER_ARTICLE = (
    "A second report from Tollmere: the dock workers' strike entered its third day on Wednesday, "
    "and ferries to the islands were cancelled, the operator said.\n"
)


def _folder(tmp_path, header: str):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER_ARTICLE, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("Notes for Thursday: call the union press office back about the strike figures, and ask the port authority "
        "how many ships are waiting outside the harbour.\n", encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text(f"{header},outlet,published\na.txt,Tollmere Post,2031-04-07\nb.txt,Coastline News,2031-04-09\n", encoding="utf-8")
    return manifest


def test_the_file_column_may_be_called_path_or_filename(tmp_path):
    from storylens.ingest import read_inputs

    for header in ("file", "path", "filename", "Path"):
        manifest = _folder(tmp_path, header)
        result = read_inputs([str(tmp_path)], manifest=manifest)
        outlets = sorted(a.outlet for a in result.articles)
        assert outlets == ["Coastline News", "Tollmere Post"], header


def test_a_manifest_without_a_file_column_says_which_names_it_accepts(tmp_path):
    import pytest

    from storylens.errors import StorylensError
    from storylens.ingest import read_inputs

    manifest = _folder(tmp_path, "document")
    with pytest.raises(StorylensError) as error:
        read_inputs([str(tmp_path)], manifest=manifest)
    message = str(error.value)
    assert "'file'" in message and "'path'" in message and "'filename'" in message and "'document'" in message


def test_with_a_manifest_a_folders_unlisted_files_are_left_out_and_counted(tmp_path):
    from storylens.ingest import read_inputs

    manifest = _folder(tmp_path, "file")
    result = read_inputs([str(tmp_path)], manifest=manifest)
    assert sorted(a.source.rsplit("/", 1)[-1] for a in result.articles) == ["a.txt", "b.txt"]
    assert [s.rsplit("/", 1)[-1] for s in result.unlisted] == ["notes.txt"]
    # without a manifest every readable file is an article, and a file named by the user is
    # read whether the manifest lists it or not
    assert "notes.txt" in {a.source.rsplit("/", 1)[-1] for a in read_inputs([str(tmp_path)]).articles}
    named = read_inputs([str(tmp_path / "notes.txt")], manifest=manifest)
    assert len(named.articles) == 1 and not named.unlisted


def test_a_row_for_one_article_of_a_multi_article_file_lists_the_file(tmp_path):
    from storylens.ingest.manifest import lists_file

    rows = {"feed.jsonl#2": {}, "a.txt": {}}
    assert lists_file(rows, tmp_path / "feed.jsonl") and lists_file(rows, "a.txt")
    assert not lists_file(rows, "feed.json") and not lists_file(rows, "notes.txt")
