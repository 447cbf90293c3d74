"""Development-only code, not shipped in the wheel: the seeded demo network, redaction evaluation
sets and the host-sync probe used by tests and scripts."""
