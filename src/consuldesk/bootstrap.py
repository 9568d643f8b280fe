"""Composition root: Settings → Runtime (engine, session factory, clock, triage pipeline).

Interfaces (API, console, CLI, worker) build one Runtime at start-up and pass it down; nothing below
reads settings or creates engines on its own.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cached_property
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from consuldesk.channels.secrets import CredentialBox, load_box
from consuldesk.core.clock import Clock, SystemClock
from consuldesk.settings import Settings
from consuldesk.storage import migrate
from consuldesk.storage.db import make_engine, make_sessionmaker

# The pipeline loads language models: import it only when triage is needed.
if TYPE_CHECKING:
    from consuldesk.connectors.base import Connector
    from consuldesk.inbox.models import Channel
    from consuldesk.pipeline.ports import Classifier
    from consuldesk.pipeline.runner import Pipeline, PipelineConfig

log = logging.getLogger("consuldesk")


@dataclass
class Runtime:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    clock: Clock = field(default_factory=SystemClock)
    # Tests and the training simulator swap in in-memory connectors; None builds real ones per channel.
    connector_factory: Callable[[Channel], Connector] | None = None

    @cached_property
    def pipeline(self) -> Pipeline:
        """The triage pipeline, built once per process (its models load once)."""
        from consuldesk.pipeline.runner import build_default_pipeline

        return build_default_pipeline(pipeline_config(self.settings))

    @cached_property
    def credentials(self) -> CredentialBox:
        """The key that opens channel credentials (read or generated once per process)."""
        return load_box(self.settings)

    def migrate(self) -> None:
        migrate.upgrade(self.engine)


def make_classifier(name: str) -> Classifier:
    """The classify stage's model: the trained models shipped in consuldesk/ml/models, or the lexicon
    baseline (chosen with CONSULDESK_CLASSIFIER, or used when the model files are missing)."""
    from consuldesk.pipeline.classifier import LexiconClassifier

    if name == "trained":
        from consuldesk.ml.classifier import ModelsMissing, TrainedClassifier

        try:
            return TrainedClassifier()
        except ModelsMissing as exc:
            log.warning("trained models not found (%s); using the lexicon baseline", exc)
    return LexiconClassifier()


def pipeline_config(settings: Settings, *, with_classifier: bool = True) -> PipelineConfig:
    """Pipeline settings; without the classifier the config stays small enough to send to a process."""
    from consuldesk.pipeline.runner import PipelineConfig

    def minutes(value: int) -> timedelta | None:
        return timedelta(minutes=value) if value > 0 else None

    return PipelineConfig(
        sla_critical=minutes(settings.sla_critical_minutes),
        sla_high=minutes(settings.sla_high_minutes),
        sla_normal=minutes(settings.sla_normal_minutes),
        sla_low=minutes(settings.sla_low_minutes),
        classifier=make_classifier(settings.classifier) if with_classifier else None,
    )


def bootstrap(settings: Settings | None = None, clock: Clock | None = None) -> Runtime:
    settings = settings or Settings()
    engine = make_engine(settings.database_url)
    return Runtime(settings, engine, make_sessionmaker(engine), clock or SystemClock())
