"""
Demo learning: each real delegation enrolled, by its coordinator, in the course of its
visit's topic a few days after the visit, and each member at their own point of it.
The loader (lms.demo.loader.load_learning) plays every path through courses.services
(delegation_enroll, quiz_attempt_start/submit, lesson_complete), exactly as the
learner's clicks would, then dates each step after the visit.

A learner's path: `who` (a member's NIP, or a demo username), `lessons` (how many of
the course's lessons, in outline order, are done), `pre` (right answers in the 6-question
pre-test, None when not taken), `post` (right answers in each post-test attempt, out of
8; the pass mark is 70%, so 6 or more passes, and a learner stops after passing) and
`days` (from enrolment to the last lesson done). The right answers are chosen by the
learner's place in the list, so every install gets the same answers and scores.
Plain data only: this module is also read outside Django (no imports).
"""

# Pre-test 6 questions: 1 right = 16.67%, 2 = 33.33%, 3 = 50%, 4 = 66.67%, 5 = 83.33%.
# Post-test 8 questions: 4 right = 50%, 5 = 62.5%, 6 = 75%, 7 = 87.5%, 8 = 100%.
ENROLMENTS = [
    {
        # The Konut delegation visited Baubau on Friday 24 Sep 2021; its coordinator
        # enrolled it in the SIPD course the Monday after (Konut is on WITA).
        "delegation": "Delegasi Kabupaten Konawe Utara ke Kota Baubau: SIPD",
        "course": "sipd-dari-perencanaan-hingga-penatausahaan",
        "enrolled_by": "koordinator.konut",
        "enrolled_at": "2021-09-27T09:00",
        "learners": [
            # completed: passed the post-test at the first attempt
            {"who": "197203151998031004", "lessons": 9, "pre": 3, "post": [7], "days": 16},
            # completed at the second post-test attempt
            {"who": "198511232010011007", "lessons": 9, "pre": 2, "post": [5, 8], "days": 24},
            {"who": "198704092011011003", "lessons": 9, "pre": 4, "post": [6], "days": 30},
            # every lesson done, post-test failed twice: not completed (one attempt left)
            {"who": "199002182015032002", "lessons": 9, "pre": 2, "post": [4, 5], "days": 27},
            # halfway
            {"who": "197811282003122005", "lessons": 5, "pre": 3, "post": [], "days": 20},
            {"who": "198908302014032004", "lessons": 2, "pre": 1, "post": [], "days": 6},
            {"who": "198812052012121001", "lessons": 9, "pre": 5, "post": [8], "days": 11},
            # enrolled, not started
            {"who": "199505142020121003", "lessons": 0, "pre": None, "post": [], "days": 0},
            # the demo participant login: a half-finished course to resume
            {"who": "peserta", "lessons": 4, "pre": 3, "post": [], "days": 12},
        ],
    },
    {
        # The Malut delegation visited Sulawesi Selatan on Monday 5 Dec 2022; enrolled
        # in the SPBE course a week later (Malut is on WIT).
        "delegation": "Delegasi Provinsi Maluku Utara ke Provinsi Sulawesi Selatan: SPBE",
        "course": "spbe-untuk-seluruh-opd",
        "enrolled_by": "koordinator.malut",
        "enrolled_at": "2022-12-12T09:00",
        "learners": [
            {"who": "197506112000031003", "lessons": 9, "pre": 3, "post": [7], "days": 14},
            {"who": "198601262010011004", "lessons": 9, "pre": 2, "post": [5, 6], "days": 22},
            {"who": "198003172006042008", "lessons": 4, "pre": 3, "post": [], "days": 15},
            # every lesson done, post-test failed twice: not completed
            {"who": "198709212011011005", "lessons": 9, "pre": 1, "post": [3, 5], "days": 25},
            {"who": "198410042009032006", "lessons": 9, "pre": 4, "post": [8], "days": 17},
            {"who": "197912142005011002", "lessons": 0, "pre": None, "post": [], "days": 0},
            {"who": "199103282015032003", "lessons": 6, "pre": 5, "post": [], "days": 18},
        ],
    },
]
