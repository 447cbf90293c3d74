"""Self-test of the thirty-ninth redaction scoring set (never calls the redactor)."""
