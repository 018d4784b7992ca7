"""Training request pages: forms, bad input, permissions, query budgets."""

import pytest

from network.models import Support, TrainingRequest, network_url
from tests.budgets import PAGE_ROUTE_QUERIES
from tests.factories import UserFactory
from tests.network.conftest import network_path

pytestmark = pytest.mark.django_db

LIST_URL = network_path("request_list")
CREATE_URL = network_path("request_create")


def _form(district, overrides=None):
    return {
        "title": "Gespräche mit Trauernden",
        "description": "Wir brauchen Sicherheit.",
        "format": "online",
        "district": district.pk,
        "dimension": "verstehbarkeit",
        **(overrides or {}),
    }


def _messages(response) -> list[str]:
    return [str(m) for m in response.context["messages"]]


def test_contact_person_proposes_a_training(client, contact_person, district):
    client.force_login(contact_person)
    response = client.post(CREATE_URL, _form(district))
    request = TrainingRequest.objects.get()
    assert response.status_code == 302
    assert response.url == request.get_absolute_url()
    assert request.author == contact_person
    assert request.support_count == 1


def test_anonymous_visitors_must_log_in_to_propose(client, district):
    response = client.post(CREATE_URL, _form(district))
    assert response.status_code == 302
    assert "/konto/login/" in response.url
    assert not TrainingRequest.objects.exists()


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"description": "x" * 5000}, "höchstens 2000 Zeichen"),
        ({"title": "T" * 500}, "höchstens 120 Zeichen"),
        ({"title": "Böse\u202eTitel"}, "nur sichtbare Zeichen"),
        ({"district": 999999}, "Diesen Stadtteil gibt es nicht"),
        ({"district": "styrum'--"}, "Diesen Stadtteil gibt es nicht"),
        ({"format": "telepathie"}, "keine gültige Auswahl"),
    ],
)
def test_bad_input_changes_nothing(
    client, contact_person, district, overrides, expected
):
    client.force_login(contact_person)
    response = client.post(CREATE_URL, _form(district, overrides))
    assert response.status_code == 200
    assert expected in response.content.decode()
    assert not TrainingRequest.objects.exists()


def test_script_in_a_request_is_shown_as_text(client, contact_person, district):
    client.force_login(contact_person)
    client.post(
        CREATE_URL,
        _form(district, {"description": '<script>alert("x")</script><b>fett</b>'}),
    )
    request = TrainingRequest.objects.get()
    html = client.get(request.get_absolute_url()).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert" in html
    assert "&lt;b&gt;fett" in html


def test_supporting_twice_and_closed_requests_answer_with_a_message(
    client, make_request, contact_person, other_person, coordinator
):
    request = make_request(contact_person)
    url = network_url("request_support", request.pk)
    client.force_login(other_person)
    client.post(url)
    response = client.post(url, follow=True)
    assert response.status_code == 200
    assert "Sie unterstützen diesen Wunsch bereits." in _messages(response)
    assert Support.objects.filter(request=request).count() == 2

    request.status = TrainingRequest.Status.DECLINED
    request.save()
    response = client.post(network_url("request_withdraw", request.pk), follow=True)
    assert any("nicht mehr offen" in m for m in _messages(response))
    assert Support.objects.filter(request=request).count() == 2


def test_support_of_an_unknown_request_is_404(client, other_person):
    client.force_login(other_person)
    response = client.post(network_url("request_support", 424242))
    assert response.status_code == 404


def test_support_needs_post(client, make_request, contact_person, other_person):
    request = make_request(contact_person)
    client.force_login(other_person)
    response = client.get(network_url("request_support", request.pk))
    assert response.status_code == 405


@pytest.mark.parametrize(
    "action", ["antworten", "planen", "ablehnen", "zusammenfuehren"]
)
@pytest.mark.parametrize("role", ["anonymous", "contact", "trainer"])
def test_coordination_is_404_for_everyone_else(
    client, make_request, contact_person, trainer, action, role
):
    request = make_request(contact_person)
    if role == "contact":
        client.force_login(contact_person)
    elif role == "trainer":
        client.force_login(trainer)
    response = client.post(
        network_url("request_coordinate", request.pk, action),
        {f"{action}-answer": "x", f"{action}-reason": "x"},
    )
    assert response.status_code in (302, 404)
    if role != "anonymous":
        assert response.status_code == 404
    request.refresh_from_db()
    assert request.status == TrainingRequest.Status.OPEN
    assert request.public_answer == ""


def test_coordinator_answers_plans_and_declines_on_the_page(
    client, make_request, contact_person, coordinator, training
):
    request = make_request(contact_person)
    client.force_login(coordinator)
    detail = client.get(request.get_absolute_url())
    assert "Für die Koordination" in detail.content.decode()

    url = network_url("request_coordinate", request.pk, "planen")
    client.post(url, {"planen-answer": "Im Mai.", "planen-training": training.pk})
    request.refresh_from_db()
    assert request.status == TrainingRequest.Status.PLANNED
    assert request.training == training
    assert request.public_answer == "Im Mai."

    url = network_url("request_coordinate", request.pk, "ablehnen")
    response = client.post(url, {"ablehnen-reason": ""}, follow=True)
    assert response.status_code == 200
    request.refresh_from_db()
    assert request.status == TrainingRequest.Status.PLANNED
    client.post(url, {"ablehnen-reason": "Passt nicht."})
    request.refresh_from_db()
    assert request.status == TrainingRequest.Status.DECLINED


def test_list_is_ranked_by_support(client, make_request, contact_person):
    few = make_request(contact_person, title="Wenig")
    many = make_request(contact_person, title="Viel")
    for user in UserFactory.create_batch(3):
        Support.objects.create(request=many, user=user)
    TrainingRequest.objects.filter(pk=many.pk).update(support_count=4)
    html = client.get(LIST_URL).content.decode()
    assert html.index("Viel") < html.index("Wenig")
    assert few.title in html


def test_unknown_district_filter_warns_and_shows_all(
    client, make_request, contact_person
):
    make_request(contact_person)
    response = client.get(LIST_URL, {"stadtteil": "atlantis"})
    assert response.status_code == 200
    assert any("Diesen Stadtteil gibt es nicht" in m for m in _messages(response))
    assert "Gespräche mit Trauernden" in response.content.decode()


def _fill(make_request, author, requests: int, supporters: int) -> None:
    users = UserFactory.create_batch(supporters)
    for n in range(requests):
        request = make_request(author, title=f"Wunsch {n}")
        Support.objects.bulk_create(
            [Support(request=request, user=user) for user in users]
        )
        TrainingRequest.objects.filter(pk=request.pk).update(
            support_count=supporters + 1
        )


@pytest.mark.parametrize(("requests", "supporters"), [(2, 1), (25, 200)])
def test_list_query_budget_stays_flat(
    client,
    make_request,
    contact_person,
    requests,
    supporters,
    django_assert_max_num_queries,
):
    _fill(make_request, contact_person, requests, supporters)
    client.force_login(contact_person)
    with django_assert_max_num_queries(16 + PAGE_ROUTE_QUERIES):
        response = client.get(LIST_URL)
    assert response.status_code == 200


@pytest.mark.parametrize("supporters", [1, 200])
def test_detail_query_budget_stays_flat(
    client, make_request, contact_person, supporters, django_assert_max_num_queries
):
    _fill(make_request, contact_person, 1, supporters)
    request = TrainingRequest.objects.get()
    client.force_login(contact_person)
    with django_assert_max_num_queries(14 + PAGE_ROUTE_QUERIES):
        response = client.get(request.get_absolute_url())
    assert response.status_code == 200


HUGE_ID = "9" * 30


def test_impossible_ids_are_refused_not_crashing(
    client, make_request, contact_person, coordinator, district
):
    request = make_request(contact_person)
    client.force_login(coordinator)
    for action, field in (("planen", "training"), ("zusammenfuehren", "into")):
        response = client.post(
            network_url("request_coordinate", request.pk, action),
            {f"{action}-{field}": HUGE_ID},
            follow=True,
        )
        assert response.status_code == 200
    request.refresh_from_db()
    assert request.status == TrainingRequest.Status.OPEN
    response = client.post(CREATE_URL, _form(district, {"district": HUGE_ID}))
    assert "Diesen Stadtteil gibt es nicht" in response.content.decode()
    response = client.post(
        network_url("ambassador_settings"),
        {"display_name": "K.", "district": district.pk, "topics": [HUGE_ID]},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["topics"]
    for url in (
        network_url("request_detail", HUGE_ID),
        network_url("ambassador_message", HUGE_ID),
    ):
        assert client.get(url).status_code in (302, 404)


def test_a_kept_list_shows_each_person_their_own_support_and_follows_changes(
    client, make_request, contact_person, other_person, settings
):
    settings.MEMO_FRAGMENTS = True
    wish = make_request(contact_person, title="Gespräche mit Trauernden")
    client.cookies["csrftoken"] = "A" * 32  # as a browser that has one
    client.force_login(other_person)
    assert "Unterstützen<" in client.get(LIST_URL).content.decode()
    client.post(network_url("request_support", pk=wish.pk), {"zurueck": "liste"})
    page = client.get(LIST_URL).content.decode()
    assert "Unterstützung zurückziehen" in page
    assert "2 Unterstützungen" in page
    client.force_login(contact_person)
    page = client.get(LIST_URL).content.decode()
    assert "Unterstützung zurückziehen" in page  # their own wish counts as theirs
    make_request(other_person, title="Umgang mit Wut")
    assert "Umgang mit Wut" in client.get(LIST_URL).content.decode()
    # The warning about a wrong filter comes on every visit, kept or not.
    for _visit in range(2):
        response = client.get(LIST_URL, {"stadtteil": "atlantis"})
        assert any("Diesen Stadtteil gibt es nicht" in m for m in _messages(response))
