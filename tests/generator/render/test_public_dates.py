"""The public edition prints month and year (exact dates are quasi-identifiers) unless the review opts out."""

from __future__ import annotations

import copy

from generator.render import render_review


def _html(review, edition: str) -> str:
    return render_review(review, to=("html",), edition=edition, lang="en").outputs[0].data.decode("utf-8")


def test_public_edition_prints_month_and_year(small_review) -> None:
    draft, public = _html(small_review, "draft"), _html(small_review, "public")
    assert "30 June 2024" in draft
    assert "30 June 2024" not in public and "June 2024" in public


def test_date_style_exact_keeps_exact_dates(small_review) -> None:
    review = copy.copy(small_review)
    review.data = dict(small_review.data)
    review.data["publication"] = {**(small_review.data.get("publication") or {}), "date_style": "exact"}
    assert "30 June 2024" in _html(review, "public")
