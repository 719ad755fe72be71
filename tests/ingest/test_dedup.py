from storylens.errors import Reasons
from storylens.ingest import read_inputs
from storylens.ingest.dedup import article_id

from conftest import SEEDS, need


def seed_text(name_prefix: str) -> str:
    return next(need(SEEDS).glob(f"{name_prefix}_*.txt")).read_text(encoding="utf-8")


def test_id_is_stable_over_whitespace_and_case():
    assert article_id("The  Mayor said\nyes.") == article_id("the mayor said yes.")
    assert article_id("The mayor said yes.") != article_id("The mayor said no.")


def test_same_article_twice_is_read_once(tmp_path):
    text = seed_text("004")
    (tmp_path / "a.txt").write_text(text)
    (tmp_path / "b.txt").write_text(text.replace("\n", "\n\n"))  # same words, other layout
    result = read_inputs([str(tmp_path)])
    assert len(result.articles) == 1
    assert result.rejected[0].reason == Reasons.DUPLICATE.format(other=str(tmp_path / "a.txt"))


def test_known_ids_are_reported_as_already_stored(tmp_path):
    (tmp_path / "a.txt").write_text(seed_text("004"))
    first = read_inputs([str(tmp_path)]).articles[0]
    again = read_inputs([str(tmp_path)], known_ids={first.id})
    assert not again.articles and "already stored" in again.rejected[0].reason


def test_wire_copy_with_small_edits_is_linked_not_dropped(tmp_path):
    original = seed_text("004")
    paragraphs = original.split("\n")
    edited = "\n".join(paragraphs[:-2]).replace("Kremlin", "Russian government", 2) + "\n(Edited by the copy desk.)"
    (tmp_path / "a.txt").write_text(original)
    (tmp_path / "b.txt").write_text(edited)
    (tmp_path / "c.txt").write_text(seed_text("000"))
    result = read_inputs([str(tmp_path)])
    a, b, c = result.articles
    assert not result.rejected
    assert a.copy_of is None and b.copy_of == a.id and c.copy_of is None


def test_wire_copy_cut_short_is_linked(tmp_path):
    original = seed_text("001")
    paragraphs = [p for p in original.split("\n\n") if p.strip()]
    (tmp_path / "a.txt").write_text(original)
    (tmp_path / "b.txt").write_text("\n\n".join(paragraphs[: len(paragraphs) // 2]))  # first half only
    (tmp_path / "c.txt").write_text(seed_text("003"))  # same outlet and story, another report
    a, b, c = read_inputs([str(tmp_path)]).articles
    assert b.copy_of == a.id and c.copy_of is None


def test_copy_of_points_at_the_first_article_of_the_group():
    from storylens.ingest.dedup import NearDuplicateIndex

    words = [f"w{i}" for i in range(400)]
    index = NearDuplicateIndex()
    assert index.add("a", " ".join(words)) is None
    assert index.add("b", " ".join(words[:300])) == "a"
    assert index.add("c", " ".join(words[:200])) == "a"
