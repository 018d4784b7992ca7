from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The German demo content; installed by the dev and test settings only."""

    name = "demo"
    verbose_name = "Demo"
