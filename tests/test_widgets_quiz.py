"""Network quiz feedback and score, decided without a browser."""

from __future__ import annotations

from medsocial.widgets.network_quiz import NetworkQuiz, feedback, load_questions, score_text


def test_questions_are_well_formed() -> None:
    questions = load_questions()
    assert len(questions) >= 5
    for q in questions:
        assert 0 <= q.answer < len(q.options) and len(set(q.options)) == len(q.options)
        assert q.explanation


def test_feedback_right_wrong_and_unanswered() -> None:
    q = load_questions()[2]  # job search
    assert q.options[q.answer] == "LinkedIn"
    assert feedback(q, None).state == "unanswered"
    assert feedback(q, q.answer).text.startswith("Right. LinkedIn works as an online CV")
    wrong = feedback(q, 0)
    assert wrong.state == "wrong" and "LinkedIn fits better" in wrong.text


def test_score_counts_right_answers_only() -> None:
    questions = load_questions()
    choices = [None] * len(questions)
    choices[0], choices[1] = questions[0].answer, (questions[1].answer + 1) % 4
    assert score_text(choices, questions) == f"1 of {len(questions)} right (2 answered)."


def test_widget_shows_feedback_when_an_option_is_picked() -> None:
    quiz = NetworkQuiz()
    assert 'data-state="unanswered"' in quiz.feedbacks[0].value
    quiz.choices[0].value = quiz.questions[0].answer
    assert 'data-state="right"' in quiz.feedbacks[0].value
    assert "1 of" in quiz.score.value
