"""
Pre-test and post-test: attempts and their limits, shuffling, scoring, refused
(tampered) submissions that store nothing, the post-test as a completion check, the
improvement, the pages (no answers before submitting) and the admin snippet.
Assertions are on status codes, stored data and DomainError codes, never on wording.
Every test starts from the demo SIPD course before anyone learned in it (no enrolments,
no pre-/post-test: `before_any_learning`) and writes its own quizzes.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import Enrollment, Option, Question, Quiz, QuizAttempt
from courses.selectors import learner_improvement
from courses.services import (
    enrollment_create,
    lesson_complete,
    quiz_attempt_start,
    quiz_attempt_submit,
)
from lms.errors import DomainError

from .helpers import before_any_learning, course, lessons, user

pytestmark = pytest.mark.django_db
EXPLANATION = "Karena SIPD dikelola Kemendagri."


def make_quiz(of, kind="post", *, max_attempts=3, shuffle=False, pass_mark=70) -> Quiz:
    """A quiz with three questions: single (A right), multiple (A and C right), true/false
    (True right)."""
    quiz = Quiz.objects.create(course=of, kind=kind, title=f"Kuis {kind}",
                               max_attempts=max_attempts, shuffle_questions=shuffle,
                               pass_mark=pass_mark)
    for n, (qkind, right) in enumerate([("single", [True, False, False]),
                                        ("multiple", [True, False, True]),
                                        ("true_false", [True, False])]):
        question = Question.objects.create(quiz=quiz, sort_order=n, kind=qkind,
                                           text=f"Soal {n} ({qkind})",
                                           explanation=f"{EXPLANATION} #{n}")
        for m, is_correct in enumerate(right):
            Option.objects.create(question=question, sort_order=m, text=f"Pilihan {n}.{m}",
                                  is_correct=is_correct)
    return quiz


def key(quiz: Quiz) -> dict[int, list[int]]:
    """The right answers of a quiz."""
    return {q.pk: [o.pk for o in q.options.all() if o.is_correct]
            for q in quiz.questions.all()}


def wrong(quiz: Quiz) -> dict[int, list[int]]:
    return {q.pk: [o.pk for o in q.options.all() if not o.is_correct][:1]
            for q in quiz.questions.all()}


@pytest.fixture(autouse=True)
def sipd_before_any_learning():
    before_any_learning(course())


@pytest.fixture
def learner(sipd_before_any_learning):
    account = user("peserta")
    enrollment_create(user=account, course=course())
    return account


def code_of(call) -> str:
    with pytest.raises(DomainError) as refused:
        call()
    return refused.value.code


def test_the_pre_test_is_taken_once(learner):
    pre = make_quiz(course(), "pre", max_attempts=5)
    assert pre.max_attempts == 1
    attempt = quiz_attempt_start(user=learner, quiz=pre)
    assert quiz_attempt_start(user=learner, quiz=pre).pk == attempt.pk  # reused while open
    quiz_attempt_submit(user=learner, attempt=attempt, answers=wrong(pre))
    assert code_of(lambda: quiz_attempt_start(user=learner, quiz=pre)) == "no_attempts_left"
    assert QuizAttempt.objects.filter(quiz=pre).count() == 1


def test_post_test_attempts_are_limited(learner):
    post = make_quiz(course(), max_attempts=2)
    for number in (1, 2):
        attempt = quiz_attempt_start(user=learner, quiz=post)
        assert attempt.number == number
        quiz_attempt_submit(user=learner, attempt=attempt, answers=wrong(post))
    assert code_of(lambda: quiz_attempt_start(user=learner, quiz=post)) == "no_attempts_left"
    assert QuizAttempt.objects.filter(quiz=post).count() == 2


def test_only_enrolled_learners_start(learner):
    post = make_quiz(course())
    assert code_of(lambda: quiz_attempt_start(user=user("fasilitator"), quiz=post)) \
        == "not_enrolled"


def test_the_question_order_is_stored_and_shuffled_when_set(learner):
    ordered = make_quiz(course(), "pre")
    ids = list(ordered.questions.order_by("sort_order").values_list("pk", flat=True))
    assert quiz_attempt_start(user=learner, quiz=ordered).question_order == ids
    shuffled = make_quiz(course(), "post", shuffle=True, max_attempts=30)
    orders = set()
    for _n in range(12):
        attempt = quiz_attempt_start(user=learner, quiz=shuffled)
        assert sorted(attempt.question_order) == sorted(
            shuffled.questions.values_list("pk", flat=True))
        orders.add(tuple(attempt.question_order))
        quiz_attempt_submit(user=learner, attempt=attempt, answers={})
    assert len(orders) > 1  # 6 orders, 12 tries: the same order every time is ~1e-9


def test_scoring_single_multiple_and_true_false(learner):
    post = make_quiz(course(), max_attempts=5)
    questions = list(post.questions.order_by("sort_order"))
    single, multiple, true_false = questions
    right = key(post)

    def score(answers):
        attempt = quiz_attempt_start(user=learner, quiz=post)
        return quiz_attempt_submit(user=learner, attempt=attempt, answers=answers)

    full = score(right)
    assert (full.score, full.passed) == (100, True)
    assert full.answers == {str(pk): sorted(ids) for pk, ids in right.items()}
    # The multiple-choice question with only one of its two right options is wrong.
    partial = score({**right, multiple.pk: right[multiple.pk][:1]})
    assert (round(partial.score, 2), partial.passed) == (66.67, False)
    # Unanswered questions count as wrong.
    only_tf = score({true_false.pk: right[true_false.pk]})
    assert round(only_tf.score, 2) == 33.33
    none = score(wrong(post))
    assert (none.score, none.passed) == (0, False)
    assert single.pk in none.question_order


@pytest.mark.parametrize("tamper, code", [
    ("unknown_option", "unknown_option"),
    ("option_of_another_question", "unknown_option"),
    ("question_of_another_quiz", "foreign_question"),
    ("two_options_for_single", "one_answer_expected"),
])
def test_tampered_submissions_store_nothing(learner, tamper, code):
    post = make_quiz(course())
    pre = make_quiz(course(), "pre")
    single, multiple, _tf = post.questions.order_by("sort_order")
    attempt = quiz_attempt_start(user=learner, quiz=post)
    answers = {
        "unknown_option": {single.pk: [999999]},
        "option_of_another_question": {single.pk: [multiple.options.first().pk]},
        "question_of_another_quiz": {pre.questions.first().pk: [
            pre.questions.first().options.first().pk]},
        "two_options_for_single": {single.pk: list(single.options.values_list("pk",
                                                                             flat=True))},
    }[tamper]
    assert code_of(lambda: quiz_attempt_submit(user=learner, attempt=attempt,
                                               answers=answers)) == code
    stored = QuizAttempt.objects.get(quiz=post)
    assert (stored.submitted_at, stored.score, stored.answers) == (None, None, {})


def test_a_second_submission_is_refused_and_changes_nothing(learner):
    post = make_quiz(course(), max_attempts=1)
    attempt = quiz_attempt_start(user=learner, quiz=post)
    quiz_attempt_submit(user=learner, attempt=attempt, answers=wrong(post))
    assert code_of(lambda: quiz_attempt_submit(user=learner, attempt=attempt,
                                               answers=key(post))) == "already_submitted"
    stored = QuizAttempt.objects.get(quiz=post)
    assert (stored.score, stored.passed) == (0, False)


def test_failing_the_post_test_keeps_the_course_open_and_passing_completes_it(learner):
    sipd = course()
    post = make_quiz(sipd)
    for lesson in lessons(sipd):
        lesson_complete(user=learner, lesson=lesson)
    enrollment = Enrollment.objects.get(user=learner, course=sipd)
    assert enrollment.status == "active"
    attempt = quiz_attempt_start(user=learner, quiz=post)
    quiz_attempt_submit(user=learner, attempt=attempt, answers=wrong(post))
    enrollment.refresh_from_db()
    assert enrollment.status == "active" and enrollment.completed_at is None
    attempt = quiz_attempt_start(user=learner, quiz=post)
    quiz_attempt_submit(user=learner, attempt=attempt, answers=key(post))
    enrollment.refresh_from_db()
    assert enrollment.status == "completed" and enrollment.completed_at is not None


def test_improvement_is_the_best_post_score_minus_the_pre_score(learner):
    sipd = course()
    pre, post = make_quiz(sipd, "pre"), make_quiz(sipd)
    enrollment = Enrollment.objects.get(user=learner, course=sipd)
    assert learner_improvement(enrollment) is None
    tf = pre.questions.get(kind="true_false")
    quiz_attempt_submit(user=learner, attempt=quiz_attempt_start(user=learner, quiz=pre),
                        answers={tf.pk: key(pre)[tf.pk]})  # 33.33
    assert learner_improvement(enrollment) is None
    quiz_attempt_submit(user=learner, attempt=quiz_attempt_start(user=learner, quiz=post),
                        answers=key(post))  # 100
    assert learner_improvement(enrollment) == pytest.approx(66.67)


# --- pages -------------------------------------------------------------------------


def test_the_quiz_page_has_no_answers_and_the_result_shows_them(client, learner):
    post = make_quiz(course())
    client.force_login(learner)
    page = client.get(f"/kursus-saya/kuis/{post.pk}/")
    assert page.status_code == 200
    html = page.content.decode()
    assert 'type="radio"' in html and 'type="checkbox"' in html
    assert EXPLANATION not in html
    assert "is_correct" not in html and "correct" not in html.lower()
    attempt = QuizAttempt.objects.get(quiz=post)
    data = {"attempt": attempt.pk}
    data.update({f"q_{pk}": ids for pk, ids in key(post).items()})
    response = client.post(f"/kursus-saya/kuis/{post.pk}/", data)
    assert response.status_code == 302
    assert response["Location"] == f"/kursus-saya/kuis/hasil/{attempt.pk}/"
    attempt.refresh_from_db()
    assert (attempt.score, attempt.passed) == (100, True)
    result = client.get(response["Location"])
    assert result.status_code == 200
    assert result.content.decode().count(EXPLANATION) == 3


def test_a_tampered_post_shows_the_form_again_and_stores_nothing(client, learner):
    post = make_quiz(course())
    client.force_login(learner)
    client.get(f"/kursus-saya/kuis/{post.pk}/")
    attempt = QuizAttempt.objects.get(quiz=post)
    single = post.questions.get(kind="single")
    response = client.post(f"/kursus-saya/kuis/{post.pk}/",
                           {"attempt": attempt.pk, f"q_{single.pk}": "999999"})
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    attempt.refresh_from_db()
    assert (attempt.submitted_at, attempt.answers) == (None, {})
    assert QuizAttempt.objects.filter(quiz=post).count() == 1


def test_posting_after_the_limit_stores_nothing(client, learner):
    post = make_quiz(course(), max_attempts=1)
    attempt = quiz_attempt_start(user=learner, quiz=post)
    quiz_attempt_submit(user=learner, attempt=attempt, answers=wrong(post))
    client.force_login(learner)
    data = {"attempt": attempt.pk, **{f"q_{pk}": ids for pk, ids in key(post).items()}}
    response = client.post(f"/kursus-saya/kuis/{post.pk}/", data)
    assert response.status_code == 302 and response["Location"] == course().url
    assert client.get(f"/kursus-saya/kuis/{post.pk}/")["Location"] == course().url
    assert QuizAttempt.objects.filter(quiz=post).count() == 1
    assert QuizAttempt.objects.get(quiz=post).score == 0


def test_someone_elses_result_is_404(client, learner):
    post = make_quiz(course())
    attempt = quiz_attempt_start(user=learner, quiz=post)
    quiz_attempt_submit(user=learner, attempt=attempt, answers=key(post))
    other = user("koordinator.konut")
    enrollment_create(user=other, course=course())
    client.force_login(other)
    assert client.get(f"/kursus-saya/kuis/hasil/{attempt.pk}/").status_code == 404
    response = client.post(f"/kursus-saya/kuis/{post.pk}/", {"attempt": attempt.pk})
    assert response.status_code == 404


def test_the_course_page_links_the_tests_within_the_query_budget(client, learner):
    sipd = course()
    pre, post = make_quiz(sipd, "pre"), make_quiz(sipd)
    quiz_attempt_submit(user=learner, attempt=quiz_attempt_start(user=learner, quiz=post),
                        answers=key(post))
    client.force_login(learner)
    client.get(sipd.url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(sipd.url)
    assert response.status_code == 200 and len(queries) <= 15
    html = response.content.decode()
    assert f'href="/kursus-saya/kuis/{pre.pk}/"' in html
    assert f'href="/kursus-saya/kuis/{post.pk}/"' in html
    attempt = QuizAttempt.objects.get(quiz=post)
    assert f'href="/kursus-saya/kuis/hasil/{attempt.pk}/"' in html


def test_trainers_manage_quizzes_in_the_admin_and_participants_cannot(client):
    client.force_login(user("fasilitator"))
    assert client.get("/admin/snippets/courses/quiz/").status_code == 200
    assert client.get("/admin/snippets/courses/quiz/add/").status_code == 200
    client.force_login(user("peserta"))
    response = client.get("/admin/snippets/courses/quiz/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
