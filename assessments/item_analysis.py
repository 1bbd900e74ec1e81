"""Per-question statistics as Moodle's quiz statistics report defines them.

Both figures are percentages, computed over the attempts analysed:

- Facility index: the average score on the question as a share of its maximum
  (100% means everyone got it fully right).
- Discrimination index: the correlation between the score on this question and the
  score on the rest of the quiz, times 100. High values mean the question separates
  the trainees who know the material from those who do not; Moodle reads 50% and
  above as very good, 30-50% as adequate, below 20% as weak, negative as suspect.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from decimal import Decimal


def facility_index(
    scores: Sequence[Decimal], points: Sequence[Decimal]
) -> float | None:
    """Mean of score/points over the attempts, in percent; ``None`` without data."""
    shares = [float(s) / float(p) for s, p in zip(scores, points, strict=True) if p]
    if not shares:
        return None
    return round(100 * statistics.fmean(shares), 1)


def discrimination_index(
    scores: Sequence[Decimal], rest_of_quiz: Sequence[Decimal]
) -> float | None:
    """Pearson correlation of question scores with rest-of-quiz scores, in percent.

    ``None`` when it is not defined: fewer than two attempts, or every attempt with
    the same score on the question or on the rest of the quiz.
    """
    if len(scores) < 2:
        return None
    try:
        r = statistics.correlation(
            [float(s) for s in scores], [float(s) for s in rest_of_quiz]
        )
    except statistics.StatisticsError:
        return None
    return round(100 * r, 1)
