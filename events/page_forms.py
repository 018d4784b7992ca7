"""The page editor's form of a training."""

from wagtail.admin.forms import WagtailAdminPageForm


class EventPageForm(WagtailAdminPageForm):
    """Refuse a save that would drop a session with recorded attendance.

    Covers removing a session inline and reverting to an older revision that
    lacks it: both post this form with the sessions that are to remain.
    """

    def clean(self):
        from events.services import session_removal_refusal

        cleaned_data = super().clean()
        formset = self.formsets.get("sessions")
        if formset is None or not self.instance.pk:
            return cleaned_data
        kept = []
        for form in formset.forms:
            # Formsets are validated after this form: read the raw choice.
            deleted = "DELETE" in form.fields and form["DELETE"].value()
            if not deleted and form.instance.pk:
                kept.append(form.instance.pk)
        refusal = session_removal_refusal(event=self.instance, kept_session_ids=kept)
        if refusal:
            self.add_error(None, refusal)
        return cleaned_data
