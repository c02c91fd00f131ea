"""``awol.link.probe_fit`` (round 28, link28): the link model held out on the link probes.  The
sweep links each split alone with the given weights and counts pairs of gold events as
``awol evaluate --oracle`` does."""

from __future__ import annotations

from pathlib import Path

from awol.link import score
from awol.link.probe_fit import split_readings, sweep

PROBES = Path(__file__).resolve().parent / "probes"


def test_sweep_counts_a_split_as_the_oracle_does():
    weights, threshold = score.model()
    reads = {"i": split_readings(PROBES, "i", [])}  # no extraction: the extracted reading is empty
    grid = (threshold, 10.0)
    c = sweep(reads, weights, grid)
    # split i's gold events: 21 incident pairs, 49 case pairs, all linked at the threshold
    assert c[("gold", threshold)] == [21, 21, 21, 49, 49, 49]
    # a threshold few pairs reach links fewer; an empty reading finds nothing
    assert c[("gold", 10.0)][0] < 21
    assert c[("extracted", threshold)][:2] == [0, 0]
