"""The exception tree: one base error; user errors are printed once by the CLI, without traceback."""

from __future__ import annotations


class CaseReviewError(Exception):
    """Base of every error the tool raises on purpose."""


class UserError(CaseReviewError):
    """A problem the user can fix (bad option, missing folder, bad settings). Exit code 2."""

    exit_code = 2


class RenderError(CaseReviewError):
    """A render could not complete (broken template, refused fetch, accessibility failure)."""

    exit_code = 1
