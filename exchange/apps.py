from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExchangeConfig(AppConfig):
    name = "exchange"
    verbose_name = _("Austausch")

    def ready(self) -> None:
        from cms.sections import (
            Section,
            register_dashboard_section,
            register_home_section,
        )
        from exchange import sections, signals  # noqa: F401

        register_home_section(
            Section(
                key="groups",
                label=_("Themengruppen im Austausch"),
                template="exchange/sections/home_groups.html",
                get_context=sections.home_groups,
                order=40,
            )
        )
        register_dashboard_section(
            Section(
                key="exchange",
                label=_("Austausch"),
                template="exchange/sections/dashboard.html",
                get_context=sections.dashboard,
                order=40,
            )
        )
