"""The manifest CSV that ships beside a folder of articles."""


def test_folder_manifest_is_the_folders_own_csv_or_none(tmp_path, seeds_dir):
    from storylens.ingest import folder_manifest

    assert folder_manifest(seeds_dir) == seeds_dir / "manifest.csv"
    assert folder_manifest(tmp_path) is None
