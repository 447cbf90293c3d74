"""PII redaction: the only door through which post text reaches the tokenizer.

``Redactor.from_members(display_names)`` builds an engine; ``redact(text)`` returns the redacted
text and the typed spans over the input; ``python -m trainer.redact`` previews it on JSONL.
"""

from trainer.redact.engine import (
    DEFAULT_PLACEHOLDERS,
    ENGINE_VERSION,
    TYPES,
    RedactionResult,
    Redactor,
    Span,
    redact_examples,
    redaction_config_summary,
)

__all__ = [
    "DEFAULT_PLACEHOLDERS",
    "ENGINE_VERSION",
    "TYPES",
    "RedactionResult",
    "Redactor",
    "Span",
    "redact_examples",
    "redaction_config_summary",
]
