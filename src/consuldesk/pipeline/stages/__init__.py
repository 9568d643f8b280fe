"""The triage stages, one module each; `pipeline.runner` composes them in order."""

from consuldesk.pipeline.stages.classify import ClassifyStage
from consuldesk.pipeline.stages.dedupe import DedupeStage
from consuldesk.pipeline.stages.language import LanguageStage
from consuldesk.pipeline.stages.normalise import NormaliseStage
from consuldesk.pipeline.stages.pii import PiiStage
from consuldesk.pipeline.stages.route import RouteStage

__all__ = ["ClassifyStage", "DedupeStage", "LanguageStage", "NormaliseStage", "PiiStage", "RouteStage"]
