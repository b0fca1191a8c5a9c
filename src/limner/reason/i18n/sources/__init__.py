"""Build-time sources of the per-language lexicons (``python -m limner.reason.i18n.build_lexicon``).

Nothing here is imported at run time: the generator writes ``lexicon/<lang>/generated.tsv`` and the
runtime loader (:mod:`limner.reason.i18n.lexicon`) reads only those committed files.

- :mod:`.npm`     fetches a pinned npm package (CLDR annotations) into a local cache, checking its hash
- :mod:`.cldr`    CLDR emoji names and keywords per language (the ``emoji`` package and
                  ``cldr-annotations-full``)
- :mod:`.english` English CLDR names and keywords → canonical nouns of the English lexicon
- :mod:`.align`   local CLDR words ↔ canonical nouns, by co-occurrence over emoji (competitive linking)
- :mod:`.inflect` plural, gender and case forms from simplemma's form → lemma tables
- :mod:`.numbers` numbers 1–20 from ICU's rule-based number spellout
- :mod:`.curated` the hand-reviewed dictionary words for the COCO classes (``lexicon/<lang>/curated.tsv``)
- :mod:`.hanzi`   Simplified ↔ Traditional Chinese spellings (OpenCC)
"""
