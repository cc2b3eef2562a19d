"""An nbconvert preprocessor for feedback: a failing test shows its message, never its code.

nbgrader's ClearHiddenTests removes hidden tests from a test cell's source, but the traceback of a
failing test quotes the lines around the failure, hidden ones included. Residents see the message.
"""

from __future__ import annotations

from nbconvert.preprocessors import Preprocessor
from traitlets import Bool

HIDDEN_FAILURE = "A check failed. Read the task again, change your answer, and run the notebook."


def _is_test_cell(cell) -> bool:
    meta = cell.get("metadata", {}).get("nbgrader", {})
    return bool(meta.get("grade")) and not meta.get("solution")


class HideTestTracebacks(Preprocessor):
    """Replace the traceback of each failing test cell by its plain message."""

    enabled = Bool(True)  # nbconvert preprocessors are off unless enabled

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type == "code" and _is_test_cell(cell):
            for output in cell.get("outputs", []):
                if output.get("output_type") == "error":
                    message = str(output.get("evalue", "")).strip() or HIDDEN_FAILURE
                    output["traceback"] = [message]
        return cell, resources
