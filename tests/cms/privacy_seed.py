"""Give a person one record of every kind the personal-data registry exports."""

import secrets
from dataclasses import dataclass
from datetime import timedelta

from allauth.mfa.models import Authenticator
from django.contrib.sessions.backends.db import SessionStore
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.images.models import Image
from wagtail.log_actions import log
from wagtail.models import Comment, CommentReply, PageSubscription
from wagtail.users.models import UserProfile

from cms.models import AccessibilityFeedback, DataExport, Outbox, SentMail, StandardPage
from events.models import (
    Attendance,
    Booking,
    BookingAnswer,
    CalendarFeed,
    EventSession,
    TrainerMessage,
)
from exchange.models import (
    Forum,
    Membership,
    ModerationPreference,
    Notification,
    NotificationPreference,
    Post,
    ReadState,
    Report,
    Subscription,
    Thread,
)
from learning.models import (
    Certificate,
    Enrolment,
    LessonProgress,
    PathMembership,
    QualificationPath,
    QuizAttempt,
    ReflectionNote,
)
from network.models import (
    AmbassadorProfile,
    Conversation,
    ConversationMessage,
    ReportSubscription,
    Support,
    TrainingRequest,
)
from tests.events.conftest import build_event
from tests.factories import DistrictFactory
from tests.learning.conftest import lessons_of, make_course

GIF = (
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00"
    b"\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
)


@dataclass
class World:
    """What several people share: a course, trainings, a group, a request."""

    catalogue: object
    calendar: object
    course: object
    past_training: object
    future_training: object
    group: object
    third_thread: object
    third_post: object
    page: object
    ambassador: object


def build_world(*, home_page, trainer, coordinator) -> World:
    from cms.models import HomePage  # noqa: F401  (home_page fixture gives it)
    from events.models import EventIndexPage
    from learning.models import CourseIndexPage

    catalogue = home_page.add_child(instance=CourseIndexPage(title="Kurse"))
    catalogue.save_revision().publish()
    calendar = home_page.add_child(instance=EventIndexPage(title="Schulungen"))
    calendar.save_revision().publish()
    course = make_course(catalogue, "Krisen verstehen", lessons=1, quiz=True)
    now = timezone.now()
    past = build_event(
        calendar, title="Vergangene Schulung", start=now - timedelta(days=3)
    )
    future = build_event(
        calendar,
        title="Kommende Schulung",
        start=now + timedelta(days=10),
        capacity=1,
        waiting_list_enabled=True,
    )
    group = Forum.objects.create(
        kind=Forum.Kind.GROUP,
        title="Nachbarschaft",
        slug="nachbarschaft",
        status=Forum.Status.APPROVED,
        founder=coordinator,
        last_activity_at=now,
    )
    third_thread = Thread.objects.create(
        forum=group, title="Erfahrungen", author=trainer, last_post_at=now
    )
    third_post = Post.objects.create(
        thread=third_thread, author=trainer, body="Ein Beitrag."
    )
    page = home_page.add_child(instance=StandardPage(title="Über uns"))
    ambassador = AmbassadorProfile.objects.create(
        user=trainer,
        display_name="Tanja",
        about="Ich helfe gern.",
        district=DistrictFactory(name="Styrum"),
    )
    return World(
        catalogue=catalogue,
        calendar=calendar,
        course=course,
        past_training=past,
        future_training=future,
        group=group,
        third_thread=third_thread,
        third_post=third_post,
        page=page,
        ambassador=ambassador,
    )


def seed_person(person, world: World, *, coordinator, tag: str) -> dict:
    """Create one record of every exported kind for ``person``; ``tag`` marks texts."""
    now = timezone.now()
    lesson = lessons_of(world.course)[0]
    # cms, Django, Wagtail, allauth
    log(instance=person, action="account.signup", user=coordinator)
    DataExport.objects.create(user=person, secret=secrets.token_urlsafe(32))
    Authenticator.objects.create(user=person, type="totp", data={"secret": tag})
    session = SessionStore()
    session["_auth_user_id"] = str(person.pk)
    session.create()
    log(instance=person, action="wagtail.edit", user=coordinator)
    owned = world.page.add_child(
        instance=StandardPage(title=f"Seite {tag}", owner=person)
    )
    owned.save_revision(user=person)
    log(instance=owned, action="wagtail.edit", user=person)
    comment = Comment.objects.create(
        page=world.page, user=person, text=f"Kommentar {tag}", contentpath="title"
    )
    CommentReply.objects.create(comment=comment, user=person, text=f"Antwort {tag}")
    PageSubscription.objects.create(
        user=person, page=world.page, comment_notifications=True
    )
    UserProfile.get_for_user(person)
    Image.objects.create(
        title=f"Bild {tag}",
        file=ContentFile(GIF, name=f"bild-{tag}.gif"),
        width=1,
        height=1,
        uploaded_by_user=person,
    )
    from wagtail.documents.models import Document

    Document.objects.create(
        title=f"Dokument {tag}",
        file=ContentFile(b"Text", name=f"dokument-{tag}.txt"),
        uploaded_by_user=person,
    )
    # learning
    world.course.trainers.add(person)
    world.course.save()
    Enrolment.objects.create(user=person, course=world.course)
    LessonProgress.objects.create(
        user=person,
        course=world.course,
        lesson=lesson,
        lesson_title=lesson.title,
        dimension=lesson.dimension,
        completed_at=now,
    )
    QuizAttempt.objects.create(
        user=person,
        course=world.course,
        lesson=lesson,
        answers={"q": [tag]},
        score=100,
        pass_mark=100,
        passed=True,
    )
    ReflectionNote.objects.create(
        user=person,
        course=world.course,
        lesson=lesson,
        block_id=tag,
        lesson_title=lesson.title,
        prompt="Was hat Ihnen geholfen?",
        text=f"Notiz {tag}: mir geht es nicht gut",
    )
    certificate = Certificate.objects.create(
        user=person,
        course=world.course,
        code=f"CODE{tag}".upper(),
        holder_name=f"{person.first_name} {person.last_name}".strip(),
        course_title=world.course.title,
        issued_at=now,
        pdf=ContentFile(b"%PDF-1.4", name=f"bescheinigung-{tag}.pdf"),
    )
    # events
    world.past_training.trainers.add(person)
    world.past_training.save()
    past_booking = Booking.objects.create(
        event=world.past_training,
        user=person,
        status=Booking.Status.CONFIRMED,
        confirmed_at=now - timedelta(days=4),
    )
    BookingAnswer.objects.create(
        booking=past_booking,
        question_key="ernaehrung",
        question_label="Ernährung",
        value=f"vegetarisch {tag}",
    )
    Attendance.objects.create(
        booking=past_booking,
        session=EventSession.objects.filter(event=world.past_training).first(),
        state=Attendance.State.ATTENDED,
        recorded_by=coordinator,
    )
    TrainerMessage.objects.create(
        event=world.past_training,
        author=person,
        subject=f"Betreff {tag}",
        body=f"Viele Grüße, {person.display_name}",
    )
    SentMail.objects.create(kind="test", object_key=tag, recipient=person)
    Outbox.objects.create(
        kind="test", key=tag, payload={"args": [person.email]}, recipient=person
    )
    CalendarFeed.objects.create(user=person, name=f"Kalender {tag}", token_hash=tag)
    # the evaluation of the past training: asked, answered anonymously
    from cms import questionnaires

    survey, _ = questionnaires.Survey.objects.get_or_create(
        subject="events.eventpage",
        object_id=world.past_training.pk,
        defaults={"title": world.past_training.title},
    )
    questionnaires.Invitation.objects.create(survey=survey, user=person, answered=True)
    # exchange
    Membership.objects.create(forum=world.group, user=person)
    thread = Thread.objects.create(
        forum=world.group, title=f"Thema {tag}", author=person, last_post_at=now
    )
    post = Post.objects.create(thread=thread, author=person, body=f"Beitrag {tag}")
    Post.objects.create(thread=world.third_thread, author=person, body=f"Antwort {tag}")
    Report.objects.create(
        post=world.third_post, reporter=person, reason=f"Meldung {tag}"
    )
    Subscription.objects.create(user=person, thread=thread)
    NotificationPreference.objects.create(user=person, frequency="daily")
    ModerationPreference.objects.create(user=person, frequency="daily")
    PathMembership.objects.create(
        user=person,
        path=QualificationPath.objects.create(title=f"Pfad {tag}", slug=f"pfad-{tag}"),
    )
    Notification.objects.create(
        recipient=person, kind="reply", forum=world.group, post=world.third_post
    )
    ReadState.objects.create(user=person, thread=world.third_thread, last_read_at=now)
    Forum.objects.create(
        kind=Forum.Kind.GROUP,
        title=f"Gruppe {tag}",
        slug=f"gruppe-{tag}",
        founder=person,
        last_activity_at=now,
    )
    # network
    AmbassadorProfile.objects.create(
        user=person,
        display_name=person.display_name,
        about=f"Über mich {tag}",
        district=DistrictFactory(name="Styrum"),
    )
    conversation = Conversation.objects.create(
        ambassador=world.ambassador.user, sender=person, confirmed_at=now
    )
    ConversationMessage.objects.create(
        conversation=conversation, body=f"Nachricht {tag}"
    )
    # Written before the person had an account, from the same address.
    visitor = Conversation.objects.create(
        ambassador=world.ambassador.user,
        sender_email=person.email,
        sender_name=person.display_name,
        confirmed_at=now,
    )
    ConversationMessage.objects.create(
        conversation=visitor, body=f"Frage ohne Konto {tag}"
    )
    TrainingRequest.objects.create(
        title=f"Wunsch {tag}",
        description=f"Beschreibung {tag}",
        format="praesenz",
        dimension="handhabbarkeit",
        district=DistrictFactory(name="Styrum"),
        author=person,
    )
    shared = TrainingRequest.objects.filter(title="Gemeinsamer Wunsch").first()
    if shared is None:
        shared = TrainingRequest.objects.create(
            title="Gemeinsamer Wunsch",
            description="Für alle.",
            format="praesenz",
            dimension="handhabbarkeit",
            district=DistrictFactory(name="Styrum"),
            author=coordinator,
        )
    Support.objects.create(request=shared, user=person)
    TrainingRequest.objects.filter(pk=shared.pk).update(support_count=1)
    ReportSubscription.objects.create(user=person, confirmed_at=now)
    AccessibilityFeedback.objects.create(
        user=person, email=person.email, message=f"Barriere {tag}"
    )
    return {"certificate": certificate, "post": post, "thread": thread}
