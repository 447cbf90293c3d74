"""Labelled redaction evaluation sets (never imported by the trainer itself)."""
