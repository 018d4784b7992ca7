"""A participant evaluates a training; its trainer reads the results; a
coordinator reads two report charts. Each page at 320 px and 1280 px, axe-clean."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests.browser.conftest import ARTIFACTS, login

WIDTHS = {"320": 320, "1280": 1280}


@pytest.fixture
def shoot_narrow(page):
    def _shoot(name: str) -> None:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        for label, width in WIDTHS.items():
            page.set_viewport_size({"width": width, "height": 900})
            page.screenshot(path=str(ARTIFACTS / f"{name}-{label}.png"), full_page=True)
            # Nothing sticks out sideways at this width.
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - window.innerWidth"
            )
            assert overflow <= 1, f"{name} at {width} px is {overflow} px too wide"
        page.set_viewport_size({"width": 1280, "height": 900})

    return _shoot


@pytest.fixture
def evaluated(site):
    from cms import questionnaires as q
    from demo.content.evaluations import QUESTIONNAIRES
    from demo.evaluations import _questionnaire
    from demo.pages import ensure_home_page
    from events import services
    from events.models import Attendance, Booking, EventIndexPage
    from tests.events.conftest import build_event
    from tests.factories import UserFactory

    calendar = ensure_home_page().add_child(
        instance=EventIndexPage(title="Schulungen", slug="termine")
    )
    trainer = site["trainerin@example.org"]
    start = timezone.now() - timedelta(days=2)
    event = build_event(
        calendar,
        title="Einsamkeit im Quartier begegnen",
        start=start,
        trainers=[trainer],
    )
    _questionnaire(QUESTIONNAIRES[1])
    event.evaluation_questionnaire = _questionnaire(QUESTIONNAIRES[1])
    event.save()
    people = [*UserFactory.create_batch(6), site["ansprechperson@example.org"]]
    for person in people:
        booking = Booking.objects.create(
            event=event, user=person, status=Booking.Status.CONFIRMED
        )
        Attendance.objects.create(
            booking=booking,
            session=event.sessions.first(),
            state=Attendance.State.ATTENDED,
        )
    survey = services.evaluation_open(event=event)
    texts = [
        "Mehr Zeit für Übungen in kleinen Gruppen.",
        "Die Beispiele aus dem Stadtteil haben geholfen.",
        "Unterlagen vorher schicken, bitte.",
        "Gute Mischung aus Input und Austausch.",
        "Gerne eine Fortsetzung.",
        "Die Pausen waren zu kurz.",
    ]
    for index, person in enumerate(people[:6]):
        data = {}
        for question in survey.questions:
            if question["kind"] == "scale":
                data[question["key"]] = str(2 + (index + len(data)) % 4)
            elif question["kind"] == "single":
                data[question["key"]] = str(index % 2)
            elif question["kind"] == "multiple":
                data[question["key"]] = [str(index % 4), "1"]
            else:
                data[question["key"]] = texts[index]
        q.submit(survey=survey, user=person, data=data)
    return event


def test_evaluation_form_results_and_reports(
    evaluated, live_server, page, axe_check, shoot_narrow
):
    from demo.content.site import DEMO_PASSWORD

    url = f"{live_server.url}{evaluated.url}bewertung/"
    login(page, live_server, "ansprechperson@example.org", DEMO_PASSWORD)
    page.goto(url)
    expect(page.get_by_role("heading", name="Schulung bewerten")).to_be_visible()
    axe_check()
    shoot_narrow("bewertung-formular")
    page.get_by_role("button", name="Antworten absenden").click()
    expect(page.locator(".form-errors")).to_contain_text("Bitte prüfen")
    axe_check()
    for group in page.locator("main fieldset").all()[:2]:
        group.get_by_role("radio").nth(3).check()
    page.get_by_role("button", name="Antworten absenden").click()
    expect(page.get_by_text("Ihre Antworten sind anonym gespeichert")).to_be_visible()
    page.goto(url)
    expect(page.locator("main")).to_contain_text("schon beantwortet")

    page.context.clear_cookies()
    login(page, live_server, "trainerin@example.org", DEMO_PASSWORD)
    page.goto(f"{url}ergebnisse/")
    expect(page.locator("main")).to_contain_text("7 Antworten")
    expect(page.locator("main svg.chart").first).to_be_visible()
    axe_check()
    shoot_narrow("bewertung-ergebnisse")

    page.context.clear_cookies()
    login(page, live_server, "koordination@example.org", DEMO_PASSWORD)
    for key in ("bewertungen", "auslastung"):
        page.goto(f"{live_server.url}/admin/auswertungen/{key}/")
        expect(page.locator("main svg.chart").first).to_be_visible()
        axe_check()
        shoot_narrow(f"auswertung-{key}")
