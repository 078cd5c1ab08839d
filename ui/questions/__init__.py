"""The question funnel: the hunt for the good innovation question (seed 002)."""

from ui.questions.funnel import FunnelProjection, QuestionFunnel, attach

__all__ = ["FunnelProjection", "QuestionFunnel", "attach"]
