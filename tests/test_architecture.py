"""The walls of the house, enforced: no import cycles, stages that do not reach into each other,
and no hidden (function-local) imports of our own modules."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "trainer"


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


def _imports(path: Path, modules: dict[str, Path]) -> tuple[set[str], list[str]]:
    """(our modules imported at module level, our modules imported inside functions)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    local_nodes = {id(n) for fn in ast.walk(tree)
                   if isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef)
                   for n in ast.walk(fn)}
    top, local = set(), []
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("trainer"):
            names = [f"{node.module}.{a.name}" if f"{node.module}.{a.name}" in modules
                     else node.module for a in node.names]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names if a.name.startswith("trainer")]
        for name in names:
            (local.append(name) if id(node) in local_nodes else top.add(name))
    return {n for n in top if n in modules}, local


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {m: _imports(p, modules)[0] - {m} for m, p in modules.items()}


def test_the_import_graph_has_no_cycles():
    graph = _graph()
    state: dict[str, int] = {}
    cycles = []

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append(stack[stack.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt, stack + [nxt])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert cycles == []


def test_no_function_local_imports_of_our_own_modules():
    modules = _modules()
    hidden = {m: local for m, p in modules.items() if (local := _imports(p, modules)[1])}
    assert hidden == {}


def _reaches(graph: dict[str, set[str]], start: str) -> set[str]:
    seen, todo = set(), [start]
    while todo:
        for nxt in graph[todo.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def test_the_stages_keep_their_walls():
    graph = _graph()
    # eligibility and redaction are pure: no training, privacy or manifest code behind them
    for pure in ("trainer.data.eligibility", "trainer.redact.engine"):
        reached = _reaches(graph, pure)
        assert not {m for m in reached if m.startswith(("trainer.privacy", "trainer.manifest",
                                                        "trainer.train", "trainer.models"))}
    # the privacy core knows tensors and numbers, not posts, members or manifests
    for module in ("trainer.privacy.dp_step", "trainer.privacy.accounting",
                   "trainer.privacy.sampling", "trainer.privacy.randomness"):
        reached = _reaches(graph, module)
        assert not {m for m in reached if m.startswith(("trainer.data", "trainer.redact",
                                                        "trainer.manifest"))}, module
    # no stage reads the manifest back: only the record, the CLIs and the checkpoint do
    readers = {m for m, deps in graph.items() if "trainer.manifest.io" in deps}
    assert "trainer.data.eligibility" not in readers and "trainer.batching" not in readers


def test_the_data_stage_knows_nothing_of_gradients_or_the_run_config():
    """ARCHITECTURE.md: data/ reads posts and consent; it is handed its config slice, never the
    whole run config, and reaches no privacy, model or training code."""
    graph = _graph()
    for module in (m for m in graph if m.startswith("trainer.data")):
        reached = _reaches(graph, module)
        assert not {m for m in reached if m.startswith(("trainer.privacy", "trainer.models",
                                                        "trainer.config", "trainer.train"))}, module
    # reading parquet is not deciding eligibility: the source never consults the consent rules
    assert "trainer.data.eligibility" not in _reaches(graph, "trainer.data.stream_source")
