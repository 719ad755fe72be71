"""What the quote tests share: the quotes the whole pipeline finds in a text of one outlet."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def quotes_of(nlp):
    def run(text: str, outlet: str = "Harbor Ledger"):
        doc = nlp.make_doc(text)
        doc._.article_id = "t1"
        doc._.outlet = outlet
        return nlp(doc)._.quotes

    return run
