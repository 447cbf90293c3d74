"""Consent-first, privacy-preserving fine-tuning of writing-suggestion models."""

__version__ = "0.1.0"
