"""The schema (trainer/config_schema.py) and the YAML configs (trainer/conf): every experiment and
model composes and validates, every option documents itself, choices have one home each (the
schema of the manifest included), and a config survives a YAML round trip."""

from __future__ import annotations

import copy
import json
import pickle
from dataclasses import fields, is_dataclass
from pathlib import Path

import pytest
import yaml
from cli_helpers import run_cli
from hydra.errors import ConfigCompositionException
from omegaconf import MISSING, OmegaConf

from trainer import config
from trainer.data.eligibility import KINDS, NEVER_ELIGIBLE_KINDS
from trainer.device import DEVICES, DTYPES
from trainer.errors import UserError
from trainer.manifest.io import SCHEMA_PATH
from trainer.models import BASE_KINDS
from trainer.privacy import accounting
from trainer.privacy.plan import UNITS

REPO = Path(__file__).resolve().parent.parent
CONF = Path(config.__file__).parent / "conf"
EXPERIMENTS = sorted(p.stem for p in (CONF / "experiment").glob("*.yaml"))
MODELS = sorted(p.stem for p in (CONF / "model").glob("*.yaml"))


def _model_overrides(model: str) -> list[str]:
    return [f"model={model}"] + (["model.name_or_path=/models/any"] if model == "hf" else [])


def test_the_experiments_and_models_are_the_ones_we_test():
    assert EXPERIMENTS == ["gpu", "smoke"]
    assert set(MODELS) == set(BASE_KINDS)  # one YAML per model kind, and no other


@pytest.mark.parametrize("experiment", [None, *EXPERIMENTS])
@pytest.mark.parametrize("model", MODELS)
def test_every_experiment_and_model_composes_and_validates(compose_cfg, experiment, model):
    overrides = _model_overrides(model)
    if experiment:
        overrides.insert(0, f"+experiment={experiment}")
    cfg = compose_cfg(*overrides)
    config.validate(cfg)
    assert cfg.model.kind == model


def test_experiments_set_what_they_say(compose_cfg):
    smoke = compose_cfg("+experiment=smoke")
    assert smoke.model.kind == "tiny" and smoke.train.steps == 5
    gpu = compose_cfg("+experiment=gpu")
    assert gpu.train.steps is None and gpu.train.epochs == 3.0  # the comment says 3 epochs


def test_model_schema_is_not_a_model(compose_cfg, tmp_path):
    assert "model_schema" not in MODELS
    code, _, err = run_cli("model=model_schema", f"hydra.run.dir={tmp_path / 'run'}")
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert "Could not find 'model/model_schema'; Available options in 'model': hf, " in err
    cfg = compose_cfg("model=tiny")  # a config without a model (a notebook's) names the fix
    cfg.model.kind = MISSING
    with pytest.raises(UserError) as err:
        config.validate(cfg)
    message = str(err.value)
    assert "\n" not in message
    assert message.startswith("model.kind has no value") and "model=tiny" in message


def _schema_fields(schema: type, prefix: str = ""):
    for f in fields(schema):
        yield f"{prefix}{f.name}", f
        if is_dataclass(f.default_factory if callable(f.default_factory) else None):
            yield from _schema_fields(f.default_factory, f"{prefix}{f.name}.")
    if schema is config.RunConfig:
        yield from _schema_fields(config.ModelConfig, "model.")


def test_every_field_has_short_help():
    seen = list(_schema_fields(config.RunConfig))
    assert len(seen) > 50
    for name, f in seen:
        text = f.metadata.get("help", "")
        assert text.strip(), f"{name} has no help"
        assert len(text) <= 240, f"{name}: keep help short ({len(text)} chars)"
    assert {o.name for o in config.options()} <= {name for name, _ in seen}


def test_choices_come_from_the_modules_that_own_them():
    assert tuple(config.Accountant) == accounting.KINDS
    assert tuple(config.Unit) == UNITS
    assert tuple(config.Device) == DEVICES
    assert tuple(config.Dtype) == DTYPES
    by_name = {o.name: o for o in config.options()}
    assert by_name["model.kind"].choices == BASE_KINDS
    assert by_name["privacy.accountant"].choices == accounting.KINDS
    assert by_name["privacy.unit"].choices == UNITS
    assert set(by_name["policy.allowed_kinds"].choices) == KINDS - NEVER_ELIGIBLE_KINDS


def test_the_manifest_schema_enums_equal_the_code():
    schema = json.loads(SCHEMA_PATH.read_text())["$defs"]
    privacy = schema["privacy"]["properties"]
    assert privacy["unit"]["enum"] == list(UNITS)
    assert privacy["accountant"]["enum"] == list(accounting.KINDS)
    allowed = schema["consent"]["properties"]["allowed_kinds"]["items"]["enum"]
    assert sorted(allowed) == sorted(KINDS - NEVER_ELIGIBLE_KINDS) == sorted(config.ELIGIBLE_KINDS)


def test_typed_choices_are_plain_strings_where_they_are_recorded(compose_cfg):
    cfg = compose_cfg("model=tiny", "privacy.accountant=rdp", "privacy.unit=post")
    assert cfg.privacy.accountant == "rdp" and isinstance(cfg.privacy.accountant, config.Accountant)
    assert json.dumps({"a": cfg.privacy.accountant}) == '{"a": "rdp"}'
    assert f"{cfg.privacy.unit}" == "post" and repr(cfg.privacy.unit) == "'post'"
    resolved = OmegaConf.to_container(cfg, resolve=True, enum_to_str=True)
    assert type(resolved["privacy"]["accountant"]) is str
    yaml.safe_dump(resolved)  # what run_record writes as config.yaml: no Python objects


def test_a_value_outside_the_choices_is_refused(compose_cfg):
    with pytest.raises(ConfigCompositionException) as err:
        compose_cfg("model=tiny", "privacy.accountant=gdp")
    assert config.config_error_line(err.value).startswith(
        "privacy.accountant=gdp: Invalid value 'gdp', expected one of [prv, rdp]")
    cfg = compose_cfg("model=tiny")
    cfg.model.kind = "gpt-9"
    with pytest.raises(UserError, match="model.kind='gpt-9' is not one of smollm2-135m, tiny"):
        config.validate(cfg)
    cfg = compose_cfg("model=tiny", "policy.allowed_kinds=[post,tweet]")
    with pytest.raises(UserError, match="policy.allowed_kinds='tweet'"):
        config.validate(cfg)
    cfg = compose_cfg("model=tiny", "redaction.enabled_types=[EMAIL,FOO]")
    with pytest.raises(UserError, match="redaction.enabled_types='FOO' is not one of EMAIL, URL"):
        config.validate(cfg)


def test_a_config_round_trips(compose_cfg):
    cfg = compose_cfg("+experiment=gpu", "privacy.accountant=rdp", "policy.acknowledge=[few_units]")
    schema = OmegaConf.structured(config.RunConfig)
    again = OmegaConf.merge(schema, OmegaConf.create(OmegaConf.to_yaml(cfg)))
    assert again == cfg
    config.validate(again)
    # the resolved form, as config.yaml records it and resume reads it back
    resolved = OmegaConf.to_container(cfg, resolve=True, enum_to_str=True)
    loaded = yaml.safe_load(yaml.safe_dump(resolved, sort_keys=True))
    assert loaded == resolved
    assert OmegaConf.merge(schema, loaded) == OmegaConf.merge(schema, resolved)
    assert copy.deepcopy(cfg) == cfg and pickle.loads(pickle.dumps(cfg)) == cfg


def test_help_shows_every_option_with_its_help_default_and_choices():
    code, out, err = run_cli("--help")
    assert code == 0, err
    assert "model: hf, smollm2-135m, tiny" in out  # the groups
    assert "experiment: gpu, smoke" in out
    flat = " ".join(out.split())
    for opt in config.options():
        assert f"{opt.name}:" in out, opt.name
        assert " ".join(opt.help.split()) in flat, opt.name
    assert "privacy.accountant: prv | rdp = prv" in out
    assert "privacy.unit: member | post = member" in out
    assert "model.kind: smollm2-135m | tiny | hf = smollm2-135m" in out
    assert "data.members: str = ${repo_root:}/data/demo/members.jsonl" in out  # $ survives
    assert "train.steps: int | None = 15" in out


def test_help_shows_the_values_of_the_chosen_groups_and_overrides():
    code, out, _ = run_cli("--help", "+experiment=smoke", "privacy.target_epsilon=3")
    assert code == 0
    assert "model.max_seq_len: int = 64" in out  # tiny's value, not the schema's 48
    assert "train.steps: int | None = 5" in out
    assert "privacy.target_epsilon: float | None = 3" in out


@pytest.mark.parametrize(("override", "needle"), [
    ("privacy.accountant=gdp", "privacy.accountant=gdp: Invalid value 'gdp', expected one of"),
    ("train.device=tpu", "train.device=tpu"),
    ("privacy.target_epsilom=3", "target_epsilom"),  # a typo, without +
    ("train.lr=fast", "train.lr=fast"),
    ("model=gpt9", "Available options in 'model': hf, smollm2-135m, tiny"),
])
def test_hydra_composition_errors_are_one_line(tmp_path, override, needle):
    code, _, err = run_cli("model=tiny", override, f"hydra.run.dir={tmp_path / 'run'}")
    assert code == 1
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: "), err
    assert needle in lines[0] and "--help" in lines[0]
    assert not (tmp_path / "run").exists()


def test_the_config_reference_in_docs_is_up_to_date():
    import importlib.util

    script = REPO / "scripts" / "config_reference.py"
    spec = importlib.util.spec_from_file_location("config_reference", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text = module.render()
    for opt in config.options():
        assert f"| `{opt.name}` |" in text, opt.name
    assert (REPO / "docs" / "config-reference.md").read_text() == text, (
        "regenerate: python scripts/config_reference.py > docs/config-reference.md")
