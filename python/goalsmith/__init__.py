"""goalsmith: check interview-preparation goals against the SMART criteria.

>>> import goalsmith
>>> report = goalsmith.check_goal("Rehearse 4 STAR stories by Friday", today="2026-11-22")
>>> report.time_bound.verdict
'met'

See docs/python.md for the whole API.
"""

from ._errors import (
    GoalsmithError,
    GoalsmithIOError,
    InternalError,
    InvalidArgumentError,
    InvalidUTF8Error,
    JsonError,
    NotFoundError,
    PackError,
)
from ._report import (
    CRITERIA,
    CriterionResult,
    Evidence,
    GoalFields,
    Quantity,
    Recurrence,
    Report,
    TimeExpression,
    Workload,
)
from ._api import DateLike, Engine, Text, TimeLike, check_goal, check_goals, parse_time
from ._goals import GoalChange, ImprovedGoal, improve_goal
from ._worksheet import (
    AreaCoverage,
    GoalGrade,
    JustificationGrade,
    Worksheet,
    WorksheetGoal,
    WorksheetGrade,
    blank_worksheet,
    grade_worksheet,
    grade_worksheets,
)
from ._mindset import (
    GoalDraft,
    GuidancePrompt,
    MindsetCategory,
    MindsetFinding,
    MindsetReport,
    Prompt,
    Skill,
    check_mindset,
    feedback_guidance,
    mindset_categories,
)
from ._drafts import DraftedGoal, GoalSource, draft_goals
from ._feedback import (
    AreaToImprove,
    AspectFeedback,
    AspectHistory,
    ConcernMatch,
    Cue,
    FeedbackAnalysis,
    FeedbackAspect,
    FeedbackHistory,
    Finding,
    Question,
    RatingScale,
    Recommendation,
    RecommendedQuestion,
    ScaleLevel,
    Session,
    SessionAnswer,
    Template,
    analyze_feedback,
    analyze_history,
    default_template,
    feedback_scales,
    recommend_questions,
    render_report,
    render_worksheet,
)
from . import _core

__version__ = "0.1.0"


def version() -> str:
    """Version of the compiled library (equals ``__version__`` in a consistent install)."""
    return _core.version()


__all__ = [
    "AreaToImprove",
    "AspectFeedback",
    "AspectHistory",
    "ConcernMatch",
    "Cue",
    "FeedbackAnalysis",
    "FeedbackAspect",
    "FeedbackHistory",
    "Finding",
    "Question",
    "RatingScale",
    "Recommendation",
    "RecommendedQuestion",
    "ScaleLevel",
    "Session",
    "SessionAnswer",
    "Template",
    "analyze_feedback",
    "analyze_history",
    "default_template",
    "feedback_scales",
    "recommend_questions",
    "render_report",
    "render_worksheet",
    "AreaCoverage",
    "GoalChange",
    "ImprovedGoal",
    "improve_goal",
    "GoalGrade",
    "JustificationGrade",
    "Worksheet",
    "WorksheetGoal",
    "WorksheetGrade",
    "blank_worksheet",
    "grade_worksheet",
    "grade_worksheets",
    "CRITERIA",
    "CriterionResult",
    "DateLike",
    "DraftedGoal",
    "TimeLike",
    "Engine",
    "Evidence",
    "GoalDraft",
    "GoalSource",
    "GoalFields",
    "GoalsmithError",
    "GoalsmithIOError",
    "GuidancePrompt",
    "InternalError",
    "InvalidArgumentError",
    "InvalidUTF8Error",
    "JsonError",
    "MindsetCategory",
    "MindsetFinding",
    "MindsetReport",
    "NotFoundError",
    "PackError",
    "Prompt",
    "Quantity",
    "Recurrence",
    "Report",
    "Skill",
    "Text",
    "TimeExpression",
    "Workload",
    "__version__",
    "check_goal",
    "check_goals",
    "check_mindset",
    "draft_goals",
    "feedback_guidance",
    "mindset_categories",
    "parse_time",
    "version",
]
