"""One passage, one hit: restatements and answers shown with the hit they repeat (issue 16);
questions typed as questions; who is named; a transcript's answers above its questions."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from helpers import GENRES, HC179, HC802, SEED, run
from hypothesis import given
from hypothesis import strategies as st

from seminar_search.index import IndexReader
from seminar_search.index.passages import Candidate, grouped, with_partners
from seminar_search.index.rank import said_by
from seminar_search.library import index_paths
from seminar_search.model import Document, Hit, Paragraph
from seminar_search.render import also_line
from seminar_search.search import reported_speech, search

TRANSCRIPT = GENRES / "hc245-oral-evidence-2014-06-18.txt"
FINDING = "waste water treatment plants are not designed to retain microplastics from the sea"


def unit(text: str, series: str = "paragraph", number: int = 1, doc: str = "d") -> Paragraph:
    return Paragraph(doc, number, text, "", "", [], 1, series=series)


def test_a_conclusion_restating_a_paragraph_joins_it_and_the_paragraph_heads_the_passage() -> None:
    conclusion = Candidate(9.0, unit(FINDING + " (Paragraph 66)", "recommendation", 4), True)
    paragraph = Candidate(8.0, unit("Currently " + FINDING + ", we heard.", number=66), True)
    other = Candidate(7.0, unit("Nothing in common with the others at all, not five words."), True)
    shown = grouped([conclusion, paragraph, other])
    assert [c.paragraph.number for c in shown] == [66, 1]
    assert shown[0].score == 9.0 and [a.label for a in shown[0].also] == ["4"]


def test_a_response_joins_the_recommendation_of_its_number_in_its_document() -> None:
    recommendation = Candidate(5.0, unit("The Government should ban microbeads.", "recommendation", 3), True)
    answer = Candidate(4.0, unit("We agree and will consult.", "response", 3), True)
    elsewhere = Candidate(3.0, unit("We accept this only in part.", "response", 3, doc="e"), True)
    not_its_answer = Candidate(2.0, unit("We disagree.", "response", 4), True)
    shown = grouped([recommendation, answer, elsewhere, not_its_answer])
    assert [(c.paragraph.doc, c.paragraph.series, c.paragraph.number) for c in shown] == [
        ("d", "recommendation", 3),
        ("e", "response", 3),  # another document's response 3 answers another recommendation
        ("d", "response", 4),
    ]
    assert [a.series for a in shown[0].also] == ["response"]


def test_a_hit_shown_brings_its_answer_and_the_paragraph_it_cites_when_no_candidate_did() -> None:
    stored = {
        ("d", 3, "response"): unit("We agree and will consult.", "response", 3),
        ("d", 66, "paragraph"): unit("Currently " + FINDING + ", we heard.", number=66),
        ("d", 4, "response"): unit("We disagree.", "response", 4),
    }
    asked: list[tuple[str, int, str]] = []

    def find(place: tuple[str, int, str]) -> tuple[Paragraph, bool] | None:
        asked.append(place)  # the paragraph holds the words typed; the response does not
        return (stored[place], place[2] == "paragraph") if place in stored else None

    recommendation = Candidate(9.0, unit(FINDING + " (Paragraph 66)", "recommendation", 3), True)
    answered = Candidate(8.0, unit("The Government should consult.", "recommendation", 4), True)
    plain = Candidate(7.0, unit("A paragraph links to nothing.", number=7), True)
    answer_lower_down = Candidate(6.0, stored[("d", 4, "response")], True)
    another = Candidate(5.0, unit("Another paragraph links to nothing.", number=8), True)
    candidates = [recommendation, answered, plain, answer_lower_down, another]
    shown = with_partners(candidates, 3, find)
    # the cited paragraph heads its restatement, with the response to it beside; response 4,
    # a candidate lower down, joins the recommendation it answers, and the next takes its place
    assert [(c.paragraph.number, _series(c.also)) for c in shown] == [
        (66, ["recommendation", "response"]),
        (4, ["response"]),
        (7, []),
    ]
    assert asked == [("d", 66, "paragraph"), ("d", 3, "response")]  # none for what a candidate holds
    assert shown[0].related == {("d", 3, "response")}


def test_a_candidate_linked_to_a_hit_above_joins_it_and_one_beyond_the_limit_is_not_shown() -> None:
    paragraph = Candidate(9.0, unit("Currently " + FINDING + ", we heard.", number=66), True)
    plain = Candidate(8.0, unit("A paragraph links to nothing.", number=7), True)
    restating = Candidate(1.0, unit(FINDING + " (Paragraph 66)", "recommendation", 3), False)
    answer = Candidate(0.5, unit("We agree.", "response", 3), False)
    beyond = Candidate(0.2, unit("Nothing links here.", number=9), False)
    shown = with_partners([paragraph, plain, restating, answer, beyond], 2, lambda place: None)
    assert [(c.paragraph.number, _series(c.also), c.matched) for c in shown] == [
        (66, ["recommendation", "response"], True),
        (7, [], True),
    ]
    assert shown[0].related == {("d", 3, "recommendation"), ("d", 3, "response")}


def test_a_reply_under_another_label_joins_no_recommendation_of_its_number() -> None:
    """A reply numbered 1.2 (its number 2) under recommendation 1a is no answer to
    recommendation 2: shown on its own, while response 2 joins it."""
    recommendation = Candidate(9.0, unit("The Government should fund councils.", "recommendation", 2), True)
    other = replace(unit("We agree in part.", "response", 2), label="1.2")
    answer = Candidate(0.5, unit("We accept this.", "response", 2), False)
    shown = with_partners([recommendation, Candidate(1.0, other, False), answer], None, lambda place: None)
    assert [(c.paragraph.label, [a.label for a in c.also]) for c in shown] == [("2", ["2"]), ("1.2", [])]


def test_a_paragraph_without_the_words_typed_does_not_head_a_restatement_holding_them() -> None:
    restating = Candidate(9.0, unit(FINDING + " (Paragraph 66)", "recommendation", 3), True)
    cited = Candidate(1.0, unit("Currently " + FINDING + ", we heard.", number=66), False)
    shown = with_partners([restating, cited], None, lambda place: None)
    assert [(c.paragraph.series, _series(c.also), c.related) for c in shown] == [
        ("recommendation", ["paragraph"], {("d", 66, "paragraph")})
    ]


def test_a_response_answering_a_conclusion_is_shown_with_it() -> None:
    """A response answering conclusions and recommendations in one sequence ("Conclusion 1",
    "Recommendation 2"): response 1 joins conclusion 1 among the candidates, and a conclusion
    shown alone brings its response; a response asks for its recommendation first."""
    conclusion = Candidate(5.0, unit("Councils face a funding gap.", "conclusion", 1), True)
    answer = Candidate(4.0, unit("The Government recognises the pressures.", "response", 1), True)
    assert [(c.paragraph.series, _series(c.also)) for c in grouped([conclusion, answer])] == [
        ("conclusion", ["response"])
    ]
    stored = {("d", 1, "conclusion"): conclusion.paragraph}
    asked: list[tuple[str, int, str]] = []

    def find(place: tuple[str, int, str]) -> tuple[Paragraph, bool] | None:
        asked.append(place)
        return (stored[place], True) if place in stored else None

    shown = with_partners([Candidate(4.0, answer.paragraph, True)], None, find)
    assert _series(shown[0].also) == ["conclusion"]
    assert asked == [("d", 1, "recommendation"), ("d", 1, "conclusion")]


TEXTS = st.lists(st.sampled_from(["alpha", "beta", "gamma", "delta", "epsilon"]), min_size=1, max_size=12)


SERIES = st.sampled_from(["paragraph", "recommendation", "conclusion", "response"])


@given(st.lists(st.tuples(TEXTS, SERIES), max_size=12))
def test_grouping_shows_every_candidate_once_and_keeps_their_order(items: list) -> None:
    candidates = [
        Candidate(float(len(items) - i), unit(" ".join(words), series, i), True)
        for i, (words, series) in enumerate(items)
    ]
    shown = grouped(candidates)
    every = [p.number for c in shown for p in [c.paragraph, *c.also]]
    assert sorted(every) == list(range(len(items)))
    assert [c.score for c in shown] == sorted((c.score for c in shown), reverse=True)


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    location = tmp_path_factory.mktemp("passages") / "index"
    index_paths([SEED, HC179, HC802, TRANSCRIPT], location)
    return location


def test_no_two_hits_of_a_library_search_show_the_same_passage(library: Path) -> None:
    with IndexReader(library) as reader:
        hits = search(reader, "microbeads per shower", limit=10).hits
    openings = [" ".join(h.paragraph.text.split()[:12]) for h in hits]
    assert len(set(openings)) == len(openings)
    joined = [h for h in hits if h.also]
    assert joined  # and a restatement never heads the paragraph it restates
    assert not [
        h for h in joined if h.paragraph.series == "recommendation" and "paragraph" in _series(h.also)
    ]


def _series(paragraphs: list[Paragraph]) -> list[str]:
    return [p.series for p in paragraphs]


def test_a_response_shown_alone_brings_the_recommendation_it_answers(library: Path) -> None:
    with IndexReader(library) as reader:
        outcome = search(reader, "Chief Medical Officer review", limit=3)
    first = outcome.hits[0]
    assert any("brings the other of its pair" in step for step in outcome.plan)  # --explain says so
    assert (first.paragraph.doc, first.paragraph.series, first.paragraph.number) == (
        "hc802-2016-17",
        "response",
        2,
    )
    assert [(a.series, a.number) for a in first.also] == [("recommendation", 2)]
    with IndexReader(library) as reader:  # a filter the recommendation fails keeps it out
        only = search(reader, "Chief Medical Officer review", speaker="government", limit=3).hits[0]
    assert (only.paragraph.series, only.also) == ("response", [])


def test_a_related_hit_holding_a_hits_partner_joins_it_across_documents(library: Path) -> None:
    """Response 2's recommendation quotes HC 179's recommendation 3, which restates HC 179's
    paragraph 26: none of them holds the words typed, and all are shown with the response."""
    with IndexReader(library) as reader:
        hits = search(reader, "Chief Medical Officer review", limit=20).hits
    places = [(p.doc, p.series, p.number) for hit in hits for p in [hit.paragraph, *hit.also]]
    assert len(places) == len(set(places))
    assert places[:4] == [
        ("hc802-2016-17", "response", 2),
        ("hc179-2016-17", "paragraph", 26),
        ("hc179-2016-17", "recommendation", 3),
        ("hc802-2016-17", "recommendation", 2),
    ]


def test_what_is_shown_with_a_match_without_the_words_typed_is_marked_related(library: Path) -> None:
    """Recommendation 2 does not name the Chief Medical Officer: it is shown with the response
    that does, marked related, and not counted among the matches shown as 'also'."""
    query = ("search", "Chief Medical Officer review", "--limit", "3", "--index", str(library))
    code, out, _ = run(*query)
    assert code == 0 and "also, related: Recommendation 2" in out
    assert "shown as 'also'" not in out
    _code, out, _ = run(*query, "--format", "json")
    assert json.loads(out)["hits"][0]["also"] == [
        {"doc": "hc802-2016-17", "series": "recommendation", "label": "2", "page": 3, "match": "related"}
    ]


def test_a_question_mark_ends_a_question_and_is_no_wildcard(library: Path) -> None:
    with IndexReader(library) as reader:
        asked = search(reader, "Where does plastic in the ocean end up?")
        said = search(reader, "Where does plastic in the ocean end up")
    assert [h.paragraph for h in asked.hits] == [h.paragraph for h in said.hits]
    assert any(step.startswith("thesaurus terms") for step in asked.plan)


def test_naming_the_speaker_favours_what_they_said(library: Path) -> None:
    with IndexReader(library) as reader:
        hits = search(reader, "government consultation microbeads", limit=5).hits
    named = [h for h in hits if "the query names the speaker" in " ".join(h.moved)]
    assert named and all("Government" in h.paragraph.speaker for h in named)


def test_a_question_asking_what_someone_said_ranks_what_they_said_first(library: Path) -> None:
    with IndexReader(library) as reader:
        asked = search(reader, "what did the government say about microbeads", limit=5)
        plain = search(reader, "government say microbeads", limit=5)
    first = asked.hits[0]
    assert (first.paragraph.speaker, first.paragraph.series) == ("Government", "response")
    assert "×1.5 said by the government, as asked" in first.moved
    assert (
        "the question asks what the government said: what they said or a paragraph reports ×1.5" in asked.plan
    )
    assert plain.hits[0].paragraph.speaker != "Government"  # naming alone favours them less
    assert asked.total < plain.total  # "say" is the question's word, not searched, not counted


@pytest.mark.parametrize(
    ("query", "searched", "who"),
    [
        ("what did the government say about microbeads", "the government microbeads", "the government"),
        ("How does the Committee respond to labelling", "the Committee labelling", "the Committee"),
        ("the government's response to labels", "the government labels", "the government"),
        ("What was Lord Bichard’s view on Total Place", "Lord Bichard Total Place", "Lord Bichard"),
        ("what did Professor Galloway say about it", "Professor Galloway it", "Professor Galloway"),
        # no speaker of these documents, nor anyone they name: the question searched as it is
        ("what did the minister say about it", "what did the minister say about it", ""),
        ("what is the government doing on labels", "what is the government doing on labels", ""),
    ],
)
def test_a_question_about_what_was_said_is_read_for_who_and_what_about(
    library: Path, query: str, searched: str, who: str
) -> None:
    with IndexReader(library) as reader:
        assert reported_speech(reader, query) == (searched, who)


@pytest.mark.parametrize(
    ("speaker", "mentions", "who", "voiced"),
    [
        ("Government", [], "the government", "said by"),
        ("Department for Science, Innovation and Technology", [], "the government", "said by"),
        ("Secretary of State for Health and Social Care", [], "the government", "said by"),
        ("Minister for Care", [], "the government", "said by"),
        ("Shadow Secretary of State for Health", [], "the government", ""),
        ("Environmental Audit Committee", [], "the government", ""),
        ("Lord Michael Bichard", [], "Lord Bichard", "said by"),
        ("Sir Andrew Foster", [], "Lord Bichard", ""),
        ("Environmental Audit Committee", [], "the committee", "said by"),
        ("Environmental Audit Committee", ["Professor Tamara Galloway"], "Professor Galloway", "reporting"),
        ("Environmental Audit Committee", ["Professor Richard Thompson"], "Professor Galloway", ""),
    ],
)
def test_who_a_question_names_speaks_or_is_reported_by_every_word_of_the_name(
    speaker: str, mentions: list[str], who: str, voiced: str
) -> None:
    paragraph = Paragraph("d", 1, "text", speaker, "", [], 1, mentions=mentions)
    assert said_by(paragraph, who) == voiced


def test_a_question_asking_what_a_witness_said_ranks_the_paragraphs_reporting_them_first(
    library: Path,
) -> None:
    with IndexReader(library) as reader:
        hits = search(reader, "what did Professor Galloway say about microbeads", limit=3).hits
    assert all(any("Galloway" in person for person in h.paragraph.mentions) for h in hits)
    assert "×1.5 reporting Professor Galloway, as asked" in hits[0].moved


def test_a_transcripts_answers_rank_above_the_question_that_raised_them(library: Path) -> None:
    with IndexReader(library) as reader:
        hits = search(reader, "social media data belong", doc="hc245", limit=20).hits
    speakers = [h.paragraph.speaker for h in hits]
    question = speakers.index("Graham Stringer")  # Q16's question: "Doesn't that data belong..."
    assert question > 0 and "×0.7 a question, not an answer" in hits[question].moved
    assert all("," in speaker for speaker in speakers[:question])  # witnesses, with their roles


def test_explain_says_why_each_hit_ranks_where_it_does_and_json_lists_the_passage(library: Path) -> None:
    code, out, _ = run("search", "microbeads per shower", "--explain", "--index", str(library))
    assert code == 0 and "score " in out and "words as typed" in out and "also Recommendation 6" in out
    code, out, _ = run("search", "microbeads per shower", "--format", "json", "--index", str(library))
    hits = json.loads(out)["hits"]
    also = [{k: a[k] for k in ("doc", "series", "label", "match")} for a in hits[1]["also"]]
    assert {"doc": hits[1]["doc"], "series": "recommendation", "label": "6", "match": "query"} in also


def test_series_filters_a_search_as_an_option_and_as_a_clause(library: Path) -> None:
    code, out, _ = run(
        "search", "microbeads", "--series", "response", "--format", "json", "--index", str(library)
    )
    assert code == 0 and {h["series"] for h in json.loads(out)["hits"]} == {"response"}
    code, out, _ = run("search", "series:question privacy", "--format", "json", "--index", str(library))
    assert code == 0 and {h["label"][0] for h in json.loads(out)["hits"]} == {"Q"}
    code, _, err = run("search", "microbeads", "--series", "annex-z", "--index", str(library))
    assert code == 2 and err.startswith("seminar-search: no series matches 'annex-z'")


def test_a_passage_a_report_prints_twice_is_told_apart_by_its_page() -> None:
    """A report that lists its recommendations again in an appendix holds two "Recommendation
    6": shown with the response that answers them, each says its page."""

    def unit(doc: str, series: str, page: int) -> Paragraph:
        return Paragraph(
            doc=doc,
            number=page,
            text="…",
            speaker="",
            section="",
            themes=[],
            page=page,
            series=series,
            label="6",
        )

    response = unit("response", "response", 28)
    hit = Hit(
        response,
        Document(id="response", title="Response"),
        1.0,
        "…",
        [],
        "",
        also=[unit("report", "recommendation", page) for page in (125, 215)],
    )
    assert also_line(hit) == "also report Recommendation 6 (p. 125) · report Recommendation 6 (p. 215)"
