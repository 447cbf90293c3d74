"""The run registry: which runs trained on whom, retirements, consent changes and retraining.

`register_run` is what `trainer.train` calls at the end of every run; `refuse_if_retired` is
what adapter loaders call. The manifests stay the source of truth: `index` rebuilds all of it.
"""

from trainer.registry.db import default_registry_path
from trainer.registry.index import register_run
from trainer.registry.retire import refuse_if_retired, retirement_note

__all__ = ["default_registry_path", "refuse_if_retired", "register_run", "retirement_note"]
