"""A course can carry a summary in Leichte Sprache, shown in its own marked section."""

from tests.learning.conftest import make_course


def test_course_shows_its_easy_language_summary_marked_as_german(client, catalogue):
    course = make_course(
        catalogue,
        easy_language_summary="<p>In diesem Kurs geht es um Krisen.</p>",
        lessons=1,
        quiz=False,
    )
    html = client.get(course.url).content.decode()
    assert '<section class="easy-language" lang="de"' in html
    assert ">Leichte Sprache</h2>" in html
    assert "In diesem Kurs geht es um Krisen." in html


def test_course_without_summary_has_no_empty_section(client, catalogue):
    course = make_course(catalogue, lessons=1, quiz=False)
    assert "easy-language" not in client.get(course.url).content.decode()
