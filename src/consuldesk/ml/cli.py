"""`consuldesk models train|eval|score`: rebuild the shipped triage models and measure them on held-out data.

Owns the Typer sub-app `models_app` (registered by the main CLI under `models`). Thin: the work is in
`train.py` and `eval.py`. Both commands need the research datasets (`--data`, $CONSULDESK_SHARED or
<repo>/../shared); without them they say so and exit 0, and the shipped models keep working.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from consuldesk.ml.model import MODELS_DIR

models_app = typer.Typer(help="Train and evaluate the triage models.", no_args_is_help=True)
console = Console(stderr=True)
# a wide table when printed to a file or a pipe (Rich would wrap it at 80 columns)
out = Console() if Console().is_terminal else Console(width=180)

DataOption = Annotated[
    Path | None,
    typer.Option("--data", help="folder holding datasets/ and data/ (default: $CONSULDESK_SHARED or ../shared)"),
]
ModelsOption = Annotated[Path, typer.Option("--models", help="model folder to write or read")]


def _shared(data: Path | None) -> object:
    from consuldesk.ml.datasets import DataMissing, Shared, find_shared

    try:
        return Shared(find_shared(data))
    except DataMissing as exc:
        console.print(f"[yellow]Training data not available:[/yellow] {exc}")
        raise typer.Exit(0) from exc


def _need_sklearn() -> None:
    try:
        import sklearn  # noqa: F401
    except ImportError as exc:
        console.print("[red]Training and evaluation need scikit-learn:[/red] pip install 'consuldesk[ml]' "
                      "(the shipped models run without it)")
        raise typer.Exit(1) from exc


def _single_threaded() -> None:
    # other work shares this machine: keep BLAS to one thread unless the user said otherwise
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")


@models_app.command("train")
def train(
    data: DataOption = None,
    models: ModelsOption = MODELS_DIR,
    task: Annotated[list[str] | None, typer.Option("--task", "-t", help="train only this task (repeat)")] = None,
) -> None:
    """Rebuild the shipped models from the research datasets (fixed seeds: same data, same files)."""
    _single_threaded()
    from consuldesk.ml.datasets import Shared
    from consuldesk.ml.train import TASKS, train_all

    shared = _shared(data)
    assert isinstance(shared, Shared)
    _need_sklearn()
    tasks = tuple(task) if task else TASKS
    unknown = [t for t in tasks if t not in TASKS]
    if unknown:
        console.print(f"[red]Unknown task(s):[/red] {', '.join(unknown)}; choose from {', '.join(TASKS)}")
        raise typer.Exit(2)
    start = time.perf_counter()
    console.print(f"Training {', '.join(tasks)} from {shared.root} into {models}")
    done = train_all(shared, models, tasks, log=lambda m: console.print(f"  {m}"))
    size = sum(p.stat().st_size for p in models.glob("*") if p.is_file()) / 1e6
    out.print(f"Trained {len(done)} of {len(tasks)} models in {time.perf_counter() - start:.0f} s; "
              f"model folder {size:.1f} MB")


@models_app.command("eval")
def evaluate(data: DataOption = None, models: ModelsOption = MODELS_DIR) -> None:
    """Score the shipped models on held-out data and print them beside the targets and published anchors."""
    _single_threaded()
    from consuldesk.ml.datasets import Shared
    from consuldesk.ml.eval import evaluate as run_eval

    shared = _shared(data)
    assert isinstance(shared, Shared)
    _need_sklearn()
    rows = run_eval(shared, models, log=lambda m: console.print(f"  {m}"))
    table = Table("task", "metric", "ours", "target", "published anchor", "validation data", "note",
                  title="ConsulDesk triage models on held-out data")
    for row in rows:
        ours = "—" if row.ours is None else f"{row.ours:.3f}"
        # escape: an anchor like "pip install 'consuldesk[bench]'" is not Rich markup
        table.add_row(*(escape(cell) for cell in (row.task, row.metric, ours, row.target, row.anchor, row.data,
                                                  row.note)))
    out.print(table)


@models_app.command("score")
def score(
    gold: Annotated[Path, typer.Argument(help="labelled items (consular_dev format)")],
    triaged: Annotated[Path, typer.Argument(help="the output of `consuldesk triage` on them")],
    prefix: Annotated[str, typer.Option("--prefix", help="score only ids starting with this")] = "",
) -> None:
    """Grade a triage output against labelled items: the end-to-end figures, as the evaluation computes them."""
    _need_sklearn()
    from consuldesk.ml.score import ScoreInputError, score_triage

    try:
        s = score_triage(gold, triaged, prefix)
    except ScoreInputError as exc:
        console.print(f"[red]Cannot score:[/red] {escape(str(exc))}")
        raise typer.Exit(1) from exc
    table = Table("metric", "value", "target", title=f"consuldesk triage on {gold.name} ({s.items} items)")
    crit_how = "ranked by confidence.critical" if s.ranked else "from labels only"
    for name, value, target in (
        ("intent macro-F1", s.intent_macro_f1, "≥ 0.90"),
        (f"critical recall at precision ≥ 0.80 ({crit_how})", s.critical_recall_at_p80, "≥ 0.98"),
        ("critical recall / precision of the label", None, "—"),
        ("urgency macro-F1", s.urgency_macro_f1, "—"),
        ("sentiment macro-recall", s.sentiment_macro_recall, "≥ 0.72"),
        (f"PII exact-span recall ({s.pii_spans} spans)", s.pii_recall, "≥ 0.97"),
        ("PII exact-span precision", s.pii_precision, "≥ 0.93"),
    ):
        shown = f"{s.critical_recall:.3f} / {s.critical_precision:.3f}" if value is None else f"{value:.3f}"
        table.add_row(escape(name), shown, target)
    out.print(table)


@models_app.command("corrections")
def corrections(
    output: Annotated[Path, typer.Option("--output", "-o", help="JSONL file to write")],
) -> None:
    """Export officers' label corrections (redacted text + corrected labels) for the next training run."""
    import orjson

    from consuldesk.bootstrap import bootstrap
    from consuldesk.inbox.corrections import iter_corrections
    from consuldesk.settings import Settings

    runtime = bootstrap(Settings())
    runtime.migrate()
    count = 0
    with runtime.sessions() as session, output.open("wb") as handle:
        for row in iter_corrections(session):
            handle.write(orjson.dumps(row) + b"\n")
            count += 1
    out.print(f"{count} corrected items written to {output}")
