"""Relayed messages from before the inbox become conversations of their two
people, already delivered and read, so nobody is mailed or badged again."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE_INBOX = [("network", "0004_merge_taxonomy_and_network_index_page")]


def _migrate(targets):
    MigrationExecutor(connection).migrate(targets)
    return MigrationExecutor(connection).loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_relayed_messages_become_conversations():
    from network.models import Conversation
    from tests.factories import UserFactory

    anna, bernd, carla = UserFactory.create_batch(3)
    old = _migrate(BEFORE_INBOX)
    Message = old.get_model("network", "AmbassadorMessage")
    first = Message.objects.create(sender_id=anna.pk, recipient_id=bernd.pk, body="1")
    answer = Message.objects.create(
        sender_id=bernd.pk, recipient_id=anna.pk, reply_to=first, body="2"
    )
    Message.objects.create(
        sender_id=anna.pk, recipient_id=bernd.pk, reply_to=answer, body="3"
    )
    Message.objects.create(sender_id=carla.pk, recipient_id=bernd.pk, body="4")

    _migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
    ours = Conversation.objects.get(sender=anna)
    assert ours.ambassador_id == bernd.pk
    assert [(m.body, m.from_ambassador) for m in ours.messages.all()] == [
        ("1", False),
        ("2", True),
        ("3", False),
    ]
    assert all(m.sent_at for m in ours.messages.all())
    assert ours.confirmed_at is not None
    assert (ours.ambassador_unread, ours.sender_unread) == (0, 0)
    assert Conversation.objects.get(sender=carla).messages.count() == 1
