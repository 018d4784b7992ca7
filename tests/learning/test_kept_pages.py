"""Course and lesson pages keep what is the same for everybody (cms.memo),
show each person their own progress, and follow every change at once."""

import pytest
from django.test import RequestFactory

from learning import services
from tests.factories import UserFactory
from tests.learning.conftest import add_lesson, lessons_of, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def kept(settings):
    settings.MEMO_FRAGMENTS = True


def _page(client, page) -> str:
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def _twice(client, page) -> str:
    """The first visit of a test makes the site's settings: read it again."""
    _page(client, page)
    return _page(client, page)


def test_a_kept_course_page_shows_each_person_their_own_progress(client, kept, course):
    done, fresh = UserFactory.create_batch(2)
    first = lessons_of(course)[0]
    services.enrolment_start(user=done, course=course)
    services.lesson_complete(user=done, lesson=first)
    client.force_login(fresh)
    page = _twice(client, course)
    assert "Sie haben diesen Kurs noch nicht gestartet." in page
    assert "erledigt</span>" not in page
    client.force_login(done)
    page = _page(client, course)
    assert "erledigt</span>" in page
    assert "Sie haben diesen Kurs noch nicht gestartet." not in page


def test_the_kept_course_and_lesson_follow_their_changes(client, kept, course):
    client.force_login(UserFactory())
    lesson = lessons_of(course)[0]
    assert "Lektion 3" not in _twice(client, course)
    assert "Ein Text zum Lernen." in _twice(client, lesson)

    add_lesson(course, "Lektion 3")
    assert "Lektion 3" in _page(client, course)
    assert "Lektion 3" in _page(client, lessons_of(course)[-2])

    course.audience = "Für alle, die zuhören."
    publish(course)
    assert "Für alle, die zuhören." in _page(client, course)

    lesson.body = [("text", "<p>Ein neuer Text.</p>")]
    publish(lesson)
    page = _page(client, lesson)
    assert "Ein neuer Text." in page
    assert "Ein Text zum Lernen." not in page


def test_a_lesson_preview_shows_the_draft_not_the_kept_page(client, kept, course):
    lesson = lessons_of(course)[0]
    client.force_login(UserFactory())
    _twice(client, lesson)
    draft = lesson.specific.get_latest_revision_as_object()
    draft.body = [("text", "<p>Ein Entwurf.</p>")]
    request = RequestFactory().get("/")
    request.user = UserFactory()
    preview = draft.make_preview_request(request)
    html = preview.rendered_content if hasattr(preview, "rendered_content") else ""
    assert "Ein Entwurf." in (html or preview.content.decode())
    assert "Ein Entwurf." not in _page(client, lesson)


def test_a_kept_lesson_shows_each_persons_own_notes_and_progress(client, kept, course):
    from learning.models import LessonPage

    lesson = LessonPage.objects.get(pk=lessons_of(course)[0].pk)
    prompt = next(b for b in lesson.body if b.block_type == "reflection")
    writer, other = UserFactory.create_batch(2)
    for person in (writer, other):
        services.enrolment_start(user=person, course=course)
    client.force_login(writer)
    assert "Meine eigene Notiz" not in _twice(client, lesson)
    services.reflection_save(
        user=writer, lesson=lesson, block_id=prompt.id, text="Meine eigene Notiz"
    )
    assert "Meine eigene Notiz" in _page(client, lesson)
    assert "Diese Lerneinheit ist erledigt." not in _page(client, lesson)
    services.lesson_complete(user=writer, lesson=lesson)
    assert "Diese Lerneinheit ist erledigt." in _page(client, lesson)
    client.force_login(other)
    page = _twice(client, lesson)
    assert "Meine eigene Notiz" not in page
    assert "Diese Lerneinheit ist erledigt." not in page


def test_a_returning_persons_course_page_follows_their_steps_at_once(
    client, kept, course
):
    """The person's enrolment and lessons done are kept per person (cms.memo):
    starting, a lesson done and leaving show on the next visit."""
    person = UserFactory()
    client.force_login(person)
    assert "Sie haben diesen Kurs noch nicht gestartet." in _twice(client, course)

    services.enrolment_start(user=person, course=course)
    page = _page(client, course)
    assert "Kurs verlassen" in page and "erledigt</span>" not in page

    services.lesson_complete(user=person, lesson=lessons_of(course)[0])
    assert "erledigt</span>" in _page(client, course)

    services.enrolment_leave(user=person, course=course)
    page = _page(client, course)
    assert "Kurs verlassen" not in page and "Kurs starten" in page


def test_a_kept_lesson_shows_its_image_without_asking_for_it_again(
    client, kept, course
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(title="Bild", file=get_test_image_file())
    lesson = lessons_of(course)[0]
    lesson.body = [
        ("text", "<p>Vor dem Bild.</p>"),
        ("image", {"image": image, "alt_text": "Zwei Hände", "caption": ""}),
    ]
    publish(lesson)
    client.force_login(UserFactory())
    assert 'alt="Zwei Hände"' in _twice(client, lesson)
    with CaptureQueriesContext(connection) as queries:
        page = _page(client, lesson)
    assert 'alt="Zwei Hände"' in page and "Vor dem Bild." in page
    assert not [q for q in queries if "wagtailimages" in q["sql"]]
    # Another image in its place shows at once.
    other = get_image_model().objects.create(title="Neu", file=get_test_image_file())
    lesson.body = [("image", {"image": other, "alt_text": "Ein Baum", "caption": ""})]
    publish(lesson)
    page = _page(client, lesson)
    assert 'alt="Ein Baum"' in page and 'alt="Zwei Hände"' not in page
