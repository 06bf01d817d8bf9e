"""One passage, one hit. A committee's conclusion restates its paragraph, the government's
response document quotes the recommendation again, and a response answers the recommendation
of its number and printed label (a reply numbered 1.2 under recommendation 1a is not response 2
to recommendation 2): shown apart, they fill the first places with the same words. Among a search's
candidates (never the whole archive), each that restates or answers a better one joins it:
matches with matches, related paragraphs with related ones. A hit shown that a candidate did not
join brings its own: a recommendation the response to it, a response its recommendation, and a
conclusion or recommendation the paragraph it cites ("(Paragraph 48)"), looked up by number.
A candidate lower down that shows one of these joins the hit too: one passage, one place.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from seminar_search.model import Paragraph, reference

RUN = 5  # words in a row: a run shared by two paragraphs is quoted, not chance
RESTATES = 0.6  # a paragraph restates another when this share of its runs is in the other
# one answers the other: a response a recommendation, or a conclusion answered among them
PARTNERS = {
    "recommendation": ("response",),
    "conclusion": ("response",),
    "response": ("recommendation", "conclusion"),
}
RESTATING_SERIES = frozenset({"recommendation", "conclusion"})  # lists that repeat the paragraphs
CITED = re.compile(r"\(Paragraphs? (\d+)(?:[–-]\d+)?\)\s*$")  # "(Paragraph 48)" ending a restatement
Place = tuple[str, int, str]  # a paragraph's document, number and series
Found = tuple[Paragraph, bool]  # a paragraph looked up, and whether it holds the words typed


@dataclass
class Candidate:
    """A scored paragraph, whether it matches the query as typed, what moved its score after
    the index's own (for --explain), the paragraphs shown with it because they restate or
    answer it, and which of them all do not hold the words typed."""

    score: float
    paragraph: Paragraph
    matched: bool
    moved: list[str] = field(default_factory=list)
    also: list[Paragraph] = field(default_factory=list)
    related: set[Place] = field(default_factory=set)

    def __post_init__(self) -> None:
        if not self.matched:
            self.related.add(place_of(self.paragraph))


def word_runs(text: str) -> frozenset[tuple[str, ...]]:
    """Every run of RUN words of a text, lower-cased: what a quotation shares with its source."""
    words = re.findall(r"\w+", text.lower())
    if len(words) < RUN:
        return frozenset([tuple(words)])
    return frozenset(zip(*(words[i:] for i in range(RUN)), strict=False))


def grouped(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Candidates in their order, each that restates or answers an earlier one (or one that
    joined it) shown with that one instead of on its own. A passage ranks by its best part
    but is headed by the report's own paragraph, not a list that repeats it. Each candidate
    is compared through its own word runs, not with every passage before it."""
    passages: list[Candidate] = []
    home_of: list[int] = []  # each member paragraph's passage
    runs_of: list[int] = []  # how many word runs each member has
    members_with: dict[tuple[str, ...], list[int]] = {}  # a word run -> the members holding it
    paired: dict[tuple[str, int, str, str], int] = {}  # a recommendation or response -> its passage
    for candidate in candidates:
        paragraph = candidate.paragraph
        runs = word_runs(paragraph.text)
        shared = Counter(member for run in runs for member in members_with.get(run, ()))
        homes = {home_of[m] for m, count in shared.items() if count >= RESTATES * min(len(runs), runs_of[m])}
        for series in PARTNERS.get(paragraph.series, ()):
            if (partner := (paragraph.doc, paragraph.number, series, paragraph.label)) in paired:
                homes.add(paired[partner])
        home = min(homes, default=len(passages))
        if home == len(passages):
            passages.append(candidate)
        else:
            _join(passages[home], paragraph, not candidate.matched)
        for run in runs:
            members_with.setdefault(run, []).append(len(home_of))
        home_of.append(home)
        runs_of.append(len(runs))
        paired.setdefault((paragraph.doc, paragraph.number, paragraph.series, paragraph.label), home)
    return passages


def _join(head: Candidate, paragraph: Paragraph, related: bool) -> None:
    """Show a paragraph with a passage: under it, or at its head if the head only restates it
    (and holds the words typed no more than it: a related paragraph heads no match)."""
    if related:
        head.related.add(place_of(paragraph))
    heads = not related or place_of(head.paragraph) in head.related
    if heads and paragraph.series == "paragraph" and head.paragraph.series in RESTATING_SERIES:
        head.also.append(head.paragraph)
        head.moved.append(f"ranked by {reference(head.paragraph, 'short')}, which restates it")
        head.paragraph = paragraph
    else:
        head.also.append(paragraph)


def with_partners(
    candidates: list[Candidate],
    limit: int | None,
    find: Callable[[Place], Found | None],
) -> list[Candidate]:
    """The first limit passages (all for None): candidates linked to one another (a response
    and its recommendation, a restatement and the paragraph it cites) shown as one, at the
    place of the best; then each shown with what it links to that no candidate holds,
    looked up by its place (find)."""
    holder: dict[Place, tuple[int, Paragraph]] = {}  # each place -> the first candidate showing it
    for position, candidate in enumerate(candidates):
        for paragraph in _members(candidate):
            holder.setdefault(place_of(paragraph), (position, paragraph))
    passage = list(range(len(candidates)))  # each candidate's passage: its best candidate's position
    for position, candidate in enumerate(candidates):
        for paragraph in _members(candidate):
            for places in _linked(paragraph):
                held = next((holder[place] for place in places if place in holder), None)
                if held is not None and _answers(held[1], paragraph):
                    _unite(passage, position, held[0])
    shown: dict[int, Candidate] = {}
    for position, candidate in enumerate(candidates):
        head = _passage_of(passage, position)
        if head == position and (limit is None or len(shown) < limit):
            shown[position] = candidate
        elif head in shown and head != position:
            for paragraph in _members(candidate):
                _join(shown[head], paragraph, place_of(paragraph) in candidate.related)
    taken = set(holder)
    for candidate in shown.values():
        _bring_partners(candidate, taken, find)
    return list(shown.values())


def _members(candidate: Candidate) -> list[Paragraph]:
    return [candidate.paragraph, *candidate.also]


def _passage_of(passage: list[int], position: int) -> int:
    while passage[position] != position:
        position = passage[position]
    return position


def _unite(passage: list[int], one: int, other: int) -> None:
    """Put two candidates in one passage, headed by the better (the lower position)."""
    first, second = sorted((_passage_of(passage, one), _passage_of(passage, other)))
    passage[second] = first


def _bring_partners(candidate: Candidate, taken: set[Place], find: Callable[[Place], Found | None]) -> None:
    """Show with a passage what its paragraphs link to that no candidate nor passage holds
    (each link's first place found), and what joins brings its own (a response its
    recommendation, and that the paragraph it cites)."""
    members = _members(candidate)
    for paragraph in members:  # grows as paragraphs join
        for places in _linked(paragraph):
            for place in places:
                if place in taken:
                    break
                found, holds_words = find(place) or (None, False)
                if found is not None and _answers(found, paragraph):
                    _join(candidate, found, not holds_words)
                    taken.add(place)
                    members.append(found)
                    break


def _answers(linked: Paragraph, paragraph: Paragraph) -> bool:
    """Whether a paragraph at a place a paragraph links to is the one it means: the paragraph
    a restatement cites, or its partner under the same printed label (a reply numbered 1.2
    under recommendation 1a answers no recommendation 2)."""
    return linked.series == "paragraph" or linked.label == paragraph.label


def place_of(paragraph: Paragraph) -> Place:
    return paragraph.doc, paragraph.number, paragraph.series


def _linked(paragraph: Paragraph) -> list[list[Place]]:
    """Where the paragraphs a paragraph is linked to may stand: the paragraph a restatement
    cites (first: it heads the passage), and its partner of the same number (a
    recommendation's response; a response's recommendation, else the conclusion it answers),
    which counts only if it has the same label too."""
    linked = []
    cited = CITED.search(paragraph.text) if paragraph.series in RESTATING_SERIES else None
    if cited:
        linked.append([(paragraph.doc, int(cited.group(1)), "paragraph")])
    partners = [(paragraph.doc, paragraph.number, partner) for partner in PARTNERS.get(paragraph.series, ())]
    return [*linked, partners] if partners else linked
