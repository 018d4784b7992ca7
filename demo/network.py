"""Demo content of the network: directory, ambassadors, requests, reports."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from cms.i18n import in_default_locale
from cms.models import District, Language, Topic, User
from demo.content.network import (
    AMBASSADORS,
    DIRECTORY_ENTRIES,
    SITUATION_REPORTS,
    TRAINING_REQUESTS,
)
from demo.pages import ensure_home_page, index_page, publish
from network.models import (
    AmbassadorProfile,
    DirectoryEntry,
    NetworkIndexPage,
    NewsIndexPage,
    ReportPage,
    Support,
    TrainingRequest,
)

NEWS_INTRO = (
    "<p>Lageberichte und Nachrichten aus dem Netzwerk. Die Lageberichte entstanden "
    "in der Pandemie für den Krisenstab der Stadt und beschreiben, was die "
    "Ansprechpersonen in den Stadtteilen beobachten.</p>"
)


def _topics(names: list[str]) -> list[Topic]:
    return [
        in_default_locale(Topic.objects).get_or_create(name=name)[0] for name in names
    ]


def _languages(names: list[str]) -> list[Language]:
    return [Language.objects.get_or_create(name=name)[0] for name in names]


def _districts(names: list[str]) -> list[District]:
    return list(District.objects.filter(name__in=names))


def seed_directory() -> int:
    for data in DIRECTORY_ENTRIES:
        entry, _created = in_default_locale(DirectoryEntry.objects).update_or_create(
            name=data["name"],
            defaults={
                "kind": data["kind"],
                "description": data["description"],
                "how_to_reach": data["how_to_reach"],
                "accessibility": data["accessibility"],
                "opening_hours": data["opening_hours"],
                "phone": data["phone"],
                "street": data["street"],
                "postcode": data["postcode"],
                "website": data["website"],
                "is_crisis_service": data["crisis"],
                "is_demo": True,
            },
        )
        entry.districts.set(_districts(data["districts"]))
        entry.topics.set(_topics(data["topics"]))
        entry.languages.set(_languages(data["languages"]))
    return len(DIRECTORY_ENTRIES)


def seed_ambassadors() -> int:
    for data in AMBASSADORS:
        user = User.objects.filter(email=data["email"]).first()
        if user is None:
            continue
        profile, _created = AmbassadorProfile.objects.update_or_create(
            user=user,
            defaults={
                "display_name": data["display_name"],
                "district": District.objects.get(name=data["district"]),
                "about": data["about"],
            },
        )
        profile.topics.set(_topics(data["topics"]))
        profile.languages.set(_languages(data["languages"]))
    return len(AMBASSADORS)


# A conversation of a contact person with an ambassador, as both see it in
# their inbox; the last answer is still unread for the contact person.
CONVERSATION_SENDER = "ansprechperson@example.org"
CONVERSATION_AMBASSADOR = "helga@example.org"
CONVERSATION = (
    (
        False,
        3,
        "Guten Tag, Frau B., eine ältere Nachbarin bei uns im Haus ist seit dem "
        "Tod ihres Mannes sehr allein. Haben Sie einen Tipp, wie ich sie "
        "ansprechen kann?",
    ),
    (
        True,
        2,
        "Guten Tag! Fragen Sie ruhig direkt, ob sie Lust auf einen Kaffee hat. "
        "Im Seniorentreff Styrum gibt es donnerstags ein Trauercafé; ich bin "
        "dort meistens ab 15 Uhr.",
    ),
    (False, 1, "Danke, das probiere ich. Darf ich sie einfach mitbringen?"),
    (True, 0, "Sehr gern. Ich freue mich auf Sie beide."),
)


def seed_conversation() -> int:
    """One conversation on the site; a second run adds nothing."""
    from datetime import timedelta

    from django.utils import timezone

    from network.models import Conversation, ConversationMessage

    sender = User.objects.filter(email=CONVERSATION_SENDER).first()
    ambassador = User.objects.filter(email=CONVERSATION_AMBASSADOR).first()
    if sender is None or ambassador is None:
        return 0
    now = timezone.now()
    conversation, created = Conversation.objects.get_or_create(
        ambassador=ambassador,
        sender=sender,
        defaults={"confirmed_at": now - timedelta(days=3)},
    )
    if created or not conversation.messages.exists():
        ConversationMessage.objects.bulk_create(
            [
                ConversationMessage(
                    conversation=conversation,
                    from_ambassador=from_ambassador,
                    body=body,
                    created_at=now - timedelta(days=days_ago, hours=1),
                    # Demo messages were never mailed and never will be.
                    sent_at=now - timedelta(days=days_ago, hours=1),
                )
                for from_ambassador, days_ago, body in CONVERSATION
            ]
        )
        last = now - timedelta(hours=1)
        Conversation.objects.filter(pk=conversation.pk).update(
            created_at=now - timedelta(days=3, hours=1),
            last_message_at=last,
            ambassador_read_at=last,
            sender_read_at=now - timedelta(days=1),
            sender_unread=1,
        )
    from network.services import unread_totals_update

    unread_totals_update(sender.pk, ambassador.pk)
    return 1


def seed_requests() -> int:
    users = {user.email: user for user in User.objects.all()}
    for age, data in enumerate(TRAINING_REQUESTS):
        values = {
            "description": data["description"],
            "format": data["format"],
            "district": District.objects.get(name=data["district"]),
            "dimension": data["dimension"],
            "author": users.get(data["author"]),
            "status": data["status"],
            "public_answer": data["answer"] or "",
        }
        # The dates are set once, so a second run moves nothing.
        request, _created = TrainingRequest.objects.update_or_create(
            title=data["title"],
            defaults=values,
            create_defaults={
                **values,
                "answered_at": timezone.now() if data["answer"] else None,
                "created_at": timezone.now() - timedelta(days=30 - 3 * age),
            },
        )
        for email in [data["author"], *data["supporters"]]:
            if email in users:
                Support.objects.get_or_create(request=request, user=users[email])
        request.support_count = request.supports.count()
        request.save(update_fields=["support_count"])
    return len(TRAINING_REQUESTS)


def seed_network_page() -> None:
    """The network's page: directory, ambassadors and requests are its routes."""
    if NetworkIndexPage.objects.exists():
        return
    home = ensure_home_page()
    page = home.add_child(instance=NetworkIndexPage(title="Netzwerk", slug="netzwerk"))
    publish(page)


def seed_reports() -> int:
    index = index_page(
        NewsIndexPage,
        title="Aktuelles",
        slug="aktuelles",
        intro=NEWS_INTRO,
        sections=("reports", "requests"),
    )
    for data in SITUATION_REPORTS:
        report = ReportPage.objects.filter(number=data["number"]).first()
        fields = {
            "title": data["title"],
            "date": timezone.localdate() - timedelta(days=data["days_ago"]),
            "summary": data["summary"],
            "body": data["body"],
            "dimension": data["dimension"],
        }
        if report is None:
            report = index.add_child(
                instance=ReportPage(
                    number=data["number"],
                    slug=f"lagebericht-{data['number']}",
                    **fields,
                )
            )
        for name, value in fields.items():
            setattr(report, name, value)
        report.topics.set(_topics(data["topics"]))
        publish(report)
    return len(SITUATION_REPORTS)


@transaction.atomic
def seed(*, stdout) -> None:
    seed_network_page()
    entries = seed_directory()
    ambassadors = seed_ambassadors()
    seed_conversation()
    requests = seed_requests()
    reports = seed_reports()
    stdout.write(
        f"Netzwerk: {entries} Verzeichniseinträge, {ambassadors} Botschafter:innen, "
        f"{requests} Schulungswünsche, {reports} Lageberichte."
    )
