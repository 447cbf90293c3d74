"""Self-test of the thirty-seventh redaction scoring set."""
