"""What the span tagger's output may not call loaded, and what it misses (issue 19).

The PTC-trained tagger and classifier (``nlp/propaganda_model.py``) read words, not names or
markup. Read with the parse and the entities of the Doc:

- :mod:`.filters`: a span made only of names (an agency, a city), markup, plain words that
  the model's own learned weights do not call loaded ("people died later"), or a lone verb
  whose participants are pronouns ("how do we know this?") is dropped; a plain event word (a
  reported speech verb, a thing that collapses, a happening noun) judges nothing (round s33);
- :mod:`.evaluative`: an adjective the model's learned weights call loaded, written in the
  outlet's own voice, is found with the noun phrase it describes ("the regime's relentless
  aggression") even when the tagger's span score stays under its seed threshold; the component
  records it with ``found_by="evaluative"`` (docs/framing.md); also a premodifier WordNet reads
  as casting doubt, before a noun for people ("the so-called commander", round s31);
- :mod:`.nouns`: a plural noun that names people by judging them ("lackeys", "puppets"), in the
  outlet's own voice, scored from the word's meaning (MiniLM) by a scorer trained on PTC;
- :mod:`.motives`: a purpose clause that imputes a motive nobody avows ("inflated the figures
  to inflame tensions"), read from WordNet's senses of its verb, in the outlet's own voice;
- :mod:`.motives` also reads a charge of deceit: a verb whose first WordNet sense is deceiving,
  misinforming or misrepresenting ("exaggerated the injuries ...", "pretending to speak for ...");
- :mod:`.figures`: loaded figures of plain words: a person's role given to a thing ("held the
  port hostage"), self-praise ("congratulating itself"), "a model of restraint" (round s29);
- :mod:`.verdicts`: verdicts the outlet passes with plain words: "will not forget who sent the
  tanks", "should never have left port", "the town deserves better", "their instinct was to
  protect themselves" (round s30);
- :mod:`.depictions`: how the outlet depicts an act with plain words: force done to people
  ("dragged from their homes"), innocence asserted ("whose only crime was ..."), a motive in an
  adverb ("the ban conveniently covers ...") (round s32);
- :mod:`.rhetoric`: judgements with no judging word (round s34): a denial of chance ("was no
  accident"), an absolute antithesis ("owed everything to X and nothing to Y"), a warning
  neglected ("filed and forgotten"), a verdict on a claim's truth ("falsely claimed"), force set
  against aid ("more rifles than blankets"), money played as a game ("gambling on loans"), a door
  shut on people, blame shifted, a favour to one's friends, a clique for a body ("the cabal");
- :mod:`.stance` (round s35): a body that did nothing, that shields its own, that approves
  unexamined ("rubber-stamped"), a minimised coverage ("barely mentioned"), a stated reason called
  false ("a pretext"), the writer's comment on an act ("Predictably, ...");
- :mod:`.sides` (round s35): a side named by a crime ("terrorists", "bandits") in one article;
- :mod:`.sneers` (round s37): a speech verb that belittles the speaker ("whined that"), a person
  or outlet cast as another's instrument ("the government's mouthpiece"), an amount belittled
  ("a mere trace", "a paltry sum");
- :mod:`.plain_senses` (round s35): a word in a plain sense is not read: a thing's physical
  state ("crushed cab"), a post ("chief engineer"), someone else's classification ("as sabotage");
- :mod:`.modifiers`: the same for adjectives, adverbs and hyphenated premodifiers ("bungling",
  "grudgingly", "fat-cat"); read by the brief only (story/brief/voice.py), not by the component;
- :mod:`.word_scorer`: what the two scorers share: a logistic regression over a word's MiniLM
  vector, the words not scored yet embedded in one batch, the scores kept in a bounded table.
"""

from storylens.nlp.loaded_rules.evaluative import doubting_premodifiers, evaluative_phrases
from storylens.nlp.loaded_rules.figures import loaded_figures
from storylens.nlp.loaded_rules.motives import imputed_deceit, imputed_motives
from storylens.nlp.loaded_rules.nouns import evaluative_nouns
from storylens.nlp.loaded_rules.verdicts import outlet_verdicts
from storylens.nlp.loaded_rules.depictions import outlet_depictions
from storylens.nlp.loaded_rules.rhetoric import clique_nouns, outlet_rhetoric
from storylens.nlp.loaded_rules.sides import criminal_sides
from storylens.nlp.loaded_rules.sneers import outlet_sneers
from storylens.nlp.loaded_rules.stance import outlet_stance
from storylens.nlp.loaded_rules.filters import judges, keeps_span, lexical_weight, lone_verb, names_only, reports_plainly, without_edge_names

__all__ = ["clique_nouns", "criminal_sides", "outlet_sneers", "outlet_stance", "outlet_rhetoric", "doubting_premodifiers", "evaluative_nouns", "evaluative_phrases", "imputed_deceit", "imputed_motives", "loaded_figures", "judges", "keeps_span", "lexical_weight", "lone_verb", "names_only", "outlet_depictions", "outlet_verdicts", "reports_plainly", "without_edge_names"]
