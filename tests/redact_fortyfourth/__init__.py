"""Checks on the forty-fourth scoring set itself (never on a redactor)."""
