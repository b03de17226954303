"""The learner's (and the trainer's) pages, mounted at /kursus-saya/."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.my_courses, name="my_courses"),
    path("daftar/<int:course_id>/", views.course_enroll, name="course_enroll"),
    path("keluar/<int:enrollment_id>/", views.enrollment_leave, name="enrollment_withdraw"),
    path("selesai/<int:lesson_id>/", views.lesson_done, name="lesson_complete"),
    path("kuis/<int:quiz_id>/", views.quiz_take, name="quiz_take"),
    path("kuis/hasil/<int:attempt_id>/", views.quiz_result, name="quiz_result"),
    path("ajar/", views.teaching, name="teaching"),
    path("ajar/<int:course_id>/", views.teaching_course, name="teaching_course"),
]
