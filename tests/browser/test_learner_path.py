"""
A participant's path in a real browser: sign in through the form, find the half-finished
course waiting on "My courses", enrol in another course from its page, mark a lesson
done and watch the progress bar move, then take that course's pre-test and read the
score.

The demo (lms/demo/data/learning.py) enrols `peserta` in the SIPD course only, so the
smart city course is new to them: it has an untaken pre-test and no progress.
"""

import re

import pytest
from playwright.sync_api import expect

from lms.demo.data.courses import COURSE_SIPD, COURSE_SMART_CITY
from lms.demo.data.people import DEMO_PASSWORD
from lms.demo.data.quizzes import QUIZZES

pytestmark = pytest.mark.browser


def sign_in(page, username: str, password: str) -> None:
    page.goto(page.base_url + "/akun/masuk/")
    form = page.locator("main form")
    form.locator("input[name=username]").fill(username)
    form.locator("input[name=password]").fill(password)
    form.get_by_role("button", name="Masuk").click()
    page.wait_for_url(re.compile(r".*/kursus-saya/$"))


def first_option_score(course_slug: str, kind: str) -> float:
    """The score of an answer sheet that picks the first option of every question."""
    quiz = next(q for q in QUIZZES if q["course"] == course_slug and q["kind"] == kind)
    right = sum(1 for q in quiz["questions"]
                if [correct for _text, correct in q["options"]].count(True) == 1
                and q["options"][0][1])
    return round(right * 100 / len(quiz["questions"]), 2)


def bar_state(page, scope: str) -> tuple[str, str, float]:
    """(aria-valuenow, the "x of y lessons done" text, the fill's width in pixels)."""
    bar = page.locator(scope).get_by_role("progressbar")
    fill = bar.locator(".progress-bar__fill").bounding_box()
    label = page.locator(f"#{bar.get_attribute('aria-labelledby')}").inner_text()
    return bar.get_attribute("aria-valuenow"), label.strip(), fill["width"] if fill else 0.0


def test_a_participant_resumes_enrols_marks_a_lesson_done_and_takes_the_pre_test(page):
    sign_in(page, "peserta", DEMO_PASSWORD)
    half_done = page.locator(".enrolment", has_text=COURSE_SIPD["title"])
    expect(half_done.get_by_role("link", name="Lanjutkan")).to_be_visible()

    page.goto(page.base_url + "/kursus/")
    page.locator(f"main a[href$='/{COURSE_SMART_CITY['slug']}/']").first.click()
    expect(page.locator("h1")).to_have_text(COURSE_SMART_CITY["title"])
    page.get_by_role("button", name="Daftar ke kursus ini").click()
    panel = page.locator(".learner-panel")
    expect(panel.get_by_role("progressbar")).to_have_attribute("aria-valuenow", "0")

    panel.get_by_role("link", name="Mulai belajar").click()
    before = bar_state(page, ".lesson-done")
    total = int(re.search(r"dari (\d+) pelajaran selesai", before[1]).group(1))
    assert before == ("0", f"0 dari {total} pelajaran selesai", 0.0)
    page.get_by_role("button", name="Tandai selesai").click()
    # Marking the lesson done goes on to the next lesson, where the bar has moved.
    expect(page.locator(".lesson-done").get_by_role("progressbar")).to_have_attribute(
        "aria-valuenow", str(round(100 / total)))
    now, label, width = bar_state(page, ".lesson-done")
    assert label == f"1 dari {total} pelajaran selesai" and width > 0

    page.goto(page.base_url + f"/kursus/{COURSE_SMART_CITY['slug']}/")
    expect(panel).to_contain_text(f"1 dari {total} pelajaran selesai")
    panel.get_by_role("link", name="Pre-test").click()
    questions = page.locator(".quiz__question").all()
    assert questions
    for question in questions:
        question.locator("input").first.check()
    page.get_by_role("button", name="Kirim jawaban").click()

    page.wait_for_url(re.compile(r".*/kursus-saya/kuis/hasil/\d+/$"))
    score = page.locator(".quiz-score")
    expect(score).to_contain_text("Nilai Anda")
    expected = first_option_score(COURSE_SMART_CITY["slug"], "pre")
    assert float(score.get_attribute("data-score")) == expected
    assert page.locator(".quiz__question").count() == len(questions)
