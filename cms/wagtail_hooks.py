from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cms.models import District


class DistrictViewSet(SnippetViewSet):
    model = District
    icon = "site"
    menu_label = _("Stadtteile")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]


register_snippet(DistrictViewSet)


@hooks.register("register_log_actions")
def register_account_log_actions(actions):
    """Name the account steps in Wagtail's history (Berichte → Webseitenverlauf)."""
    for action, label, message in (
        ("account.signup", _("Registrierung"), _("Konto angelegt")),
        ("account.delete", _("Konto löschen"), _("Konto gelöscht")),
    ):
        actions.register_action(action, label, message)
