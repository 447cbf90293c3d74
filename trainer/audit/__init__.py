"""What a trained adapter remembers: canaries, exposure, extraction and a one-run epsilon bound.

`python -m trainer.audit` (Hydra, `conf/audit.yaml`) trains with canaries and writes audit.json;
`audit_lines(run_dir)` summarises it for `manifest show`.
"""
