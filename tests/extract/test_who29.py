"""Round 29 (who29): who, names and armed of matched events.

The field probe runner checks names and armed too (blind suites
tests/extract/probes/fields/*-who29.yaml).
"""

from __future__ import annotations

from awol.evaluate.field_probes import FieldOutcome, FieldProbe, field_scores


def test_field_probes_check_names_and_armed() -> None:
    probe = FieldProbe(
        "c",
        "t",
        None,
        [
            {"type": "desertion", "names": ["Ivan Petrov"], "armed": True},
            {"type": "detention", "names": [], "armed": None},
        ],
    )
    o = FieldOutcome(
        probe,
        [
            {"type": "desertion", "names": ["Petrov"], "armed": True},
            {"type": "detention", "names": ["Oleg Sidorov"], "armed": False},
        ],
    )
    assert [(k, ok) for k, ok, _, _ in o.checks()] == [
        ("found", True),
        ("names", True),
        ("armed", True),
        ("found", True),
        ("names", False),
        ("armed", False),
    ]
    assert field_scores([o])["names"] == (1, 2)
