"""Which network for which goal: a short scenario quiz with explanations."""

from __future__ import annotations

import html
from dataclasses import dataclass
from functools import cache

from medsocial.widgets.data import load_json


@dataclass(frozen=True)
class Question:
    """One scenario with its options, the right option and why."""

    question: str
    options: tuple[str, ...]
    answer: int
    explanation: str


@dataclass(frozen=True)
class Feedback:
    """What the resident sees after answering one question."""

    state: str  # "unanswered", "right" or "wrong"
    text: str


@cache
def load_questions() -> tuple[Question, ...]:
    """The quiz scenarios, in order."""
    return tuple(
        Question(q["question"], tuple(q["options"]), q["answer"], q["explanation"])
        for q in load_json("network_quiz.json")
    )


def feedback(question: Question, choice: int | None) -> Feedback:
    """Right or wrong, with the explanation in both cases."""
    if choice is None:
        return Feedback("unanswered", "")
    if choice == question.answer:
        return Feedback("right", f"Right. {question.explanation}")
    best = question.options[question.answer]
    return Feedback("wrong", f"Not the best choice: {best} fits better. {question.explanation}")


def score_text(choices: list[int | None], questions: tuple[Question, ...]) -> str:
    """Running score, e.g. "3 of 6 right (4 answered)"."""
    answered = [(c, q) for c, q in zip(choices, questions, strict=True) if c is not None]
    right = sum(c == q.answer for c, q in answered)
    return f"{right} of {len(questions)} right ({len(answered)} answered)."


class NetworkQuiz:
    """The widget: one radio group per scenario, feedback as soon as an option is picked."""

    def __init__(self) -> None:
        import ipywidgets as w

        self.questions = load_questions()
        self.choices = []
        self.feedbacks = []
        rows = []
        for number, question in enumerate(self.questions, start=1):
            radio = w.RadioButtons(
                options=[(text, i) for i, text in enumerate(question.options)],
                value=None,
                layout=w.Layout(width="auto"),
            )
            note = w.HTML()
            radio.observe(self._update, names="value")
            self.choices.append(radio)
            self.feedbacks.append(note)
            title = w.HTML(f"<p><b>{number}. {html.escape(question.question)}</b></p>")
            rows.append(w.VBox([title, radio, note]))
        self.score = w.HTML()
        self.widget = w.VBox([*rows, self.score])
        self._update()

    def _update(self, _change: object = None) -> None:
        values = [radio.value for radio in self.choices]
        for question, value, note in zip(self.questions, values, self.feedbacks, strict=True):
            result = feedback(question, value)
            colour = {"right": "#155724", "wrong": "#721c24"}.get(result.state, "inherit")
            note.value = (
                f'<div class="ms-quiz-feedback" data-state="{result.state}" role="status" '
                f'style="color: {colour}">{html.escape(result.text)}</div>'
            )
        self.score.value = f'<div class="ms-verdict"><b>{html.escape(score_text(values, self.questions))}</b></div>'

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)
