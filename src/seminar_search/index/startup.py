"""Whoosh at start-up: keep it from compiling what a search never uses.

whoosh.query imports whoosh.lang.morph_en, which compiles some thirty regular expressions
(5 ms, a twentieth of a search) for Variations queries, which this program never builds.
Until something calls its variations(), a stand-in takes its place. Imported by the index
package before anything of Whoosh's query modules.
"""

from __future__ import annotations

import importlib
import sys
import types

WORD_VARIATIONS = "whoosh.lang.morph_en"


def defer_word_variations() -> None:
    """Put the stand-in in place, unless the real module is already loaded."""
    if WORD_VARIATIONS in sys.modules:
        return
    stand_in = types.ModuleType(WORD_VARIATIONS, "Whoosh's English word variations, loaded when first used.")

    def variations(word: str) -> object:
        if sys.modules.get(WORD_VARIATIONS) is stand_in:
            del sys.modules[WORD_VARIATIONS]
        found: object = importlib.import_module(WORD_VARIATIONS).variations(word)
        return found

    stand_in.variations = variations  # type: ignore[attr-defined]
    sys.modules[WORD_VARIATIONS] = stand_in


defer_word_variations()
