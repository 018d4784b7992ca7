"""What happens when a review workflow ("Freigabe durch die Koordination") ends.

Wagtail publishes the approved revision (``WAGTAIL_FINISH_WORKFLOW_ACTION``).
The rules that hold back publishing in the editor (``PUBLISH_REFUSAL``) hold
for an approval too: a refused page stays a draft, its workflow goes back to
the editor ("Änderungen nötig") with the reason as a comment.
"""

from cms import hooks


def publish_refusal(page) -> str | None:
    """Return why ``page`` may not go live yet, or None."""
    return next(
        (answer for answer in hooks.call(hooks.PUBLISH_REFUSAL, page=page) if answer),
        None,
    )


def finish_workflow(workflow_state, user=None) -> None:
    """Publish an approved page unless a rule refuses it."""
    # Wagtail imports this function while its models load.
    from wagtail.models import TaskState, WorkflowState
    from wagtail.workflows import publish_workflow_state

    page = workflow_state.content_object
    revision = page.get_latest_revision()
    refusal = publish_refusal(revision.as_object() if revision else page)
    if refusal is None:
        publish_workflow_state(workflow_state, user=user)
        return
    workflow_state.status = WorkflowState.STATUS_NEEDS_CHANGES
    workflow_state.save(update_fields=["status"])
    last = workflow_state.task_states.order_by("-started_at", "-pk").first()
    if last is not None and last.status == TaskState.STATUS_APPROVED:
        last.status = TaskState.STATUS_REJECTED
        last.comment = refusal
        last.save(update_fields=["status", "comment"])
