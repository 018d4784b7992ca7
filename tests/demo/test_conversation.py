"""The demo's conversation with an ambassador: both sides see it in their
inbox, one answer unread; a second run adds nothing."""

import pytest

from demo import network as demo_network
from demo.site import seed_site
from network import selectors
from network.models import Conversation, ConversationMessage

pytestmark = pytest.mark.django_db


def test_demo_conversation_is_seeded_once_and_shows_in_both_inboxes():
    for _run in range(2):
        seed_site()
        demo_network.seed_ambassadors()
        demo_network.seed_conversation()
    conversation = Conversation.objects.get()
    assert conversation.ambassador.email == demo_network.CONVERSATION_AMBASSADOR
    assert conversation.sender.email == demo_network.CONVERSATION_SENDER
    assert ConversationMessage.objects.count() == len(demo_network.CONVERSATION)
    assert ConversationMessage.objects.filter(sent_at__isnull=True).count() == 0
    assert selectors.unread_total(conversation.sender) == 1
    assert selectors.unread_total(conversation.ambassador) == 0
    for user in (conversation.sender, conversation.ambassador):
        page = selectors.inbox_page(user=user, number=None)
        assert [item.conversation for item in page.object_list] == [conversation]
