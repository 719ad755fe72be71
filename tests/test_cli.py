"""End to end through the command line, on the seeds and on a batch with bad inputs."""

import json
import shutil

from typer.testing import CliRunner

from storylens.cli import app
from storylens.export.json_export import validate_document

runner = CliRunner()


def test_analyze_seeds_writes_valid_json_and_html(seeds_dir, tmp_path):
    out_json, out_html = tmp_path / "seeds.json", tmp_path / "seeds.html"
    args = ["analyze", str(seeds_dir), "--manifest", str(seeds_dir / "manifest.csv"), "--json", str(out_json), "--html", str(out_html), "--timelinejs", str(tmp_path / "tl.json"), "--db", str(tmp_path / "s.db")]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    document = json.loads(out_json.read_text())
    validate_document(document)
    assert document["rejected"] == []
    assert [len(s["articles"]) for s in document["stories"]] == [5], "the five seeds are one story"
    assert "<html" in out_html.read_text()
    timeline = json.loads((tmp_path / "tl.json").read_text())
    assert len(timeline["events"]) == len(document["stories"][0]["timeline"]) > 0
    # a second run reads the stored analyses back and gives the same story
    again = runner.invoke(app, args)
    assert again.exit_code == 0, again.output
    assert json.loads(out_json.read_text())["stories"][0]["id"] == document["stories"][0]["id"]


def test_bad_inputs_are_rejected_with_reasons_and_the_rest_analysed(seeds_dir, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    good = sorted(seeds_dir.glob("*.txt"))[:2]
    for path in good:
        shutil.copy(path, folder / path.name)
    shutil.copy(good[0], folder / "again.txt")  # duplicate
    (folder / "empty.txt").write_text("   \n")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (folder / "latin.txt").write_bytes(b"\x81\x8d\x8f\x90\x9d" * 200)
    (folder / "german.txt").write_text(
        "Die Regierung hat am Montag angekündigt, dass die neuen Regeln für alle Unternehmen gelten werden. "
        "Der Minister sagte, man werde die Lage weiter beobachten und mit den Ländern sprechen. " * 5
    )
    out_json = tmp_path / "out.json"
    result = runner.invoke(app, ["analyze", str(folder), "--json", str(out_json), "--db", str(tmp_path / "s.db"), "--one-story"])
    assert result.exit_code == 0, result.output
    document = json.loads(out_json.read_text())
    validate_document(document)
    reasons = {r["source"].split("/")[-1]: r["reason"] for r in document["rejected"]}
    assert set(reasons) == {"again.txt", "empty.txt", "binary.txt", "latin.txt", "german.txt"}, reasons
    assert reasons["again.txt"].startswith("duplicate") and reasons["empty.txt"].startswith("empty")
    assert reasons["binary.txt"].startswith("binary") and reasons["german.txt"].startswith("not English")
    assert sum(len(s["articles"]) for s in document["stories"]) == 2
    for name in reasons:
        assert name in result.output  # reported on stderr too


def test_nothing_usable_exits_2(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = runner.invoke(app, ["analyze", str(tmp_path / "empty.txt"), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 2
    assert "empty.txt" in result.output


def test_eval_prints_json_with_a_score(seeds_dir):
    result = runner.invoke(app, ["eval", "seeds", "--data", str(seeds_dir), "--json"])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout.strip().splitlines()[-1])
    assert "score" in metrics and all(isinstance(v, (int, float)) for v in metrics.values())


def test_figures_print_as_one_json_line_or_as_a_table(capsys):
    from storylens.cli import _print_figures

    _print_figures({"score": 0.123456, "pairs": 9}, as_json=True, header="metric", title="t", digits=4)
    assert json.loads(capsys.readouterr().out) == {"score": 0.123456, "pairs": 9}
    _print_figures({"score": 0.123456, "pairs": 9}, as_json=False, header="metric", title="storylens eval x", digits=4)
    table = capsys.readouterr().out
    assert "storylens eval x" in table and "0.1235" in table and "9" in table and "metric" in table


def test_unknown_eval_says_what_exists(tmp_path):
    result = runner.invoke(app, ["eval", "nosuch", "--data", str(tmp_path)])
    assert result.exit_code == 2
    assert "timex" in result.output


def test_all_rejected_still_writes_the_export_with_the_reasons(tmp_path):
    (tmp_path / "note.txt").write_text("Ferry times change on Monday.")
    out_json = tmp_path / "out.json"
    result = runner.invoke(app, ["analyze", str(tmp_path / "note.txt"), "--json", str(out_json), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 2
    document = json.loads(out_json.read_text())
    validate_document(document)
    assert document["stories"] == []
    assert [r["reason"] for r in document["rejected"]] == ["too short to analyse: under 20 words (5 found)"]


def test_a_file_name_with_a_newline_cannot_forge_a_line(tmp_path):
    forged = tmp_path / "a.txt\nrejected fake.txt: forged [bold]x"
    forged.write_text("")
    result = runner.invoke(app, ["analyze", str(forged), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.startswith("rejected")]
    assert len(lines) == 1 and "a.txt\\nrejected fake.txt: forged [bold]x" in lines[0]


def test_analyze_with_a_manifest_says_how_many_folder_files_it_left_out(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.txt").write_text(
        "Floodwater closed the Ardwick bridge on Tuesday after two days of rain, the county council "
        "said. Engineers will inspect the piers once the river falls.\n", encoding="utf-8")
    (folder / "todo.txt").write_text("Ask the council for the repair estimate.\n", encoding="utf-8")
    (folder / "list.csv").write_text("path,outlet\none.txt,Ardwick Courier\n", encoding="utf-8")
    out_json = tmp_path / "out.json"
    args = ["analyze", str(folder), "--manifest", str(folder / "list.csv"), "--json", str(out_json), "--db", str(tmp_path / "s.db"), "--one-story"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "left out 1 file that the manifest does not list: todo.txt" in result.output
    stories = json.loads(out_json.read_text())["stories"]
    assert [a["outlet"] for a in stories[0]["articles"]] == ["Ardwick Courier"]
