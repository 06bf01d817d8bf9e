"""Search a user can trust: each answer that once looked confident and was wrong, pinned as a
user meets it, on the seed and on the seed with the two committee reports."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from helpers import HC179, HC802, SEED, SHAPES, run

from seminar_search.index import analysis
from seminar_search.library import index_paths


@pytest.fixture(scope="module")
def corpus(library_index: Path) -> Path:
    return library_index


def found(*args: str) -> tuple[int, dict]:
    code, out, err = run("search", *args, "--format", "json")
    assert "Traceback" not in err
    return code, json.loads(out) if out.strip() else {}


def has_stem(text: str, word: str) -> bool:
    """Whether the text holds the word or another with its stem, as the index reads them."""
    return set(analysis.stems(word)) <= {stem for _s, _e, stem in analysis.stemmed_words(text)}


@pytest.mark.parametrize(
    ("query", "word", "options"),
    [
        ("tyres", "tyres", ("--doc", "hc802")),
        ("sewage", "sewage", ("--limit", "100")),
        ("silos", "silos", ()),
    ],
)
def test_every_match_has_the_word_matches_come_first_and_the_total_counts_them(
    corpus: Path, query: str, word: str, options: tuple[str, ...]
) -> None:
    code, result = found(query, *options, "--limit", "200", "--index", str(corpus))
    hits = result["hits"]
    kinds = [hit["match"] for hit in hits]
    assert code == 0 and kinds == sorted(kinds, key=lambda kind: kind != "query")
    matches = [hit for hit in hits if hit["match"] == "query"]
    assert matches and all(has_stem(hit["text"], word) for hit in matches)
    assert result["total"] == sum(1 + sum(a["match"] == "query" for a in hit["also"]) for hit in matches)
    assert result["related"] == len(hits) - len(matches)
    assert all(
        hit["via"] in ("thesaurus", "theme", "section", "feedback") for hit in hits if hit not in matches
    )


def test_not_excludes_and_a_phrase_must_stand_whole(seed_index: Path) -> None:
    _code, result = found('"third sector" NOT civil', "--limit", "50")
    assert result["hits"] and result["total"] == len(result["hits"])
    for hit in result["hits"]:
        assert "third sector" in hit["text"].lower() and "civil" not in hit["text"].lower()
    _code, dashed = found('"third sector" -civil', "--limit", "50")
    assert [h["number"] for h in dashed["hits"]] == [h["number"] for h in result["hits"]]


def test_a_total_is_the_number_of_matches(seed_index: Path) -> None:
    _code, whitehall = found("Whitehall AND NOT Treasury", "--limit", "50")
    assert whitehall["total"] == len(whitehall["hits"])
    assert all("treasury" not in h["text"].lower() for h in whitehall["hits"])
    code, bichard = found("--speaker", "bichard", "localism")
    assert bichard["total"] == 0 and all(h["match"] == "related" for h in bichard["hits"])
    assert code == (0 if bichard["hits"] else 1)


def test_a_speakers_paragraphs_without_the_word_are_only_related(seed_index: Path) -> None:
    _code, result = found("--speaker", "foster", "localism", "--limit", "20")
    for hit in result["hits"]:
        assert (hit["match"] == "query") == has_stem(hit["text"], "localism")


def test_names_are_never_corrected_and_a_name_finds_its_person(corpus: Path) -> None:
    code, out, err = run("search", "Creagh", "--index", str(corpus))
    assert code == 0 and "Showing results for" not in err
    assert "Mary Creagh" in out and "chair" in out and "hc179" in out and "hc802" in out
    code, result = found("Geraint Davies", "--index", str(corpus))
    assert "corrected" not in result
    code, result = found('"Geraint Davies"', "--index", str(corpus))
    assert "corrected" not in result


def test_a_word_in_no_report_is_not_turned_into_another(seed_index: Path) -> None:
    code, out, err = run("search", "covid")
    assert code == 1 and out == "" and err.strip() == "No results for 'covid'."


def test_a_misspelling_becomes_the_nearest_common_word_and_exports_say_so(seed_index: Path) -> None:
    code, result = found("leadrship")
    assert code == 0 and result["corrected"] == "leadership" and result["total"] == 0
    assert all(hit["corrected"] == "leadership" and hit["match"] == "related" for hit in result["hits"])
    assert result["hits"][0]["via"] == "spelling"
    code, out, _err = run("search", "leadrship", "--format", "csv")
    assert "corrected" in out.splitlines()[0] and ",leadership," in out.splitlines()[1]
    code, result = found("procurment")  # its stem is procurement's: it matches, as typed
    assert code == 0 and "corrected" not in result and result["total"] == 1


def test_a_rare_word_near_a_misspelling_is_only_suggested(seed_index: Path) -> None:
    code, out, err = run("search", "fostr")  # "foster" is in one paragraph's text: a name, not "cost"
    assert code == 1 and out == "" and err.strip() == "No results for 'fostr'. Did you mean foster?"


def test_the_same_content_ranks_the_same_however_it_was_indexed(tmp_path: Path) -> None:
    queries = ["third sector", "microplastics", "microbeads", "leadership", "public services", "tyres",
               "silos", "localism", "sewage", "cosmetics", "trust", "accountability", "Whitehall",
               "innovation", "plastic bags", "funding", "government response", "voluntary", "skills",
               "marine litter"]  # fmt: skip
    orders = []
    for way in range(3):
        location = tmp_path / f"index-{way}"
        files = [SEED, HC179, HC802]
        if way == 0:
            index_paths(files, location)
        elif way == 1:
            for path in reversed(files):
                index_paths([path], location)
        else:
            copy = tmp_path / "changed.txt"
            shutil.copy(HC802, copy)
            index_paths([SEED, HC179, copy], location)
            copy.write_text(HC802.read_text(encoding="utf-8") + "\n", encoding="utf-8")
            index_paths([copy], location)  # an update replaces it: deleted records stay in segments
            copy.write_text(HC802.read_text(encoding="utf-8"), encoding="utf-8")
            index_paths([copy], location)
        orders.append(
            [
                [(h["doc"], h["number"]) for h in found(q, "--index", str(location))[1]["hits"]]
                for q in queries
            ]
        )
    assert orders[0] == orders[1] == orders[2]


@pytest.mark.parametrize(
    "args", [("search", "silos", "--limit", "abc"), ("search", "silos", "--limit", "-1"), ("similar", "abc")]
)
def test_a_usage_error_is_one_line(seed_index: Path, args: tuple[str, ...]) -> None:
    code, out, err = run(*args)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert err.startswith("seminar-search: ")


def test_a_web_address_is_searched_as_words(seed_index: Path) -> None:
    code, _out, err = run("http://www.lsis.org.uk")
    assert code in (0, 1) and "unknown field" not in err and "Traceback" not in err


def test_a_range_running_past_the_end_shows_what_there_is(seed_index: Path) -> None:
    code, out, err = run("show", "50-60")
    assert code == 0 and "¶50" in out and "¶52" in out
    assert "no paragraphs 53–60" in err


def test_similar_with_doc_keeps_only_that_documents_paragraphs(corpus: Path) -> None:
    code, out, _err = run("similar", "50", "--from-doc", "seminar", "--doc", "hc179", "--format", "json",
                          "--index", str(corpus))  # fmt: skip
    hits = json.loads(out)["hits"]
    assert code == 0 and hits and {h["doc"] for h in hits} == {"hc179-2016-17"}


def test_similar_doc_filters_the_results_not_the_starting_paragraph(corpus: Path) -> None:
    code, _out, err = run("similar", "48", "--doc", "hc802", "--index", str(corpus))
    assert code == 2 and "choose one with --from-doc" in err  # the seed and HC 179 both have a 48
    code, out, _err = run(
        "similar", "48", "--from-doc", "hc179", "--doc", "hc802", "--format", "json", "--index", str(corpus)
    )
    hits = json.loads(out)["hits"]
    assert code == 0 and hits and {h["doc"] for h in hits} == {"hc802-2016-17"}


def test_the_text_output_ends_with_the_counts(seed_index: Path) -> None:
    code, out, err = run("search", "third sector", "--limit", "30")
    _code, result = found("third sector", "--limit", "30")
    assert code == 0 and out.strip()
    counted = f"{result['total']} matches" + (f" + {result['related']} related" if result["related"] else "")
    assert err.strip().splitlines()[-1] == counted


@pytest.mark.parametrize("args", [("people", "nobody"), ("matrix", "--theme", "zzzz")])
def test_nothing_to_show_is_said_in_one_line(seed_index: Path, args: tuple[str, ...]) -> None:
    code, out, err = run(*args)
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("command", ["show", "cite"])
def test_a_unit_is_found_by_what_a_hit_calls_it(corpus: Path, command: str) -> None:
    """A hit shown as "Response 3" is shown and cited by "Response 3" (and "responses 3-4",
    "Recommendation 3", "para 12"), as by "3 --series response"; with a series named both
    ways, the option's stands."""
    asked = {
        ("Response 3", "hc802"): [("response", 3)],
        ("responses 3-4", "hc802"): [("response", 3), ("response", 4)],
        ("Recommendation 3", "hc802"): [("recommendation", 3)],
        ("para 12", "hc179"): [("paragraph", 12)],
        ("Recommendation 3 --series response", "hc802"): [("response", 3)],
    }
    for (labels, doc), units in asked.items():
        label, *option = labels.split(" --series ")
        series = ["--series", *option] if option else []
        code, out, err = run(
            command, label, *series, "--doc", doc, "--format", "json", "--index", str(corpus)
        )
        assert code == 0, err
        assert [(row["series"], row["number"]) for row in json.loads(out)] == units


def test_an_item_labelled_after_its_series_letter_is_found_by_its_number(tmp_path: Path) -> None:
    """ "R1", "C2", "F2" are recommendation 1, conclusion 2 and finding 2 as their sections and
    a reader call them: `show "Recommendation 1"` shows each document's R1, `show "finding 2"`
    F2 (both had said there was none); the label as printed is found as before."""
    location = tmp_path / "index"
    index_paths(
        [
            SHAPES / "response-to-conclusions-and-recommendations-labelled-c1-and-r1.txt",
            SHAPES / "review-its-findings-f1-and-recommendations-r1-between-numbered-paragraphs.txt",
        ],
        location,
    )
    for asked, labels in (
        ("Recommendation 1", ["R1", "R1"]),
        ("Recommendation R1", ["R1", "R1"]),
        ("conclusion 2", ["C2"]),
        ("finding 2", ["F2"]),
        ("Response 1", ["R1"]),
    ):
        code, out, err = run("show", asked, "--format", "json", "--index", str(location))
        assert (code, [row["label"] for row in json.loads(out)]) == (0, labels), err
    code, _out, err = run("show", "Recommendation 9", "--index", str(location))
    assert code == 2 and "no recommendation 9" in err
