"""Editors cannot save a broken quiz, video or image, or a course tree."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.models import GroupPagePermission

from cms import roles
from learning.blocks import LessonStreamBlock, QuestionBlock, VideoBlock
from learning.models import CourseIndexPage, CoursePage, LessonPage

pytestmark = pytest.mark.django_db


def question(*correct: bool, multiple: bool = False):
    block = QuestionBlock()
    return block, block.to_python(
        {
            "text": "Frage?",
            "multiple": multiple,
            "answers": [
                {"text": f"Antwort {i}", "correct": c, "feedback": ""}
                for i, c in enumerate(correct)
            ],
        }
    )


@pytest.mark.parametrize(
    ("correct", "multiple", "valid"),
    [
        ((True, False), False, True),
        ((False, False), False, False),
        ((True, True), False, False),
        ((True, True, False), True, True),
    ],
)
def test_question_needs_the_right_number_of_correct_answers(correct, multiple, valid):
    block, value = question(*correct, multiple=multiple)
    if valid:
        block.clean(value)
    else:
        with pytest.raises(StructBlockValidationError):
            block.clean(value)


def test_video_needs_an_address_or_a_file():
    block = VideoBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"title": "Film", "url": "", "file": None}))
    block.clean(
        block.to_python({"title": "Film", "url": "https://video.example.org/1"})
    )


def test_image_needs_alt_text_or_decorative(home_page):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(title="Bild", file=get_test_image_file())
    stream = LessonStreamBlock()
    value = stream.to_python(
        [{"type": "image", "value": {"image": image.pk, "alt_text": "", "caption": ""}}]
    )
    with pytest.raises(StreamBlockValidationError):
        stream.clean(value)


def test_only_one_quiz_per_lesson():
    quiz = {
        "title": "Quiz",
        "pass_mark": 70,
        "questions": [
            {
                "text": "Frage?",
                "multiple": False,
                "answers": [
                    {"text": "Ja", "correct": True, "feedback": ""},
                    {"text": "Nein", "correct": False, "feedback": ""},
                ],
            }
        ],
    }
    stream = LessonStreamBlock()
    value = stream.to_python(
        [{"type": "quiz", "value": quiz}, {"type": "quiz", "value": quiz}]
    )
    with pytest.raises(StreamBlockValidationError):
        stream.clean(value)


def test_cover_image_needs_alt_text(home_page):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(title="Bild", file=get_test_image_file())
    course = CoursePage(title="Kurs", slug="kurs", cover_image=image)
    with pytest.raises(ValidationError):
        course.clean()
    course.cover_image_decorative = True
    course.clean()


def test_page_types_keep_the_tree_sound():
    assert CourseIndexPage.allowed_subpage_models() == [CoursePage]
    assert CoursePage.allowed_subpage_models() == [LessonPage]
    assert LessonPage.allowed_subpage_models() == []
    assert [m.__name__ for m in LessonPage.allowed_parent_page_models()] == [
        "CoursePage"
    ]


def test_publishing_a_catalogue_lets_trainers_add_courses(home_page):
    index = home_page.add_child(instance=CourseIndexPage(title="Kurse", slug="kurse"))
    index.save_revision().publish()
    assert GroupPagePermission.objects.filter(
        group__name=roles.TRAINERS, page=index, permission__codename="add_page"
    ).exists()


def test_quiz_feedback_is_not_searchable():
    from tests.learning.conftest import QUIZ

    stream = LessonStreamBlock()
    value = stream.to_python([{"type": "quiz", "value": QUIZ}])
    content = " ".join(stream.get_searchable_content(value))
    assert "Was stärkt Menschen?" in content and "Verstehen" in content
    assert "Leider nein." not in content and "Richtig." not in content
