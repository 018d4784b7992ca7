from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class CmsConfig(AppConfig):
    default = True
    name = "cms"
    verbose_name = _("Website")

    def ready(self) -> None:
        from cms import checks, memo, roles, signals  # noqa: F401

        memo.install()

        post_migrate.connect(roles.sync_role_permissions_handler)


class UsersConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with our profile fields in its forms."""

    user_viewset = "cms.admin_users.UserViewSet"
