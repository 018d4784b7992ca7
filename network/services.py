"""Business rules of the network: requests, support, ambassadors, messages, reports."""

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from cms import hooks, outbox, ratelimit, roles
from cms.errors import DomainError
from cms.i18n import in_default_locale
from cms.models import District, Language, Topic, User
from network.models import (
    AmbassadorProfile,
    Conversation,
    ConversationMessage,
    ReportSubscription,
    Support,
    TrainingRequest,
)

# The quotas of messages to ambassadors live in ``RATE_LIMITS`` (settings):
# "network.message" per sender (a person or a visitor's address on the web),
# "network.message_received" per ambassador, "network.message_confirm" per
# visitor's e-mail address (confirmation mails). A visitor's conversation that
# is not confirmed within this time is deleted, undelivered.
UNCONFIRMED_LIFETIME = timedelta(days=7)
# Conversations are deleted this long after their last message; the inbox
# says so.
CONVERSATION_RETENTION_MONTHS = 12
CONVERSATION_RETENTION = timedelta(days=365)


class NetworkError(DomainError):
    """A rule of the network was broken; the message is shown to the person."""

    messages = {
        "not_allowed": _("Das dürfen nur Personen der Koordination."),
        "not_contact_person": _(
            "Schulungswünsche können nur angemeldete Ansprechpersonen melden."
        ),
        "already_supported": _("Sie unterstützen diesen Wunsch bereits."),
        "not_supported": _("Sie unterstützen diesen Wunsch nicht."),
        "closed": _(
            "Dieser Wunsch ist nicht mehr offen. Unterstützen oder Zurückziehen "
            "ist nicht mehr möglich."
        ),
        "reason_required": _("Bitte schreiben Sie eine Begründung für die Ablehnung."),
        "merge_self": _(
            "Ein Wunsch kann nicht mit sich selbst zusammengeführt werden."
        ),
        "merge_target_closed": _(
            "Bitte wählen Sie einen offenen oder geplanten Wunsch als Ziel."
        ),
        "ambassador_gone": _(
            "Diese Person ist nicht mehr als Botschafter:in eingetragen. Ihre "
            "Nachricht wurde nicht versendet."
        ),
        "message_self": _("Sie können sich nicht selbst schreiben."),
        "not_participant": _(
            "Dieses Gespräch gibt es nicht, oder Sie sind nicht daran beteiligt."
        ),
        "not_confirmed": _(
            "Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse über den Link in "
            "der E-Mail, die wir Ihnen geschickt haben."
        ),
        "rate_limited": _(
            "Sie haben in kurzer Zeit viele Nachrichten geschrieben. Bitte "
            "versuchen Sie es später noch einmal."
        ),
        "recipient_busy": _(
            "Diese Person hat heute schon viele Nachrichten bekommen. Bitte "
            "schreiben Sie morgen noch einmal oder wählen Sie eine andere "
            "Botschafterin oder einen anderen Botschafter."
        ),
        "empty_message": _("Bitte schreiben Sie eine Nachricht."),
        "message_too_long": _("Die Nachricht ist zu lang (höchstens 2000 Zeichen)."),
        "no_calendar": _(
            "Es gibt noch keinen Kalender, in dem die Schulung angelegt werden "
            "kann. Bitte legen Sie zuerst die Kalenderseite an."
        ),
        "request_closed": _(
            "Dieser Wunsch ist abgelehnt oder zusammengeführt; dazu wird keine "
            "Schulung mehr geplant."
        ),
    }


def _require_coordinator(actor: User) -> None:
    if not roles.is_coordinator(actor):
        raise NetworkError("not_allowed")


# Training requests ---------------------------------------------------------


@transaction.atomic
def training_request_create(
    *,
    author: User,
    title: str,
    description: str,
    format: str,
    district: District,
    dimension: str,
) -> TrainingRequest:
    """Record a training wish; its author is its first supporter."""
    if not (roles.has_role(author, roles.CONTACT_PERSONS) or roles.is_trainer(author)):
        raise NetworkError("not_contact_person")
    request = TrainingRequest.objects.create(
        author=author,
        title=title,
        description=description,
        format=format,
        district=district,
        dimension=dimension,
        support_count=1,
    )
    Support.objects.create(request=request, user=author)
    log(instance=request, action="network.request_create", user=author)
    return request


def _locked(request: TrainingRequest) -> TrainingRequest:
    return TrainingRequest.objects.select_for_update().get(pk=request.pk)


@transaction.atomic
def training_request_support(*, request: TrainingRequest, user: User) -> Support:
    """Back an open request once; a second click changes nothing."""
    request = _locked(request)
    if not request.is_open:
        raise NetworkError("closed")
    if Support.objects.filter(request=request, user=user).exists():
        raise NetworkError("already_supported")
    try:
        with transaction.atomic():
            support = Support.objects.create(request=request, user=user)
    except IntegrityError as error:
        raise NetworkError("already_supported") from error
    TrainingRequest.objects.filter(pk=request.pk).update(
        support_count=F("support_count") + 1
    )
    log(instance=request, action="network.request_support", user=user)
    return support


@transaction.atomic
def training_request_withdraw(*, request: TrainingRequest, user: User) -> None:
    """Take back one's support of an open request."""
    request = _locked(request)
    if not request.is_open:
        raise NetworkError("closed")
    deleted, _rows = Support.objects.filter(request=request, user=user).delete()
    if not deleted:
        raise NetworkError("not_supported")
    TrainingRequest.objects.filter(pk=request.pk, support_count__gt=0).update(
        support_count=F("support_count") - 1
    )
    log(instance=request, action="network.request_withdraw", user=user)


@transaction.atomic
def training_request_answer(
    *, request: TrainingRequest, answer: str, actor: User
) -> TrainingRequest:
    """Publish the coordinators' answer to a request, leaving its status."""
    _require_coordinator(actor)
    request = _locked(request)
    request.public_answer = answer.strip()
    request.answered_at = timezone.now()
    request.save(update_fields=["public_answer", "answered_at"])
    log(instance=request, action="network.request_answer", user=actor)
    return request


@transaction.atomic
def training_request_plan(
    *, request: TrainingRequest, actor: User, answer: str = "", training=None
) -> TrainingRequest:
    """Mark a request as planned; linking a training tells every supporter."""
    _require_coordinator(actor)
    request = _locked(request)
    if request.status == TrainingRequest.Status.MERGED:
        raise NetworkError("closed")
    fields = ["status"]
    request.status = TrainingRequest.Status.PLANNED
    if answer.strip():
        request.public_answer = answer.strip()
        request.answered_at = timezone.now()
        fields += ["public_answer", "answered_at"]
    new_training = training is not None and training.pk != request.training_id
    if training is not None:
        request.training = training
        fields.append("training")
    request.save(update_fields=fields)
    log(
        instance=request,
        action="network.request_plan",
        user=actor,
        data={"training": training.pk if training is not None else None},
    )
    if new_training:
        from network.tasks import training_request_notify_supporters_task

        outbox.enqueue(training_request_notify_supporters_task, request.pk)
    return request


@transaction.atomic
def training_request_start_training(*, request: TrainingRequest, actor: User):
    """Start an unpublished training from a request and link it ("Schulung planen").

    The request is marked planned, and its supporters told, once the training
    is published (``training_request_training_published``). Pressed again
    while the draft is unpublished, it returns the same draft.
    """
    _require_coordinator(actor)
    request = _locked(request)
    if request.status in (
        TrainingRequest.Status.MERGED,
        TrainingRequest.Status.DECLINED,
    ):
        raise NetworkError("request_closed")
    if request.training_id is not None and not request.training.live:
        return request.training
    # The title may name a topic in any language; the training gets the German one.
    topic_ids = tuple(
        in_default_locale(Topic.objects)
        .filter(
            translation_key__in=Topic.objects.filter(name__iexact=request.title).values(
                "translation_key"
            )
        )
        .values_list("pk", flat=True)
    )
    draft = hooks.TrainingDraft(
        request_id=request.pk,
        title=request.title,
        description=request.description,
        format=request.format,
        dimension=request.dimension,
        topic_ids=topic_ids,
        district_id=request.district_id,
    )
    page = next(
        (
            page
            for page in hooks.call(
                hooks.TRAINING_DRAFT_FROM_REQUEST, draft=draft, user=actor
            )
            if page is not None
        ),
        None,
    )
    if page is None:
        raise NetworkError("no_calendar")
    request.training = page
    request.save(update_fields=["training"])
    log(
        instance=request,
        action="network.request_training_draft",
        user=actor,
        data={"training": page.pk},
    )
    return page


def training_request_training_published(*, training, user=None) -> list[int]:
    """Mark the open requests a published training was started from as planned.

    Their supporters are told after commit, once per person and training (the
    mail keys), however often the training is published again.
    """
    from network.tasks import training_request_notify_supporters_task

    planned = []
    with transaction.atomic():
        for request in TrainingRequest.objects.select_for_update().filter(
            training_id=training.pk, status=TrainingRequest.Status.OPEN
        ):
            request.status = TrainingRequest.Status.PLANNED
            request.save(update_fields=["status"])
            log(
                instance=request,
                action="network.request_plan",
                user=user,
                data={"training": training.pk},
            )
            outbox.enqueue(training_request_notify_supporters_task, request.pk)
            planned.append(request.pk)
    return planned


@transaction.atomic
def training_request_decline(
    *, request: TrainingRequest, reason: str, actor: User
) -> TrainingRequest:
    """Close a request with a public reason."""
    _require_coordinator(actor)
    if not reason.strip():
        raise NetworkError("reason_required")
    request = _locked(request)
    if request.status == TrainingRequest.Status.MERGED:
        raise NetworkError("closed")
    request.status = TrainingRequest.Status.DECLINED
    request.public_answer = reason.strip()
    request.answered_at = timezone.now()
    request.save(update_fields=["status", "public_answer", "answered_at"])
    log(instance=request, action="network.request_decline", user=actor)
    return request


@transaction.atomic
def training_request_merge(
    *, request: TrainingRequest, into: TrainingRequest, actor: User
) -> TrainingRequest:
    """Fold a duplicate into another request; its supporters move along."""
    _require_coordinator(actor)
    if request.pk == into.pk:
        raise NetworkError("merge_self")
    # Lock both rows in a fixed order so two merges cannot deadlock.
    locked = {
        r.pk: r
        for r in TrainingRequest.objects.select_for_update()
        .filter(pk__in=[request.pk, into.pk])
        .order_by("pk")
    }
    request, into = locked[request.pk], locked[into.pk]
    if into.status not in (
        TrainingRequest.Status.OPEN,
        TrainingRequest.Status.PLANNED,
    ):
        raise NetworkError("merge_target_closed")
    if request.status == TrainingRequest.Status.MERGED:
        raise NetworkError("closed")
    already = Support.objects.filter(request=into).values("user_id")
    Support.objects.filter(request=request).exclude(user_id__in=already).update(
        request=into
    )
    into.support_count = Support.objects.filter(request=into).count()
    into.save(update_fields=["support_count"])
    request.status = TrainingRequest.Status.MERGED
    request.merged_into = into
    request.support_count = Support.objects.filter(request=request).count()
    request.save(update_fields=["status", "merged_into", "support_count"])
    log(
        instance=request,
        action="network.request_merge",
        user=actor,
        data={"into": into.pk},
    )
    if into.training_id is not None:
        from network.tasks import training_request_notify_supporters_task

        # Supporters who came along with the duplicate hear about the training
        # too; those already told are skipped by the notice records.
        outbox.enqueue(training_request_notify_supporters_task, into.pk)
    return into


# Ambassadors and messages ---------------------------------------------------


@transaction.atomic
def ambassador_opt_in(
    *,
    user: User,
    display_name: str,
    district: District,
    topics: list[Topic],
    languages: list[Language],
    about: str = "",
) -> AmbassadorProfile:
    """Show a person as an ambassador, or update what is shown."""
    profile, created = AmbassadorProfile.objects.update_or_create(
        user=user,
        defaults={"display_name": display_name, "district": district, "about": about},
    )
    profile.topics.set(topics)
    profile.languages.set(languages)
    log(
        instance=profile,
        action="network.ambassador_opt_in" if created else "network.ambassador_update",
        user=user,
    )
    return profile


@transaction.atomic
def ambassador_opt_out(*, user: User) -> bool:
    """Remove a person from the ambassadors at once; tell whether they were one."""
    deleted, _rows = AmbassadorProfile.objects.filter(user=user).delete()
    if deleted:
        log(instance=user, action="network.ambassador_opt_out", user=user)
    return bool(deleted)


def _clean_body(body: str) -> str:
    body = (body or "").strip()
    if not body:
        raise NetworkError("empty_message")
    if len(body) > ConversationMessage._meta.get_field("body").max_length:
        raise NetworkError("message_too_long")
    return body


def _check_rates(*, sender_key: str, ambassador_id: int | None) -> None:
    """Count a message against the shared rate limiter (``cms.ratelimit``).

    The sender's quota is counted first; a message refused for it does not
    count against the ambassador's.
    """
    if not ratelimit.consume(action="network.message", key=sender_key):
        raise NetworkError("rate_limited")
    if ambassador_id is not None and not ratelimit.consume(
        action="network.message_received", key=f"user:{ambassador_id}"
    ):
        raise NetworkError("recipient_busy")


def unread_cache_key(user_id: int) -> str:
    return f"network:unread:{user_id}"


def unread_totals_update(*user_ids: int | None) -> None:
    """Write these people's unread figures for the header (see
    ``selectors.unread_total``): now for this request, and again once
    committed, in case another request wrote an older figure in between."""
    from django.core.cache import cache

    from network.selectors import unread_count

    def write() -> None:
        cache.set_many(
            {unread_cache_key(pk): unread_count(pk) for pk in user_ids if pk}, None
        )

    write()
    transaction.on_commit(write)


def _add_message(
    conversation: Conversation, *, body: str, from_ambassador: bool
) -> ConversationMessage:
    now = timezone.now()
    message = ConversationMessage.objects.create(
        conversation=conversation,
        from_ambassador=from_ambassador,
        body=body,
        created_at=now,
    )
    mine, theirs = (
        ("ambassador", "sender") if from_ambassador else ("sender", "ambassador")
    )
    # Writing means having read what came before.
    Conversation.objects.filter(pk=conversation.pk).update(
        last_message_at=now,
        **{
            f"{theirs}_unread": F(f"{theirs}_unread") + 1,
            f"{mine}_unread": 0,
            f"{mine}_read_at": now,
        },
    )
    unread_totals_update(conversation.ambassador_id, conversation.sender_id)
    if conversation.confirmed_at is not None:
        from network.tasks import conversation_message_deliver_task

        outbox.enqueue(conversation_message_deliver_task, message.pk)
    return message


def _live_ambassador(ambassador_id: int) -> AmbassadorProfile:
    profile = (
        AmbassadorProfile.objects.select_for_update().filter(pk=ambassador_id).first()
    )
    if profile is None:
        raise NetworkError("ambassador_gone")
    return profile


@transaction.atomic
def ambassador_message_send(
    *, sender: User, ambassador_id: int, body: str
) -> ConversationMessage:
    """Write to an ambassador: the conversation of the two grows by one.

    Both keep the history in their inbox; the mail that tells the ambassador
    links to it and never carries either address.
    """
    profile = _live_ambassador(ambassador_id)
    if profile.user_id == sender.pk:
        raise NetworkError("message_self")
    body = _clean_body(body)
    _check_rates(sender_key=f"user:{sender.pk}", ambassador_id=profile.user_id)
    conversation, _created = Conversation.objects.get_or_create(
        ambassador_id=profile.user_id,
        sender=sender,
        defaults={
            "confirmed_at": timezone.now(),
            "language": sender.preferred_language,
        },
    )
    message = _add_message(conversation, body=body, from_ambassador=False)
    log(instance=conversation, action="network.message_send", user=sender)
    return message


@transaction.atomic
def visitor_message_send(
    *,
    ambassador_id: int,
    name: str,
    email: str,
    body: str,
    language: str,
    client_key: str,
) -> Conversation:
    """A visitor without an account writes; nothing goes out before the
    address is confirmed through the link mailed to it."""
    profile = _live_ambassador(ambassador_id)
    body = _clean_body(body)
    email = email.strip()
    if not ratelimit.consume(
        action="network.message_confirm", key=f"email:{email.lower()}"
    ):
        raise NetworkError("rate_limited")
    _check_rates(sender_key=client_key, ambassador_id=profile.user_id)
    conversation = Conversation.objects.create(
        ambassador_id=profile.user_id,
        sender_email=email,
        sender_name=name.strip(),
        language=language,
    )
    _add_message(conversation, body=body, from_ambassador=False)
    from network.tasks import conversation_confirmation_send_task

    outbox.enqueue(conversation_confirmation_send_task, conversation.pk)
    return conversation


@transaction.atomic
def visitor_conversation_confirm(*, conversation: Conversation) -> bool:
    """Confirm a visitor's address; their waiting messages go out now.

    Tell whether anything changed (a second click changes nothing).
    """
    conversation = Conversation.objects.select_for_update().get(pk=conversation.pk)
    if conversation.confirmed_at is not None:
        return False
    if not AmbassadorProfile.objects.filter(
        user_id=conversation.ambassador_id
    ).exists():
        raise NetworkError("ambassador_gone")
    conversation.confirmed_at = timezone.now()
    conversation.save(update_fields=["confirmed_at"])
    from network.tasks import conversation_message_deliver_task

    for message_id in conversation.messages.filter(sent_at__isnull=True).values_list(
        "pk", flat=True
    ):
        outbox.enqueue(conversation_message_deliver_task, message_id)
    unread_totals_update(conversation.ambassador_id)
    return True


def side_of(conversation: Conversation, user: User) -> str | None:
    """Return "ambassador", "sender" or None for someone outside it."""
    if not user.is_authenticated:
        return None
    if conversation.ambassador_id == user.pk:
        return "ambassador"
    if conversation.sender_id is not None and conversation.sender_id == user.pk:
        return "sender"
    return None


@transaction.atomic
def conversation_reply(
    *, conversation: Conversation, body: str, user: User | None = None
) -> ConversationMessage:
    """Answer in a conversation: ``user`` is one of its two people, or None for
    the visitor (whose link the view checked)."""
    if user is None:
        if not conversation.is_visitor:
            raise NetworkError("not_participant")
        side = "sender"
    else:
        side = side_of(conversation, user)
        if side is None:
            raise NetworkError("not_participant")
    if conversation.confirmed_at is None:
        raise NetworkError("not_confirmed")
    body = _clean_body(body)
    from_ambassador = side == "ambassador"
    if not from_ambassador:
        # Someone who opted out is written to no more, also in old
        # conversations; they may still answer themselves.
        if not AmbassadorProfile.objects.filter(
            user_id=conversation.ambassador_id
        ).exists():
            raise NetworkError("ambassador_gone")
    sender_key = (
        f"user:{user.pk}"
        if user is not None
        else (f"email:{conversation.sender_email.lower()}")
    )
    _check_rates(
        sender_key=sender_key,
        ambassador_id=None if from_ambassador else conversation.ambassador_id,
    )
    message = _add_message(conversation, body=body, from_ambassador=from_ambassador)
    if user is not None:
        log(instance=conversation, action="network.message_reply", user=user)
    return message


def conversation_mark_read(*, conversation: Conversation, side: str) -> None:
    """Everything in the conversation counts as read for this side."""
    if side == "ambassador":
        fields = {"ambassador_unread": 0, "ambassador_read_at": timezone.now()}
        unread = conversation.ambassador_unread
    else:
        fields = {"sender_unread": 0, "sender_read_at": timezone.now()}
        unread = conversation.sender_unread
    Conversation.objects.filter(pk=conversation.pk).update(**fields)
    if unread:
        user_id = (
            conversation.ambassador_id
            if side == "ambassador"
            else conversation.sender_id
        )
        unread_totals_update(user_id)


def conversations_remove_expired(*, now=None) -> int:
    """Delete conversations whose last message is older than the retention
    period, and visitors' conversations never confirmed in time."""
    now = now or timezone.now()
    due = Conversation.objects.filter(
        Q(last_message_at__lt=now - CONVERSATION_RETENTION)
        | Q(confirmed_at__isnull=True, created_at__lt=now - UNCONFIRMED_LIFETIME)
    )
    return conversations_delete(due)


def conversations_delete(conversations) -> int:
    """Delete conversations; the header figures of their people follow."""
    people = set()
    for ambassador_id, sender_id in conversations.filter(
        Q(ambassador_unread__gt=0) | Q(sender_unread__gt=0)
    ).values_list("ambassador_id", "sender_id"):
        people.update((ambassador_id, sender_id))
    _total, per_model = conversations.delete()
    if people:
        unread_totals_update(*people)
    return per_model.get(Conversation._meta.label, 0)


# Situation reports -----------------------------------------------------------


# A confirmation mail goes to an address at most this often, so the form
# cannot be used to flood someone's inbox.
CONFIRMATION_INTERVAL = timedelta(minutes=15)


@transaction.atomic
def report_subscribe(*, user: User) -> ReportSubscription:
    """Subscribe a person with an account; their address is already verified."""
    subscription, created = ReportSubscription.objects.get_or_create(
        user=user, defaults={"confirmed_at": timezone.now()}
    )
    if created:
        log(instance=user, action="network.report_subscribe", user=user)
    return subscription


@transaction.atomic
def report_subscribe_email(*, email: str, language: str) -> None:
    """Ask an address to confirm its subscription; say nothing about whether
    it was known, so the form reveals no one's address."""
    email = email.strip().lower()
    subscription, _created = (
        ReportSubscription.objects.select_for_update().get_or_create(
            email=email, defaults={"language": language}
        )
    )
    if subscription.confirmed_at is not None:
        return
    now = timezone.now()
    if (
        subscription.confirmation_sent_at is not None
        and now - subscription.confirmation_sent_at < CONFIRMATION_INTERVAL
    ):
        return
    subscription.confirmation_sent_at = now
    subscription.save(update_fields=["confirmation_sent_at"])
    from network.tasks import report_confirmation_send_task

    outbox.enqueue(report_confirmation_send_task, subscription.pk)


@transaction.atomic
def report_confirm(*, token) -> bool:
    """Confirm an email subscription from the link; tell whether one exists."""
    subscription = (
        ReportSubscription.objects.select_for_update().filter(token=token).first()
    )
    if subscription is None:
        return False
    if subscription.confirmed_at is None:
        subscription.confirmed_at = timezone.now()
        subscription.save(update_fields=["confirmed_at"])
        log(instance=subscription, action="network.report_confirm", user=None)
    return True


@transaction.atomic
def report_unsubscribe(*, user: User) -> None:
    deleted, _rows = ReportSubscription.objects.filter(user=user).delete()
    if deleted:
        log(instance=user, action="network.report_unsubscribe", user=user)


@transaction.atomic
def report_unsubscribe_by_token(*, token) -> bool:
    """End a subscription from the link in a mail; tell whether one ended."""
    subscription = (
        ReportSubscription.objects.select_related("user").filter(token=token).first()
    )
    if subscription is None:
        return False
    subscription.delete()
    log(
        instance=subscription.user,
        action="network.report_unsubscribe",
        user=subscription.user,
    )
    return True
