"""Support counts stay right when many people click at once (PostgreSQL)."""

from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection, connections

from network import services
from network.models import Support, TrainingRequest
from network.services import NetworkError
from tests.factories import UserFactory

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="Zeilensperren braucht PostgreSQL."
    ),
]


@pytest.mark.django_db(transaction=True)
def test_simultaneous_support_and_double_clicks_keep_the_count(make_request):
    author, *people = UserFactory.create_batch(9)
    request = make_request(author)

    def click(user):
        try:
            services.training_request_support(request=request, user=user)
            return "ok"
        except NetworkError as error:
            return error.code
        finally:
            connections.close_all()

    # Every person clicks twice at the same moment.
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(click, people + people))

    request.refresh_from_db()
    assert results.count("ok") == len(people)
    assert results.count("already_supported") == len(people)
    assert Support.objects.filter(request=request).count() == len(people) + 1
    assert request.support_count == len(people) + 1
    assert TrainingRequest.objects.count() == 1
