"""The main job as a function: paths in, stories out (stored, ready to export).

ingest -> nlp (per article, or read back from the store) -> story (cluster, build) -> store.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Callable, Iterable, Optional, Sequence

from storylens.ingest import read_inputs
from storylens.ingest.url_policy import TRUSTED, FetchPolicy
from storylens.nlp.fingerprint import pipeline_version
from storylens.nlp.pipeline import analyze_articles
from storylens.errors import Reasons
from storylens.records import AnalysisResult, Article, ArticleAnalysis, Rejected, Story
from storylens.story.build import build_stories, build_story, with_membership
from storylens.story.clustering import StoryClusterer
from storylens.story.embeddings import embed
from storylens.story.leads import day_number, lead_text, published_day

ProgressFactory = Callable[[str, int], Callable[[], None]]


def analyze(
    paths: Sequence[str],
    *,
    manifest: Optional[Path] = None,
    db: Optional[str] = None,
    store=None,
    cluster: bool = True,
    progress: Optional[ProgressFactory] = None,
    fetch_policy: FetchPolicy = TRUSTED,
) -> AnalysisResult:
    """Analyse the articles at ``paths`` and store them with their stories.

    Articles already in the store are read back instead of re-analysed. With ``cluster``
    the articles are grouped into stories; otherwise they form one story.
    ``progress(description, total)`` returns a callable advanced once per article.
    ``fetch_policy`` is what reading the inputs may reach (the web app passes a stricter one).
    """
    from storylens.store import open_store

    ingest = read_inputs(list(paths), manifest=manifest, fetch_policy=fetch_policy)
    result = AnalysisResult(rejected=list(ingest.rejected), unlisted=list(ingest.unlisted))
    if not ingest.articles:
        return result
    owns_store = store is None
    store = store or open_store(db)
    try:
        analyses = analyse_in_chunks(ingest.articles, store, progress=progress, rejected=result.rejected)
        # Reading the stored stories, clustering and writing is one step under the store's write
        # lock (one transaction): a second run at once waits, then joins what this one wrote.
        with store.write_lock():
            if not analyses:
                built = []
            elif cluster:
                built = _join_stored_stories(analyses, store, rejected=result.rejected, progress=progress)
            else:
                built = [(s, []) for s in build_stories(analyses, cluster=False)]
            for story, replaced in built:
                store.save_story(story, replaces=replaced)
                result.stories.append(story)
            store.save_rejected(result.rejected)
    finally:
        if owns_store:
            store.close()
    return result


# Analyses are saved every this many articles, so a run that is stopped keeps what it finished and
# a rerun continues after the last saved chunk (stored analyses are read back, not recomputed).
SAVE_EVERY = 16

# (articles, advance or None, rejected) -> their analyses; rejects by name what it cannot analyse.
AnalyseChunk = Callable[[list[Article], Optional[Callable[[], None]], list[Rejected]], list[ArticleAnalysis]]


def analyse_in_chunks(
    articles: list[Article],
    store,
    *,
    rejected: list[Rejected],
    progress: Optional[ProgressFactory] = None,
    analyse_chunk: Optional[AnalyseChunk] = None,
    save_every: Optional[int] = None,
    pipeline: str = "full",
) -> list[ArticleAnalysis]:
    """The analyses of ``articles``, in their order: those already in ``store`` read back, the
    others made by ``analyse_chunk`` (default: this process's pipeline) ``save_every`` articles
    at a time (default ``SAVE_EVERY``), each chunk saved as soon as it is done. ``storylens
    analyze`` and ``storylens batch`` both save through here.

    A stored analysis counts only when this version of the ``pipeline`` made it ("full", or
    "light" for ``storylens batch --pipeline light``): one an older version made (or the light
    pipeline, when the full one is asked for) is made again and replaces it."""
    analyse_chunk = analyse_chunk or _analyse_chunk
    save_every = save_every or SAVE_EVERY
    current = pipeline_version(pipeline)
    stored, stale = {}, {}
    for analysis in store.load_analyses([a.id for a in articles]):
        (stored if analysis.pipeline == current else stale)[analysis.article.id] = analysis
    # An analysis made again keeps the metadata stored with it that is not given now.
    todo = [_with_stored_metadata(a, stale[a.id].article) if a.id in stale else a for a in articles if a.id not in stored]
    description = "Analysing articles"
    if stale:
        description += f" ({len(stale)} stored by an older version, made again)"
    advance = progress(description, len(todo)) if progress and todo else None
    by_id = {}
    for start in range(0, len(todo), save_every):
        fresh = analyse_chunk(todo[start : start + save_every], advance, rejected)
        if fresh:
            store.save_analyses(fresh)
        by_id.update((a.article.id, a) for a in fresh)
    result = []
    for article in articles:
        analysis = by_id.get(article.id)
        if analysis is None and article.id not in stored:
            continue  # rejected by the analysis
        if analysis is not None:
            article = analysis.article  # with the stored metadata an older analysis kept
        else:
            analysis = stored[article.id]
            article = _with_stored_metadata(article, analysis.article)
        analysis.article = article
        result.append(analysis)
    return result


def _analyse_chunk(articles: list[Article], advance, rejected: list[Rejected]) -> list[ArticleAnalysis]:
    """The analyses of ``articles``; should the pipeline fail on the chunk, each article is tried
    alone, and one that fails is rejected by name with the error, so the batch goes on."""
    try:
        return list(analyze_articles(articles, progress=advance))
    except Exception:  # noqa: BLE001 -- found out below, article by article
        return analyse_each_alone(articles, analyze_articles, rejected)


def analyse_each_alone(
    articles: list[Article], analyse: Callable[[list[Article]], Iterable[ArticleAnalysis]], rejected: list[Rejected]
) -> list[ArticleAnalysis]:
    """Each article through ``analyse`` on its own, once a chunk of them failed (here and in
    ``storylens batch``): one the pipeline cannot take is rejected by name with the error, and
    the batch goes on."""
    done = []
    for article in articles:
        try:
            done.extend(analyse([article]))
        except Exception as e:  # noqa: BLE001 -- one article the pipeline cannot take must not sink the batch
            rejected.append(Rejected(article.source, Reasons.UNREADABLE.format(detail=f"analysis failed ({type(e).__name__}: {e})")))
    return done


METADATA_FIELDS = ("outlet", "title", "author", "url", "copy_of")


def _with_stored_metadata(given: Article, stored: Article) -> Article:
    """Metadata given now (a manifest) wins over what was stored with the text earlier; what is
    not given now (the same file uploaded without its manifest) keeps its stored value, and a
    date only inferred from the text does not replace a stored date that was given."""
    given = copy.copy(given)
    sources = dict(given.metadata_sources)
    for name in METADATA_FIELDS:
        if getattr(given, name) is None and getattr(stored, name) is not None:
            setattr(given, name, getattr(stored, name))
            if name in stored.metadata_sources:
                sources[name] = stored.metadata_sources[name]
    if stored.published and (given.published is None or given.published_inferred and not stored.published_inferred):
        given.published, given.published_inferred = stored.published, stored.published_inferred
        if "published" in stored.metadata_sources:
            sources["published"] = stored.metadata_sources["published"]
    given.metadata_sources = sources
    return given


def _join_stored_stories(
    analyses: list[ArticleAnalysis], store, *, rejected: list[Rejected], progress: Optional[ProgressFactory] = None
) -> list[tuple[Story, list[str]]]:
    """Place this run's articles in the stories already stored, as a stream would: each new
    article joins a stored story or a new one (or bridges two). Only the stories that gain an
    article, or hold an article given again (its metadata may have changed), are rebuilt and
    returned, each with the ids of the stored stories it replaces; the others are not touched.
    Per-article analyses are never recomputed here, and stored stories that no new article
    can reach (no member within the clusterer's window of any new article's date) are neither
    read nor embedded (only the members and dates of all stories are listed, two plain queries),
    so the expensive part follows the stories in reach, not the size of the store; the names'
    rarity is then counted over the stories in reach."""
    members = store.story_members()
    store_order = {story_id: n for n, story_id in enumerate(members)}
    stories_of: dict[str, list[str]] = {}  # article id -> the stored stories holding it
    for story_id, ids in members.items():
        for article in ids:
            stories_of.setdefault(article, []).append(story_id)
    given = {a.article.id: a for a in analyses}
    clusterer = StoryClusterer()
    new = sorted((a for a in analyses if a.article.id not in stories_of), key=lambda a: a.article.published or "")
    in_reach = clusterer.reach(published_day(a.article) for a in new)
    dates = store.article_dates()
    members_in_reach = {
        story_id: ids
        for story_id, ids in members.items()
        if any(i in given for i in ids) or (new and in_reach(day_number(dates.get(i)) for i in ids))
    }
    stored_ids = [i for ids in members_in_reach.values() for i in ids if i not in given]
    # Stored members an older pipeline analysed are analysed again (and saved), so the rebuilt
    # story reads every member as this version does.
    known = {a.article.id: a for a in analyse_in_chunks(store.load_articles(stored_ids), store, rejected=rejected, progress=progress)} if stored_ids else {}
    known.update(given)
    groups, seeded = [], set()
    for story_id, ids in members_in_reach.items():
        # An article in two stored stories (an earlier --one-story run) is seeded once.
        group = [known[i] for i in ids if i in known and i not in seeded]
        seeded.update(a.article.id for a in group)
        if group:
            groups.append((story_id, group))
    # One MiniLM pass over every stored lead, not one per story.
    vectors = embed([lead_text(a) for _, group in groups for a in group])
    stored_id_of, offset = {}, 0
    for story_id, group in groups:
        stored_id_of[clusterer.seed(group, vectors=vectors[offset : offset + len(group)])] = story_id
        offset += len(group)
    decisions = {d.article: d for d in clusterer.add_many(new)} if new else {}
    for decision in decisions.values():  # the clusterer's ids of merged stories -> the stored ids
        decision.merged = [stored_id_of[m] for m in decision.merged if m in stored_id_of]
    stories = []
    for group in clusterer.stories().values():
        if not any(a.article.id in given for a in group):
            continue
        # Replaced: the stored stories all of whose articles are in the new one (only a story
        # holding one of its articles can be; looked up, not scanned, so large stores stay cheap).
        ids = {a.article.id for a in group}
        holding = sorted({sid for i in ids for sid in stories_of.get(i, ())}, key=store_order.get)
        old_ids = [sid for sid in holding if set(members[sid]) <= ids]
        old_reasons = {d.article: d for old in old_ids if (story := store.load_story(old)) for d in story.membership}
        group = sorted(group, key=lambda a: (a.article.published or "", a.article.id))
        reasons = [decisions.get(a.article.id) or old_reasons.get(a.article.id) for a in group]
        story = with_membership(build_story(group), [d for d in reasons if d is not None])
        stories.append((story, old_ids))
    return stories
