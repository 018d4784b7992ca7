from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LearningConfig(AppConfig):
    name = "learning"
    verbose_name = _("Lernen")

    def ready(self) -> None:
        from cms.sections import (
            Section,
            register_dashboard_section,
            register_home_section,
        )
        from learning import sections, signals  # noqa: F401

        register_home_section(
            Section(
                key="courses",
                label=_("Neue Kurse"),
                template="learning/sections/home_courses.html",
                get_context=sections.home_courses,
                order=10,
            )
        )
        for key, label, template, get_context, order in (
            ("my_courses", _("Meine Kurse"), "my_courses", sections.my_courses, 10),
            (
                "certificates",
                _("Abgeschlossene Kurse"),
                "certificates",
                sections.certificates,
                20,
            ),
            (
                "coherence",
                _("Mein Kohärenzprofil"),
                "coherence",
                sections.coherence,
                30,
            ),
            ("notes", _("Meine Notizen"), "notes", sections.notes, 40),
        ):
            register_dashboard_section(
                Section(
                    key=key,
                    label=label,
                    template=f"learning/sections/{template}.html",
                    get_context=get_context,
                    order=order,
                )
            )
