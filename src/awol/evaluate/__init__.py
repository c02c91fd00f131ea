"""Scoring against hand-coded gold: events and figures (events.py), linking (linking.py)."""
