"""Question types, drawing from a pool, server-side scoring and item analysis."""

import re

import pytest
from django.urls import reverse

from cms.routing import route_url
from learning import quiz as quizzes
from learning import selectors, services
from learning.models import LessonPage, LessonProgress, QuizAttempt
from learning.services import LearningError
from tests.factories import UserFactory
from tests.learning.conftest import make_course, publish
from tests.learning.test_queries import count_queries

pytestmark = pytest.mark.django_db

FEEDBACK_RIGHT = "Genau so: Verstehen stärkt."
FEEDBACK_WRONG = "Schweigen hilft selten."
EXPLAIN_TF = "Ressourcen lassen sich üben: Erklärung."
EXPLAIN_ORDER = "Erst beruhigen, dann fragen, dann vermitteln."
EXPLAIN_MATCH = "Die drei Säulen nach Antonovsky."
MODEL_ANSWER = "Musterantwort: Zuhören, nachfragen, Halt geben."
STEPS = ["Ruhe bewahren", "Zuhören", "Nachfragen", "Hilfe vermitteln"]
PAIRS = [
    ("Verstehbarkeit", "Ich begreife, was passiert."),
    ("Handhabbarkeit", "Ich kann etwas tun."),
    ("Sinnhaftigkeit", "Es lohnt sich."),
]


def quiz_value(*, draw=None, shuffle=False) -> dict:
    return {
        "title": "Gemischtes Quiz",
        "pass_mark": 75,
        "draw": draw,
        "shuffle_answers": shuffle,
        "questions": [
            {
                "type": "choice",
                "value": {
                    "text": "Was stärkt Menschen?",
                    "multiple": False,
                    "answers": [
                        {
                            "text": "Verstehen",
                            "correct": True,
                            "feedback": FEEDBACK_RIGHT,
                        },
                        {
                            "text": "Schweigen",
                            "correct": False,
                            "feedback": FEEDBACK_WRONG,
                        },
                    ],
                },
            },
            {
                "type": "true_false",
                "value": {
                    "text": "Ressourcen kann man üben.",
                    "true": True,
                    "explanation": EXPLAIN_TF,
                },
            },
            {
                "type": "ordering",
                "value": {
                    "text": "Bringen Sie die Schritte in eine gute Reihenfolge.",
                    "items": STEPS,
                    "explanation": EXPLAIN_ORDER,
                },
            },
            {
                "type": "matching",
                "value": {
                    "text": "Was gehört zusammen?",
                    "pairs": [{"left": left, "right": right} for left, right in PAIRS],
                    "explanation": EXPLAIN_MATCH,
                },
            },
            {
                "type": "self_check",
                "value": {
                    "text": "Was würden Sie im Gespräch zuerst tun?",
                    "model_answer": MODEL_ANSWER,
                },
            },
        ],
    }


def add_quiz_lesson(course, **options) -> LessonPage:
    lesson = course.add_child(
        instance=LessonPage(
            title="Gemischtes Quiz",
            dimension="verstehbarkeit",
            estimated_minutes=10,
            body=[("quiz", quiz_value(**options))],
        )
    )
    return publish(lesson)


@pytest.fixture
def mixed(catalogue):
    course = make_course(catalogue, "Gemischt", lessons=0, quiz=False)
    return course, add_quiz_lesson(course)


def quiz_of(lesson) -> quizzes.Quiz:
    return quizzes.quiz_from_block(LessonPage.objects.get(pk=lesson.pk).quiz_block)


def answers_for(quiz, draw, *, right=True) -> dict:
    """What a browser would post for every drawn question."""
    posted = {}
    for question in (quiz.by_id[qid] for qid in draw.question_ids):
        if question.kind == "choice":
            ids = (
                sorted(question.correct_ids)
                if right
                else [a.id for a in question.answers if not a.correct][:1]
            )
            posted[question.id] = ids
        elif question.kind == "true_false":
            value = question.true if right else not question.true
            posted[question.id] = [quizzes.TRUE if value else quizzes.FALSE]
        elif question.kind == "ordering":
            order = [step.id for step in question.items]
            if not right:
                order = order[::-1]
            posted[question.id] = {sid: str(n) for n, sid in enumerate(order, 1)}
        elif question.kind == "matching":
            pair_ids = [pair.id for pair in question.pairs]
            targets = pair_ids if right else pair_ids[1:] + pair_ids[:1]
            posted[question.id] = {
                left: quizzes.match_code(draw.seed, target)
                for left, target in zip(pair_ids, targets, strict=True)
            }
        else:
            posted[question.id] = ["Ich höre erst einmal zu."]
    return posted


def submit(user, lesson, *, right=True, draw=None, change=None):
    quiz = quiz_of(lesson)
    draw = draw or quizzes.new_draw(quiz)
    posted = answers_for(quiz, draw, right=right)
    if change:
        change(quiz, posted)
    token = quizzes.sign_draw(draw, user_id=user.pk, lesson_id=lesson.pk)
    return services.quiz_submit(user=user, lesson=lesson, answers=posted, draw=token)


def form_of(page: str) -> str:
    return page[page.index('<section class="quiz"') : page.index("</section>")]


def test_the_page_holds_no_solution_for_any_question_type(
    client, mixed, contact_person
):
    course, lesson = mixed
    services.enrolment_start(user=contact_person, course=course)
    client.force_login(contact_person)
    quiz = quiz_of(lesson)
    for _round in range(5):
        page = client.get(lesson.url).text
        form = form_of(page)
        # Feedback, explanations and the model answer come only after submitting.
        for secret in (
            FEEDBACK_RIGHT,
            FEEDBACK_WRONG,
            EXPLAIN_TF,
            EXPLAIN_ORDER,
            EXPLAIN_MATCH,
            MODEL_ANSWER,
        ):
            assert secret not in page
        assert "correct" not in form and "richtig beantwortet" not in form
        # The steps are never shown in their right order.
        shown = re.findall(r'<label for="schritt-[^"]+">([^<]+)<', form)
        assert sorted(shown) == sorted(STEPS) and shown != STEPS
        # The matching options carry codes that name no pair.
        matching = next(q for q in quiz.questions if q.kind == "matching")
        pair_ids = {pair.id for pair in matching.pairs}
        codes = set(re.findall(r'<option value="([0-9a-f]{12})"', form))
        assert len(codes) == len(PAIRS) and not codes & pair_ids
        # Choice answers are opaque ids; true/false offers both.
        assert 'value="wahr"' in form and 'value="falsch"' in form


def test_each_type_is_scored_on_the_server(mixed, contact_person):
    course, lesson = mixed
    services.enrolment_start(user=contact_person, course=course)
    wrong = submit(contact_person, lesson, right=False)
    assert wrong.score == 0 and not wrong.passed
    right = submit(contact_person, lesson)
    # Four scored questions; the self-check counts for nothing either way.
    assert right.score == 100 and right.passed
    quiz = quiz_of(lesson)
    kinds = {quiz.by_id[qid].kind: qid for qid in right.questions}
    assert set(kinds) == {"choice", "true_false", "ordering", "matching", "self_check"}
    assert right.answers[kinds["ordering"]] == [
        s.id for s in quiz.by_id[kinds["ordering"]].items
    ]
    assert right.answers[kinds["self_check"]] == "Ich höre erst einmal zu."


@pytest.mark.parametrize("wrong_kind", ["choice", "true_false", "ordering", "matching"])
def test_one_wrong_question_of_four_scores_75(mixed, contact_person, wrong_kind):
    course, lesson = mixed
    services.enrolment_start(user=contact_person, course=course)
    quiz = quiz_of(lesson)
    draw = quizzes.new_draw(quiz)
    wrong = answers_for(quiz, draw, right=False)

    def spoil(quiz, posted):
        qid = next(q.id for q in quiz.questions if q.kind == wrong_kind)
        posted[qid] = wrong[qid]

    attempt = submit(contact_person, lesson, draw=draw, change=spoil)
    assert attempt.score == 75 and attempt.passed


def test_the_result_shows_explanations_and_the_model_answer(
    client, mixed, contact_person
):
    course, lesson = mixed
    services.enrolment_start(user=contact_person, course=course)
    attempt = submit(contact_person, lesson, right=False)
    client.force_login(contact_person)
    page = client.get(f"{lesson.url}?versuch={attempt.pk}").text
    for shown in (
        EXPLAIN_TF,
        EXPLAIN_ORDER,
        EXPLAIN_MATCH,
        MODEL_ANSWER,
        FEEDBACK_WRONG,
    ):
        assert shown in page
    assert "Ich höre erst einmal zu." in page
    assert "zur Selbstkontrolle, ohne Bewertung" in page


def tamper_ordering_position(quiz, posted):
    question = next(q for q in quiz.questions if q.kind == "ordering")
    posted[question.id][question.items[0].id] = "9"


def tamper_ordering_step(quiz, posted):
    question = next(q for q in quiz.questions if q.kind == "ordering")
    posted[question.id]["fremd"] = "1"


def tamper_matching_code(quiz, posted):
    question = next(q for q in quiz.questions if q.kind == "matching")
    posted[question.id][question.pairs[0].id] = question.pairs[0].id


def tamper_true_false(quiz, posted):
    question = next(q for q in quiz.questions if q.kind == "true_false")
    posted[question.id] = ["vielleicht"]


def twice_the_same_position(quiz, posted):
    question = next(q for q in quiz.questions if q.kind == "ordering")
    for step in question.items:
        posted[question.id][step.id] = "1"


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (tamper_ordering_position, "invalid_answer"),
        (tamper_ordering_step, "invalid_answer"),
        (tamper_matching_code, "invalid_answer"),
        (tamper_true_false, "invalid_answer"),
        (twice_the_same_position, "order_twice"),
    ],
)
def test_tampered_posts_record_nothing(mixed, contact_person, change, code):
    course, lesson = mixed
    services.enrolment_start(user=contact_person, course=course)
    with pytest.raises(LearningError) as error:
        submit(contact_person, lesson, change=change)
    assert error.value.code == code
    assert not QuizAttempt.objects.exists()


@pytest.fixture
def pool(catalogue):
    course = make_course(catalogue, "Pool", lessons=0, quiz=False)
    return course, add_quiz_lesson(course, draw=2, shuffle=True)


def test_a_pool_draws_n_scored_questions_plus_self_checks(pool, contact_person):
    course, lesson = pool
    services.enrolment_start(user=contact_person, course=course)
    quiz = quiz_of(lesson)
    assert quiz.draws
    seen = set()
    for _round in range(12):
        draw = quizzes.new_draw(quiz)
        kinds = [quiz.by_id[qid].kind for qid in draw.question_ids]
        assert len(kinds) == 3 and kinds.count("self_check") == 1
        seen.update(draw.question_ids)
    assert len(seen) == 5
    attempt = submit(contact_person, lesson)
    assert attempt.score == 100 and len(attempt.questions) == 3


def test_a_pool_refuses_answers_outside_the_draw_and_forged_draws(pool, contact_person):
    course, lesson = pool
    services.enrolment_start(user=contact_person, course=course)
    quiz = quiz_of(lesson)
    draw = quizzes.new_draw(quiz)
    everything = quizzes.Draw(
        question_ids=[q.id for q in quiz.questions], seed=draw.seed
    )
    posted = answers_for(quiz, everything)
    token = quizzes.sign_draw(draw, user_id=contact_person.pk, lesson_id=lesson.pk)
    other = UserFactory()
    cases = [
        (posted, token),  # answers to questions not drawn
        (answers_for(quiz, draw), ""),  # no draw at all
        (answers_for(quiz, draw), token[:-2] + "xx"),  # forged signature
        (
            answers_for(quiz, draw),
            quizzes.sign_draw(draw, user_id=other.pk, lesson_id=lesson.pk),
        ),  # someone else's draw
        (
            answers_for(quiz, everything),
            quizzes.sign_draw(everything, user_id=contact_person.pk, lesson_id=0),
        ),  # a draw for another lesson
    ]
    for answers, draw_token in cases:
        with pytest.raises(LearningError) as error:
            services.quiz_submit(
                user=contact_person, lesson=lesson, answers=answers, draw=draw_token
            )
        assert error.value.code == "invalid_answer"
    assert not QuizAttempt.objects.exists()


def test_the_form_posts_back_through_the_view(client, pool, contact_person):
    """A real round trip: read the form, answer it, get a result page."""
    course, lesson = pool
    services.enrolment_start(user=contact_person, course=course)
    client.force_login(contact_person)
    form = form_of(client.get(lesson.url).text)
    token = re.search(r'name="ziehung" value="([^"]+)"', form).group(1)
    quiz = quiz_of(lesson)
    draw = quizzes.read_draw(
        token, quiz, user_id=contact_person.pk, lesson_id=lesson.pk
    )
    data = {"ziehung": token}
    for qid, value in answers_for(quiz, draw).items():
        if isinstance(value, dict):
            data.update({f"frage-{qid}.{part}": v for part, v in value.items()})
        else:
            data[f"frage-{qid}"] = value
    response = client.post(route_url(lesson, "quiz"), data)
    assert response.status_code == 302
    assert "Bestanden" in client.get(response["Location"]).text
    assert QuizAttempt.objects.get().score == 100


def test_quizzes_written_as_a_list_keep_their_question_ids(course):
    """Quizzes stored before the question types read as choice questions."""
    lesson = LessonPage.objects.child_of(course).filter(has_quiz=True).get()
    raw = lesson.body.raw_data
    quiz_raw = next(block for block in raw if block["type"] == "quiz")
    old_ids = [child["id"] for child in quiz_raw["value"]["questions"]]
    for child in quiz_raw["value"]["questions"]:
        child["type"] = "item"
    LessonPage.objects.filter(pk=lesson.pk).update(body=list(raw))
    quiz = quiz_of(lesson)
    assert [q.id for q in quiz.questions] == old_ids
    assert {q.kind for q in quiz.questions} == {"choice"}


def test_item_analysis_counts_first_tries_and_hides_small_numbers(
    client, mixed, trainer
):
    course, lesson = mixed
    course.owner = trainer
    course.save()
    people = UserFactory.create_batch(5)
    for number, person in enumerate(people):
        services.enrolment_start(user=person, course=course)
        # Three of five get it wrong at first, then right; the second try
        # does not count.
        submit(person, lesson, right=number >= 3)
        submit(person, lesson)
    analysis = selectors.quiz_item_analysis(course=course)
    rows = {row["question"].kind: row for row in analysis[0]["rows"]}
    assert rows["choice"]["people"] == 5 and rows["choice"]["right"] == 2
    assert rows["choice"]["common_wrong"] == "Schweigen"
    assert rows["choice"]["common_wrong_count"] == 3
    assert rows["true_false"]["common_wrong"] == "stimmt nicht"
    assert rows["ordering"]["common_wrong"] == " → ".join(reversed(STEPS))
    assert "right" not in rows["self_check"]

    client.force_login(trainer)
    url = reverse("learning_admin:report_questions", args=[course.pk])
    page = client.get(url).text
    assert "Schweigen" in page and "2 (40 %)" in page
    # Self-check answers are the learners' notes: never shown to trainers.
    assert "Ich höre erst einmal zu." not in page
    csv = client.get(url, {"format": "csv"}).content.decode("utf-8-sig")
    assert "Schweigen;3" in csv

    # With four people the figures stay hidden.
    QuizAttempt.objects.filter(user=people[0]).delete()
    page = client.get(url).text
    assert "noch zu wenige Antworten" in page and "Schweigen" not in page


def test_item_analysis_is_for_the_course_trainers_only(client, mixed, trainer):
    course, _lesson = mixed
    client.force_login(trainer)
    url = reverse("learning_admin:report_questions", args=[course.pk])
    assert client.get(url).status_code == 404


def test_item_analysis_budget_does_not_grow(client, mixed, coordinator):
    course, lesson = mixed
    people = UserFactory.create_batch(2)
    for person in people:
        services.enrolment_start(user=person, course=course)
        submit(person, lesson, right=False)
    client.force_login(coordinator)
    url = reverse("learning_admin:report_questions", args=[course.pk])
    small = count_queries(client, url)
    more = [add_quiz_lesson(course, draw=2) for _ in range(3)]
    for person in UserFactory.create_batch(6):
        services.enrolment_start(user=person, course=course)
        for quiz_lesson in [lesson, *more]:
            submit(person, quiz_lesson, right=False)
            submit(person, quiz_lesson)
    assert count_queries(client, url) == small


@pytest.mark.parametrize("with_draw", [True, False], ids=["leer", "ohne-ziehung"])
def test_an_entirely_empty_quiz_changes_nothing(
    client, mixed, contact_person, with_draw
):
    """No answer at all (and not even the draw): the form comes back with every
    scored question marked open, never an error page, and nothing is recorded."""
    course, lesson = mixed
    services.enrolment_start(user=contact_person, course=course)
    client.force_login(contact_person)
    form = form_of(client.get(lesson.url).text)
    token = re.search(r'name="ziehung" value="([^"]+)"', form).group(1)
    # The self-check question may stay empty; every scored one is open.
    scored = [q.id for q in quiz_of(lesson).questions if q.kind != "self_check"]
    assert len(re.findall(r'<fieldset class="quiz-question', form)) == len(scored) + 1
    response = client.post(
        route_url(lesson, "quiz"), {"ziehung": token} if with_draw else {}
    )
    assert response.status_code == 400
    page = response.text
    assert "Bitte beantworten Sie alle Fragen" in page
    assert page.count("Diese Frage ist noch offen.") == len(scored)
    for question_id in scored:
        assert f'aria-describedby="offen-{question_id}"' in page
    assert not QuizAttempt.objects.exists()
    assert not LessonProgress.objects.exists()
