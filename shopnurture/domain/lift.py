"""Did a flow cause the orders? Conversion of the contacts it messaged against its holdout
(control) group, with a 95 % confidence interval for the difference (Newcombe's hybrid score
interval, built from two Wilson intervals: unlike the Wald interval it stays inside [-1, 1]
and keeps its coverage with few conversions)."""

from __future__ import annotations

import math
from dataclasses import dataclass

Z_95 = 1.959963984540054
# Below this many contacts in either group the interval says little: "not enough data yet".
MIN_GROUP_SIZE = 20

NOT_ENOUGH_DATA = "not_enough_data"
POSITIVE = "positive"
NEGATIVE = "negative"


def wilson_interval(successes: int, trials: int, z: float = Z_95) -> tuple[float, float]:
    """The Wilson score interval of a proportion; (0, 1) when there are no trials."""
    if trials <= 0:
        return 0.0, 1.0
    p = successes / trials
    denominator = trials + z * z
    centre = (successes + z * z / 2) / denominator
    half = z * math.sqrt(trials * p * (1 - p) + z * z / 4) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


def newcombe_difference(
    successes_a: int, trials_a: int, successes_b: int, trials_b: int, z: float = Z_95
) -> tuple[float, float, float]:
    """(p_a - p_b, low, high): Newcombe's method 10 for the difference of two proportions."""
    p_a = successes_a / trials_a if trials_a else 0.0
    p_b = successes_b / trials_b if trials_b else 0.0
    low_a, high_a = wilson_interval(successes_a, trials_a, z)
    low_b, high_b = wilson_interval(successes_b, trials_b, z)
    difference = p_a - p_b
    low = difference - math.sqrt((p_a - low_a) ** 2 + (high_b - p_b) ** 2)
    high = difference + math.sqrt((high_a - p_a) ** 2 + (p_b - low_b) ** 2)
    return difference, low, high


@dataclass(frozen=True)
class Lift:
    """Messaged (treated) against holdout (control): counts, rates, and the verdict."""

    treated: int
    treated_converted: int
    control: int
    control_converted: int
    window_days: float
    difference: float
    low: float
    high: float
    verdict: str  # positive, negative or not_enough_data

    @property
    def treated_rate(self) -> float:
        return self.treated_converted / self.treated if self.treated else 0.0

    @property
    def control_rate(self) -> float:
        return self.control_converted / self.control if self.control else 0.0

    @property
    def significant(self) -> bool:
        return self.verdict != NOT_ENOUGH_DATA

    def as_json(self) -> dict[str, object]:
        return {
            "treated": self.treated, "treated_converted": self.treated_converted,
            "control": self.control, "control_converted": self.control_converted,
            "treated_rate": round(self.treated_rate, 6),
            "control_rate": round(self.control_rate, 6),
            "difference": round(self.difference, 6), "ci_low": round(self.low, 6),
            "ci_high": round(self.high, 6), "method": "newcombe", "confidence": 0.95,
            "window_days": self.window_days, "verdict": self.verdict,
        }  # fmt: skip


def measure_lift(
    treated: int, treated_converted: int, control: int, control_converted: int, window_days: float
) -> Lift:
    """The lift with its 95 % interval; the verdict is `not_enough_data` when a group is
    smaller than MIN_GROUP_SIZE or the interval includes 0."""
    difference, low, high = newcombe_difference(
        treated_converted, treated, control_converted, control
    )
    if min(treated, control) < MIN_GROUP_SIZE or low <= 0.0 <= high:
        verdict = NOT_ENOUGH_DATA
    else:
        verdict = POSITIVE if low > 0 else NEGATIVE
    return Lift(treated, treated_converted, control, control_converted, window_days,
                difference, low, high, verdict)  # fmt: skip
