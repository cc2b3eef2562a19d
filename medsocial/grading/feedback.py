"""`Feedback`: a failed check that shows residents a plain message instead of a traceback."""

from __future__ import annotations

from collections.abc import Sequence


class Feedback(AssertionError):
    """An answer that does not pass yet; the notebook shows only the message (nbgrader sees an error)."""

    def _render_traceback_(self) -> list[str]:
        # IPython calls this instead of formatting a traceback: residents read what to change.
        return str(self).splitlines()


def failure_message(label: str, messages: Sequence[str]) -> str:
    """'✗ label: problem' for one problem, a bulleted list for several."""
    if len(messages) == 1:
        return f"✗ {label}: {messages[0]}"
    lines = [f"✗ {label}: {len(messages)} things to change:"]
    lines += [f"  • {message}" for message in messages]
    return "\n".join(lines)


def verdict(label: str, messages: Sequence[str], success: str) -> None:
    """Raise Feedback listing every problem, or print one short '✓' line."""
    if messages:
        raise Feedback(failure_message(label, messages))
    print(f"✓ {label}: {success}")
