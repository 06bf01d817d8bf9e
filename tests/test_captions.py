"""A recording's captions (WebVTT, SubRip) are read as the transcript they hold."""

from __future__ import annotations

from pathlib import Path

from helpers import SEED, SHAPES
from hypothesis import given, settings
from hypothesis import strategies as st

from seminar_search.parsing import ingest_file
from seminar_search.sources import find_reports
from seminar_search.sources.captions import LONG_PARAGRAPH, captions_as_transcript

TEAMS = SHAPES / "webinar-captions-saved-by-teams-each-cue-voiced.vtt"


def test_a_webinars_captions_are_its_speakers_turns() -> None:
    """Teams' cues, each voiced ("<v Tom Hughes>…</v>"), two or three to a turn: the turns as
    they were spoken, their speakers those the voices name (the cues had each been a block of
    prose, their timings others, the voice tags in the text)."""
    record = ingest_file(TEAMS)
    assert [u.speaker for u in record.paragraphs] == [
        *("Sarah Malik", "Tom Hughes", "Sarah Malik", "Tom Hughes", "Priya Shah"),
        *("Tom Hughes", "Sarah Malik", "Priya Shah", "Sarah Malik"),
    ]
    assert record.paragraphs[1].text == (
        "Thank you, Sarah. The central problem is that councils have been asked to meet rising demand"
        " from a shrinking budget. Since 2010, spending per adult on social care has fallen in real"
        " terms in two thirds of councils."
    )
    assert not any("-->" in u.text or "<" in u.text for u in record.paragraphs)


def test_zoom_names_its_speakers_before_a_colon_and_subrip_may_name_none() -> None:
    """Zoom's cue numbers and 'Name: …' cues, a note and a cue's settings; SubRip's cues with
    no speaker run into paragraphs that a pause of two seconds ends."""
    zoom = (
        "WEBVTT\n\nNOTE saved by Zoom\n\n1\n00:00:01.000 --> 00:00:04.000 align:start\nAmy Lee: Welcome,\n"
        "everyone.\n\n2\n00:00:04.000 --> 00:00:06.000\nAmy Lee: Shall we begin?\n\n"
        "3\n00:00:06.500 --> 00:00:09.000\nRaj Patel: <i>Yes</i>, thank you.\n"
    )
    assert (
        captions_as_transcript(zoom)
        == "Amy Lee: Welcome, everyone. Shall we begin?\n\nRaj Patel: Yes, thank you."
    )
    subrip = (
        "1\r\n00:00:01,000 --> 00:00:03,000\r\nHousing is the first\r\n\r\n"
        "2\r\n00:00:03,100 --> 00:00:05,000\r\nthing we discussed.\r\n\r\n"
        "3\r\n00:00:09,000 --> 00:00:11,000\r\nThen we turned to care.\r\n"
    )
    assert (
        captions_as_transcript(subrip)
        == "Housing is the first thing we discussed.\n\nThen we turned to care."
    )


def test_rolling_captions_say_each_line_once() -> None:
    """YouTube's captions roll each line up into the next cue, its words timed one by one: each
    line is said once; elsewhere a cue may say what the last one said ("Thank you.")."""
    rolling = (
        "WEBVTT\nKind: captions\n\n00:00:00.000 --> 00:00:02.000 align:start position:0%\n \n"
        "housing<00:00:00.480><c> is</c><00:00:00.900><c> the</c>\n\n"
        "00:00:02.000 --> 00:00:02.010 align:start position:0%\nhousing is the\n \n\n"
        "00:00:02.010 --> 00:00:04.000 align:start position:0%\n"
        "housing is the\nfirst<00:00:02.500><c> issue</c>\n\n"
        "00:00:04.000 --> 00:00:06.000 align:start position:0%\nfirst issue\nwe discussed\n"
    )
    assert captions_as_transcript(rolling) == "housing is the first issue we discussed"
    thanks = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nThank you.\n\n00:00:02.000 --> 00:00:03.000\nThank you.\n"
    )
    assert captions_as_transcript(thanks) == "Thank you. Thank you."


def test_text_that_is_not_captions_is_unchanged_and_folders_hold_captions(tmp_path: Path) -> None:
    seed = SEED.read_text(encoding="utf-8")
    assert captions_as_transcript(seed) == seed
    (tmp_path / "webinar.vtt").write_text(TEAMS.read_text())
    (tmp_path / "meeting.srt").write_text("1\n00:00:01,000 --> 00:00:02,000\nHello.\n")
    assert [p.name for p in find_reports([tmp_path])[0]] == ["meeting.srt", "webinar.vtt"]


WORDS = st.text(alphabet="abcdefg ", min_size=1, max_size=30).filter(str.split)
CUES = st.lists(
    st.tuples(st.sampled_from(["", "Amy Lee", "Raj Patel"]), WORDS, st.integers(0, 5)), max_size=12
)


@settings(max_examples=200, deadline=None)
@given(CUES)
def test_every_word_spoken_is_kept_in_order(cues: list[tuple[str, str, int]]) -> None:
    """Whoever speaks and whatever the pauses, the transcript holds each cue's words in order,
    and a speaker's name only where a turn starts."""
    blocks, clock = ["WEBVTT"], 0
    cues = [(speaker, f"{said} n{k}", pause) for k, (speaker, said, pause) in enumerate(cues)]  # none rolls
    for speaker, said, pause in cues:
        start, clock = clock + pause, clock + pause + 2
        voiced = f"<v {speaker}>{said}</v>" if speaker else said
        blocks.append(f"00:00:{start:02d}.000 --> 00:00:{clock:02d}.000\n{voiced}")
    transcript = captions_as_transcript("\n\n".join(blocks))
    spoken = [word for _speaker, said, _pause in cues for word in said.split()]
    labels = {"Amy", "Lee:", "Raj", "Patel:"}
    assert [word for word in transcript.split() if word not in labels] == spoken


def test_long_unnamed_captions_without_pauses_part_at_a_sentences_end() -> None:
    """SubRip captions of a talk naming no speaker, cue after cue with no pause: paragraphs end
    where a sentence does once they run long, not in mid-sentence (the whole talk had been one
    paragraph)."""
    cues = []
    for k in range(60):
        said = f"point {k} is made in these words" + ("." if k % 7 == 6 else ",")
        cues.append(f"{k + 1}\n00:{k * 3 // 60:02d}:{k * 3 % 60:02d},000 --> 00:{(k * 3 + 3) // 60:02d}:"
                    f"{(k * 3 + 3) % 60:02d},000\n{said}")  # fmt: skip
    paragraphs = captions_as_transcript("\n\n".join(cues)).split("\n\n")
    assert len(paragraphs) > 1
    assert all(paragraph.endswith(".") for paragraph in paragraphs[:-1])
    assert all(len(paragraph.split()) <= LONG_PARAGRAPH + 7 * 8 for paragraph in paragraphs)
    assert " ".join(paragraphs).split() == " ".join(cue.split("\n")[2] for cue in cues).split()
